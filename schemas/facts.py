"""Facts extracted from a document, each carrying the evidence it was read from."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.documents import Report
from schemas.evidence import Evidence
from schemas.types import Confidence, FinancialYear, Gbp, NonEmptyStr, Sha256


class _Fact(BaseModel):
    """Common shape: the evidence, how sure the rule is, and which rule said so."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    evidence: Evidence
    confidence: Confidence = 0.8
    rule: NonEmptyStr


class OrgType(StrEnum):
    COUNTY_COUNCIL = "county_council"
    UNITARY_COUNCIL = "unitary_council"
    METROPOLITAN_BOROUGH = "metropolitan_borough"
    LONDON_BOROUGH = "london_borough"
    DISTRICT_COUNCIL = "district_council"
    CITY_COUNCIL = "city_council"
    TOWN_OR_PARISH_COUNCIL = "town_or_parish_council"
    COUNCIL = "council"  # a council whose tier the text does not tell
    CCG = "ccg"
    ICB = "icb"
    NHS_TRUST = "nhs_trust"
    NHS_FOUNDATION_TRUST = "nhs_foundation_trust"
    NHS_ENGLAND = "nhs_england"
    PRIMARY_CARE_TRUST = "primary_care_trust"
    # Public authorities beside the councils: each is its own legal kind, which researchers tell apart.
    COMBINED_AUTHORITY = "combined_authority"  # combined and combined county authorities, the GLA
    NATIONAL_PARK_AUTHORITY = "national_park_authority"  # the national park authorities and the Broads Authority
    FIRE_AUTHORITY = "fire_authority"  # fire and rescue authorities, the London Fire Commissioner
    POLICE_BODY = "police_body"  # police and crime commissioners (and PFCCs), MOPAC
    GOVERNMENT = "government"  # departments, ministries, agencies
    REGULATOR = "regulator"
    CHARITY = "charity"
    COMPANY = "company"
    UNIVERSITY = "university"
    OTHER = "other"


class OrganisationMention(_Fact):
    """One place an organisation is named; `name` is its canonical (or fullest) name."""

    name: NonEmptyStr
    text: NonEmptyStr  # as written, e.g. "CPFT"
    org_type: OrgType
    canonical_id: str | None = None  # a reference-table key (GSS / ODS code) when resolved


class AmountKind(StrEnum):
    TOTAL = "total"
    CONTRIBUTION = "contribution"
    ANNUAL = "annual"
    SAVING = "saving"
    COST = "cost"
    FUNDING = "funding"
    OTHER = "other"


class Amount(_Fact):
    """A sterling amount normalised to pounds."""

    value_gbp: Gbp
    text: NonEmptyStr
    kind: AmountKind = AmountKind.OTHER
    what: str | None = None  # the words that say what the amount is
    financial_year: FinancialYear | None = None
    payer: str | None = None
    from_table: bool = False


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    FINANCIAL_YEAR = "financial_year"


class DateRole(StrEnum):
    MEETING = "meeting"
    START = "start"
    END = "end"
    DEADLINE = "deadline"
    PUBLISHED = "published"
    OTHER = "other"


class DateMention(_Fact):
    """A calendar date, month or financial year as written, with what it marks."""

    text: NonEmptyStr
    value: date  # the first day of a month or financial year when not day-precise
    precision: DatePrecision
    role: DateRole = DateRole.OTHER
    year_inferred: bool = False


class Recommendation(_Fact):
    """An item a paper asks its committee to decide, or a decision a notice records."""

    text: NonEmptyStr  # without its label
    label: str | None = None  # "a", "i", "1" ...
    parent_label: str | None = None
    verb: str | None = None  # approve, note, agree, delegate, endorse, ...
    is_decision: bool = False  # recorded as decided (minutes, decision notice)
    outcome: str | None = None  # approved, rejected, deferred, ...
    # For a decision: indexes (in the document's recommendation list) of the recommendations
    # it decides; several when minutes approve "the recommendations in the report" as a whole.
    decides: tuple[int, ...] = ()


class AgreementKind(StrEnum):
    SECTION_75 = "section_75"
    POOLED_BUDGET = "pooled_budget"
    BETTER_CARE_FUND = "better_care_fund"
    CONTRACT = "contract"
    FRAMEWORK = "framework"
    GRANT = "grant"
    INTER_AUTHORITY = "inter_authority"
    OTHER = "other"


class AgreementAction(StrEnum):
    NEW = "new"
    RENEW = "renew"
    EXTEND = "extend"
    VARY = "vary"
    TERMINATE = "terminate"
    PROCURE = "procure"
    AWARD = "award"
    DELEGATE = "delegate"
    NOTE = "note"
    OTHER = "other"


class PartyRole(StrEnum):
    HOST = "host"
    LEAD_COMMISSIONER = "lead_commissioner"
    PARTNER = "partner"
    PROVIDER = "provider"
    CONTRIBUTOR = "contributor"
    COMMISSIONER = "commissioner"
    GRANTOR = "grantor"
    RECIPIENT = "recipient"


class AgreementParty(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: NonEmptyStr
    role: PartyRole = PartyRole.PARTNER


class Agreement(_Fact):
    """An arrangement between bodies: section 75, pooled budget, contract, grant ..."""

    kind: AgreementKind
    subject: NonEmptyStr
    parties: tuple[AgreementParty, ...] = ()
    action: AgreementAction = AgreementAction.OTHER
    start_date: date | None = None
    end_date: date | None = None
    statutory_basis: str | None = None
    values_gbp: tuple[Gbp, ...] = ()

    @model_validator(mode="after")
    def _dates_are_ordered(self) -> "Agreement":
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError(f"agreement ends {self.end_date} before it starts {self.start_date}")
        return self


class DocumentFacts(BaseModel):
    """Everything extracted from one document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_id: Sha256
    issuing_body: str | None = None
    meeting_body: str | None = None
    meeting_date: date | None = None
    reports: tuple[Report, ...] = ()
    organisations: tuple[OrganisationMention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateMention, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    rejects: tuple["Reject", ...] = ()


class Reject(BaseModel):
    """A record that failed validation, kept with the reason rather than dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_id: Sha256
    record_type: NonEmptyStr  # the model name, e.g. "Amount"
    reason: NonEmptyStr
    payload: dict[str, object]
