"""Bodies named after a council's area (Healthwatch, councils for voluntary service), councils' formal names,
health innovation networks, and names a heading cuts short."""

from __future__ import annotations

from organisation_helpers import extract, texts

from extractors.issuer import issuing_body


def test_a_local_healthwatch_takes_its_whole_area() -> None:
    found = texts("Members: Healthwatch North Yorkshire [1], Healthwatch Bradford and District and "
                  "Healthwatch Brighton and Hove.")
    assert {"Healthwatch North Yorkshire", "Healthwatch Bradford and District", "Healthwatch Brighton and Hove"} <= found
    assert "Healthwatch North" not in found and "Healthwatch Bradford" not in found


def test_a_healthwatch_report_s_title_word_is_still_not_part_of_the_name() -> None:
    assert texts("The Healthwatch Kent Annual Report was received.") >= {"Healthwatch Kent"}
    assert "Healthwatch Kent Annual" not in texts("The Healthwatch Kent Annual Report was received.")


def test_healthwatch_before_a_plural_noun_is_a_kind_of_body() -> None:
    found = texts("All of the Councils, the ICB, Healthcare Providers and Healthwatch organisations take part.")
    assert "Healthwatch" not in found


def test_community_and_voluntary_action_are_named_after_their_area() -> None:
    found = texts("Healthwatch Bradford and District is managed by Community Action Bradford and District. "
                  "Voluntary Action Leeds said so.")
    assert {"Community Action Bradford and District", "Voluntary Action Leeds"} <= found
    assert "Community Action" not in " ".join(texts("The Community Action Plan was agreed."))


def test_a_council_s_formal_name_is_one_council_resolved_by_its_place() -> None:
    found = {m.text: (m.name, m.canonical_id) for m in extract(
        "Parties: The Council of the City of Wakefield and the Council of the City of Northby.")}
    assert found["Council of the City of Wakefield"] == ("Wakefield Council", "E08000036")
    assert found["Council of the City of Northby"] == ("Council of the City of Northby", None)  # unknown: kept as written


def test_health_innovation_networks_old_and_new_names_resolve() -> None:
    by_text = {m.text: m.name for m in extract(
        "Partners include the Yorkshire and Humber Health Innovation Network and the Wessex AHSN.")}
    assert by_text["Yorkshire and Humber Health Innovation Network"] == "Health Innovation Yorkshire & Humber"
    assert by_text["Wessex AHSN"] == "Health Innovation Wessex"


def test_a_name_a_heading_cuts_short_takes_the_name_written_in_full_below() -> None:
    text = ("Northby Association of Acute Trusts Committee in Common\n\n"
            "The acute trusts have come together as the Northby Association of Acute Trusts (NAAT).\n")
    found = texts(text)
    assert "Northby Association" not in found
    assert "Northby Association of Acute Trusts" in found


def test_a_council_for_voluntary_service_is_a_charity_not_the_area_s_council() -> None:
    found = texts("Grants went to Leeds Council for Voluntary Service and the Hunts Forum of Voluntary Organisations.")
    assert {"Leeds Council for Voluntary Service", "Hunts Forum of Voluntary Organisations"} <= found
    assert "Leeds City Council" not in found and "Leeds Council" not in found


def test_a_council_for_voluntary_service_never_issues_the_paper() -> None:
    notice = ("Decision notice\nGrant to Leeds Council for Voluntary Service\nLeeds Council for Voluntary Service will "
              "deliver the programme. Leeds Council for Voluntary Service reports quarterly.\n")
    assert issuing_body(notice) is None


def test_a_local_healthwatch_may_be_written_area_first() -> None:
    assert "Halton Healthwatch" in texts("The authority had contracts in place with MIND, Halton Carers Centre and Halton Healthwatch.")
