"""Agreement terms and identity on invented paragraphs: periods given 'between' two days, a variation's
effective day, and a Better Care Fund that a section 75 agreement is expressly for (one agreement, not two)."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_helpers import COUNCIL, PartySummary, agreements_in, party_summary

HEADER = f"{COUNCIL}\nHealth and Wellbeing Board\n12 March 2024\n\n"
ICB = "NHS Wessex Integrated Care Board"
TRUST = "Wessex Partnership NHS Foundation Trust"
PROVIDER = "Wessex Care Services Limited"

TERMS: list[tuple[str, list[PartySummary]]] = [
    # a term stated as "between <day> and <day>"
    ("RESOLVED: That the Council enters into a contract with Wessex Care Services Limited for home support for "
     "the period between 1 October 2024 and 30 September 2026.",
     [("contract", PROVIDER, "new", date(2024, 10, 1), date(2026, 9, 30))]),
    ("The Cabinet approved the award of a contract to Wessex Care Services Limited for reablement services "
     "between 1st July 2025 and 30th June 2027.",
     [("contract", PROVIDER, "new", date(2025, 7, 1), date(2027, 6, 30))]),
    # a variation decided with its effective day: that day is the start
    ("RESOLVED: That the Toddler Feeding Service be transferred into the existing Section 75 Partnership "
     "Agreement with Wessex Partnership NHS Foundation Trust with effect from 1 October 2024.",
     [("section_75", TRUST, "vary", date(2024, 10, 1), None)]),
    ("RESOLVED: That the existing contract with Wessex Care Services Limited be varied to add a night sitting "
     "service from 1 January 2025.",
     [("contract", PROVIDER, "vary", date(2025, 1, 1), None)]),
    # services handed to a provider under its running contract: a variation of that contract
    ("RESOLVED: That Cabinet agreed the transfer of the blue badge assessment and concessionary travel "
     "processes to Wessex Care Services Limited from 1 June 2024 as part of its Corporate Support Services "
     "contract.",
     [("contract", "", "vary", date(2024, 6, 1), None)]),
    # a variation told as history: its day is not decided by this paper
    ("The existing contract with Wessex Care Services Limited was varied in 2019 to add a night sitting service "
     "from 1 January 2020.",
     [("contract", PROVIDER, "vary", None, None)]),
]

BACKGROUND_CONTRACTS: list[tuple[str, list[PartySummary]]] = [
    # a contract named only to say when something else happens
    ("The Clerk reported that Fenland Lighting Limited had agreed to hold its price for street light maintenance "
     "until April 2026, when our contract with Wessex Care Services Limited comes to an end.", []),
    ("Members noted that the new mower will be bought after the current contract with Wessex Care Services "
     "Limited expires.", []),
    # the contract's own end, reported as news: the minutes note it
    ("The Clerk reported that our contract with Wessex Care Services Limited for street light maintenance comes "
     "to an end in April 2026 and quotes will be sought.",
     [("contract", PROVIDER, "note", None, None)]),
]

GRANT_PARTS: list[tuple[str, list[PartySummary]]] = [
    # "the Terms and Conditions of the Grant" names a part of the grant dealt with elsewhere, not another grant
    ("RESOLVED: (1) That authority be delegated to the Chief Executive to accept the offer of funding, subject to "
     "the detailed Terms and Conditions of the Grant. (2) That the Chief Executive secure the formal draw down of "
     "the grant funding from the Department for Education.",
     [("grant", "Department for Education", "delegate", None, None)]),
    ("RESOLVED: That the Council accepts the Rural Roads Resilience Grant of £250,000 from the Department for "
     "Transport.",
     [("grant", "Department for Transport", "new", None, None)]),
]

BCF_OF_S75: list[tuple[str, list[PartySummary]]] = [
    # the section 75 agreement is for the BCF: the fund is that agreement
    ("RESOLVED: That the Director be authorised to finalise and enter into the Section 75 Agreement for Better "
     "Care Funded Services between the Council and NHS Wessex Integrated Care Board. The Better Care Fund "
     "requires councils and NHS bodies to pool budgets.",
     [("section_75", ICB, "new", None, None)]),
    ("The Board approved the Barchester Better Care Fund Plan 2024-25. RESOLVED: That the Council enters into a "
     "partnership agreement under Section 75 of the NHS Act 2006 with NHS Wessex Integrated Care Board to "
     "support the delivery of the Barchester Better Care Fund Plan 2024-25.",
     [("section_75", ICB, "new", None, None)]),
    ("The Board is asked to approve the Better Care Fund (BCF) 2024-25 Submission. RESOLVED: That the Director "
     "enters into a Section 75 Partnership Agreement with NHS Wessex Integrated Care Board for the commissioning "
     "of care services from the Barchester Better Care Fund.",
     [("section_75", ICB, "new", None, None)]),
    ("Financial Arrangements for Barchester's Better Care Fund 2022-23 Programme (Section 75). The Mayor in Cabinet "
     "is recommended to agree to the Council entering into a joint agreement with NHS Wessex Integrated Care Board, "
     "under Section 75 of the NHS Act 2006, to give formal (retrospective) effect to the 2022-23 Better Care Fund "
     "Plan and approve the draft Section 75 agreement.",
     [("section_75", ICB, "new", None, None)]),
    # the section 75 agreement covers other pools: the BCF plan stays an agreement of its own
    ("RESOLVED: That the Board approves the Better Care Fund Plan 2024-25 and notes that the Section 75 "
     "agreement between the Council and NHS Wessex Integrated Care Board, which covers learning disability and "
     "mental health pooled budgets, will be renewed.",
     [("better_care_fund", ICB, "new", None, None), ("section_75", ICB, "renew", None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TERMS, ids=[p[:50] for p, _ in TERMS])
def test_agreement_term_is_read_from_its_sentence(paragraph: str, expected: list[PartySummary]) -> None:
    assert sorted(party_summary(a) for a in agreements_in(paragraph, HEADER)) == sorted(expected)


@pytest.mark.parametrize(("paragraph", "expected"), BCF_OF_S75, ids=[p[:50] for p, _ in BCF_OF_S75])
def test_bcf_that_a_section_75_is_for_is_that_agreement(paragraph: str, expected: list[PartySummary]) -> None:
    assert sorted(party_summary(a) for a in agreements_in(paragraph, HEADER)) == sorted(expected)


def test_one_body_written_with_and_without_and_is_one_party() -> None:
    paragraph = ("This consultation sets out a proposal for a partnership agreement between the Council and Wessex "
                 "and District NHS Foundation Trust for the delivery of the school nursing service. The Council and "
                 "Wessex District NHS Foundation Trust will enter into a partnership agreement under Section 75 of "
                 "the National Health Service Act 2006.")
    found = agreements_in(paragraph, HEADER)
    assert [a.kind.value for a in found] == ["section_75"]
    assert len([p for p in found[0].parties if p.name != COUNCIL]) == 1


@pytest.mark.parametrize(("paragraph", "expected"), BACKGROUND_CONTRACTS, ids=[p[:50] for p, _ in BACKGROUND_CONTRACTS])
def test_contract_named_only_to_date_something_else_is_background(paragraph: str, expected: list[PartySummary]) -> None:
    assert sorted(party_summary(a) for a in agreements_in(paragraph, HEADER)) == sorted(expected)


@pytest.mark.parametrize(("paragraph", "expected"), GRANT_PARTS, ids=[p[:50] for p, _ in GRANT_PARTS])
def test_part_of_a_grant_is_not_a_grant_of_its_own(paragraph: str, expected: list[PartySummary]) -> None:
    assert sorted(party_summary(a) for a in agreements_in(paragraph, HEADER)) == sorted(expected)


def test_item_of_a_delegation_without_its_own_verb_is_delegated() -> None:
    paragraph = ("RESOLVED:\n\n(1) That authority be delegated to the Chief Executive, in consultation with the Leader, "
                 "to:\n\n(i) secure the formal draw down of the grant funding from the Department for Education; "
                 "and\n\n(ii) allocate the funding in line with the submitted bid.")
    found = [party_summary(a) for a in agreements_in(paragraph, HEADER)]
    assert found == [("grant", "Department for Education", "delegate", None, None)]
