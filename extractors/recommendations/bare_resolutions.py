"""Resolutions standing alone as a paragraph of a minutes page whose "RESOLVED" heading was lost in copying.

A ModernGov agenda-item page copied as text keeps the minute's narrative, then the decision as a paragraph
of its own: "That the recommendations in the report be approved." Read only where no other rule found any item,
and only a whole paragraph in the subjunctive of a decision. In minutes it must stand below a minute's narrative (an
agenda's proposed resolution is no decision taken); a page that is not minutes proposes it ("That the award of new
contracts to X be approved."), a recommendation.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item
from extractors.recommendations.lines import Line
from extractors.recommendations.paragraphs import whole_paragraph
from extractors.recommendations.sections import Section, paragraph_per_line

# "That the report be noted.", "That the recommendations in the report be approved.": one sentence, the whole line.
_BARE_RESOLUTION = re.compile(
    r"^That\s+(?:the|this|these|a|an|[A-Z])[^.;:]{2,300}?\s+be\s+(?:and\s+(?:is|are)\s+hereby\s+)?"
    r"(?:approved|agreed|noted|endorsed|adopted|accepted|received|confirmed|ratified|deferred|authorised|"
    r"authorized|delegated|supported)\b[^.;:]{0,300}\.$"
)


# An agenda page prints each item's proposed resolution ("That the minutes of ... be approved") the same way; a
# minute first tells what the body did: "The Cabinet considered a report ...".
_NARRATED = re.compile(r"\b(?:considered|received|noted|discussed)\s+(?:a|the)\s+(?:\w+\s+){0,3}?report\b", re.I)
NARRATIVE_CHARS = 3000
"""How far above a bare resolution the minute's narrative must be."""


def bare_resolution_sections(lines: list[Line], minutes: bool) -> list[Section]:
    """Each one-sentence paragraph "That ... be approved.": in minutes, a recorded decision below a minute's narrative
    (none elsewhere in minutes); outside minutes, a proposed resolution."""
    decided: list[Item] = []
    proposed: list[Item] = []
    one_line_paragraphs = paragraph_per_line(lines)  # a web page: each line a paragraph, no blank lines between
    for index, line in enumerate(lines):
        if not (_BARE_RESOLUTION.match(line.text) and (whole_paragraph(lines, index) or one_line_paragraphs)):
            continue
        above = " ".join(other.text for other in lines[:index] if other.start >= line.start - NARRATIVE_CHARS)
        narrated = bool(_NARRATED.search(above))
        if minutes and not narrated:
            continue  # no minute told above: an agenda's proposed resolution, not a decision taken
        items = decided if minutes else proposed
        lead = len(line.raw) - len(line.raw.lstrip())
        text = line.raw.strip().rstrip(". ")
        if text != line.text.rstrip(". "):
            continue  # markup in the raw line: the quote could not be cited as read
        items.append(Item(None, 0, None, line.start + lead, line.start + lead + len(text), [text],
                          governed=True, verbatim=True))
    return [Section(Anchor(0, "", 0, None, is_decision, "recommendations.resolved", governs=True), items)
            for is_decision, items in ((True, decided), (False, proposed)) if items]
