"""Requests a report with no recommendation list writes as a paragraph: "Cabinet to agree the revised charges ...".

Front sheets and short reports put what they ask in one paragraph in the note form of an agenda:
"<body> to <verb> ...". Read only where the paper holds no recommendation list at all, and only as
the opening sentence of a paragraph, so a sentence inside the discussion is never taken.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item
from extractors.recommendations.lines import Line
from extractors.recommendations.paragraphs import opening_sentence, paragraph_start
from extractors.recommendations.sections import Section
from extractors.recommendations.verbs import base_verb
from extractors.recommendations.vocab import BODY

# "Executive to note ...", "The Health and Wellbeing Board to agree ...": a capitalised body's name, then "to <verb>".
_BODY_TO_VERB = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+|(?:and|of|for|&)\s+){{0,6}}?(?i:{BODY})\s+to\s+(?P<verb>[a-z]+)\b"
)


def prose_request_sections(lines: list[Line]) -> list[Section]:
    """Each paragraph opening "<body> to <verb> ..." as one request, its first sentence quoted whole."""
    items: list[Item] = []
    for index, line in enumerate(lines):
        m = _BODY_TO_VERB.match(line.text)
        if not m or base_verb(m.group("verb")) is None or not paragraph_start(lines, index):
            continue
        sentence = opening_sentence(lines, index)
        if sentence is not None:
            items.append(Item(None, 0, None, sentence.start, sentence.end, [sentence.text],
                              governed=True, verbatim=True))
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, False, "recommendations.prose_request", governs=True), items)]
