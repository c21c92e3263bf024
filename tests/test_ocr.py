"""Pages without a usable text layer are flagged always, and read by Tesseract when asked."""

from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from conftest import SHARED, needs_shared
from extractors import ocr
from extractors.formats import load_document
from pipelines import stages
from pipelines.cli import main
from pipelines.runner import run_documents
from pipelines.store import Store
from schemas import DocumentFacts, Page, PageQuality

SCANNED = SHARED / "corpus" / "real" / "sutton-coldfield-tc-2016-17-statement-of-accounts-scanned.pdf"
needs_tesseract = pytest.mark.skipif(ocr.ocr_unavailable_reason() is not None,
                                     reason=f"OCR unavailable: {ocr.ocr_unavailable_reason()}")


def scanned_pdf(path: Path) -> Path:
    """A PDF whose page 1 has a text layer and page 2 is only a picture of text (a scan)."""
    picture = Image.new("L", (1700, 600), 255)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=64)
    draw.text((60, 60), "Finance Committee", fill=0, font=font)
    draw.text((60, 200), "The budget is 4,250 pounds.", fill=0, font=font)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="A page with a text layer about the budget.")
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=190)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_page_with_only_a_picture_is_flagged_empty(tmp_path: Path) -> None:
    pages = load_document(scanned_pdf(tmp_path / "scan.pdf")).pages
    assert [p.quality for p in pages] == [PageQuality.OK, PageQuality.EMPTY]
    assert pages[1].text == ""


@needs_shared
def test_every_page_of_a_real_scan_is_flagged() -> None:
    pages = load_document(SCANNED).pages
    assert len(pages) == 11 and {p.quality for p in pages} == {PageQuality.EMPTY}


@needs_tesseract
def test_ocr_reads_only_the_unreadable_page(tmp_path: Path) -> None:
    path = scanned_pdf(tmp_path / "scan.pdf")
    pages = load_document(path).pages
    read = ocr.ocr_unreadable_pages(path.read_bytes(), pages)
    assert read[0] == pages[0]
    assert read[1].quality is PageQuality.OCR
    assert "Finance Committee" in read[1].text and "4,250" in read[1].text


@needs_tesseract
@needs_shared
def test_ocr_reads_a_real_scanned_statement_of_accounts() -> None:
    first = load_document(SCANNED).pages[:1]  # one page keeps the test to a few seconds
    read = ocr.ocr_unreadable_pages(SCANNED.read_bytes(), first)
    assert read[0].quality is PageQuality.OCR
    assert "Sutton Coldfield Town Council" in read[0].text
    assert "Statement of Accounts" in read[0].text


def _no_facts(document_id: str, pages: list[Page]) -> DocumentFacts:
    return DocumentFacts(document_id=document_id)


def _fake_ocr(path: Path, pages: list[Page]) -> list[Page]:
    return [Page(document_id=p.document_id, number=p.number, text=f"read by OCR {p.number}",
                 quality=PageQuality.OCR) if p.quality is not PageQuality.OK else p
            for p in pages]


def test_run_with_ocr_redoes_only_documents_with_unreadable_pages_once(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    scanned_pdf(inbox / "scan.pdf")
    (inbox / "plain.txt").write_text("A plain paper with text.")
    monkeypatch.setattr(stages, "extract_document", _no_facts)
    monkeypatch.setattr(stages, "extractor_version", lambda: "test-1")
    monkeypatch.setattr(stages, "ocr_pages", _fake_ocr)
    monkeypatch.setattr(stages, "ocr_version", lambda: "fake-ocr")

    assert run_documents([inbox], db_path).unreadable_pages == 1
    with_ocr = run_documents([inbox], db_path, ocr=True)
    assert (with_ocr.documents_new, with_ocr.parsed) == (1, 0)  # OCR, but no second parse
    with Store(db_path) as store:
        pages = [(r["number"], r["text"], r["quality"]) for r in store.db.query(
            "SELECT p.number, p.text, p.quality FROM pages p JOIN documents d "
            "ON d.id = p.document_id WHERE d.format = 'pdf' ORDER BY p.number")]
    assert pages == [(1, "A page with a text layer about the budget.", "ok"),
                     (2, "read by OCR 2", "ocr")]
    assert run_documents([inbox], db_path, ocr=True).documents_new == 0


def test_run_ocr_says_why_it_cannot_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: "tesseract is missing")
    assert main(["run", str(tmp_path), "--db", str(tmp_path / "p.db"), "--ocr"]) == 2
    assert "tesseract is missing" in capsys.readouterr().err
