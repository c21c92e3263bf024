"""Sterling amounts: `£1.7m`, `£160k`, `-£25,000`, `(£5,502)` in a row, bare figures in `£'000` tables
and under the Net/VAT/Gross columns of payments tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extractors.dates import financial_year_in
from extractors.doctext import Collector, DocText
from extractors.tables import (
    CONTRIBUTOR_NAME,
    UNIT_SCALE,
    ScaledCell,
    cell_context,
    contributor_named,
    is_contributor_table,
    money_column_cells,
    pound_column_cells,
    scaled_table_cells,
    stacked_cell_cells,
)
from schemas import Amount, AmountKind

# A minus is only a sign when glued to the pound sign and not the tail of a range ("£5m-£6m").
_AMOUNT = re.compile(
    r"(?:(?<![\w£.,)])(?P<lead>[-−]))?"
    r"(?P<open>\()?"
    r"£(?!\t)\s?(?P<inner>[-−])?"  # "£<tab>30-September-24": a "£" heading cell beside a date cell
    # "£1, 002,318": a stray space after the first comma, read when another comma group follows it, or after two or
    # three digits ("£329, 546") unless a list goes on ("£100, 200 and 300"); "£5, 100 people" stays £5.
    r"(?P<num>\d{1,3},[ \xa0]\d{3}(?:,\d{3})+(?:\.\d+)?|\d{2,3},[ \xa0]\d{3}(?![\d,]|[ \xa0]+(?:and|or|to)\b)(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,]*\d)"
    # A unit letter must be on the amount's line: "£50.35" ending a table row is no "£50,350" with the
    # next row's "K& M Lighting"; only a spelt-out unit may wrap to the next line.
    # A spaced capital letter before a name is an initial, not a unit: "£118.40 P & Q Lighting", "£24.00 J Smith".
    r"(?:(?:[ \xa0]|\s(?=(?i:billion|million|thousand)))?(?P<unit>(?i:bn|billion|mn|million|m|k|thousand))(?![A-Za-z0-9²])"
    r"(?!(?<=[ \xa0][KM])[ \xa0]+(?:&|[A-Z][a-z]|[A-Z]\b)))?"
    r"(?P<close>\))?"
)

# Cue words for the kind of amount; the nearest cue to the amount wins.
_KIND_CUES: list[tuple[AmountKind, re.Pattern[str]]] = [
    (AmountKind.ANNUAL, re.compile(
        r"\bper\s+annum\b|\bp\.\s?a\b\.?|\bannual(?:ly)?\b|\bper\s+year\b|\ba\s+year\b|\beach\s+year\b"
        r"|\byearly\b|\bfull[- ]year\b", re.I)),
    (AmountKind.SAVING, re.compile(r"\bsavings?\b|\bcost\s+avoidance\b|\befficienc(?:y|ies)\b", re.I)),
    (AmountKind.CONTRIBUTION, re.compile(r"\bcontribut\w*", re.I)),
    (AmountKind.TOTAL, re.compile(r"\btotal\w*|\bin\s+all\b|\baltogether\b", re.I)),
    (AmountKind.FUNDING, re.compile(
        r"\bfund(?:s|ing|ed)?\b|\bgrants?\b|\ballocat\w+|\bbudget\w*|\binvest\w*", re.I)),
    (AmountKind.COST, re.compile(
        r"\bcosts?\b|\bcosting\b|\bspend\w*|\bexpenditure\b|\bprices?\b|\bfees?\b|\bcharges?\b|\brates?\b", re.I)),
]
_SUFFIX_ANNUAL = re.compile(r"^\s*(?:\)\s*)?(?:per\s+annum|p\.\s?a\.?|pa\b|annually|per\s+year|a\s+year|each\s+year)", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(])|\n\s*\n|\t")
_TRAILING_FILLER = {
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "of", "to", "at", "by", "for", "from",
    "and", "or", "with", "totalling", "totaling", "approximately", "around", "about", "circa", "c",
    "over", "some", "nearly", "almost", "estimated", "as", "in", "on", "which", "that", "this", "it",
}
# A sum as written in a sentence ("£3,101,989", "£4m", "£1.2 million"): the one pattern the agreement readers
# (grants received, awarded and decided, decision nouns) use to find a sum inside a clause.
WRITTEN_SUM = r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|M|k|bn|million|billion)\b)?"
_EARLIER_AMOUNT = re.compile(r"£\s?[-−]?[\d.,]+\s?(?:bn|billion|mn|million|m|k|thousand)?\b", re.I)
_WHAT_WORD = re.compile(r"[A-Za-z][\w'’&/.-]*|\d[\w/.-]*")
_UP_TO = re.compile(r"\bup\s+to\s*$", re.I)
# The unit written once after a range belongs to both ends: "£8-10 million", "£2 to 3m".
_RANGE_TAIL = re.compile(
    r"[ \xa0]?(?:[-–—]|to\b)[ \xa0]?(?P<num>\d+(?:\.\d+)?)[ \xa0]?(?P<unit>bn|billion|mn|million|m|k|thousand)(?![A-Za-z0-9²])",
    re.I,
)
# Sterling written without "£": pence ("11 pence", "40p per mile") and millions after a money noun
# ("funding of 0.624M"); a bare "2.5m" elsewhere may be metres, people or miles, so it needs the noun.
_PENCE_AMOUNT = re.compile(
    r"(?<![\w£.,])(?P<num>\d{1,3}(?:\.\d+)?)(?:[ \xa0]?pence\b|p(?=[ \xa0]+(?:per|a|an|each)\b))"
)
_NOUN_MILLIONS = re.compile(
    r"\b(?:funding|grants?|budgets?|allocations?|investment|costs?)[ \xa0]+of[ \xa0]+"
    r"(?:(?:approximately|around|about|circa|c\.|up[ \xa0]+to)[ \xa0]+)?"
    r"(?P<num>\d{1,4}(?:\.\d+)?)[ \xa0]?(?P<unit>M|m|mn|bn|million|billion)(?![\w²])",
    re.IGNORECASE,
)
WHAT_WORDS = 8
"""How many words before an amount describe it."""

# "the CCG will contribute £X", "the Council's contribution of £X", "NHS Kent has agreed to contribute up to £X".
_PAYER_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:[Tt]he\s+)?(?P<who>{CONTRIBUTOR_NAME})(?:['’]s)?\s+"
    r"(?:(?:will|would|shall|is\s+to|has\s+agreed\s+to|agreed\s+to|is\s+expected\s+to|(?:is\s+)?required\s+to)\s+)?"
    r"(?:(?:make\s+an?\s+)?(?:(?:annual|further|additional|agreed|proposed|total)\s+)?contribut(?:e|es|ed|ing|ion))"
    r"(?:\s+(?:of|is|was|will\s+be|would\s+be|amounts\s+to|totals?|totall?ing|towards\s+[\w\s]{1,40}?\s+(?:of|is)))?"
    r"(?:\s+(?:up\s+to|approximately|around|about|circa|c\.|an?\s+(?:additional|further|annual)|a\s+total\s+of))?\s*$"
)
# "£X contribution from the CCG", "£X contributed by Kent County Council".
_PAYER_AFTER = re.compile(
    rf"^\s*(?:\)\s*)?(?:(?:per\s+annum|a\s+year)\s+)?(?:contribution|contributed|to\s+be\s+contributed)\s+"
    rf"(?:from|by)\s+(?:[Tt]he\s+)?(?P<who>{CONTRIBUTOR_NAME})"
)
# "a contribution (£82.3m) from the Council", "a contribution £2m from the ICB".
_PAYER_AROUND = (
    re.compile(r"\bcontribution\s*\(?$"),
    re.compile(rf"^\)?\s*(?:from|by)\s+(?:[Tt]he\s+)?(?P<who>{CONTRIBUTOR_NAME})"),
)
_LINE_HEADINGS = re.compile(rf"(?P<who>{CONTRIBUTOR_NAME})(?:['’]s)?\s+contributions?\b")
HEADING_LINES_UP = 10
"""How many non-blank lines above an amount a heading line of a text-flattened table may sit."""


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    text: str
    value: Decimal
    in_row: bool


def parse_amount(text: str) -> Decimal | None:
    """The value in pounds of one written amount (`£1.7m` -> 1700000), or None."""
    match = _AMOUNT.fullmatch(text.strip())
    return _value_of(match, in_row=True) if match else None


def _value_of(match: re.Match[str], in_row: bool) -> Decimal | None:
    try:
        number = Decimal(re.sub(r"[,\s]", "", match["num"]))
    except InvalidOperation:
        return None
    if match["unit"]:
        number *= UNIT_SCALE[match["unit"].lower()]
    negative = bool(match["lead"] or match["inner"])
    # "(£5,502)" is an accountant's negative only as a whole cell; in prose it is an aside.
    if match["open"] and match["close"] and in_row:
        negative = True
    return -number if negative else number


def _is_whole_cell(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    opens = start == 0 or before.endswith(("\t", "\n", "  "))
    closes = end >= len(text) or after.startswith(("\t", "\n", "  ")) or after.strip() == ""
    return opens and closes


def find_amounts(text: str) -> list[_Found]:
    """Every `£` amount in the text with its signed value; zero amounts are left out."""
    found = []
    for match in _AMOUNT.finditer(text):
        start, end = match.span()
        if match["open"] and not match["close"]:
            start += 1  # "(£2,421,213 ..." : the bracket is not part of the amount
        if match["close"] and not match["open"]:
            end -= 1
        in_row = _is_whole_cell(text, start, end)
        value = _value_of(match, in_row)
        if value is None or value == 0:
            continue
        tail = None if match["unit"] or match["close"] else _RANGE_TAIL.match(text, end)
        if tail is not None:
            scale = UNIT_SCALE[tail["unit"].lower()]
            found.append(_Found(start, end, text[start:end], value * scale, in_row))
            found.append(_Found(tail.start("num"), tail.end(), text[tail.start("num") : tail.end()], Decimal(tail["num"]) * scale, in_row))
            continue
        found.append(_Found(start, end, text[start:end], value, in_row))
    return found


def find_unsigned_amounts(text: str) -> list[_Found]:
    """Sterling amounts written without a pound sign: pence and millions after a money noun."""
    found = []
    for match in _PENCE_AMOUNT.finditer(text):
        value = Decimal(match["num"]) / 100
        if value:
            found.append(_Found(match.start(), match.end(), match.group(0), value, False))
    for match in _NOUN_MILLIONS.finditer(text):
        value = Decimal(match["num"]) * UNIT_SCALE[match["unit"].lower()]
        if value:
            found.append(_Found(match.start("num"), match.end(), text[match.start("num") : match.end()], value, False))
    return found


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or table cell run) around a span, capped so context stays local."""
    floor = max(0, start - 160)
    left = floor
    for match in _SENTENCE_END.finditer(text, floor, start):
        left = match.end()
    tail = _SENTENCE_END.search(text, end, min(len(text), end + 120))
    right = tail.start() if tail else min(len(text), end + 120)
    return left, right


def _line_before(text: str, start: int) -> str:
    """The words on the amount's line before it: after any earlier amount, or the row label of a figures row."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if ends:
        before = before[ends[-1] :]
    pieces = _EARLIER_AMOUNT.split(before)
    if len(pieces) > 1 and len(_WHAT_WORD.findall(pieces[-1])) < 2:
        return pieces[0]  # "Income -£10.0m -£23.5m": every figure on the row shares its label
    return pieces[-1]


def describe(text: str, start: int, end: int) -> str | None:
    """A short phrase saying what the amount at text[start:end] is: the words before it on its line."""
    context = cell_context(text, start)
    if context is not None and context.row_label:
        parts = [context.row_label, context.column_header or ""]
        return " – ".join(p for p in parts if p) or None
    words = _WHAT_WORD.findall(_line_before(text, start))[-WHAT_WORDS:]
    up_to = bool(_UP_TO.search(" ".join(words)))
    while words and words[-1].lower().strip(".") in _TRAILING_FILLER | {"up"}:
        words.pop()
    if len(words) < 2:
        # Nothing before it on the line ("£160,000 transformation bid"): read on to the next figure.
        after = re.split(r"[£\d]|\n\s*\n|\.\s", text[end : end + 80])[0]
        words = words + re.findall(r"[A-Za-z][\w'’&/-]*", after)[:6]
    phrase = " ".join(words).strip(" ,;:-–")
    if up_to and phrase:
        phrase = f"{phrase} (up to)"
    return phrase or None


def kind_of(text: str, start: int, end: int) -> AmountKind:
    """The kind of amount from the nearest cue word in its sentence (annual, saving, total ...)."""
    if _SUFFIX_ANNUAL.match(text[end : end + 20]):
        return AmountKind.ANNUAL
    context = cell_context(text, start)
    if context is not None:
        return kind_from_words(" ".join(filter(None, [context.row_label, context.column_header])))
    left, right = _sentence_bounds(text, start, end)
    best: tuple[int, AmountKind] | None = None
    for kind, pattern in _KIND_CUES:
        for match in pattern.finditer(text, left, right):
            if start <= match.start() < end:
                continue
            # Words before the amount describe it more often than words after it.
            distance = start - match.end() if match.end() <= start else 2 * (match.start() - end)
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else AmountKind.OTHER


def kind_from_words(words: str) -> AmountKind:
    """The first kind whose cue appears in a label, in the order of _KIND_CUES."""
    for kind, pattern in _KIND_CUES:
        if pattern.search(words):
            return kind
    return AmountKind.OTHER


def payer_in_sentence(text: str, start: int, end: int) -> str | None:
    """The body a sentence says pays the amount ("the CCG will contribute £X" -> "CCG"), or None."""
    left, right = _sentence_bounds(text, start, end)
    before = " ".join(text[left:start].split())
    after = " ".join(text[end:right].split())
    match = _PAYER_BEFORE.search(before) or _PAYER_AFTER.match(after)
    if match is None and _PAYER_AROUND[0].search(before):
        match = _PAYER_AROUND[1].match(after)
    return match["who"] if match else None


def _headings(line: str) -> list[str | None] | None:
    """Column headings of a flattened table heading line ("LA contribution CCG contribution Total"),
    each heading's payer or None (a total); None when the line is not such a heading line."""
    stripped = " ".join(line.split())
    found = list(_LINE_HEADINGS.finditer(stripped))
    if len(found) < 2 or found[0].start() != 0:
        return None
    payers: list[str | None] = []
    for match, following in zip(found, found[1:] + [None]):
        gap = stripped[match.end() : following.start() if following else len(stripped)].strip()
        if following and gap:
            return None  # words between two headings: not a plain heading row
        payers.append(match["who"])
    tail = stripped[found[-1].end() :].strip()
    if tail:
        if not re.match(r"(?i)total\b", tail):
            return None
        payers.append(None)
    return payers


def payer_from_heading_line(text: str, start: int) -> str | None:
    """Payer of an amount under a heading line whose columns the PDF flattened one value per line:
    the n-th amount below "LA contribution CCG contribution Total" belongs to the n-th heading."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # not alone on its line
    position = line_start
    lines_seen = 0
    while lines_seen < HEADING_LINES_UP and position > 0:
        above_start = text.rfind("\n", 0, position - 1) + 1
        line = text[above_start : position - 1]
        position = above_start
        if "\f" in line:
            return None
        if not line.strip():
            continue  # blank lines are layout, not rows
        lines_seen += 1
        headings = _headings(line)
        if headings is not None:
            between = find_amounts(text[position + len(line) : start])
            index = len(between)
            return headings[index] if index < len(headings) else None
        if len(_WHAT_WORD.findall(line)) > 4:
            return None  # prose or a long label: the amount is not in a flattened heading row
    return None


_PAYER_CUE = re.compile(r"\bcontribut|\bpool(?:ed)?\b|\bshare\b", re.I)


def payer_of(text: str, start: int, end: int) -> str | None:
    """The body paying an inline amount: its table column or row, a flattened heading row, or its sentence."""
    context = cell_context(text, start)
    if context is not None:
        words = " ".join(filter(None, [context.column_header, context.row_label, context.row_text]))
        if not _PAYER_CUE.search(words + " " + text[max(0, start - 300) : start]):
            return None
        return contributor_named(context.column_header or "") or contributor_named(context.row_label)
    return payer_from_heading_line(text, start) or payer_in_sentence(text, start, end)


def _year_for(text: str, start: int, end: int) -> str | None:
    context = cell_context(text, start)
    if context is not None:
        return financial_year_in(context.column_header or "", allow_short=True) or financial_year_in(
            context.row_text
        )
    left, right = _sentence_bounds(text, start, end)
    return financial_year_in(text[left:right])


def _table_amount(
    doc: DocText, collect: Collector, cell: ScaledCell, rule: str = "money.table_scaled"
) -> Amount | None:
    context_words = " ".join(filter(None, [cell.row_label, cell.column_header]))
    kind = AmountKind.CONTRIBUTION if is_contributor_table(cell) else kind_from_words(context_words)
    year = (
        financial_year_in(cell.column_header or "", allow_short=True)
        or financial_year_in(cell.row_label)
        or financial_year_in(cell.caption)
    )
    what = " – ".join(p for p in (cell.row_label, cell.column_header) if p) or None
    payer = (contributor_named(cell.column_header or "") or contributor_named(cell.row_label)
             if kind is AmountKind.CONTRIBUTION else None)
    return collect.build(
        Amount,
        evidence=doc.evidence(cell.start, cell.end),
        confidence=0.75,
        rule=rule,
        value_gbp=cell.value,
        text=cell.text,
        kind=kind,
        what=what,
        financial_year=year,
        payer=payer,
        from_table=True,
    )


def extract_amounts(doc: DocText, collect: Collector) -> list[Amount]:
    """Every sterling amount in the document, normalised to pounds, with kind and description."""
    text = doc.text
    amounts: list[Amount] = []
    signed = find_amounts(text)
    for found in signed + find_unsigned_amounts(text):
        up_to = bool(_UP_TO.search(text[max(0, found.start - 12) : found.start]))
        amount = collect.build(
            Amount,
            evidence=doc.evidence(found.start, found.end),
            confidence=0.8 if up_to else 0.9,
            rule="money.inline_up_to" if up_to else "money.inline",
            value_gbp=found.value,
            text=found.text,
            kind=kind_of(text, found.start, found.end),
            what=describe(text, found.start, found.end),
            financial_year=_year_for(text, found.start, found.end),
            payer=payer_of(text, found.start, found.end),
            from_table=cell_context(text, found.start) is not None,
        )
        if amount is not None:
            amounts.append(amount)
    scaled = scaled_table_cells(text)
    for cell in scaled:
        amount = _table_amount(doc, collect, cell)
        if amount is not None:
            amounts.append(amount)
    taken = {(cell.start, cell.end) for cell in scaled}
    for cell in money_column_cells(text):
        if (cell.start, cell.end) in taken:
            continue
        taken.add((cell.start, cell.end))
        amount = _table_amount(doc, collect, cell, rule="money.table_payments")
        if amount is not None:
            amounts.append(amount)
    inline = {(found.start, found.end) for found in signed}
    # Figures under a spaced heading's "£", and under a "£" cell of a table flattened to one cell per line.
    for cells, rule in ((pound_column_cells(text), "money.table_pound_column"),
                        (stacked_cell_cells(text), "money.table_stacked_cells")):
        for cell in cells:
            if (cell.start, cell.end) in taken or (cell.start - 1, cell.end) in inline:
                continue
            amount = _table_amount(doc, collect, cell, rule=rule)
            if amount is not None:
                amounts.append(amount)
    amounts.sort(key=lambda a: (a.evidence.page, a.evidence.start))
    return amounts
