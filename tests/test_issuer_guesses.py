"""The issuer is left unknown rather than guessed from a body the paper only mentions: a department's name run into
the council's ("Member Services City Council") names no council, and a town or parish council named in a principal
council's minutes is a partner, not the issuer (local councils' own papers are recognised by how they open)."""

from __future__ import annotations

import pytest

from extractors.issuer import council_places_named, email_bodies, issuing_body


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


def test_a_council_named_as_a_recipient_is_not_the_issuer_when_officers_write_from_another_domain() -> None:
    # A combined authority's decision notice: the council it names is paid; its officer writes from the CA's domain.
    notice = ("Issue details\n\nVictim services - in-year uplift\n\nThe fund was oversubscribed and it has been agreed "
              "to fund an additional £40,000 of requests.\n\n£5,000 will be provided to Wirral Council for the "
              "commissioning of the advocacy service, jointly funded by the LCRCA and Wirral Council.\n\n"
              "Decision status: Recommendations Approved\n\nDecision due: 16 Dec 2022 by Treasurer LCRCA\n\n"
              "Contact: Jo Smith Email: jo.smith@liverpoolcityregion-ca.gov.uk.\n")
    assert issuing_body(notice) == "Liverpool City Region Combined Authority"


def test_a_motion_about_another_councils_ruling_names_no_issuer() -> None:
    minute = ("Agenda item\n\nTo consider Motions submitted under procedure Rule 14.\n\nMinutes:\n\n"
              "It was moved by Councillor Stokes, seconded by Councillor Haines,\n\n"
              "\u201cThis Council resolves to: prepare a report outlining the implications for Reading of the High "
              "Court ruling that the cuts Leeds City Council was implementing to social care were illegal\u201d.\n\n"
              "The motion was put and lost. Resolved - That the motion be rejected. A further motion required the "
              "Council to fly the flag at the Town Hall.\n")
    assert issuing_body(minute) is None
    # The council's own area written too ("Leeds residents"): the council named once is the paper's own.
    own = minute.replace("implications for Reading of", "implications for Leeds residents of")
    assert issuing_body(own) == "Leeds City Council"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("jo.smith@eastsussex.gov.uk", ("East Sussex County Council",)),  # a place written without its space
        ("jo.smith@greatermanchester-ca.gov.uk", ("Greater Manchester Combined Authority",)),
        ("jo.smith@wmca.gov.uk", ("West Midlands Combined Authority",)),  # the authority's own initials
        ("jo.smith@nowhere-in-particular.gov.uk", ()),
    ],
)
def test_an_officers_email_domain_names_its_body(address: str, expected: tuple[str, ...]) -> None:
    assert tuple(b.name for b in email_bodies(f"Contact: Jo Smith, {address}\n")) == expected


def test_partner_councils_of_a_shared_service_never_issue_the_paper() -> None:
    # Another council's decision: the councils it waits on and the ones functions move between are its partners.
    decision = ("Issue - decisions\nExtension of governance arrangements for the Shared Service\n"
                "RESOLVED THAT\nSubject to Cotswold District Council, Forest of Dean District Council and West "
                "Oxfordshire District Council agreeing to similar resolutions, the following be approved :\n"
                "(i) the existing delegated arrangements with Cotswold District Council be extended until 2020;\n"
                "(ii) responsibility for the helpdesk be delegated from Forest of Dean District Council (as the current "
                "Host authority for all partner councils) to Cotswold District Council.\n")
    assert issuing_body(decision) is None


def test_a_council_a_framework_is_procured_jointly_with_and_led_by_is_a_partner() -> None:
    minute = ("RESOLVED: That the Committee grants delegated authority to the Executive Director to:\n(1) take all "
              "necessary steps to procure and award a framework agreement jointly with East Sussex County Council "
              "(ESCC), but led by ESCC, for the provision of foster care placements for four years.\n")
    assert issuing_body(minute) is None


@pytest.mark.parametrize(
    ("deciders", "expected"),
    [
        ("Decision Maker: St Edmundsbury Cabinet\n", "St Edmundsbury Borough Council"),
        ("Decided at meeting: 24/05/2016 - Leeds Executive Board (Item 12)\n", "Leeds City Council"),
        ("Decision Maker: Cabinet\n", None),  # no place: the page says nothing of whose cabinet
    ],
)
def test_a_decision_maker_line_naming_a_place_s_executive_names_its_council(deciders: str, expected: str | None) -> None:
    page = ("Decision details\n\nClubhouse loan\n\n" + deciders + "Decision status: Recommendations Approved\n\n"
            "Decision:\n\nThat the loan of £25,000 to the football club be approved in accordance with the Council's "
            "loans policy.\n")
    assert issuing_body(page) == expected


def test_the_town_on_a_meeting_s_venue_line_is_not_its_council_s_unless_the_venue_is_a_council_building() -> None:
    page = ("Agenda and draft minutes\n\nHealth and Wellbeing OSC - Wednesday, 18th August, 2021 1.00 pm\n\n"
            "Venue: Cheviot Suite, Holiday Inn, Seaton Burn, Newcastle upon Tyne, NE13 6B\n\n"
            "Minutes:\nThe Chair welcomed everyone to the meeting to consider the call in of the Council's decision.\n")
    assert issuing_body(page) is None
    assert council_places_named(page) == set()
    # a council's own building on the venue line is its place
    assert council_places_named(page.replace("Cheviot Suite, Holiday Inn, Seaton Burn, Newcastle upon Tyne",
                                             "Committee Room 6, Newcastle Civic Centre, Barras Bridge")) == {
        "Newcastle"}
    # the same town written in the minutes themselves is still a place the paper names
    assert council_places_named(page.replace("decision.", "decision on care services across Newcastle.")) == {
        "Newcastle"}


def test_a_council_the_paper_s_function_is_delegated_to_is_its_partner() -> None:
    page = ("Issue - meetings\n\nProposals for a Building Control shared service\n\n"
            "To receive the report seeking approval to form a Shared Building Control Service between Gloucester "
            "City Council and Stroud District Council.\n\nDecision:\n\nRESOLVED:\n\n"
            "1. That the shared service be approved from 1 April 2015 or such other date as is agreed between "
            "Gloucester City Council and Stroud District Council.\n\n"
            "2. That the Council's Building Control Function be delegated to Stroud District Council.\n\n"
            "3. That an agreement be entered into with Stroud District Council.\n\n"
            "4. That the transfer of staff to Stroud District Council as Host Authority be approved.\n")
    assert issuing_body(page) == "Gloucester City Council"


def test_an_nhs_body_s_board_meeting_heading_makes_the_paper_its_own() -> None:
    paper = ("Board Meeting. Date of Meeting: 28 September 2017 Paper No: 17/65\n\n"
             "1 Oxfordshire Clinical Commissioning Group Board Meeting Date of Meeting: 28 September 2017 Title of "
             "Paper: s75 agreement. The plan is to agree this in both OCC Cabinet and OCCG Board in September.\n")
    assert issuing_body(paper) == "NHS Oxfordshire Clinical Commissioning Group"
    # a council's paper naming the CCG's board meeting further on is still the council's to judge
    assert issuing_body("Report to Cabinet\n\nOxfordshire County Council\n\n" + "The report was discussed. " * 20
                        + paper) == "Oxfordshire County Council"
