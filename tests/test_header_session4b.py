"""Meeting body and date: minutes headed under the body's name, stacked "TO / ON" cover sheets, a lone heading date."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.doctext import Collector, DocText
from extractors.header import read_meeting
from extractors.reports import read_document_header, split_reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Minutes whose heading names no body, under a line naming the committee.
        (
            "Paper 6.2\n\nQUALITY AND PERFORMANCE COMMITTEE\n\n"
            "MINUTES OF THE MEETING HELD ON THURSDAY 12 MAY 2016, ROOM 4, CIVIC OFFICES, WESTMOOR\n\nPRESENT:\n\nA Person",
            ("Quality and Performance Committee", date(2016, 5, 12)),
        ),
        (
            "Eastvale Parish Council\nMinutes of the meeting held at the Village Hall on Monday 3 June 2019 at 7.30pm\n",
            ("Eastvale Parish Council", date(2019, 6, 3)),
        ),
        # A cover sheet whose labels and values stand on lines of their own.
        (
            "ITEM NO. 7\n____\nREPORT OF\nThe Strategic Director for Place\n____\nTO\nCabinet\nON\n14 March 2013\n"
            "____\nTITLE: Highways Maintenance Contract\n",
            ("Cabinet", date(2013, 3, 14)),
        ),
        (
            "REPORT OF\nLead Member for Housing\nTO:\nHousing Panel\nON:\nTuesday 9 October 2012\nTITLE: Rents\n",
            ("Housing Panel", date(2012, 10, 9)),
        ),
        # A decision sheet headed only by its date, the meeting named with that same date below.
        (
            "14 JUNE 2015\n\n\nA Person, B Person (Chairman)\n\n"
            "Having considered the agenda for the Executive meeting on 14 June 2015, the following decisions were taken:\n",
            ("Executive", date(2015, 6, 14)),
        ),
    ],
)
def test_split_headings(text: str, expected: tuple[str, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An agenda's numbered item confirming the last minutes names the previous meeting.
        "CABINET\n\n3. Minutes of the meeting held on 2 February 2018\n",
        # A body line above a minutes line far down the paper is no heading.
        "x\n" * 20 + "Audit Committee\nMinutes of the meeting held on 4 April 2017\n",
        # The heading date differs from the meeting named below: the mention is another meeting's.
        "14 JUNE 2015\n\nThe minutes of the Executive meeting held on 10 May 2015 were confirmed.\n",
        # A lone heading date with no meeting named on that day.
        "14 JUNE 2015\n\nThe Council adopted its housing strategy in 2014.\n",
        # "TO" and "ON" must frame a body and a date alone on their lines.
        "TO\nall residents\nON\n14 March 2013\n",
        "TO\nCabinet\nON\n14 March 2013 the Leader agreed to defer\n",
    ],
)
def test_no_split_heading(text: str) -> None:
    assert read_meeting(text, [])[1] is None


def test_stacked_cover_sheet_through_the_pipeline() -> None:
    text = (
        "Part One\nITEM NO. 4\n____\nREPORT OF\nLead Member for Adult Services\n____\nTO\nCabinet\nON\n"
        "5 December 2017\n____\nTITLE: Care Homes Framework\n____\nRECOMMENDATION:\n\nThat Cabinet approves the framework.\n"
    )
    doc = DocText.from_pages("0" * 64, [text])
    header = read_document_header(doc, split_reports(doc, Collector(doc.document_id)))
    assert (header.meeting_body, header.meeting_date) == ("Cabinet", date(2017, 12, 5))
