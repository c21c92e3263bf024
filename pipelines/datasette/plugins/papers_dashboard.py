"""Datasette plugin for the papers database: the /-/dashboard page and evidence links."""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Request, Response
from markupsafe import Markup, escape

from pipelines.datasette.dashboard import QUERIES, build_charts


async def dashboard(datasette: Any, request: Request) -> Response:
    """Three charts over the research views, drawn as inline SVG (no JavaScript, no CDN)."""
    db = datasette.get_database(request.args.get("database"))
    results = {}
    for name, sql in QUERIES.items():
        results[name] = [dict(row) for row in (await db.execute(sql)).rows]
    charts = [Markup(chart) for chart in build_charts(results)]
    html = await datasette.render_template(
        "dashboard.html", {"charts": charts, "database": db.name,
                           "queries": sorted(datasette.metadata("queries", database=db.name)
                                             or {})},
        request=request)
    return Response.html(html)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/dashboard$", dashboard)]


@hookimpl
def render_cell(value: Any, column: str, database: str, datasette: Any) -> Markup | None:
    """`evidence_url` cells ("pages/<document>,<page>") become links to that page's text."""
    if column != "evidence_url" or not isinstance(value, str) or not value.startswith("pages/"):
        return None
    href = datasette.urls.database(database) + "/" + value
    page = value.rsplit(",", 1)[-1]
    return Markup(f'<a href="{escape(href)}">page {escape(page)}</a>')


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path("/-/dashboard"), "label": "Dashboard"}]
