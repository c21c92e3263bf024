"""The Definitions load, and the job materialises a batch of partitions as ONE run."""

from pathlib import Path

import pytest
from dagster import AssetKey, DagsterInstance

from pipelines.definitions import JOB_NAME, defs
from fakes import use_fake_extractors
from pipelines.partitions import DOCUMENTS, batch_tags
from pipelines.resources import NoProgress, PapersResource
from pipelines.stages import hash_file
from pipelines.store import Store


@pytest.fixture
def fake_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_extractors(monkeypatch)


def test_definitions_load_with_the_job_sensor_and_assets() -> None:
    defs.validate_loadable(defs)
    job = defs.resolve_job_def(JOB_NAME)
    assert job.partitions_def is not None and job.partitions_def.name == DOCUMENTS
    keys = {key.to_user_string() for key in defs.resolve_all_asset_keys()}
    assert keys == {"source_documents", "document_text", "document_facts"}
    assert defs.resolve_sensor_def("inbox_sensor").job_name == JOB_NAME


def test_assets_use_single_run_backfills() -> None:
    for key in ("source_documents", "document_text", "document_facts"):
        policy = defs.resolve_assets_def(AssetKey(key)).backfill_policy
        assert policy is not None and policy.max_partitions_per_run is None


def test_batch_tags_need_a_batch() -> None:
    with pytest.raises(ValueError):
        batch_tags([])


@pytest.mark.usefixtures("fake_extractors")
def test_a_batch_of_partitions_materialises_in_one_run(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in [("a.txt", "Kent County Council £100 01/02/2020"), ("b.txt", "£5"),
                       ("empty.txt", "")]:
        (inbox / name).write_text(text)
    keys = [hash_file(inbox / n) for n in ("a.txt", "b.txt", "empty.txt")]
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(DOCUMENTS, keys)
    database = tmp_path / "papers.db"
    result = defs.resolve_job_def(JOB_NAME).execute_in_process(
        instance=instance,
        tags=batch_tags(keys),
        resources={"papers": PapersResource(database=str(database), inbox=str(inbox)),
                   "progress": NoProgress()},
    )  # no run config: the paths are found by hashing the inbox
    assert result.success
    assert len(instance.get_run_records()) == 1
    facts = [e for e in result.get_asset_materialization_events()
             if e.asset_key == AssetKey("document_facts")]
    assert sorted(e.partition for e in facts) == sorted(keys)
    metadata = facts[0].materialization.metadata
    assert metadata["documents"].value == 3 and metadata["failed"].value == 1
    assert metadata["amounts"].value == 2
    with Store(database) as store:
        assert store.count("documents") == 2
        assert [r["reason"] for r in store.db.query("SELECT reason FROM ingest_errors")] == [
            "the file is empty"]
