"""Meeting body and date of a document: agenda headings, flattened cover sheets, form fields, previous-meeting minutes."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.doctext import Collector, DocText
from extractors.header import meeting_body_name, read_meeting
from extractors.reports import read_document_header, split_reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Agenda heading: body, the paper's kind, weekday, date, time range, venue.
        (
            "HARBOUR BOARD AGENDA Wednesday, 4th March, 2020, 2.00 – 4.00 pm Council Chamber, Civic Centre\n\n"
            "1. Apologies for Absence",
            ("Harbour Board", date(2020, 3, 4)),
        ),
        # A CCG's governing body: the committee, not its parent body.
        (
            "Chair: Dr A Person NHS Northby Clinical Commissioning Group (CCG) Governing Body "
            "Thursday 8 March 2018, 1400 – 1600 Room 3, Northby House AGENDA",
            ("Governing Body", date(2018, 3, 8)),
        ),
        # A cover sheet: body, "MEETING", date without a weekday, after a page number.
        (
            "Download page\n\n1 TRUST BOARD MEETING 14 June 2019 Paper Title: Estates Strategy Lead Director: A Person",
            ("Trust Board", date(2019, 6, 14)),
        ),
        # A district report's first line: reference, council and its executive, date, title.
        (
            "Report No: ABC2/20 Westmoor District Council Cabinet 12 May 2020 Review of Car Parking Charges "
            "Portfolio: Resources",
            ("Cabinet", date(2020, 5, 12)),
        ),
        # A meeting page: the body alone on a line, the date and time range on the next.
        (
            "Skip to main content\n\nMeeting Details\n\nPlanning Committee\n3 Oct 2017 - 18:30 to 21:00\n\nDocuments\n",
            ("Planning Committee", date(2017, 10, 3)),
        ),
        # Flattened cover sheet with "Report to:" and "Date:" on one line.
        (
            "16\n1 Subject: Leisure Review Status: For Publication Report to: Health and Wellbeing Board "
            "Date: 14 July 2016 Report of: Director of Public Health",
            ("Health and Wellbeing Board", date(2016, 7, 14)),
        ),
        (
            "PUBLIC REPORT\n\nReport to: CABINET Report of: DIRECTOR OF PLACE Date of Decision: 18th SEPTEMBER 2019 "
            "SUBJECT: HIGHWAYS CONTRACT",
            ("Cabinet", date(2019, 9, 18)),
        ),
        # Decision proforma with leader dots.
        (
            "CABINET DECISION\n\nPROFORMA\n\nCabinet Meeting ........................................ 9 January 2024\n\n"
            "1. Title of Item",
            ("Cabinet", date(2024, 1, 9)),
        ),
    ],
)
def test_meeting_headings(text: str, expected: tuple[str, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A date in a sentence after the body: an approval, not the meeting of this paper.
        "Our Tree Strategy\n\nThis strategy was approved by Full Council 12 May 2015 and is reviewed every year.",
        # A body and a date far into the text without a weekday head nothing.
        "x" * 500 + "\nCabinet 5 March 2019\n",
        # The previous meeting's minutes, confirmed in this meeting's record.
        "Agenda and minutes\n\nMinutes\n\nThe minutes of the meeting of the Board held on 2 May 2018 were approved "
        "and signed as a correct record.\n\nMembers of the Board are invited to declare any interests.",
        # A date followed by a sentence running on is no heading.
        "Housing Panel 4 April 2019 and the panel agreed to defer the item.",
    ],
)
def test_no_meeting_date(text: str) -> None:
    assert read_meeting(text, [])[1] is None


def test_status_word_above_minutes_heading_is_not_a_confirmation() -> None:
    text = "Confirmed\n\nMinutes of the Cabinet Meeting held in the Main Hall, Town Hall on Tuesday 6 March 2018 at 6.30 pm\n"
    assert read_meeting(text, []) == ("Cabinet", date(2018, 3, 6))


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\n\n3. To confirm the minutes of the meeting of the Cabinet held on 2 February 2018\n",
        "RESOLVED that the Minutes of the meeting of the Council held on 9 May 2019 are confirmed as a correct record.\n",
        "The minutes of the meeting of the Panel held on 1 June 2016 were agreed and signed by the Chair.\n",
    ],
)
def test_minutes_to_confirm_are_the_previous_meeting(text: str) -> None:
    assert read_meeting(text, [])[1] is None


def test_members_of_the_board_names_no_body() -> None:
    assert read_meeting("Declarations\n\nMembers of the Board are invited to declare any interests.", []) == (None, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Minutes of a special Meeting of the Westmoor Parish Council held on", "Westmoor Parish Council"),
        ("Extraordinary Town Council", "Town Council"),
        ("Special Meeting of the Cabinet", "Cabinet"),
        ("Adults Committee (Special Meeting)", "Adults Committee"),
        ("Board meeting date", "Board"),
        ("Special Educational Needs Panel", "Special Educational Needs Panel"),
        ("Annual Council", "Annual Council"),
    ],
)
def test_meeting_body_name_drops_meeting_kind(value: str, expected: str) -> None:
    assert meeting_body_name(value) == expected


def test_cover_sheet_meeting_date_label_gives_body() -> None:
    text = "Board meeting date: 12 October 2012\n\nAgenda Item number: 4\n\nTitle Annual Plan\n\nAuthor: A Person\n"
    doc = DocText.from_pages("0" * 64, [text])
    header = read_document_header(doc, split_reports(doc, Collector(doc.document_id)))
    assert (header.meeting_body, header.meeting_date) == ("Board", date(2012, 10, 12))


def test_a_council_found_by_its_place_before_a_reorganisation_is_the_one_that_stood_then() -> None:
    # "North Yorkshire" in a 2021 decision: North Yorkshire Council was formed in 2023; the county council it
    # replaced, of the same place, issued the paper.
    text = ("Provision of Public Health Services\nDECISION DATE: Friday 14th May 2021\nThe Council will extend the "
            "approved provider list for pharmacies across North Yorkshire. The Council agreed.\n")
    doc = DocText.from_pages("0" * 64, [text])
    header = read_document_header(doc, split_reports(doc, Collector(doc.document_id)))
    assert (header.issuing_body, header.meeting_date) == ("North Yorkshire County Council", date(2021, 5, 14))
