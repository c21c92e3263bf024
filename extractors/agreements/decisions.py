"""Agreements a decision itself acts on, named or not by party: 'procure a X Service', 'the grant of a lease of Y',
'Service 1: The X Service' under an award, 'extend the contract for the provision of Z', section 76 agreements,
delegation and partnering agreements between councils and partnerships being dissolved.

A decision page often never names the council deciding, nor the supplier (not yet chosen), so these agreements
may have no party; they are kept because the decision wording ties a specific, named subject to what happens.
"""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, COUNCIL_TYPES, K, POLICY_FRAMEWORK_WORDS, Mention, OrgSpan
from extractors.agreements.sentences import sentence_at
from extractors.recommendations.lines import SPACED_NUMBER
from schemas import AgreementAction

DECIDED_RULE = "agreements.decided"
DECIDED_REFERENCE_RULE = "agreements.decided_reference"

# A decision item worded as one on decision pages and minutes ('1. Agreed to', 'Approved the', 'authorises the
# Director to', 'Approval to enter into'), or a paper's request for one ('requesting approval to extend').
_DECISION_START = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:Agreed|Approved|Delegated|Authorised|Resolved|Approval\s+(?:to|for|of)|"
    r"To\s+(?:approve|agree|seek\s+(?:\w+\s+){0,2}approval)|(?:authorises|approves|agrees|endorses|delegates)\b)")
_SEEKS_APPROVAL = re.compile(r"\b(?:seek\w*|request\w*)\s+(?:the\s+)?(?:\w+\s+)?approval\s+(?:to|for|of)\b", re.I)
# The lead-in of a numbered list of decisions: 'The Cabinet Member approved:', 'RESOLVED:', 'That Cabinet'.
_LIST_LEAD = re.compile(r"(?:\b(?:approved|agreed|resolved|decided|RESOLVED)\s*:-?|^\s*That\s+(?:the\s+)?[A-Z]\w*(?:\s+\w+)?\s*:?-?)\s*$",
                        re.M)
# The opening of a decision item before its wording: stray marks (a bullet and its spacing) and an item number ('2.',
# 'b)', 'iv.', '1.2' (perhaps glued to the first word: '1.2Authorise'), or a number set off by spaces as
# recommendations.lines reads it).
ITEM_OPENING = rf"^\W{{0,6}}\s*(?:\d{{1,2}}\.\d{{1,2}}\.?(?:\s+|(?=[A-Z]))|[a-z0-9ivx]{{1,4}}[.)]\s+|{SPACED_NUMBER})?"
_LIST_ITEM = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")

# Title-case name of a service or framework, brackets allowed inside ('Domiciliary Care (Care at Home)').
TITLE_NAME = (r"(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|and|for|of|&|the|in|with|\([^()\n]{1,80}\))\s+){0,14}?")
_SERVICE_HEAD = r"(?:Services?|service)"
_FRAMEWORK_HEAD = r"(?:Dynamic\s+Purchasing\s+System|Framework(?:\s+Agreement)?)"
_ACRONYM = r"(?:\s*\([A-Z]{2,8}\))?"
# 'for the commissioning of Personal Support for Children, Young People and their Families (be approved)'
_PURPOSE_TAIL = re.compile(
    r"^\s+for\s+(?:the\s+)?(?:commissioning|provision|purchase|purchasing|delivery|supply)\s+of\s+"
    r"[^.;:\n]{3,120}?(?=\s+(?:be|is|are|was|were|from|until|at|on|so|which|that|to\s+be)\b|[.;:\n]|$)")

# 'the commencement of a procurement process to secure the provision of X Services': the service bought, named.
_PROCURE = (r"(?:re-?procure|procure|(?:commence(?:ment\s+of)?|oversee|undertake|run|start|begin|launch)\s+(?:the\s+|a\s+)?"
            r"(?:re-?)?procurement(?:\s+(?:process|exercise))?\s+(?:of|for|to\s+secure(?:\s+the\s+provision\s+of)?)|"
            r"(?:re-?)?tender\s+for|go\s+out\s+to\s+tender\s+for)")
# 'That the implementation of a X Framework be approved': a council's own framework put in place.
_SET_UP = r"(?:set-?\s?up|establish(?:ment)?|creat(?:e|ion)|form|implement(?:ation)?)"
_VERB_OBJECT = re.compile(
    rf"\b(?:(?P<procure>{_PROCURE})|(?P<award>award\s+(?:of\s+)?(?:a\s+|the\s+)?contracts?(?:\(s\))?\s+for)|"
    rf"(?P<setup>{_SET_UP}(?:\s+of)?))\s+(?:a\s+|an\s+|the\s+)?"
    rf"(?P<object>{TITLE_NAME}(?P<head>{_SERVICE_HEAD})|(?:{TITLE_NAME})?(?P<fhead>{_FRAMEWORK_HEAD}))(?P<acronym>{_ACRONYM})(?![\w-])")
# Two services named with their own brackets and one head: 'A (a) and B (b) Services'.
_TWO_SERVICES = re.compile(r"^(?P<a>[A-Z].*?\))\s+and\s+(?P<b>[A-Z].*\))\s+(?P<head>Services?)$")

# 'Service 1: The Integrated X Service', 'Lot 2 - Y services': entries of an award or procurement just decided.
_LISTED_SERVICE = re.compile(
    rf"(?m)^[ \t]*(?:Service|Lot)\s+\d{{1,2}}\s*[:.–-]\s*(?:The\s+)?(?P<object>{TITLE_NAME}{_SERVICE_HEAD}{_ACRONYM})(?![\w-])")
_LIST_DECISION = re.compile(
    r"\b(?P<award>award(?:ed|ing)?)\b[^.\n]{0,80}\bcontracts?\b|\b(?P<procure>(?:re-?)?procure\w*|tender\w*)\b[^.\n]{0,80}\bservices\b",
    re.I)

# 'extend the contract for the provision of sexual health services': a lower-case service a contract is for.
_CONTRACT_FOR = re.compile(
    r"\b(?P<verb>extend|vary|award|re-?procure|procure|re-?tender|terminate)\s+(?:the\s+)?(?:current\s+|existing\s+)?"
    r"(?P<subject>contracts?\s+for\s+(?:the\s+)?(?:provision|delivery|supply)\s+of\s+[^.;:,()\n]{3,80}?)"
    r"(?=\s+(?:for|from|until|to|with|at|on|be|which|that|and\s+to)\b|[.;:,(\n]|$)", re.I)
# 'seeks approval to extend the contract for the Home Library Service for Older People': a service named in title case.
_CONTRACT_FOR_SERVICE = re.compile(
    rf"\b(?P<verb>extend|vary|award|re-?procure|procure|re-?tender|terminate)\s+(?:the\s+)?(?:current\s+|existing\s+)?"
    rf"(?P<subject>contracts?\s+for\s+(?:the\s+)?{TITLE_NAME}{_SERVICE_HEAD}{_ACRONYM}"
    rf"(?:\s+for\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){{0,5}})?)(?![\w-])")
_VERB_ACTIONS: list[tuple[str, AgreementAction]] = [
    ("extend", A.EXTEND), ("vary", A.VARY), ("award", A.AWARD), ("terminate", A.TERMINATE)]
# 'That the current contracts (for Lot 1 and Lot 2) be extended ...': the decision on a contract named nearby.
_CONTRACTS_BE = re.compile(
    r"\bthe\s+(?:current\s+|existing\s+)?contracts?(?:\s*\([^)\n]{1,40}\))?\s+(?:be|are\s+to\s+be)\s+"
    r"(?P<verb>extended|varied|awarded|terminated)\b", re.I)
_PARTICIPLE_ACTIONS = {"extended": A.EXTEND, "varied": A.VARY, "awarded": A.AWARD, "terminated": A.TERMINATE}

# 'the grant of a lease (and any supplemental documents) of <premises> to ... for a term ... at nil rent', 'grant an
# agreement for lease and lease of <premises>'.
_LEASE = re.compile(
    r"\b(?:grant(?:ing)?\s+(?:of\s+)?|enter\w*\s+into\s+|take\s+|taking\s+)(?:a\s+|an\s+|the\s+)?(?:new\s+)?"
    r"(?:agreement\s+for\s+lease\s+and\s+(?:a\s+)?)?[Ll]ease\b"
    r"(?:\s+and\s+[^.;\n]{0,60}?)?\s+(?:of|for|on|at)\s+(?P<premises>[A-Z0-9][^.;:\n]{4,120}?)"
    r"(?=\s+(?:to|for\s+a|for\s+the|at\s+a|commencing|from|with\s+effect)\b|[.;:\n]|$)")
# 'The grant of a 25-year lease by the Council to the Dysart Surgery ...', 'the implementation of two new 10-year leases
# to the Sussex Partnership NHS Foundation Trust': a lease named by its tenant rather than its premises.
_LEASE_TO = re.compile(
    r"\b(?:grant(?:ing)?\s+(?:of\s+)?|implementation\s+of\s+|enter\w*\s+into\s+)"
    r"(?:a|an|the|two|three|\d+)?\s*(?:new\s+)?(?P<lease>(?:\d+|\w+)[- ]year\s+[Ll]eases?)(?:\s+by\s+the\s+Council)?"
    r"(?=\s+to\s)")
_NIL_RENT = re.compile(r"\bat\s+(?:a\s+)?(?:nil|peppercorn)\s+rent\b", re.I)

# 'a Section 76 (agreement)': a council's payment to the NHS under s76 of the NHS Act 2006 (kind other).
_S76 = re.compile(r"\b(?:section|s\.?)\s?76(?:\s+(?:of\s+the\s+)?(?:National Health Services?|NHS)\s+Act(?:\s+2006)?)?"
                  r"(?:\s+(?:agreement|arrangement)s?)?(?!\s+of\s+the\s+(?!National Health|NHS))\b", re.I)
# 'enter into a delegation and partnering agreement with X Council': one council acting for another.
_COUNCIL_AGREEMENT = re.compile(
    r"\b(?:delegation\s+and\s+partnering|partnering\s+and\s+delegation|delegation|partnering|collaboration)\s+agreements?\b",
    re.I)
# 'the dissolution of the Council's partnership with X', 'to terminate the partnership between the Trust and ...'.
_PARTNERSHIP_ENDING = re.compile(
    r"\b(?:dissolution\s+of|dissolv(?:e|ing)|terminat(?:e|ing|ion\s+of)|end(?:ing)?)\s+(?:the|its|our|this)\s+"
    r"(?:(?:Council|Authority|Trust)['’]s\s+)?partnership\b", re.I)


# 'Barset District Council be the accountable body for the X funding': one council holds money for partners.
_ACCOUNTABLE_BODY = re.compile(
    r",?\s+(?:be|to\s+be|will\s+be|should\s+be|act(?:s|ing)?\s+as|as)\s+(?:the\s+)?accountable\s+body\s+for\s+(?:the\s+)?"
    r"(?P<subject>[^.;:\n]{3,100}?)(?=\s+(?:and|which|until|from|on\s+behalf)\b|[.;:\n(]|$)")


def decides(reader: DocumentReader, sentence: tuple[int, int]) -> bool:
    """A decision (or the approval a paper seeks), by the extractors' recommendations or by its wording."""
    if reader.is_decision(sentence):
        return True
    text = reader.text[sentence[0]:sentence[1]]
    if _DECISION_START.search(text) or _SEEKS_APPROVAL.search(text):
        return True
    if _LIST_ITEM.match(text):  # an item of a list introduced by 'The Cabinet Member approved:'
        before = reader.text[max(0, sentence[0] - 400):sentence[0]].rstrip()
        lead_line = before[before.rfind("\n") + 1:] if "\n" in before else before
        return bool(_LIST_LEAD.search(lead_line)) or bool(_LIST_LEAD.search(before[-60:]))
    return False


def is_decision_subject(reader: DocumentReader, mention: Mention) -> bool:
    """A decision record's 'SUBJECT:' line names what it decides ('DECISION NO 86 ... SUBJECT: Agreement under s75')."""
    line_start = reader.text.rfind("\n", 0, mention.start) + 1
    if not re.match(r"\s*(?:SUBJECT|Subject)\s*:", reader.text[line_start:mention.start]):
        return False
    return bool(re.search(r"\bDECISION\b", reader.text[:max(line_start, 1)][:1500]))


def find_decided(reader: DocumentReader) -> list[Mention]:
    """Every agreement a decision acts on by one of this module's wordings."""
    found: list[Mention] = []
    found += _verb_objects(reader)
    found += _listed_services(reader)
    found += _contracts_for(reader)
    found += _contracts_decided(reader)
    found += _leases(reader)
    found += _section_76(reader)
    found += _council_agreements(reader)
    found += _partnership_endings(reader)
    found += _accountable_bodies(reader)
    return found


def decided_mention(kind: K, start: int, end: int, sentence: tuple[int, int], subject: str | None,
                    action: AgreementAction, closed: bool = False, rule: str = DECIDED_RULE,
                    parties: list[OrgSpan] | None = None) -> Mention:
    """A mention a decision acts on: it counts without a named party. `parties`, when the decision's own
    words name them (the grantor, the contractor), are its counterparties and tie it to them."""
    mention = Mention(kind, start, end, sentence, " ".join(subject.split()) if subject else None, closed=closed,
                      action=action, rule=rule)
    mention.decided = True
    if parties:
        mention.counterparties = parties
        mention.linked = True
    return mention


def _verb_objects(reader: DocumentReader) -> list[Mention]:
    """'procure a Locality Health Service', 'the setup of a Light Touch Dynamic Purchasing System (DPS) for ...'."""
    found: list[Mention] = []
    for match in _VERB_OBJECT.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not decides(reader, sentence):
            continue
        framework = bool(match.group("fhead"))
        if match.group("setup") and not framework:
            continue  # 'establish a X Service' sets up a service, not an agreement
        words = match.group("object").split()
        if framework and len(words) > 1 and words[-2].lower() in POLICY_FRAMEWORK_WORDS:
            continue  # 'implement the Outcomes Framework': a policy, not an agreement with suppliers
        action = A.PROCURE if match.group("procure") else A.AWARD if match.group("award") else A.NEW
        kind = K.FRAMEWORK if framework else K.CONTRACT
        obj = match.group("object") + match.group("acronym")
        end = match.end("acronym")
        if framework:
            tail = _PURPOSE_TAIL.match(reader.text[end:sentence[1]])
            if tail:
                obj, end = obj + tail.group(), end + tail.end()
        two = _TWO_SERVICES.match(" ".join(obj.split()))
        subjects = [f"{two.group('a')} {two.group('head')}", f"{two.group('b')} {two.group('head')}"] if two else [obj]
        for subject in subjects:
            found.append(decided_mention(kind, match.start("object"), end, sentence, subject, action, closed=len(subjects) > 1))
    return found


def _listed_services(reader: DocumentReader) -> list[Mention]:
    """'Service 1: The X Service ...' entries after a decision to award (or procure) contracts for them."""
    found: list[Mention] = []
    for match in _LISTED_SERVICE.finditer(reader.text):
        lead_start = max(0, match.start() - 1500)
        lead = None
        for candidate in _LIST_DECISION.finditer(reader.text, lead_start, match.start()):
            if decides(reader, sentence_at(reader.sentences, candidate.start())):
                lead = candidate
        if lead is None:
            continue
        paragraph_end = reader.text.find("\n\n", match.end())
        paragraph = (match.start(), paragraph_end if paragraph_end != -1 else len(reader.text))
        action = A.AWARD if lead.group("award") else A.PROCURE
        found.append(decided_mention(K.CONTRACT, match.start("object"), match.end("object"), paragraph,
                              match.group("object"), action, closed=True))
    return found


def _contracts_for(reader: DocumentReader) -> list[Mention]:
    """'to extend the contract for the provision of sexual health services' (or 'for the X Service') in a decision
    or request for one."""
    found: list[Mention] = []
    matches = list(_CONTRACT_FOR.finditer(reader.text)) + list(_CONTRACT_FOR_SERVICE.finditer(reader.text))
    for match in matches:
        sentence = sentence_at(reader.sentences, match.start())
        if not decides(reader, sentence):
            continue
        verb = match.group("verb").lower()
        action = next((a for stem, a in _VERB_ACTIONS if verb == stem), A.PROCURE)
        mention = decided_mention(K.CONTRACT, match.start("subject"), match.end("subject"), sentence,
                                  match.group("subject"), action)
        mention.counterparties = reader.counterparties_after(match.end("subject"))  # '... Service to X Ltd'
        mention.linked = bool(mention.counterparties)
        found.append(mention)
    return found


def _contracts_decided(reader: DocumentReader) -> list[Mention]:
    """'That the current contracts be extended ...': joins the contract named just before (grouping.py)."""
    found: list[Mention] = []
    for match in _CONTRACTS_BE.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not decides(reader, sentence):
            continue
        action = _PARTICIPLE_ACTIONS[match.group("verb").lower()]
        found.append(decided_mention(K.CONTRACT, match.start(), match.end(), sentence, None, action,
                              rule=DECIDED_REFERENCE_RULE))
    return found


def _leases(reader: DocumentReader) -> list[Mention]:
    """'Approved the grant of a lease of Unit 3, High Street to X for 5 years at nil rent'."""
    found: list[Mention] = []
    for match in _LEASE.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not decides(reader, sentence):
            continue
        subject = f"lease of {match.group('premises')}"
        rent = _NIL_RENT.search(reader.text, match.end(), sentence[1])
        if rent:
            subject += " " + rent.group()
        found.append(decided_mention(K.OTHER, match.start(), match.end(), sentence, subject, A.NEW, closed=True))
    for match in _LEASE_TO.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        tenants = reader.counterparties_after(match.end())
        if not tenants or not decides(reader, sentence) or any(m.start <= match.start() < m.end for m in found):
            continue  # a lease only named by its tenant needs the tenant named
        subject = f"{match.group('lease')} to {' and '.join(tenant.name for tenant in tenants)}"
        found.append(decided_mention(K.OTHER, match.start(), match.end(), sentence, subject, A.NEW, closed=True,
                                     parties=tenants))
    return found


def _section_76(reader: DocumentReader) -> list[Mention]:
    """'the establishment of a Section 76 between X and Y': an agreement of kind other, with its parties."""
    found: list[Mention] = []
    for match in _S76.finditer(reader.text):
        mention = reader.mention(K.OTHER, match.start(), match.end())
        mention.subject = mention.subject or "Section 76 agreement"
        if not mention.counterparties:
            mention.counterparties = reader.public_bodies_in(mention.sentence)
        if decides(reader, mention.sentence):
            mention.decided = True
        found.append(mention)
    return found


def _council_agreements(reader: DocumentReader) -> list[Mention]:
    """'enter into a delegation and partnering agreement with X Council': inter-authority, only with a council."""
    found: list[Mention] = []
    for match in _COUNCIL_AGREEMENT.finditer(reader.text):
        mention = reader.mention(K.INTER_AUTHORITY, match.start(), match.end())
        councils = [o for o in mention.counterparties if o.org_type in COUNCIL_TYPES]
        if not councils:
            continue  # an NHS delegation agreement (NHS England to an ICB) is no agreement between councils
        mention.counterparties = councils
        mention.subject = mention.subject or " ".join(match.group().split())
        found.append(mention)
    return found


def _partnership_endings(reader: DocumentReader) -> list[Mention]:
    """A partnership with a named body being dissolved or terminated: one agreement, its parties gathered."""
    matches = list(_PARTNERSHIP_ENDING.finditer(reader.text))
    parties: list[OrgSpan] = []
    first: Mention | None = None
    for match in matches:
        mention = reader.mention(K.OTHER, match.start(), match.end(), "partnership")
        for org in mention.counterparties:
            if all(org.name != p.name for p in parties):
                parties.append(org)
        if first is None and mention.counterparties:
            first = mention
    if first is None:
        return []
    first.counterparties = parties
    first.subject = f"partnership with {parties[0].name}"
    first.action = A.TERMINATE
    first.closed = True
    first.rule = DECIDED_RULE
    return [first]


def _accountable_bodies(reader: DocumentReader) -> list[Mention]:
    """'following the agreement of A Council and B Council, C Council be the accountable body for the X funding':
    an arrangement between councils, decided, with every council its sentence names."""
    found: list[Mention] = []
    for org in reader.all_orgs:
        if org.org_type not in COUNCIL_TYPES:
            continue
        match = _ACCOUNTABLE_BODY.match(reader.text, org.end)
        if match is None:
            continue
        sentence = sentence_at(reader.sentences, org.start)
        if not decides(reader, sentence):
            continue
        councils: list[OrgSpan] = []
        for other in reader.all_orgs:
            if sentence[0] <= other.start < sentence[1] and other.org_type in COUNCIL_TYPES \
                    and all(other.name != c.name for c in councils):
                councils.append(other)
        if len(councils) < 2:
            continue  # a council accountable for its own funding arranges nothing with another
        mention = decided_mention(K.INTER_AUTHORITY, org.start, match.end(), sentence,
                                  f"accountable body arrangements for {match.group('subject')}", A.NEW, closed=True)
        mention.counterparties = [c for c in councils if c is not org] + [org]
        found.append(mention)
    return found
