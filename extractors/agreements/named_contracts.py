"""Contracts and frameworks a decision names by their title: a bulleted list under 'to procure and award the
contracts for:', 'increase the value of the X Term Contract and Y Framework until March 2025' and
'Procurement of Works for the Z' as a decision's subject.

Highways, waste and property decisions name their term contracts and frameworks by title, not by supplier
(not yet chosen), so each title a decision acts on is one agreement of its own, kept without a party.
"""

from __future__ import annotations

import re

from extractors.agreements.decisions import TITLE_NAME, decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention
from extractors.agreements.sentences import sentence_at
from schemas import AgreementAction

# The head of a contract's or framework's title, longest first ('Professional Services contract' before 'Services').
_HEAD = (r"(?:Services?\s+[Cc]ontract|Term\s+Contract|Contract|Framework(?:\s+Agreement)?|Dynamic\s+Purchasing\s+System|"
         r"Services)")
_TITLE = rf"(?P<object>{TITLE_NAME}(?P<head>{_HEAD}))(?![\w-])"
_BULLET_TITLE = re.compile(rf"(?m)^[ \t]*[•·\uf0b7*–-][ \t]*(?:(?:The|the|a|an|new|existing)\s+)?{_TITLE}")
_BULLET_LINE = re.compile(r"^[ \t]*[•·\uf0b7*–-][ \t]*\S")
# What the decision above a bulleted list does to the titles it lists.
_LEAD_ACTION = re.compile(r"\b(?P<procure>(?:re-?)?procur\w*|(?:re-?)?tender\w*|re-?commission\w*)\b|"
                          r"\b(?P<award>award\w*)\b|\b(?P<extend>extend\w*|extension)\b", re.I)

# 'increase the value of the X Term Contract', 'an increase in value of ...', 'extend the X Framework'.
# Only a change of value: an extension or variation of a named contract is read by decisions.py and the action
# votes, where the contract keeps its provider and its other mentions.
_CHANGE = re.compile(
    r"\b(?:increase\s+(?:in\s+)?(?:the\s+)?value\s+of|increas\w+\s+the\s+value\s+of)\s+(?:the\s+)?"
    r"(?:(?:existing|current)\s+)?(?=[A-Z])")
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:existing|current)\s+)?(?=[A-Z])")
_TITLE_AT = re.compile(_TITLE)
_UNTIL = re.compile(r"^\s+(?:until|to)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}")

# 'Procurement of Works for the Integrated Care Hub at Linford Wood Place': works or services for a named project.
_PROCUREMENT_OF = re.compile(
    r"\b(?:Re-?)?[Pp]rocurement\s+of\s+(?:the\s+)?(?:[Ww]orks|[Ss]ervices|[Ss]upplies|[Gg]oods)\s+(?:for|at|to)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|at|&|the))*[A-Za-z]")


def find_named_contracts(reader: DocumentReader) -> list[Mention]:
    """Every contract or framework title a decision lists, changes or procures (each title and action once)."""
    found = _bulleted_titles(reader) + _changed_titles(reader) + _procurements_of_works(reader)
    best: dict[tuple[str, AgreementAction | None], Mention] = {}
    for mention in found:
        key = (" ".join(reader.text[mention.start:mention.end].lower().split()), mention.action)
        held = best.get(key)
        # A page's purpose line ('To seek approval for an increase in value of X') restates the decision
        # itself: the recommendation's wording, or the fuller one, is kept.
        if held is None or (_rank(reader, mention) > _rank(reader, held)):
            best[key] = mention
    return sorted(best.values(), key=lambda m: m.start)


def _rank(reader: DocumentReader, mention: Mention) -> tuple[bool, int]:
    """A recommendation's wording first, then the longer subject."""
    return bool(reader.in_rec(mention.start)), len(mention.subject or "")


def _kind(head: str) -> K:
    """A framework or dynamic purchasing system is a framework; every other head a contract."""
    return K.FRAMEWORK if re.match(r"(?:Framework|Dynamic)", head) else K.CONTRACT


def _bulleted_titles(reader: DocumentReader) -> list[Mention]:
    """'to procure and award the contracts ... for:' then '• X Term Contract', '• Y Framework': one each."""
    found: list[Mention] = []
    for match in _BULLET_TITLE.finditer(reader.text):
        if any(o.start <= match.start("object") and o.end > match.end("object") for o in reader.orgs):
            continue  # '- Acme Homecare Services Limited': a provider the list names, no contract's title
        lead_end = reader.text.rfind("\n", 0, match.start())
        while lead_end > 0:  # back over the list's earlier bullets to the line that introduces it
            line_start = reader.text.rfind("\n", 0, lead_end) + 1
            line = reader.text[line_start:lead_end]
            if line.strip() and not _BULLET_LINE.match(line):
                break
            lead_end = line_start - 1
        if lead_end <= 0:
            continue
        lead_start = reader.text.rfind("\n", 0, lead_end) + 1
        lead = _LEAD_ACTION.search(reader.text, lead_start, lead_end)
        if lead is None or not decides(reader, sentence_at(reader.sentences, lead_start)):
            continue
        action = A.PROCURE if lead.group("procure") else A.AWARD if lead.group("award") else A.EXTEND
        line_end = reader.text.find("\n", match.end())
        sentence = (match.start(), line_end if line_end != -1 else len(reader.text))
        found.append(decided_mention(_kind(match.group("head")), match.start("object"), match.end("object"), sentence,
                                     match.group("object"), action, closed=True))
    return found


def _changed_titles(reader: DocumentReader) -> list[Mention]:
    """'increase the value of the X Term Contract and Y Framework until March 2025' in a decision: each varied."""
    found: list[Mention] = []
    for change in _CHANGE.finditer(reader.text):
        sentence = sentence_at(reader.sentences, change.start())
        if not decides(reader, sentence):
            continue
        action, label = A.VARY, "increase in value"
        titles: list[re.Match[str]] = []
        pos = change.end()
        while True:
            title = _TITLE_AT.match(reader.text, pos)
            if title is None or title.end() > sentence[1]:
                break
            titles.append(title)
            joined = _AND_NEXT.match(reader.text, title.end())
            if joined is None:
                break
            pos = joined.end()
        if not titles:
            continue
        until = _UNTIL.match(reader.text[titles[-1].end():sentence[1]])
        note = f"{label} {until.group().strip()}" if until else label
        for title in titles:
            subject = f"{title.group('object')} ({note})"
            found.append(decided_mention(_kind(title.group("head")), title.start(), title.end(), sentence, subject,
                                         action, closed=True))
    return found


def _procurements_of_works(reader: DocumentReader) -> list[Mention]:
    """'That the decision (Procurement of Works for the X Hub) not be referred back': works being procured."""
    found: list[Mention] = []
    for match in _PROCUREMENT_OF.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not decides(reader, sentence):
            continue
        found.append(decided_mention(K.CONTRACT, match.start(), match.end(), sentence, match.group(), A.PROCURE,
                                     closed=True))
    return found
