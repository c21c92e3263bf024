"""The same assets run with Dagster's multiprocess executor (each step in its own process).

This is the configuration a deployment with a per-step executor (dagster-celery, dagster-k8s)
uses; deploy/ holds the instance settings. Also checks the instance YAML files load.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from dagster import DagsterInstance, execute_job, instance_for_test, reconstructable

from conftest import CORPUS, ROOT
from dagster._config import process_config  # the instance schema check Dagster itself runs
from dagster._core.instance.config import dagster_instance_config_schema
from pipelines.definitions import JOB_NAME, MULTIPROCESS_JOB_NAME, defs, multiprocess_job
from pipelines.partitions import DOCUMENTS, batch_tags
from pipelines.stages import hash_file


def test_jobs_use_the_executors_they_say() -> None:
    assert defs.resolve_job_def(JOB_NAME).executor_def.name == "in_process"
    assert defs.resolve_job_def(MULTIPROCESS_JOB_NAME).executor_def.name == "multiprocess"


def test_a_batch_materialises_with_the_multiprocess_executor(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for seed in sorted(CORPUS.glob("*.txt"))[:2]:
        shutil.copy(seed, inbox)
    keys = [hash_file(path) for path in sorted(inbox.iterdir())]
    database = tmp_path / "papers.db"
    with instance_for_test() as instance:
        instance.add_dynamic_partitions(DOCUMENTS, keys)
        result = execute_job(
            reconstructable(multiprocess_job), instance=instance, tags=batch_tags(keys),
            run_config={"resources": {"papers": {"config": {
                "database": str(database), "inbox": str(inbox), "workers": 1}}}})
        assert result.success
        steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}
        assert steps == {"source_documents", "document_text", "document_facts"}
        # Each step ran in a process of its own, not in this one.
        assert len({e.pid for e in result.all_events if e.event_type_value == "STEP_START"}) == 3
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM amounts").fetchone()[0] > 0


def test_the_local_instance_settings_load(tmp_path: Path) -> None:
    shutil.copy(ROOT / "dagster.yaml", tmp_path / "dagster.yaml")
    instance = DagsterInstance.from_config(str(tmp_path))
    try:
        assert instance.run_coordinator is not None
    finally:
        instance.dispose()


def test_the_postgres_deployment_settings_are_complete(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = yaml.safe_load((ROOT / "deploy" / "dagster.postgres.yaml").read_text())
    for name in ("DAGSTER_PG_HOST", "DAGSTER_PG_DB", "DAGSTER_PG_USERNAME", "DAGSTER_PG_PASSWORD",
                 "DAGSTER_K8S_NAMESPACE"):
        monkeypatch.setenv(name, "x")
    checked = process_config(dagster_instance_config_schema(), settings)
    assert checked.success, checked.errors
    assert set(settings["storage"]) == {"postgres"}
    assert settings["run_launcher"]["module"] == "dagster_k8s"
    # Credentials come from the environment, never from the file.
    postgres = settings["storage"]["postgres"]["postgres_db"]
    assert postgres["password"] == {"env": "DAGSTER_PG_PASSWORD"}
    limits = settings["run_coordinator"]["config"]["tag_concurrency_limits"]
    assert {"key": "papers/database", "limit": 1} in limits
