"""A procurement a decision runs with no party but the council ("Authorise the Council to complete a procurement
exercise in order to secure ... beds"), an option to extend written with a hyphenated term, and organisations named
by NHS areas: a primary care trust named for two areas, a trust written as an area's name and "Healthcare", a hospice
company ending "Hospicecare", and a London borough written by its initials ("LBBD")."""

from __future__ import annotations

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in, subject_summary
from organisation_helpers import extract, texts


def test_a_procurement_to_secure_beds_is_the_councils_contract() -> None:
    found = agreements_in("Decision:\n\n1.1Authorise the Council to complete a procurement exercise in order to "
                          "secure the provision of 10 block Enhanced Assessment Nursing Beds in one location to secure "
                          "continuity of provision.\n", COUNCIL_HEADER)
    assert [subject_summary(a)[:3] for a in found] == [("contract", "10 block Enhanced Assessment Nursing Beds",
                                                        "procure")]
    assert [p.name for p in found[0].parties] == [COUNCIL]


def test_an_option_of_a_hyphenated_extension_is_no_extension() -> None:
    found = agreements_in("Resolved:\n\n  1. Approves the procurement of intermediate care beds on a three-year "
                          "contract term (with the option of a two-year extension period) with a view to implementing "
                          "the new contract in 2020.\n", COUNCIL_HEADER)
    assert [subject_summary(a)[:3] for a in found] == [("contract", "intermediate care beds", "procure")]


def test_a_procurement_outside_a_decision_is_history() -> None:
    found = agreements_in("Background\n\nIn 2019 officers completed a procurement exercise to secure the provision of "
                          "nursing beds.\n", COUNCIL_HEADER)
    assert found == []


def test_a_primary_care_trust_named_for_two_areas() -> None:
    assert "NHS North Yorkshire and York" in texts(
        "This paper introduces the joint strategy developed by NHS North Yorkshire and York and a local action plan.")


def test_two_areas_each_with_a_council_are_not_one_nhs_body() -> None:
    found = texts("Funding from NHS Brent and Harrow Council was agreed.")
    assert not any(name.startswith("NHS Brent and Harrow") for name in found)


def test_an_nhs_area_name_and_healthcare_is_a_trust_not_the_icb() -> None:
    found = extract("Housing Management services in conjunction with NHS Dorset Healthcare and NHS Dorset CCG, be "
                    "approved.")
    names = {m.text: m.org_type.value for m in found}
    assert names["NHS Dorset Healthcare"] == "nhs_trust"
    assert "NHS Dorset" not in names
    assert any(m.name == "NHS Dorset Clinical Commissioning Group" for m in found)


def test_a_hospice_company_named_hospicecare() -> None:
    assert "Ashgate Hospicecare" in texts("To approve the nomination of Ashgate Hospicecare to be the recipient of the "
                                          "donation for 2021.")


def test_a_london_borough_written_by_its_initials() -> None:
    found = {m.name for m in extract("Mark Tyson, Group Manager, Integration and Commissioning, LBBD, presented the "
                                     "report. RBKC agreed.")}
    assert {"London Borough of Barking and Dagenham", "Royal Borough of Kensington and Chelsea"} <= found


def test_initials_several_boroughs_share_name_none() -> None:
    # "LBH" is Hackney's, Haringey's, Harrow's, Havering's, Hillingdon's and Hounslow's: none can be chosen.
    assert not any(m.name and m.name.startswith("London Borough") for m in extract("LBH officers attended."))
