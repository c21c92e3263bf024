"""Bodies named together under one plural head ("Northby, Eastvale and Westmoor Councils", "the CCGs of X and Y").

Each body is resolved alone, and only through the reference table: a coordination whose every part
is a known body of the head's kind is read; any part the table does not know leaves the whole alone,
so a place list ("Kent and Medway residents") or a partnership's name never turns into bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.bodies import Body, councils_by_place, lookup

_GAP = r"[ \xa0]+"
# Plural heads and the singular names each part is tried with ("{}" is the part).
_HEADS: dict[str, tuple[str, ...]] = {
    "Councils": ("{} Council", "{} City Council", "{} County Council", "{} Borough Council", "{} District Council"),
    "County Councils": ("{} County Council",),
    "City Councils": ("{} City Council",),
    "Borough Councils": ("{} Borough Council",),
    "District Councils": ("{} District Council",),
    "CCGs": ("{} CCG", "NHS {} CCG"),
    "Clinical Commissioning Groups": ("{} CCG", "NHS {} CCG"),
    "ICBs": ("{} ICB", "NHS {} ICB"),
    "Integrated Care Boards": ("{} ICB", "NHS {} ICB"),
    "NHS Trusts": ("{} NHS Trust",),
    "NHS Foundation Trusts": ("{} NHS Foundation Trust",),
    "Foundation Trusts": ("{} NHS Foundation Trust", "{} Foundation Trust"),
}
# A word of a place's name: capitalised (hyphens inside: "Stoke-on-Trent"), or a place's small joining word.
_WORD = r"(?:[A-Z][\w'’-]*|upon|on|in|under)"
_SEPARATOR = re.compile(r",?[ \xa0]+(?:and|&)[ \xa0]+|,[ \xa0]+")
_RUN = rf"{_WORD}(?:(?:,?{_GAP}(?:and|&){_GAP}|,{_GAP}|{_GAP}){_WORD})*"
# Heads as written: "Councils", or in lower case in running text ("Cherwell District and South Northamptonshire
# councils"); every part must still be a known body, so a lower-case head reads no more loosely.
_HEAD_FORMS = {form: head for head in _HEADS for form in (head, head.lower()) if not re.search(r"[A-Z]{2}", head)}
_HEAD_FORMS.update({head: head for head in _HEADS})
_HEAD = "|".join(re.escape(h).replace(r"\ ", _GAP) for h in sorted(_HEAD_FORMS, key=len, reverse=True))
_HEAD_WORDS = re.compile(rf"(?<=[ \xa0])(?P<head>{_HEAD})(?![\w'’-])")
# "Northby, Eastvale and Westmoor Councils": the parts before the head, read back from it over a bounded stretch.
_RUN_BEFORE = re.compile(rf"(?<![\w'’-])(?P<run>{_RUN}){_GAP}\Z")
_LOOK_BACK = 160  # characters: a longer list of bodies under one head is not written in running text
# "the two Clinical Commissioning Groups (CCGs) of Northby and Eastvale and South Westmoor": the parts after it.
_AFTER_HEAD = re.compile(
    rf"(?<![\w'’-])(?P<head>{_HEAD})(?:{_GAP}\([A-Za-z]{{2,8}}\))?{_GAP}(?:of|for){_GAP}(?P<run>{_RUN})"
)
# Words at a run's front that are no part of a place's name ("The Northby and Eastvale Councils").
_LEADING_WORDS = frozenset({"The", "Both", "All", "With", "And", "For", "From", "By", "Of", "To", "In", "On"})


@dataclass(frozen=True)
class CoordinatedBody:
    """One body of a coordination: its part's span in the text and the reference body it is."""

    start: int
    end: int
    body: Body


def find_coordinated_bodies(text: str) -> list[tuple[int, int, list[CoordinatedBody]]]:
    """Each coordination's whole span (parts and head) and its bodies, every part a known body."""
    found: list[tuple[int, int, list[CoordinatedBody]]] = []
    for head in _HEAD_WORDS.finditer(text):
        forms = _HEADS[_HEAD_FORMS[re.sub(r"\s+", " ", head.group("head"))]]
        offset = max(0, head.start() - _LOOK_BACK)
        before = _RUN_BEFORE.search(text, offset, head.start())
        bodies = _read_parts(text, before.start("run"), before.end("run"), forms, True) if before else []
        if bodies:
            found.append((bodies[0].start, head.end(), bodies))
    for match in _AFTER_HEAD.finditer(text):
        forms = _HEADS[_HEAD_FORMS[re.sub(r"\s+", " ", match.group("head"))]]
        bodies = _read_parts(text, match.start("run"), match.end("run"), forms, False)
        if bodies:
            found.append((match.start(), bodies[-1].end, bodies))
    return found


def _read_parts(
    text: str, start: int, end: int, forms: tuple[str, ...], anchored_end: bool
) -> list[CoordinatedBody]:
    """Split a run at its commas and "and"s into parts that are each a known body; [] unless two or more."""
    run = text[start:end]
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(run)]
    if not cuts:
        return []
    # Pieces between separators; a body's own name may hold an "and" ("Northby and Eastvale"), so
    # neighbouring pieces may join into one part.
    bounds = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(run)]
    pieces = list(zip(bounds, ends, strict=True))
    best = _partition(run, pieces, forms, anchored_end)
    if best is None or len(best) < 2:
        return []
    return [CoordinatedBody(start + s, start + e, body) for s, e, body in best]


def _partition(
    run: str, pieces: list[tuple[int, int]], forms: tuple[str, ...], anchored_end: bool
) -> list[tuple[int, int, Body]] | None:
    """The parts covering the run's pieces, every part a known body (a head-last run may start late)."""
    if anchored_end:
        # Before a head the run may begin with words of the sentence: the first part may drop its front words.
        for index in range(len(pieces) - 1):
            first_start, first_end = pieces[index]
            for word in re.finditer(r"\S+", run[first_start:first_end]):
                trial = [(first_start + word.start(), first_end), *pieces[index + 1:]]
                result = _partition_from(run, trial, forms)
                if result is not None:
                    return result
        return None
    # After a head ("the CCGs of ...") the run may run on past the list: the parts cover a prefix of the pieces.
    for stop in range(len(pieces), 1, -1):
        result = _partition_from(run, pieces[:stop], forms)
        if result is not None:
            return result
    return None


def _partition_from(
    run: str, pieces: list[tuple[int, int]], forms: tuple[str, ...]
) -> list[tuple[int, int, Body]] | None:
    """The parts covering all of `pieces`, each a known body, or None."""
    count = len(pieces)
    memo: dict[int, list[tuple[int, int, Body]] | None] = {}

    def cover(index: int) -> list[tuple[int, int, Body]] | None:
        if index == count:
            return []
        if index in memo:
            return memo[index]
        memo[index] = None
        for last in range(index, count):
            span = (pieces[index][0], pieces[last][1])
            body = _resolve(_borrowed(run, pieces, last) if last == index else run[span[0]:span[1]], forms)
            if body is None:
                continue
            rest = cover(last + 1)
            if rest is not None:
                memo[index] = [(span[0], span[1], body), *rest]
                break
        return memo[index]

    return cover(0)


# Words that open a place's name and may be written once for two places ("North and East Hertfordshire").
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Mid", "Central", "Greater", "Inner", "Outer"})


def _borrowed(run: str, pieces: list[tuple[int, int]], index: int) -> str:
    """A piece as a part's name; a lone compass word takes the next piece's place ("North and East Hertfordshire")."""
    piece = run[pieces[index][0]:pieces[index][1]].strip()
    if piece in COMPASS_WORDS and index + 1 < len(pieces):
        following = run[pieces[index + 1][0]:pieces[index + 1][1]].split()
        if len(following) >= 2 and following[0] in COMPASS_WORDS:
            return " ".join([piece, *following[1:]])
    return piece


def _resolve(part: str, forms: tuple[str, ...]) -> Body | None:
    """The one reference body a part names under the head's singular, else None."""
    part = re.sub(r"\s+", " ", part).strip()
    if not part or not part[0].isupper() or part.split()[0] in _LEADING_WORDS:
        return None
    found = {body.name: body for body in (lookup(form.format(part)) for form in forms) if body is not None}
    if not found and forms[0] == "{} Council":
        # "Kent and Medway Councils": a place with one council of its own in the table.
        found = {body.name: body for body in councils_by_place().get(part, ())}
    return next(iter(found.values())) if len(found) == 1 else None
