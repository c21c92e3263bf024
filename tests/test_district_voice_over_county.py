"""A district's or borough's paper that names its county only as a co-funder is not the county's: its own initials
("CBC") outnumber the county's, or it writes of the county's "districts and boroughs" as a class. And the
government department a grant comes from keeps its own name before what it funds, and a body's name does not open
with the people it serves ("Adults and Sandwell Children's Trust")."""

from __future__ import annotations

from organisation_helpers import texts as organisation_texts

from extractors.issuer import issuing_body


def test_a_boroughs_initials_outnumbering_the_countys_make_the_county_a_partner() -> None:
    text = ("Decision details\nTo enter into a contract for the Rough Sleeper Outreach Service\n"
            "Decision Maker: Cabinet Member Housing\nDecision:\nJulian House will deliver this service.\n"
            "The funding for the service is jointly commissioned among district authorities across the county, "
            "Gloucestershire County Council, the NHS Integrated Care Board and the Police & Crime Commission.\n"
            "Reasons for the decision:\nTo enable the Council to jointly enter into a county contract.\n"
            "For 2024/25, MHCLG has allocated CBC homelessness prevention grant funding of £402,080.\n"
            "For years 2 and 3 CBC will contribute £44,913.41 and £45,811.68.\n")
    assert issuing_body(text) is None


def test_a_county_writing_its_own_initials_more_stays_the_issuer() -> None:
    text = ("Kent County Council\nCapital Investment by Directorate\n"
            "KCC will fund the scheme. KCC and FHDC will share the costs. The KCC budget covers the works.\n"
            "FHDC will contribute land. KCC officers lead the project for the Council.\n")
    assert issuing_body(text) == "Kent County Council"


def test_districts_and_boroughs_as_a_class_imply_no_council_from_the_county_place() -> None:
    text = ("Agenda item\nContain Outbreak Management Fund\nDecision:\nThe Executive RESOLVED that the funding be "
            "noted.\nMinutes:\nThe total funding for Surrey was calculated per head, with districts and boroughs "
            "allocated 37.5% of the county funding. This Council had successfully bid for the fund, and the Portfolio "
            "Holder noted the Council's entitlement.\n")
    assert issuing_body(text) is None


def test_a_department_named_before_what_it_funds_keeps_its_own_name() -> None:
    text = "1. To accept the grant of £2m from the Department of Health and Social Care for the Workforce Capacity Fund.\n"
    assert organisation_texts(text) == {"Department of Health and Social Care"}


def test_people_served_before_and_are_no_part_of_a_bodys_name() -> None:
    assert organisation_texts("The services required by Adults and Sandwell Children’s Trust.\n") == {
        "Sandwell Children’s Trust"}
    assert organisation_texts("A grant to the Carers and Families Trust.\n") == {"Carers and Families Trust"}
