"""Labelled decision lists with no heading: "(1) That ...", "1. To approve ..." under a lost RESOLVED line (invented)."""

from __future__ import annotations

import pytest
from test_recommendations import texts


@pytest.mark.parametrize(("text", "expected"), [
    # An agenda item page keeps the title and the numbered "That ..." resolutions, then the minute's narrative.
    ("Agenda item\n\nCommunity Grants 2024/25\n\n\n(1)     That grant funding be held at the 2023/24 level for "
     "all four groups.\n\n\n(2)     That the grant schedule at Appendix A be approved.\n\n\nThe Head of Communities "
     "submitted a report on the grants.\n",
     ["That grant funding be held at the 2023/24 level for all four groups",
      "That the grant schedule at Appendix A be approved"]),
    # A decision page whose "RESOLVED." ends the mover's sentence, the decisions numbered below it.
    ("Decision details\n\nHall Loans\n\nDecision Maker: Resources Committee\n\nDecisions:\n\nCllr Ames MOVED and "
     "Cllr Bell SECONDED the recommendations and it was RESOLVED.\n\n1.   To approve a loan of £90,000 to the "
     "Hall Trust for 4 years.\n\n2.   To extend the lease of the Hall for a further year.\n",
     ["To approve a loan of £90,000 to the Hall Trust for 4 years",
      "To extend the lease of the Hall for a further year"]),
])
def test_unheaded_decision_list_is_read(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    # A report's aims: "To" with verbs that do not decide.
    "Service aims\n\n1. To provide safe care at home.\n\n2. To ensure people are supported.\n",
    # A list run on from a lead-in sentence is other rules' business, and a list of one item is no list.
    "Our ambitions are to:\n\n1. To approve nothing in haste.\n\n2. To note progress.\n",
    "Background\n\n1. That the scheme began in 2019 is well known.\n\nThe scheme continues.\n",
])
def test_lists_that_are_not_decisions_are_not_read(text: str) -> None:
    assert texts(text) == []
