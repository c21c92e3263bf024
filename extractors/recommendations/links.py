"""Linking each decision of a document to the recommendation(s) of the same document it decides."""

from __future__ import annotations

import re

from extractors.doctext import DocText
from extractors.recommendations.vocab import BODY, INFLECTED, VERBS, words
from schemas import Recommendation, Report


def report_of(offset: int, reports: list[Report]) -> int:
    """The index of the report holding an offset of the document, or -1 (unsplit text)."""
    for report in reports:
        if report.start <= offset < max(report.end, report.start + 1):
            return report.index
    return -1


LINK_OVERLAP = 0.6
"""Least word-set overlap (Jaccard) for a decision to be read as deciding one recommendation."""

_LINK_FILLER = frozenset({"that", "the", "be", "to", "a", "an", "and", "of", "is", "are"})
_DECIDED = r"(?:approved|agreed|adopted|endorsed|accepted|supported)"
_DECIDES = r"(?:approves?|approved|agrees?|agreed|adopts?|adopted|endorses?|endorsed|accepts?|accepted)"
_THE_RECOMMENDATIONS = (
    r"(?:all\s+(?:of\s+)?)?the\s+(?:report'?s\s+)?recommendations"
    r"(?:\s+(?:(?:as\s+)?(?:set\s+out|contained|detailed|listed)\s+)?in\s+the\s+(?:report|paper))?"
)
_APPROVES_ALL = re.compile(
    rf"^(?:that\s+)?(?:{_THE_RECOMMENDATIONS}\s+(?:be|are|were)\s+{_DECIDED}"
    rf"|(?:(?:the\s+)?{BODY}\s+)?{_DECIDES}\s+{_THE_RECOMMENDATIONS})$",
    re.I,
)


def _link_words(text: str) -> frozenset[str]:
    """Comparison words: inflections to their base verb ("approves" -> "approve"), filler dropped."""
    out: set[str] = set()
    for word in words(text):
        word = INFLECTED.get(word, word)
        if word.endswith("s") and word[:-1] in VERBS:
            word = word[:-1]
        if word not in _LINK_FILLER:
            out.add(word)
    return frozenset(out)


def _offset(doc: DocText, record: Recommendation) -> int:
    """Where a record starts in the document's joined text."""
    return doc.page_starts[record.evidence.page - 1] + record.evidence.start


def _best_match(decision: frozenset[str], candidates: list[tuple[int, frozenset[str]]]) -> int | None:
    """The one candidate overlapping the decision most (at least LINK_OVERLAP); None on a tie."""
    scored = sorted(((len(decision & other) / len(decision | other), index)
                     for index, other in candidates if decision and other), reverse=True)
    if not scored or scored[0][0] < LINK_OVERLAP:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two recommendations read alike: better unlinked than linked to the wrong one
    return scored[0][1]


def link_decisions(doc: DocText, records: list[Recommendation],
                    reports: list[Report]) -> list[Recommendation]:
    """Set `decides` on each decision to the earlier recommendation(s) of this document it decides.

    A decision restating one recommendation links to it (word overlap); "RESOLVED that the
    recommendations be approved" links to every recommendation of the nearest preceding report.
    """
    offsets = [_offset(doc, record) for record in records]
    linked: list[Recommendation] = []
    for index, record in enumerate(records):
        earlier = [i for i in range(len(records))
                   if not records[i].is_decision and offsets[i] < offsets[index]]
        if not record.is_decision or not earlier:
            linked.append(record)
            continue
        decides: tuple[int, ...] = ()
        if _APPROVES_ALL.match(record.text):
            nearest = max(earlier, key=lambda i: offsets[i])
            report = report_of(offsets[nearest], reports)
            if report >= 0:  # unsplit text: which recommendations "the report" means is unknown
                decides = tuple(i for i in earlier if report_of(offsets[i], reports) == report)
        else:
            match = _best_match(_link_words(record.text),
                                [(i, _link_words(records[i].text)) for i in earlier])
            decides = (match,) if match is not None else ()
        linked.append(record.model_copy(update={"decides": decides}) if decides else record)
    return linked
