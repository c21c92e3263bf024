"""Session 5c agreement rules (decided_awards.py): a contract awarded to a named supplier in a decision item, a
contractor appointed, a grant given or received, an agency agreement with another council, and the decision items
a decision page or a list of resolutions writes without a deciding verb of their own."""

from __future__ import annotations

from datetime import date

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, DECISION_PAGE, agreements_in

Found = list[tuple[str, str, list[str]]]  # kind, action, parties other than the council


def _summary(paragraph: str, header: str = COUNCIL_HEADER) -> Found:
    """Kind, action and other parties of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, header)]


# -- a contract awarded to a named supplier ------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "subject", "party"), [
    ("Decision status: Recommendations Approved\n\nTo award a two-year contract to the supplier Kestrel for the "
     "provision of telephony services across the Council.\n\nThe value of the contract is £84,000.\n",
     "two-year contract for the provision of telephony services across the Council", "Kestrel"),
    ("Decision:\n\nTo approve the award of the street cleansing contract to ‘Bidder C’ as the most economically "
     "advantageous tender;\n",
     "street cleansing contract", "Bidder C"),
    ("RESOLVED: That the Cabinet approves the award of a five-year vehicle hire contract to Northgate Fleet Ltd.\n",
     "five-year vehicle hire contract", "Northgate Fleet Ltd"),
])
def test_a_contract_awarded_to_a_named_supplier(paragraph: str, subject: str, party: str) -> None:
    found = [a for a in agreements_in(paragraph, DECISION_PAGE) if a.kind.value == "contract"]
    assert [(a.action.value, a.subject) for a in found] == [("award", subject)]
    assert party in [p.name.rstrip(".") for p in found[0].parties]


@pytest.mark.parametrize("paragraph", [
    # History, not a decision.
    "In 2019 the Council chose to award a two-year contract to the supplier Kestrel for the provision of "
    "telephony services.\n",
    # A bare 'To award' paragraph on a page with no decision fields: an option discussed, not decided.
    "Options considered\n\nTo award a two-year contract to the supplier Kestrel for the provision of telephony "
    "services would cost more.\n",
])
def test_a_contract_award_outside_a_decision_is_not_read(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "contract"] == []


def test_a_contract_awards_term_is_read_where_the_minutes_restate_it() -> None:
    paragraph = ("Decision:\n\nTo approve the award of the building cleaning contract to ‘Bidder C’;\n\n"
                 "The Executive Member submitted a report to agree the award of the building cleaning contract for "
                 "a term of five years from 1 April 2021, with the option to extend for two years.\n")
    found = [a for a in agreements_in(paragraph, DECISION_PAGE) if a.kind.value == "contract"]
    assert [(a.action.value, a.start_date) for a in found] == [("award", date(2021, 4, 1))]


# -- a contractor appointed --------------------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "party"), [
    ("Decision:\n\nTo approve the appointment of the Principal Contractor ‘Brockley Build Ltd’ to refurbish the "
     "library roof.\n", "Brockley Build Ltd"),
    ("RESOLVED: That the Council appoint Harbour Property Services as Managing Agent for the market hall.\n",
     "Harbour Property Services"),
])
def test_a_contractor_appointed_is_a_contract_awarded(paragraph: str, party: str) -> None:
    found = agreements_in(paragraph, DECISION_PAGE)
    assert [(a.kind.value, a.action.value) for a in found] == [("contract", "award")]
    assert party in [p.name.rstrip(".") for p in found[0].parties]


@pytest.mark.parametrize("paragraph", [
    # A person appointed to a post is no contract.
    "RESOLVED: That the Council appoint Councillor Jane Hale as Lead Partner for the twinning association.\n",
    # A name that is not an organisation by its form.
    "RESOLVED: That the Council appoint Robert Lane as Managing Agent for the market hall.\n",
])
def test_a_person_appointed_is_no_contract(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, DECISION_PAGE) if a.kind.value == "contract"] == []


# -- grants given and received ------------------------------------------------------------------------

def test_a_grant_donated_by_resolution_is_a_grant_awarded() -> None:
    paragraph = ("6. Village hall\nResolved, proposed by Cllr Hale, seconded by Cllr Moss, that a grant of £350 be "
                 "donated to the Little Ashby village hall roof fund. Unanimously agreed.\n")
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, a.subject) for a in found] == [
        ("grant", "award", "grant of £350 to Little Ashby village hall roof fund")]


def test_a_grant_mentioned_in_passing_is_not_awarded() -> None:
    paragraph = "Last year a grant of £350 was donated to the village hall roof fund by a local benefactor.\n"
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"] == []


@pytest.mark.parametrize(("paragraph", "header", "expected"), [
    # The grantor named in the sentence.
    ("A further grant of £2.5m has recently been provided to the Council by the Department for Education to "
     "continue the holiday activities programme.\n", COUNCIL_HEADER,
     [("grant", "note", ["Department for Education"])]),
    # No grantor in the sentence and no council named: a department the paper names elsewhere is not taken as
    # the grantor (it may be any department), so there is no party to tell this grant from any other.
    ("Decision:\n\n1. That the Head of Economy submit monitoring reports to the Department for Business and Trade."
     "\n\nMinutes:\n\nA conditional allocation has been awarded to the Council of £2M for the three years.\n",
     DECISION_PAGE, []),
])
def test_a_grant_the_council_has_been_given(paragraph: str, header: str, expected: Found) -> None:
    assert [s for s in _summary(paragraph, header) if s[0] == "grant"] == expected


@pytest.mark.parametrize(("paragraph", "header"), [
    # A grant another body received.
    ("A grant of £40,000 has been awarded to Ashby Community Trust by the National Lottery.\n", COUNCIL_HEADER),
    # A grant to an unnamed council from an unnamed grantor: nothing tells it from any other.
    ("Minutes:\n\nA conditional allocation has been awarded to the Council of £2M.\n", DECISION_PAGE),
])
def test_a_grant_received_by_another_or_by_nobody_named_is_not_read(paragraph: str, header: str) -> None:
    assert [s for s in _summary(paragraph, header) if s[0] == "grant"] == []


# -- an agency agreement with another council, in a list of decisions ---------------------------------

def test_an_agency_agreement_in_a_continued_decision_list() -> None:
    paragraph = ("To approve the award of the highway verge contract to ‘Bidder A’;\n\n"
                 "that the optional item; ‘verge cutting on county roads’, is included in the contract to offer a "
                 "service to Barsetshire County Council under a separate agency agreement, with costs recovered;\n")
    found = [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "inter_authority"]
    assert [(a.action.value, [p.name for p in a.parties if p.name != COUNCIL]) for a in found] == [
        ("new", ["Barsetshire County Council"])]


@pytest.mark.parametrize("paragraph", [
    # Not a decision: a 'that' clause with no decision before it.
    "Officers noted that the service is offered to Barsetshire County Council under an agency agreement.\n",
    # An agency agreement with no council named.
    "RESOLVED: that verge cutting continue under the existing agency agreement.\n",
])
def test_an_agency_agreement_outside_a_decision_or_with_nobody_is_not_read(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "inter_authority"
            and "agency" in a.subject.lower()] == []


@pytest.mark.parametrize(("paragraph", "subject"), [
    # A recipient written in lower case: no named group, but the decision names what the money is for.
    ("RESOLVED that a grant of £120 be paid to the footpath volunteers' tool fund.\n",
     "grant of £120 to footpath volunteers' tool fund"),
    # A named group is read once (awarded_grants.py), not again here.
    ("RESOLVED that a grant of £250 be awarded to Ashby Bowls Club.\n", "grant of £250 to Ashby Bowls Club"),
])
def test_a_grant_given_by_resolution_is_read_once(paragraph: str, subject: str) -> None:
    found = [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"]
    assert [(a.action.value, a.subject) for a in found] == [("award", subject)]


def test_a_grant_received_is_named_by_its_sum_and_purpose() -> None:
    paragraph = ("A further grant of £2.5m has recently been provided to the Council by the Department for Education to "
                 "‘continue the holiday activities programme’ in the county.\n")
    found = [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"]
    assert [a.subject for a in found] == ["further grant of £2.5m to continue the holiday activities programme"]
