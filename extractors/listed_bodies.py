"""Bodies listed by name right after a plural noun of bodies: "organisations funded this year (A, B and C)",
"charities such as A, B and C".

The noun says the items are bodies; every item must still read as a name (people, places, posts and
sentences refused by the party-name checks) or the whole list is left alone.
"""

from __future__ import annotations

import re

from extractors.party_names import PartyName, read_party, split_list

_S = r"[ \xa0]+"
_BODIES = (
    r"(?:organisations|organizations|charities|providers|suppliers|contractors|recipients|grantees|clubs"
    r"|voluntary[ \xa0]+groups|community[ \xa0]+groups)"
)
# "Organisations funded by the Council in 2019/20 (A, B, C and D)": the noun's clause, then a bracket.
_BRACKETED = re.compile(rf"(?i:\b{_BODIES})(?P<clause>[^.;:()\n]{{0,80}}?)[ \xa0]*\((?P<list>[A-Z][^()\n]{{3,300}})\)")
# "charities such as A, B and C." up to the sentence's end.
_SUCH_AS = re.compile(rf"(?i:\b{_BODIES},?{_S}(?:such{_S}as|including|namely))[ \xa0]+(?P<list>[A-Z][^.;:()\n]{{3,300}})")


def find_listed_bodies(text: str) -> list[PartyName]:
    """The items of each such list, when there are two or more and every one reads as a name."""
    found: list[PartyName] = []
    for pattern in (_BRACKETED, _SUCH_AS):
        for match in pattern.finditer(text):
            start, end = match.span("list")
            items = split_list(text, start, end)
            if len(items) < 2:
                continue
            # The noun says the items are bodies: a two-word plain name is one ("Northby Shopmobility"), not a person.
            parties = [read_party(text, s, e, True) for s, e in items]
            # One ordinary capitalised word ("Health, Police and Fire") names a sector, not a body; an acronym may.
            if any(len(p.text.split()) == 1 and not p.text.isupper() for p in parties if p is not None):
                continue
            if all(p is not None and p.end == e for p, (_, e) in zip(parties, items, strict=True)):
                found += [p for p in parties if p is not None]
    return found
