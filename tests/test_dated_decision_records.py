"""Decision records that tell the day a body decided ("On 3 March 2025, ..., Cabinet:-" over past-tense items), and
a web page's labelled items run onto one line ("(a) That ... . (b) That ...")."""

from __future__ import annotations

from test_recommendations import run, texts

DATED_RECORD = """On 3 March 2025, following the review and the analysis of
responses received, Cabinet:-
(i)
Noted the outcome of the consultation on the future of the Day Centres owned by Northby Council;
(ii)
Approved the proposed new model for the two
Day Centres, which includes:
(a) Elm Centre to operate as a respite service managed by the Council;
(b) Oak Centre to become an intermediate care service in partnership with Northby Community Health NHS Trust;
(iii)
Delegated authority to the Director of Adult Social Care to negotiate the arrangements with health partners.
THE DEADLINE FOR CALL IN IS 1600 HOURS ON MONDAY 10 MARCH 2025.
"""


def test_a_dated_record_of_what_the_body_did_gives_its_decisions() -> None:
    found = run(DATED_RECORD)
    assert [r.label for r in found] == ["i", "ii", "iii"]
    assert all(r.is_decision for r in found)
    assert found[0].text.startswith("Noted the outcome of the consultation")
    assert found[2].text.startswith("Delegated authority to the Director of Adult Social Care")


def test_sub_items_of_what_an_approval_includes_stay_in_it() -> None:
    # "which includes:" over (a) and (b): what one approval covers, not two decisions; and a wrapped line ending
    # in a clause ("Day Centres, which includes:") is no form field ending the list.
    approved = run(DATED_RECORD)[1].text
    assert approved.startswith("Approved the proposed new model for the two Day Centres, which includes:")
    assert "Elm Centre to operate as a respite service" in approved
    assert "Oak Centre to become an intermediate care service" in approved


def test_an_undated_body_colon_in_a_report_is_still_no_record() -> None:
    undated = DATED_RECORD.replace("On 3 March 2025, following", "Following")
    assert not any(r.is_decision for r in run(undated))


RUN_ON = """Minutes of the meeting of the Appointments Committee
RESOLVED that the Committee:
1. Agree that the following changes be made to the arrangements for the Appointments Sub-Committee:
(a) That the membership of the Sub-Committee comprise 4 Council members and two co-opted members. (b) That the quorum be 3 with a minimum of 2 Council members. (c) That the Chair be elected at the first meeting.
"""


def test_labelled_items_run_onto_one_line_are_items_of_their_own() -> None:
    found = texts(RUN_ON)
    assert "That the membership of the Sub-Committee comprise 4 Council members and two co-opted members" in found
    assert "That the quorum be 3 with a minimum of 2 Council members" in found
    assert "That the Chair be elected at the first meeting" in found


def test_a_label_out_of_sequence_inside_an_item_is_no_new_item() -> None:
    # "(c)" after "(a)" skips a letter: a reference inside the sentence's text, not the list's next item.
    skipped = RUN_ON.replace(" (b) That the quorum be 3 with a minimum of 2 Council members.", "")
    skipped = skipped.replace("(c) That the Chair", "(c) The Chair is")
    found = texts(skipped)
    assert not any(text.startswith("The Chair is") for text in found)


WRAPPED_BEFORE_COLON = """Minutes of the Cabinet
RESOLVED:
1. That a variation be approved to the contract between the London Borough of
Northby and Acme Care Services Limited to:
(a) increase the capacity of the reablement service at a cost of £178,147.
(b) include an extra care coordinator post at a cost of £51,522.
2. That the Director of Adult Services be authorised to sign the variation.
"""


def test_a_line_ending_in_a_colon_after_an_item_broken_off_mid_phrase_continues_it() -> None:
    # "... the London Borough of" / "Northby and Acme Care Services Limited to:": the item's own words, no form field.
    found = texts(WRAPPED_BEFORE_COLON)
    assert any("Northby and Acme Care Services Limited" in text for text in found)
    assert any(text.startswith("That the Director of Adult Services be authorised") for text in found)


FOLLOWING_PARAGRAPH = """Decision details

Decision status: Recommendations Approved

Cabinet considered the report and RESOLVED to approve the following:

A contract modification for a 2-year contract extension to the Integrated Drug and Alcohol Treatment Service.

Reasons for the decision:

To provide stability in the current services.
"""


def test_resolved_to_approve_the_following_takes_the_paragraph_below_as_what_was_approved() -> None:
    assert texts(FOLLOWING_PARAGRAPH) == [
        "to approve the following: A contract modification for a 2-year contract extension to the Integrated Drug "
        "and Alcohol Treatment Service"]
