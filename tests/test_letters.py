"""Letters in agenda packs: the addressee block ("Cllr Jo Smith" / "Leader - Northby County Council") names who
receives the letter, so that council is not its issuer, and a letter's date is no meeting's. Invented letter."""

from __future__ import annotations

import hashlib
from datetime import date

from extractors.doctext import Collector, DocText
from extractors.header import read_meeting
from extractors.issuer import issuing_body, letter_addressees
from extractors.reports import read_document_header, split_reports

LETTER = """Jo Bloggs MP
Minister of State for Local Government
2 Example Street
London
SW1A 1AA
Our reference: MC2025/01234
Cllr Sam Brown
Leader - Suffolk County Council
Cllr Alex Green
Leader - Ipswich Borough Council 5 February 2025
Dear Leaders,
Thank you for your proposals for Suffolk and Ipswich. Suffolk County Council and Ipswich Borough Council
set out a strong case. Suffolk County Council will hear from my officials shortly, and Suffolk
County Council's leader will be invited to discuss the next steps with Ipswich Borough Council.
Yours sincerely,
Jo Bloggs MP
"""


def _header(text: str):
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return read_document_header(doc, split_reports(doc, Collector(doc.document_id)))


def test_the_councils_a_letter_is_addressed_to_are_its_addressees() -> None:
    assert letter_addressees(LETTER) == {"suffolk county council", "ipswich borough council"}


def test_a_letter_to_a_council_is_not_issued_by_it() -> None:
    assert issuing_body(LETTER) is None


def test_a_letter_has_no_meeting() -> None:
    header = _header(LETTER)
    assert (header.meeting_body, header.meeting_date) == (None, None)


def test_a_council_s_own_letter_keeps_its_issuer() -> None:
    own = LETTER.replace("Jo Bloggs MP\nMinister of State for Local Government", "SUFFOLK COUNTY COUNCIL\nCounty Hall")
    own = own.replace("Cllr Sam Brown\nLeader - Suffolk County Council\n", "")
    assert issuing_body(own) == "Suffolk County Council"


def test_a_summons_names_the_meeting_it_calls() -> None:
    frontsheet = ("Summons to and\nAgenda for a\nMeeting on\nThursday, 13th March,\n2025\nat 10.00 am\n\n"
                  "DEMOCRATIC SERVICES\nWednesday, 5 March 2025\nTo: All Members of the County Council\n"
                  "A meeting of the County Council will be held in the Council Chamber, County Hall,\n"
                  "Northby, NB14 1XQ on Thursday, 13th March, 2025 at 10.00 am to deal with the\nfollowing business.\n")
    assert read_meeting(frontsheet, []) == ("County Council", date(2025, 3, 13))
    letter = ("Dear Councillor,\nYou are hereby summoned to attend a meeting of the Northby Borough Council to be held "
              "at the Town Hall, Northby NB1 2AB on Tuesday 4 March 2025 at 7pm.\n")
    assert read_meeting(letter, []) == ("Northby Borough Council", date(2025, 3, 4))


def test_a_report_telling_of_a_later_meeting_is_not_that_meeting_s_paper() -> None:
    report = "Background\nA meeting of the Health and Wellbeing Board will be held on 5 May 2025 to consider the plan.\n"
    assert read_meeting(report, []) == (None, None)


def test_a_letter_s_listed_addressees_never_issue_it() -> None:
    letter = ("OFFICIAL\nTo: Leaders of two-tier councils and\nunitary council in Northshire\nNorthby Borough Council\n"
              "Eastvale District Council\nSouthby City Council\nJo Smith MP\nMinister of State for Local Government\n"
              "2 Marsham Street\nLondon\n5 February 2025\nDear Leaders\nI am writing to invite you to develop a "
              "proposal for local government reorganisation across Northshire.\n")
    assert letter_addressees(letter) == {"northby borough council", "eastvale district council",
                                         "southby city council"}
    assert issuing_body(letter) is None  # the sender, a ministry, is named only by its minister


def test_a_minutes_heading_with_its_time_before_the_day_names_the_meeting() -> None:
    heading = ("NORTHBY PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. ON WEDNESDAY 27 JANUARY 2021 "
               "Present: Cllrs A Smith (Chairman), B Jones.\n")
    assert read_meeting(heading, [])[1] == date(2021, 1, 27)


def test_a_day_line_with_a_24_hour_time_and_the_venue_names_the_meeting() -> None:
    minutes = ("Northby Primary Care Commissioning Committee\nTuesday 21 January 2020 13:15 – 14:30 Northby Community "
               "Centre, Newbiggin Lane\nCONFIRMED MINUTES\n")
    assert read_meeting(minutes, [])[1] == date(2020, 1, 21)


def test_a_flattened_cover_sheet_s_meeting_date_label_without_its_colon() -> None:
    sheet = ("9.3 1 NHS NORTHBY CLINICAL COMMISSIONING GROUP GOVERNING BODY MEETING FINANCE REPORT AS AT 30 NOVEMBER "
             "2017 Date of the meeting 17/01/2018 Author H Smith, Assistant Director of Finance Purpose of Report To "
             "update the Governing Body. Recommendation The Governing Body is asked to note the report.\n")
    assert read_meeting(sheet, []) == ("Governing Body", date(2018, 1, 17))


def test_the_date_of_a_meeting_in_prose_is_no_label() -> None:
    assert read_meeting("Finance report. We agreed the date of the meeting on 5 May 2020 would move.", []) == \
        (None, None)
