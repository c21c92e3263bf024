"""Anchors: the lines opening a recommendation or decision section (headings, RESOLVED, decision heads, lead-ins)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.recommendations.items import Item
from extractors.recommendations.lead_ins import BODY_DECIDED, BODY_DECIDED_LIST, I_HEREBY_DECIDES, lead_in
from extractors.recommendations.lines import BULLETS, LABEL, Line, parse_label, text_above
from extractors.recommendations.minutes import MINUTES_HINT, RECORD_FIELD, head_text
from extractors.recommendations.shapes import PAST_DECISION_VERB, RECORDED_DECISION, resolution_opening
from extractors.recommendations.verbs import base_verb, present_verb
from extractors.recommendations.vocab import BODY, BODY_NAME_WORD, NAME_CLAUSE_CHAR, VERBS

_NUM = r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
# "Proposed decision:" heads a forward plan's issue page.
_REC_WORD = (r"(?:recommendations?|recommendation\(s\)|recommended\s+decisions?|proposed\s+recommendations?|"
             r"proposed\s+decisions?|decisions?(?:\(s\))?\s+recommended)")
# "Decisions, recommendations and any options", "Recommendations and reasons": the heading may pair the word
# with the decisions or options it covers.
HEADING_ALONE = re.compile(
    rf"^{_NUM}(?:decisions?,?\s+(?:and\s+)?)?{_REC_WORD}(?:\s+(?:of|from|to)\s+[^.:]{{1,60}})?"
    r"(?:,?\s+(?:and|&)\s+(?:any\s+)?(?:options?|reasons?|decisions?)(?:\s+for\s+(?:the\s+)?\w+)?)?\s*:?$",
    re.I,
)
_HEADING_COLON = re.compile(rf"^{_NUM}{_REC_WORD}\s*[:\-–]\s*(?P<rest>\S.*)$", re.I)
_HEADING_INLINE = re.compile(rf"^{_NUM}{_REC_WORD}\s+(?P<rest>\S.*)$", re.I)

# "RESOLVED That Cabinet:", "Resolved unanimously that:": minutes may put a manner adverb after the word.
# Some councils minute a decision as "ORDERED that", "AGREED:" or (to full Council) "RECOMMENDED: That".
_RESOLVED = re.compile(
    # "The Cabinet" / "RECOMMEND TO FULL COUNCIL" over "That approval be given ...": the present tense in capitals too.
    r"^(?:(?i:it)\s+was\s+)?(?:RESOLVED|Resolved|ORDERED|AGREED|RECOMMENDED|RECOMMENDS?(?=\s+TO\b))\b"
    r"(?:\s+(?i:unanimously|accordingly|nem\.?\s*con\.?))?"
    # "RECOMMENDED TO COUNCIL: The approval of ...": the body recommended to is part of the heading.
    r"(?:\s+(?i:to\s+(?:the\s+)?(?:full\s+)?(?:county\s+|borough\s+|district\s+|city\s+)?"
    r"(?:council|cabinet|executive|board))(?=\s*[:,–\-]|\s*$))?"
    # "RESOLVED  A.  That ...": the first item's label may follow on the same line.
    r"(?:\s*[:,–\-]\s*|\s+(?=(?i:that|to)\b)|\s+(?=\(?(?:[A-Za-z]|\d{1,2})[.)]\s)|\s*$"
    # "RESOLVED Members to:", "RESOLVED the Leader to:": who is to act, named (capitalised) before "to".
    r"|(?<=[A-Z]{5})\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\s+(?=to\b))(?P<rest>.*)$"
)
# A resolution's words ending on "to:" over the list of what is to be done.
_TO_LIST_END = re.compile(r"\bto\s*:\s*[-–—]?$")
# "THAT  (a) the premises ... be noted;": an upper-case "THAT" with the first item's label on its line.
_THAT_FIRST_LABEL = re.compile(r"^THAT\s+(?P<rest>\((?:a|i|1)\)\s*\S.*)$")
# "RESOLVED to recommend to the County Council:" over a list: the committee's recommendations to another body.
_RECOMMEND_TO_BODY = re.compile(
    r"^(?i:to\s+)?(?i:recommend)\s+(?i:to\s+)?(?:(?i:the)\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4}"
    r"(?:\s+(?i:that|as\s+follows))?\s*:\s*[-–]?$"
)
# "Decision:", "Decisions taken -", "THE DECISION:" over (or before) what was decided; "Decision (a) That ...": the
# first item's label run onto the heading, its colon lost.
_DECISION_HEAD = re.compile(
    # "Delegated decision:" heads a decision a meeting's minutes record under delegated powers.
    r"^(?:the\s+)?(?:(?:delegated\s+)?decisions?(?:\s+(?:made|taken|of\s+the\s+\w+(?:\s+\w+){0,3}))?|DECISION)"
    r"(?:\s*[:\-–]\s*|\s+(?=\((?:a|i|1)\)\s|(?:a|i|1)[.)]\s))(?P<rest>.*)$",
    re.I
)
# "DECISIONS" or "Decision made" alone on its line: minutes and decision pages head the decision list so; an
# officer's decision form asks "What decision has been taken?" over it.
_DECISION_ALONE = re.compile(
    r"^decisions?(?:\s+(?:made|taken))?$|^what\s+decisions?\s+(?:has|have)\s+been\s+(?:taken|made)\s*\??$", re.I)
# "That" or "That:" alone over a labelled list: "Decision Made: That (1) ...; and (2) ...".
_THAT_ALONE = re.compile(r"^that\s*(?::\s*)?[\-–]?$", re.I)  # "That", "That:", "That -", "That:-"
# "That Cabinet", "That the Board:-" alone over a labelled list of what the body decides.
# The subject is capitalised words only, so a wrapped "that Cabinet considered ... from Cabinet" is no lead-in.
# A comma may part the words of its name: "That the Communities, Parks and Leisure Policy Committee:-".
_THAT_BODY_ALONE = re.compile(
    rf"^(?i:that)\s+{BODY_NAME_WORD}{{0,7}}(?i:{BODY})\s*(?::\s*[-–]?|[-–])?$"
)
# "The Cabinet:" / "The Board:" over "(i) Approved ...": minutes recording what the body decided. A sentence may
# lead up to the body ("On 9 May 2025, having considered the responses, Cabinet:-").
_BODY_COLON = re.compile(rf"^(?:[^.;:]*,\s+)?(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s*:\s*[-–]?$", re.I)
# "The Joint Strategic Committee" alone on its line, its colon lost, over "i. Delegated authority to ...".
_BODY_NAME_ALONE = re.compile(rf"^(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+){{0,5}}(?i:{BODY})$")
# "The Strategic Commissioning Board: Noted the information.": a minute's decision after its body on one line.
_BODY_COLON_DECIDED = re.compile(rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s*:\s+(?P<rest>(?-i:[A-Z])\S.*)$", re.I)
# "On 9 September 2025, ...": a sentence telling the day a body decided, which only a record of the decision tells.
_DATED_DECISION = re.compile(r"^On\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b")

# "The Council may, having reviewed the decision, resolve one of the following:": alternatives put to
# the body, which a recommendation section lists as its items.
_MAY_RESOLVE = re.compile(
    rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s+may\b(?:,[^,]{{1,160}},)?\s*"
    r"(?:(?:resolve|decide|agree|choose|determine)\s+(?:to\s+)?)?(?:(?:one|any)\s+of\s+the\s+following|either|the\s+following)?"
    r"\s*:\s*$",
    re.I,
)
# "Outcome: the Board" over bullets that each open with what it did ("• Noted the report.", "• Approved the plan.").
_OUTCOME_BODY = re.compile(rf"^(?:outcome|resolution|decision)\s*:\s*(?:the\s+)?{BODY}\s*:?$", re.I)
# A capital "Outcome:": an aggregator's lower-case "outcome:" key heads its own summary of the page, not the decision.
_OUTCOME_DECIDED = re.compile(
    rf"^(?-i:Outcome|OUTCOME)\s*:\s*(?P<rest>(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s+"
    r"(?:noted|approved|agreed|accepted|received|resolved|endorsed|ratified|supported|adopted)\b.*)$",
    re.I,
)


@dataclass(frozen=True)
class Anchor:
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


# "Subject: Winter planning", "Date: 2 May": a form's field line, which no sentence wraps out of.
_FIELD_LINE = re.compile(r"^[A-Z][A-Za-z]+(?:\s[a-z]+){0,3}\s*:\s+\S")


_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
CONTINUED_LINE_CHARS = 40
"""Least characters of a page's last line for its unfinished sentence to run on to the next page (no footer)."""


def _continues_last_page(lines: list[Line], index: int) -> bool:
    """Whether a page's first text (after a bare page number) runs on from a sentence the last page left unfinished."""
    first = index
    if not lines[index].page_first:
        above = next((j for j in range(index - 1, -1, -1) if lines[j].text), None)
        if above is None or not lines[above].page_first or not _PAGE_NUMBER.match(lines[above].text):
            return False
        first = above
    last = text_above(lines, first)
    return len(last) >= CONTINUED_LINE_CHARS and (last.endswith(",") or last[-1:].islower())


def _paragraph_start(lines: list[Line], index: int) -> bool:
    """Whether a line opens a paragraph (after a blank, a heading, a form's field or a finished sentence)."""
    if _continues_last_page(lines, index):
        return False  # "At that meeting,\f 2 \n Members agreed to refer ...": the sentence runs on over the page break
    for j in range(index - 1, max(-1, index - 4), -1):
        prev = lines[j].text
        if not prev:
            return True
        return (prev.endswith((".", ":", ";")) or len(prev) < 60 and not prev.endswith(",")
                or bool(_FIELD_LINE.match(prev)) and lines[index].text[:1].isupper())
    return True


def strip_number(text: str) -> tuple[str, int]:
    """The line without a leading paragraph number ("56. ", "2.1 ") and the width removed."""
    # Minutes number paragraphs "56.", "2.1" or "26)".
    m = re.match(r"^(?:(?:\d{1,4}(?:\.\d{1,2})*\.?|\d{1,4}\)|\(?[a-z]{1,3}[.)]|\(\d{1,2}\))\s+|\d{1,3}\.(?=[A-Z][a-z]))", text)
    return (text[m.end():], m.end()) if m else (text, 0)


def find_anchor(lines: list[Line], index: int, in_section: bool) -> Anchor | None:
    """The anchor a line opens, if it opens a recommendation or decision section."""
    line = lines[index]
    text = line.text
    if not text:
        return None

    def at(rest: str) -> int:
        return line.start + max(0, _raw_find(line, rest))

    if HEADING_ALONE.match(text):
        return Anchor(index, "", line.end, None, False, "recommendations.heading",
                      governs=_proposed_decision_list(lines, index))
    if _PROPOSAL_HEADING.match(text) and _resolution_below(lines, index):
        # a decision record's "Proposal" over "That the PCC approve the release of £200,000 ...": what is put
        # to the decision-maker; under it a narrative ("The proposal is to ...") is not read
        return Anchor(index, "", line.end, None, False, "recommendations.heading")
    m = _HEADING_COLON.match(text) or _HEADING_INLINE.match(text)
    if m:
        rest = m.group("rest")
        if _MAY_RESOLVE.match(rest):
            return Anchor(index, "", line.end, None, False, "recommendations.heading", governs=True)
        inline = m.re is _HEADING_INLINE
        # "... a human cost to this\nrecommendation that is not reflected ...": a wrapped sentence's tail, no heading.
        if not inline or _paragraph_start(lines, index) and _opens_item(rest):
            lead = lead_in(rest)
            if lead is not None:
                verb, after, whole = lead
                return Anchor(index, after, at(after) if after else line.end, verb, False,
                              "recommendations.heading", whole)
            return Anchor(index, rest, at(rest), None, False, "recommendations.heading")
    body, width = strip_number(text)
    m = _RESOLVED.match(body)
    if m and in_section and width and re.match(r"(?i:agreed)\b", body):
        m = None  # "3. AGREED to review the position": the next item of a list of recorded decisions, not a new one
    if m:
        rest = m.group("rest")
        if _THAT_ALONE.match(rest) or _THAT_BODY_ALONE.match(rest) or _RECOMMEND_TO_BODY.match(rest):
            return Anchor(index, "", line.end, None, True, "recommendations.resolved", governs=True)
        lead = lead_in(rest)
        if lead is None and _TO_LIST_END.search(rest):
            # "It was RESOLVED that the decision to be taken by the Cabinet Member ... to:": what is to be done is
            # the list below; the words before it only say who does it.
            return Anchor(index, "", line.end, None, True, "recommendations.resolved")
        verb, after, whole = lead if lead else (None, rest, False)
        return Anchor(index, after, at(after) if after else line.end, verb, True,
                      "recommendations.resolved", whole)
    m = _THAT_FIRST_LABEL.match(body)
    if m:
        # "THAT (a) the premises issues be noted;": a decision record's list, its "RESOLVED" left off the page.
        decided = bool(MINUTES_HINT.search(head_text(lines)))
        return Anchor(index, m.group("rest"), at(m.group("rest")), None, decided,
                      "recommendations.resolved" if decided else "recommendations.lead_in")
    m = _DECISION_HEAD.match(body)
    if m and not re.match(r"^decision\s*:\s*(?:yes|no|key|non)\b", body, re.I):
        rest = m.group("rest")
        if _THAT_ALONE.match(rest):
            return Anchor(index, "", line.end, None, True, "recommendations.decision", governs=True)
        if not rest or _opens_item(rest) or lead_in(rest):
            lead = lead_in(rest)
            verb, after, whole = lead if lead else (None, rest, False)
            return Anchor(index, after, at(after) if after else line.end, verb, True,
                          "recommendations.decision", whole)
    if (_DECISION_ALONE.match(body) and body[:1].isupper() and _after_break(lines, index)
            and not _page_kind(lines, index)):
        return Anchor(index, "", line.end, None, True, "recommendations.decision")
    if (_MOTION_CARRIED.match(body) or _MOVED_AND_AGREED.match(body)) and MINUTES_HINT.search(head_text(lines)):
        return Anchor(index, "", line.end, None, True, "recommendations.decided", governs=True)
    if _minutes_cell_lead_in(lines, index):
        return Anchor(index, "", line.end, None, True, "recommendations.decided", governs=True)
    if _that_body_lead_in(lines, index):
        decided = bool(MINUTES_HINT.search(head_text(lines)))
        return Anchor(index, "", line.end, None, decided,
                      "recommendations.decided" if decided else "recommendations.lead_in", governs=True)
    if _body_colon_lead_in(lines, index) and (
        in_section or MINUTES_HINT.search(head_text(lines)) or _DATED_DECISION.match(_sentence_start(lines, index))
    ):
        return Anchor(index, "", line.end, None, True, "recommendations.decided", governs=True)
    m = _BODY_COLON_DECIDED.match(body)
    if (m and PAST_DECISION_VERB.match(m.group("rest")) and _after_break(lines, index)
            and MINUTES_HINT.search(head_text(lines))):
        return Anchor(index, m.group("rest"), at(m.group("rest")), None, True, "recommendations.decided", True)
    if _OUTCOME_BODY.match(body):
        return Anchor(index, "", line.end, None, True, "recommendations.outcome", governs=True)
    m = _OUTCOME_DECIDED.match(body)
    if m:
        rest = m.group("rest")
        if rest.rstrip().endswith(":"):
            return Anchor(index, "", line.end, None, True, "recommendations.outcome")
        return Anchor(index, rest, at(rest), None, True, "recommendations.outcome", True)
    # Lead-ins outside a heading: only at a paragraph start, never in a bulleted list.
    if width == 0 and re.match(rf"^[{re.escape(BULLETS)}]\s", text):
        return None
    if not in_section and not _paragraph_start(lines, index) and not _list_lead_in_line(lines, index, body):
        return None
    lead = lead_in(body)
    last = index
    if lead is None:
        joined, last = _wrapped(lines, index)
        lead = lead_in(strip_number(joined)[0]) if last != index else None
        if lead is None or lead[1]:
            return None
        body = strip_number(joined)[0]
    verb, after, whole = lead
    recorded_list = bool(BODY_DECIDED_LIST.match(body))
    decided = recorded_list or bool(BODY_DECIDED.match(body) or I_HEREBY_DECIDES.match(body))
    if decided and not MINUTES_HINT.search(head_text(lines)) and not (
        recorded_list and _labelled_below(lines, last)
    ) and not I_HEREBY_DECIDES.match(body):
        # "Full Council resolved to ..." quoted in a report is history, not a decision; "I Councillor Hinds, ...,
        # do hereby approve ..." is the record of decision itself (an inspector's "I agree the use of ..." is neither).
        return None
    rule = "recommendations.decided" if decided else "recommendations.lead_in"
    if not after:
        return Anchor(index, "", lines[last].end, verb, decided, rule, last=last)
    if whole:
        if verb is None and not decided:
            return None  # "Members are invited to debate the matter": an invitation, not a decision asked for
        return Anchor(index, body, at(body), verb, decided, rule, True)
    return Anchor(index, after, at(after), verb, decided, rule)


def _proposed_decision_list(lines: list[Line], index: int) -> bool:
    """A forward plan's "Proposed decision:" over a lettered or numbered list: nothing but the decision's parts
    ("A) Contract with the Trust ..."), whatever verb each opens with."""
    if not re.match(r"^proposed\s+decisions?\s*:?$", lines[index].text, re.I):
        return False
    below = first_below(lines, index)
    label = parse_label(lines[below].text, None) if below is not None else None
    return label is not None and not label.kind.startswith("bullet") and label.value == (1,)


def _page_kind(lines: list[Line], index: int) -> bool:
    """Whether "Decision" opens a decision page over its title, the record's fields below that ("Decision" /
    "Approved Mental Health Professional Service" / "Decision Maker: Joint Committee"): the page's kind, no list.
    A decision written as a sentence ("Approval to award ... from 1st April 2023.") is the decision, fields or not."""
    if any(line.text for line in lines[:index]):
        return False
    title = first_below(lines, index)
    if title is None or lines[title].text.endswith("."):
        return False
    field = first_below(lines, title)
    return field is not None and bool(RECORD_FIELD.match(lines[field].text))


_PROPOSAL_HEADING = re.compile(r"^(?:the\s+)?proposals?\s*:?$", re.I)


def _resolution_below(lines: list[Line], index: int) -> bool:
    """Whether the first text line below a heading opens as a resolution ("That ... be approved")."""
    below = next((line.text for line in lines[index + 1:index + 6] if line.text), "")
    return resolution_opening(below)


def _after_break(lines: list[Line], index: int) -> bool:
    """Whether a line follows a blank line or a finished sentence (so it is no wrapped line's tail)."""
    return index == 0 or not lines[index - 1].text or lines[index - 1].text.endswith((".", ":", ";"))


BODY_COLON_ITEMS = 2
"""Items under "The Board:" read for a decision in the past tense: the first may only record what was considered."""


def _body_colon_lead_in(lines: list[Line], index: int) -> bool:
    """"The Board:" over a labelled list whose first items open with a decision in the past tense ("The Leader:" /
    "1. Considered the options" / "2. AGREED Option 1")."""
    if not (_BODY_COLON.match(lines[index].text) or _BODY_NAME_ALONE.match(lines[index].text)):
        return False
    items = 0
    for j in range(index + 1, min(len(lines), index + 8)):
        text = lines[j].text
        if not text:
            continue
        label = parse_label(text, None)
        if label is None:
            return False
        below = first_below(lines, j)
        # "(i)" alone on its line: its item opens on the next
        opening = text[label.width:].strip() or (lines[below].text if below is not None else "")
        if PAST_DECISION_VERB.match(opening):
            return True
        items += 1
        if items == BODY_COLON_ITEMS:
            return False
    return False


def _sentence_start(lines: list[Line], index: int) -> str:
    """The sentence ending at `index` from where it opens: the line itself, or the one above joined to it when the
    sentence wraps onto this line ("On 7" / "September 2021, Cabinet:-")."""
    return lines[index].text if _after_break(lines, index) else f"{lines[index - 1].text} {lines[index].text}"


SPACED_GAP_LINES = 3
"""Lines a web page spends on one gap: blank, a whitespace-only spacer, blank."""


def first_below(lines: list[Line], index: int, reach: int = 8) -> int | None:
    """The index of the first non-blank line below `index` (within `reach` lines), or None.

    Web decision pages put whitespace-only spacer lines between blank lines under "RESOLVED" and
    "The Council to:"; in a gap holding such a spacer each blank line stands for a third of one.
    """
    spaced = False
    for j in range(index + 1, min(len(lines), index + 1 + reach * SPACED_GAP_LINES)):
        if lines[j].text:
            return j if spaced or j < index + 1 + reach else None
        spaced = spaced or bool(lines[j].raw) and not lines[j].raw.strip(" \t\xa0")
    return None


# "Councillor A proposed and Councillor B seconded a motion, which was agreed by the Council as set out
# below:": full-council minutes put the carried motion's resolutions under this sentence.
_MOTION_CARRIED = re.compile(
    r"^[^.:]{0,160}?\b(?:proposed|moved)\b[^.:]{0,120}?\bseconded\b[^.:]{0,60}?\b(?:a|the)\s+(?:\w+\s+)?motion\b"
    r"[^.:]{0,40}?\bwhich\s+was\s+(?:agreed|carried|approved)\b[^.:]{0,80}?:\s*$",
    re.I,
)
# "It was moved by Councillor A, seconded by Councillor B and agreed –" over "That ...": a minute's lead-in that
# ends on its decision word, the resolution in the paragraph below.
_MOVED_AND_AGREED = re.compile(
    r"^" + NAME_CLAUSE_CHAR + r"{0,200}?\b(?:proposed|moved)\b" + NAME_CLAUSE_CHAR + r"{0,120}?"
    r"\bseconded\b" + NAME_CLAUSE_CHAR + r"{0,80}?\band\s+(?:it\s+was\s+)?(?:unanimously\s+)?"
    r"(?:agreed|resolved|carried)(?:\s+unanimously)?\s*[:\-–—]?\s*$",
    re.I,
)
# "Minutes:" opening the cell, or after the item's title and links on the same flattened row.
_MINUTES_CELL = re.compile(r"(?:^(?i:minutes)|(?<=\s)Minutes)\s*:\s*\S")
_MINUTES_ALONE = re.compile(r"^(?i:minutes)\s*:$")


def _minutes_cell_lead_in(lines: list[Line], index: int) -> bool:
    """A "Minutes:" cell of a web minutes table whose account of the item runs on into the decision.

    ModernGov minutes tables print "Minutes: Councillor X introduced a report ..." and then, in the
    same cell, the decision as imperative items ("1) Proceed with ...", "Approve the Policy ...")
    once the "RESOLVED to" line is lost in copying.
    """
    line = lines[index]
    # "Minutes:" alone on its line, its cell's text below: the same cell as a web page prints it.
    if not (_MINUTES_CELL.search(line.text) or _MINUTES_ALONE.match(line.text)) or line.cell_end:
        return False
    below = first_below(lines, index, reach=3)
    if below is None:
        return False
    text = lines[below].text
    if _MINUTES_CELL.search(text):
        return False  # the next row of the table, not this cell's decision
    label = parse_label(text, None)
    if label is not None:
        if label.kind.startswith("bullet") or label.value not in {(1,), (1, 1)}:
            return False
        text = text[label.width:]
    first = re.match(r"^([A-Z][a-z]+)\b", text)
    # "1.1. That the Director ... approve": a numbered resolution whose "RESOLVED" was lost with the verb.
    that = label is not None and first is not None and first.group(1) == "That"
    return bool(first) and (first.group(1).lower() in VERBS or bool(PAST_DECISION_VERB.match(text)) or that)


def _that_body_lead_in(lines: list[Line], index: int) -> bool:
    """"That Cabinet" alone over a list whose first item opens with what the body does ("1) authorises")."""
    if not _THAT_BODY_ALONE.match(lines[index].text):
        return False
    below = first_below(lines, index)
    if below is None:
        return False
    text = lines[below].text
    label = parse_label(text, None)
    if label is None and (PAST_DECISION_VERB.match(text) or RECORDED_DECISION.match(text)) and text[:1].isupper():
        return True  # "That Cabinet:" / "Cabinet agreed to ..., and;" / "Approved to seek ...": bullets lost in copying
    if label is None or label.kind.startswith("bullet") or label.value[-1] != 1:
        return False  # "1)", "(a)" or "2.1" opens the list
    body = text[label.width:].lstrip()
    if body[:1].isupper() and PAST_DECISION_VERB.match(body):
        return True  # "That the Executive:" / "1. Approved the proposal ...": a decision page's record
    first = re.match(r"^(?:having\b[^,]{0,200},\s+)?([a-z]+)\b", body, re.I)
    return bool(first) and present_verb(first.group(1)) is not None and not first.group(1).lower().endswith("ed")


def _wrapped(lines: list[Line], index: int) -> tuple[str, int]:
    """A lead-in wrapped onto following lines ("... agreed the following" / "motion:"), joined; else the line.

    A lead-in over a list may wrap over up to three more lines when it carries an aside ("County Council,
    having given due regard to the s25 Report (...), is asked to agree the following:"); each wrapped line
    opens in lower case and only the last ends, with a colon.
    """
    text = lines[index].text
    if not text or text.endswith((":", ".", ";")):
        return text, index
    joined = text
    for j in range(index + 1, min(len(lines), index + 4)):
        nxt = lines[j].text
        if not nxt or not nxt[:1].islower() or LABEL.match(nxt):
            break
        joined = f"{joined} {nxt}"
        if nxt.endswith(":"):
            return (joined, j) if j == index + 1 and len(nxt) <= 40 or j > index + 1 else (text, index)
        if nxt.endswith((".", ";")):
            break
    return text, index


def _list_lead_in_line(lines: list[Line], index: int, body: str) -> bool:
    """A whole line that is a lead-in ending in a colon over labelled items ("..., the Group had recommended
    that:" after a web page's item title): it opens a list even where no paragraph break comes before it."""
    if not body.rstrip().endswith(":") or not body[:1].isupper():
        return False
    lead = lead_in(body)
    return lead is not None and not lead[1] and _labelled_below(lines, index)


def _labelled_below(lines: list[Line], index: int) -> bool:
    """Whether the next non-blank line after `index` opens with a list label ("a.", "(i)", "1)")."""
    for j in range(index + 1, min(len(lines), index + 4)):
        if lines[j].text:
            return parse_label(lines[j].text, None) is not None
    return False


def list_lead_in(lines: list[Line], index: int) -> tuple[str | None, int] | None:
    """A lead-in over a list met inside a section ("Cabinet is asked to:", "The Council may, having
    reviewed it, resolve one of the following:"): its verb and last line, or None."""
    candidates = [(lines[index].text, index)]
    joined = _wrapped(lines, index)
    if joined[1] != index:
        candidates.append(joined)
    if _THAT_ALONE.match(lines[index].text) or _body_colon_lead_in(lines, index) or _that_body_lead_in(lines, index):
        return None, index  # "That:" or "The Cabinet:" over the decision's items
    for text, last in candidates:
        body = strip_number(text)[0]
        lead = lead_in(body)
        if lead is not None and not lead[1]:
            return lead[0], last
        if _MAY_RESOLVE.match(body):
            return None, last
    return None


# A resolved motion's parts: "This Council believes that:", "Council notes:", "This Council agrees to call on the
# Cabinet Member for ... to:", each over its own labelled list; what the body believes or calls for is resolved.
_MOTION_PART = re.compile(
    rf"^(?:this\s+|the\s+)?{BODY}\s+(?:further\s+|also\s+)?(?:believes|notes|recognises|welcomes|acknowledges|"
    r"agrees|resolves|requests|calls\s+(?:up)?on|asks|instructs|commits|supports|condemns|regrets)\b[^:]{0,240}:$",
    re.I)
MOTION_PART_LINES = 4
"""Lines a motion part's lead-in may wrap over (it names cabinet members in full)."""


def motion_part_lead_in(lines: list[Line], index: int) -> int | None:
    """The last line of a resolved motion's part lead-in starting at `index`, when a labelled item follows it."""
    joined = lines[index].text
    for last in range(index, min(len(lines), index + MOTION_PART_LINES)):
        if last > index:
            if not lines[last].text or LABEL.match(lines[last].text):
                return None
            joined = f"{joined} {lines[last].text}"
        if joined.endswith(":"):
            below = next((line.text for line in lines[last + 1:last + 3] if line.text), "")
            return last if _MOTION_PART.match(joined) and LABEL.match(below) else None
        if joined.endswith((".", ";")):
            return None
    return None


def _raw_find(line: Line, cleaned_fragment: str) -> int:
    """Offset within the raw line where a fragment of its cleaned text starts (for evidence)."""
    words = cleaned_fragment.split()
    return 0 if not words else line.raw.find(words[0])


def _opens_item(text: str) -> bool:
    """Whether text after a heading starts an item: a label, a verb, "that", or a lead-in."""
    if LABEL.match(text):
        return True
    first = re.match(r"^(?:to\s+)?([A-Za-z]+)", text)
    if not first:
        return False
    if first.group(0)[:1].isupper() and base_verb(first.group(1)):
        return True
    if first.group(1).lower() == "that":
        return True
    return lead_in(text) is not None or bool(re.match(rf"^(?:the\s+)?{BODY}\s+\w+s\b", text, re.I))


def is_new_section(lines: list[Line], index: int, items: list[Item]) -> bool:
    """Whether an anchor met while reading starts a new section rather than a nested lead-in."""
    text = lines[index].text
    body = strip_number(text)[0]
    # "7.2 The Lead Member RESOLVED to (1) agree ...": a resolution of its own under "DECISIONS", its items inline.
    return bool(HEADING_ALONE.match(text) or _HEADING_COLON.match(text) or _RESOLVED.match(body)
                or _DECISION_HEAD.match(body) or re.search(r"\bRESOLVED\b", body)) or bool(items)
