"""Decision pages' shapes: an award "to:" over the providers it names (one decision), passive resolutions written as
paragraphs whose labels were lost, a local body named for two places and a national charity, and an officer's
decision in the present ("The Director ... approves ...")."""

from __future__ import annotations

from organisation_helpers import texts as organisation_texts
from test_recommendations import texts

AWARDS = ("Decision:\n\n1.    To waive contract standing order 8.2 and directly award contracts to:\n\n"
          "a.    Wessex Family Fellowship: Contract for the delivery of support for young parents. The contract will "
          "run from 1 January 2026 to 31 December 2027 at a value of £150,000 per annum.\n\n"
          "b.    Northby Advice Centre: Contract for the provision of debt advice. The contract will run from 1 "
          "January 2026 to 31 December 2027 at a value of £80,000 per annum.\n\n"
          "2.    To note the savings.\n")


def test_providers_listed_under_an_award_to_belong_to_it() -> None:
    found = texts(AWARDS)
    assert len(found) == 2
    assert found[0].startswith("To waive contract standing order 8.2 and directly award contracts to: Wessex Family "
                               "Fellowship: Contract for the delivery")
    assert "Northby Advice Centre: Contract for the provision of debt advice" in found[0]
    assert found[1] == "To note the savings"


def test_decisions_of_their_own_under_a_lead_in_to_stay_items() -> None:
    text = ("Decision:\n\n1.    The Cabinet agreed to:\n\na.    Approve the award of the contract.\n\n"
            "b.    Delegate authority to the Director to sign it.\n")
    assert texts(text) == ["Approve the award of the contract", "Delegate authority to the Director to sign it"]


PASSIVES = ("Decision Made:\n\n\n\n"
            "Council be recommended to approve the acceptance of the Treatment and Recovery Grant as detailed within "
            "the report; \n\n\n\n"
            "subject to Council approving the acceptance of the Grant, the proposed contract variations to the current "
            "contracts for the services be approved; and  \n\n\n\n"
            "the Director be authorised to sign the variations.\n")


def test_passive_resolutions_parted_by_blank_lines_are_items_of_their_own() -> None:
    assert texts(PASSIVES) == [
        "Council be recommended to approve the acceptance of the Treatment and Recovery Grant as detailed within the "
        "report",
        "subject to Council approving the acceptance of the Grant, the proposed contract variations to the current "
        "contracts for the services be approved",
        "the Director be authorised to sign the variations",
    ]


def test_passive_resolutions_on_wrapped_lines_without_blank_lines_stay_as_written() -> None:
    # No blank line parts them: a PDF's wrapped lines, which may be one sentence's clauses.
    text = ("Decision Made:\n\nCouncil be recommended to approve the acceptance of the Grant as detailed within the "
            "report;\nsubject to Council approving the Grant, the contract variations be approved; and\n"
            "the Director be authorised to sign the variations.\n")
    assert len(texts(text)) == 1


def test_a_local_body_named_for_two_places_and_a_national_charity() -> None:
    found = organisation_texts("b.    Merton and Lambeth Citizen’s Advice Service: Contract for the provision of "
                               "financial advice services.\n")
    assert found == {"Merton and Lambeth Citizen’s Advice Service"}
    assert organisation_texts("The contract goes to Merton and Lambeth Citizens Advice for advice.\n") == {
        "Merton and Lambeth Citizens Advice"}


OFFICER = ("Decision details\n\nDecision Maker: Director of Children and Families\n\nDecision status: Recommendations "
           "Approved\n\nDecision:\n\n%s\n\nReason Key: Financial Impact;\n")


def test_an_officer_s_decision_in_the_present_is_an_item_each_sentence_its_own() -> None:
    assert texts(OFFICER % ("The Director of Children & Families approves the receipt of grant income of £8.6m. The "
                            "Director of Children & Families approves the proposed use of the grant funding.")) == [
        "The Director of Children & Families approves the receipt of grant income of £8.6m",
        "The Director of Children & Families approves the proposed use of the grant funding",
    ]


def test_an_officer_s_report_of_what_was_done_is_no_decision() -> None:
    assert texts(OFFICER % "The Director of Children & Families reported on the grant income last year.") == []


def test_an_officer_asked_to_give_approval_for_a_list_leads_into_it() -> None:
    text = ("Decision details\n\nDecision required:\nThe Corporate Director – Health and Adult Services is asked to "
            "inform the Chief Finance Officer of their approval for:\n"
            "• Receipt of the direct award grants by the council to support improvements in treatment.\n"
            "• Receipt of the direct award grant for inpatient detoxification by Wessex City Council, as lead council\n"
            "\n\nThe Corporate Director – Health and Adult Services has informed the Chief Finance Officer that the "
            "council will receive direct award grants to support improvements in the quality of treatment from "
            "2025-26, as the report sets out in full for members of the public and partners who need to see it.\n")
    assert texts(text) == [
        "Receipt of the direct award grants by the council to support improvements in treatment",
        "Receipt of the direct award grant for inpatient detoxification by Wessex City Council, as lead council",
    ]


def test_a_paragraph_after_a_blank_line_between_items_is_neither_s_text() -> None:
    text = ("Lunch club grants - CMDN/12\n\nDecision Maker: Cabinet Member for Adult Social Care\n\n"
            "The Cabinet Member:  \n\n\n1.    Approved the award of grant funding for a two-year period, until 31 March "
            "2027, to:\n\n·         Northby Lunch Club\n\n·         Southby Community Centre (formerly the Southby "
            "Lunch Club)\n\n\nThe total value of the grant period is £26,744.00 across the two clubs named above.\n\n\n"
            "2.    Approved the award of grant funding to Wessex Day Care for a two-year period until 31 March 2027. "
            + "The grant supports a day centre for older people in the south of the borough. " * 3 + "\n")
    found = texts(text)
    assert len(found) == 2
    assert found[0].endswith("Southby Community Centre (formerly the Southby Lunch Club)")
    assert found[1].startswith("Approved the award of grant funding to Wessex Day Care")
