"""The issuer is left unknown rather than guessed from a body the paper only mentions: a department's name run into
the council's ("Member Services City Council") names no council, and a town or parish council named in a principal
council's minutes is a partner, not the issuer (local councils' own papers are recognised by how they open)."""

from __future__ import annotations

import pytest

from extractors.issuer import issuing_body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a footer line naming the clerks' department before "City Council": no body called "Services City Council"
        (
            "Minutes of a meeting of the City Council held on Thursday, 8 May 2014 at the Civic Centre.\n\n"
            "Prepared by Member Services City Council Thursday, 8 May 2014\n\n"
            "RESOLVED - That the minutes of the last meeting of the City Council be approved.\n",
            None,
        ),
        (
            "Prepared by Democratic Services Northby City Council\n\nCabinet\n\nRESOLVED that the report be noted.\n"
            "Northby City Council will write to residents.\n",
            "Northby City Council",
        ),
        # a principal council's Cabinet minutes naming town councils it consulted
        (
            "Cabinet\nWednesday 6 March 2024\n\nMinutes\n\n12 Community governance review\n"
            "Members noted the responses of Northby Town Council and Southby Town Council. Northby Town Council asked "
            "for a new ward; Northby Town Council also asked for more councillors.\n"
            "RESOLVED that the Council adopts the recommendations.\n",
            None,
        ),
    ],
)
def test_no_issuer_from_a_body_only_mentioned(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


def test_a_town_councils_own_minutes_keep_their_issuer() -> None:
    text = ("MINUTES OF NORTHBY TOWN COUNCIL MEETING HELD AT THE TOWN HALL ON TUESDAY 5 MARCH 2024\n\n"
            "Present: Cllr A Brown (Mayor), Cllr C Green. In attendance: Mrs D White (Town Clerk)\n\n"
            "1. Apologies were received from Cllr E Black.\n")
    assert issuing_body(text) == "Northby Town Council"


def test_minutes_speaking_as_this_parish_council_name_no_county_council() -> None:
    # no clerk listed and no council named: the county council the clerk is to contact is not the issuer
    text = ("Minutes of the meeting held on Tuesday 9th March 2010 at 7.30p.m. in the Village Hall.\n\n"
            "Present: A. Brown - Chairman: Mrs. Green: C. White\n\n"
            "2. Matters Arising: in view of the known feelings of this Parish Council the clerk will write to the Council. "
            "The Suffolk Link newsletter and the Suffolk Matters leaflet were noted. The footpath is overgrown - "
            "clerk to contact the County Council.\n")
    assert issuing_body(text) is None


def test_a_council_s_formal_name_is_not_a_paper_speaking_as_a_council() -> None:
    # An NHS body's paper listing its partners: "The Council of the City of Wakefield" is a name, not "the Council".
    summary = "The Memorandum of Understanding sets out how the partners of Northby work together.\n" * 8
    text = ("Item 10a\nNorthby Health and Care Partnership Board\n15 July 2025\n"
            "Report author: Jo Smith, Head of Governance, NHS Northby Integrated Care Board\n" + summary +
            "The parties are:\nLocal Authorities\nEastvale District Council\nThe Council of the City of Wakefield\n"
            "NHS Commissioners\nNHS Northby Integrated Care Board\n")
    assert issuing_body(text) == "NHS Northby Integrated Care Board"


def test_a_body_named_once_by_a_paper_that_never_calls_itself_by_it_is_no_issuer() -> None:
    minute = ("0248\nThe Assistant Chief Fire Officer provided Members with an update on the property programme.\n"
              "Members agreed for Officers to proceed with the lease of the temporary station.\n"
              "A planning application for the training facility had been submitted to Herefordshire Council on "
              "20 December 2022; this had now been approved.\n")
    assert issuing_body(minute) is None


def test_a_body_named_once_that_the_paper_calls_the_council_is_still_the_issuer() -> None:
    minute = ("Members noted the report. Herefordshire Council will host the service, and the Council will report "
              "back to the committee in March.\n")
    assert issuing_body(minute) == "Herefordshire Council"
