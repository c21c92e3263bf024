"""An item's verb: the base form of an inflected verb and the verb opening an item's text."""

from __future__ import annotations

import re

from extractors.recommendations.vocab import BODY, INFLECTED, VERBS

# A short opening phrase set off by a comma before an item's verb: "For delivery, to ...", "In principle, agree".
OPENING_PHRASE = re.compile(r"^[A-Z][^,.;:]{0,80},\s+(?P<rest>\S.*)$")


def base_verb(word: str) -> str | None:
    """The base form of a word that opens an item ("approves" -> "approve"), or None if it is no such verb."""
    low = word.lower().strip(",.:;")
    low = INFLECTED.get(low, low)
    return low if low in VERBS or low == "resolve" else None


def present_verb(word: str) -> str | None:
    """The base verb of a base or third-person form ("authorises" -> "authorise"), or None."""
    low = word.lower().strip(",.:;")
    return base_verb(low) or (base_verb(low[:-1]) if low.endswith("s") else None)


def first_verb(text: str) -> str | None:
    """The item's own verb: its first word, or the verb after an inner "asked to"."""
    inner = re.search(r"\b(?:asked|requested|recommended|invited)\s+to\s+(\w+)", text[:120], re.I)
    inner = inner or re.match(
        rf"^(?:that\s+)?(?:the\s+)?[\w ]{{0,40}}?\b{BODY}\s+(?:is\s+|are\s+)?(?:to\s+)?(\w+)", text, re.I
    )
    if inner and base_verb(inner.group(1)):
        return base_verb(inner.group(1))
    # "Subject to written confirmation from NCCCG, approve the ..." puts its verb after a clause.
    m = re.match(r"^(?:subject\s+to|following|in\s+principle)\b[^,]{0,120},\s+(\w+)", text.strip(), re.I)
    if m and base_verb(m.group(1)):
        return base_verb(m.group(1))
    m = OPENING_PHRASE.match(text.strip())
    m = m and re.match(r"^(?:to\s+)?([a-z]+)\b", m.group("rest"))
    if m and base_verb(m.group(1)):
        return base_verb(m.group(1))  # "For delivery, to continue to vary ..."
    m = re.match(r"^(?:to\s+)?(\w+)", text.strip(), re.I)
    return present_verb(m.group(1)) if m else None


# "Set out below is a summary of the decisions ...": an inverted sentence pointing at a list, no request.
_SET_OUT_BELOW = re.compile(r"^Set\s+out\s+(?:below|above|in|at|overleaf)\b", re.I)


def starts_with_verb(text: str) -> bool:
    """Whether text opens with a capitalised item verb ("Approve ...", "To agree ...")."""
    if _SET_OUT_BELOW.match(text):
        return False
    # "To formally adopt ...": a manner adverb may split "To" from its verb.
    first = re.match(r"^(?:To\s+(?:[a-z]{3,}ly\s+)?)?([A-Za-z]+)\b", text)
    return bool(first) and first.group(0)[:1].isupper() and base_verb(first.group(1)) is not None
