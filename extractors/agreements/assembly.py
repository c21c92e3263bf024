"""An agreement's record fields read from its group: whether it counts, subject, parties, values, basis, order."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from extractors.agreements.actions import HISTORY_WEIGHT
from extractors.agreements.decisions import is_decision_subject
from extractors.agreements.pool_values import partnership_values
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import PARTNERSHIP_KINDS, A, K, Group, Mention, party_key
from extractors.agreements.sentences import sentence_at
from extractors.agreements.subjects import subject_key
from extractors.agreements.transfers import S256_BASIS, S256_RULE, transfer_values
from extractors.money import find_amounts
from schemas import AgreementAction, AgreementParty, OrgType, PartyRole

S31_BASIS = "Health Act 1999 s31"
_KIND_LABELS = {K.SECTION_75: "Section 75 agreement", K.POOLED_BUDGET: "pooled budget", K.BETTER_CARE_FUND: "Better Care Fund",
                K.CONTRACT: "contract", K.FRAMEWORK: "framework", K.GRANT: "grant",
                K.INTER_AUTHORITY: "Inter-Authority Agreement"}


GRANT_CATALOGUE = 6
"""Distinct grants a paper names by title from which it is read as a list of funding streams."""


def is_significant(reader: DocumentReader, group: Group, best_weight: float, grants_named: int = 0) -> bool:
    """A paper deals with an agreement when it names a party, recommends on it or states what happens;
    `grants_named` counts the distinct grants the paper names by title."""
    if any(m.closed or m.decided or is_decision_subject(reader, m) for m in group.mentions):
        return True
    if group.kind in PARTNERSHIP_KINDS and 0 < best_weight <= HISTORY_WEIGHT and _told_once_as_history(reader, group):
        return False
    if group.kind == K.CONTRACT and all(_only_times_something(reader, m) for m in group.mentions):
        return False
    sentence_only = group.kind in PARTNERSHIP_KINDS | {K.FRAMEWORK}
    if any(m.counterparties and (m.linked or not sentence_only or m.rule != "agreements.pattern") for m in group.mentions):
        return True
    if any(m.counterparties and "\t" in reader.text[m.sentence[0]:m.sentence[1]] for m in group.mentions):
        return True  # an action-log or table row naming the pool and the body is an item the paper notes
    # Bodies merely named in its sentence ("under the s75, the Council and the ICB share ...") make an
    # agreement the paper deals with only when something is said to happen to it.
    if any(m.counterparties for m in group.mentions) and best_weight > 0:
        return True
    # A grant no action word acts on and no body gives or gets is, even inside a recommendation, one of the
    # kinds of grant a policy sets out ('Mandatory Grants', 'Discretionary ... Grant'), not an agreement.
    policy_grant = group.kind == K.GRANT and best_weight == 0 and not any(m.counterparties for m in group.mentions)
    if not policy_grant and any(reader.in_rec(m.start) for m in group.mentions):
        return True
    if group.kind == K.CONTRACT and any(m.rule == "agreements.contracts_ending" for m in group.mentions) \
            and any(subject_key(m.subject, reader.acronyms) for m in group.mentions):
        return True  # named services whose contracts the paper says will not be renewed
    if group.kind == K.GRANT:
        # A grant named twice by its own subject (not by passing "grant" words nearby), with an amount
        # the text ties to it: a budget paper's passing "the Household Support grant" is no agreement.
        # A paper naming many grants this way (a budget's list of government grant lines) describes
        # funding streams, one after another: none of them is an agreement the paper acts on.
        if grants_named >= GRANT_CATALOGUE:
            return False
        named = {m.sentence for m in group.mentions if subject_key(m.subject, reader.acronyms)}
        return len(named) >= 2 and any(_states_amount(reader, sentence) for sentence in named)
    return best_weight >= 2.0 and group.kind != K.CONTRACT


def named_grant_count(reader: DocumentReader, groups: list[Group]) -> int:
    """How many distinct grants the paper names by title ("the Social Care Grant", "Services Grant")."""
    return sum(1 for g in groups if g.kind == K.GRANT and any(subject_key(m.subject, reader.acronyms) for m in g.mentions))


# "... until June, when our contract with X comes to an end": the contract only dates something else.
_TIMING_BEFORE = re.compile(r"\b(?:when|until|till|after|before|once)\s+(?:our|the|its|their|your)\s+(?:current\s+|existing\s+|present\s+)?$", re.I)
_TIMING_AFTER = re.compile(r"^[^.;:]{0,80}?\b(?:ends?|expires?|comes?\s+to\s+an\s+end|finish(?:es)?|runs?\s+out|lapses?)\b", re.I)


def _only_times_something(reader: DocumentReader, mention: Mention) -> bool:
    """A contract named in a clause that says when something else happens, as the contract's end ('when our
    contract with X comes to an end'), outside any recommendation: background, not an agreement dealt with."""
    before = reader.text[max(mention.sentence[0], mention.start - 40):mention.start]
    return (not reader.in_rec(mention.start) and _TIMING_BEFORE.search(before) is not None
            and _TIMING_AFTER.search(reader.text[mention.end:mention.sentence[1]]) is not None)


# A meeting's own record of what it did ('The Board noted that ...'), which minutes write in the past tense.
_MEETING_RECORD = re.compile(r"\b(?:Board|Committee|Cabinet|Executive|Panel|Council|Members)\s+(?:noted|agreed|approved|"
                             r"resolved|endorsed|ratified|supported)\b")


def _told_once_as_history(reader: DocumentReader, group: Group) -> bool:
    """Minutes reporting in one sentence that 'a Section 75 Agreement has been put in place between A and B':
    told as history, nothing decided or recorded about it by the meeting, and not what the paper is about."""
    sentences = {m.sentence for m in group.mentions}
    if len(sentences) != 1:
        return False
    sentence = next(iter(sentences))
    return not reader.is_decision(sentence) and not _MEETING_RECORD.search(reader.text[sentence[0]:sentence[1]])


def _states_amount(reader: DocumentReader, sentence: tuple[int, int]) -> bool:
    """Whether the sentence holds a sum of money (found by the money extractor, or written with "£")."""
    s_start, s_end = sentence
    return any(s_start <= a_start < s_end for (a_start, _), _amount in reader.amounts) \
        or re.search(r"£\s?\d", reader.text[s_start:s_end]) is not None


# A ModernGov page's link to the report, copied with the title: "Service Level Agreement pdf icon PDF 318 KB".
_LINK_TEXT = re.compile(r"\s*\bpdf\s+icon\s+PDF\s+[\d.]+\s*[KM]B\b", re.I)


def agreement_subject(group: Group, parties: list[AgreementParty], issuing_body: str | None = None,
                      basis: str | None = None) -> str:
    """The subject most mentions give (the longest if it says more), else the kind and the other parties."""
    subjects = [_LINK_TEXT.sub("", m.subject) for m in group.mentions if m.subject]
    if subjects:
        subject = Counter(subjects).most_common(1)[0][0]
        longest = max(subjects, key=len)
        return " ".join((longest if subject_key(longest, {}) >= subject_key(subject, {}) else subject).split())
    label = _KIND_LABELS.get(group.kind, "agreement")
    if basis == S31_BASIS:
        label = "Section 31 partnership agreement"  # the 1999 Act's name for what s75 later re-enacted
    others = [p.name for p in parties if p.name != issuing_body]  # the issuing body, when known, leads the parties
    return f"{label} with {', '.join(others)}" if others else label


def is_default_subject(subject: str, kind: K) -> bool:
    """Whether a subject is only a kind's label and the other parties ("contract with X"), as agreement_subject
    writes it where the paper gives none."""
    labels = {_KIND_LABELS.get(kind, "agreement"), "Section 31 partnership agreement"}
    return any(subject == label or subject.startswith(f"{label} with ") for label in labels)


def agreement_parties(reader: DocumentReader, group: Group) -> list[AgreementParty]:
    """The issuing body in the role the kind implies, then the counterparties, most named first."""
    text = " ".join(reader.text[m.sentence[0]:m.sentence[1]] for m in group.mentions)
    parties: list[AgreementParty] = []
    if reader.issuing_body:
        if group.kind == K.GRANT:
            role = PartyRole.GRANTOR if any(m.grant_outwards for m in group.mentions) else PartyRole.RECIPIENT
        elif re.search(r"\blead[- ]commissioner\b", text, re.I):
            role = PartyRole.LEAD_COMMISSIONER
        elif group.kind in {K.CONTRACT, K.FRAMEWORK}:
            role = PartyRole.COMMISSIONER
        else:
            role = PartyRole.PARTNER
        parties.append(AgreementParty(name=reader.issuing_body, role=role))
    names: list[str] = []
    for mention in group.mentions:
        names += [o.name for o in mention.counterparties]
        if mention.party_name:
            names.append(mention.party_name)
    other_role = PartyRole.PROVIDER if group.kind == K.CONTRACT else PartyRole.PARTNER
    if group.kind == K.GRANT:  # the other side of a grant: recipients of ours, or the grantor of ours
        other_role = PartyRole.RECIPIENT if any(m.grant_outwards for m in group.mentions) else PartyRole.GRANTOR
    if group.kind == K.GRANT and not names and not any(m.grant_outwards for m in group.mentions):
        names = _funding_department(reader)
    counted = Counter(names)
    for name, _ in counted.most_common():
        if not any(party_key(name) == party_key(p.name) for p in parties):
            parties.append(AgreementParty(name=name, role=other_role))
    return parties


# A sentence about money given: the department a paper names in one is the grant's giver.
_FUNDING_SENTENCE = re.compile(r"\b(?:grants?|funds?|funding|allocation|allocated|monies)\b", re.I)


def _funding_department(reader: DocumentReader) -> list[str]:
    """The one government department the paper names in a sentence about funding ('The Department of Health and
    Social Care announced an extension to the Infection Control Fund'): the grantor of a grant the paper's body
    receives from no body named beside it. None when two departments are so named: which gave it is a guess."""
    departments = {o.name for o in reader.all_orgs if o.org_type == OrgType.GOVERNMENT
                   and _FUNDING_SENTENCE.search(reader.text[slice(*sentence_at(reader.sentences, o.start))])}
    return list(departments) if len(departments) == 1 else []


def agreement_values(reader: DocumentReader, group: Group) -> tuple[Decimal, ...]:
    """Amounts in the sentences of a contract, grant or table row, or tied to a pool (at most five, first named first)."""
    values: list[Decimal] = partnership_values(reader, group) if group.kind in PARTNERSHIP_KINDS else []
    for mention in group.mentions:
        if mention.rule == S256_RULE:
            values += [v for v in transfer_values(reader, mention.sentence) if v not in values]
            continue
        if not (mention.closed or group.kind in {K.CONTRACT, K.GRANT}):
            continue
        s_start, s_end = mention.sentence
        for (a_start, _), amount in reader.amounts:
            if s_start <= a_start < s_end and amount.value_gbp not in values:
                values.append(amount.value_gbp)
        if mention.closed and not values:
            # The money extractor skipped this row: read its sums with the same parser ('£1.2m' is 1200000).
            values += [found.value for found in find_amounts(reader.text[s_start:s_end]) if found.value not in values]
    return tuple(values[:5])


def statutory_basis(reader: DocumentReader, group: Group) -> str | None:
    """'NHS Act 2006 s75' for a section 75 agreement whose sentences cite the Act; s256 for a s256 transfer."""
    if any(m.rule == S256_RULE for m in group.mentions):
        return S256_BASIS
    if group.kind != K.SECTION_75:
        return None
    for mention in group.mentions:
        sentence = reader.text[mention.sentence[0]:mention.sentence[1]]
        if re.search(r"(?:National Health Services?|NHS)\s+Act(?:\s+2006)?", sentence):
            return "NHS Act 2006 s75"
        if re.search(r"\b(?:section|s\.?)\s?31\s+(?:of\s+the\s+)?Health\s+Act\s+1999", sentence, re.I):
            return S31_BASIS
    return None


def order_key(reader: DocumentReader, group: Group, action: AgreementAction) -> tuple[int, int, int]:
    """Agreements in the order the paper deals with them: each placed where a recommendation acts
    on it (an agenda pack names agreements in its front matter long before the report that
    decides them), partnership arrangements only noted (a pool under review) after those decided,
    and rows only logged in a table last. Only the order of the list changes, not its content."""
    first = group.mentions[0]
    only_log = all(m.sentence == first.sentence for m in group.mentions) and "\t" in reader.text[first.sentence[0]:first.sentence[1]] \
        and not first.closed
    anchor = next((m.start for m in group.mentions if reader.in_rec(m.start)), first.start)
    return (1 if only_log else 0, 1 if action == A.NOTE and group.kind in PARTNERSHIP_KINDS else 0, anchor)
