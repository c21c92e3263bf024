"""The shared spaCy pipeline: a blank English model (its tokenizer) and our organisation-name rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.bodies import council_places
from extractors.party_names import COMPANY_SUFFIX
from schemas.facts import OrgType

ORG_SPANS = "org_candidates"
"""The `doc.spans` key under which the organisation rules leave their candidate spans."""

# A space inside a name: spaces, or one line break (PDF text wraps names); never a tab (table cell).
_SEP = r"(?:[ \xa0]*\n[ \xa0]*|[ \xa0]+)"
# Words that end or structure an organisation's name; a free name word is never one of these,
# so "X County Council and Y CCG" cannot run together into one name.
_STRUCTURAL = (
    "Council|Councils|Councillor|Councillors|CCG|CCGs|ICB|ICS|NHS|Trust|Trusts|Group|Groups|"
    "Board|Boards|Committee|Committees|Cabinet|Panel|Forum|Team|Meeting|Borough|County|City|"
    "District|Metropolitan|Foundation|Clinical|Commissioning|Integrated|Ltd|Limited|Section|"
    "Appendix|Agenda|Item|Cllr|Mr|Mrs|Ms|Dr|Member|Members|Parish|Town|University|Department|Ministry"
)
# A word of a GP practice's name: capitalised, not an acronym, not a word that ends or structures names.
_PRACTICE_WORD = rf"(?<![\w'’-])(?!(?:{_STRUCTURAL}|Surgery|Medical|Health)\b)[A-Z][a-z][A-Za-z'’\-]*"
# A capitalised word, or a single capital ("A", "J"). Acronyms ("NHS", "CCGs") are capitalised
# words already; a second branch that can also match them ([A-Z]{1,6}s?) let the regex engine try
# each word two ways, which is exponential on a glossary's run of acronym lines.
_WORD = rf"(?<![\w'’-])(?!(?:{_STRUCTURAL})\b)(?:[A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z])"
# "the" only after "of"/"for" ("Office of the ..."), so "Regionally the X Board" does not join up. Places keep their
# particles: "Clayton le Woods", "Ashby de la Zouch", "Sutton cum Lound".
_CONNECTOR = r"(?:and|&|of(?: the)?|for(?: the)?|on|upon|in|with|under|le|la|de(?: la)?|cum|en(?: le)?)"
_NAME = rf"{_WORD}(?:{_SEP}(?:{_CONNECTOR}{_SEP})?{_WORD})*"
# A comma-separated list of names, as in "Ministry of Housing, Communities and Local Government".
_NAME_LIST = rf"{_NAME}(?:,{_SEP}{_NAME})*"


# The members an association is "of" may be written with words that end other names
# ("Kent Association of Local Councils", "Association of Directors of Adult Social Services").
_MEMBER_WORD = r"(?!(?:Committee|Board|Cabinet|Meeting|Panel)\b)[A-Z][A-Za-z\-]*[A-Za-z]\b"  # stops before a possessive "’s"
_MEMBERS = rf"{_MEMBER_WORD}(?:{_SEP}(?:(?:and|&|of|for)(?:{_SEP}the)?{_SEP})?{_MEMBER_WORD}){{0,6}}"
# Last words that make a capitalised name a voluntary or community body in its own right.
_VOLUNTARY_HEADS = ("Church|Chapel|Mosque|Synagogue|Temple|School|Academy|College|Club|FC|Hospice|Hospicecare|Orchestra|"
                    "Theatre|Choir")


def _s(text: str) -> str:
    """A fixed phrase whose spaces may be any name separator."""
    return _SEP.join(text.split(" "))


# Every character a name, its separators and its connectors are written with: a match of a rule
# that opens with a free name lies inside one run of these (plus the rule's own suffix characters).
_NAME_CHARS = r"A-Za-z'’\-& \xa0\n"
_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True)
class OrgRule:
    """A regular expression whose match (group "org") names an organisation of a guessed type."""

    name: str
    pattern: re.Pattern[str]
    org_type: OrgType
    confidence: float
    # For a rule opening with a free name (scanning every capital for one is slow): a word every
    # match contains, and the runs of characters a match can be made of.
    keyword: re.Pattern[str] | None = None
    runs: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The same matches as `pattern.finditer(text)`, tried only where one can start."""
        if self.keyword is None or self.runs is None:
            yield from self.pattern.finditer(text)
            return
        # A match starts with a capital inside a run of its characters that holds its keyword;
        # trying `match` at those capitals in order, past the last match, is what finditer does.
        starts, ends = _run_bounds(self.runs, text)
        taken_to, last_run = 0, -1
        for hit in self.keyword.finditer(text):
            run = bisect_right(starts, hit.start()) - 1
            if run <= last_run or hit.end() > ends[run]:
                continue  # a run already tried, or a keyword written with other characters around it
            last_run = run
            for capital in _CAPITAL.finditer(text, max(starts[run], taken_to), ends[run]):
                if capital.start() < taken_to:
                    continue
                match = self.pattern.match(text, capital.start())
                if match is not None:
                    yield match
                    taken_to = match.end()


@lru_cache(maxsize=8)
def _run_bounds(runs: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the runs of a character class in a text (shared by the rules using it)."""
    bounds = [run.span() for run in runs.finditer(text)]
    return [start for start, _ in bounds], [end for _, end in bounds]


def _rule(
    name: str, regex: str, org_type: OrgType, confidence: float, keyword: str | None = None, extra_chars: str = ""
) -> OrgRule:
    """A rule; `keyword` (a word every match holds) makes its search skip text that cannot match."""
    runs = re.compile(f"[{_NAME_CHARS}{extra_chars}]+") if keyword else None
    return OrgRule(
        name, re.compile(rf"(?P<org>{regex})"), org_type, confidence, re.compile(keyword) if keyword else None, runs
    )


_TIER_TYPES = {
    "County": OrgType.COUNTY_COUNCIL,
    "City": OrgType.CITY_COUNCIL,
    "District": OrgType.DISTRICT_COUNCIL,
    "Borough": OrgType.DISTRICT_COUNCIL,
    "Metropolitan Borough": OrgType.METROPOLITAN_BOROUGH,
    "Metropolitan District": OrgType.METROPOLITAN_BOROUGH,
    "Town": OrgType.TOWN_OR_PARISH_COUNCIL,
    "Parish": OrgType.TOWN_OR_PARISH_COUNCIL,
    "Community": OrgType.TOWN_OR_PARISH_COUNCIL,
    "Village": OrgType.TOWN_OR_PARISH_COUNCIL,
}
_COUNCIL_WORD = r"(?:Council|COUNCIL|council)\b(?![’']?s\b)"
# A council's name with its tier may be written possessive ("Northby County Council's Cabinet"): the name ends
# before the "'s". Without a tier word a possessive is as often a table's cells run together ("Unlimited /
# Council's banking provider"), so the plain "<Name> Council" rule keeps refusing it.
_TIER_COUNCIL_WORD = r"(?:Council|COUNCIL|council)\b"
_COUNCIL_KEYWORD = "Council|COUNCIL|council"


def _local_area_pattern() -> str:
    """A council's area as written in a local body's name ("North Yorkshire", "Bradford and District"): the
    table's place names, longest first so "North Yorkshire" is tried before a shorter place it starts with."""
    places = sorted(council_places(), key=len, reverse=True)
    spelled = "|".join(re.escape(place).replace(r"\ ", _SEP) for place in places)
    return rf"(?:{spelled})(?:{_SEP}and{_SEP}District)?(?![\w'’-])"


_LOCAL_AREA = _local_area_pattern()
# Two areas a local charity serves together ("Voluntary Action Arun & Chichester"), the second not opening a body of
# its own ("... Arun and Chichester District Council").
_LOCAL_AREAS = (rf"{_LOCAL_AREA}(?:{_SEP}(?:and|&){_SEP}{_LOCAL_AREA}"
                rf"(?!{_SEP}(?:Council|CCG|ICB|NHS|Clinical|Borough|District|City|County)\b))?")

ORG_RULES: tuple[OrgRule, ...] = (
    *(
        _rule(
            f"council-suffix-{tier.lower().replace(' ', '-')}",
            rf"(?:Royal{_SEP})?{_NAME}{_SEP}(?:{_s(tier)}|{_s(tier.upper())}){_SEP}{_TIER_COUNCIL_WORD}",
            org_type,
            0.9,
            keyword=_COUNCIL_KEYWORD,
        )
        for tier, org_type in _TIER_TYPES.items()
    ),
    _rule("council-suffix", rf"{_NAME}{_SEP}{_COUNCIL_WORD}", OrgType.COUNCIL, 0.8, keyword=_COUNCIL_KEYWORD),
    _rule(
        "council-prefix",
        # "The Council of the City of Wakefield": a council's formal name, written in its agreements' party lists
        rf"(?:(?:The{_SEP})?Council{_SEP}of{_SEP}the{_SEP})?"
        rf"(?:(?:Royal{_SEP})?London{_SEP}Borough|Royal{_SEP}Borough|Metropolitan{_SEP}Borough|"
        rf"City{_SEP}and{_SEP}County|City|Borough|County){_SEP}of{_SEP}{_NAME}(?:{_SEP}Council\b)?",
        OrgType.COUNCIL,
        0.85,
    ),
    _rule(
        "ccg-suffix",
        # "Nottingham City CCG", "Stoke on Trent City Clinical Commissioning Group": a tier word may end the place
        # The suffix is sometimes written in lower case after the place: "Herefordshire clinical commissioning group",
        # and "NHS" may stand after the place rather than before it: "Doncaster NHS CCG".
        rf"(?:NHS{_SEP})?{_NAME}{_SEP}(?:(?:City|County|Borough){_SEP})?(?:NHS{_SEP})?(?:(?:{_s('Clinical Commissioning Group')}|"
        rf"{_s('clinical commissioning group')})\b(?!\(s\)|s\b)|CCG\b(?![’']?s\b)|"
        rf"{_s('Commissioning Group')}{_SEP}\(CCG\))",
        OrgType.CCG,
        0.9,
        keyword="CCG|[Cc]ommissioning",
        extra_chars="()",
    ),
    _rule(
        "icb-suffix",
        rf"(?:NHS{_SEP})?{_NAME}{_SEP}(?:{_s('Integrated Care Board')}\b(?!s\b)|ICB\b(?![’']?s\b))",
        OrgType.ICB,
        0.9,
        keyword="ICB|Integrated",
    ),
    _rule(
        "ico-suffix",
        # An NHS trust run as an integrated care organisation, named so before a new name ("Herefordshire
        # Integrated Care Organisation", 2011): a body, where an integrated care system or partnership is not.
        rf"(?:NHS{_SEP})?{_NAME}{_SEP}{_s('Integrated Care Organisation')}\b(?!s\b)",
        OrgType.NHS_TRUST,
        0.85,
        keyword="Integrated Care Organisation",
    ),
    _rule(
        "nhs-trust-suffix",
        # "Manchester University NHS Foundation Trust", "Harrogate and District NHS Foundation Trust",
        # "Dorset County Hospital NHS Foundation Trust": words that end other names may sit inside an NHS
        # trust's, before its "NHS ... Trust" (not before a bare "Trust", which charities end with too); a football
        # club's charity keeps its town ("Fleetwood Town Community Trust")
        # "University Hospitals of Leicester NHS Trust": a teaching trust's name may open with "University".
        rf"(?:(?<![\w'’-])University{_SEP}(?=[A-Z]))?"
        rf"{_NAME}(?:{_SEP}(?:and{_SEP})?(?:University|District|County|City)(?:{_SEP}{_NAME})?"
        rf"(?={_SEP}(?:NHS|Foundation))|{_SEP}Town{_SEP}{_NAME}(?={_SEP}Trust\b))?"
        # "Salford Royal NHS FT", "Sussex Partnership Foundation NHS Trust": the foundation trust's suffix shortened
        # or its words in another order.
        rf"{_SEP}(?:(?:NHS{_SEP})?Foundation{_SEP}Trust|Foundation{_SEP}NHS{_SEP}Trust|NHS{_SEP}Trust|NHS{_SEP}FT"
        rf"|Trust(?!{_SEP}[A-Z]))\b(?!s\b)",
        OrgType.OTHER,  # refined from the words matched: NHS / Foundation / charity
        0.85,
        keyword="Trust|FT",
    ),
    _rule(
        "pct-suffix",
        # Primary care trusts (to 2013): "Halton and St. Helens PCT", "Brent Teaching Primary Care Trust"
        rf"{_NAME}(?:{_SEP}and{_SEP}St\.?{_SEP}{_WORD})?{_SEP}(?:PCT\b(?![’']?s\b)|{_s('Primary Care Trust')}\b(?!s\b))",
        OrgType.PRIMARY_CARE_TRUST,
        0.85,
        keyword="PCT|Primary",
        extra_chars=".",
    ),
    _rule(
        "government-prefix",
        rf"(?:Department{_SEP}(?:of|for)|Ministry{_SEP}of|Office{_SEP}for){_SEP}{_NAME_LIST}",
        OrgType.GOVERNMENT,
        0.75,
    ),
    _rule("university-prefix", rf"University{_SEP}of{_SEP}{_NAME}", OrgType.UNIVERSITY, 0.9),
    _rule(
        "university-suffix",
        # not a university's hospitals, nor a document named for universities ("the Civic University Agreement")
        rf"{_NAME}{_SEP}University\b(?!{_SEP}(?:Hospitals?|NHS|Foundation|Trust|Agreements?|Compacts?|Charters?)\b)",
        OrgType.UNIVERSITY,
        0.85,
        keyword="University",
    ),
    _rule(
        "company-suffix",
        rf"{_NAME}{_SEP}{COMPANY_SUFFIX}(?![ \xa0]+[A-Z][a-z])",
        OrgType.COMPANY,
        0.85,
        keyword=r"Ltd|Limited|LTD|plc|Plc|PLC|LLP|CIC|C\.I\.C",
        extra_chars=".",
    ),
    _rule(
        "charity-suffix",
        rf"{_NAME}{_SEP}(?:Society|Association|Foundation|Charity|Institute|Federation|Alliance)\b(?!s\b)"
        # not when the head word is itself part of a longer capitalised name on the line
        # ("Civil Society Strategy", a table's "Detail Foundation Mayoral" heading row)
        rf"(?:{_SEP}(?:of|for){_SEP}(?:the{_SEP})?{_MEMBERS})?(?![ \xa0]+[A-Z][a-z])",
        OrgType.CHARITY,
        0.8,
        keyword="Society|Association|Foundation|Charity|Institute|Federation|Alliance",
    ),
    _rule(
        "voluntary-infrastructure-suffix",
        # An area's support body for its charities: "Northby Council for Voluntary Service", "Hunts Forum of Voluntary
        # Organisations". Not the area's council ("Northby Council") and not a meeting's forum ("Schools Forum").
        rf"{_NAME}{_SEP}(?:Council|Forum){_SEP}(?:of|for){_SEP}{_s('Voluntary')}{_SEP}"
        rf"(?:Service|Services|Organisations|Organizations|Action|Sector)\b",
        OrgType.CHARITY,
        0.85,
        keyword="Voluntary",
    ),
    _rule(
        "voluntary-head-suffix",
        # A named church, school, club or arts body; not when the head word begins a longer
        # capitalised name on the same line ("Church Street", "School Road", "Academy Trust").
        rf"{_NAME}{_SEP}(?:{_VOLUNTARY_HEADS})\b(?!s\b|[’']s\b|[ \xa0]+[A-Z][a-z])",
        OrgType.CHARITY,
        0.75,
        keyword=_VOLUNTARY_HEADS,
    ),
    _rule(
        "association-of-prefix",
        rf"(?<![\w'’-])(?:Association|Federation|Society|Institute|Alliance|Confederation){_SEP}(?:of|for){_SEP}"
        rf"(?:the{_SEP})?{_MEMBERS}(?![ \xa0]+[A-Z][a-z])",
        OrgType.CHARITY,
        0.75,
    ),
    _rule(
        "caps-head-suffix",
        # The same names in an all-capitals heading or table cell ("ST MARKS CHURCH", "OAKWOOD FC")
        rf"(?<![\w'’-])(?:[A-Z][A-Z'’&\-]*{_SEP}){{1,8}}(?:{_VOLUNTARY_HEADS.upper()}|TRUST|SOCIETY|ASSOCIATION|"
        r"CHARITY|FOUNDATION|LTD|LIMITED|CIC)\b(?![a-z]|[ \xa0]+[A-Z])",
        OrgType.CHARITY,
        0.7,
    ),
    _rule("friends-of-prefix", rf"Friends{_SEP}of{_SEP}(?:the{_SEP})?{_NAME}", OrgType.CHARITY, 0.75),
    _rule(
        "office-of-prefix",
        rf"Office{_SEP}of{_SEP}the{_SEP}{_NAME}{_SEP}(?:Commissioner|Regulator|Ombudsman|Guardian|Adjudicator)\b",
        OrgType.GOVERNMENT,
        0.8,
    ),
    _rule("uk-suffix", rf"{_NAME}{_SEP}UK\b", OrgType.CHARITY, 0.75, keyword="UK"),
    # "Healthwatch North Yorkshire", "Healthwatch Bradford and District", "Healthwatch England": a local Healthwatch
    # is named after its council's area; a place the table does not hold is one word, never a report's or a
    # programme's word ("Healthwatch Reflections", "Healthwatch Annual Report") or what is bought ("Healthwatch
    # Contract", "Healthwatch Service"); "Halton Healthwatch" is one too.
    _rule(
        "healthwatch",
        rf"Healthwatch(?:{_SEP}(?:{_LOCAL_AREA}|(?!(?:Reflections?|Reports?|Annual|Update|Insights?|Survey|Findings|"
        rf"Feedback|Network|Partnership|Team|Board|Enter|Review|Response|Newsletter|Contracts?|Services?|"
        rf"Organi[sz]ations?|Procurement|Provision|Commissioning|Function|Model)\b){_WORD}))?"
        # "Halton Healthwatch": the area may come first.
        # (not "West Cornwall Healthwatch", an area the table does not hold, cut to "Cornwall Healthwatch").
        rf"|(?<!West )(?<!East )(?<!North )(?<!South )(?<!Mid )(?<!Central ){_LOCAL_AREA}{_SEP}Healthwatch\b",
        OrgType.OTHER,
        0.85,
        keyword="Healthwatch",  # the area-first form opens with a long alternation: only try it near the word
    ),
    # "Voluntary Action Leeds", "Voluntary Action North East Lincolnshire", "Community Action Bradford and District":
    # a council for voluntary service is named after its area; "Voluntary Action Plan" or "... Fund" is a document or
    # money, not a body.
    _rule(
        "voluntary-action",
        rf"Voluntary{_SEP}Action(?:{_SEP}{_LOCAL_AREAS}|(?:{_SEP}(?!(?:Plan|Plans|Fund|Funding|Group|Network|Strategy|"
        rf"Week|Day|Programme|Grant|Grants|Forum|Team|Partnership)\b){_WORD}){{1,3}})"
        rf"|Community{_SEP}Action{_SEP}{_LOCAL_AREAS}",
        OrgType.CHARITY,
        0.8,
        keyword="Action",
    ),
    # "BBC South East", "BBC East Midlands": a region's name runs to two compass words.
    _rule(
        "bbc",
        rf"BBC(?:{_SEP}Radio)?(?:{_SEP}(?:(?:North|South){_SEP}(?:East|West)|(?:East|West){_SEP}Midlands)\b|{_SEP}{_WORD})?",
        OrgType.COMPANY,
        0.8,
    ),
    _rule(
        "gp-practice-suffix",
        # "Elm Road Surgery", "The Grove Medical Centre": GP practices are named by one or two words (a
        # street, a house, a place); a word or acronym before those is a heading or another name run on.
        rf"(?<![\w'’-])(?:The{_SEP})?(?:{_PRACTICE_WORD}{_SEP})?{_PRACTICE_WORD}{_SEP}"
        rf"(?:Surgery|{_s('Medical Centre')}|{_s('Health Centre')}|{_s('Medical Practice')}|{_s('Group Practice')})\b(?!s\b|[’']s\b)",
        OrgType.OTHER,
        0.75,
        keyword="Surgery|Centre|Practice",
        extra_chars="",
    ),
    _rule(
        "csu-suffix",
        # NHS commissioning support units: "North East London Commissioning Support Unit", "NEL CSU", "NELCSU"
        rf"(?:{_NAME}{_SEP}(?:{_s('Commissioning Support Unit')}|CSU)|(?<![\w'’-])[A-Z]{{2,6}}CSU)\b(?!s\b)",
        OrgType.OTHER,
        0.8,
    ),
    _rule(
        "development-corporation-suffix",
        # Development corporations set up by government or a mayor ("Ebbsfleet Development Corporation")
        rf"{_NAME}{_SEP}{_s('Development Corporation')}\b",
        OrgType.GOVERNMENT,
        0.85,
        keyword="Corporation",
    ),
    _rule(
        "local-councils-association-suffix",
        # A county association of town and parish councils written short: "Devon ALC", "Suffolk ALC"
        rf"{_NAME}{_SEP}ALC\b(?![’']?s\b)",
        OrgType.OTHER,
        0.8,
        keyword=r"\bALC\b",
    ),
    _rule(
        "emergency-service-suffix",
        # "London Ambulance Service", "Essex Fire and Rescue Service", "Lowland Search and Rescue Service";
        # _clean drops the kind alone ("the Fire and Rescue Service")
        rf"{_NAME}{_SEP}(?:Fire{_SEP}(?:and|&){_SEP}Rescue|Ambulance|Fire|Rescue){_SEP}Service\b(?!s\b)",
        OrgType.OTHER,
        0.8,
        keyword=r"\bService\b",
    ),
    _rule(
        "firm-suffix",
        # Partnerships and family firms: "Hale & Company", "Brown and Sons Ltd" (the longer match wins), "Marsh Associates"
        rf"{_NAME}{_SEP}(?:(?:&|and){_SEP}(?:Company|Co\.?|Sons|Son)|Associates)\b(?![ \xa0]+[A-Z][a-z])",
        OrgType.COMPANY,
        0.75,
        keyword=r"\b(?:Company|Co|Sons?|Associates)\b",
        extra_chars=".",
    ),
    # A capitalised word with digits inside it ("Arc4", "Partners4Change") is a trading name.
    _rule(
        "brand-with-digits",
        r"(?<![\w./@:-])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Covid|COVID|Lot|Phase|Item|Appendix|Section|Tier|Level|Year|Step|Stage|Option|Page|"
        r"Part|Annex|Schedule|Table|Figure|Ward|Room|Windows|Office|Week|Month|Quarter|Band|Grade)\d)"
        r"[A-Z][a-z]{2,}\d+[A-Za-z]*\b(?![@./-]\w)",
        OrgType.COMPANY,
        0.5,
    ),
)

# Verbs and phrases after which a capitalised name is the organisation that provides or contracts.
_CUE = (
    r"(?:(?:contracts?|agreement|partnership|arrangement)s?\s+with|(?:provided|delivered|run|operated|devised|"
    r"developed|supplied|hosted)\s+by|(?:direct\s+)?award(?:ed|ing)?(?:\s+(?:a\s+|the\s+)?contracts?)?\s+to|"
    r"commissioned(?:\s+from)?|procured\s+from)"
)
# "Cloverleaf Advocacy T/A Absolute Advocacy", "Invicta Telecare Limited Trading as Careium": "trading as" ends the
# registered name.
_CUE_NAME = r"[A-Z][\w'’&\-]*(?: (?!T/A\b|Trading as\b|Trading As\b)(?:[A-Z0-9][\w'’&\-]*|&))*"
CUE_PATTERN = re.compile(
    rf"\b{_CUE}\s+(?:the\s+)?\*?(?P<list>{_CUE_NAME}\*?(?:\s*\([^)\n]{{1,40}}\))?"
    rf"(?:(?:,\s*|\s+and\s+|\s*&\s*)\*?{_CUE_NAME}\*?(?:\s*\([^)\n]{{1,40}}\))?)*)"
)
CUE_NAME_PATTERN = re.compile(_CUE_NAME)

# An applicant's or provider's name in minutes: capitalised words on one line, joined by "of (the)",
# "and" or "&" ("Friends of the Earth", "Four Oaks Ladies and Leyhill Bowling Club").
_APPLICANT = (
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’&.\-]*(?:[ \xa0](?:(?:of(?:[ \xa0]the)?|and|&|–)[ \xa0])?"
    r"[A-Z0-9][\w'’&.\-]*)*)"
)
APPLICANT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "an application from X", "the revised proposal from X", "a bid received from X"
    re.compile(
        r"\b(?:application|proposal|bid|request|submission|presentation|quotation|quote|tender|donation|offer)s?"
        rf"[ \xa0]+(?:received[ \xa0]+)?from[ \xa0]+(?:the[ \xa0]+)?{_APPLICANT}"
    ),
    # "a grant of £2,000 to X", "grants awarded to X"
    re.compile(
        rf"\bgrants?[ \xa0]+(?:of[ \xa0]+£[\d,.]+[km]?[ \xa0]+)?(?:be[ \xa0]+)?(?:awarded[ \xa0]+|made[ \xa0]+|paid[ \xa0]+)?"
        rf"to[ \xa0]+(?:the[ \xa0]+)?{_APPLICANT}"
    ),
    # "X is seeking funding", "X are requesting a grant", "X has applied for" (X opens a line or sentence)
    re.compile(
        rf"(?:^|(?<=[.:;][ \xa0])|(?<=[.:;][ \xa0]{{2}}))(?:The[ \xa0]+)?{_APPLICANT}(?:[ \xa0]+\([^)\n]{{1,30}}\))?"
        r"[ \xa0]+(?:is|are|was|were|has|have)[ \xa0]+(?:been[ \xa0]+)?(?:seeking|requesting|applying|applied|asking|bidding)\b",
        re.MULTILINE,
    ),
    # "That X (ABC) be commissioned to deliver", "X was appointed as the provider" (a service
    # "is commissioned via" an agreement, so the verb must be followed by what the body is to do)
    re.compile(
        rf"{_APPLICANT}(?:[ \xa0]+\([A-Za-z&]{{2,10}}\))?[ \xa0]+(?:be|is|are|was|were|has[ \xa0]+been|have[ \xa0]+been)"
        r"[ \xa0]+(?:commissioned|appointed|contracted|engaged)[ \xa0]+(?:to[ \xa0]+[a-z]|as[ \xa0]+(?:the[ \xa0]+)?(?:provider|supplier|contractor))"
    ),
    # "X (the provider)", "X (the applicant)"
    re.compile(rf"{_APPLICANT}[ \xa0]+\((?:the[ \xa0]+)?(?:provider|applicant|supplier|contractor|grant recipient)\)"),
    # "the current provider, X." / "the Leisure Operator, X (XYZ)": a role noun after "the", then the
    # body's name in apposition, ended by a bracket or punctuation (a name running into a verb is no apposition)
    re.compile(
        r"\b(?:the|a|an|its|our|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}(?:[Pp]rovider|[Oo]perator|[Cc]ontractor|[Ss]upplier),"
        rf"[ \xa0]+(?:the[ \xa0]+)?{_APPLICANT}(?=[ \xa0]*(?:\(|[.,;:]|$))",
        re.MULTILINE,
    ),
    # "the event was kindly sponsored by X"
    re.compile(rf"\bsponsored[ \xa0]+by[ \xa0]+(?:the[ \xa0]+)?{_APPLICANT}"),
)


def _rule_matches(text: str) -> list[tuple[OrgRule, re.Match[str]]]:
    """Every match of the organisation rules in a text, rule by rule in their order."""
    return [(rule, match) for rule in ORG_RULES for match in rule.finditer(text)]


def _token_spans(doc: Doc, matches: list[tuple[OrgRule, re.Match[str]]]) -> list[Span]:
    """The rules' matches grown to whole tokens, labelled with their rule's name."""
    spans = (doc.char_span(match.start("org"), match.end("org"), label=rule.name, alignment_mode="expand")
             for rule, match in matches)
    return [span for span in spans if span is not None]


def _find_org_candidates(doc: Doc) -> Doc:
    """Mark every match of the organisation rules as a span labelled with its rule name."""
    # spaCy rebuilds `Doc.text` from every token on each access: read it once
    doc.spans[ORG_SPANS] = _token_spans(doc, _rule_matches(doc.text))
    return doc


def find_org_spans(text: str) -> list[Span]:
    """The spans the pipeline's organisation rules mark in a text (`build_nlp()(text).spans[ORG_SPANS]`).

    Tokenising is most of the pipeline's cost and most pages hold no match: the rules run on the
    text first and only a page with a match is tokenised. The rules read the text, not the tokens,
    so the spans are the same.
    """
    matches = _rule_matches(text)
    if not matches:
        return []
    return _token_spans(build_nlp().make_doc(text), matches)


if not Language.has_factory("org_candidates"):
    Language.component("org_candidates")(_find_org_candidates)

RULES_BY_NAME = {rule.name: rule for rule in ORG_RULES}


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The blank English pipeline with the organisation rules, built once.

    No sentencizer: the rules need only tokens, and the agreements' own splitter
    (extractors/agreements/sentences.py) says why spaCy's sentences do not fit these papers.
    """
    nlp = spacy.blank("en")
    nlp.max_length = 5_000_000  # a whole agenda pack can be one page of text; the blank model is cheap
    nlp.add_pipe("org_candidates")
    return nlp
