"""ModernGov page structure and report wording met in hold-outs 25-26, on invented pages and sentences: decision
pages and issue pages that lost their "Decision:" heading, "Cabinet Approves:" lead-ins, portfolio holders asked
to decide, call-in requests, and requests to weigh the evidence that are no decision items."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

from extractors.doctext import DocText
from extractors.recommendations.lead_ins import lead_in
from extractors.recommendations.lines import lines_of
from extractors.recommendations.moderngov_pages import opens_decision, paragraphs

# --- "Decision details" page: purpose paragraphs, then the decision, then "Reasons for the decision:" -----------

DECISION_PAGE = (
    "Decision details\n\n"
    "Replacement of the council's telephony system\n\n"
    "Decision Maker: Director of Resources\n\n"
    "Decision status: Recommendations Approved\n\n"
    "Is Key decision?: No\n\n"
    "Is subject to call in?: No\n\n\n"
    "The decision relates to the replacement of the council's desk telephones.\n\n"
    "The current system reaches the end of its supported life in the autumn.\n\n\n"
    "{decision}\n\n"
    "The value of the contract is £84,000 over four years.\n\n\n"
    "Reasons for the decision:\n\n"
    "The present supplier will stop supporting the system.\n"
)


def test_decision_page_reads_the_decision_between_purpose_and_reasons() -> None:
    page = DECISION_PAGE.format(decision="To award a four-year contract to Bellring Ltd for a cloud telephony service.")
    records = run(page)
    assert [r.text for r in records] == ["To award a four-year contract to Bellring Ltd for a cloud telephony service"]
    assert records[0].is_decision


def test_decision_page_reads_several_decision_paragraphs() -> None:
    decision = ("To award a four-year contract to Bellring Ltd for a cloud telephony service.\n\n"
                "To delegate to the Head of IT the signing of the contract.")
    assert texts(DECISION_PAGE.format(decision=decision)) == [
        "To award a four-year contract to Bellring Ltd for a cloud telephony service",
        "To delegate to the Head of IT the signing of the contract",
    ]


@pytest.mark.parametrize("decision", [
    "To consider the options for replacing the telephony system.",  # the purpose, no decision
    "The Director approved the replacement of the telephony system.",  # a record other rules read, not this one
    "Officers have looked at three suppliers and found one suitable.",  # narrative only
])
def test_decision_page_without_a_decision_opening_gives_nothing_here(decision: str) -> None:
    records = run(DECISION_PAGE.format(decision=decision))
    assert all(r.rule != "recommendations.decision_page" for r in records)


def test_purpose_paragraph_above_is_not_read_as_a_decision() -> None:
    page = DECISION_PAGE.format(decision="To award a four-year contract to Bellring Ltd for a cloud telephony service.")
    assert not any("relates to" in text or "supported life" in text for text in texts(page))


@pytest.mark.parametrize(("text", "expected"), [
    ("To approve the lease of the depot.", True),
    ("To formally adopt the plan.", True),
    ("That the lease be approved.", True),
    ("To consider the report of the Director.", False),
    ("To seek approval for the lease.", False),
    ("The decision relates to the depot lease.", False),
    ("to approve the lease", False),  # lower case continues a sentence above
])
def test_opens_decision(text: str, expected: bool) -> None:
    assert opens_decision(text) is expected


# --- "Issue - meetings" page: the decision below "Additional documents:", its heading lost ----------------------

ISSUE_PAGE = (
    "Issue - meetings\n\n"
    "Leisure Centre Management Contract\n\n"
    "Meeting: 14/05/2024 - Executive (Item 42)\n\n"
    "42 Leisure Centre Management Contract pdf icon PDF 210 KB\n\n"
    "Additional documents:\n\n\n"
    "{decision}\n\n\n"
    "The Executive Member for Leisure submitted a report on the tender for the management of the leisure centres.\n"
)


def test_issue_page_reads_semicolon_list_below_additional_documents() -> None:
    decision = ("To approve the award of the leisure management contract to Bidder C as the best value tender;\n\n"
                "that the option for the swimming lessons is included in the contract;\n\n"
                "delegation to the Director of Place to complete the contract with the chosen bidder.")
    assert texts(ISSUE_PAGE.format(decision=decision)) == [
        "To approve the award of the leisure management contract to Bidder C as the best value tender",
        "that the option for the swimming lessons is included in the contract",
        "delegation to the Director of Place to complete the contract with the chosen bidder",
    ]


def test_issue_page_stops_at_the_minutes_narrative() -> None:
    decision = "To approve the award of the leisure management contract to Bidder C."
    assert texts(ISSUE_PAGE.format(decision=decision)) == [
        "To approve the award of the leisure management contract to Bidder C",
    ]


def test_issue_page_narrative_right_below_additional_documents_is_no_decision() -> None:
    decision = "The Director presented the report on the tender exercise."
    assert all(r.rule != "recommendations.issue_meeting" for r in run(ISSUE_PAGE.format(decision=decision)))


def test_paragraphs_join_lower_case_continuations() -> None:
    doc = DocText.from_pages("a" * 64, ["To approve the plan for the\nnew depot.\n\nThat is all."])
    found = paragraphs(lines_of(doc), 0, len(lines_of(doc)))
    assert [p.text for p in found] == ["To approve the plan for the new depot.", "That is all."]


# --- "Cabinet Approves:" under "Decision:" on a decisions list ----------------------------------------------------

@pytest.mark.parametrize(("lead", "item"), [
    ("Cabinet Approves:", "The revised fees and charges for garden waste collection."),
    ("Cabinet Notes:", "The annual report of the tenants' panel and thanks its members."),
    ("The Planning Committee Endorses:", "The draft design code for consultation."),
])
def test_body_verb_colon_lead_in_keeps_the_paragraph_below(lead: str, item: str) -> None:
    page = ("Decisions published\n\n"
            "Decision Maker: Cabinet\n\n"
            "Effective from: 02/03/2023\n\n"
            f"Decision:\n\n{lead}\n\n \n\n{item}\n\n\n"
            "Lead officer: A Person\n")
    assert texts(page) == [item.rstrip(".")]


# --- a portfolio holder asked to decide, capitals verbs -------------------------------------------------------------

PORTFOLIO_REPORT = (
    "Decision no: 25/00011\n"
    "Recommendation(s):\n"
    "The Cabinet Member for Highways and Transport Services is asked to:\n"
    "APPROVE the new schedule of winter gritting routes for the county roads\n"
    "from 1 November 2025.\n"
    "DELEGATE authority to the Director of Highways to make minor changes to the\n"
    "routes during the season.\n"
    "1. INTRODUCTION\n"
    "1.1 The gritting routes were last reviewed five years ago.\n"
)


def test_portfolio_holder_lead_in_over_capitals_verbs() -> None:
    assert texts(PORTFOLIO_REPORT) == [
        "APPROVE the new schedule of winter gritting routes for the county roads from 1 November 2025",
        "DELEGATE authority to the Director of Highways to make minor changes to the routes during the season",
    ]


@pytest.mark.parametrize("text", [
    "The Cabinet Member for Adult Social Care and Health is asked to:",
    "The Portfolio Holder for Housing is asked to:",
])
def test_portfolio_after_body_is_a_lead_in(text: str) -> None:
    assert lead_in(text) == (None, "", False)


# --- weighing the evidence is no decision item ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Members are asked to consider the balance of the assessed impact of these proposals and the consultation.",
    "Members are asked to consider the Equality Impacts on residents alongside the other factors in this report.",
    "The Committee is asked to have regard to the consultation responses set out in Appendix 2.",
])
def test_requests_to_weigh_the_evidence_are_not_recommendations(sentence: str) -> None:
    page = f"Summary: The report sets out the options for the libraries.\n\n{sentence}\n\nBackground\n"
    assert texts(page) == []


def test_weighing_request_that_goes_on_to_decide_is_kept() -> None:
    page = ("Summary: The report sets out the options for the libraries.\n\n"
            "Members are asked to consider the impacts set out in Appendix 2 and to approve the revised hours.\n")
    assert texts(page) != []


# --- a call-in's request to the scrutiny body ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "verb"), [
    ("We request that the Overview Committee refers the decision back to the Cabinet Member.", "refer"),
    ("We request that the Scrutiny Committee recommends that the decision be reconsidered.", "recommend"),
])
def test_call_in_request_to_a_body_is_a_kept_lead_in(text: str, verb: str) -> None:
    assert lead_in(text) == (verb, text, True)


@pytest.mark.parametrize("text", [
    "We request that the council writes to the Minister.",  # no deciding verb
    "We the undersigned petition the council to keep the library open.",
])
def test_other_requests_are_not_lead_ins(text: str) -> None:
    assert lead_in(text) is None


def test_call_in_desired_outcome_is_read() -> None:
    page = ("Call-in of decision 25/00011\n"
            "Reason one: the consultation was too short.\n"
            "Desired outcome of this call-in:\n"
            "We request that the Scrutiny Committee recommends that the decision be\n"
            "referred back to the Cabinet Member for reconsideration.\n")
    assert texts(page) == [
        "We request that the Scrutiny Committee recommends that the decision be referred back to the Cabinet "
        "Member for reconsideration",
    ]


# --- minutes: "RESOLVED" over a lower-case resolution; "Resolved that these minutes be agreed ..." -----------------

def test_lower_case_resolution_below_resolved_is_read_and_stops_at_the_next_minute_number() -> None:
    page = ("Minutes of the Trust Board held in public\n\n"
            "Minutes:\n\n"
            "The Board reviewed the action log and the comments made on it.\n\n"
            "RESOLVED\n\n \n\n"
            "that closed actions be taken off the log and the progress reports be noted.\n\n"
            "512/23\n\n"
            "Questions from the public pdf icon PDF 120 KB\n")
    assert texts(page) == ["that closed actions be taken off the log and the progress reports be noted"]


def test_lower_case_sentence_below_resolved_that_is_no_resolution_is_not_read() -> None:
    page = ("Minutes of the Trust Board held in public\n\n"
            "RESOLVED\n\n"
            "that is the end of the item.\n")
    assert texts(page) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Resolved that these minutes be agreed as a true record and be signed by the Chairman.",
     "Resolved that these minutes be agreed as a true record and be signed by the Chairman"),
    ("It was resolved that the minutes of the last meeting be approved.",
     "It was resolved that the minutes of the last meeting be approved"),
])
def test_minutes_confirmed_by_resolution_run_on_after_the_agenda_item(sentence: str, expected: str) -> None:
    page = ("Minutes of the Parish Council meeting held on 3 March 2020\n"
            f"3. To confirm the minutes of the meeting held on 4 February 2020. {sentence} Unanimously agreed\n"
            "4. To receive reports from the county councillor.\n"
            "5. Grants.\n"
            "Resolved, proposed by Cllr Adams, seconded by Cllr Brown that a grant of £250 be given to the village "
            "hall fund. Unanimously agreed.\n")
    assert expected in texts(page)


def test_minutes_to_be_circulated_is_no_confirmation() -> None:
    page = ("Minutes of the Parish Council meeting held on 3 March 2020\n"
            "3. Resolved that the minutes of the working group be circulated to all councillors.\n")
    assert not any(text.startswith("Resolved that the minutes") for text in texts(page))


@pytest.mark.parametrize(("text", "expected"), [
    ("Cabinet Approves:", ("approve", "", False)),
    ("The Licensing Committee Notes:", ("note", "", False)),
    ("Members Comments:", None),  # a heading over remarks
    ("The Board Reviews:", None),
])
def test_body_verb_colon_lead_in_needs_a_deciding_verb(text: str, expected: tuple[str, str, bool] | None) -> None:
    assert lead_in(text) == expected
