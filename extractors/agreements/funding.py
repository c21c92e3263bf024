"""Grants a decision takes on with a named body: funding accepted ('accept £X funding from Y'), an offer accepted
('accept the Y funding offer'), money transferred to the council ('the transfer of £X from Y to the Council') and a grant or funding agreement made with a body ('the grant agreement with Y')."""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import PUBLIC_BODY_TYPES, A, K, Mention
from extractors.agreements.sentences import sentence_at
from extractors.agreements.subjects import held_subject, phrase_before
from schemas import OrgType

# A decision accepting funding from named bodies ("agrees to the acceptance of £165,000 funding from X CCG",
# "to accept the funding for the Y programme from DfE and DHSC"): a grant the council receives.
_ACCEPT_FUNDING = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|acceptance\s+of|receipt\s+of)\s+(?:the\s+|a\s+|an\s+|this\s+)?"
    r"(?P<object>[^.;:\n]{0,100}?\b(?:funding|grants?|monies|allocation))\b(?P<rest>[^.;:\n]{0,100}?)\s(?=from\s)",
    re.I)
_ACCEPT_PURPOSE = re.compile(
    r"\s*for\s+(?:the\s+)?(?P<purpose>[A-Za-z][^,;:.\n(£]{2,80}?)"
    r"(?=\s+(?:in\s+accordance|for\s+(?:£|the\s+(?:financial|period|year))|from|which|that|to\s+be|subject)\b|[,;:.\n(£]|$)")
ACCEPTED_FUNDING_RULE = "agreements.accepted_funding"
# "accept the DLUHC funding offer": a decision accepting money offered by the body written before it.
_ACCEPT_BEFORE = re.compile(r"\b(?:accept(?:s|ed|ing)?|acceptance\s+of)\s+(?:the\s+|an?\s+)?$", re.I)
_NAMED_OFFER = re.compile(r"(?:\s*\([A-Za-z]{2,8}\))?[’']?s?\s+(?P<offer>(?:funding|grant)\s+(?:offer|award|allocation))\b", re.I)
# "the funding agreement between the Council and X": a grant's written terms with a body.
_FUNDING_AGREEMENT = re.compile(r"\bfunding\s+agreements?\b", re.I)
FUNDING_AGREEMENT_RULE = "agreements.funding_agreement"
_PARTNERSHIP_BEFORE = re.compile(r"(?:\b(?:section|s\.?)\s?75|Better\s+Care\s+Fund|\bBCF|\bpooled|\bpartnership)\s*(?:\([^)]{1,12}\)\s*)?$",
                                 re.I)
_FUNDER_TYPES = PUBLIC_BODY_TYPES | {OrgType.GOVERNMENT, OrgType.NHS_ENGLAND}
# "authorising the transfer of up to £141,000 from X County Council to the Borough Council": money a public body
# passes to the paper's council under a decision, a grant received.
_TRANSFER_IN = re.compile(r"\btransfer\s+of\s+(?:up\s+to\s+|approximately\s+)?£\s?[\d,.]+\s*(?:m|k|bn|million)?\b"
                          r"(?=\s+(?:of\s+funding\s+|of\s+grant\s+)?from\s)", re.I)
_TO_THE_COUNCIL = re.compile(r"\s*(?:\([A-Za-z]{2,8}\)\s*)?to\s+(?:the|this)\s+(?:(?:Borough|District|City|County|Town)\s+)?"
                             r"(?:Council|Authority)\b")


def find_funding_agreements(reader: DocumentReader) -> list[Mention]:
    """'agree the funding agreement with NHS X Integrated Care Board': a grant made with a named body."""
    found = []
    for match in _FUNDING_AGREEMENT.finditer(reader.text):
        if _PARTNERSHIP_BEFORE.search(reader.text, max(0, match.start() - 40), match.start()):
            continue  # "the Section 75 funding agreement between ...": the partnership agreement itself (mentions.py)
        subject = held_subject(phrase_before(reader.text, match.start()))
        mention = funding_agreement(reader, match.start() - (len(subject) + 1 if subject else 0), match.end(), subject)
        if mention is not None:
            found.append(mention)
    return found


def funding_agreement(reader: DocumentReader, start: int, end: int, subject: str | None) -> Mention | None:
    """A grant or funding agreement linked to a named body ('with', 'between'); None when no body is named,
    as 'the grant agreement' alone is only the terms of some grant named elsewhere."""
    mention = reader.mention(K.GRANT, start, end, subject or "")
    mention.subject = subject
    if not mention.linked:
        return None
    # Public bodies fund councils; a charity, company or community group made party to a council's grant
    # agreement is the one it pays.
    mention.grant_outwards = all(o.org_type not in _FUNDER_TYPES for o in mention.counterparties)
    mention.rule = FUNDING_AGREEMENT_RULE
    return mention


def find_accepted_funding(reader: DocumentReader) -> list[Mention]:
    """'agrees to the acceptance of £165,000 funding from X CCG for the Y project' in a decision: a grant received."""
    found: list[Mention] = []
    for match in _ACCEPT_FUNDING.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if match.end() > sentence[1] or not decides(reader, sentence):
            continue
        grantors = reader.counterparties_after(match.end())
        if not grantors:
            continue
        subject = re.sub(r"^(?:the|a|an)\s+", "", " ".join((match.group("object") + match.group("rest")).split()), flags=re.I)
        purpose = _ACCEPT_PURPOSE.match(reader.text, grantors[-1].end, sentence[1])
        if purpose and " for " not in f" {subject} ":
            subject = f"{subject} for {' '.join(purpose.group('purpose').split())}"
        found.append(decided_mention(K.GRANT, match.start(), grantors[-1].end, sentence, subject, A.NEW,
                                     rule=ACCEPTED_FUNDING_RULE, parties=grantors))
    return found


def find_transfers_in(reader: DocumentReader) -> list[Mention]:
    """'authorise the transfer of up to £141,000 from X County Council to the Borough Council' in a decision."""
    found: list[Mention] = []
    for match in _TRANSFER_IN.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not decides(reader, sentence):
            continue
        funders = [o for o in reader.counterparties_after(match.end()) if o.org_type in _FUNDER_TYPES]
        if not funders or not _TO_THE_COUNCIL.match(reader.text, funders[-1].end):
            continue  # money moved between budgets, or paid out by the council, is no grant it receives
        subject = f"{' '.join(match.group().split())} from {funders[0].name}"
        found.append(decided_mention(K.GRANT, match.start(), funders[-1].end, sentence, subject, A.NEW,
                                     rule=ACCEPTED_FUNDING_RULE, parties=funders))
    return found


def find_offers_accepted(reader: DocumentReader) -> list[Mention]:
    """'Accept the DfE funding offer of £40,000 for the X Project' in a decision: a grant from the body named first."""
    found: list[Mention] = []
    for org in reader.orgs:
        offer = _NAMED_OFFER.match(reader.text, org.end)
        if offer is None or not _ACCEPT_BEFORE.search(reader.text, max(0, org.start - 40), org.start):
            continue
        sentence = sentence_at(reader.sentences, org.start)
        if not decides(reader, sentence):
            continue
        subject = f"{org.name} {' '.join(offer.group('offer').split())}"
        purpose = _ACCEPT_PURPOSE.search(reader.text, offer.end(), min(sentence[1], offer.end() + 160))
        if purpose and not re.search(r"[.;\n]", reader.text[offer.end():purpose.start()]):
            subject = f"{subject} for {' '.join(purpose.group('purpose').split())}"
        found.append(decided_mention(K.GRANT, org.start, offer.end(), sentence, subject, A.NEW,
                                     rule=ACCEPTED_FUNDING_RULE, parties=[org]))
    return found
