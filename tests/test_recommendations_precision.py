"""Things that look like recommendations but are not (invented sentences): budget table rows under a lead-in,
a condition on a decision not yet taken, and a wrapped sentence whose next line begins 'recommendation that'."""

from __future__ import annotations

import pytest
from test_recommendations import texts

from extractors.recommendations.figure_rows import is_figures_row

CASES = [
    # a capital budget table copied line by line under "approve the following changes": rows, not requests
    ("Cabinet is asked to approve the following changes to the Capital Budget\n"
     "Riverside Cycle Route 25-26 +0.042 Additional grant\nLighting Upgrade 25-26\n25-26\n+0.120\n-0.030\n"
     "Grant funded\nRevenue funded\nTown Centre Lighting\n25-26\n25-26\n+0.017\n-0.015\nAdditional grant\n"
     "Grant to be vired to Riverside Cycle Route\nHarbour Wall (Phase 2)\n25-26 -0.017 Grant to be vired to "
     "Town Centre\nLighting\nRiverside Cycle Route 25-26 +0.015 Virement of grant from Town Centre Lighting\n",
     []),
    # a constitution appendix: "If the Council agrees to ..." states a condition, not a decision
    ("Minutes of the meeting\nScrutiny Committee\nIF the Council agrees to change the chairing of the Scrutiny\n"
     "Committee, the following changes to the constitution would be proposed.\n"
     "17.4 Members: 11 Members; the Chair shall be a member of an opposition group.\n",
     []),
    ("Minutes of the meeting\nShould the Committee agree to extend the pilot, a further report will follow.\n", []),
    # a consultation response quoted at length: "recommendation that" starts a line inside a sentence
    ("Consultation responses\n\u201cThere is a real cost to families from this closure and from this\n"
     "recommendation that nobody in the consultation report has properly weighed up.\u201d\n",
     []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_not_a_recommendation_item(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


KEPT = [
    ("Recommendation that the Committee approves the revised charging policy.\n",
     ["that the Committee approves the revised charging policy"]),
    ("RECOMMENDATIONS:\nThe Cabinet is asked to:\n(a) approve a capital budget of £1,250.5k for 2025-26;\n"
     "(b) note the revised figures of £0.4m and £1.2m.\n",
     ["approve a capital budget of £1,250.5k for 2025-26", "note the revised figures of £0.4m and £1.2m"]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_still_a_recommendation(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Riverside Cycle Route 25-26 +0.042 -0.011 Additional grant", True),
    ("Youth Grant 412.6 0.0 -412.6", True),
    ("Halls 640 52 52 60 60", True),
    ("approve a budget of £1,530.9m for 2025-26", False),
    ("approve paragraphs 3.1, 3.2 and 3.4 of the plan", False),
    ("note the 2.5% increase and the 1.5% reduction in 2025-26", False),
])
def test_is_figures_row(text: str, expected: bool) -> None:
    assert is_figures_row(text) is expected
