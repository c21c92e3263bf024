"""Meeting dates as web pages and NHS minutes head them: a ModernGov meeting page's title under "Agenda and
decisions", a "<body> – Minutes – <date>" title, "Minutes of a private meeting held on ...", a page's "Agenda for
<body> on <date>" title and a summons' "DATE:" field."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.header import read_meeting, tidy_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agenda and decisions\n\nLeader Decisions - Monday, 20 March 2017 2.30 pm\n\nVenue: County Hall\n",
         (None, date(2017, 3, 20))),
        ("Agenda and minutes\n\nCabinet - Tuesday, 14th March, 2023 7.00 pm\n\nVenue: Town Hall\n",
         ("Cabinet", date(2023, 3, 14))),
        ("Deputy Leader – Minutes – 12 February 2020\n\n9 APPROVAL OF COMMUNITY GRANT APPLICATIONS – The Director "
         "submitted a report.\n", (None, date(2020, 2, 12))),
        ("NORTHBY COMMISSIONING BOARD\n\nMinutes of a private meeting held on 19 July 2012\n\nPresent\n",
         ("Northby Commissioning Board", date(2012, 7, 19))),
        # a ModernGov page title, after the content (as HTML reading puts it) or first behind a marker
        ("Agenda item\n\nRESOLVED that the plan be approved.\n\n"
         "Agenda for Cabinet on Tuesday, 5 September 2023, 4.00 pm - Northby City Council\n",
         ("Cabinet", date(2023, 9, 5))),
        ("{meta} Agenda for City Issues Briefing on Wednesday, 10 May 2017, 8.30 am\n\nAgenda and decisions\n",
         (None, date(2017, 5, 10))),
        # a time written "9.00 a.m." after the title's date
        ("Agenda and minutes\n\nThe Cabinet Member for Adult Social Care - Wednesday 21 December 2011 9.00 a.m.\n\n"
         "Venue: Town Hall\n", (None, date(2011, 12, 21))),
        # a cover sheet's labels beside their values, dot leaders filling the lines
        ("PART 1\nITEM NO.\nREPORT OF THE LEAD MEMBER FOR\nCOMMUNITY & SOCIAL SERVICES\n"
         "TO THE CABINET.........................................\nON 13 November 2002.......................\n"
         "TITLE :\nAPPLICATION UNDER SECTION 31\n", ("Cabinet", date(2002, 11, 13))),
        # a summons whose date is a field below "to be held as follows"
        ("Public Document Pack\n\nDear Member,\n\nYou are invited to attend the meeting of the Northby Commissioning "
         "Board to be held as follows for the transaction of the business indicated.\n\n"
         "DATE: Wednesday, 24 April 2019\n\nTIME: 2.00 pm\n",
         ("Northby Commissioning Board", date(2019, 4, 24))),
    ],
)
def test_a_meeting_page_s_title_dates_the_meeting(text: str, expected: tuple[str | None, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title with no page kind above it or in it: an appendix's or a report's date, not a meeting's
        "Appendix 1 - 12 March 2024\n\nThe figures below.\n",
        # a dash title under the page kind whose date is followed by more than a time
        "Agenda\n\nCabinet - 14 March 2023 following the Council meeting\n",
        # prose telling of a later meeting's agenda
        "The agenda for Cabinet on 5 September 2023 will include the budget.\n",
    ],
)
def test_a_dated_line_that_is_no_meeting_page_s_title_dates_nothing(text: str) -> None:
    assert read_meeting(text, [])[1] is None


def test_initialisms_stay_in_capitals_when_a_heading_is_put_in_title_case() -> None:
    assert tidy_case("NHS COMMISSIONING BOARD AUTHORITY") == "NHS Commissioning Board Authority"
