"""Session 4 (round 2) agreement rules: Health Act 1999 s31 partnerships, contributions to another council's scheme,
inter-authority agreements sought, items of a resolution, '|'-celled contract tables, and background mentions."""

from __future__ import annotations

from datetime import date

import pytest

from agreement_helpers import COUNCIL, COUNCIL_HEADER, DECISION_PAGE, agreements_in
from extractors.agreements.records import party_key

Found = list[tuple[str, str, list[str]]]  # kind, action, parties other than the council


def _summary(paragraph: str, header: str = COUNCIL_HEADER) -> Found:
    """Kind, action and other parties of each agreement found."""
    return [(a.kind.value, a.action.value, [p.name for p in a.parties if p.name != COUNCIL])
            for a in agreements_in(paragraph, header)]


# -- Section 31 of the Health Act 1999 ------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "parties"), [
    ("The Cabinet is asked to approve entering into a partnership agreement with Wessex Partnership NHS Trust and "
     "Barsetshire County Council for integrated learning disability services.\n\nRESOLVED:\n(1) that entry into a "
     "Partnership Agreement under Section 31 of the Health Act 1999 be approved.",
     ["Wessex Partnership NHS Trust", "Barsetshire County Council"]),
])
def test_a_section_31_partnership_agreement_is_a_section_75_kind(paragraph: str, parties: list[str]) -> None:
    found = agreements_in(paragraph, COUNCIL_HEADER)
    assert [a.kind.value for a in found] == ["section_75"]
    assert [p.name for p in found[0].parties if p.name != COUNCIL] == parties
    assert found[0].statutory_basis == "Health Act 1999 s31"
    assert found[0].subject.startswith("Section 31 partnership agreement with")


@pytest.mark.parametrize("paragraph", [
    # Section 31 of another Act is a grant power, not a partnership.
    "The Council has received a Section 31 grant from the Department to compensate for business rates relief.",
    "Funding is paid under section 31 of the Local Government Act 2003 to the Council.",
])
def test_section_31_of_other_acts_is_no_partnership(paragraph: str) -> None:
    assert [a.kind.value for a in agreements_in(paragraph, COUNCIL_HEADER) if a.kind.value == "section_75"] == []


# -- contributions to another council's scheme -----------------------------------------------------

@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The report sought Cabinet’s approval to make a £250,000 contribution from the Council’s Capital Programme "
     "towards Lancashire County Council’s new respite centre for young people.",
     [("inter_authority", "new", ["Lancashire County Council"])]),
    ("Councillor Smith explained that Barsetshire County Council will build a new day centre in Anytown. "
     "The report sought Cabinet’s approval to make a £120,000 capital contribution towards the new day centre.",
     [("inter_authority", "new", ["Barsetshire County Council"])]),
    ("RESOLVED that the Council agreed to make a one-off contribution of £40,000 to Wessex County Council for the "
     "joint flood scheme.",
     [("inter_authority", "new", ["Wessex County Council"])]),
])
def test_a_decided_contribution_to_another_council_is_inter_authority(paragraph: str, expected: Found) -> None:
    assert _summary(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    # History, a possibility, or no council named: nothing decided with a named council.
    "In 2019 the Council was asked to make a contribution to Barsetshire County Council’s scheme.",
    "Members asked whether the Council could agree to make a contribution towards the cost of the scheme.",
    "The report sought Cabinet’s approval to make a £20,000 contribution towards the new play area.",
])
def test_a_contribution_not_decided_or_to_no_named_council_is_not_an_agreement(paragraph: str) -> None:
    assert [f for f in _summary(paragraph) if f[0] == "inter_authority"] == []


# -- inter-authority agreements sought -------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "party"), [
    ("This paper asks Cabinet for permission to re-procure a pharmacy e-service via an Inter-Authority Agreement "
     "(IAA) with the City of London.", "City of London"),
    ("The report seeks approval to enter into an inter-authority agreement with Wessex County Council for the "
     "shared audit service.", "Wessex County Council"),
])
def test_an_inter_authority_agreement_sought_with_a_named_authority(paragraph: str, party: str) -> None:
    assert _summary(paragraph) == [("inter_authority", "new", [party])]


def test_an_inter_authority_agreement_told_as_history_is_not_decided() -> None:
    paragraph = "In 2018 the service was bought through an inter-authority agreement with the City of London."
    # A named agreement in background may be kept as one the paper only notes, never as one it decides.
    assert [f for f in _summary(paragraph) if f[0] == "inter_authority" and f[1] != "note"] == []


# -- items of a resolution --------------------------------------------------------------------------

def test_resolution_items_extend_arrangements_and_establish_a_lotted_framework() -> None:
    paragraph = ("Purpose: The Council procured a Home Support Service (HSS) Framework Agreement.\n\n"
                 "Content: Cabinet RESOLVED to agree to:   i)  Extend the current purchasing arrangements from the "
                 "1 May 2026 to the 30 June 2026 to allow for mobilisation. ii)  Establish a three Lot, HSS "
                 "Framework Agreement, to commence on the 1 July 2026, as detailed in Appendix B.")
    found = [(a.kind.value, a.subject, a.action.value, a.start_date, a.end_date)
             for a in agreements_in(paragraph, DECISION_PAGE) if a.rule == "agreements.resolved_terms"]
    assert found == [
        ("contract", "current purchasing arrangements", "extend", date(2026, 5, 1), date(2026, 6, 30)),
        ("framework", "Home Support Service Framework Agreement", "new", date(2026, 7, 1), None),
    ]


@pytest.mark.parametrize("paragraph", [
    # Not a decision: a report of what was done.
    "Last year the Council extended the current purchasing arrangements while it tendered.",
    # A policy framework is no agreement with suppliers.
    "RESOLVED to agree to: i) Establish a two Lot, Quality Assurance Framework for the service.",
])
def test_resolution_terms_need_a_decision_and_a_procurement_framework(paragraph: str) -> None:
    assert [a for a in agreements_in(paragraph, DECISION_PAGE) if a.rule == "agreements.resolved_terms"] == []


# -- '|'-celled contract tables ---------------------------------------------------------------------

_PIPE_TABLE = ("Decision:\n1. Agreed to directly award contracts to the providers listed in table 1 for a two year "
               "period commencing from 01/04/25 and ending on 31/03/27 with a one year extension to 31/03/28.\n"
               "Table 1: Proposed contract awards\nContract title |\nDescription of service |\nProvider |\n"
               "Total contract value |\nFloating Support for Young People\n|\nVisiting support for young people "
               "in their own homes. |\nHarbour Lights Housing Limited Registered Charity no. 123456 |\n£480,000\n|\n"
               "Day Opportunities\n|\nDay services for adults. |\nMeadow Care Limited |\n£96,500\n|\n")


def test_each_row_of_a_pipe_table_is_a_contract_awarded_to_its_provider() -> None:
    found = [(a.kind.value, a.subject, [p.name for p in a.parties], a.action.value, a.start_date, a.end_date)
             for a in agreements_in(_PIPE_TABLE, DECISION_PAGE) if a.rule == "agreements.pipe_table_row"]
    assert found == [
        ("contract", "Floating Support for Young People", ["Harbour Lights Housing Limited"], "award",
         date(2025, 4, 1), date(2027, 3, 31)),
        ("contract", "Day Opportunities", ["Meadow Care Limited"], "award", date(2025, 4, 1), date(2027, 3, 31)),
    ]


_GRANTS_TABLE = ("Decision:\nRESOLVED that\n3) grants be awarded to voluntary sector organisations as detailed below;\n"
                 "Organisation |\nAmount Requested |\nDetails of Project |\nNorthby Chinese Association |\n£2,000 |\n"
                 "To support the New Year celebration |\nCaribbean Roots |\n£1,500 |\nTo support Black History Month |\n"
                 "4) authority be delegated to the Head of Service.\n")


def test_each_row_of_a_pipe_table_of_grants_awarded_is_a_grant_to_its_organisation() -> None:
    # the header ends where the first row's sum lines up under "Amount Requested", not at a value column last
    found = [(a.kind.value, [(p.name, p.role.value) for p in a.parties if p.role.value == "recipient"], a.action.value)
             for a in agreements_in(_GRANTS_TABLE, DECISION_PAGE) if a.rule == "agreements.pipe_table_row"]
    assert found == [("grant", [("Northby Chinese Association", "recipient")], "award"),
                     ("grant", [("Caribbean Roots", "recipient")], "award")]


def test_a_pipe_table_without_a_provider_column_gives_no_contracts() -> None:
    paragraph = ("Service |\nArea |\nAnnual cost |\nLibraries\n|\nNorth |\n£10,000\n|\n")
    assert [a for a in agreements_in(paragraph, DECISION_PAGE) if a.rule == "agreements.pipe_table_row"] == []


# -- background mentions and company names ----------------------------------------------------------

def test_a_framework_used_and_a_fund_paying_are_not_agreements_of_their_own() -> None:
    paragraph = ("Decision:\n1. Approved the award of contract to Acme Telecare Limited from the NEPO Framework for "
                 "the supply of alarms.\n2. Noted that the Council ran a mini competition via the NEPO framework and "
                 "earlier decided to award a contract to Acme Telecare, which was withdrawn.\n3. Funding sources "
                 "are agreed as a combination of Better Care Fund and Disabled Facilities Grant.")
    assert [(kind, parties) for kind, _, parties in _summary(paragraph)] == [("contract", ["Acme Telecare Limited"])]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Acme Telecare Limited", "Acme Telecare", True),
    ("Acme Care Ltd", "Acme Care", True),
    ("Acme Care Ltd", "Acme Homes Ltd", False),
    ("Limited", "Limited", True),
])
def test_a_company_and_its_name_without_its_legal_ending_are_one_party(a: str, b: str, same: bool) -> None:
    assert (party_key(a) == party_key(b)) is same
