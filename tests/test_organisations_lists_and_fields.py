"""Organisation names glued to what stands before them: an acronym and "and" opening a list of two bodies, and a
cover sheet's field name run into its value."""

from __future__ import annotations

from extractors.doctext import Collector, DocText
from extractors.organisations import extract_organisations


def names(text: str) -> list[str]:
    doc = DocText.from_pages("0" * 64, [text])
    return [m.text for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)]


def test_an_acronym_and_and_open_a_list_of_two_bodies() -> None:
    found = names("the terms of a grant agreement between NCC and Northamptonshire Teaching Primary Care Trust "
                  "(PCT) for the s256 grant")
    assert "Northamptonshire Teaching Primary Care Trust" in found
    assert not any(name.startswith("NCC and") for name in found)


def test_a_place_s_words_joined_by_and_stay_one_name() -> None:
    assert "Halton and St Helens Primary Care Trust" in names("funding from Halton and St Helens Primary Care Trust.")


def test_a_cover_sheet_s_field_name_is_no_part_of_a_trust_s_name() -> None:
    found = names("Trust Board Meeting TB2013.86 Title Foundation Trust Update Status For approval. The Northby "
                  "Foundation Trust board met.")
    assert "Title Foundation Trust" not in found
    assert "Northby Foundation Trust" in found


def test_a_department_s_up_in_lower_case_is_still_the_department() -> None:
    doc = DocText.from_pages("0" * 64, ["The Council was awarded £4,259,194 by the Department of Levelling up, Housing "
                                        "and Communities to fund the programme."])
    found = extract_organisations(doc, Collector(doc.document_id), issuing_body=None)
    assert [(m.name, m.text) for m in found] == [("Department for Levelling Up, Housing and Communities",
                                                  "Department of Levelling up, Housing and Communities")]


def test_a_commissioner_s_name_without_nhs_and_with_its_list_commas_is_the_table_s() -> None:
    doc = DocText.from_pages("0" * 64, ["a contract between Buckinghamshire, Oxfordshire, Berkshire West Integrated "
                                        "Care Board and Oxford Health (NHS) Foundation Trust funded by the pool"])
    found = {m.text: m.name for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)}
    assert found == {
        "Buckinghamshire, Oxfordshire, Berkshire West Integrated Care Board":
            "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",
        "Oxford Health (NHS) Foundation Trust": "Oxford Health NHS Foundation Trust",
    }


FORM = """Project

Northby Handyperson Service

Name of Contractor

Northby Community Business t/a Helping Hands

Type of organisation

(to be supplied by Corporate Procurement)

Private Limited Company
"""


def test_a_form_s_name_of_contractor_field_gives_the_whole_name_and_a_team_is_no_body() -> None:
    assert set(names(FORM)) == {"Northby Community Business t/a Helping Hands"}


def test_a_sentence_under_the_field_is_no_name() -> None:
    assert names(FORM.replace("Northby Community Business t/a Helping Hands", "To be confirmed after tender.")) == []


def test_a_council_written_without_its_kind_is_the_one_council_of_that_place() -> None:
    doc = DocText.from_pages("0" * 64, ["The Agreement was approved by Full Council at Chorley Council and by Arun "
                                        "Council; Milton Keynes City Council noted it."])
    found = {m.text: m.name for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)}
    assert found == {"Chorley Council": "Chorley Borough Council", "Arun Council": "Arun District Council",
                     "Milton Keynes City Council": "Milton Keynes Council"}


def test_an_abolished_council_is_not_read_into_its_place_written_short() -> None:
    from extractors.bodies import lookup

    assert lookup("Allerdale Council") is None  # Allerdale Borough Council, abolished in 2023


def test_a_venue_line_run_into_the_next_line_s_the_council_is_no_council() -> None:
    from extractors.bodies import lookup

    assert lookup("Maidstone The Council") is None
    assert lookup("Maidstone Council") is not None


def test_a_local_charity_of_two_areas_keeps_both() -> None:
    assert names("These grants include Voluntary Action Arun & Chichester (VAAC) and others.")[:1] == [
        "Voluntary Action Arun & Chichester"]


def test_a_second_area_opening_a_council_s_name_is_the_council_s() -> None:
    found = names("funding for Voluntary Action Arun and Chichester District Council residents")
    assert "Chichester District Council" in found
    assert "Voluntary Action Arun and Chichester" not in found


def test_trading_as_ends_a_providers_registered_name() -> None:
    found = names("The Northby Advocacy Service, provided by Wrenfield Advocacy T/A Open Voice - contract extension")
    assert "Wrenfield Advocacy" in found
    assert not any(name.startswith("Wrenfield Advocacy T") for name in found)


def test_a_legal_suffix_after_a_known_name_with_commas_is_no_body_of_its_own() -> None:
    # The reference table knows "Change, Grow, Live"; the cue after "contract with" took only the words after its
    # last comma, and "Services Limited" names no body. The whole name is the charity's trading company, a body of
    # its own, written in full (annotating.md: the fullest form as written; two hold-out annotators listed it so).
    found = names("The contract with Change, Grow, Live Services Limited was extended for three years.")
    assert "Services Limited" not in found
    assert "Change, Grow, Live Services Limited" in found
    assert "Acme Services Limited" in names("The contract with Acme Services Limited was extended for three years.")


def test_a_post_or_team_before_a_ccg_s_initials_is_no_part_of_its_name() -> None:
    found = names("Presenter / A Person, Assistant Director of Service Redesign & Transformation CL CCG\n"
                  "Responsible Director / B Person, Managing Director CL CCG\n")
    assert set(found) == {"CL CCG"}
    # a name in capitals keeps its place words: every word there looks like initials
    assert "NORTH DURHAM CCG" in names("NHS DDES CCG AND NORTH DURHAM CCG PRIMARY CARE COMMISSIONING COMMITTEES")


def test_nhs_and_a_ccg_area_not_a_council_s_names_a_primary_care_trust() -> None:
    # "Berkshire West" is no council's area (West Berkshire is), but the table's CCGs name it.
    found = names("To help alleviate the problem NHS Berkshire West provided in-year funding for 20 beds.")
    assert "NHS Berkshire West" in found
    assert not any(name.startswith("NHS Berkshire West") for name in names("NHS Berkshire Westgate Ltd paid."))


def test_nhs_areas_sharing_a_plural_kind_are_no_primary_care_trusts() -> None:
    found = names("Support the recommendation that NHS North Manchester, NHS Central Manchester and NHS South\n"
                  "Manchester CCGs merge with effect from April 2017.")
    assert "NHS North Manchester" not in found


def test_a_national_charity_s_branch_may_name_its_district() -> None:
    found = names("In response to queries regarding Age UK Selby District, it was confirmed that it would help.")
    assert found == ["Age UK Selby District"]
    assert "Age UK Selby District" not in names("Age UK and Selby District Council agreed the grant.")
