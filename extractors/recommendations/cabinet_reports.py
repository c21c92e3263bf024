"""Decisions a leader's report to full council recounts ("Leader's Report on Cabinet Business": "Cabinet approved ...").

Full council agendas carry a report of what the Cabinet (or Executive) decided since the last
meeting, one titled item per decision, each told in prose: a paragraph on the proposals, then
"Cabinet approved the ..." or "Cabinet agreed that ...". Only a paper titled so is read; elsewhere
"Cabinet approved the strategy in 2019" is history, not a decision.
"""

from __future__ import annotations

import re

from extractors.recommendations.lines import Line
from extractors.recommendations.paragraphs import opening_sentence_sections
from extractors.recommendations.sections import Section

# "Leader's Report on Cabinet Business", "Report of Executive Decisions", "Cabinet Report to Council".
_REPORT_TITLE = re.compile(
    r"^(?:(?:the\s+)?leader[’']?s\s+report\s+(?:of|on|from)\s+(?:the\s+)?(?:cabinet|executive)\b"
    r"|(?:the\s+)?report\s+(?:of|on)\s+(?:the\s+)?(?:cabinet|executive)\s+(?:issues|decisions|business)\b"
    r"|(?:the\s+)?(?:cabinet|executive)\s+report\s+to\s+(?:the\s+)?(?:full\s+)?council\b)",
    re.I,
)
TITLE_LINES = 12
"""How many non-blank lines from the top the report's title may stand at."""

# "Cabinet approved the new parking strategy ...", "The Executive agreed that ...": a paragraph telling a decision.
_REPORTED_DECISION = re.compile(
    r"^(?:the\s+)?(?:Cabinet|Executive)\s+(?:also\s+|further\s+|unanimously\s+)?"
    r"(?:approved|agreed|resolved|decided|endorsed|authorised|authorized|adopted)\b(?!\s+(?:with|by|in|at|on)\b)"
)


def _titled(lines: list[Line]) -> bool:
    """Whether the paper's first lines title it a report of the Cabinet's decisions."""
    seen = 0
    for line in lines:
        if not line.text:
            continue
        if _REPORT_TITLE.match(line.text):
            return True
        seen += 1
        if seen >= TITLE_LINES:
            return False
    return False


def reported_decision_sections(lines: list[Line]) -> list[Section]:
    """Each "Cabinet approved ..." sentence opening a paragraph of a leader's report, as a decision."""
    if not _titled(lines):
        return []
    # Only a paragraph's opening sentence: mid-paragraph "Cabinet agreed" is the story.
    return opening_sentence_sections(lines, lambda line: bool(_REPORTED_DECISION.match(line.text)),
                                     "recommendations.reported", is_decision=True)
