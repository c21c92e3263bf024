"""Schema validation: valid records build, invalid ones raise ValueError-backed errors."""

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from schemas import (
    Agreement,
    AgreementKind,
    Amount,
    DateMention,
    DatePrecision,
    Evidence,
    Page,
    Report,
    SourceDocument,
)

DOC = "0" * 64


def evidence(**overrides: object) -> Evidence:
    fields: dict[str, object] = {"document_id": DOC, "page": 1, "start": 0, "end": 5, "quote": "hello"}
    fields.update(overrides)
    return Evidence(**fields)


def test_evidence_valid() -> None:
    assert evidence().page == 1


@pytest.mark.parametrize(
    "overrides",
    [
        {"document_id": "not-a-sha"},
        {"page": 0},
        {"start": 5, "end": 5},
        {"start": 6, "end": 5},
        {"quote": "   "},
        {"extra_field": 1},
    ],
)
def test_evidence_invalid(overrides: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        evidence(**overrides)


def test_records_are_frozen() -> None:
    record = evidence()
    with pytest.raises(ValidationError):
        record.page = 2  # type: ignore[misc]


def test_amount_keeps_pennies_and_rejects_fractions_of_a_penny() -> None:
    amount = Amount(evidence=evidence(), rule="t", value_gbp=Decimal("1.30"), text="£1.30")
    assert amount.value_gbp == Decimal("1.30")
    with pytest.raises(ValidationError):
        Amount(evidence=evidence(), rule="t", value_gbp=Decimal("1.305"), text="£1.305")


def test_financial_year_format() -> None:
    Amount(evidence=evidence(), rule="t", value_gbp=Decimal(1), text="£1", financial_year="2017/18")
    with pytest.raises(ValidationError):
        Amount(evidence=evidence(), rule="t", value_gbp=Decimal(1), text="£1", financial_year="2017-2018")


def test_agreement_dates_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        Agreement(
            evidence=evidence(),
            rule="t",
            kind=AgreementKind.SECTION_75,
            subject="x",
            start_date=date(2022, 4, 1),
            end_date=date(2021, 3, 31),
        )


def test_confidence_is_a_probability() -> None:
    with pytest.raises(ValidationError):
        DateMention(
            evidence=evidence(),
            rule="t",
            confidence=1.5,
            text="1/4/21",
            value=date(2021, 4, 1),
            precision=DatePrecision.DAY,
        )


def test_report_ranges_ordered() -> None:
    with pytest.raises(ValidationError):
        Report(document_id=DOC, index=0, start=10, end=5, first_page=1, last_page=1)
    with pytest.raises(ValidationError):
        Report(document_id=DOC, index=0, start=0, end=5, first_page=3, last_page=2)


def test_source_document_needs_a_path() -> None:
    with pytest.raises(ValidationError):
        SourceDocument(document_id=DOC, paths=(), format="pdf", size_bytes=10)
    with pytest.raises(ValidationError):
        SourceDocument(document_id=DOC, paths=("a.pdf",), format="docx", size_bytes=10)


def test_page_number_is_one_based() -> None:
    with pytest.raises(ValidationError):
        Page(document_id=DOC, number=0, text="")
