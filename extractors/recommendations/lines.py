"""The lines of a document as recommendation rules read them, and the list labels ("(a)", "2.1", "iv.") opening them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.doctext import DocText

# ---------------------------------------------------------------------------
# Line model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of the joined text, with its markup-free form used for matching."""

    start: int
    end: int
    raw: str
    text: str
    page_first: bool  # the first non-blank line of its page

    @property
    def cell_end(self) -> bool:
        """A line closing a table cell ("... the Policy. |"): web minutes tables end an item so."""
        raw = self.raw.strip()
        return raw.endswith("|") and not raw.startswith("|")

    @property
    def bold_heading(self) -> bool:
        """A whole line in markdown bold or a markdown heading: a heading in converted papers."""
        return bool(re.fullmatch(r"\s*(?:\*\*[^*]+\*\*|#{1,6}\s+.+)\s*", self.raw))


_MD_ESCAPE = re.compile(r"\\([()\[\]\-_*.#&+!>])")
_MD_EMPHASIS = re.compile(r"\*{1,3}")
# "1          Approved the waiver ...": a word processor's list number set off by a tab or a run of spaces, its
# stop lost in copying; read as "1." so the list is seen. One space is not enough ("3 April 2020 ...").
SPACED_NUMBER = r"\d{1,2}(?:\t|\s{3,})"
_SPACED_NUMBER = re.compile(rf"^\s*{SPACED_NUMBER}(?=[A-Z])")


def _clean(raw: str) -> str:
    """The line without markdown emphasis, escapes or heading marks, single-spaced."""
    text = _MD_ESCAPE.sub(r"\1", raw)
    text = _MD_EMPHASIS.sub("", text)
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    text = _SPACED_NUMBER.sub(lambda m: m.group().strip() + ". ", text)
    text = re.sub(r"\s+", " ", text).strip()
    if not text.startswith("|"):
        text = re.sub(r"\s*\|$", "", text)  # the border closing a table cell is no part of the text
    if re.fullmatch(r"\|[|\s]*", text):
        return ""  # "|", "||||||||": an empty table cell's borders on a line of their own part text as a blank line does
    return text


def lines_of(doc: DocText) -> list[Line]:
    """Every line of the document with its offsets; page separators become blank lines."""
    lines: list[Line] = []
    page_starts = set(doc.page_starts)
    seen_text_on_page = False
    offset = 0
    for raw in doc.text.split("\n"):
        if offset in page_starts or raw.startswith("\f"):
            seen_text_on_page = False
        text = _clean(raw.replace("\f", ""))
        lines.append(Line(offset, offset + len(raw), raw, text, bool(text) and not seen_text_on_page))
        seen_text_on_page = seen_text_on_page or bool(text)
        offset += len(raw) + 1
    return _join_lone_labels(doc.text, lines)


# "(a)", "(ii)", "3)", "b." or "11.2" alone on its line: web pages put a list label in its own cell.
_LONE_LABEL = re.compile(
    r"^(?:\((?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)|(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})[.)]|\d{1,2}\.\d{1,2}\.?)$"
)
# "•" or "-" alone on its line, its item on the next text line: PDF-to-Markdown conversions of minutes write lists so.
_LONE_BULLET = re.compile(r"^[•▪●◦‣∙·➢►■\-–]$")
LONE_BULLET_ITEM_WORDS = 3
"""Words the line after a lone bullet must have to be its item (a lone "-" is also a table's nil cell)."""
LONE_LABEL_GAP = 12
"""How many blank lines may part a label standing alone from the item text it labels."""


def text_above(lines: list[Line], index: int) -> str:
    """The nearest non-blank line above a line (its lead-in when the line opens a list)."""
    return next((lines[j].text for j in range(index - 1, -1, -1) if lines[j].text), "")


def _join_lone_labels(text: str, lines: list[Line]) -> list[Line]:
    """Lines with each label that stands alone joined to the text it labels (blank lines between dropped)."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        nxt = index + 1
        while nxt < len(lines) and nxt - index <= LONE_LABEL_GAP and not lines[nxt].text:
            nxt += 1
        lone = _LONE_LABEL.match(line.text) or (_LONE_BULLET.match(line.text) and nxt < len(lines)
                                                 and len(lines[nxt].text.split()) >= LONE_BULLET_ITEM_WORDS)
        if (lone and nxt < len(lines) and lines[nxt].text
                and not _LONE_LABEL.match(lines[nxt].text) and LABEL.match(lines[nxt].text) is None):
            after = lines[nxt]
            out.append(Line(line.start, after.end, text[line.start:after.end],
                             f"{line.text} {after.text}", line.page_first))
            index = nxt + 1
            continue
        out.append(line)
        index += 1
    return out


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

# A list label's token inside its brackets or before its stop: "a", "iv", "12".
LABEL_TOKEN = r"(?:[a-z]|[ivx]{1,4}|\d{1,2})"
ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
BULLETS = "•▪●◦‣∙·➢►■□○\uf0b7\uf0a7\uf0d8\uf076-–*o"
LABEL = re.compile(
    r"^(?:[-*]\s+)?"  # a markdown list dash before a real label
    # "(1 )" as well as "(1)": a space typed inside the bracket.
    r"(?:\([ \t]?(?P<paren>[a-zA-Z]{1,4}|\d{1,2})[ \t]?\)"
    # PDF and web text glue a paragraph number to its first word: "1.1Authorise the Council", "10.Following the debate".
    r"|(?P<decimal>\d{1,2}\.\d{1,2})\.?(?=\s|[A-Z][a-z])"
    r"|(?P<glued>\d{1,2})\.(?=[A-Z][a-z])"
    # "a.)" as some word processors number a list, as well as "a." and "a)".
    r"|(?P<plain>[a-zA-Z]{1,4}|\d{1,2})(?:\.\)|[.)])(?=\s|$)"
    # "Recommendation 1 - That the Council ...": a committee's numbered recommendations, each named as one.
    r"|(?:Recommendation|RECOMMENDATION)\s+(?P<named>\d{1,2})\s*[-–:.](?=\s)"
    rf"|(?P<bullet>[{re.escape(BULLETS)}])(?=\s))"
    r"\s*"
)


@dataclass(frozen=True)
class Label:
    """A list label: its text, kind (alpha, roman, digit, decimal, bullet) and ordinal value."""

    text: str
    kind: str
    value: tuple[int, ...]
    width: int  # characters the label and its spacing take at the line start
    bracketed: bool = False  # "(1)" rather than "1." or "1)"


def _roman_value(token: str) -> int:
    """The value of a lower-case roman numeral ("iv" -> 4)."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for i, ch in enumerate(token):
        v = values[ch]
        total += -v if i + 1 < len(token) and values[token[i + 1]] > v else v
    return total


def parse_label(text: str, previous: Label | None) -> Label | None:
    """The list label opening a line, read in the light of the previous label at that level."""
    m = LABEL.match(text)
    if not m:
        return None
    if m.group("bullet"):
        char = m.group("bullet")
        if char == "o" and not re.match(r"o\s+[A-Za-z]", text):
            return None
        return Label(char, "bullet:" + ("o" if char in "o◦○" else "•"), (0,), m.end())
    if m.group("decimal"):
        major, minor = m.group("decimal").split(".")
        return Label(m.group("decimal"), "decimal", (int(major), int(minor)), m.end())
    if m.group("glued"):
        return Label(m.group("glued"), "digit", (int(m.group("glued")),), m.end())
    if m.group("named"):
        return Label(m.group("named"), "digit", (int(m.group("named")),), m.end())
    token = m.group("paren") or m.group("plain")
    bracketed = m.group("paren") is not None
    if token.isdigit():
        return Label(token, "digit", (int(token),), m.end(), bracketed)
    low = token.lower()
    if len(low) == 1 and previous is not None and previous.kind == "alpha" and (
        ord(low) - 96 == previous.value[0] + 1 or not ROMAN.match(low)
    ):
        return Label(token, "alpha", (ord(low) - 96,), m.end(), bracketed)
    if ROMAN.match(low):
        # A lone "i"/"v"/"x" opening a list is roman; "c" or "l" opening one is a letter.
        if not (len(low) == 1 and low in "cl" and previous is None):
            return Label(token, "roman", (_roman_value(low),), m.end(), bracketed)
    if len(low) == 1:
        return Label(token, "alpha", (ord(low) - 96,), m.end(), bracketed)
    return None  # "ab." or "Re." are words, not labels


def follows(new: Label, old: Label) -> bool:
    """Whether `new` is the next label after `old` in the same list."""
    if new.kind.startswith("bullet"):
        return True
    if new.kind == "decimal":
        return new.value[0] == old.value[0] and new.value[1] == old.value[1] + 1
    return new.value[0] == old.value[0] + 1


LIST_ITEM_GAP = 40
"""How many lines may part one labelled item from the next."""


def list_item_texts(lines: list[Line], index: int, label: Label) -> list[str]:
    """The texts (first lines) of the items of the labelled list opening at index, in order."""
    texts = [lines[index].text[label.width:].strip()]
    previous = label
    j = index + 1
    while j < len(lines) and j - index < LIST_ITEM_GAP * len(texts):
        text = lines[j].text
        nxt = parse_label(text, previous) if text else None
        if nxt is not None and nxt.kind == previous.kind and follows(nxt, previous):
            texts.append(text[nxt.width:].strip())
            previous = nxt
        j += 1
    return texts
