"""Recommendations a paper asks its committee to decide, and decisions minutes or notices record."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import ValidationError

from extractors.doctext import Collector, DocText
from extractors.recommendations.agenda_requests import agenda_minutes_requests
from extractors.recommendations.anchors import Anchor, find_anchor
from extractors.recommendations.approval_sought import APPROVED_STATUS, approval_sought_sections
from extractors.recommendations.bare_resolutions import bare_resolution_sections
from extractors.recommendations.cabinet_reports import reported_decision_sections
from extractors.recommendations.decision_lists import decision_list_sections
from extractors.recommendations.figure_rows import is_figures_row, is_threshold_row
from extractors.recommendations.flat_lines import (
    asked_in_paragraph_sections,
    field_list_sections,
    flattened_decision_field_sections,
    flattened_sections,
    inline_body_sections,
    resolved_bullet_sections,
)
from extractors.recommendations.items import (
    Item,
    decides_itself,
    final_text,
    folded_text,
    item_verb,
    last_sentence,
    leads_into,
    with_parent,
)
from extractors.recommendations.lines import Line, lines_of
from extractors.recommendations.links import link_decisions, report_of
from extractors.recommendations.minutes_fields import minutes_field_sections
from extractors.recommendations.minutes import MINUTES_HINT, PROPOSED_DECISION, head_text
from extractors.recommendations.moderngov_pages import decision_page_paragraphs, issue_page_decisions
from extractors.recommendations.motion_papers import motion_paper_sections
from extractors.recommendations.motions import agreed_motions, in_spans, lost_motion_spans, proposal_spans, restates
from extractors.recommendations.narrative import (
    Decision,
    minutes_confirmations,
    narrative_decisions,
    noted_paragraphs,
    seconded_resolutions,
)
from extractors.recommendations.outcome_tables import outcome_table_decisions
from extractors.recommendations.outcomes import outcome_of, status_outcome
from extractors.recommendations.prose_requests import approval_sought_sentences, prose_request_sections
from extractors.recommendations.purpose_asks import purpose_ask_sections
from extractors.recommendations.sections import Section, read_section
from extractors.recommendations.shapes import (
    OFFICER_DECIDED,
    RECORDED_DECISION,
    decided_in_subjunctive,
    recommendation_shaped,
)
from extractors.recommendations.unheaded_lists import (
    deciding_verb_lists,
    decisions_below_fields,
    issue_page_lists,
    present_tense_runs,
    recorded_bullets_above_reasons,
    recorded_decision_lists,
    resolution_lists,
    resolutions_above_reasons,
    unheaded_decision_lists,
)
from extractors.recommendations.verbs import first_verb
from extractors.recommendations.vocab import BODY, BODY_NAME_WORD, words
from schemas import Evidence, Recommendation, Report

# "Members are asked to consider whether they have an interest ...": a declarations-of-interest item.
_DECLARATION_OF_INTEREST = re.compile(
    r"\bdeclare\b[^.;]{0,80}\binterests?\b|\bwhether\s+they\s+have\s+(?:an?|any)\s+(?:\w+\s+){0,2}interests?\b",
    re.I,
)

# "Members are asked to consider the balance of the assessed impact ...", "... to consider the Equalities Impacts
# on residents alongside ...": weighing the evidence before deciding, not an item to decide. A request that goes on
# to decide something ("consider the impacts and approve the policy") is kept.
_WEIGHS_EVIDENCE = re.compile(
    r"\basked\s+to\s+(?:consider|balance|weigh|take\s+into\s+account|have\s+(?:due\s+)?regard\s+to)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:balance\s+of\b|(?:[\w’'\-]+\s+){0,3}?(?:impacts?|evidence|factors|considerations|"
    r"consultation\s+responses?)\b)(?![^.;]*\band\s+(?:to\s+)?(?:approve|agree|adopt|endorse|note|delegate)\b)",
    re.I,
)


RESTATED_PART_WORDS = 6
"""Least words for an item wholly inside an earlier one to count as a truncated restatement of it."""


def _stems(text: str) -> frozenset[str]:
    """An item's words with a final "s" dropped, so a copy in the subjunctive ("That Cabinet accept ... and approve")
    compares equal to the same decision in the present ("That Cabinet accepts ... and approves")."""
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words(text))


def _near_duplicate(new: frozenset[str], old: frozenset[str]) -> bool:
    """Whether a new item's word set overlaps an earlier one's so much (Jaccard) that it restates it,
    or lies wholly inside it (a decision page's truncated copy of a recommendation)."""
    if not new or not old:
        return False
    if len(new & old) / len(new | old) >= 0.85:
        return True
    return len(new) >= RESTATED_PART_WORDS and new <= old


def _evidence(doc: DocText, start: int, end: int) -> Evidence | None:
    """Evidence for a span, or None (the record then becomes a Reject) when it cannot be cited."""
    try:
        return doc.evidence(start, end)
    except ValidationError:
        return None


RESTATED_WITHIN_WORDS = 6
"""How near an item's start "the recommendations set out above" must stand to be what the item decides."""


def _restates_list(text: str) -> bool:
    """Whether an item only decides a list written elsewhere ("approve the recommendations set out in section 2"),
    not one that refers to it in passing ("delegated authority to implement the payments set out in the
    recommendations above")."""
    m = _RESTATES_LIST.search(text)
    return m is not None and len(re.findall(r"\S+", text[:m.start()])) <= RESTATED_WITHIN_WORDS


# Not "That the recommendations at Minute CB 20/12 be approved": a council adopting what another meeting
# recommended (its minute) takes a decision of its own, even where the page lists that meeting's items too.
_RESTATES_LIST = re.compile(
    r"\bthe\s+recommendations\s+(?:as\s+)?(?:set\s+out|contained|detailed|listed|given|shown)?\s*"
    r"(?:in|at|above|below)(?!\s*(?:the\s+)?minutes?\s+(?:no\.?\s*)?[A-Z]{0,4}\s*\d)\s*"
    r"(?:(?:section|paragraph|para\.?)\s+\d)?",
    re.I,
)

# "To consider the recommendations to go to Cabinet on 8 March, as below:": the lead-in over the listed items.
_LEADS_INTO_LIST = re.compile(
    r"\brecommendations?\b[^.]{0,160}?\b(?:as\s+(?:below|follows)|below|the\s+following)\s*:\s*[-–]?$", re.I
)


_MINUTES = re.compile(r"\bminutes\b", re.I)


def _reads_as_item(text: str, governed: bool, decided: bool) -> bool:
    """Whether an item's text stands as a recommendation or decision: governed by its lead-in, shaped as a request,
    or (under a decision heading) a decision as recorded or in the subjunctive ("(1) the work to date be noted")."""
    return governed or recommendation_shaped(text) or (
        decided and bool(RECORDED_DECISION.match(text) or OFFICER_DECIDED.match(text) or decided_in_subjunctive(text)))


def _any_readable(sections: list[Section]) -> bool:
    """Whether any section holds an item the reading below would keep. A "Decisions:" heading over only the
    minute's narrative ("The Executive received a report ...") holds none, so the fallbacks that read minutes' prose
    still run."""
    return any(_reads_as_item(final_text(item), item.governed, section.anchor.is_decision)
               for section in sections for item in section.items)


def _decided_section(found: Iterable[Decision], rule: str = "recommendations.minuted") -> Section:
    """Decisions read as quoted sentences or paragraphs, as one section of verbatim items."""
    items = [Item(None, 0, None, d.start, d.end, [d.text], governed=True, verbatim=True) for d in found]
    return Section(Anchor(0, "", 0, None, True, rule, governs=True), items)


# "That the Board", "That Cabinet:": a lead-in naming the body, with nothing decided in it.
# "That, subject to any amendments made at the meeting, Members:": an opening clause may stand before the body.
_THAT_BODY = re.compile(
    r"^(?i:that),?\s+(?:(?i:subject\s+to|having|following|in\s+light\s+of|after)\b[^:;]{0,120},\s+)?"
    rf"{BODY_NAME_WORD}{{0,5}}(?i:{BODY})\s*:?\s*$"
)


def _uncovered(new: list[Section], sections: list[Section]) -> list[Section]:
    """The new sections none of whose items overlaps an item the other sections already read."""
    spans = [(item.start, item.end) for section in sections for item in section.items
             if not _THAT_BODY.match(final_text(item))]
    return [section for section in new
            if not any(start < item.end and item.start < end for item in section.items for start, end in spans)]


def _uncovered_items(new: list[Section], sections: list[Section]) -> list[Section]:
    """The new sections, each keeping only the items that overlap no item the other sections already read."""
    spans = [(item.start, item.end) for section in sections for item in section.items
             if not _THAT_BODY.match(final_text(item))]
    kept: list[Section] = []
    for section in new:
        items = [item for item in section.items if not any(start < item.end and item.start < end for start, end in spans)]
        if items:
            kept.append(Section(section.anchor, items))
            spans.extend((item.start, item.end) for item in items)
    return kept


def _confirmations_section(lines: list[Line], sections: list[Section]) -> Section:
    """The minutes' confirmations of the previous minutes that no section's item already covers."""
    spans = [(item.start, item.end) for section in sections for item in section.items]
    found = minutes_confirmations(lines)
    # The word "minutes" in the confirmation itself does not make a report minutes.
    others = [line for line in lines if not any(d.start < line.end and line.start < d.end for d in found)]
    if not MINUTES_HINT.search(head_text(others)):
        found = []
    return _decided_section(d for d in found if not any(start < d.end and d.start < end for start, end in spans))


def _apply_motion_outcomes(doc: DocText, lines: list[Line], sections: list[Section]) -> None:
    """Drop the items of motions minuted as lost, and of motions as proposed where a resolution restates them;
    add short motions minuted as agreed that no item holds."""
    lost = lost_motion_spans(lines)
    if lost:
        for section in sections:
            section.items = [item for item in section.items if not in_spans(item.start, lost)]
    _drop_restated_proposals(doc.text, lines, sections)
    spans = [(item.start, item.end) for section in sections for item in section.items]
    items = [Item(None, 0, None, m.start, m.end, [m.text], governed=True, verbatim=True)
             for m in agreed_motions(doc.text)
             if not in_spans(m.start, lost) and not any(start < m.end and m.start < end for start, end in spans)]
    if items:
        sections.append(Section(Anchor(0, "", 0, None, True, "recommendations.motion_agreed", governs=True), items))


# "Purpose of Report:", "Purpose:", "Purpose of the decision:": a decision page's field summarising what it decides.
_PURPOSE_FIELD = re.compile(r"^purpose(?:\s+of\s+(?:the\s+|this\s+)?(?:report|decision|paper))?\s*:", re.I)


def _in_purpose_field(lines: list[Line], index: int) -> bool:
    """Whether a line belongs to the paragraph a "Purpose of Report:" field opens."""
    for j in range(index, -1, -1):
        if not lines[j].text:
            return False
        if _PURPOSE_FIELD.match(lines[j].text):
            return True
    return False


def _without_purpose_summaries(lines: list[Line], sections: list[Section]) -> list[Section]:
    """Drop lead-ins read inside a "Purpose of Report:" field ("The Cabinet Member is asked to approve the Strategy
    ...") when the page lists its decisions elsewhere ("(a) That the Strategy be approved."): the field summarises
    them. With no list elsewhere, the field's request is the page's only word of what it asks, and stays."""
    summaries = {id(section) for section in sections
                 if section.anchor.rule == "recommendations.lead_in" and _in_purpose_field(lines, section.anchor.index)}
    if not summaries or not any(section.items for section in sections if id(section) not in summaries):
        return sections
    return [section for section in sections if id(section) not in summaries]


def _drop_restated_proposals(text: str, lines: list[Line], sections: list[Section]) -> None:
    """A motion's text as proposed (and its amendments) read as items, when the "RESOLVED that:" below restates
    it: the resolution's items are the decision, the proposal's are only what was moved."""
    for start, end, resolved_at in proposal_spans(lines):
        resolution = [item for section in sections if resolved_at <= section.anchor.index <= resolved_at + 1
                      for item in section.items]
        proposed = [item for section in sections for item in section.items if start <= item.start < end]
        if not resolution or not proposed:
            continue
        resolution_words = frozenset().union(*(words(final_text(item)) for item in resolution))
        proposal_words = words(text[start:end])
        if restates(resolution_words, proposal_words):
            for section in sections:
                section.items = [item for item in section.items if not start <= item.start < end]


def extract_recommendations(doc: DocText, collect: Collector, reports: list[Report]) -> list[Recommendation]:
    """Every recommendation item (and recorded decision) in the document, one record per item."""
    lines = lines_of(doc)
    sections: list[Section] = []
    unheaded = (unheaded_decision_lists(lines) | recorded_decision_lists(lines) | resolutions_above_reasons(lines)
                | recorded_bullets_above_reasons(lines) | decisions_below_fields(lines))
    resolutions = resolution_lists(lines) - unheaded
    issue_lists = issue_page_lists(lines) - unheaded - resolutions
    records_decisions = bool(MINUTES_HINT.search(head_text(lines)))
    index = 0
    while index < len(lines):
        anchor = find_anchor(lines, index, in_section=False)
        if anchor is None and index in unheaded:
            anchor = Anchor(index - 1, "", lines[index - 1].end, None, True, "recommendations.decision",
                            governs=True)
        elif anchor is None and index in resolutions:
            anchor = Anchor(index - 1, "", lines[index - 1].end, None, records_decisions,
                            "recommendations.resolution", governs=True)
        elif anchor is None and index in issue_lists:
            # An issue page's list is decided once the page marks its recommendations approved.
            anchor = Anchor(index - 1, "", lines[index - 1].end, None, bool(APPROVED_STATUS.search(doc.text)),
                            "recommendations.issue_page", governs=True)
        if anchor is None:
            index += 1
            continue
        section, next_index = read_section(lines, anchor)
        sections.append(section)
        index = max(next_index, index + 1)
    sections = _without_purpose_summaries(lines, sections)

    flattened = flattened_sections(lines)
    fields = field_list_sections(lines) + resolved_bullet_sections(lines) + flattened_decision_field_sections(lines)
    # "RESOLVED to agree to: i) Renew ... ii) Appoint ...", "Decision: That Cabinet: 1. Approved ... 2. Authorised
    # ...": a decision's items on one line, read above as one item; its items replace it.
    for inline in [section for section in flattened if section.anchor.is_decision] + fields:
        for section in sections:
            section.items = [item for item in section.items
                             if not any(item.start < own.end and own.start < item.end for own in inline.items)]
    sections.extend(flattened)
    sections.extend(fields)
    sections.extend(_uncovered(inline_body_sections(lines), sections))
    if not records_decisions:
        # A notice of motion: "This Council resolves to: a) ..." under its "Motion:" heading.
        sections.extend(_uncovered(motion_paper_sections(lines), sections))
    # A labelled list whose first item opens as a decision ("1. To approve ...", "(a) That ..."), read wherever it
    # stands; only its items no other section holds are added, so a stray item read elsewhere does not hide it.
    sections.extend(_uncovered_items(decision_list_sections(lines, records_decisions), sections))
    if records_decisions:
        # "ELECTION OF CHAIR Minutes: RESOLVED that ...": a ModernGov item flattened onto one line.
        sections.extend(_uncovered_items(minutes_field_sections(lines), sections))
    if not _any_readable(sections):
        # A ModernGov decision or issue page copied without its "Decision:" heading: the decision by where it stands.
        sections.extend(decision_page_paragraphs(lines))
        sections.extend(issue_page_decisions(lines))
    if not _any_readable(sections):
        # A summary's "Committee are asked to consider ..." restates the listed recommendations; only a
        # page with no list at all (a decision page copied as text) has its requests in running prose.
        sections.extend(asked_in_paragraph_sections(lines))
    if not _any_readable(sections):
        # A leader's report of the Cabinet's business to full council: the decisions told in prose, one paragraph each.
        sections.extend(reported_decision_sections(lines))
    if not _any_readable(sections) and not records_decisions:
        # "Cabinet to agree the revised charges ...": a front sheet's request in note form, with no list anywhere.
        sections.extend(prose_request_sections(lines))
    if not _any_readable(sections) and not records_decisions:
        # "The Board's approval of the changes is sought in principle, ...": a summary's one request.
        sections.extend(approval_sought_sentences(lines))
    if not _any_readable(sections):
        # "a) Note the ... position", "b) Note the plan": a minute's resolution list, its "RESOLVED" line lost in copying.
        # Unlabelled, in the body's present tense: "Notes the position ...; and" / "Agrees to delegate ...".
        for start in sorted(start for start in deciding_verb_lists(lines) | present_tense_runs(lines) if start > 0):
            anchor = Anchor(start - 1, "", lines[start - 1].end, None, records_decisions,
                            "recommendations.verb_list", governs=True)
            sections.append(read_section(lines, anchor)[0])
    if not _any_readable(sections) and APPROVED_STATUS.search(doc.text):
        # A decision entry "Recommendations Approved" giving only its report's purpose: "This report seeks approval of ...".
        sections.extend(approval_sought_sections(lines))
    if records_decisions:
        # "Proposed by A, seconded by B." over "That Cllr A be elected as Chair.": the resolution below its proposers,
        # read before the narrative fallbacks below, which would take the minute's prose for its decision.
        sections.extend(_uncovered_items([_decided_section(seconded_resolutions(lines), "recommendations.seconded")],
                                         sections))
    if not _any_readable(sections):
        # "That the recommendations in the report be approved." alone below a minute's narrative: its heading lost;
        # with no narrative, or outside minutes, a page's proposed resolution.
        bare = bare_resolution_sections(lines, minutes=records_decisions)
        if not records_decisions:
            for section in bare:  # a report's "That the recommendations in the report be approved." decides nothing
                section.items = [item for item in section.items if not _restates_list(final_text(item))]
        sections.extend(bare)
    if records_decisions and not _any_readable(sections):
        # Parish and town council minutes write their decisions into each item's paragraph.
        sections.append(_decided_section(narrative_decisions(lines)))
    if records_decisions and not _any_readable(sections):
        # "The report sought Cabinet's approval to fund a new play area ...": the minute's only decision wording.
        sections.extend(approval_sought_sections(lines, minuted=True))
    if not _any_readable(sections):
        # "To seek approval for the draft Plan; and authorisation to enter into ...": an agenda item or a minute cut
        # off before its recommendations, its stated purpose the only word of what it asks.
        sections.extend(purpose_ask_sections(lines))
    if records_decisions:
        # "The minutes of the last meeting were confirmed as a correct record": a decision written as narrative,
        # kept unless a section's item already holds it.
        sections.append(_confirmations_section(lines, sections))
    if records_decisions:
        # "Members noted the update from the Finance Manager." standing as an item's whole minute.
        sections.extend(_uncovered_items([_decided_section(noted_paragraphs(lines))], sections))
    if records_decisions:
        _apply_motion_outcomes(doc, lines, sections)
    if not any(_MINUTES.search(final_text(item)) for section in sections for item in section.items):
        # An agenda's "To confirm as a correct record the minutes of ..." asks for a decision; minutes that record
        # the confirmation (or an item on the minutes read above) make it only the item's heading.
        sections.extend(_uncovered(agenda_minutes_requests(lines), sections))
    table_rows = [Item(None, 0, None, row.start, row.end, [row.text], governed=True, verbatim=True)
                  for row in outcome_table_decisions(lines)]
    if table_rows:
        # "Committee resolved to fund ..." inside an outcome cell is part of that row's decision.
        for section in sections:
            section.items = [item for item in section.items
                             if not any(row.start <= item.start < row.end for row in table_rows)]
        sections.append(Section(Anchor(0, "", 0, None, records_decisions, "recommendations.outcome_table",
                                       governs=True), table_rows))
    status = status_outcome(doc.text)
    # Per report, each kept item's words and the section and label it stands under.
    kept: dict[int, list[tuple[frozenset[str], int, str | None]]] = {}
    records: list[Recommendation] = []
    listed = sum(len(section.items) for section in sections)
    for section_number, section in enumerate(sections):
        proposed = section.anchor.is_decision and bool(
            PROPOSED_DECISION.search(doc.text[max(0, lines[section.anchor.index].start - 3000):
                                              lines[section.anchor.index].start])
        )
        is_decision = section.anchor.is_decision and not proposed
        folded: set[int] = set()
        for item in section.items:
            if id(item) in folded:
                continue
            text, end = final_text(item), item.end
            children = [child for child in section.items if child.parent is item]
            whole = folded_text(item, children, is_decision) if item.children else None
            if whole is not None:
                text = whole  # "Approve the key updates to the policy that: a) ... b) ...": one item
                folded.update(id(child) for child in children)
                end = max(child.end for child in children)
            elif item.children and (not decides_itself(text) or leads_into(item, children)):
                continue  # a heading over sub-items is not an item itself
            named_only = (item.parent is not None and first_verb(text) is None and not recommendation_shaped(text)
                          and not decided_in_subjunctive(text))
            text = with_parent(item, text)
            parent_text = final_text(item.parent) if item.parent is not None else ""
            if named_only and decides_itself(parent_text) and not recommendation_shaped(last_sentence(parent_text)):
                # "Approved expenditure for ... . The current providers:" over "(a) Affinity Trust;": the parent is
                # the decision, kept whole; its list only names what it decided on
                continue
            # "To agree the extension ... . The services included are listed below:" over "• Health Visiting": the
            # parent's last sentence, which leads into the sub-items, must ask something for them to count.
            if not _reads_as_item(text, item.governed, is_decision) and not (
                    parent_text and recommendation_shaped(last_sentence(parent_text))):
                continue  # numbered prose under a "Recommendations of ..." heading
            if len(words(text)) < 2 or _THAT_BODY.match(text):
                continue  # "That the Board" cut from "That the Board: Approves ...": the lead-in, no decision
            if is_figures_row(text):
                continue  # a budget table's row under "approve the following changes": figures, not a request
            if is_threshold_row(text):
                continue  # "Up to £2,500 - Service Manager" under a delegation: who may decide, not a decision
            if _DECLARATION_OF_INTEREST.search(text):
                continue  # the standing agenda item on declarations of interest asks nothing to be decided
            if _WEIGHS_EVIDENCE.search(text):
                continue  # the evidence a decision-maker must weigh, not a decision item
            if listed > 1 and (_restates_list(text) or _LEADS_INTO_LIST.search(text)):
                continue  # "approve the recommendations set out in section 2": those items are listed
            group = report_of(item.start, reports)
            seen = kept.setdefault(group, [])
            item_words = _stems(text)
            label = item.label.text if item.label is not None else None
            # Two labelled items of one list are two decisions however alike ("a. award ... Appendix A", "b. award
            # ... Appendix B"); a near copy elsewhere restates one (a summary, a decision page's second copy).
            if any(_near_duplicate(item_words, other) and not (number == section_number and label and other_label
                                                                  and other_label != label)
                   for other, number, other_label in seen):
                continue
            seen.append((item_words, section_number, label))
            verb = item_verb(item, text)
            record = collect.build(
                Recommendation,
                evidence=_evidence(doc, item.start, end),
                confidence=0.9 if item.label is not None else 0.75,
                rule=section.anchor.rule,
                text=text,
                label=item.label.text if item.label and not item.label.kind.startswith("bullet") else None,
                parent_label=(item.parent.label.text if item.parent and item.parent.label
                              and not item.parent.label.kind.startswith("bullet") else None),
                verb=verb,
                is_decision=is_decision,
                outcome=outcome_of(verb, text, status) if is_decision else None,
            )
            if record is not None:
                records.append(record)
    return link_decisions(doc, records, reports)
