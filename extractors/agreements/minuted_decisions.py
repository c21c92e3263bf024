"""Agreements decided in the prose of minutes ('It was RESOLVED to award a grant of £400 to X towards ...', 'Members
agreed to renew the lease with X for five years', 'The Committee awarded a grant of £500 to X'): where the
recommendations extractor kept no item for the sentence, the decision is read from the words after its decision
word, as decided_items reads an item: verb, agreement noun, named party. One agreement per sentence (one per
recipient of a listed award), only in documents whose opening reads as minutes or a decision record, only with a
party other than the issuer named.
"""

from __future__ import annotations

import re

from extractors.agreements.decided_items import _item_mentions  # the item reader, applied to a minuted sentence
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention
from extractors.recommendations.minutes import MINUTES_HINT

MINUTED_DECISION_RULE = "agreements.minuted_decision"

# Where the decided words start: after 'RESOLVED', 'agreed', 'decided' or 'approved' with 'to'/'that' (the item
# reader then sees 'to award ...' or 'that a grant ... be made'), or at the deciding body before its past-tense verb.
_DECISION_ANCHOR = re.compile(
    r"\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|DECIDED|[Dd]ecided|APPROVED|[Aa]pproved)\s*(?:,\s*)?"
    r"(?:unanimously\s+|accordingly\s+|therefore\s+)?(?::\s*|-\s*)?(?=(?:to|that|To|That)\b)|"
    r"\b(?=(?:Council|Cabinet|Committee|Executive|Board)\s+(?:unanimously\s+)?(?:awarded|agreed|approved|granted|"
    r"renewed|extended|accepted|resolved)\b)")
# Minutes telling what was done before ('In 2019 the Council accepted funding from ...'): history, not a decision.
_HISTORY = re.compile(r"\b(?:in|since|during|until)\s+(?:(?:early|late|mid|January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)\s+)?(?:19|20)\d\d\b|\b(?:previously|originally|"
                      r"historically|last\s+year|in\s+the\s+past|had\s+(?:been\s+)?(?:agreed|approved|resolved|decided))\b",
                      re.I)
_HEAD_LINES = 40  # minutes say what they are in their first lines (as the recommendations extractor reads them)


def find_minuted_decisions(reader: DocumentReader, found: list[Mention]) -> list[Mention]:
    """One agreement per minuted decision sentence that names a party, outside the items already read."""
    if not _reads_as_minutes(reader.text):
        return []
    mentions: list[Mention] = []
    for sentence in reader.sentences:
        if reader.in_rec(sentence[0]) or reader.in_rec(max(sentence[0], sentence[1] - 2)):
            continue  # the recommendation reader (decided_items) reads the items
        if any(sentence[0] <= m.start < sentence[1] and m.is_read() for m in found + mentions):
            continue  # another rule read the agreement in this sentence
        anchor = _DECISION_ANCHOR.search(reader.text, sentence[0], sentence[1])
        if anchor is None or _HISTORY.search(reader.text, sentence[0], sentence[1]):
            continue
        item = [m for m in _item_mentions(reader, (anchor.end(), sentence[1])) if m.counterparties]
        if not item:
            continue
        item = [m for m in item if m.start == item[0].start]  # one agreement (or one per listed recipient)
        found[:] = [m for m in found if not any(m.start < i.end and i.start < m.end for i in item)]
        for mention in item:
            mention.sentence = sentence
            mention.rule = MINUTED_DECISION_RULE
            # 'resolved to award a grant of £400 to X': the issuer pays (not a grant it receives).
            mention.grant_outwards = mention.kind == K.GRANT and mention.action == A.AWARD
        mentions += item
    return mentions


def _reads_as_minutes(text: str) -> bool:
    """Whether the document's opening lines say it records decisions (minutes, a decision notice)."""
    return bool(MINUTES_HINT.search("\n".join(text.split("\n")[:_HEAD_LINES])))
