"""ModernGov web pages (invented fixtures): page text, header facts, decisions and agreements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from extractors.doctext import DocText
from extractors.document import extract_document
from extractors.formats import load_document
from extractors.formats.html import html_to_text, page_text
from extractors.header import body_and_date, page_fields
from extractors.issuer import site_owner
from schemas import DocumentFacts

FIXTURES = Path(__file__).parent / "fixtures" / "moderngov"


@lru_cache(maxsize=None)
def _load(name: str) -> tuple[str, DocumentFacts]:
    loaded = load_document(FIXTURES / name)
    doc = DocText.from_pages(loaded.document_id, loaded.pages)
    return doc.text, extract_document(doc)


# --- page text --------------------------------------------------------------------------------

CHROME = [
    "cookie", "Cookie", "Accept all", "Got it", "Bins and recycling", "Jobs and careers", "Skip to main",
    "Committee structure", "Search this site", "mgSessionKey", "gtag", "dataLayer", "function", "Privacy notice",
    "Accessibility statement", "Site map", "social media", "Printable version", "Issue history", "Working for you",
]


@pytest.mark.parametrize("name", ["decision_details.html", "minutes.html", "agenda_item.html"])
@pytest.mark.parametrize("chrome", CHROME)
def test_page_chrome_is_dropped(name: str, chrome: str) -> None:
    text, _ = _load(name)
    assert chrome not in text


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("decision_details.html", "Decision Maker: Cabinet"),
        ("decision_details.html", "Decision status: Recommendations Approved"),
        ("decision_details.html", "Date of decision:\t10/03/2025"),
        ("decision_details.html", "Name:\tPriya Halloran"),
        ("decision_details.html", "1. approve the Better Care Fund plan for 2025 to 2028;"),
        ("decision_details.html", "© Wessex County Council"),
        ("minutes.html", "Venue: Council Chamber, County Hall, Dorchester"),
        ("minutes.html", "(a) the Joint Carers Strategy 2025 to 2030 be approved;"),
        ("agenda_item.html", "Meeting:\tMonday, 14th April, 2025 10.00 am - Cabinet"),
    ],
)
def test_fields_read_as_lines(name: str, line: str) -> None:
    text, _ = _load(name)
    assert line in text.splitlines()


def test_content_keeps_reading_order() -> None:
    text, _ = _load("decision_details.html")
    order = ["Decision details", "Decision Maker:", "Purpose:", "Decision:", "Reasons for the decision:",
             "Alternative options considered:", "Publication date:", "Contact:", "© Wessex County Council"]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<ol><li>approve</li><li>note</li></ol>", "1. approve\n2. note"),
        ('<ol start="4"><li>agree</li></ol>', "4. agree"),
        ('<ol type="a"><li>agree</li><li>note</li></ol>', "(a) agree\n(b) note"),
        ('<ol type="i"><li>x</li><li>y</li><li>z</li><li>w</li></ol>', "(i) x\n(ii) y\n(iii) z\n(iv) w"),
        ("<ul><li>bullet</li></ul>", "bullet"),
        ("<dl><dt>Name:</dt><dd>Ann Lee</dd><dt>Tel:</dt><dd>0100</dd></dl>", "Name:\tAnn Lee\nTel:\t0100"),
        ("<dl><dd>orphan value</dd></dl>", "orphan value"),
    ],
)
def test_lists_render_as_a_browser_shows_them(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<title>Decision - Roads - Avonmere Borough Council</title><main><p>Body</p></main>",
         "Body\n\nDecision - Roads - Avonmere Borough Council"),
        ("<main><p>Body</p></main><footer><p>&copy; Avonmere Borough Council 2024</p></footer>",
         "Body\n\n© Avonmere Borough Council 2024"),
        ("<title>Body</title><main><p>Body</p></main>", "Body"),
        ("<main><p>Body</p></main><script>var s = '© not a notice';</script>", "Body"),
    ],
)
def test_page_text_adds_title_and_notice_after_content(html: str, expected: str) -> None:
    assert page_text(html) == expected


# --- header rules -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision details\n\nBody text.\n\n© Wessex County Council", "Wessex County Council"),
        ("Minutes\n\nText.\n\nCopyright 2024 Avonmere District Council", "Avonmere District Council"),
        ("Minutes\n\nText.\n\nAgenda for Cabinet on Monday, 3rd March, 2025 - Borchester City Council",
         "Borchester City Council"),
        ("Text.\n\nAgenda item - Fees | NHS Avonmere Integrated Care Board", "NHS Avonmere Integrated Care Board"),
        ("Map data\n\n© Crown copyright and database rights 2024 OS 100019238", None),
        ("Report text.\n\n© OpenStreetMap contributors", None),
        # A notice in the body of a long paper is not where a web page's footer is.
        ("© Wessex County Council\n" + "More text.\n" * 10, None),
        ("Report to Cabinet - Roads - Wessex County Council is asked to agree the plan", None),
    ],
)
def test_site_owner(text: str, expected: str | None) -> None:
    assert site_owner(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Monday, 14th April, 2025 10.00 am - Cabinet", ("Cabinet", date(2025, 4, 14))),
        ("Thursday, 6th February, 2025 2.00 pm - Health and Wellbeing Board",
         ("Health and Wellbeing Board", date(2025, 2, 6))),
        ("10/03/2025 - Cabinet", ("Cabinet", date(2025, 3, 10))),
        ("Cabinet, 30 January 2025", ("Cabinet", date(2025, 1, 30))),
        ("Monday, 14th April, 2025 10.00 am - Councillor Ann Lee", (None, date(2025, 4, 14))),
        ("Monday 3 March 2025, Council Chamber", (None, date(2025, 3, 3))),
        ("3 March 2025 at 10am - Council Chamber, County Hall", (None, date(2025, 3, 3))),
        ("Tuesday, 4th March, 2025 7.00 pm - Virtual Council meeting", (None, date(2025, 3, 4))),
    ],
)
def test_body_and_date_reads_date_first_values(value: str, expected: tuple[str | None, date | None]) -> None:
    assert body_and_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision details\n\nDecision Maker: Planning Committee\n\nDate of decision:\t02/06/2024",
         ("Planning Committee", date(2024, 6, 2))),
        ("Agenda item\n\nMeeting:\tTuesday, 9th July, 2024 7.00 pm - Licensing Sub-Committee\nItem:\t4",
         ("Licensing Sub-Committee", date(2024, 7, 9))),
        ("Decision to be taken by: Cabinet Member for Highways\n\nDate of decision: 1 May 2024",
         (None, date(2024, 5, 1))),
        # Wrapped pathway lists and bare "Date:" lines are not a page's own fields.
        ("Past pathway: Adult Social Care Cabinet\nCommittee – 16 January 2025", (None, None)),
        ("Date: 4 September 2025\nTo: Members of the public", (None, None)),
    ],
)
def test_page_fields(text: str, expected: tuple[str | None, date | None]) -> None:
    assert page_fields(text) == expected


# --- whole documents --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "issuer", "body", "when"),
    [
        ("decision_details.html", "Wessex County Council", "Cabinet", date(2025, 3, 10)),
        ("minutes.html", "Wessex County Council", "Health and Wellbeing Board", date(2025, 2, 6)),
        ("agenda_item.html", "Wessex County Council", "Cabinet", date(2025, 4, 14)),
    ],
)
def test_header_facts(name: str, issuer: str, body: str, when: date) -> None:
    _, facts = _load(name)
    assert (facts.issuing_body, facts.meeting_body, facts.meeting_date) == (issuer, body, when)


@pytest.mark.parametrize(
    ("name", "texts", "outcome"),
    [
        ("decision_details.html", [
            "approve the Better Care Fund plan for 2025 to 2028",
            "enter into a Section 75 agreement with NHS Avonmere Integrated Care Board for a pooled budget of "
            "£48.6 million from 1 April 2025 to 31 March 2028",
            "delegate authority to the Director of Adult Social Care, in consultation with the Cabinet Member for "
            "Adult Social Care, to finalise the terms of the agreement",
        ], "approved"),
        ("minutes.html", [
            "the Joint Carers Strategy 2025 to 2030 be approved",
            "the Director of Public Health be asked to report progress to the Board in twelve months",
        ], "agreed"),
        # An agenda item's recommendations are not yet decided: no outcome.
        ("agenda_item.html", [
            "approve the allocation of the Household Support Fund set out in Appendix A",
            "delegate authority to the Director of Communities to make changes to the allocations within the total grant",
        ], None),
    ],
)
def test_decision_items(name: str, texts: list[str], outcome: str | None) -> None:
    _, facts = _load(name)
    assert [r.text.rstrip(".;") for r in facts.recommendations] == texts
    assert {r.outcome for r in facts.recommendations} == {outcome}


def test_section_75_agreement_is_found() -> None:
    _, facts = _load("decision_details.html")
    found = [a for a in facts.agreements if a.kind.value == "section_75"]
    assert len(found) == 1
    agreement = found[0]
    assert "NHS Avonmere Integrated Care Board" in {p.name for p in agreement.parties}
    assert (agreement.start_date, agreement.end_date) == (date(2025, 4, 1), date(2028, 3, 31))


def test_pooled_budget_amount_is_found() -> None:
    _, facts = _load("decision_details.html")
    assert Decimal("48600000") in {a.value_gbp for a in facts.amounts}


def test_section_75_agreement_carries_its_pooled_budget() -> None:
    _, facts = _load("decision_details.html")
    agreement = next(a for a in facts.agreements if a.kind.value == "section_75")
    assert Decimal("48600000") in agreement.values_gbp
