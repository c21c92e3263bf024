"""A Section 31 (Health Act 1999) partnership named without its Act, adopted by decision; a subject stops before a
statute's "Section 31"."""

from __future__ import annotations

from agreement_helpers import agreements_in

DECISION = """Lead Member Decision
April 2005
Subject : Section 31 Partnership Agreements
Purpose
To seek formal approval
a) to adopt the Partnership Agreement for the Learning Difficulty Section 31
partnership arrangement between Northby City Council and Northby Primary Care Trust.
b) to use the partnership agreement format as the preferred template for future S31 partnerships with the NHS.
"""


def test_an_adopted_section_31_partnership_is_a_new_section_75_family_agreement() -> None:
    found = agreements_in(DECISION, header="")
    assert [(a.kind.value, a.action.value, a.subject, [p.name for p in a.parties]) for a in found] == [
        ("section_75", "new", "Learning Difficulty", ["Northby City Council", "Northby Primary Care Trust"])]


def test_a_grant_s_section_31_is_no_partnership() -> None:
    grant = ("RESOLVED: That the Council accepts the Section 31 grant of £20,000 from the Department for Levelling Up, "
             "Housing and Communities.\n")
    assert all(a.kind.value != "section_75" for a in agreements_in(grant, header=""))
