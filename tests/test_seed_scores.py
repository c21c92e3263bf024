"""Scores the seed export with ../shared/tools/score.py against the hand-made gold annotations."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED, needs_shared

# Floors from issue 2 (end-to-end pipeline); the measured figures are in README.md.
F1_FLOORS = {
    "organisations": 0.70,
    "money": 0.70,
    "dates": 0.70,
    "recommendations": 0.70,
    "agreements": 0.50,
}


@pytest.fixture(scope="module")
def seed_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("seeds")
    db = work / "papers.db"
    out = work / "export"
    seeds = sorted(CORPUS.glob("0*.txt"))
    papers = [str(Path(sys.executable).with_name("papers"))]  # the installed console script
    subprocess.run([*papers, "run", *map(str, seeds), "--db", str(db)], check=True, capture_output=True)
    subprocess.run(
        [*papers, "export", "--db", str(db), "--format", "gold", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(SHARED / "gold" / "seeds"),
         "--pred", str(out), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(scored.stdout)


@needs_shared
def test_every_seed_is_exported(seed_scores: dict) -> None:
    assert seed_scores["missing_predictions"] == []


@needs_shared
@pytest.mark.parametrize("field", sorted(F1_FLOORS))
def test_seed_f1_reaches_floor(seed_scores: dict, field: str) -> None:
    measured = seed_scores["fields"][field]
    assert measured["f1"] >= F1_FLOORS[field], f"{field}: {measured}"
