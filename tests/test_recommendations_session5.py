"""Motions in council minutes and motion papers, and decision shapes met in session 5 (invented sentences)."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

from extractors.recommendations.lead_ins import lead_in
from extractors.recommendations.lines import parse_label
from extractors.recommendations.motions import agreed_motions
from extractors.recommendations.shapes import recommendation_shaped

_VOTE = "For (12)\nCllr Adams, Cllr Brown\nAgainst (30)\nCllr Clark, Cllr Davies\nAbstain (0)\n"

# --- a motion put and lost decides nothing; the carried one is read after RESOLVED -------------------------

LOST_MOTION_MINUTES = (
    "Minutes of the meeting of the Borough Council held on 4 May 2023\n\n"
    "41. Notices of Motion\n"
    "1) Cllr Adams proposed, and Cllr Brown seconded the motion that\n"
    "\u201cThis Council resolves to:\n"
    "1. Request that the Leader writes to the Minister about bus services;\n"
    "2. Establish a cross-party working group on rural transport.\u201d\n"
    "2) Following the debate, the Mayor put the motion to the vote.\n" + _VOTE + "Motion lost.\n"
    "3) Cllr Evans proposed, and Cllr Ford seconded the motion that\n"
    "\u201cThis Council resolves to:\n"
    "1. Support the local food bank network.\u201d\n"
    "4) Following the debate, the Mayor put the motion to the vote.\n"
    "Motion carried.\n"
    "5) RESOLVED that the Council resolves:\n"
    "1. To support the local food bank network.\n"
)


def test_items_of_a_lost_motion_are_dropped() -> None:
    found = texts(LOST_MOTION_MINUTES)
    assert found == ["To support the local food bank network"]


@pytest.mark.parametrize("outcome", ["Motion lost.", "The amendment was lost.", "Amendment defeated.",
                                     "The motion was put to the vote and was lost.", "The motion fell."])
def test_outcome_wordings_of_a_lost_motion(outcome: str) -> None:
    text = ("Minutes of the Council meeting\n\n"
            "12. Motion on Parking\n"
            "Cllr Green moved, and Cllr Hall seconded, the following motion:\n"
            "This Council resolves to:\n"
            "(a) Request a review of parking charges in the town centre;\n"
            "(b) Ask the Cabinet to freeze permit fees for residents.\n"
            f"{outcome}\n"
            "13. Minutes of the Audit Committee\n"
            "RESOLVED that the minutes of the Audit Committee be noted.\n")
    assert texts(text) == ["that the minutes of the Audit Committee be noted"]


def test_motion_that_fell_within_scope_is_no_outcome() -> None:
    text = ("Minutes of the Council meeting\n\n"
            "1) Cllr Green proposed, and Cllr Hall seconded the motion that the Council:\n"
            "(a) Approves the Play Area Strategy.\n"
            "The motion fell within the remit of the Cabinet, the Monitoring Officer advised.\n"
            "Motion carried.\n"
            "2) RESOLVED that the Council:\n"
            "(a) Approves the Play Area Strategy.\n")
    assert texts(text) == ["Approves the Play Area Strategy"]


def test_lost_motion_search_stops_at_an_agreed_motion() -> None:
    text = ("Minutes of the Town Council\n\n"
            "1) Cllr Owen proposed, and Cllr Price seconded, that the Council thank the volunteers of the\n"
            "spring litter pick for their work.\nAgreed.\n"
            "2) The Council discussed the draft budget and the following was put:\n"
            "This Council resolves to:\n(a) Freeze the precept for the coming year.\n"
            "Motion lost.\n")
    # the earlier proposal is not taken for the lost motion's: the agreed motion above stays
    assert "that the Council thank the volunteers of the spring litter pick for their work" in texts(text)


def test_a_lost_amendment_leaves_the_carried_motion() -> None:
    text = ("Minutes of the County Council\n\n"
            "1) Mr King proposed, and Mrs Lee seconded the motion that the County Council:\n"
            "(a) Approves the Libraries Strategy; and\n"
            "(b) Notes the consultation responses.\n"
            "2) Mr Moss proposed, and Ms Nash seconded an amendment that the County Council:\n"
            "(a) Defers the Libraries Strategy to the next meeting.\n"
            "Amendment lost.\n"
            "Motion carried.\n"
            "3) RESOLVED that the County Council:\n"
            "(a) Approves the Libraries Strategy; and\n"
            "(b) Notes the consultation responses.\n")
    found = texts(text)
    assert "Defers the Libraries Strategy to the next meeting" not in found
    assert "Approves the Libraries Strategy" in found


# --- a short motion proposed, seconded and agreed in the minute's own words --------------------------------

AGREED_MOTION_CASES = [
    ("Cllr Owen proposed, and Cllr Price seconded, that the Council place on record its thanks to the retiring\n"
     "Town Clerk for twenty years of service.\nAgreed unanimously.\n",
     ["that the Council place on record its thanks to the retiring Town Clerk for twenty years of service"]),
    ("The Chair proposed that the Committee continue the meeting beyond 9.30pm and it was agreed.\n",
     ["that the Committee continue the meeting beyond 9.30pm"]),
    ("Mrs Quinn moved that the Council suspend standing orders for the next item.\nCarried.\n",
     ["that the Council suspend standing orders for the next item"]),
    ("It was proposed by Cllr Vine and seconded by Cllr Webb and agreed unanimously that the quote of £420 from\n"
     "A1 Fencing should be accepted.\n",
     ["that the quote of £420 from A1 Fencing should be accepted"]),
    ("Cllr Vine proposed, Cllr Webb seconded and it was agreed that the village hall hire charge rise to £12 an hour.\n",
     ["that the village hall hire charge rise to £12 an hour"]),
]


@pytest.mark.parametrize(("text", "expected"), AGREED_MOTION_CASES)
def test_agreed_motion_is_read(text: str, expected: list[str]) -> None:
    assert [m.text for m in agreed_motions(text)] == expected


@pytest.mark.parametrize("text", [
    # put to the vote and lost: no "Agreed" below
    "Cllr Owen proposed, and Cllr Price seconded, that the Council adopt a new logo.\nMotion lost.\n",
    # a quoted motion over a list: read after RESOLVED instead
    "Mr Reed proposed, and Mr Shaw seconded the motion that\n\u201cThe Council resolves:\n1. To act.\u201d\nAgreed.\n",
    # too short to say what was decided
    "Cllr Owen proposed that it be agreed.\nAgreed.\n",
    # narrative: nobody proposed anything
    "The Clerk reported that the grass cutting contract was agreed last year.\n",
])
def test_no_agreed_motion(text: str) -> None:
    assert agreed_motions(text) == []


def test_agreed_motion_in_minutes_with_resolutions() -> None:
    text = ("Minutes of the meeting of the District Council\n\n"
            "5. Chairman's Announcements\n"
            "Cllr Owen proposed, and Cllr Price seconded, that the Council record its sympathy to the family of\n"
            "the late Honorary Alderman Smith.\n"
            "Agreed unanimously.\n\n"
            "6. Minutes\n"
            "RESOLVED that the minutes of the meeting held on 1 March 2022 be approved as a correct record.\n")
    found = run(text)
    assert [r.text for r in found] == [
        "that the minutes of the meeting held on 1 March 2022 be approved as a correct record",
        "that the Council record its sympathy to the family of the late Honorary Alderman Smith",
    ]
    assert all(r.is_decision for r in found)


# --- a motion paper: labelled items under "This Council ... that/to:" below its "Motion:" heading ----------

MOTION_PAPER = (
    "Borough Council Meeting - 9 October 2024\n"
    "Notice of Motion - Protecting Local Rivers\n"
    "Proposer: Cllr Young\nSeconder: Cllr Zane\n"
    "Background\n"
    "Sewage discharges into local rivers have risen sharply over the last five years.\n"
    "Motion:\n"
    "This Council believes that:\n"
    "a.) Water companies must be held to account for every illegal discharge.\n"
    "b.) Residents deserve regular and open reporting of river water quality.\n"
    "And;\n\n"
    "This Council resolves to call on the Leader of the Council\n"
    "to:\n"
    "a.) Write to the regulator asking for stronger enforcement;\n"
    "b.) Publish a yearly report on river health in the borough.\n"
)


def test_motion_paper_items_are_read() -> None:
    found = run(MOTION_PAPER)
    assert [r.text for r in found] == [
        "Water companies must be held to account for every illegal discharge",
        "Residents deserve regular and open reporting of river water quality",
        "Write to the regulator asking for stronger enforcement",
        "Publish a yearly report on river health in the borough",
    ]
    assert not any(r.is_decision for r in found)


def test_council_lead_in_without_motion_heading_is_not_read() -> None:
    # a report quoting what a council believes, with no motion heading above it
    text = ("Report to Cabinet\n\nBackground\n\nThis Council believes that:\n"
            "a.) Libraries matter to every community.\nb.) Opening hours should be kept.\n")
    assert texts(text) == []


@pytest.mark.parametrize(("text", "value"), [("a.) Write to the Minister", "a"), ("iv.) Publish the plan", "iv"),
                                             ("3.) Note the report", "3")])
def test_dot_bracket_labels(text: str, value: str) -> None:
    label = parse_label(text, None)
    assert label is not None and label.text == value


def test_word_before_dot_bracket_is_no_label() -> None:
    assert parse_label("etc.) and other costs", None) is None


# --- "That the Cabinet is recommended:" over a list; a wrapped "report to ..." is no heading --------------

@pytest.mark.parametrize("text", ["That the Cabinet is recommended:", "The Committee is recommended:",
                                  "That Council is therefore recommended: -"])
def test_recommended_colon_lead_in(text: str) -> None:
    assert lead_in(text) == (None, "", False)


def test_recommended_colon_list_with_wrapped_report_to() -> None:
    text = ("Recommendations\n\nThat the Cabinet is recommended:\n\n"
            "i) To approve the revised allotments policy at Appendix A to this\n"
            "report to take effect from 1st May 2021\n\n"
            "ii) To delegate minor changes to the Head of Leisure\n\n"
            "Reasons for Recommendations\n\ni) To keep the policy up to date.\n")
    assert texts(text) == [
        "To approve the revised allotments policy at Appendix A to this report to take effect from 1st May 2021",
        "To delegate minor changes to the Head of Leisure",
    ]


def test_report_to_heading_still_ends_a_section() -> None:
    text = ("Recommendations\n\nThe Cabinet is recommended to:\n\n(a) approve the revised plan.\n\n"
            "Report to Council\n\nApprove the budget for the coming year.\n")
    assert texts(text) == ["approve the revised plan"]


# --- a title between the lead-in and the first item; a heading word continuing an unfinished sentence ------

def test_title_over_first_item_is_skipped() -> None:
    text = ("Full Council is asked to agree the following:\n\n"
            "Capital Programme 2024-27\n"
            "To replace the proposed highways allocation with a new footway repair fund.\n")
    assert texts(text) == ["To replace the proposed highways allocation with a new footway repair fund"]


def test_heading_word_after_unfinished_line_continues_the_item() -> None:
    text = ("Recommendations\n\n(a) Approve the revised fees and charges set out in\n"
            "Appendices B and C to this report.\n(b) Note the consultation responses.\n")
    assert texts(text) == ["Approve the revised fees and charges set out in Appendices B and C to this report",
                           "Note the consultation responses"]


def test_heading_after_finished_item_still_stops() -> None:
    text = ("Recommendations\n\n(a) Approve the revised fees and charges.\n"
            "Appendices\nAppendix A - Fees schedule\n")
    assert texts(text) == ["Approve the revised fees and charges"]


# --- a decision notice's decision written as a noun: "Approval to award ..." -----------------------------

NOUN_DECISION_CASES = [
    ("Approval to award a grounds maintenance contract to Green Spaces Ltd for three years", True),
    ("Approval of the revised charging policy for day services", True),
    ("Authority to extend the lease of the community centre for five years", True),
    ("Approval from the auditors was received in May", False),
    ("Authority figures show a rise in demand", False),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_DECISION_CASES)
def test_noun_decision_shape(text: str, expected: bool) -> None:
    assert recommendation_shaped(text) is expected


def test_noun_decision_under_decisions_heading() -> None:
    text = ("Council decisions\n\nDecisions published\n\n"
            "03/02/2023 - Award of Meals Service Contract ref: 1234    Recommendations Approved\n\n"
            "Summary\n\nThe service was tendered in 2022.\n\n"
            "Decisions\n\n"
            "Approval to award a community meals contract to Hot Meals Ltd for two years from 1st April 2023.\n\n"
            "Decision Maker: Director of Adult Social Care\n")
    found = run(text)
    assert [r.text for r in found] == [
        "Approval to award a community meals contract to Hot Meals Ltd for two years from 1st April 2023"]
    assert found[0].is_decision


# --- minutes noting a paper in prose ----------------------------------------------------------------------

NOTED_CASES = [
    ("Minutes of the Health and Wellbeing Board\n\n1. Minutes\n\n"
     "The minutes of the meeting held on 2 June 2016 were agreed as a correct record.\n\n"
     "2. Winter Planning\n\nThe Board noted the verbal update on winter planning for local hospitals.\n",
     ["The minutes of the meeting held on 2 June 2016 were agreed as a correct record",
      "The Board noted the verbal update on winter planning for local hospitals"]),
    ("Minutes of the Health and Wellbeing Board\n\n1. Winter Planning\n\n"
     "The Board noted that demand had risen over the winter months.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), NOTED_CASES)
def test_board_noted_the_update(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
