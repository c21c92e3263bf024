"""OCR for PDF pages with no usable text layer: pypdfium2 renders the page, Tesseract reads it.

Optional: needs the `ocr` extra (`pytesseract`) and the `tesseract` program with English data
(Debian: `tesseract-ocr`, `tesseract-ocr-eng`). Only pages flagged EMPTY or BROKEN by
`extractors.pages.page_quality` are read, one page rendered at a time, so a long scanned pack
never holds more than one page image in memory.
"""

from __future__ import annotations

import shutil
from functools import lru_cache

import pypdfium2

from extractors.errors import CorruptFileError, IngestError
from extractors.pages import clean_pdf_text, page_quality
from schemas import Page, PageQuality

OCR_RULES_VERSION = "1"
"""Bump when rendering or Tesseract settings change so cached OCR text is read again."""

DPI = 300
"""Tesseract is trained on ~300 dpi text; lower resolutions lose small print in tables."""

LANGUAGE = "eng"
TESSERACT_CONFIG = "--psm 3"
"""Fully automatic page segmentation: committee papers mix columns, tables and prose."""

UNREADABLE = (PageQuality.EMPTY, PageQuality.BROKEN)


class OcrUnavailableError(IngestError):
    """OCR was asked for but pytesseract or the tesseract program is missing."""


def ocr_unavailable_reason() -> str | None:
    """Why OCR cannot run here (missing package, program or language data), or None if it can."""
    try:
        import pytesseract
    except ImportError:
        return "pytesseract is not installed (pip install -e '.[ocr]')"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return "the tesseract program is not installed (apt-get install tesseract-ocr)"
    try:
        languages = pytesseract.get_languages(config="")
    except Exception as error:  # noqa: BLE001 - any failure here means tesseract cannot run
        return f"tesseract does not run: {error}"
    if LANGUAGE not in languages:
        return f"tesseract has no '{LANGUAGE}' language data (apt-get install tesseract-ocr-eng)"
    return None


@lru_cache(maxsize=1)
def ocr_fingerprint() -> str:
    """Our OCR settings and the Tesseract version: part of the page-cache key for OCR'd text."""
    reason = ocr_unavailable_reason()
    if reason:
        raise OcrUnavailableError(reason)
    import pytesseract

    return f"{OCR_RULES_VERSION}-{pytesseract.get_tesseract_version()}-{DPI}-{LANGUAGE}"


def ocr_pdf_page(document: pypdfium2.PdfDocument, index: int, dpi: int = DPI) -> str:
    """Tesseract's text of one rendered page (0-based index)."""
    import pytesseract

    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        try:
            image = bitmap.to_pil()
            return str(pytesseract.image_to_string(image, lang=LANGUAGE, config=TESSERACT_CONFIG))
        finally:
            bitmap.close()
    finally:
        page.close()


def ocr_unreadable_pages(data: bytes, pages: list[Page], dpi: int = DPI) -> list[Page]:
    """The pages again, with OCR text (quality OCR) on those whose text layer was unusable.

    A page OCR cannot read either keeps its text and quality, so it stays flagged.
    """
    reason = ocr_unavailable_reason()
    if reason:
        raise OcrUnavailableError(reason)
    wanted = [p for p in pages if p.quality in UNREADABLE]
    if not wanted:
        return list(pages)
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise CorruptFileError(f"PDF cannot be opened for OCR: {error}") from error
    read: dict[int, Page] = {}
    try:
        for page in wanted:
            if not 1 <= page.number <= len(document):
                continue
            text = ocr_pdf_page(document, page.number - 1, dpi)
            if page_quality(text) is PageQuality.OK:
                read[page.number] = Page(document_id=page.document_id, number=page.number,
                                         text=clean_pdf_text(text), quality=PageQuality.OCR)
    finally:
        document.close()
    return [read.get(page.number, page) for page in pages]
