"""Councils a paper commissions with are its partners, never its issuer; a council's own short brand name is its name."""

from __future__ import annotations

from extractors.bodies import lookup
from extractors.issuer import issuing_body

JOINT = """Decision details

Recommissioning of Drug and Alcohol Services - MAR23/CAB/102

Decision Maker: Cabinet

Decision status: Recommendations Approved

The current contract ends on the 31st of March 2024. The Council requires an extension to evaluate the grants.

Cabinet considered the report and RESOLVED to approve the following:

A contract modification for a 2-year contract extension to the Integrated Drug and Alcohol Treatment Service.

Reasons for the decision:

The option to jointly commission with Cambridgeshire County Council from 1 April 2026 would enable pooling of resources.
"""


def test_a_council_named_only_as_the_one_to_commission_jointly_with_is_no_issuer() -> None:
    assert issuing_body(JOINT) is None


def test_a_council_named_after_a_long_aside_before_with_is_still_a_partner() -> None:
    aside = JOINT.replace(
        "The option to jointly commission with Cambridgeshire County Council",
        "Agreement to joint-commission Drug and Alcohol Services (for adults and young people in the criminal justice "
        "system) with Cambridgeshire County Council (CCC)")
    assert issuing_body(aside) is None


def test_a_council_the_paper_names_as_its_own_is_still_read() -> None:
    own = JOINT.replace("The Council requires", "Cambridgeshire County Council requires")
    assert issuing_body(own) == "Cambridgeshire County Council"


def test_a_district_councils_own_short_name_is_its_name() -> None:
    found = lookup("East Herts Council")
    assert found is not None and found.name == "East Hertfordshire District Council"


PROVIDER_OF_A_NEIGHBOUR = """Issue - meetings

Handyperson and Affordable Warmth Assistance Service

Meeting: 17/06/2021 - Executive Cabinet (Item 45)

Decision:
1. That the existing service provider (Preston Care and Repair) is to be retained as the Council's appointed
sub-contractor to deliver Handyperson services during 2021/22.
2. That Preston Care and Repair be thanked for its work for the Council's residents.
"""


def test_a_provider_named_for_its_home_town_does_not_name_the_papers_area() -> None:
    # "Preston Care and Repair" serves a neighbouring council: the place is the charity's name, not the paper's area.
    assert issuing_body(PROVIDER_OF_A_NEIGHBOUR) is None


DISTRICT_VOICE = """Agenda item

Provision of Telecare

Following Essex County Council's decision to procure a county-wide care technology service Cabinet approved the
recommendation to cease the Council's own delivery of telecare.

Essex County Council (ECC) had decided to procure a county-wide care technology service. This had significant
implications for the Council's own future delivery of telecare to residents across the district.
"""


def test_a_county_council_named_in_a_paper_about_residents_across_the_district_is_no_issuer() -> None:
    # The paper is a district council's ("across the district"); the county council is the other party.
    assert issuing_body(DISTRICT_VOICE) != "Essex County Council"


BOROUGH_VOICE = """Decision under Delegated Powers

That authority is given for the Head of Leisure to enter into a collaboration agreement to deliver the Council's
element of the falls prevention project with key organisations across the borough.

To draw down the monies allocated from Northshire County Council Public Health to deliver five programmes as agreed
with Northshire County Council Public Health Team.
"""


def test_a_county_council_funding_a_paper_about_its_work_across_the_borough_is_no_issuer() -> None:
    # "across the borough" is a borough's own area; the county council funding it is the other party.
    assert issuing_body(BOROUGH_VOICE.replace("Northshire", "Leicestershire")) != "Leicestershire County Council"


COMMISSIONER_NOTICE = """Funding for the refurbishment of the Sexual Assault Referral Centre

Decision Summary

On 17 March 2016, the Police and Crime Commissioner (PCC) approved the relocation of the centre from Peterborough
to Huntingdon, with refurbishment costs to be funded jointly with the NHS.
Plans were agreed at the Cambridgeshire Police and Crime Commissioner's Business Co-ordination Board.

The Commissioner approved the additions to the capital programme.
"""


def test_a_commissioner_written_before_its_title_issues_its_own_decision_notice() -> None:
    # "Cambridgeshire Police and Crime Commissioner" is the table's "Police and Crime Commissioner for Cambridgeshire";
    # the town a centre moves from names no council.
    assert issuing_body(COMMISSIONER_NOTICE) == "Police and Crime Commissioner for Cambridgeshire"


def test_a_council_a_shared_service_agreement_is_in_place_with_is_no_issuer() -> None:
    minutes = ("The Cabinet Member with the Adults Portfolio introduced the report on Disabled Facilities Grants.\n\n"
               "It was reported that the Council had a shared service agreement in place with Durham County Council "
               "to provide a Home Improvement Agency service.\n\n"
               "RESOLVED – That the allocation of £1,159,844 to the Council for 2024/25 be noted.\n")
    assert issuing_body(minutes) is None
