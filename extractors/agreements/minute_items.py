"""Agreements minutes record in words other than 'contract' or 'agreement': a quote or tender accepted from a
contractor, tenancy, lease and licence agreements and deeds taken as a numbered item or acted on by a decision, a
contract variation received, and a covenant or joint-working protocol a decision notes or signs.

Parish and town council minutes rarely say 'contract' or 'award': 'it was agreed to accept the quote from X for grass
cutting' awards a contract to X, and '9. Tenancy agreements for the allotments' over 'It was agreed to accept the
tenancy agreements as presented' makes new ones. A quote only received or discussed is not an agreement, so every rule
here needs a record of acceptance, a decision in the item or a document the item is called to sign.
"""

from __future__ import annotations

import re

from extractors.agreements.decisions import decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, OrgSpan
from extractors.agreements.sentences import sentence_at
from schemas import AgreementAction

QUOTE_RULE = "agreements.quote_accepted"
DOCUMENT_RULE = "agreements.minuted_document"
VARIATION_RULE = "agreements.variation_received"
PLEDGE_RULE = "agreements.pledge"

_QUOTE_WORDS = r"(?:quot(?:e|es|ation|ations)|tenders?|estimates?)"
_QUOTE_QUALIFIER = r"(?:(?:lowest|cheapest|revised|second|first|third|best|cheaper|amended|updated|further)\s+)?"
# 'it was agreed to accept the quote from ABC Grounds', 'resolved to accept the quotation submitted by X Ltd'.
_ACCEPT_QUOTE_FROM = re.compile(
    rf"\b(?:accept(?:ed|s|ing)?|acceptance\s+of|go\s+ahead\s+with|proceed\s+with)\s+(?:the\s+|a\s+)?{_QUOTE_QUALIFIER}"
    rf"{_QUOTE_WORDS}\s+(?:from|of|submitted\s+by|provided\s+by|received\s+from)\s+(?:the\s+)?", re.I)
# 'the Park Repairs quote of £1,200 plus VAT would be accepted', 'X Ltd's tender was accepted'.
_NAMED_QUOTE_ACCEPTED = re.compile(
    rf"(?P<name>(?:[A-Z][\w&'’.-]*\s+(?:&\s+)?){{1,5}}?)(?:[’']s\s+)?{_QUOTE_WORDS}\b(?P<rest>(?:[^.;\n]|\.(?=\d)){{0,60}}?)\s+"
    rf"(?:be|is|was|were|would\s+be|should\s+be|will\s+be|had\s+been|has\s+been)\s+accepted\b")
# 'accept X Ltd's quote', 'accepted Acme's tender for the works'.
_ACCEPT_POSSESSIVE = re.compile(
    rf"\baccept(?:ed|s|ing)?\s+(?P<name>(?:[A-Z][\w&'.-]*\s+(?:&\s+)?){{0,4}}[A-Z][\w&.-]*)[’']s?\s+{_QUOTE_QUALIFIER}"
    rf"{_QUOTE_WORDS}\b")
# 'the lowest tender of £675 from Acme should be accepted': the sum, then the contractor, then the acceptance.
_QUOTE_OF_SUM_FROM = re.compile(
    rf"\b{_QUOTE_QUALIFIER}{_QUOTE_WORDS}\s+of\s+£\s?\d[\d,]*(?:\.\d\d)?(?:\s+(?:plus|\+|excluding|exc\.?|ex)\s+VAT)?"
    rf"\s+(?:from|submitted\s+by|by)\s+(?:the\s+)?", re.I)
_THEN_ACCEPTED = re.compile(r"\s+(?:be|is|was|were|would\s+be|should\s+be|will\s+be|had\s+been|has\s+been)\s+accepted\b")
_NOT_BEFORE = re.compile(r"\b(?:not|n[o']t|never|declined?)\s+(?:to\s+)?(?:be\s+)?$", re.I)
# The words a minute uses to record what the meeting decided, when the recommendations extractor kept nothing.
_RECORDED = re.compile(r"\b(?:agreed|resolved|RESOLVED|decided|approved|unanimously|carried|accepted)\b")
_NOT_A_NAME = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "Each", "All", "Both",
               "Any", "One", "Two", "Three", "Four", "Five", "It", "Councillors", "Members", "Council", "Lowest",
               "Cheapest", "Revised", "Second", "First", "Third", "Best", "Cheaper", "Amended", "Updated", "Further"}
_PURPOSE = re.compile(
    r"\s*(?:\([^)]{1,40}\)\s*)?for\s+(?:the\s+)?(?!a\s+(?:period|term)\b|an?\s+(?:\w+\s+)?(?:year|month)|\d)"
    r"(?P<purpose>[a-z][\w'’ -]{2,60}?)(?=\s+(?:for|at|of\s+£|be|was|were|would|and\s+the|subject|with)\b|[.;:,(\n]|$)")

# Written agreements a small council enters with a tenant, licensee or neighbour ('title deeds' prove ownership).
_DOCUMENT = re.compile(
    r"(?<!title )\b(?P<doc>(?:(?:tenancy|lease|licen[cs]e|hire|grazing|allotment|rental|wayleave|easement|"
    r"service\s+level|grounds\s+maintenance|maintenance|management|joint\s+use|shared\s+use|user)\s+agreements?)|"
    r"deeds?(?:\s+of\s+(?:variation|covenant|dedication|grant|easement|release|surrender|novation|assignment))?)\b",
    re.I)
# A verb that acts on a document: 'accept the tenancy agreements', 'sign the deed', 'renew the licence agreement'.
_ACTING_VERBS: list[tuple[AgreementAction, str]] = [
    (A.RENEW, r"renew\w*"),
    (A.EXTEND, r"extend\w*"),
    (A.VARY, r"(?:vary|varied|amend(?:ed)?)"),
    (A.TERMINATE, r"(?:terminat\w*|surrender\w*|end)"),
    (A.NEW, r"(?:accept\w*|approv\w*|agree(?:d)?|sign(?:ed|ing)?|seal(?:ed)?|execut\w*|adopt\w*|enter\w*\s+into|"
            r"issue[ds]?|complet\w*|grant\w*|draw\w*\s+up|prepar\w*)"),
]
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>" + "|".join(v for _, v in _ACTING_VERBS) + r")\s+(?:and\s+\w+\s+)?(?:to\s+)?(?:the|a|an|new|these|their|its|"
    r"our|this|draft|proposed|revised|\s)*$", re.I)
# 'the previous agreement' beside 'the new draft agreement': one agreement replacing another, a renewal.
_PREVIOUS = re.compile(r"\b(?:previous|existing|current|old|expired|expiring)\s+(?:\w+\s+)?(?:agreement|lease|licen[cs]e|tenancy|deed)\b",
                       re.I)
_NEW_DRAFT = re.compile(r"\b(?:new|draft|replacement)\s+(?:\w+\s+)?(?:agreement|lease|licen[cs]e|tenancy|deed)\b", re.I)

# A numbered minute item's heading: '9. Tenancy agreements for the allotments', '**7\. To consider the contract ...**'.
_ITEM_HEADING = re.compile(
    r"(?m)^[ \t]*(?:\*\*)?[ \t]*(?:Item\s+|Minute\s+)?\d{1,3}(?:[./]\d{1,3}){0,2}\\?[.):]?[ \t]+(?:\*\*)?[ \t]*"
    r"(?P<title>[A-Z][^\n]{2,160}?)[ \t]*(?:\*\*)?[ \t]*$")
_ITEM_REACH = 3000  # characters an item's body runs at most past its heading

# 'Have received a variation to the contract from P & Q Lighting': a variation the contractor proposes.
_VARIATION_RECEIVED = re.compile(
    r"\b(?:received|receipt\s+of|sent|submitted|offered|proposed)\s+(?:a|an|the)\s+(?:proposed\s+|contract\s+)?"
    r"variations?\s+(?:to|of)\s+(?:the|their|our|its)\s+(?:[\w-]+\s+){0,3}?contract\b(?P<from>\s+from\s+(?:the\s+)?)?", re.I)
_CONTRACT_FOR = re.compile(r"\bcontract\s+for\s+(?:the\s+)?[\w' -]{3,60}?(?=\s+and\s|[.;:,(\n*]|$)", re.I)


def find_minuted_agreements(reader: DocumentReader) -> list[Mention]:
    """Every agreement this module's minute wordings find."""
    return _quotes_accepted(reader) + _minuted_documents(reader) + _variations_received(reader) + find_pledges(reader)


def _org_at(reader: DocumentReader, pos: int, limit: int) -> OrgSpan | None:
    """The organisation the organisations extractor found starting at `pos` (within a character or two)."""
    return next((o for o in reader.orgs if pos - 1 <= o.start <= pos + 2 and o.end <= limit), None)


def _recorded(reader: DocumentReader, sentence: tuple[int, int]) -> bool:
    """A decision, or minutes recording one ('it was agreed', 'resolved', 'was accepted')."""
    return decides(reader, sentence) or bool(_RECORDED.search(reader.text[sentence[0]:sentence[1]]))


def _quote_mention(reader: DocumentReader, start: int, end: int, sentence: tuple[int, int], subject: str,
                   org: OrgSpan | None) -> Mention:
    """A contract awarded by accepting a quote; its contractor a party only when it is an organisation found."""
    purpose = _PURPOSE.match(reader.text, end, sentence[1])
    if purpose and " for " not in f" {subject} ":
        subject = f"{subject} for {purpose.group('purpose').strip()}"
    return decided_mention(K.CONTRACT, start, end, sentence, subject, A.AWARD, closed=True, rule=QUOTE_RULE,
                           parties=[org] if org is not None else None)


def _quotes_accepted(reader: DocumentReader) -> list[Mention]:
    """'it was agreed to accept the quote from X', 'the X quote ... would be accepted', 'accept X's tender'."""
    found: list[Mention] = []
    for match in _ACCEPT_QUOTE_FROM.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if _NOT_BEFORE.search(reader.text, max(sentence[0], match.start() - 20), match.start()) or not _recorded(reader, sentence):
            continue
        org = _org_at(reader, match.end(), sentence[1])
        name = org.name if org else _capitalised_name(reader.text[match.end():sentence[1]])
        if not name:
            continue  # 'accept the quote from the contractor' names nobody to tell it by
        end = org.end if org else match.end() + len(name)
        word = re.search(_QUOTE_WORDS, match.group(), re.I)
        found.append(_quote_mention(reader, match.start(), end, sentence, f"{word.group().lower() if word else 'quote'} from {name}", org))
    found += _sums_from_contractors_accepted(reader)
    for match in list(_NAMED_QUOTE_ACCEPTED.finditer(reader.text)) + list(_ACCEPT_POSSESSIVE.finditer(reader.text)):
        sentence = sentence_at(reader.sentences, match.start())
        name = _clean_name(match.group("name"))
        if not name or match.start("name") < sentence[0] or not _recorded(reader, sentence):
            continue
        if _NOT_BEFORE.search(reader.text, max(sentence[0], match.start() - 20), match.start()) \
                or re.search(r"\bnot\s+(?:be\s+)?accepted\b", match.group()):
            continue
        name_start = match.start("name") + match.group("name").index(name)
        org = next((o for o in reader.orgs if name_start - 1 <= o.start <= name_start + 2), None)
        subject = " ".join(reader.text[name_start:match.end()].split())
        subject = re.sub(r"\s+(?:be|is|was|were|would\s+be|should\s+be|will\s+be|had\s+been|has\s+been)\s+accepted$", "", subject)
        found.append(_quote_mention(reader, name_start, match.end(), sentence, subject, org))
    return found


def _sums_from_contractors_accepted(reader: DocumentReader) -> list[Mention]:
    """'the lowest tender of £675 from Acme should be accepted': a contract awarded to the contractor named."""
    found: list[Mention] = []
    for match in _QUOTE_OF_SUM_FROM.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        org = _org_at(reader, match.end(), sentence[1])
        name = org.name if org else _capitalised_name(reader.text[match.end():sentence[1]])
        if not name:
            continue
        end = org.end if org else match.end() + len(name)
        accepted = _THEN_ACCEPTED.match(reader.text, end, sentence[1])
        if not accepted or not _recorded(reader, sentence) \
                or _NOT_BEFORE.search(reader.text, max(sentence[0], match.start() - 20), match.start()):
            continue
        subject = " ".join(reader.text[match.start():end].split())
        found.append(_quote_mention(reader, match.start(), accepted.end(), sentence, subject, org))
    return found


def _clean_name(name: str) -> str | None:
    """A contractor's name before 'quote', without a sentence's leading article or a qualifier."""
    words = name.split()
    while words and words[0] in _NOT_A_NAME:
        words.pop(0)
    return " ".join(words) or None


def _capitalised_name(text: str) -> str | None:
    """The capitalised words a text starts with ('Park Repairs for the swings' gives 'Park Repairs')."""
    match = re.match(r"(?:[A-Z][\w&'’.-]*|&)(?:\s+(?:[A-Z][\w&'’.-]*|&))*", text)
    if not match:
        return None
    return _clean_name(match.group().rstrip(".")) or None


def _items(reader: DocumentReader) -> list[tuple[int, int, int]]:
    """Numbered minute items: (heading start, heading end, item end)."""
    heads = list(_ITEM_HEADING.finditer(reader.text))
    items = []
    for index, head in enumerate(heads):
        following = heads[index + 1].start() if index + 1 < len(heads) else len(reader.text)
        items.append((head.start(), head.end(), min(following, head.end() + _ITEM_REACH)))
    return items


def _document_subject(reader: DocumentReader, start: int, limit: int) -> str:
    """'Lease agreement for Northby Sports Club': the document and what or whom it is for, to the line's end."""
    line_end = reader.text.find("\n", start)
    end = min(limit, line_end if line_end != -1 else len(reader.text), start + 140)
    text = reader.text[start:end]
    stop = re.search(r"[.;:](?=\s|$|\*)|\*\*|\s(?:and\s+agree|to\s+be|was|were|has|have|had|is|are)\b", text)
    return " ".join(text[:stop.start() if stop else len(text)].split()).strip(" ,-–")


def _document_party(reader: DocumentReader, doc_end: int, limit: int) -> list[OrgSpan]:
    """The body a document is made with or for ('lease agreement for the Sports Club', 'deed with X Ltd')."""
    link = re.match(r"\s+(?:for|with|between\s+the\s+Council\s+and|to)\s+(?:the\s+)?", reader.text[doc_end:doc_end + 40])
    if not link:
        return []
    org = _org_at(reader, doc_end + link.end(), limit)
    return [org] if org else []


def _verb_action(text: str) -> AgreementAction | None:
    """The action of the verb that acts on a document written at the end of `text`."""
    verb = _VERB_BEFORE.search(text)
    if not verb:
        return None
    word = verb.group("verb").lower()
    return next((a for a, pattern in _ACTING_VERBS if re.fullmatch(pattern, word, re.I)), None)


def _minuted_documents(reader: DocumentReader) -> list[Mention]:
    """A tenancy, lease or licence agreement or a deed a numbered item deals with, or a decision acts on."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for head_start, head_end, item_end in _items(reader):
        title = _DOCUMENT.search(reader.text, head_start, head_end)
        if not title:
            continue
        body_sentences = [s for s in reader.sentences if head_end <= s[0] < item_end]
        decisions = [s for s in body_sentences if _recorded(reader, s)]
        heading_verb = _verb_action(reader.text[head_start:title.start()])
        if not decisions and heading_verb is None:
            continue  # an item only naming a document, nothing done or to be done with it
        item_text = reader.text[head_start:item_end]
        action = _item_action(reader, title.group("doc"), decisions, item_text)
        subject = _document_subject(reader, title.start(), head_end)
        sentence, limit = sentence_at(reader.sentences, title.start()), head_end
        decided = _decided_document(reader, title.group("doc"), decisions)
        if decided is not None and not _document_party(reader, title.end(), head_end):
            # "a) The Council enters into a Service Level Agreement with Northby Advice for a further year ...": the
            # decision names the document's other party (and its term), where the heading gave only its title.
            title, sentence = decided
            subject, limit = _document_subject(reader, title.start(), sentence[1]), sentence[1]
        mention = decided_mention(K.OTHER, title.start(), title.end(), sentence, subject, action, closed=True,
                                  rule=DOCUMENT_RULE)
        mention.counterparties = _document_party(reader, title.end(), limit)
        mention.linked = bool(mention.counterparties)
        found.append(mention)
        taken.append((head_start, item_end))
    for match in _DOCUMENT.finditer(reader.text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        sentence = sentence_at(reader.sentences, match.start())
        action = _verb_action(reader.text[max(sentence[0], match.start() - 60):match.start()])
        if action is None or not decides(reader, sentence):
            continue
        if _NOT_BEFORE.search(reader.text, max(sentence[0], match.start() - 80), match.start()):
            continue
        if match.group("doc").lower().startswith(("deed", "service", "maintenance", "management")) \
                and not _document_party(reader, match.end(), sentence[1]):
            continue  # 'sign the deed' alone, in a paper's decision list, does not say which
        subject = _document_subject(reader, match.start(), sentence[1])
        mention = decided_mention(K.OTHER, match.start(), match.end(), sentence, subject, action, closed=True,
                                  rule=DOCUMENT_RULE)
        mention.counterparties = _document_party(reader, match.end(), sentence[1])
        mention.linked = bool(mention.counterparties)
        found.append(mention)
    return found


def _decided_document(reader: DocumentReader, doc: str, decisions: list[tuple[int, int]]
                      ) -> tuple[re.Match[str], tuple[int, int]] | None:
    """The first decision sentence's writing of the item's document (the same kind) with the body it is made with."""
    for sentence in decisions:
        for match in _DOCUMENT.finditer(reader.text, sentence[0], sentence[1]):
            if match.group("doc").split()[0].lower() == doc.split()[0].lower() \
                    and _document_party(reader, match.end(), sentence[1]):
                return match, sentence
    return None


def _item_action(reader: DocumentReader, doc: str, decisions: list[tuple[int, int]], item_text: str) -> AgreementAction:
    """What an item does with its document: a new draft replacing a previous one renews it, a decision's verb on
    the document says what happens; otherwise the item only reports on it."""
    if _PREVIOUS.search(item_text) and _NEW_DRAFT.search(item_text):
        return A.RENEW
    head_word = doc.split()[0].lower()
    for s_start, s_end in decisions:
        text = reader.text[s_start:s_end]
        for mention in re.finditer(rf"\b{re.escape(head_word)}\w*\b|\bagreements?\b", text, re.I):
            action = _verb_action(text[:mention.start()])
            if action is not None and not _NOT_BEFORE.search(text, max(0, mention.start() - 80), mention.start()):
                return action
    return A.NOTE


def _variations_received(reader: DocumentReader) -> list[Mention]:
    """'Have received a variation to the contract from X': a contract the contractor offers to vary; an item's
    decision to accept it varies it, otherwise the meeting only notes it."""
    found: list[Mention] = []
    items = _items(reader)
    for match in _VARIATION_RECEIVED.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        org = _org_at(reader, match.end(), sentence[1]) if match.group("from") else None
        item = next(((h, he, e) for h, he, e in items if he <= match.start() < e), None)
        heading = _CONTRACT_FOR.search(reader.text, item[0], item[1]) if item else None
        subject = " ".join(heading.group().split()) if heading else "contract variation"
        accepted = item is not None and any(
            re.search(r"\b(?:accept\w*|agree\w*|approv\w*)\s+(?:to\s+)?(?:the\s+)?(?:proposed\s+)?variation", reader.text[s:e], re.I)
            and _recorded(reader, (s, e))
            for s, e in reader.sentences if item[1] <= s < item[2])
        found.append(decided_mention(K.CONTRACT, match.start(), org.end if org else match.end(), sentence, subject,
                                     A.VARY if accepted else A.NOTE, closed=True, rule=VARIATION_RULE,
                                     parties=[org] if org is not None else None))
    return found


# 'the Armed Forces Covenant', 'the proposed Joint Working Protocol for Young Carers': a pledge or joint-working
# protocol a council signs with others. A protocol only counts when its name says bodies work together: an
# 'Enforcement Protocol' or 'Executive-Scrutiny Protocol' is a council's own procedure.
_PLEDGE = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,5}?)(?P<head>Covenant|Protocol)\b(?P<purpose>\s+for\s+(?:[A-Z][\w'’-]*\s*){1,4})?")
_JOINT_WORDS = re.compile(r"\b(?:Joint|Sharing|Partnership|Inter-?agency|Multi-?agency|Partners?)\b")
_PLEDGE_VERBS: list[tuple[AgreementAction, re.Pattern[str]]] = [
    (A.RENEW, re.compile(r"\b(?:renew\w*|re-?sign\w*|refresh\w*)\b", re.I)),
    (A.NEW, re.compile(r"\b(?:sign|signs|signing|adopt\w*|approv\w*|enter\w*\s+into)\b", re.I)),
]


def find_pledges(reader: DocumentReader) -> list[Mention]:
    """A covenant or joint-working protocol a decision notes, supports, signs or renews (kind other)."""
    found: dict[str, Mention] = {}  # one per pledge: a decision's items often note and then support the same one
    for match in _PLEDGE.finditer(reader.text):
        name = _clean_name(match.group("name").replace("Proposed ", ""))
        if not name or (match.group("head") == "Protocol" and not _JOINT_WORDS.search(name)):
            continue
        sentence = sentence_at(reader.sentences, match.start())
        if not reader.is_decision(sentence):
            continue  # told as background, the paper does nothing with it
        before = reader.text[sentence[0]:match.start()]
        action = next((a for a, pattern in _PLEDGE_VERBS if pattern.search(before)), A.NOTE)
        subject = " ".join(f"{name} {match.group('head')}{match.group('purpose') or ''}".split())
        key = f"{name} {match.group('head')}".lower()
        if key in found:
            if found[key].action == A.NOTE:
                found[key].action = action
            continue
        # Closed: its action is the decision's verb, not an 'award' or 'new' written elsewhere in the sentence.
        found[key] = decided_mention(K.OTHER, match.start("name"), match.end(), sentence, subject, action,
                                     closed=True, rule=PLEDGE_RULE)
    return list(found.values())
