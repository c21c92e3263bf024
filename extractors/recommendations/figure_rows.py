"""Rows of a budget table ('Greener Buses 24-25 +0.015 Virement of grant') that a list under a lead-in picks up:
figures without '£' in columns, which no recommendation is written as."""

from __future__ import annotations

import re

# A bare figure as tables print them: '579.1', '-2,307.1', '+0.017', '(1,311.9)'; never a sum with '£' or a percentage.
_FIGURE = re.compile(r"(?<![\w£$.,/+-])[-–+(]?\d{1,3}(?:,\d{3})*(?:\.\d{1,3})?\)?(?![\w.,/%-]|\s*(?:m|k|bn)\b)")
_SHAPED = re.compile(r"[.,]")
_SIGNED = re.compile(r"^[-–+]")
# '676 38 38 75 75': whole numbers in a run, the columns of a '£000' table.
_RUN = re.compile(r"(?<![\w£$.,/-])\d{1,3}(?:,\d{3})*(?:[ \t]+\d{1,3}(?:,\d{3})*){2,}(?![\w.,/%-]|\s*(?:m|k|bn)\b)")


def is_figures_row(text: str) -> bool:
    """Whether an item reads as a table row of figures rather than a sentence asking for a decision."""
    shaped = [f for f in _FIGURE.findall(text) if _SHAPED.search(f)]
    signed = [f for f in shaped if _SIGNED.match(f)]
    return len(shaped) >= 3 or len(signed) >= 2 or _RUN.search(text) is not None


THRESHOLD_ROW_WORDS = 12
"""The most words a threshold row holds: a band and a post."""
# "Up to £2,500 - Service Manager/Lead", "Over £50,000 – Section 151 Officer": a row of a scheme of delegation's
# thresholds, spelling out who may decide what, under the decision that sets it.
_THRESHOLD_ROW = re.compile(r"^(?:up\s+to|over|above|below|under|less\s+than|more\s+than)\s+£\s?[\d,.]+\s*(?:k|m)?\s*[-–—:]\s*\S",
                            re.IGNORECASE)


def is_threshold_row(text: str) -> bool:
    """Whether an item is a delegation threshold's row (an amount band, then who decides), not a decision."""
    return _THRESHOLD_ROW.match(text.strip()) is not None and len(text.split()) <= THRESHOLD_ROW_WORDS
