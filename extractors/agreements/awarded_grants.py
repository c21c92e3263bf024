"""Grants a council resolves to award to a named local group ('That X be awarded a grant of £800')."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, orgs_within
from extractors.agreements.sentences import sentence_at
from extractors.money import WRITTEN_SUM

# A group's name: capitalised words, with the joining words names use inside them ('Friends of the Park').
_NAME = r"(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|the|for|in|&)\s+)*[A-Z][\w’'&.-]*){0,7})"
_SUM = rf"(?P<sum>{WRITTEN_SUM})"
# "That, X be awarded a grant of £800": the resolution names the recipient first.
_RECIPIENT_FIRST = re.compile(
    r"\b(?i:that),?\s+(?:the\s+)?" + _NAME + r"\s+(?i:(?:be|is|was)\s+(?:awarded|given|offered|paid)\s+an?\s+"
    r"(?:(?:one-off|community|discretionary|small)\s+)?grant\s+of)\s+" + _SUM)
# "a grant of £250 be awarded to X", "a grant of £500 was made to the X": the recipient after the sum.
_SUM_FIRST = re.compile(
    r"\b(?i:(?:an?|the)\s+(?:(?:one-off|community|discretionary|small)\s+)?grant\s+of)\s+" + _SUM +
    r"\s+(?i:(?:be|is|was)\s+(?:awarded|given|made|paid|offered)\s+to\s+(?:the\s+)?)" + _NAME)
# Words that make the 'name' the council itself, a committee or a generic noun rather than a group.
_NOT_A_GROUP = re.compile(r"^(?:Council|Committee|Town|Parish|Clerk|Members?|Applicants?|Each|This|It|They|He|She)\b|"
                          r"\b(?:Council|Committee|Sub-Committee|Clerk|Officer)$")


def find_awarded_grants(reader: DocumentReader) -> list[Mention]:
    """One closed grant mention per recipient a resolution or minute awards a stated sum to."""
    found: list[Mention] = []
    for pattern in (_RECIPIENT_FIRST, _SUM_FIRST):
        for match in pattern.finditer(reader.text):
            name = match.group("name").strip(" .")
            if _NOT_A_GROUP.search(name):
                continue
            start = match.start("name")
            mention = Mention(K.GRANT, match.start(), match.end(), sentence_at(reader.sentences, match.start()),
                              f"grant of {match.group('sum').replace(' ', '')} to {name}", closed=True,
                              action=A.AWARD, grant_outwards=True, rule="agreements.grant_awarded")
            orgs = [o for o in orgs_within(reader.orgs, start - 4, start + len(name) + 4)]
            mention.counterparties = orgs[:1]
            if not orgs:
                mention.party_name = name
            found.append(mention)
    return sorted(found, key=lambda m: m.start)
