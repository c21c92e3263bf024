"""Assets, one per stage, partitioned by document; a batch of documents runs as one run.

source_documents -> document_text -> document_facts (loaded into SQLite). Each asset writes its
results to the stage cache or the database and returns only a `MaterializeResult` with figures.
"""

# No `from __future__ import annotations`: Dagster reads these annotations at decoration time.

import warnings
from collections import Counter
from collections.abc import Callable, Sequence

from dagster import (
    AssetExecutionContext,
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
from pipelines.stages import StageCache, StageOutcome

GROUP = "papers"

# single_run() backfills are "beta" in 1.13 but are the documented way to batch partitions.
warnings.filterwarnings("ignore", category=BetaWarning, message=".*backfill_policy.*")


class SourceConfig(Config):
    """Paths of each document id, as the sensor or the CLI found them."""

    paths: dict[str, list[str]] = Field(
        default_factory=dict,
        description="document id -> file paths; ids missing here are looked up in the "
        "database, then by hashing the inbox",
    )


def _run_stage(
    context: AssetExecutionContext,
    stage: str,
    progress: ProgressSink,
    work: Callable[[str], StageOutcome],
) -> list[StageOutcome]:
    """Run one stage over every document of the run; a failed document never stops the batch."""
    outcomes = []
    for key in context.partition_keys:
        outcome = work(key)
        if not outcome.ok:
            context.log.warning(f"{stage} {key[:12]}: {outcome.error}")
        outcomes.append(outcome)
        progress.advance(stage, key)
    return outcomes


def _result(outcomes: Sequence[StageOutcome], figures: Sequence[str]) -> MaterializeResult:
    totals: Counter[str] = Counter()
    for outcome in outcomes:
        totals.update({k: v for k, v in outcome.figures.items() if k in figures})
    failed = [o for o in outcomes if not o.ok]
    metadata: dict[str, object] = {
        "documents": len(outcomes),
        "failed": len(failed),
        **{name: int(totals[name]) for name in figures},
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
) -> MaterializeResult:
    cache = StageCache(papers.cache_path)
    paths = _find_paths(context.partition_keys, config, papers)
    outcomes = _run_stage(context, "source", progress,
                          lambda key: stages.stage_source(key, paths[key], cache))
    return _result(outcomes, ["paths", "bytes"])


@asset(
    partitions_def=documents_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name=GROUP,
    deps=[source_documents],
    description="Pages of text with page numbers, cached by document id.",
)
def document_text(
    context: AssetExecutionContext,
    papers: PapersResource,
    progress: ResourceParam[ProgressSink],
) -> MaterializeResult:
    cache = StageCache(papers.cache_path)
    outcomes = _run_stage(context, "text", progress, lambda key: stages.stage_text(key, cache))
    return _result(outcomes, ["pages", "characters"])


@asset(
    partitions_def=documents_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name=GROUP,
    deps=[document_text],
    description="Facts with evidence, loaded into SQLite in one transaction per document.",
)
def document_facts(
    context: AssetExecutionContext,
    papers: PapersResource,
    progress: ResourceParam[ProgressSink],
) -> MaterializeResult:
    cache = StageCache(papers.cache_path)
    version = stages.extractor_version()
    with papers.open_store() as store:

        def load(key: str) -> StageOutcome:
            outcome = stages.stage_facts(key, cache, store, version)
            if not outcome.ok:
                store.record_ingest_error(outcome.path or f"document:{key}",
                                          outcome.error or "unknown", key, version)
            return outcome

        outcomes = _run_stage(context, "facts", progress, load)
    return _result(outcomes, ["pages", "reports", "mentions", "amounts", "dates",
                              "recommendations", "agreements", "rejects"])


ASSETS = [source_documents, document_text, document_facts]
