"""Providers named where a contract is awarded: "appoint the contract supplier X", "the direct award of the Integrated
Carers Support Contract to X", a list under "directly award contracts to:", and plural contracts with two providers."""

from __future__ import annotations

from agreement_helpers import agreements_in

from extractors.doctext import Collector, DocText
from extractors.organisations import extract_organisations


def _organisations(text: str) -> list[str]:
    doc = DocText.from_pages("0" * 64, [text])
    return [m.text for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)]


def test_the_supplier_a_framework_appoints_is_named() -> None:
    assert _organisations("To use the national voucher framework to appoint the contract supplier Kestrel Rewards to "
                          "supply vouchers over the holidays.") == ["Kestrel Rewards"]


def test_a_named_contract_awarded_to_a_consortium_names_it() -> None:
    assert _organisations("1. Agrees to the direct award of the Integrated Carers Support Contract to the Northby "
                          "Carers Consortium for a period of up to 18 months.") == ["Northby Carers Consortium"]


AWARDED_LIST = """Decision:

1.    To waive contract standing order 8.2 and directly award contracts to:

a.    Oakhill Family Fellowship: Contract for the delivery of one to one and group based support for young parents of children antenatally and to age four. The contract will run from 1 January 2022 to 31 December 2023 at a value of £150,000 per annum.

b.    Riverside Parenting Partnership: Contract for the delivery of parenting programmes. The contract will run from 1 January 2022 to 31 December 2023 at a value of £90,000 per annum.
"""


def test_each_body_listed_under_an_award_to_is_a_contract_s_party() -> None:
    found = agreements_in(AWARDED_LIST, header="")
    assert [(a.parties[0].name, a.action.value, a.values_gbp) for a in found] == [
        ("Oakhill Family Fellowship", "award", (150000,)),
        ("Riverside Parenting Partnership", "award", (90000,)),
    ]


EXTENDED = """RESOLVED:

1. That approval be granted to an extension of the current block contracts with Hollybrook Care and Northgate Homecare by up to 12 months.
"""


def test_plural_contracts_with_two_providers_are_two_contracts() -> None:
    found = agreements_in(EXTENDED, header="")
    assert [(a.kind.value, [p.name for p in a.parties], a.action.value) for a in found] == [
        ("contract", ["Hollybrook Care"], "extend"),
        ("contract", ["Northgate Homecare"], "extend"),
    ]


def test_one_contract_with_two_providers_stays_one() -> None:
    found = agreements_in(EXTENDED.replace("the current block contracts", "the current block contract"), header="")
    assert [[p.name for p in a.parties] for a in found] == [["Hollybrook Care", "Northgate Homecare"]]


def test_a_grant_allocated_from_a_fund_to_a_body_names_it() -> None:
    assert _organisations("The Director has approved the grant allocation of £165,000 from the Public Health Grant to "
                          "Warm Homes Northby (charity number 1080137) for the period to 30 September 2025.") == [
        "Warm Homes Northby"]


def test_a_foundation_trust_written_nhs_ft_or_foundation_nhs_trust_is_one() -> None:
    assert _organisations("The parties are Northby Royal NHS FT and Westby Partnership Foundation NHS Trust.") == [
        "Northby Royal NHS FT", "Westby Partnership Foundation NHS Trust"]
