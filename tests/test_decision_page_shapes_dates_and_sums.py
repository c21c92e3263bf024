"""Shapes hold-outs 74-76 showed, on invented text: a date whose four-digit year a colon follows, a day wrapped from
its month after "expires", "£329, 546", a committee named alone over its recorded decisions, another meeting's
decision told as history, a decision page's lone decision ("To approve ...", "To allow ..."), a list below a page's
dashed field, "That the Director of Public Health:" over passive items, and what an item ending "... of:" or
"... for:" approves, listed below it."""

from __future__ import annotations

from decimal import Decimal

from test_dates import days
from test_money import values
from test_recommendations import texts


def test_a_colon_after_a_four_digit_year_keeps_the_date() -> None:
    assert days("extend the contract for up to 12 months from 1 April 2022 until 31 March 2023:  Undertake market "
                "engagement.") == ["2022-04-01", "2023-03-31"]


def test_a_colon_after_two_digits_is_a_time_not_a_year() -> None:
    assert days("The meeting starts on 2 March 20:00 hrs.") == []


def test_a_day_wrapped_from_its_month_after_expires() -> None:
    assert days("The current contract commenced 01 April 2020 and expires 31\nMarch 2024. The services will be "
                "re-procured.") == ["2020-04-01", "2024-03-31"]


def test_a_stray_space_after_the_thousands_comma() -> None:
    assert values("to accept the grant allocation from Public Health England for £329, 546 for the commissioning of "
                  "a new service") == [Decimal("329546")]


def test_a_list_of_small_sums_after_a_comma_stays_apart() -> None:
    assert values("bands of £100, 200 and 300") == [Decimal("100")]


def test_a_committee_named_alone_over_its_recorded_decisions() -> None:
    text = ("Before the Committee was a report by the Director, copies of which had been circulated to all Members "
            "and a copy of which is attached to the signed copy of these minutes.\n\n\n"
            "The Joint Strategic Committee\n\n\n"
            "      i.        Delegated authority to the Director for Communities to enter into an inter authority "
            "agreement with Mid Sussex District Council.\n")
    assert texts(text) == ["Delegated authority to the Director for Communities to enter into an inter authority "
                           "agreement with Mid Sussex District Council"]


def test_another_meetings_decision_told_as_history_is_no_decision() -> None:
    text = ("Issue details\n\nPublic Health Nursing – Extension\n\nAt the 12th July 2021 Cabinet meeting, it was "
            "agreed to enter into a new s75 Agreement for Public Health Nursing with Croydon Health Service.\n\n"
            "Decision type: Key\n\nDecision status: For Determination\n")
    assert texts(text) == []


def test_a_decision_minuted_at_this_meeting_is_still_read() -> None:
    text = ("Minutes of the meeting of the Parish Council\n\n5. Grass cutting\n\nAfter discussion it was agreed to "
            "accept the quote from Northby Landscapes.\n")
    assert texts(text) == ["it was agreed to accept the quote from Northby Landscapes"]


def test_a_decision_pages_lone_decision_between_its_fields_and_reasons() -> None:
    text = ("Decision details\n\nStop Smoking Grant\n\nDecision Maker: Director of Public Health\n\n"
            "Decision status: Recommendations Approved\n\nIs Key decision?: No\n\nIs subject to call in?: No\n\n\n"
            "To approve the award of additional grant funding to the Stop Smoking Service Provider, Northby Health "
            "Ltd, totalling £324,728.59.\n\nReasons for the decision:\n\nThe grant is ring-fenced.\n")
    assert texts(text) == ["To approve the award of additional grant funding to the Stop Smoking Service Provider, "
                           "Northby Health Ltd, totalling £324,728.59"]


def test_a_decision_pages_decision_allowing_an_officer_to_act() -> None:
    text = ("Decision details\n\nCare Provider Inflationary Uplift\n\nDecision Maker: Executive Director\n\n"
            "Decision status: Recommendations Approved\n\nIs Key decision?: Yes\n\n\n"
            "It is necessary to take this urgent decision before the new financial year.\n"
            "This year, Full Council budget authorisation was delayed until 29 February 2024.\n\n\n"
            "To allow the Executive Director to allocate the annual inflationary uplift of £7.619m to care "
            "providers.\n\nAlternative options considered:\n\nNone.\n")
    assert texts(text) == ["To allow the Executive Director to allocate the annual inflationary uplift of £7.619m to "
                           "care providers"]


def test_a_list_below_a_pages_dashed_field() -> None:
    text = ("Issue - meetings\n\nMeeting: 19/10/2023 - Executive (Item 164)\n\nAGREED recommendations.\n\n"
            "Other options considered – none\n\nConflicts of interest / dispensations granted – none\n\n\n"
            "(a) To approve the procurement strategy for the Employment Support Service.\n\n"
            "(b) To delegate authority to award the contract to the Director for Adult Social Care.\n")
    assert texts(text) == ["To approve the procurement strategy for the Employment Support Service",
                           "To delegate authority to award the contract to the Director for Adult Social Care"]


def test_an_officer_named_over_passive_items() -> None:
    text = ("Decision Made:\n\n\nThat the Director of Public Health:\n\n\n"
            "be authorised to conduct a procurement exercise for the Stop Smoking Service; and\n\n\n"
            "in consultation with the Cabinet Member - Health and Wellbeing, be granted authority to award the "
            "Contract resulting from the procurement.\n\n\nReasons for the Decision:\n\nThe contract expires.\n")
    assert texts(text) == [
        "be authorised to conduct a procurement exercise for the Stop Smoking Service",
        "in consultation with the Cabinet Member - Health and Wellbeing, be granted authority to award the Contract "
        "resulting from the procurement",
    ]



def test_bullets_completing_what_a_resolution_approves_belong_to_it() -> None:
    text = ("Resolved: (i) That approval be given for the Council to enter into an agreement with NHS Northby CCG and "
            "jointly commission new specialist housing provision, in the shape of:\n"
            "· two supported housing schemes that will support 32 places between them and\n"
            "· 21 Housing First places\n"
            "(ii) That it be noted that a soft-market testing exercise will be undertaken.\n")
    assert texts(text) == [
        "That approval be given for the Council to enter into an agreement with NHS Northby CCG and jointly commission "
        "new specialist housing provision, in the shape of: two supported housing schemes that will support 32 places "
        "between them; 21 Housing First places",
        "That it be noted that a soft-market testing exercise will be undertaken",
    ]


def test_services_listed_as_what_is_commissioned_belong_to_the_decision() -> None:
    text = ("Proposed decision:\n\nAPPROVE the proposed NHS Health Check programme model and agree to the "
            "commissioning of:\n\n1.    NHS Health Check Outreach Service - 1 April 2026 to 31 March 2033\n\n"
            "2.    NHS Health Check Training Provider - 1 April 2026 to 31 March 2033\n\nBackground\n")
    assert texts(text) == ["APPROVE the proposed NHS Health Check programme model and agree to the commissioning of: "
                           "NHS Health Check Outreach Service - 1 April 2026 to 31 March 2033; NHS Health Check "
                           "Training Provider - 1 April 2026 to 31 March 2033"]


def test_decisions_listed_under_for_stay_decisions_of_their_own() -> None:
    text = ("Recommendations\n\nThat Cabinet approve the following for the library service:\n\n"
            "a) To transfer the mobile library to the trust.\n\nb) To close the home library service.\n")
    assert texts(text) == ["To transfer the mobile library to the trust", "To close the home library service"]
