"""Agreements named by decision titles (published decisions lists, agenda items for ratification), and what is
not one: agreements only told as history, grant types a policy sets out. Invented texts, whole pipeline."""

from __future__ import annotations

import pytest
from agreement_helpers import COUNCIL, COUNCIL_HEADER, DECISION_PAGE, agreements_in, party_summary, subject_summary

LIST_HEAD = "Decisions published\n\n"
STATUS = "    Recommendations Approved\n\nDecision Maker: Director of Adult Services\n\nDecision published: 14/03/2024\n\n"


def _entry(title: str, status: str = STATUS) -> str:
    """One entry of a published decisions list."""
    return f"12/03/2024 - {title} ref: 4411{status}"


@pytest.mark.parametrize(("title", "expected"), [
    ("Lease of Unit 4, Mill Lane to Wessex Partnership NHS Trust",
     ("other", "Wessex Partnership NHS Trust", "new", None, None)),
    ("Contract variation for the adult weight management service - Wessex Partnership NHS Trust (WPT) - X120456",
     ("contract", "Wessex Partnership NHS Trust", "vary", None, None)),
    ("Community Wardens - Service Level Agreement with Barsetshire County Council",
     ("inter_authority", "Barsetshire County Council", "new", None, None)),
    ("Update on Acme Care Limited contract arrangements",
     ("contract", "Acme Care Limited", "other", None, None)),
])
def test_an_approved_list_entry_titled_with_an_agreement_is_one(title: str, expected: tuple) -> None:
    assert [party_summary(a) for a in agreements_in(_entry(title), LIST_HEAD)] == [expected]


def test_a_list_entry_naming_no_party_keeps_its_title_as_subject() -> None:
    found = agreements_in(_entry("Recordable decision summary - Extension of Grounds Maintenance Contract"), LIST_HEAD)
    assert [subject_summary(a) for a in found] == [("contract", "Extension of Grounds Maintenance Contract", "extend",
                                                    None, None)]


@pytest.mark.parametrize("title", [
    "Annual Leave Policy Review",  # no agreement word
    "Exempt minutes of the meeting held on 1 February 2024",
])
def test_list_entries_naming_no_agreement_give_none(title: str) -> None:
    assert agreements_in(_entry(title), LIST_HEAD) == []


def test_an_entry_not_approved_is_no_decision() -> None:
    entry = _entry("Lease of Unit 4, Mill Lane to Wessex Partnership NHS Trust", "    For Determination\n\n")
    assert agreements_in(entry, LIST_HEAD) == []


@pytest.mark.parametrize(("agenda", "expected"), [
    ("FOR RATIFICATION 9. Contract Variation Elm Tree Surgery Jo Bloggs 07",
     ("contract", "Elm Tree Surgery", "vary", None, None)),
    ("FOR APPROVAL\n4. Contract Extension Wessex Partnership NHS Trust\tA. Smith\t04",
     ("contract", "Wessex Partnership NHS Trust", "extend", None, None)),
])
def test_an_agenda_item_put_for_decision_naming_a_contract_change_is_one(agenda: str, expected: tuple) -> None:
    header = "Barset Clinical Commissioning Group\nPrimary Care Commissioning Committee\n10 January 2024\n\n"
    found = [party_summary(a) for a in agreements_in(agenda, header)]
    assert [f[2:] for f in found] == [expected[2:]]
    assert any(expected[1] in p.name for a in agreements_in(agenda, header) for p in a.parties)


def test_an_agenda_item_for_information_is_no_decision() -> None:
    assert agreements_in("FOR INFORMATION 9. Contract Variation Elm Tree Surgery Jo Bloggs 07", COUNCIL_HEADER) == []


def test_implementing_the_councils_own_framework_is_a_new_framework() -> None:
    paragraph = "1.  That the implementation of a Highways Minor Works Framework be approved.\n"
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in agreements_in(paragraph, COUNCIL_HEADER)] \
        == [("framework", "new", [COUNCIL])]


def test_implementing_a_policy_framework_is_no_agreement() -> None:
    paragraph = "1.  That the implementation of the Quality Assurance Framework be approved.\n"
    assert agreements_in(paragraph, COUNCIL_HEADER) == []


@pytest.mark.parametrize("paragraph", [
    # minutes reporting an agreement already in place, nothing decided on it
    "The Board considered an update. A Section 75 Agreement has been put in place between Barchester City Council "
    "and NHS Barset Clinical Commissioning Group and work has moved to delivery.",
    "The Board heard that the pooled budget with NHS Barset Clinical Commissioning Group was established in 2019.",
])
def test_an_agreement_told_only_as_history_is_not_listed(paragraph: str) -> None:
    assert agreements_in(paragraph, COUNCIL_HEADER) == []


def test_grant_types_a_policy_sets_out_are_no_agreements() -> None:
    paragraph = ("RESOLVED to:\n1. Approve the updated Home Adaptations Grant Policy.\n2. Note the land charge "
                 "conditions:\na) Mandatory Grants - where the grant value is over £5,000 a land charge may apply\n"
                 "b) Discretionary Grants - a land charge may apply depending on the value of the grant.\n")
    assert agreements_in(paragraph, COUNCIL_HEADER) == []


def test_grants_the_council_awards_to_organisations_are_awarded() -> None:
    paragraph = ("Resolved:\n1. Approve the Neighbourhood Improvement Grant awards for 2024/25.\n\nReason: to ensure that Neighbourhood "
                 "Improvement Grants can be awarded to local voluntary organisations to continue their services.\n")
    assert [(a.kind.value, a.action.value) for a in agreements_in(paragraph, COUNCIL_HEADER)] == [("grant", "award")]


def test_a_decision_page_accepting_a_named_funders_grant_is_a_new_grant() -> None:
    paragraph = ("This report sought approval for the Council to enter into a funding agreement with Sport England "
                 "for the Active Parks Project.\nTHE DECISION:\nThat Cabinet approves the acceptance of the Sport "
                 "England grant of £120,000 and the conditions set out in the Lottery Fund Agreement.\n")
    found = agreements_in(paragraph, DECISION_PAGE)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("grant", "new", ["Sport England"])]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("b) That Cabinet authorise the Chief Executive to sign the letter from Barsetshire County Council, thereby "
     "authorising the transfer of up to £80,000 from Barsetshire County Council to the Borough Council for "
     "community safety work.",
     [("grant", "Barsetshire County Council", "new", None, None)]),
    # money the council moves out, or between its own budgets, is no grant it receives
    ("b) That Cabinet approve the transfer of £80,000 from Barsetshire County Council reserves to the capital "
     "programme.", []),
])
def test_a_transfer_from_a_public_body_to_the_council_under_a_decision_is_a_grant(paragraph: str, expected: list) -> None:
    assert [party_summary(a) for a in agreements_in(paragraph, COUNCIL_HEADER)] == expected


def test_a_meetings_own_record_of_an_agreement_is_kept() -> None:
    paragraph = ("The Board noted that the Section 75 agreement between Barchester City Council and NHS Barset "
                 "Clinical Commissioning Group had been refreshed for 2024/25.")
    assert [(a.kind.value, a.action.value) for a in agreements_in(paragraph, COUNCIL_HEADER)] == [("section_75", "note")]


def test_a_bcf_plan_approved_by_another_body_is_no_new_fund_of_the_paper() -> None:
    paragraph = ("The Board considered an update report on the Better Care Fund. Following approval of the Barchester "
                 "BCF plan by NHS England in January 2024, work with NHS Barset Clinical Commissioning Group has "
                 "moved to delivery.")
    assert agreements_in(paragraph, COUNCIL_HEADER) == []
