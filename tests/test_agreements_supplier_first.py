"""Who a contract or grant is with, named where the rules did not look: a supplier named before its contract ('Award
to the supplier known as X, ..., a contract for ...'), in apposition ('with the current provider, X'), by plain words
after 'a contract in place with', a local Citizens Advice spelled with an apostrophe, and the department that
announced a fund the council receives (invented sentences)."""

from __future__ import annotations

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in
from organisation_helpers import texts

DECISION = ("Decision:\n\nThe Cabinet Member decided to delegate authority to the Director of Public Health to:\n\n"
            "1.    Award to the supplier known as Qualmind, without further competition (i.e. direct award), a "
            "contract for the provision of an online counselling service for adults. Such contract shall continue "
            "for an initial period of 9 months.\n")


def test_an_award_naming_its_supplier_first_is_a_contract_with_that_supplier() -> None:
    found = agreements_in(DECISION, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL]) for a in found] == [
        ("contract", "award", ["Qualmind"])]
    assert found[0].subject == "contract for the provision of an online counselling service for adults"


def test_such_never_names_a_contract() -> None:
    assert all(a.subject != "Such" for a in agreements_in(DECISION, COUNCIL_HEADER))


def test_the_supplier_known_as_names_a_party() -> None:
    assert "Qualmind" in texts(DECISION)


def test_a_local_citizens_advice_spelled_with_an_apostrophe_is_found() -> None:
    assert "Citizen’s Advice Colchester" in texts("The Cabinet awards Citizen’s Advice Colchester direct grant funding.")


def _grant_parties(paragraph: str) -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role.value) for p in a.parties] for a in agreements_in(paragraph, COUNCIL_HEADER)
            if a.kind.value == "grant"]


def test_the_department_that_announced_a_fund_gives_the_grant_the_council_receives() -> None:
    paragraph = ("The Department of Health and Social Care announced the Infection Control Fund in May.\n\n"
                 "Recommendations\n\n1. That the Cabinet accepts the Infection Control Fund grant of £2,500,000.\n")
    assert _grant_parties(paragraph) == [[(COUNCIL, "recipient"), ("Department of Health and Social Care", "grantor")]]


def test_two_departments_named_about_funding_leave_the_grantor_unnamed() -> None:
    paragraph = ("The Department of Health and Social Care and the Department for Education announced new funding in "
                 "May.\n\nRecommendations\n\n1. That the Cabinet accepts the Infection Control Fund grant of "
                 "£2,500,000.\n")
    assert _grant_parties(paragraph) == [[(COUNCIL, "recipient")]]


def test_a_contract_with_the_current_provider_named_in_apposition_has_that_party() -> None:
    paragraph = ("Recommendations\n\n1. Agree to the extension of the existing contract with the current provider, "
                 "Qualmind, for the provision of telecare services until 31 August 2023.\n")
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL]) for a in found] == [
        ("contract", "extend", ["Qualmind"])]


def test_the_provider_a_contract_is_put_in_place_with_is_its_party_though_named_by_plain_words() -> None:
    paragraph = ("Decision:\n\nThat an exemption to tender the contract be agreed to put a contract in place with "
                 "Hearing Help from 1st April 2017 to 31st March 2018.\n")
    assert "Hearing Help" in texts(paragraph)
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [[p.name for p in a.parties if p.name != COUNCIL] for a in found] == [["Hearing Help"]]
