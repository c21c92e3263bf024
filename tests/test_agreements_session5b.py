"""Session 5b agreement rules: decision items whose verb acts on a plain noun (an order or contract placed with a
named supplier, a funding award accepted, funding approved on condition of an agreement, an agreement to be
entered into with a named party, funding allocated to the council by a department), an MoU that only secures a
grant, agreements told of in a member's update, and accepting a grant
as a new one."""

from __future__ import annotations

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, DECISION_PAGE, agreements_in

Found = list[tuple[str, str, list[str]]]  # kind, action, parties other than the council


def _summary(paragraph: str, header: str = COUNCIL_HEADER) -> Found:
    """Kind, action and other parties of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, header)]


# -- an order or contract placed with a named supplier on an officer decision list ------------------

@pytest.mark.parametrize(("paragraph", "subject", "party"), [
    ("Barchester City Council requires to undertake drainage repairs at the Westgate bus station.\n\n"
     "A quotation has been received from Hartley and Green Ltd. to value of £14,200.00.\n\n"
     "Decision Maker: Officer Decision\n\nDecision:\n\nTo place the order with Hartley and Green Ltd. and to "
     "exempt from Contract Standing Orders due to the urgency of the works.\n\nReason: To keep the station open.\n",
     "drainage repairs at the Westgate bus station", "Hartley and Green Ltd."),
    ("Barchester City Council requires grounds maintenance of its closed churchyards. The Contract is for two "
     "years.\n\nDecision Maker: Officer Decision\n\nDecision:\n\nTo award the Contract to Meadowcroft Landscapes."
     "\n\nReason: best value.\n",
     "grounds maintenance of its closed churchyards", "Meadowcroft Landscapes"),
])
def test_an_order_placed_with_a_named_supplier_is_a_contract_awarded(paragraph: str, subject: str, party: str) -> None:
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [(a.kind.value, a.action.value, a.subject) for a in found] == [("contract", "award", subject)]
    assert [p.name for p in found[0].parties if p.name != COUNCIL] == [party]


@pytest.mark.parametrize("paragraph", [
    # No decision: the order is only reported.
    "Barchester City Council requires to undertake drainage repairs at the bus station. Officers may place the "
    "order with Hartley and Green Ltd. in due course.\n",
    # A decision to place an order, with nothing said of what it buys.
    "Decision:\n\nTo place the order with Hartley and Green Ltd.\n",
])
def test_an_order_without_a_decision_or_a_purpose_is_no_agreement(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "contract"] == []


# -- funding accepted, approved or allocated ---------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Cycle Hub Pilot\n\n1. That approval be granted to accept the funding award of £84,000 and approve delivery "
     "of the project as set out in the report;\n",
     [("grant", "new", [])]),
    # 'accept the X funding offer': funding.py reads it with the body named before it
    ("Cabinet is asked to approve the following:\n\na) Accept the Department for Education funding offer of "
     "£40,000 for the Holiday Activities Project.",
     [("grant", "new", ["Department for Education"])]),
])
def test_a_funding_award_accepted_is_a_new_grant(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


def test_funding_approved_on_condition_of_an_agreement_gives_the_grant_and_the_agreement() -> None:
    paragraph = ("DECISION:\n\n(1) To approve core funding of £30,000 for the financial year 2025/26, the grant to be "
                 "conditional upon the Barchester Community Transport Trust entering into a Service Level Agreement "
                 "with the Council;\n")
    found = _summary(paragraph)
    assert found == [("grant", "award", ["Barchester Community Transport Trust"]),
                     ("other", "new", ["Barchester Community Transport Trust"])]


def test_funding_approved_with_no_recipient_is_a_budget_line() -> None:
    assert _summary("DECISION:\n\n(1) To approve revenue funding of £30,000 for the financial year 2025/26.\n") == []


def test_funding_allocated_to_the_council_by_a_department_is_a_grant_received() -> None:
    paragraph = ("RESOLVED: That Cabinet:\n\n(1) Approved the proposed distribution of funding allocated (£240,000) "
                 "to the Council by the Department for Transport for 2025/26 under the Active Travel Fund.\n")
    found = agreements_in(paragraph, DECISION_PAGE)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("grant", "new", ["Department for Transport"])]
    assert found[0].subject.startswith("Active Travel Fund allocation of £240,000")


# -- an agreement to be entered into with a named party -------------------------------------------------

@pytest.mark.parametrize(("paragraph", "party"), [
    ("Issue details\n\n1. To approve the principles of the local agreement to be entered into with the Housing "
     "Associations.\n", "Housing Associations"),
    ("RESOLVED: That the Director be authorised to enter into a nomination agreement with Wessex Homes Group.\n",
     "Wessex Homes Group"),
])
def test_an_agreement_to_be_entered_into_with_a_named_party(paragraph: str, party: str) -> None:
    found = agreements_in(paragraph, DECISION_PAGE)
    assert [(a.kind.value, a.action.value) for a in found] == [("other", "new")]
    assert party in [p.name for p in found[0].parties]


def test_an_agreement_with_a_party_only_described_is_not_read() -> None:
    assert agreements_in("The local agreement to be entered into with the Housing Associations was discussed at "
                         "length by members last year.\n", DECISION_PAGE) == []


# -- a grant accepted; its MoU is not a second agreement ----------------------------------------------

def test_an_mou_that_secures_a_grant_is_that_grant() -> None:
    paragraph = ("Decision details\n\nTown Fund Grant Acceptance & Memorandum of Understanding (MOU)\n\nPurpose:\n\n"
                 "To formally accept the Town Fund grant award from the Department for Transport\n\nDecision:\n\n"
                 "That delegated authority is approved for the Chief Finance Officer to enter into the Memorandum of "
                 "Understanding with the Department for Transport, so as to formally secure the council’s award of "
                 "£2,000,000 in funds through the Town Fund for the Harbour Quay project.\n")
    found = _summary(paragraph, "")
    assert [(kind, action) for kind, action, _ in found] == [("grant", "new")]


# -- background ------------------------------------------------------------------------------------

def test_a_contract_told_of_in_a_members_update_is_background() -> None:
    paragraph = ("5. Mr J Smith, Cabinet Member for Environment, provided an update on the following:\n"
                 "(a) The recycling centre at Eastfield had reopened after repairs.\n"
                 "(b) The Council has secured a new two-year garden waste composting contract with Greenleaf "
                 "Composting Ltd, a company based in Barchester.\n"
                 "6. Budget monitoring\n")
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "contract"] == []


@pytest.mark.parametrize("paragraph", [
    "Deepening devolution through the new Devolution Framework published in the White Paper.\n",
    "The revised Fiscal Framework sets out how funding is shared.\n",
])
def test_a_governments_policy_framework_is_no_agreement(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "framework"] == []
