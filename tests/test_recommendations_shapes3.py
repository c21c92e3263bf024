"""Recommendation shapes met on fresh council and NHS texts: grouped budget lists, decision logs, resolutions."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

# --- decisions recorded (is_decision) -------------------------------------------------------------

DECIDED_CASES = [
    # An NHS governing body's decision log: "The Governing Body:" over shouted past-tense bullets.
    ("Governing Body decision log: 2021\nDate: 4 May 2021\nItem discussed: Scheme of delegation\n"
     "The Governing Body:\n- APPROVED the revised scheme of delegation for the duration of the incident.\n"
     "- RATIFIED the urgent decision taken by the Chair to extend the estates lease.\nAction: Complete\n",
     ["APPROVED the revised scheme of delegation for the duration of the incident",
      "RATIFIED the urgent decision taken by the Chair to extend the estates lease"]),
    # Full-council minutes: a paragraph number "14)" before RESOLVED, and the items in the third person.
    ("Minutes of the County Council\n14) RESOLVED that the County Council:\n"
     "(1) Welcomes the partnership work on the regional housing deal\n"
     "(2) Endorses the proposed decision by the Leader to submit the bid\n"
     "(3) Expects regular reports on progress.\n",
     ["Welcomes the partnership work on the regional housing deal",
      "Endorses the proposed decision by the Leader to submit the bid", "Expects regular reports on progress"]),
    # The first item's label on the RESOLVED line itself.
    ("Issue - meetings\nMinutes:\nRESOLVED  A.    That the Head of Planning be given delegated authority to agree the fees.\n\n"
     "          B.    That the surplus be used to fund the tree planting scheme.\n",
     ["That the Head of Planning be given delegated authority to agree the fees",
      "That the surplus be used to fund the tree planting scheme"]),
    ("Decision details\nTHE DECISION:\nThat Cabinet approves the acceptance of the heritage grant of £80,000.\n"
     "Reason Key: Expenditure;\n",
     ["That Cabinet approves the acceptance of the heritage grant of £80,000"]),
    # A minutes item numbered out of order by its typist.
    ("Minutes\nResolved:\n1. Approve the community grants for 2023/24,\n3. To note the other support given\n"
     "2. To transfer the unspent ward budgets to the grants panel.\nReason for Decision:\nTo support groups.\n",
     ["Approve the community grants for 2023/24", "To note the other support given",
      "To transfer the unspent ward budgets to the grants panel"]),
    ("Decision status: Recommendations Approved\nFollowing consideration of the report, its appendices and the debate, "
     "the Executive resolved to:\n- Approve the award of the cleaning contract to the preferred bidder.\n"
     "- Exclude the press and public from any discussion of the confidential appendix.\n",
     ["Approve the award of the cleaning contract to the preferred bidder",
      "Exclude the press and public from any discussion of the confidential appendix"]),
    ("Minutes of the Cabinet meeting\n1.  Cabinet agreed the transfer of the payroll service to the shared service "
     "from 1 April.\n2.  Cabinet agreed proposals for the joint team to review the contract.\n",
     ["Cabinet agreed the transfer of the payroll service to the shared service from 1 April",
      "Cabinet agreed proposals for the joint team to review the contract"]),
]


@pytest.mark.parametrize(("text", "expected"), DECIDED_CASES)
def test_recorded_decisions(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


def test_decisions_below_moderngov_fields() -> None:
    text = ("Decisions published\n\n02/03/2019 - Library Review ref: 101    Recommendations Approved\n\n"
            "Decision Maker: Executive\n\nMade at meeting: 02/03/2019 - Executive\n\nEffective from: 10/03/2019\n\n"
            "1.   That the library review be approved.\n\n2.   To authorise the Director to consult on opening hours.\n\n"
            "02/03/2019 - Parking Charges ref: 102    Recommendations Approved\n\n"
            "Decision Maker: Executive\n\nEffective from: 10/03/2019\n\nThat the parking charges be agreed.\n")
    records = run(text)
    assert [r.text for r in records] == ["That the library review be approved",
                                         "To authorise the Director to consult on opening hours",
                                         "That the parking charges be agreed"]
    assert all(r.is_decision for r in records)


# --- recommendations (requests) -------------------------------------------------------------------

REQUEST_CASES = [
    # A budget covering report: a lead-in wrapped over three lines with an aside, items grouped under titles.
    ("Recommendations:\nThe Council, having given due regard to the section 25 statement (published as\n"
     "agenda item 4 of this meeting), is asked to agree the\nfollowing:\n2024-29 Capital Programme\n"
     "(a) The capital programme of £300m over five years.\n(b) The directorate capital plans in appendix A.\n"
     "2024-25 Revenue Budget\n(c) The net revenue budget of £900m for 2024-25.\nIn addition:\n"
     "(d) To note the risks to the medium term plan.\nContact details\nReport Author\n",
     ["The capital programme of £300m over five years", "The directorate capital plans in appendix A",
      "The net revenue budget of £900m for 2024-25", "To note the risks to the medium term plan"]),
    # A title-case line after an unfinished item in an ungrouped list is the item's own tail.
    ("Recommendations\n(1) Endorses the joint work to prepare the Regional\nHousing Growth Deal\n(2) Notes the timetable.\n",
     ["Endorses the joint work to prepare the Regional Housing Growth Deal", "Notes the timetable"]),
    # "Approve the changes to the scheme that:" over noun-phrase sub-items is one approval, sub-items folded in.
    ("Recommendations\nThat Cabinet resolves to:\n1. Approve the revised lettings policy.\n"
     "2. Approve the key changes to the scheme that:\na) Band A - applicants with urgent medical need are given priority\n"
     "b) Band B – applicants with a local connection of five years\nBackground\n",
     ["Approve the revised lettings policy",
      "Approve the key changes to the scheme that: a Band A - applicants with urgent medical need are given priority "
      "b Band B – applicants with a local connection of five years"]),
    ("2. Decision(s) recommended:\n\nThat Cabinet\n\n2.1 Notes the planned procurement activities for the quarter.\n\n"
     "2.2 Notes the contract awards made under delegation.\n\n3. Background\n",
     ["Notes the planned procurement activities for the quarter", "Notes the contract awards made under delegation"]),
]


@pytest.mark.parametrize(("text", "expected"), REQUEST_CASES)
def test_requests(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_stop_after_an_article_is_a_slip_not_a_sentence_end() -> None:
    text = "Recommendation\nThe Board is asked to approve the final version of the. Travel Plan for staff.\n"
    assert texts(text) == ["The Board is asked to approve the final version of the. Travel Plan for staff"]


def test_governing_body_is_a_deciding_body() -> None:
    records = run("Recommendation\nThe Governing Body is asked to approve the revised procurement policy.\n")
    assert [r.text for r in records] == ["The Governing Body is asked to approve the revised procurement policy"]
    assert records[0].verb == "approve"


# --- not recommendations --------------------------------------------------------------------------

NOT_CASES = [
    # Where to read, not what to decide.
    "Members are asked to refer to the updated budget report published on 3 February and not earlier drafts.\n",
    # "Set out below is ..." points at the list; it asks nothing.
    "Executive\n\nDecisions\n\nSet out below is a summary of the decisions taken at the meeting held on 1 May 2024.\n",
]


@pytest.mark.parametrize("text", NOT_CASES)
def test_not_recommendations(text: str) -> None:
    assert texts(text) == []


def test_shouted_truncated_copy_of_a_recommendation_is_not_repeated() -> None:
    text = ("Recommendations\nThat Cabinet resolves to:\n1. Approve the parking strategy for the town centre.\n"
            "2. Continue to delegate authority to set parking charges as per the Council's Constitution.\n"
            "Decision:\nRESOLVED that Cabinet:\n- APPROVE the parking strategy for the town centre.\n"
            "- CONTINUE TO DELEGATE AUTHORITY to set parking charges\n")
    assert texts(text) == ["Approve the parking strategy for the town centre",
                           "Continue to delegate authority to set parking charges as per the Council's Constitution"]


def test_proposed_decision_by_a_member_does_not_make_a_resolution_a_proposal() -> None:
    text = ("Minutes\n5) Mr A proposed the motion that the Council:\n(1) Endorses the proposed decision by the Leader\n"
            "to submit the bid\n20) RESOLVED that the Council:\n(1) Endorses the proposed decision by the Leader to "
            "submit the bid.\n")
    records = run(text)
    assert records and all(r.is_decision for r in records if r.rule == "recommendations.resolved")
