"""Decisions minutes write as narrative, decisions run onto one line, and lead-ins over lists (invented sentences)."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

# --- confirming the last minutes, written as narrative ------------------------------------------------

CONFIRMED_CASES = [
    ("Minutes of the Scrutiny Panel\n4. Minutes\nThe minutes of the meeting held on 3 March 2021 were confirmed as "
     "accurate and signed by the Chair.\n5. Budget\nThe panel discussed the budget.\n",
     ["The minutes of the meeting held on 3 March 2021 were confirmed as accurate and signed by the Chair"]),
    ("Agenda and minutes\nThe minutes of the last meeting were agreed to be a true record of the meeting on "
     "4 May 2022 and were signed by the Chairman.\n",
     ["The minutes of the last meeting were agreed to be a true record of the meeting on 4 May 2022 and were "
      "signed by the Chairman"]),
    # wrapped onto the next line and running into amendments listed below
    ("Minutes\n3. Previous minutes\nRESOLVED:\nThe minutes of the meeting held on 9 June 2019 were confirmed as a\n"
     "correct record, subject to the following amendment:-\n· Minute 5 to read \u201cten\u201d not \u201cnine\u201d.\n",
     ["The minutes of the meeting held on 9 June 2019 were confirmed as a correct record, subject to the "
      "following amendment"]),
]


@pytest.mark.parametrize(("text", "expected"), CONFIRMED_CASES)
def test_minutes_confirmed_in_narrative_is_a_decision(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


def test_confirmation_kept_beside_a_resolved_list() -> None:
    text = ("Minutes of the Board\n1. Vice Chair\nRESOLVED that Dr Lee be elected Vice Chair for the year.\n"
            "2. Minutes\nThe Minutes of the meeting held on 1 July 2023 were approved as a correct record.\n")
    assert texts(text) == ["that Dr Lee be elected Vice Chair for the year",
                           "The Minutes of the meeting held on 1 July 2023 were approved as a correct record"]


@pytest.mark.parametrize("text", [
    # not minutes: a report recalling what another meeting did
    "Cabinet report\nThe minutes of the meeting held on 3 March were approved by the Panel.\n",
    # submitted or circulated only
    "Minutes\nThe minutes of the meeting held on 3 March 2021 were submitted.\n",
    "Minutes\nThe minutes of the meeting held on 3 March 2021 were agreed to be circulated to all parishes.\n",
])
def test_minutes_not_confirmed_give_nothing(text: str) -> None:
    assert texts(text) == []


def test_resolution_already_listed_is_not_repeated() -> None:
    text = "Minutes\nRESOLVED: That the minutes of the meeting held on 2 May 2020 be confirmed as a correct record.\n"
    assert texts(text) == ["That the minutes of the meeting held on 2 May 2020 be confirmed as a correct record"]


# --- "That the Board: Approves ...; and Authorises ..." on one line ------------------------------------

INLINE_CASES = [
    ("Cover sheet\nRecommendations: That the Board: Approves the revised estates strategy; and Authorises the "
     "Director of Finance to sign the lease.\n",
     ["Approves the revised estates strategy", "Authorises the Director of Finance to sign the lease"]),
    ("Paper 6. Purpose: to seek approval of the digital plan. Recommendation: That the Committee: Notes the "
     "progress made; Endorses the digital plan; and Delegates the final wording to the Chief Officer. Next steps "
     "are set out below.\n",
     ["Notes the progress made", "Endorses the digital plan", "Delegates the final wording to the Chief Officer"]),
]


@pytest.mark.parametrize(("text", "expected"), INLINE_CASES)
def test_body_then_third_person_verbs_on_one_line(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    # the clauses do not open with the body's verbs
    "Cover sheet\nThe paper was tabled. That the Board: the plan is good; and the risks are low.\n",
    # no sentence end: cut off, better missed
    "Cover sheet\nRecommendations: That the Board: Approves the revised estates strategy; and Authorises the",
])
def test_inline_body_list_needs_verbs_and_an_end(text: str) -> None:
    assert texts(text) == []


# --- "That Cabinet:" over a decision opening in lower case --------------------------------------------

def test_that_body_over_a_lower_case_verb_clause() -> None:
    text = ("Minutes\nResolved\nThat Cabinet:\nappoints and authorises the Director of Housing to act as the "
            "member representative for the housing company\n\nMIN9\nResolved\n")
    records = run(text)
    assert [r.text for r in records] == [
        "appoints and authorises the Director of Housing to act as the member representative for the housing company"]
    assert records[0].verb == "appoint"


def test_that_body_over_prose_is_no_decision() -> None:
    text = "Minutes\nResolved\nThat Cabinet:\nthis was discussed at length by members\n"
    assert texts(text) == []


# --- a lead-in over a list, after a title line ----------------------------------------------------------

HAD_RECOMMENDED = (
    "85 Review of Public Toilets. (00-10-00) PDF 120 KB\n"
    "Arising from a report of the Director of Place and a recommendation from the Environment Policy Group, "
    "the Group had recommended that:\n"
    "(i) The transfer of the harbour toilets to the Town Council be agreed.\n"
    "(ii) A contribution from the Parish Council be sought for 2024/25.\n"
)


def test_had_recommended_lead_in_after_a_title_line() -> None:
    assert texts(HAD_RECOMMENDED) == ["The transfer of the harbour toilets to the Town Council be agreed",
                                      "A contribution from the Parish Council be sought for 2024/25"]


def test_a_sentence_tail_with_no_list_below_opens_nothing() -> None:
    text = ("85 Review of Public Toilets. (00-10-00) PDF 120 KB and many more words on this long first line\n"
            "the Group had recommended that:\nMembers discussed the matter at length.\n")
    assert texts(text) == []


# --- a labelled item ending "to:" completed by its bullets ----------------------------------------------

def test_infinitive_completed_by_bullets_is_one_decision() -> None:
    text = ("Decision:\n(1) To agree the new partnership arrangements.\n"
            "(2) To authorise the Director of Public Health to nominate officers (including deputies) to:\n"
            "\u00b7 Sit on the partnership board and represent the Council there; and\n"
            "\u00b7 Sit on its finance sub-committee.\n(3) To note the timetable.\n\nReasons for the decision:\nNone.\n")
    assert texts(text) == [
        "To agree the new partnership arrangements",
        "To authorise the Director of Public Health to nominate officers (including deputies) to: Sit on the "
        "partnership board and represent the Council there; Sit on its finance sub-committee",
        "To note the timetable",
    ]


def test_sub_items_that_decide_stay_separate() -> None:
    text = ("Decision:\n(1) To authorise the Director of Public Health to act for the Council and to:\n"
            "(a) approve the final terms of the agreement;\n(b) agree the start date with the Trust.\n")
    assert "approve the final terms of the agreement" in texts(text)


# --- "it was agreed that" over numbered decisions in parish minutes --------------------------------------

def test_numbered_decisions_under_it_was_agreed_that() -> None:
    text = ("Parish Council Minutes\n5. Allotments\nOn a proposition by Cllr Hale, seconded by Cllr Ross it was "
            "unanimously agreed that\n\n1) the revised tenancy agreement be approved and issued to all tenants by "
            "the Clerk and\n\n2) the annual rent be held at the present level for a further year.\n\n"
            "Cllr Ross left the meeting.\n")
    assert texts(text) == ["the revised tenancy agreement be approved and issued to all tenants by the Clerk",
                           "the annual rent be held at the present level for a further year"]


def test_it_was_agreed_that_over_prose_gives_nothing() -> None:
    text = ("Parish Council Minutes\n5. Allotments\nAfter discussion it was agreed that\n"
            "Members would return to this at the next meeting.\n")
    assert texts(text) == []
