"""A council written only as its initials ("WLDC agreed to fund", "a letter from N.C.C.") is kept as a council, its
name unresolved; initials that stand for other things (a planning certificate, a committee spelled out) are not."""

from __future__ import annotations

import pytest

from organisation_helpers import extract as _extract
from organisation_helpers import texts as _texts

HEAD = "Minutes of the Parish Council meeting held on 4 March 2024\n\n"


@pytest.mark.parametrize(("sentence", "initials"), [
    ("Correspondence: W.N.B.C. Funding Opportunities - noted.", "W.N.B.C."),
    ("A letter from N.C.C. about the footpath was read.", "N.C.C."),
    ("WLDC agreed to fund half of the play area.", "WLDC"),
    ("The grant from SMBC has been received.", "SMBC"),
])
def test_a_council_by_its_initials_is_a_council(sentence: str, initials: str) -> None:
    found = [m for m in _extract(HEAD + sentence + "\n") if m.text == initials]
    assert found and found[0].org_type.value == "council"


@pytest.mark.parametrize("sentence", [
    "An LDC was granted for the garage at 4 Mill Lane.",
    "The Environment and Transport Cabinet Committee (ETCC) noted the plan. ETCC will meet again in May.",
    "The card was issued by HSBC.",
    "Staff were trained in MECC conversations.",
])
def test_other_initials_are_not_a_council(sentence: str) -> None:
    assert not any(m.org_type.value == "council" and m.text.isupper() for m in _extract(HEAD + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Date of next meeting: TBC.",
    "The Environment and Transport Cabinet Committee\n(ETCC), County Council agreed the plan. ETCC will meet in May.",
])
def test_undecided_or_defined_initials_are_no_council(sentence: str) -> None:
    assert not any(m.org_type.value == "council" and m.text.isupper() for m in _extract(HEAD + sentence + "\n"))
