"""The one Dagster `Definitions` of the project: `dagster dev -m pipelines.definitions`."""

from __future__ import annotations

from dagster import AssetSelection, Definitions, define_asset_job

from pipelines.assets import ASSETS
from pipelines.resources import NoProgress, PapersResource
from pipelines.sensors import build_inbox_sensor

JOB_NAME = "process_documents"

process_documents = define_asset_job(
    JOB_NAME,
    selection=AssetSelection.assets(*ASSETS),
    description="Source, text and facts of a batch of documents, loaded into SQLite.",
)

inbox_sensor = build_inbox_sensor(process_documents)

defs = Definitions(
    assets=ASSETS,
    jobs=[process_documents],
    sensors=[inbox_sensor],
    resources={"papers": PapersResource(), "progress": NoProgress()},
)
