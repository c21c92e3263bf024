"""The outcome a decision records ("approved", "deferred"), from its verb, its wording or the page's status."""

from __future__ import annotations

import re

from extractors.recommendations.minutes import DECISION_STATUS
from extractors.recommendations.vocab import OUTCOMES


def outcome_of(verb: str | None, text: str, status: str | None) -> str | None:
    """A decision's outcome: its own wording first, then the page's status, then its verb."""
    low = text.lower()
    if re.search(r"\b(?:deferred|be deferred)\b", low):
        return "deferred"
    if re.search(r"\b(?:not approved|rejected|refused|declined)\b", low):
        return "rejected"
    if status:
        return status
    return OUTCOMES.get(verb or "", "agreed" if verb in (None, "resolve") else None)


def status_outcome(text: str) -> str | None:
    """The outcome a ModernGov decision notice states ("Decision status: Recommendations Approved")."""
    m = DECISION_STATUS.search(text)
    if not m:
        return None
    status = m.group("status").lower()
    for word, outcome in (("defer", "deferred"), ("reject", "rejected"), ("withdrawn", "withdrawn"),
                          ("call", "called in"), ("approv", "approved"), ("agreed", "agreed"),
                          ("noted", "noted")):
        if word in status:
            return outcome
    return None
