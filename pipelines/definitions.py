"""The one Dagster `Definitions` of the project: `dagster dev -m pipelines.definitions`.

Two jobs over the same assets:
- `process_documents` (the sensor's and `papers run`'s): the in-process executor; the assets
  spread parse and extract over the cores with their own process pool, so a batch of hundreds
  of documents pays Dagster's per-step cost once.
- `process_documents_multiprocess`: Dagster's multiprocess executor, each step in its own
  process (what a deployment with dagster-celery or dagster-k8s executors does per step);
  see deploy/ for the instance configuration.
"""

from __future__ import annotations

from dagster import (
    AssetSelection,
    Definitions,
    JobDefinition,
    define_asset_job,
    in_process_executor,
    multiprocess_executor,
)

from pipelines.assets import ASSETS
from pipelines.resources import NoProgress, PapersResource
from pipelines.sensors import build_inbox_sensor

JOB_NAME = "process_documents"
MULTIPROCESS_JOB_NAME = "process_documents_multiprocess"
DATABASE_TAG = {"papers/database": "sqlite"}
"""Runs that write the papers database; deploy/dagster.postgres.yaml allows one at a time."""

process_documents = define_asset_job(
    JOB_NAME,
    selection=AssetSelection.assets(*ASSETS),
    executor_def=in_process_executor,
    tags=DATABASE_TAG,
    description="Source, text and facts of a batch of documents, loaded into SQLite.",
)

process_documents_multiprocess = define_asset_job(
    MULTIPROCESS_JOB_NAME,
    selection=AssetSelection.assets(*ASSETS),
    executor_def=multiprocess_executor.configured({"max_concurrent": 2}),
    tags=DATABASE_TAG,
    description="The same batch, each step in its own process (Dagster's multiprocess executor).",
)

inbox_sensor = build_inbox_sensor(process_documents)

defs = Definitions(
    assets=ASSETS,
    jobs=[process_documents, process_documents_multiprocess],
    sensors=[inbox_sensor],
    resources={"papers": PapersResource(), "progress": NoProgress()},
)


def multiprocess_job() -> JobDefinition:
    """The multiprocess job, for `execute_job(reconstructable(multiprocess_job), ...)`.

    Each step process rebuilds the job by importing this module-level function.
    """
    return defs.resolve_job_def(MULTIPROCESS_JOB_NAME)
