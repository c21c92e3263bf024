"""Section 256 transfers: an NHS body paying a council a stated sum under s256 of the NHS Act 2006 (kind 'other')."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention
from schemas import AgreementAction

S256_RULE = "agreements.section_256"
S256_BASIS = "NHS Act 2006 s256"
_S256 = re.compile(r"\b(?:section|s\.?)\s*256\b", re.I)
_S256_AGREEMENT = re.compile(r"\b(?:section|s\.?)\s*256\s+(?:funding\s+)?agreements?\b", re.I)
# The money moving: "a transfer of £1.2m", "the payment of £400,000", "£2m be transferred".
_TRANSFER = re.compile(r"\b(?:transfer(?:s|red|ring)?|payments?|paid|pay|grant)\b", re.I)
_SUM_BEFORE = re.compile(r"\b(?:transfers?|payments?|sum|funding|contributions?|grant)\s+(?:of\s+)?"
                         r"(?:up\s+to\s+|approximately\s+|around\s+)?$", re.I)
_SUM_AFTER = re.compile(r"^\s*(?:million|m|k)?\s*(?:(?:is|be|was|will\s+be|to\s+be)\s+)?(?:transferred|paid)\b", re.I)
# The verb that decides on the transfer, nearest before it: "approve a transfer", "note the transfer".
_VERBS: list[tuple[AgreementAction, re.Pattern[str]]] = [
    (A.NEW, re.compile(r"\b(?:approv\w*|agree\w*|authoris\w*|authoriz\w*|accept\w*|enter\w*\s+in(?:\s+|\s*)to|make|making)\b", re.I)),
    (A.NOTE, re.compile(r"\bnot(?:e|ed|ing)\b", re.I)),
]


def find_s256_transfers(reader: DocumentReader) -> list[Mention]:
    """One mention per sentence that moves a stated sum under section 256; a list of powers moves nothing."""
    found: list[Mention] = []
    for basis in _S256.finditer(reader.text):
        sentence = next((s for s in reader.sentences if s[0] <= basis.start() < s[1]), None)
        if sentence is None or any(m.sentence == sentence for m in found):
            continue
        text = reader.text[sentence[0]:sentence[1]]
        transfer = _TRANSFER.search(text)
        if transfer is None or not transfer_values(reader, sentence):
            continue
        start = sentence[0] + transfer.start()
        mention = reader.mention(K.OTHER, start, max(basis.end(), start + len(transfer.group(0))), subject="section 256 transfer")
        mention.counterparties = [o for o in reader.public_bodies_in(sentence) if o.name != reader.issuing_body]
        mention.linked = bool(mention.counterparties)
        mention.action = _deciding_verb(text[:transfer.start()])
        mention.rule = S256_RULE
        found.append(mention)
    return found


def find_s256_agreements(reader: DocumentReader) -> list[Mention]:
    """'enter into a Section 256 agreement with X CCG': the agreement itself, when it names the other body."""
    found: list[Mention] = []
    for match in _S256_AGREEMENT.finditer(reader.text):
        mention = reader.mention(K.OTHER, match.start(), match.end(), subject="section 256 agreement")
        if not mention.counterparties:
            continue  # "under a section 256 agreement" in passing names no one to agree with
        mention.action = _deciding_verb(reader.text[mention.sentence[0]:match.start()])
        mention.rule = S256_RULE
        found.append(mention)
    return found


def transfer_values(reader: DocumentReader, sentence: tuple[int, int]) -> list[Decimal]:
    """Sums in the sentence that its words say are transferred or paid."""
    values: list[Decimal] = []
    for (a_start, a_end), amount in reader.amounts:
        if not sentence[0] <= a_start < sentence[1] or amount.value_gbp in values:
            continue
        before = reader.text[max(sentence[0], a_start - 40):a_start]
        after = reader.text[a_end:min(sentence[1], a_end + 30)]
        if _SUM_BEFORE.search(before) or _SUM_AFTER.search(after):
            values.append(amount.value_gbp)
    return values


def _deciding_verb(before: str) -> AgreementAction | None:
    """The action of the last deciding verb before the transfer word, if any."""
    best: tuple[int, AgreementAction] | None = None
    for action, pattern in _VERBS:
        for match in pattern.finditer(before):
            if best is None or match.start() > best[0]:
                best = (match.start(), action)
    return best[1] if best else None
