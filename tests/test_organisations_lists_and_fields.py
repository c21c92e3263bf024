"""Organisation names glued to what stands before them: an acronym and "and" opening a list of two bodies, and a
cover sheet's field name run into its value."""

from __future__ import annotations

from extractors.doctext import Collector, DocText
from extractors.organisations import extract_organisations


def names(text: str) -> list[str]:
    doc = DocText.from_pages("0" * 64, [text])
    return [m.text for m in extract_organisations(doc, Collector(doc.document_id), issuing_body=None)]


def test_an_acronym_and_and_open_a_list_of_two_bodies() -> None:
    found = names("the terms of a grant agreement between NCC and Northamptonshire Teaching Primary Care Trust "
                  "(PCT) for the s256 grant")
    assert "Northamptonshire Teaching Primary Care Trust" in found
    assert not any(name.startswith("NCC and") for name in found)


def test_a_place_s_words_joined_by_and_stay_one_name() -> None:
    assert "Halton and St Helens Primary Care Trust" in names("funding from Halton and St Helens Primary Care Trust.")


def test_a_cover_sheet_s_field_name_is_no_part_of_a_trust_s_name() -> None:
    found = names("Trust Board Meeting TB2013.86 Title Foundation Trust Update Status For approval. The Northby "
                  "Foundation Trust board met.")
    assert "Title Foundation Trust" not in found
    assert "Northby Foundation Trust" in found
