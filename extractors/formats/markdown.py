"""Markdown text files (papers converted to .md): bold marks, backslash escapes, heading marks and links turned
into the text a reader sees, so "**Outcome:** the Board" and "\\(ICB\\)" read as "Outcome: the Board" and "(ICB)"."""

from __future__ import annotations

import re

# Strong emphasis ("**Item 5**"); single "*" is left alone: it also opens bullets and marks footnotes.
_STRONG = re.compile(r"\*\*")
# CommonMark: a backslash before ASCII punctuation writes that character ("\(", "\_", "\*").
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
# "[text](address)" and "![alt](image)": the words stay, the address goes.
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)")

MARKDOWN_ESCAPES = 5
"""Backslash escapes that mark a text as Markdown: plain text never writes a backslash before a bracket."""
MARKDOWN_BOLD_PAIRS = 20
"""Bold pairs that mark a text as Markdown on their own; a few (a copied agenda's item titles) leave it as written."""


def looks_like_markdown(text: str) -> bool:
    """Whether a text is written in Markdown: backslash escapes, or bold marks throughout."""
    return len(_ESCAPE.findall(text)) >= MARKDOWN_ESCAPES or len(_STRONG.findall(text)) // 2 >= MARKDOWN_BOLD_PAIRS


def markdown_to_text(text: str) -> str:
    """The text without Markdown's marks: bold, escapes, heading hashes and link addresses."""
    text = _LINK.sub(r"\1", text)
    text = _HEADING_MARK.sub("", text)
    text = _STRONG.sub("", text)
    return _ESCAPE.sub(r"\1", text)
