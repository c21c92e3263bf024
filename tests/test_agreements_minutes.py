"""Agreements small councils' minutes record: quotes accepted, tenancy and lease agreements and deeds taken as items or
acted on, contract variations received; and quotes only received or discussed, which are none. Invented texts."""

from __future__ import annotations

import pytest
from agreement_helpers import agreements_in, subject_summary

PARISH = "Ambridge Parish Council"
MINUTES_HEAD = f"{PARISH}\n\nMinutes of the meeting of the Parish Council held at the Village Hall on Tuesday 5 March 2024\n\n"


def _summary(text: str) -> list[tuple[str, str, list[str]]]:
    """Kind, action and the parties other than the parish council of each agreement the minutes give."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != PARISH])
            for a in agreements_in(text, MINUTES_HEAD)]


@pytest.mark.parametrize(("text", "expected"), [
    ("8. Grass cutting\n\nThe clerk read the three quotes received; it was agreed to accept the quote from Greenway "
     "Landscapes Ltd for a period of two years.\n",
     [("contract", "award", ["Greenway Landscapes Ltd"])]),
    ("8. Hedge cutting\n\nCouncillors agreed that the Fieldfare Hedging Ltd quote of £640.00 plus VAT would be accepted.\n",
     [("contract", "award", ["Fieldfare Hedging Ltd"])]),
    ("8. Bus shelter\n\nRESOLVED to accept Brookside Joinery Ltd's quotation for the repair of the bus shelter.\n",
     [("contract", "award", ["Brookside Joinery Ltd"])]),
])
def test_a_quote_accepted_in_minutes_awards_a_contract(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_a_quote_accepted_from_a_contractor_the_organisations_miss_names_only_the_council() -> None:
    found = agreements_in("8. Play area\n\nMembers agreed that the Swingwell quote of £980.00 would be accepted.\n",
                          MINUTES_HEAD)
    assert [(a.kind.value, a.action.value, a.subject) for a in found] == [
        ("contract", "award", "Swingwell quote of £980.00")]
    assert [p.name for p in found[0].parties] == [PARISH]


@pytest.mark.parametrize("text", [
    "8. Grass cutting\n\nThe clerk has requested three quotes for grass cutting; two have been received so far.\n",
    "8. Grass cutting\n\nThe quote from Greenway Landscapes Ltd was discussed and will be considered in April.\n",
    "8. Grass cutting\n\nIt was agreed not to accept the quote from Greenway Landscapes Ltd as it was too high.\n",
    "8. Grass cutting\n\nIt was agreed to accept the quote from the contractor.\n",  # names nobody
])
def test_a_quote_received_discussed_or_refused_is_no_agreement(text: str) -> None:
    assert _summary(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("7. Tenancy agreements for the Parish Allotments and the Glebe Field.\n\nIt was agreed to accept the tenancy "
     "agreements as presented and they will be sent to the tenants.\n",
     [("other", "new", [])]),
    ("9. Lease agreement for Ambridge Cricket Club Ltd\n\nThe draft was discussed and a break clause will be added. "
     "It was agreed the rent should be £150 per year. The clause of the previous agreement on bar takings is not in "
     "the new draft agreement.\n",
     [("other", "renew", ["Ambridge Cricket Club Ltd"])]),
    ("5. To sign the deed of easement for the cable across the playing field\n\nThe deed has not yet arrived.\n",
     [("other", "note", [])]),
    ("6. Finance\n\nIt was agreed to renew the grazing agreement with Brookfield Farms Ltd for a further year.\n",
     [("other", "renew", ["Brookfield Farms Ltd"])]),
])
def test_a_written_agreement_an_item_deals_with_is_one(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_a_minuted_document_keeps_its_heading_as_subject() -> None:
    found = agreements_in("7. Tenancy agreements for the Parish Allotments.\n\nIt was agreed to accept the tenancy "
                          "agreements as presented.\n", MINUTES_HEAD)
    assert [subject_summary(a)[:3] for a in found] == [("other", "Tenancy agreements for the Parish Allotments", "new")]


@pytest.mark.parametrize("text", [
    "7. Tenancy agreements\n\nThe clerk reported that the tenancy agreements are kept in the office.\n",  # no decision
    "7. Village green\n\nThe title deeds to the green are held by the solicitor; it was agreed to ask for a copy.\n",
    "7. Finance\n\nIt was agreed that the Chairman signs the deed.\n",  # which deed, with whom?
])
def test_a_document_only_named_is_no_agreement(text: str) -> None:
    assert _summary(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("6. To consider the contract for street lighting and agree any action:\n\nWe have received a variation to the "
     "contract from Brightway Lighting Ltd covering the new LED lanterns. The clerk will ask for a further reduction.\n",
     [("contract", "note", ["Brightway Lighting Ltd"])]),
    ("6. To consider the contract for street lighting\n\nThe council has received a variation to the contract from "
     "Brightway Lighting Ltd for the new lanterns. It was agreed to accept the variation from April.\n",
     [("contract", "vary", ["Brightway Lighting Ltd"])]),
])
def test_a_contract_variation_received_is_noted_or_accepted(text: str, expected: list) -> None:
    found = agreements_in(text, MINUTES_HEAD)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != PARISH]) for a in found] == expected
    assert found[0].subject == "contract for street lighting"


COUNTY_HEAD = "Barsetshire County Council\nCabinet\n12 March 2024\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("RESOLVED that Members note progress made on the Armed Forces Covenant in the borough and that the Council "
     "keeps supporting the Armed Forces Covenant.\n", [("other", "Armed Forces Covenant", "note")]),
    ("RESOLVED - to note the report and the proposed Joint Working Protocol for Young Carers.\n",
     [("other", "Joint Working Protocol for Young Carers", "note")]),
    ("RESOLVED that the Council re-sign the Community Covenant with the garrison.\n",
     [("other", "Community Covenant", "renew")]),
])
def test_a_covenant_or_joint_protocol_a_decision_acts_on_is_one(text: str, expected: list) -> None:
    assert [subject_summary(a)[:3] for a in agreements_in(text, COUNTY_HEAD)] == expected


@pytest.mark.parametrize("text", [
    "RESOLVED that the Executive-Scrutiny Protocol be reviewed.\n",  # a council's own procedure
    "The Armed Forces Covenant was signed by the Council in 2012 and is reported on each year.\n",  # no decision
])
def test_an_internal_protocol_or_a_covenant_told_as_background_is_none(text: str) -> None:
    assert agreements_in(text, COUNTY_HEAD) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("4. Verge cutting\n\nTwo tenders were received. It was proposed by Cllr Archer and agreed unanimously that the "
     "lowest tender of £720 from Greenway Landscapes Ltd should be accepted subject to proof of insurance.\n",
     [("contract", "award", ["Greenway Landscapes Ltd"])]),
    ("4. Noticeboard\n\nRESOLVED that the quote of £310.00 plus VAT from Brookside Joinery Ltd be accepted.\n",
     [("contract", "award", ["Brookside Joinery Ltd"])]),
    ("4. Noticeboard\n\nIt was agreed that the quote of £310.00 from Brookside Joinery Ltd would not be accepted.\n", []),
    ("4. Noticeboard\n\nThe quote of £310.00 from Brookside Joinery Ltd was discussed; a decision was deferred.\n", []),
])
def test_a_sum_quoted_by_a_contractor_and_accepted_awards_a_contract(text: str, expected: list) -> None:
    assert _summary(text) == expected
