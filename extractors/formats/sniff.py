"""Tell PDF, HTML and text apart from the bytes themselves, never from the file name."""

from __future__ import annotations

import re

from extractors.errors import EmptyFileError, UnsupportedFormatError
from extractors.formats.text import decode_text
from schemas import DocumentFormat

PDF_MAGIC = b"%PDF-"
PDF_HEADER_WINDOW = 1024
"""Readers accept junk before %PDF- within the first 1024 bytes, so do we."""

HTML_WINDOW = 4096
MAX_CONTROL_SHARE = 0.01
"""Text with more control characters than this is binary that happens to decode."""

# Signatures of formats people save with a misleading extension.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx/.odt)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%!PS", "a PostScript file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)

_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<", re.S)
_HTML_STRONG = re.compile(rb"<!doctype\s+html|<html[\s>]", re.I)
_HTML_TAG = re.compile(rb"<(?:head|body|div|p|table|meta|title|main|article|section)[\s>/]", re.I)


def sniff_format(data: bytes) -> DocumentFormat:
    """PDF, HTML or text by content; EmptyFileError or UnsupportedFormatError otherwise."""
    if not data.strip():
        raise EmptyFileError("file is empty" if not data else "file holds only whitespace")
    if PDF_MAGIC in data[: PDF_HEADER_WINDOW + len(PDF_MAGIC)]:
        return DocumentFormat.PDF
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedFormatError(f"content is {what}, not PDF, HTML or text")
    head = data[:HTML_WINDOW]
    if _HTML_STRONG.search(head) or (_HTML_START.match(head) and _HTML_TAG.search(head)):
        return DocumentFormat.HTML
    if b"\x00" in data[:HTML_WINDOW] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormatError("content is binary (NUL bytes), not PDF, HTML or text")
    text = decode_text(data)
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise UnsupportedFormatError(
            f"content is binary ({controls} control characters in {len(text)}), not text"
        )
    return DocumentFormat.TEXT
