"""Items below "... that:-" or "... as follows:": clauses deciding on their own, or parts completing one decision
(invented text)."""

from __future__ import annotations

from test_recommendations import texts

_NOTICE = ("Decision details\n\nDecision status: Recommendations Approved\n\nTHE DECISION:\n"
           "That Cabinet approves and recommends to Council that:-\n{items}\n"
           "Reason Key: Expenditure > £50,000;\nWards Affected: All Wards;\n")


def test_present_passive_clauses_below_that_are_decisions_of_their_own() -> None:
    items = ("(1) the former Northby Hospital is transferred to the Northby Hospice for nil consideration;\n"
             "(2) a contribution of £90,000 is given to the hospice from the One-Off Fund; and\n"
             "(3) suitable covenants are placed in the transfer documents.\n")
    assert texts(_NOTICE.format(items=items)) == [
        "the former Northby Hospital is transferred to the Northby Hospice for nil consideration",
        "a contribution of £90,000 is given to the hospice from the One-Off Fund",
        "suitable covenants are placed in the transfer documents",
    ]


def test_noun_phrases_below_that_still_complete_one_decision() -> None:
    items = "(1) the former Northby Hospital;\n(2) the land to its east.\n"
    found = texts(_NOTICE.format(items=items))
    assert len(found) == 1 and found[0].startswith("That Cabinet approves and recommends to Council that:-")


def test_amounts_below_as_follows_complete_one_decision() -> None:
    minutes = ("Minutes:\n\nResolved to approve\n\n"
               "(1)  receipt of funding to deliver the programme from 01/04/2025 to 31/03/2026 as follows:\n\n"
               "(a)  up to a total of £993,265 from the transition fund;\n\n"
               "(b)  up to a total of £120,000 from the integrated care board.\n\n"
               "(2)  the spending plan set out in the report.\n\nReasons for decision\n\nThe funding ends in March.\n")
    found = texts(minutes)
    assert len(found) == 2
    assert found[0].startswith("receipt of funding to deliver the programme from 01/04/2025 to 31/03/2026 as follows:")
    assert "£993,265 from the transition fund" in found[0] and "£120,000 from the integrated care board" in found[0]
    assert found[1] == "the spending plan set out in the report"
