"""Dates as UK papers write them (`31/3/22`, `8th October 2020`, `Thu 10 Dec 2020`), months and financial years."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from extractors.doctext import Collector, DocText
from extractors.tables import cell_context
from schemas import DateMention, DatePrecision, DateRole, Report

_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
# A two-digit year must share the line; a four-digit one may follow a line break ("31 March\n2019"). A two-digit
# one never follows a full stop or comes before "%": "to 7am Wednesday 30 July. 90% of members voted" is 30 July.
_YEAR_TAIL = (
    # A colon may follow a four-digit year ("until 31 March 2023: Undertake ..."); after two digits it makes a time.
    r"(?:,?[ \t]*(?P<year>(?:19|20)\d{2}(?![\d/]|:\d|[.,]\d)|(?<!\.)(?<!\.[ \t])\d{2}(?![ \t]?%)(?![\d/:]|[.,]\d))"
    r"|,?[ \t]*\n[ \t\n]*(?P<year_nl>(?:19|20)\d{2})(?![\d/:]|[.,]\d))?"
)

# Lookbehinds stand after a pattern's first digit(s), not before: a pattern opening with a digit is searched for
# fast, one opening with a lookbehind is tried at every position of the text (the same matches either way).
_ISO = re.compile(r"(?P<year>(?:19|20)(?<![\d/.-]..)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
# Slashes with any year; dots or hyphens only with a four-digit year, since "2.4.10" is a paragraph number.
_NUMERIC = re.compile(
    r"(?<![\d/.£,:-])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/]|[.,]\d)"
    r"|(?<![\d/.£,:-])(?P<day2>\d{1,2})(?P<sep>[.-])(?P<month2>\d{1,2})(?P=sep)(?P<year2>(?:19|20)\d{2})(?![\d.-]\d|\d)"
)
# An ordinal day may end a line with its month on the next ("due to close on 12th\nFebruary"); a PDF's
# superscript ordinal may sit on the line after its number ("9\nth April 2021").
_DAY_MONTH = re.compile(
    r"(?P<weekday>" + _WEEKDAY + r")(?<![\d.,/£:])(?<![A-Za-z]-)(?P<day>\d{1,2})(?:[ \t]*\n(?=(?:st|nd|rd|th)[ \t]))?"
    r"[ \t]?(?:(?:st|nd|rd|th)(?:[ \t]*\n)?)?[ \t]*(?:of[ \t]+)?"
    + _MONTH + _YEAR_TAIL,
    re.IGNORECASE,
)
# "held on 28.01.19 and 12.02.19": dots with a two-digit year only in the exact dd.mm.yy shape and after
# a word that introduces a date, since "10.12.15" alone is as likely a paragraph number.
_DOTTED_SHORT = re.compile(
    r"\b(?:on|dated|and|from|until|by)[ \t]+(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{2})(?![\d]|\.\d)", re.IGNORECASE
)
# System-generated dates: "30-Aug-2020", "05-JAN-2021" (a named month between hyphens, four-digit year).
_DAY_MON_HYPHEN = re.compile(r"(?P<day>\d(?<![\w-].)\d?)-" + _MONTH + r"-(?P<year>(?:19|20)\d{2})(?![\w-])", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    r"(?<![\w])" + _MONTH + r"[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/])",
    re.IGNORECASE,
)
# Days sharing one month and year: "23rd and 24th June 2018", "June 23rd & 24th 2018", "10, 11 and 12 March 2025".
_LISTED_DAY = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d])")
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:[ \t]*,[ \t]*\d{1,2}(?:st|nd|rd|th)?)*[ \t]*(?:&|and)[ \t]*\d{1,2}(?:st|nd|rd|th)?"
_DAY_LIST = re.compile(r"(?<![\d/.£,:-])" + _DAYS + r"[ \t]+" + _MONTH + r"[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/])",
                       re.IGNORECASE)
_MONTH_DAY_LIST = re.compile(r"(?<![\w])" + _MONTH + r"[ \t]+" + _DAYS + r",?[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/])",
                             re.IGNORECASE)
# A line wrapped between a date's day and its month ("launched on 10" / "March 2025"): only after a word that
# introduces a date and with the year written, since a number ending a line is as often a page or list number.
_WRAPPED_DAY = re.compile(r"\b(?:on|by|from|until|to|before|after|dated|of|and|expires?|expiring|ends?|ending|"
                          r"commenc(?:es|ed|ing)|starts?|starting|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)"
                          r"[ \t]+(?P<day>\d{1,2})[ \t]*\n[ \t]*"
                          + _MONTH + r"[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/])", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"(?<![\w])" + _MONTH + r"[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/]|-\d)", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(
    r"(?P<first>(?:19|20)(?<![\d/.-]..)\d{2})[ \t]?(?:/|-|–|to)[ \t]?(?P<second>(?:19|20)?\d{2})(?![\d/]|-\d)"
)
_SHORT_FINANCIAL_YEAR = re.compile(r"(?P<first>\d(?<![\d/.-].)\d)/(?P<second>\d{2})(?![\d/])")
_WORD_AFTER_YEAR = re.compile(r"[ \t]+[a-z]")
_RANGE_JOIN = re.compile(r"[ \t]*(?:or|and|to|until|till|-|–|—|&)[ \t]*", re.IGNORECASE)

# Cue words before a date; a short preposition counts only when it sits just before the date.
_ROLE_CUES: list[tuple[DateRole, re.Pattern[str], bool]] = [
    (DateRole.MEETING, re.compile(
        r"meeting\s+date|date\s+of\s+(?:the\s+)?meeting|\bmeeting\b|committee\s+date|\bheld\b", re.I), False),
    (DateRole.PUBLISHED, re.compile(
        r"\bpublished\b|\bissued\b|\bdated\b|\bas\s+at\b|\bupdated\b|\bdespatch\w*|\bdispatch\w*"
        r"|\bcirculated\b|\bprinted\b", re.I), False),
    (DateRole.DEADLINE, re.compile(
        r"\bdeadline\b|\bno\s+later\s+than\b|\bnot\s+later\s+than\b|\bclosing\s+date\b|\bcloses\b", re.I), False),
    (DateRole.DEADLINE, re.compile(r"\bby\b|\bbefore\b", re.I), True),
    (DateRole.START, re.compile(
        r"\bcommenc\w*|\beffective\b|\bwith\s+effect\b|\bstart\w*|\bbegin\w*|\bgo[- ]live\b", re.I), False),
    (DateRole.START, re.compile(r"\bfrom\b|\bopens?\b", re.I), True),
    (DateRole.END, re.compile(r"\bending\b|\bends?\b|\bexpir\w*|\bterminat\w*|\bclose\b", re.I), False),
    (DateRole.END, re.compile(r"\bto\b(?!\s*:)|\buntil\b|\btill\b|\bthrough\b", re.I), True),
]
_HEADER_CUES: list[tuple[DateRole, re.Pattern[str]]] = [
    (DateRole.DEADLINE, re.compile(r"deadline|no\s+later", re.I)),
    (DateRole.PUBLISHED, re.compile(r"despatch|dispatch|publish|issue", re.I)),
    (DateRole.MEETING, re.compile(r"meeting|committee\s+date|board\s+date", re.I)),
    (DateRole.START, re.compile(r"\bstart|commence|\bfrom\b", re.I)),
    (DateRole.END, re.compile(r"\bend\b|expir|\buntil\b", re.I)),
]
_HEADER_LINE_WORDS = re.compile(r"committee|cabinet|council|board|meeting|panel|^\s*date\s*:", re.I)
_HEADING_CONNECTORS = {"of", "and", "the", "for", "to"}
PREPOSITION_GAP_WORDS = 1
"""A preposition cue ("by", "from", "to") must be within this many words of the date."""
HEADER_CHARS = 800
"""A date this near the start of a document or report, alone on its line, is its meeting date."""


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    value: date
    precision: DatePrecision
    rule: str
    year_written: bool = True
    confidence: float = 0.9
    weekday: int | None = None  # 0 = Monday, when the text names the day of the week


_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_RANGE_BETWEEN = re.compile(r"[ \t]*(?:-|–|—|to|until|till)[ \t]*", re.IGNORECASE)  # one line: not a list bullet


def _month_number(name: str) -> int:
    return _MONTH_NUMBER[name[:3].lower()]


def _full_year(written: str) -> int:
    year = int(written)
    return 2000 + year if len(written) == 2 else year


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def financial_year_in(text: str, allow_short: bool = False) -> str | None:
    """The first financial year written in the text (`2017/18`, `2017-2018`; `17/18` if allowed) as `2017/18`."""
    for match in _FINANCIAL_YEAR.finditer(text):
        label = _financial_label(match["first"], match["second"])
        if label:
            return label
    if allow_short:
        for match in _SHORT_FINANCIAL_YEAR.finditer(text):
            label = _financial_label("20" + match["first"], match["second"])
            if label:
                return label
    return None


def _financial_label(first: str, second: str) -> str | None:
    start = int(first)
    follows = int(second) == start + 1 if len(second) == 4 else int(second) == (start + 1) % 100
    return f"{start}/{(start + 1) % 100:02d}" if follows else None


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in taken)


_REFERENCE = re.compile(r"(?P<prefix>\d(?<![\d/.].)\d?/\d{1,2})/(?P<item>\d{1,3})(?![\d/])")
NUMBERING_MIN_ITEMS = 3
"""Different last parts after one "14/11/" that make it a minute-numbering scheme rather than dates."""


def _minute_numbering(text: str) -> set[str]:
    """Prefixes ("14/11") that small councils' minutes number their items with: "14/11/3", "14/11/4", "14/11/5"."""
    items: dict[str, set[str]] = {}
    for match in _REFERENCE.finditer(text):
        items.setdefault(match["prefix"], set()).add(match["item"])
    return {prefix for prefix, seen in items.items() if len(seen) >= NUMBERING_MIN_ITEMS}


def _find_explicit(text: str) -> list[_Mention]:
    """Dates with a year written, in order of how unambiguous the pattern is."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def keep(mention: _Mention) -> None:
        if _free(taken, mention.start, mention.end):
            found.append(mention)
            taken.append((mention.start, mention.end))

    def keep_day(start: int, end: int, value: date | None, rule: str, confidence: float = 0.9) -> None:
        """A day date with its year written, if the day exists."""
        if value is not None:
            keep(_Mention(start, end, value, DatePrecision.DAY, rule, True, confidence))

    for match in _ISO.finditer(text):
        value = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        keep_day(match.start(), match.end(), value, "dates.iso")
    numbering = _minute_numbering(text)
    for match in _NUMERIC.finditer(text):
        day, month, year = (match["day"], match["month"], match["year"]) if match["day"] else (
            match["day2"], match["month2"], match["year2"])
        if len(year) == 2 and f"{day}/{month}" in numbering:
            continue  # "14/11/10" in minutes numbered 14/11/3, 14/11/4, ...: an item number, not a date
        value = _valid(_full_year(year), int(month), int(day))
        keep_day(match.start(), match.end(), value, "dates.numeric", 0.9 if len(year) == 4 else 0.85)
    for match in _DOTTED_SHORT.finditer(text):
        value = _valid(_full_year(match["year"]), int(match["month"]), int(match["day"]))
        keep_day(match.start("day"), match.end(), value, "dates.dotted_short", 0.8)
    for match in _DAY_MON_HYPHEN.finditer(text):
        value = _valid(int(match["year"]), _month_number(match["month"]), int(match["day"]))
        keep_day(match.start(), match.end(), value, "dates.day_mon_hyphen")
    for match in _DAY_MONTH.finditer(text):
        _keep_day_month(text, match, keep)
    for match in _DAY_LIST.finditer(text):
        month, year = _month_number(match["month"]), int(match["year"])
        days = list(_LISTED_DAY.finditer(text, match.start(), match.start("month")))
        for day in days[:-1]:  # the last day is read with its month and year as any date is
            keep_day(day.start(), day.end(), _valid(year, month, int(day["day"])), "dates.day_list", 0.8)
    for match in _MONTH_DAY_LIST.finditer(text):
        month, year = _month_number(match["month"]), int(match["year"])
        days = list(_LISTED_DAY.finditer(text, match.end("month"), match.start("year")))
        for index, day in enumerate(days):
            start = match.start() if index == 0 else day.start()
            end = match.end() if index == len(days) - 1 else day.end()
            keep_day(start, end, _valid(year, month, int(day["day"])), "dates.day_list", 0.8)
    for match in _WRAPPED_DAY.finditer(text):
        value = _valid(int(match["year"]), _month_number(match["month"]), int(match["day"]))
        keep_day(match.start("day"), match.end(), value, "dates.wrapped_day", 0.8)
    for match in _MONTH_DAY_YEAR.finditer(text):
        value = _valid(int(match["year"]), _month_number(match["month"]), int(match["day"]))
        keep_day(match.start(), match.end(), value, "dates.month_day_year")
    for match in _MONTH_YEAR.finditer(text):
        if match["month"][0].isupper():
            value = date(int(match["year"]), _month_number(match["month"]), 1)
            keep(_Mention(match.start(), match.end(), value, DatePrecision.MONTH, "dates.month_year", True, 0.8))
    for match in _FINANCIAL_YEAR.finditer(text):
        label = _financial_label(match["first"], match["second"])
        if label:
            value = date(int(match["first"]), 4, 1)
            keep(_Mention(match.start(), match.end(), value, DatePrecision.FINANCIAL_YEAR,
                          "dates.financial_year", True, 0.8))
    return sorted(found, key=lambda m: m.start)


def first_full_date(text: str) -> tuple[date, int, int] | None:
    """The first date in `text` that names a day with its year written (UK order), with its span."""
    for mention in _find_explicit(text):
        if mention.precision is DatePrecision.DAY and mention.year_written:
            return mention.value, mention.start, mention.end
    return None


def _keep_day_month(text: str, match: re.Match[str], keep: Callable[[_Mention], None]) -> None:
    """A day-month date; with no (believable) year it is kept with year 1 for later inference."""
    month_name = match["month"]
    month = _month_number(month_name)
    weekday_text = match["weekday"].strip().lower()[:3]
    weekday = _WEEKDAY_NUMBER.get(weekday_text) if weekday_text else None
    day = int(match["day"])
    year_text = match["year"] or match["year_nl"]
    end = match.end()
    if year_text and len(year_text) == 2 and _WORD_AFTER_YEAR.match(text, match.end()):
        year_text = None  # "15 May 20 people attended": the 20 counts people, not a year
    if not year_text:
        end = match.end("month") + (1 if text[match.end("month") : match.end("month") + 1] == "." else 0)
        # Without a year, "may" could be the verb: ask for a capitalised month.
        if not month_name[0].isupper():
            return
        value = _valid(2000, month, day)  # a leap year, so 29 February survives until the year is known
        if value:
            keep(_Mention(match.start(), end, value, DatePrecision.DAY, "dates.day_month_inferred", False, 0.6, weekday))
        return
    value = _valid(_full_year(year_text), month, day)
    if value:
        confidence = 0.9 if len(year_text) == 4 else 0.85
        if weekday is not None and value.weekday() != weekday:
            confidence = 0.6  # "Thursday 9 October 2020" was a Friday: one of the two is wrong
        keep(_Mention(match.start(), end, value, DatePrecision.DAY, "dates.day_month_year", True, confidence, weekday))


def _anchor_year_from_partner(text: str, mention: _Mention, by_start: dict[int, _Mention]) -> date | None:
    """'15 May or 12 June 20': a yearless date joined to a dated one takes that year."""
    join = _RANGE_JOIN.match(text, mention.end)
    if not join:
        return None
    partner = by_start.get(join.end())
    if partner is None or not partner.year_written or partner.precision is not DatePrecision.DAY:
        return None
    candidate = _valid(partner.value.year, mention.value.month, mention.value.day)
    if candidate and candidate > partner.value:
        candidate = _valid(partner.value.year - 1, mention.value.month, mention.value.day)
    return candidate


def _year_from_line(text: str, mention: _Mention, mentions: list[_Mention]) -> date | None:
    """A month-year on the same line naming the same month ('Aug 2020 ... 19th Aug')."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    for other in mentions:
        if (
            other.precision is DatePrecision.MONTH
            and line_start <= other.start < line_end
            and other.value.month == mention.value.month
        ):
            return _valid(other.value.year, mention.value.month, mention.value.day)
    return None


def _nearest_year(mention: _Mention, anchor: date) -> date | None:
    """The reading of a yearless day-month closest to the anchor date."""
    options = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _valid(y, mention.value.month, mention.value.day)) is not None
    ]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _infer_years(
    text: str, mentions: list[_Mention], anchor_for: dict[int, date | None]
) -> list[_Mention]:
    """Give each yearless date a year from a joined date, a same-line month heading, or the anchor."""
    by_start = {m.start: m for m in mentions if m.year_written}
    resolved: list[_Mention] = []
    dated = [m for m in mentions if m.year_written and m.precision is DatePrecision.DAY]
    for mention in mentions:
        if mention.year_written:
            resolved.append(mention)
            continue
        value = _anchor_year_from_partner(text, mention, by_start) or _year_from_line(text, mention, mentions)
        if value is None:
            anchor = anchor_for.get(mention.start) or _nearest_preceding(dated, mention)
            value = _nearest_year(mention, anchor) if anchor else None
        if value is not None:
            # A named weekday that disagrees with the inferred year means the guess is shaky.
            clash = mention.weekday is not None and value.weekday() != mention.weekday
            resolved.append(replace(mention, value=value, confidence=0.4 if clash else mention.confidence))
    return resolved


def _nearest_preceding(dated: list[_Mention], mention: _Mention) -> date | None:
    before = [m for m in dated if m.start < mention.start]
    if before:
        return before[-1].value
    after = [m for m in dated if m.start > mention.start]
    return after[0].value if after else None


def _role_from_header(header: str) -> DateRole | None:
    for role, pattern in _HEADER_CUES:
        if pattern.search(header):
            return role
    return None


def _role_from_words(before: str) -> DateRole | None:
    """The cue nearest the end of the text before a date decides its role."""
    best: tuple[int, DateRole] | None = None
    for role, pattern, is_preposition in _ROLE_CUES:
        for match in pattern.finditer(before):
            gap = before[match.end() :]
            if is_preposition and len(re.findall(r"\S+", gap)) > PREPOSITION_GAP_WORDS:
                continue
            distance = len(gap)
            if best is None or distance < best[0]:
                best = (distance, role)
    return best[1] if best else None


def _text_before(text: str, mentions: list[_Mention], mention: _Mention) -> str:
    """Words before a date back to the previous date or sentence end, within 80 characters."""
    floor = max(0, mention.start - 80)
    for other in mentions:
        if other.end <= mention.start and other.end > floor:
            floor = other.end
    before = text[floor : mention.start]
    cut = max(before.rfind(". "), before.rfind("\n\n"), before.rfind("\t"))
    return before[cut + 1 :] if cut >= 0 else before


def _is_header_date(text: str, mention: _Mention, header_starts: list[int]) -> bool:
    """A date near the top of a document or report, alone on its line or beside a committee name."""
    if not any(0 <= mention.start - s <= HEADER_CHARS for s in header_starts):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : mention.start] + " " + text[mention.end : line_end]
    words = re.findall(r"[A-Za-z][\w'’]*", rest)
    # A heading ("CABINET – 18 JULY 2017", "To: Cabinet, 30 January 2025"), not a sentence.
    heading = len(words) <= 6 and all(w[0].isupper() or w in _HEADING_CONNECTORS for w in words)
    return not words or (heading and bool(_HEADER_LINE_WORDS.search(rest)))


def _role(
    text: str,
    mentions: list[_Mention],
    mention: _Mention,
    header_starts: list[int],
    meeting_dates: set[date],
) -> DateRole:
    context = cell_context(text, mention.start)
    if context is not None and context.column_header:
        role = _role_from_header(context.column_header)
        if role is not None:
            return role
    role = _role_from_words(_text_before(text, mentions, mention))
    if role is not None:
        return role
    if mention.precision is DatePrecision.DAY and _is_header_date(text, mention, header_starts):
        return DateRole.MEETING
    if mention.precision is DatePrecision.DAY and mention.value in meeting_dates:
        return DateRole.MEETING
    return DateRole.OTHER


def _report_anchor(reports: list[Report], offset: int) -> date | None:
    for report in reports:
        if report.start <= offset <= report.end and report.meeting_date:
            return report.meeting_date
    return None


def find_dates(text: str, reports: list[Report] | None = None) -> list[tuple[_Mention, DateRole]]:
    """Every date mention in the text with its role; yearless dates get a year from context."""
    reports = reports or []
    raw = _find_explicit(text)
    header_starts = [0] + [r.start for r in reports]
    meeting_dates = {r.meeting_date for r in reports if r.meeting_date}
    explicit = [m for m in raw if m.year_written]
    # The paper's own meeting is dated on its first page; a meeting recalled later in the text
    # ("agreed at a Cabinet meeting on 5th October 2023") must not set the year of every yearless date.
    first_page_end = text.find("\f")
    first_page_end = len(text) if first_page_end < 0 else first_page_end
    document_meeting = next(
        (
            m.value
            for m in explicit
            if m.precision is DatePrecision.DAY
            and m.start < first_page_end
            and _role(text, explicit, m, header_starts, meeting_dates) is DateRole.MEETING
        ),
        None,
    )
    anchors = {m.start: _report_anchor(reports, m.start) or document_meeting for m in raw if not m.year_written}
    mentions = _infer_years(text, raw, anchors)
    if document_meeting:
        meeting_dates.add(document_meeting)
    roles = [_role(text, mentions, m, header_starts, meeting_dates) for m in mentions]
    return list(zip(mentions, _range_roles(text, mentions, roles), strict=True))


def _range_roles(text: str, mentions: list[_Mention], roles: list[DateRole]) -> list[DateRole]:
    """'1 April 2024 – 31 March 2025': the first date starts a period and the second ends it."""
    roles = list(roles)
    for i in range(1, len(mentions)):
        first, second = mentions[i - 1], mentions[i]
        if first.precision is not DatePrecision.DAY or second.precision is not DatePrecision.DAY:
            continue
        if not _RANGE_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        if roles[i - 1] is DateRole.OTHER:
            roles[i - 1] = DateRole.START
        if roles[i] is DateRole.OTHER:
            roles[i] = DateRole.END
    return roles


def extract_dates(doc: DocText, collect: Collector, reports: list[Report]) -> list[DateMention]:
    """Every day, month and financial-year mention in the document, with its role and precision."""
    out: list[DateMention] = []
    for mention, role in find_dates(doc.text, reports):
        record = collect.build(
            DateMention,
            evidence=doc.evidence(mention.start, mention.end),
            confidence=mention.confidence,
            rule=mention.rule,
            text=doc.text[mention.start : mention.end].strip(),
            value=mention.value,
            precision=mention.precision,
            role=role,
            year_inferred=not mention.year_written,
        )
        if record is not None:
            out.append(record)
    return out
