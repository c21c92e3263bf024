"""Organisation names as web pages and flattened agendas write them: a department's "of" for "for", stop words inside
a department's name, a venue's building above a body's name, row numbers glued to words, another body's initials
before a trust's name, an area qualifier before a Healthwatch, "NHS" after a CCG's place, an integrated care
organisation, a compass word cut from its place, and trusts known by their initials."""

from __future__ import annotations

from organisation_helpers import extract, texts


def test_a_department_written_with_of_for_for_is_the_table_s_department() -> None:
    found = extract("Funds came from the Department of Levelling Up Housing and Communities last year.")
    assert [(m.text, m.name) for m in found] == [("Department of Levelling Up Housing and Communities",
                                                  "Department for Levelling Up, Housing and Communities")]


def test_a_venue_s_building_ending_its_line_is_not_part_of_the_next_line_s_body() -> None:
    found = texts("Held on Wednesday 30 May 2007 at 10.30am\nin Meeting Room C, King Square House\n"
                  "Northby PCT to Chair\n")
    assert "Northby PCT" in found
    assert not any("House" in name for name in found)


def test_row_numbers_glued_to_an_agenda_s_words_are_no_trading_names() -> None:
    agenda = ("/ Reference No. / Lead1\n/Apologies for absence\n/ Verbal / Chair2\n/Declaration of interests\n"
              "/ Verbal / All3\n/Questions from members of the public\n/ Verbal / Public7\n")
    assert texts(agenda) == set()
    assert texts("The housing needs study was done by Arc4 and Partners4Change.") == {"Arc4", "Partners4Change"}


def test_another_body_s_initials_before_a_trust_s_name_are_not_part_of_it() -> None:
    found = texts("AWP and Devon Partnership NHS Trust are the only providers of medium secure services.")
    assert "Devon Partnership NHS Trust" in found and "AWP and Devon Partnership NHS Trust" not in found
    assert "Avon and Wiltshire Mental Health Partnership NHS Trust" in texts(
        "Avon and Wiltshire Mental Health Partnership NHS Trust provides the service.")


def test_an_area_qualifier_before_a_healthwatch_is_not_cut_off() -> None:
    assert "Cornwall Healthwatch" not in texts("Comments came from West Cornwall Healthwatch and others.")


def test_a_capitalised_stop_word_mid_sentence_opens_a_company_s_name() -> None:
    found = texts("The contract was extended with Everyone Active (SLM) Ltd for one year.")
    assert "Everyone Active (SLM) Ltd" in found and "Active (SLM) Ltd" not in found
    # a function word is still a sentence's, even capitalised: "with The" opens no company called "The ..."
    assert "Northby Care Ltd" in texts("Following review, This Northby Care Ltd contract ends.")


def test_each_council_of_a_plural_borough_title_is_named() -> None:
    found = extract("Services for the London Boroughs of Hammersmith & Fulham, Camden and Barking and Dagenham.")
    assert [m.name for m in found] == ["London Borough of Hammersmith and Fulham", "London Borough of Camden",
                                       "London Borough of Barking and Dagenham"]


def test_a_document_named_for_universities_is_no_university() -> None:
    found = texts("RESOLVED that the Northby County Civic University Agreement be approved with the University of Exeter.")
    assert found == {"University of Exeter"}


def test_nhs_written_after_a_ccg_s_place_is_part_of_its_name() -> None:
    found = extract("Northby Council and Northby NHS CCG (CCG) have long worked together.")
    assert [(m.text, m.org_type.value) for m in found if m.org_type.value == "ccg"] == [("Northby NHS CCG", "ccg")]
    doncaster = extract("Doncaster Council and Doncaster NHS CCG (CCG) have long worked together.")
    assert "NHS Doncaster Clinical Commissioning Group" in {m.name for m in doncaster}


def test_an_integrated_care_organisation_is_an_nhs_body() -> None:
    found = extract("A Section 75 agreement be established between the Northby Integrated Care Organisation and "
                    "Northby Council.")
    assert [(m.text, m.org_type.value) for m in found if "Integrated" in m.text] == [
        ("Northby Integrated Care Organisation", "nhs_trust")]


def test_a_compass_word_written_once_for_two_places_is_no_body() -> None:
    assert "North" not in texts("To enter into a Section 113 agreement with North and North East Lincolnshire for "
                                "Public Health Services.")


def test_trusts_written_by_their_initials_or_short_names_resolve_to_the_table_s_trust() -> None:
    found = extract("Meetings are attended by officers of CCC and CPFT. The Section 75 Agreement with the Avon and "
                    "Wiltshire Partnership Trust for Mental Health was signed. HDFT runs the health visiting service.")
    assert {m.name for m in found} >= {"Cambridgeshire and Peterborough NHS Foundation Trust",
                                       "Avon and Wiltshire Mental Health Partnership NHS Trust",
                                       "Harrogate and District NHS Foundation Trust"}


def test_kinds_of_provider_named_by_a_cue_are_no_bodies() -> None:
    found = texts("The programme is delivered by Northby Community Health NHS Trust (NCHT), General Practitioners "
                  "(GPs) and Pharmacy.")
    assert "Northby Community Health NHS Trust" in found
    assert not found & {"General Practitioners", "Pharmacy", "GPs"}


def test_a_department_s_name_run_on_into_what_it_issued_keeps_the_department() -> None:
    assert texts("3.1 The Department of Health Circular, HS2001/008 requires services to integrate.") == {
        "Department of Health"}
    assert texts("The Department of Health and Social Care wrote to councils.") == {
        "Department of Health and Social Care"}


def test_a_place_s_lower_case_particles_stay_in_its_council_s_name() -> None:
    found = texts("A lease to Clayton le Woods Parish Council was agreed; Ashby de la Zouch Town Council will pay.")
    assert {"Clayton le Woods Parish Council", "Ashby de la Zouch Town Council"} <= found
    assert "Woods Parish Council" not in found


def test_words_that_only_lead_into_a_table_s_name_are_no_body_of_their_own() -> None:
    found = texts("Funding for Age UK West Sussex was approved.")
    assert "Funding for" not in found and "Age UK West Sussex" in found


def test_a_table_s_name_split_by_a_blank_line_in_double_spaced_web_text_is_one_body() -> None:
    found = extract("(1) the contract be awarded to Lewisham\n\nand Greenwich NHS Trust for a period of 3 years.")
    assert [m.name for m in found] == ["Lewisham and Greenwich NHS Trust"]


def test_a_football_club_s_community_trust_keeps_its_town_and_a_table_body_before_and_is_apart() -> None:
    found = texts("The engagement of YMCA Fylde Coast and Fleetwood Town Community Trust to provide the programme.")
    assert "Fleetwood Town Community Trust" in found
    assert not any(" and " in name for name in found)


def test_a_reference_number_under_initials_and_an_area_committee_are_no_bodies() -> None:
    assert texts("Appendices: Site Plans, Exemption certificate Ref: LGA 803/18, Budget Estimates.") == set()
    assert texts("The service is funded by the Dearne Area Council and the Area Council.") == set()


def test_a_community_trust_written_by_its_service_name_alone_is_the_trust() -> None:
    found = extract("The procurement panel recommended Leeds Community Healthcare as the provider.")
    assert [m.name for m in found] == ["Leeds Community Healthcare NHS Trust"]
    assert texts("Community Health services are provided across the county.") == set()


def test_a_grant_s_name_running_into_the_body_it_is_for_gives_the_body_alone() -> None:
    found = texts("Request for Recurrent Funding from the Public Health Grant for St Barnabas Hospice and the "
                  "Compassionate Northby Programme")
    assert found == {"St Barnabas Hospice"}


def test_a_body_named_for_its_purpose_keeps_its_whole_name() -> None:
    assert texts("The Northby Society for the Blind runs the service.") == {"Northby Society for the Blind"}


def test_a_body_named_as_the_operator_of_a_contract_is_a_body_though_two_plain_words() -> None:
    found = texts("That the financial impact of the pandemic upon Liberty Leisure as the operator of the council’s "
                  "Sports Facilities Contract be noted.")
    assert found == {"Liberty Leisure"}


def test_a_post_a_kind_and_a_title_s_kind_of_body_are_no_organisations() -> None:
    assert texts("The Facilities Manager, in agreement with the Assets & Resources Portfolio Holder, will decide.") == set()
    assert texts("Contributions should be provided by the Responsible Local Authority and the Police.") == set()
    assert texts("Agenda item\nLeisure Trust\n- Meeting of Council, Thursday, 17th April, 2025\n") == set()


def test_a_named_leisure_trust_stays_a_body() -> None:
    assert texts("The centres will be run by Northby Leisure Trust from May.") == {"Northby Leisure Trust"}


def test_a_teaching_trust_named_from_university_keeps_its_first_word() -> None:
    assert texts("In 2024-25 University Hospitals of Northby NHS Trust saw delays.") == {
        "University Hospitals of Northby NHS Trust"}


def test_a_hyphenated_compass_point_finds_the_table_s_body() -> None:
    found = extract("an arrangement between the Council, NHS Bath and North-East Somerset, Swindon and Wiltshire "
                    "Clinical Commissioning Group, with a term of two years")
    assert [m.name for m in found] == ["NHS Bath and North East Somerset, Swindon and Wiltshire Clinical "
                                       "Commissioning Group"]


def test_a_department_s_possessive_is_no_part_of_its_name() -> None:
    assert texts("as a result of the Department of Health’s review of commissioning") == {"Department of Health"}


def test_a_trust_s_name_in_capitals_keeps_its_joining_words_and_kind() -> None:
    found = extract("UNIVERSITY HOSPITALS OF NORTHBY BAY NHS FOUNDATION TRUST\n\nTRUST BOARD MEETING\n")
    assert [(m.text, m.org_type.value) for m in found] == [
        ("UNIVERSITY HOSPITALS OF NORTHBY BAY NHS FOUNDATION TRUST", "nhs_foundation_trust")]


def test_a_council_heading_in_capitals_is_still_no_body() -> None:
    assert texts("LEADER OF THE COUNCIL\n\nReport on the budget.\n") == set()


def test_a_page_s_navigation_word_over_a_council_meetings_heading_is_no_council() -> None:
    assert texts("Skip to main content\nMenu\nCouncil meetings\nThe Mayor approved the contract.\n") == set()


def test_a_council_s_name_wrapped_before_council_is_still_found() -> None:
    assert "Northby Borough Council" in texts("Report to\nNorthby Borough\nCouncil on 3 May\n")
