"""Meeting date, meeting body and issuer read from how minutes and reports open (session 6): minutes and notes
headings with a venue or a part, a heading over a date line, a day-and-time line, and local councils' own minutes."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.header import read_meeting
from extractors.issuer import issuing_body, local_minutes_kind

# ---------------------------------------------------------------------------
# Meeting body and date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Notes of" is a minutes heading too; the venue may stand before the day with no "on".
        (
            "May 2021 Minutes\n\nEASTHOPE PARISH COUNCIL\n\nNotes of the meeting of the Parish Council held in the "
            "Village Hall, Easthope, Thursday 13 May 2021\n\nPresent: Cllr A Brown (Chair), Cllr C Green\n",
            date(2021, 5, 13),
        ),
        # A meeting's part in brackets between the body and "held".
        (
            "MINUTES OF THE GOVERNING BODY MEETING (PART 2) HELD IN PUBLIC on Thursday 4th March 2010 at Northby "
            "House Present: Mr A Smith Chair\n",
            date(2010, 3, 4),
        ),
        # A cover sheet: the committee's heading, a blank line, then its date and the item number.
        (
            "BOROUGH COUNCIL AGENDA ITEM NO PLANNING COMMITTEE\n\n12 MARCH 2020 5\n\nReport Title GARDEN WASTE\n",
            date(2020, 3, 12),
        ),
        # A weekday, a date and a start time on a line of their own: the meeting the notes record.
        (
            "Northby Community Safety Partnership\nWednesday 8 March 2023 – 10.00am\nOnline meeting\n"
            "JB Jo Brown (Chair)\nJB welcomed everyone to the meeting.\n",
            date(2023, 3, 8),
        ),
    ],
)
def test_a_minutes_or_report_opening_gives_the_meeting_date(text: str, expected: date) -> None:
    assert read_meeting(text, [])[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BOROUGH COUNCIL AGENDA ITEM NO PLANNING COMMITTEE\n\n12 MARCH 2020 5\n", "Planning Committee"),
        ("MINUTES OF THE TRUST BOARD MEETING (PART 1) HELD IN PUBLIC on Tuesday 2 May 2017 at Northby\n", "Trust Board"),
    ],
)
def test_a_minutes_or_report_opening_gives_the_meeting_body(text: str, expected: str) -> None:
    assert read_meeting(text, [])[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The line above says it is the next meeting's day and time.
        "Minutes of the Friends Group\nDate of next meeting:\nTuesday 8 March 2023 – 7.00pm\n",
        # A day and time inside a sentence is no heading line.
        "The panel met on Tuesday 8 March 2023 at 7.00pm in the hall.\n",
        # A heading body with a sentence going on after the date.
        "PLANNING COMMITTEE\n\n12 March 2020 and the following weeks were busy.\n",
    ],
)
def test_no_meeting_date_without_a_heading_form(text: str) -> None:
    assert read_meeting(text, [])[1] is None


# ---------------------------------------------------------------------------
# Local councils' own minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Minutes naming no council in the heading; the clerk attends; the council named in an item.
        (
            "Meeting minutes 14.03.2019\n\nMinutes of the meeting held Tuesday 12th March 19.30 hrs at the Village Hall\n\n"
            "Present: Cllrs Brown, Green and White\nIn attendance: Mrs A Black (parish clerk)\n\n"
            "3. To confirm the minutes of the Easthope Parish Council meeting held on 12 February 2019. Agreed.\n"
            "4. Hertfordshire County Council has resurfaced the lane. Hertfordshire County Council will write.\n",
            "Easthope Parish Council",
        ),
        # A town council's committee: Town Clerk and Town Mayor, the Town Hall's place.
        (
            "The Allotments Committee – Minutes\n\nA meeting of the Allotments Committee was held on Monday 3rd June 2013 "
            "at 7pm in the Council Chamber, the Town Hall, Westbury Magna, when the following were present:-\n\n"
            "Cllr A Brown, Town Mayor\nCllr C Green\n\nOfficer: The Town Clerk\n\n1. Apologies\nNone.\n"
            "2. The committee noted the letter from West Oxfordshire District Council. West Oxfordshire District Council "
            "will be told.\n",
            "Westbury Magna Town Council",
        ),
        # A site's post title "<Place> PC"; a neighbouring parish council is named in the text.
        (
            'title: "Easthope PC - March Meeting"\n\nCouncillors present: Cllr. A. Brown - Chair, Cllr. C. Green & '
            "Present: Jo White - Clerk.\n\nThe letter from Westhope Parish Council was noted. Norfolk County Council "
            "reports were received. Norfolk County Council will repair the road.\n",
            "Easthope PC".replace(" PC", " Parish Council"),
        ),
        # Minutes of a parish council meeting that never name the council: none, not the city around it.
        (
            "Minutes of the Parish Council Meeting held on Monday 08/03/2021, by video conference\n\n"
            "In attendance: Cllr A Brown (Chair) Cllr C Green Mr D White (Clerk/minutes)\n\n"
            "1. Planning: 07/2021/0001 - Mill Farm, Northby, Preston. No objection. Preston City Council to be told.\n"
            "Preston City Council will decide.\n",
            None,
        ),
    ],
)
def test_local_council_minutes_name_their_own_council(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minutes of the Parish Council Meeting held on 3 May 2021\nIn attendance: Mr D White (Clerk)\n", "Parish"),
        ("Minutes of the meeting\nPresent: Cllrs A and B. In attendance: Mrs C (parish clerk)\n", "Parish"),
        # A principal council's committee minutes: no clerk among those present, no local council heading.
        ("Minutes of the Planning Committee held on 3 May 2021\nPresent: Councillors A Brown and C Green\n"
         "Officers: Head of Planning, Democratic Services Officer\nNorthby Parish Council objected.\n", None),
        # A report, not minutes, that mentions a parish clerk.
        ("Report to Cabinet\nThe parish clerk of Northby Parish Council wrote in support.\n", None),
    ],
)
def test_local_minutes_kind(text: str, expected: str | None) -> None:
    assert local_minutes_kind(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the Licensing Sub-Committee held on 3 May 2021\nPresent: Councillors A Brown and C Green\n"
        "Officers: Legal Adviser, Committee Clerk\nNorthby Parish Council objected.\n",
        "Minutes of the Standards Committee held on 3 May 2021\nOfficers present: Jo White, Clerk to the Committee\n",
    ],
)
def test_a_principal_councils_committee_clerk_is_no_local_council_sign(text: str) -> None:
    assert local_minutes_kind(text) is None


def test_a_word_closing_the_sentence_before_the_council_opens_no_name() -> None:
    # "... in Havering.  The Council" is not "Havering. Council": the paper's place, then "the Council".
    text = ("This report before Cabinet considered mental health services in Havering.  The Council has worked "
            "with the Trust for years. The Council will enter into the agreement.\n")
    assert issuing_body(text) != "Havering. Council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The letterhead keeps only "DISTRICT COUNCIL": the one district council named, not the borough host.
        (
            "DISTRICT COUNCIL AGENDA ITEM NO CABINET\n\n3 MAY 2019 8\n\nReport Title SHARED PAYROLL\n"
            "1. To transfer Westby District Council's payroll staff to Northby Borough Council.\n"
            "2. To delegate Westby District Council's payroll function to Northby Borough Council as host.\n"
            "3. Northby Borough Council will report yearly.\n",
            "Westby District Council",
        ),
        # Two district councils named: the tier does not tell which.
        (
            "DISTRICT COUNCIL\n\nCABINET 3 MAY 2019\n\nWestby District Council and Eastby District Council will share "
            "a payroll service. Westby District Council will host it. Eastby District Council agrees.\n",
            None,
        ),
    ],
)
def test_a_tier_letterhead_picks_the_one_council_of_its_tier(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected
