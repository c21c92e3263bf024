"""Decision lists read wherever they stand, by the form of their first item (invented sentences, session 6)."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

from extractors.doctext import DocText
from extractors.recommendations.decision_lists import DECISION_FORM, decision_form_lists
from extractors.recommendations.lines import lines_of


def _starts(text: str) -> list[str]:
    """The first lines of the decision-form lists of a text."""
    doc = DocText.from_pages("0" * 64, [text])
    lines = lines_of(doc)
    return [lines[index].text for index in sorted(decision_form_lists(lines))]


@pytest.mark.parametrize(("text", "expected"), [
    ("To approve the revised fees", True),
    ("To formally adopt the plan", True),
    ("Approve the lease of the pavilion", True),
    ("approve the lease of the pavilion", True),
    ("That the contract be awarded to the preferred bidder", True),
    ("Enter into a funding agreement with the Trust", True),
    ("Delegate authority to the Director of Place", True),
    ("To provide a safe place for young people", False),
    ("To ensure residents are heard", False),
    ("Support for carers", False),
    ("Approval of the accounts", False),
    ("The award of a contract", False),
])
def test_decision_forms(text: str, expected: bool) -> None:
    assert bool(DECISION_FORM.match(text)) is expected


# --- a labelled list of decisions under a lead-in no rule knows ----------------------------------------

@pytest.mark.parametrize(("lead_in", "first", "second"), [
    ("Subject to the agreement of the Section 151 Officer:", "1. To approve the transfer of the depot lease.",
     "2. To delegate authority to the Head of Property to complete the transfer."),
    ("Report title: Play Area Renewal", "(a) That the tender from the preferred bidder be accepted.",
     "(b) That the Director be authorised to sign the contract."),
    ("Decision(s) That the Policy Committee RESOLVES:", "i. Adopt the revised Allotments Policy.",
     "ii. Note the consultation responses received."),
    ("Following a short discussion it was RESOLVED.", "1) Approve the grant of £2,000 to the village hall.",
     "2) Release the balance of the play fund."),
])
def test_decision_list_under_unknown_lead_in_is_read(lead_in: str, first: str, second: str) -> None:
    text = f"Town Hall Refurbishment\n\n{lead_in}\n\n{first}\n\n{second}\n\nBackground\n\nThe hall was built in 1962.\n"
    found = texts(text)
    assert len(found) == 2
    assert found[0] == first.split(" ", 1)[1].rstrip(".")
    assert found[1] == second.split(" ", 1)[1].rstrip(".")


def test_resolved_lead_in_reads_noun_items() -> None:
    text = ("Minutes of the Leader's decision meeting\n\n"
            "The Leader, having considered the report, RESOLVED to approve:\n\n"
            "1. The award of a contract for cleaning the civic offices to the top ranked supplier.\n\n"
            "2. The award of a contract for window cleaning to the second ranked supplier.\n\n"
            "Reasons for the decision\n\nThe current contracts end in March.\n")
    found = run(text)
    assert [r.text[:26] for r in found] == ["The award of a contract fo"] * 2
    assert all(r.is_decision for r in found)


def test_resolved_above_marks_items_decided() -> None:
    text = ("Leisure Centre Roof\n\nAfter debate it was RESOLVED:\n\n"
            "1. To approve the roof repairs at a cost of £40,000.\n2. To note the revised programme.\n")
    found = run(text)
    assert len(found) == 2 and all(r.is_decision for r in found)


def test_report_list_is_a_recommendation_not_a_decision() -> None:
    text = ("Leisure Centre Roof\n\nSubject to funding being confirmed:\n\n"
            "1. To approve the roof repairs at a cost of £40,000.\n2. To note the revised programme.\n")
    found = run(text)
    assert len(found) == 2 and not any(r.is_decision for r in found)


# --- refused by position --------------------------------------------------------------------------------

@pytest.mark.parametrize("above", [
    "Background",
    "2. Options considered",
    "Risks",
    "Aims and objectives",
    "Consultation questions",
    "The objectives of the scheme are to:",
    "The three priorities for the coming year, which are;",
    "Contents",
    "Our ambitions for the town are to:",
    "We will:",
])
def test_list_in_background_options_or_aims_is_refused(above: str) -> None:
    text = (f"{above}\n\n1. Support local groups to bid for funding.\n"
            "2. Agree a shared approach to volunteering.\n")
    assert _starts(text) == []


def test_sub_list_of_an_item_is_refused() -> None:
    text = ("1. To enter into a grant agreement with the youth charity, which will use it to:\n"
            "i. Support the development of the local offer.\n"
            "ii. Support voluntary groups to reach the quality standard.\n")
    assert _starts(text) == []


def test_quoted_amendment_is_refused() -> None:
    text = ("Cllr Green proposed the following amendment:\n"
            "\u201cCouncil is asked to:\n"
            "(1) Endorse the joint work on devolution\n"
            "(2) Expects full transparency in the process.\u201d\n"
            "Amendment carried.\n")
    assert _starts(text) == []


def test_agenda_is_refused() -> None:
    text = ("Agenda\n\n1. To approve the minutes of the last meeting.\n2. To receive apologies for absence.\n"
            "3. To approve the accounts for payment.\n")
    assert _starts(text) == []


def test_single_item_is_not_a_list() -> None:
    text = "Town Hall\n\nFor information:\n\n1. To approve the minutes.\n\nThe hall closed in May.\n"
    assert _starts(text) == []


def test_item_read_elsewhere_does_not_hide_the_rest() -> None:
    text = ("Recommendations\n\nThat the Board notes the report.\n\n"
            "Proposed decisions on the depot:\n\n"
            "1. To approve the sale of the depot.\n2. To delegate completion to the Head of Legal.\n")
    found = texts(text)
    assert "To approve the sale of the depot" in found
    assert "To delegate completion to the Head of Legal" in found


def test_bullets_below_a_deciding_lead_in_are_read() -> None:
    text = ("Parish Council Minutes\n\n7. Village Green\n\nAfter discussion the Council RESOLVED to approve:\n\n"
            "\u2022 The quotation for fencing the green.\n\u2022 The purchase of two new benches.\n\n8. Correspondence\n")
    found = texts(text)
    assert "The quotation for fencing the green" in found
    assert "The purchase of two new benches" in found


def test_bullets_without_a_deciding_lead_in_are_not_a_decision_list() -> None:
    text = ("The key points raised were:\n\n\u2022 Approve the fencing quotation next month.\n"
            "\u2022 Agree a date for the fun day.\n")
    assert _starts(text) == []


def test_past_tense_list_in_a_report_is_history() -> None:
    text = "Report of the Director\n\nIn 2019 the Board:\n\n(a) approved the strategy;\n(b) noted the risks.\n"
    assert _starts(text) == []
