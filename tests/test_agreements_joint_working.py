"""Collaboration, co-operation, shared-services and s101/s113 agreements with a named body: invented sentences."""

from __future__ import annotations

import pytest
from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in


def _summary(paragraph: str) -> list[tuple[str, str, list[str]]]:
    """Kind, action and parties other than the council of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, COUNCIL_HEADER)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # an NHS trust's co-operation agreement "held with", extended: between public bodies
    ("The Director of Public Health has approved a 9-month extension of the existing Co-operation agreement held "
     "with Wessex Community Healthcare NHS Trust from 1 July 2022 to 31 March 2023.",
     [("inter_authority", "extend", ["Wessex Community Healthcare NHS Trust"])]),
    # two councils sharing a service
    ("Cabinet approved the redrafted shared services agreement with Barset District Council for signing.",
     [("inter_authority", "new", ["Barset District Council"])]),
    # a company is no authority: an agreement of its own kind
    ("Members approved a collaboration agreement with Wessex Leisure Ltd to deliver the healthy weight service.",
     [("other", "new", ["Wessex Leisure Ltd"])]),
])
def test_joint_working_agreements_found(paragraph: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _summary(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # a state of affairs told in minutes, nothing done to it
    "It was reported that the Council had a shared service agreement in place with Barset District Council to "
    "provide a home improvement agency service.",
    # no body named: too vague to tell from any other
    "Officers will explore whether a collaboration agreement could support the healthy weight service.",
])
def test_joint_working_agreements_not_found(paragraph: str) -> None:
    assert _summary(paragraph) == []


def test_joint_working_agreement_in_a_section_75_paper_is_that_agreement() -> None:
    paragraph = ("Cabinet approved the Section 75 agreement with NHS Barset Integrated Care Board for the Better Care "
                 "Fund. The joint working agreement with NHS Barset Integrated Care Board runs to 31 March 2025.")
    assert [kind for kind, _, _ in _summary(paragraph)] == ["section_75"]
