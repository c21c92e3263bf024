"""The working records of agreement reading (organisation spans, mentions, groups) and the kind sets they use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from extractors.bodies import lookup, name_words
from extractors.doctext import DocText
from schemas import AgreementAction, AgreementKind, OrganisationMention, OrgType

K = AgreementKind
A = AgreementAction

PARTNERSHIP_KINDS = {K.SECTION_75, K.POOLED_BUDGET, K.BETTER_CARE_FUND, K.INTER_AUTHORITY}
# Principal councils, and a council whose tier the text does not tell (town and parish councils are apart).
COUNCIL_TYPES = frozenset({
    OrgType.COUNTY_COUNCIL, OrgType.UNITARY_COUNCIL, OrgType.METROPOLITAN_BOROUGH,
    OrgType.LONDON_BOROUGH, OrgType.DISTRICT_COUNCIL, OrgType.CITY_COUNCIL, OrgType.COUNCIL,
})
PUBLIC_BODY_TYPES = {
    *COUNCIL_TYPES,
    OrgType.CCG, OrgType.ICB, OrgType.NHS_TRUST, OrgType.NHS_FOUNDATION_TRUST,
    OrgType.PRIMARY_CARE_TRUST, OrgType.TOWN_OR_PARISH_COUNCIL,
    # Other public authorities fund and partner like councils (a combined authority's funding agreement).
    OrgType.COMBINED_AUTHORITY, OrgType.NATIONAL_PARK_AUTHORITY, OrgType.FIRE_AUTHORITY, OrgType.POLICE_BODY,
}
COMMISSIONER_TYPES = {OrgType.CCG, OrgType.ICB}
# The word before 'framework' in a policy framework ('outcomes framework'), not one suppliers are appointed to.
POLICY_FRAMEWORK_WORDS = {"outcomes", "assurance", "policy", "performance", "governance", "accountability",
                  "competency", "strategic", "budget", "qualifications", "quality", "risk", "legal",
                  "legislative", "regulatory", "planning", "financial", "national", "reporting",
                  "improvement", "development", "single", "operating", "capability", "evaluation",
                  # frameworks government sets for councils ('the Devolution Framework published in the White Paper')
                  "devolution", "fiscal", "spending", "inspection", "curriculum"}


@dataclass(frozen=True)
class OrgSpan:
    """An organisation the organisations extractor found, as a span of the joined text."""

    start: int
    end: int
    name: str
    org_type: OrgType


@dataclass
class Mention:
    """One place the paper names an agreement, with what the rule that found it could tell."""

    kind: AgreementKind
    start: int
    end: int
    sentence: tuple[int, int]
    subject: str | None = None
    counterparties: list[OrgSpan] = field(default_factory=list)
    closed: bool = False  # a table row or provider-list entry: one agreement, never merged
    action: AgreementAction | None = None  # set by rules that know the action outright
    party_name: str | None = None  # a provider named in a table cell but not by the org extractor
    grant_outwards: bool = False  # "grants to X": the issuing body pays
    end_hint: date | None = None  # a date read from a table's end-date column
    linked: bool = False  # counterparties joined to it by 'with', 'between' ... (not merely in its sentence)
    decided: bool = False  # a decision acts on it by name (decisions.py): it counts with no party named
    term_sentence: tuple[int, int] | None = None  # a decision elsewhere stating its term (a table row's award)
    rule: str = "agreements.pattern"

    def is_read(self) -> bool:
        """Whether it says more than a bare agreement noun: a party, a decision on it, a table row."""
        return bool(self.counterparties or self.decided or self.closed or self.party_name)


@dataclass
class Group:
    """Mentions taken to name one agreement."""

    kind: AgreementKind
    mentions: list[Mention]


def org_spans(organisations: Iterable[OrganisationMention], doc: DocText) -> list[OrgSpan]:
    """The organisations' evidence as joined-text spans, in text order."""
    orgs = []
    for org in organisations:
        start = doc.page_starts[org.evidence.page - 1] + org.evidence.start
        end = doc.page_starts[org.evidence.page - 1] + org.evidence.end
        orgs.append(OrgSpan(start, end, org.name, org.org_type))
    return sorted(orgs, key=lambda o: o.start)


def orgs_within(orgs: list[OrgSpan], start: int, end: int) -> list[OrgSpan]:
    """The organisations wholly inside text[start:end]."""
    return [o for o in orgs if o.start >= start and o.end <= end]


def party_key(name: str) -> str:
    """A body's name for comparing parties: 'Anytown and District Trust' and 'Anytown District Trust' are one body,
    as are 'Acme Ltd' and 'Acme', and two names the reference table gives one body ('Tower Hamlets Council', 'London
    Borough of Tower Hamlets')."""
    body = lookup(name)
    words = [w for w in name_words(body.name if body is not None else name) if w != "and"]
    # 'Acme Care Limited' and 'Acme Care' are one company: the legal ending is dropped (not the whole name).
    while len(words) > 1 and words[-1] in _COMPANY_ENDINGS:
        words.pop()
    return " ".join(words)


_COMPANY_ENDINGS = {"limited", "ltd", "plc", "llp", "cic"}
