"""Agreements a decision item makes in general form: the item's verb acts on an agreement noun ('To approve an
improvements loan of £50,000 to the Village Hall Trust', 'To extend the lease and service level agreement with X',
'That the Council extends its financial support to X up to 31 March 2024') and the item names the other party.

This reader runs over the recommendation items the recommendations extractor found and only where no other rule
found an agreement inside the item, so it adds the agreements the wording-specific rules miss without doubling any.
"""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import POLICY_FRAMEWORK_WORDS, A, K, Mention, OrgSpan, orgs_within
from schemas import AgreementAction

DECIDED_ITEM_RULE = "agreements.decided_item"

# The deciding verb, in the forms items use: 'To approve', 'That the Council approves', 'be extended' is left out
# (a passive item names its noun first and other rules read it).
_VERB = (r"(?P<verb>approv(?:e|es|ed|ing)|agree(?:s|d)?|award(?:s|ed)?|extend(?:s|ed)?|renew(?:s|ed)?|"
         r"var(?:y|ies|ied)|terminat(?:e|es|ed)|enter(?:s|ed)?\s+into|grant(?:s|ed)?|provid(?:e|es|ed)|"
         r"continu(?:e|es|ed))")
# The agreement nouns, longest first so 'service level agreement' is not read as a bare 'agreement'.
_NOUN = (r"(?P<noun>service\s+level\s+agreements?|SLAs?|memorand(?:um|a)\s+of\s+understanding|MoUs?|"
         r"financial\s+support|grant\s+funding|grants?|funding|loans?|leases?|licen[cs]es?|contracts?|tenders?|"
         r"framework(?:\s+agreements?)?|agreements?)")
# Verb, up to five words (no clause break), then the noun: the noun is the verb's object.
_ITEM = re.compile(r"\b" + _VERB + r"\s+(?P<gap>(?:(?!(?:and|or|but|which|that|to|for|with)\b)[\w£,.’'&()-]+\s+){0,5}?)"
                   + _NOUN + r"\b", re.I)
# The item opens as a decision: 'To approve ...', 'That the Council ...', 'Cabinet agreed to ...'.
_DECIDES = re.compile(r"^\W{0,6}(?:[a-z0-9ivx]{1,4}[.)]\s+)?(?:To\s|That\s|(?:The\s+)?(?:Council|Cabinet|Committee|"
                      r"Executive|Board)\b)", re.I)
# The noun named as a policy, a plan or a process, not an agreement ('the grant funding policy').
_NOT_AGREEMENT_AFTER = re.compile(
    r"^\s+(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|schemes?|programmes?|criteria|process(?:es)?|procedures?|"
    r"regulations?|rules|registers?|management|monitoring|conditions|award\s+criteria|evaluation|"
    r"arrangements?\s+for\s+(?:the\s+)?(?:council|authority)|officer|team|report)\b", re.I)
# A gap word saying the noun is a policy frame, or a verb whose 'grant'/'provide' is not the decision's.
_GAP_REFUSES = re.compile(r"\b(?:policy|strategy|plan|report|authority|delegat\w*|powers?|consent|permission)\b", re.I)
# Words before the agreement's own name: 'an', 'its', 'its provision of', 'the award of'.
_DETERMINER = re.compile(r"^(?:(?:a|an|the|its?|their|our)\s+)?(?:(?:provision|award|extension|renewal|variation)\s+of\s+"
                         r"(?:the\s+|a\s+|an\s+)?)?", re.I)
_SECOND_NOUN = re.compile(r"\s+and\s+(?:the\s+|a\s+|an\s+)?" + _NOUN + r"\b", re.I)
_KIND = {"service level": K.CONTRACT, "sla": K.CONTRACT, "contract": K.CONTRACT, "tender": K.CONTRACT,
         "framework": K.FRAMEWORK, "grant": K.GRANT, "funding": K.GRANT, "financial support": K.GRANT}
_ACTION = {"award": A.AWARD, "extend": A.EXTEND, "continu": A.EXTEND, "renew": A.RENEW, "var": A.VARY,
           "terminat": A.TERMINATE}


def find_decided_items(reader: DocumentReader, found: list[Mention]) -> list[Mention]:
    """One mention per decision item acting on an agreement with a named party, where no rule found one there."""
    mentions: list[Mention] = []
    for span, _rec in reader.recs:
        if any(span[0] <= m.start < span[1] for m in found + mentions):
            continue  # the item's agreement is read already (or the item is another rule's)
        mentions += _item_mentions(reader, span)
    return mentions


def _item_mentions(reader: DocumentReader, span: tuple[int, int]) -> list[Mention]:
    """The agreements the item's verb acts on, with the parties the item names after the verb."""
    text = reader.text[span[0]:span[1]]
    if not _DECIDES.match(text):
        return []
    match = _ITEM.search(text)
    if match is None or _GAP_REFUSES.search(match.group("gap")) or _NOT_AGREEMENT_AFTER.match(text[match.end():]):
        return []
    noun = " ".join(match.group("noun").lower().split())
    if noun.startswith("framework") and match.group("gap").split() and \
            match.group("gap").split()[-1].lower() in POLICY_FRAMEWORK_WORDS:
        return []
    start, end = span[0] + match.start("noun"), span[0] + match.end("noun")
    parties = _parties(reader, span[0] + match.start("verb"), span[1])
    if not parties:
        return []
    subject = _DETERMINER.sub("", text[match.start("gap"):match.end("noun")].strip()) or None
    action = _action(match.group("verb"))
    found = [decided_mention(_kind(noun, text[match.end("noun"):match.end("noun") + 40]), start, end, span, subject,
                             action, rule=DECIDED_ITEM_RULE, parties=parties)]
    # 'extend the lease and service level agreement with X': two agreements under one verb.
    second = _SECOND_NOUN.match(text, match.end("noun"))
    if second and not _NOT_AGREEMENT_AFTER.match(text[second.end():]):
        second_noun = " ".join(second.group("noun").lower().split())
        found.append(decided_mention(_kind(second_noun, text[second.end():second.end() + 40]),
                                     span[0] + second.start("noun"), span[0] + second.end("noun"), span,
                                     second.group("noun"), action, rule=DECIDED_ITEM_RULE, parties=parties))
    return found


def _parties(reader: DocumentReader, start: int, end: int) -> list[OrgSpan]:
    """Organisations other than the issuer named in the item after its verb (reader.orgs leaves the issuer out)."""
    return [o for o in orgs_within(reader.orgs, start, end) if not reader.is_issuer(o.name)]


def _kind(noun: str, after: str) -> K:
    """The agreement's kind from its noun: 'SLA funding' is a grant, a loan, lease or licence is another kind."""
    if noun.startswith(("service level", "sla")) and re.match(r"\s+(?:funding|grants?)\b", after, re.I):
        return K.GRANT
    for prefix, kind in _KIND.items():
        if noun.startswith(prefix):
            return kind
    return K.OTHER


def _action(verb: str) -> AgreementAction:
    """The action from the deciding verb; approving, agreeing or entering into makes a new agreement."""
    lowered = verb.lower()
    for prefix, action in _ACTION.items():
        if lowered.startswith(prefix):
            return action
    return A.NEW

