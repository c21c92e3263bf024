"""An agenda's request to confirm the last meeting's minutes: "To confirm as a correct record the minutes of ..."."""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item
from extractors.recommendations.lines import Line
from extractors.recommendations.minutes import head_text
from extractors.recommendations.sections import Section

# "To approve the minutes of the meeting held on 1 May 2019", "To confirm as a correct record the draft minutes of the
# meeting of the Council held on 22 March 2018.": the one item an agenda words as the decision it asks for. The request
# ends at the meeting's date, as agendas run the presenter's name on after it with no full stop.
_CONFIRM_MINUTES = re.compile(
    r"(?:^|(?<=\s))(?-i:To)\s+(?:confirm|approve|agree|sign)\b(?:\s+(?:and\s+sign|as\s+(?:a\s+)?(?:correct|true|accurate)"
    r"(?:\s+and\s+(?:correct|true|accurate))?\s+record))?\s+(?:the\s+)?(?:(?:draft|unconfirmed|open|public)\s+)?"
    r"minutes\s+of\s+(?:the\s+)?[^.;:\n]{0,160}?\bheld\s+on\s+(?:(?-i:[A-Z])[a-z]+day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+,?\s+\d{4}",
    re.I,
)
_AGENDA = re.compile(r"\bagenda\b|\bA\s+G\s+E\s+N\s+D\s+A\b", re.I)
# "That the minutes of the meeting held on 20 June be approved", "... were confirmed": the page (a ModernGov "Agenda
# and minutes" page) records the outcome, so the request above it is only the item's heading.
_MINUTES_DECIDED = re.compile(
    r"\bminutes\b[^.;]{0,200}?\b(?:be|are|is|were|was)\s+(?:\w+\s+)?"
    r"(?:confirmed|approved|agreed|signed|adopted|accepted|taken|noted)\b",
    re.I,
)


def agenda_minutes_requests(lines: list[Line]) -> list[Section]:
    """The agenda's request to confirm the previous minutes, as a recommendation, in a text that is an agenda."""
    if not _AGENDA.search(head_text(lines)) or any(_MINUTES_DECIDED.search(line.text) for line in lines):
        return []
    items: list[Item] = []
    for line in lines:
        for m in _CONFIRM_MINUTES.finditer(line.text):
            start = line.raw.find(m.group(0))
            if start < 0:
                continue  # markup in the raw line: the quote could not be cited
            items.append(Item(None, 0, None, line.start + start, line.start + start + len(m.group(0)),
                              [m.group(0)], governed=True, verbatim=True))
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, False, "recommendations.agenda_minutes", governs=True), items)]
