"""Session 5 agreement rules: decisions to procure a named service (jointly or alone), procurement of an
unnamed provider, and a budget paper's list of government grants (no agreement)."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in

Found = list[tuple[str, str, list[str]]]  # kind, action, parties other than the council


def _summary(paragraph: str, header: str = COUNCIL_HEADER) -> Found:
    """Kind, action and other parties of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, header)]


# -- a decision to procure a named service ------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "subject", "parties"), [
    ("RESOLVED that the Executive:\n\n1) approved the Business Case to undertake a joint procurement exercise of "
     "Wessex Integrated Equipment Service for the Council in partnership with Barsetshire County Council and "
     "Loamshire County Council. Loamshire County Council will be the lead authority.\n",
     "Wessex Integrated Equipment Service", ["Barsetshire County Council", "Loamshire County Council"]),
    ("RESOLVED that Cabinet agrees to commence a competitive procurement process for the Carers Support "
     "Service.\n", "Carers Support Service", []),
])
def test_a_decision_to_procure_a_named_service(paragraph: str, subject: str, parties: list[str]) -> None:
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, a.subject) for a in found] == [("contract", "procure", subject)]
    assert {p.name for p in found[0].parties if p.name != COUNCIL} == set(parties)


@pytest.mark.parametrize("paragraph", [
    # History, not a decision.
    "In 2019 the Council undertook a joint procurement exercise of the Wessex Integrated Equipment Service with its "
    "neighbours, which was completed on time.\n",
    # No named service: a procurement exercise in general.
    "RESOLVED that officers undertake a procurement exercise in line with the contract procedure rules.\n",
])
def test_no_service_procurement(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.rule == "agreements.service_procurement"] == []


# -- procurement of an unnamed provider ---------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "subject"), [
    ("RESOLVED that Cabinet:\n\n2. Authorises officers to approach the market to inform the procurement of a "
     "provider organisation to run the Falls Prevention Network, which supports older residents; and\n",
     "provider to run the Falls Prevention Network"),
    ("RESOLVED that the Committee approves the procurement of a specialist contractor for the Parks Maintenance "
     "Service.\n", "specialist contractor for the Parks Maintenance Service"),
    # A purpose naming nothing in particular does not extend the subject.
    ("RESOLVED that the Committee approves the procurement of a specialist contractor to cut the grass.\n",
     "specialist contractor"),
])
def test_procurement_of_an_unnamed_provider(paragraph: str, subject: str) -> None:
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, a.subject) for a in found] == [("contract", "procure", subject)]


def test_history_of_procuring_a_provider_is_no_agreement() -> None:
    paragraph = "Last year the procurement of a provider to run the service was completed and the service began.\n"
    assert agreements_in(paragraph, COUNCIL_HEADER) == []


# -- a list of government grant lines -----------------------------------------------------------------

def _grant_section(letter: str, name: str, total: str, ours: str) -> str:
    return (f"{letter}) {name} Grant\nThe settlement includes the {name} Grant, a national allocation of {total}. "
            f"The allocation for the Council is {ours}. The {name} Grant is un-ringfenced.\n\n")


GRANT_APPENDIX = "Appendix K\nGovernment grants in the settlement\n\n" + "".join([
    _grant_section("A", "Rural Services Delivery", "£95m", "£1.2m"),
    _grant_section("B", "Adult Social Care Market Sustainability", "£600m", "£8.1m"),
    _grant_section("C", "New Homes Bonus", "£290m", "£2.3m"),
    _grant_section("D", "Recovery Support", "£600m", "£3.0m"),
    _grant_section("E", "Family Support Prevention", "£250m", "£5.9m"),
    _grant_section("F", "Local Welfare Provision", "£40m", "£0.7m"),
])


def test_a_list_of_government_grants_is_no_agreement() -> None:
    assert [a for a in agreements_in(GRANT_APPENDIX, COUNCIL_HEADER) if a.kind.value == "grant"] == []


def test_one_grant_named_with_its_amount_is_still_an_agreement() -> None:
    paragraph = _grant_section("A", "Rural Services Delivery", "£95m", "£1.2m")
    assert [a.kind.value for a in agreements_in(paragraph, COUNCIL_HEADER)] == ["grant"]


@pytest.mark.parametrize(("paragraph", "subject"), [
    ("The Cabinet Member resolved that:\n1) the annual report be endorsed; and\n2) the Director be authorised to "
     "appoint a specialist independent consultant to review the parking enforcement service as set out in the "
     "report.\n", "specialist independent consultant to review the parking enforcement service"),
])
def test_an_unnamed_procurement_stands_on_a_decision_page_naming_no_council(paragraph: str, subject: str) -> None:
    found = agreements_in(paragraph)
    assert [(a.kind.value, a.action.value, a.subject, list(a.parties)) for a in found] == [
        ("contract", "procure", subject, [])]


@pytest.mark.parametrize("paragraph", [
    "RECOMMENDATIONS\n\ni) To adopt the Wessex Home Improvement Grant Policy at Appendix 1 to this report to take "
    "effect from 1 April 2024.\n",
    "RESOLVED that Cabinet approves the updated Disabled Facilities Grant Policy, subject to funding being available.\n",
    "RESOLVED that the Small Business Grant Criteria set out in Appendix B be agreed.\n",
])
def test_a_grant_policy_adopted_is_no_agreement(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "grant"] == []
