"""Decision lists that stand without a heading: resolutions above "Reasons for the decision", recorded decisions."""

from __future__ import annotations

import re

from extractors.recommendations.lines import Line, follows, list_item_texts, parse_label, text_above
from extractors.recommendations.minutes import DECISION_STATUS, MEETING_PAGE, MINUTES_HINT, head_text
from extractors.recommendations.section_ends import DATED_TITLE
from extractors.recommendations.shapes import (
    PAST_DECISION_VERB,
    RECORDED_DECISION,
    THAT_BE_DECIDED,
    body_decides,
    recommendation_shaped,
    resolution_opening,
    subjunctive_decision,
)
from extractors.recommendations.vocab import PRESENT_DECIDING

_REASONS_FOR_DECISION = re.compile(r"^reasons?\s+for\s+(?:the\s+)?decisions?\s*:?$", re.I)
# ModernGov decision-page fields above the decision: "Purpose:", "Is subject to call in?: Yes".
_DECISION_PAGE_FIELD = re.compile(
    r"^(?:is\s+(?:(?:this\s+)?a\s+)?key\s+decision|is\s+subject\s+to\s+call[\s-]?in|decision\s+(?:status|maker|date)|"
    r"purpose|decision|summary|wards?\s+affected|date\s+of\s+decision)\b[^:]{0,30}:",
    re.I,
)
DECISION_PAGE_LIST_LINES = 80
"""How far above "Reasons for the decision" an unheaded decision list may start."""

RESOLUTION_LINES = 10
"""How many non-blank lines above "Reasons for the decision" the resolution paragraphs may span."""


def _that_be_decided_above(lines: list[Line], index: int) -> int | None:
    """The first of the "That ... be approved." paragraphs standing right above "Reasons for the decision"."""
    first = None
    seen = 0
    for j in range(index - 1, -1, -1):
        text = lines[j].text
        if not text:
            continue
        seen += 1
        if seen > RESOLUTION_LINES:
            break
        if THAT_BE_DECIDED.match(text) or (first is None and resolution_opening(text)):
            first = j
            continue
        label = parse_label(text, None)
        if first is None and (text[:1].islower() or (label is not None and label.kind != "digit")):
            continue  # "a) ...", "on terms to be agreed ...": the parts and tail of one resolution above
        break
    return first


# "The above decisions have been made for the following reasons:": minutes saying the paragraphs above are decisions.
_ABOVE_DECISIONS = re.compile(
    r"^the\s+above\s+(?:decisions?|resolutions?)\s+(?:(?:has|have)\s+been|was|were)\s+(?:made|taken)\b", re.I
)
ABOVE_DECISION_LINES = 40
"""How many lines above "The above decisions have been made ..." its resolution paragraphs may span."""


def resolutions_above_reasons(lines: list[Line]) -> set[int]:
    """The first of the "That ..." paragraphs standing right above "The above decisions have been made for ...".

    The paragraphs between are resolutions ("That ...") and the wrapped lines continuing them; the
    walk up stops at the first line that neither opens a resolution nor continues an unfinished line.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if not _ABOVE_DECISIONS.match(line.text):
            continue
        first = None
        for j in range(index - 1, max(-1, index - ABOVE_DECISION_LINES), -1):
            text = lines[j].text
            if not text:
                continue
            if re.match(r"That\s", text):
                first = j
                continue
            above = next((lines[k].text for k in range(j - 1, -1, -1) if lines[k].text), "")
            if text[:1].islower() or text[:1].isdigit() or (above and not above.endswith((".", ";", ":"))):
                continue  # a wrapped line of the resolution above it
            break
        if first is not None:
            starts.add(first)
    return starts


def _opens_decision_item(text: str) -> bool:
    """Whether a labelled line's item asks or records a decision."""
    label = parse_label(text, None)
    body = text[label.width:].strip() if label is not None else text
    return recommendation_shaped(body) or _records_decision(body) or subjunctive_decision(body)


# The fields a decision page ends with: "Report author:", "Publication date:", "Decided at meeting:".
_PAGE_FOOT_FIELD = re.compile(
    r"^(?:report\s+author|publication\s+date|date\s+of\s+decision|decided\s+at\s+meeting|contact)\s*:", re.I
)


def _page_foot(lines: list[Line]) -> list[int]:
    """The first of a decision page's closing fields that stands right below a labelled line, if any."""
    for index, line in enumerate(lines):
        if not _PAGE_FOOT_FIELD.match(line.text):
            continue
        above = next((j for j in range(index - 1, -1, -1) if lines[j].text), None)
        return [index] if above is not None and parse_label(lines[above].text, None) is not None else []
    return []


def unheaded_decision_lists(lines: list[Line]) -> set[int]:
    """Lines opening the labelled list a ModernGov decision page records as its decision, unheaded.

    Copied decision pages often lose their "Decision:" heading; the decision is then the labelled
    list ("i.", "(1)", "a)") between the page's fields and "Reasons for the decision", or the fields it ends with.
    """
    if not (any(DECISION_STATUS.search(line.text) for line in lines[:40]) or MEETING_PAGE.search(head_text(lines))):
        return set()
    starts: set[int] = set()
    reasons = [index for index, line in enumerate(lines) if _REASONS_FOR_DECISION.match(line.text)]
    # With no "Reasons for the decision", the fields the page ends with stand right below its decision.
    foot = [] if reasons else _page_foot(lines)
    for index in reasons + foot:
        that = _that_be_decided_above(lines, index)
        if that is not None:
            starts.add(that)
            continue
        openings: list[int] = []  # where a list (or a sub-list) opens, nearest the reasons first
        lead_line = None  # the unlabelled line ending ":" that the list stands under
        for j in range(index - 1, max(0, index - DECISION_PAGE_LIST_LINES), -1):
            text = lines[j].text
            if not text:
                continue
            label = parse_label(text, None)
            if label is None and (_DECISION_PAGE_FIELD.match(text) or text.endswith(":")):
                lead_line = j if text.endswith(":") else None
                break
            if label is not None and label.value == (1,) and not label.kind.startswith("bullet"):
                openings.append(j)
        # The topmost opening is the list's (its sub-lists open below it), unless only a lower one decides:
        # "i. Once approval had been obtained ..." (points raised) above "1. Cabinet APPROVED the variation ...".
        deciding = [j for j in openings if _opens_decision_item(lines[j].text)]
        if index in foot and not deciding:
            continue  # above the page's foot, only a list that decides: not "Alternative options: 1. Do nothing"
        if openings and not deciding and lead_line is not None and _opens_decision_item(lines[lead_line].text):
            # "Approved expenditure for ... The current providers:" over "(a) Affinity Trust; (b) ...": the
            # decision is the paragraph; its list only names what it decided on
            starts.add(lead_line)
        elif deciding or openings:
            starts.add((deciding or openings)[-1])
    return starts


# "Issue - decisions": the ModernGov page that lists an issue's decisions, each item in the past tense.
_DECISIONS_PAGE = re.compile(r"^issue\s*[-–:]\s*decisions?$|^decisions?\s+details?$", re.I)
RECORDED_ITEM_GAP = 40
"""How many lines may part one recorded decision item from the next (detail paragraphs under it)."""


def _records_decision(text: str) -> bool:
    """Whether an item opens with a decision in the past tense: "Agreed to ...", "Cabinet agreed the transfer ..."."""
    return bool(PAST_DECISION_VERB.match(text) or RECORDED_DECISION.match(text))


def recorded_decision_lists(lines: list[Line]) -> set[int]:
    """Lines opening an unheaded numbered list of decisions recorded in the past tense.

    Minutes and decision pages record "1. Agreed to the award ...", "2. Delegated authority to ...";
    in a text that says it records decisions, a list whose first two items both open so is the decision.
    """
    head = head_text(lines)
    hinted = bool(MINUTES_HINT.search(head) or any(_DECISIONS_PAGE.match(line.text) for line in lines[:5]))
    starts: set[int] = set()
    for index, line in enumerate(lines):
        label = parse_label(line.text, None)
        if (label is None or label.kind.startswith("bullet") or label.value != (1,)
                or not _records_decision(line.text[label.width:].strip())
                or not line.text[label.width:].strip()[:1].isupper()):
            continue
        items = list_item_texts(lines, index, label)
        if len(items) < 2 or not _records_decision(items[1]):
            continue
        # A page that does not say it records decisions: only a list of three or more, every item opening in
        # the past tense ("(a) Approved ...", "(f) Noted ..."), under no lead-in ("In 2019 Cabinet:" tells history).
        if hinted or (len(items) >= UNHINTED_RECORD_ITEMS and all(PAST_DECISION_VERB.match(item) for item in items)
                      and not re.search(r"[:;]\s*[-–]?$", text_above(lines, index))):
            starts.add(index)
    return starts


UNHINTED_RECORD_ITEMS = 3
"""Fewest past-tense items for a list to record decisions on a page that does not say it records any."""


# "Reasons for recommendations:" under a ModernGov minute's decision, as well as "Reasons for the decision:".
_REASONS_BELOW_DECISION = re.compile(r"^reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:?$", re.I)


def recorded_bullets_above_reasons(lines: list[Line]) -> set[int]:
    """Lines opening an unheaded bullet list of decisions in the past tense right above "Reasons for ...".

    ModernGov minutes copied without their "RESOLVED" line keep "· approved the implementation of ...",
    "· Delegated authority to ..." above "Reasons for recommendations:"; every bullet must open so.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if not _REASONS_BELOW_DECISION.match(line.text):
            continue
        first = None
        for j in range(index - 1, max(-1, index - RECORDED_ITEM_GAP), -1):
            text = lines[j].text
            if not text:
                continue
            label = parse_label(text, None)
            if label is None or not label.kind.startswith("bullet"):
                break
            if not _records_decision(text[label.width:].strip()):
                first = None
                break
            first = j
        if first is not None:
            starts.add(first)
    return starts


def resolution_lists(lines: list[Line]) -> set[int]:
    """Lines opening an unheaded labelled list of resolutions ("1. That the agreement be approved.").

    Web copies of minutes and decision pages lose the "RESOLVED" or "Decision" cell; a list whose
    first two items both read "That ... be approved" (or "That Cabinet approve ...") is still the
    resolution, wherever it stands.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        label = parse_label(line.text, None)
        if label is None or label.kind.startswith("bullet") or label.value != (1,):
            continue
        first = line.text[label.width:].strip()
        # "1. That Lower Bradley Community Centre be declared surplus ...": a resolution whose participle is no
        # usual decision word counts when the item below it is a usual resolution ("2. That disposal ... be approved").
        plain = resolution_opening(first)
        if not plain and not (re.match(r"(?i:that)\s", first) and subjunctive_decision(first)) and not body_decides(first):
            continue
        second = None
        for j in range(index + 1, min(len(lines), index + RECORDED_ITEM_GAP)):
            nxt = parse_label(lines[j].text, label) if lines[j].text else None
            if nxt is not None and nxt.kind == label.kind and follows(nxt, label):
                second = lines[j].text[nxt.width:].strip()
                if re.match(r"(?i:that)\b", second) and (plain or resolution_opening(second)):
                    starts.add(index)
                break
        if second is None and body_decides(first):
            # "1. That Cabinet accepts the grant funding and approves ...", "A. That Cabinet approved the modification
            # ...": a decision page's one resolution, its "Decision:" and "RESOLVED" lost in copying.
            starts.add(index)
    return starts


# ModernGov "Decisions published" pages: "Decision Maker: ...", "Decision published: ...", "Effective from: <date>",
# then the decision itself, its "Decision:" label lost in copying.
_EFFECTIVE_FROM = re.compile(r"^effective\s+from\s*:\s*\d", re.I)
_DECISION_FIELDS = re.compile(r"^(?:decision\s+(?:maker|published)|made\s+at\s+meeting)\s*:", re.I)
DECISION_FIELD_LINES = 8
"""How far above "Effective from:" the decision page's other fields stand."""


def decisions_below_fields(lines: list[Line]) -> set[int]:
    """Lines opening a decision right below a ModernGov decision's fields ("Effective from: 11/08/2017").

    The decision opens as a resolution ("That ... be approved"), a numbered list whose first item is
    one, or a past-tense record; anything else (a summary of the report) is not read.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if not _EFFECTIVE_FROM.match(line.text):
            continue
        if not any(_DECISION_FIELDS.match(lines[j].text) for j in range(max(0, index - DECISION_FIELD_LINES), index)):
            continue
        below = next((j for j in range(index + 1, min(len(lines), index + 5)) if lines[j].text), None)
        if below is None:
            continue
        text = lines[below].text
        label = parse_label(text, None)
        if label is not None and (label.kind.startswith("bullet") or label.value != (1,)):
            continue
        body = text[label.width:].strip() if label is not None else text
        if resolution_opening(body) or re.match(r"(?-i:That|To)\s", body) or PAST_DECISION_VERB.match(body):
            starts.add(below)
    return starts


# "Decision type: Key", "Decision status: Recommendations Approved": the fields a ModernGov issue page lists
# below what it decides or asks.
_ISSUE_PAGE_FIELD = re.compile(r"^decision\s+(?:type|status|due|maker)\s*:", re.I)
ISSUE_TITLE_LINES = 3
"""How many unlabelled lines (the page's "Issue details" and the issue's title) may stand above its list."""


def issue_page_lists(lines: list[Line]) -> set[int]:
    """Lines opening the unheaded numbered list an issue page gives right below its title, above its fields.

    A ModernGov "Issue details" page copied as text shows the issue's title, then its recommendations as
    "1. To approve ...", then "Decision type:" and "Decision status:"; the list is what the issue decides.
    The list must open the page (after at most a few title lines), its first item must read as a request,
    and the page's decision fields must follow it.
    """
    if not any(_ISSUE_PAGE_FIELD.match(line.text) for line in lines[:80]):
        return set()
    seen = 0
    for index, line in enumerate(lines):
        if not line.text:
            continue
        label = parse_label(line.text, None)
        if label is None:
            seen += 1
            if seen > ISSUE_TITLE_LINES or line.text.endswith(":") or _DECISION_PAGE_FIELD.match(line.text):
                return set()
            continue
        body = line.text[label.width:].strip()
        if label.kind.startswith("bullet") or label.value != (1,) or not re.match(r"(?-i:To|That)\s", body):
            return set()
        if not recommendation_shaped(body):
            return set()
        below = next((lines[j].text for j in range(index + 1, len(lines))
                      if lines[j].text and parse_label(lines[j].text, label) is None
                      and not lines[j - 1].text), "")
        return {index} if _ISSUE_PAGE_FIELD.match(below) else set()
    return set()


# An item opening as a decision: "Note the ...", "To approve a loan of ...", "That the level of funding be ...".
# "To" takes only verbs that decide, so a report's list of aims ("1. To provide ... 2. To ensure ...") is not read.
_DECIDING_VERB = re.compile(
    r"(?-i:[Nn]ote|[Aa]pprove|[Aa]gree|[Ee]ndorse|[Rr]atify|[Dd]elegate|[Aa]ccept|[Aa]dopt|[Rr]eceive|[Cc]onfirm)\s+"
    r"(?:the|that|a|an|authority)\b|"
    r"(?-i:To)\s+(?:approve|agree|note|endorse|ratify|delegate|authori[sz]e|accept|adopt|award|extend|grant|"
    r"appoint|allocate|release|vary|terminate|reduce|increase|transfer|commission|procure|confirm)\b|"
    # "To make an urgent decision ...", "To make a payment of ...", not "To make the case for ...".
    r"(?-i:To)\s+make\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:decisions?|awards?|payments?|grants?|loans?)\b|"
    r"(?-i:That)\s+\w")


def deciding_verb_lists(lines: list[Line]) -> set[int]:
    """Lines opening an unheaded labelled list whose first two items each open as a decision.

    A web copy of a minute loses its "RESOLVED - That the Board:" line and keeps the lettered items
    "a) Note the ...", "b) Approve the ..." (or "(1) approve the ...", "(2) delegate authority ..."); an agenda
    item page keeps only "(1) That ...", "(2) That ...";
    a decision page writes "... it was RESOLVED." above "1. To approve ...". Read only where nothing else in
    the text is a recommendation.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        label = parse_label(line.text, None)
        if label is None or label.kind.startswith("bullet") or label.value != (1,):
            continue
        above = text_above(lines, index)
        if above.endswith((",", ":")) or (above[-1:].islower() and not DATED_TITLE.match(above)
                                          and not _DASHED_FIELD.match(above)):
            # a sentence running on into the list (not "01/06/2020 - Support to providers", nor a page's field
            # "Conflicts of interest / dispensations granted – none"), or a lead-in
            continue
        # The first two items decide; or, after a first item saying an appendix is not for publication, the next two.
        deciding = [bool(_DECIDING_VERB.match(text)) for text in list_item_texts(lines, index, label)[:3]]
        if deciding[:2] == [True, True] or (deciding == [False, True, True] and _NOT_FOR_PUBLICATION.search(
                line.text)):
            starts.add(index)
    return starts


# "Other options considered – none": a decision page's field and its short answer, set off by a dash.
_DASHED_FIELD = re.compile(r"^[A-Z][^.:;–—-]{2,80}\s[–—-]\s+\w[\w ]{0,30}$")
# "1. Appendix 1 is not for publication on the basis that it contains ...": the notice opening a decision list.
_NOT_FOR_PUBLICATION = re.compile(r"\bnot\s+for\s+publication\b|\bexempt\b", re.I)


# "Notes the position following three years of ...; and" / "Agrees to delegate authority to ...": a decision's
# items in the body's present tense, their "RESOLVED that the Cabinet:" line and labels lost in copying.
_PRESENT_DECISION_LINE = re.compile(rf"^(?=[A-Z]){PRESENT_DECIDING}\s+(?:the|that|to|a|an|authority)\b", re.I)
PRESENT_RUN_GAP = 2
"""How many blank lines may part one present-tense decision line from the next."""


def present_tense_runs(lines: list[Line]) -> set[int]:
    """Lines opening an unlabelled run of two or more lines that each open with a deciding body's verb in the present
    ("Notes ...", "Agrees ..."), the first ending as a list item does (";", "; and"), under no lead-in."""
    starts: set[int] = set()
    index = 0
    while index < len(lines):
        if not _PRESENT_DECISION_LINE.match(lines[index].text) or re.search(r"[:,]$", text_above(lines, index)):
            index += 1
            continue
        run = [index]
        j = index + 1
        while j < len(lines) and j - run[-1] <= PRESENT_RUN_GAP + 1:
            if lines[j].text:
                if not _PRESENT_DECISION_LINE.match(lines[j].text):
                    break
                run.append(j)
            j += 1
        if len(run) >= 2 and re.search(r";(?:\s*(?:and|or))?$", lines[index].text):
            starts.add(index)
        index = run[-1] + 1
    return starts
