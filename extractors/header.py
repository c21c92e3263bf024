"""Report header blocks ("To:", "From:", "Meeting Date:", ...): recognising label lines and reading their fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from extractors.acronyms import initials
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
                  r"|decision\s+maker|meeting\s+of)"),
    ("date", r"(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|date\s+of\s+decision|committee\s+date|board\s+date|date)"),
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
    r"\s+(?:meeting(?:\s+held)?(?:\s+in\s+(?:public|private))?|held\s+in\s+(?:public|private)|\(public\)|in\s+public)\s*$",
    re.IGNORECASE,
)
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


def tidy_case(name: str) -> str:
    """An ALL-CAPS body name in title case ("ADULTS COMMITTEE" -> "Adults Committee"); others unchanged."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def body_and_date(value: str) -> tuple[str | None, date | None]:
    """Split "Cabinet, 30 January 2025" or "County Council 13th March 2025" into body and date."""
    found = find_uk_date(value)
    when = found[0] if found else None
    body = value[: found[1]] if found else value
    body = re.sub(r"\s+(?:on|of|held)\s*$", "", body.strip(" ,–-—:;(")).strip(" ,–-—:;(")
    if found is not None and _WEEKDAY_ONLY.match(body):
        # Web pages write the date first: "Meeting: Monday, 14th April, 2025 10.00 am - Cabinet".
        tail = _DASHED_TAIL.match(value[found[2]:])
        if tail and not _VENUE.search(tail["body"]):
            return meeting_body_name(tail["body"]), when
    return meeting_body_name(body), when


_WEEKDAY_ONLY = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?$", re.IGNORECASE)
# After the date: an optional time, then a dash and the body ("10.00 am - Cabinet"); a comma or "at"
# after a date introduces the venue instead ("3 March 2025, Council Chamber").
_DASHED_TAIL = re.compile(
    r"^[\s,]*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|noon)|noon)?\s+[-–—]\s+(?P<body>(?:(?!\s[-–—]\s).)+?)\s*$", re.IGNORECASE
)
_VENUE = re.compile(r"\b(?:chamber|room|hall|house|offices?|centre|center|building|online|virtual|remote)\b", re.IGNORECASE)


def meeting_body_name(value: str) -> str | None:
    """A committee/board name as a meeting body, or None when the value names a person or no body."""
    value = _MEETING_TAIL.sub("", value.strip(" ,.;:"))
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
# The document's header: who issues it, for which meeting, on what date


@dataclass(frozen=True)
class DocumentHeader:
    """Who issued a document and the meeting it was written for; each None when the paper does not say."""

    issuing_body: str | None
    meeting_body: str | None
    meeting_date: date | None


ISSUER_SCAN_CHARS = 40_000
"""Body names are counted in this much of the document's start (a pack's later appendices cite partners)."""
ISSUER_HEAD_LINES = 8
"""A body named in this many opening lines ("KENT COUNTY COUNCIL – RECORD OF DECISION") issues the paper."""
HEADING_MAX_CHARS = 90
DOMINANCE = 2.0
"""The most named body issues the paper outright when named this many times more than the next."""

# A place word: capitalised, and not one of the words that end a body's name.
_CAP = (
    r"(?!(?:NHS|Council|Clinical|Commissioning|Group|Trust|Board|Foundation|Integrated|County|City|District|Borough"
    r"|Town|Parish|CCG|ICB)\b)(?:St\.|[A-Z][A-Za-z'’]+)"
)
_PLACE = _CAP + r"(?:(?:\s+|-)(?:(?:and|upon|on|in|under|of|&)(?:\s+|-))?" + _CAP + r"){0,4}"
_COUNCIL = (
    r"(?:(?:Royal\s+|London\s+|Metropolitan\s+)Borough\s+of\s+" + _PLACE
    + r"|City\s+of\s+" + _PLACE + r"\s+Council"
    + r"|" + _PLACE + r"\s+(?:County|City|District|Borough|Town|Parish|Metropolitan\s+Borough|Metropolitan\s+District)\s+Council"
    + r"|" + _PLACE + r"\s+Council)"
)
_NHS = (
    r"(?:NHS\s+)?" + _PLACE
    + r"\s+(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board"
    + r"|Commissioning\s+Group|CCG|ICB)"
)
_BODY_NAME = re.compile(r"(?<![\w-])(?:" + _COUNCIL + r"|" + _NHS + r")(?![\w-])")
# Words that start a capitalised run but are not part of a body's name.
_LEADING_NOISE = re.compile(
    r"^(?:(?:The|This|That|Our|Both|And|Between|With|By|For|From|To|Of|of|In|On|At|Under|As|Agenda|Report|Cabinet|Committee|Minutes"
    r"|Meeting|Full|Each|Every|Local|Member|Members|Leader|Chair|Dear|Approved|Recommendation|Summary|Email|Contact|Decision"
    r"|Record|Proposed|Draft|Appendix|Item|Public|Section|Agreements?|Contract|Partnership|Arrangements?|Between)\s+)+"
)
_NOT_A_PLACE = frozenset({"county", "city", "district", "borough", "town", "parish", "full", "the", "local", "each", "every", "our"})
_COUNCIL_KEY = re.compile(r"\b(?:council|borough)\b")
_SELF_REFERENCES = (
    (_COUNCIL_KEY, re.compile(r"\b[Tt]he Council\b")),
    (re.compile(r"\btrust\b"), re.compile(r"\b[Tt]he Trust\b")),
    (re.compile(r"\bclinical commissioning group\b"), re.compile(r"\b[Tt]he (?:CCG|Clinical Commissioning Group)\b")),
    (re.compile(r"\bintegrated care board\b"), re.compile(r"\b[Tt]he (?:ICB|Integrated Care Board)\b")),
)
_GOV_EMAIL = re.compile(r"@(?P<place>[a-z][a-z-]+)\.gov\.uk\b", re.IGNORECASE)


def _body_mentions(text: str) -> list[tuple[str, int]]:
    """Every council or NHS body name written in `text`, with its offset."""
    found: list[tuple[str, int]] = _city_of_mentions(text) + _short_alias_mentions(text)
    for match in _BODY_NAME.finditer(text):
        name = _LEADING_NOISE.sub("", re.sub(r"\s+", " ", match.group(0)))
        words = name.split()
        if len(words) < 2 or words[0].lower() in _NOT_A_PLACE:
            continue
        # "<Place> Council" alone is also how groups write ("Patient Council"): keep only known councils.
        if _BARE_COUNCIL.search(name) and not _known_body(name):
            continue
        found.append((name, match.start()))
    return sorted(found, key=lambda item: item[1])


_CITY_OF = re.compile(r"(?<![\w-])City\s+of\s+(?P<place>" + _PLACE + r")(?![\w-])")


def _city_of_mentions(text: str) -> list[tuple[str, int]]:
    """Councils named "City of <Place>" with no "Council" ("the City of Westminster"): only those the
    reference table knows, since "in the City of Southampton" mostly names a place, not its council."""
    found: list[tuple[str, int]] = []
    for match in _CITY_OF.finditer(text):
        if re.match(r"\s+Council\b", text[match.end():]):
            continue  # "City of York Council": the council pattern reads it
        words = match["place"].split()
        for size in range(len(words), 0, -1):
            name = "City of " + " ".join(words[:size])
            if _is_council(name) and _known_body(name):
                found.append((name, match.start()))
                break
    return found


@lru_cache(maxsize=1)
def _short_alias_pattern() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The reference table's short written forms of councils ("H&F", "LBHF") and the council of each."""
    from extractors.bodies import load_bodies

    by_alias: dict[str, str] = {}
    for body in load_bodies():
        if body.org_type.value in _COUNCIL_TYPES and body.valid_to is None:
            for alias in body.aliases:
                if re.fullmatch(r"[A-Z][A-Z&]{1,5}", alias):
                    by_alias[alias] = body.name
    if not by_alias:
        return None, by_alias
    alternatives = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])"), by_alias


def _short_alias_mentions(text: str) -> list[tuple[str, int]]:
    """Councils written by a short form the reference table lists for them ("H&F has a duty")."""
    pattern, by_alias = _short_alias_pattern()
    if pattern is None:
        return []
    return [(by_alias[m.group()], m.start()) for m in pattern.finditer(text)]


_COUNCIL_VOICE = re.compile(
    r"\b[Tt]he [Cc]ouncil\b(?![/’'(])|\bCabinet\b|\bPortfolio Holder\b|\bCouncill?ors?\b|\bCllr\b|\b(?:Executive|Lead) Member\b")
_NHS_VOICE = re.compile(
    r"\b[Tt]he (?:CCG|Trust|ICB|PCT|Clinical Commissioning Group|Integrated Care Board|Governing Body)\b")


def speaks_as_council(text: str) -> bool:
    """Whether the paper speaks as a council: it says "the Council" or puts its decisions to a Cabinet,
    a portfolio holder or councillors, at least as often as it says "the CCG", "the Trust", "the ICB"."""
    own = len(_COUNCIL_VOICE.findall(text))
    return own > 0 and own >= len(_NHS_VOICE.findall(text))


_TRUST_VOICE = re.compile(r"\b[Tt]he Trust\b|\bTrust Board\b")
_COMMISSIONER_VOICE = re.compile(r"\b[Tt]he (?:CCG|ICB|PCT|Clinical Commissioning Group|Integrated Care Board|Governing Body)\b")
TRUST_VOICE_MIN = 3
"""Uses of "the Trust" / "Trust Board" that, outnumbering every other voice, make a paper a trust's own."""


def speaks_as_trust(text: str) -> bool:
    """Whether the paper speaks as an NHS trust: "the Trust", "Trust Board" outnumber the council's
    and the commissioners' voices (a trust's board pack names its ICB, but calls itself "the Trust")."""
    own = len(_TRUST_VOICE.findall(text))
    return own >= TRUST_VOICE_MIN and own > len(_COUNCIL_VOICE.findall(text)) + len(_COMMISSIONER_VOICE.findall(text))


def _is_trust(name: str) -> bool:
    from extractors.bodies import lookup

    body = lookup(name)
    if body is not None:
        return body.org_type.value in {"nhs_trust", "nhs_foundation_trust"}
    return re.search(r"\bNHS\b.*\bTrust$|\bFoundation Trust$", name) is not None


def _trust_issuer(text: str) -> str | None:
    """The NHS trust a trust's paper names most (anywhere in it: a board pack may write only "LCH" for pages)."""
    written: dict[str, dict[str, int]] = {}
    for name, _ in _body_mentions(text):
        if _is_trust(name):
            forms = written.setdefault(_name_key(name), {})
            forms[name] = forms.get(name, 0) + 1
    if not written:
        return None
    # A trust writes its own initials throughout ("LCH's winter plan"); a partner's, now and then.
    uses = {
        key: sum(forms.values()) + sum(len(re.findall(rf"\b{i}\b", text)) for i in _initials(shown_form(forms)))
        for key, forms in written.items()
    }
    ranked = sorted(uses, key=lambda key: -uses[key])
    if len(ranked) > 1 and uses[ranked[0]] < DOMINANCE * uses[ranked[1]]:
        return None  # two trusts named about as often: a partnership paper, not clearly either's
    return shown_form(written[ranked[0]])


ISSUER_HEAD_CHARS = 3000
"""How far into a paper its letterhead or form heading may sit."""


def _letterhead_council(head: str) -> str | None:
    """A council's name in capitals on a line of its own near the top ("STOCKTON-ON-TEES BOROUGH COUNCIL"
    over a decision form): the form's own heading, when it is the only such line."""
    from extractors.bodies import lookup

    found = set()
    for raw in head.splitlines():
        line = clean_line(raw)
        if line.isupper() and line.endswith("COUNCIL") and len(line) <= HEADING_MAX_CHARS:
            body = lookup(tidy_case(line))
            if body is not None and body.org_type.value in _COUNCIL_TYPES:
                found.add(body.name)
    return found.pop() if len(found) == 1 else None


_SELF_TIER = re.compile(r"\b[Tt]he (County|City|Borough|District) Council\b")


def _implied_council(text: str) -> str | None:
    """The council of the one council area a paper names, when it calls itself "the Council" but never
    names itself ("the City Council's Cabinet ... the Plymouth Integrated Commissioning Board")."""
    from extractors.bodies import councils_by_place

    by_place = councils_by_place()
    pattern = _place_pattern(tuple(sorted(by_place, key=len, reverse=True)))
    places = {m.group() for m in pattern.finditer(text)}
    if len(places) != 1:
        return None  # none, or several areas: a neighbour or a partner may be the one named
    bodies = by_place[places.pop()]
    tiers = {m.group(1) for m in _SELF_TIER.finditer(text)}
    if len(tiers) == 1:
        bodies = tuple(b for b in bodies if tiers.pop() in b.name)
    current = [b for b in bodies if b.valid_to is None]
    return current[0].name if len(current) == 1 else None


@lru_cache(maxsize=1)
def _place_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    # Not a person ("Councillor C Hart"), an NHS body's area, a venue, a region ("North Central London", "Western Devon") or the
    # City of London's one-word place, which names the capital far more often than the Corporation.
    person = r"(?<!Councillor )(?<!Cllr )(?<!Mr )(?<!Mrs )(?<!Ms )(?<!Dr )(?<![A-Z] )(?<![A-Z]\. )"
    region = r"(?<!North )(?<!South )(?<!East )(?<!West )(?<!Central )(?<!Northern )(?<!Southern )" \
             r"(?<!Eastern )(?<!Western )(?<!Greater )(?<!Inner )(?<!Outer )(?<!Mid )"
    # "Westminster" alone is Parliament far more often than the City of Westminster.
    names = "|".join(re.escape(p) for p in places if p not in {"London", "Westminster"})
    nhs_body = r"(?!\s+(?:Clinical\s+Commissioning|CCG|ICB|Integrated\s+Care\s+Board|NHS)\b)"  # a CCG's area, not the council's
    # A venue's town ("Sessions House, County Hall, Maidstone") is where a meeting sits, not whose it is.
    venue = r"(?<!Hall, )(?<!House, )(?<!Centre, )(?<!Offices, )(?<!Hall,\n)(?<!House,\n)(?<!Centre,\n)"
    return re.compile(rf"(?<![\w-]){person}{region}{venue}(?:{names})(?![\w-]){nhs_body}")


def _is_council(name: str) -> bool:
    """Whether a body name is a council's (by the reference table, else by its own words)."""
    from extractors.bodies import lookup

    body = lookup(name)
    if body is not None:
        return body.org_type.value in _COUNCIL_TYPES
    return _COUNCIL_KEY.search(_name_key(name)) is not None


_BARE_COUNCIL = re.compile(r"^(?!.*\b(?:City|District|Borough|Town|Parish)\s+Council$).*\sCouncil$")
"""Names that must be in the reference table to count: "<Place> Council" (also how groups write, "Patient
Council") and "<Place> County Council" (a closed set, so "the March County Council meeting" is none)."""


def _known_body(name: str) -> bool:
    from extractors.bodies import lookup

    return lookup(name) is not None


_TYPE_WORDS = re.compile(
    r"\s+(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board"
    r"|County\s+Council|City\s+Council|District\s+Council|Borough\s+Council|Town\s+Council|Parish\s+Council|Council)$"
)


def shown_form(forms: dict[str, int]) -> str:
    """The fullest of the most used written forms of a body ("Cambridgeshire County Council", not "...CC")."""
    return max(forms, key=lambda f: (forms[f], len(f)))


_NOT_IN_BODY_INITIALS = frozenset({"of", "and", "&", "the", "nhs", "upon", "on"})
"""Words a body's initials leave out ("Leeds Community Healthcare NHS Trust" is LCHT)."""


def _initials(name: str) -> set[str]:
    """Initialisms a paper may use for a body: of the whole name ("KCC") and of its place ("LCH")."""
    def letters(text: str) -> str:
        return initials([w for w in re.split(r"[\s-]+", text) if w], skip=_NOT_IN_BODY_INITIALS).upper()

    place = _TYPE_WORDS.sub("", name)
    return {i for i in (letters(name), letters(place) if place != name else "") if len(i) >= 3}


_COUNCIL_TYPES = frozenset({"county_council", "district_council", "london_borough", "metropolitan_borough",
                            "unitary_council", "council"})
OWN_INITIALS_MIN = 2
"""Uses of a council's initials ("KCC") that make it a candidate issuer when the paper never names it in full."""


@lru_cache(maxsize=1)
def _council_initials() -> dict[str, tuple[str, ...]]:
    """Every council in the reference table by its initials ("KCC" -> ("Kent County Council",))."""
    from extractors.bodies import load_bodies

    table: dict[str, list[str]] = {}
    for body in load_bodies():
        if body.org_type.value in _COUNCIL_TYPES and body.valid_to is None:
            # Only the whole name's initials ("KCC", "NWLDC"): a place's own ("NWL") is as often a
            # region's ("North West London") as the council's.
            initials = _initials(body.name) - _initials(_TYPE_WORDS.sub("", body.name))
            for each in initials:
                table.setdefault(each, []).append(body.name)
    return {k: tuple(v) for k, v in table.items()}


def email_places(text: str) -> set[str]:
    """The places of the officers' @<place>.gov.uk email domains ("kent" from "@kent.gov.uk")."""
    return {m["place"].lower().replace("-", " ") for m in _GOV_EMAIL.finditer(text)}


def _of_place(name: str, places: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(p)}\b", name.lower()) for p in places)


def initials_bodies(scan: str, places: set[str]) -> list[tuple[str, int, int]]:
    """Councils a paper writes by initials only ("KCC's budget webpage"): (name, uses, first offset).

    Initials count when they belong to one council in the reference table and are used repeatedly,
    or when the officers' email domain picks out which of the councils sharing them writes the paper.
    """
    uses: dict[str, list[int]] = {}
    for m in re.finditer(r"(?<![\w-])[A-Z]{3,5}(?![\w-])", scan):
        uses.setdefault(m.group(0), []).append(m.start())
    found: list[tuple[str, int, int]] = []
    for initials, offsets in uses.items():
        names = _council_initials().get(initials, ())
        by_email = [n for n in names if _of_place(n, places)]
        if len(by_email) == 1:
            found.append((by_email[0], len(offsets), offsets[0]))
        elif len(names) == 1 and len(offsets) >= OWN_INITIALS_MIN:
            found.append((names[0], len(offsets), offsets[0]))
    return found


# "the County Council", "To: County Council": the kind written with no place before it.
_BARE_KIND = re.compile(r"(?:^|(?<=[\s(:–-]))(?P<before>[A-Za-z’']+\s+)?County Council\b", re.MULTILINE)


def bare_county_council_refs(text: str) -> int:
    """How often a paper says "County Council" with no place name before it (its own body, a county)."""
    return sum(1 for m in _BARE_KIND.finditer(text) if m["before"] is None or not m["before"][:1].isupper()
               or m["before"].strip() in ("The", "To", "By", "At", "Full"))


def _name_key(name: str) -> str:
    # Imported here: bodies.py is the shared normaliser the scorer's equivalences live in.
    from extractors.bodies import name_key

    return name_key(name)


# "the Town Council", "Town Council Standing Orders": the kind with no place name before it.
_LOCAL_COUNCIL_SELF = re.compile(r"(?:^|(?<=[\s(]))(?P<before>\S+\s+)?(?P<kind>Town|Parish) Council\b", re.MULTILINE)
_LOCAL_COUNCIL_CLERK = {"Town": re.compile(r"\bTown Clerk\b"), "Parish": re.compile(r"\bParish Clerk\b")}
LOCAL_SELF_MIN = 2
"""A paper saying "the Town Council" this often, with a Town Clerk in it, is a town council's own."""
_LOCAL_VENUE = {
    "Town": re.compile(r"^(?P<place>" + _PLACE + r")\s+Town\s+Hall\b"),
    "Parish": re.compile(r"^(?P<place>" + _PLACE + r")\s+(?:Village|Parish)\s+Hall\b"),
}


def local_council_kind(text: str) -> str | None:
    """"Town" or "Parish" when the paper is a town/parish council's own: it says "the Town Council"
    and has a Town Clerk (only those councils have one), so a city council it names is a partner."""
    kinds = [
        m["kind"]
        for m in _LOCAL_COUNCIL_SELF.finditer(text)
        if m["before"] is None or not m["before"][:1].isupper() or m["before"].strip() in ("The", "Under", "A")
    ]
    for kind in ("Town", "Parish"):
        if kinds.count(kind) >= LOCAL_SELF_MIN and _LOCAL_COUNCIL_CLERK[kind].search(text):
            return kind
    return None


def _local_council(text: str, kind: str) -> str | None:
    """The town/parish council whose paper this is: the one of its kind named, or the place of the
    "<Place> Town Hall" venue under the title of its minutes; None rather than a partner body."""
    named: dict[str, int] = {}
    for name, _ in _body_mentions(text[:ISSUER_SCAN_CHARS]):
        if name.endswith(f"{kind} Council"):
            named[name] = named.get(name, 0) + 1
    if named:
        return shown_form(named)
    opening = [clean_line(ln) for ln in text[:3000].splitlines() if ln.strip()][:ISSUER_HEAD_LINES]
    for line in opening:
        venue = _LOCAL_VENUE[kind].match(line)
        if venue:
            place = _LEADING_NOISE.sub("", venue["place"])
            if place.split()[0].lower() not in _NOT_A_PLACE:
                return f"{place} {kind} Council"
    return None


_TITLE_SUFFIX = re.compile(r"\s(?:[-–|])\s(?P<owner>[^-–|]{4,80})$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<owner>.{4,80}?)(?:\s+\d{4})?\.?$", re.IGNORECASE)
SITE_NOTICE_LINES = 3
"""A copyright notice or page title counts only among a document's last lines, where the HTML reader puts them."""


def _whole_body_name(value: str) -> str | None:
    """`value` when it is nothing but a council or NHS body name (known to the reference table or not)."""
    value = _LEADING_NOISE.sub("", value.strip(" .,"))
    match = _BODY_NAME.fullmatch(value)
    if match is None or value.split()[0].lower() in _NOT_A_PLACE:
        return None
    return value


def site_owner(text: str) -> str | None:
    """The council or NHS body whose web page this is, from the closing lines the HTML reader adds: a
    "© Wessex County Council" notice, or the page title's site suffix ("Decision - ... - Wessex County Council")."""
    lines = [clean_line(ln) for ln in text.strip().splitlines() if ln.strip()][-SITE_NOTICE_LINES:]
    for line in reversed(lines):
        notice = _COPYRIGHT.match(line)
        owner = _whole_body_name(notice["owner"]) if notice else None
        if owner:
            return owner
    for line in reversed(lines):
        suffix = _TITLE_SUFFIX.search(line) if len(line) <= 200 else None
        owner = _whole_body_name(suffix["owner"]) if suffix else None
        if owner:
            return owner
    return None


def issuing_body(text: str) -> str | None:
    """The council or NHS body that issues the paper: the web page's owner, named at its top, named
    far more than any other, matched by the officers' @<place>.gov.uk email domain, or else the most named."""
    # A paper that calls itself "the Council" is a council's: its NHS partners never issue it.
    council_voice = speaks_as_council(text[:ISSUER_SCAN_CHARS])
    owner = site_owner(text)
    if owner is not None and (not council_voice or _is_council(owner)):
        return owner
    head_lines = [ln for ln in text[:3000].splitlines() if ln.strip()][:ISSUER_HEAD_LINES]
    for raw in head_lines:
        line = tidy_case(clean_line(raw)) if clean_line(raw).isupper() else clean_line(raw)
        # Only a heading line counts: a sentence naming two partners says nothing about the issuer.
        if len(line) > HEADING_MAX_CHARS or line.endswith(".") or re.match(r"^report\s+to\b", line, re.IGNORECASE):
            continue
        if line.count(",") >= 2:
            continue  # "Jo Smith, Chief Executive, Northby NHS Trust": a list of those present, not a heading
        mentions = [m for m in _body_mentions(line) if not council_voice or _is_council(m[0])]
        if mentions:
            return mentions[0][0]
    letterhead = _letterhead_council(text[:ISSUER_HEAD_CHARS])
    if letterhead is not None:
        return letterhead
    local_kind = local_council_kind(text)
    if local_kind is not None:
        return _local_council(text, local_kind)
    scan = text[:ISSUER_SCAN_CHARS]
    if not council_voice and speaks_as_trust(scan):
        return _trust_issuer(text)
    counts: dict[str, int] = {}
    written: dict[str, dict[str, int]] = {}
    first_seen: dict[str, int] = {}
    for name, offset in _body_mentions(scan):
        key = _name_key(name)
        counts[key] = counts.get(key, 0) + 1
        written.setdefault(key, {})
        written[key][name] = written[key].get(name, 0) + 1
        first_seen.setdefault(key, offset)
    # A name written once that the reference table does not know is as likely a misread run of
    # capitals ("the 2025-26 Budget County Council") as a body: not evidence enough to name the issuer.
    counts = {k: n for k, n in counts.items() if n > 1 or _known_body(shown_form(written[k]))}
    named_in_full = set(counts)
    places = email_places(text)
    # A council the paper writes only as "KCC" is a candidate too (its uses are credited below).
    for name, _, offset in initials_bodies(scan, places):
        key = _name_key(name)
        if key not in counts:
            counts[key] = 0
            written[key] = {name: 0}
            first_seen[key] = offset
    if council_voice:
        counts = {k: n for k, n in counts.items() if _is_council(shown_form(written[k]))}
    if not counts:
        return _implied_council(scan) if council_voice else None
    # Papers call their own body "the Council" / "the Trust" throughout; credit those back-references
    # to the council the officers' email domain names, else to the one body of that kind the paper
    # names in full (none when it names two councils).
    councils = [k for k in counts if _COUNCIL_KEY.search(k)]
    by_domain = [k for k in councils if places and _of_place(k, places)]
    for kind, reference in _SELF_REFERENCES:
        if kind is _COUNCIL_KEY and len(by_domain) == 1:
            counts[by_domain[0]] += len(reference.findall(scan))
            continue
        of_kind = [k for k in counts if kind.search(k) and k in named_in_full]
        if len(of_kind) == 1:
            counts[of_kind[0]] += len(reference.findall(scan))
    # "the City Council" names its tier: credit it to the one council of that tier the paper names.
    for tier in {m.group(1) for m in _SELF_TIER.finditer(scan)} - {"County"}:
        of_tier = [k for k in counts if k.endswith(f"{tier.lower()} council") and k in named_in_full]
        if len(of_tier) == 1:
            counts[of_tier[0]] += len(re.findall(rf"\b[Tt]he {tier} Council\b", scan))
    # "the County Council" / "To: County Council" with no place: the paper's own county council.
    counties = [k for k in counts if k.endswith("county council")]
    if len(counties) == 1:
        counts[counties[0]] += bare_county_council_refs(scan)
    # Councils write their own initials far more than a partner council's ("KCC"); NHS initials
    # ("CPFT") are as often a partner's, so only councils get this credit.
    for key in [k for k in counts if _COUNCIL_KEY.search(k)]:
        for initials in _initials(shown_form(written[key])):
            counts[key] += len(re.findall(rf"\b{initials}\b", scan))
    ranked = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))

    def shown(key: str) -> str:
        return shown_form(written[key])

    if len(ranked) == 1 or counts[ranked[0]] >= DOMINANCE * counts[ranked[1]]:
        return shown(ranked[0])
    by_email = [k for k in ranked if _COUNCIL_KEY.search(k) and _of_place(k, places)]
    if len(by_email) == 1:
        return shown(by_email[0])
    if counts[ranked[0]] == counts[ranked[1]]:
        return None  # two bodies named alike ("inner boroughs were H&F, K&C, ..."): which is first says nothing
    return shown(ranked[0])


_MINUTES_OF = re.compile(
    r"minutes\s+of\s+(?:a|the)\s+(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&',\- ]{2,80}?)\s+held\b(?P<rest>[^.]{0,200})",
    re.IGNORECASE,
)
_ASKED_TO = re.compile(
    r"(?:^|(?<=[.:\n]))\s*(?:\d+\.\s*)?(?:the\s+)?(?P<body>[A-Z][\w&'\- ]{2,60}?)\s+(?:is|are)\s+"
    r"(?:recommended|asked|invited|requested|requested)\s+to\b",
    re.IGNORECASE,
)
_GENERIC_BODIES = frozenset({"committee", "board", "council", "panel", "members", "member", "the committee", "the board"})


def _asked_body(text: str) -> str | None:
    """The body a recommendation is put to ("Cabinet is RECOMMENDED to"), if named specifically."""
    for match in _ASKED_TO.finditer(text):
        body = meeting_body_name(match["body"])
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
_PAGE_BODY_LABELS = frozenset({"decision maker", "decision to be taken by", "meeting"})
_PAGE_DATE_LABELS = frozenset({"date of decision", "meeting date", "date of meeting", "date of the meeting"})


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
    if when is None and _ISSUE_PAGE.search(text[:200]):
        # A ModernGov issue page lists each consideration as "15/01/2019 - <item title>".
        dated = next((m for m in (_ISSUE_DATE_LINE.match(line.clean) for line in lines) if m), None)
        when = parse_uk_date(dated.group(1)) if dated else None
    return body, when


_ISSUE_PAGE = re.compile(r"^\s*Issue\s*-\s*(?:decisions|meetings)\b", re.IGNORECASE)
_ISSUE_DATE_LINE = re.compile(r"^(\d{2}/\d{2}/\d{4})\s+-\s+\S")


def read_document_header(doc: object, reports: list[object]) -> DocumentHeader:
    """The issuing body, meeting body and meeting date of a document, from its reports' headers and text."""
    text: str = getattr(doc, "text")
    committee = _most_common([getattr(r, "committee") for r in reports])
    when = _most_common([getattr(r, "meeting_date") for r in reports])
    minutes = _MINUTES_OF.search(text[:ISSUER_SCAN_CHARS])
    if minutes is not None:
        committee = committee or meeting_body_name(minutes["body"])
        when = when or parse_uk_date(minutes["rest"])
    if committee is None or when is None:
        page_body, page_date = page_fields(text)
        committee = committee or page_body
        when = when or page_date
    if committee is None:
        committee = _asked_body(text)
    if when is None and isinstance(committee, str):
        when = coming_meeting_date(text[:ISSUER_SCAN_CHARS], committee)
    return DocumentHeader(
        issuing_body=issuing_body(text),
        meeting_body=committee if isinstance(committee, str) else None,
        meeting_date=when if isinstance(when, date) else None,
    )
