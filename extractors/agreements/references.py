"""Follow-on references to a section 75 agreement named just before: 'The new agreement will run from ...'."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import K, Mention

# "the (new) agreement", "this arrangement", "its extension": a paper's next sentence often carries the
# decision or the term of the agreement the sentence before named in full.
_REFERENCE = re.compile(
    r"\b(?:(?:the|this|that)\s+(?:(?:new|proposed|revised|renewed|extended|varied|current|existing|draft)\s+)?"
    r"(?:agreements?|arrangement)|its\s+(?:extension|renewal|variation|termination|replacement))\b", re.I)


def follow_on_references(reader: DocumentReader, mentions: list[Mention]) -> list[Mention]:
    """Bare references in the sentence right after one naming a section 75 agreement, in the same paragraph."""
    named = {m.sentence for m in mentions if m.kind == K.SECTION_75}
    found: list[Mention] = []
    for index, sentence in enumerate(reader.sentences[1:], start=1):
        previous = reader.sentences[index - 1]
        if previous not in named or sentence in named:
            continue
        if "\n\n" in reader.text[previous[0]:sentence[0] + 1] or "\t" in reader.text[sentence[0]:sentence[1]]:
            continue  # a new paragraph or a table row starts something else
        for match in _REFERENCE.finditer(reader.text, sentence[0], sentence[1]):
            found.append(Mention(K.SECTION_75, match.start(), match.end(), sentence, None,
                                 rule="agreements.follow_on_reference"))
    return found
