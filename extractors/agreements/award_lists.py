"""Contracts or grants awarded to a list of providers set out one a line below the decision: "contracts be awarded for the
provision of Domiciliary Care to the following providers with the highest score in each lot, for a 5-year period,
commencing 1 April 2012:" then "Area 1 - Acme Care Plc", "Area 2 - Wren Care Limited" ...

Each provider the list names is one contract (a provider holding two lots holds them under one award), its lots the
subject, the decision's sentence its term. Only lines that name an organisation the organisations extractor found
are read; the list stops at the first line that does not.
"""

from __future__ import annotations

import re

from extractors.agreements.decisions import decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention
from extractors.agreements.sentences import sentence_at

AWARD_LIST_RULE = "agreements.award_list"

_PROVIDERS = r"(?:providers?|organisations?|organizations?|suppliers?|bidders?|tenderers?|companies|contractors?)"
# The decision over the list, ending in its colon: "contracts be awarded ... to the following providers ...:",
# "award contracts ... to the following suppliers:", "that a contract for Enhanced Reablement Services be awarded for a
# term of one year ... to each of the following:" (the service named before "be awarded" is each contract's subject),
# "Awarded specific grants for the funding of Housing Related Support ... to the following organisations ...:",
# "Approved the award of grant funding for a two-year period ... to:".
_AWARD_LEAD = re.compile(
    r"\b(?:(?:an?\s+)?(?P<noun>contract|grant)s?(?:\s+funding)?(?:\s+for\s+(?:the\s+)?(?P<service>(?-i:[A-Z])[^.:;\n]{2,80}?))?"
    r"\s+(?:be|are|were|is|was)\s+awarded|award(?:s|ed)?\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?P<noun2>contract|grant)s?"
    r"(?:\s+funding)?)\b[^.:;]{0,300}?"
    rf"\bto(?:\s+(?:(?:each|all)\s+of\s+)?the\s+following(?:\s+(?:[\w-]+\s+)?{_PROVIDERS})?\b[^:\n]{{0,300}})?\s*:[ \t\xa0]*\n",
    re.I,
)
# One line of the list: an optional bullet or label ("1)", "(b)"), an optional lot ("Area 1 -", "Lot 2:"), then the
# provider's name.
_LIST_LINE = re.compile(
    r"[ \t\xa0]*(?:[•·*\-–][ \t\xa0]*|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t\xa0]+)?"
    r"(?:(?P<lot>(?:Area|Lot|Zone|Locality|Patch|Region)[ \t\xa0]+\w{1,3})[ \t\xa0]*[-–:][ \t\xa0]*)?(?P<name>[^\n]+?)[ \t\xa0]*$"
)
# What may follow the provider's name on its line: nothing but the list's punctuation ("; and"), or a dash, colon,
# comma or bracket before what it is given ("Axiom Housing Association – Hostel Accommodation - £530,000.04;").
_AFTER_NAME = re.compile(r"[\s.;,]*(?:and|or)?\s*$|\s*[-–—:(,]")
# The line's own description of what is awarded: the words after that dash, up to the sum.
_LINE_SERVICE = re.compile(r"\s*[-–—:]\s*(?P<service>(?-i:[A-Z])[^£\n]{2,80}?)\s*(?:[-–—:,]\s*£|[;.]|$)", re.I)
LIST_LINES = 30
"""The most lines read as one list."""


def award_list_rows(reader: DocumentReader) -> list[Mention]:
    """One contract (or grant) per provider listed below a decision to award contracts to "the following providers"."""
    found: list[Mention] = []
    for lead in _AWARD_LEAD.finditer(reader.text):
        sentence = sentence_at(reader.sentences, lead.start())
        if not decides(reader, sentence):
            continue
        awards: dict[str, Mention] = {}  # by provider: its first line's org, its lots, the span to its last line
        kind = K.GRANT if (lead.group("noun") or lead.group("noun2")).lower() == "grant" else K.CONTRACT
        for line in _list_lines(reader, lead.end()):
            start, name_end = line.start("name"), line.end("name")
            org = next((o for o in reader.orgs if o.start == start and o.end <= name_end
                        and _AFTER_NAME.match(reader.text, o.end, name_end)), None)
            if org is None:
                break
            own = _LINE_SERVICE.match(reader.text, org.end, line.end())
            service = lead.group("service") or (own.group("service") if own else None)
            mention = awards.setdefault(org.name, Mention(
                kind, org.start, org.end, (org.start, line.end()), service, counterparties=[org],
                closed=True, action=A.AWARD, grant_outwards=kind == K.GRANT, rule=AWARD_LIST_RULE,
                term_sentence=sentence))
            mention.sentence = (mention.sentence[0], line.end())
            if line.group("lot"):
                lot = line.group("lot")
                mention.subject = f"{mention.subject} and {lot}" if mention.subject else lot
        found += awards.values()
    return found


def _list_lines(reader: DocumentReader, start: int) -> list[re.Match[str]]:
    """The non-blank lines from `start` on, up to LIST_LINES of them."""
    lines = []
    for match in re.finditer(r"[^\n]*", reader.text[start:start + 200 * LIST_LINES]):
        if not match.group().strip():
            continue
        line = _LIST_LINE.match(reader.text, start + match.start(), start + match.end())
        if line is None or len(lines) >= LIST_LINES:
            break
        lines.append(line)
    return lines
