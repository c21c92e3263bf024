"""Organisations and issuers, session 4: posts, people and acronyms run into bodies' names, bracketed firms."""

from __future__ import annotations

import pytest

from extractors.issuer import issuing_body
from organisation_helpers import extract as _extract
from organisation_helpers import texts as _texts


def _names(text: str) -> set[str]:
    return {m.name for m in _extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Board heard from the Chief Officer of Northby Clinical Commissioning Group on winter.",
         "Northby Clinical Commissioning Group"),
        ("The Director of Public Health for Northshire County Council presented the report.",
         "Northshire County Council"),
        ("The Interim Director of Adult Services at Southby Borough Council said the plan was sound.",
         "Southby Borough Council"),
        ("The Chief Executive of Eastvale Hospitals NHS Foundation Trust gave an update.",
         "Eastvale Hospitals NHS Foundation Trust"),
        ("The Accountable Officer of Westby CCG attended.", "Westby CCG"),
    ],
)
def test_post_title_before_a_body_leaves_the_body(text: str, expected: str) -> None:
    texts = _texts(text)
    assert expected in texts
    assert not any(t != expected and t.endswith(expected) for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Membership: NBC D Smith Northby CCG and NBC J Jones Northby CCG.", "Northby CCG"),
        ("Present: SBC A Patel Southby Clinical Commissioning Group", "Southby Clinical Commissioning Group"),
        ("Members: R Green Westby Borough Council, Cllr P White", "Westby Borough Council"),
        ("A Northby CCG spokesperson said the plan was agreed.", "Northby CCG"),
    ],
)
def test_person_in_a_members_list_is_not_part_of_the_body(text: str, expected: str) -> None:
    texts = _texts(text)
    assert expected in texts
    assert all(t == expected or expected not in t for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Draft Minutes EGM\nEastby Parish Council\nPresent: the Chair", "Eastby Parish Council"),
        ("Apologies: NBC Northby Borough Council officers.", "Northby Borough Council"),
    ],
)
def test_acronym_run_into_a_council_is_cut(text: str, expected: str) -> None:
    texts = _texts(text)
    assert expected in texts
    assert not any(t.endswith(expected) and t != expected for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MINUTES OF NORTHBY PARISH COUNCIL MEETING", "NORTHBY PARISH COUNCIL"),
        ("The UK Youth Parliament Council met in May.", "UK Youth Parliament Council"),
    ],
)
def test_acronym_that_opens_a_name_is_kept(text: str, expected: str) -> None:
    texts = _texts(text)
    assert not any(t != expected and expected.endswith(t) for t in texts)


def test_single_letter_after_an_acronym_is_no_council() -> None:
    assert not any(t.startswith("N ") for t in _texts("See APPENDIX N Council Tax Base for the figures."))


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs, Strategic Commissioner and Co-Chair of the Carers Partnership Board, attended.",
        "The Lead Officer and Co-ordinator for the scheme reported.",
        "5. Pharmacy Needs Assessment (Decision CCG/LA) 12",
        "Consultation will start with all Towns/Parishes before April.",
        "The Chief Executive of the Partnership Board reported on progress.",
    ],
)
def test_fragments_are_not_organisations(text: str) -> None:
    assert _texts(text) == set()


def test_a_person_run_into_a_body_kind_is_no_organisation() -> None:
    # "NBC" before the person is a council's initials (kept as such); "D Smith Clinical Commissioning Group" is a
    # person's name run into a kind of body, no organisation.
    assert _texts("Present: NBC D Smith Clinical Commissioning Group") == {"NBC"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funding from NHS Hammersmith and Fulham Clinical Commissioning Group was agreed.",
         "NHS Hammersmith and Fulham Clinical Commissioning Group"),
        ("Hammersmith and Fulham CCG agreed the plan.", "NHS Hammersmith and Fulham Clinical Commissioning Group"),
        ("A pooled budget with Barking and Dagenham CCG.", "NHS Barking and Dagenham Clinical Commissioning Group"),
    ],
)
def test_ccg_names_with_and_are_used_whole(text: str, expected: str) -> None:
    mentions = _extract(text)
    assert [m.name for m in mentions] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to act as member representative for Homefinder (Housing Services) Ltd so that decisions", 
         "Homefinder (Housing Services) Ltd"),
        ("The Board of Acme (UK) Limited agreed the lease.", "Acme (UK) Limited"),
        ("A contract with Smith & Jones (Builders) Ltd. was signed.", "Smith & Jones (Builders) Ltd"),
    ],
)
def test_company_with_a_bracketed_part(text: str, expected: str) -> None:
    assert expected in _texts(text)


def test_bracket_alone_is_no_company() -> None:
    assert _texts("the (Housing) Ltd company and Appendix 1 (Draft) Ltd") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J Bloggs Healthwatch, Cornwall Cllr A Smith Cabinet Member", "Healthwatch, Cornwall"),
        ("B Jones Healthwatch, Telford & Wrekin\nC Smith Director", "Healthwatch, Telford & Wrekin"),
    ],
)
def test_healthwatch_with_its_area_after_a_comma(text: str, expected: str) -> None:
    assert expected in _texts(text)


@pytest.mark.parametrize(
    "text",
    ["We met Healthwatch, Kent and the CCG last week.", "Funded by Healthwatch, Kent County Council and others."],
)
def test_healthwatch_comma_in_prose_stays_alone(text: str) -> None:
    assert not any(t.startswith("Healthwatch,") for t in _texts(text))


def test_initials_alias_from_the_table() -> None:
    assert "Bath and North East Somerset Council" in _names("The implications for B&NES were set out.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's title in the heading
        ("Report of the Chief Executive of Eastvale Hospitals NHS Foundation Trust\n\nThe Trust Board is asked to note. "
         "The Trust has met its targets. The Trust will report again.", "Eastvale Hospitals NHS Foundation Trust"),
        # a title's words before a council the table knows
        ("42 Review of Mid Devon District Council's Public Convenience Provision. (00-05-00) PDF 350 KB\n"
         "The Cabinet agreed the transfer from MDDC to Northby Town Council. The Council will report.",
         "Mid Devon District Council"),
        # the table's whole name of which a match is the tail
        ("NHS Hammersmith and Fulham Clinical Commissioning Group (CCG) Governing Body Friday 3 March\n"
         "The CCG agreed the plan.", "NHS Hammersmith and Fulham Clinical Commissioning Group"),
        # a council's short form the table lists
        ("Outline of implications for B&NES of the new system\n\nTo agree that the Council participates. "
         "The Council will be represented.", "Bath and North East Somerset Council"),
        # the officers' email domain spells the council's initials the table lists
        ("Venue: Civic Centre\nContact: Jo Bloggs, Email: jo.bloggs@bcpcouncil.gov.uk\n"
         "Apologies were received from Councillors.", "Bournemouth, Christchurch and Poole Council"),
    ],
)
def test_issuer(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the Extraordinary Parish Council Meeting held in the Village Hall\nThe Parish Council agreed.",
        "Minutes of the Annual Town Council Meeting held at the Guildhall\nThe Town Council agreed.",
    ],
)
def test_a_kind_of_meeting_is_no_issuer(text: str) -> None:
    assert issuing_body(text) is None


def test_person_before_a_ccg_is_not_the_issuer() -> None:
    text = "Members: NBC D Smith Northby CCG\nNBC J Jones Northby CCG\nThe CCG is asked to note."
    assert issuing_body(text) in {None, "Northby CCG"}
    assert "Smith" not in (issuing_body(text) or "")
