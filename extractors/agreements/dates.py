"""An agreement's start and end dates, cued by 'from' and 'to' in the sentences that name it."""

from __future__ import annotations

import re
from datetime import date

from extractors.agreements.actions import sentence_weight
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, Group
from schemas import AgreementAction, DatePrecision, DateRole

_EXISTING = re.compile(r"\b(?:current|existing|long-standing|since\s+(?:19|20)\d\d|has\s+been\s+in\s+place|previous)\b", re.I)
_END_CUE = re.compile(r"(?:\b(?:19|20)\d\d\s*[–—-]|\bto|\buntil|\btill|\bending(?:\s+on)?|\bends?(?:\s+on)?|\bexpir\w*(?:\s+on)?|\bthrough(?:\s+to)?|"
                      r"\bup\s+to\s+and\s+including)\s+(?:on\s+)?(?:the\s+)?$", re.I)
_EXPIRY_CUE = re.compile(r"\b(?:expir\w*|ends?|ending|ended|terminates?)(?:\s+on)?\s+(?:the\s+)?$", re.I)
_START_CUE = re.compile(r"(?:\bfrom|\bcommenc\w*(?:\s+on)?|\bstart\w*(?:\s+on)?|\bbegan(?:\s+on)?|\bbegin\w*(?:\s+on)?|"
                        r"\beffective(?:\s+from)?|\bwith\s+effect\s+from|\bw\.e\.f\.?|\bactivated(?:\s+(?:on|from))?)\s+(?:on\s+)?(?:the\s+)?$", re.I)


# Actions that put a new agreement in place of a current one, whose dates are the current one's.
_REPLACING = {A.NEW, A.RENEW, A.PROCURE, A.AWARD}
_CONDITIONAL = re.compile(r"^\W*(?:If|Should|Were)\b")
_IMPLEMENTATION_CUE = re.compile(r"\bimplement\w*\s+(?:from|on)\s+(?:the\s+)?$", re.I)
# "for the period between 1 April 2024 and 31 March 2026": a term given as a pair of days.
_BETWEEN_START = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?[\w/.]+(?:\s+[\w/.]+){0,2}\s+and\s+(?:the\s+)?$", re.I)
# A variation's own effective day ("transferred into the existing agreement with effect from 1 April"),
# stated in the decision that makes it: the day the change starts, not the agreement's original start.
# "ending on 31/07/26 with a one year extension to 31/07/27": an optional extension's end, not the term's.
_EXTENSION_END = re.compile(r"\bextension\s+(?:period\s+)?(?:to|until|ending(?:\s+on)?)\s+(?:the\s+)?$", re.I)
_EFFECTIVE_CUE = re.compile(r"(?:\bwith\s+effect\s+from|\beffective\s+from|\bfrom|\bcommencing(?:\s+on)?)\s+(?:the\s+)?$", re.I)


def group_dates(reader: DocumentReader, group: Group, action: AgreementAction) -> tuple[date | None, date | None]:
    """Start and end dates cued by 'from'/'to' in the group's sentences, strongest sentence first."""
    candidates: dict[str, list[tuple[bool, float, int, int, date]]] = {"start": [], "end": []}
    effective: list[tuple[float, int, date]] = []  # a variation's effective day, from a decision naming it
    seen: set[tuple[int, int]] = set()
    readings = [(m, m.sentence) for m in group.mentions] + [(m, m.term_sentence) for m in group.mentions if m.term_sentence]
    for mention, sentence in readings:
        if sentence in seen:
            continue
        seen.add(sentence)
        s_start, s_end = sentence
        text = reader.text[s_start:s_end]
        if action in _REPLACING and _EXISTING.search(text) and not reader.in_rec(mention.start):
            continue  # the dates of the agreement being replaced
        if _CONDITIONAL.match(text):
            continue  # "(If both extension years are used the end date will be ...)": a term that may never be
        weight = sentence_weight(reader, sentence, mention.start)
        for (d_start, d_end), mention_date in reader.dates:
            if not (s_start <= d_start < s_end) or mention_date.precision != DatePrecision.DAY:
                continue
            before = reader.text[max(s_start, d_start - 40):d_start]
            if action in _REPLACING and _EXISTING.search(text) and _EXPIRY_CUE.search(before):
                continue  # "to replace the current agreement, which expires on ...": the old one's end
            role = "end" if _END_CUE.search(before) or _BETWEEN_END.search(before) else \
                "start" if _START_CUE.search(before) or _BETWEEN_START.search(before) else None
            if role is None and mention_date.role in {DateRole.START, DateRole.END} and not re.search(r"\bby\s+$", before):
                role = mention_date.role.value
            if role is None:
                continue
            follows = 0 if d_start >= mention.end else 1
            # "a revised specification ... for implementation from 1/10/20" dates a change made under
            # the agreement, not the agreement: such a date is used only when nothing else is stated.
            weak = bool(_IMPLEMENTATION_CUE.search(before)) or (
                role == "end" and action != A.EXTEND and bool(_EXTENSION_END.search(before)))
            if role == "start" and action == A.EXTEND and not (
                    (weight >= 2.0 or reader.is_decision(sentence)) and _START_CUE.search(before)):
                continue  # an extension's own start is stated in the decision ("extended from 1 April"); others are the original's
            candidates[role].append((weak, -weight, follows, abs(d_start - mention.end), mention_date.value))
            if (role == "start" and action == A.VARY and not weak and _EFFECTIVE_CUE.search(before)
                    and (weight >= 2.0 or reader.is_decision(sentence))):
                effective.append((-weight, abs(d_start - mention.end), mention_date.value))
    start = min(candidates["start"])[-1] if candidates["start"] else None
    end = min(candidates["end"])[-1] if candidates["end"] else None
    if end is None:
        end = next((m.end_hint for m in group.mentions if m.end_hint), None)
    if action == A.TERMINATE and end is None:
        end = start  # "terminate ... with effect from 31 March" names when it ends
    if action in {A.VARY, A.NOTE, A.TERMINATE}:
        start = None  # the start of a running agreement is not what the paper decides
    if action == A.VARY and effective:
        start = min(effective)[-1]
    if start and end and end < start:
        start = None
    return start, end
