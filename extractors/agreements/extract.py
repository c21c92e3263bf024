"""The agreements extractor's entry point: find mentions, group them, keep the significant, build records."""

from __future__ import annotations

import re

from extractors.agreements.actions import choose_action, collect_votes, inherit_actions, names_existing
from extractors.agreements.assembly import (
    agreement_parties,
    agreement_subject,
    agreement_values,
    is_default_subject,
    is_significant,
    named_grant_count,
    order_key,
    statutory_basis,
)
from extractors.agreements.background import is_background
from extractors.agreements.bcf_pools import drop_bcf_of_s75
from extractors.agreements.dates import group_dates
from extractors.agreements.grouping import group_mentions
from extractors.agreements.mentions import find_mentions
from extractors.agreements.providers import service_providers
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Group
from extractors.agreements.subjects import subject_key
from extractors.agreements.transfers import S256_RULE
from extractors.doctext import Collector, DocText
from schemas import Agreement, AgreementAction, Amount, DateMention, OrganisationMention, Recommendation


def extract_agreements(
    doc: DocText,
    collect: Collector,
    issuing_body: str | None,
    organisations: list[OrganisationMention],
    amounts: list[Amount],
    dates: list[DateMention],
    recommendations: list[Recommendation],
) -> list[Agreement]:
    """One Agreement per distinct arrangement the paper deals with, in the order the paper first names them."""
    reader = DocumentReader(doc, issuing_body, organisations, amounts, dates, recommendations)
    mentions = find_mentions(reader)
    groups = group_mentions(mentions, reader.acronyms, reader)
    chosen: list[tuple[Group, AgreementAction, float]] = []
    grants_named = named_grant_count(reader, groups)
    for group in groups:
        votes = collect_votes(reader, group, mentions)
        if group.kind == K.GRANT and not any(m.grant_outwards or m.closed for m in group.mentions):
            # A grant the issuing body receives is awarded by the other party, not decided by this paper.
            votes = [v for v in votes if v.action != A.AWARD]
        # Legal agreements and contracts are renewed; pools and frameworks are created anew.
        has_existing = group.kind in {K.SECTION_75, K.CONTRACT} and any(names_existing(reader, m) for m in group.mentions)
        action, weight = choose_action(votes, has_existing)
        if group.mentions[0].action and (group.mentions[0].closed or group.mentions[0].rule == S256_RULE):
            action = group.mentions[0].action
        best = max((v.weight for v in votes), default=0.0)
        if not is_significant(reader, group, best, grants_named) or is_background(reader, group):
            continue
        providers = service_providers(reader, group)  # only for contracts already dealt with: it names, never decides
        if providers:
            group.mentions[0].counterparties = providers
        chosen.append((group, action, weight))
    chosen = inherit_actions(reader, chosen)
    chosen = [c for c in chosen if not _restates_decided(reader, c[0], chosen)]
    chosen = [c for c in chosen if not _secures_chosen_grant(reader, c[0], chosen)]
    kept = drop_bcf_of_s75(reader, [c[0] for c in chosen])
    chosen = [c for c in chosen if c[0] in kept]
    records: list[Agreement] = []
    for group, action, weight in sorted(chosen, key=lambda c: order_key(reader, c[0], c[1])):
        parties = agreement_parties(reader, group)
        if not parties and not any(m.decided for m in group.mentions):
            # Nobody named on either side: the agreement cannot be told from any other, unless a decision
            # acts on it by a specific name (a decision page that names neither council nor supplier).
            continue
        start, end = group_dates(reader, group, action)
        first = group.mentions[0]
        evidence_end = max(first.end, min(first.sentence[1], first.start + 300))
        confidence = 0.5 + min(0.4, 0.1 * weight) if weight else 0.5
        agreement = collect.build(
            Agreement,
            evidence=doc.evidence(min(first.start, first.sentence[0]) if first.closed else first.start, evidence_end),
            confidence=round(confidence, 2),
            rule=first.rule if first.closed else f"agreements.{group.kind.value}",
            kind=group.kind,
            subject=agreement_subject(group, parties, issuing_body, statutory_basis(reader, group)),
            parties=tuple(parties),
            action=action,
            start_date=start,
            end_date=end,
            statutory_basis=statutory_basis(reader, group),
            values_gbp=agreement_values(reader, group),
        )
        if agreement is not None:
            records.append(agreement)
    return _without_restatements(records, issuing_body)


def _without_restatements(records: list[Agreement], issuing_body: str | None) -> list[Agreement]:
    """One record per arrangement: a second record of the same kind, action, dates and other parties ("The Lead Member
    is also asked to award an 18 month contract to X" before "do hereby approve the Award an 18 month contract, to X")
    restates the first; the one with a subject of its own ("... Together Women Project ...") is kept. Rows of a table
    or list, and records stating different sums, stay apart: each is an arrangement of its own."""
    kept: list[Agreement] = []
    for record in records:
        same = next((k for k in kept if _restates(k, record, issuing_body)), None)
        if same is None:
            kept.append(record)
        elif _default_subject(same) and not _default_subject(record):
            kept[kept.index(same)] = record
    return kept


def _restates(first: Agreement, second: Agreement, issuing_body: str | None) -> bool:
    """Whether `second` records the arrangement `first` does: same kind, action, dates, other parties and sums."""
    others = {p.name for p in first.parties if p.name != issuing_body}
    return (bool(others) and first.kind == second.kind and first.action == second.action
            and first.start_date == second.start_date and first.end_date == second.end_date
            and others == {p.name for p in second.parties if p.name != issuing_body}
            and not (first.values_gbp and second.values_gbp and set(first.values_gbp) != set(second.values_gbp))
            and not any(r.rule.endswith(("_row", "_list")) for r in (first, second))
            and _same_subject(first, second))


def _same_subject(first: Agreement, second: Agreement) -> bool:
    """Whether two records' subjects may name one arrangement: either is only the kind and party, or one holds the
    other ("Service Level Agreement with X" in "... with X for a further year"); "Autism Support Services" and
    "Community Equipment Services" under one party are two."""
    a, b = (" ".join((r.subject or "").lower().split()) for r in (first, second))
    return _default_subject(first) or _default_subject(second) or a in b or b in a


def _default_subject(record: Agreement) -> bool:
    """Whether the record's subject is only its kind and party ("contract with X"), made where the paper gives none."""
    return is_default_subject(record.subject or "", record.kind)


def _restates_decided(reader: DocumentReader, group: Group, chosen: list[tuple[Group, AgreementAction, float]]) -> bool:
    """A contract named only by part of a decided one's name ('Substance Misuse Contract Award' heading over
    'Service 1: The Integrated Substance Misuse Treatment Services') and by no party of its own is that one."""
    if group.kind != K.CONTRACT or any(m.is_read() for m in group.mentions):
        return False
    keys = [k for k in (subject_key(m.subject, reader.acronyms) for m in group.mentions) if k]
    if not keys:
        return False
    for other, _, _ in chosen:
        if other is group or other.kind != K.CONTRACT or not any(m.decided for m in other.mentions):
            continue
        decided_keys = [subject_key(m.subject, reader.acronyms) for m in other.mentions if m.subject]
        if all(any(key < d for d in decided_keys) for key in keys):
            return True
    return False


# 'enter into the Memorandum of Understanding ... so as to formally secure the council's award of £X': the MoU
# is the grant's own terms, one agreement with the grant it secures.
_SECURES_GRANT = re.compile(r"\b(?:so\s+as\s+to|in\s+order\s+to|to)\s+(?:formally\s+)?(?:secure|accept|draw\s+down|"
                            r"receive)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:grant|award|funding|funds)\b", re.I)
_MEMORANDUM = re.compile(r"\bmemorand(?:um|a)\s+of\s+understanding\b|\bMoU\b", re.I)


def _secures_chosen_grant(reader: DocumentReader, group: Group, chosen: list[tuple[Group, AgreementAction, float]]) -> bool:
    """A memorandum of understanding every mention of which says it secures a grant, beside a grant kept:
    the grant's instrument, not a second agreement."""
    if group.kind != K.OTHER or not any(other.kind == K.GRANT for other, _, _ in chosen):
        return False
    if not _MEMORANDUM.search(group.mentions[0].subject or reader.text[group.mentions[0].start:group.mentions[0].end]):
        return False
    return all(_SECURES_GRANT.search(reader.text, m.start, m.sentence[1]) for m in group.mentions)
