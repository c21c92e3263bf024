"""Spaced tables whose row label stands between two years' columns, as PDF text gives budget summaries:
"31,721.5 31,721.5 Base Budget Changes 10,320.7 -744.1 9,576.6". Invented figures."""

from __future__ import annotations

from decimal import Decimal

from extractors.tables import scaled_table_cells

TABLE = """Core External Total Core External Total
£000s £000s £000s £000s £000s £000s
31,721.5 31,721.5 Base Budget Changes 10,320.7 -744.1 9,576.6
-36,454.8 -36,454.8 Transformation - Future Cost Increase Avoidance -30,834.5 0.0 -30,834.5
0.0 Demand & Cost Drivers - Demand 22,989.0 24,150.3 47,139.3
117 Row Reference Drivers 1,234.5
8 Property Enterprise Fund (PEF) 2,369.0
"""


def test_figures_before_the_label_are_cells_of_the_row() -> None:
    cells = {(c.text, c.row_label) for c in scaled_table_cells(TABLE)}
    assert ("31,721.5", "Base Budget Changes") in cells
    assert ("-36,454.8", "Transformation - Future Cost Increase Avoidance") in cells
    assert ("10,320.7", "Base Budget Changes") in cells


def test_a_leading_figure_is_scaled_like_the_others() -> None:
    values = {c.text: c.value for c in scaled_table_cells(TABLE)}
    assert values["-36,454.8"] == Decimal("-36454800")


def test_a_row_reference_before_the_label_is_not_a_figure() -> None:
    texts = {c.text for c in scaled_table_cells(TABLE)}
    assert "117" not in texts and "8" not in texts
    assert {"1,234.5", "2,369.0"} <= texts


TABLE_TOP = """£000s £000s £000s
Original base budget 1,429,506.8 0.0 1,429,506.8
Base Budget Changes 10,320.7 -744.1 9,576.6
Pay 21,845.7 626.9 22,472.6
Prices 41,407.1 1,944.4 43,351.5
TOTAL SPENDING 151,171.3 55,028.1 206,199.4
"""
NOTE_INSIDE = TABLE_TOP + """* the prior year savings rolled forward for delivery in
2025-26 will be updated as part of the outturn report,
and those updated figures will be used for the savings monitoring process
RESERVES
Contributions to Reserves 43,240.9 14,200.0 57,440.9
"""
PROSE_AFTER = TABLE_TOP + """The council expects pupil numbers to keep rising over the period of the plan and beyond.
Pupils 1,234 1,456 1,678
"""


def test_a_note_inside_a_table_does_not_end_it() -> None:
    values = {c.text: c.value for c in scaled_table_cells(NOTE_INSIDE)}
    assert values["57,440.9"] == Decimal("57440900")


def test_counts_after_the_table_s_end_are_not_money() -> None:
    texts = {c.text for c in scaled_table_cells(PROSE_AFTER)}
    assert "1,234" not in texts and "1,678" not in texts
