"""Recommendation forms of older and flattened papers: a PDF line holding "is asked to agree the following
recommendations: i) That it endorses ...", bullets after a flattened lead-in, "THAT (a) ..." on a decision page,
and "To seek formal approval" over a labelled list."""

from __future__ import annotations

from test_recommendations import run, texts

# A whole report flattened onto one line, its labels gathered apart from their items ("ii) iii) ii) That it ...").
FLAT = ("Agenda Item No: D3 CABINET 10 February 2009 Subject: Recommendations: i) Campus Reprovision The Cabinet is "
        "asked to agree the following recommendations: i) That it endorses the approach to delivering the campus "
        "project described in this report ii) iii) ii) That it approves the gifting to Northby Housing Association "
        "of the Obelisk Bungalows iii) That it delegates to the Corporate Director the power to agree the terms of a "
        "grant agreement between the Council and the Primary Care Trust iv) That in view of the deadline, the "
        "Corporate Director is given delegated authority to allot capital sums to Northby Housing Association, and "
        "authorise the execution of such agreement. 1. Purpose of Report This report sets out the background.\n")


def test_a_flattened_list_of_that_clauses_under_the_following_recommendations() -> None:
    assert texts(FLAT) == [
        "That it endorses the approach to delivering the campus project described in this report",
        "That it approves the gifting to Northby Housing Association of the Obelisk Bungalows",
        "That it delegates to the Corporate Director the power to agree the terms of a grant agreement between the "
        "Council and the Primary Care Trust",
        "That in view of the deadline, the Corporate Director is given delegated authority to allot capital sums to "
        "Northby Housing Association, and authorise the execution of such agreement",
    ]


def test_that_clauses_telling_no_decision_are_not_read_from_a_flattened_line() -> None:
    told = FLAT.replace("That it endorses", "That the approach was").replace("That it approves", "That gifting was")
    assert texts(told) == []


FLAT_BULLETS = ("Trust Board Meeting: Wednesday 10 July 2013 TB2013.86 Title Foundation Trust Update Status For "
                "approval History Regular updates to the Board, most recently in May 2013. Recommendations The Trust "
                "Board is asked to: • Approve and adopt the July 2013 Integrated Business Plan. • Approve the "
                "Governance Rationale. TB2013.86 Foundation Trust Update Page 2 of 30 1. Purpose This paper provides "
                "an update on the Trust's application.\n")


def test_bullets_after_a_flattened_lead_in_are_the_requests() -> None:
    records = run(FLAT_BULLETS)
    assert [r.text for r in records] == ["Approve and adopt the July 2013 Integrated Business Plan",
                                         "Approve the Governance Rationale"]
    for r in records:
        assert FLAT_BULLETS[r.evidence.start:r.evidence.end] == r.text


def test_bullets_that_ask_nothing_are_not_read() -> None:
    listing = FLAT_BULLETS.replace("• Approve and adopt", "• The July").replace("• Approve the", "• The")
    assert texts(listing) == []


ISSUE_DECISIONS = """Issue - decisions

Integrated Community Equipment Services

18/12/2006 - Integrated Community Equipment Services

THAT  (a)        the premises issues facing the Service be noted;

(b)the associated costs of £37,000 be included in the budget allocation process;

(c)               a further report be brought back to Cabinet.
"""


def test_upper_case_that_with_the_first_label_on_its_line_opens_the_decisions() -> None:
    records = run(ISSUE_DECISIONS)
    assert [(r.label, r.text, r.is_decision) for r in records] == [
        ("a", "the premises issues facing the Service be noted", True),
        ("b", "the associated costs of £37,000 be included in the budget allocation process", True),
        ("c", "a further report be brought back to Cabinet", True),
    ]


SEEKING = """Lead Member Decision
April 2005
Subject : Section 31 Partnership Agreements
Purpose
To seek formal approval
a) to adopt the Partnership Agreement for the Learning Difficulty partnership arrangement between Northby City
Council and Northby Primary Care Trust.
b) to use the partnership agreement format as the preferred template for future partnerships with the NHS.
Background
The partnership was formed in 2002/03.
"""


def test_a_list_under_to_seek_formal_approval_is_the_paper_s_requests() -> None:
    records = run(SEEKING)
    assert [(r.label, r.is_decision) for r in records] == [("a", False), ("b", False)]
    assert records[0].text.startswith("to adopt the Partnership Agreement")


def test_a_purpose_list_without_a_seeking_lead_in_stays_refused() -> None:
    aims = SEEKING.replace("To seek formal approval", "The aims are")
    assert texts(aims) == []


RESOLVED_FLAT = ("Content: 10.1 The Director presented a report which set out the winter planning position for 2025-26. "
                 "10.2 RESOLVED UNANIMOUSLY: That Adult Health and Social Care Policy Committee:- a) Endorse the "
                 "Winter planning framework as set out in this report b) Acknowledge protocols for recruitment-related "
                 "risks via the panel c) Acknowledge the approach to Mental Health Discharge collaboration 10.3 Reasons "
                 "for Decision 10.3.1 The recommendations ensure the service is prepared for winter pressures.\n")


def test_a_flattened_resolution_naming_its_committee_gives_its_items_up_to_the_next_paragraph() -> None:
    records = run(RESOLVED_FLAT)
    assert [(r.text, r.is_decision) for r in records] == [
        ("Endorse the Winter planning framework as set out in this report", True),
        ("Acknowledge protocols for recruitment-related risks via the panel", True),
        ("Acknowledge the approach to Mental Health Discharge collaboration", True),
    ]


def test_a_flattened_resolution_s_committee_may_be_named_by_a_list_of_its_portfolios() -> None:
    resolved = RESOLVED_FLAT.replace("Adult Health and Social Care Policy Committee",
                                     "Communities, Parks and Leisure Policy Committee")
    assert [r.text for r in run(resolved)] == [
        "Endorse the Winter planning framework as set out in this report",
        "Acknowledge protocols for recruitment-related risks via the panel",
        "Acknowledge the approach to Mental Health Discharge collaboration",
    ]


def test_a_numbered_purpose_paragraph_states_the_request() -> None:
    assert texts("1.0 PURPOSE\n\n1.1          To seek approval from Health and Wellbeing Board on the 2025/26 Plan "
                 "submission and of the Quarterly return for 2024/2025.\n\n2          BACKGROUND\n\nText.\n") == [
        "approval from Health and Wellbeing Board on the 2025/26 Plan submission and of the Quarterly return for "
        "2024/2025"]


COVER_SHEET = (
    "ITEM NO: 7 Report To: EXECUTIVE CABINET Date: 5 March 2015 Executive Member: Cllr A Smith Subject: CARERS "
    "SERVICES IN NORTHBY Report Summary: The report sets out proposals to redesign carers services in a way which: "
    "Improves outcomes. Reduces long term expenditure. Recommendations: (1) That approval is given to: (i) "
    "decommission the current carers contracts and commission a single lead provider. (ii) undertake a procurement "
    "exercise using the open procedure to let a 7 year contract. (iii) delegate to the Director of Adult Services "
    "authority to approve the evaluation criteria. (2) That Cabinet note that the annual budget will be subject to "
    "the annual budget setting process. Links to Community Strategy: The Community Strategy 2012-22 outlines the "
    "priorities for the borough. Policy Implications: None\n"
)


def test_a_flattened_cover_sheets_recommendations_field_gives_its_items_and_sub_items() -> None:
    # "(1) That approval is given to:" only leads into (i)-(iii); each of those asks with its verb.
    assert texts(COVER_SHEET) == [
        "decommission the current carers contracts and commission a single lead provider",
        "undertake a procurement exercise using the open procedure to let a 7 year contract",
        "delegate to the Director of Adult Services authority to approve the evaluation criteria",
        "That Cabinet note that the annual budget will be subject to the annual budget setting process",
    ]


def test_governing_bodies_asked_on_a_flattened_cover_sheet_is_a_request() -> None:
    cover = ("MEETING OF NHS NORTHBY CCG AND NHS EASTFIELD CCG GOVERNING BODIES TITLE: Safeguarding Arrangements "
             "DATE OF MEETING: 22nd February 2025 PAPER REF: JGB/25/21 AUTHOR: A Officer, Integrated Commissioning "
             "Hub. PURPOSE: To set out the options for new safeguarding arrangements under the Children and Social "
             "Work Act 2017 and its statutory guidance RECOMMENDATION: The Governing Bodies are asked to authorise "
             "the Chief Nurse to pursue option 2 as the preferred option for both CCGs. This will be taken forward "
             "with the partners.\n")
    assert [r.text for r in run(cover)] == [
        "The Governing Bodies are asked to authorise the Chief Nurse to pursue option 2 as the preferred option for "
        "both CCGs"]


def test_a_mayor_s_flattened_record_gives_each_numbered_part_of_what_it_approves() -> None:
    record = ("Content: Northby City Council - Record of Decision (Cabinet) Part 1 I Jo Smith, City Mayor, in exercise "
              "of the powers contained within the City Council Constitution do hereby approve:   1.    the return of "
              "the reablement service from the Northby Care Alliance to the Council by 30th September 2026;   2.    "
              "that the Director of Adult Social Care extends the current contract to 30th September 2026;   3.    "
              "the City Solicitor enters into the legal agreements needed.  The reasons are set out in the report "
              "to Cabinet, which was published with the agenda for the meeting held on 14 October 2025 at the "
              "Civic Centre, Northby, and which is available from the council's website with its appendices.\n")
    assert [r.text for r in run(record)] == [
        "the return of the reablement service from the Northby Care Alliance to the Council by 30th September 2026",
        "that the Director of Adult Social Care extends the current contract to 30th September 2026",
        "the City Solicitor enters into the legal agreements needed",
    ]



# A decision notice flattened onto one line: its "DECISION:" field, then the next field's heading in capitals.
NOTICE = ("Cabinet Member Decision Notice – 08 April 2021 OFFICIAL DECISION NOTICE PUBLISHED BY DEMOCRATIC SERVICES "
          "The Leader of the Council has made the following decision today: 1. THE LEADER OF THE COUNCIL OUT-OF-HOURS "
          "ANSWERING SERVICE DECISION: That the Leader of the Council agreed to extend the current contract with Acme "
          "Care for the provision of an out-of-hours answering service for one year at the cost of £278,732.90. "
          "REASONS FOR THE DECISIONS MADE Cabinet approved the award of this contract in 2017 with the option to "
          "extend it for a further year. This report seeks approval for the extension.\n")


def test_a_flattened_notice_s_decision_field_runs_to_the_next_heading() -> None:
    assert texts(NOTICE) == [
        "That the Leader of the Council agreed to extend the current contract with Acme Care for the provision of an "
        "out-of-hours answering service for one year at the cost of £278,732.90"]


def test_a_flattened_decision_field_over_labels_is_left_to_the_list() -> None:
    # "DECISION: That Cabinet: 1. ... 2. ...": the clause only leads in its items; it is not a decision of its own.
    notice = NOTICE.replace("DECISION: That the Leader of the Council agreed to extend",
                            "DECISION: That the Leader of the Council: 1. Agreed to extend")
    assert not any(text.startswith("That the Leader of the Council:") for text in texts(notice))


def test_a_short_decision_field_stops_at_the_reasons_heading_run_onto_its_line() -> None:
    page = ("Decision Notice\n\nDECISION: That the Leader agreed to extend the contract with Acme Care for one year. "
            "REASONS FOR THE DECISIONS MADE Cabinet approved the award in 2017.\n")
    assert texts(page) == ["extend the contract with Acme Care for one year"]


def test_a_flattened_record_approving_one_sentence_without_a_label() -> None:
    record = ("Northby City Council - Record of Decision I Councillor A Person, Lead Member for Housing, in exercise of "
              "the powers conferred on me by the Scheme of Delegation of the Council do hereby approve:The award of a "
              "two year contract to Acme Care for a supported accommodation service from 1st June 2011 to 31st May "
              "2013; the contract may be extended for a further two years. The Reasons are:1. In October 2009 the team "
              "began a review of the service. 2. The service was found to be of good quality.\n")
    assert texts(record) == [
        "The award of a two year contract to Acme Care for a supported accommodation service from 1st June 2011 to "
        "31st May 2013; the contract may be extended for a further two years"]
