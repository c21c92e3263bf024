"""Session 5 money rules: unit headers with rate/term columns, credit-rating columns, and sterling written without "£"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.doctext import Collector, DocText
from extractors.money import extract_amounts, find_unsigned_amounts
from extractors.tables import scaled_table_cells


def table_values(text: str) -> list[Decimal]:
    """Values of the scaled table cells, in text order."""
    return [cell.value for cell in scaled_table_cells(text)]


def all_values(text: str) -> list[Decimal]:
    """Every amount the money extractor keeps from a one-page paper."""
    doc = DocText.from_pages("0" * 64, [text])
    return [a.value_gbp for a in extract_amounts(doc, Collector(doc.document_id))]


M = Decimal(1_000_000)


@pytest.mark.parametrize(("text", "expected"), [
    # "£m £m £m Rate" with the percent on the next line: the rate column is not money.
    ("Debt position at 30 June\n1-Apr-23 2023-24 30-Jun-23 30-Jun-23\nBalance Movement Balance Average\n"
     "£m £m £m Rate\n%\nPublic Works Loans 612.4 -14.2 598.2 3.91\nMarket loans 40.0 0.0 40.0 4.62\n"
     "Net debt 402.7 -51.3 351.4\n",
     [Decimal("612.4") * M, Decimal("-14.2") * M, Decimal("598.2") * M, Decimal("40.0") * M, Decimal("40.0") * M,
      Decimal("402.7") * M, Decimal("-51.3") * M, Decimal("351.4") * M]),
    # "£m £m £m % yrs": both trailing columns are a rate and a term.
    ("Borrowing\n£m £m £m % yrs\nBank loans 120.5 -3.5 117.0 4.12 22.61\n",
     [Decimal("120.5") * M, Decimal("-3.5") * M, Decimal("117.0") * M]),
    # A credit rating closing the row is no figure and must not hide the row's figures.
    ("Investments\n£m £m £m %\nCall accounts 21.3 -4.1 17.2 4.38 A+\nCovered bonds 60.0 10.5 70.5 4.61 AAA\n",
     [Decimal("21.3") * M, Decimal("-4.1") * M, Decimal("17.2") * M, Decimal("60.0") * M, Decimal("10.5") * M,
      Decimal("70.5") * M]),
    # A year column labels the rows: its figure is still money.
    ("Spend by year\nYear £m\n2024-25 12.3\n2025-26 14.1\n", [Decimal("12.3") * M, Decimal("14.1") * M]),
])
def test_rate_and_term_columns_are_not_money(text: str, expected: list[Decimal]) -> None:
    assert table_values(text) == expected


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Borrowing\n£m £m £m % yrs\nBank loans 120.5 -3.5 117.0 4.12 22.61\n", [Decimal("4.12") * M, Decimal("22.61") * M]),
    ("Position\n£m £m Rate\nLoans 80.1 79.0 3.75\n", [Decimal("3.75") * M]),
])
def test_rates_under_a_millions_header_are_never_amounts(text: str, not_expected: list[Decimal]) -> None:
    values = all_values(text)
    assert not set(values) & set(not_expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("which keeps a differential above the Real Living Wage (9 pence).", [Decimal("0.09")]),
    ("The increase equates to an extra 23 pence per week for a band D property.", [Decimal("0.23")]),
    ("Travel is reimbursed at 45p per mile for all volunteers.", [Decimal("0.45")]),
    ("The Cabinet noted schemes delivered using the theme funding of 1.35M; and", [Decimal("1350000")]),
    ("Members agreed a budget of 2.4 million for the programme.", [Decimal("2400000")]),
    ("An allocation of around 0.5m was confirmed.", [Decimal("500000")]),
])
def test_sterling_written_without_a_pound_sign(text: str, expected: list[Decimal]) -> None:
    assert [f.value for f in find_unsigned_amounts(text)] == expected


@pytest.mark.parametrize("text", [
    "The district has a population of 1.2m people.",
    "The new cycle lane is 3.5m wide along its length.",
    "See page 12 for details of the 4p section.",
    "A further 2 million visitors are expected.",
    "The grant of £1.5m was confirmed.",  # has "£": read by the inline rule, not twice
    "We expect 40 percent of funding of the scheme to come later.",
])
def test_no_unsigned_amount(text: str) -> None:
    assert find_unsigned_amounts(text) == []


def test_pound_amounts_are_not_read_twice() -> None:
    assert all_values("The grant of £1.5m was confirmed.") == [Decimal("1500000")]
