"""The organisation column of a table a web page flattened to one cell per line ("Organisation |", "Amount
Requested |", "Details of Project |", then each row's cells in turn).

The table's width is not written; it is the one that puts a sum ("£2,000") in the same column of every row, under
a heading that names an amount. Only the rows that line up are read, so short lines that are no table give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A heading over sums: "Amount Requested", "Grant awarded", "Value (£)", "£".
_AMOUNT_HEADING = re.compile(r"\b(?:amount|value|grant|award(?:ed)?|cost|funding|sum|total)\b|£", re.I)
_SUM_CELL = re.compile(r"^£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn))?$", re.I)
CELL_CHARS = 400
"""The longest line read as one cell (a project's description may be a long cell)."""
NAME_CELL_CHARS = 80
"""The longest first-column cell read as an organisation's name."""
MAX_WIDTH = 6
"""The most columns such a table is read with."""


@dataclass(frozen=True)
class NameCell:
    """A first-column cell: its span in the text and the name it holds."""

    start: int
    end: int
    name: str


def _cells(text: str) -> list[tuple[int, str]]:
    """Each non-blank line as a cell (its start and text, a trailing "|" border dropped)."""
    cells = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip().removesuffix("|").strip()
        if stripped:
            cells.append((match.start() + match.group().index(stripped[0]), stripped))
    return cells


def stacked_name_cells(text: str, name_headings: frozenset[str]) -> list[NameCell]:
    """The first-column cells of every one-cell-per-line table whose first heading is one of `name_headings`
    ("organisation", "provider")."""
    cells = _cells(text)
    found: list[NameCell] = []
    for index, (_, heading) in enumerate(cells):
        if heading.lower() in name_headings:
            found.extend(_read_table(cells, index))
    return found


def _read_table(cells: list[tuple[int, str]], head: int) -> list[NameCell]:
    """The name cells of the table whose heading row opens at `head`, under the width that lines its sums up."""
    for width in range(2, MAX_WIDTH + 1):
        headings = [cell for _, cell in cells[head:head + width]]
        sums = [c for c in range(1, width) if _AMOUNT_HEADING.search(headings[c]) and not _SUM_CELL.match(headings[c])]
        if len(headings) < width or not sums or any(_SUM_CELL.match(h) for h in headings):
            continue
        rows = _rows(cells, head + width, width, sums[0])
        if len(rows) >= 2:
            return rows
    return []


def _rows(cells: list[tuple[int, str]], first: int, width: int, sum_column: int) -> list[NameCell]:
    """The rows from `first` on while each has a name cell and a sum in the sum column."""
    rows: list[NameCell] = []
    for at in range(first, len(cells) - width + 1, width):
        row = cells[at:at + width]
        start, name = row[0]
        if (not _SUM_CELL.match(row[sum_column][1]) or len(name) > NAME_CELL_CHARS or not name[:1].isupper()
                or _SUM_CELL.match(name) or name.lower().startswith("total")
                or any(len(cell) > CELL_CHARS for _, cell in row)):
            break
        rows.append(NameCell(start, start + len(name), name))
    return rows
