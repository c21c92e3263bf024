"""An inter-authority agreement a paper decides or seeks permission for, with the authority it names ('asks Cabinet
for permission to re-procure the X service via an Inter-Authority Agreement (IAA) with the City of Anytown')."""

from __future__ import annotations

import re

from extractors.agreements.actions import action_before
from extractors.agreements.decisions import decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, COUNCIL_TYPES, K, Mention, OrgSpan
from extractors.agreements.sentences import sentence_at
from extractors.bodies import lookup


IAA_RULE = "agreements.inter_authority_decided"

_IAA_WITH = re.compile(
    r"\b(?i:inter[- ]authority\s+agreements?)(?:\s*\((?:IAA|IAAs)\))?\s+with\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|and|&|[A-Z][\w'’-]*)){0,6})")
# A request for the decision: 'asks Cabinet for permission to', 'seeks approval to', 'requests authority to'.
_ASKS = re.compile(r"\b(?:asks?|seeks?|seeking|sought|requests?|requesting)\s+(?:[\w’']+\s+){0,3}?(?:for\s+)?"
                   r"(?:permission|approval|authority|agreement)\s+to\b", re.I)


def find_decided_inter_authority(reader: DocumentReader) -> list[Mention]:
    """'(enter into | via) an Inter-Authority Agreement with <authority>' in a decision or a request for one."""
    found: list[Mention] = []
    for match in _IAA_WITH.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not (decides(reader, sentence) or _ASKS.search(reader.text[sentence[0]:match.start()])):
            continue
        authority = _authority(reader, match)
        if authority is None:
            continue
        action = action_before(reader.text[sentence[0]:match.start()])
        if action not in {A.EXTEND, A.VARY, A.TERMINATE, A.RENEW}:
            action = A.NEW  # procuring a service through the agreement, or entering it, makes the agreement
        found.append(decided_mention(K.INTER_AUTHORITY, match.start(), match.end("name"), sentence,
                                     f"Inter-Authority Agreement with {authority.name}", action, closed=True,
                                     rule=IAA_RULE, parties=[authority]))
    return found


def _authority(reader: DocumentReader, match: re.Match[str]) -> OrgSpan | None:
    """The authority after 'with': an organisation found there, else a name the reference table knows as a
    council (written as in the text: 'the City of London' for the City of London Corporation)."""
    start = match.start("name")
    org = next((o for o in reader.all_orgs if start - 1 <= o.start <= start + 1), None)
    if org is not None:
        return org if org.org_type in COUNCIL_TYPES and not reader.is_issuer(org.name) else None
    words = match.group("name").split()
    while words and words[-1].lower() in {"of", "and", "&"}:
        words.pop()
    for size in range(len(words), 1, -1):
        name = " ".join(words[:size])
        for written in (name, f"{name} Corporation", f"{name} Council"):
            body = lookup(written)
            if body is not None and body.org_type in COUNCIL_TYPES and not reader.is_issuer(body.name):
                return OrgSpan(start, start + len(name), name, body.org_type)
    return None
