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
