"""The work of each pipeline stage for one document, free of Dagster so the CLI and tests share it.

Stages hand data to each other through a cache folder keyed by document id (never through
Dagster's IO manager): `<id>.source.json` (paths, size) and `<id>.pages-<reader key>.json`
(format and page text, or the reason the file could not be read). The reader key is a
fingerprint of the reader code and libraries (plus OCR when used), so changing how files are
read invalidates the cache while changing the extraction rules does not. The final stage loads
everything into SQLite in one transaction per document, from the one writing process.

Parse and extract run in a process pool (`map_documents`) because both are CPU bound; the
pool returns results to the caller, which alone writes to the database.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from schemas import DocumentFacts, DocumentFormat, Page, PageQuality, SourceDocument

HASH_CHUNK = 1 << 20
DOCUMENT_SUFFIXES_SKIPPED = (".db", ".db-wal", ".db-shm", ".db.lock", ".json", ".csv")
UNREADABLE = (PageQuality.EMPTY.value, PageQuality.BROKEN.value)
"""Page qualities that mean "no usable text layer": the pages OCR is for."""

READER_MODULES = ("extractors/formats", "extractors/pages.py", "extractors/errors.py")
READER_LIBRARIES = ("pypdfium2", "pdfplumber", "pdfminer.six")

T = TypeVar("T")
R = TypeVar("R")


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


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """The rules' version: a stored document from another version is extracted again.

    EXTRACTOR_VERSION plus a fingerprint of the extraction code and its data, so editing a rule
    re-extracts stored documents (from cached page text) even when nobody bumps the number.
    """
    import extractors
    from extractors.document import EXTRACTOR_VERSION

    package = Path(extractors.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *package.glob("data/*")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{EXTRACTOR_VERSION}+{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def reader_version() -> str:
    """A fingerprint of the code and libraries that turn files into page text.

    Part of the page-cache key: editing a reader (or upgrading pypdfium2) re-parses files,
    editing extraction rules does not.
    """
    import extractors

    digest = hashlib.sha256()
    package = Path(extractors.__file__).resolve().parent.parent
    for name in READER_MODULES:
        target = package / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            if path.exists():
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    for library in READER_LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=absent".encode())
    return digest.hexdigest()[:16]


def failure_version() -> str:
    """What a failed document is remembered against: a new reader or new rules retry it."""
    return f"{extractor_version()}/reader-{reader_version()}"


def ocr_version() -> str:
    """The OCR engine's fingerprint (our wrapper + Tesseract), part of an OCR'd page cache key."""
    from extractors.ocr import ocr_fingerprint

    return ocr_fingerprint()


def ocr_pages(path: Path, pages: list[Page]) -> list[Page]:
    """Pages with OCR text where the text layer was empty or broken (`extractors.ocr`)."""
    from extractors.ocr import ocr_unreadable_pages

    return ocr_unreadable_pages(Path(path).read_bytes(), pages)


def ingest_error_types() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "this file cannot be ingested", as opposed to a bug."""
    try:
        from extractors.errors import IngestError
    except ImportError:
        return (OSError, ValueError)
    return (IngestError, OSError)


def warm_up() -> None:
    """Import the extractors and build the spaCy pipeline once, before worker processes fork."""
    try:
        import extractors.document  # noqa: F401
        from extractors.nlp import build_nlp
    except ImportError:
        return
    build_nlp()


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

    def file(self, document_id: str, kind: str) -> Path:
        return self.root / document_id[:2] / f"{document_id}.{kind}.json"

    def write(self, document_id: str, kind: str, payload: dict[str, Any]) -> None:
        path = self.file(document_id, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A name unique to this writer: two runs writing the same entry never share a temp file.
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        temporary.write_text(json.dumps(payload), encoding="utf-8")
        temporary.replace(path)  # atomic: a reader never sees half a file

    def read(self, document_id: str, kind: str) -> dict[str, Any] | None:
        path = self.file(document_id, kind)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except json.JSONDecodeError:
            return None  # damaged by something outside us: treat as absent and rebuild


def pages_kind(ocr: bool = False) -> str:
    """The cache entry name for page text read by the current readers (and OCR, if asked)."""
    kind = f"pages-{reader_version()}"
    return f"{kind}-ocr-{ocr_version()}" if ocr else kind


def cached_pages(cache: StageCache, document_id: str, ocr: bool) -> dict[str, Any] | None:
    """The page text the facts stage should use: the OCR'd entry when asked and present."""
    if ocr:
        entry = cache.read(document_id, pages_kind(ocr=True))
        if entry is not None:
            return entry
    return cache.read(document_id, pages_kind())


# --- stages -------------------------------------------------------------------------------

@dataclass(frozen=True)
class StageOutcome:
    """What a stage did for one document: figures for metadata, or why it failed."""

    document_id: str
    ok: bool
    figures: dict[str, int]
    error: str | None = None
    path: str | None = None
    details: dict[str, Any] = field(default_factory=dict)  # per-document metadata (strings ok)
    seconds: float = 0.0


def stage_source(document_id: str, paths: list[str], cache: StageCache) -> StageOutcome:
    """Check which of the given paths still hold these bytes and remember them for later stages."""
    started = time.perf_counter()
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
        return StageOutcome(document_id, False, {}, reason, (sorted(paths) or [None])[0],
                            seconds=time.perf_counter() - started)
    cache.write(document_id, "source", {"paths": matching, "size_bytes": size})
    return StageOutcome(document_id, True, {"paths": len(matching), "bytes": size},
                        seconds=time.perf_counter() - started)


def stage_text(document_id: str, cache: StageCache, ocr: bool = False) -> StageOutcome:
    """Read a document's pages once; later runs reuse the cached text instead of re-parsing.

    With `ocr`, pages without a usable text layer are read again by OCR (a PDF only).
    """
    started = time.perf_counter()
    outcome = _stage_text(document_id, cache, ocr)
    return StageOutcome(outcome.document_id, outcome.ok, outcome.figures, outcome.error,
                        outcome.path, outcome.details, time.perf_counter() - started)


def _stage_text(document_id: str, cache: StageCache, ocr: bool) -> StageOutcome:
    source = cache.read(document_id, "source")
    if source is None or source.get("error"):
        reason = (source or {}).get("error", "source stage has not run")
        return StageOutcome(document_id, False, {}, reason)
    path = source["paths"][0]
    plain_kind = pages_kind()
    plain = cache.read(document_id, plain_kind)
    if ocr:
        done = cache.read(document_id, pages_kind(ocr=True))
        if done is not None and not done.get("error"):
            return _text_outcome(document_id, done, path, "cache+ocr", parsed=False)
    if plain is not None and not plain.get("error") and not (ocr and _needs_ocr(plain)):
        return _text_outcome(document_id, plain, path, "cache", parsed=False)
    parsed = False
    if plain is None or plain.get("error"):
        try:
            loaded = load_document(Path(path))
        except ingest_error_types() as error:
            reason = str(error) or type(error).__name__
            cache.write(document_id, plain_kind, {"error": reason})
            return StageOutcome(document_id, False, {"parsed": 1}, reason, path,
                                {"parse path": "failed"})
        if loaded.document_id != document_id:
            reason = "file changed while being read"
            return StageOutcome(document_id, False, {}, reason, path)
        plain = {"format": DocumentFormat(loaded.format).value, "size_bytes": loaded.size_bytes,
                 "pages": [{"number": p.number, "text": p.text, "quality": p.quality.value}
                           for p in loaded.pages]}
        cache.write(document_id, plain_kind, plain)
        parsed = True
    if not (ocr and _needs_ocr(plain)):
        return _text_outcome(document_id, plain, path, "parsed", parsed=parsed)
    pages = [Page(document_id=document_id, **page) for page in plain["pages"]]
    try:
        read = ocr_pages(Path(path), pages)
    except ingest_error_types() as error:
        return StageOutcome(document_id, False, {}, f"OCR failed: {error}", path)
    done = {**plain, "pages": [{"number": p.number, "text": p.text, "quality": p.quality.value}
                               for p in read]}
    cache.write(document_id, pages_kind(ocr=True), done)
    return _text_outcome(document_id, done, path, "parsed+ocr" if parsed else "cache+ocr",
                         parsed=parsed, ocr=True)


def _needs_ocr(entry: dict[str, Any]) -> bool:
    return entry.get("format") == DocumentFormat.PDF.value and any(
        page["quality"] in UNREADABLE for page in entry["pages"])


def _text_outcome(document_id: str, entry: dict[str, Any], path: str, how: str,
                  parsed: bool, ocr: bool = False) -> StageOutcome:
    pages = entry["pages"]
    qualities: dict[str, int] = {}
    for page in pages:
        qualities[page["quality"]] = qualities.get(page["quality"], 0) + 1
    figures = {"pages": len(pages), "characters": sum(len(p["text"]) for p in pages),
               "parsed": int(parsed), "ocr_documents": int(ocr),
               "unreadable_pages": sum(qualities.get(q, 0) for q in UNREADABLE),
               "ocr_pages": qualities.get(PageQuality.OCR.value, 0)}
    details = {"format": entry.get("format", ""), "parse path": how,
               "page quality": ", ".join(f"{k} {v}" for k, v in sorted(qualities.items()))}
    return StageOutcome(document_id, True, figures, path=path, details=details)


@dataclass(frozen=True)
class ExtractedDocument:
    """Facts read from one document's cached pages, ready for the (single) writer."""

    outcome: StageOutcome
    source: SourceDocument | None = None
    pages: list[Page] = field(default_factory=list)
    facts: DocumentFacts | None = None


def extract_cached(document_id: str, cache: StageCache, ocr: bool = False) -> ExtractedDocument:
    """Run the extraction rules over a document's cached pages (safe in a worker process)."""
    started = time.perf_counter()
    source = cache.read(document_id, "source") or {}
    text = cached_pages(cache, document_id, ocr)
    path = (source.get("paths") or [None])[0]

    def failed(reason: str) -> ExtractedDocument:
        return ExtractedDocument(StageOutcome(document_id, False, {}, reason, path,
                                              seconds=time.perf_counter() - started))

    if not source.get("paths") or source.get("error") or text is None or text.get("error"):
        return failed(source.get("error") or (text or {}).get("error") or "text stage has not run")
    pages = [Page(document_id=document_id, **page) for page in text["pages"]]
    try:
        facts = extract_document(document_id, pages)
    except Exception as error:  # noqa: BLE001 - one extractor bug must not stop the batch
        return failed(f"extraction failed: {type(error).__name__}: {error}")
    source_doc = SourceDocument(document_id=document_id, paths=tuple(source["paths"]),
                                format=DocumentFormat(text["format"]),
                                size_bytes=text["size_bytes"])
    outcome = StageOutcome(document_id, True, {}, path=path,
                           seconds=time.perf_counter() - started)
    return ExtractedDocument(outcome, source_doc, pages, facts)


def store_extracted(extracted: ExtractedDocument, store: Any, version: str) -> StageOutcome:
    """Replace the document's rows in one transaction; the figures are rows per table."""
    outcome = extracted.outcome
    if not outcome.ok or extracted.source is None or extracted.facts is None:
        return outcome
    started = time.perf_counter()
    counts = store.replace_document(extracted.source, extracted.pages, extracted.facts, version)
    return StageOutcome(outcome.document_id, True, counts, path=outcome.path,
                        details={"facts by kind": ", ".join(
                            f"{k} {v}" for k, v in sorted(counts.items()) if v)},
                        seconds=outcome.seconds + time.perf_counter() - started)


# --- the process pool ---------------------------------------------------------------------

def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def map_documents(work: Callable[[T], R], items: Sequence[T], workers: int,
                  crashed: Callable[[T], R], weight: Callable[[T], float] | None = None,
                  ) -> Iterator[R]:
    """`work(item)` for every item, in `workers` processes; results in completion order.

    Heaviest items start first so one big document does not finish alone at the end. `work`
    must catch its own errors. Worker processes are forked (cheap, and they share the parent's
    loaded extractors); a worker that dies (a crash inside a PDF library) costs only the item
    it was working on: the unfinished items are retried one process each, and an item whose
    process dies alone gets `crashed(item)`.
    """
    ordered = sorted(items, key=weight, reverse=True) if weight else list(items)
    if workers <= 1 or len(ordered) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for item in ordered:
            yield work(item)
        return
    warm_up()
    unfinished = yield from _pooled(work, ordered, min(workers, len(ordered)))
    for item in unfinished:  # only after a worker died: isolate each remaining item
        left = yield from _pooled(work, [item], 1)
        if left:
            yield crashed(item)


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Worker start-up: ask Linux to kill this worker when the run process dies (even by -9).

    Otherwise a killed run leaves its workers waiting forever for work that never comes.
    (Linux ties this to the thread that started the worker: the asset's thread, which lives
    as long as the pool.)
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers exit when their queue breaks
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _pooled(work: Callable[[T], R], items: list[T], workers: int) -> Generator[R, None, list[T]]:
    """Run items in a fork pool; returns (as the generator's value) the items never finished."""
    context = multiprocessing.get_context("fork")
    pending: dict[Future[R], T] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        for item in items:
            pending[pool.submit(work, item)] = item
        try:
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    item = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        return [item, *pending.values()]
                    yield result
        except GeneratorExit:  # the caller stopped (an error while storing): drop queued work
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return []
