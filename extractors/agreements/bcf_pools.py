"""A Better Care Fund that a section 75 agreement is expressly for is that agreement, not a second one."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import K, Group

_BCF = r"(?:the\s+)?(?:[A-Z0-9][\w&'/-]*\s+){0,4}(?:Better\s+Care\s+Fund\w*|BCF)\b"
# "the Section 75 Agreement for Better Care Funded Services", "Section 75 Partnership Agreement - Better
# Care Fund", "a Section 75 agreement (with X) for the commissioning of services from the Anyshire Better Care Fund".
# "the s75 Pooled Fund for the Better Care Fund": the pool the agreement sets up may come between.
_FOR_THE_BCF = re.compile(r"^\s*(?:(?i:pooled\s+(?:fund|budget))\s+)?"
                          r"(?:[-–:]\s*|(?:(?:with|between)\s[^.;,()\n]{0,80}?\s)?(?:for|governing|covering)\b[^.;,()\n]{0,80}?)" + _BCF)
# "... made under Section 75 ... to enable pooled budgets to support the delivery of the Anytown BCF Plan", "... under
# Section 75 of the NHS Act 2006, to give formal (retrospective) effect to the 2022-23 Better Care Fund Plan".
_SUPPORTS_THE_BCF = re.compile(r"\bto\s+(?:support\s+(?:the\s+)?(?:delivery|implementation)\s+of|"
                               r"give\s+(?:[\w()-]+\s+){0,3}effect\s+to)\s+" + _BCF)
# "the BCF Section 75 agreement", "the Better Care Fund (BCF) s75 agreement".
_BCF_BEFORE = re.compile(r"\b(?:Better\s+Care\s+Fund|BCF)\s*(?:\(BCF\)\s*)?$")


def is_s75_for_bcf(reader: DocumentReader, group: Group) -> bool:
    """Whether one of a section 75 group's mentions says the agreement is for the Better Care Fund."""
    if group.kind != K.SECTION_75:
        return False
    for mention in group.mentions:
        after = reader.text[mention.end:mention.sentence[1]]
        before = reader.text[max(mention.sentence[0], mention.start - 30):mention.start]
        if _FOR_THE_BCF.search(after) or _SUPPORTS_THE_BCF.search(after) or _BCF_BEFORE.search(before):
            return True
    return False


def drop_bcf_of_s75(reader: DocumentReader, groups: list[Group]) -> list[Group]:
    """Without the Better Care Fund groups when the paper's one section 75 agreement is for the BCF."""
    s75 = [g for g in groups if g.kind == K.SECTION_75]
    if len(s75) != 1 or not is_s75_for_bcf(reader, s75[0]):
        return groups
    return [g for g in groups if g.kind != K.BETTER_CARE_FUND]
