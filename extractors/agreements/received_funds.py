"""Money a decision item takes in from named bodies ('Receipt of £325,000 from Northby Trust (£100,000) and the
Southby Foundation (£25,000)', 'To accept £40,000 from the Northshire Arts Fund'): one grant the issuer receives,
its funders the parties. A receipt from no named body ('from the sale of the depot') is no agreement."""

from __future__ import annotations

import re

from extractors.agreements.decisions import ITEM_OPENING, decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, orgs_within
from extractors.money import WRITTEN_SUM

RECEIVED_FUNDS_RULE = "agreements.received_funds"

# The item opens on taking a sum in, in nominal or verb form: 'Receipt of £X', 'To approve the receipt of £X',
# 'That the Council accepts £X', 'Acceptance of up to £X'.
_RECEIPT = re.compile(
    ITEM_OPENING + r"(?:(?:To|That\s+the\s+[A-Z]\w*(?:\s+[A-Z]\w*)?)\s+)?"
    r"(?:(?:approves?|agrees?|notes?|approval\s+of)\s+(?:to\s+)?(?:the\s+)?)?"
    r"(?P<verb>receipt|acceptance|receives?|accepts?)\s+(?:of\s+)?(?:up\s+to\s+)?(?:a\s+sum\s+of\s+)?"
    + WRITTEN_SUM,
    re.I,
)
# Where the funders are named: 'from', up to the item's first clause break.
_FROM = re.compile(r"\bfrom\s+(?P<funders>[^;\n]{3,400})", re.I)


def find_received_funds(reader: DocumentReader, found: list[Mention]) -> list[Mention]:
    """One grant per decision item receiving a sum from named bodies, where no rule read an agreement there."""
    mentions: list[Mention] = []
    for span, _rec in reader.recs:
        if any(span[0] <= m.start < span[1] and m.is_read() for m in found):
            continue  # the item's agreement is read already
        item = reader.text[span[0]:span[1]]
        receipt = _RECEIPT.match(item)
        if receipt is None:
            continue
        source = _FROM.search(item, receipt.end())
        if source is None:
            continue
        start = span[0] + source.start("funders")
        funders = [o for o in orgs_within(reader.orgs, start, span[0] + source.end("funders"))
                   if not reader.is_issuer(o.name)]
        if not funders:
            continue
        subject = f"funding from {funders[0].name}" if len(funders) == 1 else "funding from " + ", ".join(
            f.name for f in funders)
        mentions.append(decided_mention(K.GRANT, span[0] + receipt.start("verb"), funders[-1].end, span, subject,
                                        A.NEW, closed=True, rule=RECEIVED_FUNDS_RULE, parties=funders))
    return mentions
