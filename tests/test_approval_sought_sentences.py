"""A summary's one request written as "The Board's approval ... is sought", in a paper with no recommendation list."""

from __future__ import annotations

from test_recommendations import texts

SUMMARY = """Summary report
Item: Revised Northby Partnership Memorandum of Understanding
Executive summary
The partners agreed the Memorandum of Understanding in December 2020. The proposed changes reflect the
new organisations. A revised MoU, with tracked changes, is attached.
The Board's approval of the changes is sought in principle, subject to each of the partners
taking through their own respective governance arrangements.
"""


def test_the_approval_sought_is_the_paper_s_request() -> None:
    assert texts(SUMMARY) == ["The Board's approval of the changes is sought in principle, subject to each of the "
                              "partners taking through their own respective governance arrangements"]


def test_approval_to_be_sought_later_is_no_request() -> None:
    later = SUMMARY.replace("is sought in principle", "will be sought in principle")
    assert texts(later) == []


def test_approval_inside_a_wrapped_sentence_is_not_read() -> None:
    inside = SUMMARY.replace("A revised MoU, with tracked changes, is attached.\n",
                             "A revised MoU, with tracked changes, is attached and\n")
    assert texts(inside) == []


def test_a_listed_recommendation_wins_over_the_summary_s_sentence() -> None:
    listed = SUMMARY + "\nRecommendations\nThe Board is asked to:\n(a) approve the revised Memorandum of Understanding.\n"
    assert texts(listed) == ["approve the revised Memorandum of Understanding"]
