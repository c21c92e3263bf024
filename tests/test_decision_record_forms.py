"""Decision records copied from council web pages: subjunctive items under "Decision Made:", a minute's list whose
"RESOLVED" line was lost, and an officer's decision record."""

from __future__ import annotations

from test_recommendations import run, texts

DECISION_MADE = """76 Better Care Fund - Section 75 Agreement
The Cabinet considered the report which sought approval to enter into partnership arrangements.
Decision Made:
1) the work to date on the Northby Better Care Fund Plan and Section 75 agreement for the pooled budget be noted;
(2) the Head of Finance and the Head of Legal Services be granted delegated powers to complete the Section 75
agreement with Northby Clinical Commissioning Group; and
(3) it be noted that the proposal was a Key Decision but had not been included in the Forward Plan.
Reasons for Decision:
The plan was approved in November 2014.
"""


def test_subjunctive_items_under_decision_made_are_the_decisions() -> None:
    assert texts(DECISION_MADE) == [
        "the work to date on the Northby Better Care Fund Plan and Section 75 agreement for the pooled budget be noted",
        "the Head of Finance and the Head of Legal Services be granted delegated powers to complete the Section 75 "
        "agreement with Northby Clinical Commissioning Group",
        "it be noted that the proposal was a Key Decision but had not been included in the Forward Plan",
    ]


def test_a_finite_verb_before_be_is_no_subjunctive_decision() -> None:
    narrative = DECISION_MADE.replace("(3) it be noted that", "(3) officers said it would be noted that")
    assert all("officers said" not in text for text in texts(narrative))


MINUTE = """Care Homes Commissioning Proposal
The Head of Commissioning presented a report. The following points were discussed:

(a)  the value of the decision is substantial, at £418,500,000 for the Council's contribution;

(b)  a major strategic focus is to help people in care move back into their own homes.

(1)  approve the procurement of Residential and Nursing care services via a joint accreditation process;

(2)  delegate authority to the Director of Commissioning to award contracts to providers;

Reasons for the decision
The contract ends on 31 March 2020.
"""


def test_a_minute_s_lower_case_decision_list_is_read_without_its_resolved_line() -> None:
    assert texts(MINUTE) == [
        "approve the procurement of Residential and Nursing care services via a joint accreditation process",
        "delegate authority to the Director of Commissioning to award contracts to providers",
    ]


def test_a_lower_case_list_of_other_verbs_is_not_a_decision_list() -> None:
    actions = MINUTE.replace("(1)  approve the procurement", "(1)  provide the procurement").replace(
        "(2)  delegate authority", "(2)  support the Director")
    assert texts(actions) == []


OFFICER_RECORD = """Issue - decisions

Highway Resurfacing Contract

Date of Decision:

18th March, 2024

Decision Maker:

Jo Smith - Strategic Director, Regeneration and Environment

The decision is taken in line with Council's Financial and Procurement Procedure Rules.

To issue works to external Contractors to aid delivery of the Highway Repair Programme, as part of an approved framework.

The overall contract values for each lot, including extensions which can be published are as follows:

Lot 1 - £1,172,371

Lot 2 - £1,186,185

Total - £2,358,556

Reasons for the Decision:

To provide additional capacity.
"""


def test_an_officer_decision_record_s_decision_stands_above_its_values() -> None:
    assert texts(OFFICER_RECORD) == ["To issue works to external Contractors to aid delivery of the Highway Repair "
                                     "Programme, as part of an approved framework"]


def test_labelled_items_alike_but_for_their_appendix_are_two_decisions() -> None:
    page = ("Decision details\n\nAward of contract for Highways Services\n\nDecision Maker: Executive\n\n"
            "The Executive:\n\n"
            "a.        Approved the award of a 4 year contract to Supplier B as identified in the confidential "
            "Appendix A of the report; for the provision of Highway Surface Treatments services.\n\n"
            "b.        Approved the award of a 4 year contract to Supplier B as identified in the confidential "
            "Appendix B of the report; for the provision of Highway Surfacing services.\n\n"
            "REASON FOR DECISION: As set out in the officer report\n")
    assert len(texts(page)) == 2


def test_a_lost_amendment_is_no_decision_and_the_carried_recommendation_is() -> None:
    minutes = ("Potential land acquisition\n\nMinutes:\n\nCouncillor Howell presented the report. He proposed the "
               "recommendation.\n\nCouncillor Rolfe seconded the proposal.\n\n"
               "A vote was taken on the amendment, which was not carried.\n\n"
               "The vote on the recommendation was then taken, and carried by 22 votes to one, with two abstentions.\n\n"
               "The meeting ended at 10.10pm.\n")
    found = texts(minutes)
    assert not any("amendment" in text for text in found)
    assert any("carried by 22 votes to one" in text for text in found)


AGENDA_AND_MINUTES = """Agenda and draft minutes

Northby Health and Wellbeing Board - Wednesday, 26th June, 2024 2.00 pm

Election of Chair

To elect a chair of the Health and Wellbeing Board for the year 2024-25.

Proposed by Cllr Jo Smith, seconded by Pat Jones.

That Cllr Jo Smith be elected as Health and Wellbeing Board Chair for the year 2024-25.

Minutes

To confirm the minutes of the meeting held on 20 March 2024.

Proposed by Sam Crowe, seconded by Jon Price.

The minutes of the meeting held on 20 March 2024 be confirmed and signed.

Public Participation

There was no public participation.
"""


def test_a_subjunctive_paragraph_below_its_proposers_is_the_resolution() -> None:
    assert texts(AGENDA_AND_MINUTES) == [
        "That Cllr Jo Smith be elected as Health and Wellbeing Board Chair for the year 2024-25",
        "The minutes of the meeting held on 20 March 2024 be confirmed and signed",
    ]


def test_narrative_below_its_proposers_is_not_a_resolution() -> None:
    narrative = AGENDA_AND_MINUTES.replace("That Cllr Jo Smith be elected as", "Members discussed who should be")
    assert all("discussed" not in text for text in texts(narrative))


def test_a_resolution_whose_first_item_runs_on_after_that_keeps_every_item() -> None:
    minute = ("Minutes:\n\n(1)       Mr Smith moved, Mr Jones seconded the recommendations.\n\n"
              "Resolved: that (1) the Northby Health and Wellbeing Board be established as a Committee of the Council;"
              "\n\n(2) the Terms of Reference as set out in Appendix A be approved; and\n\n"
              "(3) the Board report annually to full Council on its activity.\n")
    assert texts(minute) == [
        "the Northby Health and Wellbeing Board be established as a Committee of the Council",
        "the Terms of Reference as set out in Appendix A be approved",
        "the Board report annually to full Council on its activity",
    ]


KEY_MESSAGES = """Key messages from the Joint Committee of Clinical Commissioning Groups on 4th October

8th October 2018

The Joint Committee is a meeting of the CCGs in Northshire. The key messages below are from the committee held on
4th October 2018.

Consultation Framework

The Joint Committee approved a Consultation Framework which outlines the principles of involvement and engagement
to be adopted for large scale service change.
"""


def test_a_meeting_s_key_messages_record_what_it_approved() -> None:
    assert texts(KEY_MESSAGES) == ["The Joint Committee approved a Consultation Framework which outlines the "
                                   "principles of involvement and engagement to be adopted for large scale service "
                                   "change"]


def test_a_report_s_key_messages_are_no_record_of_decisions() -> None:
    report = KEY_MESSAGES.replace("Key messages from the Joint Committee of Clinical Commissioning Groups",
                                  "Key messages from the survey of residents")
    assert texts(report) == []


def test_past_tense_bullets_above_reasons_for_recommendations_are_the_decisions() -> None:
    minute = ("Councillor A Smith presented the report which proposed a new Carers Strategy.\n"
              "· approved the implementation of the Northby Carers Strategy 2025-2029.\n"
              "· Delegated authority to the Director of Adult Social Services for contract award.\n"
              "Reasons for recommendations:\n"
              "· The previous strategy is out of date.\n")
    assert texts(minute) == ["approved the implementation of the Northby Carers Strategy 2025-2029",
                             "Delegated authority to the Director of Adult Social Services for contract award"]
    told = minute.replace("· approved the implementation", "· the strategy sets out the implementation")
    assert texts(told) == []


def test_a_resolved_line_ended_with_a_semicolon_heads_its_list_under_an_options_heading() -> None:
    minute = ("Options/alternatives considered\n"
              "Option 1 – For Northby not to agree to the establishment of the Partnership.\n"
              "Option 2 – To agree to the establishment of the Partnership as a Joint Committee.\n"
              "RESOLVED- That;\n"
              "1. Approval be given to the establishment of the Partnership as a joint committee.\n"
              "2. The Terms of Reference of the Partnership be noted.\n")
    assert texts(minute) == ["Approval be given to the establishment of the Partnership as a joint committee",
                             "The Terms of Reference of the Partnership be noted"]


def test_a_minute_whose_resolved_word_was_lost_after_it_was_heads_its_list() -> None:
    minute = ("Minutes:\nFollowing consideration of the urgent report by the Leader of the Council, it was\n\n\n"
              "(1) the Corporate Director be authorised to grant a lease of Northby House for a term of 7 years;\n\n"
              "(2) the Director of Legal Services be authorised to complete the lease.\n")
    assert texts(minute) == [
        "the Corporate Director be authorised to grant a lease of Northby House for a term of 7 years",
        "the Director of Legal Services be authorised to complete the lease"]


def test_a_table_an_item_introduces_is_no_part_of_it_and_the_list_resumes_below() -> None:
    rows = [[str(lot), f"Provider {lot} Ltd", f"£{lot}.25m"] for lot in range(1, 11)]  # longer than a page's prose
    cells = "\n\n".join(["Lot No", "Provider", "Annual value", *(cell for row in rows for cell in row), "Total"])
    minute = ("RESOLVED:\n\n1. That the change in the evaluation methodology be noted.\n\n"
              "2. That the award of the home care contracts to the following providers for five years be approved. "
              f"Details of the contracts are set out in the table below:\n\n{cells}\n\n"
              "3. That the Director report on the contracts in a year.\n")
    assert texts(minute) == [
        "That the change in the evaluation methodology be noted",
        "That the award of the home care contracts to the following providers for five years be approved. Details "
        "of the contracts are set out in the table below:",
        "That the Director report on the contracts in a year"]


def test_numbered_decisions_run_onto_a_decision_field_line_are_each_a_decision() -> None:
    page = ("Agenda and decisions\nAdult Social Care Review of Northby Lodge\n"
            "Decision: That Cabinet: 1. Approved the closure of the Northby Lodge. 2. Authorised the Executive "
            "Director: Adults and Communities, in conjunction with the Cabinet Member, to take all steps required "
            "to implement the closure. 3. Noted the outcomes of the consultation as set out in the report |\n")
    found = run(page)
    assert [r.text for r in found] == [
        "Approved the closure of the Northby Lodge",
        "Authorised the Executive Director: Adults and Communities, in conjunction with the Cabinet Member, to take "
        "all steps required to implement the closure",
        "Noted the outcomes of the consultation as set out in the report"]
    assert all(r.is_decision for r in found)


def test_a_proposed_decision_s_numbered_verbs_are_its_items() -> None:
    page = ("Proposed Decision:\n\nThe Cabinet Member for Public Health is proposing to take a decision to:\n\n"
            "1.    Extend the current NHS Health Check System contract by six months to end on 31 March 2024.\n\n"
            "2.    Commence a formal procurement activity in June 2023 for a new contract.\n\n"
            "3.    Delegate authority to the Director of Public Health to award a new contract.\n")
    assert texts(page) == [
        "Extend the current NHS Health Check System contract by six months to end on 31 March 2024",
        "Commence a formal procurement activity in June 2023 for a new contract",
        "Delegate authority to the Director of Public Health to award a new contract"]


def test_a_board_asked_with_a_colon_in_a_flattened_paper_heads_its_lettered_items() -> None:
    line = ("1 Northby Clinical Commissioning Group Board Meeting Date of Meeting: 28 September 2017 Title of Paper: s75 "
            "agreement Purpose and Executive Summary: This paper sets out proposals to create two new pooled budgets "
            "for the Better Care Fund and for adults with care needs, with the financial investment and governance "
            "arrangements for the pools and the metrics already approved by the finance committee in May. "
            "Action Required: The Board is asked: (a) Approve the proposed pooled budget arrangements between the CCG "
            "and the County Council; (b) Approve the proposed financial contribution and risk share.\n")
    assert texts(line) == ["Approve the proposed pooled budget arrangements between the CCG and the County Council",
                           "Approve the proposed financial contribution and risk share"]


OFFICER_PAGE = """Decision details

Contract Award of Public Health Services

Decision Maker: Director of Public Health

Decision status: Recommendations Approved (subject to call-in)

Is Key decision?: Yes


The County Council currently provides NHS Health Checks for the population of Northshire.


The Director of Public Health has approved the award of contract to deliver the services outlined in section 2 of \
this report, to commence on 1st April 2025 for a period of 1 year.  The total estimated value is £1m.


Interests and Nature of Interests Declared:


Publication date: 09/01/2025
"""


def test_an_officer_s_decision_recorded_as_made_on_a_decision_page_is_its_decision() -> None:
    found = run(OFFICER_PAGE)
    assert [(r.text, r.is_decision) for r in found] == [
        ("The Director of Public Health has approved the award of contract to deliver the services outlined in "
         "section 2 of this report, to commence on 1st April 2025 for a period of 1 year", True)]


def test_bullets_finishing_a_decision_page_s_sentence_are_each_a_decision_with_its_words() -> None:
    page = OFFICER_PAGE.replace(
        "The Director of Public Health has approved the award of contract to deliver the services outlined in section 2 "
        "of this report, to commence on 1st April 2025 for a period of 1 year.  The total estimated value is £1m.",
        "To approve the proposal to\n\n·  suspend the current grant application process for 2012/13; and\n\n"
        "·  renew 2011/12 grants at current levels for a further year.")
    assert texts(page) == ["To approve the proposal to suspend the current grant application process for 2012/13",
                           "To approve the proposal to renew 2011/12 grants at current levels for a further year"]


def test_a_decision_heading_with_its_first_label_run_on_heads_the_list() -> None:
    page = ("Reasons for the Decision – To consider the agreement.\n\n\n"
            "Decision (a) That the Council enter into an agreement with Northby CCG.\n\n\n"
            "(b) That a transitional funding agreement be negotiated for 2022-24.\n\n\n"
            "(c) That the Director be authorised to finalise the details.\n")
    assert texts(page) == ["That the Council enter into an agreement with Northby CCG",
                           "That a transitional funding agreement be negotiated for 2022-24",
                           "That the Director be authorised to finalise the details"]
    # "Decision 3 of the Board" is no heading over a list
    assert texts("Decision 3 of the Board was deferred last year.\n") == []


def test_ending_an_arrangement_is_a_decision_item() -> None:
    page = ("Decision status: Recommendations Approved\nTo consider the report seeking approval to end the "
            "arrangement.\n(i) To end the current section 75 arrangement between the Council and Northby Health NHS "
            "Foundation Trust on 31 March, 2024; and\n(ii) To authorise the Director to take all actions needed.\n")
    assert texts(page) == ["To end the current section 75 arrangement between the Council and Northby Health NHS "
                           "Foundation Trust on 31 March, 2024", "To authorise the Director to take all actions needed"]


def test_a_resolution_s_bullets_run_onto_its_field_line_are_each_a_decision() -> None:
    page = ("Decision details\n\nPurpose:\n\nContent:   It was MOVED, SECONDED and RESOLVED:   •        To approve "
            "entering into a new Section 75 agreement with the Northby Integrated Care Board. •        To note the "
            "value of the pooled budget for 2025/26 is £53,440,286.\n")
    found = run(page)
    assert [(r.text, r.is_decision) for r in found] == [
        ("To approve entering into a new Section 75 agreement with the Northby Integrated Care Board", True),
        ("To note the value of the pooled budget for 2025/26 is £53,440,286", True)]
    assert all(page[r.evidence.start:r.evidence.end].startswith("To ") for r in found)
    # a bullet that opens with no deciding verb: the line is not read as a resolution's list
    assert run(page.replace("To note the value", "the value")) == []


RESOLVED_CONTENT = (
    "Decision\n\nProvision of Community Equipment Services\n\nDecision Maker: Cabinet\n\n"
    "Outcome: Recommendations Approved\n\nDate of Decision: March 4, 2025\n\n"
    "Content: RESOLVED: Cabinet; a)              Approved the commencement of a competitive tender exercise for the "
    "provision of Community Equipment Services for a period of 5 years b)              Delegated authority to the "
    "Director of Adult Services to award the contract to the successful bidder.   REASONS RESOLVED: 1.     The "
    "Council has a duty to provide equipment. 2.     Demand has grown since 2015.\n"
)


def test_a_resolved_content_field_gives_one_decision_per_label() -> None:
    # A web page's wide gap after "b)" marks the label even with no sentence end before it.
    found = run(RESOLVED_CONTENT)
    assert [(r.label, r.is_decision) for r in found] == [("a", True), ("b", True)]
    assert found[0].text.endswith("for a period of 5 years")
    assert found[1].text.startswith("Delegated authority to the Director of Adult Services")


def test_roman_labels_with_dots_after_the_body_in_a_content_field() -> None:
    content = RESOLVED_CONTENT.replace(
        "RESOLVED: Cabinet; a)              Approved", "RESOLVED \xa0 That the Shared Services Joint Committee: \xa0 "
        "\xa0i.\xa0\xa0\xa0\xa0\xa0 Approved").replace("5 years b)              Delegated", "5 years. \xa0 \xa0ii.\xa0\xa0\xa0 Granted")
    found = run(content)
    assert [r.label for r in found] == ["i", "ii"]
    assert found[1].text.startswith("Granted authority to the Director of Adult Services")


def test_a_decision_pages_title_under_its_decision_heading_is_no_decision() -> None:
    # "Decision" / "Approved Mental Health Professional Service" / "Decision Maker: ...": the page's kind and title.
    page = RESOLVED_CONTENT.replace("Provision of Community Equipment Services", "Approved Mental Health Professional Service")
    assert not any(r.text.startswith("Approved Mental Health Professional Service") for r in run(page))


PORTFOLIO_CONTENT = (
    "Decision\nDecision Maker: Cabinet Member for Adult Social Care\nIs Key Decision?: Yes\n"
    "Content: The Cabinet Member for (Adult Social Care and Healthier Communities) agrees: 1. To award the Carers "
    "Support Service contract to the successful provider for an initial 3-year term at a maximum total value of "
    "£1,257,065. 2. To delegate the award of the contract to the Executive Director for Adults to finalise all "
    "necessary documentation. The proposed decision is driven by the Council's duties under the Care Act 2014.\n"
)


def test_a_content_field_naming_the_portfolio_and_its_verb_gives_the_decisions() -> None:
    found = run(PORTFOLIO_CONTENT)
    assert [(r.label, r.is_decision) for r in found] == [("1", True), ("2", True)]
    assert found[1].text.startswith("To delegate the award of the contract to the Executive Director for Adults")


ISSUE_PAGE_LIST = """Issue - meetings

Section 256 Funding Allocation

Meeting: 20/09/2023 - Executive (Item 69)

1.  Note receipt of the funds from the Integrated Care Board under a Section 256 Agreement;

2. Award contracts to the providers named in the report via an exemption from tendering;

3) Delegate to the Director of Adult Services authorisation to directly award the Discharge Grant funding.

Report ACH23-037
"""


def test_a_decision_list_may_open_with_a_verb_and_a_bare_noun() -> None:
    assert texts(ISSUE_PAGE_LIST)[:2] == [
        "Note receipt of the funds from the Integrated Care Board under a Section 256 Agreement",
        "Award contracts to the providers named in the report via an exemption from tendering",
    ]
