"""A notice of motion put to council: the labelled items under "This Council resolves to:" are what it asks.

A motion paper sets out background, then under a "Motion:" heading the words the council is asked to agree:
"This Council notes that: a) ...", "This Council resolves to: 1. ...", "This Council calls on the Leader to:
a) ...". Each labelled item under such a lead-in is one resolution the paper proposes (not yet decided).
Minutes are read elsewhere: there a motion's fate decides whether its items count.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.lines import Line
from extractors.recommendations.sections import Section, read_section

# "Motion", "Motion:", "Notice of Motion", "Proposed motion:", "Text of the motion:": the heading over its words.
_MOTION_HEADING = re.compile(
    r"^\W*(?:(?:notice\s+of|proposed|substantive|the|text\s+of\s+(?:the\s+)?)\s+)?motion\s*[:\-–]?\s*$", re.I
)
# "This Council believes that:", "This Council agrees to call on the Cabinet Member for Health to:".
_COUNCIL_LEAD_IN = re.compile(
    r"^(?:this|the)\s+(?:(?:county|borough|district|city|town|parish)\s+)?council\s+(?:(?:therefore|also|further)\s+)?"
    r"(?:believes|notes|agrees|resolves|requests|calls\s+(?:on|upon)|asks|recognises|recognizes|welcomes|commits)"
    r"\b[^:.;]{0,200}?\b(?:that|to)\s*[:;]?\s*[-–]?$",
    re.I,
)

HEADING_LINES = 6
"""How many lines below the motion heading its first lead-in may stand."""
LEAD_IN_LINES = 2
"""How many lines a lead-in may wrap over."""


def _lead_in_end(lines: list[Line], index: int) -> int | None:
    """The last line of a council lead-in starting at the line, or None when the line opens none."""
    joined = lines[index].text
    for last in range(index, min(len(lines), index + LEAD_IN_LINES)):
        if last > index:
            if not lines[last].text:
                return None
            joined += " " + lines[last].text
        if _COUNCIL_LEAD_IN.match(joined):
            return last
    return None


def motion_paper_sections(lines: list[Line]) -> list[Section]:
    """The labelled lists under each council lead-in that follows a motion heading."""
    headings = [index for index, line in enumerate(lines) if _MOTION_HEADING.match(line.text)]
    if not headings:
        return []
    sections: list[Section] = []
    first = headings[0]
    index = first + 1
    seen_lead_in = False
    while index < len(lines):
        if not seen_lead_in and index > first + HEADING_LINES:
            break  # the heading stands over no motion text
        last = _lead_in_end(lines, index) if lines[index].text else None
        if last is None:
            index += 1
            continue
        seen_lead_in = True
        anchor = Anchor(index, "", lines[last].end, None, False, "recommendations.motion", last=last, governs=True)
        section, next_index = read_section(lines, anchor)
        # Only a labelled list is read: a lead-in running into prose is no list of resolutions.
        section.items = [item for item in section.items if item.label is not None]
        if section.items:
            sections.append(section)
        index = max(next_index, last + 1)
    return sections
