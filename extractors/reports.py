"""Split a document into its reports at repeated header blocks and read each report's header."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.doctext import Collector, DocText
from extractors.formation_dates import existed_at, same_place_predecessor
from extractors.header import (
    DocumentHeader,
    ANCHOR_FIELDS,
    BLOCK_FIELDS,
    HeaderFields,
    Line,
    body_and_date,
    find_uk_date,
    lone_date,
    meeting_body_name,
    person_name,
    person_or_post_line,
    read_header_fields,
    read_label,
    read_meeting,
    split_lines,
    stated,
)
from extractors.issuer import issuing_body
from schemas import Report

__all__ = ["DocumentHeader", "find_header_blocks", "read_document_header", "split_reports"]

BLOCK_GAP_LINES = 14
"""Label lines further apart than this (non-blank lines) belong to different blocks."""
BLOCK_MIN_FIELDS = 3
"""A header block names at least this many different kinds of field ..."""
BLOCK_MIN_ANCHORS = 2
"""... of which at least this many are addressee, date, author, title or agenda item."""
ONCE_PER_HEADER = frozenset({"title", "agenda_item"})
"""Fields a header states once, whatever label it uses; a second one is the next report's."""
MIN_FRONT_MATTER_CHARS = 300
"""Text before the first report shorter than this (a logo line, "Appendix 1") joins that report."""
TITLE_MAX_LINES = 4
TITLE_MAX_CHARS = 140
OPENING_LINES = 30
"""How many non-blank lines at the top of a report are searched for an unlabelled header."""


@dataclass(frozen=True)
class HeaderBlock:
    """A run of header label lines: lines[first:last] of the document."""

    first: int
    last: int
    fields: frozenset[str]


def find_header_blocks(lines: list[Line]) -> list[HeaderBlock]:
    """Every run of label lines that together look like a report's header block."""
    blocks: list[HeaderBlock] = []
    run: list[tuple[int, str, str]] = []
    since_label = 0
    for index, line in enumerate(lines):
        if line.blank or line.page_break:
            continue
        label = read_label(line.clean)
        if label is not None and label.field in BLOCK_FIELDS:
            # One header writes each label once: a second "To:" starts the next report's block.
            if label.label in {seen for _, _, seen in run} or (
                label.field in ONCE_PER_HEADER and label.field in {kind for _, kind, _ in run}
            ):
                _close_run(run, blocks)
                run = []
            run.append((index, label.field, label.label))
            since_label = 0
            continue
        since_label += 1
        if run and since_label > BLOCK_GAP_LINES:
            _close_run(run, blocks)
            run = []
    if run:
        _close_run(run, blocks)
    return blocks


def _close_run(run: list[tuple[int, str, str]], blocks: list[HeaderBlock]) -> None:
    kinds = frozenset(kind for _, kind, _ in run)
    if len(kinds) >= BLOCK_MIN_FIELDS and len(kinds & ANCHOR_FIELDS) >= BLOCK_MIN_ANCHORS:
        blocks.append(HeaderBlock(run[0][0], run[-1][0] + 1, kinds))


def _is_title_line(text: str) -> bool:
    return (
        0 < len(text) <= TITLE_MAX_CHARS
        and "  " not in text
        and not text.endswith((".", ":", ";", ","))
        and read_label(text) is None
        and re.search(r"[A-Za-z]{3}", text) is not None
        and "£" not in text
    )


def _title_lines_before(lines: list[Line], first: int) -> list[int]:
    """The short paragraph just above a block with no title label: the report's title, as in
    "Early Intervention and Preventative PSEUDO Framework" above "To: Adults Committee"."""
    j = first - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    paragraph: list[int] = []
    while j >= 0 and not lines[j].blank and not lines[j].page_break:
        paragraph.append(j)
        j -= 1
        if len(paragraph) > TITLE_MAX_LINES:
            return []
    # A title paragraph stands alone: a page top or a blank line above it.
    if not paragraph or not all(_is_title_line(lines[k].clean) for k in paragraph):
        return []
    return sorted(paragraph)


def _block_start(lines: list[Line], block: HeaderBlock) -> tuple[int, list[int]]:
    """The line a report starts on, and its unlabelled title lines (if the title sits above the block)."""
    # A block at the top of a page starts the report at that page's top (a heading above it belongs to it).
    j = block.first - 1
    heading: list[int] = []
    while j >= 0 and not lines[j].page_break and len(heading) <= 3:
        if not lines[j].blank:
            heading.append(j)
        j -= 1
    if (j < 0 or lines[j].page_break) and len(heading) <= 3:
        return j + 1, []
    if "title" in block.fields or "agenda_item" in block.fields:
        return block.first, []
    title = _title_lines_before(lines, block.first)
    return (title[0] if title else block.first), title


def _title_inside(lines: list[Line], block: HeaderBlock) -> str | None:
    """Unlabelled title lines between "Agenda Item No: 6" and the first field label."""
    if read_label(lines[block.first].clean) is None or "agenda_item" not in block.fields:
        return None
    parts: list[str] = []
    for k in range(block.first + 1, block.last):
        text = lines[k].clean
        if not text:
            if parts:
                break
            continue
        if read_label(text) is not None or not _is_title_line(text):
            break
        parts.append(text)
    return " ".join(parts) or None


def _joined(lines: list[Line], indexes: list[int]) -> str | None:
    return " ".join(lines[k].clean for k in indexes) or None


_COMMITTEE_DATE_LINE = re.compile(r"^(?:to:?\s+)?(?P<body>[A-Za-z&',\- ]{4,80}?)\s*[–—-]\s*(?P<date>.+)$", re.IGNORECASE)
_REPORT_BY = re.compile(r"^report\s+(?:by|of|from)\s+(?:the\s+)?(?P<who>.+)$", re.IGNORECASE)
_WEEKDAY_LINE = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_CONTACT_ANYWHERE = re.compile(
    r"^(?:contact\s+officers?|officer\s+contacts?|report\s+author|contact\s+details)\s*:?\s*(?P<value>.*)$", re.IGNORECASE
)


HEAD_LINES = 8
"""Unlabelled meeting names and dates count only in this many non-blank lines at a report's top."""
_TIME_TAIL = re.compile(
    r"^\s*(?:,?\s*(?:at|from|commencing\s+at)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\.?)?\s*$", re.IGNORECASE
)
_PAPER_KIND_TAIL = re.compile(r"\s+(?:minutes|meeting|agenda)\s*$", re.IGNORECASE)


def heading_like(text: str) -> bool:
    """A short line that reads as a heading (a body's name), not a sentence or a label."""
    return 0 < len(text) <= 90 and not text.endswith((".", ":", ";")) and read_label(text) is None and bool(
        re.match(r"[A-Z]", text)
    )


def weekday_date_line(text: str, loose: bool = False) -> date | None:
    """The date of a line that is only a weekday date and perhaps a time ("Tuesday 13th March 2018");
    `loose` lets other text follow the date."""
    found = find_uk_date(text) if _WEEKDAY_LINE.match(text) else None
    if found is None or found[1] != 0 or not (loose or _TIME_TAIL.match(text[found[2]:])):
        return None
    return found[0]


def body_date_line(text: str) -> tuple[str | None, date] | None:
    """(body, date) of a heading line naming a meeting and ending with its date: "Cabinet 30 January
    2025", "Planning Committee Minutes | Tuesday 4 June 2024"; None for any other line."""
    found = find_uk_date(text)
    if found is None or found[1] == 0 or not _TIME_TAIL.match(text[found[2]:]):
        return None
    head = text[: found[1]].strip(" ,–-—:;|(")
    if not heading_like(head) or re.search(r"\b(?:on|by|from|to|until|since|before|after)$", head, re.IGNORECASE):
        return None
    body = meeting_body_name(_PAPER_KIND_TAIL.sub("", head))
    if body is None and not _PAPER_KIND_TAIL.search(head):
        return None  # "Summer Events 1 July 2017" names no meeting
    return body, found[0]


def _read_opening(lines: list[Line], first: int, last: int, fields: HeaderFields) -> None:
    """Header facts written without labels at a report's top: "CABINET – 18 JULY 2017" then the
    title then "Report by the Director for Adult Services"; an agenda's "ADULTS COMMITTEE" above
    "Thursday, 08 October 2020"."""
    opening = [k for k in range(first, last) if not lines[k].blank and not lines[k].page_break][:OPENING_LINES]
    committee_line: int | None = None
    for position, k in enumerate(opening):
        text = lines[k].clean
        if person_or_post_line(text):
            continue  # "Leader - Northby Council 5 February 2025": a letter's addressee and its date, no meeting
        match = _COMMITTEE_DATE_LINE.match(text)
        if match and fields.committee is None and find_uk_date(match["date"]) is not None:
            body, when = body_and_date(text.removeprefix("To").removeprefix("to").strip(" :"))
            if body is not None:
                fields.committee, committee_line = body, position
                fields.meeting_date = fields.meeting_date or when
                continue
        by = _REPORT_BY.match(text)
        if by and fields.author is None:
            fields.author = stated(by["who"])
            if committee_line is not None and fields.title is None and position - committee_line > 1:
                fields.title = " ".join(lines[opening[p]].clean for p in range(committee_line + 1, position)) or None
            continue
        # "Royal Borough Town Council Meeting 21 February 2017", "Audit Committee Minutes | 4 May 2024".
        if position < HEAD_LINES and fields.meeting_date is None:
            named = body_date_line(text)
            if named is not None:
                fields.committee = fields.committee or named[0]
                fields.meeting_date = named[1]
                continue
        # An agenda front sheet or minutes: the body's name on a line, the meeting's weekday date
        # alone on the line below ("Amenities Committee" / "Tuesday 13th March 2018" / venue).
        if position + 1 < min(len(opening), HEAD_LINES) and fields.meeting_date is None:
            below = lines[opening[position + 1]].clean
            # Below a named body ("CABINET") the date line may run on into a second column ("Ask for: ...").
            named_body = meeting_body_name(text) is not None
            when = weekday_date_line(below, loose=named_body)
            if when is None and named_body:
                when = lone_date(below)  # "Northby Partnership Board" / "15 July 2025": a meeting's own heading
            if when is not None and heading_like(text):
                fields.committee = fields.committee or meeting_body_name(text)
                fields.meeting_date = when
    if fields.officer_contact is None:
        for k in range(first, last):
            match = _CONTACT_ANYWHERE.match(lines[k].clean)
            if match and match["value"]:
                fields.officer_contact = person_name(match["value"])
                if fields.officer_contact:
                    break


def _report(
    doc: DocText, collect: Collector, index: int, start: int, end: int, fields: HeaderFields
) -> Report | None:
    last_char = end - 1
    while last_char > start and doc.text[last_char].isspace():
        last_char -= 1
    return collect.build(
        Report,
        document_id=doc.document_id,
        index=index,
        start=start,
        end=end,
        first_page=doc.page_of(start),
        last_page=doc.page_of(max(start, last_char)),
        title=fields.title,
        committee=fields.committee,
        meeting_date=fields.meeting_date,
        author=fields.author,
        key_decision=fields.key_decision,
        forward_plan_ref=fields.forward_plan_ref,
        officer_contact=fields.officer_contact,
    )


def split_reports(doc: DocText, collect: Collector) -> list[Report]:
    """One Report per report in the document: a pack splits at each header block, a single paper stays whole."""
    lines = split_lines(doc.text)
    if not lines:
        return []
    blocks = find_header_blocks(lines)
    # (start line, block or None for the front matter, title lines above the block)
    parts: list[tuple[int, HeaderBlock | None, list[int]]] = []
    for block in blocks:
        start, title_lines = _block_start(lines, block)
        if parts and start <= parts[-1][0]:
            continue
        parts.append((start, block, title_lines))
    if not parts:
        parts = [(0, None, [])]
    elif parts[0][0] > 0:
        front_chars = sum(len(lines[k].clean) for k in range(parts[0][0]))
        if front_chars >= MIN_FRONT_MATTER_CHARS:
            parts.insert(0, (0, None, []))
        else:
            parts[0] = (0, parts[0][1], parts[0][2])

    reports: list[Report] = []
    for position, (start_line, block, title_lines) in enumerate(parts):
        end_line = parts[position + 1][0] if position + 1 < len(parts) else len(lines)
        start = lines[start_line].start
        end = lines[end_line].start if end_line < len(lines) else len(doc.text)
        if block is not None:
            fields = read_header_fields(lines, block.first, block.last)
            fields.title = fields.title or _title_inside(lines, block) or _joined(lines, title_lines)
            _read_opening(lines, start_line, end_line, fields)
        else:
            fields = HeaderFields()
            _read_opening(lines, start_line, end_line, fields)
        report = _report(doc, collect, len(reports), start, end, fields)
        if report is not None:
            reports.append(report)
    return reports


def read_document_header(doc: DocText, reports: list[Report]) -> DocumentHeader:
    """The issuing body, meeting body and meeting date of a document, from its reports' headers and text."""
    meeting_body, meeting_date = read_meeting(doc.text, list(reports))
    issuer = issuing_body(doc.text)
    if issuer is not None and meeting_date is not None and not existed_at(issuer, meeting_date):
        # A body the paper names from before its abolition (or after its paper's date) issued nothing; a council
        # found by its place alone may be the one that stood there then ("North Yorkshire" in 2021: the county).
        issuer = same_place_predecessor(issuer, meeting_date)
    return DocumentHeader(issuing_body=issuer, meeting_body=meeting_body, meeting_date=meeting_date)
