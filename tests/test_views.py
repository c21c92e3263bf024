"""Research views (pipelines/views.py), table export and dashboard charts, on corpus/."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils

from conftest import CORPUS
from pipelines.cli import main
from pipelines.datasette.charts import stacked_columns, stacked_rows
from pipelines.datasette.dashboard import QUERIES, build_charts
from pipelines.export import UnknownTableError, export_table, table_names
from pipelines.store import Store
from pipelines.views import VIEWS, _side_of, ensure_views, views_current
from schemas import (
    Agreement,
    AgreementKind,
    Amount,
    AmountKind,
    DocumentFacts,
    DocumentFormat,
    Evidence,
    Page,
    Report,
    SourceDocument,
)

_BUILT: dict[str, Path] = {}


def corpus_database(factory: pytest.TempPathFactory) -> Path:
    """corpus/ run through the real pipeline once per test session (shared by test modules)."""
    if "db" not in _BUILT:
        path = factory.mktemp("corpus-db") / "papers.db"
        # From the repository root with a relative "corpus", as the README runs it, so
        # stored paths read "corpus/..." (docs/tutorial.md shows them).
        with contextlib.chdir(CORPUS.parent):
            assert main(["run", "corpus", "--db", str(path)]) == 0
        Store(path).close()  # last connection closed: the WAL is folded into the file
        _BUILT["db"] = path
    return _BUILT["db"]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_database(tmp_path_factory)


@pytest.fixture
def conn(corpus_db: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{corpus_db}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


@pytest.mark.parametrize(("words", "side"), [
    ("Cambridgeshire Pool – LA contribution", "local_authority"),
    ("CCG contribution", "nhs"),
    ("WSCCG", "nhs"),  # an abbreviation ending in the body type
    ("NHS Kent and Medway", "nhs"),
    ("Integrated Care Board contribution", "nhs"),
    ("Oxford Health NHS Foundation Trust", "nhs"),
    ("Kent County Council", "local_authority"),
    ("the local authority's share", "local_authority"),
    ("London Borough of Bexley", "local_authority"),
    ("Learning Disabilities", None),
    ("Gross Contribution", None),
    ("Lancaster", None),  # "la" inside a word is not a side
    ("Occupational Therapy Service", None),
    (None, None),
])
def test_side_of_a_contribution(words: str | None, side: str | None) -> None:
    db = sqlite3.connect(":memory:")
    assert db.execute(f"SELECT {_side_of('?1')}", [words]).fetchone()[0] == side


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_view_answers(conn: sqlite3.Connection, view: str) -> None:
    rows = conn.execute(f"SELECT * FROM {view} LIMIT 5").fetchall()
    assert rows, f"{view} is empty on corpus/"


def test_views_are_created_with_the_schema(db_path: Path) -> None:
    Store(db_path).close()
    db = sqlite_utils.Database(db_path)
    assert set(VIEWS) <= set(db.view_names())
    assert "recommendations_fts" in db.table_names()
    assert views_current(db)


def test_ensure_views_is_a_no_op_when_current(db_path: Path) -> None:
    Store(db_path).close()
    db = sqlite_utils.Database(db_path)
    before = db.conn.total_changes
    schema = db.execute("SELECT group_concat(sql) FROM sqlite_master").fetchone()[0]
    ensure_views(db)
    assert db.conn.total_changes == before
    assert db.execute("SELECT group_concat(sql) FROM sqlite_master").fetchone()[0] == schema


def test_a_changed_view_is_replaced(db_path: Path) -> None:
    Store(db_path).close()
    db = sqlite_utils.Database(db_path)
    db.execute("DROP VIEW evidence")
    db.execute("CREATE VIEW evidence AS SELECT 1 AS stale")
    assert not views_current(db)
    ensure_views(db)
    assert "fact_table" in db["evidence"].columns_dict


def test_pooled_budget_shares_come_from_the_papers_words(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT * FROM pooled_budget_contributions WHERE attributed_total_gbp > 0 "
                       "AND council = 'Cambridgeshire County Council'").fetchone()
    assert row["local_authority_gbp"] == 2421213 and row["nhs_gbp"] == 2286844
    assert (row["local_authority_share_pct"], row["nhs_share_pct"]) == (51.4, 48.6)
    assert row["attributed_total_gbp"] == 4708057  # the paper's "Total pooled budget"


def test_pooled_budget_amounts_without_a_side_are_never_summed(conn: sqlite3.Connection) -> None:
    for row in conn.execute("SELECT * FROM pooled_budget_contributions "
                            "WHERE attributed_total_gbp IS NULL"):
        assert row["local_authority_share_pct"] is None and row["unattributed_figures"] > 0


def test_an_ambiguous_report_links_no_single_agreement(conn: sqlite3.Connection) -> None:
    for row in conn.execute("SELECT * FROM pooled_budget_contributions"):
        if row["agreement_id"] is None:
            assert "," in row["candidate_agreements"]


def test_timeline_steps_follow_meeting_dates(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT thread_key, step, steps, meeting_date FROM agreement_timeline "
                        "ORDER BY thread_key, step").fetchall()
    by_thread: dict[str, list[sqlite3.Row]] = {}
    for row in rows:
        by_thread.setdefault(row["thread_key"], []).append(row)
    assert any(len(steps) > 1 for steps in by_thread.values())
    for steps in by_thread.values():
        assert [r["step"] for r in steps] == list(range(1, len(steps) + 1))
        assert all(r["steps"] == len(steps) for r in steps)
        dated = [r["meeting_date"] for r in steps if r["meeting_date"]]
        assert dated == sorted(dated)


def test_the_same_agreement_in_text_and_pdf_is_one_thread(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT papers, actions FROM agreement_threads WHERE kind = 'section_75' "
                       "AND subject LIKE 'Section 75 agreement with NHS North Cumbria%'").fetchone()
    assert row["papers"] == 2 and row["actions"] == "new > new"


def test_every_recommendation_appears_once_or_with_its_decisions(
        conn: sqlite3.Connection) -> None:
    proposals = conn.execute("SELECT count(*) FROM recommendations WHERE is_decision = 0")
    shown = conn.execute("SELECT count(DISTINCT recommendation_id) FROM recommendation_decisions "
                         "WHERE status <> 'recorded as decided'")
    assert proposals.fetchone()[0] == shown.fetchone()[0]


def test_evidence_quotes_are_in_their_page(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT e.quote, e.char_start, e.char_end, g.text FROM evidence e "
                        "JOIN pages g ON g.document_id = e.document_id AND g.number = e.page"
                        ).fetchall()
    assert len(rows) > 100
    for row in rows:
        assert row["text"][row["char_start"]:row["char_end"]] == row["quote"]


def test_evidence_url_names_a_page_row(conn: sqlite3.Connection) -> None:
    url = conn.execute("SELECT evidence_url, document_id, page FROM agreement_facts").fetchone()
    assert url["evidence_url"] == f"pages/{url['document_id']},{url['page']}"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_table_writes_every_row(corpus_db: Path, conn: sqlite3.Connection,
                                       fmt: str) -> None:
    out = io.StringIO()
    written = export_table(corpus_db, "agreement_facts", fmt, out)
    expected = conn.execute("SELECT count(*) FROM agreement_facts").fetchone()[0]
    assert written == expected
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    else:
        rows = json.loads(out.getvalue())
    assert len(rows) == expected and "evidence_url" in rows[0]


def test_export_an_empty_table_is_valid_json(corpus_db: Path) -> None:
    out = io.StringIO()
    assert export_table(corpus_db, "rejects", "json", out) == 0
    assert json.loads(out.getvalue()) == []


def test_export_refuses_unknown_and_internal_tables(corpus_db: Path) -> None:
    assert "pages_fts" not in table_names(corpus_db)
    with pytest.raises(UnknownTableError):
        export_table(corpus_db, "agreements; DROP TABLE pages", "csv", io.StringIO())


def test_cli_export_view_to_file(corpus_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "by_kind.csv"
    assert main(["export", "--format", "csv", "--table", "agreements_by_council_kind",
                 "--db", str(corpus_db), "--out", str(target)]) == 0
    assert target.read_text().startswith("council,kind,agreements")
    assert main(["export", "--format", "json", "--db", str(corpus_db)]) == 2  # no --table


def test_dashboard_charts_from_corpus(conn: sqlite3.Connection) -> None:
    results = {name: [dict(r) for r in conn.execute(sql)] for name, sql in QUERIES.items()}
    charts = build_charts(results)
    assert len(charts) == 3
    for chart in charts:
        assert chart.startswith("<figure class='chart'") and "<svg" in chart
        assert "class='bar'" in chart


def test_stacked_columns_heights_add_up() -> None:
    svg = stacked_columns("c", "t", ["2020", "2021"], {"a": [1, 3], "b": [1, 0]})
    assert svg.count("class='bar'") == 3  # a zero segment draws nothing
    assert "2021 · a: 3" in svg


def test_stacked_rows_show_shares_and_escape_labels() -> None:
    svg = stacked_rows("r", "t", [("<Council & NHS>", {"LA": 51.4, "NHS": 48.6})],
                       ["LA", "NHS"], unit="£")
    assert "&lt;Council &amp; NHS&gt;" in svg and "(51.4%)" in svg and "£100" in svg


def test_charts_say_when_there_is_no_data() -> None:
    assert "No data yet" in stacked_rows("r", "t", [], ["x"])
    assert "No data yet" in stacked_columns("c", "t", [], {})


# --- Pooled budget contributions from exact links and payers, on a small invented paper -------

POOL_TEXT = ("The pooled budget for Eastshire: Council contribution £600,000, CCG contribution "
             "£400,000. Net and gross lines follow. Section 75 for mental health.")


def _pool_facts(amounts: list[tuple[str, str | None, str]], linked: bool) -> DocumentFacts:
    """One report naming two pooled agreements; the first holds the amounts' values when `linked`."""
    doc = "e" * 64

    def ev(start: int, end: int) -> Evidence:
        return Evidence(document_id=doc, page=1, start=start, end=end, quote=POOL_TEXT[start:end])

    facts_amounts = tuple(
        Amount(evidence=ev(POOL_TEXT.index(text), POOL_TEXT.index(text) + len(text)), rule="t",
               value_gbp=Decimal(value), text=text, kind=AmountKind.CONTRIBUTION, payer=payer, what=what)
        for text, payer, what, value in ((t, p, w, t.strip("£").replace(",", "")) for t, p, w in amounts)
    )
    values = tuple(a.value_gbp for a in facts_amounts) if linked else ()
    agreements = (
        Agreement(evidence=ev(4, 17), rule="t", kind=AgreementKind.POOLED_BUDGET,
                  subject="Eastshire pooled budget", values_gbp=values),
        Agreement(evidence=ev(132, 142), rule="t", kind=AgreementKind.SECTION_75,
                  subject="mental health"),
    )
    report = Report(document_id=doc, index=0, start=0, end=len(POOL_TEXT), first_page=1,
                    last_page=1, title="Eastshire pool")
    return DocumentFacts(document_id=doc, reports=(report,), amounts=facts_amounts,
                         agreements=agreements)


def _stored(db_path: Path, facts: DocumentFacts, path: str, text: str) -> sqlite3.Connection:
    """A one-page text document stored with these facts; a connection to the database."""
    with Store(db_path) as store:
        source = SourceDocument(document_id=facts.document_id, paths=(path,),
                                format=DocumentFormat.TEXT, size_bytes=1)
        store.replace_document(source, [Page(document_id=facts.document_id, number=1, text=text)],
                               facts, "v1")
    return sqlite3.connect(str(db_path))


def _pool_row(db_path: Path, facts: DocumentFacts) -> sqlite3.Row:
    connection = _stored(db_path, facts, "p.txt", POOL_TEXT)
    connection.row_factory = sqlite3.Row
    rows = connection.execute("SELECT * FROM pooled_budget_contributions").fetchall()
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(("linked", "agreement"), [(True, "Eastshire pooled budget"), (False, None)])
def test_pooled_budget_prefers_the_exact_agreement_link(db_path: Path, linked: bool,
                                                         agreement: str | None) -> None:
    facts = _pool_facts([("£600,000", "Council", "Council contribution"),
                         ("£400,000", "WCCG", "contribution")], linked)
    row = _pool_row(db_path, facts)
    subject = sqlite3.connect(str(db_path)).execute(
        "SELECT subject FROM agreements WHERE id = ?", [row["agreement_id"]]).fetchone()
    assert (subject[0] if subject else None) == agreement
    # the payer names the side, even as an abbreviation ("WCCG")
    assert (row["local_authority_gbp"], row["nhs_gbp"]) == (600000, 400000)


def test_a_side_with_several_figures_is_not_summed(db_path: Path) -> None:
    facts = _pool_facts([("£600,000", "Council", "gross"), ("£400,000", "Council", "net")], False)
    row = _pool_row(db_path, facts)
    assert row["local_authority_gbp"] is None and row["attributed_total_gbp"] is None
    assert row["unattributed_figures"] == 2 and row["largest_unattributed_gbp"] == 600000


# --- recommendation_decisions: decisions linked within one paper -----------------------------

PACK_TEXT = ("Recommendations: approve the plan; note the risks. "
             "Minutes: RESOLVED that the plan be approved. RESOLVED that the fees rise.")


def _pack_facts(links: dict[str, tuple[str, ...]]) -> DocumentFacts:
    """Recommendations and decisions of one pack; `links` maps a decision to what it decides."""
    from schemas import Recommendation

    doc = "d" * 64
    proposals = ("approve the plan", "note the risks")
    decisions = ("that the plan be approved", "that the fees rise")

    def ev(text: str) -> Evidence:
        start = PACK_TEXT.index(text)
        return Evidence(document_id=doc, page=1, start=start, end=start + len(text), quote=text)

    recs = [Recommendation(evidence=ev(text), rule="t", text=text) for text in proposals]
    recs += [Recommendation(evidence=ev(text), rule="t", text=text, is_decision=True,
                            outcome="approved",
                            decides=tuple(proposals.index(p) for p in links.get(text, ())))
             for text in decisions]
    return DocumentFacts(document_id=doc, issuing_body="Eastshire Council",
                         recommendations=tuple(recs))


def _decision_rows(db_path: Path, facts: DocumentFacts) -> dict[str, tuple[str, str | None, str | None]]:
    connection = _stored(db_path, facts, "pack.txt", PACK_TEXT)
    return {row[0]: (row[1], row[2], row[3]) for row in connection.execute(
        "SELECT recommendation, status, decision, outcome FROM recommendation_decisions")}


def test_a_recommendation_shows_the_decision_linked_in_its_paper(db_path: Path) -> None:
    rows = _decision_rows(db_path, _pack_facts({"that the plan be approved": ("approve the plan",)}))
    assert rows == {
        "approve the plan": ("decided in the same paper", "that the plan be approved", "approved"),
        "note the risks": ("no decision found", None, None),
        "that the fees rise": ("recorded as decided", None, "approved"),  # decides nothing listed
    }


def test_a_decision_of_several_recommendations_shows_on_each(db_path: Path) -> None:
    rows = _decision_rows(db_path, _pack_facts(
        {"that the plan be approved": ("approve the plan", "note the risks")}))
    assert rows["approve the plan"][:2] == rows["note the risks"][:2] == (
        "decided in the same paper", "that the plan be approved")
    assert "that the plan be approved" not in rows
