"""Decision records whose lead-in or first item was missed: a dated lead-in wrapped across lines, a member named before
the post that approved, and a resolution with inline labels under a "DECISIONS" heading."""

from __future__ import annotations

from agreement_helpers import agreements_in
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


OFFICER_RECORD = """Decision details

To form a partnership with Northby Warmth Trust to administer the Warm Homes Grant

Decision Maker: Corporate Director of Place

Decision status: Decision Made

Is Key decision?: No

This decision is to support the proposal for the Council to become a local authority partner, with the Northby Warmth Trust, to pilot the Warm Homes Scheme in 2023/2024.

This decision is also to authorise the Head of Housing, in consultation with legal services, to negotiate the provisions, and conclude the entry into the proposed Service Level Agreement and Data Sharing Agreement with the Northby Warmth Trust.

Options Considered:

1. As the funding is only available from the Trust, no other options have been considered.
"""


def test_an_officer_record_s_this_decision_is_to_paragraphs_are_its_decisions() -> None:
    assert [t[:40] for t in texts(OFFICER_RECORD)] == [
        "This decision is to support the proposal", "This decision is also to authorise the H"]


def test_entering_two_named_agreements_with_one_body_gives_both() -> None:
    found = agreements_in(OFFICER_RECORD, header="")
    assert [(a.subject, [p.name for p in a.parties]) for a in found] == [
        ("proposed Service Level Agreement", ["Northby Warmth Trust"]),
        ("Data Sharing Agreement", ["Northby Warmth Trust"]),
    ]
