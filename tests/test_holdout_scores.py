"""Scores real papers annotated by reading (tests/gold/*/) with `papers eval`, against floors.

The floors sit a little under the figures measured when each set was last looked at (README.md,
"How accurate it is"), so a rule change that costs accuracy on real papers fails here.
"""

import sys

import pytest
from conftest import ROOT, needs_shared

# The measuring script is the one place that knows how a gold set is run and scored.
sys.path.insert(0, str(ROOT / "scripts"))
from score_gold_sets import score_set  # noqa: E402

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
    # Eleven more Kent PDFs (2026-11-23, session 9): decision reports, a record of decision, agenda front sheets,
    # two amendment forms, a minister's letter, a reserves policy. The forms and the policy never name their council
    # in text (only a logo), so their issuer is unread.
    "holdout34": {"recommendations": 0.80, "issuing_body": 0.60, "meeting_date": 0.80},
}
DOCUMENT_FLOOR = 0.8
GOLD_SETS = tuple(SET_FLOORS)


@pytest.fixture(scope="module")
def holdout_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return {name: score_set(name, ROOT / "tests" / "gold" / name, tmp_path_factory.mktemp(name))
            for name in GOLD_SETS}


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
