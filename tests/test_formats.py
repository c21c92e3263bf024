"""Ingest: format sniffing, PDF/HTML/text readers, page quality and the error taxonomy."""

from __future__ import annotations

import codecs
import csv
import hashlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from conftest import CORPUS, SHARED, needs_shared
from fpdf import FPDF

from extractors.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    IngestError,
    UnsupportedFormatError,
)
from extractors.formats import load_bytes, load_document
from extractors.formats.html import html_to_text, read_html
from extractors.formats.pdf import read_pdf
from extractors.formats.sniff import sniff_format
from extractors.formats.text import read_text
from extractors.pages import clean_pdf_text, page_quality
from schemas import DocumentFormat, PageQuality

RENDERED = CORPUS / "pdf" / "000_61f569a367402524.rendered.pdf"
DOC_ID = "0" * 64
ENGINES = ["pdfium", "pdfplumber"]


def _render_script() -> ModuleType:
    path = CORPUS.parent / "scripts" / "render_seed_pdfs.py"
    spec = importlib.util.spec_from_file_location("render_seed_pdfs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _small_pdf(*pages: str, user_password: str | None = None, owner_only: bool = False) -> bytes:
    """A PDF with one page per argument (an empty string draws a box and no text)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text)
        else:
            pdf.rect(20, 20, 100, 100, style="F")  # a page with marks but no text layer
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    elif owner_only:
        pdf.set_encryption(owner_password="owner-secret")
    return bytes(pdf.output())


def _words(text: str) -> list[str]:
    # pdfium joins a word wrapped after its hyphen ("year-" / "end" reads "year-end").
    return re.findall(r"\S+", re.sub(r"(?<=\w-)\s+(?=\w)", "", text))


# --- sniffing ---------------------------------------------------------------------------------

HTML_SAMPLES = [
    b"<!DOCTYPE html><html><body><p>Hi</p></body></html>",
    b"\n\n  <html lang='en'><p>Minutes</p></html>",
    b"<?xml version='1.0'?>\n<!-- saved page --><div class='mgContent'>Agenda</div>",
    b"\xef\xbb\xbf<!doctype HTML>\n<title>Cabinet</title>",
    b"<body>\n<table><tr><td>1</td></tr></table></body>",
]


@pytest.mark.parametrize("data", HTML_SAMPLES)
def test_html_is_sniffed(data: bytes) -> None:
    assert sniff_format(data) is DocumentFormat.HTML


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\r\n\x00junk before the header %PDF-1.4\n",
        b"x" * 1000 + b"%PDF-1.5\n",
    ],
)
def test_pdf_is_sniffed_with_leading_junk(data: bytes) -> None:
    assert sniff_format(data) is DocumentFormat.PDF


def test_pdf_header_too_far_in_is_not_pdf() -> None:
    assert sniff_format(b"x" * 2000 + b"%PDF-1.5\n") is DocumentFormat.TEXT


@pytest.mark.parametrize(
    "data",
    [
        "Agenda Item No: 6\nTo: Adults Committee\n£4,708,057".encode(),
        "Cost £450k – “agreed”".encode("cp1252"),
        codecs.BOM_UTF8 + b"Minutes of the meeting",
        b"Report\r\nwith a tab\tand a form feed\fpage two",
        b"The officer wrote <div> tags in an e-mail; this is still text.",
        b"# Heading\n\n* item <b>bold</b>\n",
        "Utf-16 text £5m".encode("utf-16"),
    ],
)
def test_text_is_sniffed(data: bytes) -> None:
    assert sniff_format(data) is DocumentFormat.TEXT


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n "])
def test_empty_file_raises(data: bytes) -> None:
    with pytest.raises(EmptyFileError):
        sniff_format(data)


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "zip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "Office"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 some words \x0e\x0f\x10\x11", "binary"),
    ],
)
def test_unsupported_content_raises_with_reason(data: bytes, word: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=word):
        sniff_format(data)


def test_format_comes_from_content_not_name(tmp_path: Path) -> None:
    pdf_named_txt = tmp_path / "report.txt"
    pdf_named_txt.write_bytes(RENDERED.read_bytes())
    text_named_pdf = tmp_path / "report.pdf"
    text_named_pdf.write_text("Minutes of the Cabinet\nItem 1", encoding="utf-8")
    assert load_document(pdf_named_txt).format is DocumentFormat.PDF
    assert load_document(text_named_pdf).format is DocumentFormat.TEXT


def test_png_named_pdf_is_unsupported(tmp_path: Path) -> None:
    fake = tmp_path / "agenda.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UnsupportedFormatError):
        load_document(fake)


# --- loaded documents -------------------------------------------------------------------------


def test_loaded_document_identity() -> None:
    data = RENDERED.read_bytes()
    loaded = load_bytes(data, RENDERED.name)
    assert loaded.document_id == hashlib.sha256(data).hexdigest()
    assert loaded.size_bytes == len(data)
    assert {page.document_id for page in loaded.pages} == {loaded.document_id}


def test_empty_file_on_disk(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError, match="empty"):
        load_document(empty)


def test_missing_file_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read"):
        load_document(tmp_path / "nowhere.pdf")


# --- PDF --------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "stem", ["000_61f569a367402524", "002_423d24b1e5e9c168", "003_9abdb23f0a9c83e0"]
)
def test_rendered_seed_reads_back_with_same_words(stem: str, engine: str) -> None:
    pdf_path = CORPUS / "pdf" / f"{stem}.rendered.pdf"
    pages = read_pdf(pdf_path.read_bytes(), DOC_ID, engine=engine)  # type: ignore[arg-type]
    assert len(pages) > 1, "rendered seeds are multi-page"
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert all(p.quality is PageQuality.OK for p in pages)
    expected = _render_script().to_core_font_text((CORPUS / f"{stem}.txt").read_text())
    assert _words("\n".join(p.text for p in pages)) == _words(expected)


def test_rendered_pdfs_are_small() -> None:
    rendered = sorted((CORPUS / "pdf").glob("*.rendered.pdf"))
    assert len(rendered) >= 2
    assert all(path.stat().st_size < 100_000 for path in rendered)


@pytest.mark.parametrize("engine", ENGINES)
def test_page_numbers_follow_pdf_pages(engine: str) -> None:
    data = _small_pdf("First page text", "", "Third page: £1.7m agreed")
    pages = read_pdf(data, DOC_ID, engine=engine)  # type: ignore[arg-type]
    assert [(p.number, p.quality) for p in pages] == [
        (1, PageQuality.OK),
        (2, PageQuality.EMPTY),
        (3, PageQuality.OK),
    ]
    assert pages[1].text == ""
    assert pages[2].text == "Third page: £1.7m agreed"


@pytest.mark.parametrize("engine", ENGINES)
def test_pdf_text_has_unix_line_ends_and_no_nul(engine: str) -> None:
    data = _small_pdf("Line one\nLine two\nLine three")
    text = read_pdf(data, DOC_ID, engine=engine)[0].text  # type: ignore[arg-type]
    assert text == "Line one\nLine two\nLine three"
    assert "\r" not in text and "\x00" not in text


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_pdf_raises(engine: str) -> None:
    data = _small_pdf("Confidential", user_password="reader")
    with pytest.raises(EncryptedPdfError, match="password") as caught:
        read_pdf(data, DOC_ID, engine=engine)  # type: ignore[arg-type]
    assert caught.value.__cause__ is not None


def test_pdf_with_owner_password_only_is_readable() -> None:
    pages = load_bytes(_small_pdf("Open to read", owner_only=True)).pages
    assert pages[0].text == "Open to read"


@pytest.mark.parametrize("engine", ENGINES)
def test_truncated_pdf_is_corrupt(engine: str) -> None:
    data = RENDERED.read_bytes()
    with pytest.raises(CorruptFileError, match="truncated"):
        read_pdf(data[: len(data) // 2], DOC_ID, engine=engine)  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ENGINES)
def test_pdf_header_on_garbage_is_corrupt(engine: str) -> None:
    data = b"%PDF-1.4\n" + b"not really a pdf body\n" * 20 + b"%%EOF\n"
    with pytest.raises(CorruptFileError) as caught:
        read_pdf(data, DOC_ID, engine=engine)  # type: ignore[arg-type]
    assert str(caught.value)
    assert caught.value.__cause__ is not None


def test_load_bytes_keeps_ingest_error_types() -> None:
    data = RENDERED.read_bytes()
    with pytest.raises(CorruptFileError):
        load_bytes(data[:-2000], "cut.pdf")


# --- page quality -----------------------------------------------------------------------------

PROSE = "The Committee is asked to approve the extension of the Section 75 agreement. " * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", PageQuality.EMPTY),
        ("   \n \t \n", PageQuality.EMPTY),
        ("12", PageQuality.EMPTY),
        ("- . -", PageQuality.EMPTY),
        (
            "(cid:25)(cid:31)(cid:34)(cid:35) (cid:28)(cid:23)(cid:38)\n(cid:32)(cid:19)",
            PageQuality.BROKEN,
        ),
        ("(cid:3)" * 40 + " ab", PageQuality.BROKEN),
        ('\x19\x1f"#\x1c\x17& \x13"\x1a#\x19\x01\x15\x1f$\x1e\x15\x1a\x1c', PageQuality.BROKEN),
        ("\ufffd" * 30 + " page 4", PageQuality.BROKEN),
        (PROSE, PageQuality.OK),
        ("(cid:127) " + PROSE, PageQuality.OK),  # one unmapped bullet glyph on a good page
        ("Table 3.1\n993.9 38,311.8 935.7\n222.0 16,841.0", PageQuality.OK),
        ("evidence\ufffebased parenting support " * 4, PageQuality.OK),
        ("Page 3", PageQuality.OK),
    ],
)
def test_page_quality(text: str, expected: PageQuality) -> None:
    assert page_quality(text) is expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("no\x00nul", "nonul"),
        ("evidence\ufffebased", "evidence-based"),
        ("bullet (cid:127) item", "bullet \ufffd item"),
        ("trailing   \nspaces \r\n", "trailing\nspaces"),
        ("form\ffeed", "form\nfeed"),
        ("odd\x07bell", "odd\ufffdbell"),
    ],
)
def test_clean_pdf_text(raw: str, clean: str) -> None:
    assert clean_pdf_text(raw) == clean


# --- HTML -------------------------------------------------------------------------------------

MODERNGOV_PAGE = """<!DOCTYPE html>
<html><head><title>Decision - Cabinet</title>
<style>.x { color: red }</style><script>var tracking = "£999";</script></head>
<body>
<header><div>Kent County Council</div><ul><li>Home</li></ul></header>
<nav><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a></nav>
<div id="wrap"><div class="mgContent">
<h1>Decision - Section 75 agreement</h1>
<p>Decision maker:&nbsp;Cabinet</p>
<p>Decision:<br>To extend the agreement<br/>to 31/3/22.</p>
<table><tr><th>Item</th><th>Cost</th></tr>
<tr><td>Equipment</td><td>&pound;4,708,057</td></tr><tr><td>Staff<td>£160k</tr></table>
<noscript>Enable JavaScript</noscript>
</div></div>
<footer>Copyright 2025</footer>
</body></html>"""


def test_moderngov_page_main_text() -> None:
    text = html_to_text(MODERNGOV_PAGE)
    assert text.splitlines()[0] == "Decision - Section 75 agreement"
    assert "Decision maker: Cabinet" in text
    assert "Decision:\nTo extend the agreement\nto 31/3/22." in text
    assert "Item\tCost\nEquipment\t£4,708,057\nStaff\t£160k" in text


@pytest.mark.parametrize(
    "dropped", ["tracking", "color: red", "Committees", "Copyright", "Enable JavaScript", "Home"]
)
def test_moderngov_chrome_is_dropped(dropped: str) -> None:
    assert dropped not in html_to_text(MODERNGOV_PAGE)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<body><nav>Menu</nav><main><p>Main text</p></main><p>Sidebar</p></body>", "Main text"),
        ("<body><div id='content'>Inside</div><div>Outside</div></body>", "Inside"),
        (
            "<div id='content'><div>Side menu</div><div class='mgContent'>Report</div></div>",
            "Report",
        ),
        ("<div class='mgContent'>One</div><p>x</p><div class='mgContent'>Two</div>", "One\nTwo"),
        ("<article>First</article><aside>ad</aside><article>Second</article>", "First\nSecond"),
        (
            "<body><article><header><h1>Title</h1></header><p>Body</p></article></body>",
            "Title\n\nBody",
        ),
        ("<p>One<p>Two", "One\n\nTwo"),
        ("<ul><li>a<li>b<ul><li>b1</ul><li>c</ul>", "a\nb\nb1\nc"),
        ("<div>A &amp; B &lt;C&gt;</div>", "A & B <C>"),
        ("<pre>col1   col2\n1      2</pre>", "col1   col2\n1      2"),
        ("<div>spread\n   over\n lines</div>", "spread over lines"),
        ("<table><tr><td></td><td>x</td></tr></table>", "\tx"),
        ("<div hidden>secret</div><div aria-hidden='true'>icon</div><p>shown</p>", "shown"),
        ("<div role='navigation'>Skip</div><p>Kept</p>", "Kept"),
        (
            "<p>Logo <img src='k.png' alt='Kent County Council'> text</p>",
            "Logo Kent County Council text",
        ),
        ("</div></span><p>stray end tags</p>", "stray end tags"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_deeply_nested_html_does_not_overflow() -> None:
    html = "<span>" * 5000 + "deep" + "</span>" * 5000
    assert html_to_text(html) == "deep"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b'<head><meta charset="windows-1252"></head><body>\x93Cost\x94 \xa35m</body>',
            "\u201cCost\u201d £5m",
        ),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            b"<p>\x96 \xa3</p>",
            "\u2013 £",
        ),
        ("<html><body><p>£1.7m – agreed</p></body></html>".encode(), "£1.7m – agreed"),
        (b'<meta charset="utf-8"><p>\xa35m</p>', "£5m"),  # a wrong declaration falls back
    ],
)
def test_html_encodings(data: bytes, expected: str) -> None:
    pages = read_html(data, DOC_ID)
    assert [p.text for p in pages] == [expected]


def test_html_is_one_page_via_loader() -> None:
    loaded = load_bytes(MODERNGOV_PAGE.encode(), "decision.html")
    assert loaded.format is DocumentFormat.HTML
    assert [p.number for p in loaded.pages] == [1]


# --- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"one page", ["one page"]),
        (codecs.BOM_UTF8 + "£5m".encode(), ["£5m"]),
        ("£5m – “ok”".encode("cp1252"), ["£5m – “ok”"]),
        (b"page one\fpage two\fpage three", ["page one", "page two", "page three"]),
        (b"page one\r\nline\fpage two\f", ["page one\nline", "page two"]),
        (b"a\x00b", ["ab"]),
    ],
)
def test_read_text_pages(data: bytes, expected: list[str]) -> None:
    pages = read_text(data, DOC_ID)
    assert [p.text for p in pages] == expected
    assert [p.number for p in pages] == list(range(1, len(expected) + 1))


def test_blank_page_between_form_feeds_is_empty() -> None:
    pages = read_text(b"one\f   \ftwo", DOC_ID)
    assert [p.quality for p in pages] == [PageQuality.OK, PageQuality.EMPTY, PageQuality.OK]


@pytest.mark.parametrize("seed", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_texts_load_unchanged(seed: Path) -> None:
    loaded = load_document(seed)
    assert loaded.format is DocumentFormat.TEXT
    assert len(loaded.pages) == 1
    assert loaded.pages[0].text == seed.read_text(encoding="utf-8").replace("\r\n", "\n")


# --- error taxonomy ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error_type", [EmptyFileError, EncryptedPdfError, CorruptFileError, UnsupportedFormatError]
)
def test_errors_are_ingest_errors_with_their_reason(error_type: type[IngestError]) -> None:
    error = error_type("the reason shown in ingest_errors")
    assert isinstance(error, IngestError)
    assert str(error) == "the reason shown in ingest_errors"


# --- the real corpus --------------------------------------------------------------------------

REAL = SHARED / "corpus" / "real"


def _manifest() -> list[dict[str, str]]:
    with (REAL / "MANIFEST.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@needs_shared
@pytest.mark.parametrize(
    "name",
    [
        "horsley-pc-2014-03-18-draft-minutes-broken-text-layer.pdf",
        "horsley-pc-2014-04-29-agenda-broken-text-layer.pdf",
    ],
)
def test_horsley_pdfs_are_broken(name: str) -> None:
    pages = load_document(REAL / name).pages
    assert pages and all(p.quality is PageQuality.BROKEN and p.text == "" for p in pages)


@needs_shared
def test_scanned_statement_has_empty_pages() -> None:
    pages = load_document(
        REAL / "sutton-coldfield-tc-2016-17-statement-of-accounts-scanned.pdf"
    ).pages
    assert len(pages) == 11
    assert all(p.quality is PageQuality.EMPTY for p in pages)


@needs_shared
def test_real_pdfs_match_manifest() -> None:
    for row in _manifest():
        loaded = load_document(REAL / row["file"])
        if row["file"].endswith(".pdf"):
            assert loaded.format is DocumentFormat.PDF
            assert len(loaded.pages) == int(row["pages"]), row["file"]
            readable = [p for p in loaded.pages if p.quality is PageQuality.OK]
            if row["text_layer"] == "no":
                assert not readable, row["file"]
            else:
                assert len(readable) == len(loaded.pages), row["file"]
        else:
            assert loaded.format is DocumentFormat.TEXT


@needs_shared
def test_real_pdf_text_is_clean() -> None:
    loaded = load_document(REAL / "kent-cc-cabinet-2025-01-30-agenda-frontsheet.pdf")
    text = loaded.pages[0].text
    assert text.startswith("AGENDA\nCABINET\n")
    assert not re.search(r"[\r\x00\f]|\(cid:\d+\)| \n", text)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # Paragraphs and line breaks inside a cell stay on the row's line.
        ("<table><tr><td>Verge cutting</td><td><p>£40.00</p></td></tr></table>", "Verge cutting\t£40.00"),
        # A cell of several paragraphs (a layout table around minutes) keeps its lines.
        ("<table><tr><td>3.</td><td><p>Report.</p><p>RESOLVED that:</p></td></tr></table>",
         "3.\n\nReport.\n\nRESOLVED that:"),
        # An empty spacer row is no line.
        ("<table><tr><th>Payee</th></tr><tr><td>&nbsp;</td></tr><tr><td>Clerk</td></tr></table>", "Payee\nClerk"),
    ],
)
def test_html_table_rows_stay_rows(html: str, expected: str) -> None:
    assert html_to_text(html) == expected
