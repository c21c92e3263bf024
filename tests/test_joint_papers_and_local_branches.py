"""Issuers left unnamed rather than guessed (a joint board's paper, a neighbourhood sharing a council's name), an NHS
board paper's heading in capitals after a page number, a local charity branch named for its town, and alternatives
after "either:" folded into one decision."""

from __future__ import annotations

from test_recommendations import texts

from extractors.doctext import Collector, DocText
from extractors.issuer import issuing_body
from extractors.organisations import extract_organisations

JOINT_BOARD = """Agenda item

Approval of 2021/22 Revised Section 75 Agreement

Minutes:

The approval of the Board was sought to the final version of the 2021/22 Section 75 legal document and the financial
contributions of the Bury CCG and Bury Council.
Care packages had been commissioned by both the CCG and the Council.
The budget positions of both the CCG and the Council were considered.
The CCG had scope to contribute additional funds, the CCG's auditors set tests, and the Council agreed the schemes.
"""


def test_a_joint_board_paper_naming_a_council_and_its_ccg_alike_has_no_issuer() -> None:
    assert issuing_body(JOINT_BOARD) is None


def test_the_council_named_far_more_than_the_ccg_issues_the_paper() -> None:
    council_paper = JOINT_BOARD.replace("The CCG had scope to contribute additional funds, the CCG's auditors set "
                                        "tests, and the Council agreed the schemes.", "The Council agreed the schemes. The Council will report to the "
                                        "Council's Cabinet. The Council's Cabinet noted the Council's position.")
    assert issuing_body(council_paper) == "Bury Council"


NEIGHBOURHOOD = """Decision details

Waverley Medical Centre (Olive Lane) Funding & Development Agreement

Decision Maker: Strategic Director of Finance and Customer Services

Decision status: Recommendations Approved

To approve the proposal to construct a new medical centre at Olive Lane, Waverley, with the Council's funding.

Minute 126 of the 13.02.23 Cabinet Meeting - Waverley Medical Centre (Olive Lane) funding and development agreement
"""


def test_a_medical_centre_and_an_address_named_for_a_neighbourhood_name_no_council() -> None:
    assert issuing_body(NEIGHBOURHOOD) is None


def test_a_council_area_named_alone_still_implies_its_council() -> None:
    told = NEIGHBOURHOOD.replace("with the Council's funding", "with the Council's funding for Waverley residents")
    assert issuing_body(told) == "Waverley Borough Council"


CCG_BOARD = """nhs northby clinical commissioning group public … · 3.3 phbs are purely voluntary

31
1 NHS BOLTON CLINICAL COMMISSIONING GROUP Public Board Meeting AGENDA ITEM NO: 11 Date of Meeting: 25th November 2016 TITLE OF REPORT: Personal Health Budgets Policy. Joint working with Bolton FT and the Council. RECOMMENDATION TO THE BOARD: The Board is asked to approve the policy.
"""


def test_an_nhs_board_heading_in_capitals_after_a_page_number_names_the_issuer() -> None:
    assert issuing_body(CCG_BOARD) == "NHS Bolton Clinical Commissioning Group"


def _organisations(text: str) -> list[str]:
    doc = DocText.from_pages("0" * 64, [text])
    return [m.text for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)]


def test_a_local_samaritans_branch_keeps_its_town() -> None:
    assert _organisations("Officers be authorised to issue a grant to Tamworth Samaritans to the value of £5,000.") == [
        "Tamworth Samaritans"]


def test_the_national_charity_written_alone_stays_itself() -> None:
    assert _organisations("Officers be authorised to issue a grant to the Samaritans to the value of £5,000.") == [
        "Samaritans"]


EITHER = """Decision:

1. Approved the procurement of a care provider for 18-20 Church Street either:
i) via a Teckal exemption; or
ii) an invitation to tender to the open market.

2. Delegated the award of the contract to the Director of Adult Social Care.
"""


def test_alternatives_after_either_are_one_decision() -> None:
    assert texts(EITHER) == [
        "Approved the procurement of a care provider for 18-20 Church Street either: via a Teckal exemption; "
        "an invitation to tender to the open market",
        "Delegated the award of the contract to the Director of Adult Social Care",
    ]


DEFINED_INITIALS = """Agenda item

SIGN LANGUAGE INTERPRETATION SERVICES

Minutes:

(a) This time Northby University Hospitals (NUH) will be included in the contract along with Nottingham City Council (NCC) and Nottinghamshire County Council. The contract use has been recalculated and will allow a small saving for NCC;

RESOLVED to:

(1) Approve the expenditure of £165,225 (for NCC's service element of the contract);

(2) Approve the procurement of the service jointly with Nottinghamshire County Council and NUH, and to award the contract for the services based on the outcomes of the procurement process.
"""


def test_initials_the_paper_defines_as_one_council_are_never_another_s() -> None:
    # "NCC" is also Nottinghamshire County Council's initials; here the paper defines it as the city's.
    assert issuing_body(DEFINED_INITIALS) != "Nottinghamshire County Council"


JOINT_BOARD_AREAS = """Issue - meetings

Northby Home Upgrade Grant

Meeting: 07/12/2023 - Joint Public Health Board (Item 22)

Minutes:

The Deputy Director of Public Health introduced the report which sought approval to deliver upgrades to homes across the Dorset and BCP Council areas.

It was recognised that there were fewer homes in the BCP Council area that were eligible. The project was targeting flats within the BCP Council area that had no gas connection.

RESOLVED That the Board endorse the project.
"""


def test_a_council_named_only_for_its_area_does_not_issue_the_paper() -> None:
    assert issuing_body(JOINT_BOARD_AREAS) is None
