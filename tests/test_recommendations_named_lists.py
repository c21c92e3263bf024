"""A decision over a list that only names what it decided on (providers, sites): the decision is one item, the
names are not decisions of their own (invented text)."""

from __future__ import annotations

from test_recommendations import texts

_PAGE_HEAD = ("Decision details\n\nExtension to the Home Care Framework - DEC24/07\n\n"
              "Decision Maker: Cabinet Member for Adult Social Care\n\n"
              "Decision status: Recommendations Approved\n\nIs Key decision?: Yes\n\nPurpose:\n\n")
_PROVIDERS = "\n\n (a) Northby Care Ltd;\n\n (b) Eastfield Home Support Limited;\n\n (c) Riverside Carers CIC\n\n"
_APPROVED = ("Approved expenditure for the continued use of the providers on the home care framework, which expires on "
             "31 March 2025. The current providers until 30 September 2025:")


def test_a_decision_page_paragraph_over_named_providers_is_the_one_decision() -> None:
    page = (_PAGE_HEAD + "The Cabinet Member:\n\n" + _APPROVED + _PROVIDERS
            + "Reasons for the decision:\n\nThe framework ends before the new one starts.\n")
    assert texts(page) == [_APPROVED]


def test_a_report_recommendation_over_named_providers_keeps_no_name_as_an_item() -> None:
    report = ("Report to Cabinet\n\nRecommendations\n\n1. Approve the extension of the home care framework to "
              "30 September 2025. The providers on the framework are:\n\n (a) Northby Care Ltd;\n\n"
              " (b) Eastfield Home Support Limited\n\n2. Note the cost of £1.2 million.\n\nBackground\n\n"
              "The framework was let in 2021.\n")
    found = texts(report)
    assert "Northby Care Ltd" not in found and "Eastfield Home Support Limited" not in found
    assert found[-1] == "Note the cost of £1.2 million"


def test_a_list_of_requests_under_a_deciding_parent_stays_items() -> None:
    report = ("Report to Cabinet\n\nRecommendations\n\n1. Approve the extension of the home care framework to "
              "30 September 2025, and:\n\n (a) delegate authority to the Director to agree terms;\n\n"
              " (b) note the cost of £1.2 million\n\nBackground\n\nThe framework was let in 2021.\n")
    found = texts(report)
    assert "delegate authority to the Director to agree terms" in found
    assert "note the cost of £1.2 million" in found
