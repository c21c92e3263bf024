"""Agreements a decision item's verb acts on by a plain noun: an order or contract placed with a named supplier
('To place the order with X Ltd', 'To award the Contract to Y'), a funding award accepted ('to accept the grant
offer of £48,000'), funding approved for a named body on condition of a service level agreement, an agreement
to be entered into with a named party, and funding allocated to the council by a named department.

Officer decision lists and minutes write these without 'contract for the provision of' or a title-case service
name, so decisions.py's wordings miss them; the decision wording plus a named party or sum makes them specific.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.agreements.decisions import decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, OrgSpan, orgs_within
from extractors.agreements.sentences import sentence_at
from extractors.money import WRITTEN_SUM
from extractors.party_names import without_full_stop

DECISION_NOUN_RULE = "agreements.decision_noun"

# A named party written after 'with'/'to': capitalised words with the joining words names use ('Hart and Lowe Ltd.').
_NAME = r"(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|and|the|for|&)[ \t]+)*[A-Z][\w’'&.-]*){0,7})"
# A label line a decisions page puts over the decision text ('Decision:').
_DECISION_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Decisions?|DECISIONS?)(?:\s+taken)?\s*:?[ \t]*\n\s*$")

# 'To place the order with X Ltd', 'To award the Contract to X', 'award the contract for Y to X'.
_ORDER_PLACED = re.compile(
    r"\b(?:place|placing|award|awarding)\s+(?:the|an?|this)\s+(?P<noun>order|contract)\b"
    r"(?:\s+for\s+[^.;:\n]{3,80}?)?\s+(?:with|to)\s+(?:the\s+)?" + _NAME, re.I)
# 'Northby Borough Council requires (to undertake) resurfacing of X.': what the order buys, said above it.
_REQUIREMENT = re.compile(
    r"\b(?:Council|Authority)\s+(?:requires|needs|is\s+required)\s+(?:to\s+(?:undertake|procure|carry\s+out|"
    r"arrange|commission)\s+)?(?P<what>[a-z][^.;:\n]{5,120}?)(?=\.|;|\n)")

# 'to accept the grant offer of £48,000': a grant the council takes on (kind grant, new).
_ACCEPT_AWARD = re.compile(
    r"\baccept(?:s|ed|ing|ance\s+of)?\s+(?:the|a|an|this)\s+(?P<object>(?:[\w-]+\s+){0,3}?(?:funding|grant)\s+"
    r"(?:award|offer|allocation)\s+of\s+" + WRITTEN_SUM + r")", re.I)

# 'To approve annual funding of £30,000, conditional on X entering into a Funding Agreement': a grant paid out,
# and its condition an agreement of its own.
_FUNDING_APPROVED = re.compile(
    r"\bapprove\w*\s+(?:the\s+|a\s+)?(?P<object>(?:(?:core|annual|revenue|capital|one-off)\s+)?(?:funding|grant)\s+of\s+"
    + WRITTEN_SUM + r")(?P<rest>[^;\n]{0,200}?)(?=[;\n]|\.(?:\s|$))", re.I)
_CONDITION = re.compile(
    r"\bconditional\s+(?:up)?on\s+(?:the\s+)?" + _NAME + r"\s+entering\s+into\s+an?\s+"
    r"(?P<agreement>(?:Service\s+Level|Funding|Grant|Partnership)\s+Agreement)\b", re.I)
_TO_NAMED = re.compile(r"\s+to\s+(?:the\s+)?" + _NAME)

# 'the nomination agreement to be made with X Housing Trust', 'enter into a X agreement with Y'.
_AGREEMENT_WITH = re.compile(
    r"\b(?:(?P<subject>(?:local|legal|partnership|nomination|delivery|service\s+level|section\s+\d+|s\d+)\s+agreements?)"
    r"\s+(?:to\s+be\s+entered\s+into|to\s+be\s+made|to\s+be\s+agreed)\s+with|enter\s+into\s+(?:an?|the)\s+"
    r"(?P<subject2>(?:local|legal|nomination|delivery)\s+agreements?)\s+with)\s+(?:the\s+)?" + _NAME, re.I)

# 'grant awarded to the Council by the Department for X under the Y Fund'.
_ALLOCATED_TO_COUNCIL = re.compile(
    r"\b(?:funding|grant|monies)\s+(?:allocated|awarded|provided)\s+(?:\((?P<sum1>" + WRITTEN_SUM + r")\)\s+)?"
    r"to\s+(?:the|this)\s+Council\s+by\s+(?:the\s+)?", re.I)
_UNDER_FUND = re.compile(r"[^.;\n]{0,60}?\bunder\s+the\s+(?P<fund>(?:[A-Z][\w'’-]*\s+){1,6}Fund)\b")

# Words that make a 'name' a pronoun, the council itself or a generic noun rather than a party.
_NOT_A_PARTY = re.compile(r"^(?:Council|Committee|Cabinet|Members?|Officers?|This|It|They|Each|Director|Head)\b|"
                          r"\b(?:Council|Committee|Cabinet)$")


def find_decision_nouns(reader: DocumentReader) -> list[Mention]:
    """Every agreement a decision item acts on by one of this module's plain-noun wordings."""
    found: list[Mention] = []
    found += _orders_placed(reader)
    found += _awards_accepted(reader)
    found += _funding_approved(reader)
    found += _agreements_with(reader)
    found += _allocations_received(reader)
    return found


def is_decision_item(reader: DocumentReader, sentence: tuple[int, int]) -> bool:
    """A decision by the shared wording, or the text under a decisions page's 'Decision:' label."""
    if decides(reader, sentence):
        return True
    text = reader.text[sentence[0]:sentence[1]]
    before = reader.text[max(0, sentence[0] - 40):sentence[0]]
    return bool(re.match(r"\s*To\s+[a-z]", text)) and bool(_DECISION_LABEL.search(before))


def _decided_matches(reader: DocumentReader,
                     pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
    """Each match of `pattern` in a decision item, with the sentence holding it."""
    for match in pattern.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if is_decision_item(reader, sentence):
            yield match, sentence


def _party(reader: DocumentReader, name: str, start: int) -> tuple[list[OrgSpan], str | None]:
    """The organisation found where `name` is written (or that its acronym stands for), else the name itself."""
    orgs = orgs_within(reader.orgs, start - 4, start + len(name) + 4)
    if orgs:
        return orgs[:1], None
    expansion = reader.acronyms.get(name.strip(" ."), "")
    if expansion:
        named = [o for o in reader.orgs if o.name.lower().replace("’", "'") == expansion.lower().replace("’", "'")]
        if named:
            return named[:1], None
        return [], expansion
    return [], without_full_stop(name)


def with_party(mention: Mention, reader: DocumentReader, name: str, start: int) -> Mention | None:
    """`mention` tied to the party named at `start`; None when the 'name' is no party."""
    if _NOT_A_PARTY.search(name.strip(" .")) or reader.is_issuer(name):
        return None
    orgs, party_name = _party(reader, name, start)
    mention.counterparties = orgs
    mention.linked = bool(orgs)
    mention.party_name = party_name
    return mention


def _orders_placed(reader: DocumentReader) -> list[Mention]:
    """'To place the order with X Ltd' / 'To award the Contract to X' in a decision: a contract awarded to X."""
    found: list[Mention] = []
    for match, sentence in _decided_matches(reader, _ORDER_PLACED):
        # The requirement the decision meets is stated just above it, within the same listed decision.
        block_start = reader.text.rfind("\n\n\n", 0, match.start())
        requirement = None
        for found_req in _REQUIREMENT.finditer(reader.text, max(block_start, match.start() - 1200), match.start()):
            requirement = found_req
        subject = " ".join(requirement.group("what").split()) if requirement else None
        if subject is None:
            continue  # 'the order' with nothing said of what it buys cannot be told from any other
        mention = decided_mention(K.CONTRACT, match.start(), match.end(), sentence, subject, A.AWARD, closed=True,
                                  rule=DECISION_NOUN_RULE)
        mention = with_party(mention, reader, match.group("name"), match.start("name"))
        if mention is not None:
            found.append(mention)
    return found


def _awards_accepted(reader: DocumentReader) -> list[Mention]:
    """'To accept the grant offer of £48,000': a grant the council takes on."""
    found: list[Mention] = []
    for match, sentence in _decided_matches(reader, _ACCEPT_AWARD):
        if re.match(r"\s+from\s", reader.text[match.end():match.end() + 6]) or orgs_within(reader.all_orgs, match.start(), match.end()):
            continue  # 'accept the X funding offer', '... of £X from Y': funding.py reads it with its grantor
        subject = " ".join(match.group("object").split())
        found.append(decided_mention(K.GRANT, match.start("object"), match.end(), sentence, subject, A.NEW,
                                     closed=True, rule=DECISION_NOUN_RULE))
    return found


def _funding_approved(reader: DocumentReader) -> list[Mention]:
    """'To approve annual funding of £30,000, conditional on X entering into a Funding Agreement':
    a grant to X (awarded) and the agreement it must sign (new)."""
    found: list[Mention] = []
    for match, sentence in _decided_matches(reader, _FUNDING_APPROVED):
        rest_start = match.start("rest")
        condition = _CONDITION.search(reader.text, rest_start, match.end("rest") + 80)
        recipient = _TO_NAMED.match(reader.text, match.end("object"))
        named = recipient or condition
        if named is None:
            continue  # funding approved with no recipient named is a budget line, not a grant
        name, name_start = named.group("name"), named.start("name")
        subject = " ".join(match.group("object").split())
        if recipient is None:
            orgs, party_name = _party(reader, name, name_start)
            subject += f" to {orgs[0].name if orgs else party_name}"
        grant = decided_mention(K.GRANT, match.start("object"), match.end("object"), sentence, subject, A.AWARD,
                                closed=True, rule=DECISION_NOUN_RULE)
        grant.grant_outwards = True
        grant = with_party(grant, reader, name, name_start)
        if grant is None:
            continue
        found.append(grant)
        if condition is not None:
            agreement = " ".join(condition.group("agreement").split())
            other = decided_mention(K.OTHER, condition.start("agreement"), condition.end(), sentence,
                                    f"{agreement} required as a condition of the {subject}", A.NEW, closed=True,
                                    rule=DECISION_NOUN_RULE)
            other = with_party(other, reader, condition.group("name"), condition.start("name"))
            if other is not None:
                found.append(other)
    return found


def _agreements_with(reader: DocumentReader) -> list[Mention]:
    """'To agree the nomination agreement to be made with X Housing Trust'."""
    found: list[Mention] = []
    for match, sentence in _decided_matches(reader, _AGREEMENT_WITH):
        subject = match.group("subject") or match.group("subject2")
        mention = decided_mention(K.OTHER, match.start(), match.end(), sentence,
                                  f"{' '.join(subject.split())} with {match.group('name').strip(' .')}", A.NEW,
                                  closed=True, rule=DECISION_NOUN_RULE)
        mention = with_party(mention, reader, match.group("name"), match.start("name"))
        if mention is not None:
            found.append(mention)
    return found


def _allocations_received(reader: DocumentReader) -> list[Mention]:
    """'approved the spending of the grant awarded to the Council by the Department for X under the Y Fund':
    a grant the council receives from that department."""
    found: list[Mention] = []
    for match, sentence in _decided_matches(reader, _ALLOCATED_TO_COUNCIL):
        funders = [o for o in reader.orgs if match.end() - 1 <= o.start <= match.end() + 1]
        if not funders:
            continue
        fund = _UNDER_FUND.match(reader.text, funders[0].end, sentence[1])
        amount = match.group("sum1")
        subject = f"{fund.group('fund') + ' ' if fund else ''}allocation{' of ' + amount if amount else ''}" \
                  f" from {funders[0].name}"
        found.append(decided_mention(K.GRANT, match.start(), funders[0].end, sentence, subject, A.NEW,
                                     closed=True, rule=DECISION_NOUN_RULE, parties=funders[:1]))
    return found
