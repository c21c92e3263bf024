"""Grants a town or parish council's minutes award to a named local group, and grant sentences that name no
recipient group (the council itself, an applicant). Invented texts."""

from __future__ import annotations

import pytest
from agreement_helpers import agreements_in

TOWN = "Barchester Town Council"
MINUTES_HEAD = f"{TOWN}\n\nMinutes of the Community Grants Committee held on Tuesday 5 March 2024\n\n"


def _summary(text: str) -> list[tuple[str, str, str, list[str]]]:
    """Kind, action, subject and the parties other than the town council of each agreement found."""
    return [(a.kind.value, a.action.value, a.subject, [p.name for p in a.parties if p.name != TOWN])
            for a in agreements_in(text, MINUTES_HEAD)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Resolved:\n1. That, Barchester Food Bank be awarded a grant of £500 and,\n2. That the report be noted.\n",
     [("grant", "award", "grant of £500 to Barchester Food Bank", ["Barchester Food Bank"])]),
    ("RESOLVED that a grant of £250 be awarded to Barchester Scout Group.\n",
     [("grant", "award", "grant of £250 to Barchester Scout Group", ["Barchester Scout Group"])]),
    ("It was agreed that a grant of £1,200 be made to the Friends of Barchester Park towards new benches.\n",
     [("grant", "award", "grant of £1,200 to Friends of Barchester Park", ["Friends of Barchester Park"])]),
    ("RESOLVED that the Barchester Carnival Committee be given a one-off grant of £300.\n",
     []),  # a committee-named group cannot be told from the council's own committee: missed, not guessed
])
def test_a_grant_awarded_to_a_named_group(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize("text", [
    "RESOLVED that the Council be awarded a grant of £500.\n",
    "That the applicant be awarded a grant of £300 once accounts are received.\n",
    "A grant of £400 was awarded to Barchester Town Council by the County.\n",
    "Members noted that grants of up to £500 may be awarded to local groups.\n",
])
def test_grant_sentences_naming_no_recipient_group_give_no_grant_to_a_group(text: str) -> None:
    assert not any(a.subject.startswith("grant of £") for a in agreements_in(text, MINUTES_HEAD))


def test_a_body_a_decision_provides_with_a_grant_is_its_recipient() -> None:
    decision = ("Decision:\n\n(b) Having considered the options, Cabinet agree to allocate these funds to provide "
                "Northby Wellbeing CIC with a £40,000 annual revenue grant for 3 years.\n")
    found = [(a.kind.value, a.action.value, [(p.name, p.role.value) for p in a.parties])
             for a in agreements_in(decision, "Northby Council\n\nCabinet\n\n")]
    assert ("grant", "award", [("Northby Wellbeing CIC", "recipient")]) in found
