"""The SQLite store: per-document replace, one transaction, paths, organisations, lock retries."""

import hashlib
import sqlite3
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pipelines.store import Store, fact_id, organisation_id, with_lock_retry
from schemas import (
    Agreement,
    AgreementKind,
    AgreementParty,
    Amount,
    DateMention,
    DatePrecision,
    DocumentFacts,
    DocumentFormat,
    Evidence,
    OrganisationMention,
    OrgType,
    Page,
    Recommendation,
    Reject,
    SourceDocument,
)

TEXT = "Kent County Council will pay £1,500.50 by 01/04/2021. Approve the plan."


def doc_id(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


def evidence(doc: str, start: int, end: int) -> Evidence:
    return Evidence(document_id=doc, page=1, start=start, end=end, quote=TEXT[start:end])


def make_facts(doc: str, amount: str = "1500.50", org: str = "Kent County Council") -> DocumentFacts:
    return DocumentFacts(
        document_id=doc,
        issuing_body=org,
        meeting_date=date(2021, 1, 5),
        organisations=(OrganisationMention(evidence=evidence(doc, 0, 19), rule="t", name=org,
                                           text="Kent County Council",
                                           org_type=OrgType.COUNTY_COUNCIL),),
        amounts=(Amount(evidence=evidence(doc, 29, 38), rule="t", value_gbp=Decimal(amount),
                        text="£1,500.50"),),
        dates=(DateMention(evidence=evidence(doc, 42, 52), rule="t", text="01/04/2021",
                           value=date(2021, 4, 1), precision=DatePrecision.DAY),),
        recommendations=(Recommendation(evidence=evidence(doc, 54, 71), rule="t",
                                        text="Approve the plan"),),
        agreements=(Agreement(evidence=evidence(doc, 0, 19), rule="t", kind=AgreementKind.GRANT,
                              subject="plan", parties=(AgreementParty(name=org),)),),
        rejects=(Reject(document_id=doc, record_type="Amount", reason="bad", payload={"x": 1}),),
    )


def save(store: Store, doc: str, paths: tuple[str, ...] = ("a.txt",), **kw: str) -> dict[str, int]:
    source = SourceDocument(document_id=doc, paths=paths, format=DocumentFormat.TEXT, size_bytes=10)
    pages = [Page(document_id=doc, number=1, text=TEXT)]
    return store.replace_document(source, pages, make_facts(doc, **kw), "v1")


FACT_TABLES = ("pages", "mentions", "amounts", "dates", "recommendations", "agreements",
               "agreement_parties", "rejects", "organisations")


def table_counts(store: Store) -> dict[str, int]:
    return {table: store.count(table) for table in FACT_TABLES}


def test_reprocessing_replaces_rows_instead_of_duplicating(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"))
        first = table_counts(store)
        ids = [r["id"] for r in store.db.query("SELECT id FROM amounts")]
        save(store, doc_id("a"))
        assert table_counts(store) == first
        assert [r["id"] for r in store.db.query("SELECT id FROM amounts")] == ids
        assert all(count == 1 for count in first.values())


def test_failure_mid_write_keeps_the_old_rows(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"), amount="10")

        def explode() -> None:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(store, "_delete_orphan_organisations", explode)
        with pytest.raises(RuntimeError):
            save(store, doc_id("a"), amount="99")
        values = [r["value_gbp"] for r in store.db.query("SELECT value_gbp FROM amounts")]
        assert values == [10.0]
        assert store.count("pages") == 1 and store.count("pages_fts") == 1


def test_same_bytes_under_two_names_is_one_document_with_two_paths(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"), paths=("x/one.txt",))
        store.add_paths(doc_id("a"), ["y/two.txt", "x/one.txt"])
        assert store.count("documents") == 1
        assert store.paths_of(doc_id("a")) == ["x/one.txt", "y/two.txt"]


def test_money_is_exact_pence_with_pounds_and_text(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"))
        row = next(store.db.query("SELECT value_pence, value_gbp, text FROM amounts"))
        assert row == {"value_pence": 150050, "value_gbp": 1500.5, "text": "£1,500.50"}


def test_fact_rows_carry_their_evidence(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"))
        row = next(store.db.query("SELECT page, char_start, char_end, quote, document_id FROM dates"))
        assert row == {"page": 1, "char_start": 42, "char_end": 52, "quote": "01/04/2021",
                       "document_id": doc_id("a")}


def test_organisations_are_shared_and_orphans_removed(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"))
        save(store, doc_id("b"))
        assert store.count("organisations") == 1
        save(store, doc_id("a"), org="Medway Council")
        assert store.count("organisations") == 2
        save(store, doc_id("b"), org="Medway Council")
        names = [r["name"] for r in store.db.query("SELECT name FROM organisations")]
        assert names == ["Medway Council"]


def test_pages_are_searchable(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"))
        hits = list(store.db.query("SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'plan'"))
        assert len(hits) == 1


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    with Store(db_path) as store, pytest.raises(sqlite3.IntegrityError):
        store.add_paths(doc_id("missing"), ["x.txt"])


def test_ingest_errors_are_cleared_when_the_document_loads(db_path: Path) -> None:
    with Store(db_path) as store:
        store.record_ingest_error("a.txt", "broken", doc_id("a"), "v1")
        assert store.failed_versions() == {doc_id("a"): "v1"}
        save(store, doc_id("a"))
        assert store.count("ingest_errors") == 0


@pytest.mark.parametrize(("parts", "other"), [
    (("amount", 1, 2, 3), ("amount", 1, 2, 4)),
    (("date", 1, 2, 3), ("amount", 1, 2, 3)),
])
def test_fact_ids_are_deterministic_and_distinct(parts: tuple, other: tuple) -> None:
    assert fact_id(doc_id("a"), *parts) == fact_id(doc_id("a"), *parts)
    assert fact_id(doc_id("a"), *parts) != fact_id(doc_id("a"), *other)
    assert fact_id(doc_id("a"), *parts) != fact_id(doc_id("b"), *parts)


@pytest.mark.parametrize(("name", "code", "expected"), [
    ("Kent  County Council", None, "name:kent county council"),
    ("Kent County Council", "E10000016", "ref:E10000016"),
])
def test_organisation_id(name: str, code: str | None, expected: str) -> None:
    assert organisation_id(name, code) == expected


def test_lock_retry_retries_only_lock_errors() -> None:
    calls: list[int] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 2:
            raise sqlite3.OperationalError("database is locked")
        return "done"

    assert with_lock_retry(flaky) == "done" and len(calls) == 2
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with_lock_retry(lambda: (_ for _ in ()).throw(sqlite3.OperationalError("no such table")))


def test_a_second_writer_waits_for_the_first(db_path: Path) -> None:
    Store(db_path).close()
    holder = sqlite3.connect(str(db_path), check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release() -> None:
        time.sleep(0.5)
        holder.commit()

    thread = threading.Thread(target=release)
    thread.start()
    with Store(db_path) as store:
        save(store, doc_id("a"))
        assert store.count("documents") == 1
    thread.join()
    holder.close()


def _facts_with_agreement_values(doc: str, *agreement_values: tuple[str, ...]) -> DocumentFacts:
    """Facts whose one amount (£1,500.50) may be held by the given agreements' values."""
    base = make_facts(doc)
    agreements = tuple(
        Agreement(evidence=evidence(doc, index, 19), rule="t", kind=AgreementKind.GRANT,
                  subject=f"plan {index}", parties=(AgreementParty(name="Kent County Council"),),
                  values_gbp=tuple(Decimal(v) for v in values))
        for index, values in enumerate(agreement_values)
    )
    return base.model_copy(update={"agreements": agreements})


def _store_facts(store: Store, facts: DocumentFacts) -> None:
    doc = facts.document_id
    source = SourceDocument(document_id=doc, paths=("a.txt",), format=DocumentFormat.TEXT, size_bytes=10)
    store.replace_document(source, [Page(document_id=doc, number=1, text=TEXT)], facts, "v1")


@pytest.mark.parametrize(("agreement_values", "linked_to"), [
    ((("1500.50",),), 0),  # one agreement holds the value
    ((("1500.5", "99"), ("7",)), 0),  # equal value written differently, second agreement does not
    ((("99",), ("1500.50",)), 1),
    ((("1500.50",), ("1500.50",)), None),  # two agreements hold it: ambiguous, no link
    ((("1500.49",),), None),  # a near value is not the value
    ((), None),
])
def test_amount_links_to_the_one_agreement_holding_its_value(
        db_path: Path, agreement_values: tuple[tuple[str, ...], ...], linked_to: int | None) -> None:
    with Store(db_path) as store:
        _store_facts(store, _facts_with_agreement_values(doc_id("a"), *agreement_values))
        link = next(store.db.query("SELECT agreement_id FROM amounts"))["agreement_id"]
        subjects = {r["id"]: r["subject"] for r in store.db.query("SELECT id, subject FROM agreements")}
        assert (subjects[link] if link else None) == (None if linked_to is None else f"plan {linked_to}")


def test_linked_amounts_are_replaced_with_their_document(db_path: Path) -> None:
    with Store(db_path) as store:
        _store_facts(store, _facts_with_agreement_values(doc_id("a"), ("1500.50",)))
        _store_facts(store, _facts_with_agreement_values(doc_id("a"), ("1500.50",)))
        assert store.count("amounts") == 1 and store.count("agreements") == 1
        orphan = "SELECT count(*) AS n FROM amounts WHERE agreement_id NOT IN (SELECT id FROM agreements)"
        assert next(store.db.query(orphan))["n"] == 0
        save(store, doc_id("a"))  # re-run without the agreement's value: the link goes
        assert next(store.db.query("SELECT agreement_id FROM amounts"))["agreement_id"] is None


def test_an_older_database_gains_the_agreement_link_column(db_path: Path) -> None:
    with Store(db_path) as store:
        save(store, doc_id("a"))
        # An older database: no link column (and views made before it, which read none).
        for view in store.db.view_names():
            store.db.execute(f"DROP VIEW {view}")
        store.db.execute("DROP INDEX amounts_agreement")
        store.db.execute("ALTER TABLE amounts DROP COLUMN agreement_id")
    with Store(db_path) as store:
        assert "agreement_id" in store.db["amounts"].columns_dict
        assert next(store.db.query("SELECT agreement_id FROM amounts"))["agreement_id"] is None
        assert "pooled_budget_contributions" in store.db.view_names()


# --- organisation lineage and decision links -------------------------------------------------

CCG = "NHS Cambridgeshire and Peterborough Clinical Commissioning Group"


def _facts_with_org(doc: str, name: str, org_type: OrgType, canonical_id: str | None) -> DocumentFacts:
    mention = OrganisationMention(evidence=evidence(doc, 0, 19), rule="t", name=name,
                                  text="Kent County Council", org_type=org_type,
                                  canonical_id=canonical_id)
    return make_facts(doc).model_copy(update={"organisations": (mention,)})


def _org_row(store: Store) -> dict[str, object]:
    return dict(next(store.db.query(
        "SELECT valid_from, valid_to, successor_ids FROM organisations o "
        "JOIN mentions m ON m.organisation_id = o.id")))


@pytest.mark.parametrize("name, org_type, code, expected", [
    (CCG, OrgType.CCG, "06H", {"valid_from": "2013-04-01", "valid_to": "2022-06-30",
                               "successor_ids": '["QUE"]'}),
    ("Kent County Council", OrgType.COUNTY_COUNCIL, None,
     {"valid_from": None, "valid_to": None, "successor_ids": None}),
    ("Unknown Body", OrgType.OTHER, "ZZZ99",  # a code the reference table does not hold
     {"valid_from": None, "valid_to": None, "successor_ids": None}),
])
def test_organisation_rows_carry_their_lineage(db_path: Path, name: str, org_type: OrgType,
                                               code: str | None, expected: dict[str, object]) -> None:
    with Store(db_path) as store:
        _store_facts(store, _facts_with_org(doc_id("a"), name, org_type, code))
        assert _org_row(store) == expected


def test_an_older_database_gains_the_lineage_columns_filled(db_path: Path) -> None:
    with Store(db_path) as store:
        _store_facts(store, _facts_with_org(doc_id("a"), CCG, OrgType.CCG, "06H"))
        for view in store.db.view_names():
            store.db.execute(f"DROP VIEW {view}")
        for column in ("valid_from", "valid_to", "successor_ids"):
            store.db.execute(f"ALTER TABLE organisations DROP COLUMN {column}")
        store.db.execute("DROP TABLE recommendation_decisions_link")
    with Store(db_path) as store:
        assert _org_row(store)["valid_to"] == "2022-06-30"
        assert "recommendation_decisions_link" in store.db.table_names()
        assert "recommendation_decisions" in store.db.view_names()


def _facts_with_decision(doc: str, decides: tuple[int, ...]) -> DocumentFacts:
    recs = (Recommendation(evidence=evidence(doc, 54, 71), rule="t", text="Approve the plan"),
            Recommendation(evidence=evidence(doc, 54, 70), rule="t", text="Approve the plan",
                           is_decision=True, outcome="approved", decides=decides))
    return make_facts(doc).model_copy(update={"recommendations": recs})


def test_a_decision_links_to_the_recommendation_it_decides(db_path: Path) -> None:
    with Store(db_path) as store:
        _store_facts(store, _facts_with_decision(doc_id("a"), (0,)))
        link = next(store.db.query(
            "SELECT d.is_decision AS d, r.is_decision AS r FROM recommendation_decisions_link l "
            "JOIN recommendations d ON d.id = l.decision_id "
            "JOIN recommendations r ON r.id = l.recommendation_id"))
        assert (link["d"], link["r"]) == (1, 0)
        _store_facts(store, _facts_with_decision(doc_id("a"), ()))  # re-run: the link goes
        assert store.count("recommendation_decisions_link") == 0
