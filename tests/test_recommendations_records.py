"""Decisions as web minutes record them: a body and its decision on one line, a council adopting another
meeting's minute, a deferral and what it is for, and an unlabelled record's next decision (invented sentences)."""

from __future__ import annotations

from extractors.doctext import DocText
from extractors.document import extract_document
from test_recommendations import texts


def test_a_body_and_its_decision_on_one_line_is_a_decision() -> None:
    minutes = ("Minutes:\n\nThe Chair opened the meeting.\n\nThe Joint Commissioning Board: Noted the update.\n\n"
               "4.\n\nFinance Report\n\nMinutes:\n\nThe Treasurer presented the figures.\n\n"
               "The Joint Commissioning Board: Approved the budget for 2025/26.\n")
    assert texts(minutes) == ["Noted the update", "Approved the budget for 2025/26"]


def test_a_body_and_a_past_tense_word_in_a_report_is_no_record() -> None:
    report = "Report to Cabinet\n\nThe Joint Commissioning Board: Noted the update in May.\n"
    assert texts(report) == []


def test_adopting_another_meeting_s_minute_is_a_decision_beside_that_meeting_s_list() -> None:
    page = ("Meeting: 20/03/2024 - Council (Item 9)\n\nMinutes:\n\n"
            "RESOLVED:  That the recommendations at Minute CAB 24/31 be approved.\n\n"
            "Meeting: 07/03/2024 - Cabinet (Item 31)\n\nMinutes:\n\nRECOMMENDED:  That\n\n"
            "(1)          the revised charging policy be adopted; and\n\n"
            "(2)          the Director report back in a year.\n")
    assert texts(page) == ["That the recommendations at Minute CAB 24/31 be approved",
                           "the revised charging policy be adopted", "the Director report back in a year"]


def test_a_report_s_pointer_to_its_own_listed_recommendations_is_no_item() -> None:
    report = ("Minutes:\n\nRESOLVED:  That the recommendations in section 2 be approved.\n\n"
              "RESOLVED:  That\n\n(1)          the revised charging policy be adopted; and\n\n"
              "(2)          the Director report back in a year.\n")
    assert "That the recommendations in section 2 be approved" not in texts(report)


def test_a_deferral_and_what_it_is_for_are_one_decision() -> None:
    minutes = ("Minutes:\n\nRESOLVED:  That\n\n"
               "(1)          a decision on the future of the day centres in the borough be deferred to allow:\n\n"
               "-       the Trust to confirm its share of the costs; and\n\n"
               "-       the options for transport to be costed.\n\n"
               "(2)          a further report be brought to the next meeting.\n")
    assert texts(minutes) == [
        "a decision on the future of the day centres in the borough be deferred to allow: the Trust to confirm its "
        "share of the costs; the options for transport to be costed",
        "a further report be brought to the next meeting"]


def test_an_unlabelled_record_s_next_decision_after_and_is_read_however_far_below() -> None:
    minutes = ("Decisions\n\nThat Cabinet:\n\n\n\nCabinet agreed to extend the befriending pilot for a year, and;\n"
               "\n\n\n\nApproved the use of £30K of reserves to fund the extension.\n\n\n\n"
               "(Moved by Councillor A seconded by Councillor B)\n")
    assert texts(minutes) == ["Cabinet agreed to extend the befriending pilot for a year",
                              "Approved the use of £30K of reserves to fund the extension"]


def test_what_a_delegation_lets_the_officer_do_is_the_decisions_whatever_the_verb() -> None:
    minutes = ("Minutes\nRESOLVED:\n1) That the consultation outcome be noted.\n"
               "2) That authority be delegated to the Director of Adult Care, in consultation with the Cabinet "
               "Member, to:\n(i) negotiate and finalise the terms of the lease with the preferred bidder\n"
               "(ii) complete the sale of the day centre, subject to the outcome of negotiations.\n"
               "3) That a further report be brought to Cabinet.\n")
    assert texts(minutes) == ["That the consultation outcome be noted",
                              "negotiate and finalise the terms of the lease with the preferred bidder",
                              "complete the sale of the day centre, subject to the outcome of negotiations",
                              "That a further report be brought to Cabinet"]


def test_a_portfolio_holder_s_resolution_over_a_list_is_a_record_of_decisions() -> None:
    notice = ("Following advice from the Housing Board, the Cabinet Member for Housing resolved that:\n"
              "(1) the grant for home adaptations be increased to £400,000; and\n"
              "(2) the handyperson scheme be funded for a further year.\n")
    assert texts(notice) == ["the grant for home adaptations be increased to £400,000",
                             "the handyperson scheme be funded for a further year"]


def test_a_sub_list_numbered_in_the_other_style_nests_under_its_bracketed_item() -> None:
    notice = ("Following advice from the Housing Board, the Cabinet Member for Housing resolved that:\n"
              "(1) the following changes to the 2024/25 estimates be noted:\n"
              "1. the increase of the adaptations budget to £500,000;\n"
              "2. the use of £20,000 to fund the handyperson scheme; and\n"
              "(2) the saving of £50,000 in the capital plan be noted.\n")
    assert texts(notice) == ["the increase of the adaptations budget to £500,000",
                             "the use of £20,000 to fund the handyperson scheme",
                             "the saving of £50,000 in the capital plan be noted"]


def test_a_forward_plan_s_proposed_decision_heads_its_lettered_parts_whatever_verb_each_opens_with() -> None:
    page = ("Issue details\n\n25/00012 - Short Breaks Contracts\n\nProposed decision:\n\n\n"
            "A) Retrospectively contract with the Trust for 1 April 2024 to 31 March 2025 for short breaks\n\n\n"
            "B) Contract with the Trust for 1 April 2025 to 31 March 2026 for short breaks\n\n\n"
            "C) Agree to the review of the respite service\n\n\nReason for the decision\n\n\nThe contracts end soon.\n")
    assert texts(page) == ["Retrospectively contract with the Trust for 1 April 2024 to 31 March 2025 for short breaks",
                           "Contract with the Trust for 1 April 2025 to 31 March 2026 for short breaks",
                           "Agree to the review of the respite service"]


def test_bullets_under_a_statement_after_the_request_are_no_requests() -> None:
    page = ("Issue details\n\nProposed Decision:\n\n"
            "To agree the extension of the partnership with the Trust until March 2027. The services included in "
            "the partnership are listed below:\n\n·         Health Visiting\n\n·         School Nursing\n\n"
            "Background:\n\nThe partnership began in 2017.\n")
    assert texts(page) == ["To agree the extension of the partnership with the Trust until March 2027. The services "
                           "included in the partnership are listed below:"]


def test_a_portfolio_holder_who_has_approved_the_following_recommendations_records_them() -> None:
    page = ("Decision details\n\nThe service is commissioned jointly with the neighbouring borough.\n"
            "The Cabinet Member for Children and Families has approved the following recommendations:\n"
            "· The award of a new 3-year contract for the therapy service to the Trust, worth £2,100,000.\n"
            "· The award of a 1-year pilot contract to the Trust for up to £300,000.\n"
            "Reasons for Decision\nThe current contract ends in August.\n")
    assert texts(page) == ["The award of a new 3-year contract for the therapy service to the Trust, worth £2,100,000",
                           "The award of a 1-year pilot contract to the Trust for up to £300,000"]


def test_an_officer_s_flattened_recommendations_numbered_with_a_trailing_stop() -> None:
    field = ("Decision\nDecision Maker: Corporate Director of Children's Services\nContent: This report recommends "
             "the award of contracts for school therapy services. The Corporate Director for Children, Young People "
             "and Families is recommended to: 1.1. Approve the award of contracts for therapy services in schools "
             "for three years with the option to extend for two more 1.2. Note that the procurement was run in "
             "two lots. Following the tender the providers were chosen. " + "The service supports pupils. " * 12 + "\n")
    assert texts(field) == ["Approve the award of contracts for therapy services in schools for three years with the "
                            "option to extend for two more", "Note that the procurement was run in two lots"]


def test_points_raised_in_discussion_above_the_recorded_decision_are_no_decisions() -> None:
    page = ("Issue - decisions\n\nApproval of the Care Home Beds Agreement\n\n\nA report was received.\n\n\n"
            "During discussion the following points were raised:\n\n"
            "i.      Once approval had been given the agreement would go to the partner's board; and\n\n"
            "ii.     Officers were still looking at options for further improvement.\n\n\n"
            "1.    Cabinet APPROVED the variation to the Section 75 Agreement with the partner.\n\n\n"
            "Reasons for decision\n\n1.    The process will be formalised.\n")
    assert texts(page) == ["Cabinet APPROVED the variation to the Section 75 Agreement with the partner"]


def test_a_page_s_unheaded_list_of_three_past_tense_decisions_records_them() -> None:
    page = ("Agenda item\n\nDay Centre Update\n\n\n(a)\xa0 Approved the business case for the refurbishment;\n\n\n"
            "(b)\xa0 Delegated authority to the Director to sign the lease;\n\n\n"
            "(c)\xa0 Noted the revised timescales.\n\n\nThe Cabinet received a report on the day centre.\n")
    assert texts(page) == ["Approved the business case for the refurbishment",
                           "Delegated authority to the Director to sign the lease", "Noted the revised timescales"]


def test_a_report_s_history_of_past_decisions_under_a_lead_in_is_no_record() -> None:
    report = ("Report to Cabinet\n\nBackground\n\nIn March 2019 Cabinet:\n\n(a) Approved the strategy;\n\n"
              "(b) Noted the risks;\n\n(c) Agreed the timetable.\n\nSince then the work has gone on.\n")
    assert texts(report) == []


def test_that_with_a_colon_and_dash_over_the_decision_s_items_only_leads_in() -> None:
    minutes = ("Issue - meetings\n\nMeeting: 05/12/2024 - Cabinet (Item 43)\n\nMinutes:\n\nTHE DECISION:\n\nThat:-\n\n"
               "(1)\xa0 the Chief Executive be authorised to negotiate the purchase of the clinic; and\n\n"
               "(2)\xa0 a further report be brought back to Cabinet.\n")
    assert texts(minutes) == ["the Chief Executive be authorised to negotiate the purchase of the clinic",
                              "a further report be brought back to Cabinet"]


def test_a_content_field_restating_the_purpose_then_giving_the_decision_s_items() -> None:
    purpose = "To seek approval to the disposal of land at Mill Lane to the Trust before the financial year end."
    page = ("outcome: The leader approved the sale of the land to the Trust.\nDecision Maker: Council Leader\n"
            f"Outcome: Recommendations Approved\nPurpose: {purpose}\n"
            f"Content: {purpose} 1) the agreed terms for the disposal of 2.5 Hectares of Land at Mill Lane to the "
            "Trust be approved; and 2) the Head of Legal Services be authorised to complete the sale. The land is "
            "surplus to requirements. " + "The site has been marketed. " * 12 + "\n")
    assert texts(page) == [
        "the agreed terms for the disposal of 2.5 Hectares of Land at Mill Lane to the Trust be approved",
        "the Head of Legal Services be authorised to complete the sale"]


def test_a_resolution_whose_subject_is_the_list_below_only_leads_in() -> None:
    minutes = ("Minutes\nRESOLVED  A.  That the following recommendations of the Grants Working Group, attached at "
               "Appendix 2 to the report, be endorsed:-\n"
               "i)  that a sum of £40,000 per annum be allocated to advice services;\n"
               "ii)  that commissioning be for a 3 year period from April 2026.\n")
    assert texts(minutes) == ["that a sum of £40,000 per annum be allocated to advice services",
                              "that commissioning be for a 3 year period from April 2026"]


_OFFICER_DECISION = ("Decision details\n\nDay services for younger people with dementia\n\n"
                     "Decision Maker: Director of Adults and Health\n\nDecision status: For Determination\n\n"
                     "Decision:\n\nThe Director of Adults and Health approved:\n\n"
                     "The waiver of Contracts Procedure Rules 9.1 and 9.2 to contract with the Northby Dementia Trust "
                     "for two months from 1st October 2025.\n\n"
                     "The award of a five-year contract to Community Links for the new service.\n\n"
                     "Wards Affected: (All Wards);\n\nPublication date: 11/08/2025\n")


def test_an_officer_s_approved_over_paragraphs_gives_each_paragraph_as_a_decision() -> None:
    assert texts(_OFFICER_DECISION) == [
        "The waiver of Contracts Procedure Rules 9.1 and 9.2 to contract with the Northby Dementia Trust for two "
        "months from 1st October 2025",
        "The award of a five-year contract to Community Links for the new service",
    ]


def test_an_officer_s_approved_in_a_report_s_background_records_nothing() -> None:
    report = _OFFICER_DECISION.replace("Decision details\n\n", "Report to Cabinet\n\n").replace(
        "Decision:\n\n", "Background\n\n")
    assert texts(report) == []


def test_a_delegated_decision_heading_over_a_resolution_records_it() -> None:
    minutes = ("Agenda item\n\nBetter Care Fund Monitoring Report\n\nMinutes:\n\nThe Director presented the report.\n\n"
               "Delegated decision:\n\n \n\nThat the report be noted\n")
    assert texts(minutes) == ["That the report be noted"]


def test_a_committee_s_agreed_recommendations_passed_on_and_named_one_by_one() -> None:
    minutes = ("Minutes:\n\nSubject to amendments to recommendation two, the Scrutiny Committee AGREED the following "
               "recommendations and RECOMMENDED their agreement by Cabinet:\n\n"
               "Recommendation 1 - That the Council writes to the Secretary of State about funding for youth services.\n\n"
               "Recommendation 2 - That the Council reviews its grants to voluntary groups during 2025.\n")
    assert texts(minutes) == ["That the Council writes to the Secretary of State about funding for youth services",
                              "That the Council reviews its grants to voluntary groups during 2025"]


def test_a_recommendation_named_in_a_report_s_discussion_is_no_decision() -> None:
    report = ("Report to Cabinet\n\nBackground\n\nRecommendation 1 - That the Council writes to the Secretary of "
              "State - was debated by the panel last year and not taken forward.\n")
    assert texts(report) == []


def test_a_lone_minutes_field_over_numbered_that_clauses_records_them() -> None:
    page = ("Issue - meetings\n\nSchool Nurse Service\n\nMeeting: 07/03/2016 - Cabinet (Item 8)\n\nMinutes:\n\n"
            "1.1.   That the Director approve the direct award of the contracts.\n\n"
            "1.2.   To note the total spend of £4,500,000 a year.\n")
    assert texts(page) == ["That the Director approve the direct award of the contracts",
                           "To note the total spend of £4,500,000 a year"]


def test_a_lone_minutes_field_over_an_account_records_nothing() -> None:
    page = ("Issue - meetings\n\nSchool Nurse Service\n\nMinutes:\n\n"
            "1.1.   The Director introduced the report on school nursing.\n")
    assert texts(page) == []


def test_a_joint_report_s_part_for_one_council_leads_in_its_items() -> None:
    report = ("Report to Cabinet\n\nRecommendations\n\n1.1. To note the total spend.\n\n"
              "For Northby Borough Council, Cabinet is requested:\n\n"
              "1.2. That Cabinet gives approval to award a contract to the Wessex Community Health Trust.\n")
    assert texts(report) == ["To note the total spend",
                             "That Cabinet gives approval to award a contract to the Wessex Community Health Trust"]


def test_a_resolution_over_a_committee_whose_name_holds_a_comma_only_leads_in() -> None:
    minutes = ("Minutes:\n\nRESOLVED UNANIMOUSLY: That the Housing, Parks and Leisure Policy Committee:-\n\n"
               "1.     Approves the grant scheme.\n\n2.     Approves the Council acting as accountable body.\n")
    assert texts(minutes) == ["Approves the grant scheme", "Approves the Council acting as accountable body"]


def test_bullets_giving_a_decision_s_purposes_fold_into_it_whatever_verb_they_open_with() -> None:
    minutes = ("Minutes:\n\nRESOLVED: That the Committee:-\n\n"
               "1.     Endorses the use of the grant as detailed in this report, with the purpose of:\n\n"
               "·       Providing funding for the team beyond March 2023.\n\n"
               "·       Provide an open grant pot for bids from local groups.\n\n"
               "2.     Approves the Council acting as accountable body.\n")
    assert texts(minutes) == ["Endorses the use of the grant as detailed in this report, with the purpose of: "
                              "Providing funding for the team beyond March 2023; "
                              "Provide an open grant pot for bids from local groups",
                              "Approves the Council acting as accountable body"]


def test_an_advisory_panel_s_advice_put_as_a_resolution_leads_in_its_items() -> None:
    page = ("Issue - meetings\n\nChanges to Continuing Care\n\nMeeting: 10/12/2007 - Executive Member Advisory Panel "
            "(Item 44)\n\nThis report asks the Executive Member to note a summary of the new national framework.\n\n"
            "Additional documents:\n\nAdvice of the Advisory Panel\n\n"
            "That the Executive Member for Adult Social Services be advised to:\n\n"
            "i)\xa0\xa0\xa0\xa0\xa0 Note action being taken to meet the new requirements for Continuing Health Care.\n\n"
            "ii)\xa0\xa0\xa0\xa0 In June 2008, to receive a further report back to the Executive Member.\n\n"
            "Decision of the Executive Member\n\nRESOLVED: That the advice of the Advisory Panel be accepted and endorsed.\n")
    found = extract_document(DocText.from_pages("0" * 64, [page])).recommendations
    # the advice is what the member is asked to do; the member's resolution accepting it is the decision
    assert [(r.rule, r.text) for r in found] == [
        ("recommendations.lead_in", "Note action being taken to meet the new requirements for Continuing Health Care"),
        ("recommendations.lead_in", "In June 2008, to receive a further report back to the Executive Member"),
        ("recommendations.resolved", "That the advice of the Advisory Panel be accepted and endorsed")]


def test_an_unheaded_resolution_list_may_open_with_any_participle() -> None:
    # A decisions page lost its heading; the first resolution's participle ("declared") is no usual decision word,
    # but the resolution below it is one, so the list is the decision.
    page = ("Issue - decisions\n\nCommunity Centre Proposal\n\n08/12/2021 - Community Centre Proposal\n\n"
            "1.      That the Northby Community Centre be declared surplus to the Council's requirements\n\n\n"
            "2.      That disposal of the asset to the occupying GP surgery be approved.\n")
    assert texts(page) == ["That the Northby Community Centre be declared surplus to the Council's requirements",
                           "That disposal of the asset to the occupying GP surgery be approved"]


def test_two_unusual_participles_alone_are_no_unheaded_resolution_list() -> None:
    # Neither item is a usual resolution: background written as "That ..." clauses is not read as a decision.
    report = ("Background\n\n1.      That the centre be declared surplus was first raised in 2019\n\n"
              "2.      That the site be valued was suggested by the surveyor\n")
    assert texts(report) == []


def test_agreed_with_a_condition_before_its_list_leads_in_the_list() -> None:
    page = ("Issue - decisions\n\n\n18/01/2013 - Northby House Co-location\n\n"
            "The Director submitted a report on the co-location of health staff at Northby House.\n\n"
            "Agreed, subject to the approval of the recommendation to the City Council, –\n\n\n"
            "(1)  works required to implement co-location at Northby House at a net cost to the council of £0.369m;\n\n\n"
            "(2)  the purchase of the leases of buildings 1 and 2 at a cost of £0.900m.\n")
    assert texts(page) == [
        "works required to implement co-location at Northby House at a net cost to the council of £0.369m",
        "the purchase of the leases of buildings 1 and 2 at a cost of £0.900m"]


def test_a_resolution_ending_on_to_over_its_list_only_leads_in() -> None:
    minute = ("Minutes:\n\n3.    It was RESOLVED that the decision to be taken by the Cabinet Member for Adult Social "
              "Care to:\n\n\na)    Extend the current contract with Acme Care for 12 months; and\n\n"
              "b)    Delegate authority to the Corporate Director to implement the decision,\n\nbe endorsed.\n")
    found = texts(minute)
    assert found[0] == "Extend the current contract with Acme Care for 12 months"
    assert not any(text.startswith("that the decision to be taken") for text in found)


def test_conditions_under_a_delegation_fold_into_it() -> None:
    # "... provided that in each case, up to £500k:" over a) b): the terms the one decision is bound by.
    report = ("RECOMMENDATION The Executive recommends Council to:\n\n1)  note the report;\n\n"
              "2)  delegate to the Director authority to add services within the contract provided that in each "
              "case, up to the total value of £500k:\n\na)  the budget for the services has already been approved;\n"
              "b)  the Executive Member has been consulted.\n\n3)  note the shareholders agreement.\n")
    assert texts(report) == [
        "note the report",
        "delegate to the Director authority to add services within the contract provided that in each case, up to "
        "the total value of £500k: the budget for the services has already been approved; the Executive Member has "
        "been consulted",
        "note the shareholders agreement"]


def test_a_decision_page_s_member_deciding_in_the_present_after_consulting() -> None:
    page = ("Decision details\n\nGrant acceptance\n\nDecision Maker: Executive Member for Health\n\n"
            "Decision status: Recommendations Approved\n\nIs Key decision?: No\n\nIs subject to call in?: No\n\n\n"
            "Seeking permission from the Executive Member to accept a grant of £1.1m.\n\n\n"
            "The Executive Member following consultation with the Corporate Director Resources accepts grant funding "
            "of £1,137,090 from the Department of Health and Social Care.\n\n"
            "The Executive Member is taking the decision under their urgency power.\n\nReasons for the decision:\n\n"
            "To enable the Council to accept the grant.\n")
    assert texts(page) == [
        "The Executive Member following consultation with the Corporate Director Resources accepts grant funding of "
        "£1,137,090 from the Department of Health and Social Care"]


def test_a_decision_lead_in_ending_in_a_semicolon_still_leads_in() -> None:
    page = ("Decision:\n\n \n\nThe Cabinet Member for Public Health and Wellbeing has approved;\n\n \n\n"
            "(1) receipt of the Local Stop Smoking Services grant funding and its terms and conditions\n")
    assert texts(page) == ["receipt of the Local Stop Smoking Services grant funding and its terms and conditions"]


def test_a_motion_moved_by_the_leader_in_capitals_is_the_resolution_below_it() -> None:
    minutes = ("Minutes:\n\nThe Leader presented the report of the meeting of the Cabinet held on 25 July 2019\n"
               "1. Northby GP Hub – Loan Decision (Minute 33)\nThe Leader MOVED seconded by Councillor A Person\n"
               "THAT the recommendations of the Cabinet as set out in Minute 33 be ADOPTED.\n"
               "Following discussion and upon a vote being taken, the MOTION was declared to have been CARRIED.\n")
    assert texts(minutes) == ["THAT the recommendations of the Cabinet as set out in Minute 33 be ADOPTED"]


def test_a_decision_page_without_reasons_gives_the_decision_told_below_its_fields() -> None:
    page = ("Decision Maker: Cabinet Member for Children's Services\nDecision status: Recommendations Approved\n"
            "Is Key decision?: Yes\nIs subject to call in?: Yes\n"
            "The Cabinet Member authorised the award of contract to Acme Services Ltd for the delivery of children's "
            "centre services, due to commence on 18 January 2021. This contract will be for a period of 5 years.\n"
            "The contract price shall be £6,691,590.\nThe delivery of Children Centres is underpinned in legislation.\n")
    assert texts(page) == [
        "The Cabinet Member authorised the award of contract to Acme Services Ltd for the delivery of children's "
        "centre services, due to commence on 18 January 2021. This contract will be for a period of 5 years"]


def test_a_decision_page_without_reasons_and_no_decision_told_gives_none_from_its_fields() -> None:
    page = ("Decision Maker: Cabinet Member for Children's Services\nDecision status: Recommendations Approved\n"
            "Is Key decision?: Yes\nIs subject to call in?: Yes\n"
            "The delivery of Children Centres is underpinned in legislation.\n")
    assert texts(page) == []


def test_it_is_recommended_for_the_body_to_over_a_numbered_list_leads_in() -> None:
    for lead in ("It is recommended for the Executive to:", "It is recommended that the Executive:"):
        report = (f"SUMMARY OF RECOMMENDATIONS\n  1. {lead}\n  2. approve the plans to review the service; and\n"
                  "  3. delegate the approval of the specification to the Executive member.\n\n"
                  "IF THIS IS A KEY DECISION\n\nText.\n")
        assert texts(report) == ["approve the plans to review the service",
                                 "delegate the approval of the specification to the Executive member"], lead


def test_a_request_to_note_another_board_s_recommendations_to_leads_in_its_bullets() -> None:
    paper = ("The Governing Body is asked to note the recommendations of the Collaboration Board: Shared Support "
             "Services to:\n  • disband the existing procurement and notify potential bidders\n"
             "  • give notice on the current contract for assessment services\n\nSummary of purpose\nText.\n")
    assert texts(paper) == ["disband the existing procurement and notify potential bidders",
                            "give notice on the current contract for assessment services"]


def test_a_flattened_resolution_s_items_part_at_capitalised_verbs() -> None:
    minute = ("Content: 11.1 The Assistant Director presented a report which sought approval to initiate a joint "
              "procurement.     11.2 RESOLVED UNANIMOUSLY: That Adult Health and Social Care Policy Committee:-   Agree "
              "to jointly commission an equipment service in collaboration with Rotherham Council from April 2027 Adopt "
              "a model of joint governance and a dedicated team Agree to pooled funding via Section 75 arrangements     "
              "11.3 Reasons for Decision     11.3.1 A new contract needs to be in place by 1st April 2027 and the "
              "commissioning organisations must meet their statutory obligations under the Care Act.\n")
    assert texts(minute) == [
        "Agree to jointly commission an equipment service in collaboration with Rotherham Council from April 2027",
        "Adopt a model of joint governance and a dedicated team", "Agree to pooled funding via Section 75 arrangements"]


def test_a_decision_page_s_body_and_verb_without_a_colon_leads_in_and_an_appendices_item_is_kept() -> None:
    page = ("Decision:\n\nThe Leader approves\n\n \n\n1.     Appendices A and B are not for publication on the basis "
            "that they contain commercial information.\n\n \n\n2.     A direct award to the preferred provider for "
            "one year.\n\n \n\nReasons for the decision:\n\n1.     Local authorities have a duty.\n")
    assert texts(page) == ["Appendices A and B are not for publication on the basis that they contain commercial "
                           "information", "A direct award to the preferred provider for one year"]


def test_an_appendices_heading_still_ends_a_list() -> None:
    report = ("Recommendations\n\n1. Approve the plan.\n2. Note the risks.\n\n3. Appendices\n\nAppendix A - the plan\n")
    assert texts(report) == ["Approve the plan", "Note the risks"]


def test_an_issue_decisions_page_s_list_under_its_dated_title() -> None:
    page = ("Issue - decisions\n\nImplementing Proposals to Spend Grant Funding\n\n"
            "18/01/2010 - Implementing Proposals to Spend Grant Funding\n\n"
            "(i)  To accept the capital grant of £3.062m awarded by the Department of Health.\n\n"
            "(ii)  To add £3.062m to the Adult Social Care Capital Programme.\n")
    assert texts(page) == ["To accept the capital grant of £3.062m awarded by the Department of Health",
                           "To add £3.062m to the Adult Social Care Capital Programme"]


def test_a_list_under_a_sentence_running_on_is_still_no_decision() -> None:
    report = ("Background\n\nIn 2019 officers were asked by the funding\n\n"
              "(i)  To accept the grant of £3m.\n\n(ii)  To add £3m to the programme.\n")
    assert texts(report) == []


def test_an_executive_s_decision_told_in_a_minute_under_a_narrative_decisions_field() -> None:
    # The page's "Decisions:" field holds the minute's narrative, no item of which is a decision; the executive's
    # decision told in prose below is still read.
    page = ("Decision details\n\nGrant application\n\nDecision Maker: Executive\n\n"
            "Decision status: Recommendations Approved\n\nPurpose:\n\nTo determine the grant application.\n\n"
            "Decisions:\n\nThe Executive received a report stating that Age Concern had applied for a grant of "
            "£20,000.\n\n \n\nThe Executive agreed the award of £2,000 for the 2018/19 financial year with the request "
            "that Age Concern continue to work closely with Council Officers.\n")
    assert texts(page) == ["The Executive agreed the award of £2,000 for the 2018/19 financial year with the "
                           "request that Age Concern continue to work closely with Council Officers"]
