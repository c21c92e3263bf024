"""Text files carrying HTML (web exports of minutes): rendered to what a reader sees, evidence still honest."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS, needs_shared

from extractors.doctext import Collector, DocText
from extractors.formats import load_bytes
from extractors.formats.markup import has_markup, markup_to_text
from extractors.formats.text import read_text
from extractors.money import extract_amounts

DOC_ID = "0" * 64

MINUTES = (
    "---\ntitle: \"Ashcombe Parish Council - March\"\n---\n\n"
    "**Minutes of the meeting of Ashcombe Parish Council**\n\n"
    "5\\. Finance\n\n"
    '<table width="600"><tbody><tr><td><strong>Date</strong></td><td><strong>Item</strong></td>'
    "<td><strong>Net</strong></td><td><strong>VAT</strong></td><td><strong>Gross</strong></td></tr>"
    "<tr><td></td><td></td><td></td><td></td><td></td></tr>"
    "<tr><td>02/03/2023</td><td>Fenwick &amp; Daughters, hedge cutting</td><td>80.00</td><td>16.00</td>"
    "<td>96.00</td></tr></tbody></table>\n\n"
    "The payments were approved.&nbsp; Next meeting 4 April.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<table><tr><td>a</td></tr></table>", True),
        ("Intro\n<p>A paragraph.</p>\n", True),
        ("  <div class=\"entry\">text</div>", True),
        ("Line one<br>\n<br>Line two", True),
        ("Plain minutes with no markup at all.", False),
        ("Children aged <5 years and <10 years.", False),
        ("See <https://example.org/minutes> for details.", False),
        ("<AI1>\nItem one\n</AI1>", False),  # a CMS's own markers, not HTML
        ("304.\tAction\t<p>Done.</p> <p>Closed.</p>\tClosed", False),  # HTML only inside a tab row
        ("<i>A quoted view from a resident.</i>", False),  # inline tags alone do not start a block
        ("<table>\nno closing tag anywhere", False),
    ],
)
def test_has_markup(text: str, expected: bool) -> None:
    assert has_markup(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A table: one line per row, tab-separated cells, spacer rows dropped, entities decoded.
        (
            "Payments\n<table><tr><th>Payee</th><th>Net</th></tr><tr><td></td><td>&nbsp;</td></tr>"
            "<tr><td>Brook &amp; Sons</td><td>12.00</td></tr></table>\nApproved.",
            "Payments\nPayee\tNet\nBrook & Sons\t12.00\nApproved.",
        ),
        # A paragraph inside a cell keeps the row on one line.
        (
            "<table><tr><td>Mowing</td><td><p align=\"right\">£20.00</p></td></tr></table>",
            "Mowing\t£20.00",
        ),
        # A layout table wrapping a data table keeps the inner table's rows.
        (
            "<table><tr><td><b>Accounts</b></td></tr><tr><td><table><tr><td>Payee</td><td>Gross</td></tr>"
            "<tr><td>A Supplier</td><td>5.00</td></tr></table></td></tr></table>",
            "Accounts\n\nPayee\tGross\nA Supplier\t5.00",
        ),
        # Inline tags outside blocks are dropped, <br> is a line break, &nbsp; a space.
        (
            "<p>Heading</p>\n<strong>Present:</strong> Cllr A Moss<br>Cllr B Reed &amp; the Clerk&nbsp;",
            "Heading\nPresent: Cllr A Moss\nCllr B Reed & the Clerk ",
        ),
        # A block run into text is put on its own line.
        ("<p>Top</p>\nBefore <p>Inside</p> after", "Top\nBefore \nInside\n after"),
        # Text that is not HTML stays as written even in a file that has HTML.
        ("<p>x</p>\nAges <5 and <https://example.org> stay; so does AT&T.", "x\nAges <5 and <https://example.org> stay; so does AT&T."),
        # An unclosed paragraph ends at the blank line, not at the end of the file.
        ("<p>First\n\nSecond line\n</div>", "First\n\nSecond line\n"),
        # Without markup nothing changes, not even entities or spacing.
        ("Fish &amp; chips   \n\n\n  £5", "Fish &amp; chips   \n\n\n  £5"),
    ],
)
def test_markup_to_text(text: str, expected: str) -> None:
    assert markup_to_text(text) == expected


def test_text_file_with_html_is_read_as_rendered_text() -> None:
    pages = read_text(MINUTES.encode(), DOC_ID)
    text = pages[0].text
    assert "<" not in text and "&amp;" not in text and "&nbsp;" not in text
    assert "Date\tItem\tNet\tVAT\tGross\n02/03/2023\tFenwick & Daughters, hedge cutting\t80.00\t16.00\t96.00" in text
    # The Markdown around the HTML is left as written.
    assert text.startswith("---\ntitle: \"Ashcombe Parish Council - March\"\n---\n\n**Minutes")
    assert "5\\. Finance" in text


def test_pasted_table_amounts_point_at_the_stored_text() -> None:
    loaded = load_bytes(MINUTES.encode(), "minutes.md")
    doc = DocText.from_pages(DOC_ID, loaded.pages)
    amounts = extract_amounts(doc, Collector(DOC_ID))
    assert [a.value_gbp for a in amounts] == [Decimal("80.00"), Decimal("16.00"), Decimal("96.00")]
    for amount in amounts:
        page_text = loaded.pages[amount.evidence.page - 1].text
        assert page_text[amount.evidence.start : amount.evidence.end] == amount.evidence.quote == amount.text
    assert amounts[0].what == "Fenwick & Daughters, hedge cutting – Net"


def test_form_feed_pages_are_rendered_one_by_one() -> None:
    data = b"<p>One &amp; two</p>\n\fPage two <b>bold</b> text\n<br>\n"
    pages = read_text(data, DOC_ID)
    assert [p.text for p in pages] == ["One & two\n", "Page two bold text\n\n\n"]


@pytest.mark.parametrize("seed", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_texts_have_no_markup_to_render(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert markup_to_text(text) == text


@needs_shared
def test_real_text_pack_is_unchanged() -> None:
    from conftest import SHARED

    for path in sorted((SHARED / "corpus" / "real").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert markup_to_text(text) == text, path.name
