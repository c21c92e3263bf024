"""Budget lines: a grant, pool or contract named in a row of figures (a budget or monitoring table) is a line of
the council's accounts, not an agreement the paper deals with."""

from __future__ import annotations

import re

from extractors.agreements.records import Mention

# A bare figure as budget tables print them, without '£': '579.1', '-2,307.1', '(1,311.9)', '26,969'.
# Years ('2025', '2025-26'), item numbers ('28') and sums written with '£' do not count.
_FIGURE = re.compile(r"(?<![\w£$.,/-])[-–(]?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\)?(?![\w.,/%-]|\s*(?:m|k|bn)\b)")
_SHAPED = re.compile(r"[.,]")  # a decimal point or thousands separator: what tells a figure from a count
# '676 38 38 75 75': whole numbers in a run, columns of a '£000' table.
_RUN = re.compile(r"(?<![\w£$.,/-])\d{1,3}(?:,\d{3})*(?:[ \t]+\d{1,3}(?:,\d{3})*){2,}(?![\w.,/%-]|\s*(?:m|k|bn)\b)")
_REACH = 160  # how far after the mention its row's figures are looked for
_FIGURES_IN_ROW = 3
_LINE_REACH = 600  # a table row kept on one line (tab-separated cells) may have a long description
# A row whose description runs long puts its figures further off; a sentence holding this many bare figures
# this near the mention is a table (prose writes sums with '£'), whichever row the mention sits in.
_TABLE_REACH = 400
_FIGURES_IN_TABLE = 6


def in_figures_row(text: str, mention: Mention) -> bool:
    """Whether the mention sits in a row of bare figures ('Rough Sleeper grant  579.1  0.0  -579.1')."""
    if mention.closed or mention.decided:
        return False  # table readers and decisions have read the row as an agreement on purpose
    s_start, s_end = mention.sentence
    window = text[mention.end:min(s_end, mention.end + _REACH)]
    line_end = text.find("\n", mention.end)
    line = text[mention.end:min(line_end if line_end >= 0 else len(text), mention.end + _LINE_REACH)]
    for part in (window, line):  # the row wrapped over lines by a PDF, or a long row on one line
        figures = [f for f in _FIGURE.findall(part) if _SHAPED.search(f)]
        if len(figures) >= _FIGURES_IN_ROW or _RUN.search(part) is not None:
            return True
    around = text[max(s_start, mention.start - _TABLE_REACH):min(s_end, mention.end + _TABLE_REACH)]
    return len([f for f in _FIGURE.findall(around) if _SHAPED.search(f)]) >= _FIGURES_IN_TABLE
