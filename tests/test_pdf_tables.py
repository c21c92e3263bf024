"""Ruled tables in PDFs come out as tab-separated rows; pages without one keep pdfium's plain text."""

from __future__ import annotations

import pypdfium2
import pytest
from conftest import needs_shared
from fpdf import FPDF

from extractors.formats.pdf import read_pdf
from extractors.formats.pdf_tables import find_ruled_tables, render_table

HEADER = ("Contract title", "Supplier", "Start date", "Annual value")
ROWS = (
    ("Grounds Maintenance", "Greenway Landscapes Ltd", "01/04/2023", "£18,500"),
    ("Internal Audit", "Hollis Audit Services", "Apr-23", "£1,200"),
    ("Website Hosting and Email Support Services", "Blue Kite Media", "Jun-23", "£950"),
)


def _pdf(table: bool = True, borders: str = "ALL") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, "Parish Council contracts register. The register lists every contract above £500.")
    pdf.ln(4)
    if table:
        with pdf.table(borders_layout=borders, col_widths=(60, 55, 30, 30)) as grid:
            for values in (HEADER, *ROWS):
                row = grid.row()
                for value in values:
                    row.cell(value.replace("£", "GBP "))
    pdf.ln(4)
    pdf.multi_cell(0, 5, "As at 1 May 2024. Published under the Transparency Code.")
    return bytes(pdf.output())


def test_ruled_table_rendered_as_tab_rows_between_the_text() -> None:
    text = read_pdf(_pdf(), "d" * 64)[0].text
    lines = text.splitlines()
    assert "Contract title\tSupplier\tStart date\tAnnual value" in lines
    assert "Grounds Maintenance\tGreenway Landscapes Ltd\t01/04/2023\tGBP 18,500" in lines
    # A wrapped cell is one cell: its lines joined by a space, no tab or newline inside.
    assert "Website Hosting and Email Support Services\tBlue Kite Media\tJun-23\tGBP 950" in lines
    # The text before and after the table keeps its place and is not repeated.
    assert text.index("contracts register") < text.index("Contract title") < text.index("As at 1 May 2024")
    assert text.count("Greenway") == 1


def test_page_without_rules_keeps_plain_text() -> None:
    text = read_pdf(_pdf(borders="NONE"), "d" * 64)[0].text
    assert "\t" not in text
    assert "Greenway Landscapes Ltd" in text


def test_page_without_table_keeps_plain_text() -> None:
    text = read_pdf(_pdf(table=False), "d" * 64)[0].text
    assert "\t" not in text and "contracts register" in text


def test_find_ruled_tables_gives_rows_and_columns() -> None:
    document = pypdfium2.PdfDocument(_pdf())
    page = document[0]
    textpage = page.get_textpage()
    try:
        tables = find_ruled_tables(page, textpage)
    finally:
        textpage.close()
        page.close()
        document.close()
    assert len(tables) == 1
    assert len(tables[0].rows) == 4 and all(len(row) == 4 for row in tables[0].rows)
    assert tables[0].rows[2][1] == "Hollis Audit Services"


@pytest.mark.parametrize("rows, expected", [
    ([["a", "b"], ["c", ""]], "a\tb\nc\t"),
    ([["only"]], "only"),
])
def test_render_table(rows: list[list[str]], expected: str) -> None:
    assert render_table(rows) == expected


def test_figures_stacked_in_one_box_keep_plain_text() -> None:
    """Rows without rules between them (several figures in one ruled box) are not joined into one row."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    with pdf.table(col_widths=(60, 30)) as grid:
        for values in (("Service", "GBP m"), ("Adults\nChildren\nHighways", "12.5\n8.25\n3.75")):
            row = grid.row()
            for value in values:
                row.cell(value)
    text = read_pdf(bytes(pdf.output()), "d" * 64)[0].text
    assert "12.5 8.25" not in text and "8.25" in text


@needs_shared
def test_contracts_register_rows_keep_supplier_cells_apart() -> None:
    from conftest import SHARED

    data = (SHARED / "corpus/real/sutton-coldfield-tc-2017-18-contracts-register.pdf").read_bytes()
    pages = read_pdf(data, "d" * 64)
    rows = [line.split("\t") for page in pages for line in page.text.splitlines() if line.count("\t") >= 5]
    suppliers = [row[1] for row in rows[1:] if row[0] != rows[0][0]]
    assert len(suppliers) == 33
    assert all("\t" not in s and s == s.strip() for s in suppliers)
