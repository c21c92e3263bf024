"""Decision lists copied from web pages with their list marks changed or lost: a number set off by spaces ("1
Approved ..."), a second "That <body>:" lead-in inside a list, items in the body's present tense with no lead-in;
and the facts that hang on them (agreements decided in such items, a partner council named in a "with" clause,
Healthwatch named as what is bought)."""

from __future__ import annotations

from agreement_helpers import agreements_in, party_summary
from organisation_helpers import texts as organisation_texts
from test_recommendations import texts

from extractors.issuer import issuing_body

SPACED = ("Issue - decisions\n\nSupported Living Review\n\n12/03/2019 - Supported Living Review\n\nCabinet:\n\n \n\n"
          "1          Approved the waiver of the Council's Contract Procedure Rules to allow a direct award to Northby "
          "Care Limited;\n\n \n\n"
          "2          Agreed to authorise the Director of Adult Services to make a Direct Award Contract with Northby "
          "Care Limited for the provision of supported living services for 12 months;\n\n \n\n"
          "3          Agreed to authorise the Director of Adult Services to proceed with the selection and award of a new "
          "supported living contract to the winning bidder.\n\n\n"
          "11/03/2019 - Supported Living Review\n\nThe Cabinet Member introduced the report.\n")


def test_a_number_set_off_by_spaces_labels_a_list_item() -> None:
    assert texts(SPACED) == [
        "Approved the waiver of the Council's Contract Procedure Rules to allow a direct award to Northby Care Limited",
        "Agreed to authorise the Director of Adult Services to make a Direct Award Contract with Northby Care Limited "
        "for the provision of supported living services for 12 months",
        "Agreed to authorise the Director of Adult Services to proceed with the selection and award of a new "
        "supported living contract to the winning bidder",
    ]


def test_a_number_and_one_space_is_no_label() -> None:
    text = "Cabinet:\n\n3 April 2019 was the date of the last review of the policy.\n"
    assert texts(text) == []


def test_agreements_are_read_from_items_numbered_with_spaces() -> None:
    found = [(a.kind.value, a.action.value, a.subject) for a in agreements_in(SPACED)]
    assert ("contract", "award", "new supported living contract") in found
    assert any(party_summary(a)[1] == "Northby Care Limited" for a in agreements_in(SPACED))


SECOND_LEAD_IN = ("2.         RECOMMENDATIONS:\n\n\nThat Housing Committee:\n\n\n"
                  "2.1         Recommends to Policy & Resources Committee that the service is brought in-house.\n\n\n"
                  "That Policy & Resources Committee:\n\n\n"
                  "2.2         Agrees that the service is brought in-house; and\n\n\n"
                  "2.3         Delegates authority to the Executive Director, Housing to take all steps necessary.\n\n\n"
                  "3.         CONTEXT AND BACKGROUND\n\n3.1 The service supports disabled adults.\n")


def test_a_second_body_lead_in_inside_a_list_keeps_the_list_going() -> None:
    assert texts(SECOND_LEAD_IN) == [
        "Recommends to Policy & Resources Committee that the service is brought in-house",
        "Agrees that the service is brought in-house",
        "Delegates authority to the Executive Director, Housing to take all steps necessary",
    ]


PRESENT = ("To consider a report by the Housing Strategy Manager on the shared home improvement agency.\n"
           "Contact: J Smith 01234 567890\n"
           "Notes the position following three years of the shared home improvement agency service; and\n"
           "Agrees to delegate authority to the Head of Development to sign a new Partnership Agreement for a further "
           "two years.\n"
           "The Cabinet received a progress report on the shared service, which had met its aims.\n")


def test_unlabelled_items_in_the_bodys_present_tense_are_the_decision() -> None:
    assert texts(PRESENT) == [
        "Notes the position following three years of the shared home improvement agency service",
        "Agrees to delegate authority to the Head of Development to sign a new Partnership Agreement for a further "
        "two years",
    ]


def test_one_present_tense_line_in_prose_is_no_decision_list() -> None:
    prose = PRESENT.replace("Agrees to delegate", "It was agreed to delegate")
    assert texts(prose) == []


def test_a_council_named_in_a_with_clause_is_a_partner_not_the_issuer() -> None:
    text = ("Joint Recommissioning of the Local Healthwatch Contract\nDecision Maker: Cabinet\n"
            "Decision status: Recommendations Approved\nDecision:\n"
            "(i) that the Director be instructed to commence the procurement process;\n"
            "(ii) that the local Healthwatch organisation continues to be commissioned jointly under a joint contract "
            "with Devon County Council and Plymouth City Council; with Devon County Council being the Lead "
            "Commissioner; and\n(iii) that the Director be delegated authority to award the contract.\n"
            "Reasons for the decision:\nBy law, Torbay Council must commission a suitable service.\n")
    assert issuing_body(text) == "Torbay Council"


def test_healthwatch_as_what_is_bought_is_no_organisation() -> None:
    text = ("Joint Recommissioning of the Local Healthwatch Contract. The local Healthwatch organisation continues to "
            "be commissioned. The Healthwatch Service in Northshire starts in April. Healthwatch Northshire "
            "welcomed the decision.\n")
    assert organisation_texts(text) == {"Healthwatch Northshire"}
