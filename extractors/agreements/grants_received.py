"""A grant the paper's own council has been awarded ('the Council, on behalf of the county's districts, has been
awarded a grant of £60,000 to run a pilot'; 'Sheffield City Council (SCC) was allocated a ring fenced grant of £3m
from the Department of Health and Social Care towards ...'): a grant it receives, named by the sum and its purpose,
its grantor the body the sentence says it came from."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, OrgSpan, orgs_within
from extractors.agreements.sentences import sentence_at
from extractors.money import WRITTEN_SUM
from schemas import AgreementAction

GRANT_RECEIVED_RULE = "agreements.grant_received"

# '<recipient>( (SCC))(, on behalf of ...,) has been awarded / was allocated a (ring fenced) grant of £X'; the
# recipient may be the council's own initials defined in the text ('SCC was allocated ...').
_AWARDED_TO_US = re.compile(
    r"(?P<recipient>\b(?:the\s+)?Council|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+Council|\b[A-Z]{2,6})"
    r"(?:\s+\([A-Z]{2,6}\))?(?:\s*,[^,.;\n]{3,80},)?"
    r"\s+(?:(?:has|had|have)\s+(?:now\s+)?been|was|were)\s+(?:successfully\s+)?(?:awarded|allocated|granted)\s+"
    r"(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?grant\s+of\s+(?P<sum>" + WRITTEN_SUM + ")")
# '<source> has allocated £X to <recipient>' ('The government has allocated £6.3m to Kent County Council'): the
# source opens the clause, so it names the grantor without a 'from' (a body the paper names, or the government).
_ALLOCATED_BY = re.compile(
    r"\b(?P<source>(?:[Tt]he\s+)?(?:[Gg]overnment|[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and)){0,7}))"
    r"\s+(?:has|have|had)\s+(?:now\s+|recently\s+)?(?:awarded|allocated|granted)\s+"
    r"(?:a\s+(?:[\w-]+\s+){0,3}?grant\s+of\s+)?(?P<sum>" + WRITTEN_SUM + r")\s+to\s+"
    r"(?P<recipient>(?:the|this)\s+Council|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+Council|[A-Z]{2,6})\b(?![’'])")
# After the sum: where the grant came from ('from the Department for X'), then what it is for.
_FROM = re.compile(r"\s+from\s+")
_PURPOSE = re.compile(r"\s+(?P<purpose>(?:to|for|towards)\s+[^.;:\n]{3,120}?)(?=[.;:\n]|\s+(?:and|which|from)\b|$)")
_GOVERNMENT = re.compile(r"(?:the\s+)?government", re.I)
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
# The paper's decision on the grant: 'Acceptance of Grant', 'agreed to accept the grant'.
_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing|ance)?\b", re.I)


def find_grants_received(reader: DocumentReader) -> list[Mention]:
    """One grant mention per sentence saying the issuing council (or 'the Council') was awarded a stated sum."""
    if not reader.issuing_body:
        return []  # a grant to an unnamed council cannot be told from anyone else's
    found: list[Mention] = []
    for match in _AWARDED_TO_US.finditer(reader.text):
        recipient = match.group("recipient")
        if re.fullmatch(r"(?:the\s+)?Council", recipient, re.I):
            if _NAMED_BEFORE.search(reader.text, max(0, match.start() - 40), match.start()):
                continue  # the tail of another council's name ('Barset County Council')
        elif not _is_us(reader, recipient):
            continue
        sentence = sentence_at(reader.sentences, match.start())
        grantor, purpose_at = _grantor(reader, match.end(), sentence[1])
        purpose = _PURPOSE.match(reader.text[:sentence[1]], purpose_at)
        if purpose is None and grantor is None:
            continue  # a sum with neither purpose nor source says too little to stand as a grant
        found.append(_received(reader, match, sentence, grantor, purpose))
    for match in _ALLOCATED_BY.finditer(reader.text):
        recipient = match.group("recipient")
        if not (re.fullmatch(r"(?:the|this)\s+Council", recipient) or _is_us(reader, recipient)):
            continue
        named = [o for o in orgs_within(reader.orgs, match.start("source"), match.end("source"))
                 if not reader.is_issuer(o.name)]
        if not named and not _GOVERNMENT.fullmatch(match.group("source")):
            continue  # 'The Cabinet has allocated £X to the Council': the council's own money, no grant
        sentence = sentence_at(reader.sentences, match.start())
        purpose = _PURPOSE.match(reader.text[:sentence[1]], match.end())
        found.append(_received(reader, match, sentence, named[0] if named else None, purpose))
    return found


def _is_us(reader: DocumentReader, name: str) -> bool:
    """Whether `name` (a council's name, or its initials as the text defines them) is the issuing body."""
    return reader.is_issuer(reader.acronyms.get(name, name))


def _received(reader: DocumentReader, match: re.Match[str], sentence: tuple[int, int], grantor: OrgSpan | None,
              purpose: re.Match[str] | None) -> Mention:
    """The grant mention: 'grant of £X <purpose>', its grantor the named source or the sentence's other body."""
    subject = f"grant of {match.group('sum').replace(' ', '')}"
    if purpose:
        subject += " " + " ".join(purpose.group("purpose").split())
    mention = decided_mention(K.GRANT, match.start(), match.end(), sentence, subject,
                              received_action(reader, sentence), closed=True, rule=GRANT_RECEIVED_RULE)
    mention.counterparties = [grantor] if grantor else [
        o for o in orgs_within(reader.orgs, sentence[0], sentence[1]) if not reader.is_issuer(o.name)][:1]
    return mention


def _grantor(reader: DocumentReader, at: int, sentence_end: int) -> tuple[OrgSpan | None, int]:
    """The body named right after 'from' at `at`, and where the text after it goes on (`at` itself when none)."""
    source = _FROM.match(reader.text, at)
    if source is None:
        return None, at
    named = [o for o in reader.orgs if source.end() <= o.start <= source.end() + 4 and o.end <= sentence_end]
    if not named:
        return None, at
    end = named[0].end
    initials_after = re.match(r"\s*\([A-Z][A-Za-z]{1,7}\)", reader.text[end:end + 12])
    return named[0], end + (initials_after.end() if initials_after else 0)


def received_action(reader: DocumentReader, sentence: tuple[int, int]) -> AgreementAction:
    """New when the sentence or the text just above it accepts the grant received, else only noted."""
    lead = reader.text[max(0, sentence[0] - 400):sentence[1]]
    return A.NEW if _ACCEPTED.search(lead) else A.NOTE
