"""A sensor on the inbox folder: hash new files, add their partitions, request ONE run per batch."""

# No `from __future__ import annotations`: Dagster reads these annotations at decoration time.

import json
from pathlib import Path

from dagster import (
    DefaultSensorStatus,
    JobDefinition,
    RunRequest,
    SensorDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)

from pipelines import stages
from pipelines.partitions import DOCUMENTS, batch_tags, documents_partitions
from pipelines.resources import PapersResource
from pipelines.store import read_known_paths

MAX_FILES_PER_TICK = 200
MAX_BYTES_PER_TICK = 500 * 1024 * 1024
"""Caps so one tick stays cheap; the rest of a big drop is picked up by the next ticks."""

MAX_DOCUMENTS_PER_RUN = 100
"""A tick's new documents are split into runs of at most this many (one run each)."""


def _signature(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _chunks(keys: list[str], size: int) -> list[list[str]]:
    return [keys[start:start + size] for start in range(0, len(keys), size)]


def _batch_run(batch: list[str], found: dict[str, list[str]], seen: int) -> RunRequest:
    """One run over a contiguous range of newly added partitions, with their paths as config."""
    return RunRequest(
        run_key=f"inbox:{batch[0]}:{batch[-1]}:{seen}",
        tags=batch_tags(batch) if len(batch) > 1 else {},
        partition_key=batch[0] if len(batch) == 1 else None,
        run_config={"ops": {"source_documents": {"config": {
            "paths": {key: found[key] for key in batch}}}}},
    )


def build_inbox_sensor(job: JobDefinition, minimum_interval_seconds: int = 30) -> SensorDefinition:
    """The inbox sensor for `job` (which must cover the documents-partitioned assets)."""

    @sensor(
        job=job,
        minimum_interval_seconds=minimum_interval_seconds,
        default_status=DefaultSensorStatus.STOPPED,
        description="Watches the inbox folder; new documents run as one batch.",
    )
    def inbox_sensor(context: SensorEvaluationContext, papers: PapersResource) -> SensorResult | SkipReason:
        inbox = papers.inbox_path
        if not inbox.is_dir():
            return SkipReason(f"inbox {inbox} is not a folder")
        seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
        found: dict[str, list[str]] = {}
        hashed_files = hashed_bytes = 0
        for path in stages.iter_files([inbox]):
            if hashed_files >= MAX_FILES_PER_TICK or hashed_bytes >= MAX_BYTES_PER_TICK:
                break
            try:
                signature = _signature(path)
                if seen.get(str(path)) == signature:
                    continue
                digest = stages.hash_file(path)
            except OSError as error:
                context.log.warning(f"skipping unreadable {path}: {error}")
                continue
            hashed_files += 1
            hashed_bytes += int(signature.split(":")[0])
            seen[str(path)] = signature
            found.setdefault(digest, []).append(str(path))
        if not found:
            return SkipReason("no new files")
        existing = set(context.instance.get_dynamic_partitions(DOCUMENTS))
        new_keys = [key for key in found if key not in existing]
        batch = new_keys
        if not batch:
            # Known bytes under a new name: re-run one such document so its new path is stored.
            known = read_known_paths(papers.database_path, found)
            batch = [key for key in sorted(found) if set(found[key]) - known][:1]
        if not batch:
            return SensorResult(skip_reason="no new documents", cursor=json.dumps(seen, sort_keys=True))
        runs = [_batch_run(chunk, found, len(seen))
                for chunk in _chunks(batch, MAX_DOCUMENTS_PER_RUN)]
        context.log.info(f"{len(new_keys)} new documents from {hashed_files} files, "
                         f"{len(runs)} runs")
        return SensorResult(
            run_requests=runs,
            dynamic_partitions_requests=[documents_partitions.build_add_request(new_keys)]
            if new_keys else [],
            cursor=json.dumps(seen, sort_keys=True),
        )

    return inbox_sensor
