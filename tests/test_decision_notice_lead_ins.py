"""A decision notice's lead-in names the decider and its verb over the list ("That the Mayor approves:", "The
Cabinet notes:"); its items are read even when they are bare noun phrases. Invented sentences only."""

from __future__ import annotations

import hashlib

import pytest

from extractors.doctext import Collector, DocText
from extractors.recommendations import extract_recommendations

HEAD = "Barchester City Council\nCabinet\n12 March 2024\n\n"
ITEMS = ("(a) the allocation of £125,000 to the Northby Youth Trust for youth work; and\n"
         "(b) expenditure of £90,000 on the work set out in section 2.\n\nBackground\n\nThe scheme began in 2019.\n")


def _recs(text: str) -> list[str]:
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return [r.text for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]


@pytest.mark.parametrize("lead", ["That the Cabinet approves:", "Decision\n\nThat the Mayor approves:",
                                  "The Cabinet approves:", "That the Leader agrees:",
                                  "That the Cabinet recommends to Council that:-",
                                  "That Cabinet recommends to the Full Council that:"])
def test_a_decider_and_its_verb_lead_the_list(lead: str) -> None:
    assert _recs(HEAD + lead + "\n\n" + ITEMS) == [
        "the allocation of £125,000 to the Northby Youth Trust for youth work",
        "expenditure of £90,000 on the work set out in section 2"]


@pytest.mark.parametrize("lead", ["That the Board comments:", "Members Comments:"])
def test_a_verb_that_decides_nothing_leads_no_list(lead: str) -> None:
    assert _recs(HEAD + lead + "\n\n" + ITEMS) == []
