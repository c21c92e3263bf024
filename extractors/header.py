"""Report header blocks ("To:", "Meeting Date:", ...): label lines, their fields, and the meeting a document is for."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from extractors.dates import first_full_date

# ---------------------------------------------------------------------------
# Lines

_MARKUP = re.compile(r"\*\*|__|</?[a-z]+>|^#+\s*|\\(?=[_()\[\]*#.-])", re.IGNORECASE)
_BULLET = re.compile(r"^[-•*]\s+")


@dataclass(frozen=True)
class Line:
    """One line of the joined text: its offsets and its text with markdown/HTML decoration removed."""

    start: int
    end: int
    clean: str

    @property
    def blank(self) -> bool:
        return not self.clean

    @property
    def page_break(self) -> bool:
        return self.clean == "\f"


def clean_line(raw: str) -> str:
    """A line without markdown emphasis, headings, escapes, bullets or HTML tags, spaces collapsed."""
    text = _MARKUP.sub("", raw.replace("\t", "  "))
    text = _BULLET.sub("", text.strip())
    return re.sub(r"[ \u00a0]+", " ", text).strip()


def split_lines(text: str) -> list[Line]:
    """Every line of `text` with its offsets; a page separator's form feed is its own line."""
    lines: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        end = offset + len(raw)
        clean = "\f" if raw.strip() == "\f" else clean_line(raw)
        lines.append(Line(offset, end, clean))
        offset = end + 1
    return lines


# ---------------------------------------------------------------------------
# UK dates: a header value needs only "the one date written here"; extractors/dates.py reads it.


def find_uk_date(text: str) -> tuple[date, int, int] | None:
    """The first whole date in `text` (day before month), with its span, or None."""
    return first_full_date(text)


def parse_uk_date(text: str) -> date | None:
    """The first whole day-first date written in `text`, or None."""
    found = first_full_date(text)
    return found[0] if found else None


# ---------------------------------------------------------------------------
# Header labels

# (field, label pattern). The label must end the match; the value follows after ":" or on later lines.
# Fields: title, committee, date, author, key_decision, forward_plan, contact, agenda_item, and
# `other` for labels that only mark a header block (classification, electoral division, ...).
_LABELS: list[tuple[str, str]] = [
    ("agenda_item", r"agenda\s+item(?:\s+(?:no\.?|number))?"),
    ("title", r"(?:report\s+title|title\s+of\s+(?:the\s+)?(?:report|paper|decision)|subject\s+matter\s*/\s*title\s+of\s+decision"
              r"|subject|title|report\s+subject|paper\s+title)"),
    ("committee", r"(?:report\s+to|to|meeting|committee|name\s+of\s+(?:committee|meeting)|decision\s+to\s+be\s+taken\s+by"
                  r"|decision\s+maker|meeting\s+of|(?:made|decided)\s+at\s+meeting)"),
    ("date", r"(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|date\s+of\s+decision|decision\s+date|committee\s+date"
             r"|board\s+date|date)"),
    ("author", r"(?:from|report\s+of|report\s+by|report\s+from|by|report\s+author|author|prepared\s+by|presented\s+by"
               r"|lead\s+(?:director|officer|member)|responsible\s+(?:director|officer)|executive\s+(?:lead|sponsor))"),
    ("key_decision", r"key\s+decision\??"),
    ("forward_plan", r"(?:forward\s+plan\s+(?:ref(?:erence)?|no\.?|number)|forward\s+plan)"),
    ("contact", r"(?:officer\s+contacts?|contact\s+officers?|report\s+contact|contact\s+details|contact)"),
    ("other", r"(?:electoral\s+divisions?(?:\s*\(s\))?|wards?\s+affected|wards?|classification|status|decision\s+(?:no\.?|number)"
              r"|past\s+pathway(?:\s+of\s+(?:the\s+)?report)?|future\s+pathway(?:\s+of\s+(?:the\s+)?report)?|previous\s+pathway"
              r"|purpose(?:\s+of\s+(?:the\s+)?report)?|outcome|exempt\s+information|is\s+the\s+decision\s+eligible\s+for\s+call-in\??"
              r"|recommendations?|summary|executive\s+summary|portfolio(?:\s+holder)?|cabinet\s+member|relevant\s+director"
              r"|date\s+of\s+next\s+meeting|decision|reasons?\s+for\s+(?:the\s+)?decision)"),
]
_LABEL_LINE = re.compile(
    r"^(?:" + "|".join(f"(?P<{name}_{i}>{pattern})" for i, (name, pattern) in enumerate(_LABELS)) + r")"
    r"\s*(?::|\s[-–]\s)\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "Key decision Yes" / "Key decision: No" also without a colon.
_KEY_DECISION_BARE = re.compile(r"^key\s+decision\s*\??\s+(?P<value>yes|no)\b.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Label:
    """A header label found at the start of a line, with the value written after it on that line."""

    field: str
    label: str
    value: str


def read_label(line: str) -> Label | None:
    """The header label a cleaned line starts with, or None for ordinary text."""
    if len(line) > 400:
        return None
    bare = _KEY_DECISION_BARE.match(line)
    if bare:
        return Label("key_decision", "key decision", bare["value"])
    match = _LABEL_LINE.match(line)
    if not match:
        return None
    for key, written in match.groupdict().items():
        if written is not None and key != "value":
            name = key.rsplit("_", 1)[0]
            label = re.sub(r"\s+", " ", written.lower())
            value = match["value"].strip()
            # "Date: 4 September 2025" is a header date; "Date: see below" is not a header label.
            if name in ("date",) and label == "date" and value and parse_uk_date(value) is None:
                return None
            return Label(name, label, value)
    return None


# Labels strong enough to make a header block when three kinds appear together.
BLOCK_FIELDS = frozenset({"agenda_item", "title", "committee", "date", "author", "key_decision", "forward_plan", "other", "contact"})
ANCHOR_FIELDS = frozenset({"agenda_item", "title", "committee", "date", "author"})
"""A header block needs at least one of these; "Classification" and "Summary" alone make none."""


# ---------------------------------------------------------------------------
# Field values

_NOT_STATED = re.compile(r"^(?:n/?a|none|nil|not\s+applicable|tbc|tba|-+|–)\.?$", re.IGNORECASE)
_BODY_WORDS = re.compile(
    r"\b(?:committee|sub-committee|cabinet|council|board|panel|forum|executive|commission|partnership|assembly"
    r"|governing\s+body|scrutiny|group|authority)\b",
    re.IGNORECASE,
)
_PERSON_ROLE = re.compile(
    r"\b(?:member\s+for|cabinet\s+member|portfolio\s+holder|director|officer|leader\s+of|chief\s+executive|head\s+of|manager)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "&"})
_MEETING_TAIL = re.compile(
    r"\s+(?:meeting(?:\s+held)?(?:\s+in\s+(?:public|private))?|held\s+in\s+(?:public|private)|\(public\)|in\s+public"
    r"|meeting\s+date|\((?:special|extraordinary)(?:\s+meeting)?\))\s*$",
    re.IGNORECASE,
)
# "Minutes of a special Meeting of the Northby Parish Council held on" and "Extraordinary Parish Council":
# the body is the council; the paper kind and the meeting's kind are no part of its name.
_MEETING_HEAD = re.compile(
    r"^(?:(?:minutes|agenda|notes)\s+of\s+(?:an?\s+|the\s+)?(?:(?:special|extraordinary|ordinary|annual)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?|extraordinary\s+(?:meeting\s+of\s+(?:the\s+)?)?|special\s+meeting\s+of\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# "REPORT TO OVERVIEW AND SCRUTINY COMMITTEE" over a date: the addressee is the body, not the words before it.
_REPORT_TO = re.compile(r"^report\s+to\s+(?:the\s+)?", re.IGNORECASE)
_HELD_TAIL = re.compile(r"\s+held(?:\s+(?:on|at|in))?\s*$", re.IGNORECASE)
_NAME = re.compile(
    r"^(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?"
    r"[A-Z][A-Za-z'’-]+(?:\s+[A-Z](?:\.|[A-Za-z'’-]+))?(?:\s+[A-Z][A-Za-z'’-]+){0,2}$"
)


def stated(value: str | None) -> str | None:
    """The value, or None when it is empty or says "N/A", "None", "Not applicable"."""
    if value is None:
        return None
    value = value.strip(" \t.:;,")
    if not value or _NOT_STATED.match(value):
        return None
    return value


_KEPT_CAPITALS = frozenset({"nhs", "ccg", "icb", "ics", "hwb", "uk"})


def tidy_case(name: str) -> str:
    """An ALL-CAPS body name in title case ("ADULTS COMMITTEE" -> "Adults Committee"); others unchanged."""
    if not name.isupper():
        return name
    words = name.lower().split()
    # Initialisms that name bodies stay in capitals ("NHS COMMISSIONING BOARD" -> "NHS Commissioning Board").
    return " ".join(w.upper() if w in _KEPT_CAPITALS else w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def body_and_date(value: str) -> tuple[str | None, date | None]:
    """Split "Cabinet, 30 January 2025" or "County Council 13th March 2025" into body and date."""
    found = find_uk_date(value)
    when = found[0] if found else None
    body = value[: found[1]] if found else value
    # "To: County Council Date: 13 March 2025": a second label on the line is no part of the body.
    body = re.sub(r"\s+(?:on|of|held|(?:meeting\s+)?date)\s*$", "", body.strip(" ,–-—:;("), flags=re.IGNORECASE)
    body = body.strip(" ,–-—:;(")
    if found is not None and _WEEKDAY_ONLY.match(body):
        # Web pages write the date first: "Meeting: Monday, 14th April, 2025 10.00 am - Cabinet".
        tail = _DASHED_TAIL.match(value[found[2]:])
        if tail and not _VENUE.search(tail["body"]):
            return meeting_body_name(tail["body"]), when
    return meeting_body_name(body), when


_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_ONLY = re.compile(rf"^(?:{_WEEKDAY_NAME})?$", re.IGNORECASE)
# After the date: an optional time, then a dash and the body ("10.00 am - Cabinet"); a comma or "at"
# after a date introduces the venue instead ("3 March 2025, Council Chamber").
_DASHED_TAIL = re.compile(
    r"^[\s,]*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|noon)|noon)?\s+[-–—]\s+(?P<body>(?:(?!\s[-–—]\s).)+?)\s*$", re.IGNORECASE
)
_VENUE = re.compile(r"\b(?:chamber|room|hall|house|offices?|centre|center|building|online|virtual|remote)\b", re.IGNORECASE)


# A ModernGov page's item number after the body ("29/09/2022 - Executive (Item 47)") is no part of its name.
_ITEM_TAIL = re.compile(r"\s*\((?:agenda\s+)?item\s+(?:no\.?\s*)?\d+[a-z]?\)\s*$", re.IGNORECASE)


def meeting_body_name(value: str) -> str | None:
    """A committee/board name as a meeting body, or None when the value names a person or no body."""
    value = _MEETING_TAIL.sub("", _HELD_TAIL.sub("", _ITEM_TAIL.sub("", value.strip(" ,.;:"))))
    value = _REPORT_TO.sub("", _MEETING_HEAD.sub("", value))
    if not value or len(value) > 80 or not _BODY_WORDS.search(value) or _PERSON_ROLE.search(value):
        return None
    if "," in value or re.search(r"\d", value):
        return None
    return tidy_case(value)


def yes_no(value: str | None) -> bool | None:
    """True for "Yes ...", False for "No ..."/"Not a key decision", None otherwise."""
    if not value:
        return None
    if re.match(r"yes\b", value, re.IGNORECASE):
        return True
    if re.match(r"(?:no|not)\b", value, re.IGNORECASE):
        return False
    return None


def person_name(value: str | None) -> str | None:
    """The person's name at the start of a contact value ("Eleanor Crichton, Strategic Commissioner")."""
    if not value:
        return None
    value = re.sub(r"^name\s*:\s*", "", value.strip(), flags=re.IGNORECASE)
    first = re.split(r"\s*[,;–|(]\s*|\s+-\s+|\s+(?:Tel|Email|E-mail|Post|Job)\b", value)[0].strip(" .")
    if _ROLE_WORDS.search(first):
        return None
    return first if _NAME.match(first) else None


# ---------------------------------------------------------------------------
# Reading a header block


@dataclass
class HeaderFields:
    """The header fields of one report; every one optional."""

    title: str | None = None
    committee: str | None = None
    meeting_date: date | None = None
    author: str | None = None
    key_decision: bool | None = None
    forward_plan_ref: str | None = None
    officer_contact: str | None = None
    seen: set[str] = field(default_factory=set)


_ROLE_WORDS = re.compile(
    r"\b(?:Director|Officer|Manager|Head|Leader|Member|Council|Report|Relevant|Service|Services|Team|Committee|Board"
    r"|Cabinet|Chair|Executive|Commissioner|Lead|Author|Details|Name)\b"
)
_CONTINUES = re.compile(r"(?:\b(?:and|of|for|the|to|&|in|on)|[,:–-])$", re.IGNORECASE)


def _value_with_continuation(lines: list[Line], index: int, label: Label, max_extra: int, greedy: bool = False) -> str:
    """A label's value: the rest of its line, or the next lines when the line ends with the label."""
    parts = [label.value] if label.value else []
    j = index + 1
    while j < len(lines) and len(parts) <= max_extra:
        nxt = lines[j]
        if nxt.page_break:
            break
        if nxt.blank:
            # Markdown conversions put the value a blank line below its label.
            if parts:
                break
            j += 1
            continue
        if read_label(nxt.clean) is not None:
            break
        if parts and not (greedy and not nxt.clean.endswith(".") or _CONTINUES.search(parts[-1]) or nxt.clean[:1].islower()):
            break
        parts.append(nxt.clean)
        j += 1
    return " ".join(parts).strip()


def read_header_fields(lines: list[Line], first: int, last: int) -> HeaderFields:
    """Read the labelled fields of lines[first:last] (a header block, or the opening of a report)."""
    fields = HeaderFields()
    date_from_to: date | None = None
    for i in range(first, min(last, len(lines))):
        label = read_label(lines[i].clean)
        if label is None:
            continue
        fields.seen.add(label.field)
        if label.field == "title" and fields.title is None:
            fields.title = stated(_value_with_continuation(lines, i, label, 4, greedy=True))
        elif label.field == "committee":
            body, when = body_and_date(_value_with_continuation(lines, i, label, 1))
            fields.committee = fields.committee or body
            date_from_to = date_from_to or when
        elif label.field == "date" and fields.meeting_date is None and "next" not in label.label:
            fields.meeting_date = parse_uk_date(_value_with_continuation(lines, i, label, 1))
        elif label.field == "author" and fields.author is None and label.label not in ("lead member",):
            fields.author = stated(_value_with_continuation(lines, i, label, 2))
        elif label.field == "key_decision" and fields.key_decision is None:
            fields.key_decision = yes_no(_value_with_continuation(lines, i, label, 0))
        elif label.field == "forward_plan" and fields.forward_plan_ref is None:
            value = stated(label.value)
            fields.forward_plan_ref = value if value and re.search(r"\d", value) else None
        elif label.field == "contact" and fields.officer_contact is None:
            fields.officer_contact = _contact_name(lines, i, label)
    # The date written with the addressee ("To: Cabinet - 30 January 2025") is the meeting the
    # paper goes to; a separate "Date of meeting" in a committee's escalation report is its own.
    if date_from_to is not None:
        fields.meeting_date = date_from_to
    return fields


def _contact_name(lines: list[Line], index: int, label: Label) -> str | None:
    """The officer's name after "Officer contact:", on the label's line or a "Name:" line below it."""
    if label.value:
        return person_name(label.value)
    for j in range(index + 1, min(index + 6, len(lines))):
        text = lines[j].clean
        if not text:
            continue
        if text.lower().startswith("name"):
            return person_name(text)
        return person_name(text) if read_label(text) is None else None
    return None


# ---------------------------------------------------------------------------
# The document's header: for which meeting, on what date (extractors/issuer.py decides who issues it)


@dataclass(frozen=True)
class DocumentHeader:
    """Who issued a document and the meeting it was written for; each None when the paper does not say."""

    issuing_body: str | None
    meeting_body: str | None
    meeting_date: date | None


# Defined here, not in issuer.py: the meeting fields below are read from the same opening stretch.
ISSUER_SCAN_CHARS = 40_000
"""Body names are counted in this much of the document's start (a pack's later appendices cite partners)."""


# "Minutes of the meeting of the Cabinet held on ...", and small councils' "MINUTES OF NORTHBY PARISH
# COUNCIL MEETING HELD AT THE VILLAGE HALL AT 7.30 pm TUESDAY 4 FEBRUARY 2014" (a time's dot is no sentence end).
# "Notes of the meeting of the Parish Council held in the Village Hall, Wednesday 4 March 2020" is the same
# heading; "MINUTES OF THE BOARD OF DIRECTORS MEETING (PART A) HELD on ..." marks the meeting's part.
_MINUTES_OF = re.compile(
    r"(?:minutes|notes)\s+of\s+(?:(?:a|the)\s+(?:[a-z]+\s+)?meeting\s+of\s+)?(?:the\s+)?(?P<body>[A-Z][\w&',\- ]{2,80}?)"
    r"\s+(?:(?:annual\s+|extraordinary\s+|ordinary\s+)?meeting\s+)?(?:\((?:part|session)\s+[\w ]{1,12}\)\s+)?"
    # "held on ...", or "MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. ON WEDNESDAY 27 JANUARY 2021"
    r"(?:held\b|(?=(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\.?\s+)?on\s+" + _WEEKDAY_NAME + r"))"
    r"(?P<rest>(?:[^.]|(?<=\d)\.(?=\d)|(?<=\b[ap]m)\.){0,200})",
    re.IGNORECASE,
)
_ASKED_TO = re.compile(
    r"(?:^|(?<=[.:\n]))\s*(?:\d+\.\s*)?(?:the\s+)?(?P<body>[A-Z][\w&'\- ]{2,60}?)\s+(?:is|are)\s+"
    r"(?:recommended|asked|invited|requested)\s+to\b",
    re.IGNORECASE,
)
_GENERIC_BODIES = frozenset({"committee", "board", "council", "panel", "members", "member", "the committee", "the board"})


def _asked_body(text: str) -> str | None:
    """The body a recommendation is put to ("Cabinet is RECOMMENDED to"), if named specifically."""
    for match in _ASKED_TO.finditer(text):
        # "Members of the Board are invited to declare ...": the body is the Board, named no more exactly.
        # "Recommendation The Governing Body is asked to note": a flattened cover sheet's field label before it.
        named = re.sub(r"^(?:members\s+of|recommendations?:?)\s+(?:the\s+)?", "", match["body"], flags=re.IGNORECASE)
        body = meeting_body_name(named)
        if body is not None and body.lower() not in _GENERIC_BODIES:
            return body
    return None


_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+(?:due|scheduled|expected|asked)\s+to|to\s+be\s+(?:considered|presented|taken|submitted|reported))\b",
    re.IGNORECASE,
)


# "... endorsed by the Cabinet Committee prior to decision by Cabinet on 30 January 2025": the
# decision-taker's coming meeting, written just before the body's name.
_PROSPECTIVE_TAIL = re.compile(
    r"\b(?:prior\s+to|ahead\s+of|before|for)\s+(?:a\s+|the\s+|its\s+|final\s+)?"
    r"(?:decision|consideration|approval|determination|endorsement)\s+(?:by|at)(?:\s+the)?\s*$",
    re.IGNORECASE,
)


def coming_meeting_date(text: str, body: str) -> date | None:
    """The date of the meeting a paper says it goes to: "A report will be presented to Cabinet on
    30 January 2025" in a proposed decision whose header names only "Cabinet"."""
    pattern = re.compile(
        rf"\b{re.escape(body)}(?:\s+meeting|\s+at\s+its\s+(?:next\s+)?meeting)?\s+(?:on|of)\s+", re.IGNORECASE
    )
    for match in pattern.finditer(text):
        found = find_uk_date(text[match.end() : match.end() + 40])
        if found is None or found[1] != 0:
            continue
        sentence = text[max(text.rfind(".", 0, match.start()), text.rfind("\n\n", 0, match.start()), 0) : match.start()]
        if _FUTURE.search(sentence) or _PROSPECTIVE_TAIL.search(" ".join(sentence.split())):
            return found[0]
    return None


def _most_common(values: list[object]) -> object | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    return max(present, key=lambda v: (present.count(v), -present.index(v)))


PAGE_FIELD_LINES = 80
"""Web pages (ModernGov decision and agenda item pages) put their labelled fields in this many opening lines."""
# ModernGov decision pages: "Made at meeting: 22/11/2023 - Cabinet", "Decided at meeting: ...".
_PAGE_BODY_LABELS = frozenset({"decision maker", "decision to be taken by", "meeting", "made at meeting", "decided at meeting"})
_PAGE_DATE_LABELS = frozenset({"date of decision", "decision date", "meeting date", "date of meeting",
                               "date of the meeting"})


def page_fields(text: str) -> tuple[str | None, date | None]:
    """The deciding body and meeting date a web page states in its own labelled fields ("Decision Maker:
    Cabinet", "Date of decision: 10/03/2025", "Meeting: Monday, 14th April, 2025 10.00 am - Cabinet"),
    read only from those labels, not from every "Date:" near the top."""
    lines = split_lines(text[:ISSUER_SCAN_CHARS])[:PAGE_FIELD_LINES]
    body: str | None = None
    when: date | None = None
    for index, line in enumerate(lines):
        label = read_label(line.clean)
        # Only "Label:" fields: "Committee – 16 January 2025" wrapped from a pathway list is no field.
        if label is None or not line.clean[len(label.label):].lstrip().startswith(":"):
            continue
        if label.field == "committee" and label.label in _PAGE_BODY_LABELS:
            found_body, found_date = body_and_date(_value_with_continuation(lines, index, label, 1))
            body = body or found_body
            when = when or found_date
        elif label.field == "date" and label.label in _PAGE_DATE_LABELS and when is None:
            when = parse_uk_date(_value_with_continuation(lines, index, label, 1))
    if when is None:
        body, when = _decision_due(lines, body)
    if when is None:
        body, when = _leader_meeting(lines, body)
    if when is None and _ISSUE_PAGE.search(text[:ISSUE_PAGE_HEAD_CHARS]):
        # A ModernGov issue page lists each consideration as "15/01/2019 - <item title>".
        dated = next((m for m in (_ISSUE_DATE_LINE.match(line.clean) for line in lines) if m), None)
        when = parse_uk_date(dated.group(1)) if dated else None
    return body, when


# A ModernGov issue page's field: "Decision due: 14 Mar 2019 by Cabinet", the meeting that takes it.
_DECISION_DUE = re.compile(r"^decision\s+due\s*:\s*(?P<value>.{6,120})$", re.IGNORECASE)
_BY_BODY = re.compile(r"^[\s,]*by\s+(?:the\s+)?(?P<body>.{3,80}?)[\s.]*$", re.IGNORECASE)


def _decision_due(lines: list[Line], body: str | None) -> tuple[str | None, date | None]:
    """The body and date of an issue page's "Decision due: <date> by <body>" field (a body must be named)."""
    for line in lines:
        match = _DECISION_DUE.match(line.clean)
        found = find_uk_date(match["value"]) if match else None
        if match is None or found is None or not _WEEKDAY_ONLY.match(match["value"][: found[1]].strip(" ,")):
            continue
        by = _BY_BODY.match(match["value"][found[2]:])
        named = meeting_body_name(by["body"]) if by else None
        if named is not None:
            return body or named, found[0]
    return body, None


# A decision proforma's field with leader dots: "Cabinet Meeting ............ 13 March 2025".
_LEADER_FIELD = re.compile(
    r"^(?P<label>[A-Z][A-Za-z&' ]{2,60}?)\s+meeting\s*\.{4,}\s*(?P<value>.{6,40})$", re.IGNORECASE
)


def _leader_meeting(lines: list[Line], body: str | None) -> tuple[str | None, date | None]:
    """The body and date of a "<Body> Meeting ........ <date>" form field, the date alone after the dots."""
    for line in lines:
        match = _LEADER_FIELD.match(line.clean)
        if match is None:
            continue
        named = meeting_body_name(match["label"])
        found = find_uk_date(match["value"])
        if named is not None and found is not None and found[1] == 0 and not match["value"][found[2]:].strip():
            return body or named, found[0]
    return body, None


# The page's own heading line, perhaps below a site banner ("Local democracy during coronavirus ...").
_ISSUE_PAGE = re.compile(r"^\s*Issue\s*-\s*(?:decisions|meetings)\b", re.IGNORECASE | re.MULTILINE)
ISSUE_PAGE_HEAD_CHARS = 600
"""How far into a page its "Issue - decisions" heading may stand."""
_ISSUE_DATE_LINE = re.compile(r"^(\d{2}/\d{2}/\d{4})\s+-\s+\S")


# Text flattened onto one line (document mirrors, some PDFs) keeps "Date of meeting: Tuesday 12th
# January 2016" mid-line, where the line-start label readers cannot see it.
# Its colon may be lost in a flattened cover sheet ("... Date of the meeting 17/01/2018 Author ..."): the date must
# then follow at once.
_INLINE_MEETING_DATE = re.compile(r"\b(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*:?\s*", re.IGNORECASE)


def _inline_meeting_date(text: str) -> date | None:
    """The date after the first "Date of meeting:" / "Meeting date:" label, wherever it stands."""
    for match in _INLINE_MEETING_DATE.finditer(text):
        found = find_uk_date(text[match.end() : match.end() + 40])
        if found is not None and _WEEKDAY_ONLY.match(text[match.end() : match.end() + found[1]].strip(" ,")):
            return found[0]
    return None


# A flattened cover sheet: "Report to: Health and Wellbeing Board Date: 30 June 2015 Report of: ...",
# "Report to: CABINET Report of: DIRECTOR OF ... Date of Decision: 12th MARCH 2019"; an agenda's summons
# opens a line with its fields run together: "Committee: LICENSING PANEL Date and Time: Monday, 2 May 2016".
# A minutes' form: "Meeting Name: Northby CCG Governing Body Meeting Date/Time: Thursday 3rd May 2018 14:00".
_INLINE_ADDRESSEE = re.compile(
    r"\b(?:report\s+to|meeting\s+name)\s*:\s*|^[ \t]*(?:committee|meeting)\s*:\s*", re.IGNORECASE | re.MULTILINE)
_DATE_LABEL_WORDS = r"(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?(?:meeting|decision)|\s+and\s+time|\s*/\s*time)?"
_INLINE_NEXT_LABEL = re.compile(
    r"\s+(?:report\s+(?:of|by|from|author)|" + _DATE_LABEL_WORDS + r"|from|subject|title"
    r"|author|status|wards?(?:\s+affected)?|key\s+decision|lead\s+\w+|purpose)\s*:",
    re.IGNORECASE,
)
_INLINE_DATE_LABEL = re.compile(r"\s" + _DATE_LABEL_WORDS + r"\s*:\s*", re.IGNORECASE)
INLINE_HEADER_CHARS = 300
"""A flattened cover sheet's date label follows its "Report to:" within this many characters."""


def _inline_addressed_meeting(text: str) -> tuple[str | None, date | None]:
    """The body and date of a cover sheet flattened onto one line: "Report to: <body> ... Date: <date>"."""
    for match in _INLINE_ADDRESSEE.finditer(text):
        window = text[match.end() : match.end() + INLINE_HEADER_CHARS].split("\n\n")[0]
        label = _INLINE_NEXT_LABEL.search(window)
        if label is None:
            continue
        body = meeting_body_name(window[: label.start()])
        dated = _INLINE_DATE_LABEL.search(window, label.start())
        if body is None or dated is None:
            continue
        found = find_uk_date(window[dated.end() : dated.end() + 40])
        if found is not None and _WEEKDAY_ONLY.match(window[dated.end() : dated.end() + found[1]].strip(" ,")):
            return body, found[0]
    return None, None


HEADED_MEETING_CHARS = 1200
"""An agenda's heading names the meeting and its day within this many opening characters."""
UNDATED_DAY_HEAD_CHARS = 400
"""Without a weekday, a body's name followed by a date heads the paper only this near its start."""
# "HEALTH AND WELLBEING BOARD Thursday 4 June 2020, 2:00pm", "UNION BOARD AGENDA Tuesday, 10th
# September, 2019", "Northby CCG Governing Body Friday 2 March 2018, 1400 – 1600": a meeting body's
# name, perhaps the paper's kind, then at once a weekday and a date head an agenda or minutes.
_HEADED_MEETING = re.compile(
    r"(?P<body>(?:[A-Z][A-Za-z&'’]*[ \t]+(?:(?:[A-Z][A-Za-z&'’]*|and|of|for|&)[ \t]+){0,6})?"
    r"(?i:Committee|Board|Cabinet|Panel|Executive|Forum|Council|Governing[ \t]+Body))"
    r"(?:[ \t]+(?i:meeting|agenda|minutes))?\.?"
    r"(?P<gap>\s*[,–—-]?\s*)(?P<day>(?i:" + _WEEKDAY_NAME + r"))?,?\s*(?=\d)"
)
_PARENT_BODY = re.compile(
    r"^.*\S\s+(?i:Group|CCG|Trust|Council|ICB)\s+(?=(?:\S.*)?\b(?i:Committee|Board|Panel|Forum|Cabinet|Executive|Body)\s*$)"
)


def _heads_line(text: str, match: re.Match[str]) -> bool:
    """A weekday-less "<body> <date>" heads the paper: near its start, the body opening its line (after a
    page or report number at most), the date on the same line or alone on the next, not inside a sentence."""
    # A conversion may set a blank line between the heading and its date line ("PLANNING COMMITTEE\n\n3 MAY 2019").
    if match.start() >= UNDATED_DAY_HEAD_CHARS or match["gap"].count("\n") > 2:
        return False
    before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    # "approved by Full Council 12 May 2015" is a sentence; "1 TRUST BOARD MEETING 27 September 2018" a heading.
    return not re.search(r"[a-z]\s*$", before)


def _headed_meeting(text: str) -> tuple[str | None, date | None]:
    """The meeting body and date of an agenda or minutes heading that runs body, (weekday) and date together."""
    for match in _HEADED_MEETING.finditer(text):
        if match["day"] is None and not _heads_line(text, match):
            continue
        found = find_uk_date(text[match.end() : match.end() + 30])
        if found is not None and found[1] == 0:
            if match["day"] is None and not _DATE_LINE_TAIL.match(text[match.end() + found[2] : match.end() + found[2] + 80]):
                continue
            # "NORTHBY CLINICAL COMMISSIONING GROUP PRIMARY CARE COMMITTEE": the committee, not its parent body;
            # "AGENDA ITEM NO PLANNING COMMITTEE": a cover sheet's item box beside it is no part of the name either.
            return meeting_body_name(_ITEM_BOX.sub("", _PARENT_BODY.sub("", match["body"]))), found[0]
    return None, None


# After a weekday-less heading date: the line ends, or a time or time range, or the paper's title runs on
# ("Cabinet 5 March 2019 Devolution of Public Conveniences"); never a sentence going on ("2019 and ...").
# A cover sheet's item or page number may close the date line ("3 MAY 2019 8").
_DATE_LINE_TAIL = re.compile(
    r"^(?:\s*$|\s*\n|[ \t]*[-–—,]?[ \t]*\d{1,2}[.:]?\d{2}|[ \t]+(?:at[ \t]+\d|[A-Z])|[ \t]+\d{1,3}[a-z]?[ \t]*(?:\n|$))")
_ITEM_BOX = re.compile(r"^(?:.*\s)?agenda\s+item(?:\s+(?:no\.?|number))?\s+", re.IGNORECASE)


_CONFIRMED = re.compile(
    r"\b(?:were|was|are|is|be|being)\s+(?:duly\s+)?(?:approved|confirmed|agreed|signed|accepted|received|noted)\b", re.IGNORECASE
)
# "To confirm the (draft) minutes of ...", on the same line: a page's status word "Confirmed" above a heading is not it.
_TO_CONFIRM = re.compile(
    r"\b(?:approve|confirm|agree|sign|accept|approved|confirmed|agreed|signed)[ \t]+"
    r"(?:as[ \t]+a[ \t]+(?:correct|true)[ \t]+record[ \t]+)?(?:the[ \t]+)?(?:(?:draft|unconfirmed|public)[ \t]+)?$",
    re.IGNORECASE,
)


def minutes_heading(text: str) -> re.Match[str] | None:
    """The first "Minutes of ... held ..." that names a meeting body: "minutes of the last meeting held
    on 7 October" in the minutes of the next one names the previous meeting, not this one."""
    for match in _MINUTES_OF.finditer(text):
        if _CONFIRMED.search(match.group(0)) or _TO_CONFIRM.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "the minutes of the meeting of the Board held on 15 June were approved": the last meeting's
        if re.search(r"\bmeeting\s+of\b", match.group(0), re.IGNORECASE):
            return match
        # Without "meeting of", only a heading: "the minutes of the Cabinet meeting held on ... were confirmed"
        # inside the text is a previous meeting's record.
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()].strip(" \t#*_")
        # At a line's start, or after the council's name in capitals that the heading runs on from
        # ("COLLINGBOURNE DUCIS PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING ... ON WEDNESDAY 27 JANUARY 2021").
        if (not before or (before.isupper() and match.group(0)[:7].isupper())) and meeting_body_name(match["body"]):
            return match
    return None


OPENING_HEAD_LINES = 12
"""Stacked or split headings (body, date, minutes line) count only among this many opening non-blank lines."""


def _opening_lines(text: str) -> list[str]:
    """The first non-blank cleaned lines of a paper, where its own headings stand."""
    return [line.clean for line in split_lines(text[:HEADED_MEETING_CHARS]) if line.clean and not line.page_break][
        :OPENING_HEAD_LINES
    ]


_WEEKDAY = rf"(?:{_WEEKDAY_NAME},?\s+)"
# A start time's suffix: "2.30 pm", "9.00 a.m.", "12 noon".
_CLOCK_SUFFIX = r"(?:a\.?m\.?|p\.?m\.?|noon)"
# "an extraordinary meeting", "a private meeting": the kind of meeting a heading may name.
_MEETING_KIND = r"(?:special|extraordinary|ordinary|annual|virtual|private|public|confidential|informal|reconvened)"
# "MINUTES OF THE MEETING HELD ON WEDNESDAY 5 OCTOBER 2016, THE BOARD ROOM": the body is the heading above.
_BODYLESS_MINUTES = re.compile(
    rf"^(?:minutes|notes)\s+of\s+(?:the|a|an)\s+(?:{_MEETING_KIND}\s+)?meeting\s+"
    r"held\s+(?:(?:at|in)\s+[^.\d]{3,100}?\s+)?on\s+" + _WEEKDAY + r"?(?=\d)",
    re.IGNORECASE,
)


def _minutes_under_body(lines: list[str]) -> tuple[str | None, date | None]:
    """Minutes whose heading names no body ("Minutes of the meeting held on 5 October 2016") under a line
    that is only the body's name ("PLANNING COMMITTEE"); an agenda's numbered "3. Minutes of the meeting
    held on ..." item starts with its number and never matches."""
    for above, line in zip(lines, lines[1:]):
        match = _BODYLESS_MINUTES.match(line)
        body = meeting_body_name(above) if not above.endswith((".", ":", ";")) else None
        if match is None or body is None:
            continue
        found = find_uk_date(line[match.end() : match.end() + 40])
        if found is not None and found[1] == 0:
            return body, found[0]
    return None, None


# Minutes opening with a sentence: "A meeting of the Northby Health and Wellbeing Board was held on Monday
# 3 May 2010" (perhaps "... was held at Town Hall, Northby on ..."); a line of its own, near the paper's start.
_MEETING_WAS_HELD = re.compile(
    rf"^(?:an?|the)\s+(?:{_MEETING_KIND}\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^.\n]{2,90}?)\s+was\s+held\s+(?:(?:at|in)\s+[^.\d]{3,100}?\s+)?on\s+" + _WEEKDAY + r"?(?=\d)",
    re.IGNORECASE,
)


def _held_on(match: re.Match[str] | None, source: str) -> tuple[str, date] | None:
    """The body a "meeting of <body> ... held ... on" match names, and the date written right after it."""
    body = meeting_body_name(match["body"]) if match else None
    found = find_uk_date(source[match.end() : match.end() + 40]) if match and body else None
    return (body, found[0]) if body and found is not None and found[1] == 0 else None


def _meeting_was_held(lines: list[str]) -> tuple[str | None, date | None]:
    """The body and date of minutes whose first sentence says "A meeting of <body> was held on <date>"."""
    for line in lines:
        held = _held_on(_MEETING_WAS_HELD.match(line), line)
        if held is not None:
            return held
    return None, None


# A summons or agenda front sheet: "A meeting of the County Council will be held in the Council Chamber, County Hall,
# Maidstone, ME14 1XQ on Thursday, 13th March, 2025 at 10.00 am", "... summoned to attend a meeting of the Cabinet
# to be held at ... on ...". The venue may wrap and hold a postcode's digits.
_MEETING_TO_BE_HELD = re.compile(
    rf"(?:^|\battend\s+)(?:an?|the)\s+(?:{_MEETING_KIND}\s+)?meeting\s+of\s+"
    r"(?:the\s+)?(?P<body>[A-Z][^.\n]{2,90}?)\s+(?:will|is\s+to|to)\s+be\s+held\s+(?:(?:at|in)\s+[^.]{3,160}?\s+)?"
    r"on\s+" + _WEEKDAY + r"?(?=\d)",
    re.IGNORECASE | re.MULTILINE,
)


_SUMMONS_HEAD = re.compile(r"\b(?:agenda|summons|summoned|notice\s+of\s+(?:the\s+)?meeting)\b", re.IGNORECASE)
SUMMONS_HEAD_CHARS = 1500
"""A summons or agenda says what it is within this many opening characters."""


def _meeting_to_be_held(text: str) -> tuple[str | None, date | None]:
    """The body and date of the meeting a summons calls ("A meeting of <body> will be held ... on <date>"); only in
    a paper that opens as a summons or agenda, since a report may tell of a later meeting the same way."""
    if not _SUMMONS_HEAD.search(text[:SUMMONS_HEAD_CHARS]):
        return None, None
    for match in _MEETING_TO_BE_HELD.finditer(text):
        held = _held_on(match, text)
        if held is not None:
            return held
    return None, None


# "You are invited to attend the meeting of the Northby Board to be held as follows ..." over "DATE: Wednesday, 24
# April 2019": a summons whose date stands in a field below it.
_HELD_AS_FOLLOWS = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.\n]{2,90}?)\s+(?:will|is\s+to|to)\s+be\s+held\s+as\s+follows\b",
    re.IGNORECASE)
_DATE_FIELD = re.compile(r"^[ \t]*date[ \t]*:[ \t]*(?P<date>[^\n]{6,40})$", re.IGNORECASE | re.MULTILINE)
FIELDS_BELOW_CHARS = 400
"""How far below "to be held as follows" the summons' "DATE:" field may stand."""


def _held_as_follows(text: str) -> tuple[str | None, date | None]:
    """The body a summons calls "to be held as follows" and the date in the "DATE:" field below it."""
    match = _HELD_AS_FOLLOWS.search(text)
    if match is None:
        return None, None
    field = _DATE_FIELD.search(text, match.end(), match.end() + FIELDS_BELOW_CHARS)
    when = lone_date(field["date"].strip()) if field else None
    return (meeting_body_name(match["body"]), when) if when is not None else (None, None)


# A ModernGov page's title: "Agenda for Cabinet on Tuesday, 5 September 2023, 4.00 pm - Northby City Council".
# HTML reading puts it after the page's content; a copied page may keep it first, behind a marker ("{meta}").
_AGENDA_TITLE = re.compile(
    r"^(?:[\[{(<][a-z]+[\]})>][ \t]*)?agenda(?:[ \t]+and[ \t]+(?:decisions|(?:draft[ \t]+)?minutes))?[ \t]+for[ \t]+"
    rf"(?P<body>[A-Z][^\n]{{2,80}}?)[ \t]+on[ \t]+{_WEEKDAY}?(?P<date>\d{{1,2}}[^\n,]{{4,25}}?\d{{4}})"
    rf"(?:,?[ \t]+\d{{1,2}}(?:[.:]\d{{2}})?[ \t]*{_CLOCK_SUFFIX})?(?:[ \t]+[-–—][ \t]+[^\n]{{3,80}})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
TITLE_LINES = 5
"""How many lines at the top or the end of a text a page's title may stand in."""
TITLE_CHARS = 4000
"""How much of a text's head and tail is read for those lines (a long paper is not split whole)."""


def _agenda_title(text: str) -> tuple[str | None, date | None]:
    """The body and date of a ModernGov page title ("Agenda for <body> on <date>, <time>"), first or last."""
    head = [line for line in text[:TITLE_CHARS].splitlines() if line.strip()][:TITLE_LINES]
    tail = [line for line in text[-TITLE_CHARS:].splitlines() if line.strip()][-TITLE_LINES:]
    for line in head + tail:
        match = _AGENDA_TITLE.match(line.strip())
        when = parse_uk_date(match["date"]) if match else None
        if when is not None:
            return meeting_body_name(match["body"]), when
    return None, None


_STACKED_TO = re.compile(r"^to:?$", re.IGNORECASE)
_STACKED_ON = re.compile(r"^(?:on|date):?$", re.IGNORECASE)


def lone_date(line: str) -> date | None:
    """The date of a line that is only a date, perhaps after a weekday ("Tuesday 22 February 2011")."""
    found = find_uk_date(line)
    if found is None or not _WEEKDAY_ONLY.match(line[: found[1]].strip(" ,")) or line[found[2] :].strip(" ,."):
        return None
    return found[0]


_REPORT_TO_LINE = re.compile(r"^report\s+to\s+(?:the\s+)?(?P<body>[A-Z][\w&'’ -]{2,80})$", re.IGNORECASE)


def _addressed_then_dated(lines: list[str]) -> tuple[str | None, date | None]:
    """A cover sheet's unlabelled "Report to Cabinet" line with the meeting's date alone on the next line."""
    for line, below in zip(lines, lines[1:]):
        match = _REPORT_TO_LINE.match(line)
        body = meeting_body_name(match["body"]) if match else None
        when = lone_date(below) if body is not None else None
        if when is not None:
            return body, when
    return None, None


# "TO THE CABINET.........." over "ON 13 November 2002........": a cover sheet's labels with their values, dot leaders
# filling the line.
_TO_BODY_LINE = re.compile(r"^to\s+(?:the\s+)?(?P<body>[A-Za-z][\w&'’ -]{2,60}?)[\s._]*$", re.IGNORECASE)
_ON_DATE_LINE = re.compile(r"^on\s+(?P<date>[^.\n]{6,40}?)[\s._]*$", re.IGNORECASE)


def _stacked_addressee(lines: list[str]) -> tuple[str | None, date | None]:
    """A cover sheet whose labels stand on lines of their own, each above its value: "TO" / "Cabinet" /
    "ON" / "22 February 2011"; or each beside it: "TO THE CABINET....." / "ON 13 November 2002....."."""
    for i in range(len(lines) - 1):
        if i + 3 < len(lines) and _STACKED_TO.match(lines[i]) and _STACKED_ON.match(lines[i + 2]):
            body = meeting_body_name(lines[i + 1])
            when = lone_date(lines[i + 3])
            if body is not None and when is not None:
                return body, when
        to, on = _TO_BODY_LINE.match(lines[i]), _ON_DATE_LINE.match(lines[i + 1])
        if to is not None and on is not None:
            body = meeting_body_name(tidy_case(to["body"]))
            when = lone_date(on["date"].strip())
            if body is not None and when is not None:
                return body, when
    return None, None


CONFIRMING_MENTION_CHARS = 2000
"""A heading date's meeting must be named with that same date within this many opening characters."""
_BODY_MEETING_ON = re.compile(
    r"\b(?P<body>[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){0,6})\s+meeting\s+(?:held\s+)?on\s+"
)


def _dated_heading_named_below(text: str, lines: list[str]) -> tuple[str | None, date | None]:
    """A paper headed only by a date ("20 FEBRUARY 2012") whose opening names the meeting held that
    very day ("the agenda for the Cabinet meeting on 20 February 2012"); another date names another meeting."""
    when = next((found for found in map(lone_date, lines[:3]) if found is not None), None)
    if when is None:
        return None, None
    opening = text[:CONFIRMING_MENTION_CHARS]
    for match in _BODY_MEETING_ON.finditer(opening):
        found = find_uk_date(opening[match.end() : match.end() + 40])
        body = meeting_body_name(match["body"])
        if found is not None and found[1] == 0 and found[0] == when and body is not None:
            return body, when
    return None, None


# A ModernGov meeting page's title: "Agenda and decisions" over "Leader Decisions - Monday, 20 March 2017 2.30 pm", or
# the kind between the body and the date: "Deputy Leader – Minutes – 12 February 2020".
_PAGE_KIND_LINE = re.compile(r"^(?:agenda(?:\s+and\s+(?:decisions|(?:draft\s+)?minutes))?|(?:draft\s+)?minutes|decisions)$",
                             re.IGNORECASE)
_TITLED_MEETING = re.compile(
    r"^(?P<body>[A-Z][^–—\n]{2,80}?)\s+[-–—]\s+(?:(?P<kind>minutes|agenda|decisions)\s+[-–—]\s+)?"
    rf"(?P<date>[^–—\n]{{6,40}}?)(?:,?\s+\d{{1,2}}(?:[.:]\d{{2}})?\s*{_CLOCK_SUFFIX})?\.?$",
    re.IGNORECASE,
)


def _titled_meeting(lines: list[str]) -> tuple[str | None, date | None]:
    """The body and date of a meeting page's title line: under the page's kind ("Agenda and decisions"), or naming
    the kind itself ("<body> – Minutes – <date>"). The date counts only when the title line holds nothing else."""
    for index, line in enumerate(lines):
        match = _TITLED_MEETING.match(line)
        if match is None or not (match["kind"] or (index and _PAGE_KIND_LINE.match(lines[index - 1]))):
            continue
        when = lone_date(match["date"])
        if when is not None:
            return meeting_body_name(match["body"]), when
    return None, None


# "Thursday 9 March 2023 – 10.30am" on a line of its own: the day and start time of the meeting the notes record.
# Also with a 24-hour time and the venue after it: "Tuesday 21 January 2020 13:15 – 14:30 Lanchester Community Centre".
_DAY_TIME_LINE = re.compile(
    rf"^(?:{_WEEKDAY_NAME}),?\s+(?P<date>[^–—-]{{6,30}}?)\s*(?:[,–—-]|\bat\b)?\s*"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|noon)\b|\d{1,2}:\d{2}\b)"
    r"(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?(?:\.?$|[ ,]+(?-i:[A-Z])[^\n]{0,150}$)",
    re.IGNORECASE,
)
_NEXT_MEETING = re.compile(r"\b(?:next|future|forthcoming|previous|last)\s+(?:\w+\s+)?meetings?\b", re.IGNORECASE)


def _day_and_time_line(lines: list[str]) -> tuple[str | None, date | None]:
    """The date of a line among a paper's opening lines that is only a weekday, a date and a start time (the
    meeting's own), unless the line above says it is the next or the last meeting's."""
    for index, line in enumerate(lines):
        match = _DAY_TIME_LINE.match(line)
        when = lone_date(match["date"]) if match else None
        if when is not None and not (index and _NEXT_MEETING.search(lines[index - 1])):
            return None, when
    return None, None


_SALUTATION = re.compile(r"^Dear\s+[A-Z]", re.MULTILINE)
LETTER_HEAD_CHARS = 1500
"""A letter's salutation stands within this many opening characters (below letterhead, reference and addressee)."""


# "Dear Member, You are requested to attend a meeting as follows": a summons, the one letter that is a meeting's.
_SUMMONS = re.compile(r"\b(?:requested|summoned|invited)\s+to\s+attend\b|\bnotice\s+is\s+(?:hereby\s+)?given\b|"
                      r"\bmeeting\s+(?:as\s+follows|will\s+be\s+held)\b", re.IGNORECASE)


def letter_salutation(text: str) -> re.Match[str] | None:
    """The "Dear ..." line that makes a paper a letter, if it opens with one."""
    return _SALUTATION.search(text[:LETTER_HEAD_CHARS])


# A letter's addressee or signature lines: a person ("Cllr Jo Smith") or a post held at a body ("Leader - Northby
# County Council", "Chief Executive, Northby NHS Trust").
_PERSON_LINE = re.compile(r"^(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof(?:essor)?|(?:The\s+)?Rt\.?\s+Hon)\s+[A-Z]")
_POST_LINE = re.compile(r"^(?:Leader|Deputy\s+Leader|Chief\s+Executive|Director|Chair(?:man)?|Mayor|Head|Secretary)\b"
                        r"[^\n]{0,40}?(?:\s+[-–—]\s+|,\s+|\s+of\s+)")


def person_or_post_line(line: str) -> bool:
    """Whether a line names a person or a post held at a body: an address or a signature, not a heading."""
    return bool(_PERSON_LINE.match(line) or _POST_LINE.match(line))


def read_meeting(text: str, reports: list[object]) -> tuple[str | None, date | None]:
    """The meeting body and meeting date of a document, from its reports' headers and text."""
    committee = _most_common([getattr(r, "committee") for r in reports])
    when = _most_common([getattr(r, "meeting_date") for r in reports])
    if committee is None and when is None and letter_salutation(text) is not None \
            and not _SUMMONS.search(text[:ISSUER_SCAN_CHARS]):
        return None, None  # a letter is dated and addressed to people, but is no meeting's paper (unless a summons)
    minutes = minutes_heading(text[:ISSUER_SCAN_CHARS])
    if minutes is not None:
        committee = committee or meeting_body_name(minutes["body"])
        when = when or parse_uk_date(minutes["rest"])
    opening = _opening_lines(text)
    if when is None:
        minutes_body, when = _minutes_under_body(opening)
        committee = committee or minutes_body
    if committee is None or when is None:
        page_body, page_date = page_fields(text)
        committee = committee or page_body
        when = when or page_date
    # Headings read in turn, the first with a date wins; a body found with it fills a body still missing.
    fallbacks: tuple[Callable[[], tuple[str | None, date | None]], ...] = (
        lambda: _headed_meeting(text[:HEADED_MEETING_CHARS]),
        lambda: _inline_addressed_meeting(text[:ISSUER_SCAN_CHARS]),
        lambda: (None, _inline_meeting_date(text[:ISSUER_SCAN_CHARS])),
        lambda: _meeting_was_held(opening),
        lambda: _meeting_to_be_held(text[:ISSUER_SCAN_CHARS]),
        lambda: _held_as_follows(text[:ISSUER_SCAN_CHARS]),
        lambda: _stacked_addressee(opening),
        lambda: _addressed_then_dated(opening),
        lambda: _dated_heading_named_below(text, opening),
        lambda: _titled_meeting(opening),
        lambda: _agenda_title(text),
        lambda: _day_and_time_line(opening),
    )
    for fallback in fallbacks:
        if when is not None:
            break
        found_body, when = fallback()
        committee = committee or found_body
    if committee is None:
        committee = _asked_body(text)
    if when is None and isinstance(committee, str):
        when = coming_meeting_date(text[:ISSUER_SCAN_CHARS], committee)
    return (committee if isinstance(committee, str) else None,
            when if isinstance(when, date) else None)
