"""Assets, one per stage, partitioned by document; a batch of documents runs as one run.

source_documents -> document_text -> document_facts (loaded into SQLite). Each asset writes its
results to the stage cache or the database and returns only a `MaterializeResult` with the
batch's figures; every document also gets an `AssetObservation` on its own partition with its
figures (pages, characters, parse path, facts by kind). Parse and extract run in a process pool
inside the asset (one process per core); only this process writes to SQLite.
"""

# No `from __future__ import annotations`: Dagster reads these annotations at decoration time.

import time
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import partial

from dagster import (
    AssetExecutionContext,
    AssetObservation,
    BackfillPolicy,
    BetaWarning,
    Config,
    MaterializeResult,
    MetadataValue,
    ResourceParam,
    asset,
)
from pydantic import Field

from pipelines import stages
from pipelines.partitions import documents_partitions
from pipelines.resources import PapersResource, ProgressSink
from pipelines.stages import ExtractedDocument, StageCache, StageOutcome

GROUP = "papers"
DATABASE_POOL = "papers_database"
"""Dagster concurrency pool of the one step that writes SQLite (see dagster.yaml)."""

# single_run() backfills are "beta" in 1.13 but are the documented way to batch partitions.
warnings.filterwarnings("ignore", category=BetaWarning, message=".*backfill_policy.*")


class SourceConfig(Config):
    """Paths of each document id, as the sensor or the CLI found them."""

    paths: dict[str, list[str]] = Field(
        default_factory=dict,
        description="document id -> file paths; ids missing here are looked up in the "
        "database, then by hashing the inbox",
    )


def _observe(
    context: AssetExecutionContext,
    stage: str,
    progress: ProgressSink,
    outcomes: Iterable[StageOutcome],
    collected: list[StageOutcome],
) -> Iterator[AssetObservation]:
    """Report each document as it finishes: log failures, advance the bar, observe its figures."""
    for outcome in outcomes:
        if not outcome.ok:
            context.log.warning(f"{stage} {outcome.document_id[:12]}: {outcome.error}")
        collected.append(outcome)
        progress.advance(stage, outcome.document_id)
        metadata: dict[str, object] = {**outcome.figures, **outcome.details,
                                       "seconds": round(outcome.seconds, 4)}
        if not outcome.ok:
            metadata["error"] = outcome.error or "unknown"
        yield AssetObservation(asset_key=context.asset_key, partition=outcome.document_id,
                               metadata=metadata)  # type: ignore[arg-type]


def _result(outcomes: Sequence[StageOutcome], figures: Sequence[str], started: float,
            workers: int) -> MaterializeResult:
    totals: Counter[str] = Counter()
    for outcome in outcomes:
        totals.update({k: v for k, v in outcome.figures.items() if k in figures})
    failed = [o for o in outcomes if not o.ok]
    metadata: dict[str, object] = {
        "documents": len(outcomes),
        "failed": len(failed),
        **{name: int(totals[name]) for name in figures},
        "seconds": round(time.perf_counter() - started, 3),
        "work seconds": round(sum(o.seconds for o in outcomes), 3),
        "workers": workers,
    }
    if failed:
        metadata["failures"] = MetadataValue.md("\n".join(
            f"- `{o.document_id[:12]}` {o.path or ''}: {o.error}" for o in failed[:50]))
    return MaterializeResult(metadata=metadata)  # type: ignore[arg-type]


def _find_paths(keys: Sequence[str], config: SourceConfig, papers: PapersResource) -> dict[str, list[str]]:
    """Paths for each key: run config first, then the database, then a hash of the inbox."""
    found = {key: list(config.paths.get(key, [])) for key in keys}
    missing = [key for key in keys if not found[key]]
    if missing and papers.database_path.exists():
        with papers.open_store() as store:
            for key in missing:
                found[key] = store.paths_of(key)
    missing = {key for key in keys if not found[key]}
    if missing and papers.inbox_path.exists():
        # Launched from the UI without config: find the files by hashing the inbox once.
        for path in stages.iter_files([papers.inbox_path]):
            try:
                digest = stages.hash_file(path)
            except OSError:
                continue
            if digest in missing:
                found[digest].append(str(path))
    return found


def _crashed(document_id: str) -> StageOutcome:
    return StageOutcome(document_id, False, {}, "the worker process died reading this document")


def _crashed_extract(document_id: str) -> ExtractedDocument:
    return ExtractedDocument(_crashed(document_id))


def _source_size(cache: StageCache, document_id: str) -> float:
    return float((cache.read(document_id, "source") or {}).get("size_bytes", 0))


def _pages_size(cache: StageCache, ocr: bool, document_id: str) -> float:
    for kind in ([stages.pages_kind(ocr=True)] if ocr else []) + [stages.pages_kind()]:
        try:
            return float(cache.file(document_id, kind).stat().st_size)
        except OSError:
            continue
    return 0.0


@asset(
    partitions_def=documents_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name=GROUP,
    description="The document's files: which paths hold these bytes, and their size.",
)
def source_documents(
    context: AssetExecutionContext,
    config: SourceConfig,
    papers: PapersResource,
    progress: ResourceParam[ProgressSink],
) -> Iterator[AssetObservation | MaterializeResult]:
    started = time.perf_counter()
    cache = StageCache(papers.cache_path)
    paths = _find_paths(context.partition_keys, config, papers)
    outcomes: list[StageOutcome] = []
    work = (stages.stage_source(key, paths[key], cache) for key in context.partition_keys)
    yield from _observe(context, "source", progress, work, outcomes)
    yield _result(outcomes, ["paths", "bytes"], started, 1)


@asset(
    partitions_def=documents_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name=GROUP,
    deps=[source_documents],
    description="Pages of text with page numbers and quality, cached by document id and reader.",
)
def document_text(
    context: AssetExecutionContext,
    papers: PapersResource,
    progress: ResourceParam[ProgressSink],
) -> Iterator[AssetObservation | MaterializeResult]:
    started = time.perf_counter()
    cache = StageCache(papers.cache_path)
    workers = papers.worker_count
    work = stages.map_documents(partial(stages.stage_text, cache=cache, ocr=papers.ocr),
                                context.partition_keys, workers, crashed=_crashed,
                                weight=partial(_source_size, cache))
    outcomes: list[StageOutcome] = []
    yield from _observe(context, "text", progress, work, outcomes)
    yield _result(outcomes, ["pages", "characters", "parsed", "unreadable_pages", "ocr_pages"],
                  started, workers)


@asset(
    partitions_def=documents_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name=GROUP,
    deps=[document_text],
    pool=DATABASE_POOL,
    description="Facts with evidence, loaded into SQLite in one transaction per document.",
)
def document_facts(
    context: AssetExecutionContext,
    papers: PapersResource,
    progress: ResourceParam[ProgressSink],
) -> Iterator[AssetObservation | MaterializeResult]:
    started = time.perf_counter()
    cache = StageCache(papers.cache_path)
    version = stages.extractor_version()
    workers = papers.worker_count
    # Workers fork from here but never touch the SQLite connection: only this process writes.
    extracted = stages.map_documents(
        partial(stages.extract_cached, cache=cache, ocr=papers.ocr), context.partition_keys,
        workers, crashed=_crashed_extract, weight=partial(_pages_size, cache, papers.ocr))
    outcomes: list[StageOutcome] = []
    with papers.open_store() as store:

        def load(done: Iterable[ExtractedDocument]) -> Iterator[StageOutcome]:
            for item in done:
                outcome = stages.store_extracted(item, store, version)
                if not outcome.ok:
                    # Remember rules AND readers: a new reader may read what failed before.
                    store.record_ingest_error(outcome.path or f"document:{outcome.document_id}",
                                              outcome.error or "unknown", outcome.document_id,
                                              stages.failure_version())
                yield outcome

        yield from _observe(context, "facts", progress, load(extracted), outcomes)
    yield _result(outcomes, ["pages", "reports", "mentions", "amounts", "dates",
                             "recommendations", "agreements", "rejects"], started, workers)


ASSETS = [source_documents, document_text, document_facts]
