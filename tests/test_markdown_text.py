"""Text files written in Markdown (papers converted to .md): Markdown's marks are not part of the text read."""

from __future__ import annotations

import hashlib

from extractors.doctext import Collector, DocText
from extractors.formats.markdown import looks_like_markdown, markdown_to_text
from extractors.formats.text import read_text
from extractors.recommendations import extract_recommendations

MINUTES = """# Minutes of the Trust Board meeting held on 5 June 2025

**Item 2025-26 \\(32\\)**

**Discussion points:**

**People Headlines**

The Director of People presented the paper, reviewed by the People Committee \\(PC\\).
See [the strategy](https://example.org/strategy.pdf).

**Outcome:** the Board

• Noted the Workforce Headlines presented in the report.

• Approved the action plan for mortality reporting.

**Item 2025-26 \\(33\\)**

**Outcome: **the Board

• received and noted the report.
"""


def test_markdown_is_recognised_by_its_marks_and_plain_text_is_not() -> None:
    assert looks_like_markdown(MINUTES)
    assert not looks_like_markdown("Item 5 (a) Approve the plan.\nCost £5 * 3 = £15\n")


def test_markdown_marks_are_removed_and_the_words_kept() -> None:
    text = markdown_to_text(MINUTES)
    assert "Item 2025-26 (32)" in text
    assert "Outcome: the Board" in text
    assert "People Committee (PC)" in text
    assert "See the strategy." in text
    assert "**" not in text and "\\(" not in text and "# Minutes" not in text


def test_a_markdown_file_s_page_text_is_rendered() -> None:
    data = MINUTES.encode()
    pages = read_text(data, hashlib.sha256(data).hexdigest())
    assert pages[0].text.startswith("Minutes of the Trust Board meeting held on 5 June 2025")


def test_outcome_lists_under_the_body_are_decisions() -> None:
    text = markdown_to_text(MINUTES)
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    recs = extract_recommendations(doc, Collector(doc.document_id), reports=[])
    assert [(r.text, r.is_decision) for r in recs] == [
        ("Noted the Workforce Headlines presented in the report", True),
        ("Approved the action plan for mortality reporting", True),
        ("received and noted the report", True),
    ]


LONE_BULLETS = """Minutes of the Trust Board meeting held on 5 June 2025

Green Plan

Outcome: the Board

•

Felt assured that the actions within the plan would reduce emissions.

•

Approved the proposal to form a Sustainability Steering Group.

Recommendation(s)

-

To seek any further assurances required

-

To direct any further improvement work
"""


def test_a_bullet_alone_on_its_line_labels_the_item_below() -> None:
    doc = DocText.from_pages(hashlib.sha256(LONE_BULLETS.encode()).hexdigest(), [LONE_BULLETS])
    texts = [r.text for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]
    assert texts == [
        "Felt assured that the actions within the plan would reduce emissions",
        "Approved the proposal to form a Sustainability Steering Group",
        "To seek any further assurances required",
        "To direct any further improvement work",
    ]


BOXED_COVER_SHEET = """Northshire Partnership Board

15 July 2025

|Summary report|Col2|
|---|---|
|Item No:|5|
|Report author:|Jo Smith, Director of Strategy, Northshire<br>Integrated Care Board|
|**Recommendations and next steps**|**Recommendations and next steps**|
|Members of the Partnership Board are asked to:<br>• <br>**to note** the contents of this report.<br>• <br>**to agree** the commitment to working together.<br>|Members of the Partnership Board are asked to:<br>• <br>**to note** the contents of this report.<br>• <br>**to agree** the commitment to working together.<br>|

|Place|Share|
|---|---|
|Northby|22.7%|
"""


def test_boxed_table_rows_read_as_the_lines_of_the_box() -> None:
    text = markdown_to_text(BOXED_COVER_SHEET + "\\(end\\) " * 5)
    assert "Col2" not in text
    assert "Report author: Jo Smith, Director of Strategy, Northshire\nIntegrated Care Board" in text
    assert "\nRecommendations and next steps\n" in text  # a box merged across the columns, once
    assert text.count("to note the contents of this report.") == 1
    assert "|Northby|22.7%|" in text  # a row of figures stays a table row


def test_a_boxed_cover_sheet_s_recommendations_are_read() -> None:
    text = markdown_to_text(BOXED_COVER_SHEET + "\\(end\\) " * 5)
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    texts = [r.text for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]
    assert texts == ["to note the contents of this report", "to agree the commitment to working together"]


LOWER_CASE_ITEMS = """Recommendations

102. Members of the Partnership Board are asked to:

   note the publication of the Work and Health Plan;

   endorse the collaborative approach to programme
governance; and

   support these programmes over 25/26.
"""


def test_items_in_lower_case_below_asked_to_are_each_an_item() -> None:
    doc = DocText.from_pages(hashlib.sha256(LOWER_CASE_ITEMS.encode()).hexdigest(), [LOWER_CASE_ITEMS])
    texts = [r.text for r in extract_recommendations(doc, Collector(doc.document_id), reports=[])]
    assert texts == ["note the publication of the Work and Health Plan",
                     "endorse the collaborative approach to programme governance",
                     "support these programmes over 25/26"]


def test_a_board_named_over_a_lone_date_is_the_report_s_meeting() -> None:
    from datetime import date

    from extractors.reports import split_reports

    text = markdown_to_text("**Item 5**\n\n" + BOXED_COVER_SHEET + "\\(end\\) " * 5)
    doc = DocText.from_pages(hashlib.sha256(text.encode()).hexdigest(), [text])
    report = split_reports(doc, Collector(doc.document_id))[0]
    assert (report.committee, report.meeting_date) == ("Northshire Partnership Board", date(2025, 7, 15))


def test_a_real_table_keeps_its_rows_and_separator() -> None:
    table = "|Provider|Service|Annual value|\n|---|---|---|\n|Acme Care Ltd|Home care|£1,200,000|\n"
    assert table in markdown_to_text(table + "\\(end\\) " * 5)


def test_struck_text_is_deleted_text() -> None:
    # A revised agreement "with tracked changes": struck words are gone from the text the paper now says.
    revised = "The parties are:\n\n~~• Northby CCG~~\n\n- Northby ~~Borough~~ Council\n\nWe ~~have~~ agreed this.\n"
    text = markdown_to_text(revised)
    assert "Northby CCG" not in text and "Borough" not in text and "have" not in text
    assert "Northby  Council" in text and "We  agreed this." in text


def test_a_struck_word_start_joins_the_inserted_word() -> None:
    # Converters strike the first letter of the word inserted after a deletion: "~~County C~~ ouncil".
    assert markdown_to_text("North Yorkshire ~~County C~~ ouncil [1]") == "North Yorkshire Council [1]"
    assert markdown_to_text("The Mid Yorkshire ~~Hospitals T~~ eaching NHS Trust") == \
        "The Mid Yorkshire Teaching NHS Trust"
    # A struck word before a capitalised one is simply deleted.
    assert markdown_to_text("Health Innovation ~~Academic Health Science~~ Network") == "Health Innovation  Network"
