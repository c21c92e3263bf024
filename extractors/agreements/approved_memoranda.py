"""A memorandum of understanding or service level agreement a decision approves, adopts or signs, with or for a
named body the organisations extractor may not know ('approves the MoU for the Anyshire Health and Care
Partnership', 'approved the draft Service Level Agreement with Parish Councils')."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, party_key
from extractors.agreements.sentences import sentence_at

APPROVED_MEMORANDUM_RULE = "agreements.approved_memorandum"

# The last word of a body's name: a partnership, board or councils, not a place or a service ('the CCTV Service').
_BODY_WORD = (r"(?:Partnership|Partners|Board|Councils?|Trust|Group|Alliance|Authority|Authorities|Commission|Forum|"
              r"Network|Collaborative|Federation|Association|Consortium|Police|Constabulary|University|College)")
_NAME_WORD = r"[A-Z][\w'’-]*"
# A verb of approval acting on the agreement itself: 'approves the', 'adopt the', 'approval for the', 'sign the
# proposed draft'. 'do not adopt' is an option rejected, never a decision.
_APPROVED = re.compile(
    r"(?<!\bnot\s)\b(?:approv(?:e|es|ed|ing)|approval\s+(?:for|of)|adopt(?:s|ed|ing)?|endors(?:e|es|ed|ing)|"
    r"sign(?:s|ed|ing)?|enter(?:s|ed|ing)?\s+into)\s+(?:the\s+|a\s+|an\s+)?(?:(?:proposed|draft|revised|new|final)\s+){0,3}"
    r"(?P<agreement>Memorand(?:um|a)\s+of\s+Understanding|Service\s+Level\s+Agreements?)(?:\s*\((?:MoU|MOU|SLA)s?\))?"
    rf"\s+(?:for|with|between)\s+(?:the\s+)?(?P<party>{_NAME_WORD}(?:\s+(?:(?:and|of|&)\s+)?{_NAME_WORD}){{0,9}}?\s+{_BODY_WORD})"
    r"(?![\w'’-])")


def find_approved_memoranda(reader: DocumentReader) -> list[Mention]:
    """One mention per body a decision approves a memorandum or service level agreement with."""
    found: list[Mention] = []
    seen: set[str] = set()
    for match in _APPROVED.finditer(reader.text):
        party = " ".join(match.group("party").split())
        key = party_key(party)
        if key in seen:
            continue
        seen.add(key)
        sentence = sentence_at(reader.sentences, match.start())
        agreement = " ".join(match.group("agreement").split())
        joiner = "with" if agreement.lower().startswith("service") else "for"
        mention = decided_mention(K.OTHER, match.start("agreement"), match.end(), sentence,
                                  f"{agreement} {joiner} {party}", A.NEW, closed=True, rule=APPROVED_MEMORANDUM_RULE)
        mention.party_name = party
        found.append(mention)
    return found
