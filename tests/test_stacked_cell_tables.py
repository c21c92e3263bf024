"""A web page's table flattened to one cell per line: the figures under its "£" columns are sterling amounts, each
with its row label and column heading; a run of short lines that does not line up as a table gives nothing."""

from __future__ import annotations

from decimal import Decimal

from extractors.doctext import Collector, DocText
from extractors.money import extract_amounts
from extractors.tables import stacked_cell_cells
from organisation_helpers import texts

TABLE = ("RESOLVED\n\n1. That the extension of the purchasing system be approved in the values outlined below:\n\n"
         "Care Category\n\nUp to 18 months\n\n£\n\nFull value over life\n\n£\n\nResidential\n\n6,935,000\n\n20,805,000\n\n"
         "Nursing\n\n2,565,000\n\n7,695,000\n\nTotal\n\n9,500,000\n\n28,500,000\n\n \n\nThe meeting ended at 8pm.\n")


def test_figures_under_pound_heading_cells_are_amounts_with_their_row_and_column() -> None:
    found = [(c.value, c.row_label, c.column_header) for c in stacked_cell_cells(TABLE)]
    assert found == [
        (Decimal(6935000), "Residential", "Up to 18 months"), (Decimal(20805000), "Residential", "Full value over life"),
        (Decimal(2565000), "Nursing", "Up to 18 months"), (Decimal(7695000), "Nursing", "Full value over life"),
        (Decimal(9500000), "Total", "Up to 18 months"), (Decimal(28500000), "Total", "Full value over life"),
    ]
    assert all(TABLE[c.start:c.end] == c.text for c in stacked_cell_cells(TABLE))


def test_only_the_pound_columns_are_read() -> None:
    table = TABLE.replace("Full value over life\n\n£", "Places")
    assert [c.value for c in stacked_cell_cells(table)] == [Decimal(6935000), Decimal(2565000), Decimal(9500000)]


def test_a_heading_cell_naming_pounds_marks_its_column() -> None:
    table = TABLE.replace("Up to 18 months\n\n£", "Up to 18 months (£)").replace("Full value over life\n\n£", "Places")
    assert [c.value for c in stacked_cell_cells(table)] == [Decimal(6935000), Decimal(2565000), Decimal(9500000)]


def test_short_lines_without_a_pound_heading_or_out_of_line_give_nothing() -> None:
    assert stacked_cell_cells(TABLE.replace("\n\n£\n\n", "\n\n")) == []
    # a row missing a cell: the rows no longer line up with the columns, so nothing from there on is placed
    ragged = TABLE.replace("Nursing\n\n2,565,000\n\n7,695,000", "Nursing\n\n2,565,000")
    assert [c.value for c in stacked_cell_cells(ragged)] == [Decimal(6935000), Decimal(20805000)]


def test_the_money_extractor_keeps_them() -> None:
    doc = DocText.from_pages("0" * 64, [TABLE])
    amounts = [(a.value_gbp, a.rule) for a in extract_amounts(doc, Collector(doc.document_id))]
    assert (Decimal(28500000), "money.table_stacked_cells") in amounts and len(amounts) == 6


def test_a_scaled_unit_cell_scales_its_column_and_a_space_only_line_is_an_empty_cell() -> None:
    table = ("The proposals for the use of the grant were:\n\n2018/19\n\n£’m\n\n2019/20\n\n£’m\n\n"
             "Discharge programme\n\n0.675\n\n \n\nBed bureau\n\n0.037\n\n0.018\n\nThe meeting ended at 8pm.\n")
    found = [(c.value, c.row_label, c.column_header) for c in stacked_cell_cells(table)]
    assert found == [(Decimal(675000), "Discharge programme", "2018/19"), (Decimal(37000), "Bed bureau", "2018/19"),
                     (Decimal(18000), "Bed bureau", "2019/20")]
    # an empty cell cannot stand for a row's label: a space-only line above the first figure gives nothing
    assert stacked_cell_cells(table.replace("Discharge programme\n\n0.675", " \n\n0.675")) == []


def test_the_organisation_column_of_a_one_cell_per_line_table_names_each_row_s_body() -> None:
    table = ("3) grants be awarded to voluntary sector organisations as detailed below;\nOrganisation |\n"
             "Amount Requested |\nDetails of Project |\nPolish Community |\n£2,000 |\nTo teach Polish dancing |\n"
             "Caribbean Roots |\n£1,500 |\nTo support Black History Month |\n4) authority be delegated.\n")
    assert {"Polish Community", "Caribbean Roots"} <= texts(table)
    # without sums lined up under an amount heading the short lines are no table
    assert not {"Polish Community", "Caribbean Roots"} & texts(table.replace("£2,000 |", "two thousand |"))
