"""The dashboard's data: three queries over the research views, turned into SVG charts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pipelines.datasette.charts import stacked_columns, stacked_rows

QUERIES: dict[str, str] = {
    "by_year_kind": "SELECT coalesce(CAST(year AS TEXT), 'unknown') AS year, kind, agreements "
                    "FROM agreements_by_year_kind ORDER BY year IS NULL, year, kind",
    "pooled": "SELECT council, report_title, financial_year, local_authority_gbp, nhs_gbp "
              "FROM pooled_budget_contributions WHERE attributed_total_gbp > 0 "
              "ORDER BY attributed_total_gbp DESC LIMIT 15",
    "by_council": "SELECT coalesce(council, 'unknown') AS council, sum(agreements) AS agreements "
                  "FROM agreements_by_council_kind GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 25",
}
"""Chart name -> SQL over the views in pipelines/views.py."""

SHARE_SEGMENTS = ["local authority", "NHS"]

Rows = Sequence[Mapping[str, Any]]


def agreements_per_year_chart(rows: Rows) -> str:
    """Stacked columns: agreements per meeting year, one colour per kind."""
    years = list(dict.fromkeys(str(row["year"]) for row in rows))
    kinds = sorted({row["kind"] for row in rows})
    series = {kind: [0.0] * len(years) for kind in kinds}
    for row in rows:
        series[row["kind"]][years.index(str(row["year"]))] += row["agreements"]
    return stacked_columns("chart-agreements-by-year", "Agreements per year by kind",
                           years, series)


def pooled_budget_chart(rows: Rows) -> str:
    """Horizontal bars: each pooled budget's size, split into each partner's share.

    Only budgets whose partners' contributions are written side by side are drawn.
    """
    bars = []
    for row in rows:
        year = f" {row['financial_year']}" if row["financial_year"] else ""
        label = f"{row['council'] or '?'}: {row['report_title'] or 'pooled budget'}{year}"
        bars.append((label, {"local authority": row["local_authority_gbp"] or 0.0,
                             "NHS": row["nhs_gbp"] or 0.0}))
    return stacked_rows("chart-pooled-budgets", "Pooled budget sizes with partner shares",
                        bars, SHARE_SEGMENTS, unit="£")


def agreements_per_council_chart(rows: Rows) -> str:
    """Horizontal bars: agreements recorded per council."""
    bars = [(str(row["council"]), {"agreements": float(row["agreements"])}) for row in rows]
    return stacked_rows("chart-agreements-by-council", "Agreements per council", bars,
                        ["agreements"])


def build_charts(results: Mapping[str, Rows]) -> list[str]:
    """Every dashboard chart as an HTML <figure>, from the rows of each QUERIES entry."""
    return [agreements_per_year_chart(results["by_year_kind"]),
            pooled_budget_chart(results["pooled"]),
            agreements_per_council_chart(results["by_council"])]
