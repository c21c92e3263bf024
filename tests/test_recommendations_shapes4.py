"""Recommendation shapes of decision logs, decision pages and leaders' reports (invented sentences)."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

# --- bullets spelling out one resolution ---------------------------------------------------------------

FOLDED_CASES = [
    # A passive resolution ending in a colon: its bullets say what the one decision covers.
    ("Minutes\nRESOLVED:\n1. That a new pooled fund agreement with the Trust from 1 June 2024 be approved:\n"
     "• To pool both partners' budgets for sensory support; and\n• For the Council to host the pooled fund.\n"
     "2. That the Director be authorised to sign the agreement.\n",
     ["That a new pooled fund agreement with the Trust from 1 June 2024 be approved: "
      "To pool both partners' budgets for sensory support; For the Council to host the pooled fund",
      "That the Director be authorised to sign the agreement"]),
    ("Minutes\nRESOLVED:\n1. That investment in youth services of £90,000 a year be approved, as follows:\n"
     "• £60,000 towards detached youth work; and\n• £30,000 towards the holiday programme.\n",
     ["That investment in youth services of £90,000 a year be approved, as follows: "
      "£60,000 towards detached youth work; £30,000 towards the holiday programme"]),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED_CASES)
def test_bullets_under_a_passive_resolution_fold_in(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_bullets_under_a_bare_following_stay_items() -> None:
    text = ("Minutes\nRESOLVED:\n1. That the following be approved:\n• the revised garden waste charges\n"
            "• the new bulky waste charges\n")
    assert texts(text) == ["the revised garden waste charges", "the new bulky waste charges"]


# --- a decision log: "The Board APPROVED the following:" over unlabelled decisions -------------------------

LOG = ("Board decision log: 2022\nDate: 3 March, 2022\nSubject: Interim meeting arrangements\n"
       "The Board APPROVED the following:\n"
       "Board to meet fortnightly by video call for one hour. The business of those meetings will be to:\n"
       "- Receive an update on winter pressures\n- Ratification of urgent decisions\n"
       "To temporarily vary the quorum to include:\n- The Chair or Vice Chair.\n- Two lay members.\n"
       "The quorum shall be four members for the duration of the incident.\n"
       "Standing orders will be updated accordingly\n"
       "To temporarily reduce the Audit Committee to three lay members.\nAction: Done\n"
       "Date: 17 March, 2022\n")


def test_decision_log_unlabelled_decisions_keep_their_bullets() -> None:
    records = run(LOG)
    assert [r.text for r in records] == [
        "Board to meet fortnightly by video call for one hour. The business of those meetings will be to: "
        "Receive an update on winter pressures; Ratification of urgent decisions",
        "To temporarily vary the quorum to include: The Chair or Vice Chair; Two lay members. "
        "The quorum shall be four members for the duration of the incident. "
        "Standing orders will be updated accordingly",
        "To temporarily reduce the Audit Committee to three lay members",
    ]
    assert all(r.is_decision for r in records)


def test_a_lead_in_after_a_form_field_opens_a_list() -> None:
    text = ("Decision log\nSubject: Review of the estates strategy for the coming year\n"
            "The Committee AGREED the following:\n(a) approve the estates strategy;\n(b) note the disposals.\n")
    assert texts(text) == ["approve the estates strategy", "note the disposals"]


# --- decision pages -----------------------------------------------------------------------------------

def test_subject_preamble_under_decision_is_no_item() -> None:
    text = ("Decision details\nDecision status: Recommendations Approved\nDecision:\n"
            "In relation to the £40k offered by the Clinical Commissioning Group:\n\n"
            "• To authorise the Cabinet Member for Communities to sign the funding agreement with the group\n"
            "• The funding covers two years of social prescribing in the eastern wards.\n\n"
            "Reasons for the decision:\nTo support the wards.\n")
    assert texts(text) == ["To authorise the Cabinet Member for Communities to sign the funding agreement with the group"]


def test_request_ending_as_follows_leads_into_its_list() -> None:
    text = ("Decision:\n\nCabinet is requested to accept the housing grant offer and approve the resulting "
            "actions as follows:\n\na)    Approve the business case at Appendix 2.\n\nb)    Accept the grant "
            "of £120,000 for the scheme.\n\nReasons for the decision:\nTo house families.\n")
    assert texts(text) == ["Approve the business case at Appendix 2", "Accept the grant of £120,000 for the scheme"]


APPROVAL_SOUGHT_CASES = [
    ("Decisions published\n\n12/02/2024 - Contract Award for Carers Support ref: 881    Recommendations Approved\n\n"
     "This report seeks approval of the award of the carers support contract to Northside Carers Trust.\n\n"
     "The service supports unpaid carers.\n\nDecision Maker: Director of Adult Services\n",
     ["This report seeks approval of the award of the carers support contract to Northside Carers Trust"]),
    ("Decision\nOutcome: Recommendations Approved\nPurpose: The purpose of the report is to seek approval under "
     "Contract Procedure Rule 14, to extend the meals contract with Eastfield Catering from 1 May 2024 to 30 April "
     "2025. The extension is lawful under the rules.\n",
     ["to extend the meals contract with Eastfield Catering from 1 May 2024 to 30 April 2025"]),
]


@pytest.mark.parametrize(("text", "expected"), APPROVAL_SOUGHT_CASES)
def test_approval_sought_on_an_approved_decision_page(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


def test_without_approved_status_the_purpose_is_a_request_not_a_decision() -> None:
    records = run("Report to Cabinet\n\nThis report seeks approval of the award of the carers support contract to a "
                  "new provider.\n")
    assert [(r.text, r.is_decision) for r in records] == [
        ("approval of the award of the carers support contract to a new provider", False)]


APPROVAL_NOT_CASES = [
    # An approved page whose purpose sentence is cut off.
    "Decision status: Recommendations Approved\nThis report seeks approval of the award of the carers support",
]


@pytest.mark.parametrize("text", APPROVAL_NOT_CASES)
def test_no_approval_sought(text: str) -> None:
    assert texts(text) == []


# --- a leader's report of the Cabinet's decisions ---------------------------------------------------------

LEADER = ("Agenda item 9\n\nLeader's Report on Cabinet Business\n\n1. Library Opening Hours\n\n"
          "Cabinet considered a review of library opening hours across the county.\n\n"
          "Cabinet approved the new opening hours for the twelve branch libraries from 1 April 2024, to keep "
          "every library open on Saturdays.\n\n2. Highways Contract\n\nCabinet agreed that the highways "
          "maintenance contract be extended by two years\nand authorised the Director of Highways to agree the "
          "terms.\n\nThe extension keeps the current prices. Cabinet agreed this in March.\n")


def test_leaders_report_decisions() -> None:
    records = run(LEADER)
    assert [r.text for r in records] == [
        "Cabinet approved the new opening hours for the twelve branch libraries from 1 April 2024, to keep "
        "every library open on Saturdays",
        "Cabinet agreed that the highways maintenance contract be extended by two years and authorised the "
        "Director of Highways to agree the terms",
    ]
    assert all(r.is_decision for r in records)


def test_cabinet_approved_in_an_ordinary_report_is_history() -> None:
    text = ("Report to Cabinet\n\nLibrary Strategy\n\nCabinet approved the library strategy in 2019 after a "
            "consultation with residents.\n\nThe strategy is now being reviewed.\n")
    assert texts(text) == []


# --- a request in note form, in a report with no list ---------------------------------------------------

def test_body_to_verb_paragraph_is_the_request() -> None:
    text = ("Report to: Executive - 4 June 2024\nCommunity Hubs\n\nThis report sets out progress on the hubs.\n\n"
            "Executive to agree the next phase of the community hubs programme and note its costs.\n"
            "A further report will follow.\n\nWards Affected: All\n")
    assert texts(text) == ["Executive to agree the next phase of the community hubs programme and note its costs"]


def test_body_to_verb_paragraph_is_ignored_when_a_list_exists() -> None:
    text = ("Report to Cabinet\n\nCabinet to agree the next phase of the community hubs programme.\n\n"
            "Recommendations\n(a) approve the hubs programme;\n(b) note the risks.\n")
    assert texts(text) == ["approve the hubs programme", "note the risks"]


def test_body_to_verb_mid_paragraph_is_not_a_request() -> None:
    text = ("Report to Cabinet\n\nThe timetable was revised in May and the\nBoard to note that it has slipped.\n")
    assert texts(text) == []


# --- "To <adverb> <verb>" opens an item ----------------------------------------------------------------

def test_to_adverb_verb_opens_an_unlabelled_item() -> None:
    text = "Recommendations\nTo formally adopt the tree strategy.\nTo temporarily waive parking charges in May.\n"
    assert texts(text) == ["To formally adopt the tree strategy", "To temporarily waive parking charges in May"]


# --- minutes wrapped to a page width, a line breaking before a capitalised name ------------------------------

WRAPPED_MINUTES = ("Minutes of the Parish Council meeting held on 4 March 2024\n5. Village hall roof\n"
                   "The clerk reported on the three quotes for repairs to the village hall roof and it was agreed to ask\n"
                   "Eastfield Roofing Ltd to carry out the work at a cost of £2,400 before the end of April.\n"
                   "6. Playing field\n"
                   "Councillors discussed the state of the goal posts on the playing field and it was agreed that the\n"
                   "Clerk would obtain two quotes.\n7. Date of next meeting\nTuesday 2 April 2024\n")


def test_wrapped_minutes_sentence_runs_on_before_a_capital() -> None:
    assert texts(WRAPPED_MINUTES) == [
        "it was agreed to ask Eastfield Roofing Ltd to carry out the work at a cost of £2,400 before the end of April",
        "it was agreed that the Clerk would obtain two quotes",
    ]


def test_short_line_before_a_capital_ends_its_paragraph() -> None:
    # "It was agreed." is a whole sentence; the title under it is not part of it.
    text = ("Minutes of the Parish Council meeting held on 4 March 2024\n"
            "The council considered the request from the allotment society for a new water trough and it was\n"
            "agreed to buy one\nBus Shelter\nThe shelter repairs were noted.\n")
    assert texts(text) == ["it was agreed to buy one"]


def test_chair_agreeing_to_act_is_no_resolution() -> None:
    text = ("Minutes of the Panel\nChairman's Announcements\n1. RESOLVED that Mrs A Smith be elected Vice Chair of "
            "the Panel.\n2. The Chair agreed to email all Members about the training dates and to invite them to visits.\n"
            "Minutes of the last meeting\nRESOLVED that the minutes of the meeting held on 3 May 2024 were a correct record.\n")
    assert texts(text) == ["that Mrs A Smith be elected Vice Chair of the Panel",
                           "that the minutes of the meeting held on 3 May 2024 were a correct record"]


# --- whitespace-only spacer lines of web decision pages --------------------------------------------------

SPACED_CASES = [
    # A spacer line (" ") between blank lines is one gap: the title over the list still reaches its first item.
    ("Decision:\n\n \n\nRESOLVED\n\n \n\nThe Council to:\n\n \n\n1.     Keep the market open until May 2030.\n\n"
     "2.     Start talks with the parishes on the car parks.\n",
     ["Keep the market open until May 2030", "Start talks with the parishes on the car parks"]),
    ("RESOLVED\n\n \n\nThe Cabinet to:\n\n \n\n \n\n(a)  Adopt the revised fees for allotments.\n\n"
     "(b)  Review the fees in April 2026.\n",
     ["Adopt the revised fees for allotments", "Review the fees in April 2026"]),
    # Without spacers, the same reach: a title far above a list still does not lead into it.
    ("RESOLVED\n\nThe Council to:\n\n\n\n\n1.     Keep the market open until May 2030.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_CASES)
def test_spacer_lines_count_as_one_gap(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- "It is recommended that:" over numbered clauses on one flattened line --------------------------------

_FLAT_PAD = "Report No: PL2/24 Borough Council Cabinet 4 June 2024 Allotment Sites Portfolio: Leisure " * 4

FLAT_CLAUSE_CASES = [
    (_FLAT_PAD + "2 Recommendation It is recommended that: (1) the allotment site at Mill Lane is transferred to the "
     "Town Council at a price of £1. (2) the Head of Property be given delegated authority to agree the lease. "
     "3 Background The sites were let in 1990.",
     ["the allotment site at Mill Lane is transferred to the Town Council at a price of £1",
      "the Head of Property be given delegated authority to agree the lease"]),
    # Clauses with no verb asking anything are a list of facts, not recommendations.
    (_FLAT_PAD + "2 Summary It is recommended that: (1) the sites in the north of the borough (2) the sites in "
     "the south of the borough. 3 Background The sites were let in 1990.", []),
]


@pytest.mark.parametrize(("text", "expected"), FLAT_CLAUSE_CASES)
def test_recommended_that_clauses_on_a_flattened_line(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- another body's recommendations set out in minutes ------------------------------------------------------

HAD_RECOMMENDED_CASES = [
    ("Minutes\nArising from a report of the Director, the Working Group had recommended that:\n"
     "(i) The lease of the pavilion be renewed for five years.\n(ii) The rent be set at £500 a year.\n",
     ["The lease of the pavilion be renewed for five years", "The rent be set at £500 a year"]),
    # Not ending in a colon: a sentence about history, no lead-in over a list.
    ("Minutes\nIn 2019 the Working Group had recommended that the pavilion be sold, which was not pursued.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), HAD_RECOMMENDED_CASES)
def test_body_had_recommended_over_a_list(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
