"""Reading a recommendation or decision section from its anchor: labelled lists, unlabelled items and where it stops."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.recommendations.anchors import (
    Anchor,
    find_anchor,
    first_below,
    is_new_section,
    list_lead_in,
    motion_part_lead_in,
    strip_number,
)
from extractors.recommendations.items import (
    PARENT_ITEM_WORDS,
    TERMINAL,
    Item,
    first_sentence,
    new_unlabelled,
    start_item,
)
from extractors.recommendations.lead_ins import BODY_DECIDED_LIST, BODY_VERBS_COLON, PORTFOLIO, lead_in
from extractors.recommendations.lines import LABEL, LABEL_TOKEN, Label, Line, follows, parse_label
from extractors.recommendations.list_nesting import (
    TABLE_BELOW,
    detail_under_item,
    folds_bullet,
    group_heading,
    list_after_table,
    list_goes_on,
    list_resumes,
    lost_bullets_under_item,
    place_label,
)
from extractors.recommendations.section_ends import DATED_TITLE, FOOTER, STOP, colon_heading, signature, stop_heading
from extractors.recommendations.shapes import (
    NOUN_DECISION,
    OFFICER_DECIDED,
    OFFICER_DECIDES,
    PAST_DECISION_VERB,
    RECORDED_DECISION,
    THAT_BE_DECIDED,
    decided_in_subjunctive,
    recommendation_shaped,
    subjunctive_decision,
)
from extractors.recommendations.verbs import base_verb, present_verb, starts_with_verb
from extractors.recommendations.vocab import BODY, BODY_NAME_WORD, OFFICER_POST

_LIST_RULES = frozenset({"recommendations.heading", "recommendations.decision"})
"""Anchors under which unlabelled items may follow one another; others hold one sentence."""

_DECISION_NUMBER = re.compile(r"^\d{1,4}/\d{2,4}$")
# "For the reasons set out in the report:-" between "RESOLVED" and its items: the grounds, not an item.
_REASONS_PREAMBLE = re.compile(
    r"^(?:that\s+)?(?:for|having\s+regard\s+to)\s+the\s+reasons?\s+(?:(?:as\s+)?(?:set\s+out|given|stated|outlined|"
    r"detailed|contained)\s+)?in\s+the\s+(?:(?:officer'?s?|covering)\s+)?(?:report|paper)(?:\s+\w+){0,4}?\s*[:,]?\s*[-–]?$",
    re.I,
)

# "Decision:" / "Summary of Decision" / "That the Cabinet Member approves ...": a decision notice's sub-heading.
_SUMMARY_HEADING = re.compile(r"^(?:summary\s+of\s+(?:the\s+)?decisions?|decisions?\s+summary)\s*:?$", re.I)
# "In respect of the offer of grant funding from the Trust:" between "Decision:" and its items: what they concern.
_SUBJECT_PREAMBLE = re.compile(
    r"^(?:in\s+respect\s+of|in\s+relation\s+to|with\s+(?:regard|respect)\s+to|regarding)\b[^.:;]{3,200}:\s*[-–]?$", re.I
)

# "Subject to Northby District Council agreeing to similar resolutions, the following be approved :" over the items:
# a condition and a lead-in, the items below are what is approved.
_FOLLOWING_PREAMBLE = re.compile(
    r"^(?:that\s+)?(?:subject\s+to|conditional\s+on|provided\s+that)\b[^.:;]{3,300},\s+the\s+following\s+(?:be|is|are)\s+"
    r"(?:approved|agreed|adopted|endorsed|noted)\s*:\s*[-–]?$",
    re.I,
)
# "(Set out all necessary decisions to be taken by the decision taker ...)" under "What decision has been taken?":
# a decision form's guidance note in brackets, written before anything is decided.
_FORM_GUIDANCE = re.compile(r"^\((?![a-zA-Z]{1,4}\)|\d{1,2}\))[^()]{10,300}\)\.?$")

_MAX_ITEM_CHARS = 1500

# A numbered heading in capitals, the number's space lost in copying: "4.APOLOGIES FOR ABSENCE – 2 JUNE".
_CAPITALS_HEADING = re.compile(r"^\d{1,3}\.\s*[A-Z][A-Z&'’,\-]+(?:\s+(?:[A-Z][A-Z&'’,\-]*|[–\-]|\d{1,4}))+\s*$")


@dataclass
class Section:
    """One recommendation or decision section as read from the text."""

    anchor: Anchor
    items: list[Item]


def read_section(lines: list[Line], anchor: Anchor) -> tuple[Section, int]:
    """Read items from an anchor until a stop; return the section and the next line to scan."""
    items: list[Item] = []
    stack: list[Item] = []  # the most recent item at each depth
    lead_verb = anchor.lead_verb
    governed = (anchor.lead_verb is not None or anchor.rule not in _LIST_RULES or anchor.rest_is_lead_in
                or anchor.governs)
    current: Item | None = None
    if anchor.rest:
        current = start_item(None, 0, None, anchor.rest, anchor.rest_start,
                             lines[anchor.index].end, lead_verb, anchor.rest_is_lead_in)
        items.append(current)
        # "Resolved: that (1) the Board be established; ..." over "(2) ...": the list's first item runs on after "that"
        # ("RESOLVED to (1) delegate authority ..." over "(2) approve ...": after "to").
        that = re.match(r"(?i:that|to)\s+(?=\(?\w{1,4}[.)]\s)", anchor.rest)
        rest = anchor.rest[that.end():] if that else anchor.rest
        if LABEL.match(rest):
            label = parse_label(rest, None)
            if label:
                current.label = label
                current.parts = [rest[label.width:].strip()] if rest[label.width:].strip() else []
        stack = [current]
        current.single = current.label is None and anchor.rule not in _LIST_RULES
        current.governed = governed  # also when the document ends on this line
    index = max(anchor.index, anchor.last) + 1
    unwrapped = paragraph_per_line(lines)
    blank_run = 0
    body_lead = False  # "That Cabinet:" was read: its items may open in lower case with the body's verb
    # "RESOLVED: That Cabinet:-" over "approves the procurement ...": the anchor line ends in the body's lead-in.
    that = re.search(r"\b(?i:that)\b.*$", lines[anchor.index].text)
    if not items and that is not None and _THAT_BODY_COLON.match(that.group()):
        body_lead = True
    # "Members are asked to:": the items below may open in lower case with their verb ("note the plan;").
    to_list = _ENDS_WITH_TO.search(lines[max(anchor.index, anchor.last)].text) is not None
    verbs_lead = False  # "Cabinet Approves:" was read: the paragraph below is what it approves
    recorded_lead = False  # "The Director of Adults and Health approved:" was read: each paragraph below is a decision
    grouped = False  # titles group the list's items ("2025-26 Revenue Budget" over "(c)")
    while index < len(lines):
        line = lines[index]
        text = line.text
        if not text:
            blank_run += 1
            if (blank_run >= 4 and items and not list_goes_on(lines, index, stack)
                    and not (current is not None and _AND_FOLLOWS.search(current.text))
                    and not (body_lead and _body_verb_below(lines, index))):  # "That Cabinet:" / "notes ..."
                break
            index += 1
            continue
        blank_run = 0
        if FOOTER.match(text) or (not items and _DECISION_NUMBER.match(text)):
            index += 1  # "125/2024" under "Decision:" is the decision's number, not its text
            continue
        if not items and (_REASONS_PREAMBLE.match(text) or _SUBJECT_PREAMBLE.match(text)
                          or _FOLLOWING_PREAMBLE.match(text) or _SUMMARY_HEADING.match(text)
                          or _FORM_GUIDANCE.match(text)):
            index += 1  # "RESOLVED" / "For the reasons set out in the report: -" over the numbered items
            continue
        motion_part = motion_part_lead_in(lines, index)
        if motion_part is None and _PARTS_JOINED.match(text) and index + 1 < len(lines):
            motion_part = motion_part_lead_in(lines, index + 1)  # "And;" between a motion's parts
        if motion_part is not None:
            # "RESOLVED that: This Council believes that: a) ... And; This Council agrees to call on ... to: a) ...":
            # each part's list is the resolution's items.
            lead_verb, stack, current, governed = None, [], None, True
            index = motion_part + 1
            continue
        if find_anchor(lines, index, in_section=True) is not None and is_new_section(lines, index, items):
            break
        if not items and _title_over_first_item(lines, index):
            index += 1  # "2025-26 Revenue Budget" between "asked to agree the following:" and "To replace ..."
            continue
        if current is not None and TABLE_BELOW.search(current.text.rstrip()):
            resume = list_after_table(lines, index, stack)
            if resume is None:
                break
            if resume > index:
                index = resume  # the table's cells under "... set out in the table below:" are no part of the item
                continue
        previous = stack[-1].label if stack else None
        label = parse_label(text, previous)
        if label is None and line.page_first:
            # pdfplumber glues a page number onto the first line of a page: "15(c) Delegate".
            m = re.match(r"^\d{1,3}(?=\(?[a-zA-Z]{1,4}[.)]\s)", text)
            glued = parse_label(text[m.end():], previous) if m else None
            if m and glued is not None and previous is not None and follows(glued, previous):
                text, label = text[m.end():], glued
        if label is not None and label.kind == "bullet:•" and not items and stop_heading(text[label.width:]):
            break
        if label is not None:
            lead = lead_in(text[label.width:])
            if lead is not None and not lead[1]:
                # A numbered lead-in: "4. Cabinet is recommended to:" opens the list below it.
                lead_verb, stack, current, governed = lead[0], [], None, True
                index += 1
                continue
            if current is not None and folds_bullet(current, label):
                current.folds = label.kind  # "... for the implementation of a new" / "• Gully Cleansing Contract"
                current.parts.append(text[label.width:].strip())
                current.end = line.end
                index += 1
                continue
            placed = place_label(stack, label, indented=line.raw[:1].isspace())
            if placed is None and _misnumbered_resolution(anchor, stack, label, text[label.width:]):
                placed = 0  # "Resolved: 1. Approve ... 4. To note ... 2. To transfer ...": typed out of order
            if placed is None:
                break
            depth = placed
            body = text[label.width:].strip()
            if stop_heading(body) and not (label.kind.startswith("bullet")):
                break
            parent = stack[depth - 1] if depth > 0 else None
            del stack[depth:]
            for run_label, run_body in _run_on_items(label, body):
                if parent is not None:
                    parent.children += 1
                current = start_item(run_label, depth, parent, run_body, line.start, line.end, lead_verb, False)
                items.append(current)
            stack.append(current)
        else:
            opened = list_lead_in(lines, index)
            if opened is None and _THAT_BODY_COLON.match(text) and _body_verb_below(lines, index):
                opened = None, index  # "That Cabinet:" over "appoints and authorises the Director ..."
            if opened is not None:
                # A new lead-in inside the section: "Chair and Committee Chairs are recommended to".
                lead_verb, stack, current, governed = opened[0], [], None, True
                to_list = _ENDS_WITH_TO.search(lines[opened[1]].text) is not None
                body_lead = bool(_THAT_BODY_COLON.match(text))
                verbs_lead = bool(BODY_VERBS_COLON.match(text)) and opened[0] is not None
                recorded_lead = anchor.is_decision and bool(BODY_DECIDED_LIST.match(text))
                index = opened[1] + 1
                continue
            after_bullets = _after_bullets_of_unlabelled(stack, anchor)
            if after_bullets and _starts_item_without_label(text, first=True) and not STOP.match(text):
                current = new_unlabelled(items, text, line, lead_verb)  # the log's next decision
                stack = [current]
                current.governed = current.governed or governed
                index += 1
                continue
            if (after_bullets and stack[0].text.rstrip().endswith(":") and text[:1].isupper()
                    and not (STOP.match(text) or _FIELD.match(text) or line.bold_heading)):
                current.parts.append(text)  # "The quorum shall be six members.": the decision's own words below its list
                current.end = line.end
                index += 1
                continue
            if group_heading(lines, index, stack, grouped):
                grouped = True
                index += 1  # "2025-26 Revenue Budget" over "(c) ...": a title grouping the list's items
                continue
            if ((STOP.match(text) or colon_heading(text)) and not _sentence_runs_on(current)) or signature(text) or (
                    DATED_TITLE.match(text)) or (items and _MINUTE_REFERENCE.match(text)):
                break
            if line.bold_heading and lead_in(strip_number(text)[0]) is None:
                break
            if re.match(r"^\d{1,4}\.?\s+[A-Z][\w ,&'’()\-]{2,80}$", text) and not text.endswith(TERMINAL):
                break  # a minute number and title: "60 Social Inclusion Network Event"
            if _CAPITALS_HEADING.match(text):
                break  # "4.APOLOGIES FOR ABSENCE – 2 JUNE 2021": the next minute's heading, its number run onto it
            if current is not None and current.single and first_sentence(current.text) != current.text:
                break
            bullets_end = lost_bullets_under_item(lines, index, current)
            if current is not None and bullets_end is not None:
                # "(a) the following principles be adopted:" / "To support ..." / "To invest in ...": its own points
                current.parts.extend(lines[j].text for j in range(index, bullets_end) if lines[j].text)
                current.end = lines[bullets_end - 1].end
                index = bullets_end
                continue
            if detail_under_item(lines, index, current):
                resume = list_resumes(lines, index, stack, open_item=True)
                if resume is not None:
                    index = resume  # "1. Agreed the award of two contracts:" then a paragraph on each
                    continue
            aside = current is not None and current.closed() and bool(_ASIDE.fullmatch(text))
            if current is not None and unwrapped and _new_paragraph(current, text, not lines[index - 1].text):
                # "(g) Delegates authority ... Board" / "Since this time the Board approved ...": prose below, which
                # may sit between the list's items ("• South Grove Community Centre" / "The total value ..." / "2. ...").
                resume = list_resumes(lines, index, stack, open_item=True)
                if resume is None:
                    break
                index = resume
                continue
            next_body_verb = body_lead and current is not None and current.closed() and _body_verb_opens(text)
            if current is not None and not aside and not next_body_verb and (
                    not current.closed() or text[:1].islower() or text[:1] in "(£0123456789"):
                # A capitalised "That" at a line start opens the next resolution, never a wrapped line.
                # "... the Northby Quality Mark Silver" / "Award Holder.": a sentence's last words, no new item.
                tail = len(text.split()) <= 2 and text.endswith(".")
                if (starts_with_verb(text) or re.match(r"That\s", text)
                        or (to_list and _lower_verb_item(text) and _LIST_ITEM_END.search(current.text))
                        or _next_passive_paragraph(lines, index, current)) \
                        and current.label is None and current.parts and not tail:
                    current = new_unlabelled(items, text, line, lead_verb)
                    stack = [current]
                else:
                    current.parts.append(text)
                    current.end = line.end
            elif (current is None or current.label is None) and (
                    _starts_item_without_label(text, not items) or _next_resolution(text, items)
                    or (body_lead and current is None and _body_verb_opens(text)) or next_body_verb
                    or (to_list and current is None and _lower_verb_item(text))
                    # "Cabinet agreed to ..., and;" over "Approved to seek a waiver ...": a record's next decision,
                    # its bullet lost in copying.
                    or (anchor.is_decision and current is not None and bool(_AND_FOLLOWS.search(current.text))
                        and text[:1].isupper() and bool(PAST_DECISION_VERB.match(text)))
                    or (verbs_lead and current is None and text[:1].isupper())
                    or (recorded_lead and text[:1].isupper() and (current is None or current.closed())
                        and not _NAMED_FIELD.match(text))
                    # "RESOLVED" / "that the revised terms be adopted ...": minutes write the resolution on in
                    # lower case below the word; only as the section's first item, a passive resolution.
                    or (not items and anchor.is_decision and bool(THAT_BE_DECIDED.match(text[:1].upper() + text[1:])))):
                for part in _officer_decisions(text):
                    current = new_unlabelled(items, part, line, lead_verb)
                stack = [current]
            else:
                resume = list_resumes(lines, index, stack)
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
    return Section(anchor, items), index


_PARTS_JOINED = re.compile(r"^and\s*[;:,]?$", re.I)


def _next_passive_paragraph(lines: list[Line], index: int, current: Item) -> bool:
    """Whether the line opens a decision of its own, its label lost: a paragraph after a blank line, below an item
    ending "...;" or "...; and", that decides in the subjunctive ("Council be recommended to approve ...;" / "subject
    to Council approving the Grant, the proposed contract variations be approved; and" / "authority be delegated ...")."""
    return (index > 0 and not lines[index - 1].text and bool(_LIST_ITEM_END.search(current.text.rstrip()))
            and decided_in_subjunctive(current.text) and decided_in_subjunctive(lines[index].text))


UNWRAPPED_LINE_CHARS = 250
"""A line this long shows a text that keeps each paragraph on one line (a web page), not a wrapped PDF."""


def paragraph_per_line(lines: list[Line]) -> bool:
    """Whether the text keeps each paragraph on one line, so a line break ends a paragraph."""
    return any(len(line.text) >= UNWRAPPED_LINE_CHARS for line in lines)


def _new_paragraph(current: Item, text: str, after_blank: bool) -> bool:
    """A whole capitalised sentence on the line after a labelled item left unfinished: prose, not its tail. On a page
    keeping a paragraph per line, one after a blank line that asks nothing is a paragraph of its own whatever word
    opens it ("• Receipt of the grant by Leeds City Council" / "" / "The Corporate Director has informed ..."); one
    that asks something ("(iii) Low Level Grants" / "" / "Decommission the services ...") is the item's body."""
    return (current.label is not None and not current.closed() and text[:1].isupper()
            and text.endswith(".") and len(re.findall(r"[A-Za-z]{2,}", text)) >= PARENT_ITEM_WORDS
            and len(re.findall(r"[A-Za-z]{2,}", current.text)) >= PARENT_ITEM_WORDS
            and ((after_blank and not recommendation_shaped(text)) or _SENTENCE_OPENER.match(text) is not None))


# A word that opens a sentence of prose rather than continuing a name wrapped onto the line.
_SENTENCE_OPENER = re.compile(
    r"^(?:since|this|these|that|it|there|following|further|however|as|in|on|at|after|before|during|when|"
    r"we|they|he|she|members|officers)\b", re.I
)


# "(Councillors A and B attended and spoke to this item)": a minutes aside after a finished item, not its text.
_ASIDE = re.compile(r"\([^()]{3,300}(?:\([^()]{0,20}\)[^()]{0,200})*\)")


# "Action: Done", "Date: 2 May": the decision log's next field.
_FIELD = re.compile(r"^[A-Z][A-Za-z]+(?:\s[a-z]+){0,3}\s*:(?:\s|$)")
# A page's field below the decision, its name in any case: "Wards Affected: (All Wards);".
_NAMED_FIELD = re.compile(r"^[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}\s*:(?:\s|$)")


def _after_bullets_of_unlabelled(stack: list[Item], anchor: Anchor) -> bool:
    """Whether a recorded decision list is reading the bullets under an unlabelled decision.

    Decision logs write "The Board APPROVED the following:" over unlabelled decisions, each with its
    own bulleted details ("... to include:" / "- the Vice Chair"); the next unlabelled line that opens
    with a verb is the next decision, any other sentence still belongs to the one above.
    """
    return (anchor.is_decision and len(stack) == 2 and stack[0].label is None
            and stack[1].label is not None and stack[1].label.kind.startswith("bullet"))


def _misnumbered_resolution(anchor: Anchor, stack: list[Item], label: Label, body: str) -> bool:
    """A top-level number out of sequence in a recorded decision, opening another decision with its verb."""
    top = stack[0].label if stack else None
    return (anchor.is_decision and top is not None and len(stack) == 1 and top.kind == label.kind == "digit"
            and starts_with_verb(body.strip()))


def _next_resolution(text: str, items: list[Item]) -> bool:
    """Whether a line opens another unlabelled resolution ("That ...") in a section whose first item is one, or is
    an officer's decision as recorded ("The Director ... gave approval for ..." / "That a variation is applied ...")."""
    return bool(items) and items[0].label is None and bool(re.match(r"That\s", text)) and bool(
        re.match(r"(?i:that)\s", items[0].text) or OFFICER_DECIDED.match(items[0].text))


# "That Cabinet:" / "That the Board:" over the body's decisions, each opening with its verb ("appoints ...").
# "That the Director of Public Health:" over "be authorised to ...": an officer in the same place.
_THAT_BODY_COLON = re.compile(rf"^(?i:that)\s+(?:{BODY_NAME_WORD}{{0,5}}(?i:{BODY})|(?:the\s+)?{OFFICER_POST}\b[^:;.]{{0,80}})"
                              r"\s*:\s*[-–]?$")


# "MIN7", "CAB124", "341/18": a web minutes page's reference for the next minute, alone on its line.
_MINUTE_REFERENCE = re.compile(r"^(?:[A-Z]{2,5}\s?\d{1,4}|\d{1,4}/\d{2})$")


def _body_verb_opens(text: str) -> bool:
    """Whether a line under "That Cabinet:" opens with the body's verb in the third person ("appoints and ..."), or
    under "That the Director of Public Health:" with the resolution's passive ("be authorised to conduct ...", "in
    consultation with the Cabinet Member, be granted authority to ...")."""
    first = re.match(r"^([a-z]+s)\b", text)
    return (bool(first) and present_verb(first.group(1)) is not None) or bool(_PASSIVE_BELOW_LEAD.match(text))


# "be authorised to ...", "in consultation with X, be granted authority ...": what the officer named above is to be.
_PASSIVE_BELOW_LEAD = re.compile(r"^(?:[a-z][^.;:]{0,150},\s+)?be\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|granted|given|made)\b")


def _body_verb_below(lines: list[Line], index: int) -> bool:
    """Whether the next non-blank line opens with the body's verb in the third person, after its label if it has
    one ("That Policy & Resources Committee:" over "2.2 Agrees that the service is brought in-house")."""
    below = first_below(lines, index)  # web pages part the items by runs of blank lines
    if below is None:
        return False
    text = lines[below].text
    label = parse_label(text, None)
    if label is not None and not label.kind.startswith("bullet"):
        text = text[label.width:].strip()
        text = text[:1].lower() + text[1:]
    return _body_verb_opens(text)


# "... as set out in the annex to": a line ending on a word that cannot end a sentence, so the next line continues it.
_RUNS_ON = re.compile(r"\b(?:to|of|the|a|an|and|or|for|in|with|by|on|at|from|into|under|within)$")


# A finished sentence, then a label opening a capitalised sentence: "... capacity. (b) That subject to (a) ...".
_RUN_ON_LABEL = re.compile(rf"(?<=[.;])\s+(?=\(?{LABEL_TOKEN}[.)]\s+[A-Z])")


def _run_on_items(label: Label, body: str) -> list[tuple[Label, str]]:
    """A labelled line's item, split where the list's next items run on after it on the same line (a web page
    keeping a paragraph's "(a) That ... . (b) That ... . (c) That ..." on one line): each label with its text."""
    found: list[tuple[Label, str]] = []
    held, start = label, 0
    for match in _RUN_ON_LABEL.finditer(body):
        nxt = parse_label(body[match.end():], held)
        if nxt is None or nxt.kind != held.kind or not follows(nxt, held):
            continue  # "... in section 4. 5) ..." is no next item of this list
        found.append((held, body[start:match.start()].strip()))
        held, start = nxt, match.end() + nxt.width
    found.append((held, body[start:].strip()))
    return found


def _sentence_runs_on(current: Item | None) -> bool:
    """Whether the item being read breaks off mid-sentence, so a heading word opening the next line continues it."""
    return current is not None and bool(_RUNS_ON.search(current.text))


# A short title in title case with no stop: "Revenue Budget 2025-26", "Housing Allocations Policy".
_TITLE = re.compile(r"^[A-Z0-9][\w’'&,\-]*(?:\s+(?:[A-Z0-9][\w’'&,\-]*|and|of|for|the|to|in|on|&|[-–]))"
                    r"{0,10}$")


def _title_over_first_item(lines: list[Line], index: int) -> bool:
    """Whether the line is a short title grouping the list, directly above an item opening with its verb."""
    if not _TITLE.match(lines[index].text) or STOP.match(lines[index].text) or LABEL.match(lines[index].text):
        return False
    below = index + 1
    return below < len(lines) and starts_with_verb(lines[below].text)


_ENDS_WITH_TO = re.compile(r"\bto\s*:\s*[-–—]?$", re.I)
# An unlabelled item of such a list ends as list items do, so a line opening with a verb after it is the next item.
# "..., and;": an item promising the next, however widely a web page spaces them.
_AND_FOLLOWS = re.compile(r"\band\s*[;,]?\s*$")
_LIST_ITEM_END = re.compile(r"(?:;|;\s*(?:and|or)|,\s*and)\s*$")


def _lower_verb_item(text: str) -> bool:
    """Whether a line opens in lower case with an item's verb ("note the publication of the plan;")."""
    first = re.match(r"^([a-z]+)\b", text)
    return first is not None and base_verb(first.group(1)) is not None


def _officer_decisions(text: str) -> list[str]:
    """A paragraph's sentences when each is an officer's decision of its own ("The Director approves the receipt of
    the grant. The Director approves the proposed use of the grant."), else the paragraph whole."""
    parts = [p for p in re.split(r"(?<=\.)\s+(?=[A-Z])", text) if p]
    return parts if len(parts) > 1 and all(OFFICER_DECIDES.match(p) for p in parts) else [text]


def _starts_item_without_label(text: str, first: bool) -> bool:
    """Whether an unlabelled line opens an item (a capitalised verb, "That ...", a lead-in)."""
    if starts_with_verb(text):
        return True
    # "Board to meet monthly ...": a decision log's item naming what the body is to do.
    if first and (re.match(r"^That\b", text) or lead_in(text) or RECORDED_DECISION.match(text)
                  or NOUN_DECISION.match(text) or
                  # "The Executive Member for Children, Young People & Learning to agree(s) to exercise ...".
                  re.match(rf"^(?:the\s+)?(?:\w+\s+)?{BODY}(?:\s+for\s+{PORTFOLIO})?\s+(?:\w+s|to\s+[a-z]+)\b", text,
                           re.I)):
        return True
    if first and subjunctive_decision(text):
        return True  # "RESOLVED –" over "The Play Strategy be approved.": the resolution in the subjunctive
    if first and (OFFICER_DECIDES.match(text) or OFFICER_DECIDED.match(text)):
        return True  # "Decision:" over "The Director of Children & Families approves ...": an officer's decision
    # "Members note the progress made ...": a plural body's decision in the subjunctive ("Members" ends in "s").
    m = re.match(rf"^(?:the\s+)?{BODY}\s+([a-z]+)\b", text, re.I) if first else None
    return bool(m) and m.group(1) not in ("were", "are", "have", "had", "did") and base_verb(m.group(1)) is not None
