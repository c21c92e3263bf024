"""Finding the places a paper names an agreement: section 75, pools, BCF, frameworks, contracts (grants: grants.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from extractors.agreements.actions import action_before
from extractors.agreements.approved_memoranda import find_approved_memoranda
from extractors.agreements.award_lists import award_list_rows
from extractors.agreements.awarded_grants import find_awarded_grants
from extractors.agreements.budget_lines import in_figures_row
from extractors.agreements.decision_titles import find_decision_titles
from extractors.agreements.council_contributions import find_council_contributions
from extractors.agreements.decided_awards import find_decided_awards
from extractors.agreements.decided_items import find_decided_items
from extractors.agreements.decision_nouns import find_decision_nouns
from extractors.agreements.decisions import find_decided
from extractors.agreements.grants_received import find_grants_received
from extractors.agreements.local_council_deals import find_local_council_deals
from extractors.agreements.funding import (
    find_accepted_funding,
    find_funding_agreements,
    find_offers_accepted,
    find_transfers_in,
)
from extractors.agreements.grants import find_grants
from extractors.agreements.inter_authority import find_decided_inter_authority
from extractors.agreements.joint_procurements import find_service_procurements
from extractors.agreements.minute_items import find_minuted_agreements
from extractors.agreements.minuted_decisions import find_minuted_decisions
from extractors.agreements.named_contracts import find_named_contracts
from extractors.agreements.pipe_tables import pipe_table_rows
from extractors.agreements.procurement_decisions import find_procurement_decisions
from extractors.agreements.received_funds import find_received_funds
from extractors.agreements.reader import DocumentReader
from extractors.agreements.references import follow_on_references
from extractors.agreements.refused_decisions import refused_decision
from extractors.agreements.resolved_terms import find_resolved_terms
from extractors.agreements.records import POLICY_FRAMEWORK_WORDS, PUBLIC_BODY_TYPES, A, K, Mention
from extractors.agreements.sentences import sentence_at
from extractors.agreements.subjects import phrase_after, phrase_before, subject_key
from extractors.agreements.tables import grant_decisions, spaced_table_rows, table_rows
from extractors.agreements.transfers import find_s256_agreements, find_s256_transfers
from schemas import AgreementKind

_S75 = re.compile(
    r"\b(?:section|s\.?)\s?75"
    r"(?:\s+(?:of\s+the\s+)?(?:National Health Services?|NHS)\s+Act(?:\s+2006)?)?"
    # "Section 75 'Pooled Fund' Agreement": a quoted label between the section and the agreement.
    r"(?:(?:\s+[‘'\"“][^’'\"”\n]{2,40}[’'\"”])?\s+(?:partnership\s+)?(?:agreement|arrangement)s?(?:\(s\))?)?",
    re.I,
)
# Section 31 of the Health Act 1999, the power section 75 of the NHS Act 2006 re-enacted: the same partnership
# agreement, named only with its Act ('Section 31' alone is as often a Local Government Act grant).
_S31 = re.compile(r"\b(?:partnership\s+agreements?\s+(?:under|made\s+under)\s+)?(?:section|s\.?)\s?31\s+"
                  r"(?:(?:of\s+the\s+)?Health\s+Act\s+1999(?:\s+(?:partnership\s+)?(?:agreement|arrangement)s?)?"
                  # "the Learning Difficulty Section 31 partnership arrangement": a grant's section 31 is no partnership
                  r"|partnership\s+(?:agreement|arrangement)s?)", re.I)
_S75_OTHER_ACT = re.compile(r"^\s+of\s+the\s+(?!National Health|NHS)[A-Z][\w ,&]*Act", re.I)
_BODY_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w&]*\s+|&\s+){0,4}(?:Board|Group|Committee|Meeting|Team|Officer|Manager|Lead)s?\b")
_PARTNERSHIP_AGREEMENT = re.compile(r"\bpartnership\s+agreement\b", re.I)
_POOLED = re.compile(r"\bpooled\s+(?:budget|fund)s?\b|\bpool\s+for\b|\b(?:Better Care Fund|BCF)\s+[Pp]ool\b|\bPool\s+\d\b",
                     re.I)
_BCF = re.compile(r"\b(?:[Ii]mproved\s+)?Better\s+Care\s+Fund\b|\b[iI]?BCF\b")
# The improved BCF is a grant paid to councils (named as such by grants.py), not the pooled fund itself.
_IMPROVED_BCF = re.compile(r"^(?:[Ii]mproved\s|[iI]BCF$)")
# A memorandum of understanding between public bodies (kind other); one governing funding is that grant's.
_MOU = re.compile(r"\b(?:memorand(?:um|a)\s+of\s+understanding|MoUs?|MOUs?)\b(?:\s*\((?:MoU|MOU)s?\))?", re.I)
_FUNDING_WORDS = re.compile(r"\b(?:grants?|funding|monies|allocation)\b", re.I)
# "pooled fund investments", "pooled property funds": a treasury holding in a collective investment, not a
# pooled budget between bodies.
_INVESTMENT_POOL = re.compile(r"^\s*(?:investments?|holdings?|valuations?|units?)\b", re.I)
_INVESTMENT_BEFORE = re.compile(r"\b(?:property|multi[- ]asset|equity|bond|diversified|strategic|investment|treasury)\s+$", re.I)
_IAA = re.compile(r"\binter[- ]authority\s+agreements?\b", re.I)
# Agreements by which public bodies work together, named by their type: 'the collaboration agreement with LCC',
# 'a shared services agreement with Shropshire Council', 'the existing Co-operation agreement held with X Trust'.
_JOINT_WORKING_AGREEMENT = re.compile(
    r"\b(?:collaborat(?:ion|ive)|co-?operation|shared\s+services?|joint\s+working|alliance|partnering|"
    r"(?:section|s\.?)\s?(?:101|113))\s+agreements?\b"
    # "(GCC staff managed by GCS) under existing Section 113 arrangements": a statutory arrangement named as such.
    r"|\b(?:section|s\.?)\s?(?:101|113)\s+arrangements?\b", re.I)
_STATUTORY_BASIS = re.compile(r"(?:section|s\.?)\s?(?:101|113)\b", re.I)
# 'the Council had a shared service agreement in place with X': a state of affairs told, not an agreement dealt with.
_HELD_ALREADY = re.compile(r"\b(?:had|has|have)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)
# A dynamic purchasing system is an open framework ('the Light Touch DPS').
_FRAMEWORK = re.compile(r"\b(?:Pseudo\s+|PSEUDO\s+)?(?:[Ff]ramework(?:\s+[Aa]greement)?s?|Dynamic\s+Purchasing\s+Systems?|DPS)\b")
_CONTRACT = re.compile(r"\bcontracts?\b", re.I)
_CONTRACT_NOT_AFTER = re.compile(
    r"^\s*(?:procedure|regulations?|rules|standing|management|manager|monitoring|team|terms?|"
    r"variations?|spend|values?|price|prices|officer|register|award\s+criteria|length|period)\b", re.I)
# A decision that named contracts end: "not renewing the contracts", "decommission the contract".
_ENDING_BEFORE = re.compile(
    r"\b(?:not\s+(?:to\s+)?(?:renew|re-?commission|extend)(?:ing)?|decommission(?:ing)?|terminat(?:e|ing)|"
    r"(?:bring|bringing)\s+to\s+an\s+end)\s+(?:the|these|those|both|its|their)\s+(?:current\s+|existing\s+)?$",
    re.I)
_DIRECT_AWARD = re.compile(r"\b(?:direct\s+award(?:\s+(?:of\s+)?(?:a\s+|the\s+)?contracts?)?|"
                           r"awarded\s+(?:a\s+|the\s+)?contracts?|award\s+(?:of\s+)?(?:a\s+|the\s+)?contracts?)\b",
                           re.I)
_COMMISSIONED_AFTER = re.compile(
    r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:be|to\s+be|should\s+be|will\s+be)\s+(?:commissioned|appointed|engaged|contracted)\b")
# "to work with X Trust (GCS) as the preferred single lead provider in reconfiguring ...": the body chosen to provide.
_PREFERRED_AFTER = re.compile(
    r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:as|to\s+be|be\s+(?:named|designated|appointed|confirmed)\s+as)\s+(?:the\s+|our\s+)?"
    r"preferred\s+(?:(?:single|lead|sole|strategic|main)\s+)*(?:provider|supplier|partner)\b", re.I)
_COMMISSION_BEFORE = re.compile(r"\b(?:commission|appoint|engage)(?:s|ing)?\s+(?:the\s+)?$", re.I)
_ENGAGE_UNNAMED = re.compile(
    r"\b(?:engages?|engaging|appoints?|appointing|procures?|procuring|commissions?|commissioning|"
    r"(?:re-?)?procurement\s+of|tender\s+for)\s+"
    r"(?:the\s+services\s+of\s+)?an?\s+((?:[\w-]+,?\s+){0,8}?"
    r"(?:company|contractor|consultants?|consultancy|firm|provider|supplier|agency|operator))\b")
_PURPOSE_AFTER = re.compile(r"(?:\s+organisation)?(\s+(?:to|for)\s+[^.;:,\n()]{3,80}?)(?=\s*[.;:,\n(]|\s+(?:which|who|and|as\s+(?:set\s+out|described|detailed|outlined))\b|$)")
# "the award of the Adult Carer Support Service to": the service's title-case name, then its awardee.
_AWARD_OF_SERVICE = re.compile(
    r"\baward\s+of\s+(?:the\s+)?(?:contract\s+for\s+(?:the\s+)?)?"
    r"(?P<service>(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|and|for|of|&)\s+){0,8}?(?:Service|Services|Contract|Scheme|Programme))"
    r"\s+(?:contract\s+)?to\s+(?:the\s+)?")
_SEEKS_APPROVAL = re.compile(r"\b(?:seek\w*|request\w*|recommend\w*|asked\s+to|approv\w*)\b", re.I)
_REVISED_FROM = re.compile(
    r"\bapprov\w*\s+the\s+(?:revised|amended|varied|updated)\s+(?:proposals?|arrangements?|specification|"
    r"delivery\s+(?:model|plan))\s+(?:from|with|by|of)\s+(?:the\s+)?", re.I)


def find_mentions(reader: DocumentReader) -> list[Mention]:
    """Every agreement mention in the paper, overlaps resolved, in text order."""
    found: list[Mention] = []
    found += _section_75(reader)
    found += [m for m in _simple(reader, _POOLED, K.POOLED_BUDGET) if not _investment_pool(reader, m)]
    found += [m for m in _simple(reader, _BCF, K.BETTER_CARE_FUND) if not _IMPROVED_BCF.match(reader.text[m.start:m.end])]
    found += _simple(reader, _IAA, K.INTER_AUTHORITY)
    found += _frameworks(reader)
    found += _memoranda(reader)
    found += _joint_working_agreements(reader, found)
    found += find_approved_memoranda(reader)
    found += find_grants(reader)
    found += find_awarded_grants(reader)
    found += find_accepted_funding(reader)
    found += find_funding_agreements(reader)
    found += find_offers_accepted(reader)
    found += find_transfers_in(reader)
    found += _contracts(reader)
    found += table_rows(reader)
    found += spaced_table_rows(reader)
    found += pipe_table_rows(reader)
    found += award_list_rows(reader)
    found += _provider_lists(reader)
    found += _commissioned_providers(reader)
    found += _unnamed_procurements(reader)
    found += _revised_arrangements(reader)
    found += grant_decisions(reader)
    found += find_s256_transfers(reader)
    found += find_s256_agreements(reader)
    found += find_local_council_deals(reader)
    found += find_grants_received(reader)
    found += find_council_contributions(reader)
    found += find_decided_inter_authority(reader)
    found += find_resolved_terms(reader)
    found += _awards_of_services(reader)
    found += find_service_procurements(reader)
    found += find_decided(reader)
    found += find_decision_nouns(reader)
    found += find_decided_awards(reader)
    found += find_decision_titles(reader)
    found += find_named_contracts(reader)
    found += find_minuted_agreements(reader)
    found += find_decided_items(reader, found)
    found += find_procurement_decisions(reader, found)
    found += find_received_funds(reader, found)
    found += find_minuted_decisions(reader, found)
    found += follow_on_references(reader, found)
    found = _drop_overlaps(found)
    found = [part for m in found for part in _one_per_provider(reader, m)]
    found = [m for m in found if not in_figures_row(reader.text, m) and not refused_decision(reader.text, m)]
    for mention in found:
        mention.subject = _meaningful_subject(mention, reader.acronyms)
    return sorted(found, key=lambda m: m.start)


def _meaningful_subject(mention: Mention, acronyms: Mapping[str, str]) -> str | None:
    """The mention's subject, unless it names nothing: only generic words ('Partnership Agreement') or,
    before a Better Care Fund, the one-word area every local BCF is called by ('the Sefton Better Care Fund')."""
    subject = mention.subject
    if not subject or mention.closed:
        return subject
    if not subject_key(subject, acronyms):
        return None
    if mention.kind == K.BETTER_CARE_FUND and len(subject.split()) == 1 and not subject.isupper():
        return None
    return subject


def _section_75(reader: DocumentReader) -> list[Mention]:
    """'Section 75 (of the NHS Act 2006) agreement', and 'partnership agreement' in a paper about one."""
    found = []
    for match in _S75.finditer(reader.text):
        tail = reader.text[match.end():match.end() + 120]
        if _S75_OTHER_ACT.match(tail) or _BODY_AFTER.match(tail):
            continue
        mention = reader.mention(K.SECTION_75, match.start(), match.end())
        found.append(mention)
        found += _second_purpose(reader, mention, match.group())
    found += [reader.mention(K.SECTION_75, m.start(), m.end()) for m in _S31.finditer(reader.text)]
    if found:  # "partnership agreement" names the s75 only in a paper about one
        for match in _PARTNERSHIP_AGREEMENT.finditer(reader.text):
            found.append(reader.mention(K.SECTION_75, match.start(), match.end()))
    return found


def _second_purpose(reader: DocumentReader, mention: Mention, written: str) -> list[Mention]:
    """'the revised Section 75 Agreements with X for A Services, and B Services': a second agreement, for B."""
    if not (mention.linked and mention.subject and re.search(r"(?:agreement|arrangement)s$", written, re.I)):
        return []
    purpose = reader.purpose_after(mention.counterparties[-1].end)
    if purpose is None:
        return []
    second = re.match(r",?\s+and\s+(?:the\s+|for\s+)?", reader.text[purpose[1]:purpose[1] + 20])
    if not second:
        return []
    start = purpose[1] + second.end()
    subject = phrase_after(reader.text, start)
    if not subject or reader.not_org(subject, start + len(subject)) is None:
        return []
    # The verb before the first ('approve the revised ...') acts on both; the second sits too far from it to vote.
    action = action_before(reader.text[mention.sentence[0]:mention.end])
    return [Mention(K.SECTION_75, start, start + len(subject), mention.sentence, subject,
                    list(mention.counterparties), linked=True, action=action)]


def _investment_pool(reader: DocumentReader, mention: Mention) -> bool:
    """'pooled fund investments', 'multi-asset pooled funds': treasury investments, not a pooled budget."""
    return bool(_INVESTMENT_POOL.match(reader.text[mention.end:mention.end + 20])
                or _INVESTMENT_BEFORE.search(reader.text[max(0, mention.start - 30):mention.start]))


def _simple(reader: DocumentReader, pattern: re.Pattern[str], kind: AgreementKind) -> list[Mention]:
    """Each match of `pattern` not naming a board or team ('BCF Board')."""
    found = []
    for match in pattern.finditer(reader.text):
        if _BODY_AFTER.match(reader.text[match.end():match.end() + 80]):
            continue
        found.append(reader.mention(kind, match.start(), match.end()))
    return found


def _memoranda(reader: DocumentReader) -> list[Mention]:
    """'the interim memorandum of understanding (MOU) between the council and the ICB': an MoU with a named body."""
    found = []
    for match in _MOU.finditer(reader.text):
        if re.fullmatch(r"mous?", match.group()):
            continue  # 'mou' in lower case is no acronym
        mention = reader.mention(K.OTHER, match.start(), match.end(), "memorandum of understanding")
        if not mention.linked or _FUNDING_WORDS.search(reader.text[mention.sentence[0]:mention.sentence[1]]):
            continue  # an MoU under which a grant is paid is that grant's terms, not an agreement of its own
        found.append(mention)
    return found


def _joint_working_agreements(reader: DocumentReader, found: list[Mention]) -> list[Mention]:
    """A collaboration, co-operation, shared-services or s101/s113 agreement with a named body: between public
    bodies an inter-authority agreement, with anyone else an agreement of its own kind. Unnamed ones are too vague to
    keep; in a paper about a section 75, pool or BCF, a 'joint working agreement' is most likely that one."""
    if any(m.kind in {K.SECTION_75, K.POOLED_BUDGET, K.BETTER_CARE_FUND} for m in found):
        return []
    mentions = []
    for match in _JOINT_WORKING_AGREEMENT.finditer(reader.text):
        mention = reader.mention(K.OTHER, match.start(), match.end(), " ".join(match.group().split()))
        if not mention.linked and reader.in_rec(match.start()) and _STATUTORY_BASIS.match(match.group()):
            # "workers (currently managed by GCS under existing Section 113 arrangements)" in a decision item: the
            # public body the item names is the other side, wherever it stands.
            mention.counterparties = [o for o in reader.public_bodies_in(mention.sentence) if not reader.is_issuer(o.name)]
            mention.linked = bool(mention.counterparties)
        if not mention.linked or (_HELD_ALREADY.search(reader.text, mention.sentence[0], match.start())
                                  and not reader.in_rec(match.start())):
            continue
        if all(o.org_type in PUBLIC_BODY_TYPES for o in mention.counterparties):
            mention.kind = K.INTER_AUTHORITY
        mentions.append(mention)
    return mentions


def _frameworks(reader: DocumentReader) -> list[Mention]:
    """Procurement frameworks, not policy ones ('outcomes framework')."""
    found = []
    for match in _FRAMEWORK.finditer(reader.text):
        before = phrase_before(reader.text, match.start())
        words = before.split() if before else []
        lower_f = match.group().lower().startswith("framework") and match.group()[0] == "f"
        if words and words[-1].lower() in POLICY_FRAMEWORK_WORDS:
            continue
        if lower_f and len(words) < 2:
            continue
        if not words and not re.match(r"(?:the|a|this)\s+$", reader.text[max(0, match.start() - 5):match.start()], re.I):
            continue
        if _BODY_AFTER.match(reader.text[match.end():match.end() + 80]):
            continue
        mention = reader.mention(K.FRAMEWORK, match.start(), match.end(), before)
        found.append(mention)
    return found


def _contracts(reader: DocumentReader) -> list[Mention]:
    """Direct awards, and contracts with a named subject or counterparty."""
    found = []
    for match in _DIRECT_AWARD.finditer(reader.text):
        mention = reader.mention(K.CONTRACT, match.start(), match.end(), None)
        mention.subject = None
        mention.action = A.AWARD
        mention.rule = "agreements.direct_award"
        found.append(mention)
    for match in _CONTRACT.finditer(reader.text):
        if _CONTRACT_NOT_AFTER.match(reader.text[match.end():match.end() + 30]):
            continue
        if re.search(r"(?:award|awarded|award of)\s+(?:a\s+|the\s+)?$", reader.text[max(0, match.start() - 20):match.start()], re.I):
            continue
        subject = phrase_before(reader.text, match.start())
        if subject:
            subject = reader.not_org(subject, match.start())
        mention = reader.mention(K.CONTRACT, match.start() - (len(subject) + 1 if subject else 0), match.end(), subject)
        mention.subject = subject
        if not subject and not mention.counterparties:
            ending = _ENDING_BEFORE.search(reader.text[max(0, match.start() - 60):match.start()])
            if ending is None:
                continue  # "the contract" alone names nothing
            # "savings from not renewing the contracts": the paper's named contracts end; grouping
            # attaches this to the contract it names nearby, or drops it when none is named.
            mention.action = A.TERMINATE
            mention.rule = "agreements.contracts_ending"
        found.append(mention)
    return found


def _awards_of_services(reader: DocumentReader) -> list[Mention]:
    """'approval for the award of the Carer Support Service to Acme Ltd': a contract for a named service awarded to a named body."""
    found = []
    for match in _AWARD_OF_SERVICE.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not (reader.is_decision(sentence) or _SEEKS_APPROVAL.search(reader.text[sentence[0]:match.start()])):
            continue  # "the award of the X Service to Y in 2019" tells history
        pos = match.end()
        provider = next((o for o in reader.orgs if pos - 1 <= o.start <= pos + 2 and o.end <= sentence[1]), None)
        if provider is None:
            continue
        subject = " ".join(match.group("service").split())
        found.append(Mention(K.CONTRACT, match.start(), provider.end, sentence, subject, [provider], linked=True,
                             action=A.AWARD, rule="agreements.award_of_service"))
    return found


def _commissioned_providers(reader: DocumentReader) -> list[Mention]:
    """'That Acme Ltd be commissioned to ...', 'to appoint Acme Ltd to ...', 'to work with X as the preferred provider':
    a contract awarded to (or to be made with) a named body."""
    found = []
    for org in reader.orgs:
        after = _COMMISSIONED_AFTER.match(reader.text[org.end:org.end + 60])
        before = _COMMISSION_BEFORE.search(reader.text[max(0, org.start - 40):org.start])
        preferred = _PREFERRED_AFTER.match(reader.text[org.end:org.end + 80])
        if not after and not before and not preferred:
            continue
        sentence = sentence_at(reader.sentences, org.start)
        if (before or preferred) and not reader.is_decision(sentence):
            continue  # "we commissioned X last year" is history, not a decision
        chosen = after or preferred
        end = org.end + (chosen.end() if chosen else 0)
        # A provider named as preferred is chosen for a contract still to be made; one commissioned is awarded it.
        mention = Mention(K.CONTRACT, org.start, end, sentence, None, [org], action=A.NEW if preferred else A.AWARD,
                          rule="agreements.commissioned_provider")
        found.append(mention)
    return found


def _unnamed_procurements(reader: DocumentReader) -> list[Mention]:
    """'That the Council engages the services of a specialist events company': a contract still to be procured."""
    found = []
    for match in _ENGAGE_UNNAMED.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not reader.is_decision(sentence):
            continue
        subject = " ".join(match.group(1).split())
        # "a provider organisation to co-ordinate the Alliance": what the provider is for names the contract.
        # Only a purpose that names something (a title-case name, a service) says which contract it is.
        purpose = _PURPOSE_AFTER.match(reader.text, match.end(), min(sentence[1], match.end() + 120))
        if purpose and not re.search(r"\s(?:[A-Z]|services?\b|schemes?\b|programmes?\b)", purpose.group(1)[4:]):
            purpose = None
        if purpose:
            subject = f"{subject} {' '.join(purpose.group(1).split())}"
        # A decision saying what the provider is for names the contract well enough to stand with no party named.
        found.append(Mention(K.CONTRACT, match.start(), match.end(), sentence, subject, closed=True,
                             action=A.PROCURE, decided=purpose is not None, rule="agreements.unnamed_procurement"))
    return found


def _revised_arrangements(reader: DocumentReader) -> list[Mention]:
    """'RESOLVED to approve the revised proposal from Acme Trust': a change to what a named body delivers."""
    found = []
    for match in _REVISED_FROM.finditer(reader.text):
        orgs = [o for o in reader.orgs if match.end() - 1 <= o.start <= match.end() + 1]
        sentence = sentence_at(reader.sentences, match.start())
        if not orgs or not reader.is_decision(sentence):
            continue
        found.append(Mention(K.CONTRACT, match.start(), orgs[0].end, sentence, None, orgs[:1], closed=True,
                             action=A.VARY, rule="agreements.revised_arrangement"))
    return found


def _provider_lists(reader: DocumentReader) -> list[Mention]:
    """'... following a procurement exercise ... is delivered by A (x), B (y) and C (z)': awards."""
    found = []
    for match in re.finditer(r"\b(?:delivered|provided)\s+by\s+", reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        paragraph_start = max(0, reader.text.rfind("\n", 0, sentence[0]))
        context = reader.text[paragraph_start:sentence[1]]
        if not re.search(r"procurement exercise|tender|\bawarded\b", context, re.I):
            continue
        pos = match.end()
        for org in reader.orgs:
            if org.start < pos - 1 or org.end > sentence[1]:
                continue
            if org.start > pos + 2:
                break
            mention = Mention(K.CONTRACT, org.start, org.end, sentence, None, [org],
                              closed=True, action=A.AWARD, rule="agreements.provider_list")
            note = re.match(r"\s*\(([^)]{2,80})\)", reader.text[org.end:org.end + 90])
            service = re.search(r"(?:the\s+)?((?:[A-Z][\w’'&-]*\s+|and\s+)+Service)\b", context)
            mention.subject = " - ".join(p for p in (service.group(1) if service else None,
                                                     note.group(1) if note else None) if p) or None
            found.append(mention)
            tail = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,|and|&)\s*(?:the\s+)?", reader.text[org.end:org.end + 100])
            if not tail:
                break
            pos = org.end + tail.end()
    return found


def _one_per_provider(reader: DocumentReader, mention: Mention) -> list[Mention]:
    """'the current block contracts with Sevacare and London Care': a plural joined to two or more providers is a
    contract with each (public bodies named together are the parties of one agreement: left as one mention)."""
    if (not mention.linked or len(mention.counterparties) < 2 or not reader.text[mention.start:mention.end].endswith("s")
            or any(o.org_type in PUBLIC_BODY_TYPES for o in mention.counterparties)):
        return [mention]
    return [replace(mention, counterparties=[party]) for party in mention.counterparties]


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """One mention per span; pooled budgets named beside an s75/BCF belong to that agreement."""
    kept: list[Mention] = []
    priority = {K.OTHER: -1, K.GRANT: 0, K.INTER_AUTHORITY: 1, K.FRAMEWORK: 2, K.SECTION_75: 3, K.BETTER_CARE_FUND: 4,
                K.POOLED_BUDGET: 5, K.CONTRACT: 6}
    closed_spans = [(m.start, m.end) for m in mentions if m.closed]
    for mention in sorted(mentions, key=lambda m: (0 if m.closed else 1, priority.get(m.kind, 9), m.start)):
        if not mention.closed and any(s <= mention.start < e for s, e in closed_spans):
            continue
        if any(k.start < mention.end and mention.start < k.end for k in kept if not mention.closed):
            continue
        kept.append(mention)
    by_sentence: dict[tuple[int, int], set[AgreementKind]] = {}
    for mention in kept:
        by_sentence.setdefault(mention.sentence, set()).add(mention.kind)
    result = []
    for mention in kept:
        kinds = by_sentence[mention.sentence]
        if mention.kind == K.POOLED_BUDGET and not mention.subject and kinds & {K.SECTION_75, K.BETTER_CARE_FUND}:
            continue
        if mention.kind == K.POOLED_BUDGET and mention.subject and re.search(r"(?:Better\s+Care\s+Fund|BCF)$", mention.subject) \
                and K.BETTER_CARE_FUND in kinds:
            continue  # "the Better Care Fund pooled budget" is the BCF itself
        result.append(mention)
    return result
