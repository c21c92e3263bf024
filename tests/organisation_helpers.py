"""Run the organisations extractor on one invented text (shared by the organisation test files)."""

from __future__ import annotations

import hashlib

from extractors.doctext import Collector, DocText
from extractors.organisations import extract_organisations
from schemas.facts import OrganisationMention


def extract(text: str, issuer: str | None = None) -> list[OrganisationMention]:
    """The mentions found in `text`, failing if any record was rejected."""
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    collect = Collector(doc.document_id)
    mentions = extract_organisations(doc, collect, issuing_body=issuer)
    assert not collect.rejects
    return mentions


def texts(text: str) -> set[str]:
    """The mentions' texts as written (line breaks as spaces)."""
    return {m.text.replace("\n", " ") for m in extract(text)}
