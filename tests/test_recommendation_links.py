"""The shared recommendation vocabulary and the decision-to-recommendation linking helpers."""

from __future__ import annotations

import pytest

from extractors.recommendations.links import report_of
from extractors.recommendations.vocab import INFLECTED, OUTCOMES, VERBS, words
from schemas import Report

DOC = "a" * 64


def report(index: int, start: int, end: int) -> Report:
    return Report(document_id=DOC, index=index, start=start, end=end, first_page=1, last_page=1)


@pytest.mark.parametrize(("offset", "expected"), [(0, 0), (99, 0), (100, 1), (250, 1), (300, -1)])
def test_report_of_an_offset(offset: int, expected: int) -> None:
    assert report_of(offset, [report(0, 0, 100), report(1, 100, 300)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("That the £2 million be Agreed.", {"that", "the", "2", "million", "be", "agreed"}), ("", set())],
)
def test_words_are_lower_case_word_sets(text: str, expected: set[str]) -> None:
    assert words(text) == frozenset(expected)


def test_inflections_and_outcomes_name_verbs_of_the_list() -> None:
    assert set(INFLECTED.values()) - {"resolve"} <= VERBS
    assert set(OUTCOMES) <= VERBS
