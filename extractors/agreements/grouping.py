"""Grouping mentions into agreements: same kind and same subject or counterparty, the rest attached nearby."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from extractors.agreements.decisions import DECIDED_REFERENCE_RULE
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import K, Group, Mention, party_key
from extractors.agreements.subjects import same_subject, subject_key
from schemas import AgreementKind

_DECIDED_REACH = 1500  # characters a decision on 'the current contracts' may be from the contract it names
_GRANT_REACH = 600  # characters (a paragraph or so) a bare "grant" may be from the grant it refers to
_HEADING = re.compile(r"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+|[a-z]\)[ \t]+)?([A-Z][^\n.;:]{2,80})[ \t]*$", re.M)


def group_mentions(mentions: list[Mention], acronyms: Mapping[str, str], reader: DocumentReader | None = None) -> list[Group]:
    """Mentions sharing a kind and a subject or counterparty form one agreement; the rest attach nearby."""
    keyed = [m for m in mentions if m.subject or m.counterparties or m.closed]
    unkeyed = [m for m in mentions if m not in keyed]
    # An unkeyed mention borrows a subject named by another mention of its sentence.
    for mention in unkeyed:
        # Not a grant's: a grant named beside a pool (the improved BCF) is paid alongside it, not what it is about.
        subjects = {m.subject for m in keyed if m.sentence == mention.sentence and m.subject and not m.closed
                    and m.kind != mention.kind and m.kind != K.GRANT}
        if len(subjects) == 1:
            mention.subject = subjects.pop()
        elif reader is not None:
            parent = reader.parent_rec_text(mention.start)
            if parent and subject_key(parent, acronyms):
                mention.subject = parent
    keyed = [m for m in mentions if m.subject or m.counterparties or m.closed]
    unkeyed = [m for m in mentions if m not in keyed]

    parent = list(range(len(keyed)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [subject_key(m.subject, acronyms) for m in keyed]
    for i, a in enumerate(keyed):
        if a.closed:
            continue
        for j in range(i):
            b = keyed[j]
            if b.closed or a.kind != b.kind:
                continue
            shared_party = {party_key(o.name) for o in a.counterparties} & {party_key(o.name) for o in b.counterparties}
            if a.linked and b.linked and a.counterparties and b.counterparties and not shared_party:
                continue  # 'the s75 with X for ...' and 'the s75 with Y for ...' are two agreements
            if reader is not None and _separate_awards(reader, a, b):
                continue
            if same_subject(keys[i], keys[j]) or (shared_party and not (keys[i] and keys[j] and not same_subject(keys[i], keys[j]))):
                parent[find(i)] = find(j)
    groups: dict[int, Group] = {}
    for i, mention in enumerate(keyed):
        groups.setdefault(find(i), Group(mention.kind, [])).mentions.append(mention)
    result = list(groups.values())
    open_groups = [g for g in result if not g.mentions[0].closed]
    established = [g for g in open_groups if reader is None or _established(reader, g)]
    for mention in unkeyed:
        target = _group_by_heading(mention, established, acronyms, reader) if reader else None
        # A bare "grant" reaches back only to a grant named nearby: budget papers say "grant" of many
        # funding streams, and a far one attached would lend its amounts and wording to the wrong grant.
        reach = _GRANT_REACH if mention.kind == K.GRANT else None
        if mention.rule == DECIDED_REFERENCE_RULE:
            reach = _DECIDED_REACH  # "That the current contracts be extended" speaks of the contract just named
        target = target or _nearest_group(mention, established, mention.kind, reach) \
            or _nearest_group(mention, open_groups, mention.kind, reach)
        if target is None and mention.kind == K.POOLED_BUDGET:
            target = _nearest_group(mention, open_groups, K.SECTION_75)
        if target is None:
            if mention.kind in {K.CONTRACT, K.GRANT}:
                continue
            target = Group(mention.kind, [])
            result.append(target)
            open_groups.append(target)
        target.mentions.append(mention)
    s75 = [g for g in result if g.kind == K.SECTION_75]
    for group in [g for g in result if g.kind == K.POOLED_BUDGET and not any(m.subject for m in g.mentions)]:
        if s75:  # "the pooled budget" in a paper about an s75 is that agreement's pool
            _nearest_group(group.mentions[0], s75, K.SECTION_75).mentions.extend(group.mentions)  # type: ignore[union-attr]
            result.remove(group)
    for group in result:
        group.mentions.sort(key=lambda m: m.start)
    return result


def _separate_awards(reader: DocumentReader, a: Mention, b: Mention) -> bool:
    """Two decision items, each stating sums of its own and none in common, decide two agreements, even with one
    party: "Award of a contract for the move on service, to St Mungo ... for the contract value of £3,237,156" and
    the next bullet's "... women's safe space service, to St Mungo ... £2,292,175"."""
    if not (a.decided and b.decided) or a.sentence == b.sentence:
        return False
    sums_a, sums_b = _sums_in(reader, a.sentence), _sums_in(reader, b.sentence)
    return bool(sums_a) and bool(sums_b) and not sums_a & sums_b


def _sums_in(reader: DocumentReader, span: tuple[int, int]) -> set[Decimal]:
    """The values of the sums stated within `span`."""
    return {amount.value_gbp for (start, _), amount in reader.amounts if span[0] <= start < span[1]}


def _established(reader: DocumentReader, group: Group) -> bool:
    """A group with a counterparty, a table row or a recommendation behind it."""
    return any(m.counterparties or m.closed or reader.in_rec(m.start) for m in group.mentions)


def _group_by_heading(mention: Mention, groups: list[Group], acronyms: Mapping[str, str], reader: DocumentReader) -> Group | None:
    """An unkeyed mention under a heading naming one agreement's subject belongs to that agreement."""
    headings = [m for m in _HEADING.finditer(reader.text, max(0, mention.start - 6000), mention.start)
                if m.end() < mention.sentence[0] and subject_key(m.group(1), acronyms)]
    if not headings:
        return None
    key = subject_key(headings[-1].group(1), acronyms)
    matches = [g for g in groups if g.kind == mention.kind
               and any(same_subject(key, subject_key(m.subject, acronyms)) for m in g.mentions if m.subject)]
    return matches[0] if len(matches) == 1 else None


def _nearest_group(mention: Mention, groups: list[Group], kind: AgreementKind, reach: int | None = None) -> Group | None:
    """The group of `kind` with a mention closest to this one (within `reach`); what came before counts three times nearer."""
    best: tuple[int, Group] | None = None
    for group in groups:
        if group.kind != kind:
            continue
        for other in group.mentions:
            distance = mention.start - other.start
            distance = distance if distance >= 0 else 3 * -distance  # what came before names it first
            if reach is not None and distance > reach:
                continue
            if best is None or distance < best[0]:
                best = (distance, group)
    return best[1] if best else None
