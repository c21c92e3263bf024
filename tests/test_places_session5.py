"""Council places and possessives, session 5: place names joined by "with"/"of (the)", councils named in the
possessive, and a council's own area written alone for its people as a sign of whose paper it is."""

from __future__ import annotations

import re

import pytest

from extractors.bodies import councils_by_place
from extractors.issuer import issuing_body, own_area_uses
from organisation_helpers import extract as _extract


def _names(text: str) -> set[str]:
    return {m.name for m in _extract(text)}


@pytest.mark.parametrize(
    ("place", "council"),
    [
        ("Blackburn with Darwen", "Blackburn with Darwen Borough Council"),
        ("Isle of Wight", "Isle of Wight Council"),
        ("Isles of Scilly", "Council of the Isles of Scilly"),
        ("East Riding of Yorkshire", "East Riding of Yorkshire Council"),
        ("Forest of Dean", "Forest of Dean District Council"),
        ("Vale of White Horse", "Vale of White Horse District Council"),
        ("King's Lynn and West Norfolk", "Borough Council of Kings Lynn and West Norfolk"),
        ("Kings Lynn and West Norfolk", "Borough Council of Kings Lynn and West Norfolk"),
        ("St Albans", "St Albans City and District Council"),
        ("Barking and Dagenham", "London Borough of Barking and Dagenham"),
        ("Stockton-on-Tees", "Stockton-on-Tees Borough Council"),
    ],
)
def test_council_places_joined_by_small_words_are_known(place: str, council: str) -> None:
    assert council in {body.name for body in councils_by_place().get(place, ())}


@pytest.mark.parametrize("word", ["City", "County", "District", "Borough", "Council", "Corporation"])
def test_no_council_place_keeps_a_kind_word(word: str) -> None:
    # "St Albans City and" or "Borough Council of ..." would be a name's remains, not a place.
    assert not [p for p in councils_by_place() if re.search(rf"(?:^|\s){word}(?:\s|$)", p) and p != "County Durham"]


@pytest.mark.parametrize(
    "phrase",
    ["Department of Health", "Bank of England", "Office of the Chief Executive", "Friends of the Earth",
     "Agreement with Partners", "Board of Directors"],
)
def test_ordinary_phrases_with_joining_words_are_not_council_places(phrase: str) -> None:
    assert phrase not in councils_by_place()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Cabinet agreed that the Isle of Wight Better Care Fund plan be submitted. The Council will monitor it.",
         "Isle of Wight Council"),
        ("Councillors noted that the Blackburn with Darwen carers strategy was refreshed. The Council thanked staff.",
         "Blackburn with Darwen Borough Council"),
        ("The Council's Cabinet approved the Forest of Dean leisure review and asked officers to report back.",
         "Forest of Dean District Council"),
    ],
)
def test_a_council_paper_naming_one_joined_place_is_that_councils(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members noted Bedfordshire County Council's approach to home-to-school transport.",
         "Bedfordshire County Council"),
        ("The panel compared Northby District Council’s grant scheme with its own.", "Northby District Council"),
        ("Cabinet noted Leeds City Council's position on the bid.", "Leeds City Council"),
        ("KENT COUNTY COUNCIL'S BUDGET 2025-26", "Kent County Council"),
    ],
)
def test_a_council_named_in_the_possessive_is_the_council(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The County Council's budget was agreed at the meeting.",
        "It was noted that the County Council’s share had risen.",
        "Each District Council's allocation was confirmed.",
        "The Town Council's clerk circulated the papers.",
        "Members welcomed the Youth Council's report on transport.",
        "This Council's policy on grants applies.",
        "Full Council's decision of 3 March stands.",
        "13 months £20m Unlimited\nCouncil’s banking services provider * Overnight £20m",
        "Limit: Unlimited Council's bank account provider",
    ],
)
def test_a_kind_of_council_in_the_possessive_is_no_body(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "council", "expected"),
    [
        ("£2m has been spent to support Northby residents since 2022.", "Northby District Council", 1),
        ("The scheme is open to residents of Northby.", "Northby Borough Council", 1),
        ("Grants help businesses across Northby and Southby.", "Northby District Council", 1),
        ("Advice was given to North Northby residents.", "Northby District Council", 0),
        ("The levy falls on residents of Northby County Council areas.", "Northby County Council", 0),
        ("Northby Council Tax payers were consulted.", "Northby Council", 0),
        ("The scheme covers the City of Northby.", "City of Northby", 0),
    ],
)
def test_own_area_uses_count_the_place_written_for_its_people(text: str, council: str, expected: int) -> None:
    assert own_area_uses(text, council) == expected


_DISTRICT_MINUTES = (
    "Councillor Grey declared an interest as a volunteer with the food bank.\n\n"
    "The Committee heard from the Revenues Manager. Funding of £2m had helped Dover residents in earlier rounds. "
    "The grant was paid to Kent County Council by the department, and Kent County Council would pass the rest "
    "to the districts. It was estimated that Dover District Council would receive £100,000.\n"
)


def test_a_district_writing_of_its_residents_is_not_given_the_county_named_more() -> None:
    # The county is named twice and the district once, but the paper speaks of the district's residents:
    # the county is no clear lead any more (better no issuer than the partner county).
    assert issuing_body(_DISTRICT_MINUTES) != "Kent County Council"


def test_a_county_writing_of_its_residents_keeps_its_lead() -> None:
    text = (
        "The Cabinet Member reported that Kent County Council had supported Kent residents through the winter. "
        "Kent County Council will work with Dover District Council on the next round.\n"
    )
    assert issuing_body(text) == "Kent County Council"
