"""Agreements read from tables: provider/contract value schedules and grant-application decision schedules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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


_PROVIDER_HEADER = re.compile(r"^(?:provider|supplier|contractor|organisation)s?(?:\s+name)?$")
_SERVICE_HEADER = re.compile(r"\b(?:contract|grant|service|title|description|subject|scheme|project|works)s?\b")
_NOT_SERVICE_HEADER = re.compile(r"\b(?:value|amount|cost|date|ref(?:erence)?|number|no|information|type|status)\b")
_VALUE_HEADER = re.compile(r"\b(?:value|amount|cost|price|spend)\b|£")
_END_HEADER = re.compile(r"\b(?:end|expiry|expires?)\b")
_NIL_VALUE = re.compile(r"^(?:£\s?)?(?:[-–—]|nil|0(?:\.00)?)$", re.I)


@dataclass
class _ProviderColumns:
    """Where a provider table's header puts the provider, the service, the value and the end date."""

    provider: int
    service: int
    value: int | None
    end: int | None


def provider_columns(cells: list[str]) -> _ProviderColumns | None:
    """Where a header row naming a provider/supplier column and a contract, service or value column puts provider,
    service, value and end date (None: no provider table)."""
    lowered = [c.strip().lower() for c in cells]
    providers = [i for i, c in enumerate(lowered) if _PROVIDER_HEADER.match(c)]
    if not providers or not any(re.search(r"contract|grant|service|value|amount|title|description|project", c)
                                for c in lowered):
        return None
    provider = providers[0]
    # The column saying what is bought: "Title/Description", "Service", "Contract", not "Contract value".
    services = [i for i, c in enumerate(lowered) if i != provider and _SERVICE_HEADER.search(c)
                and not _NOT_SERVICE_HEADER.search(c)]
    values = [i for i, c in enumerate(lowered) if i != provider and _VALUE_HEADER.search(c)]
    ends = [i for i, c in enumerate(lowered) if _END_HEADER.search(c) and re.search(r"\bdate\b", c)]
    return _ProviderColumns(provider, services[0] if services else provider + 1,
                            values[0] if values else None, ends[0] if ends else None)


def table_rows(reader: DocumentReader) -> list[Mention]:
    """Rows of a provider | service | value table: one contract (or grant) per row."""
    found = []
    lines = list(re.finditer(r"[^\n]*\n?", reader.text))
    columns: _ProviderColumns | None = None
    for line in lines:
        raw = line.group().rstrip("\n")
        if "\t" not in raw:
            if raw.strip():
                columns = None
            continue
        cells = raw.split("\t")
        header = provider_columns(cells)
        if header is not None:
            columns = header
            continue
        if columns is None or max(columns.provider, columns.service) >= len(cells):
            continue
        provider = cells[columns.provider].strip()
        service = cells[columns.service].strip()
        if not re.search(r"[A-Za-z]", provider) or not service or re.search(r"\btotal\b", raw, re.I):
            continue
        # A register lists a contract whose value is nil this year ("£-") as much as a priced one.
        nil_value = columns.value is not None and columns.value < len(cells) \
            and bool(_NIL_VALUE.match(cells[columns.value].strip()))
        if not nil_value and not re.search(r"£\s?\d|\d[\d,]*\.\d\d", raw):
            continue
        cell_start = line.start() + sum(len(c) + 1 for c in cells[:columns.provider])
        row_end = line.start() + len(raw)
        kind = K.GRANT if re.search(r"\bgrant\b", service, re.I) else K.CONTRACT
        mention = Mention(kind, cell_start, row_end, (line.start(), row_end), service, closed=True,
                          rule="agreements.table_row")
        orgs = orgs_within(reader.orgs, cell_start, cell_start + len(cells[columns.provider]))
        mention.counterparties = orgs[:1]
        if not orgs:
            mention.party_name = provider
        if columns.end is not None and columns.end < len(cells):
            mention.end_hint = _day_date_in(reader, line.start() + sum(len(c) + 1 for c in cells[:columns.end]),
                                            len(cells[columns.end]))
        found.append(mention)
    return found


def _day_date_in(reader: DocumentReader, start: int, length: int) -> date | None:
    """The one day-precise date written in a cell; a month ('Mar-18') or 'Ongoing' gives none."""
    days = {d.value for (d_start, _), d in reader.dates
            if start <= d_start < start + length and d.precision == DatePrecision.DAY}
    return days.pop() if len(days) == 1 else None


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
