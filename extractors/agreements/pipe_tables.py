"""Contract tables on web pages, whose cells the page text ends with '|' ('Contract title | Description | Provider |
Value |' then one cell after another): each complete row with a provider and a sum is a contract with that provider.
A decision just before the table ('award contracts to the providers listed in table 1 ... from 1 April 2025 to
31 March 2027') gives the rows its action and term."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention
from extractors.agreements.sentences import sentence_at
from extractors.agreements.tables import provider_columns

PIPE_TABLE_RULE = "agreements.pipe_table_row"

# Cells only ever start at the text's start or just after a pipe; saying so keeps a pipe-less text linear, not
# quadratic (every later start position would otherwise scan to the end).
_CELL = re.compile(r"(?:\A|(?<=\|))([^|]*?)\s*\|")
_MONEY = re.compile(r"£\s?\d")
# A provider cell's name stops where its registration details start ('Acme Care Limited Registered Charity no. 123').
_NAME_END = re.compile(r"\s+(?:Registered\s+Charity|Charity\s+(?:No|Number|Reg)|Company\s+(?:No|Number|Reg)|"
                       r"Reg(?:istered|istration)?\.?\s+(?:No|Number)|\(|trading\s+as\b|t/a\b)|[,;:]", re.I)
_NAME = re.compile(r"[A-Z0-9][\w'’&.-]*(?:\s+(?:[A-Z0-9&][\w'’&.-]*|and|of|for|the|in))*")
# The decision over the table: 'award contracts ... to the providers listed in table 1', 'grants be awarded to
# voluntary sector organisations as detailed below' (the rows are then grants).
_AWARD_LEAD = re.compile(r"\baward\w*\b[^.]{0,200}?\b(?P<noun>contracts?|grants?)\b|"
                         r"\b(?P<noun2>contracts?|grants?)\b[^.]{0,80}\bawarded\b", re.I)
_LEAD_REACH = 1500


def pipe_table_rows(reader: DocumentReader) -> list[Mention]:
    """One contract per row of a '|'-celled table whose header names a provider column and a value column."""
    found: list[Mention] = []
    cells = [_cell(m) for m in _CELL.finditer(reader.text)]
    index = 0
    while index < len(cells):
        width = _header_width(cells, index)
        if width is None:
            index += 1
            continue
        columns = provider_columns([c[2] for c in cells[index:index + width]])
        if columns is None or columns.value is None:
            index += 1
            continue
        table_start = cells[index][0]
        lead, kind = _award_lead(reader, table_start)
        row = index + width
        while row + width <= len(cells) and _contiguous(reader, cells[row - 1], cells[row:row + width]):
            found += _row_mention(reader, cells[row:row + width], columns, lead, kind)
            row += width
        index = row
    return found


def _cell(match: re.Match[str]) -> tuple[int, int, str]:
    """A cell's span and words; the first cell after prose starts at its own line, not at the prose."""
    raw = match.group(1)
    lines = raw.rstrip().split("\n")
    start = match.start(1) + (len(raw.rstrip()) - len(lines[-1]) if len(lines) > 1 and lines[-1].strip() else 0)
    if len(lines) > 1 and not lines[-1].strip():
        start = match.start(1)
    return start, match.end(1), " ".join(match.group(1)[start - match.start(1):].split())


def _header_width(cells: list[tuple[int, int, str]], index: int) -> int | None:
    """How many short cells from `index` on make a header row with a provider column (3 to 8 cells)."""
    width = 0
    while index + width < len(cells) and width < 8:
        text = cells[index + width][2]
        if not text or len(text) > 60 or _MONEY.search(text):
            break
        width += 1
    if width < 3:
        return None
    for size in range(width, 2, -1):
        # The header ends where the first row begins: the size that puts a sum in the first row's value column.
        columns = provider_columns([c[2] for c in cells[index:index + size]])
        first_value = index + size + columns.value if columns is not None and columns.value is not None else None
        if first_value is not None and first_value < len(cells) and _MONEY.search(cells[first_value][2]):
            return size
    return None


def _contiguous(reader: DocumentReader, previous: tuple[int, int, str], row: list[tuple[int, int, str]]) -> bool:
    """Cells follow one another with nothing but line breaks between them (no prose paragraph inside)."""
    pos = previous[1]
    for start, end, _ in row:
        gap = reader.text[pos:start]
        if gap.strip(" \t\n|") or gap.count("\n") > 3:
            return False
        pos = end
    return True


def _row_mention(reader: DocumentReader, row: list[tuple[int, int, str]], columns: object,
                 lead: tuple[int, int] | None, kind: K) -> list[Mention]:
    """The row's contract (or grant), if it names a provider cleanly and a sum."""
    provider_cell = row[columns.provider]  # type: ignore[attr-defined]
    value_cell = row[columns.value]  # type: ignore[attr-defined]
    service_cell = row[columns.service] if columns.service < len(row) else None  # type: ignore[attr-defined]
    if not _MONEY.search(value_cell[2]) or re.search(r"\btotal\b", provider_cell[2], re.I):
        return []
    name = _provider_name(provider_cell[2])
    if name is None:
        return []
    row_span = (row[0][0], row[-1][1])
    subject = service_cell[2] if service_cell and len(service_cell[2]) <= 120 else None
    mention = Mention(kind, provider_cell[0], provider_cell[1], row_span, subject, closed=True, rule=PIPE_TABLE_RULE,
                      grant_outwards=kind == K.GRANT)
    orgs = [o for o in reader.orgs if provider_cell[0] <= o.start and o.end <= provider_cell[0] + len(name) + 2]
    mention.counterparties = orgs[:1]
    if not orgs:
        mention.party_name = name
    if lead is not None:
        mention.action = A.AWARD
        mention.term_sentence = lead
    return [mention]


def _provider_name(cell: str) -> str | None:
    """The provider's name at the start of its cell, without registration numbers; None when unclear."""
    cut = _NAME_END.search(cell)
    head = cell[:cut.start()] if cut else cell
    match = _NAME.fullmatch(head.strip())
    if match is None or len(match.group().split()) > 8 or not re.search(r"[A-Za-z]{2}", match.group()):
        return None
    return match.group()


def _award_lead(reader: DocumentReader, table_start: int) -> tuple[tuple[int, int] | None, K]:
    """The decision to award contracts (or grants) just before the table, as a sentence span if there is one, and
    the kind of agreement the rows are."""
    lead: tuple[int, int] | None = None
    kind = K.CONTRACT
    for match in _AWARD_LEAD.finditer(reader.text, max(0, table_start - _LEAD_REACH), table_start):
        sentence = sentence_at(reader.sentences, match.start())
        if decides(reader, sentence) and re.search(
                r"\b(?:listed|set\s+out|named|shown|detailed)\s+(?:in|below)|\btable\b",
                reader.text[sentence[0]:sentence[1]], re.I):
            lead = sentence
            kind = K.GRANT if (match["noun"] or match["noun2"]).lower().startswith("grant") else K.CONTRACT
    return lead, kind
