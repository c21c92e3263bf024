"""Grant mentions: a named grant ('Public Health grant'), its grantor, and grants a paper only refers back to."""

from __future__ import annotations

import re

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import K, Mention, OrgSpan
from extractors.agreements.sentences import sentence_at
from extractors.agreements.subjects import phrase_after, phrase_before

_GRANT = re.compile(r"\bgrants?\b", re.I)
_GRANT_QUALIFIERS = re.compile(r"(?:\s*(?:\([A-Za-z]{2,8}\)|ring-fenced|revenue|capital|one-off|specific|annual))*\s*$",
                               re.I)
# Un-ringfenced funding of local government finance (business rates retention, settlement grants):
# general income, not a grant agreement with terms, whatever the budget paper calls it.
_GENERAL_FUNDING = re.compile(
    r"(?:\bbusiness\s+rates?\b[^\n.;]{0,30}|\btop[- ]?up|\brevenue\s+support|\bnew\s+homes\s+bonus)\s*$", re.I)
_GENERAL_NAME = re.compile(r"\b(?:business\s+rates?|top[- ]?up|revenue\s+support|new\s+homes\s+bonus|RSG)\b", re.I)
# Words a grant's own name never starts with: the body that holds it ("the Council's", "Councils").
_HOLDER_WORDS = frozenset({"council", "councils", "authority", "authorities"})
_POSSESSIVE = re.compile(r"[’']s?$|s[’']$")
# "The Department for Transport issued a notification of ... the Active Travel grant": the grantor.
_GRANTOR_VERBS = re.compile(
    r"^\s*(?:\([^)]{1,12}\)\s*)?(?:has\s+|have\s+)?(?:issued|notified|announced|confirmed|allocated|awarded|"
    r"published|granted|provided|made\s+available)\b", re.I)
_GRANTOR_REACH = 200  # the grant's name this far after the grantor's verb still belongs to it
# ... and "£1m from the Public Health Grant towards ...": a sum spent out of a grant the council holds.
_FUNDED_FROM = re.compile(r"(?:\b(?:funded|financed|met|paid\s+for)\s+(?:\w+\s+){0,2}(?:from|by|through|via|out\s+of)|"
                          r"£\s?[\d.,]+\s*(?:m|k|bn|million|billion)?(?:\s+(?:p/?a|per\s+annum|a\s+year))?\s+(?:from|out\s+of))\s+"
                          r"(?:the\s+|our\s+)?(?:[\w-]+\s+){0,5}$", re.I)
# "Grant delegated authority to the Director", "granted approval": the verb, not a grant.
_GRANT_VERB = re.compile(r"\s+(?:delegated\s+|the\s+)?(?:authority|approval|permission|consent|planning)\b", re.I)


def find_grants(reader: DocumentReader) -> list[Mention]:
    """Grants with the subject before them ('Public Health Grant') or after ('grants to X')."""
    found: list[Mention] = []
    referring: list[Mention] = []
    for match in _GRANT.finditer(reader.text):
        if _GRANT_VERB.match(reader.text[match.end():match.end() + 40]):
            continue
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
        outwards = False
        after = re.match(r"\s*(?:issued\s+)?(?:to|for)\s+(?:the\s+)?(?:commissioned\s+)?", reader.text[match.end():match.end() + 40])
        if not subject and not refers_back and after:
            subject = phrase_after(reader.text, match.end() + after.end())
            outwards = True
        if not subject and not refers_back:
            sentence = sentence_at(reader.sentences, match.start())
            clause_start = max(sentence[0], match.start() - 80)
            for phrase_match in reversed(list(re.finditer(r"[A-Z][\w’'&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w’'&-]*)+",
                                                          reader.text[clause_start:match.start()]))):
                subject = held_subject(phrase_match.group())
                break
            if subject and _GENERAL_NAME.search(subject):
                continue  # "Revenue Support Grant (RSG) is a central government grant"
        if subject and reader.not_org(subject, reader.text.find(subject, max(0, start - 200)) + len(subject)) is None:
            subject = None
        mention = reader.mention(K.GRANT, start, match.end(), subject or "")
        mention.subject = subject
        # "grants to X" is paid out; "the grant to be spent on ..." only says what it is for.
        mention.grant_outwards = outwards or bool(re.match(r"\s*(?:issued\s+)?to\b(?!\s+be\b)", reader.text[match.end():match.end() + 20]))
        if not mention.counterparties and not mention.grant_outwards:
            grantor = _grantor_before(reader, mention)
            mention.counterparties = [grantor] if grantor else []
        if funding_source and not mention.counterparties:
            continue  # "funded from the ring-fenced Public Health grant": where other spending's money comes from
        if refers_back:
            referring.append(mention)
        found.append(mention)
    for mention in referring:
        mention.subject = _named_just_before(reader, mention, found)
    return found


def held_subject(phrase: str | None) -> str | None:
    """A grant's name without its holder: "Council's Public Health" -> "Public Health", "Council's" -> None."""
    if not phrase:
        return None
    words = list(re.finditer(r"\S+", phrase))
    cut = max((i + 1 for i, w in enumerate(words) if _holder_possessive(w.group())), default=0)
    while cut < len(words) and words[cut].group().lower() in _HOLDER_WORDS:
        cut += 1  # "Councils Public Health grant": a possessive written without its apostrophe
    if cut >= len(words) or words[cut].group().lower() in {"and", "of", "for", "&"}:
        return None
    return phrase[words[cut].start():]


def _holder_possessive(word: str) -> bool:
    """"Council's", "Authority's", "KCC's": a body's possessive, not a name's own ("Children's")."""
    stem = _POSSESSIVE.sub("", word)
    if stem == word or len(stem) < 2:
        return False
    return stem.lower() in _HOLDER_WORDS | {"government", "department"} or (stem.isupper() and len(stem) >= 2)


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
