"""DocText maps spans of the joined text back to page-local evidence; Collector keeps rejects."""

import pytest

from extractors.doctext import Collector, DocText
from schemas import Evidence

DOC = "a" * 64


@pytest.mark.parametrize(
    ("pages", "needle", "page", "start"),
    [
        (["alpha beta", "gamma delta"], "beta", 1, 6),
        (["alpha beta", "gamma delta"], "gamma", 2, 0),
        (["one", "", "three four"], "four", 3, 6),
    ],
)
def test_evidence_points_into_the_right_page(pages: list[str], needle: str, page: int, start: int) -> None:
    doc = DocText.from_pages(DOC, pages)
    offset = doc.text.index(needle)
    ev = doc.evidence(offset, offset + len(needle))
    assert (ev.page, ev.start, ev.end, ev.quote) == (page, start, start + len(needle), needle)
    assert pages[page - 1][ev.start : ev.end] == needle


def test_evidence_trims_whitespace_and_clips_at_page_end() -> None:
    doc = DocText.from_pages(DOC, ["first page", "second"])
    ev = doc.evidence(5, len(doc.text))
    assert ev.page == 1
    assert ev.quote == "page"


def test_collector_keeps_failed_records_as_rejects() -> None:
    collect = Collector(DOC)
    good = collect.build(Evidence, document_id=DOC, page=1, start=0, end=1, quote="x")
    bad = collect.build(Evidence, document_id=DOC, page=1, start=3, end=1, quote="x")
    assert good is not None and bad is None
    assert len(collect.rejects) == 1
    reject = collect.rejects[0]
    assert reject.record_type == "Evidence"
    assert "not after start" in reject.reason
    assert reject.payload["start"] == 3
