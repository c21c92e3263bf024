"""Contracts awarded to "the following providers", listed one a line with their lots; "Plc" ends a company's name."""

from __future__ import annotations

from agreement_helpers import agreements_in
from test_recommendations import texts

from extractors.doctext import Collector, DocText
from extractors.organisations import extract_organisations

MINUTE = """Issue - meetings

Domiciliary Care - Award of Contract

Meeting: 19/01/2012 - Cabinet (Item 85)

RESOLVED: That

(1)       contracts be awarded for the provision of Domiciliary Care to the following providers with the highest score in each lot identified below, for a 5-year period, with an option for 2 further years, commencing 1 April 2012:

Area 1 - Northby Care Group Plc
Area 2 - Wren Care Plc
Area 3 - Oakfield Care Limited
Area 4 - Oakfield Care Limited

(2)       it be noted that the proposal was a Key Decision.
"""


def test_each_listed_provider_holds_one_contract_with_its_lots() -> None:
    found = agreements_in(MINUTE, header="")
    assert [(a.kind.value, a.action.value, a.subject, [p.name for p in a.parties], a.start_date.isoformat())
            for a in found] == [
        ("contract", "award", "Area 1", ["Northby Care Group Plc"], "2012-04-01"),
        ("contract", "award", "Area 2", ["Wren Care Plc"], "2012-04-01"),
        ("contract", "award", "Area 3 and Area 4", ["Oakfield Care Limited"], "2012-04-01"),
    ]


def test_a_list_under_no_decision_gives_no_contracts() -> None:
    told = MINUTE.replace("contracts be awarded", "in 2007 contracts were awarded").replace("RESOLVED: That\n", "")
    assert [a for a in agreements_in(told, header="") if a.rule == "agreements.award_list"] == []


def test_the_list_stops_at_a_line_naming_no_body() -> None:
    cut = MINUTE.replace("Area 3 - Oakfield Care Limited", "Areas 3 and 4 are to be retendered")
    assert [a.parties[0].name for a in agreements_in(cut, header="") if a.rule == "agreements.award_list"] == [
        "Northby Care Group Plc", "Wren Care Plc"]


def test_plc_in_title_case_ends_a_company_s_name() -> None:
    doc = DocText.from_pages("0" * 64, ["The contract went to Careforce Group Plc in 2012."])
    assert [m.text for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)] == [
        "Careforce Group Plc"]


EACH_OF_THE_FOLLOWING = """Issue - meetings

Enhanced Reablement

Meeting: 15/12/2014 - Cabinet (Item 13)

Decision:
i) that a contract for Enhanced Reablement Services be awarded for a term of one year with an option to extend by one further year to each of the following:
- Northby Homecare Services Limited
- Wren Care Limited;
ii) that an exemption from Contract Standing Order 104(b) be agreed to permit the award of contracts to the two highest scoring bidders.
"""


def test_a_contract_for_a_service_awarded_to_each_of_the_following_gives_one_per_provider() -> None:
    # The listed names are providers, not contract titles ("Northby Homecare Services" is no service of its own).
    found = agreements_in(EACH_OF_THE_FOLLOWING, header="")
    assert [(a.kind.value, a.action.value, a.subject, [p.name for p in a.parties]) for a in found] == [
        ("contract", "award", "Enhanced Reablement Services", ["Northby Homecare Services Limited"]),
        ("contract", "award", "Enhanced Reablement Services", ["Wren Care Limited"]),
    ]


def test_the_providers_listed_under_an_award_belong_to_its_recommendation() -> None:
    found = texts(EACH_OF_THE_FOLLOWING)
    assert len(found) == 2
    assert found[0].endswith("to each of the following: Northby Homecare Services Limited; Wren Care Limited")
