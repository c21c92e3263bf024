"""Procurements a decision runs, in the lower-case wording items use ('approve the procurement of a domestic abuse
support service', 'to go out to tender for grounds maintenance services', 'approve the commissioning of an
integrated community equipment service through a competitive tender'): a contract still to be let, action procure,
its subject the service bought, its parties the issuer and any partner procuring with it.

Read only inside a decision (a recommendation item or decision wording), only where the procurement phrase is the
object of the decision ('To approve ...', 'That the Council procures ...'), and only where no other rule read an
agreement in the same sentence. Policies, rules and plans are refused ('the Contract Procedure Rules', 'the
procurement strategy', 'the forward plan of procurements').
"""

from __future__ import annotations

import re

from extractors.agreements.decisions import ITEM_OPENING, decided_mention, decides
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, OrgSpan
from extractors.agreements.sentences import sentence_at

PROCUREMENT_DECISION_RULE = "agreements.procurement_decision"

# The procurement, in the forms decisions name it; 'the commissioning of' only with a tender after it (_TENDERED).
_PROCUREMENT = re.compile(
    r"\b(?P<verb>(?:the\s+)?(?:re-?)?procurement\s+of|(?:re-?)?procur(?:e|es|ing)|"
    r"(?:go|goes|going)\s+out\s+to\s+(?:tender|market)\s+for|(?:re-?)?tender(?:ing)?\s+(?:of|for)|"
    r"(?:commence(?:ment\s+of)?|commencing|undertak(?:e|ing)|start(?:ing)?|begin(?:ning)?|launch(?:ing)?|run(?:ning)?|"
    r"complet(?:e|ing)|conduct(?:ing)?|"
    r"carry(?:ing)?\s+out|proceed(?:ing)?\s+with)\s+(?:a|an|the)\s+(?:(?:joint|collaborative|competitive|open|formal|"
    r"full|new)\s+)?(?:re-?)?(?:procurement|tender)(?:\s+(?:exercise|process))?\s+(?:of|for|(?:in\s+order\s+)?to\s+secure)"
    r"(?:\s+the\s+provision\s+of)?|(?:the\s+)?(?:re-?)?commissioning\s+of)\s+",
    re.I)
# The decision the procurement is the object of: a deciding verb or the item's own opening ('To procure').
_DECIDING_BEFORE = re.compile(
    # "1.1Authorise the Council to ...": a label glued to the verb leaves no word boundary before it.
    r"(?:(?:\b|(?<=\d))(?:approv(?:e|es|ed|al)|agree(?:s|d)?|authoris(?:e|es|ed)|authoriz(?:e|es|ed)|endorse(?:s|d)?|"
    r"support(?:s|ed)?|proceed\s+with|permission\s+(?:to|for)|consent\s+(?:to|for)|decided|resolved)"
    r"(?:\s+(?:to|that|of|for|the|a|an|and|council|cabinet|committee|board|authority|commencing|going))*\s*|"
    + ITEM_OPENING + r"(?:To|That\s+(?:the\s+)?(?:Council|Cabinet|Committee|Board|Authority|"
    r"Executive)\s+(?:should\s+)?)\s*)$", re.I)
# A commissioning is a procurement only when the decision says it goes to tender.
_TENDERED = re.compile(r"\b(?:through|via|by\s+(?:means|way)\s+of|using)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                       r"(?:tender|procurement)\b", re.I)
# Where the service's name ends: a period, a start, a sum, a purpose, a route, a partner, a new clause.
_SUBJECT_END = re.compile(
    r"\s+(?:for\s+(?:a|an|the|up\s+to|\d|one|two|three|four|five|six|seven|ten)\b|from\b|with\s+effect|commencing|"
    r"starting|beginning|at\s+(?:a|an|the)\s+|in\s+(?:one|a|an|each)\s+|on\s+(?:a|an)\s+|up\s+to\b|"
    r"to\s+(?:commence|start|begin|run|be|deliver|provide|replace|"
    r"ensure|secure|support|meet|enable|allow)\b|in\s+(?:line|accordance)|using\b|via\b|through\b|under\b|by\s+way|"
    r"and\s+(?:to|delegate|authorise|authorize|that|note|agree|approve)\b|jointly|in\s+partnership|together\s+with|"
    r"in\s+conjunction|alongside|on\s+behalf|with\s+(?:a|an|the)\s+(?:total|estimated|maximum|contract|value|budget|"
    r"term|duration|anticipated|indicative|start)|as\s+(?:set|detailed|outlined|described|per)|which\b|that\b|who\b|"
    r"where\b|when\b|once\b|following\b|subject\s+to|within\b|during\b|by\s+\d|until\b|of\s+up\s+to)"
    r"|\s*[.;:,(\n]|\s*$", re.I)
# What is bought: the name ends in a service, a supply, works or a framework.
_SERVICE_HEAD = re.compile(
    r"\b(?:services?|provision|support|care|contracts?|works|supply|supplies|maintenance|cleaning|equipment|"
    r"systems?|solution|framework(?:\s+agreement)?|dynamic\s+purchasing\s+system|DPS|facilities|vehicles|fleet|"
    r"collection|treatment|advocacy|accommodation|transport|catering|software|insurance|audit|beds|places|placements)"
    r"\s*$", re.I)
_FRAMEWORK_HEAD = re.compile(r"\b(?:framework|dynamic\s+purchasing\s+system|DPS)\b", re.I)
# Policies, rules and plans about procurement, not a procurement run.
_NOT_A_PROCUREMENT = re.compile(
    r"\b(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|pipeline|rules|procedures?|regulations?|standing\s+orders|"
    r"guidance|approach|options?|routes?|timetable|forward|arrangements|activity|activities|documents?|"
    r"evaluation|criteria|exercises?|process(?:es)?)\b", re.I)
# A phrase opening with a joined verb or a conjunction names no service ('procure and award ...').
_NOT_A_NAME = re.compile(r"(?:and|or|to|then|award\w*|let|deliver\w*|implement\w*)\b", re.I)
_LEADING_WORDS = re.compile(r"^(?:(?:the|a|an|any|all)\s+)+", re.I)
_PARTNER_CUE = re.compile(r"\b(?:jointly\s+with|in\s+partnership\s+with|together\s+with|in\s+conjunction\s+with|"
                          r"alongside|with)\s+(?:the\s+)?$", re.I)
_MAX_WORDS = 14
_TITLE_WORDS = 16


def find_procurement_decisions(reader: DocumentReader, found: list[Mention]) -> list[Mention]:
    """One contract (or framework) per procurement a decision runs, where no rule read one in its sentence."""
    mentions: list[Mention] = []
    for match in _PROCUREMENT.finditer(reader.text):
        sentence = sentence_at(reader.sentences, match.start())
        if not (reader.in_rec(match.start()) or decides(reader, sentence)):
            continue  # 'we procured the service in 2019' tells history
        if not reader.in_rec(match.start()) and _is_title(reader.text, match.start()):
            continue  # a page's title ('Approval to reprocure X and Y') names what the items below decide
        item = reader.in_rec(match.start()) or sentence
        if not _DECIDING_BEFORE.search(reader.text[max(item[0], match.start() - 80):match.start()]):
            continue  # the procurement is not what is decided ('the outcome of the procurement of X is noted')
        span = _subject(reader.text, match.end(), sentence[1])
        if span is None:
            continue
        start, end = span
        subject = reader.text[start:end]
        if re.match(r"(?:the\s+)?(?:re-?)?commissioning", match.group("verb"), re.I) and \
                not _TENDERED.search(reader.text, match.end(), sentence[1]):
            continue  # commissioning alone may be a grant, an in-house service or a variation
        if any(sentence[0] <= m.start < sentence[1] and m.is_read() for m in found + mentions):
            continue  # another rule read the agreement in this sentence
        kind = K.FRAMEWORK if _FRAMEWORK_HEAD.search(subject) else K.CONTRACT
        parties = _partners(reader, end, sentence[1])
        found[:] = [m for m in found if not (m.start < end and start < m.end)]
        mentions.append(decided_mention(kind, start, end, sentence, _LEADING_WORDS.sub("", subject), A.PROCURE,
                                        rule=PROCUREMENT_DECISION_RULE, parties=parties))
    return mentions


def _is_title(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a short heading: no closing stop, a blank line or the start above it."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end != -1 else len(text)].strip()
    above = text[max(0, start - 2):start]
    return len(line.split()) <= _TITLE_WORDS and not line.endswith((".", ";", ":")) and (start == 0 or above == "\n\n")


def _subject(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The span of the service bought, named after the procurement phrase, if it names a service."""
    window = text[start:limit]
    stop = _SUBJECT_END.search(window)
    raw = window[:stop.start() if stop else len(window)]
    phrase = raw.strip()
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS or not re.search(r"[a-z]", phrase, re.I):
        return None
    if not _SERVICE_HEAD.search(phrase) or _NOT_A_PROCUREMENT.search(phrase) or _NOT_A_NAME.match(phrase) \
            or re.search(r"\bcontracts\s*$", phrase, re.I):
        return None  # 'procure and award the contracts', 'Highways contracts': a programme of lettings, not one
    offset = start + len(raw) - len(raw.lstrip())
    return offset, offset + len(phrase)


def _partners(reader: DocumentReader, end: int, limit: int) -> list[OrgSpan]:
    """Bodies named as procuring with the issuer ('jointly with X Council'), in the rest of the sentence."""
    partners: list[OrgSpan] = []
    for org in reader.orgs:
        if end <= org.start < limit and _PARTNER_CUE.search(reader.text[max(end, org.start - 40):org.start]):
            if not reader.is_issuer(org.name):
                partners.append(org)
    return partners
