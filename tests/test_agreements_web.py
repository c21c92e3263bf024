"""Agreement rules for ModernGov-style web texts (decision pages, minutes): invented sentences, whole pipeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from agreement_helpers import COUNCIL, COUNCIL_HEADER as HEADER, PartySummary, agreements_in, party_summary


ICB = "NHS Wessex Integrated Care Board"
TRUST = "Wessex Partnership NHS Foundation Trust"

Expected = PartySummary


@pytest.mark.parametrize(("paragraph", "expected"), [
    # "notice be given" on an agreement ends it
    ("RESOLVED:\na) That Cabinet approved that notice be given on the current Section 75 agreement with "
     "Wessex Partnership NHS Foundation Trust for learning disability nursing.",
     ("section_75", TRUST, "terminate", None, None)),
    # "enter a S75 Agreement" (without "into") creates one
    ("Resolved - that the Director of Law be authorised to enter a S75 Agreement with NHS Wessex Integrated Care "
     "Board for 2024/25.",
     ("section_75", ICB, "new", None, None)),
    # "enter in to" and negotiating the terms of an agreement create it; "any variations" varies nothing now
    ("That the Executive Director be authorised to negotiate and finalise the terms for the Section 75 Agreement "
     "for Joint Equipment Services with NHS Wessex Integrated Care Board, and appropriate terms for any variations "
     "to it, to enable the Council to enter in to the agreement.",
     ("section_75", ICB, "new", None, None)),
    # "continuation of the pooled fund arrangement" renews it
    ("Resolved - that the continuation of the section 75 pooled fund arrangement between the Council and NHS Wessex "
     "Integrated Care Board for 2024/25 be approved.",
     ("section_75", ICB, "renew", None, None)),
    # an extension's own start stated in the decision
    ("That the section 75 agreement with NHS Wessex Integrated Care Board be extended from 1 April 2024 to "
     "31 March 2025.",
     ("section_75", ICB, "extend", date(2024, 4, 1), date(2025, 3, 31))),
])
def test_decision_wording_sets_action_and_dates(paragraph: str, expected: Expected) -> None:
    assert [party_summary(a) for a in agreements_in(paragraph, HEADER)] == [expected]


def test_a_contract_takes_the_provider_the_paper_says_delivers_its_service() -> None:
    paragraph = ("The Community Falls Prevention Service is currently provided by Wessex Partnership NHS Foundation "
                 "Trust under a contract ending on 31 March 2024.\n\nDecision Made:\n\nThat the Director be granted delegated authority "
                 "to activate the first 12-month extension of the Community Falls Prevention Service contract, and "
                 "that the extension be activated on 1 April 2024.")
    assert [party_summary(a) for a in agreements_in(paragraph, HEADER)] == [
        ("contract", TRUST, "extend", date(2024, 4, 1), None)]


def test_award_of_a_named_service_to_a_named_provider_is_a_contract() -> None:
    paragraph = ("To consider the report seeking approval for the award of the Young Carers Support Service to "
                 "Wessex Partnership NHS Foundation Trust for three years.")
    found = agreements_in(paragraph, HEADER)
    assert [(a.kind.value, a.subject, [p.name for p in a.parties][1:]) for a in found] == [
        ("contract", "Young Carers Support Service", [TRUST])]


@pytest.mark.parametrize(("paragraph", "kind", "value"), [
    ("The Cabinet Member noted that NHS Wessex Integrated Care Board intended to make a grant of £1.25 million to "
     "the council for winter discharge schemes using its powers under section 256 of the NHS Act 2006.",
     "other", Decimal("1250000")),
])
def test_a_section_256_grant_from_an_nhs_body_is_an_agreement(paragraph: str, kind: str, value: Decimal) -> None:
    found = agreements_in(paragraph, HEADER)
    assert [(a.kind.value, a.values_gbp) for a in found] == [(kind, (value,))]
    assert ICB in [p.name for p in found[0].parties]


def test_a_section_256_agreement_with_a_named_body_is_an_agreement() -> None:
    paragraph = ("(ii) To delegate authority to the Director of People to enter into a Section 256 agreement with "
                 "NHS Wessex Integrated Care Board for the period of the carers contract.")
    found = agreements_in(paragraph, HEADER)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties][1:]) for a in found] == [
        ("other", "new", [ICB])]


@pytest.mark.parametrize("paragraph", [
    # a title's verb or qualifier is no subject, and a place-named BCF without parties is nobody's
    "Authorisation to Enter Section 75 Partnership Agreement - Better Care Fund\n\nThe Barsetshire Better Care Fund "
    "had been in operation since 2015/16.",
    # money named as the source of other spending is no grant agreement
    "The total value of the payments is £120,000, funded from the ringfenced Public Health grant.",
    # "Grant delegated authority" is a verb
    "Grant delegated authority to the Director of Adult Services to draw down the allocation.",
    # another body's approval of the BCF plan is not the paper's
    "The grant can be spent in advance of final NHS England approval of the Barsetshire Better Care Fund Plan.",
])
def test_no_agreement_from_junk(paragraph: str) -> None:
    found = agreements_in(paragraph, header="Cabinet\n12 March 2024\n\n")
    assert [(a.kind.value, a.subject) for a in found] == []


def test_the_improved_better_care_fund_is_the_grant_not_a_second_pool() -> None:
    paragraph = ("The Executive considered an update on the Improved Better Care Fund (IBCF). Barchester City Council "
                 "was awarded an IBCF grant of £2.1M in 2017/18. The IBCF grant will fund reablement.")
    found = agreements_in(paragraph, HEADER)
    assert [a.kind.value for a in found] == ["grant"]


def test_closed_row_values_use_the_money_parser_scales() -> None:
    from extractors.money import find_amounts

    assert [f.value for f in find_amounts("Acme Ltd\t£1.2m\tHome care")] == [Decimal("1200000")]


def test_a_section_75_pooled_fund_for_the_better_care_fund_is_one_agreement() -> None:
    paragraph = ("Issue - meetings\nBetter Care Fund and the Pooled Budget\nMeeting: 13/01/2015 - Cabinet (Item 6)\n"
                 "This report explained that as part of the governance arrangements for the Better Care Fund (BCF) a "
                 "pooled budget was required in accordance with Section 75 of the Health and Social Care Act.\n"
                 "The recommendation was to delegate authority to officers to produce and finalise the agreement with "
                 "the Northby Clinical Commissioning Group (CCG).\n"
                 "The Cabinet agreed that the s75 Pooled Fund for the Better Care Fund be hosted by Northby Council.\n"
                 "The Cabinet:\na) approved the draft Heads of Terms, as set out in Appendix 2 to the report and;\n"
                 "b) delegated authority to the Director of Adults Services to finalise the agreement.\n")
    found = agreements_in(paragraph, "")
    assert [a.kind.value for a in found] == ["section_75"]


SLA_PAGE = ("Issue - meetings\nMeeting: 20/05/2022 - Cabinet (Item 11)\n"
            "11 Barchester Advice Trust: Service Level Agreement 2022/23 pdf icon PDF 318 KB\n"
            "Decision:\nRESOLVED that -\na)  Barchester City Council enters into a Service Level Agreement with "
            "Barchester Advice Trust for a further year from 1st April 2022; and\nb)  the Assistant Director be "
            "authorised to sign it.\nMinutes:\nMembers were aware that Barchester City Council had provided grant "
            "funding to Barchester Advice Trust for a number of years.\n")


def test_a_minuted_document_takes_its_other_party_from_the_decision_and_drops_the_link_text() -> None:
    # the title's document and the decision's approval are one agreement, recorded once
    sla = [a for a in agreements_in(SLA_PAGE, HEADER) if a.kind.value == "other"]
    assert [([p.name for p in a.parties], a.action.value, a.start_date) for a in sla] == [
        ([COUNCIL, "Barchester Advice Trust"], "new", date(2022, 4, 1))]
    assert "pdf icon" not in sla[0].subject and sla[0].subject.startswith("Service Level Agreement with Barchester")


def test_grant_funding_to_a_body_is_paid_to_it() -> None:
    grants = [a for a in agreements_in(SLA_PAGE, HEADER) if a.kind.value == "grant"]
    assert [[(p.name, p.role.value) for p in a.parties] for a in grants] == [
        [(COUNCIL, "grantor"), ("Barchester Advice Trust", "recipient")]]


def test_an_aside_between_the_contract_and_its_provider_is_read_past() -> None:
    paragraph = ("Decision:\nRESOLVED: That\n(1) the extension of the current leisure contract (with the London Boroughs "
                 "of Brent and Ealing) with Northby Leisure Ltd for 1 year until 31 March 2024 be approved;\n")
    found = agreements_in(paragraph, "")
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("contract", "extend", ["Northby Leisure Ltd"])]


MINUTED_EXTENSION = (
    "3. Supplementary Substance Misuse Service\n"
    "Officers confirmed that funding was received via the Department for Levelling Up, Housing and Communities "
    "grants as part of a national strategy.\n"
    "In response to a question, the Head of Public Health explained that the grants would be extended.\n"
    "RESOLVED: to approve the contract extension for the Supplementary Substance Misuse Service, provided by "
    "Turning Point, for a period of 3 years.\n")


@pytest.mark.parametrize("paragraph", [
    MINUTED_EXTENSION,
    "Risk: the capital budget is fixed while the funding sources (Council borrowing, Department for Transport "
    "grant) remain the same.\n",
])
def test_a_grant_named_only_as_a_source_of_money_or_in_an_officers_answer_is_background(paragraph: str) -> None:
    assert [a.kind.value for a in agreements_in(paragraph, HEADER)] == (
        ["contract"] if paragraph is MINUTED_EXTENSION else [])


def test_a_grant_an_officer_tells_of_is_kept_when_the_meeting_decides_on_it() -> None:
    paragraph = ("Officers confirmed that the Department for Education grant of £2m had been offered.\n"
                 "RESOLVED: to accept the Department for Education grant of £2m.\n")
    assert [a.kind.value for a in agreements_in(paragraph, HEADER)] == ["grant"]


def test_a_contract_restated_before_its_decision_is_one_agreement_with_the_decision_s_subject() -> None:
    paragraph = ("The Lead Member is also asked to award an 18 month contract to Northby Foundation for the delivery "
                 "of the Women's Project support service. I, Councillor A Smith, Lead Member, do hereby approve the "
                 "Award an 18 month contract, to Northby Foundation for the delivery of the Women's Project from 1 "
                 "October 2010 to 31 March 2012.\n")
    found = [(a.kind.value, a.subject, a.start_date) for a in agreements_in(paragraph, HEADER)]
    assert len(found) == 1 and found[0][0] == "contract" and "Women's Project" in found[0][1]


def test_two_grants_of_different_sums_to_one_body_stay_two() -> None:
    paragraph = ("RESOLVED:\n(1) a grant of £500 be made to Northby Scouts for the hut roof;\n"
                 "(2) a grant of £1,200 be made to Northby Scouts for camping equipment.\n")
    assert len([a for a in agreements_in(paragraph, HEADER) if a.kind.value == "grant"]) == 2


def test_two_names_the_table_gives_one_council_are_one_party() -> None:
    paragraph = ("Decision:\n1. To approve expanding the current Section 75 agreement between Tower Hamlets Council and "
                 "NHS Tower Hamlets Clinical Commissioning Group, London Borough of Tower Hamlets, from 1 April 2020.\n")
    # the paper calls itself "Tower Hamlets Council", an alias of the table's "London Borough of Tower Hamlets"
    found = [a for a in agreements_in(paragraph, "Tower Hamlets Council\n\nCabinet\n\n") if a.kind.value == "section_75"]
    assert [sorted(p.name for p in a.parties) for a in found] == [
        ["NHS Tower Hamlets Clinical Commissioning Group", "Tower Hamlets Council"]]
