"""Decision shapes met in hold-outs 22-24, on invented sentences: resolutions naming who acts, issue pages,
agenda requests on the minutes, outcomes printed in capitals, statutory lead-ins and lists whose heading was lost."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

from extractors.recommendations.lead_ins import lead_in

# --- "RESOLVED Members to:" / "RESOLVED the Leader to:": who acts, named before "to" --------------------------

NAMED_ACTOR_MINUTES = (
    "Minutes of the Governance Committee held on 4 March 2024\n"
    "7. Review of committee structures\n"
    "1. The Chair introduced the paper.\n"
    "2. RESOLVED Members to:\n"
    "a) NOTE with thanks the work of the review group.\n"
    "b) NOTE the timetable for the review.\n"
    "3. RESOLVED the Leader to:\n"
    "a) ESTABLISH a Housing Cabinet Committee.\n"
    "b) MERGE the Transport Committee into the Environment Committee.\n"
    "4. RESOLVED Members to recommend to the County Council:\n"
    "a) To AMEND the constitution so that petitions are heard first.\n"
    "b) To NOTE the review group's findings.\n"
    "5. RESOLVED Members to note the training plan for new Members.\n"
)


def test_resolutions_naming_who_acts_are_read_without_their_lead_ins() -> None:
    assert texts(NAMED_ACTOR_MINUTES) == [
        "NOTE with thanks the work of the review group",
        "NOTE the timetable for the review",
        "ESTABLISH a Housing Cabinet Committee",
        "MERGE the Transport Committee into the Environment Committee",
        "To AMEND the constitution so that petitions are heard first",
        "To NOTE the review group's findings",
        "to note the training plan for new Members",
    ]


@pytest.mark.parametrize("line", [
    "RESOLVED to recommend to Council:",
    "RESOLVED Members to recommend to the County Council:",
    "AGREED to recommend to Full Council that:",
])
def test_recommending_on_to_another_body_only_leads_in(line: str) -> None:
    text = f"Minutes\n\n{line}\na) To adopt the revised scheme.\nb) To note the consultation responses.\n"
    assert texts(text) == ["To adopt the revised scheme", "To note the consultation responses"]


@pytest.mark.parametrize("text", [
    "Minutes\n\nResolved Issues to be reported next year.\n",  # a title-case "Resolved" names no actor
    "Minutes\n\nThe Cabinet noted the report.\n",
])
def test_no_named_actor_resolution_without_capitals(text: str) -> None:
    assert not any(t.startswith("to be reported") for t in texts(text))


# --- "RECOMMENDED TO COUNCIL: The approval of ...": the body is part of the heading -----------------------------

@pytest.mark.parametrize("heading", ["RECOMMENDED TO COUNCIL:", "RECOMMENDED TO FULL COUNCIL -",
                                     "RESOLVED TO CABINET:"])
def test_body_recommended_to_is_no_item(heading: str) -> None:
    text = (f"Cabinet minutes\n\n{heading} The approval of up to £250,000 capital spending on the depot roof.\n\n"
            "REASONS FOR DECISIONS:\n\n(1) The roof leaks.\n")
    assert texts(text) == ["The approval of up to £250,000 capital spending on the depot roof"]


# --- an issue page's numbered list above its decision fields ---------------------------------------------------

ISSUE_PAGE = (
    "Issue details\n\n"
    "Car park charges review\n\n"
    "1.     To approve the revised tariff (at Appendix A).\n\n"
    "2.     To grant delegated authority to the Director of Place to set seasonal charges.\n\n"
    "Decision type: Key\n\n"
    "Decision status: {status}\n\n"
    "Wards affected: (All Wards);\n"
)


@pytest.mark.parametrize(("status", "decided"), [("Recommendations Approved", True), ("For Determination", False)])
def test_issue_page_list_is_read(status: str, decided: bool) -> None:
    records = run(ISSUE_PAGE.format(status=status))
    assert [r.text for r in records] == [
        "To approve the revised tariff (at Appendix A)",
        "To grant delegated authority to the Director of Place to set seasonal charges",
    ]
    assert all(r.is_decision is decided for r in records)


@pytest.mark.parametrize("text", [
    # a numbered list deep in a page, under narrative, is no issue's list
    "Issue details\n\nCar parks\n\nThe report explains the background.\nIt covers three sites.\n"
    "Officers consulted widely.\n\n1. To approve the tariff.\n\n2. To note the risks.\n\nDecision type: Key\n",
    # no decision fields below: a plain numbered list
    "Car parks\n\n1. To approve the tariff.\n\n2. To note the risks.\n\nBackground\n\nThe report explains.\n",
    # the list is not a request
    "Issue details\n\nCar parks\n\n1. The tariff rose in 2019.\n\n2. The risks grew.\n\nDecision type: Key\n",
])
def test_no_issue_page_list(text: str) -> None:
    assert not any(r.rule == "recommendations.issue_page" for r in run(text))


# --- an agenda's request to confirm the last minutes -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("AGENDA\n\n1 Apologies\n\n2 Minutes of Previous Meeting (Pages 1 - 8) To confirm as a correct record the draft "
     "minutes of the meeting of the Parish Council held on 14 May 2019.\n\n3 Planning applications\n",
     "To confirm as a correct record the draft minutes of the meeting of the Parish Council held on 14 May 2019"),
    ("Board meeting AGENDA\n\n3. Minutes of previous meeting To approve the minutes of the Quality Committee meeting "
     "held on 2 February 2021 Jane Smith 02 4. Matters Arising\n",
     "To approve the minutes of the Quality Committee meeting held on 2 February 2021"),
])
def test_agenda_asks_to_confirm_the_minutes(text: str, expected: str) -> None:
    records = run(text)
    assert [r.text for r in records] == [expected]
    assert records[0].is_decision is False


@pytest.mark.parametrize("text", [
    # minutes recording the confirmation: the request is only the item's heading
    "Agenda item 2\n\nTo confirm the minutes of the meeting held on 14 May 2019.\n\n"
    "The minutes of the meeting held on 14 May 2019 were confirmed and signed as a correct record.\n",
    # an "Agenda and minutes" page: the resolution on the minutes follows the request
    "Agenda and minutes\n\n2. Minutes\n\nTo agree the minutes of the last meeting held on 4 June 2018 as a true "
    "record.\n\nThe Board considered the minutes.\n\nThat the minutes of the meeting held on 4 June 2018 be approved "
    "and signed by the Chairman.\n",
    # no agenda
    "Report of the Clerk\n\nTo confirm the minutes of the meeting held on 14 May 2019.\n",
])
def test_no_agenda_minutes_request(text: str) -> None:
    assert not any(r.rule == "recommendations.agenda_minutes" for r in run(text))


# --- minutes' outcomes: confirmations with qualified minutes, outcomes printed in capitals ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Minutes\n\nThe Open and Exempt Minutes of the Meeting held on 3 March 2022 were confirmed and signed as a "
     "correct record.\n\n5. Budget\n\nRESOLVED that the budget be approved.\n",
     ["that the budget be approved",
      "The Open and Exempt Minutes of the Meeting held on 3 March 2022 were confirmed and signed as a correct record"]),
    ("Minutes\n\nThe draft minutes of the last meeting were approved.\n",
     ["The draft minutes of the last meeting were approved"]),
    ("Minutes of the Audit Committee\n\nThe Minutes of the Meeting of the Staff Forum, held on 2 June 2023, were "
     "NOTED.\n",
     ["The Minutes of the Meeting of the Staff Forum, held on 2 June 2023, were NOTED"]),
    ("Minutes of the Audit Committee\n\nWith no questions raised, the Action Log, setting out progress on earlier "
     "actions, was NOTED.\n",
     ["With no questions raised, the Action Log, setting out progress on earlier actions, was NOTED"]),
])
def test_minuted_outcomes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "Minutes\n\nMembers noted that the Action Log was behind schedule.\n",  # narrative noting, no outcome
    "Minutes\n\nThe report was noted by officers before the meeting.\n",  # lower case: no printed outcome
    "Report\n\nThe Action Log was NOTED.\n",  # not minutes
])
def test_no_minuted_outcome(text: str) -> None:
    assert texts(text) == []


# --- a statutory clause before the body asked -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pursuant to section 25 of the Local Government Act 2003, the Council is asked to NOTE this report.",
    "Under section 151 of the Local Government Act 1972, Cabinet is asked to agree the treasury limits.",
])
def test_statutory_clause_before_lead_in(text: str) -> None:
    found = lead_in(text)
    assert found is not None and found[1] == text


def test_statutory_clause_item_is_read_whole() -> None:
    text = ("Statement of the Chief Finance Officer\n\nRecommendation:\n\nPursuant to section 25 of the Local "
            "Government Act 2003, the Council is asked to CONSIDER and NOTE this report.\nBackground\n")
    assert texts(text) == ["Pursuant to section 25 of the Local Government Act 2003, the Council is asked to "
                           "CONSIDER and NOTE this report"]


# --- contract verbs: "To place the order with ..." ----------------------------------------------------------------

def test_place_an_order_is_a_decision() -> None:
    text = ("Decision Maker: Officer Decision\n\nDecision:\n\nTo place the order with Smith Roofing Ltd. and to waive "
            "Contract Standing Orders as the works are urgent.\n\nReason: To keep the depot dry.\n")
    assert texts(text) == ["To place the order with Smith Roofing Ltd. and to waive Contract Standing Orders as the "
                           "works are urgent"]


# --- a sentence running on over a page break opens no paragraph ------------------------------------------------------

def test_sentence_over_page_break_is_no_lead_in() -> None:
    text = ("Minutes of the Cabinet\n\n5. Updates\n(a) The Leader said that at the Scrutiny Committee held last "
            "week, at that meeting,\f2\nMembers agreed to refer the decision to full Council. The matter will "
            "return.\n")
    assert texts(text) == []


def test_page_break_after_finished_sentence_still_opens_a_paragraph() -> None:
    text = ("Minutes of the Cabinet\n\n5. Budget\nThe Cabinet Member introduced the report on the budget.\f2\n"
            "The Cabinet agreed to approve the budget.\n")
    assert texts(text) == ["approve the budget"]


# --- a resolution list whose heading was lost -------------------------------------------------------------------

def test_deciding_verb_list_without_heading() -> None:
    text = ("Better Care Fund update\n\nThe Director presented the year-end position of the fund.\n\n"
            "a)    Note the year-end position of the Better Care Fund.\n\n"
            "b)    Approve the delivery plan for the coming year.\n\n"
            "The schemes aim to keep people well at home.\n")
    assert texts(text) == ["Note the year-end position of the Better Care Fund",
                           "Approve the delivery plan for the coming year"]


@pytest.mark.parametrize("text", [
    # other verbs: an action plan, not a resolution
    "Plan\n\nThe plan sets out:\n\na) Review the fees.\n\nb) Develop the website.\n",
    # one item only
    "Update\n\nThe Director presented.\n\na) Note the position.\n\nThe schemes continue.\n",
    # a sentence running on into the list
    "Update\n\nThe board will in due course\n\na) Note the position.\n\nb) Approve the plan.\n",
])
def test_no_deciding_verb_list(text: str) -> None:
    assert not any(r.rule == "recommendations.verb_list" for r in run(text))
