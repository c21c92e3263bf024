"""Decisions read from the structure of ModernGov pages whose "Decision:" heading was lost in copying.

ModernGov (used by most English councils) lays out a "Decision details" page as its fields (Decision Maker:,
Decision status:, Is Key decision?:, Is subject to call in?:), the purpose paragraph(s), the decision
paragraph(s) and then "Reasons for the decision:"; an "Issue - meetings" page gives "Meeting: dd/mm/yyyy - Body
(Item N)", the item's title line, "Additional documents:", then the decision and the minutes' narrative. Saved
as text, both lose the "Decision:" heading, so the decision is found by where it stands and how it opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import Item
from extractors.recommendations.lines import Line, parse_label
from extractors.recommendations.minutes import DECISION_STATUS, MEETING_PAGE, RECORD_FIELD, head_text
from extractors.recommendations.sections import Section
from extractors.recommendations.shapes import PAST_DECISION_VERB, RECORDED_DECISION
from extractors.recommendations.verbs import base_verb
from extractors.recommendations.vocab import BODY


@dataclass
class Paragraph:
    """A paragraph of a web page: its first and last line, text, and the blank lines above it."""

    first: int
    last: int
    text: str
    gap_above: int


def paragraphs(lines: list[Line], start: int, stop: int) -> list[Paragraph]:
    """The paragraphs between two lines; a line opening in lower case after an unfinished one continues it."""
    found: list[Paragraph] = []
    gap = 0
    for index in range(start, stop):
        text = lines[index].text
        if not text:
            gap += 1
            continue
        previous = found[-1] if found else None
        if previous is not None and gap == 0 and text[:1].islower() and not previous.text.endswith((".", ";", ":")):
            previous.text = f"{previous.text} {text}"
            previous.last = index
        else:
            found.append(Paragraph(index, index, text, gap))
        gap = 0
    return found


# Verbs that open the purpose or a request to discuss rather than a decision: "To consider the report ...".
_NOT_DECIDING = frozenset({"consider", "discuss", "comment", "review", "identify", "welcome", "thank"})


# Verbs an officer's decision opens with as an infinitive ("To issue works to external contractors ..."), too
# common as other words ("Issue details", "Lease of land") to open an item anywhere else.
_INFINITIVE_DECISIONS = frozenset({"issue", "purchase", "acquire", "dispose", "sell", "lease", "spend", "invest",
                                   "fund", "pay", "let", "buy", "renew", "terminate", "allow", "permit",
                                   "allocate"})


def opens_decision(text: str) -> bool:
    """Whether a paragraph opens as a decision: "To award ...", "To approve ...", "That ...", "This decision is to ...".

    The infinitive must be a deciding verb: "To consider the report ..." and "To seek approval ..." state a
    page's purpose.
    """
    if re.match(r"That\s", text):
        return True
    # "This decision is to support the proposal ...", "This decision is also to authorise ...": an officer's record.
    m = re.match(r"^(?:This\s+decision\s+is\s+(?:also\s+)?to|To)\s+(?:[a-z]{3,}ly\s+)?([a-z]+)\b", text)
    verb = (base_verb(m.group(1)) or (m.group(1) if m.group(1) in _INFINITIVE_DECISIONS else None)) if m else None
    return verb is not None and verb not in _NOT_DECIDING


# "Reasons for the decision:" (or "Alternative options considered:" / "Options Considered:" where a page has no
# reasons): the field below the decision.
_BELOW_DECISION = re.compile(
    r"^(?:reasons?\s+for\s+(?:the\s+)?decisions?|(?:alternative\s+)?options?\s+considered|"
    r"interests\s+and\s+nature\s+of\s+interests\s+declared)\s*:?$", re.I
)
# "The Director of Public Health has approved the award of contract ...": an officer's decision the page records.
_HAS_DECIDED = re.compile(r"^(?:the\s+)?[\w&’'()\- ]{3,100}?\s+(?:has|have)\s+(?:approved|agreed|decided|authorised)\s+"
                          r"(?:the|to|that)\b"
                          # "The Cabinet Member awarded a contract for ... to X.": the decision maker's act, told.
                          rf"|^(?:the\s+)?(?:[\w&’'\-]+\s+){{0,4}}?{BODY}\s+"
                          # "The Executive Member following consultation with the Corporate Director ... accepts grant
                          # funding of £1,137,090 from ...": the decision maker's act, in the present.
                          r"(?:,?\s*(?:following|after|in)\s+consultation\s+with\s+[^.;:]{3,200}?,?\s+)?"
                          r"(?:(?:awarded|approved|agreed|appointed|granted|extended|authori[sz]ed)"
                          r"\s+(?:the|a|an|to|that)\b"
                          r"|(?:accepts|approves|agrees|awards|appoints|authori[sz]es|extends|grants)\s+\w)",
                          re.I)
# The page's fields above the purpose: "Is subject to call in?: Yes", "Decision status: Recommendations Approved".
_FIELD = re.compile(
    r"^(?:is\s+(?:(?:this\s+)?a\s+)?key\s+decision|is\s+subject\s+to\s+call[\s-]?in|decision\s+(?:status|maker|date)|"
    r"wards?\s+affected)\b[^:]{0,30}:", re.I
)
# A row of a decision's values set out below it: "Lot 1 - £1,172,371", "Total: £2.4m".
_VALUE_ROW = re.compile(r"^[^.:]{1,60}?\s*[-–:]\s*£\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:m|k|bn|million))?\s*$")
TRAILING_STATEMENTS = 2
"""How many statements ("The value of the contract amounts to ...") may stand between a decision and its reasons."""


_OFFICER_RECORD_FIELDS = {"date of decision", "decision maker"}


def _decision_page(lines: list[Line]) -> bool:
    """Whether the text is a ModernGov "Decision details" page or an officer's decision record (fields near the top)."""
    record_fields = {m.group().lower() for line in lines[:40] if (m := RECORD_FIELD.match(line.text))}
    return (any(DECISION_STATUS.search(line.text) for line in lines[:40])
            or any(re.match(r"^decision\s+details$", line.text, re.I) for line in lines[:5])
            or _OFFICER_RECORD_FIELDS <= record_fields)


def _decision_run(found: list[Paragraph]) -> list[Paragraph]:
    """The decision paragraphs at the foot of a page's purpose-and-decision block, top first.

    Walking up from the reasons: at most a couple of statements of fact are passed, then the run of
    paragraphs each opening as a decision is taken. A paragraph set further apart than the run's own
    paragraphs are from each other belongs to the purpose above.
    """
    index = len(found) - 1
    passed = 0
    values_below = False  # only rows of values ("Lot 1 - £1,172,371") passed so far
    while index >= 0 and not opens_decision(found[index].text):
        text = found[index].text
        if passed <= 1 and not values_below and _HAS_DECIDED.match(text):
            # the decision recorded as made, right above the fields below it or a statement of its term
            return [found[index]]
        if _VALUE_ROW.match(text) and (values_below or passed == 0):
            values_below = True  # the decision's figures, set out below it: not a statement of their own
            index -= 1
            continue
        # "The contract values are as follows:" over those rows is one statement, not a heading ending the block.
        introduces_values = values_below and text.endswith(":")
        if (passed >= TRAILING_STATEMENTS or (text.endswith(":") and not introduces_values)
                or PAST_DECISION_VERB.match(text) or RECORDED_DECISION.match(text)):
            return []
        values_below = False
        passed += 1
        index -= 1
    run: list[Paragraph] = []
    while index >= 0 and opens_decision(found[index].text):
        if run:
            inner = min((p.gap_above for p in run[:-1]), default=None)
            if inner is not None and found[index].gap_above > inner:
                break
            if inner is None and len(run) == 1 and found[index + 1].gap_above > 1 and found[index].gap_above <= 1:
                # The run's lower paragraph stands apart from the one above: that one is the purpose.
                break
        run.insert(0, found[index])
        index -= 1
    return run


def decision_page_paragraphs(lines: list[Line]) -> list[Section]:
    """The decision of a "Decision details" page, between its purpose and "Reasons for the decision"."""
    if not _decision_page(lines):
        return []
    fields = [index for index, line in enumerate(lines[:60]) if _FIELD.match(line.text)]
    if not fields:
        return []
    below = next((index for index in range(fields[-1] + 1, len(lines)) if _BELOW_DECISION.match(lines[index].text)),
                 None)
    if below is None:
        return _decided_below_fields(lines, fields[-1])
    found = paragraphs(lines, fields[-1] + 1, below)
    if len(found) == 1 and opens_decision(found[0].text):
        # "To approve the award of ... grant funding to X" alone between the fields and "Reasons for the decision:"
        return [Section(Anchor(fields[-1], "", lines[fields[-1]].end, None, True, "recommendations.decision_page",
                               governs=True), [_item(lines, found[0])])]
    if len(found) < 2:
        return []  # with no purpose paragraph above, the block's structure cannot be told
    completed = _completed_by_bullets(lines, found)
    if completed:
        return [Section(Anchor(fields[-1], "", lines[fields[-1]].end, None, True, "recommendations.decision_page",
                               governs=True), completed)]
    run = _decision_run(found)
    items = [_item(lines, paragraph) for paragraph in run]
    if len(run) == 1 and _HAS_DECIDED.match(run[0].text):
        items[0].single = True  # "... has approved the award ... for 1 year. The total value is ...": the first sentence
    return [Section(Anchor(fields[-1], "", lines[fields[-1]].end, None, True, "recommendations.decision_page",
                           governs=True), items)] if items else []


def _decided_below_fields(lines: list[Line], last_field: int) -> list[Section]:
    """A page copied without its "Reasons for the decision:" heading: the paragraph right below its fields, when it
    tells the decision as made ("The Cabinet Member authorised the award of contract to ..."), whole."""
    found = paragraphs(lines, last_field + 1, min(len(lines), last_field + 1 + DECIDED_BELOW_FIELDS_LINES))
    if not found or not _HAS_DECIDED.match(found[0].text):
        return []
    return [Section(Anchor(last_field, "", lines[last_field].end, None, True, "recommendations.decision_page",
                           governs=True), [_item(lines, found[0])])]


DECIDED_BELOW_FIELDS_LINES = 4
"""How many lines below a decision page's fields its decision paragraph may start."""


_ADDITIONAL_DOCUMENTS = re.compile(r"^additional\s+documents\s*:?$", re.I)
# A decision item left open for the next one: "...;", "...; and", "..., and".
_LIST_GOES_ON = re.compile(r"(?:;|;\s*(?:and|or)|,\s*and)$")


def issue_page_decisions(lines: list[Line]) -> list[Section]:
    """The decision an "Issue - meetings" page gives right below "Additional documents:", its heading lost.

    The first paragraph must open as a decision ("To approve ...", "That ..."); the following paragraphs
    belong to it while the one above ends the list's clause with a semicolon ("...;", "...; and"). A
    heading ("Decision:", "Minutes:") or narrative ("The Executive Member submitted a report ...") below
    "Additional documents:" is read by other rules or not at all.
    """
    if not MEETING_PAGE.search(head_text(lines)):
        return []
    sections: list[Section] = []
    for index, line in enumerate(lines):
        if not _ADDITIONAL_DOCUMENTS.match(line.text):
            continue
        found = paragraphs(lines, index + 1, min(len(lines), index + 60))
        if not found or not opens_decision(found[0].text):
            continue
        run = [found[0]]
        for paragraph in found[1:]:
            if not _LIST_GOES_ON.search(run[-1].text):
                break
            run.append(paragraph)
        items = [_item(lines, paragraph) for paragraph in run]
        sections.append(Section(Anchor(index, "", line.end, None, True, "recommendations.issue_meeting",
                                       governs=True), items))
    return sections


# "To approve the proposal to" over "· suspend the current process ...; and" / "· renew the grants ...": a decision
# whose sentence each bullet below finishes.
_RUNS_ON_TO_BULLETS = re.compile(r"\b(?:to|that|for|of|on)\s*:?$|:$", re.I)


def _bullet_width(text: str) -> int | None:
    """How many characters a paragraph's opening bullet takes, or None when it opens with none."""
    label = parse_label(text, None)
    return label.width if label is not None and label.kind.startswith("bullet") else None


def _completed_by_bullets(lines: list[Line], found: list[Paragraph]) -> list[Item]:
    """One item per bullet finishing the decision paragraph above them, each with that paragraph's words; [] when
    the paragraphs before the page's lower fields do not end so."""
    count = 0
    while count < len(found) and _bullet_width(found[len(found) - 1 - count].text) is not None:
        count += 1
    if count == 0 or count == len(found):
        return []
    lead = found[len(found) - 1 - count]
    if not (opens_decision(lead.text) and _RUNS_ON_TO_BULLETS.search(lead.text)):
        return []
    # each item's span runs from the lead paragraph to its bullet, so its evidence holds every word it quotes
    return [Item(None, 0, None, lines[lead.first].start, lines[bullet.last].end,
                 [f"{lead.text.rstrip(' :')} {bullet.text[_bullet_width(bullet.text) or 0:].strip()}"], governed=True)
            for bullet in found[len(found) - count:]]


def _item(lines: list[Line], paragraph: Paragraph) -> Item:
    """An unlabelled decision item holding one paragraph."""
    return Item(None, 0, None, lines[paragraph.first].start, lines[paragraph.last].end, [paragraph.text],
                governed=True)
