"""Agreements a decision item makes in general form: the item's verb acts on an agreement noun ('To approve an
improvements loan of £50,000 to the Village Hall Trust', 'To extend the lease and service level agreement with X',
'That the Council extends its financial support to X up to 31 March 2024') and the item names the other party.

Passive and nominal items are read too ('That the lease of X be extended', 'a grant of £500 be made to X', 'the award
of the contract ... be approved', 'that approval be given to the agreement with X'); an item naming only the issuer
still gives one agreement when it awards, extends, renews, varies, ends or enters into a single one (not under a
delegation, not negated); 'grants be awarded to A (£x), B (£y) and C' gives one grant per recipient.

This reader runs over the recommendation items the recommendations extractor found and only where no other rule
read an agreement inside the item (with a party, a decision or a table row), so it adds the agreements the
wording-specific rules miss without doubling any.
"""

from __future__ import annotations

import re

from extractors.agreements.actions import OPTIONAL_EXTENSION
from extractors.agreements.decisions import ITEM_OPENING, decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import POLICY_FRAMEWORK_WORDS, A, K, Mention, OrgSpan, orgs_within
from extractors.agreements.sentences import sentence_at
from schemas import AgreementAction

DECIDED_ITEM_RULE = "agreements.decided_item"

# The deciding verb, in the forms items use: 'To approve', 'That the Council approves', 'that approval be given to
# the agreement' (a passive item, 'the lease be extended', is read by _PASSIVE below).
_VERB = (r"(?P<verb>approval\s+(?:be\s+|is\s+)?(?:given\s+)?(?:to|of|for)(?=\s+(?:the|a|an)\s)|"
         r"approv(?:e|es|ed|ing)|agree(?:s|d)?|award(?:s|ed)?|extend(?:s|ed)?|renew(?:s|ed)?|"
         r"var(?:y|ies|ied)|terminat(?:e|es|ed)|enter(?:s|ed)?\s+into|grant(?:s|ed)?|provid(?:e|es|ed)|"
         # "to negotiate the provisions, and conclude the entry into the proposed Service Level Agreement with X"
         r"(?:conclude\s+)?the\s+entry\s+into|"
         r"continu(?:e|es|ed)|offer(?:s|ed)?|accept(?:s|ed)?)")
# The agreement nouns, longest first so 'service level agreement' is not read as a bare 'agreement'.
_NOUN = (r"(?P<noun>service\s+level\s+agreements?|SLAs?|memorand(?:um|a)\s+of\s+understanding|MoUs?|"
         r"financial\s+support|grant\s+funding|grants?|funding|loans?|leases?|licen[cs]es?|contracts?|tenders?|"
         r"framework(?:\s+agreements?)?|agreements?|quot(?:es?|ations?))")
# Verb, up to five words (no clause break), then the noun: the noun is the verb's object.
_ITEM = re.compile(r"\b" + _VERB + r"\s+(?P<gap>(?:(?!(?:and|or|but|which|that|to|for|with)\b)[\w£,.’'&()-]+\s+){0,5}?)"
                   + _NOUN + r"\b", re.I)
# The item opens as a decision: 'To approve ...', 'That the Council ...', 'Cabinet agreed to ...', or with the
# deciding verb itself, as decision lists and notices write them ('Approve ...', 'APPROVED the ...', 'Agrees to ...').
# "I Councillor X, Lead Member for ..., do hereby approve ...": a member's record of decision opens with the member.
_DECIDES = re.compile(ITEM_OPENING + r"(?:To\s|That\b|This\s+decision\s+is\s+(?:also\s+)?to\s|(?:The\s+)?(?:Council|Cabinet|Committee|"
                      r"Executive|Board)\b|(?:approv|agree|award|extend|renew|terminat|enter|offer|accept|authori[sz])\w*\s|"
                      r"I\b[^.;:]{0,250}?\bhereby\s)", re.I)
# The noun named as a policy, a plan or a process, not an agreement ('the grant funding policy').
_NOT_AGREEMENT_AFTER = re.compile(
    r"^\s+(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|schemes?|programmes?|criteria|process(?:es)?|procedures?|"
    r"regulations?|rules|registers?|management|monitoring|conditions|award\s+criteria|evaluation|"
    r"arrangements?\s+for\s+(?:the\s+)?(?:council|authority)|officer|team|report|values?|sums?|prices?|"
    r"procedure\s+rules|standing\s+orders)\b", re.I)
# A gap word saying the noun is a policy frame, or a verb whose 'grant'/'provide' is not the decision's.
_GAP_REFUSES = re.compile(r"\b(?:policy|strategy|plan|report|authority|delegat\w*|powers?|consent|permission)\b", re.I)
# Words before the agreement's own name: 'an', 'its', 'its provision of', 'the award of', and 'of a' when the verb
# read was the noun of 'the award of a new contract'.
_DETERMINER = re.compile(r"^(?:of\s+)?(?:(?:a|an|the|its?|their|our)\s+)?(?:(?:provision|award|extension|renewal|variation)\s+of\s+"
                         r"(?:the\s+|a\s+|an\s+)?)?", re.I)
# "... the proposed Service Level Agreement and Data Sharing Agreement with X": the second may carry a name of its own.
_SECOND_NOUN = re.compile(r"\s+and\s+(?:the\s+|a\s+|an\s+)?(?P<name>(?:(?-i:[A-Z])[\w-]*\s+){0,3})" + _NOUN + r"\b", re.I)
_KIND = {"service level": K.CONTRACT, "sla": K.CONTRACT, "contract": K.CONTRACT, "tender": K.CONTRACT,
         "quot": K.CONTRACT,
         "framework": K.FRAMEWORK, "grant": K.GRANT, "funding": K.GRANT, "financial support": K.GRANT}
_ACTION = {"award": A.AWARD, "extend": A.EXTEND, "extension": A.EXTEND, "continu": A.EXTEND, "renew": A.RENEW,
           "var": A.VARY, "terminat": A.TERMINATE}


# A decision not to act ('decided not to award', 'declined to renew'): no agreement is made or changed.
_NEGATED = re.compile(r"\b(?:not|declined|refused|rejected|deferred)\b", re.I)
# 'not to renew', 'not extend' right before the verb: the agreement is let end, a termination.
_NOT_RENEWING = re.compile(r"\bnot\s+(?:to\s+)?$", re.I)
# Where the active verb stands when it is the item's own: after 'to', opening the item, or after the deciding body
# ('Cabinet agrees'); elsewhere 'awards' or 'grants' may be a noun ('funding awards are included in ...').
_VERB_POSITION = re.compile(r"(?:\bto|" + ITEM_OPENING + r"|\b(?:Council|Cabinet|Committee|Executive|"
                            r"Board|Members|and|hereby))\s*$", re.I)
# The verb under a delegation ('delegate authority to X to extend', 'the approval to award the contract be delegated'):
# the decision delegates, it does not itself act on the agreement.
_DELEGATES = re.compile(r"\bdelegat\w*|\bauthori[sz]\w*\s+(?:officers|the\s+\w+\s+(?:Director|Officer|Head))|"
                        r"\b(?:approval|authority|power)\s+to\s*$", re.I)
# Before a passive item's subject: a label, 'That', 'RESOLVED that', 'it was agreed that'.
_PASSIVE_OPENING = re.compile(ITEM_OPENING + r"(?:(?:it\s+was\s+)?(?:RESOLVED|agreed)\s*:?\s*)?"
                              r"(?:that\b\s*,?\s*)?", re.I)
# The passive item: its subject names the agreement, then 'be awarded / extended / approved ...'.
_BE = r"(?:be|is|are|shall\s+be|should\s+be|will\s+be)"
_PASSIVE_VERB = (r"(?P<pverb>awarded|extended|renewed|varied|terminated|approved|agreed|entered\s+into|granted|made|"
                 r"given|paid|offered|donated|let|accepted)")
_PASSIVE = re.compile(r"(?:(?:the|a|an|its|this|that)\s+)?(?P<gap>(?:(?!(?:be|is|are|and|or|which|that|to|for|with)\b)"
                      r"[\w£,.’'&()-]+\s+){0,6}?)" + _NOUN + r"\b(?P<mid>(?:(?!\b" + _BE + r"\b)[^;:\n]){0,160}?)\s+"
                      + _BE + r"\s+(?:hereby\s+|now\s+|[a-z]+ly\s+)?" + _PASSIVE_VERB + r"\b", re.I)  # "be directly awarded"
# 'X be awarded a grant of £750': the recipients stand before the verb.
_RECIPIENT_PASSIVE = re.compile(r"(?P<who>[^;:\n]{2,160}?)\s+" + _BE
                                + r"\s+(?P<pverb>awarded|offered|given|granted|paid)\s+"
                                r"(?:a|an|the)\s+(?P<gap>(?:[\w£,.-]+\s+){0,4}?)(?P<noun>grant|loan|contract)\b", re.I)
# 'a contract for the health visiting service (... be awarded)': the service the contract is for, part of its name.
# 'a contract for the provision of the move on and resettlement service'.
_SERVICE_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?:provision\s+of\s+(?:the\s+|an?\s+)?)?(?:[\w'’&-]+\s+){0,6}?services?\b",
                            re.I)
# 'the award of', 'an extension of', 'the termination of': the action is the noun before the agreement's.
_NOMINAL_HEAD = re.compile(r"\b(?P<head>award|extension|extend|renewal|variation|termination)s?\s+of\b", re.I)
_NOUN_AFTER_ACTION = re.compile(r"\s+(?P<head>extension|renewal|variation|award)\b", re.I)
_SINGLE_AGREEMENTS = {"service level agreement", "sla", "memorandum of understanding", "mou", "loan", "lease",
                      "licence", "license", "contract", "framework agreement", "grant", "tender", "quote",
                      "quotation"}
_AGREEMENT_ACTIONS = {A.AWARD, A.EXTEND, A.RENEW, A.VARY, A.TERMINATE}
# Between two recipients of a list: a comma or 'and', perhaps after the first one's amount in brackets.
_LIST_JOIN = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+|;\s*)(?:the\s+)?$", re.I)


def find_decided_items(reader: DocumentReader, found: list[Mention]) -> list[Mention]:
    """One mention per decision item acting on an agreement with a named party, where no rule found one there."""
    mentions: list[Mention] = []
    for span, _rec in reader.recs:
        if any(span[0] <= m.start < span[1] and m.is_read() for m in found + mentions):
            continue  # the item's agreement is read already (or the item is another rule's)
        if any(m.term_sentence and span[0] <= m.term_sentence[0] < span[1] for m in found):
            continue  # its agreements are the rows of a list or table it leads into, read one by one
        # A mention of another kind over the same words ('S75 agreement') is the agreement, read by its own rule.
        item = [i for i in _item_mentions(reader, span)
                if not any(m.kind != i.kind and m.start < i.end and i.start < m.end for m in found)]
        if item:
            # A bare noun another rule saw in the item ('grants') is the agreement read here, with its parties.
            found[:] = [m for m in found if not any(m.start < i.end and i.start < m.end for i in item)]
        for mention in item:
            # 'To award a grant of £500 to X': the issuer pays, so the award is this paper's decision, not a grant
            # received (extract.py drops the award vote of a grant coming in).
            mention.grant_outwards = mention.kind == K.GRANT and mention.action == A.AWARD
        mentions += item
    return mentions


def _item_mentions(reader: DocumentReader, span: tuple[int, int]) -> list[Mention]:
    """The agreements the item decides: its verb acting on an agreement noun ('To extend the lease with X'), or
    the noun its passive verb acts on ('That the contract for X be awarded to Y')."""
    text = reader.text[span[0]:span[1]]
    if not _DECIDES.match(text):
        # "a) a contract for the health visiting service ... be directly awarded to X" under "RESOLVED that:": a
        # passive item with no opening word of its own.
        return _passive_mentions(reader, span)
    match = _ITEM.search(text)
    if match is None or _GAP_REFUSES.search(match.group("gap")) or _NOT_AGREEMENT_AFTER.match(text[match.end():]):
        return _passive_mentions(reader, span)
    noun = " ".join(match.group("noun").lower().split())
    if noun.startswith("framework") and match.group("gap").split() and \
            match.group("gap").split()[-1].lower() in POLICY_FRAMEWORK_WORDS:
        return []
    start, end = span[0] + match.start("noun"), span[0] + match.end("noun")
    # Parties stand in the decision's own sentence, or the list it leads into ("award contracts to:" / "a. X: ...");
    # a later sentence may name a body only for its tariff or guidance ("... a contract extension. This will cover
    # ...: The annual NHS England tariff uplift will apply ...").
    sentence_end = sentence_at(reader.sentences, span[0] + match.start("noun"))[1]
    leads_into_list = ":" in reader.text[span[0] + match.end("noun"):sentence_end]
    parties = _parties(reader, span[0] + match.start("verb"), span[1] if leads_into_list else min(span[1], sentence_end))
    action = _nominal_action(match.group("gap"), text[match.end("noun"):]) or _action(match.group("verb"), noun)
    before = text[max(0, match.start("verb") - 30):match.start("verb")]
    if _NOT_RENEWING.search(before) and match.group("verb").lower().startswith(("renew", "extend")):
        action = A.TERMINATE  # 'decided not to extend the lease with X' ends it, as refused_decisions reads it too
    elif _NEGATED.search(before) or OPTIONAL_EXTENSION.search(before) or (
            not parties and not _VERB_POSITION.search(text[:match.start("verb")])):
        return []
    if not parties and not _decides_without_party(noun, action, match.group("verb"), text[:match.start("verb")]):
        return []
    subject_start = match.start("gap")
    # "awards Acme Homes a 4-year contract": the party stands between the verb and the agreement it is given.
    given_to = next((o for o in parties if o.start == span[0] + subject_start), None)
    if given_to is not None:
        article = re.match(r"\s+(?:a|an|the)\s+", text[given_to.end - span[0]:match.start("noun")])
        subject_start = given_to.end - span[0] + article.end() if article else subject_start
    subject = _subject(text, subject_start, match.end("noun"))
    kind = _kind(noun, text[match.end("noun"):match.end("noun") + 40])
    if len(parties) > 1 and kind == K.GRANT and _listed_recipients(reader.text, parties):
        return _one_per_recipient(kind, start, span, action, parties)
    found = [decided_mention(kind, start, end, span, subject, action, rule=DECIDED_ITEM_RULE, parties=parties)]
    # 'extend the lease and service level agreement with X': two agreements under one verb.
    second = _SECOND_NOUN.match(text, match.end("noun"))
    if second and not _NOT_AGREEMENT_AFTER.match(text[second.end():]):
        second_noun = " ".join(second.group("noun").lower().split())
        found.append(decided_mention(_kind(second_noun, text[second.end():second.end() + 40]),
                                     span[0] + second.start("noun"), span[0] + second.end("noun"), span,
                                     second.group("name") + second.group("noun"), action, rule=DECIDED_ITEM_RULE,
                                     parties=parties))
    return found


def _subject(text: str, start: int, noun_end: int) -> str | None:
    """The agreement's words from `start` to its noun, with the service it is for when named next ('contract for the
    health visiting service'), without a leading determiner."""
    service = _SERVICE_AFTER.match(text, noun_end)
    return _DETERMINER.sub("", text[start:service.end() if service else noun_end].strip()) or None


def _passive_mentions(reader: DocumentReader, span: tuple[int, int]) -> list[Mention]:
    """'That the contract for X be awarded to Y', 'a grant of £500 be made to X', 'an extension of the existing
    contract with X be approved', 'X be awarded a grant of £750': the item's subject is the agreement."""
    text = reader.text[span[0]:span[1]]
    opening = _PASSIVE_OPENING.match(text)
    body = opening.end() if opening else 0
    match = _PASSIVE.match(text, body)
    if match is not None:
        if _GAP_REFUSES.search(match.group("gap")) or _NOT_AGREEMENT_AFTER.match(text[match.end("noun"):]):
            return []
        if not match.group("gap").strip() and match.group("noun").lower().startswith("agreement"):
            return []  # 'agreement be given to ...' is consent, not an agreement
        noun = " ".join(match.group("noun").lower().split())
        after = text[match.end("noun"):]
        action = _nominal_action(match.group("gap"), after) or _passive_action(match.group("pverb"), noun)
        subject = _subject(text, match.start("gap"), match.end("noun"))
        parties = _parties(reader, span[0] + body, span[1])
    else:
        match = _RECIPIENT_PASSIVE.match(text, body)
        if match is None:
            return []
        noun = " ".join(match.group("noun").lower().split())
        after = text[match.end("noun"):]
        action = A.AWARD
        subject = " ".join(match.group("noun").split())
        parties = _parties(reader, span[0] + body, span[0] + match.start("pverb"))
    if noun.startswith("framework") and match.group("gap").split() and \
            match.group("gap").split()[-1].lower() in POLICY_FRAMEWORK_WORDS:
        return []
    if _NEGATED.search(text[body:match.end("pverb")]):
        return []
    if not parties and not _decides_without_party(noun, action, match.group("pverb"), text):
        return []
    start, end = span[0] + match.start("noun"), span[0] + match.end("noun")
    kind = _kind(noun, after[:40])
    if len(parties) > 1 and kind == K.GRANT and _listed_recipients(reader.text, parties):
        return _one_per_recipient(kind, start, span, action, parties)
    return [decided_mention(kind, start, end, span, subject, action, rule=DECIDED_ITEM_RULE, parties=parties)]


def _one_per_recipient(kind: K, start: int, span: tuple[int, int], action: AgreementAction,
                       parties: list[OrgSpan]) -> list[Mention]:
    """'grants be awarded to A (£500), B (£250) and C': one grant per recipient, each a closed mention reaching
    from the noun to its recipient, so none merges with another."""
    return [decided_mention(kind, start, party.end, span, None, action, closed=True, rule=DECIDED_ITEM_RULE,
                            parties=[party]) for party in parties]


def _decides_without_party(noun: str, action: AgreementAction, verb: str, before: str) -> bool:
    """An item naming no party still decides one agreement of the issuer's when it awards, extends, renews,
    varies, ends or enters into a single contract, lease, licence, loan or grant by name; not funding,
    financial support or a plural ('contracts', 'grants'), which a budget or a programme lists."""
    if noun not in _SINGLE_AGREEMENTS or _DELEGATES.search(before):
        return False  # 'authority to award the contract be delegated to ...': the decision is a delegation
    return action in _AGREEMENT_ACTIONS or bool(re.match(r"enter", verb, re.I))


def _listed_recipients(text: str, parties: list[OrgSpan]) -> bool:
    """Whether the parties stand as a list of recipients ('to A (£500), B (£250) and C'), each its own grant."""
    for first, second in zip(parties, parties[1:]):
        if not _LIST_JOIN.match(text[first.end:second.start]):
            return False
    return True


def _nominal_action(gap: str, after: str) -> AgreementAction | None:
    """The action a noun before or after the agreement names: 'the award of a contract', 'a contract extension'."""
    head = _NOMINAL_HEAD.search(gap)
    if head is None:
        head = _NOUN_AFTER_ACTION.match(after)
    if head is None:
        return None
    return _action(head.group("head"))


def _passive_action(verb: str, noun: str = "") -> AgreementAction:
    """The action of a passive verb: made, given, paid or offered to a recipient is an award."""
    if re.match(r"(?:made|given|paid|offered|donated|let)\b", verb, re.I):
        return A.AWARD
    return _action(verb, noun)


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


def _action(verb: str, noun: str = "") -> AgreementAction:
    """The action from the deciding verb; approving, agreeing or entering into makes a new agreement; offering
    work, or accepting a tender or quote, awards it (accepting a grant or an offer of funding takes one: new)."""
    lowered = verb.lower()
    if lowered.startswith("offer") or (lowered.startswith("accept") and noun.startswith(("tender", "quot"))):
        return A.AWARD
    for prefix, action in _ACTION.items():
        if lowered.startswith(prefix):
            return action
    return A.NEW
