"""Ruled tables on a PDF page read from pdfium's own drawing and text: cells become tab-separated rows."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c

from extractors.tables import scale_of

SNAP = 3.0
"""Points within which two rules are taken as the same line (Word draws borders 0.5-1.5pt thick)."""

THIN = 2.5
"""A path narrower than this in one direction is a drawn rule, not a box."""

MIN_RULE = 6.0
"""Shorter strokes are glyph parts or bullets, not table borders."""

INSET_X = 2.5
"""Cells are read this far inside their side borders: pdfium takes any character a region touches,
so a glyph overhanging a border would otherwise be read in both cells (Word pads cells ~5pt)."""

INSET_Y = 0.5
"""Rows have little padding above and below, so the inset from row rules is small."""

MIN_RULES_ON_PAGE = 6
"""The cheap test: fewer axis-aligned rules than this and a page holds no ruled table."""

MAX_PATHS = 4000
"""Pages drawn with more paths than this are charts or maps; their text is read as it is."""

MAX_TEXT_CHANGE = 0.01
"""Share of non-space characters the table-aware text may differ by from pdfium's plain text
(and it must keep every digit: a lost or doubled digit changes an amount)."""

_FIGURE = re.compile(r"£|\d[\d,.]*\d")
_PARTY_HEADER = re.compile(r"\b(?:supplier|provider|contractor|grantee|recipient)s?\b", re.I)
MIN_FIGURES = 3
"""A table with fewer figures than this and no supplier column holds nothing the readers need
from its columns; its plain text is kept, which saves reading it cell by cell."""

_BARE_NUMBER = re.compile(r"[(£−–-]*\d[\d,.]*\)?%?")
_CELL_BREAK = re.compile(r"\ufffe?\s*[\r\n]+\s*")
_SPACES = re.compile(r"[ \t\u00a0]+")

Segment = tuple[float, float, float]
"""(position, low, high): a horizontal rule at y from x low to high, or a vertical one at x."""


@dataclass(frozen=True)
class RuledTable:
    """A table found from its drawn rules; bbox in PDF points (left, bottom, right, top)."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str]]


def page_text_with_tables(page: pypdfium2.PdfPage, textpage: pypdfium2.PdfTextPage, plain: str) -> str:
    """The page's text with each ruled table rendered as tab-separated rows, or `plain` when there is none."""
    if len(_FIGURE.findall(plain)) < MIN_FIGURES and not _PARTY_HEADER.search(plain):
        return plain  # the cheap test: no figures and no supplier column, nothing to gain
    tables = find_ruled_tables(page, textpage)
    if not tables or any(scale_of(line) is not None for line in plain.splitlines()):
        # A page stating a unit over bare figures (£'000, £m) is read by the text-table reader,
        # whose rules are built on pdfium's own layout of such tables.
        return plain
    text = _assemble(page, textpage, tables)
    # Nothing may be lost or read twice: a region test that catches characters on a border
    # would do either, so such a page keeps its plain text.
    if abs(_ink(text) - _ink(plain)) > MAX_TEXT_CHANGE * max(_ink(plain), 1) or _digits(text) != _digits(plain):
        return plain
    return text


def find_ruled_tables(page: pypdfium2.PdfPage, textpage: pypdfium2.PdfTextPage) -> list[RuledTable]:
    """Tables of at least two rows and two columns whose cells are bounded by drawn rules."""
    rules = _page_rules(page)
    if rules is None:
        return []
    horizontal, vertical = rules
    tables = []
    for h_group, v_group in _connected_grids(horizontal, vertical):
        table = _read_grid(textpage, h_group, v_group)
        if table is not None:
            tables.append(table)
    return _without_overlaps(tables)


def render_table(rows: list[list[str]]) -> str:
    """One line per row, cells joined by tabs."""
    return "\n".join("\t".join(row) for row in rows)


def _page_rules(page: pypdfium2.PdfPage) -> tuple[list[Segment], list[Segment]] | None:
    """Horizontal and vertical rules drawn on the page, or None when there are too few for a table."""
    raw_page = page.raw
    count = pdfium_c.FPDFPage_CountObjects(raw_page)
    if count > MAX_PATHS:
        return None
    horizontal: list[Segment] = []
    vertical: list[Segment] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index in range(count):
        obj = pdfium_c.FPDFPage_GetObject(raw_page, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if height < THIN and width >= MIN_RULE:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif width < THIN and height >= MIN_RULE:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif width >= MIN_RULE and height >= MIN_RULE:
            if pdfium_c.FPDFPath_CountSegments(obj) in (4, 5):
                # A plain rectangle (a cell's box or shading): its four sides, without walking the path.
                horizontal += [(y0, x0, x1), (y1, x0, x1)]
                vertical += [(x0, y0, y1), (x1, y0, y1)]
            else:
                _path_lines(obj, horizontal, vertical)
    if len(horizontal) + len(vertical) < MIN_RULES_ON_PAGE:
        return None
    return _merge(horizontal), _merge(vertical)


def _path_lines(obj: ctypes.c_void_p, horizontal: list[Segment], vertical: list[Segment]) -> None:
    """The straight axis-aligned strokes of a larger path (a cell box or a whole grid in one path)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    start: tuple[float, float] | None = None
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e,
                 matrix.b * x.value + matrix.d * y.value + matrix.f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and points:
            _add_line(points[-1], point, horizontal, vertical)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            _add_line(point, start, horizontal, vertical)
        points.append(point)


def _add_line(a: tuple[float, float], b: tuple[float, float],
              horizontal: list[Segment], vertical: list[Segment]) -> None:
    if abs(a[1] - b[1]) < THIN and abs(a[0] - b[0]) >= MIN_RULE:
        horizontal.append(((a[1] + b[1]) / 2, min(a[0], b[0]), max(a[0], b[0])))
    elif abs(a[0] - b[0]) < THIN and abs(a[1] - b[1]) >= MIN_RULE:
        vertical.append(((a[0] + b[0]) / 2, min(a[1], b[1]), max(a[1], b[1])))


def _merge(segments: list[Segment]) -> list[Segment]:
    """Collinear rules that touch or overlap joined into one (Word draws a border cell by cell)."""
    merged: list[list[float]] = []
    for pos, low, high in sorted(segments, key=lambda s: (round(s[0] / SNAP), s[1])):
        last = merged[-1] if merged else None
        if last is not None and abs(last[0] - pos) <= SNAP and low <= last[2] + SNAP:
            last[2] = max(last[2], high)
        else:
            merged.append([pos, low, high])
    return [(m[0], m[1], m[2]) for m in merged]


def _crosses(h: Segment, v: Segment) -> bool:
    return h[1] - SNAP <= v[0] <= h[2] + SNAP and v[1] - SNAP <= h[0] <= v[2] + SNAP


def _connected_grids(horizontal: list[Segment], vertical: list[Segment]) -> list[tuple[list[Segment], list[Segment]]]:
    """Rules grouped by touching: each group is one candidate table."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for hi, h in enumerate(horizontal):
        for vi, v in enumerate(vertical):
            if _crosses(h, v):
                parent[root(hi)] = root(len(horizontal) + vi)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for hi, h in enumerate(horizontal):
        groups.setdefault(root(hi), ([], []))[0].append(h)
    for vi, v in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + vi), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[0]) >= 3 and len(g[1]) >= 3]


def _positions(values: list[float]) -> list[float]:
    """Distinct positions, rules closer than SNAP counted once."""
    result: list[float] = []
    for value in sorted(values):
        if not result or value - result[-1] > SNAP:
            result.append(value)
    return result


def _read_grid(textpage: pypdfium2.PdfTextPage, horizontal: list[Segment],
               vertical: list[Segment]) -> RuledTable | None:
    """The cells of one group of rules, row by row from the top; None unless it is a real table."""
    ys = _positions([h[0] for h in horizontal])[::-1]
    xs = _positions([v[0] for v in vertical])
    if len(ys) < 3 or len(xs) < 3:
        return None
    reader = _RegionReader(textpage)
    whole = reader.text(xs[0], ys[-1], xs[-1], ys[0])
    if len(_FIGURE.findall(whole)) < MIN_FIGURES and not _PARTY_HEADER.search(whole):
        return None
    by_x = {x: [v for v in vertical if abs(v[0] - x) <= SNAP] for x in xs}
    rows: list[list[str]] = []
    for top, bottom in zip(ys, ys[1:]):
        # Column borders that run the full height of this row; a merged cell lacks the inner one.
        borders = [x for x in xs if any(v[1] <= bottom + SNAP and v[2] >= top - SNAP for v in by_x[x])]
        if len(borders) < 2:
            continue
        row = [""] * (len(xs) - 1)
        for left, right in zip(borders, borders[1:]):
            text = reader.text(left + INSET_X, bottom + INSET_Y, right - INSET_X, top - INSET_Y)
            if sum(1 for line in text.splitlines() if _FIGURE.search(line)) >= 2 \
                    or sum(1 for token in text.split() if _BARE_NUMBER.fullmatch(token)) >= 2:
                # Several figures in one box: rows or columns the rules do not separate. Joining
                # them would merge cells the text readers can split, so the page keeps its plain text.
                return None
            row[_column_of(xs, left)] = _cell_text(text)
        if any(row):
            rows.append(row)
    filled_columns = {i for row in rows for i, cell in enumerate(row) if cell}
    if sum(1 for row in rows if sum(1 for c in row if c) >= 2) < 2 or len(filled_columns) < 2:
        return None  # a framed paragraph or a single list, not a table
    # Columns never filled are artefacts of double rules or borders off the grid.
    keep = sorted(filled_columns)
    rows = [[row[i] for i in keep] for row in rows]
    return RuledTable((xs[0], ys[-1], xs[-1], ys[0]), rows)


class _RegionReader:
    """pdfium's text inside a rectangle, one C call per region into a buffer sized for the whole page."""

    def __init__(self, textpage: pypdfium2.PdfTextPage) -> None:
        self._raw = textpage.raw
        self._size = pdfium_c.FPDFText_CountChars(self._raw) + 1
        self._buffer = (ctypes.c_ushort * self._size)()

    def text(self, left: float, bottom: float, right: float, top: float) -> str:
        count = pdfium_c.FPDFText_GetBoundedText(self._raw, left, top, right, bottom, self._buffer, self._size)
        if count <= 0:
            return ""
        data = ctypes.string_at(self._buffer, count * 2)
        return data.decode("utf-16-le", errors="replace").rstrip("\x00")


def _column_of(xs: list[float], left: float) -> int:
    return min(range(len(xs) - 1), key=lambda i: abs(xs[i] - left))


def _cell_text(text: str) -> str:
    """A cell's lines joined by spaces (a line-end hyphen kept with its word), no tabs inside."""
    text = _CELL_BREAK.sub(lambda m: "-" if m.group().startswith("\ufffe") else " ", text.strip())
    return _SPACES.sub(" ", text).strip()


def _without_overlaps(tables: list[RuledTable]) -> list[RuledTable]:
    """Tables side by side share rows of the page: only the largest is kept, the rest read as text."""
    kept: list[RuledTable] = []
    for table in sorted(tables, key=lambda t: -(t.bbox[3] - t.bbox[1]) * (t.bbox[2] - t.bbox[0])):
        if all(table.bbox[3] <= other.bbox[1] or table.bbox[1] >= other.bbox[3] for other in kept):
            kept.append(table)
    return sorted(kept, key=lambda t: -t.bbox[3])


def _assemble(page: pypdfium2.PdfPage, textpage: pypdfium2.PdfTextPage, tables: list[RuledTable]) -> str:
    """The page top to bottom: text above, beside and below each table, and each table as rows."""
    width, height = page.get_size()
    parts: list[str] = []
    above = height + 1
    for table in tables:
        left, bottom, right, top = table.bbox
        parts.append(textpage.get_text_bounded(-1, top, width + 1, above))
        parts.append(textpage.get_text_bounded(-1, bottom, left, top))
        parts.append(render_table(table.rows))
        parts.append(textpage.get_text_bounded(right, bottom, width + 1, top))
        above = bottom
    parts.append(textpage.get_text_bounded(-1, -1, width + 1, above))
    return "\n".join(p.strip("\r\n") for p in parts if p.strip())


def _ink(text: str) -> int:
    return len("".join(text.split())) - text.count("\ufffe")


def _digits(text: str) -> int:
    return sum(text.count(digit) for digit in "0123456789")
