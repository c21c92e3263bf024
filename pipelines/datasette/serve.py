"""Start Datasette on a papers database: read-only, localhost, with our metadata and plugins."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
METADATA_FILE = PACKAGE_DIR / "metadata.yaml"
PLUGINS_DIR = PACKAGE_DIR / "plugins"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
METADATA_DATABASE_KEY = "papers"
"""The database key the metadata file is written for; renamed to the served file's stem."""


def metadata_for(database_name: str) -> dict[str, Any]:
    """The metadata with its database section under `database_name` (Datasette's name for it)."""
    metadata: dict[str, Any] = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if database_name != METADATA_DATABASE_KEY:
        databases[database_name] = databases.pop(METADATA_DATABASE_KEY)
    return metadata


def write_metadata(database: Path, directory: Path) -> Path:
    """Write the metadata for `database` as JSON into `directory`; returns the file."""
    target = directory / "metadata.json"
    target.write_text(json.dumps(metadata_for(database.stem), indent=2), encoding="utf-8")
    return target


def prepare_database(database: Path) -> None:
    """Bring views up to date and fold the WAL into the main file.

    Datasette opens the file immutable (`-i`), and an immutable reader ignores the -wal file:
    rows still in it would be invisible.
    """
    from pipelines.store import Store

    with Store(database) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def serve_command(database: Path, metadata: Path | str, port: int,
                  host: str = "127.0.0.1") -> list[str]:
    """The `datasette serve` command line: immutable, on `host`, with metadata and plugins."""
    return [sys.executable, "-m", "datasette", "serve", "-i", str(database),
            "--host", host, "--port", str(port), "--metadata", str(metadata),
            "--plugins-dir", str(PLUGINS_DIR), "--template-dir", str(TEMPLATES_DIR),
            "--setting", "sql_time_limit_ms", "5000",
            "--setting", "default_page_size", "50"]
