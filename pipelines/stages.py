"""The work of each pipeline stage for one document, free of Dagster so the CLI and tests share it.

Stages hand data to each other through a cache folder keyed by document id (never through
Dagster's IO manager): `<id>.source.json` (paths, size) and `<id>.pages.json` (format and page
text, or the reason the file could not be read). The final stage loads everything into SQLite
in one transaction per document.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas import DocumentFacts, DocumentFormat, Page, SourceDocument

HASH_CHUNK = 1 << 20
DOCUMENT_SUFFIXES_SKIPPED = (".db", ".db-wal", ".db-shm", ".json", ".csv")


# --- seams to the extractors: imported when called, so pipelines load before they exist ------

def load_document(path: Path) -> Any:
    """Sniff and read one file into pages (`extractors.formats.load_document`)."""
    from extractors.formats import load_document as load

    return load(path)


def extract_document(document_id: str, pages: list[Page]) -> DocumentFacts:
    """Every fact of one document (`extractors.document.extract_document`)."""
    from extractors.doctext import DocText
    from extractors.document import extract_document as extract

    return extract(DocText.from_pages(document_id, pages))


def extractor_version() -> str:
    """The rules' version: a stored document from another version is processed again."""
    from extractors.document import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def ingest_error_types() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "this file cannot be ingested", as opposed to a bug."""
    try:
        from extractors.errors import IngestError
    except ImportError:
        return (OSError, ValueError)
    return (IngestError, OSError)


# --- files --------------------------------------------------------------------------------

def hash_file(path: Path) -> str:
    """SHA-256 hex of a file's bytes: the document id."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def iter_files(roots: Iterable[Path]) -> Iterator[Path]:
    """Files under the given files and folders, recursively, in a stable order; hidden skipped."""
    for root in roots:
        if root.is_file():
            yield root
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and not name.endswith(DOCUMENT_SUFFIXES_SKIPPED):
                    yield Path(folder) / name


# --- cache --------------------------------------------------------------------------------

@dataclass(frozen=True)
class StageCache:
    """The folder in which stages leave their per-document results for the next stage."""

    root: Path

    def _file(self, document_id: str, kind: str) -> Path:
        return self.root / document_id[:2] / f"{document_id}.{kind}.json"

    def write(self, document_id: str, kind: str, payload: dict[str, Any]) -> None:
        path = self._file(document_id, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload), encoding="utf-8")
        temporary.replace(path)  # atomic: a reader never sees half a file

    def read(self, document_id: str, kind: str) -> dict[str, Any] | None:
        path = self._file(document_id, kind)
        if not path.exists():
            return None
        return json.loads(path.read_text(encoding="utf-8"))


# --- stages -------------------------------------------------------------------------------

@dataclass(frozen=True)
class StageOutcome:
    """What a stage did for one document: figures for metadata, or why it failed."""

    document_id: str
    ok: bool
    figures: dict[str, int]
    error: str | None = None
    path: str | None = None


def stage_source(document_id: str, paths: list[str], cache: StageCache) -> StageOutcome:
    """Check which of the given paths still hold these bytes and remember them for later stages."""
    matching: list[str] = []
    size = 0
    problems: list[str] = []
    for path in sorted(set(paths)):
        try:
            if hash_file(Path(path)) == document_id:
                matching.append(path)
                size = Path(path).stat().st_size
            else:
                problems.append(f"{path}: content changed since it was found")
        except OSError as error:
            problems.append(f"{path}: cannot be read ({error.strerror or error})")
    if not matching:
        reason = "; ".join(problems) or "no path known for this document"
        cache.write(document_id, "source", {"paths": sorted(set(paths)), "error": reason})
        return StageOutcome(document_id, False, {}, reason, (sorted(paths) or [None])[0])
    cache.write(document_id, "source", {"paths": matching, "size_bytes": size})
    return StageOutcome(document_id, True, {"paths": len(matching), "bytes": size})


def stage_text(document_id: str, cache: StageCache) -> StageOutcome:
    """Read a document's pages once; later runs reuse the cached text instead of re-parsing."""
    source = cache.read(document_id, "source")
    if source is None or source.get("error"):
        reason = (source or {}).get("error", "source stage has not run")
        return StageOutcome(document_id, False, {}, reason)
    path = source["paths"][0]
    cached = cache.read(document_id, "pages")
    if cached is not None and not cached.get("error"):
        return StageOutcome(document_id, True, _text_figures(cached["pages"]), path=path)
    try:
        loaded = load_document(Path(path))
    except ingest_error_types() as error:
        reason = str(error) or type(error).__name__
        cache.write(document_id, "pages", {"error": reason})
        return StageOutcome(document_id, False, {}, reason, path)
    if loaded.document_id != document_id:
        reason = "file changed while being read"
        cache.write(document_id, "pages", {"error": reason})
        return StageOutcome(document_id, False, {}, reason, path)
    pages = [{"number": p.number, "text": p.text, "quality": p.quality.value}
             for p in loaded.pages]
    cache.write(document_id, "pages", {"format": DocumentFormat(loaded.format).value,
                                       "size_bytes": loaded.size_bytes, "pages": pages})
    return StageOutcome(document_id, True, _text_figures(pages), path=path)


def _text_figures(pages: list[dict[str, Any]]) -> dict[str, int]:
    return {"pages": len(pages), "characters": sum(len(p["text"]) for p in pages)}


def stage_facts(document_id: str, cache: StageCache, store: Any, version: str) -> StageOutcome:
    """Extract the facts from cached pages and replace the document's rows in one transaction."""
    source = cache.read(document_id, "source") or {}
    text = cache.read(document_id, "pages")
    path = (source.get("paths") or [None])[0]
    if not source.get("paths") or source.get("error") or text is None or text.get("error"):
        reason = source.get("error") or (text or {}).get("error") or "text stage has not run"
        return StageOutcome(document_id, False, {}, reason, path)
    pages = [Page(document_id=document_id, **page) for page in text["pages"]]
    try:
        facts = extract_document(document_id, pages)
    except Exception as error:  # noqa: BLE001 - one extractor bug must not stop the batch
        reason = f"extraction failed: {type(error).__name__}: {error}"
        return StageOutcome(document_id, False, {}, reason, path)
    source_doc = SourceDocument(document_id=document_id, paths=tuple(source["paths"]),
                                format=DocumentFormat(text["format"]),
                                size_bytes=text["size_bytes"])
    counts = store.replace_document(source_doc, pages, facts, version)
    return StageOutcome(document_id, True, counts, path=path)
