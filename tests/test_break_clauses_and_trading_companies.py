"""A contract ended early by its break clause, a charity's trading company named in full, and a table whose cells end
each line with a border ("Yarrow Housing |") read apart from the prose after it (invented sentences)."""

from __future__ import annotations

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in
from extractors.agreements.sentences import split_sentences
from organisation_helpers import extract


def test_using_a_break_clause_ends_the_contract() -> None:
    paragraph = ("RESOLVED:\n\n1. That Cabinet agrees to utilise the break clauses in the contract with Wessex Support "
                 "Trust for 12 supported living units to bring forward the end date to 30 June 2026.\n")
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL]) for a in found] == [
        ("contract", "terminate", ["Wessex Support Trust"])]


def test_a_charity_s_trading_company_is_a_company_of_its_own() -> None:
    found = {(m.text, m.org_type.value) for m in extract(
        "The contract with Change, Grow, Live Services Limited runs to 2027. Change, Grow, Live (CGL) delivers it.\n")}
    assert ("Change, Grow, Live Services Limited", "company") in found
    assert ("Change, Grow, Live", "charity") in found


def test_a_table_row_ending_in_its_border_is_a_unit_of_its_own() -> None:
    text = "Provider |\nYarrow Homes |\n4 That Cabinet agrees to end the contract with Wessex Support Trust.\n"
    units = [text[s:e].strip() for s, e in split_sentences(text)]
    assert units == ["Provider |", "Yarrow Homes |", "4 That Cabinet agrees to end the contract with Wessex Support Trust."]
