"""Signs that a text records decisions taken (minutes, decision notices, ModernGov pages) or proposes one."""

from __future__ import annotations

import re

from extractors.recommendations.lines import Line

# Text that records decisions taken: minutes, decision notices, ModernGov decision pages.
# A ModernGov "Issue - meetings" page: "Meeting: 26/01/2010 - Cabinet (Item 10)" over what was decided.
MEETING_PAGE = re.compile(
    r"(?im:^issue\s*[-–]\s*(?:meetings|decisions)$|^meeting\s*:\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*[^\n]{2,80}\(item\s+\d+\)"
    r"|^decided\s+at\s+meeting\s*:)"
)
# Also a meeting's published "Key messages from the Joint Committee of CCGs on 4th October": what it decided, told.
MINUTES_HINT = re.compile(
    r"(?i:\bminutes\b|record\s+of\s+decision|decision\s+(?:notice|log|register)|decision\s+(?:status|maker|number)\s*:)|\bRESOLVED\b|"
    r"(?i:\bkey\s+messages\s+from\s+(?:the\s+)?)(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|&)\s+)?){0,6}"
    r"(?i:committee|board|meeting|council|cabinet|panel|group|groups)\b|"
    + MEETING_PAGE.pattern
)
# A decision record's form fields: "Date of Decision:" and "Decision Maker:" above (or below the title of) the decision.
RECORD_FIELD = re.compile(r"^(?:date\s+of\s+decision|decision\s+maker)(?=\s*:)", re.I)
DECISION_STATUS = re.compile(r"decision\s+status\s*:\s*(?P<status>[^\n]{3,60})", re.I)
# "PROPOSED RECORD OF DECISION" or a "Proposed decision:" heading; not "Endorses the proposed decision by the Leader".
PROPOSED_DECISION = re.compile(r"proposed\s+record\s+of\s+decision|^\W*proposed\s+decisions?\s*(?::|$)", re.I | re.M)


def head_text(lines: list[Line]) -> str:
    """The document's first lines, where minutes and decision pages say what they are."""
    return "\n".join(line.text for line in lines[:40])
