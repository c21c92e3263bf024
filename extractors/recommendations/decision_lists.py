"""Labelled lists whose first item opens with a decision form, read wherever they stand (whatever heads them)."""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.lines import Label, Line, list_item_texts, parse_label, text_above
from extractors.recommendations.sections import Section, read_section
from extractors.recommendations.shapes import recommendation_shaped, subjunctive_decision
from extractors.recommendations.vocab import BODY, PRESENT_DECIDING

# The verbs that decide: "To approve ...", "Approve the ...", "Enter into ...". Not "provide", "ensure" or
# "consider", which open a report's aims and questions as readily as a decision.
_DECIDING = (r"approve|agree|note|endorse|adopt|delegate|authori[sz]e|award|accept|confirm|extend|enter\s+into|"
             r"allocate|release|grant|commission|procure|appoint|request|instruct|support|recommend|ratify|"
             r"vary|terminate|transfer|waive|nominate|re-?procure|renew|approves|agrees|notes|endorses|adopts|"
             r"delegates|authori[sz]es|awards|accepts|confirms|end|cease|dissolve|commence")
# Past forms ("approved the strategy in 2019") are left to the readers of minutes: in a report they tell history.
# "To approve ...", "To formally adopt ...", "Approve the ...", "That ...": a decision form opening an item.
DECISION_FORM = re.compile(
    rf"^(?:to\s+(?:[a-z]{{3,}}ly\s+)?(?:{_DECIDING})\b"
    rf"|(?:{_DECIDING})\s+(?:the|that|a|an|to|and|£|\d|(?-i:[A-Z]))"
    # "Note receipt of the funds", "Award contracts to the following": a bare noun after the verbs that take one.
    r"|(?:approve|agree|note|award|delegate|authori[sz]e|endorse|adopt|accept)\s+[a-z]{4,}\s+(?:of|to|the|from|for)\s"
    # "The Cabinet agrees that ...", "The Cabinet, delegates the decision ...", "Cabinet awards Acme Homes a 4-year
    # contract": the body deciding, in the present.
    rf"|(?:the\s+)?{BODY},?\s+{PRESENT_DECIDING}\s+(?:the|that|to|a|an|£|\d|(?-i:[A-Z])|[a-z]+(?:ion|ment|al)\b)"
    r"|that\s+\w)",
    re.I,
)

# What a lead-in right above a list names as its subject when the list is not decisions: "The aims are to:",
# "... three main objectives, which are;", "Questions for consultees:".
_REFUSED_LEAD_IN = re.compile(
    r"\b(?:aims?|objectives?|questions?|risks?|principles|priorities|outcomes|purposes?|which\s+(?:are|were|is|will)|"
    r"ambitions?|goals?|vision|commitments?|pledges?|intentions?|we\s+will|our(?!\s+recommendations?)|"
    r"consultation\s+(?:questions|responses)|amendments?)\b",
    re.I,
)
# A lead-in that decides what its list holds: "... RESOLVED to approve:", "The Committee resolves:", "Agreed:"
# (ended with a semicolon too: "RESOLVED- That;").
# "... and the Board agreed the following:", "It was RESOLVED as follows:": the lead-in decides the list, so its items
# need no verb of their own ("1. To the approach set out in Appendix A").
_DECIDING_LEAD_IN = re.compile(
    r"(?:\bRESOLVED|\b(?i:resolves?|decided|agreed))\b"
    # "Agreed, subject to the approval of the recommendation to the City Council, –": a condition before the list.
    r"(?:,?\s+(?i:subject\s+to)\s+[^.:;–\-]{3,200}?,?)?"
    r"(?:\s*[\-–])?(?i:\s+(?:that|as\s+follows|the\s+following(?:\s+\w+)?|"
    r"to\s+(?:approve|agree|note|endorse|adopt)(?:\s+the\s+following)?))?\s*[:\-–;]\s*$"
    # A "Decision" heading alone on its line (an officer's or a mayor's decision form): its items may be nominal.
    r"|^\W*(?i:decisions?)\s*$"
)
# Headings of the parts of a report whose lists are not decisions: what it is for, its background,
# the options weighed, its risks and aims, a consultation's questions, its table of contents.
_REFUSED_PART = re.compile(
    r"\b(?:background|purpose|options?|alternatives?|risks?|aims?|objectives?|questions?|contents|"
    r"introduction|summary|context|consultation|priorities|principles|outcomes|terms\s+of\s+reference|"
    r"scope|issues|proposals?\s+considered|history|previous(?:ly)?|timetable|next\s+steps|actions?\s+(?:log|taken)|"
    r"work\s*programme|glossary|appendix|annex)\b",
    re.I,
)
# A standing agenda item: a list holding one is an agenda, not decisions.
_AGENDA_ITEM = re.compile(
    r"\b(?:apologies|declarations?\s+of\s+(?:\w+\s+)?interests?|public\s+(?:participation|questions|forum)|"
    r"any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting|chair(?:man)?'?s\s+announcements)\b",
    re.I,
)
# A contents line: a title, then its page number.
_CONTENTS_LINE = re.compile(r"(?:\.{3,}|\s)\s*\d{1,3}$")

HEADING_REACH = 12
"""How many non-blank lines above a list its heading or lead-in may stand."""

# "that the Council leaves ...": a lone item opening "that" may be any clause; a list of one needs a deciding verb.
_THAT_OPENING = re.compile(r"that\s", re.I)
# "... a motion, which was lost, as set out below:": what a meeting refused is no decision.
_LOST_MOTION = re.compile(r"\b(?:lost|defeated|fell|not\s+carried|withdrawn)\b", re.I)

ONE_ITEM_WORDS = 5
"""Fewest words a list's only item must have to be read as a decision (not a heading such as "1. To note")."""

HEADING_WORDS = 10
"""Most words a line may have to be read as a heading above a list."""


def _first_label(label: Label | None, above: str) -> bool:
    """Whether a label opens a list: "1.", "(1)", "a)", "(a)", "i." (not "2.1"); a bullet only below a deciding
    lead-in ("... RESOLVED to approve:"), as bullets list anything."""
    if label is not None and label.kind.startswith("bullet"):
        return bool(_DECIDING_LEAD_IN.search(above)) and parse_label(above, None) is None
    return label is not None and label.value == (1,) and label.kind in ("digit", "alpha", "roman")


def _heading_above(lines: list[Line], index: int) -> tuple[str, str]:
    """The line right above a list (its lead-in) and the nearest heading-like line above it."""
    above = ""
    heading = ""
    seen = 0
    for j in range(index - 1, -1, -1):
        text = lines[j].text
        if not text:
            continue
        seen += 1
        if seen > HEADING_REACH:
            break
        if not above:
            above = text
        label = parse_label(text, None)
        body = text[label.width:].strip() if label is not None else text
        if label is not None and label.kind != "decimal" and not (label.kind == "digit" and len(body.split()) <= 6):
            continue  # an item of a list above, not a heading
        if len(body.split()) <= HEADING_WORDS and not body.endswith((".", ";", ",")):
            heading = body
            break
    return above, heading


# "It was moved by Cllr A, seconded by Cllr B and unanimously" / "... and RESOLVED": a minute's lead-in cut before
# (or ending on) its decision word still heads what was decided; "Following consideration of the report, it was"
# has lost its bold "RESOLVED" in copying.
_RUNS_ON_TO_DECISION = re.compile(r"\b(?:unanimously|resolved|agreed|decided|carried|it\s+was)$", re.I)
# "It was agreed in 2019 that", "Cabinet had resolved that": a report telling a past decision, not deciding one.
_PAST_DECISION_LEAD_IN = re.compile(
    r"\b(?:was|were|had(?:\s+been)?|has(?:\s+been)?|previously)\s+(?:\w+ly\s+)?(?:agreed|resolved|decided|approved)\b",
    re.I,
)


# "To seek formal approval", "This report seeks Cabinet's agreement:": a lead-in asking for what its list holds.
_SEEKING_LEAD_IN = re.compile(
    r"(?:^|\b(?:report|paper)\s+)(?i:to\s+seek|seeks?|seeking)\s+(?:[\w’']+\s+){0,2}?"
    r"(?i:approval|agreement|authority|authorisation|endorsement)(?:\s+(?i:to|for|of))?\s*:?$"
)


# "18/01/2010 - Implementing Proposals to Spend the Grant Funding": an "Issue - decisions" page's dated title over the
# decision's list, not a sentence running on into it.
_DATED_ISSUE_TITLE = re.compile(r"^\d{2}/\d{2}/\d{4}\s*[-–]\s+\S")


def _refused_by_position(lines: list[Line], index: int, records_decisions: bool = False) -> bool:
    """Whether the list stands in a report's background, purpose, options, risks, aims, questions or contents."""
    above, heading = _heading_above(lines, index)
    if _SEEKING_LEAD_IN.search(above):
        return False  # "To seek formal approval" over "a) to adopt ...": the paper's requests, even under "Purpose"
    if not records_decisions and _PAST_DECISION_LEAD_IN.search(above):
        return True  # history a report tells: "it was agreed in 2019 that (i) the scheme be extended"
    if above.endswith(",") or (above[-1:].islower() and not _RUNS_ON_TO_DECISION.search(above)
                               and not _DECIDING_LEAD_IN.search(above) and not _DATED_ISSUE_TITLE.match(above)):
        return True  # a sentence running on into the list
    if above[:1] in "“\"'‘":
        return True  # a quoted motion or amendment put to the meeting, not what it decided
    if _DECIDING_LEAD_IN.search(above):
        return False  # "RESOLVED- That;" right above: decisions, whatever the heading further up ("Options considered")
    if _REFUSED_PART.search(heading):
        return True
    # "The aims of the project are to:", "Members may wish to consider the following questions:".
    return above.endswith((":", "-", "–", ";")) and bool(_REFUSED_LEAD_IN.search(above))


def _nested(lines: list[Line], index: int) -> bool:
    """Whether the list stands right below a labelled item of another kind: that item's sub-list, not a list of its own."""
    above = text_above(lines, index)
    label = parse_label(above, None)
    return label is not None and not label.kind.startswith("bullet") and label.kind != "decimal"


def _decision_opening(text: str) -> bool:
    """Whether an item opens with a decision form or states one in the subjunctive ("The Strategy be approved")."""
    return bool(DECISION_FORM.match(text)) or subjunctive_decision(text)


def decision_form_lists(lines: list[Line], records_decisions: bool = False) -> set[int]:
    """Lines opening a labelled list whose first item opens with a decision form (a lone item: a whole decision sentence).

    "1. To approve ...", "(a) That ...", "i) Agree the ...": such a list is a decision or recommendation
    list whatever heading (if any) stands above it, unless it stands in a report's background, purpose,
    options, risks, aims or consultation questions, is a table of contents, or is an agenda.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        label = parse_label(line.text, None)
        if label is None:
            continue
        above = text_above(lines, index)
        if not _first_label(label, above):
            continue
        body = line.text[label.width:].strip()
        if not (_decision_opening(body) or _DECIDING_LEAD_IN.search(above)):
            continue
        items = list_item_texts(lines, index, label)
        if len(items) == 1:
            # "1. To approve the Plan as set out in Appendix 1.": a list of one decision, read when the item itself
            # is decision-shaped, a whole sentence, not a heading.
            if not ((subjunctive_decision(body) or (DECISION_FORM.match(body) and not _THAT_OPENING.match(body)))
                    and len(body.split()) >= ONE_ITEM_WORDS and body.endswith((".", ";"))
                    and not _LOST_MOTION.search(above)):
                continue
        elif not (recommendation_shaped(items[1]) or _decision_opening(items[1]) or _DECIDING_LEAD_IN.search(above)):
            continue
        if any(_AGENDA_ITEM.search(text) for text in items) or sum(
                bool(_CONTENTS_LINE.search(text)) for text in items) > len(items) // 2:
            continue
        if _refused_by_position(lines, index, records_decisions) or _nested(lines, index):
            continue
        starts.add(index)
    return starts


# "... it was RESOLVED.", "The Cabinet agreed:": the list records decisions ("That the Committee RESOLVES:" proposes them).
_RECORDS_ABOVE = re.compile(
    r"\b(?:RESOLVED|(?i:resolved|decided|decisions?\s+(?:made|taken)|"
    r"agreed(?:\s+(?:the\s+following(?:\s+\w+)?|as\s+follows))?\s*:|(?:unanimously|carried)\s*\.?\s*$))")


def decision_list_sections(lines: list[Line], records_decisions: bool) -> list[Section]:
    """The decision-form lists of the text, each read as a section; decided when the text or its lead-in records."""
    sections: list[Section] = []
    for start in sorted(decision_form_lists(lines, records_decisions)):
        above = text_above(lines, start)
        decided = records_decisions or bool(_RECORDS_ABOVE.search(above))
        anchor = Anchor(start - 1, "", lines[start - 1].end if start else 0, None, decided,
                        "recommendations.decision_list", governs=True)
        sections.append(read_section(lines, anchor)[0])
    return sections
