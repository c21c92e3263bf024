"""Small councils' minutes record a seconded proposal as the decision, with no outcome word after it ("It was
proposed by A & seconded by B that the quote be accepted"); one put and lost in the same paragraph is no decision.
Invented sentences only."""

from __future__ import annotations

import hashlib

import pytest

from extractors.doctext import Collector, DocText
from extractors.recommendations import extract_recommendations

HEAD = ("Minutes of the meeting of the Northby Parish Council held on Tuesday 9th March 2010 in the Village Hall\n\n"
        "Present: A. Brown - Chairman, Mrs. Green, C. White\n\n")


def _recs(text: str) -> list[str]:
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return [r.text for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Minutes: It was proposed by A. Brown & seconded by C. White that the minutes of the meeting held on 9th "
     "February 2010 be signed as a correct record.\n",
     "It was proposed by A. Brown & seconded by C. White that the minutes of the meeting held on 9th February 2010 "
     "be signed as a correct record"),
    ("Three quotes were received for the hedge cutting and Mrs. Green proposed and C. White seconded that the one "
     "from Northby Gardens Ltd be accepted.\n",
     "Three quotes were received for the hedge cutting and Mrs. Green proposed and C. White seconded that the one "
     "from Northby Gardens Ltd be accepted"),
])
def test_a_seconded_proposal_is_the_decision(paragraph: str, expected: str) -> None:
    assert any(expected in rec for rec in _recs(HEAD + paragraph))


def test_a_proposal_lost_in_its_paragraph_is_no_decision() -> None:
    paragraph = ("It was proposed by A. Brown and seconded by C. White that the precept be raised by ten per cent. "
                 "On being put to the vote the proposal was lost.\n")
    assert not any("precept" in rec for rec in _recs(HEAD + paragraph))


def test_a_proposal_seconded_without_that_is_not_read_here() -> None:
    paragraph = "Planning: A. Brown proposed the meeting be closed and C. White seconded.\n"
    assert not any("closed" in rec for rec in _recs(HEAD + paragraph))


COUNCIL_MINUTES = "Minutes of the meeting of the Council held on 10th March 2021\n\nA petition was received.\n\n"


def test_a_moved_and_agreed_lead_in_heads_the_resolution_below() -> None:
    text = (COUNCIL_MINUTES + "It was moved by Councillor Brown, seconded by Councillor Green and agreed –\n\n"
            "That the changes to the Contract Procedure Rules, as circulated, be approved.\n\n"
            "It was moved by Cllr. Brown and seconded by Cllr. Green and resolved:\n\n"
            "That the report be noted.\n\nThe meeting closed at 8pm.\n")
    assert _recs(text) == ["That the changes to the Contract Procedure Rules, as circulated, be approved",
                           "That the report be noted"]


def test_minutes_submitted_and_signed_are_confirmed() -> None:
    text = (COUNCIL_MINUTES + "The minutes of the meeting of the Council held on 10th February 2021 were submitted "
            "and signed as a correct record.\n\nThe meeting closed at 8pm.\n")
    assert _recs(text) == ["The minutes of the meeting of the Council held on 10th February 2021 were submitted and "
                           "signed as a correct record"]
