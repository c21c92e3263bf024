"""Grant application tables whose last column gives each application's outcome ("Approved.", "Rejected. ...").

Town and parish councils minute their grant rounds as a table: Organisation | Project summary | Amount
requested | Recommendation (or Decision / Outcome). A PDF's text layer gives each row cell by cell: the
applicant's name in short lines, the summary in longer ones, the amounts, then the outcome cell. Each
row is one decision, quoted as "<applicant>: <outcome cell>".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractors.recommendations.lines import Line

# The header's first column names the applicant; a header line within reach names the outcome column.
_APPLICANT_COLUMN = re.compile(r"^(?:organisation|organization|applicant|group|club)(?:\s+name)?\b", re.I)
_OUTCOME_COLUMN = re.compile(r"^(?:recommendations?|decisions?|outcomes?)$", re.I)
HEADER_LINES = 5
"""How many lines a table header wraps over (one per column in a PDF's text layer)."""

# "Approved.", "£2500 approved.", "Rejected. Does not meet ...", "Recommend approval of the project to ...".
_OUTCOME = re.compile(
    r"^(?:£\s?[\d,.]+\s+)?(?P<outcome>(?:£\s?[\d,.]+\s+(?i:approved|awarded|granted)\b"
    r"|(?:Approved|Rejected|Refused|Declined|Deferred|Not\s+approved|Awarded|Granted)\b"
    r"|Recommend(?:ed)?\s+(?:approval|refusal|rejection)\b).*)$"
)
NARROW_LINE_CHARS = 32
"""The widest line of a narrow column (the applicant's name, the outcome cell)."""
WIDE_LINE_CHARS = 38
"""A line this wide belongs to the project summary column."""
NAME_LINES = 5
"""The most lines an applicant's name wraps over."""
PAGE_HEAD_LINES = 3
"""How many lines at a page's top a running header may take."""
_MINUTE_HEADING = re.compile(r"^\d{1,3}\s+[A-Z][\w ,&'’()\-]{2,80}$")
_FUNCTION_END = re.compile(r"\b(?:and|of|the|for|to|around|from|in|with|on|by|a|an|that|as)$", re.I)


@dataclass(frozen=True)
class TableDecision:
    """One row's decision: the applicant, the outcome cell, and the span of the outcome cell."""

    start: int
    end: int
    text: str


def _title_case(text: str) -> bool:
    """A line of a name: no amount, no sentence end, each longer word capitalised ("Friends of", "(Falcon")."""
    if "£" in text or text.endswith((".", ",", ";")) or len(text) > NARROW_LINE_CHARS:
        return False
    words = re.findall(r"[A-Za-z’']+", text)
    return bool(words) and all(w[:1].isupper() for w in words if len(w) > 3)


def _name_before(rows: list[Line], stop: int, floor: int) -> int:
    """Where the applicant's name starts: the run of name lines just above `stop`, never above `floor`."""
    first = stop
    while first - 1 >= floor and stop - (first - 1) <= NAME_LINES and _title_case(rows[first - 1].text):
        first -= 1
    # "developed around Health and" / "Well Being and Inclusion": a wrapped cell, not a name.
    while first < stop and first - 1 >= floor and _FUNCTION_END.search(rows[first - 1].text) \
            and not _title_case(rows[first - 1].text):
        first += 1
    return first


def _body_rows(lines: list[Line], start: int) -> list[Line]:
    """The table's lines after its header: repeated page headers and footers dropped, to the next minute."""
    repeated = Counter(line.text for line in lines if line.text)
    rows: list[Line] = []
    since_page_top = PAGE_HEAD_LINES
    for line in lines[start:]:
        text = line.text
        if not text:
            continue
        since_page_top = 0 if line.page_first else since_page_top + 1
        if re.match(r"^page\b", text, re.I) or (since_page_top < PAGE_HEAD_LINES and repeated[text] >= 3):
            continue  # the running header or footer at a page top
        if _APPLICANT_COLUMN.match(text) or _OUTCOME_COLUMN.match(text) or text in ("Amount", "Requested"):
            continue  # the header again at the top of the next page
        if _MINUTE_HEADING.match(text):
            break
        rows.append(line)
    return rows


def _header_end(lines: list[Line]) -> int | None:
    """The line after a grant table's header, if the text has one."""
    for index, line in enumerate(lines):
        if not _APPLICANT_COLUMN.match(line.text):
            continue
        for j in range(index + 1, min(len(lines), index + HEADER_LINES)):
            if _OUTCOME_COLUMN.match(lines[j].text):
                return j + 1
    return None


def _cell(rows: list[Line], at: int) -> tuple[int, bool]:
    """The end (exclusive) of the outcome cell opening at `at`, and whether a wide line cut it."""
    end = at + 1
    while end < len(rows):
        text = rows[end].text
        if _OUTCOME.match(text):
            return end, False
        if len(text) >= WIDE_LINE_CHARS:
            return _name_before(rows, end, at + 1), True
        end += 1
    return end, False


def _resumed(rows: list[Line], after: int) -> list[Line]:
    """The rest of an outcome cell a page break cut: narrow sentence lines after the row's amounts."""
    seen_amount = False
    for j in range(after, min(len(rows), after + 30)):
        text = rows[j].text
        if _OUTCOME.match(text):
            return []
        if "£" in text:
            seen_amount = True
            continue
        if seen_amount and len(text) <= NARROW_LINE_CHARS and not _title_case(text) and not re.search(r"\d", text):
            tail = []
            for row in rows[j:]:
                if len(row.text) > NARROW_LINE_CHARS or _OUTCOME.match(row.text):
                    break
                tail.append(row)
                if row.text.endswith("."):
                    break
            return tail
    return []


def outcome_table_decisions(lines: list[Line]) -> list[TableDecision]:
    """One decision per row of a grant table with an outcome column: "<applicant>: <outcome>"."""
    start = _header_end(lines)
    if start is None:
        return []
    rows = _body_rows(lines, start)
    found: list[TableDecision] = []
    floor = 0
    for at, row in enumerate(rows):
        m = _OUTCOME.match(row.text)
        if not m or at < floor:
            continue
        row_floor = floor
        # The row's summary: the first wide line under a name (a summary a page break cut runs on above it).
        summary = next((j for j in range(floor, at) if len(rows[j].text) >= WIDE_LINE_CHARS
                        and _name_before(rows, j, floor) < j), None)
        end, cut = _cell(rows, at)
        cell = [m.group("outcome")] + [r.text for r in rows[at + 1:end]]
        last = rows[end - 1]
        if cut:
            tail = _resumed(rows, end)
            cell += [r.text for r in tail]
            last = tail[-1] if tail else last
        floor = end
        if summary is None:
            continue
        first = _name_before(rows, summary, row_floor)
        if first == summary:
            continue  # no applicant's name above the summary: not a row this rule can read
        name = " ".join(r.text for r in rows[first:summary])
        text = re.sub(r"\s+", " ", f"{name}: {' '.join(cell)}").strip().rstrip(".")
        found.append(TableDecision(row.start + row.raw.find(m.group("outcome")[:6]), last.end, text))
    return found if len(found) >= 2 else []
