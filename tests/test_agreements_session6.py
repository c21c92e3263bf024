"""Decision items read structurally for agreements (decided_items.py, session 6): passive and nominal forms
('the contract ... be awarded to X', 'an extension of the existing contract be approved'), items naming only the
issuing council when they award, extend, renew, vary or end one agreement, decision lists opening with the verb,
and one grant per recipient of a listed award. Policies, budgets, plurals without a party give none."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in
from extractors.agreements.decided_items import _listed_recipients, _nominal_action, _passive_action
from extractors.agreements.records import A, OrgSpan
from schemas import OrgType

Found = list[tuple[str, str, list[str]]]


def _summary(paragraph: str) -> Found:
    """Kind, action and other parties of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, COUNCIL_HEADER)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # passive: the item's subject is the agreement
    ("RESOLVED:\n\n1. That the lease of the sports pavilion be extended for a further five years.\n",
     [("other", "extend", [])]),
    ("RESOLVED:\n\n1. That an extension of the existing cleaning contract until 31 March 2025 be approved.\n",
     [("contract", "extend", [])]),
    ("RESOLVED:\n\n1. That the licence for the kiosk on the promenade be renewed on the same terms.\n",
     [("other", "renew", [])]),
    # a decision list opening with its verb
    ("RESOLVED:\n\n1. AGREED to terminate the existing contract for the day centre at the earliest opportunity.\n",
     [("contract", "terminate", [])]),
    # one grant per recipient of a listed award
    ("RESOLVED:\n\n1. That grants be awarded to Millbrook Community Trust (£500), Riverside Scouts Association (£250) "
     "and Age UK Barchester (£300).\n",
     [("grant", "award", ["Millbrook Community Trust"]), ("grant", "award", ["Riverside Scouts Association"]),
      ("grant", "award", ["Age UK Barchester"])]),
])
def test_a_decision_item_deciding_one_agreement(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # policies, budgets, plans and minutes are approved, not agreements
    "RESOLVED:\n\n1. That the Grant Funding Policy be approved.\n2. That the budget be approved.\n",
    "RESOLVED:\n\n1. That the minutes of the meeting held on 3 May be approved as a correct record.\n",
    # a new loan with no party named stays unread (who borrows is not said)
    "RESOLVED:\n\n1. That a loan of £20,000 for the refurbishment of the pavilion be approved.\n",
    # plurals with no party: a programme's contracts or grants, not one agreement
    "RESOLVED:\n\n1. That contracts for the highways programme be awarded in line with the procurement rules.\n",
    "RESOLVED:\n\n1. That the grants be awarded under the General Power of Competence.\n",
])
def test_no_agreement_from_policies_or_unnamed_plurals(paragraph: str) -> None:
    assert _summary(paragraph) == []


@pytest.mark.parametrize(("gap", "after", "action"), [
    ("the award of a", "", A.AWARD),
    ("an extension of the existing", "", A.EXTEND),
    ("the termination of the", "", A.TERMINATE),
    ("a two-year", " extension for street cleaning", A.EXTEND),
    ("the", " for cleaning", None),
])
def test_the_action_a_noun_names(gap: str, after: str, action: A | None) -> None:
    assert _nominal_action(gap, after) == action


@pytest.mark.parametrize(("verb", "action"), [
    ("made", A.AWARD), ("given", A.AWARD), ("extended", A.EXTEND), ("renewed", A.RENEW), ("varied", A.VARY),
    ("terminated", A.TERMINATE), ("approved", A.NEW),
])
def test_the_action_of_a_passive_verb(verb: str, action: A) -> None:
    assert _passive_action(verb) == action


@pytest.mark.parametrize(("text", "listed"), [
    ("to Alpha Trust (£500), Beta Club (£250) and Gamma Society", True),
    ("to Alpha Trust in partnership with Beta Club and Gamma Society", False),
])
def test_recipients_standing_as_a_list(text: str, listed: bool) -> None:
    spans = []
    for name in ("Alpha Trust", "Beta Club", "Gamma Society"):
        start = text.index(name)
        spans.append(OrgSpan(start, start + len(name), name, OrgType.OTHER))
    assert _listed_recipients(text, spans) is listed


@pytest.mark.parametrize("paragraph", [
    # a decision not to act
    "RESOLVED:\n\n1. That the lease of the sports pavilion should not be renewed on its expiry.\n",
    # the verb under a delegation: the decision delegates, it does not award
    "RESOLVED:\n\n1. That the approval to award the contract be delegated to the Director of Public Health.\n",
    # 'awards' as a noun, not the item's verb
    "RESOLVED:\n\n1. That it be noted that the following funding awards are included in the maximum contract "
    "value set out above:\n",
    # 'agreement be given to' is consent, not an agreement
    "RESOLVED:\n\n1. That agreement be given to appoint two Councillors to the Joint Working Group.\n",
])
def test_no_agreement_from_refusals_delegations_or_consent(paragraph: str) -> None:
    assert _summary(paragraph) == []


def test_a_delegation_after_the_decision_leaves_the_decision() -> None:
    paragraph = ("RESOLVED:\n\n1. To extend the lease of the Town Halls for a further year and delegate authority to "
                 "the Chief Executive to finalise the terms.\n")
    assert _summary(paragraph) == [("other", "extend", [])]


def test_a_named_section_75_agreement_is_not_read_again_as_a_bare_agreement() -> None:
    paragraph = ("RESOLVED:\n\n1. To agree and enter into a Section 75 agreement with NHS Barsetshire Integrated Care "
                 "Board from 1 April 2024 for three years.\n")
    kinds = [kind for kind, _, _ in _summary(paragraph)]
    assert kinds == ["section_75"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a parish offering work or accepting a tender awards a contract, even naming only itself
    ("RESOLVED:\n\n1. To offer the tender for hedge cutting to the lowest bidder until March 2025.\n",
     [("contract", "award", [])]),
    ("RESOLVED:\n\n1. That the quotation for resurfacing the car park be accepted.\n",
     [("contract", "award", [])]),
])
def test_offering_or_accepting_a_tender_awards_a_contract(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


def test_approval_given_to_an_agreement_is_a_decision_on_it() -> None:
    paragraph = ("RESOLVED:\n\n(i) That approval be given to the management agreement for the nature reserve between the "
                 "Council and Barchester Wildlife Trust.\n")
    assert _summary(paragraph) == [("other", "new", ["Barchester Wildlife Trust"])]



@pytest.mark.parametrize(("paragraph", "expected"), [
    ("RESOLVED:\n\n1. To award a grant of £500 to the Northby Village Hall Trust towards new chairs.\n",
     [("grant", "award", ["Northby Village Hall Trust"])]),
    ("RESOLVED:\n\n1. That a grant of £750 be made to Southby Youth Football Club.\n",
     [("grant", "award", ["Southby Youth Football Club"])]),
])
def test_a_grant_the_council_awards_keeps_the_award_action(paragraph: str, expected: Found) -> None:
    # A grant the issuer pays out is awarded by this paper; only a grant coming in loses the award vote.
    assert _summary(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # Not renewing lets the agreement end: a termination, as the shared refused-decision check reads it too.
    ("RESOLVED:\n\n1. That the Council decided not to renew the lease with Northby Bowls Club Limited.\n",
     [("other", "terminate", ["Northby Bowls Club Limited"])]),
    # Not awarding makes nothing.
    ("RESOLVED:\n\n1. That the Council decided not to award a grant to Northby Bowls Club Limited.\n", []),
])
def test_a_decision_not_to_renew_ends_the_agreement(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected
