"""Decisions written with the decision maker as the subject: "1. Cabinet awards Acme Homes a 4-year contract ...",
"The Cabinet Member awarded a contract ... to X." on a decision page; the party given the contract is read."""

from __future__ import annotations

from agreement_helpers import agreements_in
from test_recommendations import run, texts

from extractors.doctext import DocText
from extractors.document import extract_document

ISSUE_PAGE = """Issue - meetings

Neighbourhood Support Services

Meeting: 04/09/2024 - Cabinet (Item 225)

Report of the Cabinet Member for Housing Services attached.



1.   Cabinet awards Northby Homes a 4-year contract for Supported Accommodation at £1,616,290.28

2.   Cabinet awards Wrenfield Enterprise a 4-year contract for floating support at £2,221,080.72

3.   Cabinet approves the entering into of a 4-year arrangement (1st October 2024- 30th September 2028) for both services.

4.   Cabinet delegates finalisation and sealing of these contracts to the Director of Law.


Reasons for recommendation(s)

The services were tendered.
"""


def test_items_opening_with_the_body_and_its_present_verb_are_decisions() -> None:
    assert texts(ISSUE_PAGE) == [
        "Cabinet awards Northby Homes a 4-year contract for Supported Accommodation at £1,616,290.28",
        "Cabinet awards Wrenfield Enterprise a 4-year contract for floating support at £2,221,080.72",
        "Cabinet approves the entering into of a 4-year arrangement (1st October 2024- 30th September 2028) for both "
        "services",
        "Cabinet delegates finalisation and sealing of these contracts to the Director of Law",
    ]


def test_the_body_telling_what_it_has_done_in_a_list_is_not_a_present_decision() -> None:
    told = ISSUE_PAGE.replace("Cabinet awards Northby", "Cabinet awarded in 2019 to Northby").replace(
        "Cabinet awards Wrenfield", "Officers awarded Wrenfield")
    assert not any("Northby Homes" in t for t in texts(told))


def test_the_party_between_the_verb_and_its_contract_is_the_provider() -> None:
    found = agreements_in(ISSUE_PAGE, header="")
    summary = [(a.kind.value, a.subject, [(p.name, p.role.value) for p in a.parties]) for a in found]
    assert ("contract", "4-year contract", [("Northby Homes", "provider")]) in summary
    assert ("contract", "4-year contract", [("Wrenfield Enterprise", "provider")]) in summary


def test_the_party_between_the_verb_and_its_lease_is_an_organisation() -> None:
    doc = DocText.from_pages("0" * 64, ["RESOLVED that the Council grants Northby Scouts a lease of the hut.\n"])
    assert "Northby Scouts" in [o.name for o in extract_document(doc).organisations]


DECISION_PAGE = """Decision details

Contract Award for Carers

Decision Maker: Cabinet Member for Adult Social Care

Decision status: Recommendations Approved

Is Key decision?: Yes

Is subject to call in?: Yes


The Exempt Annex is NOT FOR PUBLICATION in accordance with paragraph 3 of Schedule 12A.


The Cabinet Member awarded a contract for the delivery of a Carers Service in Northby to Acme Care Limited for a maximum total value of £1,400,000.


The contract will operate for the period 1st July 2014 to 30th June 2017 with the option to extend it.


Reasons for the decision:

The service supports carers.
"""


def test_a_decision_page_telling_the_maker_s_act_records_it() -> None:
    records = run(DECISION_PAGE)
    assert [(r.text, r.is_decision) for r in records] == [
        ("The Cabinet Member awarded a contract for the delivery of a Carers Service in Northby to Acme Care Limited "
         "for a maximum total value of £1,400,000", True)]
    found = agreements_in(DECISION_PAGE, header="")
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("contract", "award", ["Acme Care Limited"])]


def test_with_two_statements_below_the_told_act_is_not_taken() -> None:
    two = DECISION_PAGE.replace("with the option to extend it.\n",
                                "with the option to extend it.\n\n\nThe provider was chosen by tender.\n")
    assert texts(two) == []
