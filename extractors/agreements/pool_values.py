"""Sums a partnership agreement's own sentence ties to it: its pooled budget, fund, total value or contributions to the pool."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import Group

# Words just before a sum that make it the pool's size: "a pooled budget of £48.6m", "a total value of",
# "contributions to the pooled fund of", "the fund totals". "budget" or "fund" alone is not enough: a
# council's "net budget of £1.2bn" beside a s75 mention is no part of the agreement.
_POOL_NOUN = (r"(?:pooled\s+(?:budget|fund)s?|(?:the|a|this)\s+pool|Better\s+Care\s+Fund(?:\s+\(BCF\))?|BCF"
              r"|total\s+(?:value|budget|pool|fund)|(?:overall|combined|total|full)\s+value"
              r"|value\s+of\s+(?:the|this)\s+(?:agreement|pool|fund|arrangement)"
              r"|contributions?\s+(?:to|into)\s+(?:the|this)\s+(?:pool(?:ed\s+(?:budget|fund))?|fund|BCF|Better\s+Care\s+Fund))")
_LINK = (r"(?:\s+(?:for\s+\d{4}(?:/|\s*(?:-|to)\s*)\d{2,4}|in\s+\d{4}(?:/|-)\d{2,4}))?"  # "for 2025/26"
         r"\s*(?:of|worth|is|was|will\s+be|totall?ing|totals|amounting\s+to|amounts\s+to|valued\s+at|at|:)?"
         r"\s*(?:up\s+to|approximately|around|about|some|circa|c\.|in\s+the\s+region\s+of|over)?\s*$")
_BEFORE = re.compile(r"\b" + _POOL_NOUN + _LINK, re.I)
# "a £48.6m pooled budget": the noun straight after the sum.
_AFTER = re.compile(r"^\s*(?:million|m|bn|k)?\s*(?:pooled\s+(?:budget|fund)|pool\b)", re.I)
_LOOK_BEHIND = 90  # characters before a sum searched for its tie; a clause, not the sentence


def partnership_values(reader: DocumentReader, group: Group) -> list[Decimal]:
    """Amounts in a mention's sentence that the words around them tie to the pool, first named first."""
    values: list[Decimal] = []
    # Only the sentences naming the agreement itself: a "the pooled budget is £18m" sentence folded into a
    # s75 by nearness may speak of another pool.
    for mention in (m for m in group.mentions if m.kind == group.kind):
        s_start, s_end = mention.sentence
        for (a_start, a_end), amount in reader.amounts:
            if not s_start <= a_start < s_end or amount.value_gbp in values:
                continue
            before = reader.text[max(s_start, a_start - _LOOK_BEHIND):a_start]
            before = re.split(r";\s|\n\s*\n", before)[-1]  # the amount's own clause or paragraph only
            after = reader.text[a_end:min(s_end, a_end + 30)]
            if _BEFORE.search(before) or _AFTER.search(after):
                values.append(amount.value_gbp)
    return values
