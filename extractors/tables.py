"""Text tables: scale headers (`£'000`, `£m`) over bare-number cells, and a cell's row/column context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

# A unit written without a figure: "£'000", "£000s", "(£k)", "£m", "£'m", "£ millions", "£bn".
_SCALE_TOKEN = re.compile(
    r"£\s?(?:['’‘`]\s?(?:000s?|k|m|bn)|000s?|k|thousands?|m|ms|mn|millions?|bn|billions?)(?![\w,.]*\d)(?![A-Za-z])",
    re.IGNORECASE,
)
UNIT_SCALE = {
    # The multiplier each written unit stands for; money.py reads inline amounts ("£1.7m") with it too.
    "000": Decimal(1000),
    "k": Decimal(1000),
    "thousand": Decimal(1000),
    "m": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "bn": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
}

# One numeric cell: "74,883", "-5,502", "(5,502)", "0", "1.25". No currency sign: those are read inline.
_NUMERIC_CELL = re.compile(
    r"^(?P<open>\()?(?P<sign>[-−–])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<close>\))?$"
)
_NIL_CELL = re.compile(r"^(?:[-−–]|—|nil|n/?a|%|\d+(?:\.\d+)?%)$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_CREDIT_RATING = re.compile(r"^(?:AAA|AA[+-]?|A[+-]|BBB[+-]?)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_CELL_SPLIT = re.compile(r"\t| {2,}")
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+[A-Z]")
_CONTRIBUTOR = re.compile(r"\bcontribut", re.IGNORECASE)

# Who pays, as a table heading or a sentence names them: a body ("Kent County Council", "NHS
# Kent", "the CCG"), a body type alone ("Council", "LA") or an abbreviation whose ending says
# what kind of body it is ("OCCG", "KCC", "MBC"): endings that name no body ("BCF") never pay.
_BODY_TYPE = (
    r"(?:County\s+Council|City\s+Council|District\s+Council|Borough\s+Council|Council|CCG|ICB|"
    r"Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board|(?:NHS\s+)?(?:Foundation\s+)?Trust|"
    r"Local\s+Authority|LA|NHS(?:\s+England)?)"
)
_BODY_ABBREVIATION = r"[A-Z]{1,4}(?:CCG|ICB|CC|BC|DC|UA)"
_PLACE_WORD = r"(?!The\b|This\b|Total\b|Pool\b)[A-Z][A-Za-z&'’.-]*"
CONTRIBUTOR_NAME = (
    rf"NHS\s+{_PLACE_WORD}(?:\s+(?:and\s+)?{_PLACE_WORD})?|(?:{_PLACE_WORD}\s+){{0,3}}{_BODY_TYPE}\b|{_BODY_ABBREVIATION}\b"
)
"""A regex fragment for a paying body as written (used by money.py for sentences too)."""
_WHOLE_CONTRIBUTOR = re.compile(rf"(?:[Tt]he\s+)?(?P<who>{CONTRIBUTOR_NAME})(?:['’]s)?")
_CONTRIBUTION_HEADING = re.compile(
    rf"(?P<who>{CONTRIBUTOR_NAME})(?:['’]s)?\s+(?:contributions?|share|funding)\b")
_NAME_CONTINUES = re.compile(r"^(?:County|City|District|Borough)\b")
_PLACE_LINE = re.compile(rf"^{_PLACE_WORD}(?:\s+{_PLACE_WORD})?$")

MAX_LABEL_LINES = 12
"""Consecutive non-row lines after which a scaled table is taken to have ended."""


@dataclass(frozen=True)
class ScaledCell:
    """A bare number in a table whose header gives its unit, already multiplied out."""

    start: int  # offsets into the text the table was read from
    end: int
    text: str
    value: Decimal
    scale: Decimal
    row_label: str
    column_header: str | None
    caption: str  # the table's heading lines, for context words such as "contribution"


@dataclass(frozen=True)
class CellContext:
    """Where a position sits in a tab- or space-aligned table row."""

    row_label: str
    column_header: str | None
    row_text: str


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


def scale_of(line: str) -> Decimal | None:
    """The multiplier a unit header on this line states (`£'000` -> 1000), or None."""
    match = _SCALE_TOKEN.search(line)
    if not match:
        return None
    unit = re.sub(r"[£'’‘`\s]", "", match.group(0)).lower()
    unit = unit.removesuffix("s")
    return UNIT_SCALE.get(unit)


def _line_spans(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _is_tab_row(line: str) -> bool:
    return len([c for c in _CELL_SPLIT.split(line.strip()) if c.strip()]) >= 2


def _cells(line_start: int, line: str) -> list[_Token]:
    """Cells of a tab/multi-space aligned line, keeping empty cells so columns line up."""
    tokens: list[_Token] = []
    position = 0
    for match in _CELL_SPLIT.finditer(line):
        tokens.append(_cell_token(line_start, line, position, match.start()))
        position = match.end()
    tokens.append(_cell_token(line_start, line, position, len(line)))
    return tokens


def _cell_token(line_start: int, line: str, start: int, end: int) -> _Token:
    raw = line[start:end]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return _Token(line_start + start + lead, line_start + start + lead + len(stripped), stripped)


def _words(line_start: int, line: str) -> list[_Token]:
    return [_Token(line_start + m.start(), line_start + m.end(), m.group()) for m in re.finditer(r"\S+", line)]


def _is_value_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL.match(text)) and not _YEAR.match(text)


def _is_cell(text: str) -> bool:
    return _is_value_cell(text) or bool(_NIL_CELL.match(text))


def _split_row(line_start: int, line: str) -> tuple[str, list[tuple[int, _Token]]]:
    """(row label, [(column index, numeric cell)]) of a line; no cells when it is not a data row."""
    if _is_tab_row(line):
        cells = _cells(line_start, line)
        label = " ".join(c.text for c in cells if c.text and not _is_cell(c.text))
        values = [(i, c) for i, c in enumerate(cells) if c.text and _is_value_cell(c.text)]
        # A row whose numbers sit inside text cells is prose in a grid, not figures.
        return label, values
    words = _words(line_start, line)
    if len(words) >= 2 and _CREDIT_RATING.match(words[-1].text) and _is_cell(words[-2].text):
        words.pop()  # an investments table's last column grades the holding ("4.54 AAA"): no figure
    trailing: list[_Token] = []
    while words and _is_cell(words[-1].text):
        trailing.insert(0, words.pop())
    leading: list[_Token] = []
    while words and _is_cell(words[0].text):
        leading.append(words.pop(0))
    label = " ".join(w.text for w in words)
    if leading and not _leading_figures(leading, label):
        words[:0], leading = leading, []  # "3 Year Revenue Plan", "3.2 Basic Need funding is ...": part of the text
        label = " ".join(w.text for w in words)
    if label and re.search(r"[.:,;]$", label) and not trailing:
        return label, []
    values = [(i, t) for i, t in enumerate(leading + trailing) if _is_value_cell(t.text)]
    return label, values


def _leading_figures(leading: list[_Token], label: str) -> bool:
    """Whether numbers before a row's label are its figures: a table whose label column stands between two years'
    columns ("31,721.5 31,721.5 Base Budget Changes 10,320.7 -744.1 9,576.6"), not a number opening the text."""
    if not label or _is_prose(label):
        return False
    # A row reference or footnote number ("117 Demand & Cost Drivers", "8 Property Enterprise Fund") is a whole
    # number; a table's figures carry thousands commas or decimals.
    return any("," in token.text or "." in token.text for token in leading)


def _is_prose(label: str) -> bool:
    """A line of running text: many words, or a numbered paragraph, or a finished sentence."""
    words = _WORD.findall(label)
    if len(words) >= 8:
        return True
    if _PARAGRAPH_NUMBER.match(label) and len(words) >= 4:
        return True
    return len(words) >= 5 and label.rstrip().endswith((".", "?", "!"))


def _value(cell: str, scale: Decimal) -> Decimal | None:
    match = _NUMERIC_CELL.match(cell)
    if not match:
        return None
    number = Decimal(match["num"].replace(",", ""))
    negative = bool(match["sign"]) or bool(match["open"] and match["close"])
    if bool(match["open"]) != bool(match["close"]):
        return None
    return (-number if negative else number) * scale


def _header_for(header_cells: list[_Token] | None, column: int) -> str | None:
    if header_cells is None or column >= len(header_cells):
        return None
    return header_cells[column].text or None


@dataclass
class _Region:
    """The table being read: its unit, which columns the unit covers, and its labels so far."""

    scale: Decimal
    tabbed: bool
    header_cells: list[_Token] | None
    scaled_columns: set[int] | None  # tab columns whose header states the unit (None: every column)
    last_columns: int | None  # only the rightmost N figures of a row are in the unit
    caption: list[str]
    pending_label: list[str]
    column_names: list[str] | None = None  # contributors heading a spaced table's figure columns
    unit_pattern: tuple[bool, ...] | None = None  # "£m %": which of a row's last figures are money
    quiet_lines: int = 0
    rows_seen: int = 0


_UNIT_NOTE = re.compile(r"\b(?:figures|amounts|values|numbers|all|expressed|shown|stated)\b", re.I)


def _region_from_header(
    line_start: int, line: str, scale: Decimal, caption: list[str], above: list[str] | None = None
) -> _Region:
    """How far a unit header reaches: its own columns in a tab grid, its last N figures in a spaced row."""
    tabbed = _is_tab_row(line)
    header_cells = _cells(line_start, line) if tabbed else None
    scaled_columns = None
    last_columns = None
    if header_cells is not None:
        scaled_columns = {i for i, c in enumerate(header_cells) if _SCALE_TOKEN.search(c.text)}
    else:
        units = len(_SCALE_TOKEN.findall(line))
        other_words = _WORD.findall(_SCALE_TOKEN.sub(" ", line))
        if units >= 2 or (other_words and not _UNIT_NOTE.search(line)):
            # "£'000 £'000" heads two figure columns; "Taxbase Taxbase £000s" heads only the last.
            last_columns = units
    names = _column_names(above or [], last_columns) if last_columns and last_columns >= 2 else None
    return _Region(
        scale, tabbed, header_cells, scaled_columns, last_columns, caption, [], names, _unit_pattern(line) if not tabbed else None
    )


# A column unit that is not money: a rate ("%", "Rate") or a term in years ("yrs"). Not "Year": a year
# column labels its rows ("2024-25 12.3"), and its figure is still money.
_OTHER_UNIT = r"%|(?<![\w£])(?:rates?|yrs|ratio)(?![\w])"
_UNIT_OR_PERCENT = re.compile(rf"{_SCALE_TOKEN.pattern}|{_OTHER_UNIT}", re.IGNORECASE)


def _unit_pattern(line: str) -> tuple[bool, ...] | None:
    """A spaced header of units alone with a rate or term column ("£m %", "£m £m Rate", "£m % yrs"):
    which columns hold money."""
    tokens = [m.group(0) for m in _UNIT_OR_PERCENT.finditer(line)]
    if _UNIT_OR_PERCENT.sub("", line).strip():
        return None
    pattern = tuple(scale_of(token) is not None for token in tokens)
    return pattern if any(pattern) and not all(pattern) else None


def _in_unit(region: _Region, values: list[tuple[int, _Token]]) -> list[tuple[int, _Token]]:
    """The figures of a row that the header's unit covers."""
    if region.unit_pattern is not None:
        # "Covered bonds 130.90 4.45" under "£m %": the balance is money, the rate is not; a short row
        # ("Net debt 290.12") leaves its trailing rate blank, so its figures line up from the left
        short = len(values) < len(region.unit_pattern)
        aligned = values if short else values[-len(region.unit_pattern) :]
        return [value for value, money in zip(aligned, region.unit_pattern) if money]
    if region.scaled_columns is not None:
        return [(i, t) for i, t in values if i in region.scaled_columns]
    if region.last_columns is not None and len(values) > region.last_columns:
        return values[-region.last_columns :]
    return values


def scaled_table_cells(text: str) -> list[ScaledCell]:
    """Every bare number in a table region below a scale header, multiplied by the scale."""
    cells: list[ScaledCell] = []
    region: _Region | None = None
    ended: _Region | None = None  # a spaced table that a note's prose interrupted, and how many lines ago
    since_end = 0
    recent: list[str] = []  # short lines just above a table, which caption it
    for line_start, line in _line_spans(text):
        stripped = line.strip()
        since_end += 1
        if region is None and ended is not None and since_end <= RESUME_LINES and "\f" not in line:
            label, values = _split_row(line_start, line)
            if _continues_figures(label, values):
                region, ended = ended, None  # "* the prior year savings ... will be updated" / "RESERVES" / rows again
        scale = scale_of(line)
        if scale is not None:
            caption = region.caption if region else recent[-MAX_LABEL_LINES:]
            region = _region_from_header(line_start, line, scale, caption, _lines_above(text, line_start))
            label, values = _split_row(line_start, line)
            if values and not region.tabbed:
                cells.extend(_make_cells(_in_unit(region, values), label, region))
            continue
        if region is None:
            if stripped and "\f" not in line:
                recent = (recent + [stripped])[-MAX_LABEL_LINES:] if not _is_prose(stripped) else []
            continue
        if "\f" in line:  # a page break: a lone page number must not become a cell
            region = None
            continue
        if not stripped:
            if region.tabbed and region.rows_seen:
                region = None
            continue
        label, values = _split_row(line_start, line)
        if values:
            row_label = label or " ".join(region.pending_label)
            cells.extend(_make_cells(_in_unit(region, values), row_label, region))
            region.rows_seen += 1
            region.quiet_lines = 0
            if label:
                region.pending_label = []
            continue
        if _is_prose(stripped) or (region.tabbed and not _is_tab_row(line)):
            if not region.tabbed and region.rows_seen >= RESUME_MIN_ROWS:
                ended, since_end = region, 0
            region = None
            recent = []
            continue
        region.quiet_lines += 1
        region.pending_label = (region.pending_label + [stripped])[-3:]
        region.caption = (region.caption + [stripped])[-MAX_LABEL_LINES:]
        if region.quiet_lines > MAX_LABEL_LINES:
            region = None
    return cells


RESUME_LINES = 8
"""Lines after a note interrupts a spaced table within which its rows may go on under the same unit."""
RESUME_MIN_ROWS = 5
"""Rows a table must have shown before a note inside it is taken for a note, not the table's end."""
RESUME_MIN_FIGURES = 3
_ONE_DECIMAL_FIGURE = re.compile(r"^[-−–(]?\d{1,3}(?:,\d{3})*\.\d\)?$")


def _continues_figures(label: str, values: list[tuple[int, _Token]]) -> bool:
    """Whether a row after a note goes on with the interrupted table: a short label and at least three figures
    written as a finance table writes them ("27,481.5 27,481.5 Contributions to Reserves 43,240.9 ...")."""
    return (bool(label) and not _is_prose(label) and len(values) >= RESUME_MIN_FIGURES
            and all(_ONE_DECIMAL_FIGURE.match(token.text) for _, token in values))


def _make_cells(values: list[tuple[int, _Token]], label: str, region: _Region) -> list[ScaledCell]:
    made = []
    # A spaced row names its columns only when it has exactly one figure per named column.
    names = region.column_names if region.column_names and len(values) == len(region.column_names) else None
    for position, (column, token) in enumerate(values):
        header = names[position] if names else _header_for(region.header_cells, column)
        cell = _scaled_cell(token, region.scale, label.strip(), header, " ".join(region.caption))
        if cell is not None:
            made.append(cell)
    return made


def _scaled_cell(token: _Token, scale: Decimal, row_label: str, column_header: str | None,
                 caption: str) -> ScaledCell | None:
    """The amount a table cell states, with its headers; None for a zero cell, which states no amount."""
    value = _value(token.text, scale)
    if value is None or value == 0:
        return None
    return ScaledCell(start=token.start, end=token.end, text=token.text, value=value, scale=scale,
                      row_label=row_label, column_header=column_header, caption=caption)


def _lines_above(text: str, line_start: int, most: int = 6) -> list[str]:
    """The non-blank lines just above a line, up to the nearest figures row, prose line or page break."""
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < most:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        stripped = line.strip()
        if "\f" in line or _is_prose(stripped) or (stripped and _split_row(start, line)[1]):
            break
        if stripped:
            lines.insert(0, stripped)
    return lines


def _column_names(lines: list[str], count: int) -> list[str] | None:
    """Contributors heading the last `count` columns, one per line above the unit header ("Kent" /
    "County Council" / "KCCG"); None unless every one of those lines names a body."""
    names: list[str] = []
    index = len(lines) - 1
    while len(names) < count and index >= 0:
        name = contributor_named(lines[index], whole=True)
        if name is None:
            return None
        # A heading cell wrapped over two lines: "Oxfordshire" above "County Council".
        if _NAME_CONTINUES.match(name) and index > 0 and _PLACE_LINE.match(lines[index - 1]):
            name = f"{lines[index - 1]} {name}"
            index -= 1
        names.insert(0, name)
        index -= 1
    return names if len(names) == count else None


_HEADING_NOISE = re.compile(r"\(?\b(?:19|20)?\d{2}\s?[/-]\s?(?:19|20)?\d{2}\b\)?|\(\s*\)|[:*]")


def contributor_named(heading: str, whole: bool = False) -> str | None:
    """The paying body a table heading or row label names, as written ("LA contribution" -> "LA",
    "OCCG" -> "OCCG"); with `whole`, only a heading that is nothing but the body's name."""
    text = " ".join(_HEADING_NOISE.sub(" ", _SCALE_TOKEN.sub(" ", heading)).split())
    if not text:
        return None
    match = _WHOLE_CONTRIBUTOR.fullmatch(text)
    if match:
        return match["who"]
    if whole:
        return None
    named = {m["who"] for m in _CONTRIBUTION_HEADING.finditer(text)}
    return named.pop() if len(named) == 1 else None


def is_contributor_table(cell: ScaledCell) -> bool:
    """The table is about contributions (a row, column or caption says so)."""
    context = " ".join(filter(None, [cell.row_label, cell.column_header, cell.caption]))
    return bool(_CONTRIBUTOR.search(context))


def cell_context(text: str, offset: int) -> CellContext | None:
    """Row label and column header of the tab/multi-space aligned cell holding `offset`."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if not _is_tab_row(line):
        return None
    cells = _cells(line_start, line)
    column = next((i for i, c in enumerate(cells) if c.start <= offset < max(c.end, c.start + 1)), None)
    if column is None:
        return None
    label = next((c.text for c in cells[:column] if c.text and not _is_cell(c.text)), "")
    header = _column_header(text, line_start, column)
    return CellContext(row_label=label, column_header=header, row_text=line.strip())


def _column_header(text: str, line_start: int, column: int) -> str | None:
    """Walk up the contiguous block of aligned lines to its first line, the header row."""
    header: str | None = None
    position = line_start
    while position > 0:
        previous_start = text.rfind("\n", 0, position - 1) + 1
        previous = text[previous_start : position - 1]
        if not previous.strip() or not _is_tab_row(previous):
            break
        cells = _cells(previous_start, previous)
        if column < len(cells) and not any(_is_value_cell(c.text) for c in cells):
            header = cells[column].text or header
        position = previous_start
    return header


# A payments or accounts table: its header names money columns ("Net | VAT | Gross", "Amount £").
_MONEY_WORDS = r"net|vat|gross|amount|total|costs?|price|payments?|paid|net\s+amount|gross\s+amount|total\s+cost|amount\s+paid"
# A "£" that scales its column ("£m", "£’000", "£ millions"), however the quote is written.
_POUNDS_UNIT = re.compile(r"£\s?['’‘`]?\s?(?:k|m|ms|mn|bn|millions?|billions?|thousands?|000s?)(?![a-z])", re.I)
# A money column's heading: one of those words alone, perhaps "inc/ex VAT" and "(£)", or a plain "£".
_MONEY_HEADER = re.compile(
    rf"£(?!\s?['’‘`]?\s?(?:\d|(?:k|m|ms|mn|bn|millions?|billions?|thousands?|000s?)(?![a-z])))|^(?:{_MONEY_WORDS})(?:\s*\(?(?:inc|incl|exc|excl|ex)\.?\s+vat\)?)?\s*(?:\(?£\)?)?:?$",
    re.IGNORECASE,
)
_PENCE = re.compile(r"^\(?[-−–]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}\)?$")
_PERCENT_CELL = re.compile(r"^[-−–]?\d+(?:\.\d+)?\s?%$")
_DATE_CELL = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")
_POUNDS_CELL = re.compile(r"^\(?[-−–]?£\s?[-−–]?\d")
CAPTION_LINES_UP = 4
"""Non-blank lines above a payments header searched for a scale note ("£'000") that would make it a scaled table."""


def money_column_cells(text: str) -> list[ScaledCell]:
    """Bare figures under the money columns of a tab-separated payments table ("Net", "VAT", "Gross",
    "Amount", a "£" heading): sterling even without a "£", as a parish's accounts are read."""
    cells: list[ScaledCell] = []
    header: list[_Token] | None = None
    columns: dict[int, bool] = {}  # money column -> its heading states "£" (so whole pounds count too)
    rows_seen = 0
    header_end = -2  # where the last heading row ended, to join a heading written on two rows
    for line_start, line in _line_spans(text):
        if header is not None:
            if not line.strip() and not rows_seen:
                continue
            if "\t" not in line or "\f" in line:
                header = None
            else:
                row = _cells(line_start, line)
                if any(_has_figure(c.text) for c in row):
                    rows_seen += 1
                    cells.extend(_money_row_cells(row, header, columns))
                    continue
        stacked = columns if header_end == line_start - 1 and not rows_seen else {}
        header = None
        if "\t" in line and _is_tab_row(line):
            found = _payments_header(text, line_start, line)
            if found is not None:
                header, columns = found
                # A heading on two rows ("Book Cost | Market Value at" over "£ | 30-September-24", then
                # "| £ | Income"): a "£" on the row above still heads its column.
                columns = {**stacked, **columns}
                header_end = line_start + len(line)
                rows_seen = 0
    return cells


def _payments_header(text: str, line_start: int, line: str) -> tuple[list[_Token], dict[int, bool]] | None:
    """The header cells and money columns of a payments table heading row, or None."""
    cells = _cells(line_start, line)
    if any(_has_figure(c.text) for c in cells):
        return None
    above = _nonblank_above(text, line_start)
    if scale_of(line) is not None or any(scale_of(a) or _POUNDS_UNIT.search(a) for a in [line, *above]):
        return None  # a "£'000" table: its figures are read, multiplied, by scaled_table_cells
    columns = {i: "£" in c.text for i, c in enumerate(cells) if c.text and _MONEY_HEADER.search(c.text)}
    return (cells, columns) if columns else None


def _has_figure(cell: str) -> bool:
    """A bare figure or a written "£" amount: such a cell belongs to a row of figures, not a heading."""
    return _is_value_cell(cell) or bool(_POUNDS_CELL.match(cell))


def _nonblank_above(text: str, line_start: int) -> list[str]:
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < CAPTION_LINES_UP:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if "\f" in line:
            break
        if line.strip():
            lines.append(line)
    return lines


def _money_row_cells(row: list[_Token], header: list[_Token], columns: dict[int, bool]) -> list[ScaledCell]:
    label = " ".join(
        c.text for c in row
        if c.text and not _has_figure(c.text) and not _is_cell(c.text) and not _DATE_CELL.match(c.text)
        and not _PERCENT_CELL.match(c.text) and c.text != "£"
    )
    made = []
    for column, pounds_heading in columns.items():
        if column >= len(row):
            continue
        token = row[column]
        # Without a "£" in its heading a figure must show pence: whole numbers may be counts or £'000.
        if not _is_value_cell(token.text) or not (pounds_heading or _PENCE.match(token.text)):
            continue
        cell = _scaled_cell(token, Decimal(1), label, header[column].text, "")
        if cell is not None:
            made.append(cell)
    return made


# A spaced (not tabbed) heading whose last word is a plain "£" over its one money column
# ("Adjusted Principal Bond Type Issuer £"); rows wrap their labels over several lines.
_POUND_LAST = re.compile(r"^(?=.*[A-Za-z]{3})[^£\d\t]*\s£\s*$")
# A whole-pound figure with thousands separators standing alone on a row ("Bank X - Bonds 6,265,814 0.43% 20/12/24").
_GROUPED_FIGURE = re.compile(r"(?<![\w.,£%/-])\d{1,3}(?:,\d{3})+(?![\w.,%/])")
_MAX_LABEL_ONLY = 4


def pound_column_cells(text: str) -> list[ScaledCell]:
    """Figures under a spaced heading ending in a plain "£": on each row below, its one thousands-grouped figure
    (rates, dates and percentages are not grouped), until prose, a blank line after rows, or a page break."""
    cells: list[ScaledCell] = []
    header: str | None = None
    rows_seen = quiet = 0
    pending: list[str] = []
    for line_start, line in _line_spans(text):
        stripped = line.strip()
        if header is None:
            if _POUND_LAST.match(stripped) and "\t" not in line:
                header, rows_seen, quiet, pending = stripped, 0, 0, []
            continue
        if "\f" in line or "\t" in line or "£" in line or (not stripped and rows_seen):
            header = None
            continue
        figures = list(_GROUPED_FIGURE.finditer(line))
        if not figures:
            quiet += 1
            if stripped and (_is_prose(stripped) or quiet > _MAX_LABEL_ONLY):
                header = None
            elif stripped:
                pending = (pending + [stripped])[-3:]
            continue
        quiet = 0
        if len(figures) != 1:
            header = None  # more figures than the one "£" column: not the table the heading describes
            continue
        figure = figures[0]
        label = " ".join(pending + [line[:figure.start()].strip()]).strip()
        pending = []
        rows_seen += 1
        token = _Token(line_start + figure.start(), line_start + figure.end(), figure.group())
        cell = _scaled_cell(token, Decimal(1), label, "£", header)
        if cell is not None:
            cells.append(cell)
    return cells


# A web page's table flattened to one cell per line: heading cells ("Care Category", "Up to 18 months", "£", ...),
# then each row's cells in turn ("Residential", "6,935,000", "20,805,000"). A heading cell that is only a unit ("£",
# "£'m", "£000") is the unit of the heading cell above it; a line holding only a space is an empty cell.
_STACKED_POUND = re.compile(rf"^(?:£|{_SCALE_TOKEN.pattern})$", re.IGNORECASE)
_POUNDS_HEADING = re.compile(r"\(£\)$|\s£$")  # "Amount (£)", "Value £"
# "6,935,000", "0.675" (a "£'m" column's thousandths), "12"
_STACKED_FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{2})?$|^\d{1,3}\.\d{1,3}$|^\d+$")
STACKED_CELL_CHARS = 60
"""The longest line read as one cell of a flattened table; a longer one is prose."""


def stacked_cell_cells(text: str) -> list[ScaledCell]:
    """Figures under the "£" columns of a table flattened to one cell per line: the heading cells up to the first
    figure give the columns (a "£" cell marks the column above it as pounds), and the cells below fill the rows in
    turn. Read only while every row has its label and one cell per column, so a list of short lines that is no
    table gives nothing."""
    cells: list[ScaledCell] = []
    block: list[tuple[int, str]] = []
    for line_start, line in _line_spans(text):
        stripped = line.strip()
        if stripped and len(stripped) <= STACKED_CELL_CHARS and "\t" not in line and "\f" not in line:
            block.append((line_start + line.find(stripped), stripped))
            continue
        if line and not stripped and "\f" not in line and "\t" not in line:
            block.append((line_start, ""))  # " ": an empty cell (a row with no figure in that column)
            continue
        if not stripped and "\f" not in line:
            continue  # cells are often separated by blank lines
        cells.extend(_stacked_table(block))
        block = []
    return cells + _stacked_table(block)


def _figure_or_empty(cell: str) -> bool:
    """Whether a flattened table's cell is a figure or empty (a space-only line)."""
    return not cell or bool(_STACKED_FIGURE.match(cell))


def _stacked_table(block: list[tuple[int, str]]) -> list[ScaledCell]:
    """The pound cells of one run of short lines, if it is a flattened table with a "£" heading cell."""
    first_figure = next((i for i, (_, cell) in enumerate(block) if _STACKED_FIGURE.match(cell)), None)
    if first_figure is None or first_figure < 2:
        return []
    # A row is its label (the line above the first figure) and the figures (or empty cells) that follow it; the
    # heading is as many cells (not counting unit cells) just above that label, so a title further up is left out.
    width = 1 + next((n for n, (_, cell) in enumerate(block[first_figure:]) if not _figure_or_empty(cell)),
                     len(block) - first_figure)
    columns: list[tuple[str, Decimal | None]] = []  # each heading and its pounds scale (None: not pounds)
    unit_below: Decimal | None = None
    for _, cell in reversed(block[:first_figure - 1]):
        if len(columns) == width:
            break
        if _STACKED_POUND.match(cell):
            unit_below = scale_of(cell) or Decimal(1)
            continue
        if not cell:
            continue
        columns.insert(0, (cell, unit_below or (Decimal(1) if _POUNDS_HEADING.search(cell) else None)))
        unit_below = None
    if len(columns) < width or width < 2 or not any(scale for _, scale in columns):
        return []
    rows = block[first_figure - 1:]
    made: list[ScaledCell] = []
    for row_start in range(0, len(rows) - width + 1, width):
        row = rows[row_start:row_start + width]
        label = row[0][1]
        if not label or _STACKED_FIGURE.match(label) or not all(_figure_or_empty(cell) for _, cell in row[1:]):
            break  # the rows no longer line up with the columns: stop rather than misplace a figure
        for (start, cell), (header, scale) in zip(row[1:], columns[1:]):
            if scale is None or not cell:
                continue
            token = _Token(start, start + len(cell), cell)
            found = _scaled_cell(token, scale, label, header, "")
            if found is not None:
                made.append(found)
    return made
