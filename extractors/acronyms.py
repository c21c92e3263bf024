"""Acronyms a paper defines ("Full Name (ACR)") and the initials a name is shortened to."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

NAME_WORD = re.compile(r"[A-Za-z0-9][\w'’&/-]*|&")
"""A word of a title-case name as written in running text ("Children’s", "Health-and-Care", "&")."""

LEFT_OUT_OF_INITIALS = frozenset({"and", "of", "for", "the", "&"})
"""Connectors a name's initials usually skip: 'Health and Wellbeing Board' is HWB."""

_BRACKETED = re.compile(r"\(([A-Za-z]{2,8})\)")


def initials(words: Iterable[str], skip: Collection[str] = LEFT_OUT_OF_INITIALS) -> str:
    """The first character of each word, as written, leaving out `skip` words (compared lowercased)."""
    return "".join(word[0] for word in words if word.lower() not in skip)


@lru_cache(maxsize=4)  # organisations and agreements both ask, for the same document's text
def find_acronyms(text: str) -> Mapping[str, str]:
    """Acronyms the text defines by initials: 'Integrated Community Equipment Service (ICES)' -> ICES.

    The words before the bracket are read back, connectors skipped, until there is one per letter;
    the definition counts only when their initials spell the acronym, so where the name starts is
    found without knowing its bounds. The first definition of an acronym wins.
    """
    found: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        abbr = match.group(1)
        # "CCGs": a plural acronym spells the singular's letters.
        letters = abbr.rstrip("s") if abbr.endswith("s") and abbr[:-1].isupper() else abbr
        words = list(NAME_WORD.finditer(text, max(0, match.start() - 120), match.start()))
        spelling: list[re.Match[str]] = []
        for word in reversed(words):
            if word.group().lower() in LEFT_OUT_OF_INITIALS:
                continue
            spelling.append(word)
            if len(spelling) == len(letters):
                break
        if len(spelling) != len(letters):
            continue
        spelling.reverse()
        if initials(w.group() for w in spelling).lower() == letters.lower():
            found.setdefault(abbr, text[spelling[0].start():match.start()].strip())
    return MappingProxyType(found)  # cached and shared between callers: read-only

