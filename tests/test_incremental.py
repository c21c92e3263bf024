"""Incremental runs: nothing new means no work; an edited file or new rules redo only what changed."""

import os
from pathlib import Path

import pytest

from fakes import use_fake_extractors
from pipelines import stages
from pipelines.runner import run_documents
from pipelines.stages import StageCache, map_documents
from pipelines.store import Store


@pytest.fixture(autouse=True)
def fake_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_extractors(monkeypatch)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kent County Council pays £100 on 01/02/2020")
    (folder / "b.txt").write_text("Medway Council\fpage two: £5")
    (folder / "c.txt").write_text("RECOMMEND: approve £7")
    return folder


def test_a_rerun_over_unchanged_files_parses_and_extracts_nothing(inbox: Path, db_path: Path) -> None:
    first = run_documents([inbox], db_path)
    assert (first.documents_processed, first.parsed, first.extracted) == (3, 3, 3)
    assert first.pages_read == 4 and set(first.stage_seconds) == {"source", "text", "facts"}
    again = run_documents([inbox], db_path)
    assert (again.documents_new, again.parsed, again.extracted) == (0, 0, 0)
    assert again.already_current == 3 and again.dagster_run_id is None


def test_an_edited_file_is_the_only_one_processed_and_replaces_its_old_version(
        inbox: Path, db_path: Path) -> None:
    run_documents([inbox], db_path)
    (inbox / "b.txt").write_text("Medway Council now pays £6")
    summary = run_documents([inbox], db_path)
    assert (summary.documents_new, summary.parsed, summary.extracted) == (1, 1, 1)
    assert summary.stale_documents_removed == 1
    with Store(db_path) as store:
        assert store.count("documents") == 3
        assert sorted(r["text"] for r in store.db.query("SELECT text FROM amounts")) == [
            "£100", "£6", "£7"]


def test_a_file_copied_under_a_new_name_only_adds_a_path(inbox: Path, db_path: Path) -> None:
    run_documents([inbox], db_path)
    (inbox / "a copy.txt").write_bytes((inbox / "a.txt").read_bytes())
    summary = run_documents([inbox], db_path)
    assert (summary.documents_new, summary.stale_documents_removed) == (0, 0)
    with Store(db_path) as store:
        assert store.count("document_paths") == 4


def test_new_rules_re_extract_from_cached_text_without_parsing(
        inbox: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_documents([inbox], db_path)
    monkeypatch.setattr(stages, "extractor_version", lambda: "fake-2")

    def no_parsing(path: Path) -> None:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(stages, "load_document", no_parsing)
    summary = run_documents([inbox], db_path)
    assert (summary.documents_processed, summary.parsed, summary.extracted) == (3, 0, 3)
    with Store(db_path) as store:
        assert {r["v"] for r in store.db.query("SELECT extractor_version AS v FROM documents")} == {
            "fake-2"}


def test_a_changed_reader_invalidates_the_page_cache(
        inbox: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_documents([inbox], db_path)
    monkeypatch.setattr(stages, "reader_version", lambda: "another-reader")
    monkeypatch.setattr(stages, "extractor_version", lambda: "fake-2")
    assert run_documents([inbox], db_path).parsed == 3


def test_the_reader_fingerprint_covers_the_reader_code() -> None:
    first = stages.reader_version()
    assert len(first) == 16 and first == stages.reader_version()
    assert "extractors/formats" in stages.READER_MODULES


def test_cache_entries_are_written_whole_and_damaged_ones_are_ignored(tmp_path: Path) -> None:
    cache = StageCache(tmp_path)
    key = "ab" * 32
    cache.write(key, "source", {"paths": ["x"]})
    assert cache.read(key, "source") == {"paths": ["x"]}
    assert not [p for p in (tmp_path / "ab").iterdir() if p.name.endswith(".tmp")]
    cache.file(key, "source").write_text('{"paths": [')  # e.g. a disk filled up elsewhere
    assert cache.read(key, "source") is None


def _square_or_die(value: int) -> int:
    if value == 3:
        os._exit(1)  # a crash inside a C library looks like this: the process just dies
    return value * value


def _square(value: int) -> int:
    return value * value


@pytest.mark.parametrize("workers", [1, 2, 8])
def test_the_pool_returns_every_result_heaviest_first(workers: int) -> None:
    results = list(map_documents(_square, [1, 2, 4, 3], workers, crashed=lambda v: -v,
                                 weight=float))
    assert sorted(results) == [1, 4, 9, 16]
    if workers == 1:
        assert results == [16, 9, 4, 1]


def test_a_dead_worker_costs_only_its_own_document() -> None:
    results = list(map_documents(_square_or_die, [1, 2, 3, 4], 2, crashed=lambda v: -v))
    assert sorted(results) == [-3, 1, 4, 16]


def test_the_sensor_caps_files_per_tick_and_documents_per_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dagster import DagsterInstance, SensorResult, build_sensor_context

    from pipelines import sensors
    from pipelines.definitions import defs
    from pipelines.partitions import RANGE_END_TAG, RANGE_START_TAG
    from pipelines.resources import PapersResource

    monkeypatch.setattr(sensors, "MAX_FILES_PER_TICK", 5)
    monkeypatch.setattr(sensors, "MAX_DOCUMENTS_PER_RUN", 2)
    for number in range(7):
        (tmp_path / f"{number}.txt").write_text(f"paper {number}")
    context = build_sensor_context(
        instance=DagsterInstance.ephemeral(),
        resources={"papers": PapersResource(inbox=str(tmp_path), database=str(tmp_path / "x.db"))})
    result = defs.resolve_sensor_def("inbox_sensor")(context)
    assert isinstance(result, SensorResult)
    keys = result.dynamic_partitions_requests[0].partition_keys
    assert len(keys) == 5  # the other two files wait for the next tick
    runs = result.run_requests
    assert [len(r.run_config["ops"]["source_documents"]["config"]["paths"]) for r in runs] == [2, 2, 1]
    assert [(r.tags.get(RANGE_START_TAG), r.tags.get(RANGE_END_TAG)) for r in runs[:2]] == [
        (keys[0], keys[1]), (keys[2], keys[3])]
    assert runs[2].partition_key == keys[4]


def test_a_failed_file_is_retried_only_when_rules_or_readers_change(
        inbox: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (inbox / "empty.txt").write_text("")
    assert run_documents([inbox], db_path).documents_new == 4
    assert run_documents([inbox], db_path).known_failures == 1
    monkeypatch.setattr(stages, "reader_version", lambda: "another-reader")
    retried = run_documents([inbox], db_path)
    assert (retried.known_failures, retried.documents_new, retried.parsed) == (0, 1, 1)


def _slow_square(value: int) -> int:
    import time

    time.sleep(0.2)
    return value * value


def test_stopping_early_drops_the_queued_work() -> None:
    import time

    results = map_documents(_slow_square, list(range(40)), 2, crashed=lambda v: -v)
    started = time.perf_counter()
    next(results)
    results.close()  # as when storing a result fails and the asset gives up
    assert time.perf_counter() - started < 2.0  # not the 4 s the 40 items would take
