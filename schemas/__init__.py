"""Validated pydantic records for committee papers and the facts drawn from them."""

from schemas.documents import DocumentFormat, Page, PageQuality, Report, SourceDocument
from schemas.evidence import Evidence
from schemas.facts import (
    Agreement,
    AgreementAction,
    AgreementKind,
    AgreementParty,
    Amount,
    AmountKind,
    DateMention,
    DatePrecision,
    DateRole,
    DocumentFacts,
    OrganisationMention,
    OrgType,
    PartyRole,
    Recommendation,
    Reject,
)

__all__ = [
    "Agreement",
    "AgreementAction",
    "AgreementKind",
    "AgreementParty",
    "Amount",
    "AmountKind",
    "DateMention",
    "DatePrecision",
    "DateRole",
    "DocumentFacts",
    "DocumentFormat",
    "Evidence",
    "OrgType",
    "OrganisationMention",
    "Page",
    "PageQuality",
    "PartyRole",
    "Recommendation",
    "Reject",
    "Report",
    "SourceDocument",
]
