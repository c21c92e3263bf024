"""Session 5b money rules: a heading written on two rows over a tab table's '£' columns, a spaced table whose
heading ends in a plain '£', and a '£' heading cell beside a date cell."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.doctext import Collector, DocText
from extractors.money import extract_amounts
from extractors.tables import money_column_cells, pound_column_cells


def all_values(text: str) -> list[Decimal]:
    """Every amount the money extractor keeps from a one-page paper."""
    doc = DocText.from_pages("0" * 64, [text])
    return sorted(a.value_gbp for a in extract_amounts(doc, Collector(doc.document_id)))


TWO_ROW_HEADING = (
    "Pooled funds held\n"
    "Fund\tPurchase Cost\tValue at\tReturn\n"
    "\t£\t31-March-25\t\n"
    "\t\t£\tIncome\n"
    "Wessex Property Fund\t40,000,000\t38,512,004\t2.10%\n"
    "Barset Equity Income Fund\t12,500,000\t13,004,220\t3.05%\n"
)


def test_a_pound_on_the_first_of_two_heading_rows_still_heads_its_column() -> None:
    values = [cell.value for cell in money_column_cells(TWO_ROW_HEADING)]
    assert values == [Decimal(40_000_000), Decimal(38_512_004), Decimal(12_500_000), Decimal(13_004_220)]


def test_a_pound_heading_cell_beside_a_date_cell_is_no_amount() -> None:
    assert Decimal(31) not in all_values(TWO_ROW_HEADING)


SPACED_POUND_TABLE = (
    "Bond Holdings\n"
    "Principal Bond Type Issuer £\n"
    "Coupon Rate Maturity Date\n"
    "Fixed Rate Covered\n"
    "Bond Wessex Bank - Bonds 3,204,118 0.5120% 20/12/25\n"
    "Floating Rate Covered\n"
    "Bond\n"
    "Barset Building Society -\n"
    "Bonds 812,440 4.9981% 03/10/26\n"
    "Total Bonds 4,016,558\n"
)


@pytest.mark.parametrize(("text", "expected"), [
    (SPACED_POUND_TABLE, [Decimal(3_204_118), Decimal(812_440), Decimal(4_016_558)]),
    # Prose below a '£' heading ends the table: its figures are not read.
    ("Cost centre £\nThe Council holds 12,000 records and 4,500 members of staff were consulted on the plan.\n"
     "Row A 1,200\n", []),
    # A row with two grouped figures is not the one '£' column the heading describes.
    ("Holding Issuer £\nBond Wessex Bank 1,000,000 2,000,000 5.0%\n", []),
    # Rates, dates and ungrouped numbers are no amounts.
    ("Holding Issuer £\nBond Wessex Bank 250 5.0% 20/12/25\n", []),
])
def test_figures_under_a_spaced_heading_ending_in_a_pound_sign(text: str, expected: list[Decimal]) -> None:
    assert [cell.value for cell in pound_column_cells(text)] == expected


def test_spaced_pound_table_figures_reach_the_amounts() -> None:
    values = all_values(SPACED_POUND_TABLE)
    assert Decimal(3_204_118) in values and Decimal(4_016_558) in values
