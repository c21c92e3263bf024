"""A delegation ending "... to:" over numbered items that each decide in their own words: the items are the decisions."""

from __future__ import annotations

from test_recommendations import texts

RESOLVED = """Decision:

Having considered all of the information, Cabinet

RESOLVED to:

Delegate authority to the Director of Public Health, in consultation with the Cabinet Member for Health, to:

1. Conduct a competitive procurement process for a local carers support service.

2. Award such contract to the preferred tenderer.

3. Determine whether to exercise the option to extend the contract for two years.
"""


def test_the_items_under_a_delegation_are_the_decisions_not_its_lead_in() -> None:
    assert texts(RESOLVED) == [
        "Conduct a competitive procurement process for a local carers support service",
        "Award such contract to the preferred tenderer",
        "Determine whether to exercise the option to extend the contract for two years",
    ]


def test_fragments_completing_a_delegation_stay_one_item_with_it() -> None:
    # "... to:" over what the officer may do, items that ask nothing of their own: one decision.
    fragments = RESOLVED.replace("1. Conduct a competitive procurement process", "1. the procurement")
    fragments = fragments.replace("2. Award such contract to the preferred tenderer.", "2. its evaluation.")
    fragments = fragments.replace("3. Determine whether to exercise the option to extend the contract for two years.",
                                  "3. the contract's terms.")
    found = texts(fragments)
    assert len(found) == 1
    assert found[0].startswith("Delegate authority to the Director of Public Health")
