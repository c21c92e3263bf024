"""Issuer guesses that named the wrong body: a street named after a town ("Cambridge Gardens"), a kind of body whose
place a heading cut off ("Governing Body Meeting of East Clinical Commissioning Group"), a cover sheet's "Title"."""

from __future__ import annotations

from extractors.issuer import issuing_body

DECISION_PAGE = """Decision details

Direct award for interim contracts for accommodation based services

Decision Maker: Cabinet Member for Adult Social Care

Decision status: Recommendations Approved

The Cabinet Member has:

1.      Approved the direct award of contracts for the services below:

i)          Elmfield Way - Yarrow

ii)         Cambridge Gardens - London Cyrenians

2.     Approve a waiver of the Procurement Code.

The Council has a statutory duty under the Care Act 2014.
"""


def test_a_street_named_after_a_town_is_not_the_council_s_area() -> None:
    assert issuing_body(DECISION_PAGE) is None


def test_the_town_itself_still_implies_its_council() -> None:
    assert issuing_body(DECISION_PAGE.replace("The Council has a statutory duty",
                                              "The Council has a statutory duty in Cambridge")) == "Cambridge City Council"


def test_a_commissioning_group_whose_place_the_heading_cut_off_is_not_the_issuer() -> None:
    agenda = ("Governing Body Meeting of East Clinical Commissioning Group (CCG)\n"
              "Held in Public on Thursday, 23 January 2020 at 1.30 pm\n"
              "Venue:\nThe Golf Hotel The Broadway\n"
              "Lincolnshire East Clinical Commissioning Group (CCG) will meet on Thursday, 23 January 2020.\n")
    assert issuing_body(agenda) not in {"Governing Body Meeting of East Clinical Commissioning Group",
                                        "East Clinical Commissioning Group"}


def test_a_cover_sheet_s_title_field_makes_no_trust() -> None:
    sheet = ("Trust Board Meeting: Wednesday 10 July 2013 TB2013.86 Title Foundation Trust Update Status For approval "
             "History Regular updates to the Board. Recommendations The Trust Board is asked to: approve the plan. "
             "The Trust's application for authorisation as an NHS Foundation Trust is under way.\n")
    assert issuing_body(sheet) != "Foundation Trust"
