"""Why a file could not be ingested: a small exception taxonomy; str(error) is the stored reason."""

from __future__ import annotations


class IngestError(Exception):
    """A file whose text cannot be read; the message says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class EmptyFileError(IngestError):
    """The file has no bytes (or nothing but whitespace)."""


class EncryptedPdfError(IngestError):
    """The PDF is password protected, so its text cannot be read."""


class CorruptFileError(IngestError):
    """The file claims a known format but is truncated or damaged beyond reading."""


class UnsupportedFormatError(IngestError):
    """The content is not PDF, HTML or text (a zip, an image, binary junk)."""
