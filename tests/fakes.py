"""Small stand-ins for the extractors, so pipeline tests run apart from the real rules (tests only)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from extractors.doctext import Collector, DocText
from schemas import (
    Agreement,
    AgreementKind,
    AgreementParty,
    Amount,
    DateMention,
    DatePrecision,
    DocumentFacts,
    DocumentFormat,
    OrganisationMention,
    OrgType,
    Page,
    Recommendation,
)


class FakeIngestError(ValueError):
    """Stands in for extractors.errors.IngestError."""


@dataclass(frozen=True)
class FakeLoaded:
    document_id: str
    format: DocumentFormat
    size_bytes: int
    pages: list[Page]


def fake_load_document(path: Path) -> FakeLoaded:
    data = path.read_bytes()
    if not data.strip():
        raise FakeIngestError("the file is empty")
    if data.startswith(b"%PDF"):
        raise FakeIngestError("truncated PDF")
    doc_id = hashlib.sha256(data).hexdigest()
    texts = data.decode("utf-8", "replace").split("\f")
    pages = [Page(document_id=doc_id, number=i, text=t) for i, t in enumerate(texts, 1)]
    return FakeLoaded(doc_id, DocumentFormat.TEXT, len(data), pages)


def fake_extract_document(document_id: str, pages: list[Page]) -> DocumentFacts:
    """Finds '£N', 'DD/MM/YYYY', '... Council' and 'RECOMMEND: ...' lines; one agreement."""
    doc = DocText.from_pages(document_id, pages)
    collect = Collector(document_id)
    amounts, dates, orgs, recs = [], [], [], []
    for m in re.finditer(r"£([\d,]+)", doc.text):
        amounts.append(collect.build(Amount, evidence=doc.evidence(m.start(), m.end()), rule="fake",
                                     value_gbp=Decimal(m.group(1).replace(",", "")), text=m.group(),
                                     what="fake amount"))
    for m in re.finditer(r"(\d\d)/(\d\d)/(\d{4})", doc.text):
        dates.append(collect.build(DateMention, evidence=doc.evidence(m.start(), m.end()), rule="fake",
                                   text=m.group(), value=date(int(m[3]), int(m[2]), int(m[1])),
                                   precision=DatePrecision.DAY))
    for m in re.finditer(r"\b([A-Z][a-z]+ (?:County )?Council)\b", doc.text):
        orgs.append(collect.build(OrganisationMention, evidence=doc.evidence(m.start(), m.end()),
                                  rule="fake", name=m.group(1), text=m.group(1),
                                  org_type=OrgType.COUNCIL))
    for m in re.finditer(r"RECOMMEND: (.+)", doc.text):
        recs.append(collect.build(Recommendation, evidence=doc.evidence(m.start(1), m.end(1)),
                                  rule="fake", text=m.group(1)))
    # An invalid record, so every document has one reject to store.
    collect.build(Amount, evidence=doc.evidence(0, 1), rule="fake", value_gbp="not money", text="x")
    agreements = []
    if orgs:
        agreements.append(collect.build(
            Agreement, evidence=orgs[0].evidence, rule="fake", kind=AgreementKind.SECTION_75,
            subject="fake subject", parties=(AgreementParty(name=orgs[0].name),)))
    return DocumentFacts(
        document_id=document_id, issuing_body=orgs[0].name if orgs else None,
        meeting_date=dates[0].value if dates else None,
        organisations=tuple(orgs), amounts=tuple(amounts), dates=tuple(dates),
        recommendations=tuple(recs), agreements=tuple(a for a in agreements if a),
        rejects=tuple(collect.rejects))


def use_fake_extractors(monkeypatch: Any) -> None:
    """Route the pipeline's extractor seams to the fakes above (give it pytest's monkeypatch)."""
    from pipelines import stages

    monkeypatch.setattr(stages, "load_document", fake_load_document)
    monkeypatch.setattr(stages, "extract_document", fake_extract_document)
    monkeypatch.setattr(stages, "extractor_version", lambda: "fake-1")
    monkeypatch.setattr(stages, "ingest_error_types", lambda: (FakeIngestError, OSError))
