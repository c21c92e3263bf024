"""Bodies as running text writes them: a lower-case plural head or suffix, and statutes that are no body."""

from __future__ import annotations

from organisation_helpers import extract, texts


def test_councils_under_a_lower_case_head_are_each_a_council() -> None:
    found = {m.text: m.canonical_id for m in extract(
        "To enter into a Collaboration Agreement between Cherwell District and South Northamptonshire councils.")}
    assert found == {"Cherwell District": "E07000177", "South Northamptonshire": "E07000155"}


def test_a_lower_case_head_over_places_that_are_no_councils_reads_nothing() -> None:
    assert texts("Residents of Northby and Eastvale councils' areas were consulted.") == set()


def test_a_ccg_named_with_a_lower_case_suffix_is_that_ccg() -> None:
    found = {m.text: m.name for m in extract(
        "a section 75 agreement between the council and Herefordshire clinical commissioning group (HCCG).")}
    assert found["Herefordshire clinical commissioning group"] == "NHS Herefordshire Clinical Commissioning Group"


def test_the_clinical_commissioning_group_alone_is_no_name() -> None:
    assert texts("The clinical commissioning group agreed the plan.") == set()


def test_a_statute_after_a_provider_cue_is_no_body() -> None:
    assert texts("authority to enter into the Agreement based on the provisions provided by the Local Government "
                 "Act 1972 and the Localism Act 2011.") == set()


def test_one_word_cut_short_before_for_is_no_body() -> None:
    # "Ministry for Housing, ..." (a ministry misnamed with "for"): "Ministry" alone is no body.
    assert "Ministry" not in texts("to enter into a funding agreement with Ministry for Housing, Communities and "
                                   "Local Government (ESIF) and BEIS (Growth hub funding).")
    assert "Acme Care" in texts("a contract with Acme Care for the Provision of Home Care.")
