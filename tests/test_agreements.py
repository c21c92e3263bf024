"""Tests for agreement extraction: sentence cases, grouping, negatives, and the seeds against gold."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest
from conftest import CORPUS, SHARED, needs_shared

from extractors.acronyms import find_acronyms
from extractors.agreements import extract_agreements, same_subject, split_sentences, subject_key
from extractors.doctext import Collector, DocText
from schemas import (Agreement, Amount, DateMention, DatePrecision, DateRole, OrganisationMention, OrgType,
                     Recommendation)

COUNCIL = "Cambridgeshire County Council"
ORGS = {
    "Cambridgeshire and Peterborough CCG": OrgType.CCG,
    "NRS Healthcare": OrgType.COMPANY,
    "Cambridgeshire and Peterborough NHS Foundation Trust": OrgType.NHS_FOUNDATION_TRUST,
    "Peterborough City Council": OrgType.CITY_COUNCIL,
    "Community Catalysts": OrgType.COMPANY,
    "Caring Together": OrgType.CHARITY,
    "Centre 33": OrgType.CHARITY,
    "LINCA": OrgType.CHARITY,
    "Cambridgeshire County Council": OrgType.COUNTY_COUNCIL,
    # invented bodies for the decision-wording rules below
    "Northgate Brass Ensemble": OrgType.CHARITY,
    "Friends of Elm Park": OrgType.CHARITY,
    "Elm Park Bowls Club": OrgType.OTHER,
    "Riverside Youth Trust": OrgType.CHARITY,
    "Riverside Primary School": OrgType.OTHER,
    "Riverside School": OrgType.OTHER,
    "Department of Health and Social Care": OrgType.GOVERNMENT,
    "Department for Education": OrgType.GOVERNMENT,
}
DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def _inputs(doc: DocText, recs: list[str] = ()) -> dict:  # type: ignore[assignment]
    """Organisations, dates, amounts and recommendations as the other extractors would give them."""
    text = doc.text
    orgs = [OrganisationMention(evidence=doc.evidence(m.start(), m.end()), rule="test", name=name, text=m.group(),
                                org_type=kind)
            for name, kind in ORGS.items() for m in re.finditer(re.escape(name), text)]
    dates = []
    for m in DATE_RE.finditer(text):
        if m.group(1):
            year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
            value = date(year, int(m.group(2)), int(m.group(1)))
        else:
            value = date(int(m.group(6)), MONTHS.index(m.group(5).lower()) + 1, int(m.group(4)))
        dates.append(DateMention(evidence=doc.evidence(m.start(), m.end()), rule="test", text=m.group(), value=value,
                                 precision=DatePrecision.DAY))
    amounts = [Amount(evidence=doc.evidence(m.start(), m.end()), rule="test", text=m.group(),
                      value_gbp=Decimal(m.group(1).replace(",", "")))
               for m in re.finditer(r"£([\d,]+(?:\.\d\d)?)", text)]
    recommendations = []
    for rec in recs:
        start = text.index(rec)
        recommendations.append(Recommendation(evidence=doc.evidence(start, start + len(rec)), rule="test", text=rec))
    return {"organisations": orgs, "dates": dates, "amounts": amounts, "recommendations": recommendations}


def run(text: str, recs: list[str] = (), issuing_body: str | None = COUNCIL) -> list[Agreement]:  # type: ignore[assignment]
    doc = DocText.from_pages("a" * 64, [text])
    collect = Collector(doc.document_id)
    found = extract_agreements(doc, collect, issuing_body=issuing_body, **_inputs(doc, list(recs)))
    assert collect.rejects == []
    return found


# -- single sentences: kind, action, parties, dates -----------------------------------------

SENTENCES = [
    ("Committee is asked to approve that the Section 75 Agreement with Cambridgeshire and Peterborough CCG "
     "is extended for one year to 31/3/22.", "section_75", "extend", "Cambridgeshire and Peterborough CCG", None,
     date(2022, 3, 31)),
    ("It is proposed that a new Section 75 Agreement with Cambridgeshire and Peterborough NHS Foundation Trust is "
     "drawn up so that it is effective from 1/4/2021.", "section_75", "new",
     "Cambridgeshire and Peterborough NHS Foundation Trust", date(2021, 4, 1), None),
    ("Committee is asked to approve the direct award to Community Catalysts.", "contract", "award",
     "Community Catalysts", None, None),
    ("JCB agreed that the ICES contract with NRS Healthcare should be extended for a further 12 months to 31/3/2022.",
     "contract", "extend", "NRS Healthcare", None, date(2022, 3, 31)),
    ("Cabinet is asked to approve the procurement of an Early Intervention and Prevention Framework which will "
     "operate in partnership with Peterborough City Council.", "framework", "procure", "Peterborough City Council",
     None, None),
    ("The purpose of this report is to seek approval for variations to the legal agreement under Section 75 of the "
     "NHS Act 2006 with Cambridgeshire and Peterborough CCG.", "section_75", "vary",
     "Cambridgeshire and Peterborough CCG", None, None),
    ("It is recommended that the Council terminates the Reablement Contract with NRS Healthcare.", "contract",
     "terminate", "NRS Healthcare", None, None),
    ("We wish to renew the formal partnership agreement under Section 75 between Cambridgeshire and Peterborough CCG "
     "and the Council.", "section_75", "renew", "Cambridgeshire and Peterborough CCG", None, None),
]


@pytest.mark.parametrize(("text", "kind", "action", "party", "start", "end"), SENTENCES)
def test_sentence(text: str, kind: str, action: str, party: str, start: date | None, end: date | None) -> None:
    found = run(text)
    assert len(found) == 1, found
    agreement = found[0]
    assert agreement.kind.value == kind
    assert agreement.action.value == action
    names = [p.name for p in agreement.parties]
    assert names[0] == COUNCIL and party in names
    assert (agreement.start_date, agreement.end_date) == (start, end)
    assert agreement.evidence.quote in text


@pytest.mark.parametrize("text", [
    "Both services are part of statutory provision under the Care Act 2014.",
    "The Council's Contract Procedure Rules and the Public Contract Regulations apply.",
    "Reduction in use of Section 136 of the Mental Health Act 1983.",
    "This will be reported through the Public Health Outcomes Framework.",
    "The report was considered by the Section 75 Governance Board.",
    "The service supports people through the Disabled Facilities Grant (DFG) process.",
    "Section 75 of the Local Government Act 1972 applies to this decision.",
    "NHS packages of care may be re-commissioned via the Council's existing care frameworks.",
])
def test_passing_mentions_are_not_agreements(text: str) -> None:
    assert run(text) == []


def test_repeated_mentions_make_one_agreement() -> None:
    text = ("The Integrated Community Equipment Service (ICES) is commissioned through a Section 75 Agreement with "
            "Cambridgeshire and Peterborough CCG.\n\nThe ICES Section 75 Agreement has performed well.\n\n"
            "It is proposed that the Section 75 Agreement will be extended to 31/3/2022.\n")
    found = run(text)
    assert len(found) == 1
    assert found[0].action.value == "extend" and found[0].end_date == date(2022, 3, 31)


def test_two_section_75s_with_different_partners_stay_apart() -> None:
    text = ("This paper covers the Section 75 Agreement with Cambridgeshire and Peterborough CCG, and the "
            "Occupational Therapy Section 75 Agreement with Cambridgeshire and Peterborough NHS Foundation Trust.\n")
    found = run(text)
    assert [sorted(p.name for p in a.parties)[0] for a in found] == [
        "Cambridgeshire County Council", "Cambridgeshire County Council"]
    assert {a.parties[1].name for a in found} == {"Cambridgeshire and Peterborough CCG",
                                                  "Cambridgeshire and Peterborough NHS Foundation Trust"}


def test_contract_table_gives_one_contract_per_row() -> None:
    text = ("Appendix 2 – Contracts for inclusion on the Framework\n\nProvider\tContract/Grant\tAnnual Value\n"
            "LINCA\tCare Home Trusted Assessor\t£69,000.00\nLINCA\tCare Home Trusted Assessor\t£49,980.00\n"
            "Hunts Blind\tCore Grant\t£33,000.00\n\tTotal Value\t£151,980\n")
    found = run(text)
    assert [(a.kind.value, a.parties[-1].name) for a in found] == [
        ("contract", "LINCA"), ("contract", "LINCA"), ("grant", "Hunts Blind")]
    assert found[0].values_gbp == (Decimal("69000.00"),)


def test_provider_list_after_procurement_is_awarded() -> None:
    text = ("Following a procurement exercise the All Age Carers Service has been commissioned. The new service, "
            "which began on the 1st of August 2020, is being delivered by Caring Together (adult carers) and "
            "Centre 33 (young carers).\n")
    found = run(text)
    assert [(a.parties[-1].name, a.action.value, a.start_date) for a in found] == [
        ("Caring Together", "award", date(2020, 8, 1)), ("Centre 33", "award", date(2020, 8, 1))]


def test_recommendation_outweighs_background() -> None:
    rec = "that the ICES Contract with NRS Healthcare is extended for one year to 31/3/22"
    text = ("The current contract with NRS Healthcare was awarded in 2014 following a full EU open tender.\n\n"
            f"Committee are asked to approve:\n\ni. {rec}\n")
    found = run(text, recs=[rec])
    assert len(found) == 1 and found[0].action.value == "extend"


def test_new_agreement_replacing_current_one_is_renewal_without_old_dates() -> None:
    text = ("Proposal to develop a new Section 75 Agreement\n\nWe wish to renew the formal partnership agreement "
            "between Cambridgeshire and Peterborough CCG and the Council. Our current partnership agreement ends "
            "on 31 March 2021.\n")
    found = run(text)
    assert len(found) == 1
    assert found[0].action.value == "renew" and found[0].end_date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Integrated Community Equipment Service (ICES) is", {"ICES": "Integrated Community Equipment Service"}),
    ("the improved Better Care Fund (iBCF) grant", {"iBCF": "improved Better Care Fund"}),
    ("Occupational Therapy (OT) services", {"OT": "Occupational Therapy"}),
    ("the results (see above)", {}),
])
def test_acronyms(text: str, expected: dict[str, str]) -> None:
    assert find_acronyms(text) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("ICES", "Integrated Community Equipment Services", True),
    ("Occupational Therapy", "community Occupational Therapy Service", True),
    ("ICES", "Occupational Therapy", False),
    ("Mental Health", "OT", False),
])
def test_subjects(a: str, b: str, same: bool) -> None:
    acronyms = {"ICES": "Integrated Community Equipment Service", "OT": "Occupational Therapy"}
    assert same_subject(subject_key(a, acronyms), subject_key(b, acronyms)) is same


def test_sentences_ignore_blank_line_inside_a_sentence() -> None:
    text = "i. that the contract, and \n\ncurrent agreement, is extended.\n\nNext point."
    units = [text[s:e].strip() for s, e in split_sentences(text)]
    assert units == ["i. that the contract, and \n\ncurrent agreement, is extended.", "Next point."]


# -- the seeds, with other extractors' outputs taken from the gold (oracle inputs) -------------

def _gold_inputs(doc: DocText, gold: dict) -> dict:
    text = doc.text
    orgs = []
    for name in gold["organisations"] + gold.get("organisations_optional", []):
        lowered = name.lower()
        kind = (OrgType.CCG if "commissioning group" in lowered or "ccg" in lowered
                else OrgType.NHS_FOUNDATION_TRUST if "foundation trust" in lowered
                else OrgType.COUNCIL if "council" in lowered or "borough" in lowered else OrgType.OTHER)
        forms = {name, name.replace(" and ", " & "), name.replace("NHS ", "")}
        words = [w for w in name.replace("CCG", "Clinical Commissioning Group").split()
                 if w.lower() not in {"and", "of", "the", "nhs", "&"}]
        if len(words) >= 3:
            forms.add("".join(w[0] for w in words))  # CPFT, OCCG, NCCCG
        for form in forms:
            pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, form.split())) + r"(?!\w)"
            orgs += [OrganisationMention(evidence=doc.evidence(m.start(), m.end()), rule="gold", name=name,
                                         text=form, org_type=kind) for m in re.finditer(pattern, text)]
    dates = [DateMention(evidence=doc.evidence(m.start(), m.end()), rule="gold", text=d["text"],
                         value=date.fromisoformat(d["iso"]), precision=DatePrecision.DAY,
                         role=DateRole(d.get("role", "other")))
             for d in gold["dates"] for m in re.finditer(re.escape(d["text"]), text)]
    recs = []
    for rec in gold["recommendations"]:
        match = re.search(r"\W+".join(map(re.escape, re.findall(r"\w+", rec))), text)
        if match:
            recs.append(Recommendation(evidence=doc.evidence(match.start(), match.end()), rule="gold", text=rec))
    return {"organisations": orgs, "amounts": [], "dates": dates, "recommendations": recs}


@pytest.fixture(scope="module")
def seed_score() -> dict:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    gold_docs, pred_docs = {}, {}
    for gold_file in sorted((SHARED / "gold" / "seeds").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DocText.from_pages("b" * 64, [(CORPUS / gold["document"]).read_text(encoding="utf-8")])
        found = extract_agreements(doc, Collector(doc.document_id), issuing_body=gold["issuing_body"],
                                   **_gold_inputs(doc, gold))
        gold_docs[gold_file.stem] = gold
        pred_docs[gold_file.stem] = {"agreements": [
            {"kind": a.kind.value, "parties": [p.name for p in a.parties], "action": a.action.value,
             "start_date": a.start_date and a.start_date.isoformat(),
             "end_date": a.end_date and a.end_date.isoformat()} for a in found]}
    return score.score(gold_docs, pred_docs)


@needs_shared
def test_seed_agreements_f1(seed_score: dict) -> None:
    assert seed_score["fields"]["agreements"]["f1"] >= 0.8, seed_score["fields"]["agreements"]


@needs_shared
@pytest.mark.parametrize("attribute", ["action", "start_date", "end_date"])
def test_seed_agreement_attributes(seed_score: dict, attribute: str) -> None:
    accuracy = seed_score["agreement_attributes"][attribute]["accuracy"]
    assert accuracy >= 0.7, seed_score["agreement_attributes"]


def test_not_renewing_a_contract_is_termination() -> None:
    text = "It is recommended that we do not renew the Family Hub Contract with NRS Healthcare when it ends on 31/3/2025."
    found = run(text)
    assert [(a.action.value, a.end_date) for a in found] == [("terminate", date(2025, 3, 31))]


# -- decision wording: named providers commissioned, unnamed ones engaged, revisions, grant schedules ---------

COMMISSIONED = [
    ("That the Northgate Brass Ensemble be commissioned to play at the summer fair on 5 August 2023.", "award"),
    ("b) That the Northgate Brass Ensemble (NBE) be appointed to deliver the band programme.", "award"),
    ("RESOLVED to appoint the Northgate Brass Ensemble to run the winter concert series.", "award"),
]


@pytest.mark.parametrize(("text", "action"), COMMISSIONED)
def test_named_provider_commissioned_is_a_contract_award(text: str, action: str) -> None:
    found = run(text)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties]) for a in found] == [
        ("contract", action, [COUNCIL, "Northgate Brass Ensemble"])]


@pytest.mark.parametrize("text", [
    "In 2019 the council commissioned the Northgate Brass Ensemble to play at the fair.",
    "The Northgate Brass Ensemble performed at the fair last year.",
])
def test_history_of_a_commission_is_not_a_decision(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "subject"), [
    ("That the Council engages the services of a specialist event management company to deliver the fair.",
     "specialist event management company"),
    ("RESOLVED that officers procure a qualified landscape contractor for the works.", "qualified landscape contractor"),
])
def test_unnamed_provider_engaged_by_decision_is_a_procurement(text: str, subject: str) -> None:
    found = run(text)
    assert [(a.kind.value, a.action.value, a.subject, len(a.parties)) for a in found] == [
        ("contract", "procure", subject, 1)]


def test_unnamed_provider_outside_a_decision_is_not_an_agreement() -> None:
    assert run("Last year the town engaged a local events company for the carnival.") == []


def test_revised_proposal_from_a_named_body_is_a_variation() -> None:
    text = "Committee resolved to approve the revised proposal from Riverside Youth Trust."
    found = run(text)
    assert [(a.action.value, [p.name for p in a.parties][1:]) for a in found] == [("vary", ["Riverside Youth Trust"])]


GRANT_SCHEDULE = """12 Small Grant Applications
Committee considered the following applications:
Organisation Project Summary
Amount
Requested
Recommendation
Friends of Elm Park
New benches for the park. The group has
raised half of the cost.
North
Ward
£1,200
£1,000 approved.
Meets the criteria of
improving the environment.
Elm Park Bowls Club
Replacement mower for the green
£4,500
Rejected.
Does not meet the criteria.
Riverside School
Riverside Primary School is seeking funding
for a wildlife garden.
£800
Recommend approval of the
project to the Environment Committee.
Riverside Youth Trust
Holiday activities for young people.
£2,000
Approved.
13 Playing Fields
The Riverside Youth Trust thanked the committee.
"""


def test_grant_schedule_gives_one_grant_per_approved_applicant() -> None:
    found = run(GRANT_SCHEDULE, issuing_body="Elmford Town Council")
    assert [(a.kind.value, a.action.value, a.parties[1].name) for a in found] == [
        ("grant", "award", "Friends of Elm Park"),
        ("grant", "other", "Riverside Primary School"),  # referred on; the fullest written name
        ("grant", "award", "Riverside Youth Trust"),
    ]
    assert all(a.parties[0].name == "Elmford Town Council" for a in found)


def test_grant_applications_without_a_schedule_heading_are_not_read_as_decisions() -> None:
    text = GRANT_SCHEDULE.replace("12 Small Grant Applications", "12 Playground Works")
    assert [a for a in run(text) if a.kind.value == "grant"] == []


SPACED_TABLE = """The decision not to renew the Hillside and Brookfield contracts will save £300k.
Provider Area Contract End Date Contract value per Annum
Hillside Northtown 31/03/2026 £150,000.00
Brookfield Southtown 31/03/2026 £150,000.00
Totals £300,000.00
"""


def test_provider_table_without_tabs_gives_one_contract_per_named_provider() -> None:
    text = ("It is recommended to not re-commission the services provided at Hillside and Brookfield when the "
            "contracts end.\n" + SPACED_TABLE)
    rec = "It is recommended to not re-commission the services provided at Hillside and Brookfield when the contracts end."
    found = run(text, recs=[rec])
    assert [(a.kind.value, a.action.value, a.parties[1].name, a.end_date) for a in found] == [
        ("contract", "terminate", "Hillside", date(2026, 3, 31)),
        ("contract", "terminate", "Brookfield", date(2026, 3, 31)),
    ]


def test_provider_table_row_whose_name_is_never_written_elsewhere_is_skipped() -> None:
    text = SPACED_TABLE.replace("Hillside and Brookfield", "two")
    assert run(text) == []


@pytest.mark.parametrize(("text", "party"), [
    ("The works are funded from the capital grant award from the DfE. The Department for Education confirmed it.",
     "Department for Education"),
    ("Funding comes from the grant allocation from the DHSC, as the Department of Health and Social Care set out.",
     "Department of Health and Social Care"),
])
def test_grant_from_a_body_named_by_its_initials_is_noted_not_awarded(text: str, party: str) -> None:
    found = run(text)
    assert [(a.kind.value, a.action.value, [p.name for p in a.parties][1:]) for a in found] == [
        ("grant", "note", [party])]


@pytest.mark.parametrize("text", [
    "Jane Smith spoke about the application for a community grant.\n12 Community Grant Applications\n"
    "Committee noted the community grant fund.",
    "The Community Grant scheme is open. Community grant funding is limited.",
])
def test_passing_grant_words_are_not_a_grant(text: str) -> None:
    assert run(text) == []


# -- grants a council receives, named in budget and monitoring papers ----------------------

RECEIVED_GRANTS = [
    # the grant's name twice, an amount tied to it
    ("The Substance Misuse grant for 2025-26 was announced last week. The Substance Misuse grant rises by "
     "£1,200 to £51,000.", "Substance Misuse", None),
    # a grantor that issued the grant, named once
    ("The Department for Education issued the allocations for the Holiday Activities grant on 3 March 2025.",
     "Holiday Activities", "Department for Education"),
    ("The Department of Health and Social Care has confirmed the Adult Skills grant for next year.",
     "Adult Skills", "Department of Health and Social Care"),
]


@pytest.mark.parametrize(("text", "subject", "grantor"), RECEIVED_GRANTS)
def test_grant_received_by_the_council(text: str, subject: str, grantor: str | None) -> None:
    found = [a for a in run(text) if a.kind.value == "grant"]
    assert [a.subject for a in found] == [subject]
    assert found[0].action.value == "note"
    roles = {p.name: p.role.value for p in found[0].parties}
    assert roles[COUNCIL] == "recipient"
    if grantor:
        assert roles[grantor] == "grantor"


@pytest.mark.parametrize("text", [
    # the body's possessive is not the grant's name, and a bare "Council's grant" names no grant
    "The Council’s grant allocation is £4,000. The Council’s grant allocation was £3,000 last year.",
    "The Councils grant income is £4,000. The Councils grant income was £3,000 last year.",
    # general funding under business rates retention and the settlement is not a grant agreement
    "Business Rates Compensation Grant rises by £2,000. The Business Rates Compensation Grant is paid monthly.",
    "The business rates top-up grant is £9,000. The top-up grant is fixed at £9,000.",
    "Revenue Support Grant (RSG) is a central government grant of £5,000. Revenue Support Grant ends in 2026.",
    # a grant named twice with no amount or grantor tied to it
    "The Youth Sports grant scheme is popular. The Youth Sports grant closes soon.",
])
def test_grant_words_that_are_no_agreement(text: str) -> None:
    assert [a for a in run(text) if a.kind.value == "grant"] == []


def test_council_possessive_refers_back_to_the_grant_named_before() -> None:
    text = ("The Department for Education issued the Music Hubs grant conditions on 3 March 2025. "
            "The Council’s grant allocation is £8,500.\n\n"
            "The Substance Misuse grant for 2025-26 is published. The Substance Misuse grant rises by £1,200.")
    found = {a.subject: a for a in run(text) if a.kind.value == "grant"}
    assert set(found) == {"Music Hubs", "Substance Misuse"}
    assert Decimal("8500") in found["Music Hubs"].values_gbp
    assert Decimal("8500") not in found["Substance Misuse"].values_gbp


def test_possessive_of_a_name_is_kept() -> None:
    text = ("The Children’s Wellbeing grant for 2025-26 is published. The Children’s Wellbeing grant rises by £1,200.")
    assert [a.subject for a in run(text)] == ["Children’s Wellbeing"]


# -- named services whose contracts end, no provider named ------------------------------------

@pytest.mark.parametrize("text", [
    "Decision 25/001 - Future of the Commissioned Youth Club Contracts. Members asked about the savings made by "
    "not renewing the contracts.",
    "The Cabinet Member agreed the Commissioned Day Centre Contracts report, which proposes not to renew the "
    "contracts when they expire.",
])
def test_named_contracts_not_renewed_are_terminated(text: str) -> None:
    found = run(text)
    assert [(a.kind.value, a.action.value) for a in found] == [("contract", "terminate")]
    assert [p.name for p in found[0].parties] == [COUNCIL]


@pytest.mark.parametrize("text", [
    # nothing names which contracts: no agreement
    "Members asked about the savings made by not renewing the contracts.",
    # a named contract with no ending and no decision stays a passing mention
    "The Commissioned Youth Club Contracts report is attached for information.",
])
def test_unnamed_or_passing_contracts_are_not_agreements(text: str) -> None:
    assert run(text) == []


# -- contract registers rendered from PDF tables (tab-separated rows) ---------------------------

REGISTER = ("Parish Council contracts register\n"
            "Ref\tContract Title\tSupplier\tCompany Number\tStart Date\tEnd Date\tAnnual Value\n"
            "PC01\tGrounds Maintenance\tGreenway Landscapes Ltd\t01234567\t01/04/2023\t31/03/2026\t£18,500\n"
            "PC02\tInternal Audit\tHollis Audit Services\t07654321\tApr-23\tOngoing\t£1,200\n"
            "PC03\tWebsite Hosting\tBlue Kite Media\t09876543\tJun-23\tJun-24\t£-\n"
            "As at 1 May 2024\n")


def test_register_with_description_column_gives_service_subject_and_nil_rows() -> None:
    found = run(REGISTER)
    assert [(a.kind.value, a.parties[-1].name) for a in found] == [
        ("contract", "Greenway Landscapes Ltd"), ("contract", "Hollis Audit Services"), ("contract", "Blue Kite Media")]
    assert [a.subject for a in found] == ["Grounds Maintenance", "Internal Audit", "Website Hosting"]
    assert all(a.parties[0].name == COUNCIL for a in found)


def test_register_end_date_only_from_a_day_precise_cell() -> None:
    found = run(REGISTER)
    assert [a.end_date for a in found] == [date(2026, 3, 31), None, None]


@pytest.mark.parametrize("header, counted", [
    ("Title/Description\tSupplier\tSupplier Information\tValue", True),
    ("Service\tProvider\tContract value", True),
    ("Supplier\tTelephone\tEmail", False),  # a contact list, not a contract list
])
def test_register_header_needs_a_contract_column(header: str, counted: bool) -> None:
    row = "Grounds Maintenance\tGreenway Landscapes Ltd\tLtd\t£18,500" if header.startswith("Title") else (
        "Grounds Maintenance\tGreenway Landscapes Ltd\t£18,500" if header.startswith("Service") else
        "Greenway Landscapes Ltd\t01234 567890\t£18,500")
    found = run(f"Register\n{header}\n{row}\n")
    assert bool(found) is counted


# -- dates of changes made under an agreement, and the order agreements are listed in --------

def test_implementation_date_of_a_revised_specification_is_not_the_agreement_start() -> None:
    text = ("It is proposed that a new Section 75 Agreement with Cambridgeshire and Peterborough CCG, "
            "with a revised specification for implementation from 1/10/20, is effective from 1/4/21.")
    assert [(a.action.value, a.start_date) for a in run(text)] == [("new", date(2021, 4, 1))]


def test_implementation_date_is_kept_when_nothing_else_is_stated() -> None:
    text = ("It is proposed that a new Section 75 Agreement with Cambridgeshire and Peterborough CCG "
            "is drawn up for implementation from 1/10/20.")
    assert [a.start_date for a in run(text)] == [date(2020, 10, 1)]


def test_a_pool_only_noted_is_listed_after_the_agreements_the_paper_decides() -> None:
    text = ("The Learning Disability pooled budget with Cambridgeshire and Peterborough CCG is under review "
            "and is noted.\n\n"
            "Committee is asked to approve that the Section 75 Agreement with Cambridgeshire and Peterborough "
            "CCG for community equipment is extended to 31/3/22.")
    found = run(text)
    assert [a.action.value for a in found][-1] == "note"
    assert found[0].kind.value == "section_75"
