"""The inbox sensor: one run for a batch of new files, nothing on a tick with nothing new."""

import shutil
from pathlib import Path

import pytest
from dagster import DagsterInstance, SensorResult, SkipReason, build_sensor_context

from pipelines.definitions import defs
from pipelines.partitions import DOCUMENTS, RANGE_END_TAG, RANGE_START_TAG
from pipelines.resources import PapersResource
from pipelines.stages import hash_file


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("first paper")
    (folder / "sub" / "b.txt").write_text("second paper")
    shutil.copy(folder / "a.txt", folder / "sub" / "a copy.txt")
    (folder / ".hidden").write_text("ignored")
    return folder


def tick(instance: DagsterInstance, inbox: Path, cursor: str | None = None) -> SensorResult | SkipReason:
    sensor = defs.resolve_sensor_def("inbox_sensor")
    context = build_sensor_context(
        instance=instance, cursor=cursor,
        resources={"papers": PapersResource(inbox=str(inbox), database=str(inbox / "x.db"))})
    return sensor(context)


def test_new_files_give_one_run_and_nothing_on_the_next_tick(inbox: Path) -> None:
    instance = DagsterInstance.ephemeral()
    result = tick(instance, inbox)
    assert isinstance(result, SensorResult)
    assert len(result.run_requests) == 1
    keys = result.dynamic_partitions_requests[0].partition_keys
    assert sorted(keys) == sorted({hash_file(inbox / "a.txt"), hash_file(inbox / "sub/b.txt")})
    run = result.run_requests[0]
    assert {run.tags[RANGE_START_TAG], run.tags[RANGE_END_TAG]} == set(keys)
    paths = run.run_config["ops"]["source_documents"]["config"]["paths"]
    assert sorted(paths[hash_file(inbox / "a.txt")]) == [str(inbox / "a.txt"),
                                                       str(inbox / "sub" / "a copy.txt")]
    instance.add_dynamic_partitions(DOCUMENTS, list(keys))
    second = tick(instance, inbox, result.cursor)
    assert isinstance(second, SkipReason)


def test_a_file_added_later_runs_alone(inbox: Path) -> None:
    instance = DagsterInstance.ephemeral()
    first = tick(instance, inbox)
    instance.add_dynamic_partitions(DOCUMENTS, list(first.dynamic_partitions_requests[0].partition_keys))
    (inbox / "c.txt").write_text("third paper")
    second = tick(instance, inbox, first.cursor)
    assert isinstance(second, SensorResult)
    assert second.dynamic_partitions_requests[0].partition_keys == [hash_file(inbox / "c.txt")]
    assert second.run_requests[0].partition_key == hash_file(inbox / "c.txt")


def test_a_missing_inbox_is_skipped(tmp_path: Path) -> None:
    assert isinstance(tick(DagsterInstance.ephemeral(), tmp_path / "nowhere"), SkipReason)
