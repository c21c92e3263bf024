"""Organisations and issuers, session 4b: names glued to a bracket, numbered and registered companies,
"the City of X" as a party, and the council a paper names besides the partners it agrees with."""

from __future__ import annotations

import pytest

from extractors.issuer import issuing_body
from organisation_helpers import extract as _extract
from organisation_helpers import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present:\nJ Patel NHS Northby CCG,(GP Member)\nK Owen Southby CCG,(Lay Member)", {"NHS Northby CCG", "Southby CCG"}),
        ("Attending: Westby Borough Council,(Observer) and Eastby NHS Trust,(Chair)",
         {"Westby Borough Council", "Eastby NHS Trust"}),
    ],
)
def test_bracket_after_a_comma_is_not_part_of_the_name(text: str, expected: set[str]) -> None:
    texts = _texts(text)
    assert expected <= texts
    assert not any("(" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contracts were awarded to Harbour 52 Limited for supported housing.", "Harbour 52 Limited"),
        ("Provider: Studio 9 Ltd (day opportunities)", "Studio 9 Ltd"),
        ("Provider: Oakleaf Care Limited Registered Charity no. 1122334", "Oakleaf Care Limited"),
        ("The provider is Greenway Support Ltd Company No 0123456 of Northby.", "Greenway Support Ltd"),
        ("The work was awarded to Kestrel Homes Limited Registered in England 445566.", "Kestrel Homes Limited"),
        ("The contract is held by Greenway Support Ltd, Northby.", "Greenway Support Ltd"),
        ("Funding goes to the Southby Family Support Trust for outreach.", "Southby Family Support Trust"),
    ],
)
def test_company_with_a_number_registration_details_or_a_verb_like_word(text: str, expected: str) -> None:
    texts = _texts(text)
    assert expected in texts
    assert not any(t != expected and expected in t for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "Provider: Oakleaf Care Limited Registered Charity no. 1122334",
        "Northby Mencap is a Registered Charity number 123456.",
        "The scope of Lot 2 Limited to day care was agreed.",
        "Funding for Phase 3 Ltd works was agreed.",
    ],
)
def test_registration_kind_or_numbered_part_is_no_body(text: str) -> None:
    texts = _texts(text)
    assert "Registered Charity" not in texts
    assert not any(t.startswith(("Lot ", "Phase ")) for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cabinet is asked to approve an Inter-Authority Agreement (IAA) with the City of Eastford for the service.",
         "City of Eastford"),
        ("The e-service is hosted by the City of Eastford on behalf of the boroughs.", "City of Eastford"),
        ("We will sign a partnership agreement with the City of Northby next year.", "City of Northby"),
    ],
)
def test_city_of_a_place_as_a_party_is_a_body(text: str, expected: str) -> None:
    assert expected in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most residents in the City of Eastford live near the river.",
        "The City of Northby has a long history of trade.",
    ],
)
def test_city_of_a_place_as_a_place_is_no_body(text: str) -> None:
    assert not any(t.startswith("City of") for t in _texts(text))


def test_council_named_besides_its_partners_issues_the_cabinet_paper() -> None:
    text = (
        "Issue - meetings\n\nMeeting: 04/05/2004 - Cabinet (Item 12)\n\n"
        "Councillor Green submits a report asking the Cabinet to approve a partnership agreement with "
        "Northvale Healthcare Trust, Northvaleshire County Council and Westmere County Council for integrated care.\n\n"
        "RESOLVED:\n\nthat the agreement be approved for services provided by the following organisations:\n\n"
        "Northvale Healthcare Trust\n\nPlymouth City Council\n\nNorthvaleshire County Council\n"
    )
    assert issuing_body(text) == "Plymouth City Council"


def test_partners_alone_give_no_issuer() -> None:
    text = (
        "Meeting: Cabinet\n\nThe Cabinet is asked to approve a contract with Westmere County Council, "
        "Northvaleshire County Council and Southby NHS Trust for care services.\n"
    )
    assert issuing_body(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prevention Sub-Committee\nSupport Northshire Association of Local Councils to grow.",
         "Northshire Association of Local Councils"),
        ("Outcomes Group\n• Support Northby Borough Council with its plan", "Northby Borough Council"),
    ],
)
def test_bullet_verb_opening_a_line_is_not_part_of_the_name(text: str, expected: str) -> None:
    texts = _texts(text)
    assert expected in texts
    assert not any(t != expected and t.endswith(expected) for t in texts)
