"""Tests for the shared acronym helpers: definitions found by initials, and a name's initials."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from extractors.acronyms import LEFT_OUT_OF_INITIALS, find_acronyms, initials


@pytest.mark.parametrize(("text", "expected"), [
    ("Integrated Community Equipment Service (ICES) is", {"ICES": "Integrated Community Equipment Service"}),
    ("the improved Better Care Fund (iBCF) grant", {"iBCF": "improved Better Care Fund"}),
    ("the Health and Wellbeing Board (HWB) met", {"HWB": "Health and Wellbeing Board"}),
    # "for" is skipped, so a lowercase connector letter cannot be spelled: DfE is left undefined.
    ("Department for Education (DfE) funding", {}),
    ("Clinical Commissioning Groups (CCGs) and", {"CCGs": "Clinical Commissioning Groups"}),
    ("Special Educational Needs & Disabilities (SEND)", {"SEND": "Special Educational Needs & Disabilities"}),
    ("Occupational Therapy (OT) then Other Things (OT)", {"OT": "Occupational Therapy"}),
    ("the results (see above)", {}),
    ("Integrated Community Equipment Service (ICS)", {}),
    ("a Service (ICES)", {}),
    ("Kent County Council (K1)", {}),
    ("Public Health (PHE) team", {}),
])
def test_find_acronyms(text: str, expected: dict[str, str]) -> None:
    assert find_acronyms(text) == expected


@pytest.mark.parametrize(("words", "skip", "expected"), [
    (["Department", "for", "Education"], LEFT_OUT_OF_INITIALS, "DE"),
    (["Department", "for", "Education"], (), "DfE"),
    (["Health", "and", "Wellbeing", "Board"], LEFT_OUT_OF_INITIALS, "HWB"),
    (["Friends", "of", "the", "Earth"], LEFT_OUT_OF_INITIALS, "FE"),
    (["Tom", "&", "Jerry"], LEFT_OUT_OF_INITIALS, "TJ"),
    (["AND", "Of", "Kent"], LEFT_OUT_OF_INITIALS, "K"),
    ([], LEFT_OUT_OF_INITIALS, ""),
])
def test_initials(words: list[str], skip: tuple[str, ...], expected: str) -> None:
    assert initials(words, skip) == expected


def test_initials_default_skips_connectors() -> None:
    assert initials(["Office", "for", "Students"]) == "OS"


@pytest.mark.parametrize("seed", sorted(p.name for p in CORPUS.glob("0*.txt")))
def test_seed_definitions_spell_their_acronyms(seed: str) -> None:
    found = find_acronyms((CORPUS / seed).read_text())
    for acronym, name in found.items():
        letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
        spelled = initials(name.replace("&", " & ").split()).lower()
        assert spelled == letters.lower(), (acronym, name)


def test_seed_defines_its_service_acronyms() -> None:
    found = find_acronyms((CORPUS / "000_61f569a367402524.txt").read_text())
    assert found["ICES"] == "Integrated Community Equipment Service"
    assert found["DFG"] == "Disabled Facilities Grant"
