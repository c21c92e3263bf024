"""Print every fact in a papers database as one sorted line each, so two runs can be compared with `diff`.

    python scripts/dump_facts.py DB > before.txt      # or: --run FOLDER DB to process a folder first

Lines are `KIND <tab> file name <tab> fact`, with no ids, pages or confidences, so a change shows
only where what was extracted differs. KIND is DOC (issuer, meeting body and date), ORG, AMT, DATE,
REC or AGR.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

QUERIES: dict[str, str] = {
    "DOC": "select id, coalesce(issuing_body, '-') || ' | ' || coalesce(meeting_body, '-') || ' | '"
           " || coalesce(meeting_date, '-') from documents",
    "ORG": "select m.document_id, o.name || ' [' || coalesce(o.org_type, '') || ']' from mentions m"
           " join organisations o on o.id = m.organisation_id group by m.document_id, o.id",
    "AMT": "select document_id, text || ' = ' || value_gbp || ' ' || coalesce(kind, '') from amounts",
    "DATE": "select document_id, text || ' = ' || value || ' ' || coalesce(role, '') from dates",
    "REC": "select document_id, coalesce(label, '') || ' ' || coalesce(verb, '') || ' ' || text from recommendations",
    "AGR": "select document_id, kind || ' ' || coalesce(action, '') || ': ' || coalesce(subject, '')"
           " || ' ' || coalesce(start_date, '') || '..' || coalesce(end_date, '') from agreements",
}


def fact_lines(db: sqlite_utils.Database) -> Iterator[str]:
    """Every fact as `KIND\\tfile\\tfact`, one line, whitespace collapsed."""
    names = {row["document_id"]: Path(row["path"]).name
             for row in db.query("select document_id, min(path) as path from document_paths group by document_id")}
    for kind, sql in QUERIES.items():
        for document_id, fact in db.execute(sql).fetchall():
            yield f"{kind}\t{names.get(document_id, document_id)}\t{' '.join(str(fact).split())}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--run", type=Path, metavar="FOLDER", help="process FOLDER into DB first (fresh database)")
    args = parser.parse_args(argv)
    if args.run:
        args.db.unlink(missing_ok=True)
        papers = str(Path(sys.executable).with_name("papers"))
        subprocess.run([papers, "run", str(args.run), "--db", str(args.db)], check=True, capture_output=True)
    for line in sorted(fact_lines(sqlite_utils.Database(args.db))):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
