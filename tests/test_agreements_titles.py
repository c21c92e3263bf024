"""Agreements named by title or by a labelled s75 in decisions (named_contracts.py, s75 labels, unlisted NHS bodies):
invented sentences, whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_helpers import COUNCIL, COUNCIL_HEADER as HEADER, agreements_in, subject_summary

from extractors.agreements.actions import action_before
from extractors.agreements.sentences import split_sentences
from schemas import AgreementAction


Summary = tuple[str, str, str]  # kind, subject, action


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a bulleted list of titles under a decision to procure and award them: one agreement each, no party yet
    ("That Cabinet:\n1. Authorised the Director of Place to take all steps required to procure and award the "
     "contracts needed for a new\n• Street Lighting Maintenance Term Contract\n• Bridges and Structures Framework\n"
     "• Traffic Signals Professional Services contract in line with the budget set out in this report.",
     [("contract", "Street Lighting Maintenance Term Contract", "procure"),
      ("framework", "Bridges and Structures Framework", "procure"),
      ("contract", "Traffic Signals Professional Services contract", "procure")]),
    # the list after an award decision
    ("RESOLVED: That the Director be authorised to award the following contracts:\n- Winter Gritting Term Contract\n"
     "- Verge Cutting Term Contract",
     [("contract", "Winter Gritting Term Contract", "award"), ("contract", "Verge Cutting Term Contract", "award")]),
    # an increase in value of two named agreements, with the date it runs to
    ("That Cabinet:\n1. Authorised the Director of Place to increase the value of the Street Lighting Maintenance "
     "Term Contract and Bridges and Structures Framework until June 2026 as set out in this report.",
     [("contract", "Street Lighting Maintenance Term Contract (increase in value until June 2026)", "vary"),
      ("framework", "Bridges and Structures Framework (increase in value until June 2026)", "vary")]),
    # a page's purpose line restating the decision gives no second agreement
    ("To seek approval for an increase in value of the Winter Gritting Term Contract.\nThat Cabinet:\n1. Authorised "
     "the Director to increase the value of the Winter Gritting Term Contract until March 2027.",
     [("contract", "Winter Gritting Term Contract (increase in value until March 2027)", "vary")]),
    # works procured for a named project, the subject of a decision
    ("2. That the decision of 3 May 2025 (Procurement of Works for the Riverside Community Hub at Mill Lane) "
     "not be referred back to the decision-maker.",
     [("contract", "Procurement of Works for the Riverside Community Hub at Mill Lane", "procure")]),
])
def test_titles_a_decision_acts_on(paragraph: str, expected: list[Summary]) -> None:
    assert [subject_summary(a)[:3] for a in agreements_in(paragraph)] == expected


@pytest.mark.parametrize("paragraph", [
    # bullets under background prose, not a decision
    ("The service currently runs under three contracts:\n• Street Lighting Maintenance Term Contract\n"
     "• Bridges and Structures Framework"),
    # a bulleted list of titles under a decision that neither procures nor awards them
    "That Cabinet notes the performance of:\n• Street Lighting Maintenance Term Contract",
    # an increase in value described, not decided
    "Last year the value of the Winter Gritting Term Contract rose and the increase in value of the contract was met.",
    # procurement of works mentioned in background
    "The procurement of works for the Riverside Community Hub began in 2023.",
])
def test_titles_outside_decisions_give_nothing(paragraph: str) -> None:
    assert agreements_in(paragraph) == []


def test_labelled_s75_agreements_each_take_their_party_and_purpose() -> None:
    paragraph = ("RECOMMENDATION:\n\n– Cabinet approve the new Section 75 ‘Integrated Provision’ Agreement with Wessex "
                 "Community NHS Foundation Trust for Reablement Services\n– Cabinet approve the revised Section 75 "
                 "‘Pooled Fund’ Agreements with NHS Barchester Integrated Care Board for Community Equipment "
                 "Services, and Autism Support Services following their review.")
    found = [(a.subject, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
             for a in agreements_in(paragraph, HEADER)]
    assert found == [
        ("Reablement Services", "new", ["Wessex Community NHS Foundation Trust"]),
        ("Community Equipment Services", "vary", ["NHS Barchester Integrated Care Board"]),
        ("Autism Support Services", "vary", ["NHS Barchester Integrated Care Board"]),
    ]


@pytest.mark.parametrize(("paragraph", "party"), [
    # an NHS trust written only as an acronym ending in FT
    ("1. That the entering into of a new single s75 Agreement with WPFT from 1 April 2025 for up to five years "
     "to deliver the functions delegated to the Council be approved.", "WPFT"),
])
def test_an_nhs_body_the_organisations_missed_is_a_party(paragraph: str, party: str) -> None:
    agreements = agreements_in(paragraph, HEADER)
    assert [(a.kind.value, [p.name for p in a.parties if p.name != COUNCIL], a.start_date) for a in agreements] == [
        ("section_75", [party], date(2025, 4, 1))]


def test_an_unknown_capitalised_name_is_not_taken_as_a_party() -> None:
    paragraph = "1. That a new s75 Agreement with ABCD from 1 April 2025 be approved."
    assert all(p.name != "ABCD" for a in agreements_in(paragraph, HEADER) for p in a.parties)


def test_a_follow_on_plural_reference_dates_the_agreement() -> None:
    paragraph = ("The report sought approval to put in place a Section 75 Agreement with Wessex Partnership NHS "
                 "Foundation Trust for Mental Health. The intention was for the Agreements to commence on "
                 "1 June 2025 for a period of 3 years.")
    assert [a.start_date for a in agreements_in(paragraph, HEADER)] == [date(2025, 6, 1)]


def test_developing_a_section_75_is_a_new_agreement() -> None:
    paragraph = ("(1) approve the development of a Section 75 Agreement with NHS Barchester Integrated Care Board "
                 "for the commissioning of school nursing from 1 April 2025.")
    assert [(a.action.value, a.start_date) for a in agreements_in(paragraph, HEADER)] == [("new", date(2025, 4, 1))]


def test_a_sum_spent_from_a_grant_is_no_grant_agreement() -> None:
    paragraph = ("3. That investment of £1,250,000 per annum be approved, as follows:\n\n"
                 "• £1m from the Public Health Grant towards school nursing; and\n\n• £250,000 into youth services.")
    assert [a for a in agreements_in(paragraph, HEADER) if a.kind.value == "grant"] == []


def test_a_heading_naming_part_of_a_decided_service_is_that_service() -> None:
    paragraph = ("Home Care Contract Award\n\n1. Agreed to the award of contract(s) with supplier A for the delivery of "
                 "two services:\n\nService 1: The Integrated Adult Home Care Services which will run for five years.\n\n"
                 "Service 2: The Rural Home Care Outreach service for 2 years.")
    subjects = [a.subject for a in agreements_in(paragraph)]
    assert "Home Care" not in subjects
    assert subjects == ["Integrated Adult Home Care Services", "Rural Home Care Outreach service"]


@pytest.mark.parametrize(("text", "expected"), [
    ("– Cabinet approve the revised Section 75 ‘Pooled Fund’ Agreements", AgreementAction.VARY),
    ("Cabinet approve the new Section 75 Agreement", AgreementAction.NEW),
    ("The Board", None),
])
def test_action_before(text: str, expected: AgreementAction | None) -> None:
    assert action_before(text) == expected


def test_en_dash_bullets_are_separate_units() -> None:
    text = "as below:\n– Cabinet approve A\n– Cabinet approve B"
    units = [text[s:e].strip() for s, e in split_sentences(text)]
    assert units == ["as below:", "– Cabinet approve A", "– Cabinet approve B"]


def test_an_accountable_body_among_councils_is_an_inter_authority_agreement() -> None:
    paragraph = ("(2) That it be agreed that following the agreement of Wessex District Council (given on 3 March 2024) "
                 "and Barset Borough Council, Barchester City Council be the accountable body for the Rural Growth "
                 "Fund monies.")
    found = [(a.kind.value, a.subject, a.action.value, sorted(p.name for p in a.parties))
             for a in agreements_in(paragraph, HEADER)]
    assert ("inter_authority", "accountable body arrangements for Rural Growth Fund monies", "new",
            sorted([COUNCIL, "Wessex District Council", "Barset Borough Council"])) in found


@pytest.mark.parametrize("paragraph", [
    # one council accountable for its own funding
    "(2) That Barchester City Council be the accountable body for the Rural Growth Fund monies.",
    # background, not a decision
    ("Wessex District Council and Barset Borough Council noted in 2019 that Barchester City Council was the "
     "accountable body for the Rural Growth Fund."),
])
def test_no_accountable_body_agreement_without_partners_or_decision(paragraph: str) -> None:
    assert all(a.kind.value != "inter_authority" for a in agreements_in(paragraph, HEADER))
