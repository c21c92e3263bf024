"""A grant the paper's own council has been awarded ('the Council, on behalf of the county's districts, has been
awarded a grant of £60,000 to run a pilot'): a grant it receives, named by the sum and its purpose."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, orgs_within
from extractors.agreements.sentences import sentence_at
from schemas import AgreementAction

GRANT_RECEIVED_RULE = "agreements.grant_received"

# '<recipient>(, on behalf of ...,) has been awarded a grant of £X to/for <purpose>'.
_AWARDED_TO_US = re.compile(
    r"(?P<recipient>\b(?:the\s+)?Council|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+Council)"
    r"(?:\s*,[^,.;\n]{3,80},)?\s+(?:has|had|have)\s+(?:now\s+)?been\s+(?:successfully\s+)?awarded\s+"
    r"(?:a\s+|an\s+)?(?:\w+\s+){0,2}?grant\s+of\s+(?P<sum>£\s?[\d,.]+\s*(?:m|k|million)?)\s+"
    r"(?P<purpose>(?:to|for)\s+[^.;:\n]{3,120}?)(?=[.;:\n]|\s+(?:and|which|from)\b|$)")
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
        elif not reader.is_issuer(recipient):
            continue
        sentence = sentence_at(reader.sentences, match.start())
        action = received_action(reader, sentence)
        subject = f"grant of {match.group('sum').replace(' ', '')} {' '.join(match.group('purpose').split())}"
        mention = decided_mention(K.GRANT, match.start(), match.end(), sentence, subject, action, closed=True,
                                  rule=GRANT_RECEIVED_RULE)
        mention.counterparties = [o for o in orgs_within(reader.orgs, sentence[0], sentence[1])
                                  if not reader.is_issuer(o.name)][:1]
        found.append(mention)
    return found


def received_action(reader: DocumentReader, sentence: tuple[int, int]) -> AgreementAction:
    """New when the sentence or the text just above it accepts the grant received, else only noted."""
    lead = reader.text[max(0, sentence[0] - 400):sentence[1]]
    return A.NEW if _ACCEPTED.search(lead) else A.NOTE
