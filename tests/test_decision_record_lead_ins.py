"""Decision records whose lead-in or first item was missed: a dated lead-in wrapped across lines, a member named before
the post that approved, and a resolution with inline labels under a "DECISIONS" heading."""

from __future__ import annotations

from test_recommendations import texts

DATED = """On 7
September 2021, Cabinet:-
(i) Noted the findings of
the Digital Inclusion Landscape Report;
(ii) Approved the City-wide
Digital Inclusion Strategy and Action Plan;
(iii) Delegated authority to the Director for Digital Services to approve the procurement strategy.
"""


def test_a_dated_lead_in_wrapped_across_lines_heads_the_decisions() -> None:
    assert texts(DATED) == [
        "Noted the findings of the Digital Inclusion Landscape Report",
        "Approved the City-wide Digital Inclusion Strategy and Action Plan",
        "Delegated authority to the Director for Digital Services to approve the procurement strategy",
    ]


def test_an_undated_line_over_the_list_is_no_lead_in() -> None:
    assert texts(DATED.replace("On 7\nSeptember 2021, Cabinet:-", "Members discussed\nthe report; Cabinet:-")) == []


MEMBER = """Decision details

Affordable Warmth

Decision Maker: Cabinet Member for Health and Wellbeing

Decision status: Recommendations Approved

Decision:

County Councillor Jo Bloggs, the Cabinet Member for Health and Wellbeing approved:

(i)  £30,000 which is made available as a grant to each of the district councils for affordable warmth work.

(ii)  A further countywide fund of £120,000 is made available to district councils for assessed proposals.
"""


def test_a_member_named_before_the_post_that_approved_leads_into_the_items() -> None:
    assert texts(MEMBER) == [
        "£30,000 which is made available as a grant to each of the district councils for affordable warmth work",
        "A further countywide fund of £120,000 is made available to district councils for assessed proposals",
    ]


RESOLVED_INLINE = """Decisions:

7.1 The Lead Member considered a report by the Director of Adult Social Care.

DECISIONS

7.2 The Lead Member RESOLVED to (1) agree in principle to amend the Alliance Agreement for 2018/19

(2) agree to delegate authority to the Chief Executive to make any other amendments to the Alliance Agreement

(3) agree to extend the Alliance Agreement for a further year until 31 March 2020.

Reasons

7.3 The Agreement provides stability.
"""


def test_a_resolution_with_inline_labels_under_a_decisions_heading_gives_each_item() -> None:
    assert texts(RESOLVED_INLINE) == [
        "agree in principle to amend the Alliance Agreement for 2018/19",
        "agree to delegate authority to the Chief Executive to make any other amendments to the Alliance Agreement",
        "agree to extend the Alliance Agreement for a further year until 31 March 2020",
    ]
