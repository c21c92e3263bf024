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
