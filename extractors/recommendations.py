"""Recommendations a paper asks its committee to decide, and decisions minutes or notices record."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from extractors.doctext import Collector, DocText
from extractors.recommendation_lines import BULLETS as _BULLETS
from extractors.recommendation_lines import LONE_LABEL_GAP
from extractors.recommendation_lines import LABEL as _LABEL
from extractors.recommendation_lines import ROMAN as _ROMAN
from extractors.recommendation_lines import Label as _Label
from extractors.recommendation_lines import Line as _Line
from extractors.recommendation_lines import follows as _follows
from extractors.recommendation_lines import lines_of as _lines
from extractors.recommendation_lines import parse_label as _parse_label
from extractors.recommendation_links import link_decisions, report_of
from extractors.recommendation_vocab import BODY as _BODY
from extractors.recommendation_vocab import INFLECTED as _INFLECTED
from extractors.recommendation_vocab import OUTCOMES as _OUTCOMES
from extractors.recommendation_vocab import VERBS
from extractors.recommendation_vocab import words as _words
from schemas import Evidence, Recommendation, Report

# ---------------------------------------------------------------------------
# Anchors: where a recommendation or decision section begins
# ---------------------------------------------------------------------------

_NUM = r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
_REC_WORD = r"(?:recommendations?|recommendation\(s\)|recommended\s+decisions?|proposed\s+recommendations?)"
# "Decisions, recommendations and any options", "Recommendations and reasons": the heading may pair the word
# with the decisions or options it covers.
_HEADING_ALONE = re.compile(
    rf"^{_NUM}(?:decisions?,?\s+(?:and\s+)?)?{_REC_WORD}(?:\s+(?:of|from|to)\s+[^.:]{{1,60}})?"
    r"(?:,?\s+(?:and|&)\s+(?:any\s+)?(?:options?|reasons?|decisions?)(?:\s+for\s+(?:the\s+)?\w+)?)?\s*:?$",
    re.I,
)
_HEADING_COLON = re.compile(rf"^{_NUM}{_REC_WORD}\s*[:\-–]\s*(?P<rest>\S.*)$", re.I)
_HEADING_INLINE = re.compile(rf"^{_NUM}{_REC_WORD}\s+(?P<rest>\S.*)$", re.I)

_LEAD_IN = re.compile(
    rf"^(?P<subject>(?:that\s+)?(?:the\s+)?[\w&’'/\- ]{{0,80}}?\b{_BODY})\s+"
    r"(?:is|are)\s+(?:being\s+|therefore\s+|also\s+)?"
    r"(?:asked|requested|recommended|invited|advised)\s+to\b\s*(?P<rest>.*)$",
    re.I,
)
_IT_IS_RECOMMENDED = re.compile(
    r"^(?:it\s+is|it\s+was)\s+(?:therefore\s+|further\s+|also\s+)?recommended\s+that\b[\s:]*(?P<rest>.*)$", re.I
)
_SCOPE_LIST = re.compile(r"^(?:this|these|it|they|the\s+\w+)\s+(?:comprises?|includes?|consists?|covers?)\b", re.I)
# "RESOLVED That Cabinet:", "Resolved unanimously that:": minutes may put a manner adverb after the word.
# Some councils minute a decision as "ORDERED that", "AGREED:" or (to full Council) "RECOMMENDED: That".
_RESOLVED = re.compile(
    r"^(?:(?i:it)\s+was\s+)?(?:RESOLVED|Resolved|ORDERED|AGREED|RECOMMENDED)\b(?:\s+(?i:unanimously|accordingly|nem\.?\s*con\.?))?"
    r"(?:\s*[:,–\-]\s*|\s+(?=(?i:that|to)\b)|\s*$)(?P<rest>.*)$"
)
_DECISION_HEAD = re.compile(
    r"^(?:decisions?(?:\s+(?:made|taken|of\s+the\s+\w+(?:\s+\w+){0,3}))?|DECISION)\s*[:\-–]\s*(?P<rest>.*)$", re.I
)
# "DECISIONS" or "Decision made" alone on its line: minutes and decision pages head the decision list so.
_DECISION_ALONE = re.compile(r"^decisions?(?:\s+(?:made|taken))?$", re.I)
# "That" or "That:" alone over a labelled list: "Decision Made: That (1) ...; and (2) ...".
_THAT_ALONE = re.compile(r"^that\s*[:\-–]?$", re.I)
# "That Cabinet", "That the Board:-" alone over a labelled list of what the body decides.
# The subject is capitalised words only, so a wrapped "that Cabinet considered ... from Cabinet" is no lead-in.
_THAT_BODY_ALONE = re.compile(
    rf"^(?i:that)\s+(?:(?:the|and|of|for)\s+|[A-Z][\w&’'\-]*\s+){{0,5}}(?i:{_BODY})\s*(?::\s*[-–]?|[-–])?$"
)
# "The Cabinet:" / "The Board:" over "(i) Approved ...": minutes recording what the body decided.
_BODY_COLON = re.compile(rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s*:$", re.I)
_PAST_DECISION_VERB = re.compile(
    r"^(?:approved|agreed|noted|delegated|resolved|endorsed|authorised|authorized|accepted|adopted|"
    r"supported|ratified|confirmed|deferred|requested|recommended|decided|instructed|granted)\b",
    re.I,
)
# "The Cabinet approved the procurement ...": a recorded decision opening a decision section's item.
_RECORDED_DECISION = re.compile(
    rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s+(?:has\s+|have\s+)?(?:(?:unanimously|formally)\s+)?"
    r"(?:approved|agreed|noted|resolved|decided|endorsed|delegated|authorised|authorized|accepted|adopted|"
    r"supported|ratified|confirmed|deferred|rejected)\b",
    re.I,
)
# "Members are asked to consider whether they have an interest ...": a declarations-of-interest item.
_DECLARATION_OF_INTEREST = re.compile(
    r"\bdeclare\b[^.;]{0,80}\binterests?\b|\bwhether\s+they\s+have\s+(?:an?|any)\s+(?:\w+\s+){0,2}interests?\b",
    re.I,
)
# A portfolio after a body's title: "for Adult Social Care and Public Health", capitalised words and connectors
# only, so "for Health introduced the report and recommendations, which Cabinet" is no portfolio.
_PORTFOLIO = r"(?-i:[A-Z][\w’'\-]*(?:,?\s+(?:[A-Z][\w’'\-]*|and|of|the|&))*)"
_BODY_DECIDED = re.compile(
    # "The Cabinet Member for Adult Social Care has agreed to ...": a portfolio may follow the body.
    rf"^(?:as\s+[^,]{{3,100}}?,?\s+(?=I\s))?(?:the\s+)?(?:[\w&’'\- ]{{0,60}}?\b{_BODY}(?:\s+for\s+{_PORTFOLIO})?|I)\s+"
    r"(?:has\s+|have\s+)?(?:unanimously\s+)?(?:agreed|agrees?|resolved|resolves|decided|approved),?\s+"
    # "resolves, in accordance with its powers under s137 ..., to incur": the adverbial stays in the item.
    r"(?:(?:to|that)\b\s*:?\s*|(?=(?:in\s+accordance\s+with|under|pursuant\s+to)\b[^.]{0,160}?\bto\s))(?P<rest>.*)$",
    re.I,
)
# "Following the debate, the Committee unanimously agreed the following motion:" over a lettered list:
# a report recording what a body decided at its own meeting.
_BODY_DECIDED_LIST = re.compile(
    rf"^(?:(?:following|after|having|at\s+its|on)\b[^,]{{0,80}},\s+)?(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s+"
    r"(?:(?:therefore|then|formally|unanimously)\s+)*(?P<verb>agreed|resolved|decided|approved|adopted)"
    r"(?:\s+(?:unanimously|as\s+follows))?(?:\s+the\s+following(?:\s+(?:motion|resolutions?|recommendations?|decisions?))?)?"
    r"\s*:\s*$",
    re.I,
)
# "Cabinet propose to:", "The Cabinet Member proposes to:" over a list: a proposed decision's lead-in.
_PROPOSES_TO = re.compile(
    rf"^(?:as\s+[^,]{{3,100}}?,?\s+(?=I\s))?(?:the\s+)?(?:[\w&’'\- ]{{0,60}}?\b{_BODY}|I|we)\s+"
    r"(?:proposes?|is\s+proposing|intends?)\s+to\s*:?\s*$",
    re.I,
)
# "The Council may, having reviewed the decision, resolve one of the following:": alternatives put to
# the body, which a recommendation section lists as its items.
_MAY_RESOLVE = re.compile(
    rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s+may\b(?:,[^,]{{1,160}},)?\s*"
    r"(?:(?:resolve|decide|agree|choose|determine)\s+(?:to\s+)?)?(?:(?:one|any)\s+of\s+the\s+following|either|the\s+following)?"
    r"\s*:\s*$",
    re.I,
)
_OUTCOME_DECIDED = re.compile(
    rf"^outcome\s*:\s*(?P<rest>(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s+"
    r"(?:noted|approved|agreed|accepted|received|resolved|endorsed|ratified|supported|adopted)\b.*)$",
    re.I,
)
# Text that records decisions taken: minutes, decision notices, ModernGov decision pages.
# A ModernGov "Issue - meetings" page: "Meeting: 26/01/2010 - Cabinet (Item 10)" over what was decided.
_MEETING_PAGE = re.compile(
    r"(?im:^issue\s*[-–]\s*meetings$|^meeting\s*:\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*[^\n]{2,80}\(item\s+\d+\)"
    r"|^decided\s+at\s+meeting\s*:)"
)
_MINUTES_HINT = re.compile(
    r"(?i:\bminutes\b|record\s+of\s+decision|decision\s+notice|decision\s+(?:status|maker|number)\s*:)|\bRESOLVED\b|"
    + _MEETING_PAGE.pattern
)
_DECISION_STATUS = re.compile(r"decision\s+status\s*:\s*(?P<status>[^\n]{3,60})", re.I)
_PROPOSED_DECISION = re.compile(r"proposed\s+(?:record\s+of\s+)?decision", re.I)


@dataclass(frozen=True)
class _Anchor:
    """A line that opens a section, with any item text on the same line after the heading."""

    index: int  # line index
    rest: str  # text after the heading or lead-in, on the same line
    rest_start: int  # its offset in the document
    lead_verb: str | None
    is_decision: bool
    rule: str
    rest_is_lead_in: bool = False  # rest is a whole sentence that includes its own lead-in
    last: int = -1  # the anchor's last line when its lead-in wraps onto the next line
    governs: bool = False  # a lead-in over alternatives: every item under it counts


def _verb_after_to(rest: str) -> str | None:
    """The verb a lead-in ends with ("... asked to approve:"), if it ends in a list."""
    # "approve:", "approve: -", "approve:-" all end a lead-in over a list.
    m = re.match(r"^(?:(?:consider\s+and\s+)?(\w+)(?:\s+(?:and|or)\s+(\w+))?)?\s*:?\s*[-–—]?\s*$", rest.strip())
    if not m or not m.group(1):
        return None
    return _base_verb(m.group(1))


def _base_verb(word: str) -> str | None:
    low = word.lower().strip(",.:;")
    low = _INFLECTED.get(low, low)
    return low if low in VERBS or low == "resolve" else None


def _present_verb(word: str) -> str | None:
    """The base verb of a base or third-person form ("authorises" -> "authorise"), or None."""
    low = word.lower().strip(",.:;")
    return _base_verb(low) or (_base_verb(low[:-1]) if low.endswith("s") else None)


def _paragraph_start(lines: list[_Line], index: int) -> bool:
    """Whether a line opens a paragraph (after a blank, a heading, or a finished sentence)."""
    for j in range(index - 1, max(-1, index - 4), -1):
        prev = lines[j].text
        if not prev:
            return True
        return prev.endswith((".", ":", ";")) or len(prev) < 60 and not prev.endswith(",")
    return True


def _strip_number(text: str) -> tuple[str, int]:
    """The line without a leading paragraph number ("56. ", "2.1 ") and the width removed."""
    m = re.match(r"^(?:(?:\d{1,4}(?:\.\d{1,2})*\.?|\(?[a-z]{1,3}[.)]|\(\d{1,2}\))\s+|\d{1,3}\.(?=[A-Z][a-z]))", text)
    return (text[m.end():], m.end()) if m else (text, 0)


def _find_anchor(lines: list[_Line], index: int, in_section: bool) -> _Anchor | None:
    """The anchor a line opens, if it opens a recommendation or decision section."""
    line = lines[index]
    text = line.text
    if not text:
        return None

    def at(rest: str) -> int:
        return line.start + max(0, _raw_find(line, rest))

    if _HEADING_ALONE.match(text):
        return _Anchor(index, "", line.end, None, False, "recommendations.heading")
    m = _HEADING_COLON.match(text) or _HEADING_INLINE.match(text)
    if m:
        rest = m.group("rest")
        if _MAY_RESOLVE.match(rest):
            return _Anchor(index, "", line.end, None, False, "recommendations.heading", governs=True)
        inline = m.re is _HEADING_INLINE
        if not inline or _opens_item(rest):
            lead = _lead_in(rest)
            if lead is not None:
                verb, after, whole = lead
                return _Anchor(index, after, at(after) if after else line.end, verb, False,
                               "recommendations.heading", whole)
            return _Anchor(index, rest, at(rest), None, False, "recommendations.heading")
    body, width = _strip_number(text)
    m = _RESOLVED.match(body)
    if m:
        rest = m.group("rest")
        if _THAT_ALONE.match(rest) or _THAT_BODY_ALONE.match(rest):
            return _Anchor(index, "", line.end, None, True, "recommendations.resolved", governs=True)
        lead = _lead_in(rest)
        verb, after, whole = lead if lead else (None, rest, False)
        return _Anchor(index, after, at(after) if after else line.end, verb, True,
                       "recommendations.resolved", whole)
    m = _DECISION_HEAD.match(body)
    if m and not re.match(r"^decision\s*:\s*(?:yes|no|key|non)\b", body, re.I):
        rest = m.group("rest")
        if _THAT_ALONE.match(rest):
            return _Anchor(index, "", line.end, None, True, "recommendations.decision", governs=True)
        if not rest or _opens_item(rest) or _lead_in(rest):
            lead = _lead_in(rest)
            verb, after, whole = lead if lead else (None, rest, False)
            return _Anchor(index, after, at(after) if after else line.end, verb, True,
                           "recommendations.decision", whole)
    if _DECISION_ALONE.match(body) and body[:1].isupper() and _after_break(lines, index):
        return _Anchor(index, "", line.end, None, True, "recommendations.decision")
    if _MOTION_CARRIED.match(body) and _MINUTES_HINT.search(_head_text(lines)):
        return _Anchor(index, "", line.end, None, True, "recommendations.decided", governs=True)
    if _minutes_cell_lead_in(lines, index):
        return _Anchor(index, "", line.end, None, True, "recommendations.decided", governs=True)
    if _that_body_lead_in(lines, index):
        decided = bool(_MINUTES_HINT.search(_head_text(lines)))
        return _Anchor(index, "", line.end, None, decided,
                       "recommendations.decided" if decided else "recommendations.lead_in", governs=True)
    if _body_colon_lead_in(lines, index) and (in_section or _MINUTES_HINT.search(_head_text(lines))):
        return _Anchor(index, "", line.end, None, True, "recommendations.decided", governs=True)
    m = _OUTCOME_DECIDED.match(body)
    if m:
        rest = m.group("rest")
        if rest.rstrip().endswith(":"):
            return _Anchor(index, "", line.end, None, True, "recommendations.outcome")
        return _Anchor(index, rest, at(rest), None, True, "recommendations.outcome", True)
    # Lead-ins outside a heading: only at a paragraph start, never in a bulleted list.
    if width == 0 and re.match(rf"^[{re.escape(_BULLETS)}]\s", text):
        return None
    if not in_section and not _paragraph_start(lines, index):
        return None
    lead = _lead_in(body)
    last = index
    if lead is None:
        joined, last = _wrapped(lines, index)
        lead = _lead_in(_strip_number(joined)[0]) if last != index else None
        if lead is None or lead[1]:
            return None
        body = _strip_number(joined)[0]
    verb, after, whole = lead
    recorded_list = bool(_BODY_DECIDED_LIST.match(body))
    decided = recorded_list or bool(_BODY_DECIDED.match(body))
    if decided and not _MINUTES_HINT.search(_head_text(lines)) and not (
        recorded_list and _labelled_below(lines, last)
    ):
        return None  # "Full Council resolved to ..." quoted in a report is history, not a decision
    rule = "recommendations.decided" if decided else "recommendations.lead_in"
    if not after:
        return _Anchor(index, "", lines[last].end, verb, decided, rule, last=last)
    if whole:
        if verb is None and not decided:
            return None  # "Members are invited to debate the matter": an invitation, not a decision asked for
        return _Anchor(index, body, at(body), verb, decided, rule, True)
    return _Anchor(index, after, at(after), verb, decided, rule)


def _after_break(lines: list[_Line], index: int) -> bool:
    """Whether a line follows a blank line or a finished sentence (so it is no wrapped line's tail)."""
    return index == 0 or not lines[index - 1].text or lines[index - 1].text.endswith((".", ":", ";"))


def _head_text(lines: list[_Line]) -> str:
    """The document's first lines, where minutes and decision pages say what they are."""
    return "\n".join(line.text for line in lines[:40])


def _body_colon_lead_in(lines: list[_Line], index: int) -> bool:
    """"The Board:" over a labelled list whose first item opens with a decision in the past tense."""
    if not _BODY_COLON.match(lines[index].text):
        return False
    for j in range(index + 1, min(len(lines), index + 8)):
        text = lines[j].text
        if text:
            label = _parse_label(text, None)
            return label is not None and bool(_PAST_DECISION_VERB.match(text[label.width:]))
    return False


def _first_below(lines: list[_Line], index: int, reach: int = 8) -> int | None:
    """The index of the first non-blank line below `index` (within `reach` lines), or None."""
    for j in range(index + 1, min(len(lines), index + 1 + reach)):
        if lines[j].text:
            return j
    return None


# "Minutes:" opening the cell, or after the item's title and links on the same flattened row.
# "Councillor A proposed and Councillor B seconded a motion, which was agreed by the Council as set out
# below:": full-council minutes put the carried motion's resolutions under this sentence.
_MOTION_CARRIED = re.compile(
    r"^[^.:]{0,160}?\b(?:proposed|moved)\b[^.:]{0,120}?\bseconded\b[^.:]{0,60}?\b(?:a|the)\s+(?:\w+\s+)?motion\b"
    r"[^.:]{0,40}?\bwhich\s+was\s+(?:agreed|carried|approved)\b[^.:]{0,80}?:\s*$",
    re.I,
)
_MINUTES_CELL = re.compile(r"(?:^(?i:minutes)|(?<=\s)Minutes)\s*:\s*\S")


def _minutes_cell_lead_in(lines: list[_Line], index: int) -> bool:
    """A "Minutes:" cell of a web minutes table whose account of the item runs on into the decision.

    ModernGov minutes tables print "Minutes: Councillor X introduced a report ..." and then, in the
    same cell, the decision as imperative items ("1) Proceed with ...", "Approve the Policy ...")
    once the "RESOLVED to" line is lost in copying.
    """
    line = lines[index]
    if not _MINUTES_CELL.search(line.text) or line.cell_end:
        return False
    below = _first_below(lines, index, reach=3)
    if below is None:
        return False
    text = lines[below].text
    if _MINUTES_CELL.search(text):
        return False  # the next row of the table, not this cell's decision
    label = _parse_label(text, None)
    if label is not None:
        if label.kind.startswith("bullet") or label.value != (1,):
            return False
        text = text[label.width:]
    first = re.match(r"^([A-Z][a-z]+)\b", text)
    return bool(first) and (first.group(1).lower() in VERBS or bool(_PAST_DECISION_VERB.match(text)))


def _that_body_lead_in(lines: list[_Line], index: int) -> bool:
    """"That Cabinet" alone over a list whose first item opens with what the body does ("1) authorises")."""
    if not _THAT_BODY_ALONE.match(lines[index].text):
        return False
    below = _first_below(lines, index)
    if below is None:
        return False
    text = lines[below].text
    label = _parse_label(text, None)
    if label is None or label.kind.startswith("bullet") or label.value[0] != 1:
        return False
    body = text[label.width:].lstrip()
    if body[:1].isupper() and _PAST_DECISION_VERB.match(body):
        return True  # "That the Executive:" / "1. Approved the proposal ...": a decision page's record
    first = re.match(r"^(?:having\b[^,]{0,200},\s+)?([a-z]+)\b", body, re.I)
    return bool(first) and _present_verb(first.group(1)) is not None and not first.group(1).lower().endswith("ed")


def _wrapped(lines: list[_Line], index: int) -> tuple[str, int]:
    """A lead-in wrapped onto a short next line ("... agreed the following" / "motion:"), joined; else the line."""
    text = lines[index].text
    if not text or text.endswith((":", ".", ";")) or index + 1 >= len(lines):
        return text, index
    nxt = lines[index + 1].text
    if nxt and nxt.endswith(":") and len(nxt) <= 40 and nxt[:1].islower() and not _LABEL.match(nxt):
        return f"{text} {nxt}", index + 1
    return text, index


def _labelled_below(lines: list[_Line], index: int) -> bool:
    """Whether the next non-blank line after `index` opens with a list label ("a.", "(i)", "1)")."""
    for j in range(index + 1, min(len(lines), index + 4)):
        if lines[j].text:
            return _parse_label(lines[j].text, None) is not None
    return False


def _list_lead_in(lines: list[_Line], index: int) -> tuple[str | None, int] | None:
    """A lead-in over a list met inside a section ("Cabinet is asked to:", "The Council may, having
    reviewed it, resolve one of the following:"): its verb and last line, or None."""
    candidates = [(lines[index].text, index)]
    joined = _wrapped(lines, index)
    if joined[1] != index:
        candidates.append(joined)
    if _THAT_ALONE.match(lines[index].text) or _body_colon_lead_in(lines, index) or _that_body_lead_in(lines, index):
        return None, index  # "That:" or "The Cabinet:" over the decision's items
    for text, last in candidates:
        body = _strip_number(text)[0]
        lead = _lead_in(body)
        if lead is not None and not lead[1]:
            return lead[0], last
        if _MAY_RESOLVE.match(body):
            return None, last
    return None


def _raw_find(line: _Line, cleaned_fragment: str) -> int:
    """Offset within the raw line where a fragment of its cleaned text starts (for evidence)."""
    words = cleaned_fragment.split()
    return 0 if not words else line.raw.find(words[0])


def _lead_in(text: str) -> tuple[str | None, str, bool] | None:
    """(verb, text after the lead-in, whether the item must keep the whole sentence) or None.

    A lead-in that ends the line ("Committee are asked to approve:") introduces a list and is
    dropped; one that runs on into its item ("The Board is asked to note the report.") is kept
    with it, as a reader would quote it.
    """
    text = text.strip()
    m = _LEAD_IN.match(text)
    if m:
        rest = m.group("rest")
        if _verb_after_to(rest) is not None or not rest.strip(" :-–—"):
            return _verb_after_to(rest), "", False  # "asked to:-" ends a lead-in over a list as "asked to:" does
        return _first_verb(rest), text, True
    m = _IT_IS_RECOMMENDED.match(text)
    if m:
        rest = m.group("rest").strip()
        if _SCOPE_LIST.match(rest):
            return None
        # "It is recommended that the Council enters into ..." is quoted whole, as a reader would.
        return None, (text if rest else ""), False
    m = _PROPOSES_TO.match(text)
    if m:
        return None, "", False
    m = _BODY_DECIDED_LIST.match(text)
    if m:
        return _base_verb(m.group("verb")), "", False
    m = _BODY_DECIDED.match(text)
    if m:
        rest = m.group("rest").strip()
        verb_m = re.search(r"\b(agreed|agrees?|resolved|resolves|decided|approved)\b", text, re.I)
        lead_verb = _base_verb(verb_m.group(1)) if verb_m else None
        if not rest.strip(" :"):
            return lead_verb, "", False
        if _verb_after_to(rest) is not None:
            return _verb_after_to(rest), "", False
        if re.search(r"\b(?:to|that|following)\s*:\s*[-–—]?$", rest) or (
            re.match(r"the\s+following\b", rest, re.I) and rest.rstrip().endswith(":")
        ):
            # "... agreed to delegate authority to the Director to:" introduces the list below.
            return _first_verb(rest) or lead_verb, "", False
        return lead_verb, rest, False
    return None


def _first_verb(text: str) -> str | None:
    """The item's own verb: its first word, or the verb after an inner "asked to"."""
    inner = re.search(r"\b(?:asked|requested|recommended|invited)\s+to\s+(\w+)", text[:120], re.I)
    inner = inner or re.match(
        rf"^(?:that\s+)?(?:the\s+)?[\w ]{{0,40}}?\b{_BODY}\s+(?:is\s+|are\s+)?(?:to\s+)?(\w+)", text, re.I
    )
    if inner and _base_verb(inner.group(1)):
        return _base_verb(inner.group(1))
    # "Subject to written confirmation from NCCCG, approve the ..." puts its verb after a clause.
    m = re.match(r"^(?:subject\s+to|following|in\s+principle)\b[^,]{0,120},\s+(\w+)", text.strip(), re.I)
    if m and _base_verb(m.group(1)):
        return _base_verb(m.group(1))
    m = _OPENING_PHRASE.match(text.strip())
    m = m and re.match(r"^(?:to\s+)?([a-z]+)\b", m.group("rest"))
    if m and _base_verb(m.group(1)):
        return _base_verb(m.group(1))  # "For delivery, to continue to vary ..."
    m = re.match(r"^(?:to\s+)?(\w+)", text.strip(), re.I)
    return _present_verb(m.group(1)) if m else None


def _opens_item(text: str) -> bool:
    """Whether text after a heading starts an item: a label, a verb, "that", or a lead-in."""
    if _LABEL.match(text):
        return True
    first = re.match(r"^(?:to\s+)?([A-Za-z]+)", text)
    if not first:
        return False
    if first.group(0)[:1].isupper() and _base_verb(first.group(1)):
        return True
    if first.group(1).lower() == "that":
        return True
    return _lead_in(text) is not None or bool(re.match(rf"^(?:the\s+)?{_BODY}\s+\w+s\b", text, re.I))


# ---------------------------------------------------------------------------
# Sections and items
# ---------------------------------------------------------------------------

_LIST_RULES = frozenset({"recommendations.heading", "recommendations.decision"})
"""Anchors under which unlabelled items may follow one another; others hold one sentence."""

_STOP = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:officer\s+contacts?|contact\s+officers?|contact\s+details|"
    r"contact\s*:|member\s+contacts?|background\b|reasons?(?:\(s\))?\s+for|introduction\b|purpose\b|"
    r"executive\s+summary|summary\b|list\s+of\b|appendices\b|report\s+authors?|name\s+of\s+author|"
    r"lead\s+officer|key\s+facts|outcome\s*:|implications\b|options\b|alternative\s+options|"
    r"(?:financial|legal|equality|resource)\s+implications|names?\s*:|post\s*:|e-?mail\s*:|"
    r"tel(?:ephone)?\s*:|date\s*:|signed\b|agenda\s+item|source\s+documents|any\s+alternatives|"
    r"any\s+interest|cabinet\s+committee\s+recommendations|supporting\s+documents|author\s*:|"
    r"report\s+to\b|title\s+of\s+paper|present\s*:|apologies)",
    re.I,
)
_DECISION_NUMBER = re.compile(r"^\d{1,4}/\d{2,4}$")
# "For the reasons set out in the report:-" between "RESOLVED" and its items: the grounds, not an item.
_REASONS_PREAMBLE = re.compile(
    r"^(?:that\s+)?(?:for|having\s+regard\s+to)\s+the\s+reasons?\s+(?:(?:as\s+)?(?:set\s+out|given|stated|outlined|"
    r"detailed|contained)\s+)?in\s+the\s+(?:(?:officer'?s?|covering)\s+)?(?:report|paper)(?:\s+\w+){0,4}?\s*[:,]?\s*[-–]?$",
    re.I,
)
_FOOTER = re.compile(r"^(?:page\s*\d+(?:\s*of\s*\d+)?|\d{1,4}|-\s*\d+\s*-|page\s+\d+\s+of\s+\d+.*)$", re.I)
_TERMINAL = (".", ";", "!", "?", "; and", "; or", ";and")
_MAX_ITEM_CHARS = 1500


@dataclass
class _Item:
    """An item being read: its label, nesting and text lines."""

    label: _Label | None
    depth: int
    parent: _Item | None
    start: int
    end: int
    parts: list[str] = field(default_factory=list)
    children: int = 0
    lead_verb: str | None = None
    keeps_lead_in: bool = False
    single: bool = False  # a one-sentence item written in running prose
    governed: bool = False  # a lead-in ("Cabinet is asked to:") introduces it
    folds: str | None = None  # the bullet kind whose lines continue this item's unfinished sentence

    @property
    def text(self) -> str:
        joined = ""
        for part in self.parts:
            if not joined:
                joined = part
            elif re.search(r"[A-Za-z]-$", joined) and part[:1].islower():
                joined += part  # a word hyphenated across lines: "lead-" + "commissioner"
            else:
                joined += " " + part
        return joined.strip()

    def closed(self) -> bool:
        """Whether the text so far ends a sentence or clause (so a new line is not a run-on)."""
        return self.text.rstrip().endswith(_TERMINAL)

    def open_for_children(self) -> bool:
        """Whether the item reads as a heading or lead-in to sub-items."""
        text = self.text.rstrip()
        return not text or text.endswith((":", "-", "–")) or (len(text) <= 100 and not self.closed())


@dataclass
class _Section:
    """One recommendation or decision section as read from the text."""

    anchor: _Anchor
    items: list[_Item]


def _read_section(lines: list[_Line], anchor: _Anchor) -> tuple[_Section, int]:
    """Read items from an anchor until a stop; return the section and the next line to scan."""
    items: list[_Item] = []
    stack: list[_Item] = []  # the most recent item at each depth
    lead_verb = anchor.lead_verb
    governed = (anchor.lead_verb is not None or anchor.rule not in _LIST_RULES or anchor.rest_is_lead_in
                or anchor.governs)
    current: _Item | None = None
    if anchor.rest:
        current = _start_item(None, 0, None, anchor.rest, anchor.rest_start,
                              lines[anchor.index].end, lead_verb, anchor.rest_is_lead_in)
        items.append(current)
        if _LABEL.match(anchor.rest):
            label = _parse_label(anchor.rest, None)
            if label:
                current.label = label
                current.parts = [anchor.rest[label.width:].strip()] if anchor.rest[label.width:].strip() else []
        stack = [current]
        current.single = current.label is None and anchor.rule not in _LIST_RULES
        current.governed = governed  # also when the document ends on this line
    index = max(anchor.index, anchor.last) + 1
    unwrapped = _unwrapped(lines)
    blank_run = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        if not text:
            blank_run += 1
            if blank_run >= 4 and items and not _list_goes_on(lines, index, stack):
                break
            index += 1
            continue
        blank_run = 0
        if _FOOTER.match(text) or (not items and _DECISION_NUMBER.match(text)):
            index += 1  # "125/2024" under "Decision:" is the decision's number, not its text
            continue
        if not items and _REASONS_PREAMBLE.match(text):
            index += 1  # "RESOLVED" / "For the reasons set out in the report: -" over the numbered items
            continue
        if _find_anchor(lines, index, in_section=True) is not None and _is_new_section(lines, index, items):
            break
        previous = stack[-1].label if stack else None
        label = _parse_label(text, previous)
        if label is None and line.page_first:
            # pdfplumber glues a page number onto the first line of a page: "15(c) Delegate".
            m = re.match(r"^\d{1,3}(?=\(?[a-zA-Z]{1,4}[.)]\s)", text)
            glued = _parse_label(text[m.end():], previous) if m else None
            if m and glued is not None and previous is not None and _follows(glued, previous):
                text, label = text[m.end():], glued
        if label is not None and label.kind == "bullet:•" and not items and _stop_heading(text[label.width:]):
            break
        if label is not None:
            lead = _lead_in(text[label.width:])
            if lead is not None and not lead[1]:
                # A numbered lead-in: "4. Cabinet is recommended to:" opens the list below it.
                lead_verb, stack, current, governed = lead[0], [], None, True
                index += 1
                continue
            if current is not None and _folds_bullet(current, label):
                current.folds = label.kind  # "... for the implementation of a new" / "• Gully Cleansing Contract"
                current.parts.append(text[label.width:].strip())
                current.end = line.end
                index += 1
                continue
            placed = _place_label(stack, label, indented=line.raw[:1].isspace())
            if placed is None:
                break
            depth = placed
            body = text[label.width:].strip()
            if _stop_heading(body) and not (label.kind.startswith("bullet")):
                break
            parent = stack[depth - 1] if depth > 0 else None
            if parent is not None:
                parent.children += 1
            current = _start_item(label, depth, parent, body, line.start, line.end, lead_verb, False)
            del stack[depth:]
            stack.append(current)
            items.append(current)
        else:
            opened = _list_lead_in(lines, index)
            if opened is not None:
                # A new lead-in inside the section: "Chair and Committee Chairs are recommended to".
                lead_verb, stack, current, governed = opened[0], [], None, True
                index = opened[1] + 1
                continue
            if _STOP.match(text) or _signature(text) or _colon_heading(text):
                break
            if line.bold_heading and _lead_in(_strip_number(text)[0]) is None:
                break
            if re.match(r"^\d{1,4}\.?\s+[A-Z][\w ,&'’()\-]{2,80}$", text) and not text.endswith(_TERMINAL):
                break  # a minute number and title: "60 Social Inclusion Network Event"
            if current is not None and current.single and _first_sentence(current.text) != current.text:
                break
            if _detail_under_item(lines, index, current):
                resume = _list_resumes(lines, index, stack, open_item=True)
                if resume is not None:
                    index = resume  # "1. Agreed the award of two contracts:" then a paragraph on each
                    continue
            aside = current is not None and current.closed() and bool(_ASIDE.fullmatch(text))
            if current is not None and unwrapped and _new_paragraph(current, text):
                break  # "(g) Delegates authority ... Board" / "Since this time the Board approved ...": prose below
            if current is not None and not aside and (
                    not current.closed() or text[:1].islower() or text[:1] in "(£0123456789"):
                # A capitalised "That" at a line start opens the next resolution, never a wrapped line.
                if (_starts_with_verb(text) or re.match(r"That\s", text)) and current.label is None and current.parts:
                    current = _new_unlabelled(items, text, line, lead_verb)
                    stack = [current]
                else:
                    current.parts.append(text)
                    current.end = line.end
            elif (current is None or current.label is None) and (
                    _starts_item_without_label(text, not items) or _next_resolution(text, items)):
                current = _new_unlabelled(items, text, line, lead_verb)
                stack = [current]
            else:
                resume = _list_resumes(lines, index, stack)
                if resume is None:
                    break
                index = resume  # explanatory paragraphs under an item: the list goes on below them
                continue
        if current is not None:
            current.governed = current.governed or governed
        if current is not None and len(current.text) > _MAX_ITEM_CHARS:
            items.remove(current)
            break
        index += 1
        if line.cell_end and items:
            break  # the table cell holding the decision ends here
    return _Section(anchor, items), index


UNWRAPPED_LINE_CHARS = 250
"""A line this long shows a text that keeps each paragraph on one line (a web page), not a wrapped PDF."""


def _unwrapped(lines: list[_Line]) -> bool:
    """Whether the text keeps each paragraph on one line, so a line break ends a paragraph."""
    return any(len(line.text) >= UNWRAPPED_LINE_CHARS for line in lines)


def _new_paragraph(current: _Item, text: str) -> bool:
    """A whole capitalised sentence on the line after a labelled item left unfinished: prose, not its tail."""
    return (current.label is not None and not current.closed() and text[:1].isupper()
            and text.endswith(".") and len(re.findall(r"[A-Za-z]{2,}", text)) >= PARENT_ITEM_WORDS
            and len(re.findall(r"[A-Za-z]{2,}", current.text)) >= PARENT_ITEM_WORDS
            and _SENTENCE_OPENER.match(text) is not None)


# A word that opens a sentence of prose rather than continuing a name wrapped onto the line.
_SENTENCE_OPENER = re.compile(
    r"^(?:since|this|these|that|it|there|following|further|however|as|in|on|at|after|before|during|when|"
    r"we|they|he|she|members|officers)\b", re.I
)


# "(Councillors A and B attended and spoke to this item)": a minutes aside after a finished item, not its text.
_ASIDE = re.compile(r"\([^()]{3,300}(?:\([^()]{0,20}\)[^()]{0,200})*\)")
# A numbered item whose sentence stops on an article or preposition runs on into the bullets below it.
_DANGLING = re.compile(r"\b(?:a|an|the|new|of|for|to|with|by|on|in|into|from|and|or|including|namely)$", re.I)


def _folds_bullet(current: _Item, label: _Label) -> bool:
    """Whether a bullet line continues the labelled item above it mid-sentence (so is no item itself)."""
    if not label.kind.startswith("bullet") or current.label is None:
        return False
    if current.folds is not None:
        return current.folds == label.kind
    return not current.label.kind.startswith("bullet") and bool(_DANGLING.search(current.text.rstrip()))


def _list_goes_on(lines: list[_Line], index: int, stack: list[_Item]) -> bool:
    """Whether the next line after a run of blanks carries the label following an open item's
    ("(b)" after "(a)", or "(i)" under "(c) delegates authority ...:-"): web pages space lists widely."""
    below = _first_below(lines, index, reach=LONE_LABEL_GAP)
    if below is None or not stack:
        return False
    label = _parse_label(lines[below].text, stack[-1].label)
    if label is None or label.kind.startswith("bullet"):
        return False
    return _place_label(list(stack), label) is not None


SUPPORTING_TEXT_LINES = 25
"""How far below a finished labelled item the list may resume after paragraphs that explain it."""


def _detail_under_item(lines: list[_Line], index: int, current: _Item | None) -> bool:
    """A capitalised paragraph after a blank line under a labelled item ending in a colon: its details."""
    return (current is not None and current.label is not None and current.text.rstrip().endswith(":")
            and index > 0 and not lines[index - 1].text and lines[index].text[:1].isupper())


def _list_resumes(lines: list[_Line], index: int, stack: list[_Item], open_item: bool = False) -> int | None:
    """The line where a labelled list resumes ("b) ...") after explanatory text under item a), or None.

    Reports write a lead sentence per item and then paragraphs about it; the list is the same list
    when the next label found is the one that follows an open item's label.
    """
    held = [item.label for item in stack if item.label is not None and not item.label.kind.startswith("bullet")]
    if not held or not (open_item or stack[-1].closed()):
        return None
    for j in range(index, min(len(lines), index + SUPPORTING_TEXT_LINES)):
        text = lines[j].text
        if not text or _FOOTER.match(text):
            continue
        if _STOP.match(text) or (_HEADING_ALONE.match(text) and j > index):
            return None
        if re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][\w ,&'’()\-]{2,80}$", text) and not text.endswith(_TERMINAL):
            return None  # the next numbered section heading
        label = _parse_label(text, held[-1])
        if label is not None and any(label.kind == old.kind and _follows(label, old) for old in held):
            return j
        if label is not None and label.value == (1,) and any(label.kind == old.kind for old in held):
            return None  # a list starting again at "a."/"1." is another paragraph's list

    return None


def _new_unlabelled(items: list[_Item], text: str, line: _Line, lead_verb: str | None) -> _Item:
    item = _start_item(None, 0, None, text, line.start, line.end, lead_verb, False)
    items.append(item)
    return item


def _start_item(label: _Label | None, depth: int, parent: _Item | None, body: str, start: int,
                end: int, lead_verb: str | None, keeps_lead_in: bool) -> _Item:
    return _Item(label, depth, parent, start, end, [body] if body else [], 0, lead_verb, keeps_lead_in)


def _place_label(stack: list[_Item], label: _Label, indented: bool = False) -> int | None:
    """The depth a new label goes at, or None when it ends the list."""
    if not stack:
        return 0
    for depth in range(len(stack) - 1, -1, -1):
        held = stack[depth].label
        if held is not None and held.kind == label.kind:
            # Web pages copied as text number every item of an indented ordered list "1.".
            repeated_one = indented and label.kind == "digit" and label.value == held.value == (1,)
            return depth if _follows(label, held) or repeated_one else None
    # A sub-list starts at its first label ("a", "i", "1") under an item that reads as a heading.
    starts_list = label.kind.startswith("bullet") or label.kind == "decimal" or label.value[0] == 1
    if starts_list and stack[-1].open_for_children() and len(stack) < 3:
        return len(stack)
    return None


def _stop_heading(text: str) -> bool:
    """Whether the text after a label is a section heading ("Introduction", "Background")."""
    text = text.strip()
    if _STOP.match(text):
        return True
    return False


def _colon_heading(text: str) -> bool:
    """A short capitalised line ending in a colon that is not a lead-in: the next form field."""
    return len(text) <= 60 and text[:1].isupper() and text.endswith(":") and _lead_in(text) is None


def _signature(text: str) -> bool:
    """An author's name in capitals closing a report ("KATE TERRONI")."""
    return bool(re.match(r"^[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){1,3}$", text)) and not _base_verb(text.split()[0])


def _starts_with_verb(text: str) -> bool:
    first = re.match(r"^(?:To\s+)?([A-Za-z]+)\b", text)
    return bool(first) and first.group(0)[:1].isupper() and _base_verb(first.group(1)) is not None


def _next_resolution(text: str, items: list[_Item]) -> bool:
    """Whether a line opens another unlabelled resolution ("That ...") in a section whose first item is one."""
    return bool(items) and items[0].label is None and bool(re.match(r"That\s", text)) and bool(
        re.match(r"(?i:that)\s", items[0].text))


def _starts_item_without_label(text: str, first: bool) -> bool:
    """Whether an unlabelled line opens an item (a capitalised verb, "That ...", a lead-in)."""
    if _starts_with_verb(text):
        return True
    if first and (re.match(r"^That\b", text) or _lead_in(text) or _RECORDED_DECISION.match(text) or
                  re.match(rf"^(?:the\s+)?{_BODY}\s+(?:\w+s)\b", text, re.I)):
        return True
    return False


# A short opening phrase set off by a comma before an item's verb: "For delivery, to ...", "In principle, agree".
_OPENING_PHRASE = re.compile(r"^[A-Z][^,.;:]{0,80},\s+(?P<rest>\S.*)$")


def _recommendation_shaped(text: str) -> bool:
    """Whether an item with no lead-in over it reads as a request or decision."""
    if _starts_with_verb(text) or re.match(r"^(?:that|to)\s", text, re.I):
        return True
    if re.match(r"^[a-z]+\b", text) and _base_verb(text.split()[0]):
        return True
    if _lead_in(text) is not None:
        return True
    # "For delivery, to continue to vary the contract", "Subject to funding, approve ...": an opening phrase first.
    m = _OPENING_PHRASE.match(text)
    if m and re.match(r"^(?:to\s+)?([a-z]+)\b", m.group("rest")) and _base_verb(
            re.match(r"^(?:to\s+)?([a-z]+)", m.group("rest")).group(1)):
        return True
    # "That Cabinet approves ...", "Adults Committee to agree ...": not narrative ("agreed").
    m = re.match(rf"^(?:that\s+)?(?:the\s+)?[\w ]{{0,40}}?\b{_BODY}\s+(?:(?:is|are)\s+)?(?:to\s+)?(\w+)", text, re.I)
    return bool(m) and not m.group(1).lower().endswith("ed") and _base_verb(m.group(1)) is not None


def _is_new_section(lines: list[_Line], index: int, items: list[_Item]) -> bool:
    """Whether an anchor met while reading starts a new section rather than a nested lead-in."""
    text = lines[index].text
    body = _strip_number(text)[0]
    return bool(_HEADING_ALONE.match(text) or _HEADING_COLON.match(text) or _RESOLVED.match(body)
                or _DECISION_HEAD.match(body)) or bool(items)


# ---------------------------------------------------------------------------
# Turning items into records
# ---------------------------------------------------------------------------


_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bDr)(?<!\bMrs)(?<!\bMs)(?<!\bCllr)(?<!\bNo)(?<!\bSt)(?<!\b[A-Za-z])"
    r"[.;]\s+(?=[A-Z0-9(“\"‘])"
)


_INLINE_FOOTER = re.compile(r"\s+Page\s+\d+\s+of\s+\d+\b.*$")


def _first_sentence(text: str) -> str:
    """Text up to the end of its first sentence ("Mr." and "s.17" do not end one)."""
    m = _SENTENCE_END.search(text)
    return text[: m.start() + 1] if m else text


PARENT_ITEM_WORDS = 6
"""Least words for an item over sub-items to be a decision in its own right, not just their heading."""


STEM_ITEM_WORDS = 12
"""Least words for an item ending "... to:" over sub-items to carry a decision of its own."""


# "APPROVED further work to be undertaken on:": a sentence whose object is each sub-item below it.
_RUNS_ON_BELOW = re.compile(
    r"\b(?:on|for|of|in|with|at|from|into|about|regarding|including|between|towards)\s*:\s*[-–]?$", re.I
)


def _with_parent(item: _Item, text: str) -> str:
    """A noun-phrase sub-item completing its parent's sentence, given that sentence ("... undertaken on: the options")."""
    if item.parent is None or _first_verb(text) is not None or re.match(r"(?i:to|that)\b", text):
        return text
    parent_text = _final_text(item.parent)
    if not _RUNS_ON_BELOW.search(item.parent.text.rstrip()):
        return text
    return f"{parent_text.rstrip(' :-–')}: {text}"


def _decides_itself(text: str) -> bool:
    """Whether an item over sub-items asks or records something itself ("delegates authority to the
    Director:-", "That it be noted that the following awards are included:"), not "approve the following:"."""
    if re.search(r"\bto\s*:\s*-?$", text, re.I) and len(re.findall(r"[A-Za-z]{2,}", text)) >= STEM_ITEM_WORDS:
        # "That authority be delegated to the Chief Executive, in consultation with ..., to:" names its own
        # decision before the sub-items say what for; "ask the General Counsel to:" only leads into them.
        return _recommendation_shaped(text)
    if _RUNS_ON_BELOW.search(text) or re.search(r"\b(?:to|that|and|or|by)\s*:\s*-?$|\bthat(?:\s+[\w’'-]+){1,6}\s*:\s*-?$", text, re.I):
        return False  # "ask the General Counsel to:", "request that the Cabinet Member:": the sentence runs on below
    body = re.sub(r"\b(?:the\s+following|as\s+follows|below)\b(?:\s+[\w’'-]+){0,3}\s*[:;,.]?\s*-?$", "", text,
                  flags=re.I)
    return len(re.findall(r"[A-Za-z]{2,}", body)) >= PARENT_ITEM_WORDS and _recommendation_shaped(body)


def _final_text(item: _Item) -> str:
    """Item text with list punctuation and trailing conjunctions removed."""
    text = re.sub(r"\s+", " ", item.text).strip()
    text = _INLINE_FOOTER.split(text)[0]
    if item.single:
        text = _first_sentence(text)
    if item.label is None:
        # "...note the assurance levels provided against the strategic risks: The Committee ..."
        text = re.split(r":\s+(?=[A-Z][a-z])", text)[0]
    text = re.sub(r"(?:[;,]\s*(?:and|or)|\s+(?:and|or))\s*$", "", text)
    return text.rstrip(" ;,.").strip()


def _item_verb(item: _Item, text: str) -> str | None:
    own = _first_verb(text)
    if own is not None:
        return own
    if item.parent is not None and _first_verb(_final_text(item.parent)) is not None:
        return _first_verb(_final_text(item.parent))  # "(a) approve the following:" over its bullets
    return item.lead_verb


def _outcome(verb: str | None, text: str, status: str | None) -> str | None:
    low = text.lower()
    if re.search(r"\b(?:deferred|be deferred)\b", low):
        return "deferred"
    if re.search(r"\b(?:not approved|rejected|refused|declined)\b", low):
        return "rejected"
    if status:
        return status
    return _OUTCOMES.get(verb or "", "agreed" if verb in (None, "resolve") else None)


def _status_outcome(text: str) -> str | None:
    """The outcome a ModernGov decision notice states ("Decision status: Recommendations Approved")."""
    m = _DECISION_STATUS.search(text)
    if not m:
        return None
    status = m.group("status").lower()
    for word, outcome in (("defer", "deferred"), ("reject", "rejected"), ("withdrawn", "withdrawn"),
                          ("call", "called in"), ("approv", "approved"), ("agreed", "agreed"),
                          ("noted", "noted")):
        if word in status:
            return outcome
    return None


def _near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.85


def _evidence(doc: DocText, start: int, end: int) -> Evidence | None:
    """Evidence for a span, or None (the record then becomes a Reject) when it cannot be cited."""
    try:
        return doc.evidence(start, end)
    except ValidationError:
        return None


_RESTATES_LIST = re.compile(
    r"\bthe\s+recommendations\s+(?:as\s+)?(?:set\s+out|contained|detailed|listed|given|shown)?\s*"
    r"(?:in|at|above|below)\s*(?:(?:section|paragraph|para\.?)\s+\d)?",
    re.I,
)

# "To consider the recommendations to go to Cabinet on 8 March, as below:": the lead-in over the listed items.
_LEADS_INTO_LIST = re.compile(
    r"\brecommendations?\b[^.]{0,160}?\b(?:as\s+(?:below|follows)|below|the\s+following)\s*:\s*[-–]?$", re.I
)


_REASONS_FOR_DECISION = re.compile(r"^reasons?\s+for\s+(?:the\s+)?decisions?\s*:?$", re.I)
# ModernGov decision-page fields above the decision: "Purpose:", "Is subject to call in?: Yes".
_DECISION_PAGE_FIELD = re.compile(
    r"^(?:is\s+(?:(?:this\s+)?a\s+)?key\s+decision|is\s+subject\s+to\s+call[\s-]?in|decision\s+(?:status|maker|date)|"
    r"purpose|decision|summary|wards?\s+affected|date\s+of\s+decision)\b[^:]{0,30}:",
    re.I,
)
DECISION_PAGE_LIST_LINES = 80
"""How far above "Reasons for the decision" an unheaded decision list may start."""


# "That the setup of a ... be approved.": a decision written as a resolution in the passive.
_THAT_BE_DECIDED = re.compile(
    r"^That\b[^.]{3,400}?\bbe\s+(?:approved|agreed|noted|endorsed|adopted|authorised|authorized|delegated|"
    r"extended|awarded|accepted|granted|made|confirmed|supported)\b"
)


# The same passive resolution in a list item, where it may open in lower case: "(a) that the funding be agreed;".
_THAT_RESOLUTION = re.compile(r"^(?i:that)\b" + _THAT_BE_DECIDED.pattern.removeprefix(r"^That\b"))
# "That Cabinet approve and support the signing of ...": the body's decision in the subjunctive.
_THAT_BODY_DECIDES = re.compile(
    rf"^That\s+(?:(?:the|and|of|for)\s+|[A-Z][\w&’'\-]*\s+){{0,5}}(?i:{_BODY})\s+(?:(?i:hereby)\s+)?(?P<verb>[a-z]+)\b"
)


def _resolution_opening(text: str) -> bool:
    """Whether text opens as a resolution: "That ... be approved" or "That Cabinet approve ..."."""
    if _THAT_RESOLUTION.match(text):
        return True
    m = _THAT_BODY_DECIDES.match(text)
    return bool(m) and m.group("verb") in VERBS


RESOLUTION_LINES = 10
"""How many non-blank lines above "Reasons for the decision" the resolution paragraphs may span."""


def _that_be_decided_above(lines: list[_Line], index: int) -> int | None:
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
        if _THAT_BE_DECIDED.match(text) or (first is None and _resolution_opening(text)):
            first = j
            continue
        label = _parse_label(text, None)
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


def _resolutions_above_reasons(lines: list[_Line]) -> set[int]:
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


def _unheaded_decision_lists(lines: list[_Line]) -> set[int]:
    """Lines opening the labelled list a ModernGov decision page records as its decision, unheaded.

    Copied decision pages often lose their "Decision:" heading; the decision is then the labelled
    list ("i.", "(1)", "a)") between the page's fields and "Reasons for the decision".
    """
    if not (any(_DECISION_STATUS.search(line.text) for line in lines[:40]) or _MEETING_PAGE.search(_head_text(lines))):
        return set()
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if not _REASONS_FOR_DECISION.match(line.text):
            continue
        that = _that_be_decided_above(lines, index)
        if that is not None:
            starts.add(that)
            continue
        first = None
        for j in range(index - 1, max(0, index - DECISION_PAGE_LIST_LINES), -1):
            text = lines[j].text
            if not text:
                continue
            label = _parse_label(text, None)
            if label is None and (_DECISION_PAGE_FIELD.match(text) or text.endswith(":")):
                break
            if label is not None and label.value == (1,) and not label.kind.startswith("bullet"):
                first = j
        if first is not None:
            starts.add(first)
    return starts


# "Issue - decisions": the ModernGov page that lists an issue's decisions, each item in the past tense.
_DECISIONS_PAGE = re.compile(r"^issue\s*[-–:]\s*decisions?$|^decisions?\s+details?$", re.I)
RECORDED_ITEM_GAP = 40
"""How many lines may part one recorded decision item from the next (detail paragraphs under it)."""


def _recorded_decision_lists(lines: list[_Line]) -> set[int]:
    """Lines opening an unheaded numbered list of decisions recorded in the past tense.

    Minutes and decision pages record "1. Agreed to the award ...", "2. Delegated authority to ...";
    in a text that says it records decisions, a list whose first two items both open so is the decision.
    """
    head = _head_text(lines)
    if not (_MINUTES_HINT.search(head) or any(_DECISIONS_PAGE.match(line.text) for line in lines[:5])):
        return set()
    starts: set[int] = set()
    for index, line in enumerate(lines):
        label = _parse_label(line.text, None)
        if (label is None or label.kind.startswith("bullet") or label.value != (1,)
                or not _PAST_DECISION_VERB.match(line.text[label.width:])
                or not line.text[label.width:][:1].isupper()):
            continue
        for j in range(index + 1, min(len(lines), index + RECORDED_ITEM_GAP)):
            nxt = _parse_label(lines[j].text, label) if lines[j].text else None
            if nxt is not None and nxt.kind == label.kind and _follows(nxt, label):
                if _PAST_DECISION_VERB.match(lines[j].text[nxt.width:]):
                    starts.add(index)
                break
    return starts


def _resolution_lists(lines: list[_Line]) -> set[int]:
    """Lines opening an unheaded labelled list of resolutions ("1. That the agreement be approved.").

    Web copies of minutes and decision pages lose the "RESOLVED" or "Decision" cell; a list whose
    first two items both read "That ... be approved" (or "That Cabinet approve ...") is still the
    resolution, wherever it stands.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        label = _parse_label(line.text, None)
        if (label is None or label.kind.startswith("bullet") or label.value != (1,)
                or not _resolution_opening(line.text[label.width:].strip())):
            continue
        for j in range(index + 1, min(len(lines), index + RECORDED_ITEM_GAP)):
            nxt = _parse_label(lines[j].text, label) if lines[j].text else None
            if nxt is not None and nxt.kind == label.kind and _follows(nxt, label):
                if re.match(r"(?i:that)\b", lines[j].text[nxt.width:].strip()):
                    starts.add(index)
                break
    return starts


FLATTENED_LINE_CHARS = 400
"""A line this long holds a whole report flattened onto one line (PDF-to-web copies)."""
FLAT_ITEM_CHARS = 600
"""The longest item read from a flattened line: a next label further on is another list's."""

# "2.1 The Health and Wellbeing Board is asked to: 2.1.1 note ...": a lead-in inside a flattened line.
_FLAT_LEAD_IN = re.compile(
    rf"\b(?:[\w&’'\-]+\s+){{0,8}}?{_BODY}\s+(?:is|are)\s+(?:being\s+|therefore\s+)?"
    r"(?:asked|recommended|requested|invited)\s+to\s*:?\s+",
    re.I,
)
_FLAT_LABEL = re.compile(r"(?P<label>\d{1,2}(?:\.\d{1,2}){1,2}|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\))\s+")


def _next_label_text(label: str) -> str | None:
    """The label that follows `label` in its list ("2.1.1" -> "2.1.2", "(a)" -> "(b)", "(ii)" -> "(iii)")."""
    m = re.fullmatch(r"((?:\d{1,2}\.)*)(\d{1,2})", label)
    if m:
        return f"{m.group(1)}{int(m.group(2)) + 1}"
    m = re.fullmatch(r"(\(?)([a-z]+)(\))", label)
    if not m:
        return None
    token = m.group(2)
    if _ROMAN.match(token) and token not in "cl":
        numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        nxt = numerals[numerals.index(token) + 1] if token in numerals[:-1] else None
        return f"{m.group(1)}{nxt}{m.group(3)}" if nxt else None
    return f"{m.group(1)}{chr(ord(token[-1]) + 1)}{m.group(3)}" if len(token) == 1 else None


def _flattened_sections(lines: list[_Line]) -> list[_Section]:
    """Labelled lists under a lead-in inside a line that holds a whole flattened report.

    Each item runs to the next label in sequence; the last to the end of its sentence. Only a list of
    two or more items that each open with a verb counts.
    """
    sections: list[_Section] = []
    for index, line in enumerate(lines):
        if len(line.raw) < FLATTENED_LINE_CHARS:
            continue
        raw = line.raw
        for lead in _FLAT_LEAD_IN.finditer(raw):
            first = _FLAT_LABEL.match(raw, lead.end())
            if not first:
                continue
            spans: list[tuple[str, int, int]] = []  # label, text start, label start
            label, pos = first.group("label"), first.end()
            spans.append((label, pos, first.start()))
            while True:
                nxt = _next_label_text(label)
                found = re.compile(rf"\s{re.escape(nxt)}\s+").search(raw, pos) if nxt else None
                if not found or found.start() - pos > FLAT_ITEM_CHARS:
                    break  # a label far on belongs to another list
                spans.append((nxt, found.end(), found.start()))
                label, pos = nxt, found.end()
            items: list[_Item] = []
            for k, (label_text, start, _) in enumerate(spans):
                end = spans[k + 1][2] if k + 1 < len(spans) else len(raw)
                body = raw[start:end].strip()
                if k + 1 == len(spans):
                    body = _first_sentence(body)
                if _present_verb(body.split()[0] if body else "") is None:
                    items = []
                    break
                item = _Item(_Label(label_text, "flat", (k + 1,), 0), 0, None, line.start + start,
                             line.start + start + len(body), [body], governed=True)
                items.append(item)
            if len(items) >= 2:
                anchor = _Anchor(index, "", line.end, None, False, "recommendations.lead_in")
                sections.append(_Section(anchor, items))
    return sections


# "Content: 1. That ... 2. That ...": a decision page's field holding the whole numbered decision on one line.
# "Purpose: The Cabinet Member for Public Health is asked to agree to ...": a request in a flattened paragraph
# whose subject is the body's name (capitalised words), so "To enable this the Committee is asked" is not one;
# at the line's start, after a field name or a finished sentence, or after the wide gap parting flattened paragraphs.
_ASKED_IN_PARAGRAPH = re.compile(
    rf"(?:^|(?<=[.:])\s+|\s{{2,}})(?P<sentence>(?-i:(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+|(?:and|of|for|&)\s+){{0,6}}){_BODY}(?:\s+for\s+{_PORTFOLIO})?\s+(?:is|are)\s+"
    r"(?:being\s+|therefore\s+|also\s+)?(?:asked|recommended|requested|invited)\s+to\s+(?P<verb>[a-z]+)\b)",
    re.I,
)
ASKED_SENTENCE_CHARS = 600
"""The longest request sentence read from a flattened paragraph; longer ones are not one sentence."""


def _asked_in_paragraph_sections(lines: list[_Line]) -> list[_Section]:
    """Requests put to a body in running text on a flattened line ("... is asked to agree to X.").

    Decision pages copied as text run a whole field onto one line; each finished sentence asking
    the body to decide is an item, kept whole as a reader would quote it.
    """
    sections: list[_Section] = []
    for index, line in enumerate(lines):
        if len(line.raw) < FLATTENED_LINE_CHARS:
            continue
        items: list[_Item] = []
        for m in _ASKED_IN_PARAGRAPH.finditer(line.raw):
            if _base_verb(m.group("verb")) is None:
                continue
            start = m.start("sentence")
            sentence = _first_sentence(line.raw[start:start + ASKED_SENTENCE_CHARS + 1]).strip()
            if not sentence.endswith(".") or len(sentence) > ASKED_SENTENCE_CHARS:
                continue  # cut off, or no sentence end in reach: better missed than guessed
            items.append(_Item(None, 0, None, line.start + start, line.start + start + len(sentence),
                               [sentence], governed=True, keeps_lead_in=True))
        if items:
            sections.append(_Section(_Anchor(index, "", line.end, None, False, "recommendations.lead_in"), items))
    return sections


# "Content: Cabinet: (1) approved ...; and (2) delegated ...": the deciding body may head the list.
_FIELD_LIST = re.compile(
    rf"^(?:content|decisions?|resolved|resolutions?|decision\s+made)\s*:\s*"
    rf"(?:(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s*:\s*)?(?=1\.\s|\(1\)\s)",
    re.I,
)
# "The Sub-Committee asks that the Audit Committee ...": a scrutiny body's request, recorded as its decision.
_BODY_ASKS = re.compile(
    rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{_BODY}\s+(?:asks|requests|recommends|agrees|resolves)\s+(?:that|to)\b", re.I
)


def _field_list_sections(lines: list[_Line]) -> list[_Section]:
    """Numbered decisions run together in one field line ("Content: 1. That ... 2. The Board asks that ...").

    Each item runs to the next number in sequence standing after a sentence end; every item must
    read as a resolution or request, and there must be two or more.
    """
    sections: list[_Section] = []
    decided = bool(_MINUTES_HINT.search(_head_text(lines)))
    for index, line in enumerate(lines):
        field_m = _FIELD_LIST.match(line.raw.lstrip())
        if not field_m:
            continue
        raw, offset = line.raw, len(line.raw) - len(line.raw.lstrip()) + field_m.end()
        starts: list[tuple[int, int]] = []  # label start, text start
        number = 1
        pos = offset
        bracketed = raw.startswith("(1)", offset)
        while True:
            if bracketed:  # "(2)" is a label wherever it follows a clause end: "...; and (2) delegated"
                found = (re.compile(r"\(1\)\s+").match(raw, pos) if number == 1
                         else re.compile(rf"(?<=[.;])(?:\s+(?:and|or))?\s+\({number}\)\s+").search(raw, pos))
            else:
                found = (re.compile(rf"{number}\.\s+").match(raw, pos) if number == 1
                         else re.compile(rf"(?<=[.;])\s+{number}\.\s+(?=[A-Z])").search(raw, pos))
            if not found:
                break
            starts.append((found.start(), found.end()))
            pos, number = found.end(), number + 1
        items: list[_Item] = []
        for k, (_, start) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(raw)
            body = raw[start:end].strip()
            if k + 1 == len(starts) and len(raw) >= FLATTENED_LINE_CHARS:
                body = _first_sentence(body)  # the field runs on into the page's next heading and text
            if not (_resolution_opening(body) or _recommendation_shaped(body) or _BODY_ASKS.match(body)):
                items = []
                break
            label = _Label(str(k + 1), "field", (k + 1,), 0)
            items.append(_Item(label, 0, None, line.start + start, line.start + start + len(body), [body],
                               governed=True))
        if len(items) >= 2:
            anchor = _Anchor(index, "", line.end, None, decided, "recommendations.field_list")
            sections.append(_Section(anchor, items))
    return sections


def extract_recommendations(doc: DocText, collect: Collector, reports: list[Report]) -> list[Recommendation]:
    """Every recommendation item (and recorded decision) in the document, one record per item."""
    lines = _lines(doc)
    sections: list[_Section] = []
    unheaded = _unheaded_decision_lists(lines) | _recorded_decision_lists(lines) | _resolutions_above_reasons(lines)
    resolutions = _resolution_lists(lines) - unheaded
    records_decisions = bool(_MINUTES_HINT.search(_head_text(lines)))
    index = 0
    while index < len(lines):
        anchor = _find_anchor(lines, index, in_section=False)
        if anchor is None and index in unheaded:
            anchor = _Anchor(index - 1, "", lines[index - 1].end, None, True, "recommendations.decision",
                             governs=True)
        elif anchor is None and index in resolutions:
            anchor = _Anchor(index - 1, "", lines[index - 1].end, None, records_decisions,
                             "recommendations.resolution", governs=True)
        if anchor is None:
            index += 1
            continue
        section, next_index = _read_section(lines, anchor)
        sections.append(section)
        index = max(next_index, index + 1)

    sections.extend(_flattened_sections(lines))
    sections.extend(_field_list_sections(lines))
    if not any(section.items for section in sections):
        # A summary's "Committee are asked to consider ..." restates the listed recommendations; only a
        # page with no list at all (a decision page copied as text) has its requests in running prose.
        sections.extend(_asked_in_paragraph_sections(lines))
    status = _status_outcome(doc.text)
    kept: dict[int, list[frozenset[str]]] = {}
    records: list[Recommendation] = []
    listed = sum(len(section.items) for section in sections)
    for section in sections:
        proposed = section.anchor.is_decision and bool(
            _PROPOSED_DECISION.search(doc.text[max(0, lines[section.anchor.index].start - 3000):
                                               lines[section.anchor.index].start])
        )
        is_decision = section.anchor.is_decision and not proposed
        for item in section.items:
            text = _final_text(item)
            if item.children and not _decides_itself(text):
                continue  # a heading over sub-items is not an item itself
            text = _with_parent(item, text)
            parent_text = _final_text(item.parent) if item.parent is not None else ""
            if not item.governed and not _recommendation_shaped(text) and not (
                parent_text and _recommendation_shaped(parent_text)
            ) and not (is_decision and _RECORDED_DECISION.match(text)):
                continue  # numbered prose under a "Recommendations of ..." heading
            if len(_words(text)) < 2:
                continue
            if _DECLARATION_OF_INTEREST.search(text):
                continue  # the standing agenda item on declarations of interest asks nothing to be decided
            if listed > 1 and (_RESTATES_LIST.search(text) or _LEADS_INTO_LIST.search(text)):
                continue  # "approve the recommendations set out in section 2": those items are listed
            group = report_of(item.start, reports)
            seen = kept.setdefault(group, [])
            words = _words(text)
            if any(_near_duplicate(words, other) for other in seen):
                continue
            seen.append(words)
            verb = _item_verb(item, text)
            record = collect.build(
                Recommendation,
                evidence=_evidence(doc, item.start, item.end),
                confidence=0.9 if item.label is not None else 0.75,
                rule=section.anchor.rule,
                text=text,
                label=item.label.text if item.label and not item.label.kind.startswith("bullet") else None,
                parent_label=(item.parent.label.text if item.parent and item.parent.label
                              and not item.parent.label.kind.startswith("bullet") else None),
                verb=verb,
                is_decision=is_decision,
                outcome=_outcome(verb, text, status) if is_decision else None,
            )
            if record is not None:
                records.append(record)
    return link_decisions(doc, records, reports)
