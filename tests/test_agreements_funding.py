"""Grants accepted or received from named bodies, MoUs, contracts between 'the Council' and a provider, and
delegated powers (grants.py, mentions.py, reader.py, actions.py): invented sentences, whole pipeline."""

from __future__ import annotations

import pytest
from agreement_helpers import COUNCIL_HEADER, DECISION_PAGE, RoleSummary, agreements_in, role_summary


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
def test_accepted_funding_is_a_grant_received(paragraph: str, expected: list[RoleSummary]) -> None:
    assert [role_summary(a) for a in agreements_in(paragraph)] == expected


@pytest.mark.parametrize("paragraph", [
    # accepting a recommendation or a report is no grant
    "RESOLVED: That the Cabinet accepts the recommendations from the Department for Education review.",
    # funding accepted in the past, told as background, decides nothing
    "In 2019 the Council accepted funding from the Department for Education for a pilot.",
    # an MoU governing a grant is that grant's terms, and 'mou' in lower case is not one
    "To accept the grant the Council must sign a memorandum of understanding with the Department for Education.",
])
def test_no_grant_without_an_accepting_decision(paragraph: str) -> None:
    assert [a.kind.value for a in agreements_in(paragraph) if a.kind.value in {"grant", "other"}] == []


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
    found = agreements_in(paragraph, COUNCIL_HEADER)
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
def test_other_side_after_between_the_council(paragraph: str, expected: list[RoleSummary]) -> None:
    assert [role_summary(a) for a in agreements_in(paragraph, COUNCIL_HEADER)] == expected


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
    assert [a.action.value for a in agreements_in(paragraph, COUNCIL_HEADER)] == [action]


@pytest.mark.parametrize(("paragraph", "header", "expected"), [
    # a grant agreement the council enters with a community body: the body is the one it pays
    ("1. To enter into a grant agreement with Barchester Youth Trust for a two year period. The grant agreement "
     "is for £90,000.", DECISION_PAGE, [("grant", "new", [("Barchester Youth Trust", "recipient")])]),
    # a funding agreement agreed with an NHS body: the NHS body pays the council
    ("Decision:\n\n• To authorise the Cabinet Member for Housing to agree the funding agreement with NHS Wessex "
     "Integrated Care Board whereby a grant payment of £80k will be paid to the Council.", DECISION_PAGE,
     [("grant", "new", [("NHS Wessex Integrated Care Board", "grantor")])]),
    # a company as the other side of the council's grant agreement
    ("RESOLVED: That Cabinet approves the grant agreement with Barchester Community Energy Ltd for the solar "
     "schools project.", COUNCIL_HEADER, [("grant", "new", [("Barchester Community Energy Ltd", "recipient")])]),
])
def test_grant_and_funding_agreements_with_a_named_body(paragraph: str, header: str, expected: list[RoleSummary]) -> None:
    assert [role_summary(a) for a in agreements_in(paragraph, header)] == expected


@pytest.mark.parametrize("paragraph", [
    # a s75 written as a 'funding agreement' is the partnership agreement, never a grant
    "The Leader introduced the report on the Section 75 funding agreement (2024-25) between Barchester City "
    "Council and NHS Wessex Integrated Care Board.",
    # a grant agreement with no body named is only some grant's terms
    "The grant agreement sets out the conditions of use and the monitoring the Council must carry out.",
    # a title naming agreements of their own is never the name of a grant written after it
    "2. Approve the allocation of the public health grant to wider council services and the governance "
    "arrangements (including directorate Service Level Agreements) to provide assurance that the grant "
    "allocations deliver outcomes.",
])
def test_no_grant_from_other_agreements_words(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"] == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    # an offer accepted in a decision list, its giver written before it
    ("Cabinet is asked to approve the following:\n\na) Accept the Department for Education funding offer of £40,000 "
     "for the Holiday Activities Project.",
     [("grant", "new", [("Department for Education", "grantor")])]),
])
def test_offer_accepted_from_the_body_named_before_it(paragraph: str, expected: list[RoleSummary]) -> None:
    assert [role_summary(a) for a in agreements_in(paragraph, COUNCIL_HEADER)] == expected


@pytest.mark.parametrize("paragraph", [
    # an offer told as history is no decision
    "In 2022 the Council accepted the Department for Education funding offer for a pilot.",
    # an offer the council declines is not accepted
    "RESOLVED: That the Department for Education funding offer be reviewed next year.",
])
def test_no_offer_without_an_accepting_decision(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"] == []
