"""Organisations, session 5b: treasury counterparties and instrument cells, names with dropped commas,
council initials after a person, chambers of commerce, food banks, a charity's local branch, apposition cues."""

from __future__ import annotations

import pytest

from organisation_helpers import extract as _extract


def _names(text: str) -> set[str]:
    return {m.name for m in _extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fixed Rate Covered\nBond Santander UK - Bonds 968,185 4.7154% 16/02/29", "Santander UK"),
        ("Floating Rate Covered\nBond\nNationwide Building Society -\nBonds 500,756 5.48% 20/04/26",
         "Nationwide Building Society"),
        ("Fixed Rate Covered\nBond Bank of Scotland - Bonds 4,124,283 1.71% 20/12/24", "Bank of Scotland"),
        ("Floating Rate Covered\nBond Bank Of Nova Scotia Bonds 707,868 5.14% 26/01/26", "Bank of Nova Scotia"),
        ("Deposits were placed with the Royal Bank of Canada and DBS Bank.", "Royal Bank of Canada"),
        ("Floating Rate Covered Bond\nCanadian Imperial Bank of\nCommerce - Bonds 5,048,167",
         "Canadian Imperial Bank of Commerce"),
    ],
)
def test_treasury_counterparties_are_known_and_lose_their_instrument(text: str, expected: str) -> None:
    names = _names(text)
    assert expected in names
    assert not any(n.startswith(("Fixed", "Floating", "Bond")) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Threadneedle UK Equity Income Fund 10,000,000 11,430,706",
        "Acme UK Property Fund 5,000,000",
    ],
)
def test_a_fund_named_after_its_manager_is_no_body(text: str) -> None:
    assert not any(n.endswith(" UK") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guidance came from the Ministry of Housing Communities and Local Government in May.",
         "Ministry of Housing, Communities and Local Government"),
        ("Funding was allocated by the Department for Levelling Up Housing and Communities for 2024/5.",
         "Department for Levelling Up, Housing and Communities"),
    ],
)
def test_a_known_name_written_without_its_commas(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "As a group, Northshire Council\nLeaders have agreed to work together.",
        "Northshire Council Leaders have met twice.",
    ],
)
def test_council_leaders_across_a_line_break_are_people(text: str) -> None:
    assert not any(n.startswith("Northshire Council") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The awards were hosted by the Northby Invicta Chamber of\nCommerce in May.",
         "Northby Invicta Chamber of Commerce"),
        ("Northby and District Chamber of Commerce and Industry responded.",
         "Northby and District Chamber of Commerce and Industry"),
    ],
)
def test_chambers_of_commerce(text: str, expected: str) -> None:
    names = _names(text)
    assert expected in names
    assert not any(n.endswith("Chamber") for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillor Jo Bloggs declared an interest as volunteer for Ruskington Food Bank.", "Ruskington Food Bank"),
        ("Vouchers were handed out at Northby Foodbank each week.", "Northby Foodbank"),
        ("She is a Trustee and Director of Age UK Northamptonshire.", "Age UK Northamptonshire"),
        ("Referrals were made to Age UK Kesteven by the team.", "Age UK Kesteven"),
    ],
)
def test_local_bodies_named_by_their_town(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Donations went to the Local Food Bank and the Community Foodbank.",
        "The Food Bank opens on Monday.",
        "Cost of Living Advice\nCitizens Advice Service\nFood Bank/Community Pantry",
        "Vouchers from the Northby Advice Service Food Bank are accepted.",
    ],
)
def test_a_food_bank_without_its_town_is_a_kind(text: str) -> None:
    assert not any("Food" in n for n in _names(text))


def test_age_uk_before_a_sentence_word_stays_the_national_body() -> None:
    assert "Age UK" in _names("Advice was given by Age UK. Kesteven said it helped.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present: Councillor Jo Bloggs (SBC), Councillor Ann Other (R&CBC), Cllr Tim Smith (DBC)",
         {"SBC", "R&CBC", "DBC"}),
        ("Also in attendance: Jane Roe( MBC); Sam Poe (NCC)", {"MBC", "NCC"}),
    ],
)
def test_council_initials_after_a_person(text: str, expected: set[str]) -> None:
    assert expected <= _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Also in attendance: John Doe (PCC) and the Chief Constable.",
        "Dr Ann Other (ICC) gave evidence.",
        "Deep Dive (TBC)\tNot applicable",
        "A site visit to the depot (DBC) was arranged.",
        "The Direct Booking Contract (DBC) was approved.",
        "Councillor Jo Bloggs (Chair) opened the meeting.",
    ],
)
def test_other_bracketed_initials_are_no_council(text: str) -> None:
    assert not {"PCC", "ICC", "DBC"} & _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the Northby Health and Wellbeing Board Chairs’ Network was held on Monday.",
        "The Tenants’ Association met on Monday.",
    ],
)
def test_possessive_names_cut_short_or_unnamed_are_no_body(text: str) -> None:
    assert not any("Network" in n or "Association" in n for n in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion was backed by the Doctors’ Association UK and others.", "Doctors’ Association UK"),
        # moved here from tests/test_organisations.py, which held it as naming no body
        ("Partners such as the Nurses’ Association UK backed the motion.", "Nurses’ Association UK"),
    ],
)
def test_a_national_possessive_name_with_uk(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guide was written with Northby Fathers, the\ncharity Dads Together, and Young Apprentices.",
         "Dads Together"),
        ("Miss Carey declared that she was a Trustee of the Northby Arts Centre and would leave.",
         "Northby Arts Centre"),
        ("Grants were passed to the local charity Home Start Northby.", "Home Start Northby"),
    ],
)
def test_a_name_after_its_kind_in_apposition(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The charity Christmas appeal raised £500.",
        "She is a Trustee of the Fund and a Governor.",
    ],
)
def test_apposition_without_a_name_gives_nothing(text: str) -> None:
    names = _names(text)
    assert "Christmas" not in names and "Fund" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Members are invited to a meeting in the Committee Room - Old Wesleyan Chapel, as set out below:",
        "The fete is held beside the United Reformed Church each year.",
    ],
)
def test_a_chapel_named_by_its_denomination_is_a_building(text: str) -> None:
    assert not any(n.endswith(("Chapel", "Church")) for n in _names(text))


def test_a_partner_list_of_places_names_no_body() -> None:
    names = _names("The service was procured in partnership with West Berkshire, Reading and Slough.")
    assert "West Berkshire" not in names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("It was noted that National Gas contacted the Council in June.", True),
        ("The national gas network needs investment.", False),
        ("National Gas Transmission Plan\nSummary", False),
    ],
)
def test_national_gas_only_as_a_name_in_a_sentence(text: str, present: bool) -> None:
    assert ("National Gas" in _names(text)) is present


def test_county_council_network_written_without_its_s() -> None:
    assert "County Councils Network" in _names("The County Council Network (CCN) would be making representations.")


@pytest.mark.parametrize(
    "text",
    [
        "A proposal from the Government's Working Party suggested changes.",
        "A request from the Council’s Youth Panel was received.",
    ],
)
def test_a_generic_body_s_own_group_after_a_cue_is_no_name(text: str) -> None:
    assert not any("Working Party" in n or "Youth Panel" in n for n in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 NHS SALFORD CLINICAL COMMISSIONING GROUP GOVERNING BODY THURSDAY 9 JUNE 2016",
         "NHS Salford Clinical Commissioning Group"),
        ("A REPORT BY THE HOME OFFICE AND NHS ENGLAND", "NHS England"),
        ("A REPORT BY THE HOME OFFICE AND NHS ENGLAND", "Home Office"),
    ],
)
def test_a_known_body_in_a_capitals_heading(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize("text", ["MINUTES OF THE COUNTY COUNCIL MEETING", "MIND THE GAP IN FUNDING"])
def test_a_capitals_heading_without_a_known_body_names_none(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jo Bloggs, Associate Director at Adur and Worthing Councils", "Adur and Worthing Councils"),
        ("Jo Bloggs, Head of Finance at Adur and Worthing Councils, attended.", "Adur and Worthing Councils"),
    ],
)
def test_councils_sharing_staff_named_together(text: str, expected: str) -> None:
    assert expected in {m.text for m in _extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Both the Town and Parish Councils were consulted.",
        "Districts and Boroughs Councils Leaders met.",
        "The Greater Brent and Harrow Councils Forum met.",
        "The Council's participation in the procurement with Brent and Ealing Councils was agreed.",
    ],
)
def test_councils_without_council_areas_give_no_joint_name(text: str) -> None:
    assert not any(m.rule == "joint-councils" for m in _extract(text))
