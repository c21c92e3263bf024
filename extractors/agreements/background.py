"""Agreements a paper only names as the means of something else: the framework a contract is called off from
('award ... to Acme Ltd from the Barset Framework'), and the Better Care Fund named as where money comes from
('funding sources are the Better Care Fund and Section 106 contributions'), and agreements told of in a member's
update to a meeting ('Mr X, Cabinet Member for Y, provided an update on the following: ... (b) the Council has
secured a new contract with Z'): news reported to the meeting, not dealt with by it. Grants too, when minutes
name them only as where a service's money comes from or in an officer's answer ('Officers confirmed that funding
was received via the Department of Health grants')."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import K, Group, Mention

# 'from the ESPO Framework', 'via the X framework (under Lot 2 ...)', 'called off under the Y Framework'.
_ROUTE_BEFORE = re.compile(r"\b(?:from|via|through|using|under|off)\s+(?:the|an?|its|their)\s+(?:[\w&'’-]+\s+){0,4}$", re.I)
# Wording that says money comes from a fund, not that the fund is dealt with.
_FUNDING_SOURCE = re.compile(
    r"\bfunding\s+sources?\b|\bsources?\s+of\s+(?:the\s+)?funding\b|\bfunded\s+(?:from|by|through|via|out\s+of)\b|"
    r"\bfund(?:ed|ing)\s+(?:will\s+)?(?:come|comes|coming)\s+from\b|\bcontributions?\s+from\s+(?:the\s+)?(?:BCF|Better\s+Care\s+Fund)\b"
    r"|\b(?:funding|money|income)\s+(?:is|was|were|has\s+been|had\s+been)\s+(?:received|provided|secured)\s+"
    r"(?:via|through|from|by)\b",
    re.I)
# Minutes telling what an officer said ('In response to a question, the Director explained that ...'): an account
# given to the meeting, not its decision.
_OFFICER_ACCOUNT = re.compile(
    r"^[^.;:]{0,80}?\b(?:officers?|director|head\s+of\s+[\w ]+?|manager|lead\s+officer|in\s+response\b[^.;:]{0,60}?)\s+"
    r"(?:\w+\s+)?(?:confirmed|noted|explained|stated|advised|reported|responded|replied|clarified|highlighted|added|said)"
    r"\s+that\b", re.I)


# A minute item that is an update given to the meeting; it runs from its number to the next numbered item.
_UPDATE_LEAD = re.compile(r"\b(?:provided|gave|presented|delivered)\s+(?:an?\s+|the\s+)?(?:brief\s+|verbal\s+|oral\s+)?"
                          r"updates?\s+(?:on|about|regarding)\b", re.I)
_MINUTE_ITEM = re.compile(r"(?m)^[ \t]*\d{1,3}\.[ \t]+(?=[A-Z])")


def is_background(reader: DocumentReader, group: Group) -> bool:
    """A framework named only as a contract's route, a BCF named only as a source of funding, or an agreement
    named only inside a member's update to a meeting."""
    if any(m.closed or m.decided for m in group.mentions):
        return False
    if all(_in_update(reader, m) for m in group.mentions):
        return True
    if any(m.linked for m in group.mentions):
        return False
    if group.kind == K.FRAMEWORK:
        return all(_route(reader, m) for m in group.mentions)
    if group.kind in {K.BETTER_CARE_FUND, K.POOLED_BUDGET}:
        return all(_FUNDING_SOURCE.search(reader.text[m.sentence[0]:m.sentence[1]]) for m in group.mentions)
    if group.kind == K.GRANT:
        return all(_funding_account(reader, m) for m in group.mentions)
    return False


def _funding_account(reader: DocumentReader, mention: Mention) -> bool:
    """The grant's sentence says only where money comes from, or is an officer's account to the meeting."""
    sentence = reader.text[mention.sentence[0]:mention.sentence[1]].strip()
    return bool(_FUNDING_SOURCE.search(sentence) or _OFFICER_ACCOUNT.search(sentence))


def _route(reader: DocumentReader, mention: Mention) -> bool:
    """The framework is what a contract in the same sentence is awarded or called off from."""
    sentence = reader.text[mention.sentence[0]:mention.sentence[1]]
    start = mention.start
    if mention.subject:  # 'the ESPO Framework': the words before the framework's own name
        found = reader.text.rfind(mention.subject, max(0, start - len(mention.subject) - 5), start)
        start = found if found != -1 else start
    before = reader.text[max(mention.sentence[0], start - 60):start]
    return bool(_ROUTE_BEFORE.search(before)) and bool(
        re.search(r"\b(?:contracts?|call[- ]off|mini[- ]competition|award\w*)\b", sentence, re.I))


def _in_update(reader: DocumentReader, mention: Mention) -> bool:
    """The mention sits in a minute item that opens as an update given to the meeting, and no decision wording
    is in its own sentence."""
    item_start = None
    for item in _MINUTE_ITEM.finditer(reader.text, max(0, mention.start - 3000), mention.start):
        item_start = item.start()
    if item_start is None:
        return False
    lead = reader.text[item_start:min(mention.start, item_start + 250)]
    if not _UPDATE_LEAD.search(lead):
        return False
    return not reader.is_decision(mention.sentence)

