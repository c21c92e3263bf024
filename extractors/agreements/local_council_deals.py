"""A principal council's decided dealings with a named town or parish council: an asset transferred to it
('the transfer of the Mill Lane toilets to Anytown Town Council be agreed'), a contribution it makes that the
council accepts ('the £2k contribution from Anyvillage Parish Council be accepted'), and payments to it that
stop ('no further funding is paid to Anyvillage Parish Council'). Kind 'other', one record per dealing."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, party_key
from extractors.agreements.sentences import sentence_at
from schemas import AgreementAction

LOCAL_COUNCIL_RULE = "agreements.local_council_deal"

# A named local council: capitalised place words, then the tier ('Kirkby Anyton Town Council', 'Anyvillage
# Parish council'). A generic 'the relevant Parish Council' has no capitalised place word before the tier.
_COUNCIL = (r"(?P<council>(?:[A-Z][\w'’-]*\s+){1,4}?(?:Town|Parish|Community|Village|City|District|Borough)\s+"
            r"[Cc]ouncil)\b")
_SUBJUNCTIVE = r"(?:be|is|are|being)\s+(?:hereby\s+)?"
# 'the transfer of X (from A) to B', 'the asset transfer from A to B', 'X is transferred to B'.
_TRANSFER = re.compile(
    r"\b(?i:(?:asset\s+)?transfer(?:s|red|ring)?)\b[^.;:\n]{0,160}?\b(?i:to)\s+(?:the\s+)?" + _COUNCIL)
# 'is transferred to the relevant Parish Council': councils the decision leaves unnamed; the council that decides
# is then the one party the paper names.
_UNNAMED_COUNCILS = (r"(?P<council>(?i:relevant|local|respective|appropriate|individual)\s+(?:(?:Town|Parish)\s+"
                     r"(?:and|or|&)\s+)?(?:Town|Parish|Community)\s+[Cc]ouncils?)\b")
_TRANSFER_UNNAMED = re.compile(
    r"\b(?i:(?:asset\s+)?transfer(?:s|red|ring)?)\b[^.;:\n]{0,160}?\b(?i:to)\s+(?:the\s+)?" + _UNNAMED_COUNCILS)
# 'the £5k contribution from B be accepted', 'B's £5k contribution be accepted', 'a contribution from B be sought'.
_CONTRIBUTION_FROM = re.compile(
    r"\b(?i:contribution)\s+(?:of\s+£[\d,.]+[km]?\s+)?(?i:from)\s+(?:the\s+)?" + _COUNCIL +
    r"\s+(?:of\s+£[\d,.]+[km]?\s+)?" + _SUBJUNCTIVE + r"(?i:accepted|approved|agreed|sought|welcomed)\b")
_CONTRIBUTION_BY = re.compile(
    r"\b(?:(?i:the)\s+)?" + _COUNCIL + r"(?:['’]s)?\s+(?:£[\d,.]+[km]?\s+|\d+%\s+)?(?i:contribution)\s+"
    r"(?:of\s+£[\d,.]+[km]?\s+)?" + _SUBJUNCTIVE + r"(?i:accepted|approved|agreed|welcomed)\b")
# 'no further funding is paid to B', 'payments to B cease'.
_PAYMENTS_STOP = re.compile(
    r"\b(?i:no\s+(?:further\s+)?(?:funding|payments?|grant)\s+(?:is|are|be|will\s+be|shall\s+be)\s+(?:paid|made|given)"
    r"\s+to)\s+(?:the\s+)?" + _COUNCIL)
# The transfer is itself decided in its own words: 'be agreed', 'is transferred', 'approve the transfer'.
_DECIDED_WORDS = re.compile(
    r"\b(?:(?:be|is|are)\s+(?:hereby\s+)?(?:agreed|approved|transferred|endorsed)|approves?|agrees?\s+(?:to\s+)?the|"
    r"resolved)\b", re.I)
# A transfer reported as done or merely possible is not one this paper decides.
_NOT_DECIDED = re.compile(r"\b(?:not|could|might|may|would|was|were|has\s+been|had\s+been|previously)\b", re.I)


def find_local_council_deals(reader: DocumentReader) -> list[Mention]:
    """Transfers to, accepted contributions from and stopped payments to named local councils, as decided."""
    found: list[Mention] = []
    found += _deals(reader, _TRANSFER, "transfer to", A.NEW, per_party=False)
    if reader.issuing_body:
        named_sentences = {m.sentence for m in found}
        found += [m for m in _deals(reader, _TRANSFER_UNNAMED, "transfer to", A.NEW, per_party=False, named=False)
                  if m.sentence not in named_sentences and reader.in_rec(m.start) is not None]
    found += _deals(reader, _CONTRIBUTION_FROM, "contribution from", A.NEW, per_party=True)
    found += _deals(reader, _CONTRIBUTION_BY, "contribution from", A.NEW, per_party=True)
    found += _deals(reader, _PAYMENTS_STOP, "funding paid to", A.TERMINATE, per_party=True)
    return sorted(found, key=lambda m: m.start)


def _deals(reader: DocumentReader, pattern: re.Pattern[str], what: str, action: AgreementAction,
           per_party: bool, named: bool = True) -> list[Mention]:
    """One mention per decided sentence the pattern matches in (or per council, for repeated contributions)."""
    found: list[Mention] = []
    seen: set[str] = set()
    for match in pattern.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        council = _council_name(match.group("council")) if named else " ".join(match.group("council").split())
        if council is None or not _is_decided(reader, sentence, match, pattern in (_TRANSFER, _TRANSFER_UNNAMED)):
            continue
        key = party_key(council) if per_party else f"{sentence}"
        if key in seen or (not per_party and any(m.sentence == sentence for m in found)):
            continue
        seen.add(key)
        subject = " ".join(match.group(0).split()) if pattern in (_TRANSFER, _TRANSFER_UNNAMED) else f"{what} {council}"
        mention = decided_mention(K.OTHER, match.start(), match.end(), sentence, subject, action,
                                  closed=True, rule=LOCAL_COUNCIL_RULE)
        mention.party_name = council if named else None
        found.append(mention)
    return found


def _council_name(raw: str) -> str | None:
    """The council's name without a sentence-opening article; None when only the tier is left."""
    words = raw.split()
    while words and words[0].lower() in {"the", "a", "an", "and", "to", "from"}:
        words = words[1:]
    if len(words) < 3:
        return None
    return " ".join(words[:-1] + ["Council"])


def _is_decided(reader: DocumentReader, sentence: tuple[int, int], match: re.Match[str], transfer: bool) -> bool:
    """A contribution's own words decide it; a transfer needs a deciding verb or a recommendation, not history."""
    if not transfer:
        return True
    text = reader.text[sentence[0]:sentence[1]]
    if _NOT_DECIDED.search(text[:match.end() - sentence[0]]):
        return False
    return bool(_DECIDED_WORDS.search(text)) or reader.in_rec(match.start()) is not None or decides(reader, sentence)
