"""Decision items acting on an agreement noun with a named party (decided_items.py): loans, leases, service level
agreements, financial support and tenders decided in a list of resolutions; items naming no party, or only a
policy, plan or strategy, give none."""

from __future__ import annotations

from datetime import date

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in
from extractors.agreements.decided_items import DECIDED_ITEM_RULE, _action, _kind
from extractors.agreements.records import A, K

Found = list[tuple[str, str, list[str], date | None, date | None]]


def _summary(paragraph: str) -> Found:
    """Kind, action, other parties and dates of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL], a.start_date, a.end_date)
            for a in agreements_in(paragraph, COUNCIL_HEADER)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("RESOLVED:\n\n1. To approve an Improvements Loan of £50,000 to the Millbrook Community Trust, repayable over "
     "five years.\n2. To note the report.\n",
     [("other", "new", ["Millbrook Community Trust"], None, None)]),
    ("RESOLVED that:\n\n(a) To extend the lease and service level agreement for the Town Halls with Millbrook Leisure "
     "Trust for a further year from 1 April 2024 to 31 March 2025.\n",
     [("other", "extend", ["Millbrook Leisure Trust"], date(2024, 4, 1), date(2025, 3, 31)),
      ("contract", "extend", ["Millbrook Leisure Trust"], date(2024, 4, 1), date(2025, 3, 31))]),
    ("The Cabinet RESOLVED:\n\n1. That the Council extends its provision of financial support to Riverside Leisure Ltd up to "
     "31 March 2025.\n",
     [("grant", "extend", ["Riverside Leisure Ltd"], None, date(2025, 3, 31))]),
])
def test_an_item_acting_on_an_agreement_with_a_named_party(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # a policy, a plan or a strategy is not an agreement, whoever the item names
    "RESOLVED:\n\n1. To approve the Grant Funding Policy set out at Appendix A.\n2. To note the work of Age UK "
    "Barchester.\n",
    "RESOLVED:\n\n1. To approve the Local Plan consultation with Barchester Civic Society.\n",
    # an agreement noun but no party named in the item
    "RESOLVED:\n\n1. To approve a loan of £20,000 for the refurbishment of the pavilion.\n",
])
def test_no_agreement_without_a_party_or_with_only_a_policy(paragraph: str) -> None:
    assert _summary(paragraph) == []


def test_an_item_another_rule_read_gives_no_second_agreement() -> None:
    found = agreements_in("RESOLVED:\n\n1. To award the cleaning contract to Brightway Services Ltd.\n",
                          COUNCIL_HEADER)
    assert len(found) == 1 and found[0].rule != DECIDED_ITEM_RULE


@pytest.mark.parametrize(("noun", "after", "kind"), [
    ("service level agreement", "", K.CONTRACT),
    ("service level agreement", " funding for 2024/25", K.GRANT),
    ("lease", "", K.OTHER),
    ("financial support", "", K.GRANT),
    ("tender", "", K.CONTRACT),
    ("loan", "", K.OTHER),
])
def test_the_kind_follows_the_noun(noun: str, after: str, kind: K) -> None:
    assert _kind(noun, after) == kind


@pytest.mark.parametrize(("verb", "action"), [
    ("award", A.AWARD), ("extends", A.EXTEND), ("renew", A.RENEW), ("vary", A.VARY), ("terminate", A.TERMINATE),
    ("approve", A.NEW), ("enter into", A.NEW),
])
def test_the_action_follows_the_verb(verb: str, action: A) -> None:
    assert _action(verb) == action
