"""Markdown text files (papers converted to .md): bold marks, backslash escapes, heading marks, links and struck
text turned into the text a reader sees, so "**Outcome:** the Board" and "\\(ICB\\)" read as "Outcome: the Board"
and "(ICB)"."""

from __future__ import annotations

import re

# Strong emphasis ("**Item 5**"); single "*" is left alone: it also opens bullets and marks footnotes.
_STRONG = re.compile(r"\*\*")
# CommonMark: a backslash before ASCII punctuation writes that character ("\(", "\_", "\*").
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
# "[text](address)" and "![alt](image)": the words stay, the address goes.
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)")

# "~~struck~~": text a revision deletes (a policy or agreement "with tracked changes"). Converters often strike the
# first letters of the inserted word beside it too: "North Yorkshire ~~County C~~ ouncil" is "North Yorkshire Council".
_STRUCK = re.compile(r"~~(?P<struck>[^~\n]+)~~(?P<rest> (?=[a-z]))?")
_STRUCK_WORD_START = re.compile(r"\s(?P<start>[A-Za-z]{1,2})$")

MARKDOWN_ESCAPES = 5
"""Backslash escapes that mark a text as Markdown: plain text never writes a backslash before a bracket."""
MARKDOWN_BOLD_PAIRS = 20
"""Bold pairs that mark a text as Markdown on their own; a few (a copied agenda's item titles) leave it as written."""


def looks_like_markdown(text: str) -> bool:
    """Whether a text is written in Markdown: backslash escapes, or bold marks throughout."""
    return len(_ESCAPE.findall(text)) >= MARKDOWN_ESCAPES or len(_STRONG.findall(text)) // 2 >= MARKDOWN_BOLD_PAIRS


# A table row: "|cell|cell|"; converters write a PDF's boxed layout (a cover sheet's "Recommendations" box) as
# one, breaking the box's lines with "<br>", and name columns with no heading "Col1", "Col2".
_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PLACEHOLDER_HEADING = re.compile(r"^Col\d{1,2}$")
_SEPARATOR_CELL = re.compile(r"^:?-{3,}:?$")


def _layout_row(match: re.Match[str]) -> str:
    """A table row holding boxed text ("<br>" line breaks, or one box merged across the columns) as the lines a
    reader sees: a cell repeated across a merged box once, "Report author:" and its value on one line, every other
    cell on lines of its own. Rows of figures (no "<br>") stay as they are, for the table readers."""
    cells = [cell.strip() for cell in match.group("cells").split("|")]
    if all(_SEPARATOR_CELL.match(cell) for cell in cells):
        return match.group()  # "|---|---|" under a table's header row
    cells = [cell for cell in cells if not _PLACEHOLDER_HEADING.match(cell)]
    distinct = [cell for index, cell in enumerate(cells) if cell and (index == 0 or cell != cells[index - 1])]
    if len(distinct) > 1 and not any(_LINE_BREAK.search(cell) for cell in cells):
        return match.group()  # a row of a real table, its cells kept for the table readers
    lines: list[str] = []
    for cell in distinct:
        text = _LINE_BREAK.sub("\n", cell).strip()
        if lines and lines[-1].endswith(":") and "\n" not in lines[-1]:
            lines[-1] = f"{lines[-1]} {text}"
        else:
            lines.append(text)
    return "\n".join(lines)


def _unstruck(match: re.Match[str]) -> str:
    """What is left of struck text: nothing, or the start of the inserted word struck with it by mistake."""
    start = _STRUCK_WORD_START.search(match["struck"])
    if match["rest"] and start:
        return start["start"]  # "~~County C~~ ouncil" -> "C" + "ouncil"
    return match["rest"] or ""


def markdown_to_text(text: str) -> str:
    """The text without Markdown's marks: bold, escapes, heading hashes, link addresses, struck (deleted) text and
    boxed table rows."""
    text = _LINK.sub(r"\1", text)
    text = _STRUCK.sub(_unstruck, text)
    text = _HEADING_MARK.sub("", text)
    text = _STRONG.sub("", text)
    text = _TABLE_ROW.sub(_layout_row, text)
    return _ESCAPE.sub(r"\1", text)
