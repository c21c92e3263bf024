"""Requests a report with no recommendation list writes as prose: "Cabinet to agree the revised charges ...".

Front sheets and short reports put what they ask in one paragraph in the note form of an agenda:
"<body> to <verb> ...", or in a summary's sentence: "The Board's approval of the changes is sought". Read
only where the paper holds no recommendation list at all, and only as a sentence opening its line, so a
sentence inside the discussion's run of text is never taken.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item
from extractors.recommendations.lines import Line
from extractors.recommendations.paragraphs import opening_sentence, opening_sentence_sections, paragraph_start
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


# "The Board's approval of the changes is sought", "Cabinet approval is sought to ...", "Approval is therefore sought
# for ...": the approval asked of the meeting now, in the present tense ("will be sought" is a later step).
_APPROVAL_OPENS = re.compile(
    rf"^(?:(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+|(?:and|of|for|&)\s+){{0,6}}?(?i:{BODY})(?:['’]s)?\s+)?"
    r"(?i:approval|agreement|endorsement)\b"
)
_IS_SOUGHT = re.compile(r"\b(?:is|are)\s+(?:now\s+|therefore\s+|being\s+|hereby\s+)?(?:sought|requested)\b")


def approval_sought_sentences(lines: list[Line]) -> list[Section]:
    """Each sentence opening a line (a paragraph's, or after one ending its line) that says the meeting's approval
    is sought, quoted whole as one request."""
    items: list[Item] = []
    for index, line in enumerate(lines):
        if not _APPROVAL_OPENS.match(line.text):
            continue
        if not paragraph_start(lines, index) and not lines[index - 1].text.rstrip().endswith("."):
            continue  # a line inside a wrapped sentence
        sentence = opening_sentence(lines, index)
        if sentence is not None and _IS_SOUGHT.search(sentence.text):
            items.append(Item(None, 0, None, sentence.start, sentence.end, [sentence.text],
                              governed=True, verbatim=True))
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, False, "recommendations.approval_sought_sentence", governs=True), items)]
