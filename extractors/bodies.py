"""Reference table of UK public bodies (councils, NHS bodies, national bodies): lookup by name or alias."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from schemas.facts import OrgType

TABLE_PATH = Path(__file__).parent / "data" / "public_bodies.csv"
# National bodies papers name (departments, agencies, regulators, national charities and providers).
NATIONAL_TABLE_PATH = Path(__file__).parent / "data" / "national_bodies.csv"

# The same equivalences the gold scorer applies, so a lookup key matches how names are compared.
_ABBREVIATIONS = (
    (re.compile(r"\bccgs?\b"), "clinical commissioning group"),
    (re.compile(r"\bicb\b"), "integrated care board"),
    (re.compile(r"\bnhsft\b"), "nhs foundation trust"),
    (re.compile(r"\bft\b"), "foundation trust"),
    (re.compile(r"\bcc\b"), "county council"),
    (re.compile(r"\blb\b"), "london borough"),
)
_DROPPED_WORDS = frozenset({"the", "nhs", "of"})


def name_words(name: str) -> tuple[str, ...]:
    """A name's comparison words: lower case, & as and, abbreviations expanded, the/NHS/of dropped."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return tuple(w for w in text.replace("'", "").split() if w not in _DROPPED_WORDS)


def name_key(name: str) -> str:
    """A hashable normalised form of a name for lookups and grouping."""
    return " ".join(name_words(name))


@dataclass(frozen=True)
class Body:
    """One row of the reference table."""

    code: str | None
    name: str
    org_type: OrgType
    aliases: tuple[str, ...]
    valid_from: str | None
    valid_to: str | None
    successor: str | None
    # A name that is also an ordinary word ("Mind", "Shelter"): matched in running text only where
    # it stands alone as a capitalised word inside a sentence.
    standalone: bool = False
    national: bool = False  # a row of the national table (departments, agencies, charities, providers)


@lru_cache(maxsize=1)
def load_bodies(*paths: Path) -> tuple[Body, ...]:
    """Every body in the reference tables (by default the local/NHS table, then the national one)."""
    return tuple(body for path in paths or (TABLE_PATH, NATIONAL_TABLE_PATH) for body in _read_table(path))


def _read_table(path: Path) -> tuple[Body, ...]:
    """The rows of one reference table (the `standalone` column is optional)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            Body(
                code=row["code"].strip() or None,
                name=row["name"].strip(),
                org_type=OrgType(row["type"].strip()),
                aliases=_with_hospitals_form(row["name"].strip(),
                                             tuple(a.strip() for a in row["aliases"].split("|") if a.strip())),
                valid_from=row["valid_from"].strip() or None,
                valid_to=row["valid_to"].strip() or None,
                successor=row["successor"].strip() or None,
                standalone=(row.get("standalone") or "").strip().lower() == "yes",
                national=path == NATIONAL_TABLE_PATH,
            )
            for row in csv.DictReader(handle)
        )


# "CL CCG", "NHS NWL CCG": a commissioner written by its initials (perhaps after "NHS") ends a name; words before the
# initials ("Managing Director CL CCG") are a post or a team, not part of the name.
CCG_BY_INITIALS = re.compile(r"(?<![\w&])(?:NHS\s+)?(?!NHS\b)[A-Z][A-Z&]{1,5}\s+(?:CCG|ICB)$")

# "Leeds Teaching Hospitals NHS Trust" is written "Leeds Teaching Hospitals" as often as in full: a hospitals
# trust's name without its NHS suffix still names it (not so other trusts: "Kent Community Health" is a service).
_HOSPITALS_TRUST = re.compile(r"^(?P<short>(?:\S+\s+){1,5}Hospitals)\s+NHS\s+(?:Foundation\s+)?Trust$")


def _with_hospitals_form(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """A hospitals trust's aliases with its name less the NHS suffix ("Leeds Teaching Hospitals")."""
    match = _HOSPITALS_TRUST.match(name)
    if match is None or match["short"] in aliases:
        return aliases
    return (*aliases, match["short"])


@lru_cache(maxsize=1)
def _index() -> dict[str, Body]:
    index: dict[str, Body] = {}
    for body in load_bodies():
        for written in (body.name, *body.aliases):
            # The first row to claim a key wins; names are unique in the table.
            index.setdefault(name_key(written), body)
    return index


# The kind words of a council's name, before its final "Council": "Borough", "Metropolitan Borough", "City" ...
_COUNCIL_KIND = re.compile(r" (?:Metropolitan Borough|Borough|City|District|County) Council$")
# A council written "<Place> Council" and nothing else: place words, their particles, then "Council".
_PLACE_COUNCIL = re.compile(
    r"(?!The\b)[A-Z][\w'’-]*(?: (?:(?!The\b)[A-Z][\w'’-]*|and|upon|on|under|in|le|de|la))* Council")


@lru_cache(maxsize=1)
def _short_index() -> dict[str, Body]:
    """"Chorley Council", "Arun Council": each current council by its place and "Council" alone, where its place has
    no other current council."""
    short: dict[str, list[Body]] = {}
    for body in load_bodies():
        kind = _COUNCIL_KIND.search(body.name)
        if kind is not None and body.valid_to is None:
            short.setdefault(name_key(body.name[:kind.start()] + " Council"), []).append(body)
    return {key: bodies[0] for key, bodies in short.items() if len(bodies) == 1}


def lookup(name: str) -> Body | None:
    """The reference body whose name or alias normalises to the same words, if any; a current council also by its
    place and "Council" written exactly so ("Chorley Council" for Chorley Borough Council)."""
    key = name_key(name)
    if not key:
        return None
    found = _index().get(key)
    if found is None and _PLACE_COUNCIL.fullmatch(" ".join(name.split())):
        found = _short_index().get(key)
    return found


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Body]:
    return {body.code: body for body in load_bodies() if body.code}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Body]:
    return {body.name: body for body in load_bodies()}


def by_code(code: str) -> Body | None:
    """The reference body with this GSS or ODS code, if any."""
    return _by_code().get(code.strip().upper())


def successors(body: Body) -> tuple[Body, ...]:
    """The bodies that took over this one's duties when it ended (the `|`-separated column)."""
    names = [n.strip() for n in (body.successor or "").split("|") if n.strip()]
    return tuple(_by_name()[n] for n in names if n in _by_name())


def descendants(body: Body) -> tuple[Body, ...]:
    """Every later body this one's duties passed to, through each reorganisation, oldest first."""
    found: list[Body] = []
    queue = list(successors(body))
    while queue:
        current = queue.pop(0)
        if current not in found:
            found.append(current)
            queue.extend(successors(current))
    return tuple(found)


def same_lineage(a: Body, b: Body) -> bool:
    """True when one body is the other or succeeded it (a 2017 CCG and the 2024 ICB after it)."""
    return a == b or b in descendants(a) or a in descendants(b)


_COUNCIL_TYPE_VALUES = frozenset(
    {"county_council", "unitary_council", "metropolitan_borough", "london_borough", "district_council", "city_council", "council"}
)
# The words around a council's place name: "London Borough of Brent", "Southampton City Council".
_COUNCIL_NAME_WORDS = re.compile(
    r"^(?:(?:Royal|London)\s+Borough\s+of\s+|City\s+and\s+County\s+of\s+|City\s+of\s+|County\s+of\s+|Borough\s+of\s+"
    r"|Borough\s+Council\s+of\s+|Council\s+of\s+the\s+)"
    r"|\s+(?:(?:Metropolitan\s+)?(?:Borough|District)\s+|County\s+|City\s+(?:and\s+District\s+)?)?Council$|\s+Corporation$"
)
# A place name: capitalised words, joined by a space, a hyphen or one of the small words English place
# names are built with ("Barking and Dagenham", "Blackburn with Darwen", "Isles of Scilly", "Newcastle upon Tyne").
# Every joined word must be capitalised, so a kind word left in ("St Albans City and") is never a place.
_PLACE_NAME = re.compile(
    r"[A-Z][a-z'’-]+(?:(?:\s+|-)(?:(?:and|upon|on|in|under|with|of|of\s+the)\s+)?[A-Z][a-z'’-]+)*"
)


@lru_cache(maxsize=1)
def council_places() -> frozenset[str]:
    """The place names of the councils in the table ("Brent", "Barking and Dagenham", "Southampton")."""
    return frozenset(councils_by_place())


@lru_cache(maxsize=1)
def councils_by_place() -> dict[str, tuple[Body, ...]]:
    """The councils in the table by their place name ("Plymouth" -> Plymouth City Council)."""
    found: dict[str, list[Body]] = {}
    for body in load_bodies():
        if body.org_type.value in _COUNCIL_TYPE_VALUES:
            for place in _council_place_names(body):
                found.setdefault(place, []).append(body)
    return {place: tuple(bodies) for place, bodies in found.items()}


def _council_place_names(body: Body) -> list[str]:
    """The place names a council's name and aliases hold: the name's own, and an alias's spelling of that
    same place ("King's Lynn and West Norfolk" beside the table's "Kings Lynn ..."), never another area."""
    own = _COUNCIL_NAME_WORDS.sub("", body.name).strip()
    places = [own] if _PLACE_NAME.fullmatch(own) else []
    for alias in body.aliases:
        place = _COUNCIL_NAME_WORDS.sub("", alias).strip()
        if place not in places and _PLACE_NAME.fullmatch(place) and name_key(place) == name_key(own):
            places.append(place)
    return places


# Council-shaped initials that stand for something else: 'to be confirmed', a planning certificate, climate pledges,
# a disease agency, a bank, a public health programme (Making Every Contact Count).
NOT_COUNCIL_INITIALS = frozenset({"TBC", "LDC", "NDC", "CDC", "HSBC", "MECC"})
