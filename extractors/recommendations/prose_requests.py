"""Requests a report with no recommendation list writes as a paragraph: "Cabinet to agree the revised charges ...".

Front sheets and short reports put what they ask in one paragraph in the note form of an agenda:
"<body> to <verb> ...". Read only where the paper holds no recommendation list at all, and only as
the opening sentence of a paragraph, so a sentence inside the discussion is never taken.
"""

from __future__ import annotations

import re

from extractors.recommendations.lines import Line
from extractors.recommendations.paragraphs import opening_sentence_sections
from extractors.recommendations.sections import Section
from extractors.recommendations.verbs import base_verb
from extractors.recommendations.vocab import BODY

# "Executive to note ...", "The Health and Wellbeing Board to agree ...": a capitalised body's name, then "to <verb>".
_BODY_TO_VERB = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+|(?:and|of|for|&)\s+){{0,6}}?(?i:{BODY})\s+to\s+(?P<verb>[a-z]+)\b"
)


def prose_request_sections(lines: list[Line]) -> list[Section]:
    """Each paragraph opening "<body> to <verb> ..." as one request, its first sentence quoted whole."""

    def opens(line: Line) -> bool:
        match = _BODY_TO_VERB.match(line.text)
        return bool(match) and base_verb(match.group("verb")) is not None

    return opening_sentence_sections(lines, opens, "recommendations.prose_request", is_decision=False)
