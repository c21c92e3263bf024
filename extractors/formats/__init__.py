"""Load any supported file into pages of text: sniff the format, then run its reader."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import CorruptFileError, IngestError
from extractors.formats.html import read_html
from extractors.formats.pdf import read_pdf
from extractors.formats.sniff import sniff_format
from extractors.formats.text import read_text
from schemas import DocumentFormat, Page

Reader = Callable[[bytes, str], list[Page]]
"""Reads a file's bytes into its pages, given the document id the pages carry."""

READERS: dict[DocumentFormat, Reader] = {
    DocumentFormat.PDF: read_pdf,
    DocumentFormat.HTML: read_html,
    DocumentFormat.TEXT: read_text,
}


@dataclass(frozen=True)
class LoadedDocument:
    """A file's identity, sniffed format and pages of text."""

    document_id: str  # sha256 hex of the bytes
    format: DocumentFormat
    size_bytes: int
    pages: list[Page]


def document_id_of(data: bytes) -> str:
    """The document id: lowercase hex SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()


def load_bytes(data: bytes, name: str = "<bytes>") -> LoadedDocument:
    """Sniff and read a file's bytes; `name` is only used in error messages."""
    try:
        document_format = sniff_format(data)
        document_id = document_id_of(data)
        pages = READERS[document_format](data, document_id)
    except IngestError:
        raise
    except Exception as error:
        # A reader bug or an odd file must still reach ingest_errors with a reason.
        raise CorruptFileError(f"{name}: unreadable ({type(error).__name__}: {error})") from error
    return LoadedDocument(document_id, document_format, len(data), pages)


def load_document(path: Path) -> LoadedDocument:
    """Read a file from disk into pages; raises an IngestError subclass when it cannot."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CorruptFileError(f"cannot read {path}: {error.strerror or error}") from error
    return load_bytes(data, str(path))


__all__ = [
    "READERS",
    "LoadedDocument",
    "Reader",
    "document_id_of",
    "load_bytes",
    "load_document",
    "sniff_format",
]
