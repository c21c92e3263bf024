"""Structural readers loosened where unseen pages vary: one-item decision lists, lead-ins that decide their list,
minutes confirmed in the subjunctive, and noting paragraphs of minutes. Invented sentences only."""

from __future__ import annotations

import hashlib

import pytest

from extractors.doctext import Collector, DocText
from extractors.recommendations import extract_recommendations
from extractors.recommendations.lines import lines_of
from extractors.recommendations.narrative import minutes_confirmations, noted_paragraphs


def _recs(text: str) -> list[tuple[str, bool]]:
    """The recommendation texts (and whether each is a recorded decision) read from a text."""
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return [(r.text, r.is_decision) for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]


def _lines(text: str) -> list:
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return lines_of(doc)


ONE_ITEM = (
    "Minutes of the Planning Authority meeting\n\n"
    "8. Woodland Strategy\n\n"
    "The recommendation as set out in the report was moved, seconded, put to the vote and carried.\n\n"
    "1. To approve the Authority's Woodland Strategy 2024 as set out in Appendix 2 of the report.\n\n"
    "9. Any other business\n"
)


def test_a_list_of_one_decision_is_read() -> None:
    texts = [t for t, _ in _recs(ONE_ITEM)]
    assert any(t.startswith("To approve the Authority's Woodland Strategy 2024") for t in texts)


@pytest.mark.parametrize(
    "item",
    [
        "1. To note",  # a heading, not a decision sentence
        "1. Provide a safe route to school for all pupils in the village.",  # not a decision form
    ],
)
def test_a_one_item_list_that_is_no_decision_is_refused(item: str) -> None:
    text = f"Report to the Environment Committee\n\nSummary of the scheme\n\n{item}\n\nThe scheme began in 2021.\n"
    assert not any(t.startswith(item[3:13]) for t, _ in _recs(text))


def test_a_one_item_list_in_the_background_is_refused() -> None:
    text = ("Report to Cabinet\n\nBackground\n\n"
            "1. To approve the Parking Strategy as set out in Appendix A of that report.\n\n"
            "The strategy has since been reviewed.\n")
    assert not any(t.startswith("To approve the Parking Strategy") for t, _ in _recs(text))


@pytest.mark.parametrize(
    "lead_in",
    [
        "Councillor R Hale proposed, Councillor M Dunn seconded and Cabinet agreed the following:",
        "After discussion it was RESOLVED as follows:",
        "The Committee decided the following:",
    ],
)
def test_a_deciding_lead_in_decides_items_without_their_own_verb(lead_in: str) -> None:
    text = (f"Minutes of the Cabinet meeting\n\nHousing acquisitions\n\n{lead_in}\n"
            "1. To the approach set out in this report for a purchase programme of about 20 homes;\n"
            "2. To allocate £400k of retained receipts to fund the programme;\n"
            "3. To delegate authority to the Head of Housing to complete the purchases.\n")
    got = _recs(text)
    texts = [t for t, _ in got]
    assert any(t.startswith("To the approach set out in this report") for t in texts)
    assert any(t.startswith("To allocate £400k") for t in texts)
    assert all(decided for t, decided in got if t.startswith("To "))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minutes of the meeting held on 4 June 2022 be confirmed as a correct record.", True),
        ("The minutes of the meeting of the Board held on 9 May 2023 to be taken as read, confirmed and signed by "
         "the Chair.", True),
        ("That the minutes of the last meeting be approved as a true record.", True),
        ("The minutes of the meeting held on 4 June 2022 be circulated to all members.", False),
        ("The minutes of the meeting held on 4 June 2022 be agreed to be published.", False),
    ],
)
def test_minutes_confirmed_in_the_subjunctive(text: str, expected: bool) -> None:
    page = f"Minutes of the Health and Wellbeing Board\n\nMinutes:\n\n{text}\n"
    found = minutes_confirmations(_lines(page))
    assert bool(found) is expected


def test_a_cut_moved_and_seconded_lead_in_keeps_the_confirmation() -> None:
    text = ("Minutes of the Cabinet meeting\n\n"
            "It was moved by Councillor A Lowe, seconded by Councillor B Hart and\n"
            "The minutes of the meeting held on 3 March 2025 be confirmed as an accurate record of proceedings.\n")
    assert any(t.startswith("The minutes of the meeting held on 3 March 2025 be confirmed") for t, _ in _recs(text))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Members noted the update from the Parks Manager.", True),
        ("The Committee noted the report.", True),
        ("Members noted that the fence had been repaired.", False),
        ("Members noted the update from the Parks Manager. The Clerk will write to the club.", False),
    ],
)
def test_noting_paragraphs_of_minutes(paragraph: str, expected: bool) -> None:
    text = f"Minutes of the Leisure Committee\n\n12. PARKS UPDATE\n\n{paragraph}\n\n13. ALLOTMENTS\n"
    assert bool(noted_paragraphs(_lines(text))) is expected


def test_noting_paragraphs_are_read_beside_other_decisions() -> None:
    text = ("Minutes of the Leisure Committee\n\n"
            "10. PLAY AREA\n\nRESOLVED that the quotation from a local supplier be accepted.\n\n"
            "11. CAFE UPDATE\n\nMembers noted the update from the Cafe Manager.\n\n"
            "12. DATE OF NEXT MEETING\n\nThe next meeting will be held on 3 May.\n")
    texts = [t for t, _ in _recs(text)]
    assert "Members noted the update from the Cafe Manager" in texts
    assert any("quotation from a local supplier be accepted" in t for t in texts)


def test_a_decision_heading_reads_nominal_items() -> None:
    text = ("Officer decision form\nDecision\n"
            "(a) For 2024/25:\n"
            "(i) Receipt of £40,000 from the county council towards the scheme;\n"
            "(ii) Expenditure of £35,000 to deliver the community transport pilot; and\n"
            "(b) Delegates authority to the Head of Transport to agree the final terms.\n"
            "Part 1: Facts and advice\n")
    texts = [t for t, _ in _recs(text)]
    assert any(t.startswith("Receipt of £40,000") for t in texts)
    assert any(t.startswith("Expenditure of £35,000") for t in texts)


def test_a_decision_word_ending_a_sentence_is_no_heading() -> None:
    text = ("Report to Cabinet\n\nThe options below were weighed before a decision\n"
            "(a) Receipt of a grant from the county council towards the scheme;\n"
            "(b) Expenditure from reserves on the scheme.\n")
    assert not any(t.startswith("Receipt of a grant") for t, _ in _recs(text))
