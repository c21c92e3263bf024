"""Organisation mentions: rules on small sentences, abbreviations, definite references, seed scores."""

from __future__ import annotations

import importlib.util
import json
import re

import pytest
from conftest import CORPUS, SHARED, needs_shared
from organisation_helpers import extract as _extract

from extractors.bodies import load_bodies, lookup, name_key
from extractors.doctext import Collector, DocText
from extractors.nlp import ORG_RULES, build_nlp
from extractors.organisations import extract_organisations
from schemas.facts import OrgType


def _names(text: str, issuing_body: str | None = None) -> set[str]:
    return {m.name for m in _extract(text, issuing_body)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was agreed by Cambridgeshire County Council in May.", "Cambridgeshire County Council"),
        ("A pooled budget with Peterborough City Council is proposed.", "Peterborough City Council"),
        ("Consultation by the London Borough of Bexley closed.", "London Borough of Bexley"),
        ("Somerset County Council challenged providers.", "Somerset County Council"),
        ("Horsley Parish Council met on Tuesday.", "Horsley Parish Council"),
        ("Swale Borough Council replied.", "Swale Borough Council"),
        ("Bexley Voluntary Service Council was consulted.", "Bexley Voluntary Service Council"),
        ("Funding from Cambridgeshire and Peterborough CCG continues.",
         "NHS Cambridgeshire and Peterborough Clinical Commissioning Group"),
        ("An agreement with Oxfordshire Clinical Commissioning Group.", "NHS Oxfordshire Clinical Commissioning Group"),
        ("Work with NHS North Cumbria Commissioning Group (CCG) is planned.",
         "NHS North Cumbria Clinical Commissioning Group"),
        ("NHS Kent and Medway Integrated Care Board approved it.", "NHS Kent and Medway Integrated Care Board"),
        ("Staff are employed by Cambridgeshire and Peterborough Foundation Trust.",
         "Cambridgeshire and Peterborough NHS Foundation Trust"),
        ("Leeds Teaching Hospitals NHS Trust attended.", "Leeds Teaching Hospitals NHS Trust"),
        ("Returns go to NHS England and Improvement each quarter.", "NHS England and Improvement"),
        ("Returns go to NHS England each quarter.", "NHS England"),
        ("The Department of Health and Social Care set the policy.", "Department of Health and Social Care"),
        ("Guidance from the Ministry of Housing, Communities and Local Government.",
         "Ministry of Housing, Communities and Local Government"),
        ("Services are inspected by the Care Quality Commission.", "Care Quality Commission"),
        ("Providers must be CQC registered.", "Care Quality Commission"),
        ("Reports from The King’s Fund and others.", "The King's Fund"),
        ("The LGA published principles.", "Local Government Association"),
        ("Views of Healthwatch Bexley were sought.", "Healthwatch Bexley"),
        ("The ICES contract with NRS Healthcare is extended.", "NRS Healthcare"),
        ("Advice is provided by Age UK in the county.", "Age UK"),
        ("Carers UK produced a survey.", "Carers UK"),
        ("A grant to the Alzheimers Society continues.", "Alzheimer's Society"),  # the table's spelling
        ("Cambridgeshire Deaf Association runs groups.", "Cambridgeshire Deaf Association"),
        ("Research by the University of Birmingham found this.", "University of Birmingham"),
        ("A report by the New Economics Foundation found this.", "New Economics Foundation"),
        ("Funded by the Barrow Cadbury Trust.", "Barrow Cadbury Trust"),
        ("Software from Jumpsec Ltd was installed.", "Jumpsec Ltd"),
        ("The procurement will be led with Serco.", "Serco"),
        ("The direct award to Community Catalysts, who are unique.", "Community Catalysts"),
        ("This approach was devised by Partners4Change last year.", "Partners4Change"),
        ("Letters from the Surrey Integrated\nCare Alliance (SICA) were noted.", "Surrey Integrated Care Alliance"),
        ("Funding comes from Lowtown City Clinical Commissioning Group.", "Lowtown City Clinical Commissioning Group"),
        ("A pool with Stoke City CCG was agreed.", "Stoke City CCG"),
        ("Services from Bristol University Hospitals NHS Foundation Trust.", "Bristol University Hospitals NHS Foundation Trust"),
        ("An agreement with Leeds University NHS Trust.", "Leeds University NHS Trust"),
        ("Wigan and St. Annes PCT and the LA were required to agree.", "Wigan and St. Annes PCT"),
        ("Budgets moved from Barnet Primary Care Trust in 2011.", "Barnet Primary Care Trust"),
        ("A partnership with Northby and District NHS Foundation Trust to deliver.", "Northby and District NHS Foundation Trust"),
        ("Care from Westshire County Hospital NHS Foundation Trust.", "Westshire County Hospital NHS Foundation Trust"),
        ("The North Yorkshire Integrated Care Partnership Alliance (NYICPA) met.",
         "North Yorkshire Integrated Care Partnership Alliance"),
    ],
)
def test_finds_organisation(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Adults Committee agreed the report.",
        "The Cambridgeshire & Peterborough Joint Commissioning Board met in May.",
        "The Bexley Health and Wellbeing Board is accountable.",
        "The Accident & Emergency Delivery Board reviews performance.",
        "They work closely with the district councils on adaptations.",
        "The District Councils receive the Disabled Facilities Grant.",
        "This reduces pressures on the NHS across the county.",
        "Meetings will be held via Zoom and Microsoft Teams.",
        "The Council Plan 2018-2022 sets outcomes.",
        "The service transferred to the three Primary Care Trusts that operated then.",
        "The CCG Patient Council and Patient Participation Groups were invited.",
        "The Adults Positive Challenge Programme supports carers.",
        "Input was provided by the Quality and Care Governance Team.",
        "Appointment of a dedicated Trust Professional Lead for OT.",
        "Councillor Anna Bailey chaired the meeting.",
        "The Better Care Fund is a programme spanning the NHS.",
        "The Learning Disability Partnership budget is reviewed.",
        "Minutes of the Trust Board meeting were approved.",
        "The Looked After Children's Integrated Care Board annual report was noted.",
        "The Young People's CCG engagement plan was agreed.",
        "The local PCTs were abolished in 2013.",
        "We await a proposal from DH. Somewhere was one of three areas.",
    ],
)
def test_finds_nothing(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # applicants and providers named by what minutes say they ask for or are engaged to do
        ("Mrs Patel spoke in support of the application from WAVES for a community grant.", "WAVES"),
        ("Committee resolved to approve the revised proposal from Dementia Friendly Lymm.", "Dementia Friendly Lymm"),
        ("The Clerk presented a bid received from Hartley Wintney Cricket Club.", "Hartley Wintney Cricket Club"),
        ("A grant of £1,500 to Kidlington Voluntary Care was agreed.", "Kidlington Voluntary Care"),
        ("Grants awarded to Mid Suffolk Citizens Advice continue.", "Mid Suffolk Citizens Advice"),
        ("Ashford Rural Transport Partners are seeking funding for a minibus.", "Ashford Rural Transport Partners"),
        ("The grant table follows.\nHeathside Allotment Holders is requesting a grant.", "Heathside Allotment Holders"),
        ("That the Northern Chamber Players (NCP) be commissioned to perform two concerts.", "Northern Chamber Players"),
        ("Lantern Arts CIC (the provider) will run the sessions.", "Lantern Arts CIC"),
        # names ending in the word for a voluntary, faith, education or arts body
        ("The hall is hired by St Aldhelms Church every Sunday.", "St Aldhelms Church"),
        ("Pupils from Oakfield Park Primary School planted bulbs.", "Oakfield Park Primary School"),
        ("Volunteers from Kingsbridge Rovers FC helped.", "Kingsbridge Rovers FC"),
        ("A concert by the Wessex Youth Orchestra is planned.", "Wessex Youth Orchestra"),
        ("St Wilfrids Hospice will receive the collection.", "St Wilfrids Hospice"),
        ("Representatives of Friends of Hollins Wood attended.", "Friends of Hollins Wood"),
        ("Friends of the Riverside Gardens are raising funds.", "Friends of the Riverside Gardens"),
        # an association or institute named with its members
        ("We consulted the Norfolk Association of Local Councils on the charter.",
         "Norfolk Association of Local Councils"),
        ("Guidance from the Association of Directors of Public Health was noted.",
         "Association of Directors of Public Health"),
        ("Data were shared with the Office of the Information Commissioner.",
         "Office of the Information Commissioner"),
        ("Treasury advice follows the Chartered Institute of Housing’s code.", "Chartered Institute of Housing"),
        # all-capitals headings and table cells
        ("GRANT TO\nWESTBURY BOWLS CLUB\nThe club asked for £500.", "WESTBURY BOWLS CLUB"),
        ("Applicant: ST ANNES CHURCH, for a new boiler.", "ST ANNES CHURCH"),
    ],
)
def test_finds_applicant_or_voluntary_body(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Morris is requesting a grant towards the fete.",  # a person, not a body
        "That the Deputy Town Clerk be appointed to lead the review.",  # a post
        "The Community Transport Service (CTS) is commissioned via a grant agreement.",
        "Parking on Church Street and School Lane is restricted.",  # streets, not bodies
        "The Virtual School supports children in care.",  # a council function
        "The Primary School and Sports Club are consulted.",  # kinds, not names
        "The Resettlement and Civil Society Strategy was adopted.",  # a strategy
        "Expenditure under section 137 of the LGA 1972 was approved.",  # an Act, not the LGA
        "The application from Committee members was noted.",
        "Schools must consider applications from the Armed Forces Community fairly.",
        "The DSG has four blocks: Schools, Central School\nServices, High Needs and Early Years.",
        "ITEM 4: THE PRIMARY SCHOOL\nThe head teacher reported.",
    ],
)
def test_finds_no_applicant_or_voluntary_body(text: str) -> None:
    assert _names(text) == set()


def test_the_town_council_is_not_a_city_council_issuer() -> None:
    mentions = _extract("The Town Council agreed. The City Council objected.", "Lichbury City Council")
    assert [m.text for m in mentions] == ["The City Council"]


def test_name_run_on_from_a_cell_into_prose_is_kept_once() -> None:
    assert _names("Harbour Arts\nCharity\nHarbour Arts Charity is seeking funding") == {"Harbour Arts Charity"}


_WRAPPED_GRANT_TABLE = """Community Grant Applications
Organisation Project Summary
Amount
Requested
Recommendation
Friends of
Elm Green
New benches for the green and a
noticeboard near the gate.
Elm Ward
£900
Approved.
Castleford
Rowing Club
The club would like to buy two new
rowing machines for its junior members.
Castle Ward
£1,200
Rejected. Committee noted the
balance held by the club and
Town Hall Events
Hedley Youth
Project
Funding to support sessions for
young people on Friday nights.
Hill Ward
£2,000
Approved.
63 Allotments
Bramble Lane
The Clerk reported on the waiting list for plots.
"""


def test_wrapped_organisation_column_of_a_flattened_grant_table() -> None:
    names = _names(_WRAPPED_GRANT_TABLE)
    assert {"Friends of Elm Green", "Castleford Rowing Club", "Hedley Youth Project"} <= names
    # the end of the row above's prose, a ward, and lines after the numbered item are not cells
    assert not names & {"Town Hall Events", "Elm Ward", "Bramble Lane", "Allotments"}


def test_spaced_provider_column_takes_the_name_written_elsewhere() -> None:
    text = (
        "Services at the Harbourside Centre and the Quayside Centre will close.\n"
        "Provider Area Contract End Date Annual value\n"
        "Harbourside Hythe 31/03/2026 £120,500.00\n"
        "Quayside Deal 31/03/2026 £98,000.00\n"
        "Unnamed Walmer 31/03/2026 £10,000.00\n"
        "Totals £228,500.00\n"
    )
    names = _names(text)
    assert {"Harbourside", "Quayside"} <= names
    assert not names & {"Unnamed", "Unnamed Walmer", "Harbourside Hythe"}


def test_abbreviation_defined_in_brackets_resolves_later_uses() -> None:
    text = (
        "Staff from Cambridgeshire and Peterborough Foundation Trust (CPFT) attend.\n"
        "This has been communicated to CPFT. Appointment, by CPFT, of a lead."
    )
    mentions = [m for m in _extract(text) if m.text == "CPFT"]
    assert len(mentions) == 3  # the bracketed definition is itself a mention
    assert {m.name for m in mentions} == {"Cambridgeshire and Peterborough NHS Foundation Trust"}
    assert all(m.canonical_id == "RT1" for m in mentions)


def test_acronym_of_a_named_ccg_resolves_by_its_initials() -> None:
    text = "The Council works with North Cumbria CCG.\n\nThe Council and NCCCG agree. Delegation from NCCCG follows."
    assert {m.name for m in _extract(text) if m.text == "NCCCG"} == {"NHS North Cumbria Clinical Commissioning Group"}


def test_unknown_acronym_is_not_an_organisation() -> None:
    assert _names("The JCB agreed the ICES extension with KPI targets.") == set()


def test_the_council_is_the_issuing_body() -> None:
    mentions = _extract("The Council has an agreement. The County Council will lead.", "Oxfordshire County Council")
    assert [m.rule for m in mentions] == ["definite-reference", "definite-reference"]
    assert {m.name for m in mentions} == {"Oxfordshire County Council"}
    assert {m.canonical_id for m in mentions} == {"E10000025"}


def test_the_council_without_issuing_body_is_not_guessed() -> None:
    assert _extract("The Council has an agreement.") == []


def test_the_ccg_is_the_ccg_named_before_it() -> None:
    text = "We work with NHS South East London CCG. The CCG will host the pool."
    mentions = _extract(text)
    assert mentions[-1].text == "The CCG"
    assert mentions[-1].name == "NHS South East London Clinical Commissioning Group"


def test_provider_column_of_a_table() -> None:
    text = "Provider\tContract/Grant\tAnnual Value\nLINCA\tTrusted Assessor\t£69,000.00\nHunts Blind\tSupport\t£33,000.00\n\tTotal Value\t£102,000"
    assert _names(text) == {"LINCA", "Hunts Blind"}


def test_evidence_quotes_the_mention() -> None:
    doc = DocText.from_pages("a" * 64, ["Page one.", "The contract with NRS Healthcare was awarded."])
    (mention,) = extract_organisations(doc, Collector(doc.document_id), issuing_body=None)
    assert mention.evidence.page == 2
    assert mention.evidence.quote == "NRS Healthcare"


def test_unknown_council_keeps_a_guessed_type_and_no_code() -> None:
    (mention,) = _extract("Mardale Vale District Council objected.")  # an invented council
    assert mention.org_type == OrgType.DISTRICT_COUNCIL
    assert mention.canonical_id is None


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Kent CC", "Kent County Council"),
        ("LB Bexley", "London Borough of Bexley"),
        ("the Care Quality Commission", "Care Quality Commission"),
        ("Telford & Wrekin Council", "Telford and Wrekin Council"),
    ],
)
def test_reference_lookup_by_alias(written: str, canonical: str) -> None:
    body = lookup(written)
    assert body is not None and body.name == canonical


def test_reference_table_is_consistent() -> None:
    bodies = load_bodies()
    keys = [name_key(b.name) for b in bodies]
    assert len(keys) == len(set(keys))
    gss = [b.code for b in bodies if b.code and b.code[0] == "E"]
    assert len(gss) == len(set(gss)) and len(gss) >= 150
    names = {b.name for b in bodies}
    for body in bodies:
        for successor in (body.successor or "").split("|"):
            assert not successor or successor in names, successor


def test_pipeline_is_built_once_and_blank() -> None:
    nlp = build_nlp()
    assert nlp is build_nlp()
    assert nlp.pipe_names == ["org_candidates"]


_TRICKY_RULE_TEXTS = (
    "Kent County Council and Medway Council agreed.\nThe Royal Borough of Greenwich Council",
    "NHS Kent and Medway\nIntegrated Care Board (ICB) and NHS Kent and Medway Clinical Commissioning Group (CCG)",
    "Dartford and Gravesham NHS Trust, Kent Community Health NHS Foundation Trust and the Trust's",
    "Acme Widgets Ltd. Beta Holdings PLC Gamma Community Interest C.I.C Delta UK",
    "Friends of the Earth, Kent Association of Local Councils and St Mary’s Church School",
    "ABC Some Thing\nDEF Other Council\nGHI Trust\nA B C Council’s\nCOUNTY COUNCIL",
)


@pytest.mark.parametrize(
    "text",
    [*_TRICKY_RULE_TEXTS, *(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("0*.txt")))],
    ids=lambda t: t[:30],
)
def test_rule_search_finds_what_the_plain_regex_finds(text: str) -> None:
    for rule in ORG_RULES:
        fast = [m.span("org") for m in rule.finditer(text)]
        assert fast == [m.span("org") for m in rule.pattern.finditer(text)], rule.name


def test_glossary_of_acronym_lines_finds_no_organisation() -> None:
    # Each acronym line could once be matched two ways, doubling the work per line: a regression
    # makes this test take minutes (speed itself is measured in bench/, not asserted here).
    glossary = "\n".join(f"AB{chr(65 + i)} Some Thing" for i in range(22)) + "\nnot UK"
    assert [m.group(0) for rule in ORG_RULES for m in rule.pattern.finditer(glossary)] == []


def _score_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
@pytest.mark.parametrize("gold_path", sorted((SHARED / "gold" / "seeds").glob("*.json")), ids=lambda p: p.stem)
def test_seed_organisations_score(gold_path) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (CORPUS / gold["document"]).read_text(encoding="utf-8")
    grouped: dict[str, list[str]] = {}
    for mention in _extract(text, gold.get("issuing_body")):
        grouped.setdefault(mention.name, []).append(mention.text)
    predicted = {"organisations": [{"name": n, "mentions": t} for n, t in grouped.items()]}
    tp, n_gold, n_pred = _score_module().score_orgs(gold, predicted)
    assert tp / n_pred >= 0.85 and tp / n_gold >= 0.85, (tp, n_gold, n_pred)


@pytest.mark.parametrize(
    ("text", "issuer", "acronym"),
    [
        ("Details are on OCC’s budget webpage.", "Oxfordshire County Council", "OCC"),
        ("The OCC Family Hub Team will run the sessions.", "Oxfordshire County Council", "OCC"),
        ("Staff employed by SBC will transfer next year.", "Swale Borough Council", "SBC"),
    ],
)
def test_issuer_written_only_as_initials(text: str, issuer: str, acronym: str) -> None:
    mentions = [m for m in _extract(text, issuer) if m.text == acronym]
    assert len(mentions) == 1
    assert mentions[0].name == (lookup(issuer).name if lookup(issuer) else issuer)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # without an issuing body the initials name nobody
        ("Details are on OCC’s budget webpage.", None),
        # a paper that spells the initials out as something else
        ("The Older Carers Collective (OCC) meets monthly. OCC members attend.", "Oxfordshire County Council"),
        # initials of another issuer
        ("Details are on KCC’s budget webpage.", "Oxfordshire County Council"),
    ],
)
def test_initials_not_taken_for_the_issuer(text: str, issuer: str | None) -> None:
    assert not [m for m in _extract(text, issuer) if m.text in {"OCC", "KCC"} and "County Council" in m.name]


@pytest.mark.parametrize(
    "text",
    [
        "The paper was late for the Couty Council budget meeting.",
        "Members of Kent Couty Council voted.",
        "Asked by Swale Burough Council last week.",
        "The Distict Council agreed.",
    ],
)
def test_misspelt_council_tier_is_no_organisation(text: str) -> None:
    names = _names(text)
    assert not any(re.search(r"Couty|Burough|Distict", n) for n in names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # place names a letter away from no tier word, and tier words spelt right, stay
        ("Tonbury Council approved it.", "Tonbury Council"),
        ("Kent County Council approved it.", "Kent County Council"),
        ("Cotswold District Council approved it.", "Cotswold District Council"),
    ],
)
def test_council_names_next_to_the_typo_rule(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_acronym_right_after_a_name_is_its_alias() -> None:
    # "RivYT" is not the name's initials: only its place right after the name defines it
    text = "Advice came from the Riverside Youth Trust (RIVYT). RIVYT will report in June."
    mentions = [m for m in _extract(text) if m.text == "RIVYT"]
    assert len(mentions) == 2
    assert {m.name for m in mentions} == {"Riverside Youth Trust"}


def test_acronym_after_a_heading_glued_name_goes_to_the_name_it_spells() -> None:
    text = ("The Kent Association of Local Councils replied.\n"
            "Support Kent Association of Local Councils (KALC) events. KALC will attend.")
    assert {m.name for m in _extract(text) if m.text == "KALC"} == {"Kent Association of Local Councils"}


# --- web decision pages and minutes: posts, kinds of partner, places and run-on names are no bodies ---


@pytest.mark.parametrize(
    "text",
    [
        # a Regulations title names people, not a Healthwatch
        "Duties under the Entry to Premises by Local Healthwatch Representatives Regulations 2013 apply.",
        # a post named after a cue is not a body
        "The contract with the Chief Executive Officer of the hospital is signed.",
        "A partnership with the Strategic Finance Director was formed.",
        # a kind of partner, however capitalised
        "The system was operated by the Commissioning Partners since 2018.",
        # a place inside a service name, not its council
        "An award for Home Support Services in the City of Norwich was made.",
        "Residents across the County of Kent benefit.",
        # a cue's capitalised words modify a lowercase noun that follows them
        "A partnership with the NLPT MH trust continues.",
        "The arrangement with the XYZ CH team was reviewed.",
    ],
)
def test_finds_no_body_in_web_page_wording(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a primary care trust named "NHS <area>"
        ("Funds transfer from NHS Lambeth to the Council in 2011.", "NHS Lambeth"),
        ("Agreement between NHS Barking and Dagenham and the Council.", "NHS Barking and Dagenham"),
        # a national charity's local branch keeps its place
        ("The carers service was awarded to Mencap Norwich for three years.", "Mencap Norwich"),
        ("The MENCAP survey on hospital care was cited.", "Mencap"),
        # a council written by its short form
        ("H&F will fund the service from its grant.", "London Borough of Hammersmith and Fulham"),
        # "City of X" names a council when the table knows it as one
        ("Talks between the City of Westminster and partners continue.", "Westminster City Council"),
        # the ICB's own operating name
        ("NHS Kent and Medway will host the pooled fund.", "NHS Kent and Medway Integrated Care Board"),
        # a named body spelt "&" stays whole
        ("Funding from the Department of Health & Social Care was agreed.", "Department of Health and Social Care"),
    ],
)
def test_finds_body_in_web_page_wording(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bodies joined by "and" split where the table's name ends
        ("An agreement between the London Borough of Havering and Essex Partnership NHS Foundation Trust is made.",
         {"London Borough of Havering", "Essex Partnership NHS Foundation Trust"}),
        ("An agreement between the London Borough of Barking and Dagenham and Oakfield NHS Foundation Trust.",
         {"London Borough of Barking and Dagenham", "Oakfield NHS Foundation Trust"}),
        # "NHS <area>" followed by more capitals is some other name, not the area's trust
        ("NHS Brent Mental Health Services were inspected.", set()),
    ],
)
def test_run_on_names_split_at_the_known_body(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        # an ICB's operating name "NHS <area>" is the ICB ...
        ("Funding from NHS Frimley was agreed.", "NHS Frimley", "NHS Frimley Integrated Care Board"),
        # ... but the same words before "CCG" are the front of the CCG's name
        ("The pool with NHS Birmingham and Solihull CCG was agreed.", "Birmingham and Solihull CCG",
         "NHS Birmingham and Solihull Clinical Commissioning Group"),
    ],
)
def test_icb_operating_name_is_not_the_front_of_a_ccg(text: str, written: str, canonical: str) -> None:
    assert [(m.text, m.name) for m in _extract(text)] == [(written, canonical)]


def test_university_before_nhs_trust_is_the_trust_not_a_university() -> None:
    names = _names("Services from Bristol University Hospitals NHS Foundation Trust (BUH) were noted.")
    assert names == {"Bristol University Hospitals NHS Foundation Trust"}


def test_a_title_before_an_nhs_trust_is_not_part_of_its_name() -> None:
    assert _names("12/05/2021 - Contract Extension for the Northby NHS Trust Counselling Service") == {"Northby NHS Trust"}


# Town and parish council minutes: payment lists, neighbouring councils, county associations, firms.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payment list on one line: payee, what was bought, amount
        ("Cheques for approval of payment: Clerk's salary (June) £210.50 Fenland Tree Services (hedge cutting) £95.00 "
         "JBK (play area inspection) £60.00 A Turner (litter picking) £40.00", {"Fenland Tree Services", "JBK"}),
        # a payment list a row a paragraph, after "The following payments were agreed:"
        ("The following payments were agreed:\n\nOakley Grounds Maintenance (x3) £720.00\n\nVillage Hall Committee £12.00\n\n"
         "Mrs P Dawes (postage) £6.20\n", {"Oakley Grounds Maintenance"}),
        # columns flattened into one line, a dash before what was bought
        ("Payee Cheque No Net VAT Gross RDL – verge cutting for May 200114 120.00 24.00 144.00 "
         "Parish Room – hire of room 200115 15.00 15.00", {"RDL"}),
        ("Payee Net VAT Gross Hale & Partners (audit) 150.00 30.00 180.00", {"Hale & Partners"}),
    ],
)
def test_payees_of_a_payment_list(text: str, expected: set[str]) -> None:
    assert {m.text for m in _extract(text) if m.rule == "payee-list"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The following payments were agreed:\n\nB Lowe (grass cutting) £80.00\n\nMr. T. Hart (expenses) £12.40\n",
        "Payments approved: Street Lighting Maintenance £55.00 Room Hire £10.00 CILCA Training £250.00",
        "Income received: Allotments £30.00 TOTAL INCOME £30.00",
        "Option A (do nothing) £1,200.00 was rejected.",
    ],
)
def test_no_payee_from_people_purchases_or_other_figures(text: str) -> None:
    assert not [m for m in _extract(text) if m.rule == "payee-list"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bressingham Parish Council met. A letter from Diss Green PC about the footpath was noted.",
         "Diss Green Parish Council"),
        ("Little Cley Town Council agreed. Holt TC will share the cost.", "Holt Town Council"),
    ],
)
def test_neighbouring_council_by_initials(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The county council replaced the Windows PC in the library.",
        "Thanks were given to Sergeant Hall and PC Brown for attending.",
        "A letter from Diss Green PC about the footpath was noted.",  # no parish council named: PC is not one
    ],
)
def test_pc_that_is_not_a_parish_council(text: str) -> None:
    assert not [m for m in _extract(text) if m.rule == "council-initials"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clerk circulated the Devon ALC newsletter.", "Devon ALC"),
        ("A donation request from Fenland Air Rescue Service was deferred.", "Fenland Air Rescue Service"),
        ("Crews from Essex Fire and Rescue Service attended the fire.", "Essex Fire and Rescue Service"),
        ("A speaker from Wessex Ambulance Service gave a talk on defibrillators.", "Wessex Ambulance Service"),
        ("Insurance was renewed through Hale & Company for a year.", "Hale & Company"),
        ("The survey was carried out by Marsh Associates last month.", "Marsh Associates"),
        ("It was agreed to accept the quote from RDL for three years.", "RDL"),
        ("Room hire was paid to All Saints Academy for April.", "All Saints Academy"),
    ],
)
def test_parish_minutes_bodies_by_shape(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents thanked the Fire and Rescue Service for its work.",
        "The Ambulance Service attended quickly.",
        "The Clerk will work in partnership with the PCSO and Head Teacher on parking.",
        "The meeting moved to the Old School on Church Lane.",
        "Cllr Ward will hold an Open Surgery in the library.",
        "The clerk asked for a quote from David Lane for the fencing.",
    ],
)
def test_parish_minutes_wording_that_names_no_body(text: str) -> None:
    assert not _extract(text)


def test_word_ending_a_row_of_figures_is_not_part_of_the_next_name() -> None:
    text = "Organisation Year Level\nHarbour Logistics Ltd 2021 Silver\nWessex Fire and Rescue Service 2019 Gold\n"
    assert "Wessex Fire and Rescue Service" in _names(text)
    assert not any(n.startswith("Silver") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payments table read as tab-separated rows: a date cell, then "Payee, what was bought"
        ("To approve payments to be made\n\nDate\tItem\tChq/DD\tNet\tVAT\tGross\n"
         "28/04/2015\tXYZ, Playing Field and Cemetery, April 2015\tChq\t134.40\t26.88\t161.28\n"
         "11/05/2015\tQRST, website training May 2015\tChq\t105.00\t0.00\t105.00\n", {"XYZ", "QRST"}),
        ("Payments approved:\n\n02/03/21\tBlackmoor Tree Services, Cemetery Hedges\tBACS\t240.00\t48.00\t288.00\n",
         {"Blackmoor Tree Services"}),
    ],
)
def test_payees_of_a_dated_payment_table(text: str, expected: set[str]) -> None:
    assert {m.text for m in _extract(text) if m.rule == "payee-list"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "To approve payments to be made\n\n30/04/2015\tClerk, Expenses April 2015\tChq\t90.00\t6.72\t96.72\n",
        "To approve payments to be made\n\n30/04/2015\tMrs J Smith, Mileage\tChq\t9.00\t0.00\t9.00\n",
        "To approve payments to be made\n\n30/04/2015\tAcorn Bins, Cemetery Bins\tDD\t9.00\t0.00\t9.00\n",
    ],
)
def test_no_payee_from_a_dated_row_of_a_person_or_purchase(text: str) -> None:
    assert not [m for m in _extract(text) if m.rule == "payee-list"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Cabinet agreed to award the contract to the preferred provider, Brightwell Care and Support, from April.",
         "Brightwell Care and Support"),
        ("Support was given to the Leisure Operator, Active Towns Leisure (ATL) during the closure.", "Active Towns Leisure"),
        ("Officers recommend the highest scoring supplier, Marlow Print Solutions.", "Marlow Print Solutions"),
        ("In 2016 the council awarded contracts to Oakfield and Wren & Hartley for two years.", "Wren & Hartley"),
        ("The trophy was kindly sponsored by QRS Engineering.", "QRS Engineering"),
    ],
)
def test_provider_named_in_apposition_or_after_a_cue(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The roles of the provider, Commissioner and Regulator are set out below.",
        "The current provider, Acorn, will continue until March.",  # one plain word: not enough to call it a body
        "The new provider, Northby Care Homes agreed to the terms.",  # no apposition: the name runs into a verb
        "The event was sponsored by John Smith.",
    ],
)
def test_no_provider_from_roles_persons_or_run_on_names(text: str) -> None:
    assert not [m for m in _extract(text) if m.rule == "applicant-cue"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("NHS Devons Procurement Policy expired in May.", "NHS Devon"),
        ("Sport Englands Active Lives survey was quoted.", "Sport England"),
    ],
)
def test_known_body_with_a_possessive_written_without_apostrophe(text: str, written: str) -> None:
    assert written in {m.text for m in _extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Home Offices in the town are closing.",  # a kind word's plural, not a possessive
        "NHS Devons budget was discussed.",  # no capitalised word after it: not read as a possessive
    ],
)
def test_plural_of_a_known_body_is_not_a_possessive(text: str) -> None:
    assert not _extract(text)


def test_leaders_of_a_countys_councils_are_no_council() -> None:
    assert not _extract("The plans were agreed through Northshire Council Leaders in March.")
    assert "Medway Council" in _names("Medway Council Leaders met in March.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council and North East London Foundation Trust were partners.", "North East London NHS Foundation Trust"),
        ("Funding from MPFT and the CCG was accepted.", "Midlands Partnership University NHS Foundation Trust"),
        ("A Section 75 agreement with LPFT was renewed.", "Lincolnshire Partnership NHS Foundation Trust"),
        ("Ms A Jones, Director of Finance (Shropcom), attended.", "Shropshire Community Health NHS Trust"),
        ("An agreement with Gloucestershire Care Services was extended.", "Gloucestershire Care Services NHS Trust"),
        ("The new SERFCA officer attended.", "South East Reserve Forces' and Cadets' Association"),
    ],
)
def test_nhs_trusts_and_bodies_by_their_well_known_short_names(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The draft budget passes the ASC council tax levy on to adult social care.",
        "Reduced Council Tax funding continues into 2026-27 and beyond.",
        "Ask for: Jo Bloggs\nCouncil Chamber, Sessions House, County Hall",
        "Proposed by Mr A Smith\nSeconded by Mrs Jo Bloggs\nCounty Council is asked to agree the following:",
        "She ran a competition for the best card design by a Northshire Primary School pupil.",
        "Northshire and the Department of Pas de Calais hosted a workshop.",
        "Highways - demand on Cat1 and Cat 2 defects",
        "Adjustment for Transferred Debt1 27.8 26.6 25.6",
        "Tributes would be heard at the March County Council meeting.",
        "Summons to the Budget County Council meeting on Thursday",
        "The 2024 forum, hosted by Leeds and Bradford, drew 100 delegates.",
        "Adult Social Care contracts with Voluntary Sector -3,216.8",
        "Studies are run in partnership with Districts and Boroughs.",
        "The parade was hosted by Lt Col Jo Bloggs of the regiment.",
    ],
)
def test_no_body_from_council_tax_rooms_people_meetings_or_numbering(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NORTHSHIRE COUNTY COUNCIL\nCOUNTY COUNCIL\nMinutes of the meeting", {"NORTHSHIRE COUNTY COUNCIL"}),
        ("Services provided by The Learning People 4.0 4.3 0.3", {"Learning People"}),
        ("Support Northshire Association of Local Councils dementia work", {"Northshire Association of Local Councils"}),
        ("A contract with Arc4 was awarded; Arc4 will report in May.", {"Arc4"}),
        ("March Town Council objected to the scheme.", {"March Town Council"}),
    ],
)
def test_names_cut_from_headings_figures_and_bullet_verbs(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_budget_in_a_bodys_own_name_is_kept() -> None:
    assert _names("Forecasts from the Office for Budget Responsibility were used.") == {"Office for Budget Responsibility"}


def test_operator_named_management_in_apposition_is_kept() -> None:
    text = "Support was given to the Leisure Operator, Active Leisure Management (ALM) during closure."
    assert "Active Leisure Management" in _names(text)
