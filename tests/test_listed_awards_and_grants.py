"""Grants awarded to a numbered list of organisations, bulleted awards with one party and sums of their own, and a
registered name ending before "Trading as"."""

from __future__ import annotations

from agreement_helpers import agreements_in
from test_recommendations import texts

from extractors.doctext import Collector, DocText
from extractors.organisations import extract_organisations

DECISION_PAGE = """Decision details

Supported Housing Grant Agreements 2019/2020 - APR19/CMDN/7

Decision Maker: Cabinet Member for Housing

Decision status: Recommendations Approved

Purpose:

The Cabinet Member:

(1)   Awarded  specific grants for the funding of Supported Housing, which will be funded through the Supported Housing Programme, to the following organisations for the period of 1 April 2019 to 31 March 2020:

1)    Northgate Housing Association – Hostel Accommodation and Day Centre - £410,000.00;

2)    Brookside Homes – Hostel Accommodation - £88,200.50;

3)    Eastfield Refuge Trust – Refuge Service - £51,300.00; and

(2) Awarded a specific grant for the provision of Supported Housing to the following organisations for the period of 1 April 2019 to 30 September 2019:

4)    Riverbank Housing Association – Floating Support - £20,100.00.

Reasons for the decision:

The grants keep the services running while they are recommissioned.
"""


def test_each_listed_organisation_holds_one_grant_with_its_sum() -> None:
    found = [a for a in agreements_in(DECISION_PAGE, header="") if a.kind.value == "grant"]
    assert [(a.parties[0].name, a.subject, a.action.value, a.values_gbp, a.start_date.isoformat()) for a in found] == [
        ("Northgate Housing Association", "Hostel Accommodation and Day Centre", "award", (410000,), "2019-04-01"),
        ("Brookside Homes", "Hostel Accommodation", "award", (88200.5,), "2019-04-01"),
        ("Eastfield Refuge Trust", "Refuge Service", "award", (51300,), "2019-04-01"),
        ("Riverbank Housing Association", "Floating Support", "award", (20100,), "2019-04-01"),
    ]


def test_the_award_over_a_list_of_recipients_is_one_decision() -> None:
    assert texts(DECISION_PAGE)[0] == (
        "Awarded specific grants for the funding of Supported Housing, which will be funded through the Supported "
        "Housing Programme, to the following organisations for the period of 1 April 2019 to 31 March 2020: "
        "Northgate Housing Association – Hostel Accommodation and Day Centre - £410,000.00; Brookside Homes – Hostel "
        "Accommodation - £88,200.50; Eastfield Refuge Trust – Refuge Service - £51,300.00")


def test_a_line_going_on_in_words_after_the_name_ends_the_list() -> None:
    told = DECISION_PAGE.replace("Brookside Homes – Hostel Accommodation", "Brookside Homes for hostel places")
    names = [a.parties[0].name for a in agreements_in(told, header="") if a.rule == "agreements.award_list"]
    assert "Northgate Housing Association" in names and "Eastfield Refuge Trust" not in names


AWARD_BULLETS = """Decision details

Supported Accommodation Contract Awards

Decision Maker: Cabinet Member for Housing

Decision status: Recommendations Approved

Decision:

·         Award of a contract for hostel accommodation at Alder House for men with complex needs, to Harbour Community Housing Association from 1st October 2021 to 31st March 2026 for the contract value of £1,237,156.

·         Award of a contract for hostel accommodation at Birch Court for women with complex needs, to Harbour Community Housing Association from 1st October 2021 to 31st March 2025 for the contract value of £892,175.
"""


def test_two_bulleted_awards_to_one_party_with_their_own_sums_are_two_contracts() -> None:
    found = agreements_in(AWARD_BULLETS, header="")
    assert [(a.parties[0].name, a.values_gbp, a.end_date.isoformat()) for a in found] == [
        ("Harbour Community Housing Association", (1237156,), "2026-03-31"),
        ("Harbour Community Housing Association", (892175,), "2025-03-31"),
    ]


def test_two_bulleted_items_stating_one_sum_stay_one_contract() -> None:
    same = AWARD_BULLETS.replace("£892,175", "£1,237,156")
    assert len(agreements_in(same, header="")) == 1


def test_the_service_a_contract_provides_is_its_subject() -> None:
    told = AWARD_BULLETS.replace("hostel accommodation at Alder House for men with complex needs",
                                 "the provision of the night shelter and resettlement service")
    assert agreements_in(told, header="")[0].subject == (
        "contract for the provision of the night shelter and resettlement service")


def test_trading_as_ends_the_registered_name() -> None:
    doc = DocText.from_pages("0" * 64, [
        "Delegate authority to the Director to modify the Telecare contract with Beacon Alarms Limited Trading as "
        "Beacon Care for a period of nine months."])
    assert [m.text for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)] == [
        "Beacon Alarms Limited"]
