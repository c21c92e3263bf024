"""Full council minutes: a motion as proposed (and amended) gives way to the resolution that restates it, and a
resolution's parts ("This Council believes that:", "This Council agrees to call on ... to:") are its items.
Invented minutes only."""

from __future__ import annotations

import hashlib

from extractors.doctext import Collector, DocText
from extractors.recommendations import extract_recommendations


def _recs(text: str) -> list[str]:
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    return [r.text for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]


RESOLUTION = """MINUTES of a meeting of the Northshire County Council held on Thursday, 6 March 2025.

12. Motion for Time Limited Debate - Dark Skies

1) Mrs Able proposed, and Mr Baker seconded the motion that
This Council believes that:
a) Light pollution harms wildlife and wastes energy.
b) Street lighting should be dimmed after midnight.
And;
This Council agrees to call on the Cabinet Member for Highways to:
a) Review the street lighting policy within six months;
b) Report the savings to the Environment Committee.
2) Mr Carter proposed and Ms Dale seconded the following amendment:
This Council believes that:
a) Light pollution harms wildlife and wastes energy.
b) Street lighting should be dimmed after midnight where it is safe to do so.
And;
This Council agrees to call on the Cabinet Member for Highways and the
Cabinet Member for Community Safety to:
a) Review the street lighting policy within six months, consulting the police.
3) The proposer and seconder of the original motion accepted the amendment.
Substantive motion carried.
4) RESOLVED that:
This Council believes that:
a) Light pollution harms wildlife and wastes energy.
b) Street lighting should be dimmed after midnight where it is safe to do so.
And;
This Council agrees to call on the Cabinet Member for Highways and the
Cabinet Member for Community Safety to:
a) Review the street lighting policy within six months, consulting the police.

13. Questions
"""


def test_a_resolution_in_parts_gives_each_part_s_items() -> None:
    texts = _recs(RESOLUTION)
    assert "Street lighting should be dimmed after midnight where it is safe to do so" in texts
    assert "Review the street lighting policy within six months, consulting the police" in texts


def test_the_motion_as_proposed_gives_way_to_the_resolution() -> None:
    texts = _recs(RESOLUTION)
    assert "Report the savings to the Environment Committee" not in texts  # amended away
    assert "Review the street lighting policy within six months" not in texts  # the original wording
    assert len(texts) == 3


SHORT_MOTION_THEN_NEXT_MINUTE = """MINUTES of a meeting of the Northshire County Council held on 6 March 2025.

10. Chairman's Announcements

Mr Evans proposed, and Mrs Ford seconded, that the Council record its thanks to the retiring
Chief Executive for her many years of service.
Agreed unanimously.

11. Treasury Management Strategy

RESOLVED that the Treasury Management Strategy 2025-26 be approved.
"""


def test_a_short_motion_agreed_stays_when_an_unrelated_resolution_follows() -> None:
    texts = _recs(SHORT_MOTION_THEN_NEXT_MINUTE)
    assert any(t.startswith("that the Council record its thanks") for t in texts)
    assert "that the Treasury Management Strategy 2025-26 be approved" in texts
