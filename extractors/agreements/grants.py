"""Grant mentions: a named grant ('Public Health grant'), its grantor, and grants a paper only refers back to
(grants taken on by a decision from a named body: funding.py)."""

from __future__ import annotations

import re

from extractors.agreements.funding import funding_agreement
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Mention, OrgSpan
from extractors.agreements.sentences import sentence_at
from extractors.agreements.subjects import held_subject, phrase_after, phrase_before

_GRANT = re.compile(r"\bgrants?\b", re.I)
_GRANT_QUALIFIERS = re.compile(r"(?:\s*(?:\([A-Za-z]{2,8}\)|ring-fenced|revenue|capital|one-off|specific|annual))*\s*$",
                               re.I)
# Un-ringfenced funding of local government finance (business rates retention, settlement grants):
# general income, not a grant agreement with terms, whatever the budget paper calls it.
_GENERAL_FUNDING = re.compile(
    r"(?:\bbusiness\s+rates?\b[^\n.;]{0,30}|\btop[- ]?up|\brevenue\s+support|\bnew\s+homes\s+bonus)\s*$", re.I)
_GENERAL_NAME = re.compile(r"\b(?:business\s+rates?|top[- ]?up|revenue\s+support|new\s+homes\s+bonus|RSG)\b", re.I)
# "The Department for Transport issued a notification of ... the Active Travel grant": the grantor.
_GRANTOR_VERBS = re.compile(
    r"^\s*(?:\([^)]{1,12}\)\s*)?(?:has\s+|have\s+|had\s+)?(?:issued|notified|announced|confirmed|allocated|awarded|"
    r"published|granted|provided|made\s+available)\b", re.I)
_GRANTOR_REACH = 200  # the grant's name this far after the grantor's verb still belongs to it
# ... and "£1m from the Public Health Grant towards ...": a sum spent out of a grant the council holds.
_FUNDED_FROM = re.compile(r"(?:\b(?:funded|financed|met|paid\s+for)\s+(?:\w+\s+){0,2}(?:from|by|through|via|out\s+of)|"
                          r"£\s?[\d.,]+\s*(?:m|k|bn|million|billion)?(?:\s+(?:p/?a|per\s+annum|a\s+year))?\s+(?:from|out\s+of))\s+"
                          r"(?:the\s+|our\s+)?(?:[\w-]+\s+){0,5}$", re.I)
# "grants to X", "grant funding to X", "grant aid for X", "grants issued to X": paid out to the body named after it.
_PAID_OUT = r"\s*(?:issued\s+|funding\s+|aid\s+)?"
# "grants provided by the Department ...", "the grant awarded by X": the grantor named after the grant.
_GRANTOR_AFTER = re.compile(
    r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:provided|awarded|allocated|issued|paid|made\s+available|funded)\s+(?:to\s+(?:the\s+)?\w+\s+)?by\s+(?:the\s+)?")
# "as required by OHID grant conditions", "the DfE grant": a body named just before the word is the grant's grantor.
_ORG_BEFORE_GRANT = re.compile(r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:[’']s\s+)?$")
# "a grant agreement with X": the grant word followed by the agreement word.
_AGREEMENT_WORD = re.compile(r"\s+agreements?\b", re.I)
# "(including Service Level Agreements) to provide assurance that the grant ...": a title naming an agreement of
# its own is that agreement, never the name of a grant written after it.
_OTHER_AGREEMENT = re.compile(r"\b(?:Agreements?|Contracts?|Frameworks?|Memorand(?:um|a)|Leases?)$")
_PART_OF = re.compile(r"\s+of\s+(?:the|this|that|its|each|any)\s+$", re.I)
# "grants can be awarded to local organisations": the paper's body pays them (not "awarded to the Council").
_AWARDED_TO = re.compile(r"\s+(?:(?:can|will|may|to|should)\s+)?(?:be\s+|are\s+|were\s+|is\s+|was\s+)?awarded\s+to\s+"
                         r"(?!(?:the\s+)?(?:Council|Authority|council|authority|us)\b)")
# "Grant delegated authority to the Director", "granted approval": the verb, not a grant.
_GRANT_VERB = re.compile(r"\s+(?:delegated\s+|the\s+)?(?:authority|approval|permission|consent|planning)\b", re.I)
# "the unspent grant and external funds reserve", "grants reserve": a reserve of the council's, not a grant.
_RESERVE_AFTER = re.compile(r"\s+(?:(?:and|&)\s+(?:[\w-]+\s+){1,3})?reserves?\b", re.I)
# A grant's name heading a policy or its rules names a document the council adopts, not a grant agreement.
_POLICY_AFTER = re.compile(r"[ \t]+(?:Assistance\s+)?(?:Polic(?:y|ies)|Strategy|Guidance|Criteria|Eligibility)\b")


def find_grants(reader: DocumentReader) -> list[Mention]:
    """Grants with the subject before them ('Public Health Grant') or after ('grants to X')."""
    found: list[Mention] = []
    referring: list[Mention] = []
    for match in _GRANT.finditer(reader.text):
        if _GRANT_VERB.match(reader.text[match.end():match.end() + 40]):
            continue
        if _RESERVE_AFTER.match(reader.text[match.end():match.end() + 60]):
            continue
        if _POLICY_AFTER.match(reader.text, match.end()):
            continue  # "the Disabled Facilities Grant Policy": rules for grants to residents, no agreement
        funding_source = bool(_FUNDED_FROM.search(reader.text[max(0, match.start() - 120):match.start()]))
        before = reader.text[max(0, match.start() - 120):match.start()]
        qualifiers = _GRANT_QUALIFIERS.search(before)
        subject_end = match.start() - (len(before) - qualifiers.start()) if qualifiers else match.start()
        if _GENERAL_FUNDING.search(reader.text[max(0, subject_end - 60):subject_end]):
            continue
        raw = phrase_before(reader.text, subject_end)
        subject = held_subject(raw)
        refers_back = bool(raw) and not subject  # "the Council's grant allocation": a grant named before
        start = subject_end - len(subject) if subject else match.start()
        written_agreement = _AGREEMENT_WORD.match(reader.text, match.end())
        if written_agreement:  # "a grant agreement with X": the body it is made with follows the agreement
            with_body = funding_agreement(reader, start, written_agreement.end(), subject)
            if with_body is not None:
                found.append(with_body)
                continue
        outwards = False
        after = re.match(_PAID_OUT + r"(?:to|for)\s+(?:the\s+)?(?:commissioned\s+)?", reader.text[match.end():match.end() + 40])
        if not subject and not refers_back and after:
            subject = phrase_after(reader.text, match.end() + after.end())
            outwards = True
        if not subject and not refers_back:
            sentence = sentence_at(reader.sentences, match.start())
            clause_start = max(sentence[0], match.start() - 80)
            for phrase_match in reversed(list(re.finditer(r"[A-Z][\w’'&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w’'&-]*)+",
                                                          reader.text[clause_start:match.start()]))):
                between = reader.text[clause_start + phrase_match.end():match.start()]
                # "the detailed Terms and Conditions of the Grant": a part of the grant, not its name.
                if not _OTHER_AGREEMENT.search(phrase_match.group()) and not _PART_OF.match(between):
                    subject = held_subject(phrase_match.group())
                break
            if subject and _GENERAL_NAME.search(subject):
                continue  # "Revenue Support Grant (RSG) is a central government grant"
        if subject and reader.not_org(subject, reader.text.find(subject, max(0, start - 200)) + len(subject)) is None:
            subject = None
        mention = reader.mention(K.GRANT, start, match.end(), subject or "")
        mention.subject = subject
        # "grants to X" is paid out; "the grant to be spent on ..." only says what it is for.
        mention.grant_outwards = outwards or bool(re.match(_PAID_OUT + r"to\b(?!\s+be\b)", reader.text[match.end():match.end() + 20])) \
            or bool(_AWARDED_TO.match(reader.text, match.end()))
        recipient = _provided_with(reader, match.start()) if not mention.counterparties else None
        if recipient is not None:  # a grant a decision provides a body with is awarded to it
            mention.counterparties, mention.grant_outwards, mention.action = [recipient], True, A.AWARD
        if not mention.counterparties and not mention.grant_outwards:
            grantor = _grantor_before(reader, mention) or _grantor_after(reader, match.end())
            naming = None if grantor else _grantor_naming(reader, subject_end if not subject else start)
            mention.counterparties = [grantor or naming] if grantor or naming else []
            if naming and not subject:
                refers_back = True  # "the X Grant as required by OHID grant conditions": OHID gives the X Grant
        if funding_source and not mention.counterparties:
            continue  # "funded from the ring-fenced Public Health grant": where other spending's money comes from
        if refers_back:
            referring.append(mention)
        found.append(mention)
    for mention in referring:
        mention.subject = _named_just_before(reader, mention, found)
    return found


# "to provide Hope Place CIC with a £50,000 annual revenue grant": the body provided with it, then the grant's sum and
# kind words.
_PROVIDED_WITH = re.compile(r"^[ \t]+with[ \t]+(?:an?[ \t]+)?(?:£[\d,.]+[kmKM]?[ \t]+)?(?:[\w-]+[ \t]+){0,3}$")
_PROVIDE_VERB = re.compile(r"\b(?:provide|provides|providing|give|gives|giving|offer|offers|offering)[ \t]+(?:the[ \t]+)?$",
                           re.I)


def _provided_with(reader: DocumentReader, grant_start: int) -> OrgSpan | None:
    """The body a decision provides with a grant ("provide X with a £50,000 annual revenue grant"), or None."""
    for org in reader.orgs:
        if (grant_start - 60 <= org.end <= grant_start and _PROVIDED_WITH.match(reader.text[org.end:grant_start])
                and _PROVIDE_VERB.search(reader.text[max(0, org.start - 30):org.start])):
            return org
    return None


def _grantor_after(reader: DocumentReader, end: int) -> OrgSpan | None:
    """'grants provided by the Department of Health and Social Care': the body named as giving it."""
    linked = _GRANTOR_AFTER.match(reader.text[end:end + 80])
    if not linked:
        return None
    pos = end + linked.end()
    return next((o for o in reader.orgs if pos - 1 <= o.start <= pos + 2), None)


def _grantor_naming(reader: DocumentReader, grant_start: int) -> OrgSpan | None:
    """'OHID grant conditions', 'the DfE grant': a body written just before the grant word gives it."""
    for org in reader.orgs:
        if grant_start - 16 <= org.end <= grant_start and _ORG_BEFORE_GRANT.match(reader.text[org.end:grant_start]):
            return org
    return None


def _grantor_before(reader: DocumentReader, mention: Mention) -> OrgSpan | None:
    """An organisation that, earlier in the sentence, issued, notified or awarded the grant."""
    s_start = max(mention.sentence[0], mention.start - _GRANTOR_REACH)
    for org in reversed([o for o in reader.orgs if s_start <= o.start and o.end <= mention.start]):
        if _GRANTOR_VERBS.match(reader.text[org.end:org.end + 40]):
            return org
    return None


def _named_just_before(reader: DocumentReader, mention: Mention, found: list[Mention]) -> str | None:
    """The subject of the grant named last in this sentence or the one before (same paragraph), if any."""
    index = reader.sentences.index(mention.sentence) if mention.sentence in reader.sentences else -1
    previous = reader.sentences[index - 1] if index > 0 else mention.sentence
    if "\n\n" in reader.text[previous[0]:mention.start]:
        previous = mention.sentence
    named = [m for m in found if m.subject and m is not mention and previous[0] <= m.start < mention.start]
    return named[-1].subject if named else None
