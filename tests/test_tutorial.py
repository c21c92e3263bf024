"""docs/tutorial.md: every SQL example, re-run on a corpus/ database, prints what the page shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT
from pipelines.datasette.tutorial import examples, refresh, render_result
from test_views import corpus_database

TUTORIAL = ROOT / "docs" / "tutorial.md"
EXAMPLES = examples(TUTORIAL.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    database = corpus_database(tmp_path_factory)
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_tutorial_has_five_questions() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize(("sql", "shown"), EXAMPLES,
                         ids=[f"question-{i + 1}" for i in range(len(EXAMPLES))])
def test_tutorial_output_matches(conn: sqlite3.Connection, sql: str, shown: str) -> None:
    result = render_result(conn, sql)
    assert "(0 rows)" not in result, "a tutorial answer should show something"
    assert result == shown, ("docs/tutorial.md is out of date: run `python -m "
                             "pipelines.datasette.tutorial docs/tutorial.md --db data/papers.db`")


def test_render_result_aligns_and_flattens() -> None:
    db = sqlite3.connect(":memory:")
    text = render_result(db, "SELECT 'a\nb' AS quote, NULL AS n UNION ALL SELECT 'long one', 2")
    assert text.splitlines() == ["quote    | n", "---------+--", "a b      |",
                                 "long one | 2", "(2 rows)"]


def test_refresh_rewrites_only_output_blocks(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    page = "Intro\n\n```sql\nSELECT 1 AS x;\n```\n\n```text\nstale\n```\nOutro\n"
    assert refresh(page, db) == ("Intro\n\n```sql\nSELECT 1 AS x;\n```\n\n```text\n"
                                 "x\n-\n1\n(1 row)\n```\nOutro\n")
