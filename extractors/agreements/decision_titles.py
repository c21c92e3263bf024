"""Agreements named by the title of a recorded decision: a published decisions list's entry ('29/10/2024 - Lease of
Unit 4 to X NHS Trust ref: 123  Recommendations Approved') or an agenda item put for ratification or approval
('FOR RATIFICATION 12. Contract Variation Y Surgery').

Such pages give only the title and the outcome, so the title is the whole record: it names what the agreement is
(a lease, a contract variation, a service level agreement) and whom it is with. A title that names no agreement
word (a policy, minutes, a strategy) yields nothing.
"""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, COUNCIL_TYPES, K, Mention, OrgSpan
from schemas import AgreementAction, AgreementKind

DECISION_TITLE_RULE = "agreements.decision_title"

# ModernGov's 'Decisions published' entry: date, title, reference and an outcome that approves.
_LISTED = re.compile(
    r"(?m)^[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]+[-–][ \t]+(?P<title>[^\n]{5,250}?)[ \t]+ref:?[ \t]*\d+[ \t]+"
    r"(?:Recommendations?[ \t]+(?:Approved|Agreed)|Approved|Agreed|Decision[ \t]+[Mm]ade)[^\n]*$")
# An agenda section whose items are put to the meeting to decide; the items run to the next section heading.
_DECIDING_SECTION = re.compile(r"\bFOR\s+(?:RATIFICATION|APPROVAL|DECISION)\b")
_NEXT_SECTION = re.compile(r"\bFOR\s+[A-Z]{4,}\b|\n\s*\n")
_AGENDA_ITEM = re.compile(r"(?:^|\s)\d{1,2}\.\s+(?=[A-Z])")
# A GP practice an agenda names as the other side of its contract ('Contract Variation Elm Tree Surgery').
_PRACTICE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:Surgery|Medical\s+Practice|Medical\s+Centre|Health\s+Centre|Practice)\b")
# A list entry's label before its title ('Recordable decision summary - Extension of ...').
_DECISION_LABEL = re.compile(r"(?:Recordable|Officer|Key|Executive|Delegated|Individual\s+Member)\s+decision(?:\s+summary)?"
                             r"\s*[-–:]\s*", re.I)
# A trailing file or case reference on a list entry ('... (CNWL) - I029387').
_TRAILING_CODE = re.compile(r"\s+[-–]\s+[A-Z]{0,3}\d{4,}\s*$")

# What the title says happens to the agreement, most specific first.
_TITLE_ACTIONS: list[tuple[re.Pattern[str], AgreementAction]] = [
    (re.compile(r"\bvariation|\bvary(?:ing)?\b|\bmodification", re.I), A.VARY),
    (re.compile(r"\bextension|\bextend(?:ing)?\b", re.I), A.EXTEND),
    (re.compile(r"\bterminat\w*|\bdecommission\w*", re.I), A.TERMINATE),
    (re.compile(r"\baward\w*", re.I), A.AWARD),
    (re.compile(r"\b(?:re-?)?procure\w*|\b(?:re-?)?tender\w*", re.I), A.PROCURE),
    (re.compile(r"\brenewal|\brenew\b", re.I), A.RENEW),
    (re.compile(r"\bupdate\b|\breview\b", re.I), A.OTHER),
]
# The agreement word a title must hold, and the kind it makes (a council's service level agreement is between
# authorities; a lease or memorandum is kind other).
_LEASE = re.compile(r"\b(?:lease|licence|sub-?lease)\b", re.I)
_MEMORANDUM = re.compile(r"\bmemorand(?:um|a)\s+of\s+understanding\b|\bMoU\b", re.I)
_SERVICE_AGREEMENT = re.compile(r"\b(?:service\s+level|partnership|collaboration|funding|grant)\s+agreement\b", re.I)
_CONTRACT = re.compile(r"\bcontract(?:s|ual)?\b", re.I)
_FRAMEWORK = re.compile(r"\bFramework(?:\s+Agreement)?\b|\bDynamic\s+Purchasing\s+System\b")


def find_decision_titles(reader: DocumentReader) -> list[Mention]:
    """Agreements named by approved decisions-list entries and by agenda items put for ratification or approval."""
    found: list[Mention] = []
    for match in _LISTED.finditer(reader.text):
        mention = _title_mention(reader, match.start("title"), match.end("title"), None)
        if mention is not None:
            found.append(mention)
    for section in _DECIDING_SECTION.finditer(reader.text):
        found += _agenda_items(reader, section.end())
    return found


def _agenda_items(reader: DocumentReader, start: int) -> list[Mention]:
    """The numbered items of one deciding agenda section that name a contract and the practice or body it is with."""
    following = _NEXT_SECTION.search(reader.text, start)
    end = following.start() if following else min(len(reader.text), start + 1500)
    items = list(_AGENDA_ITEM.finditer(reader.text, start, end))
    found: list[Mention] = []
    for index, item in enumerate(items):
        item_end = items[index + 1].start() if index + 1 < len(items) else end
        title = reader.text[item.end():item_end]
        head = re.match(r"(?:Contract\s+(?:Variation|Extension|Award)|(?:Variation|Extension|Award)\s+(?:of|to)\s+"
                        r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}Contract)\s+(?:with\s+|for\s+|[-–:]\s*)?", title, re.I)
        if head is None:
            continue  # an agenda title is kept only when it opens with the contract change it asks to decide
        body_start = item.end() + head.end()
        named = _named_body(reader, body_start, item_end)
        if named is None:
            continue  # the agenda's other words (presenters, page numbers) follow: only a named body ends the title
        title_end, party_name = named
        mention = _title_mention(reader, item.end(), title_end, party_name, parties_from=body_start)
        if mention is not None:
            found.append(mention)
    return found


def _named_body(reader: DocumentReader, start: int, end: int) -> tuple[int, str | None] | None:
    """Where the body an agenda title names from `start` ends, and its name when the organisations extractor
    did not give it as found ('Elm Tree Surgery'); None when no body is named there."""
    org = next((o for o in reader.orgs if start - 1 <= o.start <= start + 1 and o.end <= end), None)
    if org is not None:
        return org.end, None
    practice = _PRACTICE.match(reader.text, start, end)
    if practice is not None:
        return practice.end(), " ".join(practice.group().split())
    # A body found with the title's own words in its name ('Contract Extension X NHS Trust') is the part after them.
    swallowing = next((o for o in reader.orgs if o.start < start - 1 and start < o.end <= end), None)
    if swallowing is not None:
        return swallowing.end, " ".join(reader.text[start:swallowing.end].split())
    return None


def _title_mention(reader: DocumentReader, start: int, end: int, party_name: str | None,
                   parties_from: int | None = None) -> Mention | None:
    """The agreement a decision's title names, with the bodies named in it (from `parties_from` on); None when it
    names no agreement."""
    title = reader.text[start:end]
    label = _DECISION_LABEL.match(title)
    if label:
        start, title = start + label.end(), title[label.end():]
    code = _TRAILING_CODE.search(title)
    if code:
        end, title = start + code.start(), title[:code.start()]
    # A body whose span swallows the title's own words ('Variation Elm Surgery') is no party the title names.
    orgs = [o for o in reader.orgs if (parties_from or start) - 1 <= o.start and o.end <= end]
    kind = _title_kind(title, orgs)
    if kind is None:
        return None
    action = next((a for pattern, a in _TITLE_ACTIONS if pattern.search(title)), None)
    if action is None:
        action = A.NEW if kind in {K.OTHER, K.INTER_AUTHORITY, K.FRAMEWORK} or _SERVICE_AGREEMENT.search(title) else A.OTHER
    # Not closed: the decision under the title ('That the implementation of the X Framework be approved') and the
    # paper's other mentions of the same agreement join it by subject.
    mention = decided_mention(kind, start, end, (start, end), title.strip(), action, rule=DECISION_TITLE_RULE)
    mention.counterparties = orgs
    mention.linked = bool(orgs)
    mention.party_name = party_name
    return mention


def _title_kind(title: str, orgs: list[OrgSpan]) -> AgreementKind | None:
    """The kind of agreement a decision title names, or None when it names none."""
    if _LEASE.search(title) or _MEMORANDUM.search(title):
        return K.OTHER
    if _SERVICE_AGREEMENT.search(title):
        if re.search(r"\b(?:funding|grant)\s+agreement", title, re.I):
            return K.GRANT
        return K.INTER_AUTHORITY if orgs and all(o.org_type in COUNCIL_TYPES for o in orgs) else K.CONTRACT
    if _FRAMEWORK.search(title):
        return K.FRAMEWORK
    if _CONTRACT.search(title):
        return K.CONTRACT
    return None
