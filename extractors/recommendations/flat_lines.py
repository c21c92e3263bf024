"""Recommendation lists inside one flattened line: a whole report, a decision page's field, requests in prose."""

from __future__ import annotations

import re

from extractors.recommendations.anchors import Anchor
from extractors.recommendations.items import TERMINAL, Item, decides_itself, first_sentence
from extractors.recommendations.lead_ins import PORTFOLIO
from extractors.recommendations.lines import LABEL_TOKEN, ROMAN, Label, Line
from extractors.recommendations.minutes import MINUTES_HINT, head_text
from extractors.recommendations.paragraphs import whole_paragraph
from extractors.recommendations.sections import UNWRAPPED_LINE_CHARS, Section
from extractors.recommendations.shapes import (
    PAST_DECISION_VERB,
    body_then_verb,
    decided_in_subjunctive,
    recommendation_shaped,
    resolution_opening,
)
from extractors.recommendations.verbs import base_verb, present_verb
from extractors.recommendations.vocab import BODY, BODY_NAME_WORD, PRESENT_DECIDING

FLATTENED_LINE_CHARS = 400
"""A line this long holds a whole report flattened onto one line (PDF-to-web copies)."""
FLAT_ITEM_CHARS = 600
"""The longest item read from a flattened line: a next label further on is another list's."""

# "2.1 The Health and Wellbeing Board is asked to: 2.1.1 note ...", "OCCG Board is asked: (a) Approve ...": a lead-in
# inside a flattened line.
# "The Corporate Director for Children, Young People & Education is recommended to: 1.1. Approve ...": an officer
# and a portfolio too.
_FLAT_LEAD_IN = re.compile(
    rf"\b(?:[\w&’'\-]+\s+){{0,8}}?(?:{BODY}|director)(?:\s+(?:of|for)\s+{PORTFOLIO})?\s+(?:is|are)\s+"
    r"(?:being\s+|therefore\s+)?"
    r"(?:asked|recommended|requested|invited)"
    # "The Cabinet is asked to agree the following recommendations: i) That it endorses ...".
    r"(?:\s+to\s+(?:agree|approve|note|consider)\s+the\s+following(?:\s+recommendations?)?\s*:|\s+to\s*:?|\s*:)\s+",
    re.I,
)
# "2 Recommendation It is recommended that: (1) the land is transferred ... (2) ...": the items are clauses.
# "Cabinet RESOLVED to agree to: i) Renew ... ii) Appoint ...": a recorded decision's items run onto its line.
# "10.2 RESOLVED UNANIMOUSLY: That Adult Health and Social Care Policy Committee:- a) Endorse ...": the deciding body
# named before the items, its name perhaps a list ("Communities, Parks and Leisure Policy Committee").
_FLAT_RESOLVED_TO = re.compile(
    r"\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|DECIDED|[Dd]ecided)\s+(?:to\s+(?:agree|approve)\s+)?to\s*:\s+"
    rf"|\bRESOLVED(?:\s+UNANIMOUSLY)?\s*:\s*That\s+(?:the\s+)?(?:[A-Z][\w&’'\-]*,?\s+|(?:and|of|for)\s+){{0,8}}?"
    rf"(?i:{BODY})"
    r"\s*:\s*[-–]?\s+"
)
# A report's next numbered paragraph opening inside a flattened line: " 10.3 Reasons for Decision".
_NEXT_NUMBERED = re.compile(r"\s\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+[A-Z]")
# "...; and additionally": the joining words before the next label, no part of the item.
_JOINING_TAIL = re.compile(r"(?:[;,]\s*|\s+)(?:and|or)(?:\s+(?:additionally|also|further|finally))?\s*$", re.I)
_FLAT_RECOMMENDED_THAT = re.compile(r"\bit\s+is\s+(?:therefore\s+|also\s+)?recommended\s+that\s*:\s+", re.I)
# "RECOMMENDATION: To consider the recommendations ... as below: – Cabinet approve X – Cabinet approve Y": a report's
# recommendation field, with or without a lead-in sentence of its own, over bullets run onto its line.
_FLAT_RECOMMENDATION_FIELD = re.compile(
    r"\b(?:RECOMMENDATIONS?|Recommendations?)\s*:\s*(?:[^:•–\n]{0,300}?:\s*)?(?=[•–]\s)"
)
# A rule of underscores parting a flattened report's fields ("... Services ____ EXECUTIVE SUMMARY:").
_RULE = re.compile(r"\s*_{3,}")
# What a recommended clause asks: "be approved", "is transferred", "be given delegated authority".
_CLAUSE_ASKS = re.compile(r"\b(?:be|is|are)\s+(?:\w+ly\s+)?(?:\w+ed|given|taken|made|sought|set|held|kept)\b", re.I)
# The deciding body's verb in the present inside a recommended "That ..." clause.
_THAT_IT_DECIDES = re.compile(rf"\b(?:it|{BODY})\s+{PRESENT_DECIDING}\b", re.I)
CLAUSE_VERB_CHARS = 200
"""How far into a recommended clause its verb must come ("the toilets listed in Section 6 is transferred")."""
# "1.    the repatriation ...": a bare "1." only before a web page's wide gap, as a sentence's "in 2025. 1" is not.
_FLAT_LABEL = re.compile(
    rf"(?P<label>\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}|\({LABEL_TOKEN}\)|[a-z]\)|\d{{1,2}}\.(?=[ \xa0]{{2,}}))\.?\s+"
)
# "I Jo Smith, City Mayor, in exercise of the powers ... do hereby approve:   1. the repatriation ...": a decision
# record whose verb governs its items, noun phrases or clauses alike.
_FLAT_HEREBY = re.compile(r"\b(?:do\s+)?hereby\s+(?:approve|agree|resolve|decide)(?:\s+the\s+following)?\s*:\s*")
# A label standing right before another ("ii) iii) ii) That it approves"): a column of labels the PDF's text layer
# gathered apart from their items, not an item.
_LABEL_RUN = rf"(?!\(?{LABEL_TOKEN}\)\s)"
_LABELS_AFTER = re.compile(rf"(?:\s+\(?{LABEL_TOKEN}\))+$")


def _next_label_text(label: str) -> str | None:
    """The label that follows `label` in its list ("2.1.1" -> "2.1.2", "(a)" -> "(b)", "(ii)" -> "(iii)",
    "1." -> "2.", "i." -> "ii.")."""
    m = re.fullmatch(r"((?:\d{1,2}\.)*)(\d{1,2})", label)
    if m:
        return f"{m.group(1)}{int(m.group(2)) + 1}"
    m = re.fullmatch(r"(\(?)(\d{1,2})([).])", label)
    if m:
        return f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}"
    m = re.fullmatch(r"(\(?)([a-z]+)([).])", label)
    if not m:
        return None
    token = m.group(2)
    if ROMAN.match(token) and token not in "cl":
        numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        nxt = numerals[numerals.index(token) + 1] if token in numerals[:-1] else None
        return f"{m.group(1)}{nxt}{m.group(3)}" if nxt else None
    return f"{m.group(1)}{chr(ord(token[-1]) + 1)}{m.group(3)}" if len(token) == 1 else None


def flattened_sections(lines: list[Line]) -> list[Section]:
    """Labelled lists under a lead-in inside a line that holds a whole flattened report.

    Each item runs to the next label in sequence; the last to the end of its sentence. Only a list of
    two or more items that each open with a verb counts.
    """
    sections: list[Section] = []
    for index, line in enumerate(lines):
        raw = line.raw
        # A recorded resolution's labelled items on its own line are inline wherever the line is this long.
        leads = [(lead, False, True) for lead in _FLAT_RESOLVED_TO.finditer(raw)]
        leads += [(lead, False, True) for lead in _FLAT_HEREBY.finditer(raw)]
        if len(raw) >= FLATTENED_LINE_CHARS:
            leads += [(lead, False, False) for lead in _FLAT_LEAD_IN.finditer(raw)]
            leads += [(lead, True, False) for lead in _FLAT_RECOMMENDED_THAT.finditer(raw)]
            leads += [(lead, False, False) for lead in _FLAT_RECOMMENDATION_FIELD.finditer(raw)]
        for lead, clauses, resolved in leads:
            first = _FLAT_LABEL.match(raw, lead.end())
            if not first:
                bullets = _flat_bullets(line, lead.end())
                if len(bullets) >= 2:
                    sections.append(Section(Anchor(index, "", line.end, None, resolved, "recommendations.lead_in"),
                                            bullets))
                elif lead.re is _FLAT_HEREBY and not bullets:
                    sections.extend(_hereby_sentence(line, index, lead.end()))
                elif resolved and not bullets:
                    items = _capitalised_verb_items(line, lead.end())
                    if len(items) >= 2:
                        sections.append(Section(Anchor(index, "", line.end, None, True, "recommendations.resolved"),
                                                items))
                continue
            spans: list[tuple[str, int, int]] = []  # label, text start, label start
            label, pos = first.group("label"), first.end()
            spans.append((label, pos, first.start()))
            while True:
                nxt = _next_label_text(label)
                found = re.compile(rf"\s{re.escape(nxt)}\.?\s+{_LABEL_RUN}").search(raw, pos) if nxt else None
                if not found or found.start() - pos > FLAT_ITEM_CHARS:
                    break  # a label far on belongs to another list
                spans.append((nxt, found.end(), found.start()))
                label, pos = nxt, found.end()
            items: list[Item] = []
            for k, (label_text, start, _) in enumerate(spans):
                end = spans[k + 1][2] if k + 1 < len(spans) else len(raw)
                body = _JOINING_TAIL.sub("", _LABELS_AFTER.sub("", raw[start:end].strip()))
                if k + 1 == len(spans):
                    # the last item ends at its sentence's end or where the report's next numbered paragraph opens
                    # ("... collaboration 10.3 Reasons for Decision")
                    numbered = _NEXT_NUMBERED.search(body)
                    body = first_sentence(body[:numbered.start()] if numbered else body)
                if not (lead.re is _FLAT_HEREBY or _asks(body, clauses)):
                    if k + 1 == len(spans) and k >= 2 and not body.rstrip().endswith(TERMINAL):
                        break  # the last item cut off mid-sentence ("iv) the Corporate"): the rest stand
                    items = []
                    break
                item = Item(Label(label_text, "flat", (k + 1,), 0), 0, None, line.start + start,
                            line.start + start + len(body), [body], governed=True)
                items.append(item)
            if len(items) >= 2:
                anchor = Anchor(index, "", line.end, None, resolved,
                                "recommendations.resolved" if resolved else "recommendations.lead_in")
                sections.append(Section(anchor, items))
    return sections


# "... Committee:-   Agree to jointly commission X from April 2027 Adopt a model of joint governance Agree to pooled
# funding ...": a resolution's unlabelled items run together, each opening with a deciding verb in capitals.
_NEXT_CAPITALISED_VERB = re.compile(
    r"(?<=[\w)])\s+(?=(?:Agree|Approve|Adopt|Note|Endorse|Delegate|Authori[sz]e|Accept|Confirm|Award|Extend|"
    r"Instruct|Request|Support|Ratify|Commission|Procure)\s+[a-z])")


def _capitalised_verb_items(line: Line, start: int) -> list[Item]:
    """A recorded resolution's items on its line, unlabelled, parted where a deciding verb opens in capitals inside
    the run; the run ends where the minute's next numbered paragraph opens ("11.3 Reasons for Decision")."""
    end_match = _NEXT_NUMBERED.search(line.raw, start)
    end = end_match.start() if end_match else len(line.raw)
    if end - start > 2 * FLAT_ITEM_CHARS:
        return []
    run = line.raw[start:end]
    cuts = [0] + [m.end() for m in _NEXT_CAPITALISED_VERB.finditer(run)]
    items: list[Item] = []
    for k, at in enumerate(cuts):
        stop = cuts[k + 1] if k + 1 < len(cuts) else len(run)
        body = run[at:stop].strip().rstrip(".;,")
        if not body or present_verb(body.split()[0]) is None:
            return []
        offset = line.start + start + at + (len(run[at:stop]) - len(run[at:stop].lstrip()))
        items.append(Item(None, 0, None, offset, offset + len(body), [body], governed=True))
    return items


def _hereby_sentence(line: Line, index: int, start: int) -> list[Section]:
    """The one decision a flattened record approves in a sentence of its own ("... do hereby approve:The award of a
    two year contract ... review. The Reasons are: ..."); none if the sentence runs out of reach."""
    body = first_sentence(line.raw[start:start + FLAT_ITEM_CHARS + 1]).strip()
    if not body[:1].isupper() or not body.endswith(".") or len(body) > FLAT_ITEM_CHARS:
        return []
    body = body.rstrip(".")
    item = Item(None, 0, None, line.start + start, line.start + start + len(body), [body], governed=True)
    return [Section(Anchor(index, "", line.end, None, True, "recommendations.resolved"), [item])]


def _line_bullets(raw: str, start: int, bullet_char: str = "•") -> list[tuple[int, str]]:
    """Each bullet's text on a line from `start` on, stripped, with its offset in the line. An en dash is a bullet
    only before a capital ("– Cabinet approve ..."), as a dash inside a sentence seldom is."""
    found = []
    pattern = r"•([^•]*)" if bullet_char == "•" else r"(?:^|(?<=\s))–\s+((?:[^–]|–(?!\s+[A-Z]))*)"
    for bullet in re.finditer(pattern, raw[start:]):
        text = bullet.group(1)
        found.append((start + bullet.start(1) + len(text) - len(text.lstrip()), text.strip()))
    return found


def _flat_bullets(line: Line, start: int) -> list[Item]:
    """The bulleted requests right after a lead-in on a flattened line ("... is asked to: • Approve X. • Approve Y.
    TB2013.86 ..."), each to the next bullet, the last to the end of its sentence or the rule below it; none unless
    every one asks. A flattened PDF may write its bullets as en dashes ("as below: – Cabinet approve X – ...")."""
    bullet_char = line.raw[start:start + 1]
    if bullet_char not in ("•", "–"):
        return []
    bullets = _line_bullets(line.raw, start, bullet_char)
    items: list[Item] = []
    for k, (at, body) in enumerate(bullets):
        if k + 1 == len(bullets):
            body = first_sentence(_RULE.split(body)[0])
        body = body.rstrip(". ")
        if not body or len(body) > FLAT_ITEM_CHARS or not _asks(body, False):
            return []
        items.append(Item(None, 0, None, line.start + at, line.start + at + len(body), [body], governed=True))
    return items


def _asks(body: str, clauses: bool) -> bool:
    """Whether a flattened item asks for a decision: opens with a verb or the deciding body and its verb, or (after
    "recommended that:") is a clause whose own verb is passive or subjunctive ("the lease be renewed", "the site is
    transferred")."""
    if present_verb(body.split()[0] if body else "") is not None:
        return True
    if body_then_verb(body):
        return True  # "Cabinet approve the agreement", "The Board notes the plan"
    if body.startswith("That ") and (_THAT_IT_DECIDES.search(body[:CLAUSE_VERB_CHARS + 100])
                                     or _CLAUSE_ASKS.search(body[:CLAUSE_VERB_CHARS + 100])):
        # "That it endorses the approach", "That in view of the deadline, the Director is given delegated authority"
        return True
    return clauses and bool(_CLAUSE_ASKS.search(first_sentence(body)[:CLAUSE_VERB_CHARS]))


# "Content: 1. That ... 2. That ...": a decision page's field holding the whole numbered decision on one line.
# "Purpose: The Cabinet Member for Public Health is asked to agree to ...": a request in a flattened paragraph
# whose subject is the body's name (capitalised words), so "To enable this the Committee is asked" is not one;
# at the line's start, after a field name or a finished sentence, or after the wide gap parting flattened paragraphs.
_ASKED_IN_PARAGRAPH = re.compile(
    rf"(?:^|(?<=[.:])\s+|\s{{2,}})(?P<sentence>(?-i:(?:The\s+)?(?:[A-Z][\w&’'\-]*\s+|(?:and|of|for|&)\s+){{0,6}}){BODY}(?:\s+for\s+{PORTFOLIO})?\s+(?:is|are)\s+"
    r"(?:being\s+|therefore\s+|also\s+)?(?:asked|recommended|requested|invited)\s+to\s+(?P<verb>[a-z]+)\b)",
    re.I,
)
ASKED_SENTENCE_CHARS = 600
"""The longest request sentence read from a flattened paragraph; longer ones are not one sentence."""


def asked_in_paragraph_sections(lines: list[Line]) -> list[Section]:
    """Requests put to a body in running text on a flattened line ("... is asked to agree to X.").

    Decision pages copied as text run a whole field onto one line; each finished sentence asking
    the body to decide is an item, kept whole as a reader would quote it.
    """
    sections: list[Section] = []
    # A web page keeps each paragraph on one line, so a short paragraph is whole too ("Members are recommended
    # to note the update."); in a wrapped PDF a short line is only part of one.
    unwrapped = any(len(line.raw) >= UNWRAPPED_LINE_CHARS for line in lines)
    for index, line in enumerate(lines):
        if len(line.raw) < FLATTENED_LINE_CHARS and not (unwrapped and whole_paragraph(lines, index)):
            continue
        items: list[Item] = []
        for m in _ASKED_IN_PARAGRAPH.finditer(line.raw):
            if base_verb(m.group("verb")) is None:
                continue
            start = m.start("sentence")
            sentence = first_sentence(line.raw[start:start + ASKED_SENTENCE_CHARS + 1]).strip()
            if not sentence.endswith(".") or len(sentence) > ASKED_SENTENCE_CHARS:
                continue  # cut off, or no sentence end in reach: better missed than guessed
            items.append(Item(None, 0, None, line.start + start, line.start + start + len(sentence),
                              [sentence], governed=True, keeps_lead_in=True))
        if items:
            sections.append(Section(Anchor(index, "", line.end, None, False, "recommendations.lead_in"), items))
    return sections


# "Content: Cabinet: (1) approved ...; and (2) delegated ...": the deciding body may head the list, after the word
# that records it ("Content: RESOLVED: Cabinet; a) Approved ...", "Content: RESOLVED That the Joint Committee: i. ...").
# On a line holding a whole flattened cover sheet the field stands anywhere ("... Report Summary: ... Recommendations:
# (1) That approval is given to: (i) decommission ...").
_FIELD_LIST = re.compile(
    r"(?:^|(?<=\s))(?:content|decisions?|resolved|resolutions?|decision\s+made|(?P<asked>recommendations?))\s*:\s*"
    r"(?P<resolved>RESOLVED\b\s*:?\s*)?"
    # "The Cabinet Member for (Social Care) agrees: 1. To award ...": the decision-maker's portfolio and verb.
    rf"(?:(?:that\s+)?(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}(?:\s+for\s+[\w&’'(),\- ]{{1,80}}?)?"
    r"(?:\s+(?P<decides>agrees|resolves|decides|approves))?\s*[:;]\s*)?"
    rf"(?=(?P<label>\d{{1,2}}\.|\({LABEL_TOKEN}\)|(?:[a-z]|[ivx]{{1,4}})[.)])\s)",
    re.I,
)
# A decision page's "Content:" that first restates its "Purpose:" field, then gives the decision's labelled items:
# "Purpose: To seek approval to ... . Content: To seek approval to ... . 1) the terms ... be approved; and 2) ...".
_CONTENT_FIELD = re.compile(r"^\s*content\s*:\s*", re.I)
_PURPOSE_FIELD = re.compile(r"^\s*purpose\s*:\s*(?P<purpose>\S.{40,})$", re.I)
_FIRST_LABEL = re.compile(r"\s*(?P<label>[1a][.)]|\([1a]\))\s")
PURPOSE_FIELD_LINES = 4
"""How far above "Content:" its page's "Purpose:" field stands."""
_DECISION_FIELD = re.compile(r"(?:decisions?|resolved|decision\s+made)\s*:", re.I)
# "The Sub-Committee asks that the Audit Committee ...": a scrutiny body's request, recorded as its decision.
_BODY_ASKS = re.compile(
    rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s+(?:asks|requests|recommends|agrees|resolves)\s+(?:that|to)\b", re.I
)
WIDE_GAP = 3
"""Spaces a web page leaves after a list label ("b)        Delegated"): a label even with no sentence end before."""


def _next_field_label(raw: str, label: str, pos: int) -> re.Match[str] | None:
    """Where the list's next label after `label` stands from `pos` on: after a clause's end ("...; and (2) delegated",
    "... agreed. 2. The Board"), or followed by a web page's wide gap ("... 10 years b)      Delegated")."""
    nxt = _next_label_text(label)
    if nxt is None:
        return None
    capital = r"(?=[A-Z])" if re.fullmatch(r"\d{1,2}\.", label) else ""  # "£5. 2 million" is no label
    return re.compile(rf"(?<=[.;])(?:\s+(?:and|or))?\s+{re.escape(nxt)}\s+{capital}"
                      rf"|\s{re.escape(nxt)}\s{{{WIDE_GAP},}}(?=\S)").search(raw, pos)


def _label_spans(text: str, first: str, at: int) -> list[tuple[str, str, int]]:
    """The run of labels opening with `first` at offset `at`, each next label in sequence found from the last on:
    each label with its item's text (to the next label) and that text's offset."""
    starts = [(first, at, at + len(first))]  # label, its offset, its text's offset
    label = first
    while (found := _next_field_label(text, label, starts[-1][2])) is not None:
        label = _next_label_text(label) or ""
        starts.append((label, found.start(), found.end()))
    ends = [start for _, start, _ in starts[1:]] + [len(text)]
    spans = []
    for (label, _, start), end in zip(starts, ends):
        item = text[start:end]
        spans.append((label, item.strip(), start + len(item) - len(item.lstrip())))
    return spans


def field_list_sections(lines: list[Line]) -> list[Section]:
    """Labelled decisions run together in one field line ("Content: 1. That ... 2. The Board asks that ...").

    Each item runs to the next label in sequence; every item must read as a resolution, a request or a
    decision recorded in the past tense, and there must be two or more.
    """
    sections: list[Section] = []
    decided = bool(MINUTES_HINT.search(head_text(lines)))
    for index, line in enumerate(lines):
        raw = line.raw
        field_m = _FIELD_LIST.search(raw) if len(raw) >= FLATTENED_LINE_CHARS else _FIELD_LIST.match(raw.lstrip())
        after_purpose = _after_restated_purpose(lines, index) if field_m is None else None
        if after_purpose is not None:
            first_label, offset = after_purpose
            resolved = decides = False
        elif field_m is not None:
            numbered = field_m.group("label")[:2] in ("(1", "1.")
            if field_m.group("asked") and (len(raw) < FLATTENED_LINE_CHARS or not numbered):
                # a "Recommendations:" heading over its own lines is read as a section; on a cover sheet's line, only a
                # numbered list is its items ("Recommendations: i) Campus Reprovision" titles what follows)
                continue
            first_label = field_m.group("label")
            resolved, decides = bool(field_m.group("resolved")), bool(field_m.group("decides"))
            offset = field_m.end() if len(raw) >= FLATTENED_LINE_CHARS else len(raw) - len(raw.lstrip()) + field_m.end()
        else:
            continue
        spans = _label_spans(raw, first_label, offset)
        items: list[Item] = []
        for k, (label_text, body, start) in enumerate(spans):
            if k + 1 == len(spans) and len(raw) >= FLATTENED_LINE_CHARS:
                body = first_sentence(body)  # the field runs on into the page's next heading and text
            if not (resolution_opening(body) or recommendation_shaped(body) or _BODY_ASKS.match(body)
                    or (resolved and PAST_DECISION_VERB.match(body))
                    or (after_purpose is not None and decided_in_subjunctive(body))):
                items = []
                break
            label = Label(label_text.strip("()."), "field", (k + 1,), 0)
            items.extend(_with_sub_items(Item(label, 0, None, line.start + start, line.start + start + len(body),
                                              [body], governed=True)))
        if len(items) >= 2:
            # A "Decision:" or "Resolved:" field records what was decided; "Content:" may hold a proposal.
            records = decided or bool(_DECISION_FIELD.match(line.raw.lstrip())) or resolved or decides
            anchor = Anchor(index, "", line.end, None, records, "recommendations.field_list")
            sections.append(Section(anchor, items))
    return sections


def _after_restated_purpose(lines: list[Line], index: int) -> tuple[str, int] | None:
    """Where a "Content:" field's labelled items open after it restates the page's "Purpose:" (the first label and
    its offset in the line), or None."""
    content = _CONTENT_FIELD.match(lines[index].raw)
    if content is None:
        return None
    for j in range(index - 1, max(-1, index - PURPOSE_FIELD_LINES), -1):
        purpose = _PURPOSE_FIELD.match(lines[j].raw)
        if purpose is None:
            continue
        restated = purpose.group("purpose").strip()
        if not lines[index].raw.startswith(restated, content.end()):
            return None
        label = _FIRST_LABEL.match(lines[index].raw, content.end() + len(restated))
        return (label.group("label"), label.start("label")) if label else None
    return None


# "That approval is given to: (i) decommission ...": an item's own sub-list, opening after its colon.
_SUB_LIST = re.compile(r":\s+(?P<label>\((?:i|a)\)|(?:i|a)\))\s+")


def _with_sub_items(item: Item) -> list[Item]:
    """A flattened field item, with the sub-items its own list holds ("(1) That approval is given to: (i) decommission
    ... (ii) undertake ..."): each sub-item that asks with its verb is an item under it; the item itself stays
    only when it decides something of its own, not when it only leads in ("That approval is given to:")."""
    body = item.text
    first = _SUB_LIST.search(body)
    if first is None:
        return [item]
    subs: list[Item] = []
    for k, (sub_label, text, start) in enumerate(_label_spans(body, first.group("label"), first.start("label"))):
        if not _asks(text, False):
            return [item]  # "to: (a) the Council's share" names parts of one request
        subs.append(Item(Label(sub_label.strip("()"), "field", (k + 1,), 0), 1, item, item.start + start,
                         item.start + start + len(text), [text], governed=True))
    lead = body[:first.start() + 1]
    item.parts, item.children = [lead], len(subs)
    return ([item] if decides_itself(lead) else []) + subs


# "Recommendations: That the Board: Approves the MoU; and Authorises the Chief Executive to sign it." run onto
# one line: the body named once, then each decision opening with its verb in the third person.
_THAT_BODY_INLINE = re.compile(
    rf"(?:^|(?<=[.:])\s+)(?-i:That)\s+{BODY_NAME_WORD}{{0,5}}{BODY}\s*:\s+"
    r"(?=(?-i:[A-Z][a-z]+s)\b)",
    re.I,
)
# Where the next decision opens: "; and Authorises ...", "; Notes ...".
_NEXT_BODY_VERB = re.compile(r";\s+(?:and\s+)?(?=(?-i:[A-Z][a-z]+s)\b)")
_RECOMMENDED_BEFORE = re.compile(r"\brecommendations?\s*:\s*$", re.I)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z]|\s*$)")
INLINE_LIST_CHARS = 800
"""The longest run of inline decisions read after "That the Board:"; longer is no one sentence."""


def inline_body_sections(lines: list[Line]) -> list[Section]:
    """Decisions written on one line after "That the Board:", each a third-person verb clause ("Approves ...")."""
    sections: list[Section] = []
    decided = bool(MINUTES_HINT.search(head_text(lines)))
    for index, line in enumerate(lines):
        raw = line.raw
        for m in _THAT_BODY_INLINE.finditer(raw):
            end = _SENTENCE_END.search(raw, m.end(), m.end() + INLINE_LIST_CHARS + 1)
            if end is None:
                continue  # cut off, or no sentence end in reach
            sentence = raw[m.end():end.end()]
            bounds = [0] + [b.end() for b in _NEXT_BODY_VERB.finditer(sentence)]
            cuts = [b.start() for b in _NEXT_BODY_VERB.finditer(sentence)] + [len(sentence)]
            items: list[Item] = []
            for begin, stop in zip(bounds, cuts):
                body = sentence[begin:stop].strip().rstrip(".;, ")
                verb = re.match(r"^([A-Z][a-z]+s)\b", body)
                if not verb or present_verb(verb.group(1)) is None:
                    items = []
                    break
                start = line.start + m.end() + begin
                items.append(Item(None, 0, None, start, start + len(body), [body], governed=True, verbatim=True))
            if items:
                recommended = bool(_RECOMMENDED_BEFORE.search(raw[max(0, m.start() - 40):m.start()]))
                anchor = Anchor(index, "", line.end, None, decided and not recommended, "recommendations.lead_in")
                sections.append(Section(anchor, items))
    return sections


# "It was MOVED, SECONDED and RESOLVED:   •   To approve entering into ... •   To note the value ...": a resolution's
# bullets run onto the line of a decision page's field.
_RESOLVED_BULLETS = re.compile(r"\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)\b[^•\n]{0,40}?:?[ \t\xa0]*(?=•)")
_BULLET_ITEM_VERB = re.compile(r"(?:To\s+)?(?P<verb>[A-Za-z]+)\b")


def resolved_bullet_sections(lines: list[Line]) -> list[Section]:
    """The items of a resolution whose bullets stand on its own line ("RESOLVED: • To approve ... • To note ..."),
    read only when every bullet opens with a deciding verb."""
    sections: list[Section] = []
    for index, line in enumerate(lines):
        raw = line.raw
        lead = _RESOLVED_BULLETS.search(raw)
        if lead is None:
            continue
        items: list[Item] = []
        for at, body in _line_bullets(raw, lead.end()):
            verb = _BULLET_ITEM_VERB.match(body)
            if not body or verb is None or base_verb(verb["verb"]) is None:
                items = []
                break
            items.append(Item(None, 0, None, line.start + at, line.start + at + len(body), [body], governed=True))
        if items:
            sections.append(Section(Anchor(index, "", line.end, None, True, "recommendations.resolved"), items))
    return sections


# "... CARE SERVICE DECISION: That the Leader of the Council ... agreed to extend the current contract ... REASONS FOR
# THE DECISIONS MADE Cabinet approved ...": a decision notice flattened onto one line, its decision a "That" clause
# between the field name and the next field's capitals heading.
_FLAT_DECISION_FIELD = re.compile(r"(?:^|(?<=\s))(?:DECISIONS?|Decisions?)\s*:\s+(?=That\s)")
_NEXT_CAPITALS_FIELD = re.compile(
    r"\s+(?:REASONS?\s+FOR\b|ALTERNATIVE\s+OPTIONS\b|(?:[A-Z]{2,}[ \t]+){2,}[A-Z]{2,}\b(?![a-z]))")


def flattened_decision_field_sections(lines: list[Line]) -> list[Section]:
    """The "That ..." decision of a flattened decision notice's "DECISION:" field, up to the next field's heading in
    capitals ("REASONS FOR THE DECISIONS MADE"), else its first sentence; none if no end is in reach."""
    sections: list[Section] = []
    for index, line in enumerate(lines):
        raw = line.raw
        if len(raw) < FLATTENED_LINE_CHARS:
            continue
        for m in _FLAT_DECISION_FIELD.finditer(raw):
            window = raw[m.end():m.end() + FLAT_ITEM_CHARS]
            if re.match(r"That\s[^.:;]{0,200}:", window):
                continue  # "DECISION: That Cabinet: 1. Authorised ...": a lead-in over labelled items, read as a list
            heading = _NEXT_CAPITALS_FIELD.search(window)
            body = (window[:heading.start()] if heading else first_sentence(window)).strip()
            if not body.endswith(".") or len(body) >= FLAT_ITEM_CHARS:
                continue  # cut off, or no end in reach: better missed than guessed
            body = body.rstrip(". ")
            item = Item(None, 0, None, line.start + m.end(), line.start + m.end() + len(body), [body], governed=True)
            sections.append(Section(Anchor(index, "", line.end, None, True, "recommendations.decision"), [item]))
    return sections
