"""Organisations named in a document: councils, NHS bodies, departments, regulators, providers."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from extractors.acronyms import LEFT_OUT_OF_INITIALS, find_acronyms, initials
from extractors.coordinated_names import COMPASS_WORDS, find_coordinated_bodies
from extractors.bodies import (
    CCG_BY_INITIALS,
    NOT_COUNCIL_INITIALS,
    Body,
    council_places,
    councils_by_place,
    load_bodies,
    lookup,
    name_words,
)
from extractors.doctext import PAGE_SEPARATOR, Collector, DocText
from extractors.nlp import APPLICANT_PATTERNS, CUE_NAME_PATTERN, CUE_PATTERN, RULES_BY_NAME, find_org_spans
from extractors.listed_bodies import find_listed_bodies
from extractors.party_names import COMPANY_ENDINGS, COMPANY_SUFFIX, find_party_names
from extractors.stacked_columns import stacked_name_cells
from schemas.facts import OrganisationMention, OrgType


@dataclass(frozen=True)
class Candidate:
    """A span of the joined text that names an organisation, before names are resolved."""

    start: int
    end: int
    text: str
    rule: str
    org_type: OrgType
    confidence: float
    name: str | None = None  # set when the span refers to an organisation named elsewhere
    canonical_id: str | None = None


# A bullet's verb before a body ("Support Northshire Association of Local Councils plans").
_BULLET_VERBS = frozenset({"support", "embed", "deliver", "develop", "enable", "promote", "ensure", "engage", "explore"})
# Words that never begin an organisation's name although written with a capital
# (sentence starts, headings, roles); the rules strip them from the front of a match.
_LEADING_NOISE = frozenset(
    {"following", "including", "dear", "partners", "partner", "providers", "provider", "research",
     "report", "summary", "background", "introduction", "recommendation", "recommendations",
     "purpose", "contact", "email", "tel", "from", "to", "and", "or", "neighbouring", "local",
     "existing", "current", "previous", "proposed", "joint", "lead", "host", "where",
     "when", "while", "whilst", "if", "although", "however", "since", "as", "at", "in", "on",
     "by", "with", "for", "this", "that", "these", "those", "our", "their", "its", "all", "both",
     "each", "every", "any", "some", "other", "such", "no", "a", "an", "the", "agreement", "acting",
     "deputy", "interim", "minutes", "extraordinary", "internal", "regionally", "nationally", "locally",
     "guidance", "code", "letter", "views", "representatives", "colleagues", "staff", "consultation", "response",
     "update", "updates", "progress",
     # NHS England's "Model ICB Blueprint" (2025): a document's name, not a board
     "model",
     # an agenda title's business before the body it concerns ("Procurement of the Northby Alliance")
     "procurement", "recommissioning", "tender", "award", "extension", "variation", "renewal", "approval",
     # an agenda's note of who decides ("(Decision CCG/LA)")
     "decision", "decisions",
     # a cover sheet's field names run into its values ("TB2013.86 Title Foundation Trust Update")
     "title", "subject", "status",
     # a date's month or weekday written before a body ("On 17 December County Council agreed");
     # not "March", which is also a town with a council of its own
     "january", "february", "april", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
) | _BULLET_VERBS
# Words before "Council" that make it a forum of people, not a council ("Children in Care Council").
_FORUM_WORDS = frozenset(
    {"children", "childrens", "young", "youth", "people", "peoples", "pupil", "pupils", "student", "students",
     "school", "schools", "tenant", "tenants", "resident", "residents", "carer", "carers", "patient", "patients",
     "elders", "older", "care", "leavers", "parent", "parents", "disabled", "faith", "business", "sports",
     "area"}  # "the Dearne Area Council": a council's area committee, no body of its own
)
# Words that make "X Surgery" an operation or a councillor's advice session, not a GP practice.
_NOT_PRACTICE_WORDS = frozenset(
    {"day", "minor", "major", "cardiac", "bariatric", "cosmetic", "plastic", "oral", "eye", "cataract",
     "orthopaedic", "orthopedic", "elective", "emergency", "robotic", "keyhole", "paediatric", "pediatric",
     "cancer", "heart", "spinal", "vascular", "weight", "loss", "hip", "knee", "breast", "colorectal", "thoracic",
     "transplant", "trauma", "laser", "ambulatory", "general", "hand", "foot", "veterinary", "ward", "councillor",
     "councillors", "member", "members", "mp", "mps", "advice", "drop-in", "drop", "housing", "tenants", "planning",
     "weekly", "monthly", "evening", "morning", "online", "virtual", "joint", "business", "tree", "dog",
     "urgent", "treatment", "walk-in", "student", "students", "university", "prison", "military", "army", "mobile",
     "open", "parish", "village", "street", "police"}
)
# Names made of these words alone are kinds of body, not a named one ("Housing Association").
_GENERIC_WORDS = frozenset(
    {"local", "county", "city", "district", "borough", "parish", "town", "community", "national",
     "housing", "voluntary", "patient", "patients", "youth", "residents", "tenants", "member",
     "members", "health", "care", "social", "public", "building", "charity", "charitable",
     "government", "english", "british", "uk", "private", "independent", "partner", "partners",
     "provider", "providers", "nhs", "primary", "acute", "the", "relevant", "appropriate",
     "individual", "other", "each", "both", "own", "foundation", "trust", "hospital", "hospitals",
     "full", "general", "unitary", "combined", "authority", "authorities", "shire", "new", "all",
     "healthcare", "services", "service", "partnership", "mental", "teaching", "university", "nhs",
     "partnering", "host", "lead", "neighbouring", "respective", "civil", "commissioning",
     # "the Responsible Local Authority", a title's "Leisure Trust": a kind of body, not one named
     "responsible", "leisure",
     # "X Limited Registered Charity no. 123": the kind of registration, not a body's name
     "registered",
     # "support to the Armed Forces": the services as a whole, like "the NHS", not one named body
     "armed", "forces",
     # "delivered by KCHFT, General Practitioners (GPs) and Pharmacy": a kind of provider, not one named
     "practitioner", "practitioners", "pharmacy", "pharmacies", "pharmacists", "dentists", "opticians", "doctors"}
)
# Words that say what kind of school, club or church it is ("Virtual School", "Sports Club"), not which.
_KIND_WORDS = frozenset(
    {"primary", "secondary", "special", "virtual", "grammar", "free", "infant", "infants", "junior", "nursery",
     "high", "sixth", "form", "sports", "football", "cricket", "rugby", "tennis", "golf", "bowling", "music",
     "art", "arts", "faith", "parish", "village", "boys", "girls", "church", "catholic", "methodist", "baptist",
     "anglican", "summer", "holiday", "breakfast", "after", "lunch", "youth", "book", "supper", "day", "night",
     "hospital", "pupil", "referral", "central", "fe", "further", "higher", "all", "through", "upper", "lower", "middle", "state", "maintained",
     "old", "former",
     # a chapel's or church's denomination ("the Northby Wesleyan Chapel" is a building, not a congregation)
     "wesleyan", "united", "reformed", "congregational", "evangelical", "pentecostal", "primitive", "free"}
)
# Last words of things that are not organisations (committees, programmes, documents ...).
_NON_ORG_HEADS = frozenset(
    {"board", "boards", "committee", "committees", "group", "groups", "team", "teams", "panel",
     "forum", "programme", "program", "fund", "funds", "service", "services", "partnership",
     "partnerships", "plan", "strategy", "policy", "act", "agreement", "agreements", "framework",
     "contract", "contracts", "report", "scheme", "project", "pilot", "model", "system",
     "hub", "assessment", "review", "grant", "budget", "pool", "regulations", "rules", "lot",
     "specification", "meeting", "council", "councils", "cabinet", "members", "officers",
     "commissioners", "directorate", "department", "website", "approach", "process", "pathway",
     "hubs", "centres", "centers", "homes", "schools", "practices", "hospitals", "users", "carers", "procurement"}
)
# A name's possessive ending, which a department's or university's own name never has ("Department of Health’s").
_OWNER_S = re.compile(r"['’]s$")
# A thing's name that runs into the body it is for or from: "Public Health Grant for [St Luke's Hospice]".
_THING_FOR = re.compile(
    r"^(?:[\w'’&\-]+\s+){0,6}?(?:Grants?|Funds?|Funding|Contracts?|Programmes?|Scheme|Project|Services?|Strategy|"
    r"Plan|Agreements?|Framework|Budget|Report|Review)\s+(?:for|from|with|to)\s+(?:the\s+)?(?=[A-Z])"
)
# Suffix rules whose name is its head word and the words before it ("St Luke's Hospice", "Acme Society").
_NAMED_HEAD_RULES = frozenset({"voluntary-head-suffix", "charity-suffix", "company-suffix"})
# Heads after which "of ..." names the members ("Kent Association of Local Councils").
_MEMBERSHIP_HEADS = frozenset({"society", "association", "federation", "alliance", "institute", "foundation", "charity"})
_CUE_RULES = frozenset({"context-cue", "applicant-cue", "party-cue"})
_APPLICANT_RULES = frozenset({"applicant-cue", "table-applicant-column"})
_LISTED_RULES = frozenset({"context-cue", "applicant-cue", "party-cue", "table-provider-column", "table-applicant-column"})
# Words after "All" in churches' names and the schools named after them.
_ALL_NAMES = frozenset({"saints", "souls", "hallows", "angels"})
# Rules whose match may open with a word left over from the row above in a flattened table.
_ROW_SAFE_RULES = frozenset({"emergency-service-suffix", "firm-suffix", "local-councils-association-suffix"})
# Rules whose match may open with one word of the row above right after that row's figure
# ("2023 Gold\nNorthby Consulting Ltd 2022 Silver"), though a name may also wrap ("at which point East Kent\nAcme LLP").
_ROW_TAIL_RULES = frozenset({"company-suffix", "charity-suffix", "nhs-trust-suffix"})
_FIGURE_THEN_WORD = re.compile(r"\d[\d,.%]*[ \t\xa0]+\Z")
_ACRONYM_AND = re.compile(r"^(?!NHS\b)[A-Z]{2,6}[ \xa0]+(?:and|&)[ \xa0]+")
# A first line ending in a building's word: "King Square House" over the next line's "Northby PCT".
_VENUE_LINE_END = re.compile(r"^[^\n]*\b(?:House|Hall|Room|Building|Chambers|Offices)[ \xa0]*\n[ \xa0]*")
# Rules that know where a name starts: its first word is never a sentence's noise.
_BOUNDED_RULES = frozenset({"table-applicant-column", "payee-list", "table-provider-column",
                            # a name opening with its head word ("Department of Levelling Up Housing ..."): the
                            # words after it are the name's, even a stop word such as "Up"
                            "government-prefix", "university-prefix", "office-of-prefix"})
_COLUMN_HEADS = frozenset({"service", "services", "group", "project", "partnership", "hub", "homes"})
_VOLUNTARY_HEAD_WORDS = frozenset(
    {"church", "chapel", "school", "academy", "college", "club", "fc", "hospice", "orchestra", "theatre", "choir",
     "trust", "society", "association", "charity", "foundation", "cic", "ltd", "limited", "uk", "centre"}
)
_POPULATION_HEADS = frozenset(
    {"community", "communities", "residents", "families", "people", "parents", "veterans", "volunteers",
     "organisations", "organizations", "groups", "applicants", "individuals", "businesses", "pupils", "students",
     "children", "members", "sector", "public", "tenants", "carers", "users", "representatives"}
)
_PERSON_TITLES = frozenset(
    {"councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "professor", "sir", "dame", "lt", "col", "colonel", "capt", "captain"}
)
_PRODUCTS = frozenset({"zoom", "microsoft teams", "teams", "microsoft", "skype", "google", "excel", "word"})
_PROVIDER_HEADERS = frozenset(
    {"provider", "provider name", "providers", "organisation", "organisation name", "organisation(s)",
     "supplier", "supplier name", "contractor", "service provider", "grant recipient", "recipient",
     "organization", "delivered by"}
)
_APPLICANT_HEADERS = frozenset({"applicant", "applicants", "applicant organisation", "organisation/group", "group name"})
# Header words of a grant or contract table that wrap onto lines of their own.
_TABLE_HEADING_WORDS = frozenset(
    {"amount", "amounts", "requested", "recommendation", "recommended", "decision", "summary", "project",
     "description", "purpose", "ward", "wards", "area", "value", "total", "awarded", "grant", "comments",
     "notes", "status", "outcome", "date", "cost", "costs", "funding", "request", "details", "officer"}
)
# One wrapped line of a table cell holding a name: capitalised words, "of"/"and"/"&", a bracket.
_CELL_LINE = re.compile(r"[A-Z(][\w'’().&\-]*(?:[ \xa0]+(?:[A-Z(&–-][\w'’().&\-]*|of|and|the))*")
# A row of a space-flattened table: a few words, then figures, dates or amounts to the line's end.
_SPACED_ROW = re.compile(r"[A-Z][^\d£\n]{0,60}?(?:[ \t]+(?:£?[\d][\d,./]*[km]?|£|[A-Z][\w-]*|N/A|-))+")
# The word after a name: "Healthwatch organisations", "Healthwatch volunteers", "Healthwatch Contract".
_WORD_AFTER = re.compile(r"[ \xa0]*\n?[ \xa0]*(?P<word>[A-Za-z][a-z-]+)\b")
# What a council buys under a body's brand: "the local Healthwatch organisation", "the Healthwatch contract".
_COMMISSIONED_HEADS = frozenset({"organisation", "organization", "service", "services", "contract", "contracts",
                                 "function", "provider", "model"})
# Last words of roles: "the Assistant Town Clerk was appointed" names a person's post, not a body.
_ROLE_HEADS = frozenset(
    {"clerk", "manager", "officer", "director", "chairman", "chair", "leader", "executive", "head", "coordinator",
     "co-ordinator", "worker", "adviser", "advisor", "consultant", "secretary", "treasurer", "mayor", "member",
     "councillor", "lead", "assistant", "deputy", "commissioner", "holder",  # "Portfolio Holder"
     # posts in a village's minutes ("in partnership with the PCSO and Head Teacher")
     "teacher", "headteacher", "pcso", "pcsos", "constable", "sergeant", "warden", "wardens", "caretaker", "ranger"}
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,7}s?\b")
# No "^": `match(text, pos)` anchors at pos, while "^" would only match at the string's start.
_DEFINITION = re.compile(r"[ \xa0]*\(\s*(?P<acronym>[A-Z][A-Za-z0-9&/]{1,9})\s*\)")
_COMPANY_SUFFIX_WORDS = frozenset({"limited", "ltd", "plc", "llp", "cic"})
"""A company's legal suffix: it names no body by itself, so the words before it must."""
# Acronyms of kinds of body or of programmes: a "(CCG)" after a name does not make "CCG" its alias.
_GENERIC_ACRONYMS = frozenset({"CCG", "ICB", "ICS", "NHS", "LA", "LAS", "PCT", "FT", "UK", "CIC", "BCF"})
_POSSESSIVE_BEFORE_NHS_HEAD = re.compile(
    r"[’']s\s+(?:NHS\s+)?(?:Integrated\s+Care\s+Board|ICB|Clinical\s+Commissioning\s+Group|CCG)\b")
# "LGA 1972": an Act; "Ref: LGA 803/18": a reference number under the initials.
_ACT_YEAR = re.compile(r"[ \xa0]+(?:(?:19|20)\d\d\b|\d{1,5}/\d{1,4}\b)")
_DEFINITE = re.compile(
    r"\b[Tt]he[ \t]*\n?[ \t]*(?:(?P<tier>County|City|District|Borough|Town|Parish|county|city|district|borough|town|parish)[ \t]*\n?[ \t]*)?"
    r"(?P<council>[Cc]ouncil)\b(?![’']?s\b|lor|\s+[Tt]ax\b|\s+of\b)"
)
# "City of X", "County of X", "Borough of X" with no "Council": a council only when the table knows it.
_PLACE_NOT_COUNCIL = re.compile(r"(?:City|County|Borough)\s+of\s+(?!.*\bCouncil$)")
# A lowercase kind noun after a cue's name shows the name was a modifier ("with the SWLStG MH trust"),
# unless the name stops short of its own head written in lower case ("Clinical Commissioning group").
_KIND_NOUN_AFTER = re.compile(
    r"(?<!Clinical)(?<!Commissioning)(?<!Integrated)(?<!Care)(?<!Foundation)(?<!NHS)"
    r"[ \xa0]+(?:trust|council|team|teams|service|services|contract|contracts|staff|colleagues|provider"
    r"|providers|partnership|organisation|organisations|practice|practices|borough|county|district|city)\b")
_DEFINITE_CCG = re.compile(r"\b[Tt]he\s+(?:CCG\b(?!s)|Clinical\s+Commissioning\s+Group\b(?!s|\(s\)))")


def extract_organisations(
    doc: DocText, collect: Collector, issuing_body: str | None = None
) -> list[OrganisationMention]:
    """One mention per place an organisation is named, with a canonical name when resolved."""
    defined = find_acronyms(doc.text)
    found = _rule_candidates(doc) + _reference_candidates(doc.text, defined) + _cue_candidates(doc.text)
    found += _nhs_place_candidates(doc.text) + _local_radio_candidates(doc.text) + _capitals_candidates(doc.text)
    found += _joint_councils_candidates(doc.text) + _plural_borough_candidates(doc.text)
    found = _trim_at_references(_without_numbered_words(found))
    cells = _wrapped_column_candidates(doc.text)
    found = _split_at_cells(found, cells) + cells
    found += _table_candidates(doc.text) + _applicant_candidates(doc.text) + _spaced_column_candidates(doc.text)
    found += _stacked_column_candidates(doc.text)
    found += _name_field_candidates(doc.text)
    found += _payee_candidates(doc.text) + _parish_initials_candidates(doc.text) + _bracketed_company_candidates(doc.text)
    found += _tier_initials_candidates(doc.text)
    found += _numbered_company_candidates(doc.text) + _head_word_candidates(doc.text)
    found = _split_by_parties(found, _party_candidates(doc.text))
    found = [part for c in found for part in _split_coordinated_institutions(c) if not _building_named(part, doc.text)]
    extended = (_extend_to_definition(doc.text, c, defined) for c in found)
    kept = _drop_overlaps(_with_coordinated([c for c in (_clean(c, doc.text) for c in extended) if c is not None], doc.text))
    kept = _drop_overlaps(_extend_to_longer_forms(doc.text, kept))
    kept = _resolve_names(kept)
    kept = _add_repeats(doc.text, kept)
    kept = _add_abbreviations(doc.text, kept, issuing_body, defined)
    kept = _add_definite_references(doc.text, kept, issuing_body)
    # "LGA 1972", "HSCA 2012": an acronym followed by a year abbreviates an Act, not a body; one followed by a
    # numbered reference ("LGA 803/18") is a reference series.
    kept = [c for c in _drop_overlaps(kept) if not (c.text.isupper() and _ACT_YEAR.match(doc.text, c.end))]
    mentions = (
        collect.build(
            OrganisationMention,
            name=c.name or c.text,
            text=c.text,
            org_type=c.org_type,
            canonical_id=c.canonical_id,
            evidence=doc.evidence(c.start, c.end),
            confidence=c.confidence,
            rule=c.rule,
        )
        for c in kept
    )
    return [m for m in mentions if m is not None]


NUMBERED_WORDS_MIN = 3
"""Words with a digit glued on ("Lead1", "Chair2", "All3") that make a table's row numbers, not trading names."""


def _without_numbered_words(candidates: list[Candidate]) -> list[Candidate]:
    """Without the digit-named brands ("Arc4") when several carry different numbers: a flattened table whose row
    numbers ran onto the words before them ("/ Verbal / Chair2", "/ Verbal / All3")."""
    numbered = [c for c in candidates if c.rule == "brand-with-digits"]
    numbers = {re.sub(r"^\D+", "", c.text) for c in numbered}
    if len(numbered) >= NUMBERED_WORDS_MIN and len(numbers) >= NUMBERED_WORDS_MIN:
        return [c for c in candidates if c.rule != "brand-with-digits"]
    return candidates


def _rule_candidates(doc: DocText) -> list[Candidate]:
    """Spans the spaCy organisation rules mark, page by page, in joined-text offsets."""
    pages = doc.text.split(PAGE_SEPARATOR)
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_SEPARATOR)
    found: list[Candidate] = []
    # The rules need tokens only (spans are aligned to them), not sentence boundaries.
    for page_start, page in zip(starts, pages, strict=True):
        for span in find_org_spans(page):
            rule = RULES_BY_NAME[span.label_]
            start, end = page_start + span.start_char, page_start + span.end_char
            if rule.pattern.fullmatch(doc.text, start, end) is None:
                # The span grew to whole tokens ('width="353">All Saints Academy' in markup): keep the rule's own match.
                # Or it grew at its end ("NHS Northby CCG,(Clinical Member)" is one token): the longest match inside.
                inner = _own_match(rule.pattern, doc.text, start, end)
                start, end = (inner.start(), inner.end()) if inner is not None else (start, end)
            text = doc.text[start:end]
            found.append(Candidate(start, end, text, rule.name, _refine_type(rule.org_type, text), rule.confidence))
    return found


def _own_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The rule's own match inside a span grown to whole tokens: one ending where the span ends, else the longest."""
    inside = list(pattern.finditer(text, start, end))
    ending = [m for m in inside if m.end() == end]
    if ending:
        return ending[0]
    return max(inside, key=lambda m: m.end() - m.start(), default=None)


def _refine_type(org_type: OrgType, text: str) -> OrgType:
    """The type a trust-like or council-like name's own words tell."""
    words = set(text.split())
    if "NHS" in words and "FT" in words:
        return OrgType.NHS_FOUNDATION_TRUST  # "Salford Royal NHS FT"
    if "Trust" in words:
        if "Foundation" in words and ("NHS" in words or len(words) > 2):
            return OrgType.NHS_FOUNDATION_TRUST
        return OrgType.NHS_TRUST if "NHS" in words else OrgType.CHARITY
    if "London" in words and "Borough" in words:
        return OrgType.LONDON_BOROUGH
    return org_type


_NOT_BEFORE_KIND = r"(?![ \xa0]*\n?[ \xa0]*(?:CCG|ICB|Clinical[ \xa0]+Commissioning[ \xa0]+Group|Integrated[ \xa0]+Care[ \xa0]+Board)\b)"


def _written_pattern(written: str) -> str:
    words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in written.split()]
    # Web text copied double-spaced puts a blank line between a name's wrapped lines ("Lewisham" / "" / "and
    # Greenwich NHS Trust"); a name the table knows whole is still that name.
    return r"[ \xa0]*(?:\n[ \xa0]*){0,2}".join(words)


@lru_cache(maxsize=2)
def _reference_index(bodies: tuple[Body, ...]) -> tuple[re.Pattern[str], dict[str, Body]]:
    """One regex for every written form of the reference bodies, and the body of each form."""
    forms: dict[str, Body] = {}
    for body in bodies:
        for written in (body.name, *body.aliases):
            forms.setdefault(written, body)
            # "Education & Skills Funding Agency" is the same name as "... and ...": both are written.
            forms.setdefault(written.replace(" and ", " & ") if " and " in written else written.replace(" & ", " and "), body)
            # "Royal Borough Northby and Southby": the "of" of a borough's formal name is often left out.
            if re.match(r"(?:Royal|London) Borough of ", written):
                forms.setdefault(written.replace(" Borough of ", " Borough ", 1), body)
            # "Bath and North-East Somerset": a compass point in a place's name is often hyphenated.
            hyphened = re.sub(r"\b(North|South) (East|West)\b", r"\1-\2", written)
            if hyphened != written:
                forms.setdefault(hyphened, body)
            # "Ministry of Housing Communities and Local Government": a name's list commas are often dropped.
            if ", " in written:
                forms.setdefault(written.replace(", ", " "), body)
            # "Buckinghamshire, Oxfordshire, Berkshire West ...": a listed name's last "and" written as a comma.
            listed = [", ".join(written.rsplit(" and ", 1))] if re.search(r", [^,]+ and ", written) else []
            for form in (written, *listed):
                forms.setdefault(form, body)
                # "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board": a commissioner's full name
                # written without its "NHS"
                if re.match(r"NHS .+ (?:Integrated Care Board|Clinical Commissioning Group)$", form):
                    forms.setdefault(form[4:], body)
            # "Oxford Health (NHS) Foundation Trust": a trust's "NHS" in brackets.
            if re.search(r" NHS (?:Foundation )?Trust$", written):
                forms.setdefault(re.sub(r" NHS ((?:Foundation )?Trust)$", r" (NHS) \1", written), body)
                # "London North West University Healthcare Trust": a trust of two or more words before its
                # "NHS" is often written without it
                if len(written.split(" NHS ")[0].split()) >= 2:
                    forms.setdefault(re.sub(r" NHS ((?:Foundation )?Trust)$", r" \1", written), body)
                # "Leeds Community Healthcare", "Kent Community Health": a community or mental health trust is
                # often written by its service name alone, of three words or more
                service = written.split(" NHS ")[0]
                if len(service.split()) >= 3 and service.split()[-1] in ("Health", "Healthcare"):
                    forms.setdefault(service, body)
    # Longest first so "NHS England and Improvement" wins over "NHS England".
    ordered = sorted(forms, key=len, reverse=True)
    # Grouped by first character behind a lookahead, so each place in the text tries only the
    # forms that can start there; forms in different groups never match at the same place, so
    # the longest-first order that matters (within a group) is kept.
    groups: dict[str, list[str]] = defaultdict(list)
    for written in ordered:
        first = written[0]
        groups["['’]" if first in "'’" else re.escape(first)].append(_written_pattern(written))
    alternatives = "|".join(f"(?={first})(?:{'|'.join(group)})" for first, group in groups.items())
    # "NHS Kent and Medway" is the ICB's operating name, but in "NHS Kent and Medway CCG" it is the
    # front of the CCG's name: a form followed by a commissioner's kind is part of a longer name.
    # A possessive written without its apostrophe ("NHS Devons Procurement Policy") is checked in _reference_candidates.
    pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?:(?![\w-])|(?=s[ \xa0]+[A-Z][a-z]))" + _NOT_BEFORE_KIND)
    by_key = {re.sub(r"\s+", " ", w).replace("’", "'"): b for w, b in forms.items()}
    return pattern, by_key


def _may_spell_out(spelled_out: str, body: Body) -> bool:
    """Whether the words a paper defines an acronym by may name the body, allowing for a slip
    ("Public Works Loans Board", "Office of Budget Responsibility"): half their words are the body's."""
    if lookup(spelled_out) == body:
        return True
    written = set(name_words(spelled_out))
    known = set().union(*(name_words(form) for form in (body.name, *body.aliases)))
    return bool(written) and len(written & known) * 2 >= len(written)


def _reference_candidates(text: str, defined: Mapping[str, str]) -> list[Candidate]:
    """Reference-table bodies written by their name or an alias (case as written in the table)."""
    pattern, by_key = _reference_index(load_bodies())
    found = []
    for match in pattern.finditer(text):
        body = by_key.get(re.sub(r"\s+", " ", match.group()).replace("’", "'"))
        if body is None:
            continue
        spelled_out = defined.get(match.group())
        if spelled_out is not None and not _may_spell_out(spelled_out, body):
            continue  # "the adult social care levy (ASCL)": the paper's own acronym, not the body's
        if re.match(r"\w", text[match.end():match.end() + 1]) and not _possessive_without_apostrophe(match.group()):
            continue  # "Northby CCGs", "Home Offices": a plural or another word, not a possessive
        if body.org_type == OrgType.POLICE_BODY and _PERSON_AFTER.match(text, match.end()):
            continue  # "the Kent Police and Crime Commissioner Jo Bloggs": a person's title, not the body named
        branch = _local_branch(text, match.end()) if body.org_type == OrgType.CHARITY else None
        place = _place_before(text, match.start()) if body.org_type == OrgType.CHARITY else None
        # "Mind", "Shelter": a capitalised ordinary word in a heading or a longer name (the place of a local branch,
        # "Tamworth Samaritans", opens the name).
        if body.standalone and len(match.group().split()) <= 2 and not _stands_alone(
                text, match.start() if place is None else place, match.end()):
            continue
        head = _LOCAL_BODY_HEAD_AFTER.match(text, match.end()) if place is not None else None
        if place is not None and branch is None and (head is not None or not _TITLE_WORD_AFTER.match(text, match.end())):
            # "Kent Royal British Legion": the county branch of a national charity; "Merton and Lambeth Citizen's
            # Advice Service": a local body named for it; "Tamworth Samaritans", "Oldham Mind": a local branch that
            # is a charity of its own.
            end = head.end() if head is not None else match.end()
            written = text[place:end]
            found.append(Candidate(place, end, written, "reference-table", body.org_type, 0.85,
                                   re.sub(r"\s+", " ", written)))
            continue
        if branch is not None:
            # "Mencap Southampton": a local charity of its own, not the national body.
            written = text[match.start():branch]
            found.append(Candidate(match.start(), branch, written, "reference-table", body.org_type, 0.85,
                                   re.sub(r"\s+", " ", written)))
            continue
        provider = (_PROVIDER_AFTER.match(text, match.end())
                    if body.org_type in (OrgType.ICB, OrgType.CCG) and match.group().startswith("NHS") else None)
        if provider is not None:
            # "NHS Dorset Healthcare": a trust written as the commissioner's area name and its own word, not the ICB.
            written = text[match.start():provider.end()]
            found.append(Candidate(match.start(), provider.end(), written, "reference-table", OrgType.NHS_TRUST, 0.8,
                                   re.sub(r"\s+", " ", written)))
            continue
        company = _COMPANY_AFTER.match(text, match.end()) if body.org_type == OrgType.CHARITY else None
        if company is not None:
            # "Change, Grow, Live Services Limited": a charity's trading company, a legal body of its own.
            written = text[match.start():company.end()]
            found.append(Candidate(match.start(), company.end(), written, "reference-table", OrgType.COMPANY, 0.85,
                                   re.sub(r"\s+", " ", written)))
            continue
        found.append(Candidate(match.start(), match.end(), match.group(), "reference-table",
                               body.org_type, 0.95, body.name, body.code))
    return found


# A person's first and last name right after an office's title.
_PERSON_AFTER = re.compile(
    r"[ \xa0]+[A-Z][a-z]+[ \xa0]+[A-Z][a-z'’-]+\b(?![ \xa0]+(?:Board|Panel|Team|Office|Fund)\b)"
)
# A capitalised word after a charity's name: "the Kent RBL Festival of Remembrance" names an event, not a branch.
_TITLE_WORD_AFTER = re.compile(r"[ \xa0]+[A-Z][a-z]")
# A company's ending after a charity's name ("Services Limited", "Trading Ltd"): the charity's company.
_COMPANY_AFTER = re.compile(r"[ \xa0]+(?:(?:Services|Trading|Enterprises|Solutions)[ \xa0]+)?(?:Limited|Ltd|CIC)\b")
# A provider's word after an NHS commissioner's area name: "NHS Dorset Healthcare" is the county's health care trust.
_PROVIDER_AFTER = re.compile(r"[ \xa0]+(?:Health[Cc]are|Hospitals?)\b(?![ \xa0]+[A-Z])")
# A body's head word after a place and a charity's name: "Lambeth Citizen's Advice Service" is the local body's name.
_LOCAL_BODY_HEAD_AFTER = re.compile(r"[ \xa0]+(?:Service|Bureau|Centre|Project)\b(?![ \xa0]+[A-Z])")
# Before a name that is also an ordinary word: a lowercase word or an opening comma/bracket on the same line.
_RUNNING_TEXT_BEFORE = re.compile(r"(?:\b[a-z][\w'’]*|[,(])[ \xa0]*$")
# A capitalised word and a title's small word just before it ("Future in", "Peace of").
_TITLE_CONNECTOR_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \xa0]+(?:in|of|and|&|the|for|to|on|at|with|a)[ \xa0]+$")
# After it: no capitalised word or figure (that would make it part of a longer name or a heading).
_LONGER_NAME_AFTER = re.compile(r"[ \xa0]*(?:[’']s[ \xa0]+)?[A-Z0-9]")


# Last words of names that take a plural "s" ("Councils", "Trusts"): only a name ending in a place's or
# a proper name's word is read as a possessive when an "s" follows it.
_PLURAL_HEADS = frozenset(
    {"council", "trust", "group", "board", "service", "office", "agency", "authority", "association", "society",
     "commission", "fund", "partnership", "department", "college", "school", "hospital", "centre", "force", "union",
     "company", "corporation", "alliance", "federation", "institute", "foundation", "charity", "network", "team"}
)


def _possessive_without_apostrophe(form: str) -> bool:
    """Whether a reference form followed by "s" and a capitalised word is a possessive ("NHS Devons Policy")."""
    words = form.split()
    last = words[-1]
    return len(words) >= 2 and not last.isupper() and last[0].isupper() and last.lower() not in _PLURAL_HEADS


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word is a name inside a sentence ("funded by Mind and"), not a heading's word."""
    before = text[max(0, start - 40):start]
    if _TITLE_CONNECTOR_BEFORE.search(before):
        return False  # "Future in Mind", "Peace of Mind": the last word of a title
    return _RUNNING_TEXT_BEFORE.search(before) is not None and _LONGER_NAME_AFTER.match(text, end) is None


def _local_branch(text: str, end: int) -> int | None:
    """The end of a council area's name written right after a national charity's ("Mencap Southampton")."""
    match = _place_pattern().match(text, end) or _area_word_pattern().match(text, end)
    return match.end() if match is not None else None


# Where a place's name ends a name: no word runs on, nor a capital word, nor "and" with one ("Mencap Southampton
# and Age UK" is two bodies).
_NAME_ENDS = r"(?![\w'’-]|[ \xa0]+(?:[A-Z]|(?:and|&)[ \xa0]+[A-Z]))"


@lru_cache(maxsize=1)
def _places_alternation() -> str:
    """Every council area's name as written ("Barking and Dagenham" across a line break too), longest first."""
    return "|".join(_written_pattern(p) for p in sorted(council_places(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _area_word_pattern() -> re.Pattern[str]:
    """An area's own word written alone, ending a name ("Age UK Wexley" for the Wexley of North/South Wexley)."""
    words = {
        place.split()[-1] for place in council_places()
        if len(place.split()) == 2 and place.split()[0] in {"North", "South", "East", "West", "Mid", "Central"}
    }
    alternatives = "|".join(sorted(words - council_places()))
    return re.compile(rf"[ \xa0]+(?:{alternatives})\b{_NAME_ENDS}")


def _place_before(text: str, start: int) -> int | None:
    """The start of a council area's name written right before a national charity's ("Kent Royal British Legion")."""
    before = text[max(0, start - 60):start]
    match = _place_before_pattern().search(before)
    if match is None or re.search(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*[ \xa0]+$", before[: match.start()]):
        return None  # "Medway Council Royal British Legion": the place ends a longer name
    # "Merton and Lambeth Citizens Advice": two areas' branch, both places part of its name.
    paired = _place_and_pattern().search(before, 0, match.start())
    return start - len(before) + (paired.start() if paired else match.start())


@lru_cache(maxsize=1)
def _place_and_pattern() -> re.Pattern[str]:
    """A council area's name and "and" (or "&") ending the text: the first of two places a branch is named for."""
    return re.compile(rf"(?<![\w'’-])(?:{_places_alternation()})[ \xa0]+(?:and|&)[ \xa0]+\Z")


@lru_cache(maxsize=1)
def _place_before_pattern() -> re.Pattern[str]:
    """A council area's name ending the text, followed by one space."""
    return re.compile(rf"(?<![\w'’-])(?:{_places_alternation()})[ \xa0]+\Z")


@lru_cache(maxsize=1)
def _paired_places_pattern() -> re.Pattern[str]:
    """Two council areas' names joined by "and" (" North Yorkshire and York"), ending a name."""
    places = _places_alternation()
    return re.compile(rf"[ \xa0]+(?:{places})[ \xa0]+(?:and|&)[ \xa0]+(?:{places}){_NAME_ENDS}")


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    """A council area's name (" Southampton", " Barking and Dagenham"), perhaps with its "District" or "Borough"
    (" Selby District" in "Age UK Selby District"), ending a name: no capital word after it."""
    return re.compile(rf"[ \xa0]+(?:{_places_alternation()})(?:[ \xa0]+(?:District|Borough))?{_NAME_ENDS}")


@lru_cache(maxsize=1)
def _comma_area_pattern() -> re.Pattern[str]:
    """A comma and a council area's name ("and" or "&"), not the start of a council's or NHS body's name."""
    places = sorted(council_places(), key=len, reverse=True)
    alternatives = "|".join(_written_pattern(p).replace("and", "(?:and|&)") for p in places)
    body_word = r"(?:County|City|Borough|District|Council|Town|Parish|Metropolitan|CCG|ICB|NHS|Clinical|Integrated|Hospitals?)\b"
    # Then a list's next row (a capital word or a line's end), never "and", a comma or a full stop of prose.
    return re.compile(rf",[ \xa0]+(?:{alternatives})(?=[ \xa0]*\n|[ \xa0]+(?!{body_word})[A-Z])")


_NHS_PLACE = re.compile(r"(?<![\w-])NHS(?=[ \xa0]+[A-Z])")
_RADIO_PLACE = re.compile(r"(?<![\w-])Radio(?=[ \xa0]+[A-Z])")


# A run of words in capitals ("NHS NORTHBY CLINICAL COMMISSIONING GROUP GOVERNING BODY"), a heading's way of writing.
_CAPITALS_RUN = re.compile(r"[A-Z](?<![\w'’&-].)[A-Z'’&-]+(?:[ \xa0]+(?:[A-Z][A-Z'’&-]*|&)){1,11}(?![\w'’-])")


def _capitals_candidates(text: str) -> list[Candidate]:
    """Reference bodies written in capitals inside a heading: the longest stretch the table knows."""
    found: list[Candidate] = []
    for run in _CAPITALS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        index = 0
        while index < len(words) - 1:
            for end in range(len(words), index + 1, -1):
                written = run.group()[words[index].start():words[end - 1].end()]
                if words[index].group() in {"THE", "AND", "OF", "&"}:
                    break
                body = lookup(written)
                if body is not None and not body.standalone and name_words(written):
                    start = run.start() + words[index].start()
                    found.append(Candidate(start, start + len(written), written, "reference-table", body.org_type,
                                           0.9, body.name, body.code))
                    index = end - 1
                    break
            index += 1
    return found


_COUNCILS_AFTER = re.compile(r"[ \xa0]+Councils\b(?![’']|[ \xa0]+[A-Z][a-z])")


@lru_cache(maxsize=1)
def _joint_places_pattern() -> re.Pattern[str]:
    """Council areas listed and joined by "and" ending the text ("Northby, Eastby and Westby")."""
    # "Richmond" for Richmond upon Thames, "Kingston" for Kingston upon Thames: the short form councils use
    short = {p.split()[0] for p in council_places() if re.fullmatch(r"[A-Z][a-z]+ (?:upon|on) [A-Z][a-z]+", p)}
    places = sorted(council_places() | short, key=len, reverse=True)
    area = "(?:" + "|".join(_written_pattern(p) for p in places) + ")"
    return re.compile(rf"(?<![\w'’-]){area}(?:,[ \xa0]+{area})*[ \xa0]+(?:and|&)[ \xa0]+{area}\Z")


def _joint_councils_candidates(text: str) -> list[Candidate]:
    """Councils that share their staff, named together as an employer ("Director at Northby and Southby Councils")."""
    found: list[Candidate] = []
    for match in _COUNCILS_AFTER.finditer(text):
        before = text[max(0, match.start() - 100):match.start()]
        places = _joint_places_pattern().search(before)
        if places is None or not re.search(r"\bat[ \xa0]+(?:the[ \xa0]+)?\Z", before[: places.start()]):
            # Only a post "at" councils sharing their staff names one employer; "with Northby and Southby
            # Councils" names two councils, each its own body.
            continue
        start = match.start() - len(before) + places.start()
        found.append(Candidate(start, match.end(), text[start:match.end()], "joint-councils", OrgType.COUNCIL, 0.75))
    return found


# Rules whose spans the reference table has already named: nothing to trim or doubt.
_TABLE_RESOLVED_RULES = frozenset({"reference-table", "plural-boroughs"})
# "the London Boroughs of Brent and Ealing", "the Royal Boroughs of Kingston and Windsor": one title over two councils.
_PLURAL_BOROUGHS = re.compile(
    r"\b(?P<title>(?:London|Royal)[ \xa0]+Boroughs)[ \xa0]+of[ \xa0]+"
    r"(?P<list>[A-Z][\w'’-]*(?:(?:[ \xa0]+|[ \xa0]*,[ \xa0]*|[ \xa0]+(?:and|&)[ \xa0]+)[A-Z][\w'’-]*)*)"
)
_LIST_SEPARATOR = re.compile(r"[ \xa0]*,[ \xa0]*|[ \xa0]+(?:and|&)[ \xa0]+")


def _plural_borough_candidates(text: str) -> list[Candidate]:
    """Each council of "the London Boroughs of A, B and C": the first named with the title, the others by place,
    each only when the reference table knows "<London|Royal> Borough of <place>" ("Hammersmith & Fulham" whole)."""
    found: list[Candidate] = []
    for match in _PLURAL_BOROUGHS.finditer(text):
        singular = match["title"][:-1]  # "London Boroughs" -> "London Borough"
        # The items between separators, joined again where the table knows the joined place ("Barking and Dagenham").
        cuts = [match.start("list"), *(p for m in _LIST_SEPARATOR.finditer(text, match.start("list"), match.end())
                                       for p in (m.start(), m.end())), match.end()]
        items = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        index = 0
        while index < len(items):
            start, end = items[index]
            body = None
            if index + 1 < len(items):
                end = items[index + 1][1]
                body = lookup(f"{singular} of {text[start:end]}")
            if body is None:
                end = items[index][1]
                body = lookup(f"{singular} of {text[start:end]}")
            index += 2 if end != items[index][1] else 1
            if body is None:
                continue
            begin = match.start() if start == match.start("list") else start
            found.append(Candidate(begin, end, text[begin:end], "plural-boroughs", body.org_type, 0.8,
                                   name=body.name, canonical_id=body.code))
    return found


def _local_radio_candidates(text: str) -> list[Candidate]:
    """ "Radio Kent", "Radio Leeds": local radio stations are named "Radio <area>"."""
    found: list[Candidate] = []
    for match in _RADIO_PLACE.finditer(text):
        end = _local_branch(text, match.end())
        if end is not None:
            written = text[match.start():end]
            found.append(Candidate(match.start(), end, written, "local-radio", OrgType.COMPANY, 0.7))
    return found


def _nhs_place_candidates(text: str) -> list[Candidate]:
    """ "NHS <council area>" ("NHS Brent"): how primary care trusts, and now some ICBs, name themselves."""
    found: list[Candidate] = []
    pct = re.search(r"\bPCTs?\b|Primary Care Trust", text) is not None
    for match in _NHS_PLACE.finditer(text):
        # "NHS North Yorkshire and York": a primary care trust or ICB named for two areas, read whole first.
        paired = _paired_places_pattern().match(text, match.end())
        end = paired.end() if paired is not None else _local_branch(text, match.end())
        if (end is None and (area := _nhs_area_pattern().match(text, match.end())) is not None
                and not _SHARED_PLURAL_KIND.match(text, area.end())):
            end = area.end()  # "NHS Berkshire West": a primary care trust named for a CCG's area, not a council's
        if end is None:
            continue
        written = text[match.start():end]
        org_type = OrgType.PRIMARY_CARE_TRUST if pct else OrgType.OTHER
        found.append(Candidate(match.start(), end, written, "nhs-place", org_type, 0.7))
    return found


# "NHS North Manchester, NHS Central Manchester and NHS South Manchester CCGs": areas sharing one plural kind.
_SHARED_PLURAL_KIND = re.compile(
    r"[^.;:]{0,120}?\b(?:CCGs|Clinical[ \xa0\n]+Commissioning[ \xa0\n]+Groups|PCTs"
    r"|Primary[ \xa0\n]+Care[ \xa0\n]+Trusts|ICBs)\b")


@lru_cache(maxsize=1)
def _nhs_area_pattern() -> re.Pattern[str]:
    """An NHS area named by the table's clinical commissioning groups (" Berkshire West") ending a name."""
    areas = {re.sub(r"^NHS\s+|\s+Clinical Commissioning Group$", "", body.name) for body in load_bodies()
             if body.org_type == OrgType.CCG}
    alternatives = "|".join(_written_pattern(a) for a in sorted(areas - council_places(), key=len, reverse=True))
    return re.compile(rf"[ \xa0]+(?:{alternatives}){_NAME_ENDS}")


# After a table's name, what joins another name to it ("and", ",") or starts a phrase of time or place ("in May").
_JOINER = re.compile(r"[ \xa0\n]*(?:,|and\b|&|in\b|on\b|at\b)")


# "and" between two capitalised names.
_AND_ANOTHER = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")
# A name cut off before a table's name that ends in a lowercase joining word ("Funding for", "Friends of") names
# nothing itself.
_OPEN_CONNECTOR_END = re.compile(r"\b(?:for|of|with|in|on|under|upon|to)$")


def _trim_at_references(candidates: list[Candidate]) -> list[Candidate]:
    """A rule match that runs into or out of a reference-table name keeps only its own part:
    "[London Borough of] Barking and Dagenham and North East London NHS Foundation Trust"."""
    references = [c for c in candidates if c.rule == "reference-table"]
    kept: list[Candidate] = []
    for candidate in candidates:
        # A name the table knows whole ("Department of Health & Social Care") is no run-on.
        if candidate.rule != "reference-table" and _lookup_variants(candidate.text) is None:
            for ref in references:
                runs_on = _JOINER.match(candidate.text, ref.end - ref.start) is not None
                if ref.start <= candidate.start < ref.end < candidate.end and (runs_on or ref.start < candidate.start):
                    # "[Brent Council] and Brent CCG", "[AWP] and Devon Partnership NHS Trust": the table's name
                    # stands, and the rule's match keeps the name after it
                    rest = candidate.text[ref.end - candidate.start:]
                    joiner = re.match(r"(?:[\s,]|and\b|&|the\b)*", rest)
                    cut = ref.end - candidate.start + (joiner.end() if joiner else 0)
                    candidate = replace(candidate, start=candidate.start + cut, text=candidate.text[cut:])
                elif ref.start == candidate.start < ref.end < candidate.end and (
                        joined := _AND_ANOTHER.search(candidate.text, ref.end - ref.start)) is not None:
                    # "[YMCA] Fylde Coast and Fleetwood Town Community Trust": the table's body (with its branch's
                    # place) and another body; the rule's match keeps the one after "and"
                    candidate = replace(candidate, start=candidate.start + joined.end(),
                                        text=candidate.text[joined.end():])
                elif candidate.start < ref.start < candidate.end < ref.end:
                    head = re.sub(r"(?:[\s,]|\band|&|\bthe)*$", "", candidate.text[: ref.start - candidate.start])
                    if _OPEN_CONNECTOR_END.search(head):
                        head = ""  # "Funding for [Age UK West Sussex]": the words before the name only lead into it
                    candidate = replace(candidate, end=candidate.start + len(head), text=head)
            if not candidate.text.strip():
                continue
        kept.append(candidate)
    return kept


# "of"/"on" and a capital after a cue's name: the name goes on past what was matched ("in Pembury" is a place).
_CUT_SHORT_AFTER = re.compile(r"(?:[ \xa0]*\n[ \xa0]*|[ \xa0]+)(?:of|on|upon)\s+(?:the\s+)?[A-Z]")
# One word then "for" and a capital: "Ministry for Housing", "Department for Education" written after a cue.
_FOR_AFTER = re.compile(r"(?:[ \xa0]*\n[ \xa0]*|[ \xa0]+)for\s+(?:the\s+)?[A-Z]")


def _party_candidates(text: str) -> list[Candidate]:
    """Names in the party slot of a grant, contract, lease or supplier cue, in recipient lists with sums, and
    listed after a plural noun of bodies ("organisations (A, B and C)")."""
    parties = find_party_names(text) + find_listed_bodies(text)
    return [Candidate(p.start, p.end, p.text, "party-cue", p.org_type, 0.6) for p in parties]


def _split_by_parties(found: list[Candidate], parties: list[Candidate]) -> list[Candidate]:
    """Party names added; a cue's span holding two or more of them ("A and B") gives way to the list's items."""
    kept = [
        c for c in found
        if c.rule not in {"applicant-cue", "context-cue"}
        or sum(c.start <= p.start and p.end <= c.end for p in parties) < 2
    ]
    # And the other way: a party run other rules read as two bodies ("Oakfield and Wren & Hartley") is theirs.
    parties = [p for p in parties if sum(p.start <= c.start and c.end <= p.end for c in found) < 2]
    return kept + parties


def _cue_candidates(text: str) -> list[Candidate]:
    """Names after "contract with", "provided by", "awarded to" ... each item of a list of them."""
    found = []
    for match in CUE_PATTERN.finditer(text):
        listed = match.group("list")
        base = match.start("list")
        first = CUE_NAME_PATTERN.match(listed.lstrip("*"))
        if first is None or re.search(r"['’]s\b", first.group()) or first.group().split()[0].lower() in _NON_ORG_HEADS:
            continue  # "the Council's Commissioning, Quality and ... teams": parts of a body, not bodies
        items = list(CUE_NAME_PATTERN.finditer(listed))
        if any(item.group().split()[-1].lower() in _NON_ORG_HEADS for item in items):
            continue  # "the Quality and Care Governance Team": one unit's name split at its "and"
        for name in items:
            if _KIND_NOUN_AFTER.match(listed, name.end()) or (
                name.end() == len(listed) and _KIND_NOUN_AFTER.match(text, base + name.end())
            ):
                continue  # "the SWLStG MH trust", "the Acme contract": a modifier of a lowercase noun, not a name
            if _CUT_SHORT_AFTER.match(text, base + name.end()) or (
                " " not in name.group() and _FOR_AFTER.match(text, base + name.end())
            ):
                # "Meals on Wheels", "Friends of the Earth", "Ministry for Housing, ...": a longer name the cue's
                # words cannot hold
                continue
            if re.fullmatch(r"[A-Z]{2,}s", name.group()):
                continue  # "provided by MHSTs": a plural acronym names a kind of team, not one body
            # Items inside the parentheses describe the provider ("(adult carers)"); skip them.
            if listed[: name.start()].count("(") > listed[: name.start()].count(")"):
                continue
            found.append(Candidate(base + name.start(), base + name.end(), name.group(), "context-cue",
                                   OrgType.OTHER, 0.6))
    return found


# A public authority named by its area and kind ("Northby & Southby Fire & Rescue Authority",
# "West Northshire Combined Authority"); the spaCy rules' names stop at "&" before "Fire".
# A space inside a name: spaces, or one line break (PDF text wraps names).
_GAP = r"(?:[ \xa0]*\n[ \xa0]*|[ \xa0]+)"
# An area's word: not a word of the sentence or a heading ("Committee and Northby Fire Authority").
_AREA_WORD = (
    r"(?<![\w'’&-])(?!(?:The|A|An|And|Of|Fire|Combined|National|Police|Committees?|Panels?|Boards?|Councils?|Cabinet|"
    r"Groups?|Meeting|Forum|Teams?|Services?|Members?|Item|Appendix|Agenda|Minutes|Report|Chairman|Chair|Leader)\b)"
    r"[A-Z][a-z][\w'’-]*"
)
_AUTHORITY_NAME = re.compile(
    rf"{_AREA_WORD}(?:{_GAP}(?:(?:and|&){_GAP})?{_AREA_WORD}){{0,3}}{_GAP}"
    rf"(?:Fire{_GAP}(?:(?:and|&){_GAP}Rescue{_GAP})?|Combined{_GAP}|National{_GAP}Park{_GAP}|Police{_GAP})"
    r"Authority\b(?!s\b|[ \xa0]+[A-Z][a-z])"
)
# A charity named "<who> Benevolent Fund" ("Northby Police Benevolent Fund"): a fund that is a body.
_BENEVOLENT_FUND = re.compile(
    rf"[A-Z](?<![\w'’&-].)[\w'’-]*(?:{_GAP}[A-Z][\w'’-]*){{0,3}}{_GAP}Benevolent{_GAP}Fund\b"
    r"(?!s\b|[ \xa0]+[A-Z][a-z])"
)
# A capital "The" inside a sentence opens a body's own name ("members such as The Northby Trusts, ..."):
# capitalised words up to a head word that names a body, written with a plural where it is a federation.
_THE_NAME = re.compile(
    rf"(?<=[a-z,;:(][ \xa0])The(?:{_GAP}[A-Z][\w'’-]*){{1,3}}?{_GAP}"
    r"(?:Trusts|Bank|Coalition|Alliance|Network|Collective|Society|Association|Foundation|Federation)\b"
    r"(?![’']s?[ \xa0]+[A-Z]|[ \xa0]+[A-Z][a-z]|-)"
)
# A body named by a possessive plural and a head ("Northby Carers’ Association"): a place or brand word
# before it shows it is a named body, not "the tenants’ association".
_POSSESSIVE_NAME = re.compile(
    rf"(?<![\w'’&-])(?:(?P<lead>[A-Z][a-z][\w-]*(?:{_GAP}[A-Z][a-z][\w-]*){{0,2}}){_GAP})?"
    rf"[A-Z][a-z]+s[’'](?:{_GAP}[A-Z][a-z][\w-]*){{0,2}}?{_GAP}(?:Association|Society|Union|Federation|Alliance|Network)\b"
    r"(?P<uk>[ \xa0]+UK\b)?(?![ \xa0]+[A-Z][a-z]|[’']s?\b)"
)
# A chamber of commerce named by its area ("Northby and District Chamber of Commerce").
_CHAMBER_OF_COMMERCE = re.compile(
    rf"[A-Z](?<![\w'’&-].)[\w'’-]*(?:{_GAP}(?:(?:and|&){_GAP})?[A-Z][\w'’-]*){{0,4}}{_GAP}Chamber{_GAP}of{_GAP}Commerce"
    rf"(?:{_GAP}(?:and|&){_GAP}Industry)?\b"
)
# A food bank named by its town ("Northby Food Bank"): the town's words make it one body (on one line: a
# table's cell above is another column's).
_FOOD_BANK = re.compile(
    r"[A-Z](?<![\w'’&-].)[a-z][\w'’-]*(?:[ \xa0]+(?:(?:and|&)[ \xa0]+)?[A-Z][a-z][\w'’-]*){0,2}[ \xa0]+"
    r"(?:Food[ \xa0]?[Bb]ank)\b(?!s\b|[ \xa0]+[A-Z][a-z])"
)
# A name's kind written before it in apposition ("the charity Northby Dads, and"; "a Trustee of Northby Arts"):
# capitalised words up to a comma, a full stop, a line's end or a verb.
_KIND_APPOSITION = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Ll]ocal|[Nn]ational|[Rr]egistered|[Ss]mall)[ \xa0\n]+(?:charity|social[ \xa0]+enterprise)"
    r"|[Tt]rustee[ \xa0]+(?:and[ \xa0]+[Dd]irector[ \xa0]+)?of(?:[ \xa0]+the)?"
    # "to award the contract to the supplier Northby IT for ...": the party a contract goes to
    # "... voucher framework to appoint the contract supplier Hawk Vouchers to supply ...": the one appointed
    r"|(?:to|by|appoint(?:s|ed|ing)?)[ \xa0]+the[ \xa0]+(?:[Ss]uccessful[ \xa0]+|contract[ \xa0]+)?"
    r"(?:supplier|contractor|provider|bidder|tenderer))[ \xa0\n]+"
    r"(?!(?:Tenderer|Bidder|Supplier|Contractor|Provider|Lot|Option|Company)\b)"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \xa0]+(?:(?:of|and|&|for)[ \xa0]+)?[A-Z0-9][\w'’&-]*){0,5})"
    r"(?=[ \xa0]*(?:[,.;:)]|\n|$)|[ \xa0]+(?:and|to|has|have|had|is|was|were|which|who|with|in|on|at|for|as)\b)"
)
# A council written as its initials in brackets after a person ("Cllr Jo Bloggs (NBC)"): Borough, County,
# City or District Council ("N&EBC" for an area joined by "&"). Not a commissioner ("PCC") or a broadcaster.
_COUNCIL_ACRONYM_AFTER_PERSON = re.compile(
    r"(?<=[a-z])[ \xa0]*\([ \xa0]*(?P<acronym>(?!TBC\b)[A-Z](?:[A-Z]|&[A-Z]){0,3}(?:B|C|D|MB)C)[ \xa0]*\)"
)
# A council written only as the initials of its place and tier, anywhere ("WLDC agreed to fund", "a letter from
# N.C.C."): Borough, District, County or Metropolitan Borough Council, dotted as older minutes write them.
_BARE_COUNCIL_INITIALS = re.compile(
    r"(?<![\w.&/-])(?P<acronym>(?:[A-Z]\.){1,4}(?:B\.|D\.|C\.|M\.B\.)C\.?|[A-Z]{1,3}(?:B|D|C|MB)C)(?![\w&/-])"
)
_ATTENDANCE_WORDS = re.compile(r"\b(?:Councillors?|Cllrs?|Present|[Aa]ttendance|Apologies|Mayor)\b")
_NOT_COUNCIL_ACRONYMS = frozenset({"PCC", "OPCC", "BBC", "ABC", "ICC"})
_BANK_KIND_WORDS = frozenset(
    {"food", "baby", "clothes", "clothing", "blood", "bottle", "land", "habitat", "carbon", "data", "time", "memory",
     "uniform", "furniture", "toy", "hygiene", "book", "kit", "river", "west", "south", "north", "east", "left", "seed",
     "biodiversity", "sperm", "milk", "school", "community", "local", "the"}
)


# A college named by its area after "of" ("the College of West Northshire"): an institution of its own, unlike
# a college of a subject or profession ("College of Nursing", "College of Further Education").
_COLLEGE_OF_PLACE = re.compile(
    r"(?<![\w'’&-])College[ \xa0]+of[ \xa0]+(?P<area>[A-Z][a-z][\w'’-]*(?:[ \xa0]+(?:(?:and|&)[ \xa0]+)?[A-Z][a-z][\w'’-]*){0,3})"
    r"(?![ \xa0]+(?:[A-Z]|of\b)|[’']s?\b|-)"
)
_SUBJECT_WORDS = frozenset(
    {"further", "higher", "adult", "education", "art", "arts", "design", "technology", "music", "nursing", "policing",
     "physicians", "surgeons", "general", "medicine", "law", "science", "sciences", "paramedics", "occupational",
     "emergency", "radiologists", "psychiatrists", "anaesthetists", "midwives", "obstetricians", "paediatrics",
     "pathologists", "podiatry", "optometrists", "agriculture", "engineering", "commerce", "health", "social",
     "care", "business", "arms", "st", "saint", "all", "our"}
)


# A company registered as a group ("Northby Group Ltd", "Acme Services Group Limited"), which the suffix rule's
# word runs stop at ("Group" alone ends committees' names).
_GROUP_COMPANY = re.compile(
    r"[A-Z](?<![\w'’&-].)[\w'’&-]*(?:[ \xa0]+(?:[A-Z][\w'’&-]*|&|and)){0,4}[ \xa0]+Group[ \xa0]+"
    rf"(?:{COMPANY_SUFFIX}|Holdings\b)(?![ \xa0]+[A-Z][a-z])"
)


def _head_word_candidates(text: str) -> list[Candidate]:
    """Bodies a head word names that the spaCy rules' word runs cannot hold ("&", "The", a possessive)."""
    found = [Candidate(m.start(), m.end(), m.group(), "authority-suffix", OrgType.GOVERNMENT, 0.8)
             for m in _AUTHORITY_NAME.finditer(text)]
    found += [Candidate(m.start(), m.end(), m.group(), "group-company-suffix", OrgType.COMPANY, 0.8)
              for m in _GROUP_COMPANY.finditer(text)]
    found += [Candidate(m.start(), m.end(), m.group(), "benevolent-fund-suffix", OrgType.CHARITY, 0.75)
              for m in _BENEVOLENT_FUND.finditer(text)]
    for match in _THE_NAME.finditer(text):
        words = match.group().lower().split()
        if words[-1] == "bank" and any(w in _BANK_KIND_WORDS for w in words[1:-1]):
            continue  # "The Food Bank", "The Baby Bank": a kind of service, whichever body runs it
        found.append(Candidate(match.start(), match.end(), match.group(), "capital-the-name", OrgType.OTHER, 0.7))
    for match in _POSSESSIVE_NAME.finditer(text):
        if match.group("lead") is None and match.group("uk") is None:
            continue  # "Tenants’ Association": which tenants is not said ("Nurses’ Association UK" says: the national body)
        if _NAME_GOES_ON_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Northby Health and Wellbeing Board Chairs’ Network": the name began earlier, cut at its "and"
        found.append(Candidate(match.start(), match.end(), match.group(), "possessive-name", OrgType.CHARITY, 0.7))
    for match in _COLLEGE_OF_PLACE.finditer(text):
        area = match.group("area").split()
        if area[0].lower() in _SUBJECT_WORDS or area[-1].lower() in _NON_ORG_HEADS | _ROLE_HEADS:
            continue  # "College of West Northshire Board": the college's board, a body of its own the rules judge
        start = match.start()
        if re.search(r"(?<![\w'’-])(?:Royal|The|University|City)[ \xa0]+\Z", text[max(0, start - 12):start]):
            continue  # "Royal College of ...", "University College of ...": a longer name the table or other rules read
        found.append(Candidate(start, match.end(), match.group(), "college-of-place", OrgType.CHARITY, 0.75))
    found += [Candidate(m.start(), m.end(), m.group(), "chamber-of-commerce", OrgType.OTHER, 0.8)
              for m in _CHAMBER_OF_COMMERCE.finditer(text)]
    for match in _FOOD_BANK.finditer(text):
        words = list(re.finditer(r"\S+", match.group()))
        lead = words[:-2] if words[-2].group().lower() == "food" else words[:-1]
        noise = [i for i, w in enumerate(lead) if w.group().lower() in STOP_WORDS | _LEADING_NOISE and w.group() != "and"]
        lead = lead[noise[-1] + 1:] if noise else lead  # "Ring The Food Bank": the name starts after "The"
        kinds = _GENERIC_WORDS | _BANK_KIND_WORDS | _NON_ORG_HEADS
        if lead and all(w.group().lower() not in kinds for w in lead):  # "Citizens Advice Service Food Bank": a service's
            start = match.start() + lead[0].start()
            found.append(Candidate(start, match.end(), text[start:match.end()], "food-bank", OrgType.CHARITY, 0.75))
    for match in _KIND_APPOSITION.finditer(text):
        name = match.group("name")
        found.append(Candidate(match.start("name"), match.start("name") + len(name), name, "context-cue",
                               OrgType.OTHER, 0.6))
    for match in _COUNCIL_ACRONYM_AFTER_PERSON.finditer(text):
        acronym = match.group("acronym")
        if acronym in _NOT_COUNCIL_ACRONYMS or _defined_as_non_org(acronym, text):
            continue
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if not _ATTENDANCE_WORDS.search(line):
            continue  # "Deep Dive (TBC)": initials after a person only in an attendance list
        found.append(Candidate(match.start("acronym"), match.end("acronym"), acronym, "council-acronym",
                               OrgType.COUNCIL, 0.7))
    for match in _BARE_COUNCIL_INITIALS.finditer(text):
        acronym = match.group("acronym")
        plain = acronym.replace(".", "")
        if plain in _NOT_COUNCIL_ACRONYMS | NOT_COUNCIL_INITIALS or re.search(rf"\(\s*{re.escape(acronym)}\s*\)", text):
            continue  # initials a bracket defines are read with their definition, a council's or anything else's
        found.append(Candidate(match.start("acronym"), match.end("acronym"), acronym, "council-acronym",
                               OrgType.COUNCIL, 0.6))
    boroughs = _borough_initials()
    for match in _BOROUGH_INITIALS.finditer(text):
        body = boroughs.get(match.group())
        if body is not None and not re.search(rf"\(\s*{match.group()}\s*\)", text):
            # "Mark Tyson, Group Manager, Integration and Commissioning, LBBD, presented the report"
            found.append(Candidate(match.start(), match.end(), match.group(), "council-acronym", body.org_type, 0.7,
                                   body.name, body.code))
    return found


# "LBBD", "LBHF", "RBKC": a London or royal borough written by the initials of its whole name, which only one
# borough in the reference table has.
_BOROUGH_INITIALS = re.compile(r"(?<![\w&/.-])(?:LB|RB)[A-Z]{1,3}(?![\w&/-])")


@lru_cache(maxsize=1)
def _borough_initials() -> dict[str, Body]:
    """Each "London Borough of ..." or "Royal Borough of ..." in the reference table by its initials, when unique."""
    table: dict[str, list[Body]] = {}
    for body in load_bodies():
        if body.valid_to is None and re.match(r"(?:London|Royal)\s+Borough\s+of\s", body.name):
            table.setdefault(initials(body.name.replace("-", " ").split()).upper(), []).append(body)
    return {key: bodies[0] for key, bodies in table.items() if len(bodies) == 1}


# A capitalised word and "and"/"&"/"of" just before a match: the name it ends began earlier.
_NAME_GOES_ON_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \xa0]+(?:and|&|of)[ \xa0]+\Z")


# A company whose registered name holds a bracketed part before its suffix ("Homefinder (Housing Services) Ltd").
_BRACKETED_COMPANY = re.compile(
    r"[A-Z](?<![\w'’&-].)[\w'’&-]*(?:[ \xa0]+(?:[A-Z][\w'’&-]*|&)){0,3}"
    r"[ \xa0]+\([A-Z][\w'’-]*(?:[ \xa0]+(?:[A-Z][\w'’-]*|&|and|of)){0,3}\)[ \xa0]+"
    rf"{COMPANY_SUFFIX}"
)


# Words that number a document's parts, not a firm's name ("Lot 2 Limited" would be a heading's tail).
_NUMBERING_WORDS = frozenset(
    {"lot", "phase", "item", "appendix", "section", "tier", "level", "year", "step", "stage", "option", "page", "part",
     "annex", "schedule", "table", "figure", "ward", "room", "week", "month", "quarter", "band", "grade", "no", "number",
     "paragraph", "minute", "clause", "article", "regulation", "unit", "flat", "floor", "block", "plot", "route"}
)
# A company's registration details after its name: "Registered Charity no. 123", "Company No. 456".
_REGISTRATION = r"[ \xa0]+(?:Registered|Reg\.|Company[ \xa0]+(?:No|Number|Reg))"
# A company whose registered name holds a number ("Bridge 86 Limited"), or any company name followed by its
# registration ("X Limited Registered Charity no."), which the suffix rule (no capital word after it) stops short of.
_NUMBERED_COMPANY = re.compile(
    r"(?P<name>[A-Z](?<![\w'’&.-].)[\w'’&-]*(?:[ \xa0]+(?:[A-Z][\w'’&-]*|&|and|of|\d{1,4}(?![\d,./:%-]))){0,5}"
    rf"[ \xa0]+{COMPANY_SUFFIX})"
    rf"(?:(?={_REGISTRATION})|(?![ \xa0]+[A-Z][a-z]))"
)
_SUFFIX_BEFORE_REGISTRATION = re.compile(rf"\b{COMPANY_SUFFIX}(?={_REGISTRATION})")
_REGISTRATION_AFTER = re.compile(_REGISTRATION)


def _numbered_company_candidates(text: str) -> list[Candidate]:
    """Company names holding a number, or written just before their registration details."""
    found: list[Candidate] = []
    for match in _NUMBERED_COMPANY.finditer(text):
        words = match.group("name").split()
        numbers = [i for i, w in enumerate(words) if w[0].isdigit()]
        registered = _REGISTRATION_AFTER.match(text, match.end()) is not None
        if not numbers and not registered:
            continue  # the suffix rule finds these
        if any(words[i - 1].lower().strip(".") in _NUMBERING_WORDS for i in numbers):
            continue  # "Lot 2 Limited", "Phase 3 Ltd": a numbered part run into a name
        name = match.group("name").rstrip(".")
        found.append(Candidate(match.start(), match.start() + len(name), name, "company-suffix", OrgType.COMPANY, 0.8))
    return found


def _bracketed_company_candidates(text: str) -> list[Candidate]:
    """Company names with a bracketed part, which the suffix rules (a run of capitalised words) cannot span."""
    return [Candidate(m.start(), m.end(), m.group().rstrip("."), "company-suffix", OrgType.COMPANY, 0.8)
            for m in _BRACKETED_COMPANY.finditer(text)]


def _applicant_candidates(text: str) -> list[Candidate]:
    """Applicants and providers minutes name by what they ask for or are engaged to do."""
    found = []
    for pattern in APPLICANT_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("name").rstrip(".–- ")
            found.append(Candidate(match.start("name"), match.start("name") + len(name), name, "applicant-cue",
                                   OrgType.OTHER, 0.6))
    return found


def _column_header(line: str) -> bool:
    """A flattened table header whose first column holds organisations ("Organisation Project Summary")."""
    words = line.strip().split()
    return (
        1 < len(words) <= 10
        and words[0][0].isupper()
        and 2 * sum(w[0].isupper() for w in words) >= len(words)
        and not re.search(r"\d", line)
        and any(" ".join(words[:n]).lower() in _PROVIDER_HEADERS | _APPLICANT_HEADERS for n in (1, 2))
    )


def _wrapped_column_candidates(text: str) -> list[Candidate]:
    """First-column cells of a table whose text layer wrapped each cell onto short lines.

    pdfplumber writes such a row as the cell's lines ("Friends of", "Mossy Bank") followed by the
    next column's prose; a run of short capitalised lines followed by a sentence is one cell.
    """
    found: list[Candidate] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    in_table = first_row = False
    run: list[tuple[int, str]] = []
    previous = run_follows = ""
    for start, line in lines:
        stripped = line.strip()
        if _column_header(stripped):
            # A header repeated on the next page continues the table (its first row may be prose).
            in_table, run, first_row = True, [], not in_table
            continue
        if line == "\f":
            continue  # a page break keeps the table open: its header repeats on the next page
        if re.match(r"\d{1,3}\.?[ \t]+[A-Z]", stripped) or (stripped.endswith(":") and 2 <= len(stripped.split()) <= 5):
            in_table, run = False, []
            continue  # a numbered item or a "Legal Implications:" heading ends the table
        if not in_table:
            continue
        if first_row and stripped and not all(w.lower() in _TABLE_HEADING_WORDS for w in stripped.split()):
            first_row = False
            if not _CELL_LINE.fullmatch(stripped) or len(stripped.split()) > 4:
                in_table = False  # rows written on one line ("Millmead Margate 31/03/2025 £222,127"): not wrapped
                continue
        if _CELL_LINE.fullmatch(stripped) and len(stripped.split()) <= 4 and stripped[-1] not in ".,:;":
            if not run and all(w.lower() in _TABLE_HEADING_WORDS for w in stripped.split()):
                continue  # the rest of a header wrapped onto its own lines ("Amount", "Requested")
            if not run:
                run_follows = previous
            run.append((start + line.index(stripped), stripped))
            continue
        # A run after a line ending "and" / "of" finishes the prose of the row above, not a new cell.
        if run and run_follows.split() and run_follows.split()[-1] in STOP_WORDS:
            run = run[1:]  # after a line ending "and" / "of", the first short line ends the row above's prose
        previous = stripped
        if run and len(run) <= 6 and len(stripped.split()) >= 4 and stripped[0].isupper():
            cell_start, cell_end = run[0][0], run[-1][0] + len(run[-1][1])
            name = text[cell_start:cell_end].split("(")[0].rstrip()
            found.append(Candidate(cell_start, cell_start + len(name), name, "table-applicant-column",
                                   OrgType.OTHER, 0.65))
        run = []
    return found


# "Name of Contractor" alone on its line, its value the next non-blank line: a decision form's field.
_NAME_FIELD = re.compile(
    r"(?im)^[ \t\xa0]*name[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?(?:contractor|provider|supplier|organi[sz]ation|"
    r"company|grantee|applicant|successful[ \t\xa0]+(?:bidder|tenderer))[ \t\xa0]*:?[ \t\xa0]*\n(?:[ \t\xa0]*\n)*"
    r"[ \t\xa0]*(?P<value>[A-Z][^\n]{1,79})\n"
)


def _name_field_candidates(text: str) -> list[Candidate]:
    """The value of a form's "Name of Contractor" field, its whole line ("Acme Community Business t/a Helping
    Hands")."""
    found = []
    for match in _NAME_FIELD.finditer(text):
        value = match.group("value").rstrip(" |\t\xa0")
        if value.endswith(".") and not re.search(r"\b(?:Ltd|Co|Inc)\.$", value):
            continue  # a sentence, not a name
        found.append(Candidate(match.start("value"), match.start("value") + len(value), value,
                               "table-provider-column", OrgType.OTHER, 0.65))
    return found


def _stacked_column_candidates(text: str) -> list[Candidate]:
    """The organisation column's cells of a table flattened to one cell per line ("Organisation |" ...)."""
    return [Candidate(cell.start, cell.end, cell.name, "table-provider-column", OrgType.OTHER, 0.65)
            for cell in stacked_name_cells(text, _PROVIDER_HEADERS | _APPLICANT_HEADERS)]


def _split_at_cells(found: list[Candidate], cells: list[Candidate]) -> list[Candidate]:
    """A rule match running from a table cell into the row's prose is cut at the cell's end.

    The prose part is kept only when the same rule matches it whole ("Moor Hall School" then
    "Moor Hall Primary School is seeking ..."), so no stray word becomes a name.
    """
    kept: list[Candidate] = []
    for candidate in found:
        cell = next((c for c in cells if c.start <= candidate.start < c.end < candidate.end), None)
        if cell is None or candidate.rule not in RULES_BY_NAME:
            kept.append(candidate)
            continue
        rest = candidate.text[cell.end - candidate.start:]
        rest_start = cell.end + len(rest) - len(rest.lstrip())
        rest = rest.strip()
        whole = RULES_BY_NAME[candidate.rule].pattern.fullmatch(rest)
        if whole is not None:
            kept.append(replace(candidate, start=rest_start, end=rest_start + len(rest), text=rest))
    return kept


def _spaced_column_candidates(text: str) -> list[Candidate]:
    """A provider column's cells in a table flattened with spaces ("Millmead Margate 31/03/2025 £222,127").

    The cell's end cannot be seen, so the name is the longest opening of the row that the
    document also writes elsewhere; a row whose opening is written nowhere else gives nothing.
    """
    found: list[Candidate] = []
    in_table = False
    wrapped: int | None = None  # where a name cell wrapped onto a line of its own began
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        words = line.split()
        if words and words[0].lower() in _PROVIDER_HEADERS | _APPLICANT_HEADERS and _column_header(line):
            in_table = True
            continue
        if not in_table:
            continue
        row = line.strip()
        start = match.start() + len(line) - len(line.lstrip())
        if not (_SPACED_ROW.fullmatch(row) and row[-1].isdigit()) or words[0].lower().startswith("total"):
            named = _name_before_figure(words)
            if named is not None:
                # "Northby Tree Care 2021 Silver": a year or amount is the next cell, so the name's end is seen
                first = start if wrapped is None else wrapped
                name = " ".join(text[first:start + len(named)].split())
                found.append(Candidate(first, start + len(named), name, "table-provider-column", OrgType.OTHER, 0.6))
                wrapped = None
            elif wrapped is None and _name_before_figure(words + ["2000"]) == row:
                wrapped = start  # "Northby Health and Social Care" / "Partnership Trust 2023 Silver": one cell
            else:
                in_table = False  # the first line that is not a row of values ends the table
            continue
        wrapped = None
        for size in range(min(4, len(words) - 1), 0, -1):
            opening = words[:size]
            if not all(w[0].isupper() and not re.search(r"\d|£", w) for w in opening):
                continue
            form = " ".join(opening)
            pattern = re.compile(r"(?<![\w-])" + _written_pattern(form) + r"(?![\w-])")
            if sum(1 for _ in pattern.finditer(text)) >= 2:
                found.append(Candidate(match.start(), match.start() + len(line.split(opening[-1])[0]) + len(opening[-1]),
                                       form, "table-provider-column", OrgType.OTHER, 0.6))
                break
    return found


# A cell of figures after a name in a flattened row: a year (an award's "R2022" renewal mark too) or an amount.
_FIGURE_CELL = re.compile(r"R?(?:19|20)\d\d|£?\d[\d,]*(?:\.\d+)?[km]?")


def _name_before_figure(words: list[str]) -> str | None:
    """The name opening a flattened row whose next cell is a year or amount ("Acme Group 2021 Gold"), if any."""
    figure = next((i for i, w in enumerate(words) if re.search(r"\d", w)), None)
    if figure is None or not 1 <= figure <= 8 or len(words) - figure > 5 or not _FIGURE_CELL.fullmatch(words[figure]):
        return None
    name = words[:figure]
    bracket = next((i for i, w in enumerate(name) if w.startswith("(")), len(name))
    name = name[:bracket]  # "Acme Group (formerly Acme Homes Ltd)": the name before its bracketed note
    if not name or not all(w[0].isupper() or w in {"and", "of", "the", "for", "&"} for w in name):
        return None
    if name[-1].lower() in _NUMBERING_WORDS or name[0].lower().startswith(("total", "sub-total", "subtotal")):
        return None  # "Page 10 of 25", "Total 2023": a page footer or a sum, not a name
    return " ".join(name)


def _table_candidates(text: str) -> list[Candidate]:
    """Cells of a "Provider" / "Organisation" / "Supplier" column of a tab- or pipe-separated table."""
    found: list[Candidate] = []
    column: int | None = None
    header_cells: list[str] = []
    splitter = "\t"
    offset = 0
    for line in text.split("\n"):
        splitter = "|" if line.strip().startswith("|") else "\t"
        cells = line.split(splitter)
        if len(cells) < 2:
            column = None
        else:
            headers = [c.strip().strip("*").lower() for c in cells]
            header_hit = [i for i, h in enumerate(headers) if h in _PROVIDER_HEADERS]
            if header_hit:
                column = header_hit[0]
                header_cells = cells
            elif column is not None and column < len(cells):
                index = _aligned_column(header_cells, cells, column)
                cell = cells[index]
                stripped = cell.strip().strip("*").strip()
                if stripped and stripped[0].isupper() and not re.search(r"\d{2,}|£|total", stripped, re.I):
                    start = offset + sum(len(c) + 1 for c in cells[:index]) + cell.index(stripped)
                    found.append(Candidate(start, start + len(stripped), stripped, "table-provider-column",
                                           OrgType.OTHER, 0.7))
        offset += len(line) + 1
    return found


def _aligned_column(header_cells: list[str], cells: list[str], column: int) -> int:
    """A row's cell under a header cell, when the rows hold extra empty cells the header has not ("\tName\t\t2022")."""
    filled_header = [i for i, c in enumerate(header_cells) if c.strip()]
    filled_row = [i for i, c in enumerate(cells) if c.strip()]
    if column in filled_header and len(filled_header) == len(filled_row) and not cells[column].strip():
        return filled_row[filled_header.index(column)]
    return column


# A council's list of payments: "Payee ...", "The following payments were agreed:", "Cheques for signing".
_PAYMENT_CUE = re.compile(
    r"\bPayee\b|\b(?:[Pp]ayments?|[Cc]heques?|[Ii]nvoices?)\b[^\n.:]{0,60}?\b(?:agreed|approved|approval|authorised|"
    r"signing|signed|paid|presented|made|following)\b[^\n:]{0,40}?(?::|\n|(?=[ \xa0]+[A-Z]))"
)
# An amount in pounds and pence, which ends each row of such a list ("£1,380.00", "251.60").
_PAYMENT_AMOUNT = re.compile(r"(?<![\w.,/])£?[ \xa0]?\d{1,3}(?:,?\d{3})*\.\d\d(?![\d/]|\.\d)")  # not a date "02.03.21"
# A numbered minute ends the list (rows may be a paragraph each, so a blank line does not).
_LIST_END = re.compile(r"\n[ \t]*\\?\d+(?:\.\d+)*\\?\.?[ \t]+[A-Z]")
_LONGEST_ROW = 200  # characters: a longer stretch between amounts is prose, and ends the list
# Column headings and row markers written before the first payee ("Payee Cheque No Net VAT Gross").
_PAYMENT_HEADINGS = frozenset(
    {"payee", "payees", "cheque", "cheques", "chq", "no", "no.", "number", "net", "vat", "gross", "amount", "total",
     "supplier", "details", "description", "ref", "date", "dd", "so", "bacs", "item", "items", "chq/dd", "•", "-", "–", "*", ":"}
)
# A payee's name at the start of a row: capitalised words and initials ("P & Q Lighting Services", "E.on").
_PAYEE_NAME = re.compile(
    r"(?P<name>[A-Z][\w.’'\-]*(?:[ \xa0]+(?:&[ \xa0]+)?(?:[A-Z][\w.’'\-]*|&))*)"
    r"[ \xa0]*(?:x\d+[ \xa0]*)?(?:\([^()\n]{1,60}\)|[ \xa0]+[–-][ \xa0]+[a-z][^\n]*|,[ \xa0]+[a-z][^\n]*"
    # a cell holding "Payee, what was bought" before the row's next column ("XYZ, Playing Field, May\tChq")
    r"|,[ \xa0]+[A-Z][^\n\t]*\t[^\n]*)?[ \xa0\d]*$"
)
# Last words of a trading name ("Green Lawn Services", "Ashby Grounds", "Northby Insurance").
_TRADE_HEADS = COMPANY_ENDINGS | {
    "services", "maintenance", "landscapes", "landscaping", "insurance", "energy", "lighting", "contractors",
    "associates", "sons", "grounds", "electrical", "supplies", "solutions", "engineering", "builders", "construction",
    "plumbing", "fencing", "printers", "printing"}
# Words that say what was paid for, not who ("Street Lighting Maintenance", "Grass Cutting Services").
_PURCHASE_WORDS = frozenset(
    {"street", "light", "lighting", "lights", "grass", "cutting", "grounds", "ground", "maintenance", "garden",
     "gardening", "tree", "trees", "play", "area", "equipment", "cleaning", "hall", "hire", "room", "office",
     "cemetery", "churchyard", "electricity", "electric", "water", "gas", "energy", "insurance", "printing",
     "website", "web", "it", "legal", "audit", "payroll", "services", "service", "general", "annual", "monthly",
     "repairs", "repair", "works", "supplies", "stationery", "postage", "training", "bin", "bins", "dog", "waste",
     "village", "parish", "playing", "field", "fields", "recreation", "sports", "community", "public", "internal",
     "external", "professional", "contract", "contractors", "landscaping", "fencing", "signs", "signage", "defibrillator"}
)
# Last words of what was bought, not of who sold it ("CILCA Training", "Room Hire", "Annual Subscription").
_PURCHASE_HEADS = frozenset(
    {"training", "course", "conference", "subscription", "subscriptions", "fee", "fees", "hire", "rent", "licence",
     "license", "renewal", "registration", "donation", "grant", "precept", "refund", "transfer", "salary", "wages",
     "expenses", "mileage", "remuneration", "allowance", "reimbursement", "cash", "interest", "balance", "total",
     "income", "receipts", "expenditure", "payments"}
)
# Acronyms of taxes, payment methods and columns, not of payees.
_PAYMENT_ACRONYMS = frozenset({"VAT", "PAYE", "NI", "NIC", "NICS", "BACS", "CHQ", "DD", "SO", "TFR", "CIL", "UK", "GB", "EU",
                               "CHAPS", "FPS", "PO", "INV", "REF", "TOTAL", "NET", "GROSS", "AGM", "LED", "ROSPA"})
_ROW_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})")
_INITIALS_SURNAME = re.compile(r"(?:[A-Z](?:\.[ \xa0]*|[ \xa0]+)){1,3}[A-Z][a-z][\w’'\-]*")


def _payee_candidates(text: str) -> list[Candidate]:
    """Payees a council's payment list names: the words that open a row ending in an amount.

    A row is the text between two amounts ("XYZ (grounds maintenance) £120.00 E.on ... £310.50");
    its payee counts only when its own words show a firm or body (an acronym, a trading word,
    "& Co"), never a person ("A Smith", "Mrs V Jones") or what was bought ("Room Hire").
    """
    found: list[Candidate] = []
    seen: set[int] = set()
    for cue in _PAYMENT_CUE.finditer(text):
        end = _LIST_END.search(text, cue.end())
        region_end = min(end.start() if end else len(text), cue.end() + 2500)
        row_start = cue.end()
        for amount in _PAYMENT_AMOUNT.finditer(text, cue.end(), region_end):
            row = text[row_start:amount.start()]
            offset = row_start
            row_start = amount.end()
            if len(row) > _LONGEST_ROW and offset != cue.end():
                break
            # The first row holds the column headings; rows may be bulleted.
            words = list(re.finditer(r"\S+", row))
            skip = 0
            while skip < len(words) and (
                words[skip].group().lower().strip("():") in _PAYMENT_HEADINGS or _ROW_DATE.fullmatch(words[skip].group())
            ):
                skip += 1  # headings, and a row's date ("31/03/2015 Acme Ltd, mowing ...")
            if skip == len(words) or any(w.group().lower() == "total" for w in words[:skip]):
                continue  # "TOTAL INCOME £134.00": a sum, not a row
            head = row[words[skip].start():].rstrip()
            match = _PAYEE_NAME.fullmatch(head)
            if match is None:
                continue
            name = match.group("name").rstrip(".")
            start = offset + words[skip].start()
            if start in seen or not _payee_is_body(name):
                continue
            seen.add(start)
            found.append(Candidate(start, start + len(name), name, "payee-list", OrgType.COMPANY, 0.65))
    return found


def _payee_is_body(name: str) -> bool:
    """Whether a payee's name shows a firm or a body rather than a person or a purchase."""
    words = name.split()
    lowered = [w.lower().strip("’'.") for w in words]
    if lowered[0] in _PERSON_TITLES | _ROLE_HEADS or re.search(r"[’']s$", words[0]) or len(words) > 6:
        return False  # "Mrs V Bright", "Clerk's salary"
    if _INITIALS_SURNAME.fullmatch(name) and "&" not in words:
        return False  # "A Morgan", "P. J. Williams": a person
    if lowered[-1] in _PURCHASE_HEADS or name.upper() in _PAYMENT_ACRONYMS or name in council_places():
        return False
    acronym = any(len(w) > 1 and w.isupper() and w.isalpha() and w not in _PAYMENT_ACRONYMS for w in words)
    if acronym or "&" in words:
        return True  # "XYZ", "ABC Services", "P & Q Lighting"
    if lowered[-1] in _TRADE_HEADS and len(words) >= 2:
        # a trading word after a word of its own ("Ashby Grounds"), not a description ("Street Lighting Maintenance")
        return any(w not in _PURCHASE_WORDS and w not in _GENERIC_WORDS for w in lowered[:-1])
    return False


# "Northby PC", "Southby TC": a neighbouring parish or town council by the initials of its kind.
_COUNCIL_INITIALS = re.compile(
    r"(?P<place>[A-Z](?<![\w'’&-].)[a-z][\w'’-]*(?:[ \xa0]+(?:(?:on|upon|in|under|cum|next|the|by|St\.?)[ \xa0]+)?"
    r"[A-Z][a-z][\w'’-]*){0,3})[ \xa0]+(?P<kind>PC|TC)\b(?![’']s\b|[ \xa0]*\d|[ \xa0]+[A-Z][a-z]+\b(?![ \xa0]*[,:;.]))"
)
_KINDS_BY_INITIALS = {"PC": "Parish Council", "TC": "Town Council"}
# Words before "PC" that make it a computer ("Windows PC", "Desktop PC").
_COMPUTER_WORDS = frozenset({"windows", "desktop", "laptop", "tablet", "home", "office", "gaming", "personal", "dell",
                             "lenovo", "apple", "mac", "new", "old", "council", "village", "parish", "town", "the"})


def _parish_initials_candidates(text: str) -> list[Candidate]:
    """Parish and town councils written "<Place> PC" / "<Place> TC" where the paper names such councils in full."""
    found: list[Candidate] = []
    for match in _COUNCIL_INITIALS.finditer(text):
        kind = _KINDS_BY_INITIALS[match.group("kind")]
        if not re.search(kind, text, re.IGNORECASE):
            continue  # "PC" means a parish council only in a paper about parish councils (not a computer, a constable)
        words = match.group("place").split()
        while words and (words[0].lower() in _LEADING_NOISE or words[0].lower() in STOP_WORDS):
            words = words[1:]  # "Request from Clerk at Northby PC" is cut by the regex; a sentence's "The" here
        if not words or words[-1].lower() in _COMPUTER_WORDS or words[0].lower() in _PERSON_TITLES | _ROLE_HEADS:
            continue
        place = " ".join(words)
        start = match.end("place") - len(place)
        if text[start:match.end("place")] != place:
            continue  # a line break inside the place: too loose to trust
        written = text[start:match.end()]
        found.append(Candidate(start, match.end(), written, "council-initials", OrgType.TOWN_OR_PARISH_COUNCIL, 0.75,
                               f"{place} {kind}"))
    return found


# "Southby BC", "Northby DC", "Wigby MBC": a council by its place and the initials of its kind.
_TIER_INITIALS = re.compile(
    r"(?P<place>[A-Z](?<![\w'’&-].)[a-z][\w'’-]*(?:[ \xa0]+(?:(?:and|&|on|upon|in|under|next|the)[ \xa0]+)?"
    r"[A-Z][a-z][\w'’-]*){0,3})[ \xa0]+(?P<kind>MBC|BC|DC|CC)\b(?![’'-]?\w)"
)
_TIERS_BY_INITIALS = {"BC": ("Borough Council",), "MBC": ("Borough Council",), "DC": ("District Council",),
                      "CC": ("County Council", "City Council")}


def _tier_initials_candidates(text: str) -> list[Candidate]:
    """Councils written "<Place> BC/DC/CC/MBC" where the reference table knows that place's council of that kind."""
    found: list[Candidate] = []
    places = councils_by_place()
    for match in _TIER_INITIALS.finditer(text):
        words = match.group("place").split()
        for first in range(len(words)):
            place = " ".join(words[first:]).replace("&", "and")
            tiers = _TIERS_BY_INITIALS[match.group("kind")]
            bodies = [b for b in places.get(place, ()) if b.name.endswith(tiers)]
            if len(bodies) != 1:
                continue  # an unknown place, or "CC" where both a county and a city council could be meant
            start = match.start("place") + len(match.group("place")) - len(" ".join(words[first:]))
            if text[start:match.end("place")] != " ".join(words[first:]):
                break  # a line break inside the place: too loose to trust
            written = text[start:match.end()]
            if lookup(written) is None:  # the table's own aliases ("Kent CC") are read by the reference rule
                found.append(Candidate(start, match.end(), written, "council-initials", bodies[0].org_type, 0.8,
                                       bodies[0].name, bodies[0].code))
            break
    return found


# The end of a statute's or instrument's title: "Local Government Act 1972", "... (England) Regulations 2012".
_LEGISLATION = re.compile(r"\b(?:Act|Regulations|Order)(?:\s+\d{4})?$")


# Stop words that open a sentence's phrase wherever they stand, capitalised or not: never a name's own first word.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her",
                             "my", "your", "all", "any", "each", "every", "some", "no", "and", "or", "but", "if", "as",
                             "of", "in", "on", "at", "by", "for", "from", "to", "with", "under", "after", "before"})
_LOWER_WORD_BEFORE = re.compile(r"[a-z][ \xa0]\Z")


def _capitalised_mid_sentence(word: str, source: str, start: int) -> bool:
    """Whether a stop word ("Everyone", "Together") opens a name: capitalised right after a lower-case word, where
    only a name's own word is capitalised (a function word, "The", "Our", stays a sentence's)."""
    return (word[:1].isupper() and word.lower() in STOP_WORDS and word.lower() not in _FUNCTION_WORDS
            and word.lower() not in _LEADING_NOISE
            and _LOWER_WORD_BEFORE.search(source, max(0, start - 2), start) is not None)


# An upper-case acronym and "and" opening a suffix rule's match: "NCC and Northamptonshire Teaching PCT".
_ACRONYM_AND = re.compile(r"^([A-Z]{2,6})[ \xa0]+(?:and|&)[ \xa0]+(?=[A-Z][a-z])")


_CONNECTORS = frozenset({"and", "&", "of", "for", "the", "on", "upon", "in"})
"""Words that join a name's parts: never where a name starts, never noise to cut inside one."""


@lru_cache(maxsize=1)
def _people_and_pattern() -> re.Pattern[str]:
    """A group of people served, capitalised, then "and" before a body named by its council area ("Adults and
    Sandwell Children's Trust"); not "Children and Families Trust", a name of its own."""
    return re.compile(
        r"^(?:Adults|Children|Young[ \xa0]+People|Carers|Families|Parents|Residents|Patients|Tenants|Pupils|Students|"
        rf"Veterans)[ \xa0]+(?:and|&)[ \xa0]+(?=(?:{_places_alternation()})[ \xa0])")


def _clean(candidate: Candidate, source: str) -> Candidate | None:
    """Trim heading and sentence words off the front of a match; drop what is not a named body."""
    if candidate.rule in _TABLE_RESOLVED_RULES:
        return candidate
    candidate = _undouble(candidate)
    candidate = _trim_to_known_body(candidate)
    if candidate.rule == "government-prefix":
        candidate = _cut_to_known_opening(candidate)
    # A closing quote is not part of a name: "the partnership with Northumbria Healthcare’ on 3 May".
    text = candidate.text.rstrip("*").rstrip().rstrip("'’\"”").rstrip()
    registration = _SUFFIX_BEFORE_REGISTRATION.search(text)
    if registration is not None:
        text = text[: registration.end()]  # "Acme Limited Registered Charity 123": the name ends at its suffix
    instrument = _INSTRUMENT_BEFORE.match(text)
    if instrument is not None and instrument.end() < len(text):
        # "Fixed Rate Covered Bond Northby Building Society": a treasury table's instrument cell glued to the issuer
        candidate = replace(candidate, start=candidate.start + instrument.end())
        text = text[instrument.end():]
    people_first = _people_and_pattern().match(text)
    if people_first is not None:
        # "services required by Adults and Sandwell Children's Trust": the people served open a list of two
        candidate = replace(candidate, start=candidate.start + people_first.end())
        text = text[people_first.end():]
    acronym_first = _ACRONYM_AND.match(text)
    if (acronym_first is not None and candidate.rule.endswith("-suffix")
            and acronym_first.group(1).title() not in COMPASS_WORDS):
        # "between NCC and Northamptonshire Teaching Primary Care Trust": an acronym and "and" open a list of two
        # bodies; the suffix belongs to the second
        candidate = replace(candidate, start=candidate.start + acronym_first.end())
        text = text[acronym_first.end():]
    if _LEGISLATION.search(text):
        return None  # "provided by the Local Government Act 1972": a statute, never a body
    if text in COMPASS_WORDS:
        return None  # "with North and North East Lincolnshire": the first place's compass word, cut from its place
    if candidate.rule == "uk-suffix" and _FUND_WORDS_AFTER.match(source, candidate.start + len(text)):
        return None  # "Acme UK Equity Income Fund": a fund's name, not a body called "Acme UK"
    if candidate.rule in _APPLICANT_RULES:
        # "a proposal from the DH. West Berkshire was ...": a full stop and a space end the sentence.
        stop = re.search(r"(?<!\bSt)\.\s", text)
        if stop:
            text = text[: stop.start()]
    if candidate.rule == "nhs-trust-suffix" and (acronym := _ACRONYM_AND.match(text)) is not None:
        # "AWP and Devon Partnership NHS Trust": a trust's name opens with its place, never another body's initials
        candidate = replace(candidate, start=candidate.start + acronym.end())
        text = text[acronym.end():]
    if candidate.rule == "nhs-trust-suffix":
        # "Contract Extension for the Oxleas NHS Trust": no NHS trust's name holds "for the" / "of the".
        joined = list(re.finditer(r"\s(?:for|of)\s+the\s+", text))
        if joined:
            cut = joined[-1].end()
            candidate = replace(candidate, start=candidate.start + cut)
            text = text[cut:]
    short = CCG_BY_INITIALS.search(text) if candidate.rule in {"ccg-suffix", "icb-suffix"} else None
    if short is not None and short.start() > 0 and not text.isupper():
        # "Managing Director CL CCG", "Service Redesign & Transformation CL CCG": a CCG written by its initials has
        # no more words; those before them are a post or a team
        candidate = replace(candidate, start=candidate.start + short.start())
        text = text[short.start():]
    if candidate.rule in {"government-prefix", "university-prefix"} and (owner := _OWNER_S.search(text)):
        # "the Department of Health’s review": a department or university is never named with a possessive
        text = text[:owner.start()]
        candidate = replace(candidate, end=candidate.start + len(text))
    lead = _THING_FOR.match(text) if candidate.rule in _NAMED_HEAD_RULES else None
    if lead is not None:
        # "Public Health Grant for St Luke's Hospice": a grant, contract or programme is for the body after it
        candidate = replace(candidate, start=candidate.start + lead.end())
        text = text[lead.end():]
    row_tail = (candidate.rule in _ROW_TAIL_RULES and "\n" in text and " " not in text[: text.index("\n")].strip()
                and _FIGURE_THEN_WORD.search(source, max(0, candidate.start - 30), candidate.start) is not None)
    if "\n" in text and (candidate.rule in _ROW_SAFE_RULES or row_tail):
        # "2023 Gold\nKent Fire and Rescue Service": a word ending a row of figures is that row's, not the name's.
        row_start = source.rfind("\n", 0, candidate.start) + 1
        rest = text[text.index("\n") + 1:]
        if re.search(r"\d", source[row_start:candidate.start]) and RULES_BY_NAME[candidate.rule].pattern.fullmatch(rest):
            candidate = replace(candidate, start=candidate.start + len(text) - len(rest), text=rest)
            text = rest
    venue = _VENUE_LINE_END.match(text) if candidate.rule in RULES_BY_NAME else None
    if venue is not None and RULES_BY_NAME[candidate.rule].pattern.fullmatch(text[venue.end():]):
        # "in Meeting Room C, King Square House\nNorthby PCT to Chair": a venue's building ends its line; the body
        # named on the next line is a name of its own
        candidate = replace(candidate, start=candidate.start + venue.end(), text=text[venue.end():])
        text = candidate.text
    branch = _BRANCH_OF.match(text)
    if branch is not None and branch.end() < len(text):
        # "Northby Branch of the Royal Naval Association": a branch is part of the body, which is named once
        candidate = replace(candidate, start=candidate.start + branch.end())
        text = text[branch.end():]
    if "\n" in text and source[candidate.start - 1:candidate.start] == "/":
        # "Baby Bank/Toy Library\nCraft Club": a list of services one a line, "/" joining two of one item;
        # the match glued items together, and the next line alone is a service's name as likely as a body's
        return None
    if candidate.rule in _CUE_RULES and _COMMITTEE_ACRONYM.fullmatch(text) and lookup(text) is None and re.search(
        rf"\b{re.escape(text)}[ \xa0]+(?:Cabinet[ \xa0]+)?(?:Committee|Sub-Committee|Directorate|Scrutiny)\b", source
    ):
        return None  # "data provided by HCE" where the paper also writes "HCE Cabinet Committee": a council's part
    if candidate.rule == "voluntary-head-suffix" and _NAME_GOES_ON_AFTER.match(source, candidate.start + len(text)):
        return None  # "Royal School of Northby Crafts": the name goes on past the head word; half would mislead
    if "\n" in text and candidate.rule != "reference-table":
        # A match starting on a table row that wraps is a header cell glued to the next row's name.
        row_start = source.rfind("\n", 0, candidate.start) + 1
        first_line = source[row_start : candidate.start + text.index("\n")]
        # "Organisation Year Level\nAcme Ltd 2022": a flattened table's header line is not the first row's name
        if "\t" in first_line or (_column_header(first_line) and first_line.split()[0].lower() in _PROVIDER_HEADERS):
            cut_at = text.rindex("\n") + 1
            cut_at += len(text[cut_at:]) - len(text[cut_at:].lstrip())
            candidate = replace(candidate, start=candidate.start + cut_at, text=text[cut_at:])
            text = candidate.text
    words = list(re.finditer(r"\S+", text))
    # In a trust's or charity's name written all in capitals its joining words are capitals too ("UNIVERSITY
    # HOSPITALS OF NORTHBY NHS FOUNDATION TRUST"); a council heading's "LEADER OF THE COUNCIL" is still cut.
    capitals = candidate.rule == "caps-head-suffix" and text.isupper()

    def connector(word: str) -> bool:
        return (word.lower() if capitals else word) in _CONNECTORS

    cut = 0
    for index, word in enumerate(words[:-1]):
        lower = word.group().lower().strip("*(")
        if lower in _MEMBERSHIP_HEADS and index > 0:
            break  # the words after "Association of" name its members: "Local Councils" is not noise
        is_connector = connector(word.group())
        if lower == "all" and words[index + 1].group().lower() in _ALL_NAMES:
            break  # "All Saints Academy", "All Souls Church": "All" is the name's own word
        if candidate.rule in _BOUNDED_RULES and lower != "the":
            break  # a cell's or row's bounds are known: "Four Oaks ...", "Green Lawn Services" keep their first word
        # "the March County Council meeting", "the Budget County Council": a meeting of the council, named
        # by its month or business (no county is called March; the town's council is a Town Council)
        month_meeting = lower in {"march", "budget"} and words[index + 1].group().lower() in {"county", "council"}
        # A bullet's verb opens the match or a line ("Sub-Committee\nSupport Northby ..."); inside a name on
        # one line it is the name's own word ("Greenway Support Ltd", "Carers Support Trust").
        line_start = text[: word.start()].rstrip(" \t\xa0*•-").endswith("\n")
        opening_only = lower in _BULLET_VERBS and lower not in STOP_WORDS and not line_start
        if index == cut and _brand_your(word.group(), candidate, source, word.start()):
            break  # "the Your Choice (Northby) Limited contract": "Your" is the company's own word
        if index == 0 and _capitalised_mid_sentence(word.group(), source, candidate.start):
            break  # "a contract with Everyone Active (SLM) Ltd": a word such as "Everyone" capitalised mid-sentence
        if not is_connector and (lower in STOP_WORDS or lower in _LEADING_NOISE or month_meeting) and (
            index == cut or (candidate.rule not in _CUE_RULES and not opening_only)
        ):
            cut = index + 1
    # A name cannot start with a lowercase connector left over from the cut.
    while cut < len(words) and connector(words[cut].group()):
        cut += 1
    if cut >= len(words):
        return None
    start = candidate.start + words[cut].start()
    text = text[words[cut].start():]
    if _DECIMAL_CUT.search(text) and re.match(r"\.\d", source[start + len(text):start + len(text) + 2]):
        text = _DECIMAL_CUT.sub("", text)  # "provided by The Education People 4.0 4.3": a figure, not the name's
    if candidate.rule.startswith("council-suffix"):
        acronyms = _leading_acronyms(text, candidate.rule)
        start, text = start + acronyms, text[acronyms:]
    post = _after_post_title(text, candidate.rule)
    if post is None:
        return None  # "Chief Executive of the Partnership": a post, and no body's name after it
    start, text = start + post, text[post:]
    initial = _INITIAL_JUST_BEFORE.search(source, max(0, start - 4), start)
    if initial is not None and _public_body_rule(candidate.rule):
        # "SBC A Patel Southby CCG": the rule began after the initial; read the person from it
        person = _after_person_name(source[initial.start():start] + text, candidate.rule)
        if person is None and initial.group().strip(". \xa0") not in {"A", "I"}:
            return None
        if person:
            cut = person - (start - initial.start())
            start, text = start + cut, text[cut:]
    person = _after_person_name(text, candidate.rule)
    if person is None:
        return None  # "D Smith Northby" with no body's name after the person: never keep a person in a name
    start, text = start + person, text[person:]
    lowered = [w.lower().strip("'’*") for w in text.split()]
    if lowered[0] in _PERSON_TITLES or text.lower() in _PRODUCTS:
        return None
    if candidate.rule in _FIRM_RULES and _HYPHEN_AFTER.match(source, start + len(text)):
        return None  # "Strategic Commissioner and Co-Chair": "Co" opens a hyphened word, not a firm's "& Co"
    end = start + len(text)
    known = lookup(text) is not None
    if candidate.rule.startswith("council-suffix") and not known and _NOT_A_COUNCIL_AFTER.match(source, end):
        return None  # "the ASC council tax levy", "Ask for: Jo Bloggs\nCouncil Chamber": a tax or a room, not a council
    lines = text.split("\n")
    if (candidate.rule.startswith("council-suffix") and not known and len(lines) == 2 and lines[1].strip() == "Council"
            and len(lines[0].split()) == 1 and re.match(r"[ \xa0]+[a-z]", source[end:end + 3])):
        return None  # "Menu\nCouncil meetings": a page's navigation word over a heading, not a council's name
    if not known and _PERSON_TITLE_BEFORE.search(source, max(0, start - 20), start):
        return None  # "Seconded by Mrs Jo Bloggs\nCounty Council is asked": a person's name run on into the next line
    if not known and candidate.rule not in _CUE_RULES and _INDEFINITE_BEFORE.search(source, max(0, start - 10), start):
        return None  # "a Northshire Primary School pupil": any one of a kind, not a named body
    if _POSSESSIVE_BEFORE.search(source, max(0, start - 30), start):
        return None  # "Doctors’ Association UK": the name began before the possessive, cut short here
    if _FOREIGN_PARTICLE_AFTER.match(source, end):
        return None  # "the Department of Pas de Calais": a foreign name cut short at its particle
    if candidate.rule == "government-prefix" and _FOREIGN_PARTICLE_AFTER.search(text):
        return None  # "the Department of Pas de Calais" whole: a French département, no UK government department
    if candidate.rule == "brand-with-digits" and _numbering_not_brand(text, source, end):
        return None  # "Cat1 and Cat 2 defects", "Transferred Debt1 27.8": a numbered category or a footnote
    if candidate.rule == "council-suffix" and _COLLECTIVE_AFTER.match(source, start + len(text)) and lookup(text) is None:
        return None  # "the Northshire Council Leaders": the leaders of a county's councils, not a body of that name
    if candidate.rule.startswith("council-suffix") and _misspelt_tier(lowered):
        return None  # "the Couty Council": a typo of a kind of council names no council; guessing which is worse
    bare = [w.strip("’'.,").replace("’s", "").replace("'s", "") for w in lowered]
    if candidate.rule.startswith("council-suffix") and any(w in _FORUM_WORDS for w in bare[:-1]):
        return None  # "Children in Care Council", "Young People's Council": a forum of people, not a council
    if candidate.rule == "gp-practice-suffix" and any(w in _NOT_PRACTICE_WORDS for w in bare):
        return None  # "Day Surgery", "Ward Surgery": an operation or a councillor's surgery, not a GP practice
    if candidate.rule == "company-suffix" and lowered[-1].strip(".") in {"cic", "c.i.c"} and (
        " ".join(text.split()[:-1]) in council_places()
    ):
        return None  # "Kent CIC": "children in care" of a place, not a community interest company
    if candidate.rule == "council-prefix" and _PLACE_NOT_COUNCIL.match(text) and lookup(text) is None and (
        not _PARTY_BEFORE.search(source, max(0, start - 80), start)
    ):
        return None  # "in the City of Southampton": a place; only "City of Westminster" and the like name councils
    if candidate.rule == "healthwatch" and len(lowered) > 1 and lowered[-1] in _POPULATION_HEADS | _ROLE_HEADS:
        return None  # "Local Healthwatch Representatives": people, not the body
    after = _WORD_AFTER.match(source, start + len(text)) if text == "Healthwatch" else None
    word = after["word"] if after is not None else ""
    if word.lower() in _COMMISSIONED_HEADS or (word[:1].islower() and word in _POPULATION_HEADS | _ROLE_HEADS):
        # "the ICB, Healthcare Providers and Healthwatch organisations", "the local Healthwatch organisation",
        # "a Healthwatch service": a kind of body or what is bought, not one body
        return None
    if candidate.rule == "healthwatch" and text == "Healthwatch":
        area = _comma_area_pattern().match(source, start + len(text))
        if area is not None:
            text = source[start:area.end()]  # "Healthwatch, Northby and Southby" in a list of members: the local body
    if candidate.rule in {"icb-suffix", "ccg-suffix"} and _POSSESSIVE_BEFORE_NHS_HEAD.search(text):
        return None  # "Looked After Children's Integrated Care Board report": ICBs and CCGs are named after places
    listed = candidate.rule in _LISTED_RULES
    # A list or cue item must hold one specific word; a suffix rule's words before its suffix must.
    named_part = lowered if listed or candidate.rule.endswith("-prefix") or candidate.rule == "payee-list" else lowered[:-1]
    if listed and len(lowered) > 1 and lowered[-1].strip(".") in _COMPANY_SUFFIX_WORDS:
        named_part = lowered[:-1]  # "contract with Change, Grow, Live Services Limited": "Services Limited" is no name
    generic = _GENERIC_WORDS
    if candidate.rule == "emergency-service-suffix":
        generic = _GENERIC_WORDS | {"fire", "rescue", "ambulance", "emergency", "accident", "search", "air", "sea"}
    if candidate.rule == "authority-suffix":
        # "the Mayoral Combined Authority", "a Strategic Fire Authority": kinds of authority, not one named
        generic = _GENERIC_WORDS | {"fire", "rescue", "combined", "national", "park", "police", "mayoral", "strategic",
                                    "regional", "sub-regional", "proposed", "shadow", "future", "new", "existing"}
    if candidate.rule == "voluntary-head-suffix":
        generic = _GENERIC_WORDS | _KIND_WORDS | _VOLUNTARY_HEAD_WORDS  # "Primary School and Sports Club"
    if candidate.rule == "gp-practice-suffix":
        generic = _GENERIC_WORDS | {"gp", "gps", "medical", "health", "dental", "family", "village", "main", "branch"}
    if candidate.rule not in {"healthwatch", "bbc", "brand-with-digits", "nhs-place", "csu-suffix", "council-acronym"} and all(
        w in generic or w in STOP_WORDS or w in {"and", "&"} for w in named_part
    ):
        return None
    if listed and re.fullmatch(r"[A-Za-z]+['’]s", text.split()[0]) and bare[0] in _GENERIC_WORDS | _NON_ORG_HEADS:
        return None  # "a proposal from the Government's Working Party": a generic body's own group, not a name
    if listed:
        # A cell under an "Organisation" heading names a body even when it ends "Service" or "Project".
        # So does the party a grant, contract or lease goes to ("awarded to Northby Garden Services").
        in_column = candidate.rule in {"table-applicant-column", "table-provider-column", "party-cue"}
        heads = _NON_ORG_HEADS - _COLUMN_HEADS if in_column else _NON_ORG_HEADS
        longest = 8 if in_column else 6
        if lowered[-1] in heads or len(lowered) > longest or re.search(r"\d", lowered[0]):
            return None
        if lowered[-1] in _ROLE_HEADS:
            return None  # "agreement with the Chief Operating Officer of ...": a post, not a body
        if candidate.rule == "applicant-cue" and lowered[-1] in _POPULATION_HEADS:
            return None  # "applications from the Armed Forces Community": people, not a body
        if candidate.rule in _APPLICANT_RULES and not _looks_like_body(text):
            return None
        if text.isupper() and _defined_as_non_org(text, source):
            return None  # "Integrated Community Equipment Service (ICES)": the acronym of a service
        if len(lowered) == 1 and (lowered[0] in STOP_WORDS or len(lowered[0]) < 3):
            return None
        if re.sub(r"\s+", " ", text) in council_places():
            return None  # "hosted by Leeds and Bradford", "West Kent": a place; which body of it is a guess
        if lowered[-1] in _COMMON_NOUN_HEADS:
            return None  # "contracts with Voluntary Sector", "in partnership with Districts and Boroughs"
    if text[:1].islower():
        return None  # "The clinical commissioning group agreed": the sentence's "The" trimmed, no name is left
    nhs_trust = _CAPITALS_NHS_TRUST.search(text) if candidate.rule == "caps-head-suffix" else None
    if nhs_trust is not None:
        # "UNIVERSITY HOSPITALS OF NORTHBY NHS FOUNDATION TRUST" heading a board paper: an NHS trust, no charity
        kind = OrgType.NHS_FOUNDATION_TRUST if nhs_trust.group(1) else OrgType.NHS_TRUST
        candidate = replace(candidate, org_type=kind)
    return replace(candidate, start=start, end=start + len(text), text=text)


_CAPITALS_NHS_TRUST = re.compile(r"\bNHS\s+(FOUNDATION\s+)?TRUST$")


_FIRM_RULES = frozenset({"firm-suffix", "company-suffix"})


def _brand_your(word: str, candidate: Candidate, source: str, offset: int) -> bool:
    """Whether a capital "Your" opens a company's registered name inside a sentence, not the sentence itself."""
    at = candidate.start + offset
    return (word == "Your" and candidate.rule in _FIRM_RULES
            and re.search(r"\b[a-z][\w'’]*[ \xa0]+$", source[max(0, at - 30):at]) is not None)
# A party's role just before "the City of X": an agreement made with it, or work it does for others, is a
# body's (the corporation or council), where "in the City of X" is only a place.
_PARTY_BEFORE = re.compile(
    r"\b(?:(?:[Aa]greements?|[Cc]ontracts?|[Pp]artnership|[Aa]rrangements?|SLA|MOU|[Mm]emorandum)"
    r"(?:[ \xa0]+\([A-Z]{2,6}\))?[ \xa0]+with|on[ \xa0]+behalf[ \xa0]+of|(?:led|hosted|provided|commissioned|delivered)"
    r"[ \xa0]+by)[ \xa0]+the[ \xa0]+$"
)
_HYPHEN_AFTER = re.compile(r"-[A-Za-z]")
# Words that open a post's title before "of"/"for" and the body that employs it ("Chief Officer of ...").
_POST_OPENERS = _ROLE_HEADS | {"chief", "senior", "principal", "strategic", "managing", "accountable", "medical"}
_POST_JOINT = re.compile(r"[ \xa0\n]+(?:of|for|at)[ \xa0\n]+(?:the[ \xa0\n]+)?")
# Rules for councils and NHS bodies: their names hold no person, so an initial and a surname inside one
# is a membership list's row run on into the body's name ("NBC D Smith Northby CCG").
_PUBLIC_BODY_RULES = frozenset(
    {"ccg-suffix", "icb-suffix", "ico-suffix", "nhs-trust-suffix", "pct-suffix", "csu-suffix", "healthwatch",
     "council-prefix"}
)
_INITIAL_AND_SURNAME = re.compile(r"[A-Z](?<![\w'’&-].)\.?[ \xa0]+[A-Z][a-z][\w'’-]*[ \xa0\n]+")


def _names_body(rest: str, rule: str) -> bool:
    """Whether `rest` is a whole body's name by the rule that found the longer match, or by the table."""
    pattern = RULES_BY_NAME[rule].pattern if rule in RULES_BY_NAME else None
    return rest[:1].isupper() and ((pattern is not None and pattern.fullmatch(rest) is not None) or _known_body(rest) is not None)


def _after_post_title(text: str, rule: str) -> int | None:
    """Where the body's name starts after a post's title ("Director of Public Health for Northshire County Council");
    0 when the text opens with no post, None when it is a post with no body's name after it."""
    words = text.split()
    if rule == "reference-table" or not words or words[0].lower().strip("'’") not in _POST_OPENERS:
        return 0
    # The last joint that leaves a body's name: "Director of Public Health for ..." is cut after "for", not "of".
    for joint in reversed(list(_POST_JOINT.finditer(text))):
        if not any(w.lower() in _ROLE_HEADS for w in text[: joint.start()].split()):
            continue
        if _names_body(text[joint.end():], rule):
            return joint.end()
    if any(w.lower().strip("'’") in _ROLE_HEADS for w in words[:3]) and _POST_JOINT.search(text):
        return None
    return 0


# Acronyms that open bodies' own names ("UK Youth Council", "NHS Northby"): never a list's column run into one.
_NAME_ACRONYMS = frozenset({"UK", "NHS", "GB", "BBC", "HM", "EU"})


def _leading_acronyms(text: str, rule: str) -> int:
    """Where a council's name starts after an acronym run into it ("EOM\nNorthby Parish Council", "NBC Northby
    Council"): a council's own name opens with its place; a name in capitals throughout is kept whole."""
    words = list(re.finditer(r"\S+", text))
    cut = 0
    for index, word in enumerate(words[:-2]):
        rest = text[words[index + 1].start():]
        acronym = word.group()
        if not (acronym.isupper() and len(acronym) > 1 and acronym.isalpha()) or acronym in _NAME_ACRONYMS or rest.isupper():
            break
        # the place that opens the council's own name is a word written in title case ("Northby"), not "N"
        if re.fullmatch(r"[A-Z][a-z][\w'’-]*", words[index + 1].group()) and _names_body(rest, rule):
            cut = words[index + 1].start()
    return cut


_INITIAL_JUST_BEFORE = re.compile(r"(?<![\w'’&.-])[A-Z]\.?[ \xa0]+$")


def _public_body_rule(rule: str) -> bool:
    return rule in _PUBLIC_BODY_RULES or rule.startswith("council-suffix")


def _after_person_name(text: str, rule: str) -> int | None:
    """Where a council's or NHS body's name starts after a person's initial and surname run into it; 0 when
    there is none, None when no body's name follows the person."""
    if not _public_body_rule(rule):
        return 0
    people = list(_INITIAL_AND_SURNAME.finditer(text))
    if not people:
        return 0
    rest = text[people[-1].end():]
    return people[-1].end() if _names_body(rest, rule) else None


# A number ending a match that the text continues as a decimal ("The Education People 4.0").
_DECIMAL_CUT = re.compile(r"[ \xa0]+\d+$")
# Last words of a cue's capitalised phrase that name a kind of thing or people, never one body.
_COMMON_NOUN_HEADS = frozenset(
    {"sector", "clinics", "clinic", "districts", "boroughs", "counties", "family", "families", "towns", "parishes",
     "villages"}
)
# What follows "Council" when it is council tax or the council's meeting room, not a council.
_NOT_A_COUNCIL_AFTER = re.compile(r"[ \xa0\n]+(?:[Tt]ax|TAX|[Cc]hambers?)\b")
# A person's title just before a match: the match starts with that person's name.
_PERSON_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lt|Col|Capt|Captain|Colonel|Major|Rev|Revd)\.?[ \xa0]+$"
)
# "a"/"an" just before a match: one of a kind ("a Kent Primary School pupil"), not a named body.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)[ \xa0]+$")
# A plural possessive just before a match ("Doctors’ Association UK"): the name starts earlier.
_POSSESSIVE_BEFORE = re.compile(r"[a-z]s[’'][ \xa0]+$")
# "<Place> Branch of the <Body>": the words before the body a branch belongs to.
_BRANCH_OF = re.compile(r"(?:[A-Z][\w'’&-]*\s+){0,3}Branch\s+of\s+(?:the\s+)?(?=[A-Z])")
_COMMITTEE_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
# " of <Capitalised word>" after a head word: the name goes on ("School of Nursing").
_NAME_GOES_ON_AFTER = re.compile(r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?[A-Z][a-z]")
# French and other foreign particles continuing a name ("Pas de Calais", "Conseil de ...").
_FOREIGN_PARTICLE_AFTER = re.compile(r"[ \xa0]+(?:de|du|des|la|le)[ \xa0]+[A-Z]")
_BRAND_PARTS = re.compile(r"(?P<word>[A-Za-z]+)(?P<number>\d+)")
# A row's figures after a label: "Transferred Debt1 27.8 26.6".
_FIGURES_AFTER = re.compile(r"[ \t]+-?\(?\d[\d,]*\.\d")


def _numbering_not_brand(text: str, source: str, end: int) -> bool:
    """A word with a digit that numbers a category ("Cat 2" elsewhere) or a footnote before a row's figures."""
    parts = _BRAND_PARTS.fullmatch(text)
    if parts is None:
        return False
    if re.search(rf"\b{parts['word']}[ \xa0]+\d", source):
        return True
    return len(parts["number"]) == 1 and _FIGURES_AFTER.match(source, end) is not None


# An investment instrument written before its issuer in a treasury table ("Floating Rate Covered Bond").
_INSTRUMENT_BEFORE = re.compile(
    r"(?:(?:Fixed|Floating|Variable)\s+Rate\s+(?:Covered\s+)?|Covered\s+)(?:Bonds?|Notes?|Deposits?)\s+(?=[A-Z])"
)
# Words after "<Manager> UK" that make it a fund's name ("UK Equity Income Fund", "UK Property Fund").
_FUND_WORDS_AFTER = re.compile(
    r"[ \xa0]+(?:Equity|Equities|Income|Property|Gilts?|Bonds?|Growth|Index|Smaller|Corporate|Absolute|Dividend|"
    r"Tracker|Opportunities|Select|Fund|Funds)\b"
)
# People of several councils named after a council-like phrase ("Northshire Council Leaders").
_COLLECTIVE_AFTER = re.compile(r"(?:[ \xa0]*\n[ \xa0]*|[ \xa0]+)(?:Leaders|Chief[ \xa0]+Executives|Clerks)\b")
# Words that say which tier a council is; a name word one letter off one of these is a typo of it.
_TIER_WORDS = ("county", "borough", "district", "city", "town", "parish", "village", "community", "metropolitan")


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns `a` into `b` (and they differ)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt_tier(lowered: list[str]) -> bool:
    """Whether the word before "Council" is a tier word misspelt ("Couty", "Burough") rather than a place."""
    if len(lowered) < 2 or lowered[-1].strip(".,;:") != "council":
        return False
    word = lowered[-2]
    return len(word) >= 4 and any(word[0] == tier[0] and _one_edit_apart(word, tier) for tier in _TIER_WORDS)


def _defined_as_non_org(acronym: str, source: str) -> bool:
    """Whether the text spells the acronym out as a committee, service, programme or the like."""
    # Not acronyms.find_acronyms: only the word before the bracket matters here, so a definition
    # counts even when its initials do not spell the acronym or the acronym holds digits or "&".
    definition = re.search(rf"([A-Za-z][\w'’]*)[ \xa0]*\([ \xa0]*{re.escape(acronym)}[ \xa0]*\)", source)
    return definition is not None and definition.group(1).lower() in _NON_ORG_HEADS


def _looks_like_body(name: str) -> bool:
    """Not a person ("Zoe Smith") or a post ("Assistant Town Clerk"): two plain words are taken for a person."""
    words = name.split()
    lowered = [w.lower().strip("'’.,") for w in words]
    if lowered[-1] in _ROLE_HEADS or lowered[0] in _ROLE_HEADS:
        return False
    has_mark = any(w.isupper() and len(w) > 1 for w in words) or any(
        w in {"of", "and", "&"} for w in lowered
    ) or lowered[-1] in _VOLUNTARY_HEAD_WORDS
    return has_mark or len(words) >= 3


def _undouble(candidate: Candidate) -> Candidate:
    """A table cell's name run on into prose that repeats it ("X Charity X Charity is seeking") keeps one."""
    words = list(re.finditer(r"\S+", candidate.text))
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and [w.group() for w in words[:half]] == [w.group() for w in words[half:]]:
        return replace(candidate, end=candidate.start + words[half - 1].end(), text=candidate.text[: words[half - 1].end()])
    # "NORTHSHIRE COUNTY COUNCIL\nCOUNTY COUNCIL": a heading's meeting name repeats the body's kind words
    for size in (2, 3):
        tail = [w.group().lower() for w in words[-size:]]
        if len(words) > 2 * size and tail == [w.group().lower() for w in words[-2 * size : -size]]:
            cut = words[-size - 1].end()
            return replace(candidate, end=candidate.start + cut, text=candidate.text[:cut])
    return candidate


def _trim_to_known_body(candidate: Candidate) -> Candidate:
    """A title-case heading glued to a known body ("Impact of Kent County Council") keeps only the body."""
    whole = _known_body(candidate.text)
    words = list(re.finditer(r"\S+", candidate.text))
    for word in words[1:]:
        rest = candidate.text[word.start():]
        known = _known_body(rest)
        # not another body inside one the table knows whole ("North East London Foundation Trust", not "East London ...")
        if known is not None and whole in (None, known):
            return replace(candidate, start=candidate.start + word.start(), text=rest)
    return candidate


def _cut_to_known_opening(candidate: Candidate) -> Candidate:
    """A department's name run on into what it issued ("Department of Health Circular, HS2001") or what it funds
    ("Department of Health and Social Care for the Workforce Capacity Fund") keeps the body the table knows at its
    opening, unless the name goes on with "and"/"&" ("... Health and Social Care") or "for" without "the"."""
    if _known_body(candidate.text) is not None:
        return candidate
    words = list(re.finditer(r"[^\s,]+", candidate.text))
    for word in reversed(words[1:-1]):
        head = candidate.text[:word.end()]
        rest = candidate.text[word.end():].lstrip(" ,")
        if _known_body(head) is not None and (rest.split()[0].lower() not in {"and", "&", "of", "for"}
                                              or re.match(r"for\s+the\s", rest)):
            return replace(candidate, end=candidate.start + len(head), text=head)
    return candidate


def _extend_to_longer_forms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name cut short where the paper goes on to write a longer name found elsewhere in it takes that name.

    "West Yorkshire Association of Acute Trusts Committee in Common": a heading's run of capitals stops the rule at
    "Association", while the sentence below names "the West Yorkshire Association of Acute Trusts (WYAAT)".
    """
    forms = sorted({" ".join(c.text.split()) for c in candidates}, key=len, reverse=True)
    extended: list[Candidate] = []
    for candidate in candidates:
        short = " ".join(candidate.text.split())
        for form in forms:
            if len(form) <= len(short) or not form.startswith(short + " "):
                continue
            match = re.compile(_written_pattern(form) + r"(?![\w-])").match(text, candidate.start)
            if match is not None:
                candidate = replace(candidate, end=match.end(), text=match.group())
                break
        extended.append(candidate)
    return extended


def _drop_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Where spans overlap keep the longest (the reference table wins a tie)."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.rule != "reference-table", c.start))
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in ordered:
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        kept.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(kept, key=lambda c: c.start)


def _group_key(name: str) -> tuple[str, ...]:
    """Words compared for grouping: as the scorer's, with a plural "s" ignored ("Catalyst(s)")."""
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name_words(name))


# "Westfield Academy and Greenhill Primary School": two institutions, the first ending in its own head word.
_INSTITUTION_THEN_AND = re.compile(
    r"\b(?:Church|Chapel|Mosque|Synagogue|Temple|School|Academy|College|Club|FC|Hospice|Surgery)"
    r"(?P<joint>[ \xa0]+(?:and|&)[ \xa0]+)(?=[A-Z])")


# Rules that read an institution by its head word, which also names its building ("Northby Health Centre").
_INSTITUTION_RULES = frozenset({"gp-practice-suffix", "voluntary-head-suffix", "college-of-place"})
# A lowercase noun of a building or its works after the name: "the Northby Health Centre project".
_BUILDING_NOUN_AFTER = re.compile(
    r"[ \xa0]+(?:project|projects|building|buildings|site|sites|car[ \xa0]+park|roof|premises|development"
    r"|redevelopment|refurbishment|scheme|extension|grounds|playing[ \xa0]+fields?|land|estate|works)\b")
# A meeting's venue before the name: "held at Oakfield Academy", "Venue: Northby College".
_VENUE_BEFORE = re.compile(r"(?:\bheld[ \xa0]+(?:at|in)|\b[Vv]enue:?)[ \xa0]+(?:the[ \xa0]+)?\Z")


def _building_named(candidate: Candidate, text: str) -> bool:
    """Whether an institution's name stands for its building or a venue, where no body acts."""
    if candidate.rule not in _INSTITUTION_RULES:
        return False
    if _BUILDING_NOUN_AFTER.match(text, candidate.end):
        return True
    return _VENUE_BEFORE.search(text, max(0, candidate.start - 30), candidate.start) is not None


def _split_coordinated_institutions(candidate: Candidate) -> list[Candidate]:
    """A head-word match running over "and" from one named institution into the next, as two."""
    if candidate.rule != "voluntary-head-suffix":
        return [candidate]
    joint = _INSTITUTION_THEN_AND.search(candidate.text)
    if joint is None:
        return [candidate]
    second = candidate.text[joint.end():]
    # The second needs a name of its own before its head ("... and Sixth Form College" is the first's part).
    if all(w.lower() in _KIND_WORDS or w.lower() in _GENERIC_WORDS for w in second.split()[:-1]):
        return [candidate]
    cut = candidate.start + joint.start("joint")
    first_text = candidate.text[: joint.start("joint")]
    second_start = candidate.start + joint.end()
    return [replace(candidate, end=cut, text=first_text), replace(candidate, start=second_start, text=second)]


def _with_coordinated(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Bodies named together under one plural head, each alone ("Northby and Eastvale Councils"), in place of
    whatever other rules made of the coordination's span."""
    parts: list[Candidate] = []
    # "a Director at Northby and Southby Councils": councils sharing their staff stay one employer.
    spans = [(c.start, c.end) for c in candidates if c.rule == "joint-councils"]
    joint = len(spans)
    for start, end, bodies in find_coordinated_bodies(text):
        if not _free(start, end, spans):
            continue
        spans.append((start, end))
        parts += [Candidate(b.start, b.end, text[b.start:b.end], "coordinated-name", b.body.org_type, 0.8,
                            b.body.name, b.body.code) for b in bodies]
    return [c for c in candidates if c.rule == "joint-councils" or _free(c.start, c.end, spans[joint:])] + parts


def _resolve_names(candidates: list[Candidate]) -> list[Candidate]:
    """Give each span its canonical name: the reference body, else the fullest form written."""
    resolved: list[Candidate] = []
    for candidate in candidates:
        body = _lookup_variants(candidate.text) if candidate.name is None else None
        if body is not None:
            candidate = replace(candidate, name=body.name, org_type=body.org_type, canonical_id=body.code)
        resolved.append(candidate)
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for candidate in resolved:
        if candidate.name is None:
            forms[_group_key(candidate.text)][re.sub(r"\s+", " ", candidate.text)] += 1
    fullest = {
        key: max(counts, key=lambda form: (len(form.split()), counts[form], form != form.upper()))
        for key, counts in forms.items()
    }
    return [c if c.name else replace(c, name=fullest[_group_key(c.text)]) for c in resolved]


def _known_body(text: str) -> Body | None:
    """The reference body a name is, but not a body's name cut to one word ("England" is no "NHS England")."""
    body = lookup(text)
    if body is None or len(text.split()) > 1:
        return body
    written = {re.sub(r"['’]", "'", w) for w in (body.name, *body.aliases)}
    return body if re.sub(r"['’]", "'", text.strip()) in written else None


def _national_body(name: str) -> bool:
    """Whether a canonical name is a body of the national table."""
    body = lookup(name)
    return body is not None and body.national and body.name == name


# A council's formal name, as its agreements write it: "The Council of the City of Wakefield".
_FORMAL_COUNCIL = re.compile(r"^(?:The\s+)?Council\s+of\s+the\s+(?:City|Borough|County|Royal\s+Borough|"
                             r"City\s+and\s+County|District)\s+of\s+(?P<place>.+)$")


_DEPARTMENT_OF = re.compile(r"^(Department\s+)(of|for)\b")


def _lookup_variants(text: str) -> Body | None:
    """The reference body for a name as written, also tolerating "Commissioning Group (CCG)"."""
    body = _known_body(text)
    if body is None and re.search(r"\(\s*CCG\s*\)", text):
        sloppy = re.sub(r"(?:Clinical\s+)?Commissioning\s+Group\s*\(\s*CCG\s*\)", "CCG", text)
        body = lookup(sloppy)
    formal = _FORMAL_COUNCIL.match(" ".join(text.split())) if body is None else None
    if formal is not None and len(councils_by_place().get(formal["place"], ())) == 1:
        body = councils_by_place()[formal["place"]][0]  # "Council of the City of Wakefield": the one Wakefield council
    department = _DEPARTMENT_OF.match(text) if body is None else None
    if department is not None:
        # "Department of Levelling Up ...": writers swap a department's "for" and "of"
        other = "for" if department.group(2) == "of" else "of"
        body = _known_body(department.group(1) + other + text[department.end():])
    return body


def _known_orgs(candidates: list[Candidate]) -> dict[str, Candidate]:
    """The first span of each named organisation, keyed by canonical name."""
    known: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.name and candidate.name not in known:
            known[candidate.name] = candidate
    return known


def _free(text_start: int, text_end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(text_start < end and start < text_end for start, end in taken)


def _add_repeats(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Every other place a found name is written again (rules above may catch only one use)."""
    taken = [(c.start, c.end) for c in candidates]
    added: list[Candidate] = []
    # A coordination's part ("Northby" of "Northby and Eastvale Councils") is a body only under its head: elsewhere a place.
    forms = {re.sub(r"\s+", " ", c.text): c for c in candidates if c.rule not in {"definite-reference", "coordinated-name"}}
    for form, source in sorted(forms.items(), key=lambda item: -len(item[0])):
        if len(form) < 3 or (len(form.split()) == 1 and form.lower() in STOP_WORDS):
            continue
        body = lookup(form) if source.rule == "reference-table" and len(form.split()) <= 2 else None
        ordinary_word = body is not None and body.standalone
        for match in _unpreceded_matches(re.compile(_written_pattern(form) + r"(?![\w-])"), text):
            if ordinary_word and not _stands_alone(text, match.start(), match.end()):
                continue  # "Mind" found once in a sentence is still a heading's word in "Future in Mind"
            if _free(match.start(), match.end(), taken):
                added.append(replace(source, start=match.start(), end=match.end(), text=match.group(),
                                     rule="repeat-mention", confidence=min(source.confidence, 0.8)))
                taken.append((match.start(), match.end()))
    return sorted(candidates + added, key=lambda c: c.start)


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _unpreceded_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`re.finditer("(?<![\\w-])" + pattern.pattern, text)`: the matches no word character or hyphen precedes.

    Written out because a pattern opening with a lookbehind is tried at every position of the text,
    while one opening with a name's first letter is searched for fast (this runs once per name found).
    """
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if match.start() > 0 and _WORD_OR_HYPHEN.match(text, match.start() - 1):
            position = match.start() + 1
            continue
        yield match
        position = match.end()


def _initials(name: str) -> set[str]:
    """Acronyms a name is commonly shortened to, with and without its "NHS"."""
    # Unlike agreements' initials match this expands CCG/ICB, keeps "Children's" one word and wants
    # three letters: it mints acronyms for bodies found here, where a two-letter one would mislead.
    expanded = re.sub(r"\bCCG\b", "Clinical Commissioning Group", name)
    expanded = re.sub(r"\bICB\b", "Integrated Care Board", expanded)
    words = re.findall(r"[A-Za-z][\w'’]*", expanded)
    with_nhs = initials(words).upper()
    without_nhs = initials(w for w in words if w != "NHS").upper()
    return {a for a in (with_nhs, without_nhs) if len(a) >= 3}


def _extend_to_definition(text: str, candidate: Candidate, defined: Mapping[str, str]) -> Candidate:
    """A name found short of its defined acronym takes the words the acronym spells.

    "Kent Integrated Care Alliance (KICA)": the suffix rule stops at "Integrated" (a word that
    structures other names), but the initials show where the name starts.
    """
    bracket = _DEFINITION.match(text, candidate.end)
    spelled = defined.get(bracket.group("acronym")) if bracket else None
    if not spelled or len(spelled) <= len(candidate.text) or not text.endswith(spelled, 0, candidate.end):
        return candidate
    words = spelled.split()
    if not all(w[0].isupper() or w.lower() in LEFT_OUT_OF_INITIALS for w in words) or words[0][0].islower():
        return candidate  # "the service and Care Alliance (SCA)": a sentence, not a name
    start = candidate.end - len(spelled)
    return replace(candidate, start=start, text=spelled)


def _add_abbreviations(
    text: str, candidates: list[Candidate], issuing_body: str | None = None, acronyms: Mapping[str, str] | None = None
) -> list[Candidate]:
    """Acronyms defined as "Name (ACR)" or matching a found name's (or the issuer's) initials, resolved to that name."""
    meaning: dict[str, Candidate] = {}
    by_initials: dict[str, set[str]] = defaultdict(set)
    known = _known_orgs(candidates)
    for name, candidate in known.items():
        if _national_body(name):
            continue  # the national table lists the acronyms these bodies go by; initials alone mislead ("SFA")
        for acronym in _initials(name) | _initials(candidate.text):
            by_initials[acronym].add(name)
    for candidate in candidates:
        # Not acronyms.find_acronyms: the name's bounds are known, so "Kent Community Health NHS
        # Foundation Trust (KCHFT)" needs no initials match.
        defined = _DEFINITION.match(text, candidate.end)
        if not defined or not candidate.name or defined.group("acronym") in _GENERIC_ACRONYMS:
            continue
        spelled = by_initials.get(defined.group("acronym"), set())
        if len(spelled) == 1 and candidate.name not in spelled:
            continue  # "Support Kent Association of Local Councils (KALC)": a heading glued to the name it spells
        meaning.setdefault(defined.group("acronym"), candidate)
    for acronym, names in by_initials.items():
        if len(names) == 1 and acronym not in meaning and acronym not in _GENERIC_ACRONYMS:
            meaning[acronym] = known[next(iter(names))]
    # A paper may write its own council only as initials ("KCC's budget"): they name the issuer
    # even when its full name is never written, unless the paper spells them out as something else.
    issuer = _issuer_template(issuing_body, candidates)
    if issuer is not None and issuer.name:
        spelled_out = find_acronyms(text) if acronyms is None else acronyms
        for acronym in _initials(issuer.name):
            spelled = spelled_out.get(acronym)
            if acronym in _GENERIC_ACRONYMS or (spelled and _group_key(spelled) != _group_key(issuer.name)):
                continue
            meaning.setdefault(acronym, issuer)  # a definition "(ACR)" after another name wins
    # A bare acronym some other rule caught ("with NCCCG") joins the body it stands for.
    candidates = [
        replace(c, name=meaning[c.text].name, org_type=meaning[c.text].org_type,
                canonical_id=meaning[c.text].canonical_id, rule="abbreviation")
        if c.text in meaning and meaning[c.text].name != c.name and c.rule != "reference-table" else c
        for c in candidates
    ]
    taken = [(c.start, c.end) for c in candidates]
    added: list[Candidate] = []
    for match in _ACRONYM.finditer(text):
        source = meaning.get(match.group())
        if source is not None and _free(match.start(), match.end(), taken):
            added.append(replace(source, start=match.start(), end=match.end(), text=match.group(),
                                 rule="abbreviation", confidence=min(source.confidence, 0.75)))
            taken.append((match.start(), match.end()))
    return sorted(candidates + added, key=lambda c: c.start)


def _add_definite_references(text: str, candidates: list[Candidate], issuing_body: str | None) -> list[Candidate]:
    """ "The Council" as the issuing council; "the CCG" as the CCG named last before it."""
    taken = [(c.start, c.end) for c in candidates]
    added: list[Candidate] = []
    issuer = _issuer_candidate(issuing_body, candidates)
    if issuer is not None:
        for match in _DEFINITE.finditer(text):
            tier = match.group("tier")
            if tier and tier.lower() not in issuer.name.lower().split():
                continue  # "the Town Council" in a paper credited to a city council is another body
            if _free(match.start(), match.end(), taken):
                added.append(replace(issuer, start=match.start(), end=match.end(), text=match.group(),
                                     rule="definite-reference", confidence=0.7))
    ccgs = [c for c in candidates if c.org_type == OrgType.CCG and c.name]
    for match in _DEFINITE_CCG.finditer(text):
        before = [c for c in ccgs if c.end <= match.start()]
        source = before[-1] if before else (ccgs[0] if len({c.name for c in ccgs}) == 1 else None)
        if source is not None and _free(match.start(), match.end(), taken):
            added.append(replace(source, start=match.start(), end=match.end(), text=match.group(),
                                 rule="definite-reference", confidence=0.7))
    return sorted(candidates + added, key=lambda c: c.start)


def _issuer_candidate(issuing_body: str | None, candidates: list[Candidate]) -> Candidate | None:
    """A template mention of the issuing body when it is a council ("the Council" means it)."""
    issuer = _issuer_template(issuing_body, candidates)
    return issuer if issuer is not None and issuer.org_type in _COUNCIL_TYPES else None


def _issuer_template(issuing_body: str | None, candidates: list[Candidate]) -> Candidate | None:
    """A template mention of the issuing body (a found mention of it, else one made from its name)."""
    if not issuing_body:
        return None
    body = lookup(issuing_body)
    name = body.name if body else issuing_body
    org_type = body.org_type if body else _council_type(issuing_body)
    for candidate in candidates:
        if candidate.name == name:
            return candidate
    if org_type is None:
        return None  # a body of unknown kind: its initials alone are too weak a cue
    return Candidate(0, 1, issuing_body, "definite-reference", org_type, 0.7, name, body.code if body else None)


_COUNCIL_TYPES = frozenset(
    {OrgType.COUNTY_COUNCIL, OrgType.UNITARY_COUNCIL, OrgType.METROPOLITAN_BOROUGH, OrgType.LONDON_BOROUGH,
     OrgType.DISTRICT_COUNCIL, OrgType.CITY_COUNCIL, OrgType.TOWN_OR_PARISH_COUNCIL, OrgType.COUNCIL}
)


def _council_type(name: str) -> OrgType | None:
    if re.search(r"\bCouncil\b|\bBorough of\b", name):
        return OrgType.COUNCIL
    return None
