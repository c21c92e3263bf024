"""Letting an agreement end: a decision not to renew or not to extend a running agreement is a termination (one
rule in actions.py, decided_items.py and refused_decisions.py), while a decision not to award or fund one is a
refusal that gives no agreement. An adjective "extended" before a noun ("Extended Producer Responsibility") is no
extension at all."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in
from extractors.agreements.actions import action_before
from extractors.agreements.records import K, Mention
from extractors.agreements.refused_decisions import refused_decision

MINUTES_HEADER = f"{COUNCIL}\nMinutes of the meeting of the Community Committee held on 12 March 2024\n\n"


def _kinds_and_actions(paragraph: str, header: str = COUNCIL_HEADER) -> list[tuple[str, str]]:
    return [(a.kind.value, a.action.value) for a in agreements_in(paragraph, header)]


@pytest.mark.parametrize("paragraph", [
    "It is recommended that we do not extend the Family Hub Contract with Northgate Care Ltd when it ends on "
    "31/3/2025.\n",
    "It is recommended that we do not renew the Family Hub Contract with Northgate Care Ltd when it ends on "
    "31/3/2025.\n",
    "RESOLVED:\n\n1. That the Committee agreed not to extend the lease with Riverside Scouts Association beyond "
    "31 March 2025.\n",
])
def test_not_renewing_or_not_extending_is_a_termination(paragraph: str) -> None:
    header = MINUTES_HEADER if paragraph.startswith("RESOLVED") else COUNCIL_HEADER
    assert [action for _, action in _kinds_and_actions(paragraph, header)] == ["terminate"]


@pytest.mark.parametrize("paragraph", [
    "RESOLVED:\n\n1. That the Committee decided not to award a contract to Acme Services Ltd.\n",
    "12. Grant applications\n\nMembers declined to fund a grant to Millbrook Community Trust.\n",
])
def test_not_awarding_is_still_a_refusal(paragraph: str) -> None:
    assert _kinds_and_actions(paragraph, MINUTES_HEADER) == []


@pytest.mark.parametrize(("text", "action"), [
    ("The Council will not extend the contract with X.", "terminate"),
    ("The contract with X will not be extended beyond March.", "terminate"),
    ("The contract with X will be extended to March.", "extend"),
    ("The Council will not renew the contract with X.", "terminate"),
])
def test_the_action_words_read_a_negated_extension_as_an_ending(text: str, action: str) -> None:
    found = action_before(text)
    assert found is not None and found.value == action


@pytest.mark.parametrize("text", [
    "We will not extend the contract with X.",
    "The contract with X was not extended.",
])
def test_a_negated_extension_is_not_refused(text: str) -> None:
    start = text.index("contract")
    mention = Mention(K.CONTRACT, start, start + len("contract"), (0, len(text)), None)
    mention.action = None  # no rule set an action: the check alone decides
    assert refused_decision(text, mention) is False


@pytest.mark.parametrize(("text", "action"), [
    ("Savings arise from the introduction of Extended Producer Responsibility", None),
    ("Patients can use the extended access", None),
    ("The pilot ran for an extended period", None),
    ("The contract was extended by 12 months", "extend"),
    ("The agreement will be extended until 31 March 2026", "extend"),
    ("The Council extended the contract", "extend"),
    ("The lease was extended.", "extend"),
])
def test_extended_before_a_noun_names_a_thing_not_an_extension(text: str, action: str | None) -> None:
    found = action_before(text)
    assert (found.value if found else None) == action
