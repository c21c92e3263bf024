"""Export stored facts in the gold annotation shape (gold/FORMAT.md), one JSON file per document."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

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
    for row in db.query("SELECT o.name, m.text FROM mentions m JOIN organisations o "
                        "ON o.id = m.organisation_id WHERE m.document_id = ? "
                        "ORDER BY m.page, m.char_start", args):
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
    recommendations: list[str] = []
    for row in db.query("SELECT text FROM recommendations WHERE document_id = ? "
                        "ORDER BY page, char_start", args):
        if row["text"] not in recommendations:
            recommendations.append(row["text"])
    agreements = []
    for row in db.query("SELECT id, kind, subject, action, start_date, end_date FROM agreements "
                        "WHERE document_id = ? ORDER BY page, char_start", args):
        parties = [p["name"] for p in db.query(
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
