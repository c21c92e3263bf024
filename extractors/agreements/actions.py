"""What a paper does with an agreement: action words vote, weighted by the sentence they sit in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.agreements.reader import DocumentReader
from extractors.agreements.records import A, K, Group, Mention
from extractors.agreements.subjects import same_subject, subject_key
from schemas import AgreementAction

# Words that may follow a verb 'extended' ('extended by a year', 'extended to March', 'extended the contract').
_AFTER_VERB = (r"(?:by|for|to|until|till|from|in|into|on|at|and|or|but|the|a|an|its|their|his|her|our|this|that|these|"
               r"those|beyond|under|with|as|further|accordingly|subject|again|once|up|over|through|only)")
_ACTION_PATTERNS: list[tuple[AgreementAction, re.Pattern[str]]] = [
    (A.TERMINATE, re.compile(r"\b(?:not\s+(?:to\s+)?(?:be\s+)?(?:renew|extend)\w*|terminat\w*|decommission\w*|not\s+(?:be\s+)?re-?commission\w*|cease\w*|bring\s+to\s+an\s+end|"
                             r"(?:give|giving|serve|serving)\s+(?:\w+\s+){0,2}notice|notice\s+(?:is\s+|be\s+|to\s+be\s+|being\s+)?(?:given|served)|"
                             r"end\s+(?:the|this|our|its)\s+(?:[\w-]+\s+){0,3}(?:agreements?|contracts?|arrangements?)|"
                             # "utilise the break clauses ... to bring forward the end date": ended early
                             r"(?:use|using|utilis\w*|utiliz\w*|exercis\w*|invok\w*|enact\w*|trigger\w*)\s+(?:the\s+|a\s+|its\s+)?"
                             r"break\s+(?:clauses?|options?)|bring(?:ing)?\s+forward\s+the\s+end\s+date)\b", re.I)),
    (A.RENEW, re.compile(r"(?<!not )(?<!not to )\b(?:renew\w*|replac\w*\s+the\s+(?:current|existing)|continuation|"
                         r"continu(?:e|ing)\s+(?:the|these|its|our)\s+(?:current\s+|existing\s+)?(?:[\w-]+\s+){0,3}(?:agreements?|arrangements?|pools?))\b", re.I)),
    # 'extended' straight before a noun is an adjective naming a thing ('Extended Producer Responsibility',
    # 'extended access', 'for an extended period'), not a decision to extend.
    (A.EXTEND, re.compile(r"(?<!not )(?<!not to )(?<!not be )\b(?:extend|extending|extends|extension|"
                          r"extended(?!\s+(?!" + _AFTER_VERB + r"\b)[A-Za-z]))\b", re.I)),
    # "terms for any variations" delegates future changes; it varies nothing now.
    # Services moved into a running agreement change what it covers: "transfer X into the existing s75",
    # "the transfer of X to the provider as part of its Y contract".
    # "approve the revised Section 75 'Pooled Fund' Agreement": a running agreement changed after review.
    # "to modify the contract with X" (the Provider Selection Regime's word for a variation).
    (A.VARY, re.compile(r"(?<!any )\b(?:vary|varied|varies|varying|variations?|modif(?:y|ies|ied|ying|ications?)|"
                        r"revised\s+(?:[\w'’‘-]+\s+){0,4}(?:agreements?|contracts?)|"
                        r"(?:transfer\w*|add|adding|incorporat\w*|bring\w*|mov(?:e|es|ing))\s+(?:[\w'’()-]+\s+){0,15}?"
                        r"(?:in)?to\s+(?:the|an|our|its)\s+existing|"
                        r"transfer\w*\s+(?:[\w'’(),-]+\s+){0,20}?as\s+part\s+of\s+(?:the|its|our|their)\s+(?:existing|current)?)\b", re.I)),
    (A.AWARD, re.compile(r"(?<!pay )\b(?:award|awards|awarded|awarding)\b", re.I)),
    (A.PROCURE, re.compile(r"\b(?:procure|procured|procuring|procurement\s+of|re-?procure\w*|tender(?:s|ed|ing)?|go(?:ing)?\s+out\s+to\s+(?:tender|market))\b", re.I)),
    # "seeking approval of the Section 75 Agreement for ...", "to agree the funding agreement with X": approving
    # an agreement (not its change) makes it.
    # "to adopt the Partnership Agreement for ...": adopting a written agreement makes it too.
    (A.NEW, re.compile(r"\b(?:approv(?:al|e|es|ed|ing)|agree(?:s|d|ing)?|adopt(?:s|ed|ing|ion\s+of)?)\s+(?:of\s+)?(?:the|a|an)\s+(?:new\s+|draft\s+|proposed\s+)?"
                       r"(?=(?:Section|S\.?)\s?75\b|(?:[\w-]+\s+){0,4}(?:[Aa]greement|[Cc]ontract)s?\b(?!\s+(?:extension|variation|renewal)))|"
                       r"\bdevelop(?:ment\s+of|ing|s)?\s+(?:a|an)\s+(?:new\s+)?(?:Section|S\.?)\s?75\b|"
                       r"\b(?:enter\w*\s+in(?:\s+|\s*)to|(?:negotiate|finalise|finalize|agree)\s+(?:and\s+\w+\s+)?(?:the\s+)?terms\s+(?:for|of)|enter\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:agreement|contract|arrangement)|entering|creat\w*|establish\w*|set-?\s?up|draw\w*\s+up|put\s+in\s+place|"
                       r"new\s+(?:\w+\s+){0,3}(?:agreements?|pools?|pooled|section|s75|contracts?|frameworks?|arrangements?)|"
                       r"(?:will|to|shall)\s+(?:run|commence|take\s+effect)\s+(?:on|from)|"
                       # 'to formally accept the X grant award', 'Grant Acceptance': a grant the council takes on.
                       r"accept(?:s|ed|ing|ance\s+of)?(?=\s+(?:the\s+|a\s+|an\s+|this\s+)?(?:(?!of\b|offer\b)[\w'’-]+\s+){0,4}?"
                       r"(?:grant|funding)(?:\s+(?:award|offer|allocation))?\b)|(?:grant|funding)\s+acceptance)\b", re.I)),
    # "Delegate final amendment and formal sign-off of the X Agreement between A and B to the Director".
    (A.DELEGATE, re.compile(r"\bdelegat\w*\s+(?:[\w'’&()-]+\s+){0,25}?to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:Director|Officer|Head|Member|Chief)", re.I)),
    (A.NOTE, re.compile(r"\bnot(?:e|ed|ing)\b", re.I)),
]
# Approving a Better Care Fund plan for a period sets up that period's BCF (pooled under a s75): a new one.
_BCF_PLAN = re.compile(r"\b(?:approv\w*|agree\w*|sign\w*\s+off)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
                       r"(?:Better\s+Care\s+Fund|BCF)\s+(?:(?:\d{4}(?:[-/]\d{2,4})?|[Pp]lanning)\s+)?(?:[Pp]lan|[Tt]emplate|[Ss]ubmission)",
                       re.I)
_PRIORITY = [a for a, _ in _ACTION_PATTERNS]
_REC_ACTIONS = [(a, p) for a, p in _ACTION_PATTERNS if a not in {A.DELEGATE, A.NOTE}]
_PROPOSAL = re.compile(r"\b(?:propos\w*|seek\w*|recommend\w*|asked\s+to|approv\w*|request\w*|intend\w*|wish\s+to|"
                       r"plan(?:ned)?\s+to|will\s+be|is\s+to\s+be|are\s+to\s+be|to\s+be)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been|since\s+(?:19|20)\d\d|last\s+year|previously|originally|in\s+(?:19|20)\d\d)\b", re.I)
# "terminable on six months' notice" describes a clause; "give notice to terminate" decides.
_DESCRIPTIVE_TERMINATION = re.compile(
    r"(?<!give )(?<!giving )(?<!serve )(?<!serving )(?<!issue )\bnotice\b(?!\s+(?:is\s+|be\s+|to\s+be\s+|being\s+)?(?:given|served))",
    re.I)
# "with an option to extend", "with the provision to extend", "the potential to be extended", "(If both extension
# years are used ...)".
OPTIONAL_EXTENSION = re.compile(r"\b(?:options?\s+(?:to|of|for)|potential\s+(?:to\s+be|for)|possib\w+\s+(?:to\s+be|of)|"
                                r"(?:provision|ability|right)\s+to|may\s+be|could\s+be)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "Delegate authority to extend the agreement (until ...)": a power handed on, not an extension decided now.
_DELEGATED_POWER = re.compile(r"\bdelegat\w*\s+(?:\w+\s+){0,2}(?:authority|powers?)\s+to\s+$", re.I)
_CONDITIONAL = re.compile(r"^\W*(?:If|Should|Were)\b")
HISTORY_WEIGHT = 0.5  # a sentence telling what was done before
_VERB_REACH = 100  # a verb this far from a mention in its sentence still speaks of it


@dataclass
class Vote:
    """One action word counted for an agreement, weighted by its sentence."""

    action: AgreementAction
    weight: float
    sentence: tuple[int, int]


def sentence_weight(reader: DocumentReader, sentence: tuple[int, int], offset: int) -> float:
    """How much a sentence decides: a recommendation 4, a proposal 2, plain 1, history 0.5."""
    if reader.in_rec(offset):
        return 4.0
    text = reader.text[sentence[0]:sentence[1]]
    if _PAST.search(text):  # what was done before is background, even beside "need to be"
        return HISTORY_WEIGHT
    if _PROPOSAL.search(text):
        return 2.0
    return 1.0


def collect_votes(reader: DocumentReader, group: Group, all_mentions: list[Mention]) -> list[Vote]:
    """Action words near the group's mentions in their sentences, plus its rows' recommendations."""
    votes: list[Vote] = []
    seen: set[tuple[int, int]] = set()
    for mention in group.mentions:
        if mention.action:
            # A decision that acts on the agreement by name says what happens to it outright.
            votes.append(Vote(mention.action, 4.0 if mention.decided else 1.0, mention.sentence))
        if mention.sentence in seen:
            continue
        seen.add(mention.sentence)
        s_start, s_end = mention.sentence
        text = reader.text[s_start:s_end]
        weight = sentence_weight(reader, mention.sentence, mention.start)
        others = [m for m in all_mentions if m.sentence == mention.sentence]
        mine = [m for m in group.mentions if m.sentence == mention.sentence]
        for action, pattern in _ACTION_PATTERNS:
            for match in pattern.finditer(text):
                if any(v.action == action and v.sentence == mention.sentence for v in votes):
                    break  # one vote per action per sentence
                if action == A.TERMINATE and _DESCRIPTIVE_TERMINATION.search(text):
                    continue
                if action == A.EXTEND and (OPTIONAL_EXTENSION.search(text, 0, match.start()) or _CONDITIONAL.match(text)
                                           or _DELEGATED_POWER.search(text, 0, match.start())):
                    continue  # an option to extend later is part of the term, not an extension decided now
                v_start, v_end = s_start + match.start(), s_start + match.end()
                if any(m.start <= v_start < m.end for m in others if m not in mine):
                    continue
                distance = {id(m): _distance(m, v_start, v_end) for m in others}
                nearest = min(distance.values())
                if any(distance[id(m)] == nearest or distance[id(m)] <= _VERB_REACH for m in mine):
                    votes.append(Vote(action, weight, mention.sentence))
    if group.kind == K.BETTER_CARE_FUND:
        for sentence in seen:
            plan = _BCF_PLAN.search(reader.text[sentence[0]:sentence[1]])
            if plan and not _approved_by_another(reader, sentence[0] + plan.start(), sentence[0] + plan.end()):
                votes.append(Vote(A.NEW, sentence_weight(reader, sentence, sentence[0]), sentence))
    votes += _recommendation_votes(reader, group)
    if not votes:
        votes = _delegated_item_votes(reader, group)
    return votes


_DELEGATE_PATTERN = dict(_ACTION_PATTERNS)[A.DELEGATE]


def _delegated_item_votes(reader: DocumentReader, group: Group) -> list[Vote]:
    """'That authority be delegated to the Director to: (i) secure the draw down of the grant': an item of a
    delegation, with no action word of its own, is delegated."""
    votes = []
    for mention in group.mentions:
        parent = reader.parent_rec_text(mention.start)
        if parent and _DELEGATE_PATTERN.search(parent):
            votes.append(Vote(A.DELEGATE, 4.0, mention.sentence))
    return votes[:1]


def _approved_by_another(reader: DocumentReader, offset: int, end: int) -> bool:
    """'NHS England approval of the BCF Plan', 'approval for the BCF plan by NHS England': a named body's
    approval, not one the paper gives."""
    if any(offset - 3 <= org.end <= offset for org in reader.orgs):
        return True
    by = re.match(r"\s+by\s+(?:the\s+)?", reader.text[end:end + 12])
    return by is not None and any(end + by.end() - 1 <= org.start <= end + by.end() + 1 for org in reader.all_orgs)


def _recommendation_votes(reader: DocumentReader, group: Group) -> list[Vote]:
    """A table row's provider named in a recommendation takes that recommendation's action ('not to renew X')."""
    if not any(m.closed for m in group.mentions):
        return []
    names = {m.party_name for m in group.mentions if m.party_name}
    names |= {o.name for m in group.mentions for o in m.counterparties}
    votes: list[Vote] = []
    for span, _ in reader.recs:
        text = reader.text[span[0]:span[1]]
        if any(s <= span[0] < e for m in group.mentions for s, e in [m.sentence]):
            continue  # the row's own sentence has voted already
        if not any(re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) for name in names):
            continue
        for action, pattern in _REC_ACTIONS:
            if pattern.search(text) and not (action == A.TERMINATE and _DESCRIPTIVE_TERMINATION.search(text)):
                votes.append(Vote(action, 4.0, span))
    return votes


def action_before(text: str) -> AgreementAction | None:
    """The action of the verb nearest the end of `text` ('Cabinet approve the revised ' is vary), if any."""
    nearest: tuple[int, int, AgreementAction] | None = None
    for action, pattern in _REC_ACTIONS:
        for match in pattern.finditer(text):
            key = (match.end(), -_PRIORITY.index(action), action)
            if nearest is None or key[:2] > nearest[:2]:
                nearest = key
    return nearest[2] if nearest else None


def _distance(mention: Mention, start: int, end: int) -> int:
    """Characters between text[start:end] and the mention (0 when they overlap)."""
    if end <= mention.start:
        return mention.start - end
    if start >= mention.end:
        return start - mention.end
    return 0


def choose_action(votes: list[Vote], has_existing: bool) -> tuple[AgreementAction, float]:
    """The action with most weight; a 'new' agreement that replaces a current one counts (half) as renew."""
    totals: dict[AgreementAction, float] = {}
    for vote in votes:
        action, weight = vote.action, vote.weight
        if action == A.NEW and has_existing:
            action, weight = A.RENEW, weight / 2
        if action == A.NOTE:
            weight /= 2  # papers note background in passing; a verb that acts on the agreement says more
        totals[action] = totals.get(action, 0.0) + weight
    if not totals:
        return A.NOTE, 0.0
    rank = {action: index for index, action in enumerate(_PRIORITY)}
    best = max(totals.items(), key=lambda kv: (kv[1], -rank.get(kv[0], len(rank))))
    return best[0], best[1]


def names_existing(reader: DocumentReader, mention: Mention) -> bool:
    """'our current partnership agreement', 'the existing contract', 'a Section 75 Agreement ... since 2003'."""
    before = reader.text[max(mention.sentence[0], mention.start - 40):mention.start]
    after = reader.text[mention.end:min(mention.sentence[1], mention.end + 80)]
    return bool(re.search(r"\b(?:current|existing|long-standing)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
                or re.search(r"\b(?:since\s+(?:19|20)\d\d|has\s+been\s+in\s+place|ends\s+on|expires)\b", after, re.I))


def inherit_actions(reader: DocumentReader, chosen: list[tuple[Group, AgreementAction, float]]) -> list[tuple[Group, AgreementAction, float]]:
    """Pools and BCF with no action of their own follow their s75; table rows follow their framework."""
    s75 = [c for c in chosen if c[0].kind == K.SECTION_75 and c[2] > 0]
    frameworks = [c for c in chosen if c[0].kind == K.FRAMEWORK and c[2] > 0]
    result = []
    for group, action, weight in chosen:
        if weight == 0 and group.kind in {K.POOLED_BUDGET, K.BETTER_CARE_FUND} and s75:
            parent = min(s75, key=lambda c: abs(c[0].mentions[0].start - group.mentions[0].start))
            if not _names_another_subject(reader, group, parent[0]):
                action = parent[1]
        elif group.mentions[0].rule == "agreements.table_row" and frameworks:
            caption = reader.text[max(0, group.mentions[0].start - 1500):group.mentions[0].start]
            if re.search(r"\bframework\b", caption, re.I):
                parent = min(frameworks, key=lambda c: abs(c[0].mentions[0].start - group.mentions[0].start))
                action = parent[1]
        result.append((group, action, weight))
    return result


def _names_another_subject(reader: DocumentReader, pool: Group, s75: Group) -> bool:
    """A pool named for something its nearest s75 is not about ('Learning Disability' beside 'ICES') is its own."""
    pool_keys = [subject_key(m.subject, reader.acronyms) for m in pool.mentions]
    pool_keys = [k for k in pool_keys if k]
    s75_keys = [k for k in (subject_key(m.subject, reader.acronyms) for m in s75.mentions) if k]
    if not pool_keys or not s75_keys or any(m.sentence == p.sentence for m in s75.mentions for p in pool.mentions):
        return False
    return not any(same_subject(a, b) for a in pool_keys for b in s75_keys)
