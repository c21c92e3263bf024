"""A body formed well after a paper is not the one the paper names: the link to the reference table is dropped."""

from __future__ import annotations

import hashlib
from datetime import date

from extractors.doctext import DocText
from extractors.document import extract_document
from schemas import DocumentFacts

LATER_CCG = "NHS Devon Clinical Commissioning Group"  # formed 1 April 2019 in the reference table


def _facts(text: str) -> DocumentFacts:
    return extract_document(DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text]))


def _paper(year: int) -> str:
    return (f"Minutes of the meeting of the Cabinet held on 10 March {year}\n\n"
            "The Cabinet approved the Section 75 Agreement with the Devon Clinical Commissioning Group. "
            "The CCG will host the pooled fund.\n")


def test_a_body_formed_years_after_the_paper_is_not_linked() -> None:
    facts = _facts(_paper(2015))
    assert facts.meeting_date == date(2015, 3, 10)
    assert [(m.text, m.name, m.canonical_id) for m in facts.organisations] == [
        ("Devon Clinical Commissioning Group", "Devon Clinical Commissioning Group", None),
        ("The CCG", "Devon Clinical Commissioning Group", None)]
    assert all(LATER_CCG not in [p.name for p in a.parties] for a in facts.agreements)


def test_a_body_the_paper_may_already_name_keeps_its_link() -> None:
    facts = _facts(_paper(2019))
    assert LATER_CCG in {m.name for m in facts.organisations}
