"""Dagster resources: where the papers database, the watched inbox and the page cache live."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from dagster import ConfigurableResource

from pipelines.store import Store


class PapersResource(ConfigurableResource):
    """Paths of the SQLite database, the inbox a sensor watches, and the page-text cache.

    Relative paths are resolved against the working directory of the process (the repo root
    for `dagster dev` and `papers`).
    """

    database: str = "data/papers.db"
    inbox: str = "corpus"
    cache_dir: str = ""  # empty: a `cache/` folder beside the database
    workers: int = 0  # processes for parse and extract; 0: one per core, 1: in this process
    ocr: bool = False  # OCR pages without a usable text layer (needs the `ocr` extra + tesseract)

    @property
    def database_path(self) -> Path:
        return Path(self.database).expanduser()

    @property
    def inbox_path(self) -> Path:
        return Path(self.inbox).expanduser()

    @property
    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        return self.database_path.parent / "cache"

    @property
    def worker_count(self) -> int:
        from pipelines.stages import default_workers

        return self.workers if self.workers > 0 else default_workers()

    def open_store(self) -> Store:
        return Store(self.database_path)


class ProgressSink(Protocol):
    """Told when a stage finishes one document; the CLI draws a progress bar from this."""

    def advance(self, stage: str, document_id: str) -> None: ...


class NoProgress:
    """The default sink: Dagster's own event log already shows progress in the UI."""

    def advance(self, stage: str, document_id: str) -> None:
        return None
