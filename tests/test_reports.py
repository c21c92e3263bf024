"""Report splitting, report header fields and the document header (issuing body, meeting body, date)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import CORPUS, SHARED, needs_shared

from extractors.doctext import Collector, DocText
from extractors.header import (
    body_and_date,
    parse_uk_date,
    page_fields,
    person_name,
    read_header_fields,
    read_label,
    read_meeting,
    split_lines,
    yes_no,
)
from extractors.issuer import issuing_body
from extractors.reports import read_document_header, split_reports

DOC_ID = "0" * 64


def _doc(*pages: str) -> DocText:
    return DocText.from_pages(DOC_ID, list(pages))


def _seed(stem: str) -> DocText:
    path = next(CORPUS.glob(f"{stem}*.txt"))
    return _doc(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8th October 2020", date(2020, 10, 8)),
        ("Thursday, 30th January, 2025, at 10.00 am", date(2025, 1, 30)),
        ("CABINET – 18 JULY 2017", date(2017, 7, 18)),
        ("31/3/22", date(2022, 3, 31)),
        ("08/10/2020", date(2020, 10, 8)),
        ("4 Sept 2025", date(2025, 9, 4)),
        ("January 30, 2025", date(2025, 1, 30)),
        ("2017/18", None),
        ("April 2019", None),
        ("31/2/22", None),
    ],
)
def test_parse_uk_date(text: str, expected: date | None) -> None:
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("To: Adults Committee", "committee", "Adults Committee"),
        ("Report to: Trust Board 4 September 2025", "committee", "Trust Board 4 September 2025"),
        ("Meeting Date: 8th October 2020", "date", "8th October 2020"),
        ("Date of meeting: 27th July 2025", "date", "27th July 2025"),
        ("From: Will Patten, Service Director: Commissioning", "author", "Will Patten, Service Director: Commissioning"),
        ("Report of: Director of Adult Social Services", "author", "Director of Adult Social Services"),
        ("Key decision: Yes", "key_decision", "Yes"),
        ("Key Decision No", "key_decision", "No"),
        ("Forward Plan ref: 2020/055", "forward_plan", "2020/055"),
        ("Subject: Commissioned Family Hub Contracts", "title", "Commissioned Family Hub Contracts"),
        ("Title of report:", "title", ""),
        ("Agenda Item No: 6", "agenda_item", "6"),
        ("Officer contact:", "contact", ""),
        ("Classification: Unrestricted", "other", "Unrestricted"),
        ("Electoral division(s): All", "other", "All"),
    ],
)
def test_read_label(line: str, field: str, value: str) -> None:
    label = read_label(line)
    assert label is not None
    assert (label.field, label.value) == (field, value)


@pytest.mark.parametrize(
    "line",
    [
        "To be programmed:",
        "Committee are asked to approve:",
        "The report was written from the evidence.",
        "Date: to be confirmed",
        "Total Value £460,937",
    ],
)
def test_ordinary_lines_are_not_labels(line: str) -> None:
    assert read_label(line) is None


@pytest.mark.parametrize(
    ("value", "body", "when"),
    [
        ("Cabinet, 30 January 2025", "Cabinet", date(2025, 1, 30)),
        ("Cabinet – 4 March 2025", "Cabinet", date(2025, 3, 4)),
        ("County Council 13th March 2025", "County Council", date(2025, 3, 13)),
        ("County Council Date: 13 March 2025", "County Council", date(2025, 3, 13)),
        ("Health Scrutiny Committee Meeting date: 2 June 2021", "Health Scrutiny Committee", date(2021, 6, 2)),
        ("Adults Committee", "Adults Committee", None),
        ("ADULTS COMMITTEE", "Adults Committee", None),
        ("Trust Board Meeting Held in Public", "Trust Board", None),
        ("Sue Chandler, Cabinet Member for Integrated Children's Services", None, None),
    ],
)
def test_body_and_date(value: str, body: str | None, when: date | None) -> None:
    assert body_and_date(value) == (body, when)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Yes", True), ("YES .", True), ("Yes - It affects more than 2 Electoral Divisions", True), ("No", False),
     ("For the reason that:", None), ("", None)],
)
def test_yes_no(value: str, expected: bool | None) -> None:
    assert yes_no(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Name: Diana Mackay", "Diana Mackay"),
        ("Eleanor Crichton, Strategic Commissioner (Older People);", "Eleanor Crichton"),
        ("Dr Anjan Ghosh", "Dr Anjan Ghosh"),
        ("Relevant Director", None),
        ("the Democratic Services team", None),
    ],
)
def test_person_name(value: str, expected: str | None) -> None:
    assert person_name(value) == expected


HEADER_SNIPPETS = [
    (
        # Cambridgeshire (ModernGov "Agenda Item No" layout, values beside labels)
        "Agenda Item No: 6\n\nSection 75 Agreements: Equipment\n\nTo:  Adults Committee\n\n"
        "Meeting Date:  8th October 2020\n\nFrom:    Will Patten, Service Director\n\n"
        "Forward Plan ref:   \n\nKey decision:   Yes\n\nOfficer contact:\nName: Diana Mackay\n",
        {"committee": "Adults Committee", "meeting_date": date(2020, 10, 8), "author": "Will Patten, Service Director",
         "key_decision": True, "forward_plan_ref": None, "officer_contact": "Diana Mackay"},
    ),
    (
        # Kent: From / To with date / Subject over two lines / Decision no
        "From: Roger Gough, Leader,\nDr Anjan Ghosh, Director of Public Health\nTo: Cabinet, 30 January 2025\n"
        "Decision Number: 24/00115\nSubject: Kent County Council Integrated Care Strategy (KCC ICS)\nDelivery Plan\n"
        "Classification: Unrestricted\n",
        {"committee": "Cabinet", "meeting_date": date(2025, 1, 30),
         "title": "Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan",
         "author": "Roger Gough, Leader, Dr Anjan Ghosh, Director of Public Health"},
    ),
    (
        # NHS cover sheet in a markdown conversion: each value a blank line below its label
        "**Agenda item: **\n\n2025-26 (4ai)\n\n**Title of report:**\n\nWinter Plan\n\n**Meeting:**\n\n"
        "Trust Board Meeting Held in Public\n\n**Date:**\n\n4 September 2025\n\n**Presented by:**\n\nActing Chair\n",
        {"title": "Winter Plan", "committee": "Trust Board", "meeting_date": date(2025, 9, 4), "author": "Acting Chair"},
    ),
    (
        # "Date of meeting" of a committee's own report gives way to the date the paper goes to
        "Name of Committee:\n\nQuality Committee\n\nReport to:\n\nTrust Board 4 September 2025\n\n"
        "Date of Meeting:\n\n27th July 2025\n",
        {"committee": "Quality Committee", "meeting_date": date(2025, 9, 4)},
    ),
    (
        "Report title: Better Care Fund plan\nReport to: Health and Wellbeing Board\nDate of meeting: 12/03/2019\n"
        "Report by: Director of Public Health\nKey decision: No\nForward plan reference: FP/19/04\n",
        {"title": "Better Care Fund plan", "committee": "Health and Wellbeing Board",
         "meeting_date": date(2019, 3, 12), "author": "Director of Public Health", "key_decision": False,
         "forward_plan_ref": "FP/19/04"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADER_SNIPPETS)
def test_read_header_fields(text: str, expected: dict[str, object]) -> None:
    lines = split_lines(text)
    fields = read_header_fields(lines, 0, len(lines))
    for name, value in expected.items():
        assert getattr(fields, name) == value, name


def test_header_snippets_become_one_titled_report_each() -> None:
    text = "\n\n".join(snippet for snippet, _ in HEADER_SNIPPETS[:3])
    reports = split_reports(_doc(text), Collector(DOC_ID))
    assert [r.committee for r in reports] == ["Adults Committee", "Cabinet", "Trust Board"]
    assert reports[0].title == "Section 75 Agreements: Equipment"


def test_repeated_headings_in_one_report_do_not_split_it() -> None:
    body = "1. Background\nThe council has a pooled budget.\n2. Recommendations\nCabinet is asked to note.\n" * 20
    text = "To: Cabinet\nMeeting Date: 1 April 2020\nFrom: Director of Finance\n\n" + body
    reports = split_reports(_doc(text), Collector(DOC_ID))
    assert len(reports) == 1
    assert (reports[0].start, reports[0].end) == (0, len(text))


def test_reports_tile_a_multi_page_pack() -> None:
    first = "From: A Officer, Director\nTo: Cabinet – 30 January 2025\nSubject: First paper\n" + "Text.\n" * 50
    second = "From: B Officer, Director\nTo: Cabinet – 30 January 2025\nSubject: Second paper\n" + "Text.\n" * 50
    doc = _doc(first, "more of the first paper", second)
    reports = split_reports(doc, Collector(DOC_ID))
    assert [r.title for r in reports] == ["First paper", "Second paper"]
    assert [(r.first_page, r.last_page) for r in reports] == [(1, 2), (3, 3)]
    assert reports[0].end == reports[1].start and reports[1].end == len(doc.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KENT COUNTY COUNCIL – RECORD OF DECISION\nDecision: the Cabinet Member agreed.", "Kent County Council"),
        ("Report to the board.\nLeeds Community Healthcare NHS Trust and the Trust board. The Trust will act. "
         "The Trust agreed with Leeds City Council.", "Leeds Community Healthcare NHS Trust"),
        ("The partnership between NHS Kent and Medway Integrated Care Board and Medway Council. The Council will "
         "host the pool. The Council and the ICB agree. Contact: a.b@medway.gov.uk", "Medway Council"),
        ("The 2025-26 Budget County Council meeting will be held. The Council will set a budget.", None),
        ("No body is named here at all.", None),
        # "City of <Place> Council" is a council's full name, not a stray "City"; call-in is a council's step.
        ("Executive\nDecisions\nMembers wishing to call in a decision must give notice.\n"
         "Agreed a joint committee between City of Lincoln Council and Northby Integrated Care Board. "
         "Delegated authority to enter into s75 arrangements with Northby ICB.", "City of Lincoln Council"),
    ],
)
def test_issuing_body(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


def test_seed_004_pack_splits_into_its_reports() -> None:
    doc = _seed("004_")
    reports = split_reports(doc, Collector(DOC_ID))
    # The agenda and action log, then the five reports that carry a header block.
    assert [r.title for r in reports] == [
        None,
        "Early Intervention and Preventative PSEUDO Framework",
        "Section 75 Agreements: Integrated Community Equipment Service and Occupational Therapy",
        "Transformation Funding Business Case – Micro-Enterprise Pilot Supporting Homecare In Cambridgeshire",
        "A request to set up a Member Reference Group for the Care Suites programme",
        "DEEP DIVE UPDATE: SUPPORT FOR CARERS",
    ]
    assert all(r.committee == "Adults Committee" and r.meeting_date == date(2020, 10, 8) for r in reports)
    assert [r.key_decision for r in reports[1:]] == [True, True, False, False, False]
    assert [r.officer_contact for r in reports[1:3]] == ["Sarah Bye", "Diana Mackay"]
    assert reports[0].start == 0 and reports[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(reports, reports[1:]))


@pytest.mark.parametrize("stem", ["000_", "001_", "002_", "003_"])
def test_single_report_seeds_stay_whole(stem: str) -> None:
    doc = _seed(stem)
    reports = split_reports(doc, Collector(DOC_ID))
    assert len(reports) == 1
    assert (reports[0].start, reports[0].end) == (0, len(doc.text))


def test_seed_000_and_001_report_headers() -> None:
    (cambs,) = split_reports(_seed("000_"), Collector(DOC_ID))
    assert cambs.title == "Section 75 Agreements: Integrated Community Equipment Service and Occupational Therapy"
    assert cambs.author == "Will Patten, Service Director: Commissioning"
    assert cambs.forward_plan_ref is None
    (oxon,) = split_reports(_seed("001_"), Collector(DOC_ID))
    assert oxon.title == "Section 75 Agreement With Oxfordshire Clinical Commissioning Group For 2017-2018 To 2018-2019"
    assert (oxon.committee, oxon.meeting_date) == ("Cabinet", date(2017, 7, 18))
    assert (oxon.author, oxon.officer_contact) == ("Director for Adult Services", "Eleanor Crichton")


@needs_shared
@pytest.mark.parametrize("stem", ["000_", "001_", "002_", "003_", "004_"])
def test_document_header_matches_gold(stem: str) -> None:
    gold = json.loads(next((SHARED / "gold" / "seeds").glob(f"{stem}*.json")).read_text(encoding="utf-8"))
    doc = _seed(stem)
    header = read_document_header(doc, split_reports(doc, Collector(DOC_ID)))
    assert header.issuing_body == gold["issuing_body"]
    assert header.meeting_body == gold["meeting_body"]
    assert (header.meeting_date.isoformat() if header.meeting_date else None) == gold["meeting_date"]


# --- unlabelled meeting headings, town/parish councils, the meeting a paper goes to -----------


@pytest.mark.parametrize(
    ("text", "body", "when"),
    [
        (
            "Finance and Resources Committee\nWednesday 9th October 2019\nCouncil Chamber, Civic Offices\n"
            "Present:\nCllrs Jones (Chair), Patel and Smith.\n",
            "Finance and Resources Committee",
            date(2019, 10, 9),
        ),
        (
            "Grounds, Halls and Open Spaces\nMonday 2nd April 2018\nVillage Hall\nPresent:\nCllrs Brown and Green.\n",
            None,
            date(2018, 4, 2),
        ),
        (
            "Little Marston Parish Council Meeting 14 November 2016\nAgenda Item 42\nPlay Area Repairs\n"
            "1. Purpose of Report\nTo ask Council to approve repairs.\n",
            "Little Marston Parish Council",
            date(2016, 11, 14),
        ),
        (
            "Planning Panel Minutes | Thursday 5th July 2018\nPlanning Panel\nThursday 5th July 2018\nPresent:\nCllr Hall.\n",
            "Planning Panel",
            date(2018, 7, 5),
        ),
    ],
)
def test_unlabelled_meeting_heading(text: str, body: str | None, when: date) -> None:
    doc = _doc(text)
    header = read_document_header(doc, split_reports(doc, Collector(DOC_ID)))
    assert (header.meeting_body, header.meeting_date) == (body, when)


@pytest.mark.parametrize(
    "text",
    [
        "Summer Events 1 July 2017\nThe events will run all weekend.\n",  # names no meeting
        "Budget update\nThe deadline moved to Tuesday 3rd March 2020 after the consultation closed.\n",
        "Housing Strategy\nPublished on 4 May 2021\nThis strategy sets out our priorities.\n",
    ],
)
def test_dates_that_are_not_a_meeting_heading(text: str) -> None:
    doc = _doc(text)
    assert read_document_header(doc, split_reports(doc, Collector(DOC_ID))).meeting_date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DECISION TO BE TAKEN BY:\nCabinet\nDECISION NUMBER:\n24/00001\nKey decision: NO\n"
            "Subject Matter / Title of Decision: Parking charges\nDecision:\nCabinet agree to note the report.\n"
            "Consultation:\nThe report will be considered by Cabinet on 12 March 2024.\n",
            date(2024, 3, 12),
        ),
        (  # past meetings of the same body are history, not the meeting the paper goes to
            "DECISION TO BE TAKEN BY:\nCabinet\nDECISION NUMBER:\n24/00001\nKey decision: NO\n"
            "Decision:\nCabinet agree to note the report.\n"
            "Background:\nCabinet on 5 October 2023 agreed the savings plan.\n",
            None,
        ),
    ],
)
def test_meeting_date_stated_in_a_proposed_decision(text: str, expected: date | None) -> None:
    doc = _doc(text)
    assert read_document_header(doc, split_reports(doc, Collector(DOC_ID))).meeting_date == expected


TOWN_MINUTES = (
    "Recreation Committee\nTuesday 6th February 2018\nMarket Harborough Town Hall\nPresent:\nCllrs Ames and Bell.\n"
    "Under Town Council Standing Orders the Town Clerk advised the committee of a substitution.\n"
    "A resident raised the state of the verges. The Chairman advised that Leicestershire County Council is "
    "responsible for verges.\nThe play area funded by the Town Council is now open.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOWN_MINUTES, "Market Harborough Town Council"),
        # No venue naming the town: no name, rather than the county council it mentions.
        (TOWN_MINUTES.replace("Market Harborough Town Hall", "The Pavilion"), None),
        # The town council named in the text is the issuer.
        (TOWN_MINUTES + "Minutes approved by Harborough Lane Town Council.\n", "Harborough Lane Town Council"),
        (
            "Meeting of the Parish Council\nThe Parish Clerk reported on the allotments. The Parish Council agreed "
            "to write to Wiltshire Council about the footpath, as Wiltshire Council maintains it.\n",
            None,
        ),
    ],
)
def test_town_and_parish_councils_issue_their_own_minutes(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


def test_a_district_paper_mentioning_a_town_council_keeps_its_issuer() -> None:
    text = (
        "HARLOW DISTRICT COUNCIL\nReport to Cabinet\nThe Town Council has asked for a grant. "
        "The Town Council would run the market.\nHarlow District Council will consider it.\n"
    )
    assert issuing_body(text) == "Harlow District Council"


# --- issuer written only by initials, email domain, bare "County Council"; prospective meeting dates ---

from extractors.header import coming_meeting_date  # noqa: E402
from extractors.issuer import bare_county_council_refs, initials_bodies  # noqa: E402

INITIALS_ISSUER_CASES = [
    # initials of one known council, used repeatedly in the paper's own voice
    ("From: Leader\nTo: Cabinet\nKCC will lead the work. KCC's budget is set. The Council agrees.\n",
     "Kent County Council"),
    # used once, but the officers' email domain confirms which council writes
    ("To: Cabinet\nSee KCC's budget webpage for detail.\nContact: jo.bloggs@kent.gov.uk\n", "Kent County Council"),
    # shared initials (Hampshire / Hertfordshire / Hull): the email domain picks one
    ("To: Cabinet\nHCC officers met. HCC agreed.\nContact: a.b@hertfordshire.gov.uk\n", "Hertfordshire County Council"),
    # shared initials with no email domain: the one of them whose place the paper writes out
    ("To: Cabinet\nThe Council will commission homes across Essex. ECC led the tender. ECC agreed the fee.\n",
     "Essex County Council"),
    # a district merely mentioned, while the officers write from the county's domain
    ("To: Council\nThe Council met partners. Engagement with Swale Borough Council continues.\n"
     "The Council will report. KCC Family Hub Team.\nContact: x.y@kent.gov.uk\n", "Kent County Council"),
    # the paper goes to "County Council" and names a unitary partner as often as its own initials
    ("To: County Council – 9 January 2025\nMedway Council and KCC met. Medway Council agreed. KCC agreed.\n"
     "The County Council will decide.\n", "Kent County Council"),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS_ISSUER_CASES)
def test_issuer_by_initials_and_domain(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # shared initials, no email: cannot tell which council
        "To: Cabinet\nHCC officers met. HCC agreed.\n",
        # known initials written once, nothing to confirm them
        "To: Cabinet\nA letter from KCC was received.\n",
        # a month before "County Council" is not a county: "March County Council" is no body
        "Minutes to the 13 March County Council meeting. The March County Council agreed it.\n",
    ],
)
def test_no_issuer_from_weak_evidence(text: str) -> None:
    assert issuing_body(text) is None


def test_initials_bodies_needs_repeat_or_domain() -> None:
    assert initials_bodies("KCC said. KCC did.", set()) == [("Kent County Council", 2, 0)]
    assert initials_bodies("KCC said.", set()) == []
    assert initials_bodies("KCC said.", {"kent"}) == [("Kent County Council", 1, 0)]
    assert initials_bodies("NHS and CCG and ICB said.", {"kent"}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("To: County Council\nThe County Council agreed.", 2), ("Kent County Council agreed.", 0),
     ("approved by County Council on 13 February", 1)],
)
def test_bare_county_council_refs(text: str, expected: int) -> None:
    assert bare_county_council_refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The proposal was endorsed by the Policy Committee on 2 March 2025 prior to decision by Cabinet on "
         "9 March 2025.", date(2025, 3, 9)),
        ("It goes to the scrutiny panel ahead of consideration by the Cabinet on 12 June 2024.", date(2024, 6, 12)),
        ("A report will be presented to Cabinet on 30 January 2025.", date(2025, 1, 30)),
        # history: a decision Cabinet took
        ("The plan was endorsed by Cabinet on 4 July 2024.", None),
        ("Following the decision by Cabinet on 4 July 2024 the plan was published.", None),
    ],
)
def test_coming_meeting_date(text: str, expected: date | None) -> None:
    assert coming_meeting_date(text, "Cabinet") == expected


# --- a paper in a council's voice is issued by a council, never by its NHS partner ---

COUNCIL_VOICE_CASES = [
    # a cabinet minute naming the CCG first and the council once
    ("Issue - meetings\nMeeting: 03/02/2016 - Cabinet (Item 4)\nThe pool would be agreed with Medway Clinical "
     "Commissioning Group (CCG). The Cabinet agreed the pool be hosted by Medway Council.", "Medway Council"),
    # a decision page titled with both partners, the council as "City of <Place>"
    ("Decision details\nSection 75 Agreement Between the City of Westminster and NHS North West London CCG\n"
     "Decision Maker: Cabinet Member for Adults\nThe Cabinet Member agreed. The CCG will pay into the pool.",
     "City of Westminster"),
    # "the Council" and a foundation trust it contracts with; no council named: no issuer, not the trust
    ("Minutes\nThe Cabinet agreed that the Council enter into an agreement with Oakfield NHS Foundation Trust. "
     "The Trust will host staff. The Council will monitor.", None),
    # the council written only by its short form
    ("Decision details\nReasons: H&F has a statutory duty. The Council will enter into contracts.",
     "London Borough of Hammersmith and Fulham"),
]


@pytest.mark.parametrize(("text", "expected"), COUNCIL_VOICE_CASES)
def test_council_voice_issuer(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Cabinet agreed. The Council will act.", True),
        ("The CCG agreed with the Council. The CCG and the CCG will act.", False),
        ("Minutes of the Governing Body. The Trust agreed.", False),
    ],
)
def test_speaks_as_council(text: str, expected: bool) -> None:
    from extractors.issuer import speaks_as_council

    assert speaks_as_council(text) is expected


def test_place_written_city_of_is_no_issuer() -> None:
    # "City of Norwich" inside a service's name is not the council named; with a second area
    # named, nothing else implies which council writes.
    text = "The Cabinet approved Carer Services in the City of Norwich and Broadland. The Council will award it."
    assert issuing_body(text) is None


# --- a trust's own board pack: "the Trust" throughout, its ICB named now and then ---

_TRUST_PACK = (
    "Public Board Meeting 2 October 2025\nAgenda\n1 Welcome\n"
    "The Trust Board is asked to note the report. The Trust has met its targets. NCH staff were thanked.\n"
    "Assurance was given to NHS Northshire Integrated Care Board. The Trust will report to Northshire "
    "Integrated Care Board again. NCH's plan was agreed.\n"
    "Northshire Community Healthcare NHS Trust, annual report. The Trust Board approved it.\n"
)


def test_trust_board_pack_is_issued_by_the_trust_not_its_icb() -> None:
    assert issuing_body(_TRUST_PACK) == "Northshire Community Healthcare NHS Trust"


def test_trust_pack_naming_two_trusts_alike_has_no_issuer() -> None:
    text = _TRUST_PACK + "Southshire Care NHS Foundation Trust and Northshire Community Healthcare NHS Trust met. " \
        "Southshire Care NHS Foundation Trust agreed. Southshire Care NHS Foundation Trust noted. SCFT noted.\n"
    assert issuing_body(text) is None


def test_council_paper_about_a_trust_is_still_the_councils() -> None:
    text = ("Report to Cabinet\nThe Council and the Trust will enter a Section 75 agreement. "
            "Calderdale Council will host. The Trust agreed. The Council agreed. Councillors noted.\n"
            "The Trust provides mental health services. Northshire Care NHS Foundation Trust is the provider.\n")
    assert issuing_body(text) == "Calderdale Council"


# --- a council paper that never names itself: the one council area it names ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the City Council" and one council area, named in a board's name
        ("Cabinet agreed the pooled fund, split 60:40 between the CCG and the City Council. The Plymouth "
         "Integrated Commissioning Board will report to the City Council's Cabinet.\n", "Plymouth City Council"),
        # "the Council" and the area its residents live in
        ("Councillors were concerned that the Council had acted in the best interests of residents in "
         "Northumberland. The Cabinet decision stands.\n", "Northumberland County Council"),
        # "the County Council" of an area whose county has since given way to a unitary of the same place (the
        # tier was once read by popping a set inside a loop, which raised KeyError and lost the whole paper)
        ("The Executive agreed that the County Council will pay grants to care providers across North "
         "Yorkshire this winter. The Council will report back.\n", "North Yorkshire County Council"),
    ],
)
def test_council_implied_by_the_one_area_it_names(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the area is a councillor's surname, not a place
        "Councillor C Hart introduced the report. The Council agreed it. Cabinet noted it.\n",
        # the area names only an NHS body, which is not the council
        "The Council will seek agreement from NHS Southwark Clinical Commissioning Group. Cabinet agreed.\n",
        # a region that holds many councils
        "The Council will receive a grant from North Central London ICB. Cabinet agreed.\n",
        # "Westminster" as Parliament, and "the council/s" as any council, in a minister's letter
        "We will transfer power out of Westminster. A request from the council/s concerned is needed. "
        "The council must agree.\n",
        # the town of the venue, not the council whose meeting it is
        "Cabinet\nCouncil Chamber, Sessions House,\nCounty Hall, Maidstone\nThe Council agreed.\n",
        # two areas: either could be the issuer
        "The Council serves Barnet and Harrow residents. Cabinet agreed.\n",
        # two councils named alike: which comes first says nothing
        "The Council agreed. The inner boroughs are Hammersmith and Fulham (H&F) and the Royal Borough "
        "of Kensington and Chelsea. Cabinet agreed.\n",
    ],
)
def test_no_implied_council_from_weak_evidence(text: str) -> None:
    assert issuing_body(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the City Council" names its tier: the one city council named, not the county named as often
        ("The report noted that the City Council entered the agreement in 2014. Leicester City Council and "
         "Leicestershire County Council fund it. The City Council will review it.\n", "Leicester City Council"),
        # an Executive Member decides: a council's paper, not its NHS partner's
        ("Issue - meetings\nMeeting: 13/03/2023 - Executive (Item 10)\nTo consider a report of the Executive "
         "Member.\nSalford City Council and Northern Care Alliance NHS Foundation Trust agreed. Northern Care "
         "Alliance NHS Foundation Trust and Salford City Council met.\n", "Salford City Council"),
    ],
)
def test_council_voice_and_tier_pick_the_issuer(text: str, expected: str) -> None:
    assert issuing_body(text) == expected


def test_issue_page_date_line_is_the_meeting_date() -> None:
    text = ("Issue - decisions\n\nCarers Support Contract\n\n14/02/2020 - Carers Support Contract\n\n"
            "Resolved: that the contract be awarded.\n")
    assert page_fields(text) == (None, date(2020, 2, 14))


def test_council_name_in_capitals_over_a_decision_form_is_the_issuer() -> None:
    text = ("Decision details\n\nCarers Grant 2025/26\n\nDecision Maker: Cabinet\n\nDecision:\n\n"
            "DARLINGTON BOROUGH COUNCIL\n\nCABINET DECISION\n\nPROFORMA\n\n"
            "The grant from the Department of Health and Social Care was noted.\n")
    assert issuing_body(text) == "Darlington Borough Council"


def test_two_councils_in_capitals_name_no_letterhead() -> None:
    # below the heading lines (which name the first body they hold), two council names in capitals
    # are a joint paper's, not one form's letterhead: the prose decides
    filler = "".join(f"Item {n}\n" for n in range(1, 10))
    text = (filler + "DARLINGTON BOROUGH COUNCIL\nDURHAM COUNTY COUNCIL\n"
            "Darlington Borough Council and Durham County Council agreed. Durham County Council noted.\n")
    assert issuing_body(text) == "Durham County Council"


def test_attendee_line_near_the_top_is_no_heading() -> None:
    text = ("Minutes of the Health and Wellbeing Board\nPresent\n"
            "Jo Smith, Chief Executive, Northby Hospitals NHS Foundation Trust\n"
            "Ann Lee, Director of Adult Services, Calderdale Council\n"
            "The Council noted the Better Care Fund update. Councillors asked questions.\n")
    assert issuing_body(text) == "Calderdale Council"


def test_officers_email_domain_names_the_council_a_paper_never_names() -> None:
    text = ("Agenda and minutes\nCabinet - Wednesday 12th March 2025 10:00am\n"
            "Venue: Oak Room, County Buildings, Northby. View directions\n"
            "Contact: Jo Bloggs  Email: jo.bloggs@somerset.gov.uk\n"
            "Oral report of the Leader of the Council. The Council agreed the plan.\n")
    assert issuing_body(text) == "Somerset Council"


def test_made_at_meeting_field_gives_body_and_date() -> None:
    text = ("Decisions published\n\n22/11/2024 - Carers Fund ref: 21    Recommendations Approved\n\n"
            "Decision Maker: Cabinet\n\nMade at meeting: 20/11/2024 - Cabinet\n\nDecision published: 22/11/2024\n")
    assert page_fields(text) == ("Cabinet", date(2024, 11, 20))


@pytest.mark.parametrize(
    "text",
    [
        # The one council named is the counterparty: the paper's own council is never named.
        "Cabinet agreed to extend the contract with Halton Borough Council for a further year. "
        "The Council will monitor the contract with Halton Borough Council.",
        "That Cabinet authorise the Chief Executive, on behalf of the Borough Council, to accept the funding "
        "of £50,000 from Staffordshire County Council (SCC) and to sign the memorandum with SCC.",
        "03/08/2020 - High Streets - Service Level Agreement with Nottinghamshire County Council ref: 891\n"
        "Decision maker: Deputy Leader of the Council",
    ],
)
def test_a_partner_council_is_not_the_issuer(text: str) -> None:
    assert issuing_body(text) is None


def test_a_trust_never_called_the_trust_is_a_party() -> None:
    text = ("Recordable decisions\n10/10/2024 - Contract variation for the community service - Northby Community "
            "Health NHS Trust ref: 12 Recommendations Approved\n11/10/2024 - Lease of the clinic to Northby "
            "Community Health NHS Trust ref: 13 Recommendations Approved\n")
    assert issuing_body(text) is None
    assert issuing_body(text + "The Trust Board approved the lease. The Trust will report.") == (
        "Northby Community Health NHS Trust")


def test_a_council_leading_a_joint_procurement_can_issue() -> None:
    text = "The procurement would be run jointly with NHS England, with Medway Council leading. The Council agreed."
    assert issuing_body(text) == "Medway Council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An agenda heading that runs the body, the weekday and the date together.
        ("NORTHBY CLINICAL COMMISSIONING GROUP PRIMARY CARE COMMISSIONING COMMITTEE Wednesday 10 January 2018, "
         "11:00am-1:00pm Meeting Room 1 AGENDA 1. Welcome", ("Primary Care Commissioning Committee", date(2018, 1, 10))),
        ("Agenda\nAudit and Governance Committee – Monday 2 June 2025\nItem 1", ("Audit and Governance Committee", date(2025, 6, 2))),
        # Text flattened onto one line keeps its "Date of meeting:" label mid-line.
        ("Subject: Clinical Framework Author: A Person Date of meeting: Tuesday 12 th January 2016 Requirement: Approval",
         (None, date(2016, 1, 12))),
        # A past meeting in running text is not the paper's meeting.
        ("The report went to Cabinet on Tuesday 5 March 2024 and was approved.", (None, None)),
        ("Author: A Person. Date of meeting: to be confirmed, 1 May 2020 at the latest", (None, None)),
    ],
)
def test_meeting_from_headings_and_inline_labels(text: str, expected: tuple[str | None, date | None]) -> None:
    assert read_meeting(text, []) == expected


@pytest.mark.parametrize(
    ("text", "issuer", "meeting"),
    [
        # A small council's minutes head themselves with the council, the venue and the day.
        ("MINUTES OF NORTHBY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL AT 7.30 pm TUESDAY 4 FEBRUARY 2014\n"
         "Present: Cllr A Smith (Chair)\n1. Apologies. Grass cutting at the Recreation Ground with Southby District "
         "Council and Southby District Council staff.",
         "Northby Parish Council", ("Northby Parish Council", date(2014, 2, 4))),
        ("MINUTES OF NORTHBY PARISH COUNCIL MEETING HELD AT ALL SAINTS CHURCH MONDAY 13TH MAY 2019\nPresent: Cllr B Jones",
         "Northby Parish Council", ("Northby Parish Council", date(2019, 5, 13))),
        # The previous meeting's minutes, confirmed inside the text, are not this meeting.
        ("Cabinet\n3. The minutes of the Cabinet meeting held on 23 January 2012 were confirmed as a correct record.",
         None, (None, None)),
        ("Agenda\n3. To approve the minutes of the Northby Primary Care Committee meeting held on 1 November 2017", None,
         (None, None)),
    ],
)
def test_small_council_minutes_heading(text: str, issuer: str | None, meeting: tuple[str | None, date | None]) -> None:
    assert issuing_body(text) == issuer
    assert read_meeting(text, []) == meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A council's place that is a person's surname says nothing about the issuer.
        ("The Council's board met. Jo Smith and Lizzy Warrington substituted for members.", None),
        # An address's town before its postcode is the place.
        ("The Council awards the contract for the unit at 27 Mill Court Slough SL2 5DL to Supplier A.",
         "Slough Borough Council"),
        # A title's possessive is the place: "Securing Slough's Future".
        ("The Council agreed its strategy, Securing Slough’s Future, to set the budget.", "Slough Borough Council"),
    ],
)
def test_implied_council_is_not_a_surname(text: str, expected: str | None) -> None:
    assert issuing_body(text) == expected
