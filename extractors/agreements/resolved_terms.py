"""Agreements named by the items of a resolution: 'i) Extend the current purchasing arrangements from 1 May to
30 June', 'ii) Establish a three Lot, Home Care Framework Agreement, to commence on 1 July'. A decision page often
names no council and no supplier (appointed later, from an appendix), so they stand on the decision's words."""

from __future__ import annotations

import re

from extractors.agreements.decisions import TITLE_NAME, decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import POLICY_FRAMEWORK_WORDS, A, K, Mention
from extractors.agreements.sentences import sentence_at

RESOLVED_TERMS_RULE = "agreements.resolved_terms"

# The buying arrangements in place for a service, extended until a new contract or framework starts.
_ARRANGEMENTS = re.compile(
    r"\b(?P<verb>[Ee]xtend|[Tt]erminate)\s+the\s+(?P<subject>(?:current|existing|interim)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:purchasing|contractual|commissioning|procurement|call-off|spot[- ]purchas\w*|block[- ]purchas\w*)\s+"
    r"arrangements)\b")
# 'Establish a five Lot, X Framework Agreement': the lot count written before the framework's name.
_LOTTED_FRAMEWORK = re.compile(
    r"\b(?:[Ee]stablish|[Ss]et\s+up|[Cc]reate|[Pp]ut\s+in\s+place)\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?:(?:\w+|\d+)[- ](?:[Ll]ot|LOT)|multi-lot|[Mm]ulti[- ][Ll]ot),?\s+"
    r"(?P<name>(?:" + TITLE_NAME + r")?(?:Framework(?:\s+Agreement)?|Dynamic\s+Purchasing\s+System))(?![\w-])")
# The lead-in of a resolution's list: 'Cabinet RESOLVED to agree to:', 'RESOLVED that:', 'Agreed to:'.
_RESOLVED_LEAD = re.compile(r"\b(?:RESOLVED|[Rr]esolved|[Aa]greed|[Aa]pproved)(?:\s+(?:to|that))?(?:\s+(?:agree|approve))?"
                            r"(?:\s+to)?\s*[:\-–]")
_ITEM = re.compile(r"^\W*\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)]\s")
# A list marker inside a run-on line ('... report. ii)  Establish ...'): where one item ends and the next starts.
_INLINE_ITEM = re.compile(r"(?:^|(?<=\s))\(?(?:[ivx]{1,4}|[a-z])\)\s")


def find_resolved_terms(reader: DocumentReader) -> list[Mention]:
    """Purchasing arrangements extended and lotted frameworks established, by a decision."""
    found: list[Mention] = []
    for match in _ARRANGEMENTS.finditer(reader.text):
        sentence = _item_span(reader, sentence_at(reader.sentences, match.start()), match.start())
        if not _decided(reader, sentence):
            continue
        action = A.EXTEND if match.group("verb").lower() == "extend" else A.TERMINATE
        found.append(decided_mention(K.CONTRACT, match.start("subject"), match.end("subject"), sentence,
                                     match.group("subject"), action, closed=True, rule=RESOLVED_TERMS_RULE))
    for match in _LOTTED_FRAMEWORK.finditer(reader.text):
        sentence = _item_span(reader, sentence_at(reader.sentences, match.start()), match.start())
        name = " ".join(match.group("name").split())
        words = name.split()
        if len(words) < 2 or words[-2].lower() in POLICY_FRAMEWORK_WORDS or not _decided(reader, sentence):
            continue
        found.append(decided_mention(K.FRAMEWORK, match.start("name"), match.end("name"), sentence,
                                     _expanded(reader, name), A.NEW, closed=True, rule=RESOLVED_TERMS_RULE))
    return found


def _item_span(reader: DocumentReader, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The one item of a run-on list holding `pos` ('i) Extend ... ii) Establish ...'): its own dates only."""
    markers = [m.start() for m in _INLINE_ITEM.finditer(reader.text, sentence[0], sentence[1])]
    start = max([m for m in markers if m <= pos], default=sentence[0])
    end = min([m for m in markers if m > pos], default=sentence[1])
    return start, end


def _decided(reader: DocumentReader, sentence: tuple[int, int]) -> bool:
    """A decision by its wording, or an item of a list a resolution's lead-in opens on the same line."""
    if decides(reader, sentence) or decides(reader, sentence_at(reader.sentences, sentence[0])):
        return True
    text = reader.text[sentence[0]:sentence[1]]
    if not _ITEM.match(text):
        return False
    line_start = reader.text.rfind("\n", 0, sentence[0]) + 1
    return bool(_RESOLVED_LEAD.search(reader.text[max(line_start, sentence[0] - 2000):sentence[0]]))


def _expanded(reader: DocumentReader, name: str) -> str:
    """'ILSS Framework Agreement' as 'Independent Living Support Service Framework Agreement', where the paper
    defines the acronym: a subject readers (and other pages) know by its words."""
    return " ".join(reader.acronyms.get(word, word) for word in name.split())
