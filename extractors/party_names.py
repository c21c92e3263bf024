"""Names written in the party slot of a grant, contract, lease or supplier cue ("a grant of £500 to X")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from extractors.bodies import council_places
from schemas.facts import OrgType


@dataclass(frozen=True)
class PartyName:
    """A name-shaped span read from a party slot, with the kind of cue that named it."""

    start: int
    end: int
    text: str
    org_type: OrgType
    strong: bool  # a cue that gives something to the party (grant, contract, lease, order), not mere correspondence


_S = r"[ \xa0]+"
_AMOUNT = rf"£[\d,.]+(?:[ \xa0]?(?:k|m|bn|million))?"
# What a council gives a party: the object of "award ... to", "offer ... to", "make ... to".
_GIVEN = (
    r"(?:grants?|tender|contracts?|lease|sub-lease|licen[cs]e|payments?|order|funding|sum|donation|loan|award"
    r"|contribution|allocation)"
)
# "a contract in place with", "contracts made with": the words before a contract's other side.
_CONTRACT_WITH = rf"contracts?{_S}(?:(?:in{_S}place|made|held|let){_S})?with"
# Cues whose party receives something: the name after them is a grantee, contractor, tenant or borrower.
_STRONG_CUES = (
    # "a grant of £500 to X", "grants be awarded to X", "a loan of £2m was made to X", "funding to X"
    rf"\b(?:grants?|donations?|loans?|funding|leases?|sub-leases?|licen[cs]es?|awards?){_S}"
    rf"(?:of{_S}(?:up{_S}to{_S})?{_AMOUNT}{_S})?(?:(?:be|was|were|is|are|has{_S}been|have{_S}been|being){_S})?"
    rf"(?:(?:awarded|made|paid|given|granted|offered|allocated|released|agreed|approved){_S})?to{_S}",
    # "to award a three-year contract to X", "offer the tender to X", "make further payments to X"
    rf"\b(?:award|offer|give|grant|make|pay|lease|let|loan|donate|allocate|release)(?:s|ed|ing)?{_S}"
    rf"(?:(?:a|an|the|further|its|our|this|these|their|[\w-]+-year|one-off|annual|new|small){_S}){{0,3}}"
    rf"{_GIVEN}{_S}(?:of{_S}{_AMOUNT}{_S})?to{_S}",
    # "the direct award of a three year contract (commencing 1 April 2025) to X", "award of a contract for a new
    # Support Service to X": the nominal award, its term or service between the contract and its party
    rf"\b(?:award|offer|allocation)s?{_S}of{_S}(?:(?:a|an|the){_S})?(?:[\w-]+{_S}){{0,3}}?(?i:{_GIVEN})"
    rf"(?:{_S}\([^()\n]{{1,80}}\))?(?:{_S}for{_S}[^.;:()\n]{{3,120}}?)?{_S}to{_S}",
    # "the grant allocation of £165,000 from the Public Health Grant to X": the sum and the fund it comes from
    rf"\b(?:allocation|award|payment|contribution)s?{_S}of{_S}(?:up{_S}to{_S})?{_AMOUNT}"
    rf"(?:{_S}from{_S}(?:the{_S})?[A-Z][\w&'’-]*(?:{_S}[A-Z][\w&'’-]*){{0,5}})?{_S}to{_S}",
    # "£500 be awarded to X", "award £250 to X"
    rf"(?<![\w.,]){_AMOUNT}{_S}(?:(?:be|was|is){_S})?(?:(?:awarded|granted|paid|given|donated){_S})?to{_S}",
    # "(was) awarded to X", "leased to X"
    rf"\b(?:awarded|leased|loaned|donated){_S}to{_S}",
    # "to put a contract in place with X", "a contract with X": the other side of a contract
    rf"\b(?:sub-)?{_CONTRACT_WITH}{_S}",
    # "to place the order with X", "an order with X"
    rf"\b(?:place|placed|placing){_S}(?:the|an|a){_S}order{_S}with{_S}",
    # "the Principal Contractor ‘X’", "the supplier X", "the preferred provider, X", "the supplier known as X"
    rf"\b(?:[Tt]he|[Aa]|[Oo]ur|[Ii]ts){_S}(?:(?:[Pp]rincipal|[Mm]ain|[Ss]uccessful|[Pp]referred|[Nn]ew|[Aa]ppointed"
    rf"|[Cc]hosen|[Aa]pproved|[Ee]xisting|[Cc]urrent|[Ii]ncumbent){_S})?"
    r"(?:[Cc]ontractor|[Ss]upplier|[Pp]rovider|[Oo]perator|[Tt]enant|[Ll]essee|[Gg]rantee|[Bb]idder|[Tt]enderer)"
    r"(?:[ \xa0]*,)?[ \xa0]+(?:known[ \xa0]+as[ \xa0]+)?",
)
_STRONG = "|".join(f"(?:{cue})" for cue in _STRONG_CUES)
# Cues that only name a correspondent or payee: people are named here too, so a name must look like a body's.
# Sole traders quote and tender too ("a quote from Jo Bloggs"), so these are weak cues as well:
# "the lowest tender of £940 from X", "a quotation has been received from X".
_WEAK = (
    rf"\b(?:correspondence|letters?|e-?mails?|invoices?|quotes?|quotations?|tenders?|bids?|estimates?){_S}"
    rf"(?:of{_S}{_AMOUNT}{_S})?(?:(?:(?:has|have|had){_S}been|was|were){_S})?(?:received{_S})?from{_S}"
)
# Cues of money given to a party: grantees are groups, often named by two plain words ("Northby Jazz"); so are the
# providers a contract is "with" ("a contract in place with Deaf Access").
_GIFT = re.compile(rf"grant|donat|loan|lease|funding|£|{_CONTRACT_WITH}")
_WORD = r"[A-Z0-9][\w'’.&\-]*"
_CONNECTOR = rf"(?:of(?:{_S}the)?|and|&|for|in|on|upon|de|la|at)"
_BRACKET = r"\([A-Z][A-Za-z&'’ \-]{1,30}\)"
_NAME = rf"(?P<name>{_WORD}(?:{_S}{_BRACKET}|{_S}(?:{_CONNECTOR}{_S})?{_WORD})*)"
_CUE_THEN_NAME = re.compile(
    rf"(?:(?P<strong>{_STRONG})|(?P<weak>{_WEAK}))(?:the{_S})?[‘'\"“]?{_NAME}"
)
# A decision whose subject is the party: "That Northby Flood Group be awarded a grant of £800".
_SUBJECT_THEN_GIFT = re.compile(
    rf"(?:\bThat,?{_S}|^[ \t\xa0]*|(?<=[.:;])[ \xa0]+)(?:the{_S}|The{_S})?{_NAME}{_S}"
    rf"(?:be|is|was|were|are|has{_S}been|have{_S}been){_S}(?:awarded|granted|offered|given|paid){_S}"
    rf"(?:(?:a|an|the|their|its|further|one-off|small){_S})?(?:[\w-]+{_S}){{0,2}}?"
    r"(?P<given>grant|loan|donation|contract|tender|lease|sum|order)\b",
    re.MULTILINE,
)
# A decision naming its party between the verb and the thing given: "Cabinet awards Acme Homes a 4-year contract",
# "to grant Northby Scouts a lease of the hut".
_GIFT_TO_NAME = re.compile(
    rf"\b(?:awards?|awarded|awarding|grants?|granted|granting|offers?|offered|offering){_S}{_NAME}{_S}"
    rf"(?:a|an|the|their|its){_S}(?:[\w-]+{_S}){{0,3}}?(?P<given>grant|loan|contract|tender|lease|licen[cs]e)\b"
)
# A body named for its part in a contract: "Freedom Leisure as the operator of the council's Sports Facilities
# Contract".
_NAME_AS_PARTY = re.compile(
    rf"(?<![\w'’&.-]){_NAME}{_S}as{_S}(?:the|its|our|their){_S}(?:[\w’']+[’']s{_S})?"
    r"(?:operator|provider|contractor|supplier|tenant|lessee|grantee)\b"
)
# Words before a recipient list that make its names grantees or hirers.
_GRANT_CONTEXT = re.compile(r"\b(?:grants?|awarded|donations?|lettings?|hire|hiring)\b", re.IGNORECASE)
# A recipient list: "Name (£160), and Name (£70)": two or more names each with its sum in brackets.
_WITH_SUM = rf"{_WORD}(?:{_S}(?:{_CONNECTOR}{_S})?{_WORD}){{0,5}}[ \xa0]*\({_AMOUNT}\)"
_SUM_LIST = re.compile(rf"(?<![\w'’&-]){_WITH_SUM}(?:(?:,[ \xa0]*(?:and{_S})?|{_S}and{_S}|[ \xa0]*;[ \xa0]*){_WITH_SUM})+")
_NAME_WITH_SUM = re.compile(rf"(?P<name>{_WORD}(?:{_S}(?:{_CONNECTOR}{_S})?{_WORD}){{0,5}})[ \xa0]*\({_AMOUNT}\)")
# Words that end or open no body's name in a party slot (a sentence's or a table's words).
_NOT_NAME_WORDS = frozenset(
    {"council", "councils", "committee", "members", "member", "government", "officers", "officer", "clerk", "chairman",
     "chair", "mayor", "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "appendix", "annex", "section", "table", "item", "paragraph", "option", "lot", "phase", "year",
     "ward", "wards", "parish", "town", "county", "district", "borough", "city", "england", "uk", "vat",
     "cabinet", "executive", "director", "head", "manager", "leader", "portfolio", "holder", "budget", "fund",
     "funds", "programme", "scheme", "project", "strategy", "plan", "policy", "reserve", "reserves", "grant",
     "grants", "contract", "contracts", "framework", "agreement", "lease", "licence", "license", "tender",
     "quote", "quotation", "order", "payment", "payments", "account", "accounts", "cost", "costs", "total",
     "all", "each", "any", "other", "local", "community", "groups", "organisations", "organizations",
     "applicants", "residents", "schools", "clubs", "charities", "providers", "suppliers", "contractors", "people",
     "bodies", "sector", "partners", "causes", "budgets", "authorities", "trusts", "committees", "tenderer",
     "tenderers", "bidder", "bidders", "supplier", "contractor", "provider", "applicant", "operator", "organisation",
     "reference", "ref", "no", "number"}
)
_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "lady", "lord",
                            "professor", "prof", "rev", "revd", "reverend", "canon", "father"})
# The legal suffix that ends a registered company's name, as a whole token: only the abbreviations take a dot, since
# after "Limited" or "plc" a dot ends the sentence, not the name. Every rule that reads company names uses this one.
COMPANY_SUFFIX = r"(?:(?:Ltd|LTD|C\.I\.C)\b\.?|(?:Limited|LLP|plc|Plc|PLC|CIC)\b)"
# Abbreviations that keep their own dot at a name's end ("Acme Ltd.", "Smith & Co."): no sentence's full stop.
_OWN_DOT = re.compile(r"\b(?:Ltd|LTD|Co|Inc|St|Bros|C\.I\.C)\.$")


def without_full_stop(name: str) -> str:
    """`name` without a sentence's full stop at its end; a company's "Ltd." or "Co." keeps its own."""
    name = name.strip()
    return name[:-1] if name.endswith(".") and not _OWN_DOT.search(name) else name


# The legal forms a company's name ends with, as lower-case words (organisations' payee rule shares them).
COMPANY_ENDINGS = frozenset({"ltd", "ltd.", "limited", "plc", "llp", "cic", "co", "co.", "company"})
_COMPANY_HEADS = COMPANY_ENDINGS | {
    "group", "services", "solutions", "contractors", "consultants", "consulting", "associates", "enterprise",
    "enterprises", "homes", "housing"}
_CHARITY_HEADS = frozenset({"club", "fc", "rfc", "afc", "cc", "trust", "association", "society", "church", "charity",
                            "foundation", "scouts", "guides", "brownies", "choir", "band", "orchestra", "theatre",
                            "players", "league", "hospice", "friends", "institute", "alliance", "federation",
                            "pcc", "w.i.", "wi", "sports", "network", "centre"})
# The lowercase word right after a name: a function word or a verb follows a party; a noun shows a modifier.
_WORD_AFTER = re.compile(r"[ \xa0]+([a-z][a-z'’-]*)")
_VERBS_AFTER_PARTY = frozenset(
    {"towards", "toward", "until", "subject", "per", "following", "totalling", "amounting", "covering", "including",
     "starting", "commencing", "effective", "shall", "will", "would", "should", "may", "must", "can", "could",
     "had", "has", "have", "was", "were", "is", "are", "be", "being", "been", "who", "which", "that", "whose",
     "to", "for", "from", "with", "without", "at", "by", "in", "on", "of", "and", "or", "but", "as", "under", "over",
     "via", "plus", "excluding", "inc", "incl", "ltd", "limited", "pending", "once", "when", "if", "after", "before"}
)
_LIST_JOIN = re.compile(rf",[ \xa0]*(?:and{_S})?|{_S}and{_S}")
_INITIAL_SURNAME = re.compile(r"[A-Z]\.?(?:[ \xa0]*[A-Z]\.?)?[ \xa0]+[A-Z][a-z][\w'’-]*")


def find_party_names(text: str) -> list[PartyName]:
    """Every name read from a party slot or a recipient list, split into its list's items."""
    found: list[PartyName] = []
    for match in _CUE_THEN_NAME.finditer(text):
        strong = match.group("strong") is not None
        gift = strong and _GIFT.search(match.group("strong")) is not None
        for start, end in _list_items(text, match.start("name"), match.end("name")):
            party = _party(text, start, end, strong, gift)
            if party is not None:
                found.append(party)
    found += _lead_in_list_names(text)
    for match in _SUBJECT_THEN_GIFT.finditer(text):
        gift = match.group("given") not in {"contract", "tender", "order"}
        start = match.start("name")
        that = re.search(r"\bThat,?[ \xa0]+(?:the[ \xa0]+)?", match.group("name"))
        if that is not None:
            start += that.end()  # "RESOLVED That Northby Choir be ...": the decision's opening words are no name
        party = _party(text, start, match.end("name"), True, gift) if start < match.end("name") else None
        if party is not None:
            found.append(party)
    for match in _NAME_AS_PARTY.finditer(text):
        # an operator or provider of a council's contract is a body, as a grantee is, though named by two plain words
        party = _party(text, match.start("name"), match.end("name"), True, True)
        if party is not None:
            found.append(party)
    for match in _GIFT_TO_NAME.finditer(text):
        gift = match.group("given") not in {"contract", "tender"}
        party = _party(text, match.start("name"), match.end("name"), True, gift)
        if party is not None:
            found.append(party)
    for listed in _SUM_LIST.finditer(text):
        if not _GRANT_CONTEXT.search(text, max(0, listed.start() - 150), listed.start()):
            continue  # "Adult Social Care (£12m), Highways (£3m)": a budget's lines, not grantees
        for item in _NAME_WITH_SUM.finditer(text, listed.start(), listed.end()):
            start = item.start("name")
            words = item.group("name").split()
            # "approved for Northby Jazz (£160)": only the capitalised run before the sum is the name
            if words[0].lower() in {"and", "for", "to"}:
                continue
            party = _party(text, start, item.end("name"), True, True)
            if party is not None:
                found.append(party)
    return found


# A lead-in that announces a list of bodies: "... provided by the following organisations:",
# "Grants were awarded to the following recipients:" ("the following grants:" lists grants, not grantees).
_LEAD_IN = re.compile(
    r"\bfollowing[ \xa0]+(?:[\w-]+[ \xa0]+)?(?P<kind>organisations|organizations|providers|suppliers|contractors"
    r"|recipients|applicants|charities|clubs)\b[^\n:]{0,80}:[ \t\xa0]*\n"
)
# One item of such a list: an optional bullet or label, the name, then the line's end or a dash, sum or bracket.
_LIST_ITEM = re.compile(
    rf"[ \t\xa0]*(?:[•*·▪\-–][ \t\xa0]*|\(?[a-z0-9]{{1,3}}[.)][ \t\xa0]*)?{_NAME}[ \t\xa0]*"
    r"(?:[–—-][ \t\xa0]|£|\(|:|\t|$)",
    re.MULTILINE,
)
_LONGEST_LIST = 30
# "To waive contract standing order 8.2 and directly award contracts to:" over "a. X: Contract for ...": a list of
# the bodies awarded, each line opening with one.
_AWARD_LEAD_IN = re.compile(r"\b(?:award|awarded|awarding)\b[^\n:]{0,80}?\bto[ \xa0]*:[ \t\xa0]*\n")
# A name's line going on to what it is given ("St Michael's Fellowship: Contract for the delivery of ..."), however
# long the line.
_GIVEN_AFTER_NAME = re.compile(r"[ \t\xa0]*:[ \t\xa0]*(?:Contract|Grant|Agreement|Funding|Service)s?\b")


def _lead_in_list_names(text: str) -> list[PartyName]:
    """Names listed one a line under a lead-in that says the lines are organisations, grantees or suppliers."""
    found: list[PartyName] = []
    leads = [(lead.end(), lead.group("kind") in {"recipients", "applicants", "charities", "clubs"})
             for lead in _LEAD_IN.finditer(text)] + [(lead.end(), True) for lead in _AWARD_LEAD_IN.finditer(text)]
    for position, gift in leads:
        for _ in range(_LONGEST_LIST):
            while text.startswith(("\n", " \n", "\xa0\n"), position) or re.match(r"[ \t\xa0]+\n", text[position:position + 40]):
                position = text.index("\n", position) + 1  # blank lines between a web page's items
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            item = _LIST_ITEM.match(text, position, line_end)
            if item is None or (line_end - position > 120 and not _GIVEN_AFTER_NAME.match(text, item.end("name"))):
                break
            party = _party(text, item.start("name"), item.end("name"), True, gift)
            if party is not None and re.fullmatch(r"[A-Z][a-z]+", party.text):
                party = None  # "• Smoothing – reserves used to ...": one plain word opening a line is a heading's
            if party is not None:
                found.append(party)
            position = line_end + 1
    return found


def guess_type(name: str) -> OrgType:
    """A company by its suffix, a charity or club by its head word, else "other"."""
    words = [w.lower().strip(",;:()") for w in name.split()]
    if any(w in {"ltd", "ltd.", "limited", "plc", "llp"} for w in words):
        return OrgType.COMPANY
    if words[-1] in _CHARITY_HEADS:
        return OrgType.CHARITY
    if words[-1] in _COMPANY_HEADS:
        return OrgType.COMPANY
    return OrgType.OTHER


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A name run split at list commas and at an "and" joining two names of two words or more each."""
    span = text[start:end]
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for join in _LIST_JOIN.finditer(span):
        left = span[cursor:join.start()]
        right = _next_item(span[join.end():])
        if "," in join.group() or (len(left.split()) >= 2 and len(right.split()) >= 2 and not _ends_in_connector(left)):
            pieces.append((start + cursor, start + join.start()))
            cursor = join.end()
    pieces.append((start + cursor, end))
    return pieces


def _next_item(rest: str) -> str:
    """The words up to the next list join."""
    join = _LIST_JOIN.search(rest)
    return rest[: join.start()] if join else rest


def _ends_in_connector(words: str) -> bool:
    return words.split()[-1].lower() in {"of", "the", "for", "&"} if words.split() else True


def _party(text: str, start: int, end: int, strong: bool, gift: bool) -> PartyName | None:
    """The span as a party's name, or None when it reads as a person, a place, a post or a sentence's words."""
    span = text[start:end]
    # Trailing connectors and a sentence's full stop are not the name's ("X Ltd." keeps its own).
    sentence_end = re.search(r"(?<!\bSt)(?<!\bCo)(?<!\bLtd)(?<!\bBros)\.[ \xa0]", span)
    if sentence_end is not None:
        span = span[: sentence_end.start()]  # "... to Northby Care. Despite this": the sentence ends at the stop
    suffix = re.search(rf"\b{COMPANY_SUFFIX}(?=[ \xa0])", span)
    if suffix is not None:
        span = span[: suffix.end()]  # a company's name ends at its suffix: "Acme Ltd. The work ..."
    trimmed = span.rstrip("'’\"”")
    # "Northby Hall Committee (NHC)": the acronym in brackets is the name's alias, read by the acronym rules
    trimmed = re.sub(r"[ \xa0]+\([A-Z&]{2,10}\)$", "", trimmed)
    while True:
        # "Northby Scouts for 25 years": a figure and the connector before it are the sentence's
        shorter = re.sub(rf"{_S}(?:of(?:{_S}the)?|and|&|for|in|on|upon|de|la|at|\d[\d,./-]*)$", "", trimmed)
        if shorter == trimmed:
            break
        trimmed = shorter
    trimmed = without_full_stop(trimmed)
    end = start + len(trimmed)
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) not in STOP_WORDS and after.group(1) not in _VERBS_AFTER_PARTY:
        return None  # "a grant to the St Mary’s churchyard fund": the name qualifies a lowercase noun
    words = trimmed.split()
    if not words:
        return None
    lowered = [w.lower().strip("'’.,") for w in words]
    if lowered[0] in _PERSON_TITLES or lowered[0] in STOP_WORDS and lowered[0] not in {"one", "first"}:
        return None
    if lowered[-1] in _NOT_NAME_WORDS or lowered[0] in _NOT_NAME_WORDS or len(words) > 7:
        return None
    if any(re.fullmatch(r"\d[\d,.]*", w) for w in words[:1]) and len(words) == 1:
        return None
    if trimmed in council_places() or re.sub(r"\s+", " ", trimmed) in council_places():
        return None  # a place alone: which of its bodies is meant is a guess
    if _INITIAL_SURNAME.fullmatch(trimmed):
        return None  # "J Smith", "A.B. Jones": a person
    plain = all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words)
    if plain and len(words) == 2 and lowered[-1] not in _CHARITY_HEADS | _COMPANY_HEADS and not gift:
        return None  # "a quote from Jo Bloggs", "awarded to Jo Bloggs": two plain words read as a person
    if len(words) == 1 and (len(trimmed) < 3 or not strong or lowered[0] in _CHARITY_HEADS | _COMPANY_HEADS):
        return None  # "the Provider Association": a kind of body written after its role, not a name
    return PartyName(start, end, trimmed, guess_type(trimmed), strong)


def read_party(text: str, start: int, end: int, gift: bool) -> PartyName | None:
    """A span as a party's name under a strong cue, or None (the checks `find_party_names` applies)."""
    return _party(text, start, end, True, gift)


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of names split into its list's items (at commas, and at an "and" between longer names)."""
    return _list_items(text, start, end)
