"""`papers reference import`: load mySociety's UK local-authority register into `reference_bodies`.

The file is mySociety's `uk_local_authorities_future.csv` (one row per council, past and
future, keyed by a three-letter register code, with ONS GSS codes and successors). It is loaded
as it stands, so the database can be checked against, and joined to, an outside register;
the built-in table in extractors/data/public_bodies.csv stays what the extractors use.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipelines.store import Store, with_lock_retry

TABLE = "reference_bodies"
SOURCE = "mysociety-local-authorities"

# mySociety's column -> ours.
COLUMNS = {
    "local-authority-code": "code",
    "official-name": "name",
    "nice-name": "short_name",
    "gss-code": "gss_code",
    "local-authority-type": "type",
    "local-authority-type-name": "type_name",
    "nation": "nation",
    "region": "region",
    "start-date": "valid_from",
    "end-date": "valid_to",
    "replaced-by": "replaced_by",
    "county-la": "county_code",
    "alt-names": "alt_names",  # comma-separated as the register writes them
    "former-gss-codes": "former_gss_codes",
}
REQUIRED = ("local-authority-code", "official-name", "gss-code", "local-authority-type")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT,
    gss_code TEXT,
    type TEXT NOT NULL,
    type_name TEXT,
    nation TEXT,
    region TEXT,
    valid_from TEXT,
    valid_to TEXT,
    replaced_by TEXT,
    county_code TEXT,
    alt_names TEXT,
    former_gss_codes TEXT,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS {TABLE}_gss ON {TABLE}(gss_code);
"""


class ReferenceFormatError(ValueError):
    """The file is not in the register's format."""


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_local_authorities(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of the register as `reference_bodies` rows; raises ReferenceFormatError on a wrong file."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ReferenceFormatError(f"{path}: not a local-authority register (no {', '.join(missing)})")
        for line, row in enumerate(reader, start=2):
            record = {ours: _blank_to_none(row.get(theirs)) for theirs, ours in COLUMNS.items()}
            if not record["code"] or not record["name"] or not record["type"]:
                raise ReferenceFormatError(f"{path}:{line}: a row without a code, name or type")
            record["source"] = SOURCE
            yield record


def import_local_authorities(database: Path, path: Path) -> int:
    """Replace the register's rows in `reference_bodies` with the file's, in one transaction."""
    rows = list(read_local_authorities(path))
    with Store(database) as store:
        def write() -> None:
            conn = store.db.conn
            conn.executescript(SCHEMA)
            with conn:  # one transaction: a reader never sees half a register
                conn.execute(f"DELETE FROM {TABLE} WHERE source = ?", [SOURCE])
                columns = [*COLUMNS.values(), "source"]
                conn.executemany(
                    f"INSERT OR REPLACE INTO {TABLE} ({', '.join(columns)}) "
                    f"VALUES ({', '.join(':' + c for c in columns)})", rows)

        with_lock_retry(write)
    return len(rows)
