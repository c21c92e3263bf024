"""Run the Dagster job in process over every new document under some files and folders."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dagster import DagsterInstance

from pipelines import stages
from pipelines.definitions import JOB_NAME, defs
from pipelines.partitions import DOCUMENTS, batch_tags
from pipelines.resources import NoProgress, PapersResource, ProgressSink
from pipelines.store import Store

STAGES = ("source", "text", "facts")


@dataclass
class RunSummary:
    """What one `papers run` did, for the closing table and the exit code."""

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


def run_documents(
    roots: Sequence[Path],
    database: Path,
    progress_factory: type | None = None,
    cache_dir: Path | None = None,
) -> RunSummary:
    """Process every document not yet stored with the current extractor version, as ONE run.

    `progress_factory(total)` may build a `ProgressSink` for the run (the CLI's bar).
    """
    started = time.perf_counter()
    summary = RunSummary()
    missing = [str(root) for root in roots if not root.exists()]
    for root in missing:
        summary.errors.append((root, "no such file or folder"))
    with Store(database) as store:
        found = find_documents([r for r in roots if r.exists()], store, summary)
        summary.documents_found = len(found)
        version = stages.extractor_version()
        stored = store.processed_versions()
        failed = store.failed_versions()
        # Same bytes, same rules: a document that failed before would fail again.
        known_bad = {key for key in found if failed.get(key) == version and key not in stored}
        new = [key for key in found if stored.get(key) != version and key not in known_bad]
        summary.already_current = len(found) - len(new) - len(known_bad)
        summary.known_failures = len(known_bad)
        for key in found:
            if key in stored and key not in new:  # known bytes: just remember any new name
                store.add_paths(key, found[key])
    summary.documents_new = len(new)
    if new:
        total = len(new) * len(STAGES)
        progress: ProgressSink = progress_factory(total) if progress_factory else NoProgress()
        try:
            result = execute_batch({key: found[key] for key in new}, database, progress, cache_dir)
        finally:
            close = getattr(progress, "close", None)
            if close:
                close()
        summary.dagster_run_id = result
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
) -> str:
    """One in-process run over the batch: an ephemeral instance whose partitions are the batch."""
    keys = list(paths)
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(DOCUMENTS, keys)
    inbox = str(Path(paths[keys[0]][0]).parent)
    papers = PapersResource(database=str(database), inbox=inbox,
                            cache_dir=str(cache_dir) if cache_dir else "")
    job = defs.resolve_job_def(JOB_NAME)
    tags = batch_tags(keys) if len(keys) > 1 else {}
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
    return result.run_id
