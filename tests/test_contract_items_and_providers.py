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
