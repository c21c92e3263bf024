"""More records of decision in the forms councils' decision pages take: a label glued to its first word ("1.1Authorise"),
"I, <name>, ... do hereby:" over the decisions, an officer's decision form ("What decision has been taken?"), a lone
"1. That Cabinet accepts ..." with no heading, "RESOLVED to (1) ...", a "Purpose of Report:" field summarising the
list below it, sums bulleted under one decision, and table borders on lines of their own."""

from __future__ import annotations

from test_recommendations import texts


def test_a_decimal_label_glued_to_its_first_word_still_labels_the_item() -> None:
    text = ("Decision:\n\n1.1Authorise the Council to complete a procurement exercise for 10 nursing beds.\n"
            "1.2Authorise the Council to award and enter into a contract with the successful bidder.\n")
    assert texts(text) == ["Authorise the Council to complete a procurement exercise for 10 nursing beds",
                           "Authorise the Council to award and enter into a contract with the successful bidder"]


def test_a_first_person_record_of_decision_leads_into_its_bullets() -> None:
    text = ("Northby City Council - Record of Decision\n\n"
            "I, Jo Smith, Statutory Deputy City Mayor, in consultation with the Cabinet and in exercise of the powers "
            "contained within the City Council constitution do hereby:\n\n"
            "  • Notes the contents of this report.\n"
            "  • Approve the allocation of up to £10.4Million to deliver the unit.\n"
            "  • That progress be the subject of regular update reports.\n")
    assert texts(text) == ["Notes the contents of this report", "Approve the allocation of up to £10.4Million to "
                           "deliver the unit", "That progress be the subject of regular update reports"]


def test_a_first_person_decision_in_one_sentence_is_the_decision() -> None:
    text = ("Record of Decision\n\nI Councillor Hinds, Lead Member for Finance, in exercise of the powers contained "
            "within the Council Constitution do hereby approve the extension of Contract for the Postural Stability "
            "Service as detailed in the table below:\n")
    assert texts(text) == ["I Councillor Hinds, Lead Member for Finance, in exercise of the powers contained within "
                           "the Council Constitution do hereby approve the extension of Contract for the Postural "
                           "Stability Service as detailed in the table below:"]


def test_a_first_person_view_in_a_report_is_no_decision() -> None:
    # An inspector's report: "I agree ..." is an opinion, in a paper that records no decision.
    text = ("Report on the Examination of the Plan\n\nI agree the use of 10 years' sales data is one of the most "
            "reliable methods of forecasting demand.\n")
    assert texts(text) == []


def test_a_delegation_of_the_authority_over_its_decisions_leads_into_them() -> None:
    text = ("Decision:\n\n1.    Approves a procurement be undertaken for a home based reablement service.\n\n"
            "2.    Delegates to the Executive Director of Adult Care, in consultation with the Leader of the Council, "
            "the authority:\n\n"
            "   i.    To approve the entering into a pilot with the contractor; and\n\n"
            "  ii.    To determine the final form of the contract and to approve the award of the contract.\n")
    assert texts(text) == ["Approves a procurement be undertaken for a home based reablement service",
                           "To approve the entering into a pilot with the contractor",
                           "To determine the final form of the contract and to approve the award of the contract"]


OFFICER_FORM = ("Issue - decisions\n\nDay services - contract extension\n\nWhat decision has been taken?\n\n"
                "(Set out all necessary decisions to be taken by the decision taker including decisions in relation "
                "to exempt information, exemption from call in etc.)\n\n\n"
                "The Director of Adults and Health gave approval for the Council to offer Community Links a three-year "
                "extension to the contract, to run from 1st October 2022 to 30th September 2025.\n\n\n"
                "That a variation is applied to the original terms of the contract, for the offer of a contract "
                "extension.\n\n\nThe Commissioning Programme Lead will be responsible for the above actions.\n")


def test_an_officer_decision_form_gives_the_decisions_below_its_question() -> None:
    assert texts(OFFICER_FORM) == [
        "The Director of Adults and Health gave approval for the Council to offer Community Links a three-year "
        "extension to the contract, to run from 1st October 2022 to 30th September 2025",
        "That a variation is applied to the original terms of the contract, for the offer of a contract extension",
    ]


def test_an_officer_approval_told_in_a_report_is_no_decision() -> None:
    text = ("Background\n\nIn 2019 the Director of Adults and Health gave approval for the pilot, which ended in "
            "March 2021.\n")
    assert texts(text) == []


def test_a_lone_resolution_with_no_heading_is_the_decision() -> None:
    text = ("Agenda item\n\nFamily Hubs Programme\n\n\n\n"
            "1.    That Cabinet accepts the grant funding and approves the approach to the governance of the grant.\n\n\n"
            "Consideration was given to the report submitted which sought approval to spend the grant.\n\n\n"
            "  1. That Cabinet accept the grant funding and approve the approach to the governance of the grant.\n")
    assert texts(text) == ["That Cabinet accepts the grant funding and approves the approach to the governance of "
                           "the grant"]


def test_a_lone_resolution_in_the_past_tense_is_the_decision() -> None:
    text = ("Issue - meetings\n\nExtension of Community Dementia Services\n\n"
            "A. That Cabinet approved the modification of the contract to allow extension of the services for a "
            "further 2 years.\n\nThe Cabinet Member presented the report.\n")
    assert texts(text) == ["That Cabinet approved the modification of the contract to allow extension of the "
                           "services for a further 2 years"]


def test_a_numbered_paragraph_of_a_report_is_no_lone_resolution() -> None:
    text = "Background\n\n1. That the Council has a duty to assess needs is set out in the Care Act.\n"
    assert texts(text) == []


def test_a_resolution_whose_first_label_runs_on_after_to() -> None:
    text = ("DECISION\n\n11.2     RESOLVED to (1) delegate authority to the Director of Adult Social Care to enter "
            "into Nominations Agreements; and\n\n(2)        approve the amendments to the Scheme of Delegations "
            "accordingly.\n")
    assert texts(text) == ["delegate authority to the Director of Adult Social Care to enter into Nominations "
                           "Agreements", "approve the amendments to the Scheme of Delegations accordingly"]


PURPOSE = ("Decision details\n\nPurpose of Report: The national strategy sets out key objectives.\n"
           "The Cabinet Member is asked to approve the Joint Dementia Strategy, and an Action Plan.\n\n\n"
           "(a)  That the Joint Dementia Strategy be approved.\n\n(b)  That the action plan be agreed.\n")


def test_a_purpose_field_restating_the_list_below_is_no_item() -> None:
    assert texts(PURPOSE) == ["That the Joint Dementia Strategy be approved", "That the action plan be agreed"]


def test_a_purpose_field_asking_with_no_list_elsewhere_stays() -> None:
    text = PURPOSE.split("\n\n\n")[0] + "\n"
    assert texts(text) == ["The Cabinet Member is asked to approve the Joint Dementia Strategy, and an Action Plan"]


def test_sums_bulleted_under_a_decision_belong_to_it() -> None:
    text = ("Meeting: 13/11/2019 - Cabinet (Item 101)\n"
            "1. Approved of the award of a Healthy Child Programme contract to North East London Foundation Trust.\n"
            "2. Approved investment of an additional:\n"
            "· £289k for year one of the contract\n· £578k for year two of the contract\n")
    found = texts(text)
    assert len(found) == 2
    assert found[1] == ("Approved investment of an additional: £289k for year one of the contract; £578k for year two "
                        "of the contract")


def test_table_borders_on_lines_of_their_own_part_a_decision_from_its_heading() -> None:
    text = ("Record of Decision\n|\n5. |\nDECISION MADE BY: |\nExecutive Member for Children\n|\n|\n||||||||\n"
            "6. |\nDECISION:\n|\n|\n|||||||||\n"
            "The Executive Member for Children, Young People & Learning to agrees to exercise a 1+1 year contract "
            "extension with a total extension value of £460,000.\n|\n|\n||||||||||\n7. |\nREASON FOR DECISION\n")
    assert texts(text) == ["The Executive Member for Children, Young People & Learning to agrees to exercise a 1+1 "
                           "year contract extension with a total extension value of £460,000"]
