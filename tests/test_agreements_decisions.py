"""Agreements a decision acts on (decisions.py and the action/date cues it relies on): invented sentences, whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_helpers import COUNCIL_HEADER, SubjectSummary, agreements_in, subject_summary


@pytest.mark.parametrize(("paragraph", "expected"), [
    # procuring a named service in a decision: a contract with no party yet
    ("That Cabinet approves the recommendation to procure a Carers Wellbeing and Respite Service from "
     "1st October 2025 for a three year contract period.",
     [("contract", "Carers Wellbeing and Respite Service", "procure", date(2025, 10, 1), None)]),
    # two services, each with its own brackets, under one head noun
    ("That Cabinet\n\n1) authorises the Director of Adult Services to commence procurement of Supported Living "
     "(Learning Disabilities) and Extra Care (Older People) Services.",
     [("contract", "Supported Living (Learning Disabilities) Services", "procure", None, None),
      ("contract", "Extra Care (Older People) Services", "procure", None, None)]),
    # the services listed under an award of contracts
    ("1. Agreed to the award of contract(s) to the preferred bidder for the delivery of two services:\n\n"
     "Service 1: The Community Falls Prevention Service which will start from 1st July 2025.\n\n"
     "Service 2: The Home Safety Visiting service for 2 years.\n\n",
     [("contract", "Community Falls Prevention Service", "award", date(2025, 7, 1), None),
      ("contract", "Home Safety Visiting service", "award", None, None)]),
    # a request to extend a contract for a lower-case service, and the decision naming its end
    ("The Cabinet considered a report requesting approval to extend the contract for the provision of "
     "community stop smoking services.\n\n1. That the current contracts be extended for a period of 6 months "
     "until 30th September 2025.",
     [("contract", "contract for the provision of community stop smoking services", "extend", None,
       date(2025, 9, 30))]),
    # a request to extend a contract for a service named in title case
    ("The report seeks approval to extend the contract for the Home Library Service for Older People.\n\n"
     "Decision Maker: Cabinet Member for Communities",
     [("contract", "contract for the Home Library Service for Older People", "extend", None, None)]),
    # a dynamic purchasing system set up, its option to extend not the decision
    ("That the setup of a Dynamic Purchasing System (DPS) for the commissioning of Short Breaks for Disabled "
     "Children be approved. Placements may be made under the Short Breaks DPS from 1 May 2025 – 30 April 2028. "
     "(If the extension year is used the DPS end date will be 30 April 2029.)",
     [("framework", "Dynamic Purchasing System (DPS) for the commissioning of Short Breaks for Disabled Children",
       "new", date(2025, 5, 1), date(2028, 4, 30))]),
    # a lease granted at nil rent
    ("3. Approved the grant of a lease of Unit 4 Mill Lane Barchester BA1 2CD to the provider for a term of "
     "3 years commencing 1 June 2025 at nil rent.",
     [("other", "lease of Unit 4 Mill Lane Barchester BA1 2CD at nil rent", "new", date(2025, 6, 1), None)]),
    # an agreement for lease and the lease it leads to: one lease granted
    ("RESOLVED:\n(1) the Corporate Director be authorised to grant an agreement for lease and lease of Mill House, Grove "
     "Avenue, Barchester at rent of £28,000 for a term expiring 30 June 2030;",
     [("other", "lease of Mill House, Grove Avenue, Barchester at rent of £28,000", "new", None, date(2030, 6, 30))]),
])
def test_decided_agreements_need_no_party(paragraph: str, expected: list[SubjectSummary]) -> None:
    assert [subject_summary(a) for a in agreements_in(paragraph)] == expected


@pytest.mark.parametrize("paragraph", [
    # history and background name services, but decide nothing
    "The Carers Wellbeing and Respite Service was procured in 2019 and is performing well.",
    "Officers will establish a Community Falls Prevention Service steering group.",
    # a lease in passing, not granted by this decision
    "The provider currently occupies the building under a lease which ends next year.",
    # an option in a contract's term
    "The contract has an option to extend for a further two years.",
    # 'the contracts be extended' with no contract named nearby
    "1. That the current contracts be extended for a period of 6 months.",
])
def test_undecided_or_unnamed_give_nothing(paragraph: str) -> None:
    assert agreements_in(paragraph) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    # services moved into a running section 75 agreement vary it
    ("RESOLVED: That the Council transfer the School Nursing Service into the existing Section 75 Partnership "
     "Agreement with Wessex Partnership NHS Foundation Trust.",
     ("section_75", "vary")),
    # approving an agreement makes it
    ("The Director submitted a report seeking approval of the Section 75 Agreement for the integration of budgets "
     "with NHS Wessex Integrated Care Board.",
     ("section_75", "new")),
    # a section 76 agreement is kind other
    ("That the Cabinet Member approves the establishment of a Section 76 agreement between the Council and "
     "NHS Wessex Integrated Care Board for weight management services.",
     ("other", "new")),
    # a delegation and partnering agreement between councils
    ("That Barchester City Council enter into a delegation and partnering agreement with Wessex County Council "
     "to commission weight management services.",
     ("inter_authority", "new")),
    # a partnership with a named trust being dissolved
    ("The Cabinet considered the decision of Wessex Partnership NHS Foundation Trust to terminate the partnership "
     "between the Trust and the Council.",
     ("other", "terminate")),
])
def test_partnership_wordings(paragraph: str, expected: tuple[str, str]) -> None:
    found = [(a.kind.value, a.action.value) for a in agreements_in(paragraph, COUNCIL_HEADER)]
    assert found == [expected]


def test_delegation_agreement_with_nhs_body_is_not_inter_authority() -> None:
    paragraph = ("NHS England will enter into a delegation agreement with NHS Wessex Integrated Care Board for "
                 "pharmacy services.")
    assert all(a.kind.value != "inter_authority" for a in agreements_in(paragraph, COUNCIL_HEADER))


def test_decision_subject_line_names_agreement() -> None:
    header = "DECISION OF THE LEADER OF BARCHESTER CITY COUNCIL\n\n"
    paragraph = ("SUBJECT: Agreement under section 75 of National Health Service Act 2006 with Wessex Partnership "
                 "NHS Foundation Trust to deliver social care\n\n1. BACKGROUND\n\n1.1 The Trust manages staff of "
                 "Barchester City Council.")
    assert [a.kind.value for a in agreements_in(paragraph, header)] == ["section_75"]


def test_contract_for_a_named_service_takes_the_body_after_it() -> None:
    paragraph = ("RESOLVED: That the Director be authorised to extend the contract for the Stop Smoking Service with "
                 "Wessex Partnership NHS Foundation Trust until 31 March 2026.")
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in agreements_in(paragraph, COUNCIL_HEADER)] \
        == [("contract", "extend", ["Barchester City Council", "Wessex Partnership NHS Foundation Trust"])]


def test_contract_for_a_named_service_told_as_history_is_no_decision() -> None:
    assert agreements_in("In 2018 the Council let a contract for the Home Library Service for Older People.",
                         COUNCIL_HEADER) == []


@pytest.mark.parametrize(("paragraph", "subject", "tenant"), [
    ("RESOLVED that the grant of a 25-year lease by the Council to the Dysart Surgery in accordance with the "
     "commercial terms set out in the Part 2 report be approved.",
     "25-year lease to Dysart Surgery", "Dysart Surgery"),
    ("The Lead Member RESOLVED to (1) agree to the implementation of two new 10-year leases to the Sussex Partnership "
     "NHS Foundation Trust and any legal documentation associated with enabling this rental.",
     "10-year leases to Sussex Partnership NHS Foundation Trust", "Sussex Partnership NHS Foundation Trust"),
])
def test_a_lease_named_by_its_tenant(paragraph: str, subject: str, tenant: str) -> None:
    found = agreements_in(paragraph)
    assert [(a.kind.value, a.subject, a.action.value) for a in found] == [("other", subject, "new")]
    assert tenant in [p.name for p in found[0].parties]


def test_a_lease_to_no_named_tenant_is_left_to_the_premises_form() -> None:
    assert agreements_in("RESOLVED that the grant of a 25-year lease to the provider be approved.") == []
