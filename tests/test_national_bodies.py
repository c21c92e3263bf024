"""National bodies (departments, agencies, regulators, national charities) and generic organisation shapes."""

from __future__ import annotations

import re

import pytest

from organisation_helpers import extract as _extract

from extractors.bodies import NATIONAL_TABLE_PATH, load_bodies, lookup, name_key
from schemas.facts import OrgType


def _names(text: str) -> set[str]:
    return {m.name for m in _extract(text)}


def _texts(text: str) -> set[str]:
    return {m.text for m in _extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comments were received from Natural England on the habitats assessment.", "Natural England"),
        ("The Environment Agency objected to the flood risk assessment.", "Environment Agency"),
        ("The plan was submitted to the Planning Inspectorate in June.", "Planning Inspectorate"),
        ("Asylum dispersal is funded by the Home Office.", "Home Office"),
        # Commissioning support units, hosted by NHS England, known by their acronyms.
        ("Data analysis was provided by NECS under a service agreement.", "North of England Commissioning Support Unit"),
        ("The CCG buys payroll services from the Midlands and Lancashire CSU.", "Midlands and Lancashire Commissioning Support Unit"),
        ("Land at the barracks is owned by the MoD and is surplus.", "Ministry of Defence"),
        ("Cadets from the British Army and the Royal Navy took part.", "British Army"),
        ("Cadets from the British Army and the Royal Navy took part.", "Royal Navy"),
        ("The statement follows CIPFA guidance on reserves.", "Chartered Institute of Public Finance and Accountancy"),
        ("A bid was made to Sport England for the new pool.", "Sport England"),
        ("The gallery is a National Portfolio Organisation of Arts Council England.", "Arts Council England"),
        ("The service was provided by Care UK until March.", "Care UK"),
        ("Grants were confirmed by DLUHC in February.", "Department for Levelling Up, Housing and Communities"),
        ("HMRC guidance on VAT was followed.", "HM Revenue and Customs"),
        ("The Youth Justice Board monitors the plan.", "Youth Justice Board"),
        ("OHID published the fingertips data.", "Office for Health Improvement and Disparities"),
        ("The Local Government and Social Care Ombudsman found fault.", "Local Government and Social Care Ombudsman"),
        ("A complaint went to the LGSCO last year.", "Local Government and Social Care Ombudsman"),
        ("Volunteers from the Royal British Legion attended.", "Royal British Legion"),
        ("Homes England is a partner in the scheme.", "Homes England"),
        ("Funding came through the Department of Communities and Local Government.",
         "Department for Communities and Local Government"),
        ("Dementia cafes run by Alzheimer's Society continue.", "Alzheimer's Society"),
        ("Meals are delivered by the British Red Cross.", "British Red Cross"),
        ("A contract with Change Grow Live was extended.", "Change, Grow, Live"),
        ("NHS Sussex will lead the procurement.", "NHS Sussex Integrated Care Board"),
        ("NHS Kernow approved the framework.", "NHS Kernow Clinical Commissioning Group"),
    ],
)
def test_finds_national_body(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also an ordinary word counts only inside a sentence, standing alone
        ("Advice is offered by Foundations, the national body for home adaptations.", {"Foundations"}),
        ("The project is run with Mind and the local carers centre.", {"Mind"}),
        ("Referrals were made to Shelter for legal advice.", {"Shelter"}),
        ("Building Strong Foundations\nThe plan sets out", set()),
        ("Mind the gap between budgets.", set()),
        ("The Peace of Mind Service is run in house.", set()),
        ("The Future in Mind transformation plan was refreshed.", set()),
        ("Strong Foundations Programme", set()),
    ],
)
def test_ordinary_word_names_only_in_running_text(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients registered with Elmtree Lane Surgery were written to.", "Elmtree Lane Surgery"),
        ("The pilot runs at Orchard House Surgery and two others.", "Orchard House Surgery"),
        ("Staff at Brookfield Medical Centre were consulted.", "Brookfield Medical Centre"),
        ("Clinics move to The Spinney Health Centre in May.", "Spinney Health Centre"),
        ("Bramble Group Practice has merged.", "Bramble Group Practice"),
    ],
)
def test_finds_gp_practice(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Waiting times for Day Surgery and Cataract Surgery have fallen.",
        "Councillor Surgery sessions are held monthly.",
        "The Ward Surgery is on Saturday mornings.",
        "A new Urgent Treatment Centre opened.",
        "Minor Surgery is commissioned from practices.",
        "Quotes were sought for Tree Surgery at the depot.",
        "Weight Loss Surgery is a specialised service.",
    ],
)
def test_surgery_that_is_no_practice(text: str) -> None:
    assert not any(m.rule == "gp-practice-suffix" for m in _extract(text))


def test_practice_name_does_not_take_an_acronym_before_it() -> None:
    assert "Willow Surgery" in _texts("Responses from: Hill Farm PPG Willow Surgery, Westbury")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data was supplied by the North West London Commissioning Support Unit.",
         "North West London Commissioning Support Unit"),
        ("Analysis (Jo Smith, SECSU) was circulated.", "SECSU"),
        ("The Midlands CSU provides the service.", "Midlands CSU"),
    ],
)
def test_finds_commissioning_support_unit(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The budget set on 14 December County Council meeting was confirmed.", "December County Council"),
        ("On Tuesday County Council members met.", "Tuesday County Council"),
        ("The Children in Care Council met twice.", "Children in Care Council"),
        ("The Young People's Council gave views.", "Young People's Council"),
        ("A Youth Council was elected.", "Youth Council"),
        ("Funding agreement with Sport England for the pool.", "NHS England"),
        ("Surrey CIC in the statutory school years", "Surrey CIC"),
        ("The contract with Halton borough Council was varied.", "Halton"),
        ("An Update on Care UK was given.", "Update on Care UK"),
    ],
)
def test_does_not_find(text: str, absent: str) -> None:
    found = _names(text) | _texts(text)
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March Town Council agreed the precept.", "March Town Council"),  # a town, not a month
        ("Acme Futures CIC was paid a grant.", "Acme Futures CIC"),
        ("Coverage by BBC South East and BBC North West followed.", "BBC South East"),
        ("An interview on Radio Kent followed.", "Radio Kent"),
        ("The Essex Royal British Legion laid wreaths.", "Essex Royal British Legion"),
        ("Advice came from Citizens Advice Shropshire.", "Citizens Advice Shropshire"),
        ("Land passed to the Ebbsfleet Development Corporation.", "Ebbsfleet Development Corporation"),
    ],
)
def test_generic_shapes(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_national_bodies_get_their_type() -> None:
    types = {m.name: m.org_type for m in _extract("The CQC, the Home Office and Mencap were consulted by Sodexo.")}
    assert types["Home Office"] == OrgType.GOVERNMENT
    assert types["Sodexo"] == OrgType.COMPANY


def _national_rows() -> list:
    national = {name_key(b.name) for b in load_bodies(NATIONAL_TABLE_PATH)}
    return [b for b in load_bodies() if name_key(b.name) in national]


def test_national_table_loads_with_the_local_one() -> None:
    rows = _national_rows()
    assert len(rows) > 200
    assert lookup("Ministry of Defence") is not None and lookup("Kent County Council") is not None


def test_every_written_form_belongs_to_one_body() -> None:
    owner: dict[str, str] = {}
    for body in load_bodies():
        for written in (body.name, *body.aliases):
            key = name_key(written)
            assert owner.setdefault(key, body.name) == body.name, (written, owner[key], body.name)


def test_no_national_form_is_a_bare_ordinary_word_unless_guarded() -> None:
    """A one-word form written like a word ("Mind") must be marked standalone; acronyms need 3+ letters."""
    for body in _national_rows():
        for written in (body.name, *body.aliases):
            if len(written.split()) != 1:
                continue
            assert len(written) >= 3, written
            word_like = re.fullmatch(r"[A-Z][a-z]+", written) is not None
            if word_like and written.lower() in _ORDINARY_WORDS:
                assert body.standalone, written


# Ordinary English words that are also the names of national bodies in the table.
_ORDINARY_WORDS = frozenset({"mind", "shelter", "foundations", "samaritans", "groundwork", "humankind", "solace",
                             "coram", "mears", "southeastern"})


def test_ampersand_form_of_a_national_name() -> None:
    names = _names("Allocations from the Education & Skills Funding Agency were confirmed.")
    assert names == {"Education and Skills Funding Agency"}


def test_no_acronym_minted_from_a_national_body_initials() -> None:
    """ "SFA" in a budget (Settlement Funding Assessment) is not the Skills Funding Agency."""
    text = "The Skills Funding Agency wrote. The increase in SFA is £2.7m."
    assert "SFA" not in _texts(text)


def test_acronym_defined_after_a_national_body_is_kept() -> None:
    text = "Natural England (NE) responded. NE raised no objection."
    assert [m.text for m in _extract(text)].count("NE") == 2


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The council commissioned Meals on Wheels from a new provider.", "Meals"),
        ("Support provided by NEMS and MHSTs in schools continues.", "MHSTs"),
    ],
)
def test_cue_name_cut_short_or_plural_is_not_a_body(text: str, absent: str) -> None:
    assert absent not in _texts(text)


def test_cue_name_still_found() -> None:
    assert "NEMS" in _texts("Support provided by NEMS and MHSTs in schools continues.")


def test_cue_name_followed_by_a_place_is_kept() -> None:
    assert "Weald Valley Water" in _names("A project in partnership with Weald Valley Water in Hartfield was completed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clerk will ask NALC for advice on the grant.", "National Association of Local Councils"),
        ("Two councillors attended the SLCC regional conference.", "Society of Local Council Clerks"),
        ("A leaflet from CPRE about hedgerows was circulated.", "CPRE"),
        ("The Land Registry has no record of the owner of the green.", "HM Land Registry"),
        ("The annual fee to the ICO for data protection was paid.", "Information Commissioner's Office"),
        ("A burst main was reported to Anglian Water last week.", "Anglian Water"),
        ("The street light electricity supplier, E.on, raised its tariff.", "E.ON"),
        ("Renewal quotes came from Zurich Insurance and a broker.", "Zurich Municipal"),
        ("A report from Suffolk Constabulary on speeding was read.", "Suffolk Constabulary"),
        ("Thames Valley Police will attend the next meeting.", "Thames Valley Police"),
        ("The operator had a visit from VOSA about its licence.", "Vehicle and Operator Services Agency"),
        ("The BCKLWN planning team refused the application.", "Borough Council of Kings Lynn and West Norfolk"),
    ],
)
def test_bodies_a_parish_council_deals_with(text: str, expected: str) -> None:
    """National and regional bodies named in town and parish council minutes, by name or initials."""
    assert expected in _names(text)


def test_an_ordinary_word_body_found_once_is_not_repeated_inside_titles() -> None:
    """'Mind' named in a sentence is not also read in 'Future in Mind' or 'the Mind Cloud programme'."""
    text = ("The service is delivered by Mind and partners.\n\nFuture in Mind\n\n"
            "The Mind Cloud programme was funded by Shelter and others. Shelter Housing Strategy.")
    spans = [text[m.evidence.start:m.evidence.end] + f"@{m.evidence.start}" for m in _extract(text)]
    assert spans == [f"Mind@{text.index('Mind')}", f"Shelter@{text.index('Shelter')}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("External audit is provided by Grant Thornton, who reported no issues.", "Grant Thornton"),
        ("Borrowing from the PWLB rose to £10m.", "Public Works Loan Board"),
        ("The feasibility study was carried out by Arup for the council.", "Arup"),
        ("Bus services are run by Arriva under contract.", "Arriva"),
        ("The council's treasury adviser, Arlingclose, expects rates to fall.", "Arlingclose"),
    ],
)
def test_bodies_named_without_a_shape_come_from_the_national_table(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize("text", [
    "Meetings were held via Microsoft Teams and Zoom.",
    "The Oracle Cloud programme is over budget.",
    "Crisis Resolution and Home Treatment teams were expanded.",
])
def test_product_and_team_names_are_not_organisations(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The paper's own acronym for something else is not the body's.
        ("A 1.995% increase for the adult social care levy (ASCL). The ASCL is no longer shown on bills.", set()),
        ("The Association of School and College Leaders (ASCL) responded. ASCL said no.",
         {"Association of School and College Leaders"}),
        # A slip in the spelled-out name still names the body.
        ("Borrowing from the Public Works Loans Board (PWLB) fell. The PWLB rate rose.", {"Public Works Loan Board"}),
    ],
)
def test_an_acronym_the_paper_defines_names_what_it_spells_out(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funding was given to Voluntary Action Leeds for the project.", {"Voluntary Action Leeds"}),
        ("Staff from Voluntary Action North East Lincolnshire attended.", {"Voluntary Action North East Lincolnshire"}),
        ("The Voluntary Action Plan was agreed.", set()),
        ("Internal audit is provided by Audit Yorkshire; the HSSIB reported.",
         {"Audit Yorkshire", "Health Services Safety Investigations Body"}),
        ("The staff side (UNISON and GMB) was consulted.", {"UNISON", "GMB"}),
    ],
)
def test_voluntary_sector_audit_and_union_bodies(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Model ICB Blueprint was published by NHS England in May.", {"NHS England"}),
        ("See the Focus On Healthwatch Reflections report for the themes.", {"Healthwatch"}),
        ("Healthwatch Kent reported on access to dentistry.", {"Healthwatch Kent"}),
    ],
)
def test_a_document_s_name_is_not_a_body(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dame Linda was a very successful chair at Leeds Teaching Hospitals and remains influential.",
         {"Leeds Teaching Hospitals NHS Trust"}),
        ("Partners include the Combined Authority and Jobcentre Plus.", {"Jobcentre Plus"}),
    ],
)
def test_a_hospitals_trust_without_its_suffix_and_jobcentre_plus(text: str, expected: set[str]) -> None:
    assert _names(text) == expected
