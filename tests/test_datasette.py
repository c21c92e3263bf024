"""Datasette over a corpus/ database: metadata, canned queries, facets, FTS and the dashboard."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.datasette.serve import metadata_for, prepare_database, serve_command, write_metadata
from test_views import corpus_database

QUERY_PARAMS: dict[str, dict[str, str]] = {
    "section_75_ending_soon": {"from_date": "2021-06-01"},
    "papers_mentioning_organisation": {"name": "Clinical Commissioning"},
    "agreement_history": {"subject": "ICES"},
    "search_pages": {"q": "pooled budget"},
    "search_recommendations": {"q": "approve"},
}
"""Arguments for canned queries that need one to return rows on corpus/."""

TIMEOUT_S = 10


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@contextmanager
def running_datasette(database: Path, workdir: Path) -> Iterator[str]:
    """Datasette as `papers serve` starts it, on a free 127.0.0.1 port; stopped by PID."""
    prepare_database(database)
    port = free_port()
    command = serve_command(database, write_metadata(database, workdir), port)
    log = (workdir / "datasette.log").open("w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError((workdir / "datasette.log").read_text())
            try:
                if fetch(base + "/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("Datasette did not start within 30 s")
            time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database = corpus_database(tmp_path_factory)
    with running_datasette(database, tmp_path_factory.mktemp("datasette")) as base:
        yield base


def get_json(url: str) -> object:
    status, body = fetch(url)
    assert status == 200, body[:500]
    return json.loads(body)


QUERIES = sorted(metadata_for("papers")["databases"]["papers"]["queries"])


def test_there_are_enough_canned_queries() -> None:
    assert len(QUERIES) >= 8


@pytest.mark.parametrize("query", QUERIES)
def test_canned_query_returns_rows(server: str, query: str) -> None:
    params = urllib.parse.urlencode({**QUERY_PARAMS.get(query, {}), "_shape": "array"})
    rows = get_json(f"{server}/papers/{query}.json?{params}")
    assert isinstance(rows, list) and rows, f"{query} returned no rows"


def test_canned_query_with_a_parameter_narrows(server: str) -> None:
    everything = get_json(f"{server}/papers/papers_mentioning_organisation.json?_shape=array&name=")
    narrowed = get_json(f"{server}/papers/papers_mentioning_organisation.json?_shape=array"
                        "&name=Clinical+Commissioning")
    assert isinstance(everything, list) and isinstance(narrowed, list)
    assert 0 < len(narrowed) < len(everything)
    assert all("clinical commissioning" in row["organisation"].lower() for row in narrowed)


@pytest.mark.parametrize(("table", "facet"), [("agreement_facts", "kind"),
                                              ("agreement_facts", "council"),
                                              ("agreement_facts", "year"),
                                              ("papers", "council")])
def test_metadata_facets(server: str, table: str, facet: str) -> None:
    data = get_json(f"{server}/papers/{table}.json")
    assert isinstance(data, dict)
    assert facet in data["facet_results"], f"{facet} is not a default facet of {table}"


def test_table_descriptions_and_column_descriptions(server: str) -> None:
    status, html = fetch(f"{server}/papers/pooled_budget_contributions")
    assert status == 200
    assert "split into local" in html and "NHS (CCG, ICB, trust) contributions" in html


@pytest.mark.parametrize(("table", "term", "stem"), [("pages", "pooled", "pool"),
                                                     ("recommendations", "approve", "approv")])
def test_full_text_search(server: str, table: str, term: str, stem: str) -> None:
    data = get_json(f"{server}/papers/{table}.json?_search={term}&_shape=array")
    assert isinstance(data, list) and data
    assert all(stem in row["text"].lower() for row in data)  # porter stemming: pool, pooled


def test_evidence_links_to_its_page(server: str) -> None:
    status, html = fetch(f"{server}/papers/agreement_facts")
    assert status == 200 and 'href="/papers/pages/' in html
    rows = get_json(f"{server}/papers/agreement_facts.json?_shape=array&_size=1")
    assert isinstance(rows, list)
    status, page = fetch(f"{server}/papers/{rows[0]['evidence_url']}")
    assert status == 200 and rows[0]["document_id"] in page


def test_dashboard_page_has_three_svg_charts(server: str) -> None:
    status, html = fetch(f"{server}/-/dashboard")
    assert status == 200
    for chart in ("chart-agreements-by-year", "chart-pooled-budgets",
                  "chart-agreements-by-council"):
        assert f"id='{chart}'" in html
    assert html.count("<figure class='chart'") == 3 and html.count("class='bar'") >= 3
    assert "cdn" not in html.lower() and "<script src=\"http" not in html


def test_served_read_only(server: str) -> None:
    status, _ = fetch(f"{server}/papers.json?sql=" + urllib.parse.quote("DELETE FROM pages"))
    assert status >= 400


def test_serve_dry_run_names_metadata_and_plugins(db_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(db_path), "--dry-run"]) == 1  # no database yet
    from pipelines.store import Store

    Store(db_path).close()
    assert main(["serve", "--db", str(db_path), "--dry-run", "--port", "8123"]) == 0
    command = capsys.readouterr().out
    assert "--host 127.0.0.1" in command and "--port 8123" in command
    assert "--plugins-dir" in command and "--template-dir" in command and "--metadata" in command


def test_metadata_follows_the_database_name() -> None:
    metadata = metadata_for("research")
    assert "research" in metadata["databases"] and "papers" not in metadata["databases"]
