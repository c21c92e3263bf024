"""What a paper says it seeks, where it holds no recommendation or decision at all: "To seek approval for the draft
Plan for 2023-25; and authorisation to enter into a partnership agreement ..." gives two requests.

Agenda items copied without their recommendations, and minutes cut off before their resolution, often state only the
report's purpose: "This report seeks approval of X and authorisation for the Director to Y", "Cabinet considered a
report seeking approval for X". Each thing sought (approval, authorisation, delegation ...) is one request, quoted
from the paper. Only the first run of such paragraphs is read: the same purpose restated further on (a minute
repeating its agenda summary) is not a second request.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item, first_sentence
from extractors.recommendations.lines import Line
from extractors.recommendations.paragraphs import SENTENCE_CHARS, paragraph_raw, paragraph_start
from extractors.recommendations.sections import Section
from extractors.recommendations.verbs import base_verb

PURPOSE_ASK_RULE = "recommendations.purpose_ask"

_SOUGHT = r"(?:approval|authorisation|authorization|authority|agreement|endorsement|delegation|permission)"
# "This report seeks", "To seek", "The purpose of this report is to seek", "Additionally, this report seeks",
# "Cabinet considered a report seeking": the paper's own statement of what it asks for, opening its paragraph.
_PURPOSE = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"  # the paragraph's number: "1.1   To seek approval ..."
    r"(?:(?:Additionally|Also|Further(?:more)?|In\s+addition),\s+)?"
    r"(?:(?i:this|the)\s+(?:report|paper)\s+(?:also\s+)?seeks|To\s+seek"
    r"|The\s+purpose\s+of\s+(?:this|the)\s+(?:report|paper)\s+is\s+to\s+seek"
    r"|(?:The\s+)?[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*){0,5}\s+(?:considered|received)\s+a\s+(?:joint\s+)?report"
    r"\b[^.;]{0,200}?\bseeking)"
    rf"\s+(?=(?i:{_SOUGHT})\b)"
)
# Where one thing sought ends and the next begins: "...; and authorisation to ...", "... and delegation for ...",
# "... and to enter into ..." (a second request sharing the first's verb).
_NEXT_ASK = re.compile(rf";\s*(?:and\s+)?(?=(?i:{_SOUGHT})\b)|,?\s+and\s+(?=(?i:{_SOUGHT})\b|to\s+(?P<verb>[a-z]+)\b)")


def purpose_ask_sections(lines: list[Line]) -> list[Section]:
    """One request per thing the first run of purpose paragraphs seeks."""
    items: list[Item] = []
    for index in range(len(lines)):
        if not paragraph_start(lines, index):
            continue
        asks = _paragraph_asks(lines, index)
        if not asks:
            if items:
                break  # the run of purpose paragraphs is over
            continue
        items.extend(asks)
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, False, PURPOSE_ASK_RULE, governs=True), items)]


def _paragraph_asks(lines: list[Line], index: int) -> list[Item]:
    """The things the paragraph opening at `index` seeks, if its first sentence states the paper's purpose."""
    raw = paragraph_raw(lines, index)
    lead = len(raw) - len(raw.lstrip())
    opener = _PURPOSE.match(raw, lead)
    if opener is None:
        return []
    sentence = first_sentence(raw[opener.end():]).rstrip()
    if not sentence.endswith(".") or len(sentence) > SENTENCE_CHARS:
        return []  # cut off, or no sentence end in reach: better missed than guessed
    body = sentence.rstrip(". ")
    base = lines[index].start + opener.end()
    cuts = [m for m in _NEXT_ASK.finditer(body) if m["verb"] is None or base_verb(m["verb"]) is not None]
    bounds = [0, *(c.start() for c in cuts), len(body)]
    starts = [0, *(c.end() for c in cuts)]
    items = []
    for start, end in zip(starts, bounds[1:]):
        text = " ".join(body[start:end].split())
        if len(text.split()) >= 3:
            items.append(Item(None, 0, None, base + start, base + end, [text], governed=True, verbatim=True))
    return items
