"""Organisations named together under one plural head, and institutions joined by "and" (session 6b)."""

from __future__ import annotations

import pytest
from organisation_helpers import extract

from extractors.coordinated_names import find_coordinated_bodies


def _names(text: str) -> set[str]:
    return {m.name for m in extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The service is bought jointly by Brent, Ealing and Harrow Councils from April.",
         {"London Borough of Brent", "London Borough of Ealing", "London Borough of Harrow"}),
        ("A pilot for patients of Southport and Formby and South Sefton CCGs was agreed.",
         {"NHS Southport and Formby Clinical Commissioning Group", "NHS South Sefton Clinical Commissioning Group"}),
        ("The memorandum is signed by the Clinical Commissioning Groups (CCGs) of Herts Valleys and "
         "East and North Hertfordshire, who share the cost",
         {"NHS Herts Valleys Clinical Commissioning Group",
          "NHS East and North Hertfordshire Clinical Commissioning Group"}),
        ("Officers of Kent and Medway Councils met in June.", {"Kent County Council", "Medway Council"}),
        ("The waste contract of North and East Hertfordshire District Councils ends in 2026.",
         {"North Hertfordshire District Council", "East Hertfordshire District Council"}),
        ("Both East and West Sussex County Councils responded.", {"East Sussex County Council", "West Sussex County Council"}),
    ],
)
def test_each_body_of_a_coordination_resolved_alone(text: str, expected: set[str]) -> None:
    assert expected <= _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Northby and Southby Councils' areas were asked.",  # places the table does not know
        "The Barking and Dagenham Councils' joint response",  # one council's name holding "and"
        "The Kent and Medway residents were consulted.",  # no head: a place list
        "Northby and Medway Councils agreed.",  # one part unknown: the whole is left alone
    ],
)
def test_coordination_with_an_unknown_part_is_left_alone(text: str) -> None:
    assert all(len(bodies) >= 2 for _, _, bodies in find_coordinated_bodies(text))
    assert not [b for _, _, bodies in find_coordinated_bodies(text) for b in bodies if "Northby" in text[b.start:b.end]]


def test_unknown_part_stops_the_whole_coordination() -> None:
    assert find_coordinated_bodies("Northby and Medway Councils agreed.") == []
    assert find_coordinated_bodies("Barking and Dagenham Councils") == []


def test_a_part_is_not_a_body_elsewhere_in_the_text() -> None:
    text = "Brent and Ealing Councils will procure the service. Residents of Brent were consulted."
    brent = [m for m in extract(text) if m.name == "London Borough of Brent"]
    assert [m.text for m in brent] == ["Brent"]
    assert brent[0].evidence.start < text.index("Ealing")


def test_councils_sharing_staff_stay_one_employer() -> None:
    text = "Jo Bloggs, Head of Finance at Adur and Worthing Councils, attended."
    assert "Adur and Worthing Councils" in {m.text for m in extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils from Westfield Academy and Greenhill Primary School took part.",
         {"Westfield Academy", "Greenhill Primary School"}),
        ("The scheme is run by Oakfield Hospice and Brookside Surgery.", {"Oakfield Hospice", "Brookside Surgery"}),
        ("Teams from Northby Cricket Club and Southby Rugby Club entered.", {"Northby Cricket Club", "Southby Rugby Club"}),
    ],
)
def test_institutions_joined_by_and_are_two(text: str, expected: set[str]) -> None:
    assert expected <= {m.text for m in extract(text)}


def test_second_part_without_a_name_of_its_own_stays_joined() -> None:
    found = {m.text for m in extract("Grants went to Northby School and Sixth Form College last year.")}
    assert "Sixth Form College" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organisations holding SLAs with the Council for 2015/16 (Northby Law Centre, Northby Shopmobility, "
         "Southby Unemployed Workers Centre, LINKS) were consulted.",
         {"Northby Law Centre", "Northby Shopmobility", "Southby Unemployed Workers Centre", "LINKS"}),
        ("We fund local charities such as Northby Foodbank, Southby Good Neighbours and Home-Start Northby.",
         {"Northby Foodbank", "Southby Good Neighbours", "Home-Start Northby"}),
    ],
)
def test_bodies_listed_after_a_plural_noun_of_bodies(text: str, expected: set[str]) -> None:
    assert expected <= {m.text for m in extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Partner organisations (Health, Police and Fire) attended.",  # sectors, not bodies
        "Funding for organisations in the three districts (Ashford, Dover and Thanet) rose.",  # places
        "The list of providers (see Appendix A) is attached.",
        "Local providers (Mr Jo Bloggs and Sam Smith) replied.",  # people
    ],
)
def test_lists_that_are_not_all_names_are_left_alone(text: str) -> None:
    assert extract(text) == [] or all(m.rule != "party-cue" for m in extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authority to agree with the College of West Northshire a development option.", "College of West Northshire"),
        ("The Principal of the College of North East Southby attended.", "College of North East Southby"),
    ],
)
def test_college_named_by_its_area(text: str, expected: str) -> None:
    assert expected in {m.text for m in extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He trained at the College of Further Education in 2001.",
        "Minutes of the College of West Northshire Board were noted.",
    ],
)
def test_college_of_a_subject_or_its_board_is_not_read(text: str) -> None:
    assert not [m for m in extract(text) if m.rule == "college-of-place"]


@pytest.mark.parametrize(
    "text",
    [
        "A contribution to the Eastfield Health Centre project was agreed.",
        "The new Northby Health Centre building opens in May.",
        "The meeting was held at Oakfield Academy.",
        "Parking at Millbrook Surgery car park is limited.",
        "Works to the Former Southby School site were costed.",
    ],
)
def test_institution_named_for_its_building_or_venue_is_refused(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Millbrook Surgery will run the clinic.", "Millbrook Surgery"),
        ("A grant to Northby Cricket Club was agreed.", "Northby Cricket Club"),
    ],
)
def test_institution_that_acts_is_kept(text: str, expected: str) -> None:
    assert expected in {m.text for m in extract(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("The lease was renewed with Northby Bowls Club Limited.", "Northby Bowls Club Limited"),
    ("The order was placed with Acme Widgets plc.", "Acme Widgets plc"),
    ("The order was placed with Southby Cleaning Ltd.", "Southby Cleaning Ltd."),  # an abbreviation keeps its dot
])
def test_a_sentence_end_is_not_part_of_a_company_name(text: str, name: str) -> None:
    assert name in {m.name for m in extract(text)}
