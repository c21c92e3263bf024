"""Run the Dagster job in process over every new document under some files and folders."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dagster import AssetKey, DagsterInstance

from pipelines import stages
from pipelines.definitions import JOB_NAME, defs
from pipelines.partitions import DOCUMENTS, batch_tags
from pipelines.resources import NoProgress, PapersResource, ProgressSink
from pipelines.store import Store

STAGES = ("source", "text", "facts")
STAGE_ASSETS = {"source": "source_documents", "text": "document_text", "facts": "document_facts"}


@dataclass
class RunSummary:
    """What one `papers run` did, for the closing table, the exit code and the benchmark."""

    files: int = 0
    documents_found: int = 0
    documents_new: int = 0
    documents_processed: int = 0
    already_current: int = 0
    known_failures: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    dagster_run_id: str | None = None
    parsed: int = 0  # documents whose file was parsed (not served from the page cache)
    extracted: int = 0  # documents whose facts were extracted and stored
    pages_read: int = 0  # pages of the documents processed in this run
    unreadable_pages: int = 0  # of those, pages with no usable text layer (scans, junk)
    stage_seconds: dict[str, float] = field(default_factory=dict)  # wall time of each asset
    run_seconds: float = 0.0  # wall time of the whole Dagster run
    find_seconds: float = 0.0  # hashing files and checking the database
    stale_documents_removed: int = 0  # old versions of files that now hold other bytes


def find_documents(roots: Sequence[Path], store: Store, summary: RunSummary) -> dict[str, list[str]]:
    """Hash every file once; group paths by document id. Unreadable files become ingest errors."""
    found: dict[str, list[str]] = {}
    for path in stages.iter_files(roots):
        summary.files += 1
        try:
            digest = stages.hash_file(path)
        except OSError as error:
            reason = f"cannot be read: {error.strerror or error}"
            store.record_ingest_error(str(path), reason)
            summary.errors.append((str(path), reason))
            continue
        found.setdefault(digest, []).append(str(path))
    return found


def _needs_ocr(store: Store, cache: stages.StageCache, candidates: Sequence[str]) -> list[str]:
    """Stored PDFs with unreadable pages that have not been through OCR yet."""
    flagged = store.documents_with_unreadable_pages(candidates)
    kind = stages.pages_kind(ocr=True)
    return [key for key in flagged if not cache.file(key, kind).exists()]


def run_documents(
    roots: Sequence[Path],
    database: Path,
    progress_factory: type | None = None,
    cache_dir: Path | None = None,
    ocr: bool = False,
    workers: int = 0,
) -> RunSummary:
    """Process every document not yet stored with the current extractor version, as ONE run.

    `progress_factory(total)` may build a `ProgressSink` for the run (the CLI's bar).
    With `ocr`, stored PDFs with unreadable pages are also run again, through OCR.
    `workers`: processes for parse and extract (0: one per core).
    """
    started = time.perf_counter()
    summary = RunSummary()
    missing = [str(root) for root in roots if not root.exists()]
    for root in missing:
        summary.errors.append((root, "no such file or folder"))
    cache_root = cache_dir if cache_dir else database.parent / "cache"
    with Store(database) as store:
        found = find_documents([r for r in roots if r.exists()], store, summary)
        summary.documents_found = len(found)
        # A path whose bytes changed: the old version of that file goes.
        summary.stale_documents_removed = store.forget_stale_paths(
            {path: key for key, paths in found.items() for path in paths})
        version = stages.extractor_version()
        stored = store.processed_versions()
        failed = store.failed_versions()
        # Same bytes, same rules: a document that failed before would fail again.
        failure_version = stages.failure_version()
        known_bad = {key for key in found
                     if failed.get(key) == failure_version and key not in stored}
        new = [key for key in found if stored.get(key) != version and key not in known_bad]
        if ocr:
            current = [key for key in found if key not in new and key in stored]
            again = set(_needs_ocr(store, stages.StageCache(cache_root), current))
            new += [key for key in found if key in again]
        summary.already_current = len(found) - len(new) - len(known_bad)
        summary.known_failures = len(known_bad)
        for key in found:
            if key in stored and key not in new:  # known bytes: just remember any new name
                store.add_paths(key, found[key])
    summary.find_seconds = time.perf_counter() - started
    summary.documents_new = len(new)
    if new:
        total = len(new) * len(STAGES)
        progress: ProgressSink = progress_factory(total) if progress_factory else NoProgress()
        try:
            execute_batch({key: found[key] for key in new}, database, progress, cache_root,
                          ocr=ocr, workers=workers, summary=summary)
        finally:
            close = getattr(progress, "close", None)
            if close:
                close()
    with Store(database) as store:
        summary.counts = store.counts_by_document(new)
        processed = {row["id"] for row in store.db.query(
            "SELECT id FROM documents WHERE extractor_version = ?", [version])}
        summary.documents_processed = len(processed & set(new))
        for row in store.db.query("SELECT path, reason, document_id FROM ingest_errors"):
            if row["document_id"] in new:
                summary.errors.append((row["path"], row["reason"]))
    summary.seconds = time.perf_counter() - started
    return summary


def execute_batch(
    paths: dict[str, list[str]],
    database: Path,
    progress: ProgressSink,
    cache_dir: Path | None = None,
    ocr: bool = False,
    workers: int = 0,
    summary: RunSummary | None = None,
) -> str:
    """One in-process run over the batch: an ephemeral instance whose partitions are the batch."""
    keys = list(paths)
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(DOCUMENTS, keys)
    inbox = str(Path(paths[keys[0]][0]).parent)
    papers = PapersResource(database=str(database), inbox=inbox,
                            cache_dir=str(cache_dir) if cache_dir else "", ocr=ocr,
                            workers=workers)
    job = defs.resolve_job_def(JOB_NAME)
    tags = batch_tags(keys) if len(keys) > 1 else {}
    started = time.perf_counter()
    result = job.execute_in_process(
        run_config={
            "ops": {"source_documents": {"config": {"paths": paths}}},
            # The CLI prints its own summary; keep Dagster's console to real errors.
            "loggers": {"console": {"config": {"log_level": "ERROR"}}},
        },
        instance=instance,
        partition_key=keys[0] if len(keys) == 1 else None,
        tags=tags,
        resources={"papers": papers, "progress": progress},
    )
    if summary is not None:
        summary.run_seconds = time.perf_counter() - started
        summary.dagster_run_id = result.run_id
        seen: set[str] = set()
        for event in result.get_asset_materialization_events():
            name = event.asset_key.to_user_string() if event.asset_key else ""
            if name in seen:
                continue  # a batch's result is repeated on every partition
            seen.add(name)
            metadata = event.materialization.metadata
            stage = next((s for s, a in STAGE_ASSETS.items() if AssetKey(a) == event.asset_key), None)
            if stage:
                summary.stage_seconds[stage] = float(metadata["seconds"].value)  # type: ignore[arg-type]
            if stage == "text":
                summary.parsed = int(metadata["parsed"].value)  # type: ignore[arg-type]
                summary.pages_read = int(metadata["pages"].value)  # type: ignore[arg-type]
                summary.unreadable_pages = int(metadata["unreadable_pages"].value)  # type: ignore[arg-type]
            if stage == "facts":
                summary.extracted = (int(metadata["documents"].value)  # type: ignore[arg-type]
                                     - int(metadata["failed"].value))  # type: ignore[arg-type]
    return result.run_id
