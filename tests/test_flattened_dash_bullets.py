"""Recommendations a flattened report writes as en-dash bullets after its "RECOMMENDATION:" field (invented text)."""

from __future__ import annotations

from test_recommendations import texts

_RULE = "_" * 40


def _flattened(recommendation: str) -> str:
    """A whole report on one line, as PDF-to-web copies write it, with `recommendation` as its field."""
    return (f"Part One ITEM NO. B2 {_RULE} REPORT OF Lead Member for Adult Services {_RULE} TO Cabinet ON 4 May 2021 "
            f"{_RULE} TITLE: Partnership Agreements {_RULE} RECOMMENDATION: {recommendation} {_RULE} "
            "EXECUTIVE SUMMARY: 1.1 The council and the trust have worked together on these services since 2009 and "
            "the agreements set out how the money is pooled. 1.2 The agreements were reviewed this year.\n")


def test_en_dash_bullets_after_the_field_s_lead_in_are_its_recommendations() -> None:
    report = _flattened("To consider the recommendations below: – Cabinet approve the new Section 75 agreement with "
                        "Northby Healthcare NHS Trust – Cabinet approve the revised pooled fund agreement with the "
                        "integrated care board for equipment services.")
    assert texts(report) == [
        "Cabinet approve the new Section 75 agreement with Northby Healthcare NHS Trust",
        "Cabinet approve the revised pooled fund agreement with the integrated care board for equipment services",
    ]


def test_the_last_dash_bullet_ends_at_the_rule_under_the_field() -> None:
    report = _flattened("– Approve the new agreement with the trust – Note the saving of £40,000 a year")
    assert texts(report) == ["Approve the new agreement with the trust", "Note the saving of £40,000 a year"]


def test_a_dash_before_lower_case_words_stays_inside_its_item() -> None:
    report = _flattened("– Cabinet approve the plan – as revised in May – for adult services – Cabinet note the savings.")
    assert texts(report) == ["Cabinet approve the plan – as revised in May – for adult services",
                             "Cabinet note the savings"]
