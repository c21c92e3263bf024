"""The SQLite store: table layout, and the per-document replace that keeps re-runs idempotent.

Layout (every fact row carries `document_id` and its evidence `page, char_start, char_end,
quote` so a fact links to the text it was read from in one hop; `char_*` offsets are within
that page's text, as in `schemas.Evidence`):

- documents(id = sha256 of the bytes, format, size_bytes, pages, characters, extractor_version,
  issuing_body, meeting_body, meeting_date, processed_at)
- document_paths(document_id, path): the same bytes under two names are one document, two paths
- pages(document_id, number, text, quality) with FTS5 over `text` (table `pages_fts`)
- reports, mentions, amounts, dates, recommendations, agreements, agreement_parties, rejects:
  one document's rows each; fact ids are a hash of document id + kind + evidence span
- organisations(id, name, org_type, canonical_id, valid_from, valid_to, successor_ids): one row
  per distinct canonical name, shared by documents; a mention points at its organisation. For a
  body of the reference table (`canonical_id` set) its dates of existence and the canonical ids
  of the bodies that took over its duties (JSON list) come from `extractors.bodies`, else NULL
- recommendation_decisions_link(decision_id, recommendation_id, document_id): a decision of a
  document and the recommendation of the same document it decides (several when minutes approve
  "the recommendations in the report")
- ingest_errors(path, document_id when the bytes could be read, reason, at)

Money: `amounts.value_pence` (INTEGER) is the exact value; `value_gbp` (REAL pounds) is a
convenience copy for reading and sorting; `text` keeps the amount as written.
`amounts.agreement_id` links an amount to the one agreement of its document whose values hold
its value (NULL when none or several do); `payer` is the contributor its table or sentence names.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from extractors import bodies
from pipelines.views import ensure_views
from schemas import DocumentFacts, Evidence, Page, SourceDocument

T = TypeVar("T")

BUSY_TIMEOUT_S = 30.0
LOCK_RETRIES = 6

FACT_TABLES = (
    "agreement_parties",
    "amounts",  # before agreements: an amount may point at one
    "agreements",
    "mentions",
    "dates",
    "recommendation_decisions_link",  # before recommendations: it points at two of them
    "recommendations",
    "reports",
    "rejects",
    "pages",
)
"""Per-document tables, children first, in the order their rows are deleted."""

_EVIDENCE = """
    page INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL"""

_DOC_FK = "document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    characters INTEGER NOT NULL,
    extractor_version TEXT NOT NULL,
    issuing_body TEXT,
    meeting_body TEXT,
    meeting_date TEXT,
    processed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_paths (
    {_DOC_FK},
    path TEXT NOT NULL,
    PRIMARY KEY (document_id, path)
);
CREATE INDEX IF NOT EXISTS document_paths_path ON document_paths(path);
CREATE TABLE IF NOT EXISTS pages (
    {_DOC_FK},
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    quality TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    report_index INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    first_page INTEGER NOT NULL,
    last_page INTEGER NOT NULL,
    title TEXT,
    committee TEXT,
    meeting_date TEXT,
    author TEXT,
    key_decision INTEGER,
    forward_plan_ref TEXT,
    officer_contact TEXT
);
CREATE TABLE IF NOT EXISTS organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    org_type TEXT NOT NULL,
    canonical_id TEXT,
    valid_from TEXT,
    valid_to TEXT,
    successor_ids TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    name TEXT NOT NULL,
    text TEXT NOT NULL,{_EVIDENCE}
);
CREATE INDEX IF NOT EXISTS mentions_organisation ON mentions(organisation_id);
CREATE TABLE IF NOT EXISTS amounts (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    value_pence INTEGER NOT NULL,
    value_gbp REAL NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    what TEXT,
    financial_year TEXT,
    payer TEXT,
    from_table INTEGER NOT NULL,
    agreement_id TEXT REFERENCES agreements(id),{_EVIDENCE}
);
CREATE TABLE IF NOT EXISTS dates (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    precision TEXT NOT NULL,
    role TEXT NOT NULL,
    year_inferred INTEGER NOT NULL,{_EVIDENCE}
);
CREATE TABLE IF NOT EXISTS recommendations (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    label TEXT,
    parent_label TEXT,
    text TEXT NOT NULL,
    verb TEXT,
    is_decision INTEGER NOT NULL,
    outcome TEXT,{_EVIDENCE}
);
CREATE TABLE IF NOT EXISTS recommendation_decisions_link (
    decision_id TEXT NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    recommendation_id TEXT NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    {_DOC_FK},
    PRIMARY KEY (decision_id, recommendation_id)
);
CREATE TABLE IF NOT EXISTS agreements (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    action TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    statutory_basis TEXT,
    values_gbp TEXT NOT NULL,{_EVIDENCE}
);
CREATE TABLE IF NOT EXISTS agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    {_DOC_FK},
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations(id),
    PRIMARY KEY (agreement_id, position)
);
CREATE TABLE IF NOT EXISTS rejects (
    id TEXT PRIMARY KEY,
    {_DOC_FK},
    record_type TEXT NOT NULL,
    reason TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ingest_errors (
    path TEXT PRIMARY KEY,
    document_id TEXT,
    reason TEXT NOT NULL,
    extractor_version TEXT,
    at TEXT NOT NULL
);
"""

_LINK_TABLE_SQL = SCHEMA[SCHEMA.index("CREATE TABLE IF NOT EXISTS recommendation_decisions_link"):
                         SCHEMA.index("CREATE TABLE IF NOT EXISTS agreements")]
"""The decision link table on its own, for a database made before it existed."""

_PER_DOCUMENT_INDEXED = ("reports", "mentions", "amounts", "dates", "recommendations",
                         "recommendation_decisions_link", "agreements", "agreement_parties", "rejects")


def is_locked_error(error: BaseException) -> bool:
    """True for SQLite's transient single-writer errors, which a retry can clear."""
    message = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in message or "busy" in message)


def with_lock_retry(action: Callable[[], T], retries: int = LOCK_RETRIES) -> T:
    """Run `action`, retrying with back-off while another writer holds the database."""
    for attempt in range(retries):
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not is_locked_error(error) or attempt == retries - 1:
                raise
            time.sleep(0.2 * 2**attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def fact_id(document_id: str, kind: str, *parts: object) -> str:
    """A deterministic id: the same fact read again from the same document gets the same id."""
    key = ":".join([document_id, kind, *(str(p) for p in parts)])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def organisation_id(name: str, canonical_id: str | None) -> str:
    """One id per distinct canonical organisation: its reference code, else its name."""
    if canonical_id:
        return f"ref:{canonical_id}"
    return "name:" + " ".join(name.lower().split())


def organisation_lineage(canonical_id: str | None) -> dict[str, str | None]:
    """A reference body's valid_from, valid_to and successor_ids (JSON) columns; NULLs when unknown."""
    body = bodies.by_code(canonical_id) if canonical_id else None
    if body is None:
        return {"valid_from": None, "valid_to": None, "successor_ids": None}
    codes = [successor.code for successor in bodies.successors(body) if successor.code]
    return {"valid_from": body.valid_from, "valid_to": body.valid_to,
            "successor_ids": json.dumps(codes) if codes else None}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _evidence_columns(evidence: Evidence, confidence: float, rule: str) -> dict[str, Any]:
    return {
        "page": evidence.page,
        "char_start": evidence.start,
        "char_end": evidence.end,
        "quote": evidence.quote,
        "confidence": confidence,
        "rule": rule,
    }


class _UniqueIds:
    """Fact ids from evidence spans, disambiguated when two facts share one span."""

    def __init__(self, document_id: str) -> None:
        self.document_id = document_id
        self.seen: dict[str, int] = {}

    def __call__(self, kind: str, evidence: Evidence) -> str:
        base = fact_id(self.document_id, kind, evidence.page, evidence.start, evidence.end)
        count = self.seen.get(base, 0)
        self.seen[base] = count + 1
        return base if count == 0 else fact_id(self.document_id, kind, base, count)


def fact_rows(facts: DocumentFacts) -> dict[str, list[dict[str, Any]]]:
    """Rows for every per-document fact table, plus the organisations they mention."""
    doc = facts.document_id
    ids = _UniqueIds(doc)
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in _PER_DOCUMENT_INDEXED}
    rows["organisations"] = []
    orgs: dict[str, dict[str, Any]] = {}
    for report in facts.reports:
        rows["reports"].append({
            "id": fact_id(doc, "report", report.index), "document_id": doc,
            "report_index": report.index, "char_start": report.start, "char_end": report.end,
            "first_page": report.first_page, "last_page": report.last_page,
            "title": report.title, "committee": report.committee,
            "meeting_date": _iso(report.meeting_date), "author": report.author,
            "key_decision": report.key_decision, "forward_plan_ref": report.forward_plan_ref,
            "officer_contact": report.officer_contact,
        })
    for mention in facts.organisations:
        org = organisation_id(mention.name, mention.canonical_id)
        orgs[org] = {"id": org, "name": mention.name, "org_type": mention.org_type.value,
                     "canonical_id": mention.canonical_id,
                     **organisation_lineage(mention.canonical_id)}
        rows["mentions"].append({
            "id": ids("mention", mention.evidence), "document_id": doc, "organisation_id": org,
            "name": mention.name, "text": mention.text,
            **_evidence_columns(mention.evidence, mention.confidence, mention.rule),
        })
    for amount in facts.amounts:
        rows["amounts"].append({
            "id": ids("amount", amount.evidence), "document_id": doc,
            "value_pence": _pence(amount.value_gbp),
            "value_gbp": float(amount.value_gbp), "text": amount.text, "kind": amount.kind.value,
            "what": amount.what, "financial_year": amount.financial_year, "payer": amount.payer,
            "from_table": amount.from_table,
            **_evidence_columns(amount.evidence, amount.confidence, amount.rule),
        })
    for mention in facts.dates:
        rows["dates"].append({
            "id": ids("date", mention.evidence), "document_id": doc, "text": mention.text,
            "value": mention.value.isoformat(), "precision": mention.precision.value,
            "role": mention.role.value, "year_inferred": mention.year_inferred,
            **_evidence_columns(mention.evidence, mention.confidence, mention.rule),
        })
    recommendation_ids = [ids("recommendation", rec.evidence) for rec in facts.recommendations]
    for rec, rec_id in zip(facts.recommendations, recommendation_ids, strict=True):
        rows["recommendation_decisions_link"].extend(
            {"decision_id": rec_id, "recommendation_id": recommendation_ids[index], "document_id": doc}
            for index in sorted(set(rec.decides)) if 0 <= index < len(recommendation_ids))
        rows["recommendations"].append({
            "id": rec_id, "document_id": doc, "label": rec.label,
            "parent_label": rec.parent_label, "text": rec.text, "verb": rec.verb,
            "is_decision": rec.is_decision, "outcome": rec.outcome,
            **_evidence_columns(rec.evidence, rec.confidence, rec.rule),
        })
    org_by_name = {row["name"].lower(): key for key, row in orgs.items()}
    agreement_by_value: dict[int, set[str]] = {}
    for agreement in facts.agreements:
        agreement_id = ids("agreement", agreement.evidence)
        for value in agreement.values_gbp:
            agreement_by_value.setdefault(_pence(value), set()).add(agreement_id)
        rows["agreements"].append({
            "id": agreement_id, "document_id": doc, "kind": agreement.kind.value,
            "subject": agreement.subject, "action": agreement.action.value,
            "start_date": _iso(agreement.start_date), "end_date": _iso(agreement.end_date),
            "statutory_basis": agreement.statutory_basis,
            "values_gbp": json.dumps([str(v) for v in agreement.values_gbp]),
            **_evidence_columns(agreement.evidence, agreement.confidence, agreement.rule),
        })
        for position, party in enumerate(agreement.parties):
            rows["agreement_parties"].append({
                "agreement_id": agreement_id, "document_id": doc, "position": position,
                "name": party.name, "role": party.role.value,
                "organisation_id": org_by_name.get(party.name.lower()),
            })
    for row in rows["amounts"]:
        # Linked only when exactly one agreement of the document holds this value.
        holders = agreement_by_value.get(row["value_pence"], set())
        row["agreement_id"] = next(iter(holders)) if len(holders) == 1 else None
    for index, reject in enumerate(facts.rejects):
        rows["rejects"].append({
            "id": fact_id(doc, "reject", index), "document_id": doc,
            "record_type": reject.record_type, "reason": reject.reason,
            "payload": json.dumps(reject.payload, default=_json_default, sort_keys=True),
        })
    rows["organisations"] = list(orgs.values())
    return rows


def _pence(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


@contextmanager
def _schema_lock(database: Path) -> Iterator[None]:
    """An exclusive lock on `<database>.lock` while the schema is checked and created."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: schema races are left to retries
        yield
        return
    with open(database.with_name(database.name + ".lock"), "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Store:
    """One connection to the papers database, with the schema ensured on open."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A busy timeout makes a second writer wait for the first instead of failing at once.
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
        self.db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        # Two processes opening a new database at once would both create the FTS tables and
        # views (DDL here is check-then-create, outside one transaction): take turns.
        with _schema_lock(self.path):
            with_lock_retry(self._ensure_schema)
            with_lock_retry(lambda: ensure_views(self.db))  # research views: pipelines/views.py

    def _ensure_schema(self) -> None:
        if self.db.journal_mode != "wal":
            self.db.enable_wal()
        if "documents" in self.db.table_names() and "pages_fts" in self.db.table_names():
            self._add_missing_columns()
            return
        self.db.conn.executescript(SCHEMA)
        self._add_missing_columns()
        if not self.db["pages"].detect_fts():
            self.db["pages"].enable_fts(["text"], create_triggers=True, tokenize="porter")

    def _add_missing_columns(self) -> None:
        """Bring a database made by an earlier version up to the current layout (columns added since)."""
        if "agreement_id" not in self.db["amounts"].columns_dict:
            # Amounts stored before the link existed stay unlinked until their document is re-run.
            self.db.execute("ALTER TABLE amounts ADD COLUMN agreement_id TEXT REFERENCES agreements(id)")
        self.db.execute("CREATE INDEX IF NOT EXISTS amounts_agreement ON amounts(agreement_id)")
        org_columns = self.db["organisations"].columns_dict
        missing = [c for c in ("valid_from", "valid_to", "successor_ids") if c not in org_columns]
        for column in missing:
            self.db.execute(f"ALTER TABLE organisations ADD COLUMN {column} TEXT")
        if missing:
            # Read from the reference table, so older rows need no re-run to gain them.
            with self.db.conn:
                self._fill_lineage([dict(row) for row in self.db.query(
                    "SELECT id, canonical_id FROM organisations WHERE canonical_id IS NOT NULL")])
        self.db.conn.executescript(_LINK_TABLE_SQL)

    def _fill_lineage(self, rows: Sequence[dict[str, Any]]) -> None:
        """Set each organisation's lineage columns from its canonical id (the reference table's)."""
        self.db.conn.executemany(
            "UPDATE organisations SET valid_from = ?, valid_to = ?, successor_ids = ? "
            "WHERE id = ? AND canonical_id = ?",
            [(lineage["valid_from"], lineage["valid_to"], lineage["successor_ids"],
              row["id"], row["canonical_id"])
             for row in rows if row["canonical_id"]
             for lineage in [organisation_lineage(row["canonical_id"])]])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def replace_document(
        self,
        source: SourceDocument,
        pages: Sequence[Page],
        facts: DocumentFacts,
        extractor_version: str,
    ) -> dict[str, int]:
        """Write one document's rows in ONE transaction: old rows go, new rows come in.

        A failure anywhere rolls back to the rows the document had before.
        Returns the number of rows written per table.
        """
        if facts.document_id != source.document_id:
            raise ValueError("facts and source belong to different documents")
        rows = fact_rows(facts)
        page_rows = [{"document_id": p.document_id, "number": p.number, "text": p.text,
                      "quality": p.quality.value} for p in pages]
        document_row = {
            "id": source.document_id, "format": source.format.value,
            "size_bytes": source.size_bytes, "pages": len(pages),
            "characters": sum(len(p.text) for p in pages),
            "extractor_version": extractor_version, "issuing_body": facts.issuing_body,
            "meeting_body": facts.meeting_body, "meeting_date": _iso(facts.meeting_date),
            "processed_at": _now(),
        }

        def write() -> None:
            with self._immediate_transaction():
                self._delete_document_rows(source.document_id)
                self.db["documents"].upsert(document_row, pk="id")
                self.db["document_paths"].insert_all(
                    ({"document_id": source.document_id, "path": p} for p in source.paths),
                    ignore=True)
                self.db["pages"].insert_all(page_rows)
                self._merge_organisations(rows["organisations"])
                # Agreements before amounts: an amount's agreement_id points at one.
                for table in ("reports", "mentions", "agreements", "agreement_parties", "amounts",
                              "dates", "recommendations", "recommendation_decisions_link",
                              "rejects"):
                    self.db[table].insert_all(rows[table])
                self._delete_orphan_organisations()
                self.db.execute("DELETE FROM ingest_errors WHERE document_id = ?",
                                [source.document_id])

        with_lock_retry(write)
        counts = {table: len(rows[table]) for table in rows}
        counts["pages"] = len(page_rows)
        return counts

    def _immediate_transaction(self) -> Any:
        """BEGIN IMMEDIATE takes the write lock up front, so a busy database waits, not deadlocks."""
        store = self

        class _Transaction:
            def __enter__(self) -> None:
                store.db.conn.execute("BEGIN IMMEDIATE")

            def __exit__(self, exc_type: object, *rest: object) -> None:
                if exc_type is None:
                    store.db.conn.execute("COMMIT")
                elif store.db.conn.in_transaction:
                    store.db.conn.execute("ROLLBACK")

        return _Transaction()

    def _merge_organisations(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert organisations; on a shared id keep the smallest (name, type, code).

        Order-independent on purpose: whichever document is written first (parallel workers,
        a re-run after a crash), the same set of documents yields the same organisation rows.
        """
        self.db.conn.executemany(
            "INSERT INTO organisations (id, name, org_type, canonical_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, org_type = excluded.org_type, "
            "canonical_id = excluded.canonical_id "
            "WHERE (excluded.name, excluded.org_type, coalesce(excluded.canonical_id, '')) < "
            "(organisations.name, organisations.org_type, coalesce(organisations.canonical_id, ''))",
            [(r["id"], r["name"], r["org_type"], r["canonical_id"]) for r in rows])
        # Lineage follows whichever canonical id the row kept.
        self._fill_lineage(rows)

    def forget_stale_paths(self, current: dict[str, str]) -> int:
        """Drop paths that now hold other bytes (path -> current document id) from old documents.

        An old document left with no path at all was replaced by an edit of its file: its rows
        go too. Returns how many documents were removed.
        """
        moved = self._paths_with_other_documents(current)
        stale = [(path, key) for path, key in current.items() if path in moved]
        if not stale:
            return 0

        def write() -> int:
            removed = 0
            with self._immediate_transaction():
                owners: set[str] = set()
                for path, key in stale:
                    owners.update(row["document_id"] for row in self.db.query(
                        "SELECT document_id FROM document_paths WHERE path = ? AND document_id != ?",
                        [path, key]))
                    self.db.execute(
                        "DELETE FROM document_paths WHERE path = ? AND document_id != ?", [path, key])
                for owner in sorted(owners):
                    if not self.paths_of(owner):
                        self._delete_document_rows(owner)
                        self.db.execute("DELETE FROM documents WHERE id = ?", [owner])
                        removed += 1
                if removed:
                    self._delete_orphan_organisations()
            return removed

        return with_lock_retry(write)

    def _paths_with_other_documents(self, current: dict[str, str]) -> set[str]:
        known = {row["path"]: row["document_id"] for row in self.db.query(
            "SELECT path, document_id FROM document_paths")}
        return {path for path, key in current.items() if path in known and known[path] != key}

    def documents_with_unreadable_pages(self, document_ids: Iterable[str]) -> list[str]:
        """Stored PDF documents having a page with no usable text layer (empty or broken)."""
        wanted = set(document_ids)
        rows = self.db.query(
            "SELECT DISTINCT d.id FROM documents d JOIN pages p ON p.document_id = d.id "
            "WHERE d.format = 'pdf' AND p.quality IN ('empty', 'broken')")
        return sorted(row["id"] for row in rows if row["id"] in wanted)

    def _delete_document_rows(self, document_id: str) -> None:
        for table in FACT_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])

    def _delete_orphan_organisations(self) -> None:
        self.db.execute(
            "DELETE FROM organisations WHERE id NOT IN (SELECT organisation_id FROM mentions) "
            "AND id NOT IN (SELECT organisation_id FROM agreement_parties "
            "WHERE organisation_id IS NOT NULL)")

    def record_ingest_error(self, path: str, reason: str, document_id: str | None = None,
                            extractor_version: str | None = None) -> None:
        """Remember why a file could not be ingested (the latest reason per path)."""
        row = {"path": path, "document_id": document_id, "reason": reason,
               "extractor_version": extractor_version, "at": _now()}

        def write() -> None:
            with self._immediate_transaction():
                self.db["ingest_errors"].upsert(row, pk="path")

        with_lock_retry(write)

    def add_paths(self, document_id: str, paths: Iterable[str]) -> None:
        """Record more names for a stored document (the same bytes found under a new path)."""
        rows = [{"document_id": document_id, "path": p} for p in paths]

        def write() -> None:
            with self._immediate_transaction():
                self.db["document_paths"].insert_all(rows, ignore=True)

        with_lock_retry(write)

    def processed_versions(self) -> dict[str, str]:
        """Extractor version each stored document was processed with, by document id."""
        return {row["id"]: row["extractor_version"]
                for row in self.db.query("SELECT id, extractor_version FROM documents")}

    def failed_versions(self) -> dict[str, str]:
        """Extractor version each failed document last failed with, by document id."""
        return {row["document_id"]: row["extractor_version"] or "" for row in self.db.query(
            "SELECT document_id, extractor_version FROM ingest_errors "
            "WHERE document_id IS NOT NULL")}

    def paths_of(self, document_id: str) -> list[str]:
        return [row["path"] for row in self.db.query(
            "SELECT path FROM document_paths WHERE document_id = ? ORDER BY path", [document_id])]

    def count(self, table: str) -> int:
        return self.db[table].count

    def counts_by_document(self, document_ids: Iterable[str]) -> dict[str, int]:
        """Rows per fact table over the given documents (for run summaries)."""
        ids = list(document_ids)
        marks = ",".join("?" * len(ids))
        out: dict[str, int] = {}
        for table in ("pages", "reports", "mentions", "amounts", "dates", "recommendations",
                      "agreements", "rejects"):
            if not ids:
                out[table] = 0
                continue
            out[table] = next(iter(self.db.query(
                f"SELECT count(*) AS n FROM {table} WHERE document_id IN ({marks})", ids)))["n"]
        return out


def read_known_paths(database: Path, document_ids: Iterable[str]) -> set[str]:
    """Paths already recorded for these documents, read without taking a write lock."""
    ids = list(document_ids)
    if not ids or not database.exists():
        return set()
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"SELECT path FROM document_paths WHERE document_id IN ({marks})", ids).fetchall()
    except sqlite3.OperationalError:
        return set()  # no schema yet
    finally:
        conn.close()
    return {row[0] for row in rows}
