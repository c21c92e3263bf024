"""Extract every fact from one document's text: reports, header, organisations, money, dates, recommendations, agreements."""

from __future__ import annotations

from extractors.agreements import extract_agreements
from extractors.dates import extract_dates
from extractors.doctext import Collector, DocText
from extractors.formation_dates import unlink_unformed
from extractors.money import extract_amounts
from extractors.organisations import extract_organisations
from extractors.recommendations import extract_recommendations
from extractors.reports import read_document_header, split_reports
from schemas import DocumentFacts

EXTRACTOR_VERSION = "1"
"""Bump when extraction rules change so cached page text is re-extracted."""


def extract_document(doc: DocText) -> DocumentFacts:
    """Run every extractor over a document and return its validated facts and rejects."""
    collect = Collector(doc.document_id)
    reports = split_reports(doc, collect)
    header = read_document_header(doc, reports)
    organisations = unlink_unformed(extract_organisations(doc, collect, issuing_body=header.issuing_body),
                                    header.meeting_date)
    amounts = extract_amounts(doc, collect)
    dates = extract_dates(doc, collect, reports=reports)
    recommendations = extract_recommendations(doc, collect, reports=reports)
    agreements = extract_agreements(
        doc,
        collect,
        issuing_body=header.issuing_body,
        organisations=organisations,
        amounts=amounts,
        dates=dates,
        recommendations=recommendations,
    )
    return DocumentFacts(
        document_id=doc.document_id,
        issuing_body=header.issuing_body,
        meeting_body=header.meeting_body,
        meeting_date=header.meeting_date,
        reports=tuple(reports),
        organisations=tuple(organisations),
        amounts=tuple(amounts),
        dates=tuple(dates),
        recommendations=tuple(recommendations),
        agreements=tuple(agreements),
        rejects=tuple(collect.rejects),
    )
