"""Organisations, session 5: national finance bodies, authorities named with "&", a capital "The" opening
a body's name, possessive names, "Benevolent Fund" charities, a brand's "Your" and boroughs without "of"."""

from __future__ import annotations

import pytest

from organisation_helpers import extract as _extract
from organisation_helpers import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bank of England held Bank Rate at 5%.", "Bank of England"),
        ("Forecasts are based on OBR figures published in March.", "Office for Budget Responsibility"),
        ("Deposits were placed with the DMO for one month.", "Debt Management Office"),
        ("Guidance from the European Commission was awaited.", "European Commission"),
        ("Rates in the euro area fell after the ECB met in June.", "European Central Bank"),
        ("Markets expect the Fed to cut rates again.", "Federal Reserve"),
        ("The Council's treasury advisor, Link Group, provided the forecast.", "Link Group"),
        ("Our colleagues at Capital Economics expect slower growth.", "Capital Economics"),
    ],
)
def test_national_finance_bodies_are_known(text: str, expected: str) -> None:
    assert expected in {m.name for m in _extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Fed up with delays, residents wrote to the Council.",
        "Link Road improvements were approved.",
    ],
)
def test_finance_body_words_in_other_senses_name_no_body(text: str) -> None:
    names = {m.name for m in _extract(text)}
    assert "Federal Reserve" not in names and "Link Group" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members thanked Northby & Southby Fire & Rescue Authority for its work.",
         "Northby & Southby Fire & Rescue Authority"),
        ("A report from the Westshire Fire Authority was noted.", "Westshire Fire Authority"),
        ("The scheme is funded by the West Northshire Combined Authority.", "West Northshire Combined Authority"),
        ("Collections were made for the Northby Police Benevolent Fund.", "Northby Police Benevolent Fund"),
        ("Support came from NGOs such as The Meadow Trusts and others.", "Meadow Trusts"),
        ("Businesses, including The Harbour Bank, signed the pledge.", "Harbour Bank"),
        ("Groups like The Clean Rivers Coalition backed the motion.", "Clean Rivers Coalition"),
        ("A grant was made to the Northby Tenants’ Association for its hall.", "Northby Tenants’ Association"),
        ("A variation to the Your Choice (Northby) Limited contract was agreed.", "Your Choice (Northby) Limited"),
    ],
)
def test_body_named_by_its_head_word(text: str, expected: str) -> None:
    texts = _texts(text)
    assert expected in texts
    assert not any(t != expected and (expected in t or t in expected) for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "The Fire and Rescue Authority met on Tuesday.",
        "Powers would pass to the Mayoral Combined Authority.",
        "Ring The Food Bank if you need help.",
        "Donations to The Baby Bank rose this year.",
        "The tenants’ association raised the matter.",
        "Item 7: The Housing Association",
        "Your Council Tax bill is enclosed.",
    ],
)
def test_kinds_of_body_name_no_body(text: str) -> None:
    assert _texts(text) == set()


def test_agenda_business_before_a_body_is_not_its_name() -> None:
    texts = _texts("Item 6: Procurement of the Northby Carers Alliance")
    assert not any(t.startswith("Procurement") for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A joint contract with Royal Borough Windsor and Maidenhead was let.", "Royal Borough of Windsor and Maidenhead"),
        ("Officers of London Borough Barnet attended.", "London Borough of Barnet"),
    ],
)
def test_borough_written_without_of(text: str, expected: str) -> None:
    assert expected in {m.name for m in _extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reports from the Audit Committee and Northby & Southby Fire & Rescue\nAuthority were noted.",
         "Northby & Southby Fire & Rescue Authority"),
        ("Supporters include Friends of the Park, The Blue\nSky Coalition and others.", "Blue Sky Coalition"),
    ],
)
def test_name_wrapped_onto_the_next_line(text: str, expected: str) -> None:
    assert expected in {m.name for m in _extract(text)}
    assert not any(m.text.startswith(("Audit", "Committee")) for m in _extract(text))
