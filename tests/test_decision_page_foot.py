"""A decision page's labelled decision with neither a "Decision:" heading nor "Reasons for the decision" below it:
the fields the page ends with ("Report author:", "Publication date:") close it (invented text)."""

from __future__ import annotations

from extractors.recommendations.shapes import resolution_opening
from test_recommendations import texts

_PAGE = ("Decision - Leisure Contract Extension\nLeisure Contract Extension\n"
         "Decision Maker: Policy & Resources Committee\nDecision status: Recommendations Approved\n"
         "Is Key decision?: No\nIs subject to call in?: No\n{items}"
         "Report author: A Officer\nPublication date: 14/08/2025\nDate of decision: 14/08/2025\n")


def test_a_labelled_decision_above_the_page_s_closing_fields_is_the_decision() -> None:
    items = ("(1) To note the financial support already given to the operator;\n"
             "(2) To agree to extend the leisure contract by three years until 31 March 2028.\n")
    assert texts(_PAGE.format(items=items)) == [
        "To note the financial support already given to the operator",
        "To agree to extend the leisure contract by three years until 31 March 2028",
    ]


def test_a_resolution_citing_a_numbered_paragraph_is_still_a_resolution() -> None:
    items = ("(1) That the support already given to the operator as outlined in the table in 3.11 of the Part 2 "
             "report be noted;\n(2) That it be agreed to extend the leisure contract by three years.\n")
    assert texts(_PAGE.format(items=items)) == [
        "That the support already given to the operator as outlined in the table in 3.11 of the Part 2 report be "
        "noted",
        "That it be agreed to extend the leisure contract by three years",
    ]


def test_a_list_that_decides_nothing_above_the_closing_fields_is_no_decision() -> None:
    items = "Alternative options considered:\n1. The swimming pool stays closed.\n2. The gym opens later.\n"
    assert texts(_PAGE.format(items=items)) == []


def test_a_decimal_point_in_a_resolution_s_subject_is_no_sentence_end() -> None:
    assert resolution_opening("That the support as outlined in the table in 3.11 of the Part 2 report be noted")
    assert not resolution_opening("That is the plan. The report will be noted")
