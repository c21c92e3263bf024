"""Contracts decided in the forms hold-out 74 showed: a passive item with no opening word ("a) a contract for the
health visiting service ... be directly awarded to X"), a member's "I ... do hereby approve the extension of Contract
for X Service", a contract modified under the Provider Selection Regime, a provider named by the service's initials
"under a block contract agreement", a title's segments parted by spaced dashes, and a trust named for a town and its
district that implies no council."""

from __future__ import annotations

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in, party_summary, subject_summary
from extractors.issuer import issuing_body


def test_passive_items_with_no_opening_word_under_a_resolution() -> None:
    found = agreements_in(
        "RESOLVED: That\n\na)    a contract for the health visiting service for a period of 12 months from 1 April "
        "2016 to 31 March 2017 be directly awarded to the current provider, Wye Valley NHS Trust; and\n\n"
        "b)    a contract for the school nursing service for a period of 12 months from 1 April 2016 to 31 March 2017 "
        "be directly awarded to the current provider, Wye Valley NHS Trust.\n", COUNCIL_HEADER)
    assert sorted(subject_summary(a)[:3] for a in found) == [
        ("contract", "contract for the health visiting service", "award"),
        ("contract", "contract for the school nursing service", "award"),
    ]
    assert {party_summary(a)[1] for a in found} == {"Wye Valley NHS Trust"}


def test_a_members_record_of_decision_extends_the_contract_it_names() -> None:
    found = agreements_in(
        "Decision:\n\nI Councillor Hinds, Lead Member for Finance, in exercise of the powers contained within the "
        "Council Constitution do hereby approve the extension of Contract for Enhanced Postural Stability Service as "
        "detailed in the table below:\n", COUNCIL_HEADER)
    assert [subject_summary(a)[:3] for a in found] == [("contract", "Contract for Enhanced Postural Stability Service",
                                                        "extend")]
    assert [p.name for p in found[0].parties] == [COUNCIL]


def test_a_contract_modified_is_varied() -> None:
    found = agreements_in(
        "Purpose: The purpose of the report is to seek approval, in accordance with regulation 13(1)(a) of the Health "
        "Care Services (Provider Selection Regime) Regulations 2023, to modify the contract with Mersey Care NHS "
        "Foundation Trust for the Falls Prevention Service.\n", COUNCIL_HEADER)
    assert [party_summary(a)[:3] for a in found] == [("contract", "Mersey Care NHS Foundation Trust", "vary")]


def test_a_provider_named_under_the_services_initials() -> None:
    found = agreements_in(
        "Recommendations:\n\n1.    That the proposal to extend the contract for the Community Occupational Therapy "
        "Service for a period of up to 12 months from the 1 April 2017 be noted.\n\nMinutes:\n\n"
        "Consideration was given to the report on the Community Occupational Therapy (COT) service.\n\n"
        "The COT Service was currently delivered under a block contract agreement by The Rotherham Foundation Trust "
        "(TRFT) and the current contract would expire on 31st March, 2017.\n", COUNCIL_HEADER)
    assert [party_summary(a)[:3] for a in found] == [("contract", "Rotherham Foundation Trust", "extend")]


def test_a_titles_segments_parted_by_spaced_dashes_name_no_contract() -> None:
    found = agreements_in("Decision - Request for Approval - Contract Extension - Postural Stability\n\n"
                          "Decision status: Recommendations Approved\n\nDecision:\n\nTo approve the extension of "
                          "the contract.\n", COUNCIL_HEADER)
    assert not any(a.subject.startswith("Decision") for a in found)


def test_a_trust_named_for_a_town_and_its_district_implies_no_council() -> None:
    text = ("Issue - meetings\n\nMeeting: 08/06/2021 - Executive (Item 594)\n\n"
            "The Executive are asked to recommend that the Council enters into the S75 Agreement with HDFT.\n\n"
            "County Councillor Jo Smith introduced the report proposing that the service contract be awarded to "
            "Harrogate and District Foundation Trust (HDFT).\n")
    assert issuing_body(text) is None


PREFERRED = ("RESOLVED that:\n\n1. The Director of Integration, in consultation with the Cabinet Members, to work with "
             "Gloucestershire Care Services NHS Trust (GCS) as the preferred single lead provider in reconfiguring "
             "the Home Based components of the Reablement Service.\n\n"
             "2. The continued utilisation of council employed reablement workers (currently managed by GCS under "
             "existing Section 113 arrangements) as the core of the service.\n")


def test_a_provider_named_as_preferred_is_a_contract_to_be_made_with_it() -> None:
    found = agreements_in(PREFERRED, COUNCIL_HEADER)
    contracts = [party_summary(a)[:3] for a in found if a.kind.value == "contract"]
    assert contracts == [("contract", "Gloucestershire Care Services NHS Trust", "new")]


def test_section_113_arrangements_in_a_decision_are_with_the_body_it_names() -> None:
    found = agreements_in(PREFERRED, COUNCIL_HEADER)
    arrangements = [a for a in found if a.subject == "Section 113 arrangements"]
    assert [party_summary(a)[1] for a in arrangements] == ["Gloucestershire Care Services NHS Trust"]


def test_a_preferred_provider_told_as_history_is_no_contract() -> None:
    found = agreements_in("Background\n\nIn 2015 the council chose Northby Care Services NHS Trust as the preferred "
                          "provider for the service.\n", COUNCIL_HEADER)
    assert found == []


def test_a_body_named_in_a_later_sentence_of_the_item_is_no_party() -> None:
    found = agreements_in(
        "Decision:\n\nThat a variation is applied to the original terms of the contract, for the offer of a contract "
        "extension.  This will cover the following provision for inflationary uplift: The annual NHS England tariff "
        "uplift will apply to the NHS share of the pooled funding.\n", COUNCIL_HEADER)
    assert not any("NHS England" in [p.name for p in a.parties] for a in found)


def test_providers_listed_below_an_award_stay_its_parties() -> None:
    found = agreements_in(
        "Decision:\n\n1.    To waive contract standing order 8.2 and directly award contracts to:\n\n"
        "a.    Northby Young Parents Trust: Contract for the delivery of support for young parents. The contract "
        "will run from 1 January 2022 to 31 December 2023.\n\nb.    Merton and Lambeth Citizen’s Advice Service: "
        "Contract for the provision of financial advice services.\n", COUNCIL_HEADER)
    assert "Merton and Lambeth Citizen’s Advice Service" in {p.name for a in found for p in a.parties}
