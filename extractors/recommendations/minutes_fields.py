"""Decisions after a "Minutes:" field inside a flattened line of a ModernGov agenda-and-minutes page.

ModernGov prints each agenda item as its title and summary, then a "Minutes:" field holding what the meeting
did. Saved as text, one item often stands on one line: "ELECTION OF CHAIR Minutes: RESOLVED that ...",
"... Minutes: The minutes of the meeting held on ... were confirmed ...", "... Minutes: The Committee noted the
update on ...". The decision follows the field label mid-line, where line-opening readers do not see it.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item
from extractors.recommendations.lines import Line
from extractors.recommendations.narrative import FIRM_VERBS, MINUTES_CONFIRMED
from extractors.recommendations.vocab import BODY
from extractors.recommendations.sections import Section

# The field label, after the item's title (and summary) on the same line, or opening the line.
_MINUTES_FIELD = re.compile(r"(?:^|(?<=\S)\s+)Minutes\s*:\s+(?=\S)")
# "RESOLVED that ...", "RESOLVED: To approve ...", "Resolved - that ...": the recorded decision.
_RESOLVED = re.compile(r"(?:RESOLVED|Resolved)\s*(?:[:\-–]\s*)?(?=(?i:that|to)\s)")
# "The Joint Board noted the quarterly report ...", "Cabinet agreed the revised charges", "Members resolved to ...":
# the body's recorded decision; the body may be named in full ("The Joint Crematorium Committee").
# "noted that ..." and "noted the comments" minute discussion, not a decision.
_BODY_RECORDS = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+){{0,4}}(?i:{BODY})\s+(?:(?:formally|unanimously|also|then)\s+)?"
    r"(?:noted|agreed|approved|resolved|endorsed|adopted|accepted|ratified|confirmed|supported|decided)\s+"
    r"(?!that\b|the\s+(?:comments|concerns|points|questions|discussion)\b)(?:the|to|a|an|its|their)\b"
)
# "That, in accordance with the Regulations, the press and public be excluded ...": a resolution in the subjunctive.
_THAT_RESOLUTION = re.compile(
    r"^That\b,?\s+[^.;]{0,400}?\bbe\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|made|given|granted|taken|set|held|paid|"
    r"withdrawn|undertaken|written|kept|sold|spent|put)\b"
)
# "It was agreed that ...", "It was unanimously resolved to ...": the meeting's decision in the passive.
_IT_WAS_DECIDED = re.compile(r"^It\s+was\s+(?:(?:[a-z]+ly|then|also|further)\s+)*(?:agreed|resolved|decided|RESOLVED)\s+"
                             r"(?:that|to)\s")
# A sentence ends at a stop before a capital, or at a table cell's bar.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bCllr)(?<!\bNo)\.(?=\s+[A-Z(]|\s*$|\s*\|)|\s*\|")


def _sentence_end(raw: str, start: int) -> int:
    """The end (exclusive, before the stop) of the sentence opening at start."""
    m = _SENTENCE_END.search(raw, start)
    return m.start() if m else len(raw.rstrip())


def _decision_after_field(raw: str, start: int) -> tuple[int, int] | None:
    """The span of the decision the field opens with, or None when it opens with discussion or a nil return."""
    m = _RESOLVED.match(raw, start)
    if m:
        return m.end(), _sentence_end(raw, m.end())
    end = _sentence_end(raw, start)
    sentence = raw[start:end]
    if _BODY_RECORDS.match(sentence):
        return start, end
    if _THAT_RESOLUTION.match(sentence) or _IT_WAS_DECIDED.match(sentence):
        return start, end
    m = MINUTES_CONFIRMED.match(sentence)
    # "agreed", "accepted" and "signed" confirm the minutes only as a record ("agreed to be circulated" does not).
    if m and (m.group("verb").lower() in FIRM_VERBS or re.search(r"\brecord\b", sentence[m.end():], re.I)):
        return start, end
    return None


def minutes_field_sections(lines: list[Line]) -> list[Section]:
    """The decisions that open the "Minutes:" fields of a flattened agenda-and-minutes page, one item each."""
    items: list[Item] = []
    for line in lines:
        raw = line.raw
        for field in _MINUTES_FIELD.finditer(raw):
            span = _decision_after_field(raw, field.end())
            if span is None or span[1] - span[0] < 12:
                continue
            start, end = span
            text = re.sub(r"\s+", " ", raw[start:end]).strip()
            items.append(Item(None, 0, None, line.start + start, line.start + end, [text], governed=True,
                              verbatim=True))
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, True, "recommendations.minutes_field", governs=True), items)]
