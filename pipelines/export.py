"""Export stored facts: the gold annotation shape (gold/FORMAT.md), or any table or view as CSV/JSON."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any, TextIO

import sqlite_utils


def _first_paths(db: sqlite_utils.Database) -> dict[str, str]:
    """Each document's first path (sorted), whose file stem names its export."""
    paths: dict[str, str] = {}
    for row in db.query("SELECT document_id, path FROM document_paths ORDER BY document_id, path"):
        paths.setdefault(row["document_id"], row["path"])
    return paths


def _pounds(pence: int) -> int | float:
    return pence // 100 if pence % 100 == 0 else pence / 100


def gold_record(db: sqlite_utils.Database, document: dict[str, Any], path: str) -> dict[str, Any]:
    """One document's facts as the gold format's JSON object."""
    doc_id = document["id"]
    args = [doc_id]
    organisations: dict[str, list[str]] = {}
    # An organisation the paper only ever calls "the Council" / "the CCG" is linked in the mentions
    # table, but the paper does not name it: the gold format lists names the text writes. "The Town
    # Council" / "the City Council" say which kind of council, and readers count them as naming it.
    for row in db.query("SELECT o.name, m.text FROM mentions m JOIN organisations o "
                        "ON o.id = m.organisation_id WHERE m.document_id = ? AND m.organisation_id IN "
                        "(SELECT organisation_id FROM mentions WHERE document_id = ? AND (rule != 'definite-reference' "
                        "OR lower(text) NOT IN ('the council', 'council', 'the ccg', 'ccg'))) "
                        "ORDER BY m.page, m.char_start", [doc_id, doc_id]):
        texts = organisations.setdefault(row["name"], [])
        written = " ".join(row["text"].split())  # a name broken over lines reads as one
        if written not in texts:
            texts.append(written)
    money: dict[int, dict[str, Any]] = {}
    for row in db.query("SELECT value_pence, text, what FROM amounts WHERE document_id = ? "
                        "ORDER BY page, char_start", args):
        # One entry per distinct value: the first time it is written, with what it is for.
        entry = money.setdefault(row["value_pence"], {
            "text": row["text"], "value_gbp": _pounds(row["value_pence"]), "what": row["what"]})
        if entry["what"] is None and row["what"]:
            entry["what"] = row["what"]
    dates: dict[str, dict[str, Any]] = {}
    for row in db.query("SELECT text, value, role FROM dates WHERE document_id = ? "
                        "AND precision = 'day' ORDER BY page, char_start", args):
        entry = dates.setdefault(row["value"], {"text": row["text"], "iso": row["value"],
                                                "role": row["role"]})
        # A date written several times keeps its most telling role (an "other" gives way).
        if entry["role"] == "other" and row["role"] != "other":
            entry["role"] = row["role"]
    # Every item, repeats included: the extractor already drops an item restating one of the same report, so an
    # item written again is another report's ("The Board is asked to approve the minutes" under each set of minutes).
    recommendations = [row["text"] for row in db.query(
        "SELECT text FROM recommendations WHERE document_id = ? ORDER BY page, char_start", args)]
    agreements = []
    # In the extractor's order (rows are inserted in it): what the paper decides, where it decides
    # it, before what it only notes; the first mention can sit far earlier, in an agenda's front matter.
    for row in db.query("SELECT id, kind, subject, action, start_date, end_date FROM agreements "
                        "WHERE document_id = ? ORDER BY rowid", args):
        # Each party by its canonical name with the forms this paper writes it in ("NELFT", "the
        # Trust"), as the gold format's organisations are: a reader may have noted either.
        parties = [{"name": p["name"], "mentions": organisations.get(p["name"], [])} for p in db.query(
            "SELECT name FROM agreement_parties WHERE agreement_id = ? ORDER BY position",
            [row["id"]])]
        agreements.append({"kind": row["kind"], "subject": row["subject"], "parties": parties,
                           "action": row["action"], "start_date": row["start_date"],
                           "end_date": row["end_date"]})
    return {
        "document": Path(path).name,
        "document_id": doc_id,
        "issuing_body": document["issuing_body"],
        "meeting_body": document["meeting_body"],
        "meeting_date": document["meeting_date"],
        "agreements": agreements,
        "organisations": [{"name": name, "mentions": texts}
                          for name, texts in organisations.items()],
        "money": list(money.values()),
        "dates": list(dates.values()),
        "recommendations": recommendations,
    }


def export_gold(database: Path, out_dir: Path) -> list[Path]:
    """Write `<file stem>.json` per stored document into `out_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # Read-only: an export never takes the write lock from a running pipeline.
    db = sqlite_utils.Database(sqlite3.connect(f"file:{database}?mode=ro", uri=True))
    written: list[Path] = []
    try:
        paths = _first_paths(db)
        for document in db.query("SELECT * FROM documents ORDER BY id"):
            path = paths.get(document["id"], document["id"])
            record = gold_record(db, document, path)
            target = out_dir / f"{Path(path).stem}.json"
            target.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n",
                              encoding="utf-8")
            written.append(target)
    finally:
        db.close()
    return written


class UnknownTableError(LookupError):
    """The named table or view is not in the database."""


def _read_only(database: Path) -> sqlite3.Connection:
    # Read-only: an export never takes the write lock from a running pipeline.
    return sqlite3.connect(f"file:{database}?mode=ro", uri=True)


def table_names(database: Path) -> list[str]:
    """Tables and views an export can write, FTS shadow tables left out."""
    conn = _read_only(database)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                            "AND name NOT LIKE '%\\_fts%' ESCAPE '\\' "
                            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        return [row[0] for row in rows]
    finally:
        conn.close()


def export_table(database: Path, table: str, fmt: str, out: TextIO) -> int:
    """Write every row of one table or view to `out` as CSV (with header) or a JSON array.

    Rows are streamed, so a large table never sits in memory; returns the number written.
    """
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown export format {fmt!r}")
    known = table_names(database)
    if table not in known:
        raise UnknownTableError(f"no table or view {table!r}; choose one of: {', '.join(known)}")
    conn = _read_only(database)
    try:
        cursor = conn.execute(f'SELECT * FROM "{table}"')  # name checked against the schema
        columns = [d[0] for d in cursor.description]
        count = 0
        if fmt == "csv":
            writer = csv.writer(out)
            writer.writerow(columns)
            for row in cursor:
                writer.writerow(row)
                count += 1
            return count
        out.write("[")
        for row in cursor:
            out.write(",\n " if count else "\n ")
            out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count
    finally:
        conn.close()
