"""Crash safety: a `papers run` killed with SIGKILL mid-batch, then run again, equals a clean run."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import CORPUS, ROOT

VOLATILE_COLUMNS = {"processed_at", "at"}
"""Timestamps: the only columns allowed to differ between two runs over the same files."""


def copy_corpus(target: Path) -> Path:
    """A private copy of the repository's corpus (five seed papers and one PDF)."""
    shutil.copytree(CORPUS, target)
    return target


def papers_command(inbox: Path, database: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "run", str(inbox), "--db", str(database), *extra]


def start_run(inbox: Path, database: Path, *extra: str) -> subprocess.Popen[str]:
    """`papers run` in its own process group, so a test can kill it and its workers together."""
    return subprocess.Popen(papers_command(inbox, database, *extra), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def run_to_end(inbox: Path, database: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(papers_command(inbox, database, *extra), cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)


def table_contents(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (FTS shadow tables and timestamps left out), sorted."""
    conn = sqlite3.connect(database)
    try:
        schema = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
        virtual = [name for name, sql in schema if (sql or "").upper().startswith("CREATE VIRTUAL")]
        # Full-text indexes and their shadow tables store rowids, which depend on write order.
        tables = [name for name, _ in schema
                  if not any(name == v or name.startswith(v + "_") for v in virtual)]
        contents: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                       if row[1] not in VOLATILE_COLUMNS]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {names} FROM "{table}"').fetchall()
            contents[table] = sorted(rows, key=repr)
        contents["pages_fts (search)"] = sorted(conn.execute(
            "SELECT p.document_id, p.number FROM pages_fts JOIN pages p ON p.rowid = pages_fts.rowid "
            "WHERE pages_fts MATCH 'council'").fetchall())
        return contents
    finally:
        conn.close()


def document_count(database: Path) -> int:
    """Documents committed so far (0 while the database or its schema does not exist yet)."""
    if not database.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def child_pids(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                children.append(int(entry))
    return children


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def kill_after_first_document(process: subprocess.Popen[str], database: Path,
                              timeout: float = 120.0) -> tuple[int, list[int], list[int]]:
    """SIGKILL the run process alone as soon as one document is committed.

    Returns the number of documents committed, the run's worker processes at the kill, and
    those still alive 2 s after it (they should die with it). The process group is killed afterwards, so
    a failing test leaves nothing behind.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        landed = document_count(database)
        if landed:
            workers = child_pids(process.pid)
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            time.sleep(2)
            survivors = [pid for pid in workers if alive(pid)]
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            return landed, workers, survivors
        if process.poll() is not None:
            raise AssertionError(f"the run ended before it could be killed: {process.stderr.read()}")
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    raise AssertionError("no document landed in time")


def test_a_run_killed_mid_batch_then_resumed_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    inbox = copy_corpus(tmp_path / "in")
    total = len({hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in inbox.rglob("*") if p.is_file()})
    clean = tmp_path / "clean" / "papers.db"
    assert run_to_end(inbox, clean).returncode == 0

    crashed = tmp_path / "crashed" / "papers.db"
    # Two workers, so the pool is in play, on documents that land a few seconds apart.
    landed, workers, survivors = kill_after_first_document(start_run(inbox, crashed, "--workers", "2"),
                                                  crashed)
    assert 1 <= landed < total, "the kill should come before the batch finished"
    assert workers, "the run should have been using its worker pool"
    assert survivors == [], "worker processes outlived the killed run"
    resumed = run_to_end(inbox, crashed)
    assert resumed.returncode == 0, resumed.stderr
    assert table_contents(crashed) == table_contents(clean)
