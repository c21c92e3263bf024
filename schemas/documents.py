"""Documents as ingested: source files, pages of text and the reports inside them."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.types import NonEmptyStr, Offset, PageNumber, Sha256


class DocumentFormat(StrEnum):
    """The input kind, sniffed from the bytes rather than trusted from the file name."""

    PDF = "pdf"
    TEXT = "text"
    HTML = "html"


class PageQuality(StrEnum):
    """Whether a page's text layer can be read."""

    OK = "ok"
    EMPTY = "empty"  # no text at all: typically a scanned image
    BROKEN = "broken"  # text layer is (cid:N) junk or otherwise unreadable
    OCR = "ocr"  # text came from optical character recognition


class SourceDocument(BaseModel):
    """One distinct file content; the same bytes under several paths are one document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_id: Sha256
    paths: tuple[NonEmptyStr, ...] = Field(min_length=1)
    format: DocumentFormat
    size_bytes: int = Field(gt=0)


class Page(BaseModel):
    """The text of one page (a text or HTML file is one page unless it has form feeds)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_id: Sha256
    number: PageNumber
    text: str
    quality: PageQuality = PageQuality.OK


class Report(BaseModel):
    """One report inside a document (an agenda pack holds several), with its header."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_id: Sha256
    index: int = Field(ge=0)
    start: Offset  # character offsets into the document's joined text
    end: Offset
    first_page: PageNumber
    last_page: PageNumber
    title: str | None = None
    committee: str | None = None
    meeting_date: date | None = None
    author: str | None = None
    key_decision: bool | None = None
    forward_plan_ref: str | None = None
    officer_contact: str | None = None

    @model_validator(mode="after")
    def _ranges_are_ordered(self) -> "Report":
        if self.end < self.start:
            raise ValueError("report end precedes its start")
        if self.last_page < self.first_page:
            raise ValueError("report last page precedes its first page")
        return self
