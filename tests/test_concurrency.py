"""Two `papers run` at once over the same files and database lose nothing and never fail locked."""

from pathlib import Path

from test_crash_safety import copy_corpus, run_to_end, start_run, table_contents


def test_two_runs_at_once_equal_one_run(tmp_path: Path) -> None:
    inbox = copy_corpus(tmp_path / "in")
    alone = tmp_path / "alone" / "papers.db"
    assert run_to_end(inbox, alone).returncode == 0

    shared = tmp_path / "shared" / "papers.db"
    # Both find every document new, so both parse, extract and write all of them, sharing
    # the page cache and the database: the single writer lock is contended all the way.
    runs = [start_run(inbox, shared, "--workers", "1") for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in err.lower() and "locked" not in out.lower()
    assert table_contents(shared) == table_contents(alone)
