"""Bodies a paper names beside its own that must not be read as its issuer: a guest's employer, the council paired
with "the Council", a council the same matter is also put to, a council named only as another area's lead or as the county of the districts listed (invented sentences)."""

from __future__ import annotations

from extractors.issuer import issuing_body


def test_a_guest_s_nhs_body_does_not_issue_a_scrutiny_minute() -> None:
    text = ("Agenda item\nCommunity Pharmacy Provision in Northby\nMinutes:\nMembers considered an update on pharmacy "
            "services. Officers were joined by the Programme Lead for Primary Care from NHS Kent and Medway ICB in providing an "
            "overview. The council had no direct responsibility for pharmacy services, which were commissioned by "
            "the ICB. The ICB had reviewed opening hours, and the ICB would report back.\n")
    assert issuing_body(text) is None


def test_an_nhs_body_named_for_itself_still_issues_its_paper() -> None:
    text = ("NHS Wessex ICB\nBoard meeting\nThe Board of NHS Wessex ICB considered the pharmacy report. The ICB had "
            "reviewed opening hours, and the ICB would report back.\n")
    assert issuing_body(text) == "NHS Wessex ICB"


def test_the_council_paired_with_a_named_council_is_not_that_council() -> None:
    text = ("Issue - meetings\n\nYouth Offending Service: Joint Working Arrangements with Wiltshire Council\n\n"
            "Cabinet received the report on the integrated service model between the Council and Wiltshire Council. "
            "The arrangements had been beneficial to Wiltshire Council and partners.\n\n"
            "Cabinet agreed to develop the joint working arrangements further.\n")
    assert issuing_body(text) is None


def test_a_council_whose_approval_is_also_sought_is_the_other_council() -> None:
    text = ("Youth Justice Plan\nMinutes:\nThe Portfolio Holder set out the Cabinet recommendation.\nDecision\n"
            "That the plan be approved.\nReason\nThe service is a partnership between Wiltshire Council and Swindon "
            "Borough Council, along with Wiltshire Police. Approval for the plan is also being sought from Swindon "
            "Borough Council.\n")
    assert issuing_body(text) == "Wiltshire Council"


def test_a_council_named_twice_as_another_area_s_lead_is_a_third_party() -> None:
    # The paper writes its own area alone ("Somerset has received ...") and the other council only as a lead body:
    # the one area it writes of alone is its own council's.
    text = ("Decision details\n\nTo approve the receipt of the public health grants for 2026-27.\n\n"
            "Decision Maker: Director of Public Health\n\nSomerset has received confirmation that the grants will "
            "continue in 2026-27. The Director approves the receipt of the grants by the council, and the receipt "
            "of the detoxification grant by Bristol City Council, as lead council for the regional consortium. "
            "Bristol City Council will also receive an allocation for Somerset while the council is a member.\n")
    assert issuing_body(text) == "Somerset Council"


def test_a_county_whose_district_and_borough_councils_the_paper_lists_is_not_its_issuer() -> None:
    text = ("Agenda item\n\nCOMMUNITY GRANTS 2026-2030\n\nMinutes:\n\nThe report endorsed the work of the Council's "
            "partners. The transport scheme is a collaborative agreement managed by Kent County Council which "
            "includes all Kent District and Borough councils, and the council's grants were agreed.\n")
    assert issuing_body(text) is None
