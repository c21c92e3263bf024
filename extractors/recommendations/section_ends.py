"""Lines that end a recommendation section: the next heading, a form field, a footer, a signature."""

from __future__ import annotations

import re

from extractors.recommendations.lead_ins import lead_in
from extractors.recommendations.verbs import base_verb

STOP = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:officer\s+contacts?|contact\s+officers?|contact\s+details|"
    r"contact\s*:|member\s+contacts?|background\b|reasons?(?:\(s\))?\s+for|introduction\b|purpose\b|"
    # "Appendices" heads a report's part, but "1. Appendices A and B are not for publication ..." is a decision
    r"executive\s+summary|summary\b|list\s+of\b|appendices\b(?!\s+\w+(?:\s+(?:and|&)\s+\w+)?\s+(?:are|be)\b)|"
    r"report\s+authors?|name\s+of\s+author|"
    r"lead\s+officer|key\s+facts|outcome\s*:|implications\b|options\b|alternative\s+options|"
    r"(?:financial|legal|equality|resource)\s+implications|names?\s*:|post\s*:|e-?mail\s*:|"
    r"tel(?:ephone)?\s*:|date\s*:|signed\b|agenda\s+item|source\s+documents|any\s+alternatives|"
    r"any\s+interest|cabinet\s+committee\s+recommendations|supporting\s+documents|author\s*:|"
    # "Report to Cabinet" heads the next paper; "report to take effect" opening a line is a wrapped sentence.
    r"(?-i:Report|REPORT)\s+(?:to|TO)\b|title\s+of\s+paper|present\s*:|apologies)",
    re.I,
)

# "01/08/2017 - Executive Response to ... ref: 2189": the next decision's title on a ModernGov decisions list.
DATED_TITLE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s+\S")

FOOTER = re.compile(r"^(?:page\s*\d+(?:\s*of\s*\d+)?|\d{1,4}|-\s*\d+\s*-|page\s+\d+\s+of\s+\d+.*)$", re.I)


def stop_heading(text: str) -> bool:
    """Whether the text after a label is a section heading ("Introduction", "Background")."""
    text = text.strip()
    if STOP.match(text):
        return True
    return False


def colon_heading(text: str) -> bool:
    """A short capitalised line ending in a colon that is not a lead-in: the next form field.

    A field's name is a title, never a clause: "Care Centres, which includes:" is a wrapped item's tail.
    """
    return (len(text) <= 60 and text[:1].isupper() and text.endswith(":") and lead_in(text) is None
            and not _CLAUSE_AFTER_COMMA.search(text))


# ", which includes:", ", including:": a relative clause, which a sentence has and a form field's name has not.
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:which|that|who|including|includes?)\b")


def signature(text: str) -> bool:
    """An author's name in capitals closing a report ("KATE TERRONI")."""
    return bool(re.match(r"^[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){1,3}$", text)) and not base_verb(text.split()[0])
