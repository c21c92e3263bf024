"""Recommendation and decision items: label styles, wrapping, nesting, lead-ins, stops, negatives."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED, needs_shared

from extractors.doctext import Collector, DocText
from extractors.recommendations import extract_recommendations
from schemas import Recommendation


def run(text: str) -> list[Recommendation]:
    """Extract from a one-page (or form-feed separated) text."""
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), text.split("\f"))
    collect = Collector(doc.document_id)
    records = extract_recommendations(doc, collect, reports=[])
    assert not collect.rejects
    return records


def texts(text: str) -> list[str]:
    return [r.text for r in run(text)]


# --- label styles -----------------------------------------------------------------------------

LABEL_CASES = [
    ("Recommendations\n(a) approve the plan;\n(b) note the risks.\n", ["approve the plan", "note the risks"]),
    ("Recommendation:\na) approve the plan\nb) note the risks\n", ["approve the plan", "note the risks"]),
    ("RECOMMENDATIONS\ni. approve the plan;\nii. note the risks\n", ["approve the plan", "note the risks"]),
    ("Recommendations\n(i) approve the plan\n(ii) note the risks\n", ["approve the plan", "note the risks"]),
    ("Recommendations\n1. Approve the plan.\n2. Note the risks.\n", ["Approve the plan", "Note the risks"]),
    ("Recommendations\n(1) Approve the plan.\n(2) Note the risks.\n", ["Approve the plan", "Note the risks"]),
    ("Recommendation(s):\n• Approve the plan\n• Note the risks\n", ["Approve the plan", "Note the risks"]),
    ("Recommendations\n\uf0b7 Approve the plan\n\uf0b7 Note the risks\n", ["Approve the plan", "Note the risks"]),
    ("Recommendations\n- Approve the plan\n- Note the risks\n", ["Approve the plan", "Note the risks"]),
    ("Recommendations\nA. Agree to TRANSFER the service; and\nB. DELEGATE authority to the Director.\n",
     ["Agree to TRANSFER the service", "DELEGATE authority to the Director"]),
    ("Recommendations\n2.1 That Cabinet approves the plan.\n2.2 That Cabinet notes the risks.\n",
     ["That Cabinet approves the plan", "That Cabinet notes the risks"]),
    ("Recommendation:\n- a) To approve the bid.\n- b) To approve the award.\n", ["To approve the bid", "To approve the award"]),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES)
def test_label_styles(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Recommendations\n(a) approve X\n(b) note Y\n", ["a", "b"]),
        ("Recommendations\ni. approve X\nii. note Y\niii. agree Z\n", ["i", "ii", "iii"]),
        ("Recommendations\n1. Approve X.\n2. Note Y.\n", ["1", "2"]),
        ("Recommendations\n• Approve X\n• Note Y\n", [None, None]),
    ],
)
def test_labels_kept_without_text(text: str, labels: list[str | None]) -> None:
    assert [r.label for r in run(text)] == labels


# --- wrapping -------------------------------------------------------------------------------

WRAP_CASES = [
    ("Recommendations\n(a) approve the outline proposed pooled budget \narrangements with the CCG;\n(b) note it.\n",
     ["approve the outline proposed pooled budget arrangements with the CCG", "note it"]),
    ("Recommendations\n1. Approve the Council undertaking a lead-\ncommissioner role.\n",
     ["Approve the Council undertaking a lead-commissioner role"]),
    ("Recommendations\n(a)\napprove the plan\n(b)\nnote the risks\n", ["approve the plan", "note the risks"]),
    ("Recommendation(s)\n\n• Note the contents of the Annual \n\nReport of the Director\n\n• Approve the statement\n",
     ["Note the contents of the Annual Report of the Director", "Approve the statement"]),
    ("Recommendations\n(a) approve the\n\f\n(b) note the risks\n", ["approve the", "note the risks"]),
]


@pytest.mark.parametrize(("text", "expected"), WRAP_CASES)
def test_wrapped_items_are_joined(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_page_footer_inside_list_is_skipped() -> None:
    text = "Recommendations\n• Receive the assurance \nfrom the Guardian. \nPage 1 of 6\n• Note the grievance.\n"
    assert texts(text) == ["Receive the assurance from the Guardian", "Note the grievance"]


# --- nesting --------------------------------------------------------------------------------


def test_heading_with_children_is_not_an_item() -> None:
    text = (
        "Recommendation: Committee are asked to approve:\n"
        "a) Integrated Community Equipment Service\n"
        "i. that the contract is extended for one year\n"
        "b) Occupational Therapy Section 75\n"
        "i. that a revised specification is drawn up\n"
        "ii. that a new agreement is drawn up\n"
        "Officer contact:\nName: A Person\n"
    )
    records = run(text)
    assert [(r.label, r.parent_label) for r in records] == [("i", "a"), ("i", "b"), ("ii", "b")]
    assert records[0].text == "that the contract is extended for one year"
    assert {r.verb for r in records} == {"approve"}


def test_alphabetic_i_after_h_is_a_letter() -> None:
    items = "".join(f"({c}) note item {c}\n" for c in "abcdefghij")
    records = run("Recommendations\n" + items)
    assert [r.label for r in records] == list("abcdefghij")
    assert all(r.parent_label is None for r in records)


def test_sub_bullets_under_colon_parent() -> None:
    text = "Recommendations\n(a) approve the following:\n• the budget\n• the plan\n(b) note the risks\n"
    records = run(text)
    assert [(r.text, r.parent_label) for r in records] == [
        ("the budget", "a"), ("the plan", "a"), ("note the risks", None)]


# --- lead-in verbs --------------------------------------------------------------------------

VERB_CASES = [
    ("Committee are asked to approve:\n(a) the budget\n(b) the plan\n", ["approve", "approve"]),
    ("The Cabinet is RECOMMENDED to:\n(a) approve the budget;\n(b) delegate the detail.\n", ["approve", "delegate"]),
    ("Committee are asked to approve:\n(a) the budget\n(b) note the plan\n", ["approve", "note"]),
    ("Recommendation:\n(i) Adults Committee is requested to approve the group\n(ii) Adults Committee to agree members\n",
     ["approve", "agree"]),
    ("Recommendations\n1. Endorse the strategy.\n2. Delegate to the Director authority.\n", ["endorse", "delegate"]),
    ("Members are asked to:\n• consider the report\n• comment on the proposals\n", ["consider", "comment"]),
]


@pytest.mark.parametrize(("text", "verbs"), VERB_CASES)
def test_verbs(text: str, verbs: list[str]) -> None:
    assert [r.verb for r in run(text)] == verbs


def test_numbered_lead_in_introduces_list() -> None:
    text = "Recommendation of the Executive Director\n\n4. Cabinet is recommended to:\n\n1. Endorse the work;\n\n2. Approve the plan.\n"
    assert texts(text) == ["Endorse the work", "Approve the plan"]


def test_inline_single_recommendation_keeps_its_sentence() -> None:
    text = "Recommendation: Adults Committee is being asked to consider and provide feedback on the carers work\n\nOfficer contact:\n"
    records = run(text)
    assert [r.text for r in records] == ["Adults Committee is being asked to consider and provide feedback on the carers work"]
    assert records[0].verb == "consider"


def test_second_lead_in_inside_section() -> None:
    text = (
        "Recommendations\n\nThe Board is recommended to:\n\n• ensure the inclusion of measures.\n\n"
        "Chair and Committee Chairs are recommended to\n\n• agree the continuation of the question.\n"
    )
    assert texts(text) == ["ensure the inclusion of measures", "agree the continuation of the question"]


# --- stop conditions -------------------------------------------------------------------------

STOP_CASES = [
    ("Recommendations\n(a) approve the plan.\nOfficer contact:\nName: Jo Bloggs\n", ["approve the plan"]),
    ("Recommendations\n(c) approve the groups.\n\nKATE TERRONI\nDirector\n", ["approve the groups"]),
    ("Recommendations\nA. Agree the plan; and\nB. Delegate the detail.\n1. Introduction\n1.1 Transitions is a process.\n",
     ["Agree the plan", "Delegate the detail"]),
    ("Recommendations\n1. Approve the plan.\n\nBackground to the Proposals\n\n5. In Cumbria there is history.\n",
     ["Approve the plan"]),
    ("Recommendations\na) note the report\nReason(s) for decision:\nThe position needs noting.\n", ["note the report"]),
    ("Recommendations\n• Note the report\n\n**Health Equity Strategy**\n\nThe strategy sets out aims.\n", ["Note the report"]),
    ("Recommendations\n1. Approve the plan.\n11. Background Documents\n", ["Approve the plan"]),
]


@pytest.mark.parametrize(("text", "expected"), STOP_CASES)
def test_section_stops(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- decisions -----------------------------------------------------------------------------

DECISION_CASES = [
    ("Minutes\n3. RESOLVED that Cabinet agree to:\nA) Note the overspend of £23.3m.\nb) Agree the budget changes.\n",
     [("Note the overspend of £23.3m", "noted"), ("Agree the budget changes", "agreed")]),
    ("Minutes\nRESOLVED that the minutes of the meeting were a correct record and be signed.\n",
     [("that the minutes of the meeting were a correct record and be signed", "agreed")]),
    ("Decision:\nAs Cabinet Member for Services I agree to:\nAPPROVE the proposal to close the hub.\n"
     "DELEGATE authority to the Director to act.\nReason(s) for decision:\nMoney.\n",
     [("APPROVE the proposal to close the hub", "approved"), ("DELEGATE authority to the Director to act", "delegated")]),
    ("Decision Made: That the contract be awarded to Acme Ltd.\n\nReasons for decision\n",
     [("That the contract be awarded to Acme Ltd", "agreed")]),
    ("Minutes of the Committee\nThe Committee RESOLVED to defer the proposal so that it can be reviewed. 62 Updates\n",
     [("defer the proposal so that it can be reviewed", "deferred")]),
    ("Decision: That the scheme be approved.\nDecision status: Recommendations Approved\n",
     [("That the scheme be approved", "approved")]),
    ("Minutes\nCabinet agreed to:\n(a) adopt the plan;\n(b) note the risks.\n",
     [("adopt the plan", "adopted"), ("note the risks", "noted")]),
]


@pytest.mark.parametrize(("text", "expected"), DECISION_CASES)
def test_decisions(text: str, expected: list[tuple[str, str]]) -> None:
    records = run(text)
    assert [(r.text, r.outcome) for r in records] == expected
    assert all(r.is_decision for r in records)


def test_proposed_record_of_decision_is_not_a_decision() -> None:
    text = "PROPOSED RECORD OF DECISION\nDecision:\nThe Cabinet agree to:\na) note the overspend\nb) Note the savings\n"
    records = run(text)
    assert [r.text for r in records] == ["note the overspend", "Note the savings"]
    assert not any(r.is_decision for r in records)
    assert all(r.outcome is None for r in records)


def test_recommendations_are_not_decisions() -> None:
    records = run("Recommendations\n(a) approve the plan\n")
    assert not records[0].is_decision and records[0].outcome is None


# --- restatements -------------------------------------------------------------------------


def test_restated_recommendations_are_given_once() -> None:
    block = "Recommendation(s):\nCabinet is asked to:\nA. Agree the transfer of the service; and\nB. Delegate authority to the Director.\n"
    text = block + "1. Introduction\n1.1 Some text here.\n\f\n" + block + "11. Background Documents\n"
    assert texts(text) == ["Agree the transfer of the service", "Delegate authority to the Director"]


# --- negatives -----------------------------------------------------------------------------

NEGATIVE_CASES = [
    "It is recommended that this comprises:\n• Better Care Fund\n• Community contract\n",
    "Outcome: Committee are asked to consider procurement of a framework.\n",
    "KEY DECISIONS\n- 5 Early Intervention Framework\n- 6 Section 75 Agreements\n- DECISIONS**\n- 8 Business Planning\n",
    "Options Considered\nOption (a)\n25. Approve the recommendation as outlined in paragraph 4.\n",
    "The following bullet points set out implications:\n- Cambridgeshire County Council are asked to commit funding as outlined in Section 2.3.\n",
    "Many of their recommendations mirror activities currently in progress.\n",
    "5. Recommendations of overview and scrutiny\n5.1. The above options have been considered by the committee.\n"
    "5.2. All three committees agreed their preference for option B.\n",
    "Report\n5.17 Full Council resolved to recognise the strength of local feeling about the petition.\n",
    "Equally, where it would deliver value to service users to do\nso, the Council is requested to approve in principle that the CCG would act as Lead.\n",
    "Executive \nDecision \nKey \nDecision \n",
]


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_not_recommendations(text: str) -> None:
    assert texts(text) == []


def test_evidence_points_at_item_text() -> None:
    text = "Cover\f\nRecommendations\n(a) approve the plan;\n"
    record = run(text)[0]
    assert record.evidence.page == 2
    assert "approve the plan" in record.evidence.quote
    assert record.evidence.quote.startswith("(a)")


# --- seeds against gold ------------------------------------------------------------------


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seed_records(path: Path) -> list[Recommendation]:
    raw = path.read_text(encoding="utf-8")
    doc = DocText.from_pages(hashlib.sha256(path.read_bytes()).hexdigest(), raw.split("\f"))
    return extract_recommendations(doc, Collector(doc.document_id), reports=[])


SEEDS = sorted(p.stem for p in CORPUS.glob("*.txt"))


@needs_shared
@pytest.mark.parametrize("stem", SEEDS)
def test_seed_matches_gold(stem: str) -> None:
    gold = json.loads((SHARED / "gold" / "seeds" / f"{stem}.json").read_text(encoding="utf-8"))
    records = _seed_records(CORPUS / f"{stem}.txt")
    tp, n_gold, n_pred = _scorer().score_recs(gold, {"recommendations": [r.text for r in records]})
    assert (tp, n_pred) == (n_gold, n_gold), [r.text for r in records]


@needs_shared
def test_seeds_f1_at_least_point_nine() -> None:
    scorer = _scorer()
    totals = [0, 0, 0]
    for stem in SEEDS:
        gold = json.loads((SHARED / "gold" / "seeds" / f"{stem}.json").read_text(encoding="utf-8"))
        records = _seed_records(CORPUS / f"{stem}.txt")
        counts = scorer.score_recs(gold, {"recommendations": [r.text for r in records]})
        totals = [a + b for a, b in zip(totals, counts)]
    tp, n_gold, n_pred = totals
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.9


def test_seed_000_structure() -> None:
    records = _seed_records(CORPUS / "000_61f569a367402524.txt")
    assert [(r.label, r.parent_label, r.verb) for r in records] == [
        ("i", "a", "approve"), ("i", "b", "approve"), ("ii", "b", "approve")]


def test_seed_002_numbered_items_have_own_verbs() -> None:
    records = _seed_records(CORPUS / "002_423d24b1e5e9c168.txt")
    assert [r.label for r in records] == ["1", "2", "3", "4", "5"]
    assert [r.verb for r in records] == ["endorse", "approve", "approve", "delegate", "approve"]


def test_seed_003_scope_list_is_not_a_recommendation() -> None:
    assert _seed_records(CORPUS / "003_9abdb23f0a9c83e0.txt") == []


# --- items with explanatory paragraphs, restatements, resolutions under a statutory power -------

EXPLAINED_LIST = (
    "2. Recommendations\n"
    "Committee is recommended to approve: -\n"
    "a) That the brass band be booked to play at the Memorial Gardens on Sunday 12 May 2019.\n"
    "The band would play a mixed programme so that there is something for everyone.\n"
    "Committee is recommended to approve the events programme for the spring season.\n"
    "b) That the Deputy Clerk be delegated to apply for the necessary licences.\n"
    "c) That a budget of £5,000 is allocated from the events reserve.\n"
    "3. Background\n"
    "The spring events have run for ten years.\n"
)


def test_explanatory_paragraphs_do_not_end_a_labelled_list() -> None:
    assert texts(EXPLAINED_LIST) == [
        "That the brass band be booked to play at the Memorial Gardens on Sunday 12 May 2019",
        "That the Deputy Clerk be delegated to apply for the necessary licences",
        "That a budget of £5,000 is allocated from the events reserve",
    ]


def test_list_does_not_resume_past_the_next_section() -> None:
    text = (
        "Recommendations\nThe Board is asked to:\na) approve the plan.\nThe plan is attached.\n"
        "4. Financial Implications\nCosts are met from reserves.\nb) Staff costs rise by 2%.\n"
    )
    assert texts(text) == ["approve the plan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EXPLAINED_LIST + "Conclusion\nCommittee is recommended to approve the recommendations set out in section 2 of this report.\n", 3),
        ("Recommendation\nCabinet is asked to approve the recommendations in paragraph 4.\n", 1),
    ],
)
def test_restated_list_is_not_an_extra_item(text: str, expected: int) -> None:
    assert len(texts(text)) == expected


def test_resolution_under_a_statutory_power() -> None:
    text = (
        "Minutes of the Leisure Committee\n12 Grants\nThe applications were considered.\n"
        "The Committee resolves, in accordance with its powers under section 137 of the Local Government Act 1972, "
        "to incur the expenditure set out above. In the opinion of the Committee this is in the interests of the area.\n"
    )
    records = run(text)
    assert [r.text for r in records] == [
        "in accordance with its powers under section 137 of the Local Government Act 1972, to incur the expenditure set out above"
    ]
    assert records[0].is_decision


# --- proposed decisions, options put to a body, decisions a report records -------------------------

PROPOSES_CASES = [
    # "<body> propose(s) to:" is a lead-in; "To VERB" items take that verb.
    ("Decision: The Cabinet Member proposes to:\na) To APPROVE the new policy\nb) To DELEGATE authority to the Director\n",
     [("To APPROVE the new policy", "approve"), ("To DELEGATE authority to the Director", "delegate")]),
    ("DECISION: Cabinet propose to:\n(i) To ENDORSE the strategy; and\n(ii) To AGREE the action plan.\n",
     [("To ENDORSE the strategy", "endorse"), ("To AGREE the action plan", "agree")]),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSES_CASES)
def test_proposes_to_is_a_lead_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.text, r.verb) for r in run(text)] == expected


def test_proposes_to_in_running_text_is_not_a_lead_in() -> None:
    text = "Background\nThe amendment proposes to top-up the grant so more residents benefit.\na) The grant is small.\n"
    assert texts(text) == []


OPTIONS_CASES = [
    ("Recommendation:\nThe Board may, having considered the appeal, resolve one of the\nfollowing:\n"
     "a. Uphold the decision\nb. vary the decision, or\nc. refer the matter back to the panel\n\nAppendices\n",
     ["Uphold the decision", "vary the decision", "refer the matter back to the panel"]),
    ("Recommendations\nThe Committee may either:\n(a) confirm the order; or\n(b) decline to confirm the order.\n",
     ["confirm the order", "decline to confirm the order"]),
    ("Recommendation: The Council may resolve one of the following:\n1. adopt the scheme\n2. defer the scheme\n",
     ["adopt the scheme", "defer the scheme"]),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS_CASES)
def test_options_put_to_a_body_are_items(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert not any(r.is_decision for r in records)


def test_options_outside_a_recommendation_section_are_not_items() -> None:
    text = ("3. The rules say that when a matter is referred the Council may either:\n"
            "(a) confirm the decision\n(b) ask for it to be looked at again\n")
    assert texts(text) == []


RECORDED_CASES = [
    ("5. Following discussion, the Overview Committee unanimously agreed the following\nmotion:\n"
     "a. That the decision be referred back to the Executive.\n6. Comments made at the meeting\n",
     ["That the decision be referred back to the Executive"]),
    ("7.Cabinet resolved the following:\na. NOTE the views of the panel\nb. AGREE to publish the plan\n"
     "8.Points from the discussion are summarised below:\na. Members welcomed the plan.\nb. Members asked about cost.\n",
     ["NOTE the views of the panel", "AGREE to publish the plan"]),
    ("The Board approved the following recommendations:\n(i) approve the budget\n(ii) note the risks\n",
     ["approve the budget", "note the risks"]),
]


@pytest.mark.parametrize(("text", "expected"), RECORDED_CASES)
def test_decisions_recorded_in_a_report(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


@pytest.mark.parametrize(
    "text",
    [
        # history in running prose, no list below: not recorded as a decision here
        "4. Full Council resolved the following in 2023 and the matter was closed.\nIt was a long debate.\n",
        "Council resolved the following:\nCouncil recognises the strength of local feeling on this matter.\n",
        "9. After the debate, the Panel resolved, with a unanimous vote, to refer the matter to Council.\n",
        # an invitation to debate is not a decision asked for
        "22. Members are invited to debate the matter, giving due consideration to the points raised.\n",
    ],
)
def test_not_recorded_decisions(text: str) -> None:
    assert texts(text) == []


def test_new_lettered_list_ends_a_resumed_list() -> None:
    text = ("3. The Committee agreed the following motion:\na. That the plan be paused.\n"
            "Comments from the Committee\n4.Comments are summarised below:\na. Members raised costs.\n"
            "b. Members raised delays.\n")
    assert texts(text) == ["That the plan be paused"]


# --- decisions linked to the recommendations they decide (same document) ---------------------

from schemas import Report  # noqa: E402

REPORT_PAGE = (
    "Report to Cabinet\nRecommendations\nCabinet is asked to:\n"
    "(a) approve the Section 75 agreement with the ICB for community equipment;\n"
    "(b) delegate authority to the Director of Adult Social Care to agree the final terms;\n"
    "(c) note the risks set out in section 6.\n"
)
MINUTES_PAGE = (
    "Minutes of the Cabinet meeting\n12. Community equipment\nRESOLVED that Cabinet:\n"
    "(a) delegates authority to the Director of Adult Social Care to agree the final terms;\n"
    "(b) notes the risks set out in section 6.\n"
    "13. Parking charges\nRESOLVED that the parking charges for 2025/26 be increased by five per cent.\n"
)


def run_pack(pages: list[str], split: bool = True) -> list[Recommendation]:
    """Extract from a pack where each page is one report (or minutes), or not split at all."""
    doc = DocText.from_pages(hashlib.sha256("\f".join(pages).encode()).hexdigest(), pages)
    ends = [*(start - 1 for start in doc.page_starts[1:]), len(doc.text)]
    reports = [Report(document_id=doc.document_id, index=number - 1, start=start, end=end,
                      first_page=number, last_page=number)
               for number, (start, end) in enumerate(zip(doc.page_starts, ends, strict=True), 1)
               ] if split else []
    collect = Collector(doc.document_id)
    records = extract_recommendations(doc, collect, reports=reports)
    assert not collect.rejects
    return records


def decided_texts(records: list[Recommendation]) -> dict[str, list[str]]:
    return {r.text: [records[i].text for i in r.decides] for r in records if r.is_decision}


def test_minutes_restating_recommendations_link_to_them() -> None:
    links = decided_texts(run_pack([REPORT_PAGE, MINUTES_PAGE]))
    assert links["delegates authority to the Director of Adult Social Care to agree the final terms"] == [
        "delegate authority to the Director of Adult Social Care to agree the final terms"]
    assert links["notes the risks set out in section 6"] == ["note the risks set out in section 6"]


def test_a_decision_with_no_matching_recommendation_stays_unlinked() -> None:
    links = decided_texts(run_pack([REPORT_PAGE, MINUTES_PAGE]))
    assert links["that the parking charges for 2025/26 be increased by five per cent"] == []


def test_recommendations_never_decide_anything() -> None:
    assert all(r.decides == () for r in run_pack([REPORT_PAGE, MINUTES_PAGE]) if not r.is_decision)


def test_a_decision_before_any_recommendation_stays_unlinked() -> None:
    records = run_pack([MINUTES_PAGE, REPORT_PAGE])  # minutes of an earlier meeting come first
    assert all(r.decides == () for r in records)


@pytest.mark.parametrize("resolution", [
    # "... the recommendations in the report ..." is dropped before linking as a restatement
    # of a listed section (`_RESTATES_LIST`), so only the forms naming no place are kept here.
    "RESOLVED that the recommendations be approved.",
    "RESOLVED that the report's recommendations be agreed.",
    "RESOLVED that Cabinet approves the recommendations.",
    "RESOLVED that all of the recommendations be adopted.",
])
def test_approving_the_recommendations_links_every_one_of_the_report(resolution: str) -> None:
    records = run_pack([REPORT_PAGE, f"Minutes\n14. Community equipment\n{resolution}\n"])
    decisions = [r for r in records if r.is_decision]
    assert len(decisions) == 1
    assert [records[i].text for i in decisions[0].decides] == [r.text for r in records[:3]]


@pytest.mark.parametrize("resolution", [
    "RESOLVED that the recommendations be rejected.",  # not an approval of them
    "RESOLVED that the recommendations of the working group be approved.",  # other recommendations
])
def test_other_resolutions_on_recommendations_link_none(resolution: str) -> None:
    records = run_pack([REPORT_PAGE, f"Minutes\n14. Community equipment\n{resolution}\n"])
    assert all(r.decides == () for r in records)


def test_approving_the_recommendations_of_an_unsplit_text_links_none() -> None:
    pages = [REPORT_PAGE, "Minutes\n14. Item\nRESOLVED that the recommendations be approved.\n"]
    assert all(r.decides == () for r in run_pack(pages, split=False))


def test_two_alike_recommendations_leave_a_decision_unlinked() -> None:
    second = REPORT_PAGE.replace("Report to Cabinet", "Second report to Cabinet")
    records = run_pack([REPORT_PAGE, second, MINUTES_PAGE])
    assert decided_texts(records)["notes the risks set out in section 6"] == []


# --- decision pages and minutes as web pages record them -----------------------------------------

WEB_DECISION_CASES = [
    # "Decision Made: That" over numbered parts
    ("Decision Made: That\n(1) the lease of the depot be renewed for five years; and\n"
     "(2) it be noted that a review of the estate will follow.\nReasons for Decision:\nThe lease ends soon.\n",
     ["the lease of the depot be renewed for five years", "it be noted that a review of the estate will follow"]),
    ("RESOLVED - That\n(a) the grant scheme be adopted; and\n(b) the Director be authorised to make awards.\n",
     ["the grant scheme be adopted", "the Director be authorised to make awards"]),
    # "That:" alone under "Decision:"
    ("Decision:\n\nThat:\n\na) The new library service model is approved from 1 June 2026; and\n\n"
     "b) Delegated authority be given to the Director to award the contract.\n\nAlternative options considered:\n"
     "1. Do nothing: not recommended.\n",
     ["The new library service model is approved from 1 June 2026",
      "Delegated authority be given to the Director to award the contract"]),
    # "DECISIONS" heading, then the body and numbered past-tense decisions
    ("Minutes:\nDECISIONS\n\nCabinet:\n\n1.  APPROVED the revised terms of reference of the Joint Board.\n\n"
     "2.  DELEGATED authority to the Director to agree minor changes.\n",
     ["APPROVED the revised terms of reference of the Joint Board",
      "DELEGATED authority to the Director to agree minor changes"]),
    # a decision number line before the recorded decision
    ("Decision:\n\n88/2025\nThe Cabinet approved the extension of the leisure contract for two years.\n\nReasons:\n\nValue.\n",
     ["The Cabinet approved the extension of the leisure contract for two years"]),
    # "The Committee:" over lettered past-tense decisions, after a first recorded decision
    ("Decision number:\n\nThe Cabinet agreed that the carers fund be hosted by the Council.\n\nThe Cabinet:\n\n"
     "a)  approved the draft funding agreement; and\nb)  delegated authority to the Director to sign it.\n",
     ["the carers fund be hosted by the Council", "approved the draft funding agreement",
      "delegated authority to the Director to sign it"]),
    ("Minutes:\nThe Board:\n(i)  Approved the extension of the partnership agreement with the Trust for one year;\n"
     "(ii)  Noted the timetable for the review.\n",
     ["Approved the extension of the partnership agreement with the Trust for one year",
      "Noted the timetable for the review"]),
    # a portfolio holder who "has agreed to delegate authority ... to:" over an ordered list numbered "1." throughout
    ("Decision:\n\nThe Cabinet Member for Housing and Planning has agreed to delegate authority to the Director to:\n\n"
     "  1. Agree the terms of the nomination agreement; and\n\n  1. Agree any later variation to it.\n\n"
     "Reasons for Decision\n",
     ["Agree the terms of the nomination agreement", "Agree any later variation to it"]),
]


@pytest.mark.parametrize(("text", "expected"), WEB_DECISION_CASES)
def test_decisions_as_web_pages_record_them(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


def test_unheaded_decision_list_of_a_decision_page() -> None:
    text = ("Decision details\n\nNew Home Care Framework\n\nDecision Maker: Cabinet\n\n"
            "Decision status: Recommendations Approved\n\nIs Key decision?: Yes\n\nIs subject to call in?: Yes\n\n"
            "To consider the report seeking approval of the framework.\n\n"
            "i.   Approval is given to award places on the home care framework to the providers listed.\n\n"
            "ii.  the revised hourly rates are agreed as set out in\n\nsection 4 of the report.\n\n"
            "iii. Authority be delegated to the Director to call off from the framework.\n\n"
            "Reasons for the decision:\n\ni.   The current framework expires.\n")
    records = run(text)
    assert [r.text for r in records] == [
        "Approval is given to award places on the home care framework to the providers listed",
        "the revised hourly rates are agreed as set out in section 4 of the report",
        "Authority be delegated to the Director to call off from the framework"]
    assert all(r.is_decision and r.outcome == "approved" for r in records)


@pytest.mark.parametrize(
    "text",
    [
        # a labelled list before "Reasons for the decision" outside a ModernGov decision page
        "Report to Cabinet\n\ni. The service costs have risen.\n\nii. Demand has grown.\n\nReasons for the decision:\nCost.\n",
        # "The Board:" over a list that describes, not decides
        "Minutes:\nThe Board:\n(i) Chair - Councillor Smith\n(ii) Vice-Chair - Councillor Jones\n",
        # "The Committee:" over past-tense decisions in a report's background, with nothing saying it records them
        "Report of the Director\nThe Committee:\n(a) approved the strategy in 2019;\n(b) noted the risks.\n",
        # the standing item on declarations of interest
        "Declarations of Interest\nMembers of the Board are asked to consider whether they have a pecuniary interest "
        "in any item on the agenda and, if so, to declare it.\n",
        "Members are asked to declare any interests they may have in the items on this agenda.\n",
    ],
)
def test_not_web_page_decisions(text: str) -> None:
    assert texts(text) == []


def test_further_recommendation_sentence() -> None:
    text = ("1.  It is recommended that the Council awards the cleaning contract to Acme Ltd.\n\n"
            "2.  It is further recommended that the Council notes the interim payments made to date.\n")
    assert texts(text) == ["It is recommended that the Council awards the cleaning contract to Acme Ltd",
                           "It is further recommended that the Council notes the interim payments made to date"]


def test_decision_wrapped_onto_its_own_line_is_not_a_heading() -> None:
    text = ("Minutes\nRESOLVED that the Director be authorised to take the actions needed to implement the\n"
            "decision\n12. Next item\n")
    assert texts(text) == ["that the Director be authorised to take the actions needed to implement the decision"]


# --- hold-out 6 shapes: decisions pages, lone labels, minutes tables, flattened reports --------

ROUND6_DECISION_CASES = [
    # an "Issue - decisions" page: numbered items in the past tense, no heading, details under item 1
    ("Issue - decisions\n\nLibrary Service Contract\n\n12/03/2025 - Award of the mobile library contract\n\n"
     "1.Agreed to the award of two contracts to supplier B for:\n\n\n"
     "Lot 1: The mobile library service for 5 years from 1st June 2025 at £1,200,000.\n\n\n"
     "Lot 2: The home delivery service for 3 years.\n\n\n"
     "2. Delegated authority to the Director of Communities to complete the contracts with supplier B.\n\n"
     "3.  Approved the licence of the Old Depot to supplier B at nil rent.\n",
     ["Agreed to the award of two contracts to supplier B for:",
      "Delegated authority to the Director of Communities to complete the contracts with supplier B",
      "Approved the licence of the Old Depot to supplier B at nil rent"]),
    # "That Cabinet" alone (no colon) over "1) authorises ..." on a decision page
    ("Decision details\n\nDecision Maker: Cabinet\n\nDecision status: Recommendations Approved\n\n\nThat Cabinet\n\n\n"
     "1)     authorises the Director of Adult Services to commence procurement of day care services; and\n\n\n"
     "2)    approves the revised charging policy.\n\nReport author: A Officer\n",
     ["authorises the Director of Adult Services to commence procurement of day care services",
      "approves the revised charging policy"]),
    # "RESOLVED: That Cabinet:-" over labels alone on their lines, the text after blank lines, nested "(i)"
    ("Decision status: Recommendations Approved\n\nDecision:\n\n4.2\n\nRESOLVED: That Cabinet:-\n\n \n\n \n\n \n\n"
     "(a)\n\napproves the community grants listed in Appendix A;\n\n \n\n \n\n \n\n \n\n"
     "(b)\n\ndelegates authority to the Director of Communities:-\n\n \n\n \n\n \n\n \n\n"
     "(i)\n\nto administer the small grants fund;\n\n \n\n \n\n \n\n \n\n"
     "(ii)\n\nto agree the terms of the grant agreements.\n",
     ["approves the community grants listed in Appendix A",
      "delegates authority to the Director of Communities:-",
      "to administer the small grants fund", "to agree the terms of the grant agreements"]),
    # a ModernGov minutes table: the "Minutes:" cell runs on into imperative items; "|" ends the cell
    ("Venue: Council Chamber\nNo. | Item |\nTo receive declarations of interest Minutes: None received. |\n"
     "Minutes: Councillor A Smith introduced a report seeking approval to extend the carers contract.\n"
     "1) Extend the carers support contract with the current provider for 12 months; and\n"
     "2) Delegate authority to the Director of Adult Care to agree the variation. |\n"
     "Parks Strategy PDF 120 KB Additional documents: Minutes: Councillor B Jones introduced the strategy.\n"
     "Approve the Parks Strategy, at Appendix 1 to the report. |\n"
     "Next item Minutes: Councillor C Brown reported progress. |\n",
     ["Extend the carers support contract with the current provider for 12 months",
      "Delegate authority to the Director of Adult Care to agree the variation",
      "Approve the Parks Strategy, at Appendix 1 to the report"]),
    # "The Cabinet Member approved:" over items that are noun phrases
    ("Decision Maker: Cabinet Member for Housing\nDecision status: Implemented\n"
     "The Cabinet Member approved:\n1. The homelessness prevention grants described in this paper.\n"
     "2. The delegation of authority to the Director to sign the grant agreements.\n"
     "Publication date: 01/02/2025\n",
     ["The homelessness prevention grants described in this paper",
      "The delegation of authority to the Director to sign the grant agreements"]),
    # an unheaded passive resolution just above "Reason for decision:"
    ("Decision Maker: Cabinet\nDecision status: Recommendations Approved\n"
     "To seek Cabinet approval to set up a framework for respite care.\n"
     "That the setup of a framework for respite care be approved. Call-offs may start from 1 April 2026.\n"
     "Reason for decision:\nThe current contracts end.\n",
     ["That the setup of a framework for respite care be approved. Call-offs may start from 1 April 2026"]),
    # a full-council motion carried "as set out below"
    ("Minutes of the meeting of the Council\n\nCouncillor Green proposed and Councillor White seconded a motion, "
     "which was agreed (unanimously) by the Council as set out below:\n\n"
     "1.         that the Council enters into a partnership agreement with the Trust for five years.\n",
     ["that the Council enters into a partnership agreement with the Trust for five years"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND6_DECISION_CASES)
def test_round6_recorded_decisions(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert all(r.is_decision for r in records)


def test_item_over_sub_items_that_decides_itself_is_kept() -> None:
    text = ("Decision:\n\n1.  That the contract be extended for six months.\n\n"
            "2.  That it be noted that the following grants are included in the contract value in paragraph 1:\n\n"
            "  i.  £20,000 from the outreach grant;\n\n  ii.  £15,000 from the prevention grant.\n")
    assert texts(text) == ["That the contract be extended for six months",
                           "That it be noted that the following grants are included in the contract value in "
                           "paragraph 1:", "£20,000 from the outreach grant", "£15,000 from the prevention grant"]


def test_heading_over_sub_items_is_not_kept() -> None:
    text = "Recommendations\n(a) approve the following:\n(i) the budget;\n(ii) the fees.\n"
    assert texts(text) == ["the budget", "the fees"]


FLATTENED_CASES = [
    ("1 Subject: Carers Strategy Report to: Health and Wellbeing Board Date: 1 May 2025 " + "Background text. " * 25
     + "2. Recommendations 2.1 The Health and Wellbeing Board is asked to: 2.1.1 note the new carers strategy "
     "2.1.2 approve the carers action plan for 2025/26 2.1.3 agree to receive a progress report in six months. "
     "3. Background 3.1 The strategy was drafted in 2024.",
     ["note the new carers strategy", "approve the carers action plan for 2025/26",
      "agree to receive a progress report in six months"]),
    ("Report of the Director " + "Some narrative about the service. " * 15
     + "Members are recommended to: (a) endorse the outcomes framework (b) delegate authority to the Director to "
     "finalise it.",
     ["endorse the outcomes framework", "delegate authority to the Director to finalise it"]),
]


@pytest.mark.parametrize(("text", "expected"), FLATTENED_CASES)
def test_report_flattened_onto_one_line(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [r.text for r in records] == expected
    assert not any(r.is_decision for r in records)


@pytest.mark.parametrize(
    "text",
    [
        # a numbered past-tense list in a report's background: nothing says the text records decisions
        "Report to Cabinet\n\n1. Agreed a new model of care in 2019.\n\n2. Approved a budget in 2020.\n",
        # a decisions page whose second item is not a decision
        "Issue - decisions\n\n1. Approved the strategy.\n\n2. The strategy runs to 2030.\n",
        # "That Cabinet" over narrative, not over what it does
        "Decision status: Approved\nThat Cabinet\n1) The report was presented by the Director.\n",
        # a "Minutes:" cell followed by the next agenda row, and one followed by "To approve"
        "Minutes: The Board received a presentation.\nApprove the minutes | Minutes: None. |\n",
        "Minutes: RESOLVED:\nTo approve as a correct record the minutes of the last meeting. |\n",
        # a flattened line whose labelled list is not a list of requests
        "Report " + "Narrative text. " * 30 + "The Board is asked to: 2.1.1 Background figures 2.1.2 Table of costs.",
        # a paragraph above "Reason for decision" outside a decision page
        "Report to Cabinet\nThat the plan be approved.\nReason for decision:\nValue.\n",
        # an amendment put as a noun phrase over its items is a heading, not an item
        "Minutes\n5. Mr Love suggested and the Cabinet agreed to the following amendment (as set out in paragraph 2) "
        "to the proposal:\n",
        # a motion that fell
        "Minutes\nCouncillor A proposed and Councillor B seconded a motion, which was lost, as set out below:\n"
        "1. that the Council leaves the partnership.\n",
    ],
)
def test_not_round6_decisions(text: str) -> None:
    assert texts(text) == []


def test_amendment_agreed_in_minutes_heads_its_items() -> None:
    text = ("Minutes of the Cabinet\n5. Mr Hill suggested and the Cabinet agreed to the following amendment to the "
            "proposal:\n1. Agree to submit a joint bid to Government.\n2. Note the timetable for the bid.\n")
    assert texts(text) == ["Agree to submit a joint bid to Government", "Note the timetable for the bid"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution wrapped after a body's name is not "That Cabinet" over a list
        ("Minutes\n4. RESOLVED that Cabinet considered the proposed amendments from the Cabinet\n"
         "Committees and endorsed the draft budget.\n",
         ["that Cabinet considered the proposed amendments from the Cabinet Committees and endorsed the draft budget"]),
        # a lead-in whose sentence runs on into its sub-items is their heading, not an item
        ("Recommendations\n(a) approve the plan;\n(b) to ask the General Counsel to:\n(i) report on costs;\n"
         "(ii) consult the public.\n",
         ["approve the plan", "report on costs", "consult the public"]),
        ("Recommendations\n1. Approve the plan.\n2. Request that the Cabinet Member for Housing:\n"
         "(a) writes to the Minister;\n(b) reports back.\n",
         ["Approve the plan", "writes to the Minister", "reports back"]),
    ],
)
def test_run_on_lead_ins_are_not_items(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- round 7: decisions on web meeting pages whose heading cell was lost ------------------------------

ROUND7_CASES = [
    # "RESOLVED" then the grounds, then the numbered resolutions.
    ("Decision status: Recommendations Approved\nRESOLVED\nFor the reasons set out in the report: -\n"
     "1. That the revised charging policy be approved.\n2. That the fees be reviewed annually.\n",
     ["That the revised charging policy be approved", "That the fees be reviewed annually"]),
    ("Minutes\nRESOLVED:\nHaving regard to the reasons given in the covering report,\n"
     "(1) That the lease be granted.\n(2) That the Director be authorised to sign it.\n",
     ["That the lease be granted", "That the Director be authorised to sign it"]),
    # "That the Executive:" over items recorded in the past tense.
    ("Issue - meetings\nMeeting: 04/05/2022 - Executive (Item 12)\nThat the Executive:\n"
     "1. Approved the award of the cleaning contract;\n2. Noted the savings to be made.\n",
     ["Approved the award of the cleaning contract", "Noted the savings to be made"]),
    # An item whose sentence stops on "a new" runs on into the bullets below it.
    ("Decision status: Recommendations Approved\nThat Cabinet:\n"
     "1. Authorised the Director of Place to procure a new\n• Street Lighting Term Contract\n"
     "• Bridge Inspection Framework\n2. Authorised the Director of Place to extend the existing depot lease.\n",
     ["Authorised the Director of Place to procure a new Street Lighting Term Contract Bridge Inspection Framework",
      "Authorised the Director of Place to extend the existing depot lease"]),
    # An unheaded list of resolutions copied without its "RESOLVED" cell.
    ("Report of the Head of Housing, attached.\n(a) that the housing grant of £40,000 be approved;\n"
     "(b) that further reports be provided to the Cabinet.\n",
     ["that the housing grant of £40,000 be approved", "that further reports be provided to the Cabinet"]),
    ("Issue - meetings\nMeeting: 10/10/2019 - Cabinet (Item 4)\n\n1.    That the new lease with the college be approved.\n\n"
     "2.    That the Director be authorised to agree the rent.\n",
     ["That the new lease with the college be approved", "That the Director be authorised to agree the rent"]),
    # A decision page's field holding the numbered decisions on one line.
    ("Decision Maker: Scrutiny Committee\nContent: 1. That the decision not be referred back. "
     "2. The Committee asks that the Director report on the costs by March.\n",
     ["That the decision not be referred back",
      "The Committee asks that the Director report on the costs by March"]),
    # "asked to:-" ends a lead-in over a list as "asked to:" does.
    ("The Scrutiny Committee is asked to:-\n\n·  note the report;\n\n·  endorse the tender timetable\n",
     ["note the report", "endorse the tender timetable"]),
    # A bracketed aside after the last item is not part of it.
    ("(a) that the funding be agreed;\n(b) that progress reports be provided.\n"
     "(Councillor Smith attended in accordance with Standing Order 25(2) and spoke to this item)\n"
     "The Cabinet considered the report.\n",
     ["that the funding be agreed", "that progress reports be provided"]),
    # A sub-item that is only the object of its parent's sentence ("... undertaken on:") is given that sentence.
    ("Decision status: Recommendations Approved\nDecision:\n1. APPROVED the budget;\n"
     "2. APPROVED further work to be undertaken on:\n(a) the options for the town centre depot\n"
     "(b) a review of the car park charges\n",
     ["APPROVED the budget", "APPROVED further work to be undertaken on: the options for the town centre depot",
      "APPROVED further work to be undertaken on: a review of the car park charges"]),
    # "To consider the recommendations ..., as below:" leads into the list; it is not an item.
    ("Recommendations\nTo consider the recommendations going to Cabinet on 3 June, as below:\n"
     "- Cabinet approve the revised Pooled Fund Agreement with the trust\n"
     "- Cabinet approve the new lease of the day centre\n",
     ["Cabinet approve the revised Pooled Fund Agreement with the trust",
      "Cabinet approve the new lease of the day centre"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND7_CASES)
def test_round7_meeting_page_decisions(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_resolution_above_reason_for_decision_on_a_meeting_page() -> None:
    text = ("Issue - meetings\n\nMeeting: 02/02/2015 - Cabinet (Item 7)\n\nThe Leader presented the report.\n\n"
            "That Cabinet approve the transfer of the library service for:\n\na) the mobile library; and\n\n"
            "b) the home library service\n\non terms to be agreed by the Director.\n\nReason for Decision\n\n"
            "The service is better run by the trust.\n")
    records = run(text)
    # The lettered services complete "... the transfer of the library service for:": one decision whose scope they
    # spell out (annotating.md; hold-out annotators folded such lists under "... for:" and "... of:" into one item).
    assert [r.text for r in records] == [
        "That Cabinet approve the transfer of the library service for: the mobile library; the home library service "
        "on terms to be agreed by the Director",
    ]
    assert all(r.is_decision for r in records)


@pytest.mark.parametrize(
    "text",
    [
        # One "that" item is no list of resolutions.
        "Background\n(a) that the scheme be approved was the view of the panel;\n(b) the panel met twice.\n",
        # A numbered field that is prose, not decisions.
        "Decision Maker: Cabinet\nContent: 1. Introduction to the scheme. 2. Background to the lease.\n",
        # A lead-in over a list stays out even when it ends "as follows:".
        "Recommendations\nThe recommendations of the panel are as follows:\n",
    ],
)
def test_not_round7_decisions(text: str) -> None:
    assert texts(text) == []


def test_finished_item_does_not_run_on_into_bullets() -> None:
    text = "Minutes\nRESOLVED:\n1. That the plan be approved.\nThe plan covers:\n• roads\n• parks\n"
    assert texts(text) == ["That the plan be approved"]


# --- round 8: resolutions and requests as decision pages and web minutes write them ----------------

_LONG_FIELD_TAIL = " The service has been reviewed twice since 2020 and the findings were reported to the board." * 4

ROUND8_CASES = [
    # "It was RESOLVED that Cabinet:" with a capital "It", over lettered items behind blank lines
    ("Issue - meetings\n\nMeeting: 12/07/2022 - Cabinet (Item 9)\n\nDecision:\n\nIt was RESOLVED that Cabinet:\n\n \n\n"
     "a)   asks partner councils to review the allocation of the fund;\n\n \n\nb)   transfers £50,000 to the repairs budget.\n",
     ["asks partner councils to review the allocation of the fund", "transfers £50,000 to the repairs budget"]),
    # "ORDERED that Executive:" as some councils minute their decisions
    ("Agenda item\n\nMinutes:\n\nThe Mayor submitted a report.\n\nORDERED that Executive:\n\n"
     "1.    Endorse the Carers Strategy.\n\n2.    Approve the allocation of the carers grant.\n",
     ["Endorse the Carers Strategy", "Approve the allocation of the carers grant"]),
    # "RECOMMENDED: That:" where a cabinet recommends a policy on to full Council
    ("Decisions:\n\nCabinet considered the revised policy.\n\nRECOMMENDED: That:\n\n"
     "1)    the Housing Assistance Policy be approved and adopted; and\n\n2)    £100,000 be allocated to the repairs grant.\n",
     ["the Housing Assistance Policy be approved and adopted", "£100,000 be allocated to the repairs grant"]),
    # "RESOLVED That Cabinet:" with a capital "That" over numbered items
    ("Issue - decisions\n\nThe Leader presented the report.\n\nRESOLVED That Cabinet:\n\n"
     "1.   Approve the award of a contract for school transport to the preferred bidder.\n\n"
     "2.   Delegate the signing of the contract to the Director of Place.\n\nReason for Decision\n",
     ["Approve the award of a contract for school transport to the preferred bidder",
      "Delegate the signing of the contract to the Director of Place"]),
    # "Resolved unanimously that:" over a lead-in ending "and:" and its roman items
    ("Minutes:\n\nThe Lead Member introduced the report.\n\nResolved unanimously that:  Cabinet notes the report and:\n\n"
     "i)   Approves the extension of the leisure contract by one year from 1 April 2026.\n",
     ["Approves the extension of the leisure contract by one year from 1 April 2026"]),
    # a field holding the body and its bracketed numbered decisions on one line, running on into the page
    ("Decision Maker: Cabinet\nContent: Cabinet: (1) approved the proposal to enter into a new lease with the Trust; "
     "and (2) delegated authority to agree the final terms to the Director of Resources. Options Considered "
     "Two options were looked at." + _LONG_FIELD_TAIL + "\n",
     ["approved the proposal to enter into a new lease with the Trust",
      "delegated authority to agree the final terms to the Director of Resources"]),
    # requests in a flattened decision-page field: each finished sentence asking the member to decide
    ("Decision Maker: Cabinet Member for Highways\n\nPurpose: The Cabinet Member for Highways and Transport is asked "
     "to approve the award of the street lighting contract to the preferred bidder.  The current contract ends in "
     "March.  The Cabinet Member for Highways and Transport is asked to delegate the signing of the contract to the "
     "Director of Place." + _LONG_FIELD_TAIL + "\n",
     ["The Cabinet Member for Highways and Transport is asked to approve the award of the street lighting contract "
      "to the preferred bidder",
      "The Cabinet Member for Highways and Transport is asked to delegate the signing of the contract to the "
      "Director of Place"]),
    # "That ..." paragraphs, wrapped, above "The above decisions have been made for the following reasons:"
    ("Minutes\n\nC12 | Library Services Review\nReport of the Director\nOptions were considered.\n"
     "That the transfer of the mobile library service to the\ncommunity trust be approved.\n"
     "That the Director be authorised to agree\nthe terms of the transfer.\n"
     "The above decisions have been made for the following reasons:\nTo secure the service.\n",
     ["That the transfer of the mobile library service to the community trust be approved",
      "That the Director be authorised to agree the terms of the transfer"]),
    # a decisions heading that also names options; its numbered items are the recommendations
    ("1.   Decisions, recommendations and any options\n\n1.1  The Board is recommended to note the annual report.\n\n"
     "1.2  That the Board approves the revised terms of reference.\n\n2.   Relevant information\n",
     ["The Board is recommended to note the annual report", "That the Board approves the revised terms of reference"]),
    # a long stem ending "to:" names its own decision; its sub-items are kept too
    ("Decision details\n\nDecision status: Recommendations Approved\n\nDecisions:\n\nRESOLVED:\n\nThat Cabinet agree:\n\n1)  To note the grant allocation for 2026/27;\n\n"
     "2)  For delivery, to continue to vary the contract between the Council and the Trust for the community "
     "nursing service to:\n\na)  To add the new outreach grant of £50k;\n\nb)  To extend the service to two "
     "further wards.\n\nReasons for decision\n",
     ["To note the grant allocation for 2026/27",
      "For delivery, to continue to vary the contract between the Council and the Trust for the community "
      "nursing service to:",
      "To add the new outreach grant of £50k", "To extend the service to two further wards"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND8_CASES)
def test_round8_resolutions_and_requests(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_item_in_paragraph_per_line_text_stops_at_next_paragraph() -> None:
    text = ("Decision details\n\nDecision Maker: Chief Executive\n\nOn 3 May 2024 Cabinet agreed the following:\n"
            "(a) approves the annual plan of the partnership board;\n"
            "(b) Delegates authority to the Director of Public Health to attend the partnership board\n"
            "Since then the partnership board has approved the spending plan and the Director has signed it." + (
                " More detail follows about the plan and its funding in the years to come." * 3) + "\n")
    assert texts(text) == ["approves the annual plan of the partnership board",
                           "Delegates authority to the Director of Public Health to attend the partnership board"]


@pytest.mark.parametrize(
    "text",
    [
        # a request inside a summary paragraph of a report that lists its recommendations stays out
        "Summary: To enable this to happen the Committee is asked to give advice on membership." + _LONG_FIELD_TAIL
        + "\n\nRecommendations\n\n(a) approve the plan.\n",
        # a request sentence cut off before its end is not read
        "Purpose: The Cabinet Member for Highways is asked to approve the award of the contract to" + (
            " " * 3) + "x" * 420 + "\n",
        # "The above decisions" with no "That" paragraphs above it
        "Minutes\n\nThe board discussed the plan at length.\nThe above decisions have been made for these reasons:\n",
        # a portfolio title is capitalised words: "introduced the report ..., which Cabinet agreed," is narrative
        "Reasons for decision\n\nThe Cabinet Member for Health introduced the report and recommendations, which "
        "Cabinet agreed, to vary the current contract following receipt of grant funding.\n",
    ],
)
def test_not_round8_items(text: str) -> None:
    got = texts(text)
    assert all("advice on membership" not in t and "award of the contract to" not in t for t in got)
    if "Recommendations" not in text:
        assert got == []
