"""Decisions whose heading or list shape was lost in copying web pages (invented sentences)."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

# --- a recorded resolution running into the next minute's heading, a column rule after its label ----------

RUN_ON_CASES = [
    ("Minutes of the Joint Commissioning Group\n\n4.APOLOGIES\n\nNone.\n\n5.PREVIOUS MINUTES\n\nResolved\n\n"
     "(a) / The minutes of the meeting held on 2 March 2019 be taken as a correct record.\n\n"
     "6.ACTIONS ARISING FROM THE MEETING – 2 MARCH 2019\n\nThe action log was reviewed and updated.\n",
     ["The minutes of the meeting held on 2 March 2019 be taken as a correct record"]),
    ("Minutes\n\nResolved\n\n(a) | The quarterly finance report be noted.\n\n12.ANY OTHER BUSINESS\n\nNone.\n",
     ["The quarterly finance report be noted"]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON_CASES)
def test_resolution_stops_at_a_numbered_capitals_heading(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_numbered_sentence_in_capitals_case_still_continues_an_item() -> None:
    # a wrapped line opening with an amount is still the item's text
    text = "Minutes\n\nRESOLVED\n\n(a) That the grant of\n£5,000 to the Trust be approved.\n"
    assert texts(text) == ["That the grant of £5,000 to the Trust be approved"]


# --- "Cabinet RESOLVED to agree to: i) ... ii) ..." on one flattened line ----------------------------------

_FILLER = "The service supports older residents in their own homes across the district. " * 4

RESOLVED_INLINE_CASES = [
    (f"Decision\n\nPurpose: {_FILLER}\n\nContent: For the reasons in the report Cabinet RESOLVED to agree to:   "
     "i)  Extend the existing home care contracts to 31 March 2026 to allow the new service to start. "
     "ii)  Award the new home care framework to the providers named in Appendix B. "
     "iii)  Delegate authority to the Director of Adult Services to call off from the framework; and additionally "
     "iv)  the Director",
     ["Extend the existing home care contracts to 31 March 2026 to allow the new service to start",
      "Award the new home care framework to the providers named in Appendix B",
      "Delegate authority to the Director of Adult Services to call off from the framework"]),
    (f"Decision record\n\n{_FILLER} The Committee resolved to: (a) Approve the revised fees for 2025/26. "
     "(b) Note the consultation responses received. Reasons: the fees must be set.",
     ["Approve the revised fees for 2025/26", "Note the consultation responses received"]),
]


@pytest.mark.parametrize(("text", "expected"), RESOLVED_INLINE_CASES)
def test_inline_items_of_a_recorded_resolution(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


def test_inline_resolution_items_that_do_not_ask_give_no_list() -> None:
    text = (f"Decision\n\n{_FILLER} Cabinet RESOLVED to: i) the contract value is £2m. ii) the term is five years. "
            "Reasons: value for money.")
    assert not any(r.text.startswith("the contract") for r in run(text))


# --- "That the recommendations in the report be approved." alone under a minute's narrative ------------------

BARE_CASES = [
    ("Agenda item\n\nLibrary Strategy - Report of the Director of Communities\n\nThe Cabinet considered a report "
     "(for copy see file of minutes).\n\nCouncillor Ray welcomed the plans for the mobile library.\n\n"
     "That the recommendations in the report be approved.\n\nSupporting documents:",
     ["That the recommendations in the report be approved"]),
    ("Minutes of the Executive\n\nThe Executive considered a report on the annual audit letter.\n\n"
     "That the annual audit letter be noted.\n",
     ["That the annual audit letter be noted"]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_CASES)
def test_bare_resolution_paragraph_in_minutes(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


@pytest.mark.parametrize("text", [
    # not a record of decisions: a report's own wording
    "Report to Cabinet\n\nThe Cabinet considered a report.\n\nThat the recommendations in the report be approved.\n",
    # inside a paragraph, not standing alone
    "Minutes\n\nMembers discussed the plan.\nThat the plan be approved was the view of some members.\n",
    # an agenda page: the item's proposed resolution, no minute told above it
    "Agenda and minutes\n\n3. Minutes\n\nThat the minutes of the meeting held on 4 May 2021 be approved as a "
    "correct record.\n\n4. Budget\n",
    # no decision verb
    "Minutes\n\nThe Panel heard from residents.\n\nThat the scheme be considered again next year.\n",
])
def test_no_bare_resolution(text: str) -> None:
    assert texts(text) == []


# --- "Members are recommended to note ..." in a web page's short summary paragraph ------------------------------

_LONG_PARAGRAPH = ("The Director explained that the programme had met most of its targets for the year and that the "
                   "remaining schemes would be delivered in the coming months with the support of the partners. ")


def test_request_in_a_short_paragraph_of_a_web_page() -> None:
    text = ("Agenda item\n\n\nMembers will receive a report on the carers strategy. Members are recommended to note "
            f"the report and make any comments.\n\n\n{_LONG_PARAGRAPH * 2}\n")
    assert texts(text) == ["Members are recommended to note the report and make any comments"]


def test_request_in_a_short_wrapped_line_is_not_read() -> None:
    # a wrapped PDF: the short line is only part of a paragraph
    text = "Report\n\nMembers will receive a report. Members are recommended to note the\nreport.\n"
    assert texts(text) == []


# --- the approval a report sought, where nothing else records the decision -------------------------------------

SOUGHT_CASES = [
    # a decision page marked approved, its purpose field flattened
    ("Decision\n\nDecision Maker: Cabinet\n\nOutcome: Decision approved\n\nPurpose: Councils must provide a "
     "library service.   This paper asks Cabinet for permission to extend the library management system contract "
     "with a neighbouring borough.   The system is used by all branches.\n",
     ["This paper asks Cabinet for permission to extend the library management system contract with a "
      "neighbouring borough"]),
    # minutes telling what the report sought, no decision wording anywhere else
    ("Minutes:\nCouncillor Grey presented a report on the leisure centre roof. The report sought Cabinet's "
     "approval to make a £40,000 contribution towards the repairs from the capital programme.\n",
     ["The report sought Cabinet's approval to make a £40,000 contribution towards the repairs from the capital "
      "programme"]),
]


@pytest.mark.parametrize(("text", "expected"), SOUGHT_CASES)
def test_approval_sought_recorded_as_the_decision(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


@pytest.mark.parametrize("text", [
    # minutes with the decision itself: the sought approval is not repeated
    "Minutes:\nThe report sought Cabinet's approval to make a £40,000 contribution.\nRESOLVED – That the "
    "£40,000 contribution be approved.\n",
    # minutes in the present tense: a report's summary quoted, not what the meeting heard
    "Minutes:\nThis paper asks Cabinet for permission to extend the contract.\n",
    # no approved status on a decision page
    "Decision\n\nOutcome: Deferred\n\nThis paper asks Cabinet for permission to extend the contract.\n",
])
def test_approval_sought_not_taken(text: str) -> None:
    assert not any("asks Cabinet" in t or "sought" in t for t in texts(text))
