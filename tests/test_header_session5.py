"""Issuer and meeting rules of session 5: ward-level papers, partner areas, joint councils, "Report to" cover lines."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.header import meeting_body_name, read_meeting
from extractors.issuer import issuing_body

# ---------------------------------------------------------------------------
# Meeting body and date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unlabelled "Report to <body>" line, the meeting's date alone on the next line.
        (
            "Page 1 of 6\n\nReport to Cabinet\n\n14th March 2021\n\nBy the Cabinet Member for Housing\n\nKEY DECISION\n\n"
            "Homelessness Strategy\n",
            ("Cabinet", date(2021, 3, 14)),
        ),
        (
            "Report to the Licensing Committee\n3 June 2018\nReport of the Head of Legal Services\n",
            ("Licensing Committee", date(2018, 6, 3)),
        ),
        (
            "REPORT TO OVERVIEW AND SCRUTINY COMMITTEE\nTuesday 9 October 2012\nSubject: Leisure Contract\n",
            ("Overview and Scrutiny Committee", date(2012, 10, 9)),
        ),
    ],
)
def test_report_to_line_then_date(text: str, expected: tuple[str, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The date below "Report to" runs on into a sentence: not a lone heading date.
        "Report to Cabinet\n14 March 2021 saw the launch of the new scheme across the district.\n",
        # "Report to" names no meeting body.
        "Report to residents\n14 March 2021\n",
        # The date is not on the line right below.
        "Report to Cabinet\nHomelessness Strategy\nThe strategy ran from 14 March 2021.\n",
    ],
)
def test_report_to_line_needs_its_date_below(text: str) -> None:
    assert read_meeting(text, [])[1] is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Executive (Item 52)", "Executive"),
        ("Planning Committee (Agenda Item 7)", "Planning Committee"),
        ("Cabinet (item no. 12a)", "Cabinet"),
        ("Cabinet", "Cabinet"),
    ],
)
def test_item_number_is_no_part_of_the_body(value: str, expected: str) -> None:
    assert meeting_body_name(value) == expected


def test_web_page_meeting_with_item_number() -> None:
    text = "Issue - meetings\n\nLibrary Opening Hours\n\nMeeting: 12/05/2021 - Executive (Item 31)\n\nDecision:\n"
    assert read_meeting(text, []) == ("Executive", date(2021, 5, 12))


# ---------------------------------------------------------------------------
# Issuing body

_DISTRICT_PAPER = (
    "Report to Cabinet\n\n4th February 2022\n\nIn 2018 West Sussex County Council (WSCC) and the district councils "
    "agreed a project. WSCC funds it. In 2020 Crawley Borough Council approved the policy.\n\n"
    "That the Cabinet adopts the policy so the Council can use its funding.\n\n"
)


@pytest.mark.parametrize(
    ("wards", "expected"),
    [
        # The county council is named most, but counties are elected by divisions: a ward-level paper is a district's.
        ("Wards affected: All\n", "Crawley Borough Council"),
        ("Ward(s): Northgate; Southgate\n", "Crawley Borough Council"),
        # Without the field, the one district named in full beside its county is the issuer: a district names its
        # county as funder and partner, a county names its districts as a set.
        ("", "Crawley Borough Council"),
        ("Electoral Division: All\n", "West Sussex County Council"),
        ("Divisions affected: All\n", "West Sussex County Council"),
    ],
)
def test_ward_paper_is_not_the_county_councils(wards: str, expected: str) -> None:
    assert issuing_body(_DISTRICT_PAPER + wards + "Contact: A Person\n") == expected


_TWO_DISTRICTS_PAPER = _DISTRICT_PAPER.replace("Crawley Borough Council", "Crawley Borough Council and Horsham District Council")


@pytest.mark.parametrize(
    ("wards", "expected"),
    [
        # Two districts named: neither stands out, so the county named most is the issuer ...
        ("", "West Sussex County Council"),
        # ... and hospital wards in a sentence are no "Wards affected" field,
        ("The wards affected by the closure were told.\n", "West Sussex County Council"),
        # while a real field rules the county out and leaves two districts alike: not found.
        ("Wards affected: All\n", None),
    ],
)
def test_ward_field_is_a_field_not_a_sentence(wards: str, expected: str | None) -> None:
    assert issuing_body(_TWO_DISTRICTS_PAPER + wards + "Contact: A Person\n") == expected


@pytest.mark.parametrize(
    "text",
    [
        # The council named in full is one of the areas the paper lists as its partners.
        "That the Executive approved a joint procurement of the equipment service for Bracknell Forest in partnership "
        "with Reading, Slough and Wokingham. Reading Borough Council will be the lead authority.\n",
        "The Cabinet agreed to commission the service jointly, in partnership with Slough, Reading and the CCGs. "
        "Slough Borough Council will host the contract for the Council.\n",
    ],
)
def test_council_listed_as_partner_area_is_not_the_issuer(text: str) -> None:
    assert issuing_body(text) is None


def test_company_named_after_a_place_does_not_make_the_council_a_partner() -> None:
    text = (
        "Report of Reading Borough Council to its Cabinet.\nThe Council will enter a contract with Reading Leisure Services "
        "Ltd. Reading Borough Council funds the scheme and the Council agreed the budget.\n"
    )
    assert issuing_body(text) == "Reading Borough Council"


@pytest.mark.parametrize(
    "text",
    [
        "Attendees\nCllr A Person, Board Member\nB Person, Director of Adults at Sutton and Merton Councils\n"
        "C Person, Director of Finance, NHS Northby ICB\n",
        "Present: Cllr A Person\nB Person, Head of Housing, Sutton, Merton and Croydon Councils\n",
    ],
)
def test_officer_of_joint_councils_implies_no_council(text: str) -> None:
    assert issuing_body(text) is None


def test_single_council_area_is_still_implied() -> None:
    text = "The Council's Cabinet agreed the Sutton housing plan. Councillors noted the report.\n"
    assert issuing_body(text) == "London Borough of Sutton"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The council a paper delegates its functions to is a partner, however often it is named.
        (
            "Decision Maker: Cabinet Member for Public Health\nThe Cabinet Member approved:\n"
            "1. The delegation of authority to Norfolk County Council (NCC) to act as lead commissioner for both areas.\n"
            "2. Suffolk County Council (SCC) shall enter into a partnering agreement with NCC, and SCC will pay NCC "
            "£50,000.\n3. A joint contract let by NCC for SCC and NCC.\n",
            "Suffolk County Council",
        ),
        # Delegation to the council's own officers says nothing against the council.
        (
            "The Cabinet of Suffolk County Council agreed to delegate authority to the Director of Public Health. "
            "Suffolk County Council will fund the service; Norfolk County Council is a partner.\n",
            "Suffolk County Council",
        ),
    ],
)
def test_council_given_delegated_functions_is_a_partner(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The paper calls itself "this Council" in the sentence naming the other council.
        "Cabinet agreed that Lancashire County Council be told of this Council's offer of £200,000 towards the "
        "County Council's new day centre. Lancashire County Council will build it. Lancashire County Council owns the site.\n",
        "Decision Maker: Chief Executive\n\nCounties pass these funds on to the districts for their support. "
        "The Cumbria County Council has passed the following grants to this Council:\nGrant A - £10,000\n"
        "Cumbria County Council received the funds from the Department.\n",
    ],
)
def test_council_named_beside_this_council_is_the_other(text: str) -> None:
    assert issuing_body(text) is None


def test_motion_this_council_at_sentence_start_keeps_the_issuer() -> None:
    text = (
        "Kent County Council meeting\nMotion\nThis Council believes that Kent County Council should lead on recycling. "
        "Kent County Council will report back.\n"
    )
    assert issuing_body(text) == "Kent County Council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "all Gloucestershire districts": the county's place names the area of several councils.
        ("That Cabinet approves the policy, agreed with all Gloucestershire districts, under the Council's rules.\n", None),
        ("The Council's Cabinet agreed the policy shared by the Devon district councils.\n", None),
        ("The Council's Cabinet agreed the Gloucestershire transport plan.\n", "Gloucestershire County Council"),
    ],
)
def test_districts_of_a_county_imply_no_county(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A district's paper names its county as funder more often than itself (by real council names).
        ("Options considered:\nThe Council has long funded advice services. The contract with Norfolk Citizens Advice "
         "and joint funding agreement with Norfolk County Council ends in March. Of the annual grant, North Norfolk "
         "District Council provides £66,323 and Norfolk County Council provides the rest. The current agreement was "
         "extended at the request of Norfolk County Council.\n", "North Norfolk District Council"),
        # The county named only by initials, a district named as the body it acts for: the county's own paper.
        ("Capital programme\nA package of public realm improvements which KCC are delivering on behalf of Folkestone "
         "and Hythe District Council. KCC funds the rest. KCC will report on Folkestone and Hythe District Council's "
         "share.\n", "Kent County Council"),
        # The district is the partner of the county's agreement: the county's paper.
        ("The Cabinet agreed the county's contract. The County Council has a partnership agreement with Breckland "
         "District Council. Norfolk County Council will fund it and Norfolk County Council will host it.\n",
         "Norfolk County Council"),
    ],
)
def test_one_district_beside_its_county(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


def test_a_bare_county_council_implies_no_district_from_a_town() -> None:
    # "Lewes" is the town the building stands in; "County Council personnel" shows the paper is about a county's
    # staff, so the town's district council is no issuer (the county is never named: not found).
    text = ("Sackville House, Lewes\nThe Lead Member RESOLVED to agree two new leases.\nReasons\nFollowing vacation of "
            "County Council personnel from the building the Council has sought tenants to replace offices in Lewes.\n")
    assert issuing_body(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # "between RBWM and the Council": the other council named first, by its initials.
        "Council considered the contract renewal. The Executive recommends Council to complete the joint ownership "
        "arrangements between RBWM and the Council. Optalis had evolved into a joint organisation in conjunction "
        "with the Royal Borough of Windsor and Maidenhead to provide adult care services.\n",
    ],
)
def test_the_council_paired_with_another_is_not_that_other(text: str) -> None:
    assert issuing_body(text) != "Royal Borough of Windsor and Maidenhead"


def test_a_council_named_only_as_a_party_to_discussions_is_not_the_issuer() -> None:
    # A police and crime commissioner's decision record, the commissioner never named in full ("the PCC"): the
    # council it is to commission with is a partner in every mention, so not the issuer.
    text = ("WPCC4-0014 – Adult drugs case management joint commissioning\nDecision summary:\nTo seek approval for the "
            "joint commissioning of case management services, with Warwickshire County Council (WCC) from May 2025. "
            "A new service was commissioned by the PCC from April 2024. This was to allow time for discussions to take "
            "place with Warwickshire County Council (WCC) who are recommissioning their services. The PCC agreed.\n")
    assert issuing_body(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # another council procuring for this one, and the provider it selected
        "Decision:\nThat the Committee agree that the Council can enter into a contract with the equipment provider "
        "selected by West Sussex County Council (WSCC). The recommendation was for the contract to be procured with "
        "West Sussex County Council (WSCC) in October 2015.\n",
    ],
)
def test_a_council_procuring_for_this_one_is_not_the_issuer(text: str) -> None:
    assert issuing_body(text) is None


def test_a_ccg_written_by_its_initials_after_a_post_is_the_issuer_not_the_post() -> None:
    text = ("Governing Body report\nPresenter / A Person, Assistant Director of Service Redesign & Transformation CL CCG\n"
            "Responsible Director / B Person, Managing Director CL CCG\nThe Governing Body is asked to note the report.\n")
    assert issuing_body(text) == "CL CCG"


def test_an_issue_decisions_page_below_a_site_banner_is_dated_by_its_decision_line() -> None:
    text = ("Local democracy during coronavirus\n\nDuring coronavirus, we've made some changes to how we're running "
            "council meetings. See our coronavirus updates for more information on meetings and decisions.\n\n"
            "Issue - decisions\n\nUpdate on Reablement Service\n\n15/03/2011 - Update on Reablement Service\n\n"
            "RESOLVED: (i) That the update be noted.\n")
    assert read_meeting(text, []) == (None, date(2011, 3, 15))


def test_a_decision_date_field_dates_an_officer_s_decision_record() -> None:
    text = ("Provision of Public Health Services - Pharmacy\nREPORT TO; Corporate Director of Health and Adult Services\n"
            "DECISION DATE: Friday 14th May 2021\nIt is recommended that the Authority extend the list.\n")
    assert read_meeting(text, [])[1] == date(2021, 5, 14)
