"""Grants accepted or received from named bodies, MoUs, contracts between 'the Council' and a provider, and
delegated powers (grants.py, mentions.py, reader.py, actions.py): invented sentences, whole pipeline."""

from __future__ import annotations

import pytest

from extractors.doctext import DocText
from extractors.document import extract_document
from schemas import Agreement

# A decision page that names no council, and a paper whose header does.
PAGE = "Decision details\n\nDecision Maker: Cabinet\n\n"
COUNCIL_HEADER = "Barchester City Council\nCabinet\n12 March 2024\n\n"

Summary = tuple[str, str, list[tuple[str, str]]]  # kind, action, (party, role) other than the issuing body


def _agreements(paragraph: str, header: str = PAGE) -> list[Agreement]:
    """The agreements the whole pipeline finds in a page holding this paragraph."""
    doc = DocText.from_pages("0" * 64, [header + paragraph])
    return list(extract_document(doc).agreements)


def _summary(agreement: Agreement) -> Summary:
    """Kind, action and the parties other than Barchester City Council, with their roles."""
    parties = [(p.name, p.role.value) for p in agreement.parties if "Barchester" not in p.name]
    return agreement.kind.value, agreement.action.value, parties


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a decision accepting funding from a named NHS body: a grant received, new
    ("The Cabinet agreed the following:\n(a) agrees to the acceptance of £90,000 funding from NHS Wessex Integrated "
     "Care Board for the warm homes project in accordance with the draft agreement;",
     [("grant", "new", [("NHS Wessex Integrated Care Board", "grantor")])]),
    # accepting a programme's funding from a government department
    ("For the reasons set out in the report the Leader AGREED:\n\n1.1 to accept the funding for the Healthy Start "
     "programme from the Department for Education for £500,000 for the financial year 2025-26.",
     [("grant", "new", [("Department for Education", "grantor")])]),
])
def test_accepted_funding_is_a_grant_received(paragraph: str, expected: list[Summary]) -> None:
    assert [_summary(a) for a in _agreements(paragraph)] == expected


@pytest.mark.parametrize("paragraph", [
    # accepting a recommendation or a report is no grant
    "RESOLVED: That the Cabinet accepts the recommendations from the Department for Education review.",
    # funding accepted in the past, told as background, decides nothing
    "In 2019 the Council accepted funding from the Department for Education for a pilot.",
    # an MoU governing a grant is that grant's terms, and 'mou' in lower case is not one
    "To accept the grant the Council must sign a memorandum of understanding with the Department for Education.",
])
def test_no_grant_without_an_accepting_decision(paragraph: str) -> None:
    assert [a.kind.value for a in _agreements(paragraph) if a.kind.value in {"grant", "other"}] == []


@pytest.mark.parametrize(("paragraph", "grantor"), [
    # the grantor written after the grant
    ("Cabinet considered the planned spending of the ring-fenced Healthy Lives grants provided by the Department "
     "of Health and Social Care for 2025/26.", "Department of Health and Social Care"),
    # the grantor written just before the word 'grant' ('as required by X grant conditions')
    ("Resolved:\n\n(1) That the Director of Public Health be authorised to distribute the Healthy Lives Recovery "
     "Grant as required by Office for Health Improvement and Disparities (OHID) grant conditions.",
     "Office for Health Improvement and Disparities"),
])
def test_grantor_named_around_the_grant(paragraph: str, grantor: str) -> None:
    found = _agreements(paragraph, COUNCIL_HEADER)
    assert len(found) == 1 and found[0].kind.value == "grant"
    assert (grantor, "grantor") in [(p.name, p.role.value) for p in found[0].parties]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # 'between the Council and X': the other side is the provider
    ("RESOLVED: That Cabinet agree to vary the contract between the Council and Wessex Partnership NHS Foundation "
     "Trust for the delivery of the stop smoking service.",
     [("contract", "vary", [("Wessex Partnership NHS Foundation Trust", "provider")])]),
    # an MoU between the council and 'the ICB' (the one the paper names)
    ("The report set out the relationship with NHS Wessex Integrated Care Board. The Director explained the "
     "interim memorandum of understanding (MOU) between the council and the ICB.",
     [("other", "note", [("NHS Wessex Integrated Care Board", "partner")])]),
])
def test_other_side_after_between_the_council(paragraph: str, expected: list[Summary]) -> None:
    assert [_summary(a) for a in _agreements(paragraph, COUNCIL_HEADER)] == expected


@pytest.mark.parametrize(("paragraph", "action"), [
    # a power to extend handed to an officer is a delegation, not an extension decided now
    ("DECISION: The Cabinet agreed to:\n1. Delegate authority to extend the Section 75 Agreement with NHS Wessex "
     "Integrated Care Board beyond 2024-25 to the Director of Adult Social Care.", "delegate"),
    # sign-off delegated with many words before 'to the Director'
    ("DECISION: The Cabinet agreed to:\n1. Delegate final amendment and formal sign-off of the Section 75 Agreement "
     "between the Council and NHS Wessex Integrated Care Board to the Director of Adult Social Care.", "delegate"),
    # an officer authorised to extend still extends
    ("RESOLVED: That the Director be authorised to extend the Section 75 Agreement with NHS Wessex Integrated Care "
     "Board for one year.", "extend"),
])
def test_delegated_powers(paragraph: str, action: str) -> None:
    assert [a.action.value for a in _agreements(paragraph, COUNCIL_HEADER)] == [action]
