"""A paper with no recommendations that states what it seeks: each thing sought is one request."""

from __future__ import annotations

from test_recommendations import run, texts

AGENDA_ITEM = """Agenda item

Approval of the Joint Care Plan 2025-27 and Authorisation to Enter a Pooled Fund Agreement

To seek approval for the draft Joint Care Plan for 2025-27; and authorisation to enter into a partnership agreement
under section 75 of the National Health Service Act 2006, following appropriate consultation.

Minutes:

Cabinet considered a report seeking approval for the draft Joint Care Plan for 2025-2027; and authorisation to enter
into a partnership agreement under section 75 of the National Health Service Act 2006.

The Authority was obliged to enter into a section 75 agreement by 31 October 2025.
"""


def test_each_thing_sought_is_one_request() -> None:
    assert texts(AGENDA_ITEM) == [
        "approval for the draft Joint Care Plan for 2025-27",
        "authorisation to enter into a partnership agreement under section 75 of the National Health Service Act "
        "2006, following appropriate consultation",
    ]


def test_the_requests_are_asked_not_decided_and_cite_the_paper() -> None:
    found = run(AGENDA_ITEM)
    assert {r.rule for r in found} == {"recommendations.purpose_ask"}
    assert not any(r.is_decision for r in found)
    for r in found:
        assert " ".join(AGENDA_ITEM[r.evidence.start:r.evidence.end].split()) == r.text


def test_a_minute_alone_gives_what_its_report_sought() -> None:
    minute = AGENDA_ITEM[AGENDA_ITEM.index("Minutes:"):]
    assert texts(minute) == [
        "approval for the draft Joint Care Plan for 2025-2027",
        "authorisation to enter into a partnership agreement under section 75 of the National Health Service Act 2006",
    ]


def test_consecutive_purpose_paragraphs_each_give_their_request() -> None:
    summary = ("Summary\n\nThis report seeks approval for the pooled fund agreement for 2024/25 which has been updated "
               "to reflect the new board.\n\nAdditionally, this report seeks approval for a variation to the "
               "agreement to include the discharge funding.\n\nThe report sets out the background.\n")
    assert texts(summary) == [
        "approval for the pooled fund agreement for 2024/25 which has been updated to reflect the new board",
        "approval for a variation to the agreement to include the discharge funding",
    ]


def test_a_second_request_sharing_the_verb_splits_off() -> None:
    summary = ("To seek approval of the Joint Care Plan for 2025/26 and to enter into a partnership agreement under "
               "Section 75 of the National Health Service Act 2006.\n")
    assert texts(summary) == ["approval of the Joint Care Plan for 2025/26",
                              "to enter into a partnership agreement under Section 75 of the National Health Service "
                              "Act 2006"]


def test_listed_recommendations_win_over_the_purpose() -> None:
    listed = AGENDA_ITEM + "\nRecommendations\nCabinet is asked to:\n(a) approve the draft Joint Care Plan.\n"
    assert texts(listed) == ["approve the draft Joint Care Plan"]


def test_a_cut_off_purpose_is_not_read() -> None:
    cut = "To seek approval for the draft Joint Care Plan for 2025-27 and authorisation to enter into a partner"
    assert texts(cut) == []


def test_a_report_to_be_sought_later_is_no_request() -> None:
    later = "The Director will submit a report seeking approval of the pooled fund agreement in March.\n"
    assert texts(later) == []
