"""Money: inline sterling amounts, scaled text tables, kinds, and coverage of the seed gold."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from decimal import Decimal
from types import ModuleType

import pytest
from conftest import CORPUS, SHARED, needs_shared

from extractors.doctext import Collector, DocText
from extractors.money import describe, extract_amounts, find_amounts, kind_of, parse_amount, payer_of
from extractors.tables import cell_context, contributor_named, scale_of, scaled_table_cells
from schemas import AmountKind

DOC_ID = "0" * 64


def values(text: str) -> list[Decimal]:
    return [f.value for f in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The annual value is £1.7m.", [Decimal("1700000")]),
        ("funding of £160k in total", [Decimal("160000")]),
        ("£60K in year 2", [Decimal("60000")]),
        ("an additional £2bn funding", [Decimal("2000000000")]),
        ("activity worth £3.500m", [Decimal("3500000")]),
        ("total pooled budget £4,708,057", [Decimal("4708057")]),
        ("Trusted Assessor\t£69,000.00", [Decimal("69000")]),
        ("Deliver £1.30 benefits for every £1 invested", [Decimal("1.30"), Decimal("1")]),
        ("Net cash flow\t-£25,000\t-£19,150", [Decimal("-25000"), Decimal("-19150")]),
        ("a balance of £-25,000", [Decimal("-25000")]),
        ("about £ 1.2 million", [Decimal("1200000")]),
        ("about £1.2 million", [Decimal("1200000")]),
        ("a grant of £1.2\nmillion", [Decimal("1200000")]),
        ("Power Co\t£50.35\nK Lighting\t£44.80", [Decimal("50.35"), Decimal("44.80")]),
        ("Mowing\t£12.00\nM Smith\t£5.00", [Decimal("12.00"), Decimal("5.00")]),
        ("Clerk's salary £210.50 K & J Lighting £35.10", [Decimal("210.50"), Decimal("35.10")]),
        ("weed killer £18.40 M Hollis (signs) £22.00", [Decimal("18.40"), Decimal("22.00")]),
        ("a scheme of £2.5 M for the village", [Decimal("2500000")]),
        ("£3 M.", [Decimal("3000000")]),
        ("some £12 billion", [Decimal("12000000000")]),
        ("Birmingham were set to receive £40million", [Decimal("40000000")]),
        ("£12,000 per annum", [Decimal("12000")]),
        ("up to £5,000", [Decimal("5000")]),
        ("hourly rates is nominally £4.50ph", [Decimal("4.50")]),
        ("a range of £5m-£6m", [Decimal("5000000"), Decimal("6000000")]),
        ("between £10,000 - £20,000", [Decimal("10000"), Decimal("20000")]),
        # The unit written once after a range belongs to both ends.
        ("spend over the term is estimated at £6-9 million.", [Decimal("6000000"), Decimal("9000000")]),
        ("a saving of £2 to 3m a year", [Decimal("2000000"), Decimal("3000000")]),
        ("works costing £40 - 60k", [Decimal("40000"), Decimal("60000")]),
        ("a charge of £5 to 10 people", [Decimal("5")]),
        ("Income\t(£5,502)\t£3,000", [Decimal("-5502"), Decimal("3000")]),
        ("savings not delivered (£26.2m) and other", [Decimal("26200000")]),
        ("£2,421,213 (51.4%)", [Decimal("2421213")]),
        ("a £500 more expensive option", [Decimal("500")]),
        ("£1.7m.", [Decimal("1700000")]),
    ],
)
def test_inline_amounts(text: str, expected: list[Decimal]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "an increase of 43.8% in 2014",
        "Cost avoidance\t£ per quarter\t£0",
        "Cash Flow\t19/20 £000\t20/21 £000",
        "a baseline of 7,036 carers in 2015/16",
        "figures are in £'000",
        "call 01223 715966",
        "Section 75 of the NHS Act 2006",
    ],
)
def test_not_money(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [("£1.7m", Decimal("1700000")), ("-£25,000", Decimal("-25000")), ("£3.3m", Decimal("3300000")), ("x", None)],
)
def test_parse_amount(written: str, expected: Decimal | None) -> None:
    assert parse_amount(written) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The post costs £12,000 per annum.", AmountKind.ANNUAL),
        ("The annual value of the agreement is £1.7m.", AmountKind.ANNUAL),
        ("A total of £21.5m is available.", AmountKind.TOTAL),
        ("estimated savings of £170,000 if achieved.", AmountKind.SAVING),
        ("The CCG contribution is £2,286,844 this year.", AmountKind.CONTRIBUTION),
        ("requesting £160,000 of transformation funding", AmountKind.FUNDING),
        ("The cost of the service is £160,000.", AmountKind.COST),
        ("Mr Smith paid £40 to the clerk.", AmountKind.OTHER),
    ],
)
def test_kind(text: str, kind: AmountKind) -> None:
    found = find_amounts(text)[0]
    assert kind_of(text, found.start, found.end) is kind


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The annual value of the agreement is £1.7m.", "The annual value of the agreement"),
        ("Requests to utilise £2.7m of this funding", "Requests to utilise"),
        ("Income -£10.0m -£23.5m", "Income"),
        ("Lot 1 – Hospital Discharge\t£545,193", "Lot 1 – Hospital Discharge"),
    ],
)
def test_describe(text: str, what: str) -> None:
    found = find_amounts(text)[-1]
    assert describe(text, found.start, found.end) == what


@pytest.mark.parametrize(
    ("line", "scale"),
    [
        (" £'000 £'000 ", Decimal(1000)),
        ("£’000", Decimal(1000)),
        ("Cash Flow\t19/20 £000", Decimal(1000)),
        ("£m £m £m", Decimal(1_000_000)),
        ("Spend (£k)", Decimal(1000)),
        ("£ millions", Decimal(1_000_000)),
        ("£bn", Decimal(1_000_000_000)),
        ("£ per quarter", None),
        ("a cost of £1.7m", None),
        ("£000,000", None),
        ("£more", None),
    ],
)
def test_scale_of(line: str, scale: Decimal | None) -> None:
    assert scale_of(line) == scale


SPACED_TABLE = """2017/18 Proposed Indicative Contributions

Pool 1: Adults with Care &
Support Needs

Oxfordshire
County Council

OCCG

 £'000 £'000

Contributions to Pool:

Learning Disabilities 74,883 13,477

Gross Contribution 85,238 61,216

Less service user income -5,502 0

Adjustment (1,250) 7

iBCF grant funded
expenditure

6,276
0

35. Through the additional 2.0% precept for adult social care, £3.3m is
available in 2017 and 2018 to 1,200 people.
"""


def test_spaced_table_is_scaled_and_signed() -> None:
    cells = scaled_table_cells(SPACED_TABLE)
    assert [c.value for c in cells] == [
        Decimal(74_883_000), Decimal(13_477_000), Decimal(85_238_000), Decimal(61_216_000),
        Decimal(-5_502_000), Decimal(-1_250_000), Decimal(7000), Decimal(6_276_000),
    ]
    assert cells[0].row_label == "Learning Disabilities"
    assert cells[-1].row_label == "iBCF grant funded expenditure"


def test_prose_after_table_is_not_scaled() -> None:
    texts = {c.text for c in scaled_table_cells(SPACED_TABLE)}
    assert not texts & {"2017", "2018", "1,200", "35", "2.0"}


CASH_FLOW = (
    "Cash Flow\t19/20 £000\t20/21 £000\t21/22 £000\n"
    "Revenue Advance\t\t100\t60\n"
    "Capital Advance\t-\t-\t\n"
    "\n"
    "Measure\tBaseline\t19/20\n"
    "Local employment\t12\t20\n"
)


def test_tab_table_scaled_per_column_and_ends_at_blank_line() -> None:
    cells = scaled_table_cells(CASH_FLOW)
    assert [(c.value, c.column_header) for c in cells] == [
        (Decimal(100_000), "20/21 £000"),
        (Decimal(60_000), "21/22 £000"),
    ]


def test_unit_over_last_column_only() -> None:
    text = "District 2024-25 2025-26\nTaxbase Taxbase £000s\nAshford 49,832.00 49,332.00 83,429.8\n"
    assert [c.value for c in scaled_table_cells(text)] == [Decimal("83429800.0")]


@pytest.mark.parametrize(
    "text",
    [
        "Hours per week\t0\t100\t175\n",  # no unit header: counts, not money
        "£'000\nThe council agreed the budget in 2017 and spent it on 7,036 carers over the year.\n12\n",
        "£'000 £'000\n\f\n12\n",  # a page number after a page break
    ],
)
def test_no_scaled_cells(text: str) -> None:
    assert scaled_table_cells(text) == []


def test_cell_context_reads_row_and_column() -> None:
    text = "Provider\tContract\tAnnual Value\nLINCA\tTrusted Assessor\t£69,000.00\n"
    context = cell_context(text, text.index("£69"))
    assert context is not None
    assert context.row_label == "LINCA"
    assert context.column_header == "Annual Value"


def test_extract_amounts_builds_records() -> None:
    pages = ["Intro\n\n £'000 £'000\nContributions\nMental Health 9,734 46,067\n", "It costs £1.7m per annum in 2017-18."]
    doc = DocText.from_pages(DOC_ID, pages)
    collect = Collector(DOC_ID)
    amounts = extract_amounts(doc, collect)
    assert collect.rejects == []
    by_text = {a.text: a for a in amounts}
    assert by_text["9,734"].value_gbp == Decimal(9_734_000)
    assert by_text["9,734"].from_table and by_text["9,734"].kind is AmountKind.CONTRIBUTION
    inline = by_text["£1.7m"]
    assert inline.kind is AmountKind.ANNUAL and inline.financial_year == "2017/18"
    assert inline.evidence.page == 2 and inline.evidence.quote == "£1.7m"
    assert not inline.from_table


def _load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SEEDS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def _seed_doc(stem: str) -> DocText:
    raw = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    return DocText.from_pages(hashlib.sha256(raw.encode()).hexdigest(), raw.split("\f"))


@needs_shared
@pytest.mark.parametrize("stem", SEEDS)
def test_seed_money_covers_gold(stem: str) -> None:
    gold = json.loads((SHARED / "gold" / "seeds" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = _seed_doc(stem)
    predicted = {float(a.value_gbp) for a in extract_amounts(doc, Collector(doc.document_id))}
    missing = [
        m["text"]
        for m in gold["money"]
        if not any(abs(p - m["value_gbp"]) <= max(1.0, 0.005 * abs(m["value_gbp"])) for p in predicted)
    ]
    assert missing == []
    tp, n_gold, n_pred = _load_score().score_money(gold, {"money": [{"value_gbp": v} for v in predicted]})
    assert tp / n_pred >= 0.9


# --- Who pays: contributor headings, flattened heading rows, sentences ---------------------------

@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("LA contribution", "LA"),
        ("CCG contribution £'000", "CCG"),
        ("Council", "Council"),
        ("NHS", "NHS"),
        ("WSCCG", "WSCCG"),
        ("Surrey County Council 2022/23", "Surrey County Council"),
        ("NHS Norfolk and Waveney", "NHS Norfolk and Waveney"),
        ("the ICB's share", "ICB"),
        ("Total pooled budget", None),
        ("Net Contribution", None),
        ("Council Tax", None),
        ("BCF", None),  # an abbreviation that names a fund, not a body
        ("Income", None),
    ],
)
def test_contributor_named_in_a_heading(heading: str, expected: str | None) -> None:
    assert contributor_named(heading) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The CCG will contribute £1.2m to the pool in 2022/23.", "CCG"),
        ("The Council's contribution of £450,000 will be met from reserves.", "Council"),
        ("Hampshire County Council has agreed to contribute up to £2m.", "Hampshire County Council"),
        ("A £300k contribution from NHS Devon was agreed by the board.", "NHS Devon"),
        ("The ICB contribution is £2.1m for the year.", "ICB"),
        ("Under the settlement, WCC is required to make a contribution totalling £8.5m.", "WCC"),
        ("The pool also receives a contribution (£1.1m) from the Council.", "Council"),
        ("The Council will spend £3m on resurfacing.", None),
        ("Both partners contribute £1m each to the fund.", None),
        ("Income generation contributes £2.5m towards the gap.", None),
        ("Contributions of £5m from the Council and £2m from the CCG are expected.", None),
    ],
)
def test_payer_in_sentence(sentence: str, expected: str | None) -> None:
    found = find_amounts(sentence)[0]
    assert payer_of(sentence, found.start, found.end) == expected


FLATTENED_HEADINGS = """The pool is funded as follows.

 Council contribution NHS contribution Total pool
budget

Northshire
Pool

£1,200,000
(60%)

£800,000
(40%)

£2,000,000
"""


def test_flattened_heading_row_gives_each_amount_its_column() -> None:
    payers = [payer_of(FLATTENED_HEADINGS, f.start, f.end) for f in find_amounts(FLATTENED_HEADINGS)]
    assert payers == ["Council", "NHS", None]


def test_flattened_heading_row_does_not_reach_through_prose() -> None:
    text = FLATTENED_HEADINGS.replace(
        "Northshire\nPool", "These figures were agreed by both partners at the March meeting of the board")
    assert [payer_of(text, f.start, f.end) for f in find_amounts(text)] == [None, None, None]


SPACED_CONTRIBUTORS = """Proposed Contributions 2023/24

Pool A: Mental Health

Westshire
County Council

WCCG

£'000 £'000

Community Services 1,250 430

Residential Care 2,000

Gross Contribution 3,250 430
"""


def test_spaced_table_columns_named_by_contributor_lines() -> None:
    doc = DocText.from_pages(DOC_ID, [SPACED_CONTRIBUTORS])
    got = [(a.text, a.payer) for a in extract_amounts(doc, Collector(DOC_ID))]
    # The one-figure row cannot say which column its figure is in: no payer.
    assert got == [("1,250", "Westshire County Council"), ("430", "WCCG"), ("2,000", None),
                   ("3,250", "Westshire County Council"), ("430", "WCCG")]


def test_spaced_table_without_contributor_headings_has_no_payer() -> None:
    text = SPACED_CONTRIBUTORS.replace("WCCG", "Budget")
    doc = DocText.from_pages(DOC_ID, [text])
    assert {a.payer for a in extract_amounts(doc, Collector(DOC_ID))} == {None}


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Pooled budget contributions\tCouncil\tICB\nAdults\t£150,000\t£90,000\n", ["Council", "ICB"]),
        ("Service\tCouncil\tICB\nAdults\t£150,000\t£90,000\n", [None, None]),  # no contribution cue
        ("Contributions\tAmount\nCCG contribution\t£2,286,844\n", ["CCG"]),
    ],
)
def test_tab_table_payer_from_column_or_row(table: str, expected: list[str | None]) -> None:
    assert [payer_of(table, f.start, f.end) for f in find_amounts(table)] == expected


@pytest.mark.parametrize(("stem", "payers"), [
    ("000_61f569a367402524", {"£2,421,213": "LA", "£2,286,844": "CCG"}),
    ("001_a4ae522e4d9693da", {"74,883": "Oxfordshire County Council", "13,477": "OCCG",
                              "94,292": "Oxfordshire County Council", "6,276": None}),
])
def test_seed_pooled_budget_payers(stem: str, payers: dict[str, str | None]) -> None:
    doc = _seed_doc(stem)
    got = {a.text: a.payer for a in extract_amounts(doc, Collector(doc.document_id))}
    assert {text: got[text] for text in payers} == payers


# --- payments tables: bare figures under money columns ------------------------------------------

PAYMENTS = (
    "Date\tPayee\tChq No\tNet\tVAT\tGross\n"
    "03/02/2021\tMeadowbank Mowing, verge cutting\t200311\t120.00\t24.00\t144.00\n"
    "05/02/2021\tParish Hall Trust, room hire\t200312\t35.50\t0.00\t35.50\n"
    "\t\t£\t155.50\t24.00\t179.50\n"
)


def test_payments_table_figures_are_pounds_with_row_and_column() -> None:
    from extractors.tables import money_column_cells

    cells = money_column_cells(PAYMENTS)
    assert [(c.text, c.column_header) for c in cells[:3]] == [("120.00", "Net"), ("24.00", "VAT"), ("144.00", "Gross")]
    assert cells[0].row_label == "Meadowbank Mowing, verge cutting"
    # Zero VAT, cheque numbers and dates are not amounts; the total row is.
    assert [c.value for c in cells] == [Decimal(v) for v in
                                        ("120.00", "24.00", "144.00", "35.50", "35.50", "155.50", "24.00", "179.50")]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # A "£" heading makes whole pounds count too.
        ("Payee\tAmount £\nVillage Lantern Press\t85\n", ["85"]),
        ("Supplier\tAmount\nGreenway Tools Ltd\t42.99\n", ["42.99"]),
        # Written "£" amounts are read inline; only the bare figure is added here.
        ("Payee\tNet\tGross\nHedgerow Services\t£40.00\t48.00\n", ["48.00"]),
        # A bare-figure row between "£" rows does not start a new table.
        ("Payee\tNet\tGross\nA Supplier\t£10.00\t£12.00\nB Supplier\t5.00\t6.00\n", ["5.00", "6.00"]),
        ("Item\tCost\tTotal\nBenches\t310.00\t620.00\n", ["310.00", "620.00"]),
        ("Volunteer\tTotal hours\nA Resident\t12.50\n", []),  # a heading that is not money
        ("Date\tPayee\tDetails\n04/03/2022\tA Supplier\t15.00\n", []),  # no money heading
        ("Ward\tVotes\tTotal\nNorth\t120\t340\n", []),  # counts
        ("Payee\tNet\tGross\nSeven Oaks Co\t12\t14\n", []),  # whole numbers without a £ heading
        ("£'000\nService\tNet\tGross\nLibraries\t1250.00\t1400.00\n", []),  # a scaled table
        ("Area\tKent £’m\tEngland £’m\nCouncil Tax\t993.90\t38,311.80\n", []),  # a unit in the heading
        ("Fund\tValue £m\nProperty Fund\t54.25\n", []),
        ("Fund\t£ Book cost\nProperty Fund\t60,000\n", ["60,000"]),
        ("Payee\tInvoice No\tNet\nOakfield Ltd\t4417.00\t30.00\n", ["30.00"]),  # not the invoice column
        ("Payee\tNet\tVAT\nA Supplier\t10.00\t20%\n", ["10.00"]),  # a percentage is no amount
        ("Payee\tNet\tGross\nA Supplier\t10.00\t12.00\nThe payments were approved.\t\n1\t2.00\t3.00\n",
         ["10.00", "12.00"]),  # prose ends the table
    ],
)
def test_payments_table_cells(table: str, expected: list[str]) -> None:
    from extractors.tables import money_column_cells

    assert [c.text for c in money_column_cells(table)] == expected


def test_payments_table_amounts_cite_their_cells() -> None:
    doc = DocText.from_pages(DOC_ID, ["Payments for approval\n\n" + PAYMENTS])
    amounts = [a for a in extract_amounts(doc, Collector(DOC_ID)) if a.rule == "money.table_payments"]
    assert len(amounts) == 8
    first = amounts[0]
    assert first.value_gbp == Decimal("120.00") and first.evidence.quote == "120.00"
    assert doc.text[first.evidence.start : first.evidence.end] == "120.00"
    assert first.what == "Meadowbank Mowing, verge cutting – Net"
    assert first.from_table


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "Debt and investments\nBalance Average Rate\n£m %\nPublic Works Loan Board 512.30 4.21\n"
            "Call Accounts 8.00 3.95\nEquity 2.10\nTotal 520.30 4.20\n",
            ["512.30", "8.00", "2.10", "520.30"],
        ),
        ("Fund yields\n% £m\nGlobal Equity Fund 3.07 25.0\n", ["25.0"]),
        ("Budget lines\n£m £m\nSchools 12.5 13.1\n", ["12.5", "13.1"]),
    ],
)
def test_percent_column_under_a_spaced_unit_header_is_no_money(table: str, expected: list[str]) -> None:
    assert [c.text for c in scaled_table_cells(table)] == expected


@pytest.mark.parametrize(("text", "values"), [
    # a stray space after the first comma, with another comma group after it: one amount
    ("Supplemental Grant £1, 002,318 (indicative)", [Decimal("1002318")]),
    # a list's comma and a count after it: the amount stops at the comma
    ("costs of £5, 100 people attended", [Decimal("5")]),
    ("between £1, 002 and more", [Decimal("1")]),
])
def test_a_stray_space_after_a_thousands_comma(text: str, values: list[Decimal]) -> None:
    assert [f.value for f in find_amounts(text)] == values
