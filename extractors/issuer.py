"""The body that issues a document: who a council or NHS paper speaks as, and which body it names as its own."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from extractors.acronyms import find_acronyms, initials
# bodies.py is the shared reference table and name normaliser the scorer's equivalences live in.
from extractors.bodies import (
    CCG_BY_INITIALS,
    NOT_COUNCIL_INITIALS,
    Body,
    councils_by_place,
    load_bodies,
    lookup,
    name_key,
)
from extractors.coordinated_names import COMPASS_WORDS
from extractors.header import (
    ISSUER_SCAN_CHARS,
    clean_line,
    letter_salutation,
    minutes_heading,
    person_or_post_line,
    tidy_case,
)

ISSUER_MIN_EVIDENCE = 2
"""Uses (its name, initials, "the Council" credited to it, its area's people) the most-named body needs to be read as
the issuer when no heading, letterhead or council voice names it."""
ISSUER_HEAD_LINES = 8
"""A body named in this many opening lines ("KENT COUNTY COUNCIL – RECORD OF DECISION") issues the paper."""
HEADING_MAX_CHARS = 90
DOMINANCE = 2.0
"""The most named body issues the paper outright when named this many times more than the next."""
NAME_NOISE_CHARS = 80
"""How far past a body mention's offset its name may start (after noise the match took in)."""
THIRD_PARTY_MAX_USES = 2
"""A council named this often at most, in a paper writing of another area alone and never of the council's own,
is a third party."""

# A place word: capitalised, and not one of the words that end a body's name.
_CAP = (
    r"(?!(?:NHS|Council|Clinical|Commissioning|Group|Trust|Board|Foundation|Integrated|County|City|District|Borough"
    r"|Town|Parish|CCG|ICB)\b)(?:St\.|[A-Z][A-Za-z'’]+)"
)
_PLACE = _CAP + r"(?:(?:\s+|-)(?:(?:and|upon|on|in|under|of|&)(?:\s+|-))?" + _CAP + r"){0,4}"
_COUNCIL = (
    r"(?:(?:Royal\s+|London\s+|Metropolitan\s+)Borough\s+of\s+" + _PLACE
    + r"|City\s+of\s+" + _PLACE + r"\s+Council"
    + r"|" + _PLACE + r"\s+(?:County|City|District|Borough|Town|Parish|Metropolitan\s+Borough|Metropolitan\s+District)\s+Council"
    + r"|" + _PLACE + r"\s+Council)"
)
_NHS = (
    # "Harrogate and District Foundation Trust": a trust named for a town and its district.
    r"(?:NHS\s+)?" + _PLACE + r"(?:\s+(?:and|&)\s+District)?"
    + r"\s+(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board"
    + r"|Commissioning\s+Group|CCG|ICB)"
)
_NHS_NAME = re.compile(r"(?<![\w-])" + _NHS + r"(?![\w-])")
# "Northby Council for Voluntary Service" is a charity, not Northby's council.
_BODY_NAME = re.compile(r"(?<![\w-])(?:" + _COUNCIL + r"|" + _NHS + r")(?![\w-])(?!\s+for\s+Voluntary\b)")
# Words that start a capitalised run but are not part of a body's name.
_LEADING_NOISE = re.compile(
    r"^(?:(?:The|This|That|Our|Both|And|Between|With|By|For|From|To|Of|of|In|On|At|Under|As|Agenda|Report|Cabinet|Committee|Minutes"
    r"|Meeting|Full|Each|Every|Local|Member|Members|Leader|Chair|Dear|Approved|Recommendation|Summary|Email|Contact|Decision"
    r"|Record|Proposed|Draft|Appendix|Item|Public|Section|Agreements?|Contract|Partnership|Arrangements?|Between"
    # a meeting's body and a cover sheet's fields before the name ("Governing Body Meeting of", "Title")
    r"|Governing|Body|Board|Title|Subject|Status"
    # a kind of meeting ("Minutes of the Extraordinary Parish Council Meeting")
    r"|Extraordinary|Special|Annual|Ordinary)\s+)+"
)
_NOT_A_PLACE = frozenset({"county", "city", "district", "borough", "town", "parish", "full", "the", "local", "each", "every", "our"})
_COUNCIL_KEY = re.compile(r"\b(?:council|borough)\b")
_LOCAL_COUNCIL_KEY = re.compile(r"\b(?:town|parish)\s+council$")
_SELF_REFERENCES = (
    (_COUNCIL_KEY, re.compile(r"\b[Tt]he Council\b")),
    (re.compile(r"\btrust\b"), re.compile(r"\b[Tt]he Trust\b")),
    (re.compile(r"\bclinical commissioning group\b"), re.compile(r"\b[Tt]he (?:CCG|Clinical Commissioning Group)\b")),
    (re.compile(r"\bintegrated care board\b"), re.compile(r"\b[Tt]he (?:ICB|Integrated Care Board)\b")),
)
_GOV_EMAIL = re.compile(r"@(?P<place>[a-z][a-z-]+)\.gov\.uk\b", re.IGNORECASE)


# A department's name run into its council's ("Prepared by Member Services City Council", "Legal Services Northby
# Borough Council"): the words up to the department's noun name no place.
_DEPARTMENT_BEFORE_COUNCIL = re.compile(r"^(?:.*\s)?(?:Services?|Department|Directorate|Team|Unit|Division)\s+(?=.*\sCouncil$)")


# The words of a body's kind: a name of these (and compass words) alone names no body.
_BODY_KIND_WORDS = frozenset({"NHS", "Clinical", "Commissioning", "Group", "Integrated", "Care", "Board", "Foundation",
                              "Trust", "Council", "County", "City", "Borough", "District", "Primary", "Metropolitan"})


def _body_mentions(text: str) -> list[tuple[str, int]]:
    """Every council or NHS body name written in `text`, with its offset."""
    found: list[tuple[str, int]] = _city_of_mentions(text) + _short_alias_mentions(text)
    for match in _BODY_NAME.finditer(text):
        name = _LEADING_NOISE.sub("", re.sub(r"\s+", " ", match.group(0)))
        name = _DEPARTMENT_BEFORE_COUNCIL.sub("", name)
        by_initials = CCG_BY_INITIALS.search(name)
        # "Managing Director CL CCG": the post before the initials is no name (in capitals, as "NORTH DURHAM CCG",
        # every word looks like initials)
        if by_initials is not None and not name.isupper():
            name = name[by_initials.start():]
        name = _longer_known_name(text, match.start(), name) or _own_body_name(text, match.start(), name)
        if name is None:
            continue
        words = name.split()
        if len(words) < 2 or (words[0].lower() in _NOT_A_PLACE and not name.startswith("City of ")):
            continue
        # "<Place> Council" alone is also how groups write ("Patient Council"): keep only known councils.
        if _BARE_COUNCIL.search(name) and not _known_body(name):
            continue
        found.append((name, match.start()))
    # "East Clinical Commissioning Group", "Foundation Trust": a kind whose place was cut off names no body.
    found = [(name, at) for name, at in found
             if not all(w in COMPASS_WORDS or w in _BODY_KIND_WORDS for w in name.split())]
    return sorted(found, key=lambda item: item[1])


# A post's title before the body that employs it ("Chief Officer of", "Director of Public Health for").
_POST_TITLE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,4}?(?:Officer|Executive|Director|Manager|Head|Chair|Chairman|Leader|Clerk|Lead"
    r"|Commissioner|Secretary)(?:\s+[A-Za-z][\w'’-]*){0,4}?\s+(?:of|for|at)\s+(?:the\s+)?")
# A person's initial and surname run into a body's name in a list of members ("D Smith Northby CCG").
_PERSON_INSIDE = re.compile(r"^(?:.*\s)?[A-Z]\.?\s+[A-Z][a-z][\w'’-]*\s+")
_ACRONYM_BEFORE_COUNCIL = re.compile(r"^(?:(?!NHS\b)[A-Z]{2,}\s+)+(?=" + _COUNCIL + r"$)")
_INITIAL_BEFORE = re.compile(r"(?<![\w'’&-])[A-Z]\.?[ \t]+$")
LONGER_NAME_WORDS = 5
"""How many words before a match may open a longer name the table knows ("NHS City and" before "Hackney CCG")."""


def _longer_known_name(text: str, start: int, name: str) -> str | None:
    """The table's whole name when a match is its tail ("NHS City and Hackney Clinical Commissioning Group")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].split()
    # "... in Northby.  The Council has": a word closing the last sentence opens no name of this one.
    ends = [i for i, word in enumerate(before) if word.endswith((".", ";", ":", "!", "?")) and word != "St."]
    before = before[ends[-1] + 1 :] if ends else before
    for size in range(min(LONGER_NAME_WORDS, len(before)), 0, -1):
        longer = " ".join(before[-size:] + [name])
        if before[-size][:1].isupper() and _known_body(longer):
            return longer
    return None


def _own_body_name(text: str, start: int, name: str) -> str | None:
    """The body's own name without a post's title or a person's name run into it; None when a person's
    surname opens it and nothing known is left ("D Smith Northby CCG" gives "Northby CCG")."""
    post = _POST_TITLE.match(name)
    if post is not None and _BODY_NAME.fullmatch(name[post.end():]):
        name = name[post.end():]
    acronym = _ACRONYM_BEFORE_COUNCIL.match(name)
    if acronym is not None and not name.isupper():
        name = name[acronym.end():]  # "NBC Northby Borough Council": a list's acronym column, then the council
    person = _PERSON_INSIDE.match(name)
    if person is not None and _BODY_NAME.fullmatch(name[person.end():]):
        name = name[person.end():]
    elif _INITIAL_BEFORE.search(text[max(0, start - 4):start]):
        rest = name.split(" ", 1)[1] if " " in name else ""
        name = rest if _BODY_NAME.fullmatch(rest) else ""
    if not _known_body(name):
        # "Review of Mid Devon District Council": a title's words before a name the table knows
        words = name.split(" ")
        known = next((" ".join(words[i:]) for i in range(1, len(words) - 1)
                      if words[i][:1].isupper() and _known_body(" ".join(words[i:]))), None)
        name = known or name
    return name or None


# "the City of Westminster", and the one council named "Council of the <Place>" (an island council).
_CITY_OF = re.compile(r"(?<![\w-])(?P<kind>City\s+of|Council\s+of\s+the)\s+(?P<place>" + _PLACE + r")(?![\w-])")


def _city_of_mentions(text: str) -> list[tuple[str, int]]:
    """Councils named "City of <Place>" with no "Council" ("the City of Westminster") or "Council of the <Place>":
    only those the reference table knows, since "in the City of Southampton" mostly names a place, not its council."""
    found: list[tuple[str, int]] = []
    for match in _CITY_OF.finditer(text):
        if re.match(r"\s+Council\b", text[match.end():]):
            continue  # "City of York Council": the council pattern reads it
        words = match["place"].split()
        kind = " ".join(match["kind"].split())
        for size in range(len(words), 0, -1):
            name = f"{kind} " + " ".join(words[:size])
            if _is_council(name) and _known_body(name):
                found.append((name, match.start()))
                break
    return found


@lru_cache(maxsize=1)
def _short_alias_pattern() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The reference table's short written forms of councils ("H&F", "LBHF") and the council of each."""
    by_alias: dict[str, str] = {}
    for body in load_bodies():
        if body.org_type.value in _COUNCIL_TYPES and body.valid_to is None:
            for alias in body.aliases:
                if re.fullmatch(r"[A-Z][A-Z&]{1,5}", alias):
                    by_alias[alias] = body.name
    if not by_alias:
        return None, by_alias
    alternatives = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])"), by_alias


def _short_alias_mentions(text: str) -> list[tuple[str, int]]:
    """Councils written by a short form the reference table lists for them ("H&F has a duty")."""
    pattern, by_alias = _short_alias_pattern()
    if pattern is None:
        return []
    return [(by_alias[m.group()], m.start()) for m in pattern.finditer(text)]


# "The Council of the City of Wakefield" is a council's formal name, and "the Council of Governors" an NHS
# foundation trust's: neither is a paper speaking as a council.
# "Call-in" is local-government scrutiny of an executive decision: NHS bodies have no such step.
_COUNCIL_VOICE = re.compile(
    r"\b[Tt]he [Cc]ouncil\b(?![/’'(]| of\b)|\bCabinet\b|\bPortfolio Holder\b|\bCouncill?ors?\b|\bCllr\b|\b(?:Executive|Lead) Member\b"
    r"|\b[Cc]all-in\b|\bcall in (?:a|the|this|any) decision")
_NHS_VOICE = re.compile(
    r"\b[Tt]he (?:CCG|Trust|ICB|PCT|Clinical Commissioning Group|Integrated Care Board|Governing Body)\b")


def speaks_as_council(text: str) -> bool:
    """Whether the paper speaks as a council: it says "the Council" or puts its decisions to a Cabinet,
    a portfolio holder or councillors, at least as often as it says "the CCG", "the Trust", "the ICB"."""
    own = len(_COUNCIL_VOICE.findall(text))
    return own > 0 and own >= len(_NHS_VOICE.findall(text))


_TRUST_VOICE = re.compile(r"\b[Tt]he Trust\b|\bTrust Board\b")
_COMMISSIONER_VOICE = re.compile(r"\b[Tt]he (?:CCG|ICB|PCT|Clinical Commissioning Group|Integrated Care Board|Governing Body)\b")
TRUST_VOICE_MIN = 3
"""Uses of "the Trust" / "Trust Board" that, outnumbering every other voice, make a paper a trust's own."""


def speaks_as_trust(text: str) -> bool:
    """Whether the paper speaks as an NHS trust: "the Trust", "Trust Board" outnumber the council's
    and the commissioners' voices (a trust's board pack names its ICB, but calls itself "the Trust")."""
    own = len(_TRUST_VOICE.findall(text))
    return own >= TRUST_VOICE_MIN and own > len(_COUNCIL_VOICE.findall(text)) + len(_COMMISSIONER_VOICE.findall(text))


def _is_trust(name: str) -> bool:
    body = lookup(name)
    if body is not None:
        return body.org_type.value in {"nhs_trust", "nhs_foundation_trust"}
    return re.search(r"\bNHS\b.*\bTrust$|\bFoundation Trust$", name) is not None


def _trust_issuer(text: str) -> str | None:
    """The NHS trust a trust's paper names most (anywhere in it: a board pack may write only "LCH" for pages)."""
    written: dict[str, dict[str, int]] = {}
    for name, _ in _body_mentions(text):
        if _is_trust(name):
            forms = written.setdefault(name_key(name), {})
            forms[name] = forms.get(name, 0) + 1
    if not written:
        return None
    # A trust writes its own initials throughout ("LCH's winter plan"); a partner's, now and then.
    uses = {
        key: sum(forms.values()) + _initials_uses(text, shown_form(forms))
        for key, forms in written.items()
    }
    ranked = sorted(uses, key=lambda key: -uses[key])
    if len(ranked) > 1 and uses[ranked[0]] < DOMINANCE * uses[ranked[1]]:
        return None  # two trusts named about as often: a partnership paper, not clearly either's
    return shown_form(written[ranked[0]])


ISSUER_HEAD_CHARS = 3000
"""How far into a paper its letterhead or form heading may sit."""


def _letterhead_council(head: str) -> str | None:
    """A council's name in capitals on a line of its own near the top ("STOCKTON-ON-TEES BOROUGH COUNCIL"
    over a decision form): the form's own heading, when it is the only such line."""
    found = set()
    for raw in head.splitlines():
        line = clean_line(raw)
        if line.isupper() and line.endswith("COUNCIL") and len(line) <= HEADING_MAX_CHARS:
            body = lookup(tidy_case(line))
            if body is not None and body.org_type.value in _COUNCIL_TYPES:
                found.add(body.name)
    return found.pop() if len(found) == 1 else None


# "BOROUGH COUNCIL REPORT TO CABINET ...": a letterhead whose place was a logo keeps only the council's tier.
_TIER_HEAD = re.compile(r"^(?P<tier>COUNTY|DISTRICT|BOROUGH|CITY)\s+COUNCIL\b(?!\s+(?:MEETING|OF)\b)")


def _tier_letterhead(text: str) -> str | None:
    """The one council of the letterhead's tier that the paper names in full, when its first line opens with
    the tier alone in capitals ("DISTRICT COUNCIL"): its partners of other tiers are named as often or more."""
    first = next((clean_line(ln) for ln in text[:ISSUER_HEAD_CHARS].splitlines() if clean_line(ln)), "")
    head = _TIER_HEAD.match(first)
    if head is None:
        return None
    tier = head["tier"].title()
    named = {name_key(name): name for name, _ in _body_mentions(text[:ISSUER_SCAN_CHARS])
             if name.endswith(f"{tier} Council") and _is_council(name)}
    return next(iter(named.values())) if len(named) == 1 else None


_SELF_TIER = re.compile(r"\b[Tt]he (County|City|Borough|District) Council\b")


# "Director at Northby and Southby Councils": one phrase naming several councils (a shared service), so the
# paper's one place is no sign of which council it is. Bounded runs keep the search linear on long capitals.
_JOINT_COUNCILS = re.compile(
    r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}[ \t]+Councils\b")


# "all Gloucestershire districts", "the Northshire district councils": the councils within a county, written by
# one of them; the county's place names an area of several councils, not the paper's own.
# "with districts and boroughs allocated 37.5% of the county funding": the county's councils as a class, so too.
_COUNTY_DISTRICTS = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+(?:districts|boroughs|(?:district|borough)[ \t]+councils"
    r"|(?:[Dd]istrict[ \t]+and[ \t]+[Bb]orough|[Bb]orough[ \t]+and[ \t]+[Dd]istrict)[ \t]+[Cc]ouncils)\b"
    r"|\bdistricts[ \t]+and[ \t]+boroughs\b|\bboroughs[ \t]+and[ \t]+districts\b")


def _counties_listing_districts(text: str) -> set[str]:
    """The places whose councils a paper writes as a set ("all Gloucestershire districts")."""
    return {re.sub(r"^(?:All|The)\s+", "", m.group("place")) for m in _COUNTY_DISTRICTS.finditer(text) if m.group("place")}


def _implied_council(text: str) -> str | None:
    """The council of the one council area a paper names, when it calls itself "the Council" but never
    names itself ("the City Council's Cabinet ... the Plymouth Integrated Commissioning Board")."""
    by_place = councils_by_place()
    # The officers' own email domain ("@staffordshire.gov.uk") says whose paper it is.
    emailed = [b for b in email_bodies(text) if _is_council(b.name)]
    if len(emailed) == 1:
        return emailed[0].name
    if _JOINT_COUNCILS.search(text) or _COUNTY_DISTRICTS.search(text):
        return None  # "Northby and Southby Councils": a shared service of several councils, none of them implied
    places = council_places_named(text)
    if len(places) != 1:
        return None  # none, or several areas: a neighbour or a partner may be the one named
    bodies = by_place[places.pop()]
    tiers = {m.group(1) for m in _SELF_TIER.finditer(text)}
    if len(tiers) == 1:
        (tier,) = tiers
        bodies = tuple(b for b in bodies if tier in b.name)
    elif bare_county_council_refs(text):
        # "Following vacation of County Council personnel from Sackville House, Lewes": a paper speaking of its
        # county council is the county's, or a district's writing of it; the one town it names implies neither.
        bodies = tuple(b for b in bodies if b.org_type.value == "county_council")
    if _OWN_DISTRICT.search(text):
        bodies = tuple(b for b in bodies if b.org_type.value != "county_council")  # a district's paper: not its county
    if len(bodies) == 1:
        return bodies[0].name  # "the County Council" of an area since reorganised: its county, abolished or not
    current = [b for b in bodies if b.valid_to is None]
    return current[0].name if len(current) == 1 else None


_SQUASH = re.compile(r"[^a-z]")


@lru_cache(maxsize=1)
def _bodies_by_domain_label() -> dict[str, tuple[Body, ...]]:
    """The current councils and combined authorities by the gov.uk domain label their place spells:
    "eastsussex" (East Sussex County Council), "greatermanchesterca" (Greater Manchester Combined Authority)."""
    found: dict[str, list[Body]] = {}
    for place, bodies in councils_by_place().items():
        for body in bodies:
            if body.valid_to is None:
                found.setdefault(_SQUASH.sub("", place.lower()), []).append(body)
    for body in load_bodies():
        if body.org_type.value == "combined_authority" and body.valid_to is None:
            place = re.sub(r"\s+(?:Mayoral\s+)?Combined\s+(?:County\s+)?Authority$", "", body.name)
            for label in {_SQUASH.sub("", place.lower()) + "ca", *(a.lower() for a in body.aliases if a.isupper())}:
                found.setdefault(label, []).append(body)
    return {label: tuple(bodies) for label, bodies in found.items()}


def email_bodies(text: str) -> tuple[Body, ...]:
    """The bodies the officers' @<domain>.gov.uk email addresses belong to, where a domain spells one current
    council's or combined authority's place ("@eastsussex", "@greatermanchester-ca") or its initials."""
    found: dict[str, Body] = {}
    for domain in {m["place"].lower() for m in _GOV_EMAIL.finditer(text)}:
        bodies = _bodies_by_domain_label().get(_SQUASH.sub("", domain), ())
        if len(bodies) != 1:
            by_initials = _council_by_domain_initials(_SQUASH.sub("", domain))
            bodies = (by_initials,) if by_initials is not None else ()
        for body in bodies:
            found[body.name] = body
    return tuple(found.values())


def council_places_named(text: str) -> set[str]:
    """The council areas a paper writes by place name ("Plymouth", "the Northby area"), other than inside an
    NHS body's name ("Northby and Westby CCG" is the NHS body's area), on a venue's line or after a person's given
    name."""
    return set(council_place_uses(text))


def council_place_uses(text: str) -> Counter[str]:
    """How often a paper writes each council area by place name (as `council_places_named` reads them)."""
    by_place = councils_by_place()
    pattern = _place_pattern(tuple(sorted(by_place, key=len, reverse=True)))
    skipped = [(m.start(), m.end()) for m in _NHS_NAME.finditer(text)] + [
        (m.start(), m.end()) for m in _VENUE_LINE.finditer(text)]
    return Counter(m.group() for m in pattern.finditer(text) if not _after_given_name(text, m.start(), m.end())
                   and not any(start <= m.start() < end for start, end in skipped)
                   and not _STREET_AFTER.match(text, m.end()) and not _INDEPENDENT_BODY_AFTER.match(text, m.end()))


# "Cambridge Gardens", "Oxford Road", "York House": a street's or a building's name, wherever it stands, not its area.
_STREET_AFTER = re.compile(r"[ \t]+(?:Road|Street|Gardens|Way|Avenue|Court|Lane|Close|Place|Square|Terrace|Crescent|"
                           r"Drive|Grove|House|Row|Walk|Mews)\b")


# "Preston Care and Repair", "Oldham Mencap", "Bolton Hospice": an independent body named for its home town, which a
# paper of a neighbouring council names as its provider; the place is the body's name, not the paper's area. So is a
# practice or building named for its neighbourhood ("Waverley Medical Centre" is in Rotherham, not Waverley).
_INDEPENDENT_BODY_AFTER = re.compile(
    r"[ \t]+(?:Care[ \t]+(?:and|&)[ \t]+Repair|Mencap|Mind|Carers|Citizens[ \t]+Advice|CVS|Hospice|Foodbank|"
    r"Food[ \t]+Bank|Women['’]s[ \t]+Aid|Rape[ \t]+Crisis|Samaritans|Hospitals?|College|University|Cathedral|"
    r"(?:[Mm]edical|[Hh]ealth)[ \t]+(?:[Cc]entre|[Pp]ractice|[Hh]ub)|Surgery|Leisure[ \t]+Centre|Library|"
    r"Primary[ \t]+School|Academy)\b")


# "Venue: Cheviot Suite, Holiday Inn, Seaton Burn, Newcastle upon Tyne": where a meeting sits, often outside its
# council's area, is not whose paper it is; a council's own building ("Harrow Civic Centre, Harrow") is.
_VENUE_LINE = re.compile(
    r"(?im)^[ \t]*(?:venue|location|address|meeting\s+place)[ \t]*:"
    r"(?![^\n]*\b(?:civic|town\s+hall|county\s+hall|city\s+hall|shire\s+hall|guildhall|council|municipal)\b)[^\n]*")


def _places_of(council: str) -> set[str]:
    """The place names the reference table gives a council ("Northby" for Northby City Council)."""
    return {p for p, bodies in councils_by_place().items() if any(b.name == _body_name(council) for b in bodies)}


def _without_body_names(text: str) -> str:
    """The text with every council or NHS body's name blanked out (offsets kept), leaving places written alone."""
    bare = text
    for name, offset in _body_mentions(text):
        # The offset is where the match began, which may be noise before the name ("COUNCIL\nNorthby Council").
        written = re.compile(r"\s+".join(re.escape(word) for word in name.split()))
        found = written.search(text, offset, offset + len(name) + NAME_NOISE_CHARS)
        start, end = (found.start(), found.end()) if found else (offset, offset + len(name))
        bare = bare[:start] + " " * (end - start) + bare[end:]
    return bare


def _other_area_named(bare: str, council: str) -> bool:
    """Whether a paper, its body names blanked (`_without_body_names`), writes a council area other than `council`'s
    own by itself."""
    return bool(council_places_named(bare) - _places_of(council))


def _own_area_named(text: str, council: str) -> bool:
    """Whether a paper writes `council`'s place by itself, outside the council's name ("Northby residents")."""
    return bool(_places_of(council) & council_places_named(re.sub(re.escape(council), " ", text)))


def _council_by_domain_initials(domain: str) -> Body | None:
    """The current council whose initials the officers' email domain spells ("@nbcpcouncil.gov.uk" for
    the council the table writes "NBCP Council"), when the table lists those initials as its short form."""
    stem = re.sub(r"council$", "", domain)
    if not re.fullmatch(r"[a-z]{2,6}", stem):
        return None
    body = lookup(f"{stem.upper()} Council") or lookup(stem.upper())
    if body is None or body.org_type.value not in _COUNCIL_TYPES or body.valid_to is not None:
        return None
    return body


_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
# Capitalised words that open a sentence or a phrase before a place ("In Northby", "The Northby plan").
_PHRASE_OPENERS = frozenset({"The", "In", "For", "To", "At", "By", "From", "With", "And", "Of", "On", "Across",
                             "Within", "Both", "All", "Whole", "Our", "This", "That", "Rural", "Urban", "Greater"})


# After the place: an address's postcode, or a possessive ("Securing Northby's Future", a title, not a person).
_PLACE_AFTER = re.compile(r"\s+[A-Z]{1,2}\d|['’]s\b")


def _after_given_name(text: str, at: int, end: int) -> bool:
    """Whether a place name stands after a capitalised word that reads as a person's given name
    ("Lizzy Northby substituted for ..."): a surname that happens to be a council's place. An address's
    town before its postcode ("Pursers Court Northby NB2 5DL") and a title's possessive are places."""
    if _PLACE_AFTER.match(text, end):
        return False
    before = _CAPITALISED_BEFORE.search(text[max(0, at - 30):at])
    return before is not None and before.group(1) not in _PHRASE_OPENERS


_PARTNER_BEFORE = re.compile(
    # "a shared service agreement in place with Durham County Council": "in place" may stand before "with".
    r"\b(?:(?:contract|agreement|arrangements?|partnership|SLA|MOU|memorandum|negotiations?|discussions?|joint\s+working|"
    r"jointly|in\s+collaboration|in\s+conjunction)(?:\s+in\s+place)?\s+with|led\s+by"
    # "jointly commission with X", "joint-commission Drugs and Alcohol Services (for adults ...) with X"
    r"|\b(?:joint(?:ly)?[\s-]+|co-?)commission\w*\b[^.]{0,120}?\bwith"
    # "the contract to be procured with X", "the equipment provider selected by X": a council procuring for this one
    r"|\bprocur(?:e|ed|ing|ement)(?:\s+(?:jointly|together))?\s+with|\b(?:selected|procured|tendered|chosen)\s+by"
    # "to allow time for discussions to take place with X", "negotiations are ongoing with X"
    r"|\b(?:negotiations?|discussions?|talks)(?:\s+[a-z]+){1,3}?\s+with"
    # "... under a joint contract with X and Y; with X being the Lead Commissioner": a clause after a semicolon opening
    # on "with" names a partner (not after a comma: "run jointly with NHS England, with Medway Council leading")
    r"|;\s*with"
    r"|(?:funding|funds|transfer|grant|money|monies|contribution|letter|payment|request|delegated)\b[^.]{0,40}?\bfrom)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE)
PARTNER_CONTEXT_CHARS = 160
DELEGATION_CONTEXT_CHARS = 200
"""How far before a council's name "delegated from <the host, with an aside> to" may start."""
# The bodies an agreement is made with, listed ("a partnership agreement with Northby Healthcare Trust, Southby
# County Council and Westby Council"): every name in the list is a counterparty, not only the first.
_PARTNER_WORD = r"[A-Z][\w'’-]*"
_PARTNER_LIST = re.compile(
    r"\b(?:[Cc]ontracts?|[Aa]greements?|[Aa]rrangements?|[Pp]artnership|SLA|MOU|[Mm]emorandum)\s+with\s+(?:the\s+)?"
    r"(?P<list>" + _PARTNER_WORD + r"(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+(?:and|&|of|upon|on|the)[ \t]+)" + _PARTNER_WORD + r")*)"
)


# "Subject to Northby District Council, Southby District Council and Westby District Council agreeing to similar
# resolutions": the partners whose own decisions this one waits on.
_CONDITIONAL_PARTNERS = re.compile(
    r"\b[Ss]ubject\s+to\s+(?:the\s+)?(?P<list>" + _PARTNER_WORD + r"(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+(?:and|&|of|upon|on|the)[ \t]+)"
    + _PARTNER_WORD + r")*)[ \t]+(?:agreeing|approving|adopting|passing|resolving)\b"
)


def _in_partner_list(scan: str, at: int) -> bool:
    """Whether a name at this offset is one of the bodies listed after "agreement with" or before "agreeing to
    similar resolutions"."""
    listed = [*_PARTNER_LIST.finditer(scan, max(0, at - 300), at + 1),
              *_CONDITIONAL_PARTNERS.finditer(scan, max(0, at - 300), at + 300)]  # the list runs on to "agreeing"
    return any(m.start("list") <= at < m.end("list") for m in listed)


# "the delegation of authority to Southby County Council to act as lead authority": a council hands its
# functions to another council, never to itself (its own officers get them as "the Director of ...").
_DELEGATED_TO = re.compile(
    r"\bdelegat(?:e|ed|es|ing|ion)\s+(?:of\s+)?(?:(?:the|its|our|these|this|that)\s+)?"
    r"(?:authority|functions?|powers?|responsibilit(?:y|ies)|commissioning)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?$"
    # "... functions be delegated from Westby District Council (as the current host) to Northby District Council"
    r"|\bdelegated\s+from\s+[^.;]{3,160}?\s+to\s+(?:the\s+)?$"
    # "That the Council's Building Control Function be delegated to Southby District Council"
    r"|\b(?:authority|functions?|powers?|responsibilit(?:y|ies))\s+(?:\w+\s+){0,2}?(?:be|is|are|was|were|been|being)\s+"
    r"delegated\s+to\s+(?:the\s+)?$",
    re.IGNORECASE)


def _place_listed_as_partner(scan: str, name: str) -> bool:
    """Whether the council's place alone is one of the areas listed after "in partnership with" ("for
    Northby in partnership with Southby, Westby and Eastby"): no council lists itself among its partners.
    The place must be an item followed by a comma and a further item: "a contract with Southby Leisure Ltd" lists a
    company, and "an agreement with Southby and Westby CCG" (perhaps wrapped after "Southby") an NHS body."""
    place = _TYPE_WORDS.sub("", name).strip()
    if not place or place == name:
        return False
    item = re.compile(rf"(?<![\w'’-]){re.escape(place)}(?=[ \t]*,)")
    return any(item.search(m["list"]) for m in _PARTNER_LIST.finditer(scan))


OWN_TIER_MIN = 2
"""Uses of "the Borough Council" or "CBC" (a tier other than the candidate's) that show the paper is another
council's."""
# A borough's or district's initials ("CBC", "TDC"), not a county's: their tier, as "the Borough Council" names it.
_TIER_INITIALS = re.compile(r"(?<![\w&/.’'-])[A-Z]{1,3}(?P<tier>B|D)C(?![\w&/-])")
_INITIALS_TIER = {"B": "borough", "D": "district"}


def _partner_council(scan: str, name: str) -> bool:
    """Whether a council paper's leading candidate is its partner, not itself: every mention of it is a
    counterparty's ("a contract with X Council", "funding from X County Council (XCC)"), or the paper
    calls itself "the Borough Council" while the candidate is a council of another tier."""
    if not _is_council(name):
        return False
    forms = [re.escape(name)] + [rf"\b{i}\b" for i in _initials(name)]
    # "(XCC)" right after the full name only defines the initials: the full name's context decides.
    spans = [m.start() for m in re.finditer("|".join(forms), scan, re.IGNORECASE) if scan[m.start() - 1:m.start()] != "("]
    if spans and all(_PARTNER_BEFORE.search(scan[max(0, at - PARTNER_CONTEXT_CHARS):at]) or _in_partner_list(scan, at)
                     for at in spans):
        return True
    if _place_listed_as_partner(scan, name) or any(
            _DELEGATED_TO.search(scan[max(0, at - DELEGATION_CONTEXT_CHARS):at]) for at in spans):
        return True
    tiers = Counter(m.group(1).lower() for m in _SELF_TIER.finditer(scan))
    # "MHCLG has allocated CBC homelessness prevention grant ...": a borough or district writes its own initials too,
    # more than the candidate's ("KCC" throughout a county paper that names "FHDC" projects is the county's).
    by_initials = Counter(_INITIALS_TIER[m["tier"]] for m in _TIER_INITIALS.finditer(scan)
                          if m.group() not in NOT_COUNCIL_INITIALS)
    if sum(by_initials.values()) > _initials_uses(scan, name):
        tiers.update(by_initials)
    if any(f"{tier} council" in name.lower() for tier in tiers):
        return False
    return max(tiers.values(), default=0) >= OWN_TIER_MIN


@lru_cache(maxsize=1)
def _place_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    # Not a person ("Councillor C Hart"), an NHS body's area, a venue, a region ("North Central London", "Western Devon") or the
    # City of London's one-word place, which names the capital far more often than the Corporation.
    person = r"(?<!Councillor )(?<!Cllr )(?<!Mr )(?<!Mrs )(?<!Ms )(?<!Dr )(?<![A-Z] )(?<![A-Z]\. )"
    region = r"(?<!North )(?<!South )(?<!East )(?<!West )(?<!Central )(?<!Northern )(?<!Southern )" \
             r"(?<!Eastern )(?<!Western )(?<!Greater )(?<!Inner )(?<!Outer )(?<!Mid )"
    # "Westminster" alone is Parliament far more often than the City of Westminster.
    names = "|".join(re.escape(p) for p in places if p not in {"London", "Westminster"})
    nhs_body = r"(?!\s+(?:Clinical\s+Commissioning|CCG|ICB|Integrated\s+Care\s+Board|NHS)\b)"  # a CCG's area, not the council's
    # A venue's town ("Sessions House, County Hall, Maidstone") is where a meeting sits, not whose it is.
    venue = (r"(?<!Hall, )(?<!House, )(?<!Centre, )(?<!Offices, )(?<!Buildings, )"
             r"(?<!Hall,\n)(?<!House,\n)(?<!Centre,\n)(?<!Buildings,\n)")
    # An address's locality ("a new medical centre at Olive Lane, Waverley") is a neighbourhood, as often of another
    # council's town as of the council of that name.
    street = "".join(rf"(?<!{word}, )" for word in ("Lane", "Road", "Street", "Avenue", "Way", "Drive", "Close"))
    return re.compile(rf"(?<![\w-]){person}{region}{venue}{street}(?:{names})(?![\w-]){nhs_body}")


# The people or places of an area, written after its name ("Northby residents") or before it ("residents of Northby").
_AREA_PEOPLE = r"(?:residents|households|communities|businesses|families|tenants)"


def own_area_uses(text: str, council: str) -> int:
    """How often a paper writes a council's place alone for the area's people ("£1m to support Northby
    residents", "residents of Northby"): a council speaks so of its own area; never counted inside a body's name."""
    place = _TYPE_WORDS.sub("", council).strip()
    if not place or place == council or place.split()[0] in {"City", "Borough", "Council"}:
        return 0  # "City of Westminster", "Council of the Isles of Scilly": no plain place to look for
    written = r"[ \t]+".join(re.escape(word) for word in place.split())
    # Not part of a longer place ("North Northby residents") or of a body's name ("residents of Northby County ...").
    pattern = (rf"(?<![\w'’-])(?<![A-Z][a-z] )(?<![A-Z][a-z][a-z] )(?<![A-Z][a-z]{{3}} )(?<![A-Z][a-z]{{4}} )"
               rf"{written}[ \t]+{_AREA_PEOPLE}\b"
               rf"|\b{_AREA_PEOPLE}[ \t]+(?:of|in|across)[ \t]+{written}(?![\w'’-])(?![ \t]+[A-Z])")
    return len(re.findall(pattern, text))


def _is_council(name: str) -> bool:
    """Whether a body name is a council's (by the reference table, else by its own words)."""
    body = lookup(name)
    if body is not None:
        return body.org_type.value in _COUNCIL_TYPES
    return _COUNCIL_KEY.search(name_key(name)) is not None


_BARE_COUNCIL = re.compile(r"^(?!.*\b(?:City|District|Borough|Town|Parish)\s+Council$).*\sCouncil$")
"""Names that must be in the reference table to count: "<Place> Council" (also how groups write, "Patient
Council") and "<Place> County Council" (a closed set, so "the March County Council meeting" is none)."""


def _of_type(name: str, org_type: str) -> bool:
    """Whether the reference table knows the name as a body of this type ("county_council", "district_council")."""
    body = lookup(name)
    return body is not None and body.org_type.value == org_type


def _one_district_beside_county(scan: str, top: str, others: list[str]) -> str | None:
    """The district council that issues a paper naming its county more often: one district named in full, not as a
    partner. A district's papers name the county as funder, commissioner or tenderer ("joint funding agreement with
    Norfolk County Council"), so the county leads the count; a county's own papers name its districts as a set or
    as the partners of an agreement, seldom one alone in the district's own voice."""
    if not _of_type(top, "county_council") or _DIVISIONS_LABEL.search(scan[:WARDS_LABEL_CHARS]):
        return None  # "Electoral Division: All": counties are elected by divisions, so the paper is the county's
    if own_area_uses(scan, top):
        return None  # "supported Kent residents through the winter": the county writing of its own area
    districts = [name for name in others if _of_type(name, "district_council")]
    if len(districts) != 1 or _partner_council(scan, districts[0]) or _beside_this_council(scan, districts[0]):
        return None
    return _body_name(districts[0])


def _body_name(name: str) -> str:
    """The reference table's name for a written name, or the name as written when the table does not know it."""
    known = lookup(name)
    return known.name if known is not None else name


def _known_body(name: str) -> bool:
    return lookup(name) is not None


_TYPE_WORDS = re.compile(
    r"\s+(?:NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board"
    r"|County\s+Council|City\s+Council|District\s+Council|Borough\s+Council|Town\s+Council|Parish\s+Council|Council)$"
)


def shown_form(forms: dict[str, int]) -> str:
    """The fullest of the most used written forms of a body ("Cambridgeshire County Council", not "...CC")."""
    return max(forms, key=lambda f: (forms[f], len(f)))


_NOT_IN_BODY_INITIALS = frozenset({"of", "and", "&", "the", "nhs", "upon", "on"})
"""Words a body's initials leave out ("Leeds Community Healthcare NHS Trust" is LCHT)."""


def _initials(name: str) -> set[str]:
    """Initialisms a paper may use for a body: of the whole name ("KCC") and of its place ("LCH")."""
    def letters(text: str) -> str:
        return initials([w for w in re.split(r"[\s-]+", text) if w], skip=_NOT_IN_BODY_INITIALS).upper()

    place = _TYPE_WORDS.sub("", name)
    return {i for i in (letters(name), letters(place) if place != name else "") if len(i) >= 3}


def _initials_uses(text: str, name: str) -> int:
    """How often a text writes a body by its initials ("KCC", "LCH"); not initials the paper defines as another body's
    ("Nottingham City Council (NCC)" makes "NCC" the city's, never Nottinghamshire County Council's)."""
    defined = find_acronyms(text)
    return sum(len(re.findall(rf"\b{i}\b", text)) for i in _initials(name) if not _defined_as_other(defined, i, name))


def _defined_as_other(defined: Mapping[str, str], acronym: str, name: str) -> bool:
    """Whether the paper defines the acronym as a body the reference table knows, other than `name`."""
    other = lookup(defined[acronym]) if acronym in defined else None
    return other is not None and name_key(other.name) != name_key(_body_name(name))


_COUNCIL_TYPES = frozenset({"county_council", "district_council", "london_borough", "metropolitan_borough",
                            "unitary_council", "council"})
OWN_INITIALS_MIN = 2
"""Uses of a council's initials ("KCC") that make it a candidate issuer when the paper never names it in full."""


@lru_cache(maxsize=1)
def _council_initials() -> dict[str, tuple[str, ...]]:
    """Every council in the reference table by its initials ("KCC" -> ("Kent County Council",))."""
    table: dict[str, list[str]] = {}
    for body in load_bodies():
        if body.org_type.value in _COUNCIL_TYPES and body.valid_to is None:
            # Only the whole name's initials ("KCC", "NWLDC"): a place's own ("NWL") is as often a
            # region's ("North West London") as the council's.
            initials = _initials(body.name) - _initials(_TYPE_WORDS.sub("", body.name))
            for each in initials:
                table.setdefault(each, []).append(body.name)
    return {k: tuple(v) for k, v in table.items()}


def email_places(text: str) -> set[str]:
    """The places of the officers' @<place>.gov.uk email domains ("kent" from "@kent.gov.uk")."""
    return {m["place"].lower().replace("-", " ") for m in _GOV_EMAIL.finditer(text)}


def _of_place(name: str, places: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(p)}\b", name.lower()) for p in places)


def initials_bodies(scan: str, places: set[str]) -> list[tuple[str, int, int]]:
    """Councils a paper writes by initials only ("KCC's budget webpage"): (name, uses, first offset).

    Initials count when they belong to one council in the reference table and are used repeatedly,
    or when the officers' email domain picks out which of the councils sharing them writes the paper.
    """
    uses: dict[str, list[int]] = {}
    for m in re.finditer(r"(?<![\w-])[A-Z]{3,5}(?![\w-])", scan):
        uses.setdefault(m.group(0), []).append(m.start())
    found: list[tuple[str, int, int]] = []
    for initials, offsets in uses.items():
        names = _council_initials().get(initials, ())
        by_email = [n for n in names if _of_place(n, places)]
        if len(by_email) == 1:
            found.append((by_email[0], len(offsets), offsets[0]))
        elif len(offsets) < OWN_INITIALS_MIN:
            continue
        elif len(names) == 1:
            found.append((names[0], len(offsets), offsets[0]))
        else:
            # "ECC" is Essex's or Exeter's: the one whose place the paper also writes out.
            placed = [n for n in names if re.search(rf"\b{re.escape(_TYPE_WORDS.sub('', n).strip())}\b", scan)]
            if len(placed) == 1:
                found.append((placed[0], len(offsets), offsets[0]))
    return found


# "the County Council", "To: County Council": the kind written with no place before it.
_BARE_KIND = re.compile(r"(?:^|(?<=[\s(:–-]))(?P<before>[A-Za-z’']+\s+)?County Council\b", re.MULTILINE)


def bare_county_council_refs(text: str) -> int:
    """How often a paper says "County Council" with no place name before it (its own body, a county)."""
    return sum(1 for m in _BARE_KIND.finditer(text) if m["before"] is None or not m["before"][:1].isupper()
               or m["before"].strip() in ("The", "To", "By", "At", "Full"))


# "the Town Council", "Town Council Standing Orders": the kind with no place name before it.
_LOCAL_COUNCIL_SELF = re.compile(r"(?:^|(?<=[\s(]))(?P<before>\S+\s+)?(?P<kind>Town|Parish) Council\b", re.MULTILINE)
_LOCAL_COUNCIL_CLERK = {"Town": re.compile(r"\bTown Clerk\b"), "Parish": re.compile(r"\bParish Clerk\b")}
LOCAL_SELF_MIN = 2
"""A paper saying "the Town Council" this often, with a Town Clerk in it, is a town council's own."""
_LOCAL_VENUE = {
    "Town": re.compile(r"^(?P<place>" + _PLACE + r")\s+Town\s+Hall\b"),
    "Parish": re.compile(r"^(?P<place>" + _PLACE + r")\s+(?:Village|Parish)\s+Hall\b"),
}


def local_council_kind(text: str) -> str | None:
    """"Town" or "Parish" when the paper is a town/parish council's own: it says "the Town Council"
    and has a Town Clerk (only those councils have one), so a city council it names is a partner."""
    kinds = [
        m["kind"]
        for m in _LOCAL_COUNCIL_SELF.finditer(text)
        if m["before"] is None or not m["before"][:1].isupper() or m["before"].strip() in ("The", "Under", "A")
    ]
    for kind in ("Town", "Parish"):
        if kinds.count(kind) >= LOCAL_SELF_MIN and _LOCAL_COUNCIL_CLERK[kind].search(text):
            return kind
    return None


LOCAL_OPENING_CHARS = 1500
"""A local council's minutes name their clerk and their kind of meeting within this many opening characters."""
_MINUTES_OPENING = re.compile(r"\b(?:minutes|notes)\b|\bmeeting\s+of\b[^.\n]{0,120}\bwas\s+held\b", re.IGNORECASE)
# The clerk among those present: "In attendance: Mrs J Smith (parish clerk)", "Present: ... – Clerk.".
# A principal council's "Committee Clerk" or "Clerk to the Committee" is a democratic services officer, no sign.
_CLERK_ATTENDING = re.compile(
    r"\b(?:present|attendance|attending|officers?)\b[^\n]{0,400}?(?<!committee )(?<!meeting )\bclerk\b(?!\s+to\s+the\b)"
    r"|\b(?:parish|town)\s+clerk\b",
    re.IGNORECASE,
)
_THIS_LOCAL_COUNCIL = re.compile(r"\bthis\s+(?P<kind>Parish|Town)\s+Council\b", re.IGNORECASE)
_KIND_MEETING = re.compile(r"\b(?P<kind>Parish|Town)\s+Council\s+(?:meeting|minutes)\b", re.IGNORECASE)
_KIND_WORDS = {
    "Parish": re.compile(r"\bParish\s+(?:Council|Clerk)\b", re.IGNORECASE),
    "Town": re.compile(r"\bTown\s+(?:Council|Mayor)\b"),
}


def local_minutes_kind(text: str) -> str | None:
    """"Parish" or "Town" for the minutes of a parish or town council's own meeting: a minutes heading with the
    clerk among those present or a "<kind> Council Meeting" heading (principal councils have no clerk at their
    meetings), and only that kind of local council in the paper's words, or the clerk's title naming it."""
    opening = text[:LOCAL_OPENING_CHARS]
    first_line = next((ln for ln in opening.splitlines() if ln.strip()), "")
    if not (_MINUTES_OPENING.search(opening) or re.search(r"\bmeeting\b", first_line, re.IGNORECASE)):
        return None
    clerk = _CLERK_ATTENDING.search(opening)
    heading = _KIND_MEETING.search(opening)
    if clerk is None and heading is None:
        # "in view of the known feelings of this Parish Council": minutes that speak as a local council are its own.
        itself = {m["kind"].title() for m in _THIS_LOCAL_COUNCIL.finditer(text[:ISSUER_SCAN_CHARS])}
        return itself.pop() if len(itself) == 1 else None
    if clerk is not None and re.search(r"\bparish\s+clerk\b", clerk.group(), re.IGNORECASE):
        return "Parish"
    if heading is not None:
        return heading["kind"].title()
    kinds = [kind for kind, words in _KIND_WORDS.items() if words.search(text[:ISSUER_SCAN_CHARS])]
    return kinds[0] if len(kinds) == 1 else None


# "the Town Hall, Northby": the venue named before its place.
_TOWN_HALL_OF = re.compile(r"\bthe\s+Town\s+Hall,\s+(?P<place>" + _PLACE + r")(?=[,.\s]|$)")
# A local news or council site's post title: "Northby PC - November Meeting", "Southby TC minutes".
_SHORT_LOCAL_TITLE = {
    kind: re.compile(r"^(?:title:\s*)?[\"'“]?(?P<place>" + _PLACE + rf")\s+{short}\b(?=\s*(?:[-–:|]|meeting|minutes))",
                     re.IGNORECASE)
    for kind, short in (("Parish", "PC"), ("Town", "TC"))
}


_VENUE_OR_ARTICLE = re.compile(r"\b(?:The|Hall|Centre|Center|Room|Chamber|Pavilion|Library)\b")


def _local_council(text: str, kind: str) -> str | None:
    """The town/parish council whose paper this is: the one of its kind named, or the place of the
    "<Place> Town Hall" venue under the title of its minutes; None rather than a partner body."""
    opening = [clean_line(ln) for ln in text[:3000].splitlines() if ln.strip()][:ISSUER_HEAD_LINES]
    # The post's own title ("Northby PC - November Meeting") outranks a neighbour council the minutes name.
    for line in opening:
        titled = _SHORT_LOCAL_TITLE[kind].match(line)
        place = _LEADING_NOISE.sub("", titled["place"]) if titled else ""
        if place and place.split()[0].lower() not in _NOT_A_PLACE:
            return f"{place} {kind} Council"
    named: dict[str, int] = {}
    for name, _ in _body_mentions(text[:ISSUER_SCAN_CHARS]):
        # "... in the Village Hall\nThe Parish Council agreed": a venue's words run into "The Parish Council".
        if name.endswith(f"{kind} Council") and not _VENUE_OR_ARTICLE.search(name):
            named[name] = named.get(name, 0) + 1
    if named:
        return shown_form(named)
    for line in opening:
        venue = _LOCAL_VENUE[kind].match(line)
        if venue is None and kind == "Town":
            venue = _TOWN_HALL_OF.search(line)
        if venue:
            place = _LEADING_NOISE.sub("", venue["place"])
            if place and place.split()[0].lower() not in _NOT_A_PLACE:
                return f"{place} {kind} Council"
    return None


_TITLE_SUFFIX = re.compile(r"\s(?:[-–|])\s(?P<owner>[^-–|]{4,80})$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<owner>.{4,80}?)(?:\s+\d{4})?\.?$", re.IGNORECASE)
SITE_NOTICE_LINES = 3
"""A copyright notice or page title counts only among a document's last lines, where the HTML reader puts them."""


def _whole_body_name(value: str) -> str | None:
    """`value` when it is nothing but a council or NHS body name (known to the reference table or not)."""
    value = _LEADING_NOISE.sub("", value.strip(" .,"))
    match = _BODY_NAME.fullmatch(value)
    if match is None or value.split()[0].lower() in _NOT_A_PLACE:
        return None
    return value


def site_owner(text: str) -> str | None:
    """The council or NHS body whose web page this is, from the closing lines the HTML reader adds: a
    "© Wessex County Council" notice, or the page title's site suffix ("Decision - ... - Wessex County Council")."""
    lines = [clean_line(ln) for ln in text.strip().splitlines() if ln.strip()][-SITE_NOTICE_LINES:]
    for line in reversed(lines):
        notice = _COPYRIGHT.match(line)
        owner = _whole_body_name(notice["owner"]) if notice else None
        if owner:
            return owner
    for line in reversed(lines):
        suffix = _TITLE_SUFFIX.search(line) if len(line) <= 200 else None
        owner = _whole_body_name(suffix["owner"]) if suffix else None
        if owner:
            return owner
    return None


def _minuted_council(head: str) -> str | None:
    """The council whose own meeting the minutes record: "MINUTES OF NORTHBY PARISH COUNCIL MEETING HELD AT ..."."""
    minutes = minutes_heading(head)
    if minutes is None:
        return None
    body = " ".join(minutes["body"].split())
    body = tidy_case(body) if body.isupper() else body
    body = _whole_body_name(body) or ""  # "the Extraordinary Parish Council Meeting" names no council
    return body if _BODY_NAME.fullmatch(body) and _is_council(body) else None


_THIS_COUNCIL = re.compile(r"(?<=[a-z,(] )this Council\b")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*\n")


# "between the Council and the London Borough of Northby": the paper's own "the Council" paired with the other.
_PAIRED_WITH_THE_COUNCIL = re.compile(r"\b(?:the|this)\s+Council\s+(?:and|&)\s+(?:the\s+)?$")
# "between RBWM and the Council": the other council named first.
_THE_COUNCIL_PAIRED = re.compile(r"\s+(?:and|&)\s+(?:the|this)\s+Council\b(?!['’]s\b)")
# "Approval for the plan is also being sought from Northby Council": another council deciding the same matter.
_ALSO_DECIDING = re.compile(
    r"\balso\s+(?:being\s+|be\s+|been\s+)?(?:sought|considered|approved|agreed|adopted)\s+(?:from|by)\s+(?:the\s+)?$")


def _beside_this_council(scan: str, name: str) -> bool:
    """Whether a council is named as the other one beside the paper's own: in the same sentence as "this Council"
    ("notify Northshire County Council of this Council's decision"), paired with "the Council" ("between the
    Council and X"), or as a council the same matter is "also" put to ("approval is also being sought from X")."""
    forms = [re.escape(name)] + [rf"\b{initials}\b" for initials in _initials(name)]
    for m in re.finditer("|".join(forms), scan):
        before = scan[max(0, m.start() - 60):m.start()]
        if (_PAIRED_WITH_THE_COUNCIL.search(before) or _ALSO_DECIDING.search(before)
                or _THE_COUNCIL_PAIRED.match(scan, m.end())):
            return True
    for match in _THIS_COUNCIL.finditer(scan):
        start = max((m.end() for m in _SENTENCE_END.finditer(scan, max(0, match.start() - 400), match.start())), default=0)
        end_match = _SENTENCE_END.search(scan, match.end())
        sentence = scan[max(start, match.start() - 400):end_match.start() if end_match else len(scan)]
        if name.lower() in sentence.lower():
            return True
    return False


# "joined by the Programme Lead for Primary Care from", "representatives from": where a guest at the meeting works.
_VISITOR_FROM = re.compile(
    r"\b(?:[Ll]ead|[Dd]irector|[Mm]anager|[Oo]fficers?|[Cc]hair|[Hh]ead|[Rr]epresentatives?|[Cc]olleagues?"
    r"|[Cc]linicians?)"
    r"(?:\s+(?:for|of)\s+[^.;\n]{1,60}?)?\s+from\s+(?:the\s+)?$")


def _only_visiting(scan: str, name: str) -> bool:
    """Whether every time the paper names a body in full it is where a guest at the meeting came from: the
    meeting's host, not that body, issues the paper."""
    spans = [m.start() for m in re.finditer(re.escape(name), scan)]
    return bool(spans) and all(_VISITOR_FROM.search(scan[max(0, at - 120):at]) for at in spans)


_WARDS_LABEL = re.compile(r"^[ \t*_#|-]*wards?(?:\s*\(s\))?(?:\s+affected)?\s*:", re.IGNORECASE | re.MULTILINE)
_DIVISIONS_LABEL = re.compile(r"^[ \t*_#|-]*(?:electoral\s+)?divisions?(?:\s*\(s\))?(?:\s+affected)?\s*:",
                              re.IGNORECASE | re.MULTILINE)
WARDS_LABEL_CHARS = 6000
"""A cover sheet's "Wards affected:" field stands within this many opening characters."""
# "delivery of telecare to residents across the district", "key organisations across the borough": a district's or a
# borough's council writing of its own area, which a county council's paper calls "the county".
_OWN_DISTRICT = re.compile(r"\b(?:(?:across|throughout)\s+the\s+(?:district|borough)"
                           r"|residents\s+(?:of|in|across)\s+the\s+(?:district|borough))\b", re.IGNORECASE)


# A line's opening run in capitals (no lower-case letter), long enough to hold a body's name.
_CAPITALS_OPENING = re.compile(r"^[^a-z\n]{12,}(?=\s|$)")


# The public authorities beside councils and NHS bodies that issue papers of their own.
_AUTHORITY_TYPES = frozenset({"combined_authority", "national_park_authority", "fire_authority", "police_body"})
# How each kind of authority calls itself in its own papers ("the Combined Authority", "the Commissioner").
_AUTHORITY_VOICE = {
    "combined_authority": re.compile(r"\b[Tt]he (?:Mayoral )?Combined (?:County )?Authority\b"),
    "national_park_authority": re.compile(r"\b[Tt]he (?:National Park )?Authority\b"),
    "fire_authority": re.compile(r"\b[Tt]he (?:Combined )?Fire (?:and Rescue |& Rescue )?Authority\b"),
    "police_body": re.compile(r"\b[Tt]he (?:Police(?:, Fire)? and Crime )?Commissioner\b"),
}
_OWN_COUNCIL = re.compile(r"\b[Tt]he [Cc]ouncil\b(?![/’'(s])|\bthis Council\b")
# A line that names who decides or meets ("Decision Maker: X Committee", "Decided at meeting: 14/03/2019 - X").
_DECIDER_LINE = re.compile(r"^[ \t]*(?:Decision[ \t]+[Mm]aker|Decided[ \t]+at[ \t]+meeting|Meeting|Committee|Body)[ \t]*:.*$", re.MULTILINE)
AUTHORITY_VOICE_MIN = 2


@lru_cache(maxsize=1)
def _authority_pattern() -> tuple[re.Pattern[str], dict[str, Body]]:
    """Every written form (name, alias) of the table's authorities of the kinds above, and the body of each."""
    forms: dict[str, Body] = {}
    for body in load_bodies():
        if body.org_type.value in _AUTHORITY_TYPES:
            for written in (body.name, *body.aliases):
                forms.setdefault(written, body)
                forms.setdefault(written.replace(" and ", " & "), body)
    alternatives = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])"), forms


def _authority_issuer(text: str) -> str | None:
    """A combined authority, national park, fire or police body that issues the paper: named in the opening
    lines or a decision-maker line, and either opening a line ("NORTHBY HILLS NATIONAL PARK AUTHORITY",
    "Decision Maker: Northby Combined Authority Committee") or called by its kind's own voice ("the Combined
    Authority") more often than the paper says "the Council" (a council's paper about its authority says that)."""
    pattern, forms = _authority_pattern()
    head = [ln for ln in text[:3000].splitlines() if ln.strip()][:ISSUER_HEAD_LINES]
    lines = [tidy_case(clean_line(ln)) if clean_line(ln).isupper() else clean_line(ln) for ln in head]
    deciders = [m.group().split(":", 1)[1].strip() for m in _DECIDER_LINE.finditer(text[:ISSUER_SCAN_CHARS])]
    named: dict[str, tuple[Body, bool]] = {}
    for line in lines + deciders:
        for match in pattern.finditer(line):
            body = forms[match.group()]
            opens = line in deciders or not _LEADING_NOISE.sub("", line[:match.start()]).strip()
            before = named.get(body.name, (body, False))
            named[body.name] = (body, before[1] or opens)
    if len(named) != 1:
        return None  # none, or two authorities named at the top (a partner's paper to another): not sure
    body, opens = next(iter(named.values()))
    scan = text[:ISSUER_SCAN_CHARS]
    council = len(_OWN_COUNCIL.findall(scan))
    voice = len(_AUTHORITY_VOICE[body.org_type.value].findall(scan))
    own = voice + len([m for m in pattern.finditer(scan) if forms[m.group()] == body])
    if own <= council:
        return None
    return body.name if opens or voice >= AUTHORITY_VOICE_MIN else None


# "St Edmundsbury Cabinet", "24/05/2016 - Northby Executive (Item 12)": a decision-maker line naming a council's
# executive by its place.
_PLACE_EXECUTIVE = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*)?(?P<place>" + _PLACE + r")\s+(?:Cabinet|Executive(?:\s+Board)?)"
                              r"(?:\s*\((?:agenda\s+)?item\s+\d+\))?$", re.IGNORECASE)


def _decider_council(text: str) -> str | None:
    """The council whose executive a page's decision-maker lines name by its place ("Decision Maker: St Edmundsbury
    Cabinet"), when the lines name one such council and the table holds one council of that place."""
    found: set[str] = set()
    for line in _DECIDER_LINE.finditer(text[:ISSUER_SCAN_CHARS]):
        match = _PLACE_EXECUTIVE.match(line.group().split(":", 1)[1].strip())
        bodies = councils_by_place().get(match["place"], ()) if match else ()
        if len(bodies) == 1:
            found.add(bodies[0].name)
    return found.pop() if len(found) == 1 else None


ADDRESSEE_LINES = 6
"""Lines above a letter's salutation that may hold its addressee block."""


def letter_addressees(text: str) -> set[str]:
    """Name keys of the bodies a letter is addressed to: named in the addressee block above "Dear ...", on a
    person's or a post's line. The letter's issuer is its sender, never its addressee."""
    salutation = letter_salutation(text)
    if salutation is None:
        return set()
    lines = [ln.strip() for ln in text[:salutation.start()].splitlines() if ln.strip()][-ADDRESSEE_LINES:]
    found: set[str] = set()
    for index, line in enumerate(lines):
        if person_or_post_line(line) or (index > 0 and person_or_post_line(lines[index - 1])):
            found.update(name_key(name) for name, _ in _body_mentions(line))
    return found | _listed_addressees(text[:salutation.start()])


_TO_LINE = re.compile(r"^To\b:?", re.IGNORECASE)


def _listed_addressees(head: str) -> set[str]:
    """Name keys of the bodies a letter's "To:" line lists one to a line below it ("To: Leaders of the councils in
    Northshire" over "Northby Borough Council", "Eastvale District Council", ...), up to the first line naming none."""
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    opening = next((i for i, line in enumerate(lines) if _TO_LINE.match(line)), None)
    if opening is None:
        return set()
    found: set[str] = set()
    for line in lines[opening:]:
        names = _body_mentions(line)
        if not names and found:
            break  # the list has ended (the sender's name and address follow)
        found.update(name_key(name) for name, _ in names)
    return found


# "Northby Clinical Commissioning Group Board Meeting", "... Governing Body Meeting": an NHS body's own board papers.
_BOARD_MEETING_AFTER = re.compile(r"\s+(?:(?:Public|Private)\s+)?(?:Board|Governing\s+Body)(?:\s+(?:in\s+)?(?:Public|Private))?"
                                  r"\s+(?:Meeting|Paper)\b", re.IGNORECASE)
# A run of three or more words in capitals ("NHS NORTHBY CLINICAL COMMISSIONING GROUP"), read in title case.
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z&'’-]+(?:[ \t]+[A-Z][A-Z&'’-]+){2,}\b")
_NHS_ISSUER_TYPES = frozenset({"ccg", "icb", "nhs_trust", "nhs_foundation_trust", "primary_care_trust"})
NHS_BOARD_HEAD_CHARS = 400
"""How far into a paper its "<NHS body> Board Meeting" heading may stand (after a document host's title)."""


def _nhs_board_paper(head: str) -> str | None:
    """The NHS body whose board meeting a paper's opening names ("Northby CCG Board Meeting", "NHS NORTHBY CLINICAL
    COMMISSIONING GROUP Public Board Meeting"), if one does."""
    head = _CAPITALS_RUN.sub(lambda run: tidy_case(run.group()), head)
    for name, offset in _body_mentions(head):
        body = lookup(name)
        if body is None or body.org_type.value not in _NHS_ISSUER_TYPES:
            continue
        at = head.find(name, offset)  # the name as written (a mention's name may be tidied)
        if at >= 0 and _BOARD_MEETING_AFTER.match(head, at + len(name)):
            return body.name
    return None


_AREA_AFTER = re.compile(r"[ \t]+areas?\b")


def issuing_body(text: str) -> str | None:
    """The council or NHS body that issues the paper: the web page's owner, named at its top, named
    far more than any other, matched by the officers' @<place>.gov.uk email domain, or else the most named."""
    # A paper that calls itself "the Council" is a council's: its NHS partners never issue it.
    council_voice = speaks_as_council(text[:ISSUER_SCAN_CHARS])
    owner = site_owner(text)
    if owner is not None and (not council_voice or _is_council(owner)):
        return owner
    minuted = _minuted_council(text[:ISSUER_HEAD_CHARS])
    if minuted is not None:
        return minuted
    board = _nhs_board_paper(text[:NHS_BOARD_HEAD_CHARS])
    if board is not None:
        return board
    addressees = letter_addressees(text)  # a letter's addressees head it, but the sender issues it
    head_lines = [ln for ln in text[:3000].splitlines() if ln.strip()][:ISSUER_HEAD_LINES]
    for raw in head_lines:
        line = tidy_case(clean_line(raw)) if clean_line(raw).isupper() else clean_line(raw)
        if re.match(r"^report\s+to\b", line, re.IGNORECASE):
            continue
        # Only a heading line counts: a sentence naming two partners says nothing about the issuer.
        if len(line) > HEADING_MAX_CHARS or line.endswith("."):
            # A heading in capitals that runs on into the meeting's day ("NHS NORTHBY CLINICAL COMMISSIONING
            # GROUP GOVERNING BODY. TUESDAY 4 MAY 2010 AT 2PM ..."): the body's name opening it is the issuer.
            # A page number may stand before it ("1 NHS NORTHBY CLINICAL COMMISSIONING GROUP Public Board ...").
            capitals = _CAPITALS_OPENING.match(re.sub(r"^\d{1,3}\s+", "", clean_line(raw)))
            opening = [m for m in _body_mentions(tidy_case(capitals.group().strip())) if m[1] == 0] if capitals else []
            if opening and (not council_voice or _is_council(opening[0][0])):
                known = lookup(opening[0][0])  # the table's spelling of the name
                return known.name if known is not None else opening[0][0]
            continue
        if line.count(",") >= 2:
            continue  # "Jo Smith, Chief Executive, Northby NHS Trust": a list of those present, not a heading
        if person_or_post_line(line):
            continue  # "Leader - Northby County Council": an addressee's or a signatory's post, not a heading
        mentions = [m for m in _body_mentions(line) if (not council_voice or _is_council(m[0]))
                    and not _PARTNER_BEFORE.search(line[max(0, m[1] - PARTNER_CONTEXT_CHARS):m[1]])
                    and name_key(m[0]) not in addressees]
        if mentions:
            return mentions[0][0]
    authority = _authority_issuer(text) or _decider_council(text)
    if authority is not None:
        return authority
    letterhead = _letterhead_council(text[:ISSUER_HEAD_CHARS]) or _tier_letterhead(text)
    if letterhead is not None:
        return letterhead
    # A town or parish council's own minutes: the council they name of that kind, else none (a principal
    # council they mention is the one around them, never the issuer).
    local_kind = local_council_kind(text) or local_minutes_kind(text)
    if local_kind is not None:
        return _local_council(text, local_kind)
    scan = text[:ISSUER_SCAN_CHARS]
    if not council_voice and speaks_as_trust(scan):
        return _trust_issuer(text)
    counts: dict[str, int] = {}
    written: dict[str, dict[str, int]] = {}
    first_seen: dict[str, int] = {}
    for name, offset in _body_mentions(scan):
        at = scan.find(name, offset)
        if at >= 0 and _AREA_AFTER.match(scan, at + len(name)):
            continue  # "homes in the BCP Council area": the council's place, not the body speaking or acting
        key = name_key(name)
        counts[key] = counts.get(key, 0) + 1
        written.setdefault(key, {})
        written[key][name] = written[key].get(name, 0) + 1
        first_seen.setdefault(key, offset)
    # A name written once that the reference table does not know is as likely a misread run of
    # capitals ("the 2025-26 Budget County Council") as a body: not evidence enough to name the issuer.
    counts = {k: n for k, n in counts.items() if n > 1 or _known_body(shown_form(written[k]))}
    named_uses = dict(counts)
    named_in_full = set(counts)
    places = email_places(text)
    # A council the paper writes only as "KCC" is a candidate too (its uses are credited below).
    for name, _, offset in initials_bodies(scan, places):
        key = name_key(name)
        if key not in counts:
            counts[key] = 0
            written[key] = {name: 0}
            first_seen[key] = offset
    counts = {k: n for k, n in counts.items() if k not in addressees}
    emailed = email_bodies(scan)
    if emailed:
        # Officers write from their own body's email domain: a council the paper names that is none of those
        # is a partner, a recipient or a neighbour; a combined authority behind the domain is a candidate.
        own = {b.name for b in emailed}
        counts = {k: n for k, n in counts.items()
                  if not _is_council(shown_form(written[k])) or _body_name(shown_form(written[k])) in own}
        for body in emailed:
            if body.org_type.value == "combined_authority" and name_key(body.name) not in counts:
                uses = [m.start() for form in (body.name, *body.aliases)
                        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", scan)]
                if uses:
                    counts[name_key(body.name)] = len(uses)
                    written[name_key(body.name)] = {body.name: len(uses)}
                    first_seen[name_key(body.name)] = min(uses)
    if council_voice:
        counts = {k: n for k, n in counts.items() if _is_council(shown_form(written[k]))}
    # A town or parish council's own papers were recognised above; one named here is a principal council's
    # partner or consultee ("Cabinet noted the response of Northby Town Council").
    counts = {k: n for k, n in counts.items() if not _LOCAL_COUNCIL_KEY.search(k)}
    if _WARDS_LABEL.search(scan[:WARDS_LABEL_CHARS]) or _OWN_DISTRICT.search(scan):
        # County councils are elected by divisions: a paper listing the wards it affects is a district's,
        # a borough's or a unitary's, and a county council it names is a partner; so is one named in a paper
        # that writes of "residents across the district".
        counts = {k: n for k, n in counts.items() if not k.endswith("county council")}
    # "all West Sussex District and Borough councils": a county's councils written as a set by one of them, so the
    # county of that place is a partner.
    districts_of = _counties_listing_districts(scan)
    counts = {k: n for k, n in counts.items()
              if not (k.endswith("county council") and _places_of(shown_form(written[k])) & districts_of)}
    if not counts:
        return _implied_council(scan) if council_voice else None
    # Papers call their own body "the Council" / "the Trust" throughout; credit those back-references
    # to the council the officers' email domain names, else to the one body of that kind the paper
    # names in full (none when it names two councils).
    councils = [k for k in counts if _COUNCIL_KEY.search(k)]
    by_domain = [k for k in councils if places and _of_place(k, places)]
    for kind, reference in _SELF_REFERENCES:
        if kind is _COUNCIL_KEY and len(by_domain) == 1:
            counts[by_domain[0]] += len(reference.findall(scan))
            continue
        of_kind = [k for k in counts if kind.search(k) and k in named_in_full]
        if len(of_kind) == 1:
            counts[of_kind[0]] += len(reference.findall(scan))
    # "the City Council" names its tier: credit it to the one council of that tier the paper names.
    for tier in {m.group(1) for m in _SELF_TIER.finditer(scan)} - {"County"}:
        of_tier = [k for k in counts if k.endswith(f"{tier.lower()} council") and k in named_in_full]
        if len(of_tier) == 1:
            counts[of_tier[0]] += len(re.findall(rf"\b[Tt]he {tier} Council\b", scan))
    # "the County Council" / "To: County Council" with no place: the paper's own county council.
    counties = [k for k in counts if k.endswith("county council")]
    if len(counties) == 1:
        counts[counties[0]] += bare_county_council_refs(scan)
    # Councils write their own initials far more than a partner council's ("KCC"); NHS initials
    # ("CPFT") are as often a partner's, so only councils get this credit.
    for key in [k for k in counts if _COUNCIL_KEY.search(k)]:
        counts[key] += _initials_uses(scan, shown_form(written[key]))
    # "support Northby residents": a council writes of its own area's people by the place's name alone.
    for key in [k for k in counts if _is_council(shown_form(written[k]))]:
        counts[key] += own_area_uses(scan, shown_form(written[key]))
    ranked = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))

    def shown(key: str) -> str:
        return shown_form(written[key])

    if _partner_council(scan, shown(ranked[0])):
        # The council a paper makes its agreements with is a party; the one council left that it names
        # only otherwise ("provided by ... Northby City Council") is the paper's own, when it stands out.
        ranked = [k for k in ranked if not _partner_council(scan, shown(k)) and _is_council(shown(k))]
        if not ranked or (len(ranked) > 1 and counts[ranked[0]] < DOMINANCE * counts[ranked[1]]):
            return None
        return shown(ranked[0])
    if _is_council(shown(ranked[0])) and _beside_this_council(scan, shown(ranked[0])):
        # "... to Northshire County Council of this Council's contribution": the named council is the other one.
        ranked = [k for k in ranked[1:] if _is_council(shown(k)) and not _beside_this_council(scan, shown(k))]
        if not ranked or (len(ranked) > 1 and counts[ranked[0]] < DOMINANCE * counts[ranked[1]]):
            return None
        return shown(ranked[0])
    if _is_trust(shown(ranked[0])) and not _TRUST_VOICE.search(scan):
        return None  # a trust's own papers call it "the Trust": one never so called is a party, not the author
    if not _is_council(shown(ranked[0])) and _only_visiting(scan, shown(ranked[0])):
        return None  # "Officers were joined by the Programme Lead from NHS Northby ICB": a guest's body
    top = shown(ranked[0])
    district = _one_district_beside_county(scan, top, [shown(k) for k in ranked[1:] if k in named_in_full])
    if district is not None and ranked[0] in named_in_full:
        return district
    few_uses = _is_council(top) and named_uses.get(ranked[0], 0) <= THIRD_PARTY_MAX_USES
    bare = _without_body_names(scan) if few_uses else ""
    if few_uses and _other_area_named(bare, top) and not _own_area_named(scan, top):
        # A council named once or twice in a paper that writes of another council's area but never of its own ("the
        # implications for Northby of ... the cuts Westby City Council was implementing", "North Yorkshire has
        # received ... Leeds City Council will also receive ..."): it is a third party, and the area the paper
        # writes of alone is its own council's when it names just one, more than once.
        implied = _implied_council(bare) if council_voice else None
        if implied and sum(council_place_uses(bare)[p] for p in _places_of(implied)) >= ISSUER_MIN_EVIDENCE:
            return implied
        return None
    if counts[ranked[0]] < ISSUER_MIN_EVIDENCE and not (council_voice and _is_council(shown(ranked[0]))):
        # Named once, in a paper that never calls itself by it: as likely a third party as the author. (A paper
        # speaking as a council that names one council is that council's: its voice is the second use.)
        return None
    if len(ranked) == 1 or counts[ranked[0]] >= DOMINANCE * counts[ranked[1]]:
        return shown(ranked[0])
    by_email = [k for k in ranked if _COUNCIL_KEY.search(k) and _of_place(k, places)]
    if len(by_email) == 1:
        return shown(by_email[0])
    if counts[ranked[0]] == counts[ranked[1]]:
        return None  # two bodies named alike ("inner boroughs were H&F, K&C, ..."): which is first says nothing
    if _is_council(shown(ranked[0])) != _is_council(shown(ranked[1])):
        # "the financial contributions of the Oldham CCG and Oldham Council ... both the CCG and the Council": a
        # joint board's paper, a council and an NHS body named about as often; either may publish it.
        return None
    return shown(ranked[0])
