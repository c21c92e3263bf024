"""A decision item taking a sum in from named bodies is a grant the issuer receives, its funders the parties;
a receipt from no named body is no agreement (received_funds.py). Invented sentences only."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in

DECISION = COUNCIL_HEADER + "RESOLVED:\n\n"


def _grants(paragraph: str) -> list[tuple[str, str, list[str]]]:
    return [(a.kind.value, a.action.value, sorted(p.name for p in a.parties if p.name != COUNCIL))
            for a in agreements_in(paragraph, DECISION)]


@pytest.mark.parametrize(("paragraph", "funders"), [
    ("(a) Receipt of £125,000 (from Sport England (£100,000) and the Arts Council England (£25,000));\n"
     "(b) Expenditure of £90,000 on the work set out in section 2.\n",
     ["Arts Council England", "Sport England"]),
    ("1. To approve the receipt of £40,000 from Sport England towards the pool changing rooms.\n",
     ["Sport England"]),
])
def test_a_sum_received_from_named_bodies_is_a_grant(paragraph: str, funders: list[str]) -> None:
    assert ("grant", "new", funders) in _grants(paragraph)


@pytest.mark.parametrize("paragraph", [
    "1. Receipt of £250,000 from the sale of the former depot be added to the capital programme.\n",
    "1. To note the receipt of £12,000 from developer contributions.\n",
])
def test_a_receipt_from_no_named_body_is_no_agreement(paragraph: str) -> None:
    assert _grants(paragraph) == []
