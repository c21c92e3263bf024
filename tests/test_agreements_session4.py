"""Session 4 agreement rules: a principal council's decided dealings with named town and parish councils."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, agreements_in

Found = list[tuple[str, str, list[str]]]  # kind, action, parties other than the council


def _summary(paragraph: str) -> Found:
    """Kind, action and other parties of each agreement found under a council's header."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, COUNCIL_HEADER)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("RESOLVED that the transfer of the Mill Lane public toilets from the Council to Upper Wick Town Council, "
     "subject to a covenant keeping them open to the public, be agreed.",
     [("other", "new", ["Upper Wick Town Council"])]),
    ("It is recommended that:\n(1) the car park at Station Road is transferred to Little Hamble Parish Council "
     "at a price of £1.",
     [("other", "new", ["Little Hamble Parish Council"])]),
    ("The Cabinet approves the asset transfer from the District Council to Oakbridge Community Council in the "
     "2026/27 financial year.",
     [("other", "new", ["Oakbridge Community Council"])]),
])
def test_a_decided_transfer_to_a_named_local_council_is_an_agreement(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # History, a possibility and a refusal decide nothing.
    "In 2019 the pavilion was transferred to Upper Wick Town Council.",
    "Members asked whether the bus shelters could be transferred to Little Hamble Parish Council in future.",
    "The Council has been asked to consider whether assets might transfer to Oakbridge Town Council.",
    # Money moving between budgets is no dealing with a local council.
    "The underspend will be transferred to the capital reserve.",
])
def test_a_transfer_not_decided_by_the_paper_is_not_an_agreement(paragraph: str) -> None:
    assert _summary(paragraph) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("(a) The £3k contribution from Eastholme Parish Council be accepted for the 2025/26 financial year.",
     [("other", "new", ["Eastholme Parish Council"])]),
    ("(b) The Westford Town Council £8k contribution be accepted to keep the market toilets open.",
     [("other", "new", ["Westford Town Council"])]),
    # The same council's contribution accepted and then sought again is one dealing.
    ("(c) The £1k contribution from Brackley End Town Council be accepted for this year.\n"
     "(d) A full contribution from Brackley End Town Council be sought for next year.",
     [("other", "new", ["Brackley End Town Council"])]),
])
def test_an_accepted_contribution_from_a_named_local_council_is_an_agreement(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


def test_payments_to_a_named_local_council_that_stop_end_an_agreement() -> None:
    paragraph = ("It is recommended that:\n(1) the pilot be ended and that no further funding is paid to "
                 "Ashcombe Parish Council for staffing the ferry landing.")
    assert _summary(paragraph) == [("other", "terminate", ["Ashcombe Parish Council"])]


def test_a_recommended_transfer_to_unnamed_local_councils_names_the_deciding_council() -> None:
    paragraph = ("It is recommended that:\n(1) the running of the public toilets listed in the appendix is "
                 "transferred to the relevant Parish Council at a price of £1 each.")
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("other", "new", [COUNCIL])]


def test_a_transfer_to_unnamed_local_councils_told_as_history_is_not_an_agreement() -> None:
    paragraph = "In 2017 the Council agreed the transfer of assets to the local Town and Parish Councils."
    assert _summary(paragraph) == []


def test_a_grant_the_council_has_been_awarded_is_a_grant_it_receives() -> None:
    paragraph = ("Acceptance of Grant\n\nCabinet received a report which explained that Barchester City Council, on "
                 "behalf of the county's districts, had been awarded a grant of £64,000 to run a falls prevention "
                 "pilot in two wards.")
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("grant", "new", [COUNCIL])]


@pytest.mark.parametrize("paragraph", [
    # Another council's grant, even one ending in '... Council', is not the paper's.
    "The report noted that Wessex County Council has been awarded a grant of £2m to build a bus lane.",
    "Members heard that Anyshire Town Council had been awarded a grant of £5,000 for new benches.",
])
def test_a_grant_another_council_was_awarded_is_not_the_papers(paragraph: str) -> None:
    assert agreements_in(paragraph, COUNCIL_HEADER) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The Cabinet Member is asked to agree to the commencement of a procurement process to secure the provision "
     "of Community Stop Smoking Services for the county.",
     [("contract", "procure", [])]),
    ("Approval to launch a procurement exercise for the Carers Support Service be given.",
     [("contract", "procure", [])]),
])
def test_an_agreed_procurement_of_a_named_service_is_a_contract_procured(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected
