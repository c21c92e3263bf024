"""Decisions taken by one person, as council web pages record them: an officer's "has approved that;" over a list, a
mayor's "I ... do hereby approve the:", a cabinet member's "approved the amendment ..." sentence, and minutes that
tell only what a report sought."""

from __future__ import annotations

from test_recommendations import run, texts


def decisions(text: str) -> list[str]:
    """The texts of the items recorded as decisions (every item must be one)."""
    records = run(text)
    assert all(r.is_decision for r in records)
    return [r.text for r in records]

OFFICER_RECORD = """Decision details

Award of Contract Care at Home Services

Decision Maker: Director of Adults and Health (Jo Smith)

Decision status: Recommendations Approved

Decision:

The Director of Adults and Health has approved that;

1)   the Care at Home Framework be awarded to organisations listed in Appendix 1, for a period of four (4) years
commencing on 29 September 2024; and

2)   Issuing of contracts for current providers listed in Appendix 2 who did not bid.

Publication date: 05/09/2024
"""


def test_an_officer_s_approval_heads_the_list_it_decides() -> None:
    assert decisions(OFFICER_RECORD) == [
        "the Care at Home Framework be awarded to organisations listed in Appendix 1, for a period of four (4) years "
        "commencing on 29 September 2024",
        "Issuing of contracts for current providers listed in Appendix 2 who did not bid",
    ]


MAYOR_RECORD = """Report of the Strategic Director People
Decision:
Northby City Council - Record of Decision (Cabinet)
I Jo Smith, City Mayor, in exercise of the powers contained within the City Council Constitution do hereby approve the:
1. establishment of the Northby Integrated Care Partnership as a joint committee of the ICB and the local authorities;
2. appointment of the City Mayor as the Council's member of the Northby Integrated Care Partnership;
3. note the proposed Terms of Reference of the partnership.
An integrated care partnership is one of two statutory components of an Integrated Care System.
"""


def test_a_mayor_s_hereby_approve_heads_the_list_it_decides() -> None:
    assert decisions(MAYOR_RECORD) == [
        "establishment of the Northby Integrated Care Partnership as a joint committee of the ICB and the local "
        "authorities",
        "appointment of the City Mayor as the Council's member of the Northby Integrated Care Partnership",
        "note the proposed Terms of Reference of the partnership",
    ]


MEMBER_SENTENCE = """Decision Maker: Cabinet Member for Adult Social Care
Decision status: Recommendations Approved
The Cabinet Member approved the amendment to the Mental Health Section 75 Partnership Agreement to revise its term to four years.
The recommendation is made on the following factors:
- to continue to delegate the delivery of mental health social work to the trust
Publication date: 06/07/2021
"""


def test_a_cabinet_member_s_approval_sentence_is_the_decision() -> None:
    assert decisions(MEMBER_SENTENCE) == [
        "The Cabinet Member approved the amendment to the Mental Health Section 75 Partnership Agreement to revise its "
        "term to four years"
    ]


def test_an_officer_agreeing_to_look_into_something_decides_nothing() -> None:
    minute = ("Minutes\n\nRESOLVED that the report be noted.\n\n"
              "The Executive Director of Nursing agreed to review the data and report to the next meeting.\n")
    assert texts(minute) == ["that the report be noted"]


SOUGHT_MINUTE = """Agenda item
Approval of Section 75 Legal Agreement
Minutes:
The Board considered a joint report of the Director of Finance (Northby Council) and the Chief Finance Officer (Northby CCG) that sought approval for the final version of the Northby Section 75 legal agreement and the partners' contributions.
The Board were advised that the agreement had existed for some years. This report sought approval for a further year of it.
"""


def test_minutes_telling_only_what_a_report_sought_record_that_approval() -> None:
    assert decisions(SOUGHT_MINUTE) == [
        "approval for the final version of the Northby Section 75 legal agreement and the partners' contributions"
    ]


def test_what_a_report_sought_is_not_read_where_the_minute_records_its_resolution() -> None:
    resolved = SOUGHT_MINUTE + "RESOLVED that the final version of the agreement be approved.\n"
    assert decisions(resolved) == ["that the final version of the agreement be approved"]


LEADER_RECORD = """Issue - decisions
23/07/2020 - Leisure Services Recovery
The Leader:
1.             Considered the available options summarised in this report.
2.             AGREED Option 1 to meet the increased net costs of the leisure facility services.
3.             AGREED to review the position again in early 2021.
4.             Noted the plans to progress a long-term leisure strategy.
5.             DELEGATED to the Service Director authority to finalise the documentation to bring into effect the payments set out in the recommendations above.
NB. In a major emergency, the Leader may take any immediate urgent decision required without consultation.
"""


def test_a_leader_s_list_of_past_tense_decisions_is_read_whole() -> None:
    # The first item only records what was considered; "AGREED to" on a numbered line is the list's next item, not
    # a new resolution; a delegation that refers to "the recommendations above" in passing is still a decision.
    assert decisions(LEADER_RECORD) == [
        "Considered the available options summarised in this report",
        "AGREED Option 1 to meet the increased net costs of the leisure facility services",
        "AGREED to review the position again in early 2021",
        "Noted the plans to progress a long-term leisure strategy",
        "DELEGATED to the Service Director authority to finalise the documentation to bring into effect the payments "
        "set out in the recommendations above",
    ]


def test_an_item_deciding_the_recommendations_set_out_elsewhere_is_still_not_an_item() -> None:
    minute = ("Minutes\n\nRESOLVED that:\n1. the recommendations set out in section 2 of the report be approved;\n"
              "2. the Director be authorised to sign the agreement.\n")
    assert texts(minute) == ["the Director be authorised to sign the agreement"]


def test_a_condition_leading_into_the_items_is_neither_an_item_nor_a_stop() -> None:
    minute = ("Minutes\nRESOLVED THAT\nSubject to Northby District Council agreeing to similar resolutions, "
              "the following be approved :\n(i) the existing arrangements be extended until 7th November 2020;\n"
              "(ii) changes to the governance be approved;\n")
    assert decisions(minute) == ["the existing arrangements be extended until 7th November 2020",
                                 "changes to the governance be approved"]


def test_a_numbered_list_of_the_body_deciding_in_the_present_is_a_recommendation_list() -> None:
    report = ("Report to Cabinet\n\nRecommendations are set out below.\n\n1. The Cabinet agrees that the Council and "
              "the PCT should build on arrangements for partnership working.\n\n2. The Cabinet, delegates the decision "
              "to award the contract to the Leader of the Council.\n\n3. Background\n\nThe PCT and Council have both "
              "contributed to a budget.\n")
    assert texts(report) == [
        "The Cabinet agrees that the Council and the PCT should build on arrangements for partnership working",
        "The Cabinet, delegates the decision to award the contract to the Leader of the Council",
    ]


def test_a_delegation_s_threshold_rows_are_not_decisions() -> None:
    decision = ("Minutes\n\nRESOLVED that Cabinet:\n- APPROVE the updated Disabled Facilities Grant Policy.\n"
                "- CONTINUE TO DELEGATE AUTHORITY to approve Discretionary Disabled Facility Grant funding as per the "
                "Council's Constitution.\n· Up to £2,500 - Service Manager/Lead\n· Up to £10,000 - Head of Service\n"
                "· Over £50,000 – Section 151 Officer and CEO\n")
    assert decisions(decision) == [
        "APPROVE the updated Disabled Facilities Grant Policy",
        "CONTINUE TO DELEGATE AUTHORITY to approve Discretionary Disabled Facility Grant funding as per the Council's "
        "Constitution",
    ]
