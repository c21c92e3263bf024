"""Decision items copied from web pages: an item's own points with their bullets lost, a bracketed number typed with
a space ("(1 )"), a page's proposed resolution standing alone as a paragraph ("That the award ... be approved."),
and a direct award "made to" its provider with an option to extend it later."""

from __future__ import annotations

from agreement_helpers import agreements_in, party_summary
from organisation_helpers import texts as organisation_texts
from test_recommendations import run, texts

PRINCIPLES = ("Decision:\n\nTHAT:\n\n"
              "(a)        the following principles be adopted to guide the allocation of the additional funding:\n\n"
              "           To support market sustainability for social care providers\n\n"
              "           To invest in technology enabled care across the health and social care system;\n\n \n\n"
              "(b)        the director be authorised to determine the detailed allocation of the funding; and\n\n"
              "(c)        the director report to cabinet on the allocation.\n")


def test_short_unlabelled_lines_under_an_item_ending_in_a_colon_are_its_own_points() -> None:
    assert texts(PRINCIPLES) == [
        "the following principles be adopted to guide the allocation of the additional funding: To support market "
        "sustainability for social care providers To invest in technology enabled care across the health and social "
        "care system",
        "the director be authorised to determine the detailed allocation of the funding",
        "the director report to cabinet on the allocation",
    ]


def test_paragraphs_about_an_item_are_not_folded_into_it() -> None:
    detail = PRINCIPLES.replace("To support market sustainability for social care providers",
                                "The first contract covers the north of the county.")
    assert texts(detail)[0] == "the following principles be adopted to guide the allocation of the additional funding:"


def test_a_bracketed_number_with_a_space_inside_labels_an_item() -> None:
    text = ("The Cabinet is recommended to:-\n\n\n"
            "(1 ) Consider the report and give approval in principle to progress the cooperation agreement.\n\n\n"
            "(2)That authority be delegated to the Director to give approval to the final cooperation agreement.\n")
    assert texts(text) == [
        "Consider the report and give approval in principle to progress the cooperation agreement",
        "That authority be delegated to the Director to give approval to the final cooperation agreement",
    ]


PROPOSED = ("Improving support for carers is a key priority for Adult Social Care and the Clinical Commissioning "
            "Groups in the county. The Council and the Groups have undertaken joint procurement exercises for two "
            "support services for carers, and the report seeks approval from Cabinet to award new contracts.\n"
            "Independent Carers Support\n"
            "That the award of new contracts based on four geographical lots to Northby Carers Trust, each contract "
            "commencing on 1 April 2017, be approved.\n"
            "The contracts will be for an initial two year period, with the option to extend.\n")


def test_a_proposed_resolution_alone_on_a_page_of_one_line_paragraphs_is_an_item() -> None:
    found = run(PROPOSED)
    assert [r.text for r in found] == [
        "That the award of new contracts based on four geographical lots to Northby Carers Trust, each contract "
        "commencing on 1 April 2017, be approved"]
    assert not found[0].is_decision  # no minute tells it was decided


def test_a_direct_award_made_to_a_provider_is_awarded_not_extended() -> None:
    text = ("Recommendations:\n\nThat Cabinet:\n\n"
            "1.    Agree that a direct award is made to Northby Healthcare CIC for local GPs to deliver the health "
            "checks programme from 1 July 2022 to 30 June 2027, with the provision to extend the contract for a "
            "further five years.\n")
    summaries = [party_summary(a)[:3] for a in agreements_in(text)]
    assert summaries == [("contract", "Northby Healthcare CIC", "award")]


def test_a_resolution_whose_body_lead_in_ends_the_resolved_line_keeps_its_spaced_items() -> None:
    text = ("Decision details\n\nDecision status: Recommendations Approved\n\n\n"
            "The Executive Director submitted a report seeking approval to proceed with a joint procurement.\n\n\n\n"
            "RESOLVED: That Cabinet:-\n\n\n\n\n"
            "approves the procurement of the daytime opportunities for people living with dementia;\n\n\n\n\n\n"
            "delegates the award of the contracts to the Director of Commissioning; and\n\n\n\n\n\n"
            "notes the timetable set out in the report.\n\n\n\n\n"
            "Reasons for Decision\n\nThe services end in March.\n")
    assert texts(text) == [
        "approves the procurement of the daytime opportunities for people living with dementia",
        "delegates the award of the contracts to the Director of Commissioning",
        "notes the timetable set out in the report",
    ]


def test_a_decision_list_may_open_with_its_not_for_publication_notice() -> None:
    text = ("Issue - decisions\n\nSupport to providers of social care\n\n"
            "01/06/2020 - Support to providers of social care\n\n"
            "1.    Appendix 1 is not for publication on the basis that it contains exempt information.\n\n\n"
            "2.    To make an urgent decision to ensure business continuity of social care providers.\n\n\n"
            "3.    To agree the budgetary provision of additional support to providers at a total cost of "
            "£738,642.\n")
    assert texts(text) == [
        "Appendix 1 is not for publication on the basis that it contains exempt information",
        "To make an urgent decision to ensure business continuity of social care providers",
        "To agree the budgetary provision of additional support to providers at a total cost of £738,642",
    ]


def test_a_list_of_aims_is_still_no_decision_list() -> None:
    text = ("Background\n\n1.    The service is not for publication in the directory yet.\n\n"
            "2.    To make the case for more investment in the service.\n\n"
            "3.    To provide a better service for carers.\n")
    assert texts(text) == []


def test_a_cabinet_members_i_agree_over_a_list() -> None:
    text = ("Proposed decision\n\n\nAs Cabinet Member for Adult Social Care and Public Health, I agree:\n\n"
            "      i.     To accept the test and trace service support grant (£6,311,401) under the terms and "
            "conditions;\n\n"
            "     ii.     The funding will be used for the management of local outbreaks.\n")
    assert texts(text) == [
        "To accept the test and trace service support grant (£6,311,401) under the terms and conditions",
        "The funding will be used for the management of local outbreaks",
    ]


AWARDS = ("Decision details\n\nSupported Accommodation\n\nDecision Maker: Cabinet Member for Housing Services\n\n"
          "Decision status: Recommendations Approved\n\nDecision:\n\nSummary of Decision\n\n"
          "That the Cabinet Member for Housing approves direct awards for the following:\n\n \n\n"
          "·         Award of a contract for the provision of hostel accommodation at Mill Court, to Northby Housing "
          "Limited from 1st April 2021 to 31st March 2026 for the contract value of £3,416,304.\n\n \n\n"
          "·         Award of a contract for the provision of the move on service, to Southby Homes Limited from 1st "
          "October 2021 to 31st March 2026 for the contract value of £3,237,156.\n\n"
          "Reasons for the decision:\n\nThe contracts end in March.\n")


def test_a_notices_summary_heading_and_body_lead_in_over_bulleted_awards() -> None:
    assert texts(AWARDS) == [
        "Award of a contract for the provision of hostel accommodation at Mill Court, to Northby Housing Limited "
        "from 1st April 2021 to 31st March 2026 for the contract value of £3,416,304",
        "Award of a contract for the provision of the move on service, to Southby Homes Limited from 1st October 2021 "
        "to 31st March 2026 for the contract value of £3,237,156",
    ]


def test_each_bulleted_award_is_a_contract_with_its_provider() -> None:
    assert sorted(party_summary(a)[1:3] for a in agreements_in(AWARDS)) == [
        ("Northby Housing Limited", "award"), ("Southby Homes Limited", "award")]


def test_a_recommendation_to_full_council_in_the_present_tense_heads_its_resolution() -> None:
    text = ("Decision:\n\nThe Cabinet\n\n \n\n            RESOLVED\n\n \n\n"
            "That approval be given to making a bid to the National Leisure Relief Fund; and\n\n \n\n"
            "The Cabinet\n\n \n\n            RECOMMEND TO FULL COUNCIL\n\n \n\n"
            "That approval be given for a supplementary estimate for a sum of up to £177,740.\n\n"
            "Minutes:\n\nThe Cabinet Member introduced this item.\n")
    assert texts(text) == [
        "That approval be given to making a bid to the National Leisure Relief Fund",
        "That approval be given for a supplementary estimate for a sum of up to £177,740",
    ]


def test_the_party_of_a_nominal_award_with_its_term_or_service_between() -> None:
    text = ("3. Approve the direct award of a three year contract (commencing 1 April 2025) to Stroud Beresford Group "
            "for the provision of support in refuge accommodation.\n")
    assert organisation_texts(text) == {"Stroud Beresford Group"}


def test_a_providers_name_may_hold_on() -> None:
    text = ("RESOLVED:\n\n2.     Approves the direct award of a contract for a new Direct Payment Support Service to "
            "Action on Disability from December 2019 for one year.\n")
    assert organisation_texts(text) == {"Action on Disability"}
    assert [party_summary(a)[1] for a in agreements_in(text)] == ["Action on Disability"]


def test_people_after_a_nominal_award_are_no_party() -> None:
    text = "The award of a contract for the provision of services to older people in Northby was approved.\n"
    assert organisation_texts(text) == set()


def test_a_cabinet_members_i_approve_over_a_list() -> None:
    text = ("Proposed decision\n\n\nAs Cabinet Member for Adult Social Care, I approve:\n\n"
            "      i.     To accept the grant under its terms and conditions;\n\n"
            "     ii.     The funding will be used for the management of local outbreaks.\n")
    assert texts(text) == ["To accept the grant under its terms and conditions",
                           "The funding will be used for the management of local outbreaks"]
