"""Shared fixtures: the repository root, ../shared when present, a fresh database path."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "gold" / "seeds").is_dir(),
    reason="../shared (gold annotations and real corpus) is not beside this checkout",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "papers.db"
