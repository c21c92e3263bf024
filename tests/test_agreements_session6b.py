"""Agreements the decision items still missed (session 6b): decisions that refuse, decline or defer an agreement
give none (refused_decisions.py, one check for every rule); procurements a decision runs, in lower-case wording
(procurement_decisions.py); agreements decided in the prose of minutes (minuted_decisions.py)."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in
from extractors.agreements.records import K, Mention
from extractors.agreements.refused_decisions import refused_decision

Found = list[tuple[str, str, list[str]]]
MINUTES_HEADER = f"{COUNCIL}\nMinutes of the meeting of the Community Committee held on 12 March 2024\n\n"


def _summary(paragraph: str, header: str = COUNCIL_HEADER) -> Found:
    """Kind, action and other parties of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, header)]


# -- refused, declined and deferred decisions ------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "12. Grant applications\n\nThe Committee decided not to award a grant to Millbrook Community Trust as the "
    "application was incomplete.\n",
    "12. Grant applications\n\nMembers declined to award a grant to Millbrook Community Trust.\n",
    "RESOLVED:\n\n1. That the Committee decided not to award grants to Millbrook Community Trust and Riverside Scouts "
    "Association.\n",
    "RESOLVED:\n\n1. That the Committee decided not to award a contract to Acme Services Ltd.\n",
    "12. Grant applications\n\nRESOLVED that the decision on the grant to Millbrook Community Trust be deferred to "
    "the next meeting.\n",
    "12. Grant applications\n\nThe request for a grant from Millbrook Community Trust was refused.\n",
])
def test_a_refused_or_deferred_decision_gives_no_agreement(paragraph: str) -> None:
    assert _summary(paragraph, MINUTES_HEADER) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a rejected tender beside the award: the award stands in its own clause
    ("12. Cleaning\n\nThe Committee rejected the tender from Brightside Cleaning Ltd as incomplete and awarded the "
     "contract to Acme Services Ltd.\n", [("contract", "award", ["Acme Services Ltd."])]),
    # not renewing a running contract ends it: a termination, not a refusal
    ("It is recommended that we do not renew the Family Hub Contract with Northgate Care Ltd when it ends on "
     "31/3/2025.\n", [("contract", "terminate", [])]),
    # a start put off changes the contract; it is not refused
    ("RESOLVED:\n\n1. That the commencement of the waste collection contract with Acme Services Ltd be deferred to "
     "1 May 2025.\n", [("contract", "note", ["Acme Services Ltd"])]),
])
def test_decisions_beside_a_refusal_still_count(paragraph: str, expected: Found) -> None:
    assert [(k, a) for k, a, _ in _summary(paragraph, MINUTES_HEADER)] == [(k, a) for k, a, _ in expected]


@pytest.mark.parametrize(("text", "refused"), [
    ("It was agreed not to fund the grant to X.", True),
    ("Members did not approve the lease to X.", True),
    ("The Panel refused the loan to X.", True),
    ("The grant to X was not approved.", True),
    ("The contract with X was awarded.", False),
    ("The Council decided to award the grant to X.", False),
    ("We will not renew the contract with X.", False),  # a termination, read as such by the action rules
])
def test_refused_decision_reads_the_clause_around_the_agreement(text: str, refused: bool) -> None:
    noun = next(w for w in ("grant", "lease", "loan", "contract") if w in text)
    start = text.index(noun)
    mention = Mention(K.GRANT, start, start + len(noun), (0, len(text)), None)
    if "renew" in text:
        mention.action = None  # no rule set an action: the check alone decides
    assert refused_decision(text, mention) is refused


# -- procurements a decision runs ------------------------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "subject", "others"), [
    ("Recommendations\n\n1. That Cabinet approves the procurement of a new domestic abuse support service for a "
     "period of three years.\n", "new domestic abuse support service", []),
    ("Recommendations\n\n1. To approve the re-procurement of the home care service from April 2025.\n",
     "home care service", []),
    ("Recommendations\n\n1. To approve going out to tender for the provision of grounds maintenance services.\n",
     "provision of grounds maintenance services", []),
    ("Recommendations\n\n1. Approve the commencement of a procurement for a carers support service.\n",
     "carers support service", []),
    ("Recommendations\n\n1. Approve the commissioning of an integrated sexual health service through a competitive "
     "tender.\n", "integrated sexual health service", []),
    ("Recommendations\n\n1. To approve the procurement of the young people's substance misuse service jointly with "
     "Barsetshire County Council.\n", "young people's substance misuse service", ["Barsetshire County Council"]),
])
def test_a_procurement_the_decision_runs_is_a_contract_to_procure(paragraph: str, subject: str,
                                                                   others: list[str]) -> None:
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, a.subject) for a in found] == [("contract", "procure", subject)]
    assert [p.name for p in found[0].parties] == [COUNCIL, *others]


def test_a_framework_procured_is_a_framework() -> None:
    paragraph = "Recommendations\n\n1. To approve the procurement of a new framework agreement for home care.\n"
    assert _summary(paragraph) == [("framework", "procure", [])]


@pytest.mark.parametrize("paragraph", [
    # rules, strategies and plans about procurement are not procurements
    "Recommendations\n\n1. That the Committee approves the updated Contract Procedure Rules.\n",
    "Recommendations\n\n1. To approve the procurement strategy for adult social care services.\n",
    "Recommendations\n\n1. To note the forward plan of procurement activity for 2025/26.\n",
    # history, and a commissioning with no tender
    "Background\n\nThe Council procured the home care service in 2019 through an open tender.\n",
    "Recommendations\n\n1. To approve the commissioning of the reablement service from the in-house team.\n",
    # a programme of lettings, not one contract
    "Recommendations\n\n1. To approve the decision to procure and award highways contracts for 2025.\n",
    # a decision page's title restates what its items decide
    "Decision details\n\nApproval to reprocure home care services and residential care\n\nDecision Maker: Cabinet\n",
    # the procurement is not what is decided
    "Recommendations\n\n1. To note the outcome of the procurement of the carers support service.\n",
])
def test_no_procurement_from_rules_plans_or_history(paragraph: str) -> None:
    assert _summary(paragraph) == []


# -- agreements decided in the prose of minutes ----------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "expected"), [
    ("12. Grant applications\n\nThe Committee awarded a grant of £500 to Millbrook Community Trust.\n",
     [("grant", "award", ["Millbrook Community Trust"])]),
    ("13. Pavilion\n\nMembers agreed to renew the lease with Riverside Scouts Association for five years.\n",
     [("other", "renew", ["Riverside Scouts Association"])]),
])
def test_a_decision_minuted_in_prose(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph, MINUTES_HEADER) == expected


@pytest.mark.parametrize(("paragraph", "header"), [
    # talk about an agreement decides nothing
    ("13. Pavilion\n\nMembers discussed the lease with Riverside Scouts Association, which runs to 2030.\n",
     MINUTES_HEADER),
    # a report telling what was agreed years ago is not minutes
    ("13. Pavilion\n\nIn 2019 the Council agreed to renew the lease with Riverside Scouts Association for five "
     "years.\n", f"{COUNCIL}\nReport to Cabinet\n12 March 2024\n\n"),
])
def test_no_agreement_from_prose_that_decides_nothing(paragraph: str, header: str) -> None:
    assert _summary(paragraph, header) == []
