"""Dates: UK day-first formats, traps that are not dates, year inference, roles, and seed gold coverage."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from conftest import CORPUS, SHARED, needs_shared

from extractors.dates import extract_dates, financial_year_in, find_dates
from extractors.doctext import Collector, DocText
from schemas import DatePrecision, DateRole, Report

DOC_ID = "0" * 64


def days(text: str) -> list[str]:
    return [m.value.isoformat() for m, _ in find_dates(text) if m.precision is DatePrecision.DAY]


def roles(text: str) -> list[DateRole]:
    return [r for m, r in find_dates(text) if m.precision is DatePrecision.DAY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("extended for one year to 31/3/22", ["2022-03-31"]),
        ("Deadline 25/09/20", ["2020-09-25"]),
        ("effective from 1/4/2021", ["2021-04-01"]),
        ("Meeting Date: 8th October 2020", ["2020-10-08"]),
        ("Thursday, 08 October 2020", ["2020-10-08"]),
        ("Start date Thu 10 Dec 2020, 12:00pm", ["2020-12-10"]),
        ("CABINET – 18 JULY 2017", ["2017-07-18"]),
        ("from the 1st of August 2020, is", ["2020-08-01"]),
        ("Business case\t22 Sept 2020\t8 Oct 2020", ["2020-09-22", "2020-10-08"]),
        ("Member Seminar 17 April 20\t\tShared Lives", ["2020-04-17"]),
        ("published October 8, 2020.", ["2020-10-08"]),
        ("generated 2020-10-08", ["2020-10-08"]),
        ("sign off by 31/3/21to govern", ["2021-03-31"]),
        ("until 31 March\n\n\n2019).", ["2019-03-31"]),
        ("dated 01.04.2020 and", ["2020-04-01"]),
        ("Tuesday, 4th March, 2025, 10.00 am", ["2025-03-04"]),
        ("on 29 February 2020", ["2020-02-29"]),
        # A PDF's superscript ordinal on the line after its number.
        ("consultation 24th October 2022 -\n5\nth December 2022\n(6 weeks)", ["2022-10-24", "2022-12-05"]),
        ("last updated 30-Aug-2020 by the clerk", ["2020-08-30"]),
        ("ref 05-JAN-2021", ["2021-01-05"]),
        ("Minutes of the meetings held on 28.01.19 and 12.02.19 were confirmed", ["2019-01-28", "2019-02-12"]),
        # Minutes numbered by year/month/item: "14/11/10" is item 10, not 14 November 2010.
        ("14/11/3 Reports. 14/11/4 Apologies. 14/11/10 Planning. Deadline 25/09/20.", ["2020-09-25"]),
    ],
)
def test_day_formats(text: str, expected: list[str]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 5+2 model",
        "page 9\nthe April 2021 plan",
        "see paragraph 10.12.15 of the report",
        "see paragraph 1.2 and 2.4.10",
        "starts at 10.00 and ends at 14:00",
        "Tel: 01223 715966",
        "funding from 2017-2020",
        "on 31/2/2020",
        "30/02/21",
        "in the region of 2/3 days a month",
        "Cash Flow 19/20 £000",
        "key decision 2020/055",
        "on 29 February 2021",
        "Agreements 2015 - 2019",
        "on 6 months' notice",
        "15 May 20 people attended",
        "Contract Dec-16 Oct-17 £30,000",
        "we may 5 may not",
        "£4,708,057 on 12",
        "paragraph 12\nMarch 2020 figures",
        "item 3rd\nmay be taken",
    ],
)
def test_not_day_dates(text: str) -> None:
    assert days(text) == []


@pytest.mark.parametrize(
    ("text", "precision", "value"),
    [
        ("In May 2017, it was agreed", DatePrecision.MONTH, date(2017, 5, 1)),
        ("Council from April 2017 onwards", DatePrecision.MONTH, date(2017, 4, 1)),
        ("planning for 2017/18 is ongoing", DatePrecision.FINANCIAL_YEAR, date(2017, 4, 1)),
        ("For 2017-2018 To", DatePrecision.FINANCIAL_YEAR, date(2017, 4, 1)),
        ("budget 2025-26", DatePrecision.FINANCIAL_YEAR, date(2025, 4, 1)),
    ],
)
def test_month_and_financial_year(text: str, precision: DatePrecision, value: date) -> None:
    found = [(m.precision, m.value) for m, _ in find_dates(text)]
    assert found == [(precision, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017/18", "2017/18"),
        ("2017-18", "2017/18"),
        ("2017/2018", "2017/18"),
        ("2017-2020", None),
        ("1999/00", "1999/00"),
        ("the 2016 survey", None),
    ],
)
def test_financial_year_in(text: str, expected: str | None) -> None:
    assert financial_year_in(text) == expected


def test_short_financial_year_only_when_allowed() -> None:
    assert financial_year_in("19/20 £000") is None
    assert financial_year_in("19/20 £000", allow_short=True) == "2019/20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Task\tStart\nDevelop case\tAug 2020 Submit to JCB 19th Aug\tJCB 25 th Aug\n", ["2020-08-19", "2020-08-25"]),
        ("Member Seminar 15 May or 12 June 20 - TBC", ["2020-05-15", "2020-06-12"]),
        ("from 20 December to 5 January 2021", ["2020-12-20", "2021-01-05"]),
        ("This log is updated as at 29 September 2020\n\nCHC backlog\t1 Sept\tOn Hold", ["2020-09-29", "2020-09-01"]),
        ("Meeting 2 December 2020. Papers due by 28 November.", ["2020-12-02", "2020-11-28"]),
        ("Meeting 14 January 2021. Last met on 10 December.", ["2021-01-14", "2020-12-10"]),
        ("Meeting held on 9 March 2023. The survey closes on 21st\nApril for comments.", ["2023-03-09", "2023-04-21"]),
    ],
)
def test_year_inferred_from_context(text: str, expected: list[str]) -> None:
    assert days(text) == expected


def test_inferred_dates_are_flagged_and_less_sure() -> None:
    mentions = {m.value.isoformat(): m for m, _ in find_dates("Meeting 2 December 2020. Papers due by 28 November.")}
    assert mentions["2020-12-02"].year_written
    assert not mentions["2020-11-28"].year_written
    assert mentions["2020-11-28"].confidence < mentions["2020-12-02"].confidence


def test_yearless_date_needs_a_capitalised_month() -> None:
    assert days("The meeting is on 2 December 2020 and 3 may follow") == ["2020-12-02"]


def test_report_meeting_date_anchors_yearless_dates() -> None:
    text = "Report header\n" + "x " * 600 + "\nthe backlog from 1 Sept"
    report = Report(document_id=DOC_ID, index=0, start=0, end=len(text), first_page=1, last_page=1,
                    meeting_date=date(2020, 10, 8))
    assert days(text) == []  # nothing to anchor it without the report
    assert [m.value for m, _ in find_dates(text, [report])] == [date(2020, 9, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meeting Date: 8th October 2020", [DateRole.MEETING]),
        ("up to the meeting on 8 October 2020 and", [DateRole.MEETING]),
        ("Meeting 7 November 2019\n", [DateRole.MEETING]),
        ("from 1/10/20", [DateRole.START]),
        ("will commence on 1/4/2022.", [DateRole.START]),
        ("Start date Thu 10 Dec 2020", [DateRole.START]),
        ("until 31 March 2019", [DateRole.END]),
        ("extended for one year to 31/3/22", [DateRole.END]),
        ("the agreement ends on 31 March 2021.", [DateRole.END]),
        ("sign off by 31/3/21", [DateRole.DEADLINE]),
        ("complete the survey no later than 4 March 2021.", [DateRole.DEADLINE]),
        ("published on 3rd February 2025.", [DateRole.PUBLISHED]),
        ("the updated action log as at 29 September 2020", [DateRole.PUBLISHED]),
        ("agreed by Council on 14 February 2017.", [DateRole.OTHER]),
        ("endorsed by Cabinet on 30th January 2025", [DateRole.OTHER]),
        ("To: Cabinet, 30 January 2025", [DateRole.MEETING]),
        ("the year 1 April 2024 – 31 March 2025 showed", [DateRole.START, DateRole.END]),
        ("word " * 200 + "Reserve dates\n- 23 April 20\n- 11 June 20\n", [DateRole.OTHER, DateRole.OTHER]),
        ("Committee date\tDeadline for reports\tAgenda despatch date\n12/11/20\t30/10/20\t04/11/20\n",
         [DateRole.MEETING, DateRole.DEADLINE, DateRole.PUBLISHED]),
    ],
)
def test_roles(text: str, expected: list[DateRole]) -> None:
    assert roles(text) == expected


def test_header_date_alone_on_its_line_is_the_meeting() -> None:
    assert roles("ADULTS COMMITTEE\n\nThursday, 08 October 2020\n\nShire Hall") == [DateRole.MEETING]


def test_extract_dates_builds_records_with_evidence() -> None:
    doc = DocText.from_pages(DOC_ID, ["Meeting Date: 8th October 2020", "to 31/3/22 in 2017/18 and April 2019"])
    collect = Collector(DOC_ID)
    mentions = extract_dates(doc, collect, reports=[])
    assert collect.rejects == []
    assert [(d.text, d.precision, d.role) for d in mentions] == [
        ("8th October 2020", DatePrecision.DAY, DateRole.MEETING),
        ("31/3/22", DatePrecision.DAY, DateRole.END),
        ("2017/18", DatePrecision.FINANCIAL_YEAR, DateRole.OTHER),
        ("April 2019", DatePrecision.MONTH, DateRole.OTHER),
    ]
    end = mentions[1]
    assert end.evidence.page == 2 and end.evidence.quote == "31/3/22" and end.value == date(2022, 3, 31)


SEEDS = sorted(p.stem for p in CORPUS.glob("*.txt"))


@needs_shared
@pytest.mark.parametrize("stem", SEEDS)
def test_seed_dates_cover_gold(stem: str) -> None:
    gold = json.loads((SHARED / "gold" / "seeds" / f"{stem}.json").read_text(encoding="utf-8"))
    raw = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    doc = DocText.from_pages(hashlib.sha256(raw.encode()).hexdigest(), raw.split("\f"))
    predicted = {
        d.value.isoformat()
        for d in extract_dates(doc, Collector(doc.document_id), reports=[])
        if d.precision is DatePrecision.DAY
    }
    wanted = {d["iso"] for d in gold["dates"] if not d.get("year_inferred")}
    optional = {d["iso"] for d in gold["dates"] if d.get("year_inferred")}
    assert wanted - predicted == set()
    extra = predicted - wanted - optional
    assert len(extra) <= 0.1 * max(1, len(predicted))


def test_a_meeting_recalled_later_does_not_set_the_year_of_yearless_dates() -> None:
    text = (
        "Budget report\nPublished 6th January 2025\n\f\n"
        "The recovery plan was agreed at a Cabinet meeting on 5th October 2023.\n\f\n"
        "The settlement was announced on 18th December 2024.\n"
        "The draft will be considered by Scrutiny Committee on 29th January ahead of Cabinet."
    )
    assert days(text)[-1] == "2025-01-29"


@pytest.mark.parametrize(
    "text",
    [
        "Doctors struck from 7am Friday 25 July 2025 to 7am Wednesday 30 July. 90% of members voted for it.",
        "Completed by 30 July 90% of the time.",
    ],
)
def test_a_number_after_a_full_stop_or_before_a_percent_is_no_year(text: str) -> None:
    assert "2090-07-30" not in days(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan was launched on 10\nMarch 2025 by the Mayor.", ["2025-03-10"]),
        ("A draft is due by 31\nJuly 2025 for sign-off.", ["2025-07-31"]),
        ("The meeting on Tuesday 10\nMarch 2025 was quorate.", ["2025-03-10"]),
        ("See page 10\nMarch 2025 update follows.", []),  # a page number ends the line, not a day
    ],
)
def test_a_day_wrapped_onto_the_line_before_its_month(text: str, expected: list[str]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Art Trail will be held on June 23rd & 24th 2018.", ["2018-06-23", "2018-06-24"]),
        ("The roads were inspected on 10th and 11th March 2025.", ["2025-03-10", "2025-03-11"]),
        ("Sessions run on 10, 11 and 12 March 2025.", ["2025-03-10", "2025-03-11", "2025-03-12"]),
        ("It cost £3 and 4 June 2025 was the date.", ["2025-06-04"]),  # a sum is no day
    ],
)
def test_days_sharing_one_month_and_year(text: str, expected: list[str]) -> None:
    assert days(text) == expected
