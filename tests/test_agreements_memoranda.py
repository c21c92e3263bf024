"""Memoranda of understanding and service level agreements a decision approves with a named body: invented sentences."""

from __future__ import annotations

import pytest
from agreement_helpers import COUNCIL_HEADER, agreements_in


def _summary(paragraph: str) -> list[tuple[str, str, list[str]]]:
    """Kind, action and party names of each agreement the approved-memorandum rule found."""
    found = [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.rule == "agreements.approved_memorandum"]
    return [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a board approving an MoU for a partnership the organisations extractor does not know
    ("The purpose of this report is to seek approval for the Memorandum of Understanding (MoU) for the Wessex "
     "Coast Health and Care Partnership. Recommendations: That the Board approves the MoU.",
     [("other", "new", ["Wessex Coast Health and Care Partnership"])]),
    # a cabinet adopting an MoU for a strategic partnership
    ("Cabinet was asked to adopt the Memorandum of Understanding for the Barset Community Safety Partnership.",
     [("other", "new", ["Barset Community Safety Partnership"])]),
    # a draft service level agreement with the town councils
    ("The Executive approved the proposed draft Service Level Agreement with Town Councils for the CCTV service.",
     [("other", "new", ["Town Councils"])]),
    # named twice: one agreement
    ("To approve the Memorandum of Understanding for the Barset Health Alliance. The Chief Executive will sign the "
     "Memorandum of Understanding for the Barset Health Alliance.",
     [("other", "new", ["Barset Health Alliance"])]),
])
def test_approved_memoranda_found(paragraph: str, expected: list[tuple[str, str, list[str]]]) -> None:
    got = _summary(paragraph)
    assert [(k, a, [p for p in parties if p in e[2]]) for (k, a, parties), e in zip(got, expected)] == expected
    assert len(got) == len(expected)


@pytest.mark.parametrize("paragraph", [
    # an option rejected is no decision
    "Option 2: Do not adopt the Memorandum of Understanding for the Barset Community Safety Partnership.",
    # an MoU merely mentioned, not approved
    "The Memorandum of Understanding for the Barset Community Safety Partnership was signed in 2019.",
    # a service, not a body, after 'for'
    "The Executive approved the Service Level Agreement for the Grounds Maintenance Service.",
])
def test_approved_memoranda_not_found(paragraph: str) -> None:
    assert _summary(paragraph) == []
