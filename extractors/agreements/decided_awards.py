"""Agreements a decision item makes by ordinary award wording: a contract awarded to a named supplier ('To award a
two-year contract to the supplier X for the provision of Y', 'the award of the cleaning contract to X'), a
contractor appointed ('the appointment of the Principal Contractor X to ...', 'appoint X Ltd as Managing Agent'),
a grant given ('that a grant of £250 be donated to the village hall fund'), a grant the council has been given
('an additional grant of £2m has been provided to the Council by the Department for X') and an agency agreement
with another council ('to provide the service to X County Council under an agency agreement').

Decision pages write the award as a bare 'To award ...' paragraph under the page's decision fields, and minutes
continue a list of decisions with lower-case 'that ...' items after a ';': both count as decision items here.
"""

from __future__ import annotations

import re

from extractors.agreements.decision_nouns import is_decision_item, with_party
from extractors.agreements.decisions import decided_mention
from extractors.agreements.grants_received import received_action
from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, COUNCIL_TYPES, K, Mention, OrgSpan, orgs_within
from extractors.agreements.sentences import sentence_at
from extractors.money import WRITTEN_SUM
from extractors.party_names import COMPANY_SUFFIX

DECIDED_AWARD_RULE = "agreements.decided_award"

# A name's words may hold an apostrophe ('St Anne’s') but never end in a closing quote.
_WORD = r"[A-Z][\w&.-]*(?:[’'][a-z]+)?"
# "Action on Disability", "Friends of the Earth": small words join a name's capitalised ones.
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:of|and|the|for|on|&)[ \t]+)*{_WORD}){{0,7}})"
_OPEN_QUOTE = r"[‘'\"“]?"
_CLOSE_QUOTE = r"[’'\"”]?"
# A word naming the supplier's role before its name ('to the supplier X', 'to the preferred bidder X').
_ROLE_WORD = r"(?:(?:preferred\s+|successful\s+|recommended\s+)?(?:supplier|contractor|provider|company|tenderer|bidder)\s+)"

# 'award a three-year contract to (the supplier) X (for the provision of Y)', 'the award of the cleaning contract
# to X'. The words before 'contract' and the 'for ...' phrases say what the contract is for.
_CONTRACT_AWARD = re.compile(
    r"\baward(?:ing|s)?\s+(?:of\s+)?(?:a|an|the)\s+(?P<mods>(?:[\w’'-]+\s+){0,4}?)(?P<noun>contract)s?\b"
    r"(?P<for1>\s+for\s+[^.;:\n]{3,120}?)?\s+to\s+(?:the\s+)?" + _ROLE_WORD + "?" + _OPEN_QUOTE + _NAME + _CLOSE_QUOTE)
# 'Award to the supplier known as X, without further competition (i.e. direct award), a contract for the provision
# of Y': the same award with its supplier named first.
_AWARD_TO_THEN_CONTRACT = re.compile(
    r"\b[Aa]ward(?:ing|s)?\s+to\s+(?:the\s+)?" + _ROLE_WORD + r"?(?:known\s+as\s+)?" + _OPEN_QUOTE + _NAME
    + _CLOSE_QUOTE + r"(?:\s*,(?:[^.;:\n()]|\([^()\n]{0,40}\)){0,100}?,)?"  # ", without further competition (...),"
    r"\s+(?:a|an|the)\s+(?P<mods>(?:[\w’'-]+\s+){0,4}?)(?P<noun>contract)\b")
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?:provision|supply|delivery|purchase)\s+of\s+[^.;:\n]{3,150}?(?=[.;:\n]|$)")
# Words before 'contract' that say nothing of what it is for.
_EMPTY_MODS = {"new", "further", "single", "separate", "one", "two", "proposed", "said", "above", "same", "council's",
               "council’s", "formal", "final"}

# A contractor's role: 'Principal Contractor', 'Managing Agent', 'preferred developer'.
_ROLE = (r"(?i:(?:(?:principal|main|lead|preferred|managing|term|strategic|delivery|development)\s+)?"
         r"(?:contractor|supplier|provider|consultant|operator|developer|partner|agent))")
# 'the appointment of the Principal Contractor X to demolish ...', 'appoint X Ltd as (the Council's) Managing Agent'.
_APPOINTMENT = re.compile(
    r"\bappoint(?:ment\s+of|ing|s)?\s+(?:the\s+|a\s+)?(?:(?P<role1>" + _ROLE + r")\s+" + _OPEN_QUOTE + _NAME + _CLOSE_QUOTE
    + r"|" + _OPEN_QUOTE + _NAME.replace("?P<name>", "?P<name2>") + _CLOSE_QUOTE
    + r"\s+as\s+(?:the\s+|a\s+|its\s+)?(?:Council['’]s\s+)?(?P<role2>" + _ROLE + r")\b)"
    r"(?P<purpose>\s+(?:to|for)\s+[^.;:\n]{3,100}?(?=[.;:\n]|$))?")
# A name that is an organisation by its form, not a person appointed to a post.
_COMPANY_FORM = re.compile(rf"\b(?:{COMPANY_SUFFIX}|(?:LLC|Group|Partnership|Consultants?|Contractors?|"
                           r"Construction|Services|Associates|Homes|Housing)\b)$")
_PERSON = re.compile(r"^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor)\b")

# 'that a grant of £750 be donated to the village hall fund', 'a grant of £2,000 be awarded to X'.
_GRANT_GIVEN = re.compile(
    r"\bgrant\s+of\s+(?P<sum>" + WRITTEN_SUM + r")\s+(?:be|is|to\s+be)\s+(?P<verb>donated|awarded|given|made|paid)\s+to\s+(?:the\s+)?"
    r"(?P<recipient>[A-Za-z][^.;:,\n]{2,80}?)(?=[.;:,\n]|\s+(?:for|in|towards|subject|from|and|as|on)\b|$)")

# 'an additional grant of £4m has been provided to the Council by the Department for X', 'A conditional
# allocation has been awarded to the Council of £3M': a grant the council (or a body named) has received.
_GRANT_RECEIVED = re.compile(
    r"\b(?P<object>(?:[\w-]+[ \t]+){0,3}?(?:grant|allocation|funding))(?:\s+of\s+(?P<sum1>" + WRITTEN_SUM + r"))?"
    r"\s+(?:has|have|had)\s+(?:now\s+|recently\s+|already\s+|also\s+)?been\s+(?:awarded|provided|allocated|given|granted)"
    r"\s+to\s+(?P<recipient>(?:the|this)\s+Council|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})"
    r"(?:\s+of\s+(?P<sum2>" + WRITTEN_SUM + r"))?(?:\s+by\s+(?:the\s+)?(?P<funder>\S))?")
# What the grant is for, said after the grantor: '... by the Department for X to continue the Y programme'.
_GRANT_PURPOSE = re.compile(r"[^.;:]{0,60}?\s(?P<purpose>(?:to|for)\s+[‘'\"“]?[a-z][^.;:,\n’'\"”]{3,100})")

# 'to offer the service to X County Council under a separate agency agreement', 'enter into an agency agreement'.
_AGENCY = re.compile(
    r"\b(?:under|through|via|by\s+way\s+of|enter\w*\s+into)\s+(?:a|an|the)\s+(?P<state>separate\s+|new\s+|existing\s+|"
    r"current\s+)?(?:highways?\s+)?agency\s+agreements?\b", re.I)

# A decision page's own fields: a bare 'To award ...' paragraph below them is the decision.
_DECISION_FIELDS = re.compile(r"(?m)^[ \t]*(?:Decision(?:\s+(?:status|maker|taken|details))?|Decision\s+Maker)\s*:")
_BARE_DECISION = re.compile(r"[ \t]*To\s+(?:award|appoint|approve|agree|accept|enter)\b")
# A lower-case 'that ...' item continuing a list of decisions whose previous item ends with ';'.
_CONTINUED_ITEM = re.compile(r"[ \t]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?that\s")


def find_decided_awards(reader: DocumentReader) -> list[Mention]:
    """Every agreement a decision item makes by this module's award, appointment, grant and agency wordings."""
    found: list[Mention] = []
    found += _contract_awards(reader)
    found += _appointments(reader)
    found += _grants_given(reader)
    found += _grants_received(reader)
    found += _agency_agreements(reader)
    return found


def in_decision(reader: DocumentReader, pos: int, depth: int = 6) -> bool:
    """Whether `pos` lies in a decision item: by the shared wording, a decision page's bare 'To award ...'
    paragraph, or a 'that ...' item continuing (up to `depth` lines back) a list of decisions whose previous
    item ends with ';'."""
    if is_decision_item(reader, sentence_at(reader.sentences, pos)):
        return True
    line_start = reader.text.rfind("\n", 0, pos) + 1
    if _BARE_DECISION.match(reader.text, line_start) and _DECISION_FIELDS.search(reader.text, 0, line_start):
        return True
    if depth == 0 or not _CONTINUED_ITEM.match(reader.text, line_start):
        return False
    before = reader.text[:line_start].rstrip()
    if not re.search(r";(?:\s*and)?$", before):
        return False
    return in_decision(reader, before.rfind("\n") + 1, depth - 1)


def _clean(text: str) -> str:
    """Whitespace collapsed."""
    return " ".join(text.split())


def _contract_awards(reader: DocumentReader) -> list[Mention]:
    """'To award a three-year contract to the supplier X for the provision of Y' (or 'Award to X ... a contract for
    the provision of Y'): a contract awarded to X."""
    found: list[Mention] = []
    matches = [*_CONTRACT_AWARD.finditer(reader.text), *_AWARD_TO_THEN_CONTRACT.finditer(reader.text)]
    for match in sorted(matches, key=lambda m: m.start()):
        if not in_decision(reader, match.start()):
            continue
        sentence = sentence_at(reader.sentences, match.start())
        mods = match.group("mods").split()
        named_mods = [w for w in mods if w.lower() not in _EMPTY_MODS]
        after = _FOR_AFTER.match(reader.text, match.end())
        # what the contract is for: before "to X" in the first form, after "contract" (read by _FOR_AFTER) in both
        purpose = match.groupdict().get("for1") or (after.group() if after else "")
        if not named_mods and not purpose:
            continue  # 'award the contract to X': decision_nouns.py reads it with the requirement stated above
        subject = _clean(" ".join(mods + [match.group("noun")]) + purpose)
        subject = re.sub(r"^(?:the|a|an)\s+", "", subject)
        end = after.end() if after else match.end()
        mention = decided_mention(K.CONTRACT, match.start(), end, sentence, subject, A.AWARD, closed=True,
                                  rule=DECIDED_AWARD_RULE)
        mention = with_party(mention, reader, match.group("name"), match.start("name"))
        if mention is None:
            continue
        mention.term_sentence = _term_sentence(reader, " ".join(mods + [match.group("noun")]), sentence)
        found.append(mention)
    return found


def _key(text: str) -> str:
    """A contract's words compared loosely: lower case, apostrophes and articles gone ('ground's' = 'grounds')."""
    text = re.sub(r"['’]", "", text.lower())
    return " ".join(w for w in text.split() if w not in {"the", "a", "an"})


def _term_sentence(reader: DocumentReader, name: str, own: tuple[int, int]) -> tuple[int, int] | None:
    """Another sentence naming the same contract with its term ('the award of the X contract for a term of eight
    years from 1 January 2020'): where its dates are read."""
    key = _key(name)
    if len(key.split()) < 2:
        return None  # 'three-year contract' alone could be any contract
    for sentence in reader.sentences:
        if sentence == own:
            continue
        text = reader.text[sentence[0]:sentence[1]]
        if key in _key(text) and re.search(r"\b(?:term\s+of|commenc\w+|from)\b", text, re.I):
            return sentence
    return None


def _appointments(reader: DocumentReader) -> list[Mention]:
    """'the appointment of the Principal Contractor X to demolish ...': a contract awarded to the company."""
    found: list[Mention] = []
    for match in _APPOINTMENT.finditer(reader.text):
        if not in_decision(reader, match.start()):
            continue
        name_group = "name" if match.group("name") else "name2"
        name = match.group(name_group).strip(" .")
        start = match.start(name_group)
        is_org = bool(orgs_within(reader.orgs, start - 2, start + len(name) + 2))
        if _PERSON.match(name) or not (is_org or _COMPANY_FORM.search(name)):
            continue  # a person appointed to a post, or a name that may be one
        role = match.group("role1") or match.group("role2")
        purpose = match.group("purpose") or ""
        subject = _clean(f"appointment of {name} as {role}{purpose}")
        sentence = sentence_at(reader.sentences, match.start())
        mention = decided_mention(K.CONTRACT, match.start(), match.end(), sentence, subject, A.AWARD, closed=True,
                                  rule=DECIDED_AWARD_RULE)
        mention = with_party(mention, reader, match.group(name_group), start)
        if mention is not None:
            found.append(mention)
    return found


def _grants_given(reader: DocumentReader) -> list[Mention]:
    """'Resolved that a grant of £750 be donated to the village hall fund': a grant the body awards."""
    found: list[Mention] = []
    for match in _GRANT_GIVEN.finditer(reader.text):
        if not in_decision(reader, match.start()):
            continue
        if match.group("verb") != "donated" and match.group("recipient")[0].isupper():
            continue  # 'awarded to X Group': awarded_grants.py reads a named group's grant
        recipient = _clean(match.group("recipient"))
        sentence = sentence_at(reader.sentences, match.start())
        mention = decided_mention(K.GRANT, match.start(), match.end(), sentence,
                                  f"grant of {match.group('sum').replace(' ', '')} to {recipient}", A.AWARD,
                                  closed=True, rule=DECIDED_AWARD_RULE)
        mention.grant_outwards = True
        orgs = orgs_within(reader.orgs, match.start("recipient") - 2, match.end("recipient") + 2)
        if orgs:
            mention.counterparties = orgs[:1]
            mention.linked = True
        else:
            mention.party_name = recipient
        found.append(mention)
    return found


def _grants_received(reader: DocumentReader) -> list[Mention]:
    """'an additional grant of £4m has been provided to the Council by the Department for X': a grant received,
    with the grantor when the sentence names it (never guessed from other departments the paper names)."""
    found: list[Mention] = []
    for match in _GRANT_RECEIVED.finditer(reader.text):
        amount = match.group("sum1") or match.group("sum2")
        if amount is None:
            continue
        recipient = match.group("recipient")
        recipient_orgs = orgs_within(reader.all_orgs, match.start("recipient") - 2, match.end("recipient") + 2)
        ours = re.fullmatch(r"(?:the|this)\s+Council", recipient) is not None or reader.is_issuer(recipient) or any(
            reader.is_issuer(o.name) for o in recipient_orgs)
        if not ours:
            continue  # a grant to some other body is that body's business
        funders: list[OrgSpan] = []
        if match.group("funder"):
            at = match.start("funder")
            funders = [o for o in reader.orgs if at - 1 <= o.start <= at + 1][:1]
        parties = funders or [o for o in recipient_orgs if not reader.is_issuer(o.name)] or recipient_orgs
        if not parties and not reader.issuing_body:
            continue  # a grant to an unnamed council from an unnamed grantor cannot be told from any other
        sentence = sentence_at(reader.sentences, match.start())
        action = received_action(reader, sentence)
        subject = _clean(f"{match.group('object')} of {amount.replace(' ', '')}")
        purpose = _GRANT_PURPOSE.match(reader.text[:sentence[1]], match.end())
        if purpose:
            subject += " " + _clean(re.sub(r"[‘'\"“]", "", purpose.group("purpose")))
        subject = re.sub(r"^(?:an?|the)\s+", "", subject, flags=re.I)
        mention = decided_mention(K.GRANT, match.start("object"), match.end(), sentence, subject, action, closed=True,
                                  rule=DECIDED_AWARD_RULE)
        mention.counterparties = parties[:1]
        mention.linked = bool(parties)
        found.append(mention)
    return found


def _agency_agreements(reader: DocumentReader) -> list[Mention]:
    """'to offer the service to X County Council under a separate agency agreement': an agreement between councils."""
    found: list[Mention] = []
    for match in _AGENCY.finditer(reader.text):
        if not in_decision(reader, match.start()):
            continue
        sentence = sentence_at(reader.sentences, match.start())
        line_start = reader.text.rfind("\n", 0, match.start()) + 1
        scope = (min(sentence[0], line_start), sentence[1])
        councils = [o for o in reader.all_orgs if scope[0] <= o.start < scope[1] and o.org_type in COUNCIL_TYPES]
        others = [o for o in councils if not reader.is_issuer(o.name)] or councils
        if not others:
            continue  # an agency agreement with nobody named
        state = (match.group("state") or "").strip().lower()
        action = A.NOTE if state in {"existing", "current"} else A.NEW
        mention = decided_mention(K.INTER_AUTHORITY, match.start(), match.end(), scope,
                                  f"agency agreement with {others[0].name}", action, closed=True,
                                  rule=DECIDED_AWARD_RULE, parties=others[:1])
        found.append(mention)
    return found
