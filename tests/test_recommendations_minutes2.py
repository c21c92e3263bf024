"""Decisions small councils minute in prose (motions carried, "It was agreed ...") and grant outcome tables."""

from __future__ import annotations

import pytest
from test_recommendations import run, texts

_HEAD = "Minutes of the Meeting of Ashcombe Parish Council held on Monday 3 March 2025\n\n"

# --- decisions in prose ---------------------------------------------------------------------------

PROSE_CASES = [
    # A motion carried under its agenda heading.
    ("4. **To approve the minutes of the meeting held on 3 February 2025**\n\n"
     "Cllr Boyd proposed approval; Cllr Hale seconded; **Carried.**\n",
     ["To approve the minutes of the meeting held on 3 February 2025: Cllr Boyd proposed approval; "
      "Cllr Hale seconded; Carried"]),
    # A motion with its own title on the line.
    ("2. Election of officers\n\nChair:  Cllr Boyd proposed Cllr Hale; Cllr Innes seconded; Carried.\n",
     ["Chair: Cllr Boyd proposed Cllr Hale; Cllr Innes seconded; Carried"]),
    # An election by vote after two nominations: only the outcome sentence is the decision.
    ("Vice-Chair:  Cllr Hale proposed Cllr Innes; Cllr Boyd seconded.  Cllr Ward proposed Cllr Lee; Cllr Ash "
     "seconded.  On a majority vote, Cllr Innes was elected.\n",
     ["Vice-Chair: On a majority vote, Cllr Innes was elected"]),
    # A bare "Cllr A proposed" carries the motion "it was proposed that" put just above.
    ("9. Hall hire charges\n\nIt was proposed that the hall hire charge from 1 April 2025 should be £12.50 per hour.\n\n"
     "Cllr Ash proposed:  Cllr Lee seconded:  Carried.\n",
     ["that the hall hire charge from 1 April 2025 should be £12.50 per hour: Cllr Ash proposed: Cllr Lee seconded: Carried"]),
    # A letter and the council's answer in one paragraph: the letter is the decision's title.
    ("Offer from the Rotary Club to plant bulbs on the green.  Cllr Ward proposed acceptance:  Cllr Ash seconded:  "
     "Carried.  Clerk to reply.\n",
     ["Offer from the Rotary Club to plant bulbs on the green: Cllr Ward proposed acceptance: Cllr Ash seconded: Carried"]),
    # "It was agreed to ..." mid-sentence, after the discussion that led to it.
    ("8. Verge cutting\nThree quotes were read out, after a short discussion, it was agreed to accept the quote from "
     "Greenways Ltd for two years; the Clerk to inform them.\n",
     ["it was agreed to accept the quote from Greenways Ltd for two years; the Clerk to inform them"]),
    # A short decision on a sub-item takes the sub-item's title.
    ("7. Policies. 7.1 Complaints Procedure. The draft had been circulated. It was agreed by all to adopt the "
     "revised procedure. 7.2 Grant Policy. The draft had been circulated. It was agreed by all to adopt this policy.\n",
     ["Complaints Procedure: It was agreed by all to adopt the revised procedure",
      "Grant Policy: It was agreed by all to adopt this policy"]),
    # The council as subject.
    ("Request from the County Council to join a webinar on road safety.  Council agreed attendance was not needed.\n",
     ["Request from the County Council to join a webinar on road safety: Council agreed attendance was not needed"]),
    ("Councillors agreed that the bench quote of £640.00 plus VAT would be accepted.\n",
     ["Councillors agreed that the bench quote of £640.00 plus VAT would be accepted"]),
    # A decision in the passive ending its sentence.
    ("3. The minutes of the meeting held on 03/02/25 were agreed as a true record.\n",
     ["The minutes of the meeting held on 03/02/25 were agreed as a true record"]),
    ("10. Annual return Councillors were given a copy of the annual return which was considered and approved.\n",
     ["Annual return Councillors were given a copy of the annual return which was considered and approved"]),
    # A numbered resolution inside a paragraph.
    ("Bus shelter The Clerk had a quote of £300 for new glass. Resolved 25/03/6.01 It was agreed that the Clerk "
     "should order the replacement glass panels.\n",
     ["It was agreed that the Clerk should order the replacement glass panels"]),
    # "The following payments were agreed:" with the payments listed below.
    ("6. The following payments were agreed:\n\nGreenways Ltd (verge cutting) £120.00\n\nClerk (salary) £350.00\n"
     "7. Correspondence\n",
     ["The following payments were agreed: Greenways Ltd (verge cutting) £120.00; Clerk (salary) £350.00"]),
    ("9. Accounts March 2025\nAll payments approved all Councillors agreed.\n",
     ["All payments approved all Councillors agreed"]),
]


@pytest.mark.parametrize(("body", "expected"), PROSE_CASES)
def test_prose_decisions_in_minutes(body: str, expected: list[str]) -> None:
    records = run(_HEAD + body)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


NOT_DECIDED = [
    # Discussion and actions without a decision.
    "5. Footpaths\nThe footpath by the mill was discussed. Clerk to report the fallen tree to the County Council.\n",
    # An agreement between a councillor and a contractor is not the council's decision.
    "It was agreed between Cllr Boyd and the contractor that two extra cuts would be made.\n",
    # History: approved at an earlier meeting.
    "The grant of £500 was approved at the January meeting subject to revised costings.\n",
    # The public session: what councillors agree there decides nothing.
    "Meeting adjourned\nOPEN FORUM\nA resident asked for the litter bins to be emptied more often, Councillors agreed "
    "that it was a good idea.\nMeeting reconvened\n",
    # A discussion minuted as agreed, with what someone reported.
    "It was agreed that delays in the process needed to be removed and Dr Moss reported that work had begun.\n",
    # "carried out" is no motion carried.
    "The Clerk proposed that the survey be carried out in spring.\n",
    # A decision quoted without its content: the list it points to, or the sentence it answers, holds it.
    "The damp in the pavilion was discussed at length by members.\n\n"
    "On a proposition by Cllr Ash, seconded by Cllr Lee it was unanimously agreed that\n",
    "The Clerk reported on the pavilion roof. Cllr Ash asked for a survey in spring. The Parish Council agreed to this.\n",
    "The Clerk reported on the pavilion roof. Members discussed the survey. Councillors agreed.\n",
]


@pytest.mark.parametrize("body", NOT_DECIDED)
def test_no_decision_in_discussion(body: str) -> None:
    assert texts(_HEAD + body) == []


def test_prose_rules_only_in_minutes() -> None:
    """A report quoting what was agreed before records no decision of this meeting."""
    assert texts("Report to Cabinet\nBackground\nIt was agreed to accept the quote from Greenways Ltd for two years.\n") == []


def test_formal_resolutions_keep_prose_out() -> None:
    """Minutes with a formal RESOLVED list: the narrative around it is discussion, not more decisions."""
    text = ("Minutes of the Cabinet\nRESOLVED that the revised fees be approved.\n\n"
            "It was agreed that officers would circulate the briefing note to all members.\n")
    assert texts(text) == ["that the revised fees be approved"]


# --- grant tables with an outcome column ------------------------------------------------------------

_GRANT_TABLE = (
    "Minutes of the Leisure Committee\n"
    "57 Community Grant Applications\n"
    "Committee considered the following applications:\n"
    "Organisation Project Summary\nAmount\nRequested\nRecommendation\n"
    "Friends of\nHollow Park\nNew benches and a notice board for the park so\nthat visitors can rest and read about events.\n"
    "North ward\n£1,200\nApproved.\nMeets the criteria of\nimproving the environment.\n"
    "Oakfield\nCricket Club\nThe club wants new nets for its junior players,\nwho train twice a week in the summer.\n"
    "South ward\n£4,000\nRejected.\nDoes not meet the criteria\nas the club is privately owned.\n"
    "Millbrook\nSchool\nThe school would like to buy recycling bins for\nevery classroom and the playground.\n"
    "£650\nRecommend approval of the\nproject to the Highways\nCommittee.\n"
    "58 Date of next meeting\n"
)


def test_grant_table_rows_are_decisions() -> None:
    assert texts(_GRANT_TABLE) == [
        "Friends of Hollow Park: Approved. Meets the criteria of improving the environment",
        "Oakfield Cricket Club: Rejected. Does not meet the criteria as the club is privately owned",
        "Millbrook School: Recommend approval of the project to the Highways Committee",
    ]


def test_grant_table_outcome_cell_split_by_page() -> None:
    """A page break inside a row: the outcome cell goes on after the summary's tail and the amounts."""
    text = (
        "Minutes of the Leisure Committee\nOrganisation Project Summary\nAmount\nRequested\nRecommendation\n"
        "Riverside\nCounselling\nFunding for the counselling service's running costs\n"
        "£1,000\nRejected.\nCommittee recommended that\n\f"
        "Leisure Committee Minutes | 4 March 2025\nOrganisation Project Summary\nAmount\nRequested\nRecommendation\n"
        "which is open every weekday for most of the year.\nTotal:\n£2,000\nfunding is considered with\n"
        "the wellbeing strategy.\n"
        "Hillside\nYouth Club\nThe club asks for help with rent for the coming year\nfor its two evening sessions.\n"
        "£800\nApproved.\n"
    )
    assert texts(text) == [
        "Riverside Counselling: Rejected. Committee recommended that funding is considered with the wellbeing strategy",
        "Hillside Youth Club: Approved",
    ]


def test_outcome_column_alone_is_no_table() -> None:
    """One row, or no applicant's name above the summary, is no table of decisions."""
    text = ("Minutes\nOrganisation Project Summary\nAmount\nRecommendation\n"
            "Funding for the counselling service's running costs\n£1,000\nApproved.\n")
    assert texts(text) == []
