"""A council abolished before the paper's date is not its issuer; an agreement's partner named in apposition after
its term ("for up to two years with partners, NHS England"); an NHS trust written without its "NHS"."""

from __future__ import annotations

from extractors.doctext import DocText
from extractors.document import extract_document

NORTHBY_PAGE = """Issue - meetings

Integrated Sexual Health Services

Meeting: 16/02/2023 - Executive (Item 392)

That the Executive:

a)     Delegated authority to the Executive Member for Adults to extend a Section 75 agreement (or equivalent public sector agreement) for up to two years with partners, NHS England, to jointly commission the Integrated Sexual Health and HIV service from April 2023 - March 2025.

Reason for Recommendations:

·         Enables development of the previous decisions of Northamptonshire County Council in September 2018.
"""


def facts(text: str):  # type: ignore[no-untyped-def]
    return extract_document(DocText.from_pages("0" * 64, [text]))


def test_a_council_abolished_before_the_meeting_is_not_the_issuer() -> None:
    assert facts(NORTHBY_PAGE).issuing_body is None


def test_the_same_council_issues_a_paper_of_its_own_time() -> None:
    assert facts(NORTHBY_PAGE.replace("16/02/2023", "16/02/2019")).issuing_body == "Northamptonshire County Council"


def test_a_partner_in_apposition_after_the_term_is_the_agreement_s_party() -> None:
    agreements = facts(NORTHBY_PAGE).agreements
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in agreements] == [
        ("section_75", "extend", ["NHS England"])]


def test_an_nhs_trust_written_without_nhs_is_the_table_s_trust() -> None:
    found = facts("Approved the award of the contract to London North West University Healthcare Trust (LNWHT).\n")
    assert ("London North West University Healthcare NHS Trust", "London North West University Healthcare Trust") in [
        (o.name, o.text) for o in found.organisations]
