"""Agreements read from tables: provider/contract value schedules and grant-application decision schedules."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, orgs_within
from extractors.agreements.subjects import is_title_word
from schemas import DatePrecision

_SPACED_HEADER = re.compile(
    r"^[ \t]*(?:Provider|Supplier|Contractor|Organisation|Recipient)s?(?:\s+name)?\b[^\n\t]*"
    r"\b(?:[Cc]ontract|[Vv]alue|[Gg]rant)\b[^\n\t]*$", re.M)
_MONEY_IN_ROW = re.compile(r"£\s?\d|\d,\d{3}\.\d\d\b")
_GRANT_SCHEDULE = re.compile(r"^[^\n]{0,40}\bgrants?\b[^\n]{0,30}\bapplications?\b[^\n.]{0,30}$|"
                             r"^[^\n]{0,40}\bapplications?\s+for\s+(?:\w+\s+){0,2}grants?\b[^\n.]{0,30}$", re.M | re.I)
_GRANT_DECISION = re.compile(
    r"(?:^|\t)[ \t]*(?:£\s?[\d,]+(?:\.\d\d)?\s+)?(?P<verdict>approved|agreed|awarded|granted|rejected|refused|declined|"
    r"deferred|not\s+approved|recommend(?:ed)?\s+approval)\b", re.M | re.I)
_NEXT_ITEM = re.compile(r"^\d{1,3}\.?[ \t]+[A-Z][^\n]{2,60}$|^[^\n]*\bresolves?\b[^\n]*\bexpenditure\b", re.M)


def table_rows(reader: DocumentReader) -> list[Mention]:
    """Rows of a provider | service | value table: one contract (or grant) per row."""
    found = []
    lines = list(re.finditer(r"[^\n]*\n?", reader.text))
    provider_col: int | None = None
    service_col = 1
    for line in lines:
        raw = line.group().rstrip("\n")
        if "\t" not in raw:
            if raw.strip():
                provider_col = None
            continue
        cells = raw.split("\t")
        lowered = [c.strip().lower() for c in cells]
        header = [i for i, c in enumerate(lowered) if re.match(r"^(provider|supplier|contractor|organisation)s?(?:\s+name)?$", c)]
        if header and any(re.search(r"contract|grant|service|value", c) for c in lowered):
            provider_col = header[0]
            service_col = next((i for i, c in enumerate(lowered) if re.search(r"contract|grant|service", c)
                                and i != provider_col), provider_col + 1)
            continue
        if provider_col is None or provider_col >= len(cells) or service_col >= len(cells):
            continue
        provider = cells[provider_col].strip()
        service = cells[service_col].strip()
        if not re.search(r"[A-Za-z]", provider) or not service or re.search(r"\btotal\b", raw, re.I) \
                or not re.search(r"£\s?\d|\d[\d,]*\.\d\d", raw):
            continue
        cell_start = line.start() + sum(len(c) + 1 for c in cells[:provider_col])
        row_end = line.start() + len(raw)
        kind = K.GRANT if re.search(r"\bgrant\b", service, re.I) else K.CONTRACT
        mention = Mention(kind, cell_start, row_end, (line.start(), row_end), service, closed=True,
                          rule="agreements.table_row")
        orgs = orgs_within(reader.orgs, cell_start, cell_start + len(cells[provider_col]))
        mention.counterparties = orgs[:1]
        if not orgs:
            mention.party_name = provider
        found.append(mention)
    return found


def spaced_table_rows(reader: DocumentReader) -> list[Mention]:
    """A provider table whose PDF text lost its column breaks: 'Provider Area End Date Value' then 'Acme Town 31/03/2025 £9'."""
    found: list[Mention] = []
    for header in _SPACED_HEADER.finditer(reader.text):
        kind = K.GRANT if re.search(r"\bgrant", header.group(), re.I) else K.CONTRACT
        end_column = bool(re.search(r"\b(?:end|expiry)\s+date\b|\bexpires?\b", header.group(), re.I))
        pos = header.end() + 1
        rows: list[tuple[int, int]] = []
        for line in re.finditer(r"[^\n]*\n?", reader.text[pos:pos + 3000]):
            row = line.group().rstrip("\n")
            if not _MONEY_IN_ROW.search(row) or "\t" in row:
                break
            rows.append((pos + line.start(), pos + line.start() + len(row)))
        block = (header.start(), rows[-1][1]) if rows else None
        for row_start, row_end in rows:
            row = reader.text[row_start:row_end]
            if re.match(r"\s*(?:sub-?)?totals?\b", row, re.I):
                continue
            provider = _provider_cell(reader, row, block)  # type: ignore[arg-type]
            if not provider:
                continue  # better to miss a row than to name a provider wrongly
            mention = Mention(kind, row_start, row_end, (row_start, row_end), None, closed=True,
                              rule="agreements.table_row")
            orgs = orgs_within(reader.orgs, row_start, row_start + len(provider))
            mention.counterparties = orgs[:1]
            if not orgs:
                mention.party_name = provider
            day_dates = [d.value for (d_start, _), d in reader.dates
                         if row_start <= d_start < row_end and d.precision == DatePrecision.DAY]
            if end_column and len(set(day_dates)) == 1:
                mention.end_hint = day_dates[0]
            found.append(mention)
    return found


def _provider_cell(reader: DocumentReader, row: str, block: tuple[int, int]) -> str | None:
    """The row's leading title-case words, cut where the name the paper uses elsewhere ends."""
    words = []
    for word in row.split():
        if not is_title_word(word) or re.search(r"\d|£", word):
            break
        words.append(word)
    outside = reader.text[:block[0]] + "\n" + reader.text[block[1]:]
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if re.search(r"(?<![\w-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w-])", outside):
            return name
    return None


def grant_decisions(reader: DocumentReader) -> list[Mention]:
    """A schedule of grant applications with a decision per applicant: each approval is a grant awarded."""
    found: list[Mention] = []
    for heading in _GRANT_SCHEDULE.finditer(reader.text):
        section_end = _section_end(reader, heading.end())
        decisions = list(_GRANT_DECISION.finditer(reader.text, heading.end(), section_end))
        previous = heading.end()
        for decision in decisions:
            applicants = [o for o in reader.orgs if previous <= o.start < decision.start()
                          and re.search(r"(?:^|\n|\t)[ \t]*$", reader.text[max(0, o.start - 5):o.start])]
            previous = decision.end()
            verdict = decision.group("verdict").lower()
            if not applicants or not re.match(r"approv|agreed|award|grant|recommend", verdict):
                continue  # rejected, refused or deferred: no grant
            cell = applicants[0]
            # The fullest written form: 'Moor Hall School' in the cell, 'Moor Hall Primary School' in the text.
            fuller = [o for o in applicants if set(cell.name.split()) < set(o.name.split())]
            party = fuller[0] if fuller else cell
            referred = verdict.startswith("recommend")
            line_end = reader.text.find("\n", decision.end())
            row_end = line_end if line_end != -1 else decision.end()
            summary = re.sub(r"\s+", " ", reader.text[cell.end:decision.start()]).strip()
            summary = re.split(r"(?<=[.!?])\s", summary)[0][:120]
            mention = Mention(K.GRANT, cell.start, row_end, (cell.start, row_end), summary or None, [party],
                              closed=True, action=A.OTHER if referred else A.AWARD,
                              grant_outwards=True, rule="agreements.grant_decision")
            found.append(mention)
    return found


def _section_end(reader: DocumentReader, start: int) -> int:
    """Where the next numbered agenda item or the closing resolution of a schedule begins."""
    limit = min(len(reader.text), start + 30000)
    ends = [m.start() for m in _NEXT_ITEM.finditer(reader.text, start, limit)]
    return ends[0] if ends else limit
