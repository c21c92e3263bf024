"""Decision forms the readers missed: subjunctive lists, ModernGov "Minutes:" fields, nominal decisions, and
minutes confirmed after a capitalised item title. Invented sentences only."""

from __future__ import annotations

import hashlib

import pytest

from extractors.doctext import Collector, DocText
from extractors.recommendations import extract_recommendations
from extractors.recommendations.lines import lines_of
from extractors.recommendations.minutes_fields import minutes_field_sections
from extractors.recommendations.narrative import minutes_confirmations
from extractors.recommendations.shapes import NOUN_DECISION, subjunctive_decision


def _recs(text: str) -> list[tuple[str, bool]]:
    """The recommendation texts (and whether each is a recorded decision) read from a text."""
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return [(r.text, r.is_decision) for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Housing Allocations Policy be approved;", True),
        ("Provision be made in the revenue budget for a sum of £40,000 towards the scheme;", True),
        ("authority be granted for the Head of Finance to sign the agreement", True),
        ("that Councillor P Morgan be appointed Chair of the Panel for the municipal year", True),
        ("Authority be delegated to the Director of Place to agree the final terms", True),
        ("The land at Mill Lane be sold to the highest bidder", True),
        ("The report will be presented to Cabinet in March", False),
        ("The scheme is to be extended next year", False),
        ("The budget was approved in 2019", False),
        ("It is recommended that the policy be adopted", False),
        ("Officers who have been consulted be thanked", False),
        ("To approve the policy", False),
    ],
)
def test_subjunctive_decision(text: str, expected: bool) -> None:
    assert subjunctive_decision(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Approval of Northvale Transport Partnership entering into a Works Agreement with Rail Co Ltd", True),
        ("Approval to pass on to the District Council a sum of £200,000 for the delivery of the scheme", True),
        ("Approval to award a contract to Greenway Ltd", True),
        ("Approval of Cabinet was sought in March", False),
        ("Approval to Members of the revised scheme", False),
        ("Approval was given last year", False),
    ],
)
def test_nominal_decision(text: str, expected: bool) -> None:
    assert bool(NOUN_DECISION.match(text)) is expected


def test_subjunctive_list_under_truncated_minute_lead_in() -> None:
    text = ("Minutes of the Council meeting\n\n"
            "48 Town Centre Regeneration Plan\n"
            "Council received the proposed plan for the town centre.\n"
            "It was moved by Councillor Amos, seconded by Councillor Byrne and unanimously\n"
            "(i) The Town Centre Regeneration Plan be approved;\n"
            "(ii) Provision be made in the capital programme for the sum of £2m;\n"
            "(iii) Authority be delegated to the Director of Place to agree the final terms.\n")
    found = _recs(text)
    assert [t for t, _ in found] == [
        "The Town Centre Regeneration Plan be approved",
        "Provision be made in the capital programme for the sum of £2m",
        "Authority be delegated to the Director of Place to agree the final terms",
    ]
    assert all(decided for _, decided in found)


def test_subjunctive_list_under_considered_recommendation() -> None:
    text = ("Minutes of the Cabinet\n\n"
            "Cabinet considered a recommendation that –\n\n"
            "(i) authority be granted for the Director of Housing to accept a grant of £25,000 from the Trust;\n\n"
            "(ii) authority be granted for the Council to enter into the grant agreement.\n")
    assert [t for t, _ in _recs(text)] == [
        "authority be granted for the Director of Housing to accept a grant of £25,000 from the Trust",
        "authority be granted for the Council to enter into the grant agreement",
    ]


def test_subjunctive_list_told_as_history_in_a_report_is_refused() -> None:
    text = ("Report to Cabinet\n\n"
            "2. Background\n\n"
            "At its meeting last year it was agreed that\n"
            "(i) The Play Strategy be extended to 2026;\n"
            "(ii) Provision be made for two new play areas.\n")
    assert _recs(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ELECTION OF VICE CHAIRMAN Minutes: RESOLVED that Councillor T Webb be elected Vice Chairman of the Panel.",
         "that Councillor T Webb be elected Vice Chairman of the Panel"),
        ("To approve the minutes of the meeting held on 3 May 2022. Minutes: The minutes of the meeting held on "
         "3 May 2022 were confirmed and signed as a correct record. |",
         "The minutes of the meeting held on 3 May 2022 were confirmed and signed as a correct record"),
        ("FLEET UPDATE To update the Panel on the vehicle fleet. Minutes: The Joint Waste Panel noted the update on "
         "the replacement of the vehicle fleet.",
         "The Joint Waste Panel noted the update on the replacement of the vehicle fleet"),
        ("BUDGET MONITORING Minutes: The Panel agreed the revised budget for 2022/23.",
         "The Panel agreed the revised budget for 2022/23"),
    ],
)
def test_minutes_field_decisions(line: str, expected: str) -> None:
    doc = DocText.from_pages(hashlib.sha256(line.encode()).hexdigest(), [line])
    sections = minutes_field_sections(lines_of(doc))
    assert [item.text for section in sections for item in section.items] == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "DECLARATIONS OF INTEREST Minutes: There were no declarations of interest.",
        "WORK PROGRAMME Minutes: The Panel noted that the work programme would be updated.",
        "FLEET UPDATE Minutes: The Panel noted the comments made by residents about the collections.",
        "MINUTES Minutes: The minutes of the last meeting were agreed to be circulated again.",
        "Members asked about the minutes: the Clerk explained the process.",
    ],
)
def test_minutes_field_refuses_discussion(line: str) -> None:
    doc = DocText.from_pages(hashlib.sha256(line.encode()).hexdigest(), [line])
    assert minutes_field_sections(lines_of(doc)) == []


def test_minutes_confirmed_after_capitals_title() -> None:
    text = ("Minutes of the Board\n\n"
            "21/14 APOLOGIES Apologies were received from Dr Smith. 22/14 MINUTES OF THE MEETING HELD ON 4 MARCH "
            "2014 The minutes of the meeting held on 4 March 2014 were accepted as a correct record subject to one "
            "correction on page 2.\n")
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    assert [d.text for d in minutes_confirmations(lines_of(doc))] == [
        "The minutes of the meeting held on 4 March 2014 were accepted as a correct record subject to one "
        "correction on page 2"
    ]


def test_resolution_in_subjunctive_below_resolved() -> None:
    text = ("Minutes of the Cabinet\n\n"
            "52 Open Spaces Strategy\n"
            "Members considered the draft strategy.\n"
            "RESOLVED –\n"
            "The Open Spaces Strategy 2024-2029 be approved.\n\n"
            "53 Any other business\n"
            "None.\n")
    assert _recs(text) == [("The Open Spaces Strategy 2024-2029 be approved", True)]


def test_plural_body_decides_below_resolved_that() -> None:
    text = ("Minutes of the County Council\n\n"
            "4) Following the debate, the Chairman put the motion set out in paragraph 3.\n"
            "5) RESOLVED that:\n"
            "Members note the work done to support veterans in the county and agree the\n"
            "priorities set out in the report.\n"
            "6) The Chairman thanked the officers.\n")
    assert _recs(text) == [("Members note the work done to support veterans in the county and agree the "
                            "priorities set out in the report", True)]


def test_lead_in_with_opening_clause_is_no_item() -> None:
    text = ("Report to the Authority\n\n"
            "Recommendation : That, subject to any changes agreed at the meeting, Members:\n"
            "(i)\n"
            "approve the revised charges set out in section 2;\n"
            "and\n"
            "(ii)\n"
            "approve the schedule of charges in Appendix 1\n"
            "1\n"
            "Background\n")
    assert [t for t, _ in _recs(text)] == ["approve the revised charges set out in section 2",
                                           "approve the schedule of charges in Appendix 1"]


def test_short_sentence_tail_opening_with_a_verb_word_continues_the_item() -> None:
    text = ("Minutes of the County Council\n\n"
            "5) RESOLVED that:\n"
            "Members note the work done and agree to promote the Council's status as a Gold\n"
            "Award Holder.\n"
            "6) The Chairman thanked the officers.\n")
    assert _recs(text) == [("Members note the work done and agree to promote the Council's status as a Gold "
                            "Award Holder", True)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("EXEMPT BUSINESS Minutes: That, in accordance with the Regulations, the press and public be excluded for "
         "the next item.", "That, in accordance with the Regulations, the press and public be excluded for the next item"),
        ("Minutes: It was agreed that the press and public be readmitted to the meeting.",
         "It was agreed that the press and public be readmitted to the meeting"),
    ],
)
def test_minutes_field_resolutions(line: str, expected: str) -> None:
    doc = DocText.from_pages(hashlib.sha256(line.encode()).hexdigest(), [line])
    sections = minutes_field_sections(lines_of(doc))
    assert [item.text for section in sections for item in section.items] == [expected]


def test_minutes_confirmed_across_a_narrow_column_wrap() -> None:
    text = ("Minutes of the Cabinet\n"
            "C12 |\n"
            "Minutes\n"
            "The minutes of the last meeting held on 4\n"
            "June 2024 were approved as a correct record and signed by the\n"
            "C13 |\n"
            "Library Service Review\n")
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    assert [d.text for d in minutes_confirmations(lines_of(doc))] == [
        "The minutes of the last meeting held on 4 June 2024 were approved as a correct record and signed by the"
    ]
