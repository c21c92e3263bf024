"""Motions in council minutes: those put and lost decide nothing; a short motion minuted as agreed is a decision.

Full council minutes set out each motion as proposed ("Mr A proposed, and Mrs B seconded the motion that
“This Council resolves to: 1. ...”"), then the vote and its outcome. A lost, defeated, fallen or withdrawn
motion or amendment is no decision, so its items are not read. A carried one is restated after "RESOLVED".
A short procedural or ceremonial motion has no "RESOLVED": "Mr A proposed, and Mr B seconded, that the
Council record its thanks ...  Agreed unanimously." There the motion's own words are the decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.recommendations.lines import Line

# "Motion lost.", "The amendment was lost", "Amendment defeated", "The motion was put to the vote and fell".
_LOST = re.compile(
    r"^\W*(?:the\s+)?(?:(?:substantive|original|amended|above|first|second|third|further)\s+)?(?:motion|amendment)\s+"
    r"(?:\([a-z0-9]{1,3}\)\s+)?(?:was\s+)?(?:(?:therefore|accordingly|duly|then)\s+)?"
    r"(?:put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?)?"
    r"(?:lost|defeated|fell|withdrawn|not\s+carried|rejected)"
    # "The motion fell." / "Amendment lost by 20 votes to 31", not "the motion fell within the scope of ...".
    r"(?=\s*(?:[.;,(]|$|by\b|on\s+the\b|unanimously\b|and\b))",
    re.I,
)
# "Mr A proposed, and Mrs B seconded the motion that", "Cllr A moved and Cllr B seconded an amendment":
# where a motion's text begins.
_PUT = re.compile(r"\b(?:proposed|moved)\b[^.]{0,160}?\bseconded\b|\b(?:proposed|moved)\s+(?:the\s+following\s+|an?\s+)?"
                  r"(?:motion|amendment)\b", re.I)
# A decision already recorded: what lies above it belongs to earlier business.
_DECIDED = re.compile(r"^\W*(?:\d{1,3}[.)]\s*)?(?:RESOLVED\b|(?:the\s+)?(?:substantive\s+)?motion\s+(?:was\s+)?carried\b|"
                      r"(?:agreed|carried)(?:\s+unanimously)?\.?$)", re.I)


def _puts_motion(lines: list[Line], index: int, limit: int) -> bool:
    """Whether a motion is put on this line, its wording perhaps wrapped onto the next (a line before `limit`)."""
    following = lines[index + 1].text if index + 1 < limit else ""
    return _PUT.search(lines[index].text + " " + following) is not None


MOTION_LINES = 400
"""How many lines above its outcome a lost motion's proposal is looked for."""


def lost_motion_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of each motion or amendment minuted as lost: from its proposal to its outcome."""
    spans: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if not _LOST.match(line.text):
            continue
        for above in range(index - 1, max(-1, index - MOTION_LINES), -1):
            text = lines[above].text
            if _DECIDED.match(text) or _LOST.match(text):
                break  # earlier business decided: no proposal of this motion found after it
            if _puts_motion(lines, above, index):
                spans.append((lines[above].start, line.start))
                break
    return spans


# "6. RESOLVED that:": the line a resolution opens on.
_RESOLVED_LINE = re.compile(r"^\W*(?:\d{1,3}[.)]\s*)?RESOLVED\b")


def proposal_spans(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(start, end, resolution line) of each motion proposed and then minuted as RESOLVED: from the proposal to
    the resolution, which restates the motion as finally carried (amended or not)."""
    spans: list[tuple[int, int, int]] = []
    index = 0
    while index < len(lines):
        if not _puts_motion(lines, index, len(lines)) or _RESOLVED_LINE.match(lines[index].text):
            index += 1
            continue
        for below in range(index + 1, min(len(lines), index + MOTION_LINES)):
            if _LOST.match(lines[below].text):
                break  # lost motions are dropped whole (lost_motion_spans)
            if _RESOLVED_LINE.match(lines[below].text):
                spans.append((lines[index].start, lines[below].start, below))
                index = below
                break
        index += 1
    return spans


RESTATED_SHARE = 0.6
"""Share of a resolution's words the proposal above it must hold for the resolution to restate that motion."""


def restates(resolution_words: frozenset[str], proposal_words: frozenset[str]) -> bool:
    """Whether a resolution's wording is mostly the proposed motion's (so it records that motion's outcome)."""
    return bool(resolution_words) and len(resolution_words & proposal_words) / len(resolution_words) >= RESTATED_SHARE


def in_spans(start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether an offset lies inside one of the spans."""
    return any(low <= start < high for low, high in spans)


# "Mr A proposed, and Mr B seconded, that the Council record ...", "The Chairman proposed that Council resolve
# to extend the meeting ... and it was agreed unanimously.": a motion put in the minute's own words.
_AGREED_PROPOSAL = re.compile(
    r"\b(?:proposed|moved)(?:,?\s+and\s+(?:[A-Z][\w.’'\-]*\s+){1,4}seconded)?,?\s+(?P<that>that)\s+"
    r"(?P<motion>(?-i:[a-zA-Z])(?:[^.:;“”\"\n]|\.(?=\d))*(?:\n(?!\s*\n)(?:[^.:;“”\"\n]|\.(?=\d))*){0,8}?)"
    r"(?:\s+and\s+(?:it|this)\s+was\s+(?P<inline>agreed|carried)(?:\s+unanimously)?\s*\.|\.\s*\n\s*(?P<below>"
    r"(?:agreed|carried)(?:\s+unanimously|\s+nem\.?\s*con\.?)?\.?)\s*$)",
    re.I | re.M,
)


# "It was proposed by Cllr A and seconded by Cllr B and agreed unanimously that the lowest quote be accepted.",
# "Cllr A proposed, Cllr B seconded and it was agreed that ...": the motion follows its outcome.
_PROPOSED_AND_AGREED = re.compile(
    r"\b(?:proposed|moved)(?:\s+by\s+[^.;:\n]{2,60}?)?,?\s+(?:and\s+)?(?:[^.;:\n]{2,60}?\s+)?seconded"
    r"(?:\s+by\s+[^.;:\n]{2,60}?)?,?\s+and\s+(?:it\s+was\s+)?(?:agreed|carried|resolved)(?:\s+unanimously)?,?\s+"
    r"(?P<that>that)\s+(?P<motion>(?-i:[a-zA-Z])(?:[^.:;“”\"\n]|\.(?=\d)|\n(?!\s*\n)){10,600}?)\.(?=\s|$)",
    re.I,
)


@dataclass(frozen=True)
class AgreedMotion:
    """A short motion minuted as agreed: its words from "that" and their span in the text."""

    start: int
    end: int
    text: str


def agreed_motions(text: str) -> list[AgreedMotion]:
    """Each motion minuted as proposed (and seconded) that the next words record as agreed or carried."""
    found: list[AgreedMotion] = []
    matches = [*_AGREED_PROPOSAL.finditer(text), *_PROPOSED_AND_AGREED.finditer(text)]
    for m in sorted(matches, key=lambda match: match.start("that")):
        start = m.start("that")
        words = " ".join(text[start:m.end("motion")].split())
        if len(words.split()) < 5:
            continue  # "proposed that it be agreed": nothing said of what was decided
        if any(start < other.end and other.start < m.end("motion") for other in found):
            continue  # both wordings read the same motion
        found.append(AgreedMotion(start, m.end("motion"), words))
    return found
