"""Issuer and meeting rules of session 5, round 2: agenda summons fields, draft minutes confirmed, "A meeting of ...
was held on", issue pages' "Decision due", a capitals heading's body, "Council of the <Place>", NHS areas."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.header import read_meeting
from extractors.issuer import issuing_body

# ---------------------------------------------------------------------------
# Meeting body and date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An agenda summons: the labelled fields run together on one line.
        (
            "To: Councillors A Brown, C Green and D White\n\nDear Member, You are requested to attend a meeting as follows:-\n\n"
            "Committee: PLANNING COMMITTEE Date and Time: Tuesday, 11 June 2019 at 7.00 pm\n\nA G E N D A\n",
            ("Planning Committee", date(2019, 6, 11)),
        ),
        (
            "Meeting: Licensing Panel Date: Monday 2 May 2016 Venue: Committee Room 1\n",
            ("Licensing Panel", date(2016, 5, 2)),
        ),
        # A minutes form: "Meeting Name: ... Meeting Date/Time: ...", flattened onto one line or not.
        (
            "Minutes - Part 1 Meeting Name: NHS Northby CCG Governing Body Meeting Date/Time: Thursday 3rd May 2018 "
            "14:00 - 16:00 Venue: Boardroom\n",
            ("NHS Northby CCG Governing Body", date(2018, 5, 3)),
        ),
        (
            "Meeting Name: Quality Committee\nMeeting Date/Time: 7 June 2019 10:00\n",
            ("Quality Committee", date(2019, 6, 7)),
        ),
    ],
)
def test_summons_fields_on_one_line(text: str, expected: tuple[str, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Committee:" inside a sentence's line is not the summons field.
        "The report went to the Committee: Cabinet Date: 4 May 2019 was agreed for the next stage.\n",
        # No date label after the body.
        "Committee: PLANNING COMMITTEE Venue: Council Chamber\n",
    ],
)
def test_summons_fields_need_their_labels(text: str) -> None:
    assert read_meeting(text, [])[1] is None


@pytest.mark.parametrize(
    "opening",
    [
        "2 Minutes of Previous Meeting (Pages 1 - 8) To confirm as a correct record the draft minutes of the meeting of the "
        "Northby Town Council held on 4 May 2019.\n",
        "3. To approve the unconfirmed minutes of the meeting of the Audit Committee held on 4 May 2019.\n",
    ],
)
def test_draft_minutes_to_confirm_name_the_last_meeting(opening: str) -> None:
    summons = "Committee: FULL COUNCIL Date and Time: Thursday, 20 June 2019 at 9.30 am\n\n"
    assert read_meeting(opening, [])[1] is None
    assert read_meeting(summons + opening, []) == ("Full Council", date(2019, 6, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northby Health and Wellbeing Board\nA meeting of Northby Health and Wellbeing Board was held on Monday 3 May 2010.\n"
            "Present: Councillor A Brown (Chair)\n",
            ("Northby Health and Wellbeing Board", date(2010, 5, 3)),
        ),
        (
            "A special meeting of the Licensing Committee was held at the Town Hall, Northby on Tuesday, 9 March 2021.\n",
            ("Licensing Committee", date(2021, 3, 9)),
        ),
        (
            "The meeting of the Westby Area Forum was held on 12 July 2017 at 6pm.\n",
            ("Westby Area Forum", date(2017, 7, 12)),
        ),
    ],
)
def test_meeting_was_held_sentence(text: str, expected: tuple[str, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not a meeting body.
        "A meeting of residents was held on Monday 3 May 2010 to discuss the scheme.\n",
        # Mid-sentence, not the paper's opening.
        "Members noted that a meeting of the Licensing Committee was held on 9 March 2021.\n",
    ],
)
def test_meeting_was_held_needs_a_body_opening_its_line(text: str) -> None:
    assert read_meeting(text, [])[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Issue details\n\nLibrary opening hours\n\nDecision type: Key\n\nDecision status: Approved\n\n"
            "Decision due: 14 Mar 2019 by Cabinet\n\nLead member: Cabinet Member for Communities\n",
            ("Cabinet", date(2019, 3, 14)),
        ),
        ("Issue details\n\nDecision due: 3 October 2016 by Executive Board.\n", ("Executive Board", date(2016, 10, 3))),
    ],
)
def test_issue_page_decision_due(text: str, expected: tuple[str, date]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A portfolio holder's decision: a person, not a meeting.
        "Issue details\n\nDecision due: 14 Mar 2019 by Cabinet Member for Housing\n",
        # A month, not a day.
        "Issue details\n\nDecision due: March 2019 by Cabinet\n",
        # No deciding body named.
        "Issue details\n\nDecision due: 14 Mar 2019\n",
    ],
)
def test_decision_due_needs_a_day_and_a_body(text: str) -> None:
    assert read_meeting(text, []) == (None, None)


# ---------------------------------------------------------------------------
# Issuing body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitals heading running on into the meeting's day and venue (known to the table, or not).
        (
            "NHS SHEFFIELD CLINICAL COMMISSIONING GROUP GOVERNING BODY. THURSDAY 6 MARCH 2014 AT 2PM BOARDROOM (tea from 1.30pm)"
            "\n\nAgenda\n",
            "NHS Sheffield Clinical Commissioning Group",
        ),
        (
            "NHS NORTHBY CLINICAL COMMISSIONING GROUP GOVERNING BODY MEETING IN PUBLIC ON TUESDAY 4 MAY 2010 AT 2PM IN THE "
            "BOARDROOM\n\nAgenda\n",
            "NHS Northby Clinical Commissioning Group",
        ),
        # The island council's name has no place before "Council".
        (
            "Dear Member, You are requested to attend a meeting of the Council.\n\nTo confirm as a correct record the minutes of "
            "the meeting of the Council of the Isles of Scilly held on 5 May 2019.\nCouncillors are asked to note the report.\n",
            "Council of the Isles of Scilly",
        ),
    ],
)
def test_issuer_from_heading_or_own_name(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A sentence, not a capitals heading, opening with a body's name.
        "Sheffield City Council and NHS Sheffield Clinical Commissioning Group have agreed to extend the pooled budget "
        "for a further year, subject to approval.\n",
        # "Council of the <words>" the table does not know is no council.
        "Meeting of the Council of the Northby Ridings Trust, held in the Village Hall.\n",
    ],
)
def test_no_issuer_from_a_sentence_or_unknown_council_of(text: str) -> None:
    assert issuing_body(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The partner area written inside an NHS trust's name is the trust's area: the council's own place decides.
        (
            "Cabinet\n\nCouncillor Jones thanked officers. The council works closely with Herefordshire and Worcestershire "
            "Health and Care NHS Trust on community services for residents of Herefordshire.\n",
            "Herefordshire Council",
        ),
        (
            "Cabinet agreed proposals from the Director for Councillors to work with Oxford Health NHS Foundation Trust on "
            "the transfer of social work staff in Sheffield.\n",
            "Sheffield City Council",
        ),
        # The only place is the trust's: no council implied.
        (
            "Cabinet agreed proposals from the Director for Councillors to work with Oxford Health NHS Foundation Trust on "
            "the transfer of social work staff.\n",
            None,
        ),
    ],
)
def test_places_inside_nhs_names_imply_no_council(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


SEEDS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("0*.txt")), ids=lambda p: p.name[:12])
def test_seed_headers_keep_a_meeting_date_or_none(path: Path) -> None:
    """The new fallbacks never give a seed a meeting date that is not written in its text."""
    text = path.read_text(encoding="utf-8")
    when = read_meeting(text, [])[1]
    assert when is None or str(when.day) in text
