"""Grants the paper's own council receives, told as an allocation: 'X (XCC) was allocated a grant of £N from Y',
'The government has allocated £N to X'."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in

Found = list[tuple[str, str, list[str]]]  # kind, action, parties other than the council


def _summary(paragraph: str) -> Found:
    """Kind, action and other parties of each agreement found under a council's header."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, COUNCIL_HEADER)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the council named with its initials, then the grantor after 'from' and the purpose after it
    ("RESOLVED: That Cabinet notes that in June 2025, Barchester City Council (BCC) was allocated a ring fenced "
     "grant of £3,101,989 from the Department of Health and Social Care (DHSC) towards the costs of local "
     "outbreaks.\n",
     [("grant", "note", ["Department of Health and Social Care"])]),
    # the council by its initials alone, the grantor a department whose name holds 'and'
    ("Barchester City Council (BCC) runs the service.\n\nRESOLVED: That Cabinet notes that in July 2025, BCC was "
     "allocated a grant of £774,649 from the Department for Environment, Food and Rural Affairs to support "
     "those struggling to afford food.\n",
     [("grant", "note", ["Department for Environment, Food and Rural Affairs"])]),
    # the source opens the clause: the government, named by no organisation
    ("Reason for decision\n\nThe government has allocated £6,311,401 to Barchester City Council from a new "
     "national funding package.\n",
     [("grant", "note", [])]),
    # the source a body the paper names
    ("The Department for Education has allocated £40,000 to the Council for holiday activities.\n",
     [("grant", "note", ["Department for Education"])]),
])
def test_a_grant_allocated_to_the_council_is_a_grant_received(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # the council's own committee moving its own money
    "The Cabinet has allocated £5,000 to the Council's reserve for repairs.\n",
    # another council's allocation, by name and by initials the text gives another body
    "Wessex County Council (WCC) was allocated a grant of £2m from the Department for Transport for buses.\n",
    "The government has allocated £2m to Wessex County Council for buses.\n",
    # a sum allocated with neither source nor purpose
    "Barchester City Council was allocated a grant of £9,000.\n",
])
def test_an_allocation_that_is_not_a_grant_to_the_council_is_not_read(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"] == []
