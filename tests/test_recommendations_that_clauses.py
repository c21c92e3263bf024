"""Items below "... that:-" that each decide in a clause of their own, in the present passive (invented text)."""

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
