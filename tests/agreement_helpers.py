"""Shared by the agreement tests: run the whole pipeline on an invented page and summarise the agreements found."""

from __future__ import annotations

from datetime import date

from extractors.doctext import DocText
from extractors.document import extract_document
from schemas import Agreement

COUNCIL = "Barchester City Council"
# A decision page that names no council: agreements must stand on what the decision names.
DECISION_PAGE = "Decision details\n\nDecision Maker: Cabinet\n\n"
# A committee paper whose header names the council.
COUNCIL_HEADER = f"{COUNCIL}\nCabinet\n12 March 2024\n\n"

PartySummary = tuple[str, str, str, date | None, date | None]  # kind, other party, action, start, end
SubjectSummary = tuple[str, str, str, date | None, date | None]  # kind, subject, action, start, end
RoleSummary = tuple[str, str, list[tuple[str, str]]]  # kind, action, (party, role) other than the council


def agreements_in(paragraph: str, header: str = DECISION_PAGE) -> list[Agreement]:
    """The agreements the whole pipeline finds in a one-page paper: `header` then `paragraph`."""
    doc = DocText.from_pages("0" * 64, [header + paragraph])
    return list(extract_document(doc).agreements)


def party_summary(agreement: Agreement) -> PartySummary:
    """Kind, the first party other than the council, action and dates of one agreement."""
    others = [p.name for p in agreement.parties if p.name != COUNCIL]
    return (agreement.kind.value, others[0] if others else "", agreement.action.value,
            agreement.start_date, agreement.end_date)


def subject_summary(agreement: Agreement) -> SubjectSummary:
    """Kind, subject, action and dates of one agreement."""
    return (agreement.kind.value, agreement.subject, agreement.action.value, agreement.start_date, agreement.end_date)


def role_summary(agreement: Agreement) -> RoleSummary:
    """Kind, action and the parties other than the council, with their roles."""
    parties = [(p.name, p.role.value) for p in agreement.parties if p.name != COUNCIL]
    return agreement.kind.value, agreement.action.value, parties
