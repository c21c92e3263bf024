"""PDF pages to text: pypdfium2 by default (fast), pdfplumber for pages pdfium cannot read well."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException

from extractors.errors import CorruptFileError, EncryptedPdfError
from extractors.formats.pdf_tables import page_text_with_tables
from extractors.pages import clean_pdf_text, page_quality
from schemas import Page, PageQuality

PdfEngine = Literal["pdfium", "pdfplumber"]

EOF_MARKER = b"%%EOF"
EOF_WINDOW = 64 * 1024
"""A complete PDF ends with %%EOF; some writers pad or append junk after it, so look in a wide tail."""

_PDFIUM_PASSWORD = 4
_PDFIUM_SECURITY = 5
_PDFIUM_FORMAT = 3


def read_pdf(data: bytes, document_id: str, engine: PdfEngine = "pdfium") -> list[Page]:
    """One Page per PDF page (numbered from 1) with its text and quality."""
    _check_complete(data)
    if engine == "pdfplumber":
        with _open_plumber(data) as plumber:
            pages = []
            for index in range(len(plumber.pages)):
                text = _plumber_page_text(plumber, index)
                if text is None:
                    raise CorruptFileError(f"page {index + 1} of the PDF cannot be read")
                pages.append(_make_page(document_id, index + 1, text))
        return pages
    return _read_with_pdfium(data, document_id)


def _check_complete(data: bytes) -> None:
    if EOF_MARKER not in data[-EOF_WINDOW:]:
        raise CorruptFileError(
            "PDF is truncated: it does not end with the %%EOF marker, so pages may be missing"
        )


def _read_with_pdfium(data: bytes, document_id: str) -> list[Page]:
    """pdfium text for every page; a page that fails, or reads as junk, gets pdfplumber's try."""
    document = _open_pdfium(data)
    pages: list[Page] = []
    plumber: PDF | None = None
    plumber_tried = False
    try:
        for index in range(len(document)):
            text = _pdfium_page_text(document, index)
            if text is None or page_quality(text) is not PageQuality.OK:
                if not plumber_tried:
                    plumber, plumber_tried = _open_plumber_quietly(data), True
                second = _plumber_page_text(plumber, index) if plumber is not None else None
                if second is not None and (text is None or page_quality(second) is PageQuality.OK):
                    text = second
            if text is None:
                raise CorruptFileError(f"page {index + 1} of the PDF cannot be read by any reader")
            pages.append(_make_page(document_id, index + 1, text))
    finally:
        document.close()
        if plumber is not None:
            plumber.close()
    return pages


def _make_page(document_id: str, number: int, raw_text: str) -> Page:
    """A Page whose text is cleaned when readable and blank when empty or junk."""
    quality = page_quality(raw_text)
    # Junk text is kept out of the joined text: "(cid:25)" would read as an amount of -25.
    text = clean_pdf_text(raw_text) if quality is PageQuality.OK else ""
    return Page(document_id=document_id, number=number, text=text, quality=quality)


def _open_pdfium(data: bytes) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code in (_PDFIUM_PASSWORD, _PDFIUM_SECURITY):
            raise EncryptedPdfError(
                "PDF is encrypted with a password; its text cannot be read"
            ) from error
        if code == _PDFIUM_FORMAT:
            raise CorruptFileError("PDF structure is damaged and cannot be parsed") from error
        raise CorruptFileError(f"PDF cannot be opened: {error}") from error


def _pdfium_page_text(document: pypdfium2.PdfDocument, index: int) -> str | None:
    """The page's text in content order, ruled tables as tab-separated rows; None when pdfium fails."""
    try:
        page = document[index]
    except pypdfium2.PdfiumError:
        return None
    try:
        textpage = page.get_textpage()
        try:
            return page_text_with_tables(page, textpage, str(textpage.get_text_range()))
        finally:
            textpage.close()
    except pypdfium2.PdfiumError:
        return None
    finally:
        page.close()


@contextmanager
def _open_plumber(data: bytes) -> Iterator[PDF]:
    try:
        plumber = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as error:
        cause = error.args[0] if error.args else None
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedPdfError(
                "PDF is encrypted with a password; its text cannot be read"
            ) from error
        raise CorruptFileError(
            f"PDF structure is damaged and cannot be parsed: {cause or error}"
        ) from error
    try:
        yield plumber
    finally:
        plumber.close()


def _open_plumber_quietly(data: bytes) -> PDF | None:
    """pdfplumber as a second opinion: if it cannot open what pdfium opened, there is none."""
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - any failure only means no second opinion
        return None


def _plumber_page_text(plumber: PDF, index: int) -> str | None:
    """pdfplumber's text of one page (reading order by position), releasing its layout after."""
    try:
        page = plumber.pages[index]
    except Exception:  # noqa: BLE001 - pdfminer raises many types on damaged pages
        return None
    try:
        return page.extract_text(layout=False) or ""
    except Exception:  # noqa: BLE001
        return None
    finally:
        page.close()
