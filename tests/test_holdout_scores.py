"""Scores real papers annotated by reading (tests/gold/*/) with `papers eval`, against floors.

The floors sit a little under the figures measured when each set was last looked at (README.md,
"How accurate it is"), so a rule change that costs accuracy on real papers fails here.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, needs_shared

F1_FLOORS = {
    "organisations": 0.90,
    "money": 0.95,
    "dates": 0.85,
    "recommendations": 0.90,
    "agreements": 0.90,
}
# Sets annotated later (whole Kent PDFs: council minutes, treasury papers, decision reports) sit under floors of
# their own where they are weaker, a little under the figures measured on 2026-11-23 (README.md).
SET_FLOORS: dict[str, dict[str, float]] = {
    "real": {},
    "holdout2": {},
    "holdout3": {},
    "holdout11": {},
    "holdout21": {"organisations": 0.85},
    "holdout22": {"agreements": 0.75, "issuing_body": 0.70},
    "holdout25": {"agreements": 0.50},
    # Full council minutes with amended motions, amendment forms, an executive response, a minister's letter.
    "holdout28k": {"organisations": 0.85, "recommendations": 0.80, "agreements": 0.25, "issuing_body": 0.50,
                   "meeting_date": 0.70},
    # An NHS trust's public board pack in Markdown (Leeds Community Healthcare, 4 September 2025): three annotators,
    # measured once before any rule was changed for it (README.md).
    "holdout31": {"organisations": 0.85, "recommendations": 0.88, "agreements": 0.60},
    # Twelve Kent PDFs: amendment forms whose proposals are table cells, two letters, a budget summary.
    # Their issuers are often unnamed (a table, an amendment form); the minister's letter's is a ministry.
    "holdout32": {"money": 0.88, "recommendations": 0.45, "agreements": 0.75, "issuing_body": 0.55,
                  "meeting_date": 0.65},
}
DOCUMENT_FLOOR = 0.8
GOLD_SETS = tuple(SET_FLOORS)


def _source(stem: str) -> Path:
    """The paper a gold file annotates, from ../shared/corpus (real/ or kent/)."""
    found = [*SHARED.glob(f"corpus/real/{stem}.*"), *SHARED.glob(f"corpus/kent/**/{stem}.pdf")]
    if not found:
        raise FileNotFoundError(f"no source PDF for gold file {stem}")
    return found[0]


@pytest.fixture(scope="module")
def holdout_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    papers = str(Path(sys.executable).with_name("papers"))
    scores = {}
    for name in GOLD_SETS:
        work = tmp_path_factory.mktemp(name)
        gold = ROOT / "tests" / "gold" / name
        for stem in sorted(p.stem for p in gold.glob("*.json")):
            shutil.copy(_source(stem), work / _source(stem).name)
        db = work / "papers.db"
        subprocess.run([papers, "run", str(work), "--db", str(db)], check=True, capture_output=True)
        evaluated = subprocess.run([papers, "eval", "--gold", str(gold), "--db", str(db), "--json"],
                                   check=True, capture_output=True, text=True)
        scores[name] = json.loads(evaluated.stdout)
    return scores


@needs_shared
@pytest.mark.parametrize("gold_set", GOLD_SETS)
def test_every_holdout_paper_is_processed(holdout_scores: dict, gold_set: str) -> None:
    assert holdout_scores[gold_set]["missing_predictions"] == []


@needs_shared
@pytest.mark.parametrize("gold_set", GOLD_SETS)
@pytest.mark.parametrize("field", sorted(F1_FLOORS))
def test_holdout_f1_reaches_floor(holdout_scores: dict, gold_set: str, field: str) -> None:
    floor = SET_FLOORS[gold_set].get(field, F1_FLOORS[field])
    measured = holdout_scores[gold_set]["fields"][field]
    assert measured["f1"] >= floor, f"{gold_set} {field}: {measured}"


@needs_shared
@pytest.mark.parametrize("gold_set", GOLD_SETS)
def test_holdout_issuing_body_and_meeting_date(holdout_scores: dict, gold_set: str) -> None:
    for key in ("issuing_body", "meeting_date"):
        measured = holdout_scores[gold_set]["document_fields"][key]
        floor = SET_FLOORS[gold_set].get(key, DOCUMENT_FLOOR)
        assert measured["accuracy"] is None or measured["accuracy"] >= floor, f"{gold_set} {key}: {measured}"
