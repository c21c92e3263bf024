"""A council's decided contribution to another council's scheme ('approve a £250,000 capital contribution to
Barset County Council towards its new day centre'): an inter-authority arrangement with the receiving council."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, COUNCIL_TYPES, K, Mention, OrgSpan, party_key
from extractors.agreements.sentences import sentence_at
from extractors.bodies import lookup


CONTRIBUTION_RULE = "agreements.council_contribution"

# 'approval to make a £120,000 contribution', 'agreed to make a capital contribution of £50k', 'its commitment to
# contribute £1m': the paying side's own decision (or the approval it seeks) to put money in.
_CONTRIBUTE = re.compile(
    r"\b(?P<lead>approv(?:al|e|es|ed)|agree(?:s|d)?|commitment|decided|resolved|authoris(?:e|es|ed|ation))\s+to\s+"
    r"(?:make\s+(?:a|an)\s+(?:£\s?[\d,.]+\s*(?:k|m|million)?\s+)?(?:(?:one-off|significant|financial|capital|revenue)\s+)*"
    r"contribution|contribute)\b")
# What the money goes to: a council named as receiving it, or its scheme ('to Barset County Council's ...').
_RECIPIENT_CUE = re.compile(r"\b(?:to|towards)\s+(?:the\s+)?$")
# 'towards Anyshire County Council's scheme': a council the organisations list may miss before its possessive,
# taken only when the reference table knows it.
_WRITTEN_COUNCIL = re.compile(r"\b(?:to|towards)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}(?:[Cc]ouncil))\b")
# 'to the County Council's proposed development': the recipient called by its tier, named elsewhere nearby.
_TIER_RECIPIENT = re.compile(r"\b(?:to|towards)\s+the\s+(?P<tier>(?:County|City|District|Borough|Town|Parish)\s+Council)\b")
# History and conditions decide nothing now.
_NOT_NOW = re.compile(r"\b(?:not|could|might|would|previously|was\s+asked|if)\b", re.I)


def find_council_contributions(reader: DocumentReader) -> list[Mention]:
    """One inter-authority mention per receiving council the paper decides (or seeks approval) to contribute to."""
    found: list[Mention] = []
    seen: set[str] = set()
    for match in _CONTRIBUTE.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if _NOT_NOW.search(reader.text[sentence[0]:match.start()]):
            continue
        if not (decides(reader, sentence) or _asks_approval(reader, sentence, match)):
            continue
        recipient = _recipient(reader, sentence, match.end())
        if recipient is None or party_key(recipient.name) in seen:
            continue
        seen.add(party_key(recipient.name))
        mention = decided_mention(K.INTER_AUTHORITY, match.start(), match.end(), sentence,
                                  f"contribution to {recipient.name}", A.NEW, closed=True, rule=CONTRIBUTION_RULE,
                                  parties=[recipient])
        found.append(mention)
    return found


def _asks_approval(reader: DocumentReader, sentence: tuple[int, int], match: re.Match[str]) -> bool:
    """'The report sought Cabinet's approval to make ...', 'this Council's commitment to make ...'."""
    if match.group("lead") == "commitment":
        return True
    before = reader.text[sentence[0]:match.start()]
    return bool(re.search(r"\b(?:sought|seeks?|seeking|requests?|requested|asks?|asked)\s+(?:[\w’']+\s+){0,3}$", before))


def _recipient(reader: DocumentReader, sentence: tuple[int, int], pos: int) -> OrgSpan | None:
    """The council the contribution goes to: named after 'to'/'towards', or called there by its tier ('to the County
    Council's scheme') with one such council named nearby, else the one other council named in it or just before."""
    councils = [o for o in reader.all_orgs if o.org_type in COUNCIL_TYPES]
    for org in councils:
        if pos <= org.start < sentence[1] and _RECIPIENT_CUE.search(reader.text[max(pos, org.start - 12):org.start]):
            return org  # the text itself names the recipient
    written = _WRITTEN_COUNCIL.search(reader.text, pos, sentence[1])
    if written is not None:
        body = lookup(written.group("name"))
        if body is not None and body.org_type in COUNCIL_TYPES:
            return OrgSpan(written.start("name"), written.end("name"), " ".join(written.group("name").split()),
                           body.org_type)
    window = (max(0, sentence[0] - 400), sentence[1])
    tier = _TIER_RECIPIENT.search(reader.text, pos, sentence[1])
    if tier is not None:
        ending = " ".join(tier.group("tier").split()).lower()
        return _only_one([o for o in councils if window[0] <= o.start < window[1]
                          and o.name.lower().endswith(ending)])
    previous = sentence_at(reader.sentences, max(0, sentence[0] - 2))
    start = previous[0] if previous != sentence else sentence[0]
    # Named only nearby: never the paying council itself.
    return _only_one([o for o in councils if start <= o.start < sentence[1] and not reader.is_issuer(o.name)])


def _only_one(candidates: list[OrgSpan]) -> OrgSpan | None:
    """The one council named among the candidates; none, or several, is better missed than guessed."""
    names = {o.name for o in candidates}
    return candidates[0] if len(names) == 1 else None
