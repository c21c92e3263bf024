"""The opening sentence of a paragraph of wrapped lines, with its document offsets."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item, first_sentence
from extractors.recommendations.lines import Line
from extractors.recommendations.sections import Section

PARAGRAPH_LINES = 10
"""The most lines a paragraph's opening sentence is read over."""
SENTENCE_CHARS = 900
"""The longest opening sentence read; a longer one is no single sentence."""


@dataclass(frozen=True)
class Sentence:
    """A finished sentence quoted from the text (single-spaced, final stop dropped) and its span."""

    text: str
    start: int
    end: int


def paragraph_start(lines: list[Line], index: int) -> bool:
    """Whether a non-blank line opens a paragraph (a blank line or the text's start above it)."""
    return bool(lines[index].text) and (index == 0 or not lines[index - 1].text)


def whole_paragraph(lines: list[Line], index: int) -> bool:
    """Whether a non-blank line is a paragraph alone: blank lines (or the text's ends) above and below it."""
    return paragraph_start(lines, index) and (index + 1 >= len(lines) or not lines[index + 1].text)


def paragraph_raw(lines: list[Line], index: int) -> str:
    """The raw text of the paragraph opening at `index` (up to PARAGRAPH_LINES lines) as the document joins its lines,
    each newline read as one space, so an offset in it plus the first line's start is a document offset."""
    last = index
    while last + 1 < len(lines) and lines[last + 1].text and last + 1 - index < PARAGRAPH_LINES:
        last += 1
    return "\n".join(lines[j].raw for j in range(index, last + 1)).replace("\n", " ")


def opening_sentence(lines: list[Line], index: int) -> Sentence | None:
    """The first sentence of the paragraph opening at `index`, or None when it is cut off or too long."""
    raw = paragraph_raw(lines, index)
    lead = len(raw) - len(raw.lstrip())
    sentence = first_sentence(raw[lead:]).rstrip()
    if not sentence.endswith(".") or len(sentence) > SENTENCE_CHARS:
        return None  # cut off, or no sentence end in reach: better missed than guessed
    quoted = sentence.rstrip(". ")
    start = lines[index].start + lead
    return Sentence(re.sub(r"\s+", " ", quoted), start, start + len(quoted))


def opening_sentence_sections(lines: list[Line], opens: Callable[[Line], bool], rule: str,
                              is_decision: bool) -> list[Section]:
    """One section of items, each the opening sentence of a paragraph whose first line `opens` accepts."""
    items: list[Item] = []
    for index, line in enumerate(lines):
        if not opens(line) or not paragraph_start(lines, index):
            continue
        sentence = opening_sentence(lines, index)
        if sentence is not None:
            items.append(Item(None, 0, None, sentence.start, sentence.end, [sentence.text],
                              governed=True, verbatim=True))
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, is_decision, rule, governs=True), items)]
