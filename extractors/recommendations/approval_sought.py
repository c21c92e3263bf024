"""The approval a decision page's summary says its report sought, where the page records no decision list.

A ModernGov decision entry marked "Recommendations Approved" sometimes gives no decision text, only
the report's purpose: "This report seeks approval of the award of contract to X." or "Purpose: The
purpose of the report is to seek approval, under the procurement rules, to vary the contract ...". With
the recommendations approved, that sentence is what was decided.
"""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item, first_sentence
from extractors.recommendations.lines import Line
from extractors.recommendations.sections import Section

# "Decision status: Recommendations Approved", "ref: 101    Recommendations Approved", "Outcome: Recommendations Approved".
APPROVED_STATUS = re.compile(
    r"\bRecommendations?\s+(?:Approved|Agreed)\b|(?im:^\W*outcome\s*:\s*decisions?\s+(?:approved|agreed)\b)"
)

# "This report seeks approval", "The purpose of this report is to seek approval", "This paper seeks agreement".
_SEEKS_APPROVAL = re.compile(
    r"^(?:purpose\s*:\s*)?(?P<sentence>(?:this|the)\s+(?:report|paper|decision)\s+seeks\s+"
    r"|the\s+purpose\s+of\s+(?:this|the)\s+(?:report|paper)\s+is\s+to\s+seek\s+)"
    r"(?P<what>(?:approval|agreement|authority|authorisation)\b.*)$",
    re.I,
)
# "This paper asks Cabinet for permission to tender ...", "The report sought Cabinet's approval to make ...":
# the body named (capitalised), inside a flattened field after a finished sentence or the wide gap between paragraphs.
_ASKS_BODY = re.compile(
    r"(?:^|(?<=[.:])\s+|\s{2,})(?P<sentence>(?i:this|the)\s+(?i:report|paper)\s+(?P<tense>asks|asked|seeks|sought|"
    r"requests|requested)\s+(?:(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|for|of|and))*?\s+for\s+|"
    r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|for|of|and))*?[’']s\s+)"
    r"(?P<what>(?i:approval|agreement|permission|authority|authorisation)\s+(?:to|for|of)\s.*)$)"
)
_PAST = frozenset({"asked", "sought", "requested"})
# "The Board considered a joint report of the Director of Finance that sought approval for the final version of ...",
# "This report sought permission to extend ...": minutes telling what a report asked, its body unnamed; the approval
# asked for is quoted, as the minute records no other decision.
_REPORT_SOUGHT = re.compile(
    r"\b(?i:report|paper)(?:\s+(?i:of|from|by)\s+[^.]{3,200}?)?\s+(?:(?i:which|that)\s+)?(?i:sought|requested)\s+"
    r"(?P<what>(?i:approval|agreement|permission|authority|authorisation)\s+(?:to|for|of)\s.*)$"
)
# "... approval under Contract Procedure Rule 9, to vary the contract ...": the decision clause after an aside.
_CLAUSE_AFTER_ASIDE = re.compile(r"^[^.;]{0,200}?,\s+(?P<clause>to\s+(?!be\b)[a-z]+\b.*)$")
SOUGHT_SENTENCE_CHARS = 600
"""The longest sentence read as the approval sought; a longer one is no single sentence."""


def approval_sought_sections(lines: list[Line], minuted: bool = False) -> list[Section]:
    """The approval each summary sentence seeks, one item per sentence, as a recorded decision.

    With `minuted`, read minutes instead: only their account in the past tense of what the report asked
    the named body ("The report sought Cabinet's approval to ..."), the minute recording no other decision.
    """
    items: list[Item] = []
    for line in lines:
        m = None if minuted else _SEEKS_APPROVAL.match(line.text)
        if m is None:
            m = next((found for found in _ASKS_BODY.finditer(line.text)
                      if not minuted or found.group("tense") in _PAST), None)
        if not m:
            continue
        sentence = first_sentence(line.text[m.start("sentence"):])
        if len(sentence) > SOUGHT_SENTENCE_CHARS or not sentence.rstrip().endswith("."):
            continue  # cut off or run on: better missed than guessed
        aside = _CLAUSE_AFTER_ASIDE.match(sentence[m.start("what") - m.start("sentence"):])
        item = _quoted_item(line, aside.group("clause") if aside else sentence)
        if item is not None:
            items.append(item)
    if minuted and not items:
        items = _first_report_sought(lines)
    if not items:
        return []
    return [Section(Anchor(0, "", 0, None, True, "recommendations.approval_sought", governs=True), items)]


def _first_report_sought(lines: list[Line]) -> list[Item]:
    """The approval the first report a minute tells of sought, its body unnamed ("... that sought approval for X."):
    only the first, as a later one ("this report sought permission for a third extension") restates it."""
    for line in lines:
        m = _REPORT_SOUGHT.search(line.text)
        if m is None:
            continue
        what = first_sentence(m.group("what"))
        if len(what) > SOUGHT_SENTENCE_CHARS or not what.rstrip().endswith("."):
            return []  # cut off or run on: better missed than guessed
        item = _quoted_item(line, what)
        return [item] if item is not None else []
    return []


def _quoted_item(line: Line, text: str) -> Item | None:
    """The sentence (its full stop dropped) as a verbatim item cited in the line; None where markup in the raw line
    keeps the quote from being found."""
    text = text.rstrip(". ")
    start = line.raw.find(text[:40])
    if start < 0:
        return None
    return Item(None, 0, None, line.start + start, line.start + start + len(text), [text], governed=True, verbatim=True)
