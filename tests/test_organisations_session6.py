"""Organisations, session 6: names read from the party slot of grant, contract, lease and supplier cues,
and from recipient lists with their sums; people, places, funds and generic phrases kept out."""

from __future__ import annotations

import pytest

from extractors.party_names import find_party_names, guess_type
from organisation_helpers import extract as _extract
from schemas.facts import OrgType


def _names(text: str) -> set[str]:
    return {m.name for m in _extract(text)}


def _parties(text: str) -> list[str]:
    return [p.text for p in find_party_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee resolved to award a grant of £400 to Eastmoor Befrienders towards running costs.",
         "Eastmoor Befrienders"),
        ("It was agreed to award £250 to Hollin Vale Wanderers FC.", "Hollin Vale Wanderers FC"),
        ("Members resolved to offer the tender to Greenhedge Garden Services until March 2026.",
         "Greenhedge Garden Services"),
        ("The Council agreed a lease to Oakfield Scouts Association for 25 years.", "Oakfield Scouts Association"),
        ("A loan of £1.5m to Riverside Leisure Trust was approved.", "Riverside Leisure Trust"),
        ("The lowest tender of £540 from K & J Fencing should be accepted.", "K & J Fencing"),
        ("To award a two-year contract to the supplier Brightwave for the hosting of the website.", "Brightwave"),
        ("To approve the appointment of the Principal Contractor ‘Stonebridge Demolition Ltd’ to clear the site.",
         "Stonebridge Demolition Ltd"),
        ("A quotation has been received from Marsh and Field Ltd. to the value of £8,200.", "Marsh and Field Ltd."),
        ("To place the order with Northgate Surfacing Ltd. and to exempt it from Contract Standing Orders.",
         "Northgate Surfacing Ltd."),
        ("Council resolved to make further payments to Quickprint Solutions (Stationers) by Direct Debit.",
         "Quickprint Solutions (Stationers)"),
        ("The correspondence from Dale Valley Rescue Team Trust was noted.", "Dale Valley Rescue Team Trust"),
        ("A grant of £500 to Bridge 86 Limited for the project.", "Bridge 86 Limited"),
    ],
)
def test_a_party_cue_names_the_body_after_it(text: str, expected: str) -> None:
    assert expected in _parties(text)
    assert expected.rstrip(".") in {n.rstrip(".") for n in _names(text)}


def test_a_list_of_grantees_is_read_item_by_item() -> None:
    text = "The panel decided not to award grants to Eastmoor Local History Group and Eastmoor RUFC this year."
    names = _names(text)
    assert {"Eastmoor Local History Group", "Eastmoor RUFC"} <= names
    assert "Eastmoor Local History Group and Eastmoor RUFC" not in names


def test_a_recipient_list_with_sums_in_brackets() -> None:
    text = "That lettings of the hall be approved for Eastmoor Harmony (£120), and Kindred (£60) and,"
    assert {"Eastmoor Harmony", "Kindred"} <= _names(text)


def test_a_one_and_between_one_word_keeps_the_name_whole() -> None:
    assert _parties("The contract was awarded to Haven Housing and Support for three years.") == [
        "Haven Housing and Support"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a grant of £300 to Mr Patel towards the cost of the event",  # a person by title
        "correspondence from Jo Bloggs was noted",  # two plain words where people write
        "payment to J. Bloggs for the hall cleaning",  # an initial and a surname
        "the County Council’s contributions to the Pooled Budgets based on the service",  # a budget
        "The meeting resolved to award grants totalling £9,000 to Voluntary Bodies that applied",  # generic
        "a grant of £500 be donated to the St Anne’s churchyard maintenance fund",  # a modifier of a noun
        "with £60 million allocated to Adult Social Care. Despite this",  # a service line of a budget
        "An email had been received from Eastmoor Village Hall Committee (EVHC) regarding the roof",  # a committee
        "funding to the District Councils was cut",  # councils in general
        "a grant of £2,000 to Southampton was agreed",  # a place alone
        "grants awarded to Members in March",  # posts
    ],
)
def test_no_party_is_read_from_these(text: str) -> None:
    assert _parties(text) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Northby Tree Care Ltd", OrgType.COMPANY),
        ("Marsh and Field Ltd.", OrgType.COMPANY),
        ("Greenhedge Garden Services", OrgType.COMPANY),
        ("Hollin Vale Wanderers FC", OrgType.CHARITY),
        ("Oakfield Bowls Club", OrgType.CHARITY),
        ("Riverside Leisure Trust", OrgType.CHARITY),
        ("Eastmoor Befrienders", OrgType.OTHER),
    ],
)
def test_the_type_is_guessed_from_suffix_or_head_word(name: str, expected: OrgType) -> None:
    assert guess_type(name) is expected


def test_a_party_is_never_forced_onto_a_canonical_body() -> None:
    mentions = [m for m in _extract("A grant of £750 to Eastmoor Befrienders was approved.")
                if m.name == "Eastmoor Befrienders"]
    assert mentions and all(m.canonical_id is None for m in mentions)


def test_a_lead_in_list_of_grantees_one_a_line() -> None:
    text = (
        "Grants were awarded to the following recipients:\n"
        "• Eastmoor Harmony – £300\n\n"
        "• Oakfield Bowls Club £450\n"
        "• Mr J Smith – £100\n"
        "Total £850\n"
    )
    assert _parties(text) == ["Eastmoor Harmony", "Oakfield Bowls Club"]


def test_a_lead_in_list_of_providers_stops_at_prose() -> None:
    text = (
        "services provided currently by the following organisations:\n\n"
        "Westby Community Transport\n\n"
        "Eastmoor Advocacy Network\n\n"
        "The agreement will start in April.\n"
    )
    assert _parties(text) == ["Westby Community Transport", "Eastmoor Advocacy Network"]


def test_a_lead_in_that_lists_no_bodies_is_ignored() -> None:
    text = "We agreed the following priorities for the grants:\nReducing Isolation\nImproving Access\n"
    assert _parties(text) == []


def test_a_budget_line_list_with_sums_is_no_recipient_list() -> None:
    text = "Growth in the year falls to Adult Social Care (£12.3m), Highways Maintenance (£3.1m) and Libraries (£0.4m)."
    assert _parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resolved:\n1. That, Eastmoor Flood Wardens be awarded a grant of £600 and,\n", ["Eastmoor Flood Wardens"]),
        ("RESOLVED That Oakfield Youth Theatre be offered a one-off grant of £250.", ["Oakfield Youth Theatre"]),
        ("That the Council be awarded a grant of £5,000 by the Arts Council.", []),
        ("That Jo Bloggs be awarded the contract for grass cutting.", []),
    ],
)
def test_a_decision_whose_subject_is_the_grantee(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "including quarterly meetings with the Provider Association (last held in May)",  # a kind after a role
        "reserves are categorised into the following groups:\n• Smoothing – reserves used to even out costs\n",
        "reserves fall into the following categories:\n• Smoothing – reserves used to even out costs\n",
    ],
)
def test_kinds_and_headings_are_no_party(text: str) -> None:
    assert _parties(text) == []


def test_a_year_after_the_name_is_the_sentence_s() -> None:
    assert _parties("This amendment halves the grant to the Northby Gallery for 2025-26, to give time") == [
        "Northby Gallery"
    ]


def test_a_list_of_grants_is_no_list_of_grantees() -> None:
    text = "The County Council has allocated the following grants to this Council:\n\nReference HSF 2 - £9,500\n"
    assert _parties(text) == []
