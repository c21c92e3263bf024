"""Page text clean-up and quality: is a page's text layer readable, empty (scanned) or junk?"""

from __future__ import annotations

import re
import unicodedata

from schemas import PageQuality

CID_TOKEN = re.compile(r"\(cid:\d+\)")
"""pdfminer/pdfplumber's rendering of a glyph with no Unicode mapping."""

BROKEN_SHARE = 0.1
"""Share of junk units above which a page is BROKEN; real Kent pages measure under 0.003,
the Horsley (cid:N) pages 0.19 and above (pdfium) or nearly 1.0 (pdfplumber)."""

MIN_MEANINGFUL_CHARS = 3
"""Fewer letters/digits than this and the page has no text layer worth reading."""

PDFIUM_HYPHEN = "\ufffe"
"""pdfium reports some hyphens (often a line-break hyphen kept in the text) as U+FFFE."""

_LINE_END = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def _is_junk_char(ch: str) -> bool:
    """A character no real text layer yields: controls, unassigned, surrogates, U+FFFD."""
    if ch in "\t\n\r\f" or ch == PDFIUM_HYPHEN:
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cs", "Cn")


def page_quality(text: str) -> PageQuality:
    """EMPTY when a page has no meaningful text, BROKEN when mostly (cid:N)/garbage, else OK."""
    cid_tokens = len(CID_TOKEN.findall(text))
    rest = CID_TOKEN.sub(" ", text)
    visible = [ch for ch in rest if not ch.isspace()]
    junk = sum(1 for ch in visible if _is_junk_char(ch))
    # A (cid:N) token stands for one glyph, so it counts as one unit, not seven characters.
    units = len(visible) + cid_tokens
    if units and (cid_tokens + junk) / units > BROKEN_SHARE:
        return PageQuality.BROKEN
    meaningful = sum(1 for ch in visible if ch.isalnum())
    if meaningful < MIN_MEANINGFUL_CHARS:
        return PageQuality.EMPTY
    return PageQuality.OK


def normalise_line_ends(text: str) -> str:
    """Unix line ends, no NUL, and no form feed inside a page (form feeds separate pages)."""
    return _LINE_END.sub("\n", text).replace("\x00", "")


def clean_pdf_text(text: str) -> str:
    """A readable PDF page's text made safe for extractors: line ends, hyphens, stray junk."""
    text = normalise_line_ends(text).replace(PDFIUM_HYPHEN, "-")
    # An unmapped glyph on an otherwise readable page: U+FFFD cannot be mistaken for a
    # number, whereas "(cid:25)" could be read as a bracketed negative amount.
    text = CID_TOKEN.sub("\ufffd", text)
    text = "".join("\ufffd" if _is_junk_char(ch) else ch for ch in text)
    text = _TRAILING_SPACE.sub("\n", text)
    return text.rstrip()
