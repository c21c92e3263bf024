"""Decisions to procure a named service, often jointly with other bodies ('undertake a joint procurement
exercise of the Community Equipment Service in partnership with ...'): a contract still to be let."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention
from extractors.agreements.sentences import sentence_at

# The verb that starts a procurement, the procurement, then the service's title-case name.
_PROCUREMENT_OF_SERVICE = re.compile(
    r"\b(?:undertake|undertaking|carry\s+out|carrying\s+out|commence|commencing|proceed\s+with|begin|launch|run)\s+"
    r"(?:a|an|the)\s+(?:(?:joint|collaborative|competitive|open|formal|full)\s+)?(?:re-?)?procurement"
    r"(?:\s+(?:exercise|process))?\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<service>(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|and|for|of|&)\s+){0,8}?"
    r"(?:Service|Services|Contract|Scheme|Programme))\b"
)
# The bodies procuring alongside the deciding one are named after these words in the same sentence.
_PARTNERS_CUE = re.compile(r"\b(?:in\s+partnership\s+with|jointly\s+with|together\s+with|in\s+conjunction\s+with|"
                           r"alongside|on\s+behalf\s+of)\b", re.I)
# "Northby Borough Council will be the lead authority": the body running a joint procurement for the others.
_LEAD_BODY = re.compile(r"\b(?:will\s+be|is|as|acting\s+as)\s+(?:the\s+)?lead\s+(?:authority|commissioner|partner|body|organisation)\b",
                        re.I)


def find_service_procurements(reader: DocumentReader) -> list[Mention]:
    """A decision to procure a named service, with the partner and lead bodies the decision names."""
    found = []
    for match in _PROCUREMENT_OF_SERVICE.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not reader.is_decision(sentence):
            continue  # "we undertook a procurement of X in 2019" tells history
        partners = []
        cue = _PARTNERS_CUE.search(reader.text, match.end(), sentence[1])
        if cue is not None:
            partners = [o for o in reader.orgs if cue.end() <= o.start and o.end <= sentence[1]]
        following = next((s for s in reader.sentences if s[0] >= sentence[1]), None)
        if following is not None and _LEAD_BODY.search(reader.text[following[0]:following[1]]):
            partners += [o for o in reader.orgs if following[0] <= o.start and o.end <= following[1]]
        subject = " ".join(match.group("service").split())
        found.append(Mention(K.CONTRACT, match.start(), match.end("service"), sentence, subject, partners,
                             linked=bool(partners), closed=True, action=A.PROCURE, decided=True,
                             rule="agreements.service_procurement"))
    return found
