"""Decisions that refuse, decline or put off an agreement ('the Committee decided not to award grants to X',
'Members declined to fund ...', 'the application from X be refused', 'consideration of the grant be deferred'):
nothing is made or changed, so no agreement is read there.

One shared check for every rule that reads agreements from decision wording. A decision not to renew, not to extend
(or not to re-commission) a running agreement is not refused here: it lets that agreement end, and the rules
read it as a termination.
"""

from __future__ import annotations

import re

from extractors.agreements.records import A, Mention

# A negated deciding verb: 'not to award', 'decided not to fund', 'will not be entering into', 'did not approve'.
# 'not (to) renew', 'not (to) extend' and 'not re-commission' are left out on purpose: they let an agreement end
# (a termination).
_NOT_VERB = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?:to\s+)?(?:be\s+)?(?:(?:\w+ly)\s+)?"
    r"(?:award|grant|approv|agree|fund|support|accept|enter|offer|make|giv|proceed|continu|sign|let|"
    r"provid|pay|allocat|procure|commission|donat)\w*\b|(?:\bnot|\bnever|n['’]t)\s+(?:to\s+)?(?:be\s+)?$", re.I)
# A refusing verb before the agreement in its clause: 'declined to award a grant to X', 'refused the application'.
_REFUSING = re.compile(r"\b(?:declin(?:e|ed|es|ing)|refus(?:e|ed|es|ing|al)|reject(?:ed|s|ing|ion)?)\b", re.I)
# Put off: only a decision, application or request is deferred ('the decision on the grant to X be deferred');
# 'the start of the contract be deferred to May' changes the agreement (a variation), it does not refuse it.
_PUT_OFF = re.compile(r"\b(?:be|was|were|is|are|been|being|to\s+be)\s+(?:hereby\s+)?(?:deferred|postponed)\b", re.I)
_PUT_OFF_WHAT = re.compile(r"\b(?:decisions?|applications?|consideration|requests?|bids?)\b", re.I)
# After the agreement in its clause: 'be refused', 'was declined', 'is deferred', 'was not approved'.
_REFUSED_AFTER = re.compile(
    r"\b(?:be|was|were|is|are|been|being|to\s+be)\s+(?:hereby\s+|therefore\s+|again\s+)?"
    r"(?:refused|declined|rejected|withdrawn|not\s+(?:be\s+)?(?:approved|awarded|agreed|granted|"
    r"supported|accepted|made|given|funded))\b", re.I)
# Where the clause holding the agreement begins or ends: a stop, a semicolon, a colon, a new line, 'but', 'however'.
# A clause of its own also starts at 'and' before a deciding verb: 'rejected tender A and awarded the contract to B'.
_CLAUSE_BREAK = re.compile(r"[.;:\n]|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|"
                           r"\b(?:and|then)\s+(?=(?:to\s+)?(?:award|approv|agree|accept|enter|grant|offer|extend|renew)\w*)",
                           re.I)
_REACH = 90  # characters either side of the agreement that still belong to its decision


def refused_decision(text: str, mention: Mention) -> bool:
    """Whether the decision wording around the mention refuses, declines or defers it (a termination is kept)."""
    if mention.action == A.TERMINATE:
        return False
    before = _clause_before(text, max(mention.sentence[0], mention.start - _REACH), mention.start)
    after = _clause_after(text, mention.end, min(mention.sentence[1], mention.end + _REACH))
    if _NOT_VERB.search(before) or _REFUSING.search(before) or _REFUSED_AFTER.search(after):
        return True
    return _PUT_OFF.search(after) is not None and _PUT_OFF_WHAT.search(before) is not None


def _clause_before(text: str, start: int, end: int) -> str:
    """The words of the mention's clause before it, from the last clause break."""
    window = text[start:end + 30]  # a break at the window's end looks ahead to the verb after 'and'
    breaks = [b for b in _CLAUSE_BREAK.finditer(window) if b.end() <= end - start]
    return window[breaks[-1].end() if breaks else 0:end - start]


def _clause_after(text: str, start: int, end: int) -> str:
    """The words of the mention's clause after it, to the next clause break."""
    window = text[start:end]
    stop = _CLAUSE_BREAK.search(window)
    return window[:stop.start()] if stop else window
