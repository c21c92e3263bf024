"""Agreements (section 75, pooled budgets, Better Care Fund, contracts, frameworks, grants) read from a paper.

The extractor works in four steps:
1. find mentions of agreements with patterns (each with a kind, an optional subject and counterparties);
2. group mentions that name the same agreement (same kind and same subject or counterparty);
3. keep groups a paper actually deals with (a named counterparty, a recommendation, a stated action);
4. read each group's action, dates and values from the sentences its mentions sit in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from extractors.doctext import Collector, DocText
from schemas import (
    Agreement,
    AgreementAction,
    AgreementKind,
    AgreementParty,
    Amount,
    DateMention,
    DatePrecision,
    DateRole,
    OrganisationMention,
    OrgType,
    PartyRole,
    Recommendation,
)

K = AgreementKind
A = AgreementAction

PARTNERSHIP_KINDS = {K.SECTION_75, K.POOLED_BUDGET, K.BETTER_CARE_FUND, K.INTER_AUTHORITY}
PUBLIC_BODY_TYPES = {
    OrgType.COUNTY_COUNCIL, OrgType.UNITARY_COUNCIL, OrgType.METROPOLITAN_BOROUGH,
    OrgType.LONDON_BOROUGH, OrgType.DISTRICT_COUNCIL, OrgType.CITY_COUNCIL, OrgType.COUNCIL,
    OrgType.CCG, OrgType.ICB, OrgType.NHS_TRUST, OrgType.NHS_FOUNDATION_TRUST,
    OrgType.PRIMARY_CARE_TRUST, OrgType.TOWN_OR_PARISH_COUNCIL,
}
COMMISSIONER_TYPES = {OrgType.CCG, OrgType.ICB}

# ---------------------------------------------------------------------------------------------
# Small records used while reading


@dataclass(frozen=True)
class _Org:
    start: int
    end: int
    name: str
    org_type: OrgType


@dataclass
class _Mention:
    kind: AgreementKind
    start: int
    end: int
    sentence: tuple[int, int]
    subject: str | None = None
    counterparties: list[_Org] = field(default_factory=list)
    closed: bool = False  # a table row or provider-list entry: one agreement, never merged
    action: AgreementAction | None = None  # set by rules that know the action outright
    party_name: str | None = None  # a provider named in a table cell but not by the org extractor
    grant_outwards: bool = False  # "grants to X": the issuing body pays
    end_hint: date | None = None  # a date read from a table's end-date column
    rule: str = "agreements.pattern"


@dataclass
class _Group:
    kind: AgreementKind
    mentions: list[_Mention]


# ---------------------------------------------------------------------------------------------
# Sentences

_TABLE_LINE = re.compile(r"\t|\s\|\s")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[\"'‘“(]?[A-Z0-9•\-(])")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_BULLET_LINE = re.compile(r"\n(?=[ \t]*(?:[•\-\*\uf0b7]|\(?[a-z0-9]{1,4}[.)])\s)|\f")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence-like units: table lines alone, prose split at blank lines, bullets and full stops."""
    units: list[tuple[int, int]] = []
    pos = 0
    prose_start: int | None = None
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if _TABLE_LINE.search(line.rstrip("\n")):
            if prose_start is not None:
                units.extend(_split_prose(text, prose_start, pos))
                prose_start = None
            units.append((pos, end))
        elif prose_start is None:
            prose_start = pos
        pos = end
    if prose_start is not None:
        units.extend(_split_prose(text, prose_start, len(text)))
    return [(s, e) for s, e in units if text[s:e].strip()]


def _split_prose(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    for match in _BLANK_LINES.finditer(text, start, end):
        before = text[start:match.start()].rstrip(" \t")
        after = text[match.end():match.end() + 1]
        # A blank line inside a sentence ("and \n\ncurrent"), as PDF text often has, is no break.
        if (before[-1:].islower() or before[-1:] == ",") and after.islower():
            continue
        cuts.append(match.end())
    cuts += [m.end() for m in _BULLET_LINE.finditer(text, start, end)]
    cuts = sorted(set(cuts))
    blocks = list(zip(cuts, cuts[1:] + [end]))
    units: list[tuple[int, int]] = []
    for b_start, b_end in blocks:
        inner = [b_start] + [m.end() for m in _SENTENCE_END.finditer(text, b_start, b_end)]
        units.extend(zip(inner, inner[1:] + [b_end]))
    return units


def _sentence_at(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = sentences[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return s, e
    return offset, offset + 1


# ---------------------------------------------------------------------------------------------
# Subjects: short title-case noun phrases ("Integrated Community Equipment Service")

_CONNECTORS = {"and", "of", "for", "&", "with", "in", "on"}
_STOP_CAPS = {"The", "A", "An", "This", "That", "These", "Those", "Our", "Its", "Their", "Any",
              "Currently", "Following", "Under", "With", "In", "To", "For", "Both", "Each", "All",
              "Approve", "Agree", "Note", "Endorse", "Delegate", "Proposed", "Current", "New", "Total"}
_GENERIC = {"the", "a", "an", "and", "of", "for", "with", "in", "on", "service", "services",
            "agreement", "agreements", "contract", "contracts", "section", "75", "s75", "pooled",
            "budget", "budgets", "pool", "fund", "funding", "framework", "grant", "grants",
            "partnership", "arrangement", "arrangements", "pseudo", "provision", "provider",
            "providers", "currently", "commissioned", "review", "nhs", "act", "2006", "community",
            "application", "applications", "capital", "revenue"}
_WORD = re.compile(r"[A-Za-z0-9][\w'’&/-]*|&")


def _is_title_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (len(word) > 1 and word[0] == "i" and word[1].isupper()))


def _phrase_before(text: str, end: int) -> str | None:
    """The run of title-case words ending just before `end` (connectors allowed inside)."""
    words = list(_WORD.finditer(text, max(0, end - 160), end))
    picked: list[re.Match[str]] = []
    for match in reversed(words):
        gap = text[match.end():(picked[-1].start() if picked else end)]
        if gap.strip() not in {"", "-"} or "\n\n" in gap:
            break
        word = match.group()
        if _is_title_word(word):
            picked.append(match)
        elif word in _CONNECTORS and picked:
            picked.append(match)
        else:
            break
    while picked and (picked[-1].group() in _CONNECTORS or picked[-1].group() in _STOP_CAPS):
        picked.pop()
    if not picked:
        return None
    return text[picked[-1].start():picked[0].end()]


def _phrase_after(text: str, start: int) -> str | None:
    """The run of title-case words starting at `start` (connectors only between title words)."""
    words = list(_WORD.finditer(text, start, min(len(text), start + 200)))
    picked: list[re.Match[str]] = []
    index = 0
    while index < len(words):
        match = words[index]
        gap = text[(picked[-1].end() if picked else start):match.start()]
        if gap.strip() not in {"", "-"} or "\n\n" in gap:
            break
        word = match.group()
        if _is_title_word(word) and not (not picked and word in _STOP_CAPS):
            picked.append(match)
        elif word in _CONNECTORS and picked and index + 1 < len(words) and _is_title_word(words[index + 1].group()):
            picked.append(match)
        else:
            break
        index += 1
    if not picked:
        return None
    return text[picked[0].start():picked[-1].end()]


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms the paper defines: 'Integrated Community Equipment Service (ICES)' -> ICES."""
    found: dict[str, str] = {}
    for match in re.finditer(r"\(([A-Za-z]{2,8})\)", text):
        abbr = match.group(1)
        letters = abbr.rstrip("s") if abbr.endswith("s") and abbr[:-1].isupper() else abbr
        words = list(_WORD.finditer(text, max(0, match.start() - 120), match.start()))
        initials: list[re.Match[str]] = []
        for word in reversed(words):
            if word.group().lower() in {"and", "of", "for", "&", "the"}:
                continue
            initials.append(word)
            if len(initials) == len(letters):
                break
        if len(initials) != len(letters):
            continue
        initials.reverse()
        if all(w.group()[0].lower() == c.lower() for w, c in zip(initials, letters)):
            found.setdefault(abbr, text[initials[0].start():match.start()].strip())
    return found


def subject_key(subject: str | None, acronyms: dict[str, str]) -> frozenset[str]:
    """Words that identify a subject, acronyms expanded and generic words dropped."""
    if not subject:
        return frozenset()
    expanded = " ".join(acronyms.get(w, w) for w in re.findall(r"[\w'’]+", subject))
    words = {w.lower().rstrip("s") if len(w) > 4 else w.lower() for w in re.findall(r"[a-z0-9]+", expanded, re.I)}
    return frozenset(w for w in words if w not in _GENERIC and w.rstrip("s") not in _GENERIC)


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5


# ---------------------------------------------------------------------------------------------
# Mention patterns

_S75 = re.compile(
    r"\b(?:section|s\.?)\s?75"
    r"(?:\s+(?:of\s+the\s+)?(?:National Health Services?|NHS)\s+Act(?:\s+2006)?)?"
    r"(?:\s+(?:partnership\s+)?(?:agreement|arrangement)s?(?:\(s\))?)?",
    re.I,
)
_S75_OTHER_ACT = re.compile(r"^\s+of\s+the\s+(?!National Health|NHS)[A-Z][\w ,&]*Act", re.I)
_BODY_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w&]*\s+|&\s+){0,4}(?:Board|Group|Committee|Meeting|Team|Officer|Manager|Lead)s?\b")
_PARTNERSHIP_AGREEMENT = re.compile(r"\bpartnership\s+agreement\b", re.I)
_POOLED = re.compile(r"\bpooled\s+(?:budget|fund)s?\b|\bpool\s+for\b|\b(?:Better Care Fund|BCF)\s+[Pp]ool\b|\bPool\s+\d\b",
                     re.I)
_BCF = re.compile(r"\b(?:improved\s+)?Better\s+Care\s+Fund\b|\bi?BCF\b")
_IAA = re.compile(r"\binter[- ]authority\s+agreements?\b", re.I)
_FRAMEWORK = re.compile(r"\b(?:Pseudo\s+|PSEUDO\s+)?[Ff]ramework(?:\s+[Aa]greement)?s?\b")
_FRAMEWORK_NOT = {"outcomes", "assurance", "policy", "performance", "governance", "accountability",
                  "competency", "strategic", "budget", "qualifications", "quality", "risk", "legal",
                  "legislative", "regulatory", "planning", "financial", "national", "reporting",
                  "improvement", "development", "single", "operating", "capability", "evaluation"}
_CONTRACT = re.compile(r"\bcontracts?\b", re.I)
_CONTRACT_NOT_AFTER = re.compile(
    r"^\s*(?:procedure|regulations?|rules|standing|management|manager|monitoring|team|terms?|"
    r"variations?|spend|values?|price|prices|officer|register|award\s+criteria|length|period)\b", re.I)
_DIRECT_AWARD = re.compile(r"\b(?:direct\s+award|awarded\s+(?:a\s+|the\s+)?contracts?|award\s+(?:of\s+)?(?:a\s+|the\s+)?contracts?)\b",
                           re.I)
_GRANT = re.compile(r"\bgrants?\b", re.I)
_GRANT_QUALIFIERS = re.compile(r"(?:\s*(?:\([A-Za-z]{2,8}\)|ring-fenced|revenue|capital|one-off|specific|annual))*\s*$",
                               re.I)

_SPACED_HEADER = re.compile(
    r"^[ \t]*(?:Provider|Supplier|Contractor|Organisation|Recipient)s?(?:\s+name)?\b[^\n\t]*"
    r"\b(?:[Cc]ontract|[Vv]alue|[Gg]rant)\b[^\n\t]*$", re.M)
_MONEY_IN_ROW = re.compile(r"£\s?\d|\d,\d{3}\.\d\d\b")
_DECISION_WORDING = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?That\s|\bRESOLVED\b|\b[Rr]esolved\s+(?:to|that)\b|\b[Rr]esolves\s+(?:to|that)\b")
_COMMISSIONED_AFTER = re.compile(
    r"^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:be|to\s+be|should\s+be|will\s+be)\s+(?:commissioned|appointed|engaged|contracted)\b")
_COMMISSION_BEFORE = re.compile(r"\b(?:commission|appoint|engage)(?:s|ing)?\s+(?:the\s+)?$", re.I)
_ENGAGE_UNNAMED = re.compile(
    r"\b(?:engages?|engaging|appoints?|appointing|procures?|procuring|commissions?|commissioning)\s+"
    r"(?:the\s+services\s+of\s+)?an?\s+((?:[\w-]+,?\s+){0,8}?"
    r"(?:company|contractor|consultants?|consultancy|firm|provider|supplier|agency|operator))\b")
_REVISED_FROM = re.compile(
    r"\bapprov\w*\s+the\s+(?:revised|amended|varied|updated)\s+(?:proposals?|arrangements?|specification|"
    r"delivery\s+(?:model|plan))\s+(?:from|with|by|of)\s+(?:the\s+)?", re.I)
_GRANT_SCHEDULE = re.compile(r"^[^\n]{0,40}\bgrants?\b[^\n]{0,30}\bapplications?\b[^\n.]{0,30}$|"
                             r"^[^\n]{0,40}\bapplications?\s+for\s+(?:\w+\s+){0,2}grants?\b[^\n.]{0,30}$", re.M | re.I)
_GRANT_DECISION = re.compile(
    r"(?:^|\t)[ \t]*(?:£\s?[\d,]+(?:\.\d\d)?\s+)?(?P<verdict>approved|agreed|awarded|granted|rejected|refused|declined|"
    r"deferred|not\s+approved|recommend(?:ed)?\s+approval)\b", re.M | re.I)
_NEXT_ITEM = re.compile(r"^\d{1,3}\.?[ \t]+[A-Z][^\n]{2,60}$|^[^\n]*\bresolves?\b[^\n]*\bexpenditure\b", re.M)
_CP_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:(?:award|allocation|funding|monies|money|payment)\s+)?(?:(?:that|which)\s+(?:is|are|was|were)\s+(?:currently\s+)?"
    r"(?:provided|delivered|held|run)\s+by|with|to|between|from|by)\s+(?:the\s+)?",
    re.I,
)


def _orgs_from(organisations: Iterable[OrganisationMention], doc: DocText) -> list[_Org]:
    orgs = []
    for org in organisations:
        start = doc.page_starts[org.evidence.page - 1] + org.evidence.start
        end = doc.page_starts[org.evidence.page - 1] + org.evidence.end
        orgs.append(_Org(start, end, org.name, org.org_type))
    return sorted(orgs, key=lambda o: o.start)


def _orgs_in(orgs: list[_Org], start: int, end: int) -> list[_Org]:
    return [o for o in orgs if o.start >= start and o.end <= end]


class _Reader:
    """Holds one document's text and inputs while mentions are found and read."""

    def __init__(self, doc: DocText, issuing_body: str | None, organisations: list[OrganisationMention],
                 amounts: list[Amount], dates: list[DateMention], recommendations: list[Recommendation]) -> None:
        self.doc = doc
        self.text = doc.text
        self.issuing_body = issuing_body
        self.sentences = split_sentences(self.text)
        self.acronyms = find_acronyms(self.text)
        self.orgs = [o for o in _orgs_from(organisations, doc)
                     if not self._is_issuer(o.name) and not self._names_a_service(o.name)]
        self.amounts = [(self._abs(a.evidence), a) for a in amounts]
        self.dates = [(self._abs(d.evidence), d) for d in dates]
        self.recs = [(self._abs(r.evidence), r) for r in recommendations]
        self.default_commissioner = self._dominant(COMMISSIONER_TYPES)
        self.default_trust = self._dominant({OrgType.NHS_TRUST, OrgType.NHS_FOUNDATION_TRUST})

    def _abs(self, evidence) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        base = self.doc.page_starts[evidence.page - 1]
        return base + evidence.start, base + evidence.end

    def _names_a_service(self, name: str) -> bool:
        """'ICES' defined as 'Integrated Community Equipment Service (ICES)' is what an agreement is about, not a party."""
        expansion = self.acronyms.get(name, "")
        return bool(re.search(r"\b(?:Service|Services|Scheme|Programme|Project|Contract|Agreement|Fund)$", expansion))

    def _is_issuer(self, name: str) -> bool:
        return bool(self.issuing_body) and _norm(name) == _norm(self.issuing_body or "")

    def _dominant(self, types: set[OrgType]) -> _Org | None:
        counts = Counter(o.name for o in self.orgs if o.org_type in types)
        if not counts:
            return None
        name = counts.most_common(1)[0][0]
        return next(o for o in self.orgs if o.name == name)

    # -- counterparties -------------------------------------------------------------------

    def counterparties_after(self, end: int) -> list[_Org]:
        """Organisations joined to a mention by 'with', 'to', 'between', 'provided by' ..."""
        match = _CP_AFTER.match(self.text[end:end + 80])
        if not match:
            return []
        found: list[_Org] = []
        pos = end + match.end()
        for org in self.orgs:
            if org.start < pos - 1:
                continue
            if org.start > pos + 2:
                break
            found.append(org)
            # "between A and B", "to A, B and C"
            tail = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,|and|&)\s*(?:the\s+)?", self.text[org.end:org.end + 40])
            if tail:
                pos = org.end + tail.end()
            else:
                break
        if not found:
            generic = self._generic_body(self.text[end + match.end():end + match.end() + 40])
            if generic:
                found.append(generic)
        return found

    def _generic_body(self, text: str) -> _Org | None:
        """'the CCG', 'the Clinical Commissioning Group', 'the Trust': the one the paper names."""
        if re.match(r"^(?:the\s+|local\s+)*(?:CCG|ICB|Clinical Commissioning Group|Integrated Care Board)\b", text, re.I):
            return self.default_commissioner
        if re.match(r"^(?:the\s+)?Trust\b", text):
            return self.default_trust
        return self._org_by_initials(text)

    def _org_by_initials(self, text: str) -> _Org | None:
        """'the DfE', 'DHSC': an undefined acronym whose initials spell an organisation the paper names."""
        match = re.match(r"^(?:the\s+)?([A-Z][A-Za-z]{1,7})\b", text)
        if not match or sum(c.isupper() for c in match.group(1)) < 2:
            return None
        letters = match.group(1).lower()
        for org in self.orgs:
            words = re.findall(r"[A-Za-z]+", org.name)
            spelled = {"".join(w[0] for w in words).lower(),
                       "".join(w[0] for w in words if w.lower() not in {"of", "and", "for", "the"}).lower()}
            if len(words) >= 2 and letters in spelled:
                return org
        return None

    def public_bodies_in(self, sentence: tuple[int, int]) -> list[_Org]:
        found = [o for o in _orgs_in(self.orgs, *sentence) if o.org_type in PUBLIC_BODY_TYPES]
        if not found:
            sentence_text = self.text[sentence[0]:sentence[1]]
            if re.search(r"\bthe\s+(?:local\s+)?(?:CCG|ICB|Clinical Commissioning Group|Integrated Care Board)\b",
                         sentence_text) and self.default_commissioner:
                found.append(self.default_commissioner)
        return found

    def in_rec(self, offset: int) -> tuple[int, int] | None:
        for span, _ in self.recs:
            if span[0] <= offset < span[1]:
                return span
        return None

    def parent_rec_text(self, offset: int) -> str | None:
        for index, (span, rec) in enumerate(self.recs):
            if span[0] <= offset < span[1] and rec.parent_label:
                for p_span, parent in reversed(self.recs[:index]):
                    if parent.label == rec.parent_label:
                        return parent.text
        return None

    # -- mentions -------------------------------------------------------------------------

    def mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        found += self._section_75()
        found += self._simple(_POOLED, K.POOLED_BUDGET)
        found += self._simple(_BCF, K.BETTER_CARE_FUND)
        found += self._simple(_IAA, K.INTER_AUTHORITY)
        found += self._frameworks()
        grants = self._grants()
        found += grants
        found += self._contracts()
        found += self._table_rows()
        found += self._spaced_table_rows()
        found += self._provider_lists()
        found += self._commissioned_providers()
        found += self._unnamed_procurements()
        found += self._revised_arrangements()
        found += self._grant_decisions()
        found = self._drop_overlaps(found)
        return sorted(found, key=lambda m: m.start)

    def _mention(self, kind: AgreementKind, start: int, end: int, subject: str | None = None) -> _Mention:
        sentence = _sentence_at(self.sentences, start)
        if subject is None:
            subject = self._subject_around(start, end, sentence)
        mention = _Mention(kind, start, end, sentence, subject)
        mention.counterparties = self.counterparties_after(end)
        if not mention.counterparties and kind in PARTNERSHIP_KINDS | {K.FRAMEWORK}:
            mention.counterparties = self.public_bodies_in(sentence)
        return mention

    def _subject_around(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        line_start = self.text.rfind("\n", 0, start) + 1
        if "\t" in self.text[line_start:start]:  # inside a table cell: the cell names it
            cell_start = self.text.rfind("\t", 0, start) + 1
        else:
            cell_start = max(sentence[0], line_start if "\t" in self.text[line_start:sentence[1]] else sentence[0])
        before = self.text[cell_start:start]
        via = re.search(r"([A-Z][\w’' &-]*?)\s+(?:through|via|under)\s+(?:an?|the)\s+$", before)
        if via:
            phrase = _phrase_before(self.text, cell_start + via.end(1))
            if phrase:
                return self._not_org(phrase, cell_start + via.end(1))
        if "\t" in self.text[line_start:start]:
            cell = self.text[cell_start:start].strip(" (-–\n")
            if re.search(r"[A-Za-z]{3}", cell):
                return cell
        phrase = _phrase_before(self.text, start)
        if phrase and self.text.rfind(phrase, 0, start) >= cell_start:
            phrase = self._not_org(phrase, start)
            if phrase:
                return phrase
        after = re.match(r"\s*(?:\([^)]*\)\s*)?for\s+(?:the\s+)?(?:community\s+)?", self.text[end:end + 60], re.I)
        if after:
            phrase = _phrase_after(self.text, end + after.end())
            if phrase and not re.match(r"^\d", phrase):
                return self._not_org(phrase, end + after.end() + len(phrase))
        return None

    def _not_org(self, phrase: str, phrase_end: int) -> str | None:
        start = phrase_end - len(phrase)
        if any(o.start <= start < o.end or start <= o.start < phrase_end for o in self.orgs):
            return None
        if self.issuing_body and _norm(phrase) == _norm(self.issuing_body):
            return None
        return phrase

    def _section_75(self) -> list[_Mention]:
        found = []
        for match in _S75.finditer(self.text):
            tail = self.text[match.end():match.end() + 120]
            if _S75_OTHER_ACT.match(tail) or _BODY_AFTER.match(tail):
                continue
            found.append(self._mention(K.SECTION_75, match.start(), match.end()))
        if found:  # "partnership agreement" names the s75 only in a paper about one
            for match in _PARTNERSHIP_AGREEMENT.finditer(self.text):
                found.append(self._mention(K.SECTION_75, match.start(), match.end()))
        return found

    def _simple(self, pattern: re.Pattern[str], kind: AgreementKind) -> list[_Mention]:
        found = []
        for match in pattern.finditer(self.text):
            if _BODY_AFTER.match(self.text[match.end():match.end() + 80]):
                continue
            found.append(self._mention(kind, match.start(), match.end()))
        return found

    def _frameworks(self) -> list[_Mention]:
        found = []
        for match in _FRAMEWORK.finditer(self.text):
            before = _phrase_before(self.text, match.start())
            words = before.split() if before else []
            lower_f = match.group().lower().startswith("framework") and match.group()[0] == "f"
            if words and words[-1].lower() in _FRAMEWORK_NOT:
                continue
            if lower_f and len(words) < 2:
                continue
            if not words and not re.match(r"(?:the|a|this)\s+$", self.text[max(0, match.start() - 5):match.start()], re.I):
                continue
            if _BODY_AFTER.match(self.text[match.end():match.end() + 80]):
                continue
            mention = self._mention(K.FRAMEWORK, match.start(), match.end(), before)
            found.append(mention)
        return found

    def _grants(self) -> list[_Mention]:
        found = []
        for match in _GRANT.finditer(self.text):
            before = self.text[max(0, match.start() - 120):match.start()]
            qualifiers = _GRANT_QUALIFIERS.search(before)
            subject_end = match.start() - (len(before) - qualifiers.start()) if qualifiers else match.start()
            subject = _phrase_before(self.text, subject_end)
            start = subject_end - len(subject) if subject else match.start()
            outwards = False
            after = re.match(r"\s*(?:issued\s+)?(?:to|for)\s+(?:the\s+)?(?:commissioned\s+)?", self.text[match.end():match.end() + 40])
            if not subject and after:
                subject = _phrase_after(self.text, match.end() + after.end())
                outwards = True
            if not subject:
                sentence = _sentence_at(self.sentences, match.start())
                clause_start = max(sentence[0], match.start() - 80)
                for phrase_match in reversed(list(re.finditer(r"[A-Z][\w’'&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w’'&-]*)+",
                                                              self.text[clause_start:match.start()]))):
                    subject = phrase_match.group()
                    break
            if subject and self._not_org(subject, self.text.find(subject, max(0, start - 200)) + len(subject)) is None:
                subject = None
            mention = self._mention(K.GRANT, start, match.end(), subject or "")
            mention.subject = subject
            mention.grant_outwards = outwards or bool(re.match(r"\s*(?:issued\s+)?to\b", self.text[match.end():match.end() + 20]))
            found.append(mention)
        return found

    def _contracts(self) -> list[_Mention]:
        found = []
        for match in _DIRECT_AWARD.finditer(self.text):
            mention = self._mention(K.CONTRACT, match.start(), match.end(), None)
            mention.subject = None
            mention.action = A.AWARD
            mention.rule = "agreements.direct_award"
            found.append(mention)
        for match in _CONTRACT.finditer(self.text):
            if _CONTRACT_NOT_AFTER.match(self.text[match.end():match.end() + 30]):
                continue
            if re.search(r"(?:award|awarded|award of)\s+(?:a\s+|the\s+)?$", self.text[max(0, match.start() - 20):match.start()], re.I):
                continue
            subject = _phrase_before(self.text, match.start())
            if subject:
                subject = self._not_org(subject, match.start())
            mention = self._mention(K.CONTRACT, match.start() - (len(subject) + 1 if subject else 0), match.end(), subject)
            mention.subject = subject
            if not subject and not mention.counterparties:
                continue  # "the contract" alone names nothing
            found.append(mention)
        return found

    def _table_rows(self) -> list[_Mention]:
        """Rows of a provider | service | value table: one contract (or grant) per row."""
        found = []
        lines = list(re.finditer(r"[^\n]*\n?", self.text))
        provider_col: int | None = None
        service_col = 1
        for line in lines:
            raw = line.group().rstrip("\n")
            if "\t" not in raw:
                if raw.strip():
                    provider_col = None
                continue
            cells = raw.split("\t")
            lowered = [c.strip().lower() for c in cells]
            header = [i for i, c in enumerate(lowered) if re.match(r"^(provider|supplier|contractor|organisation)s?(?:\s+name)?$", c)]
            if header and any(re.search(r"contract|grant|service|value", c) for c in lowered):
                provider_col = header[0]
                service_col = next((i for i, c in enumerate(lowered) if re.search(r"contract|grant|service", c)
                                    and i != provider_col), provider_col + 1)
                continue
            if provider_col is None or provider_col >= len(cells) or service_col >= len(cells):
                continue
            provider = cells[provider_col].strip()
            service = cells[service_col].strip()
            if not re.search(r"[A-Za-z]", provider) or not service or re.search(r"\btotal\b", raw, re.I) \
                    or not re.search(r"£\s?\d|\d[\d,]*\.\d\d", raw):
                continue
            cell_start = line.start() + sum(len(c) + 1 for c in cells[:provider_col])
            row_end = line.start() + len(raw)
            kind = K.GRANT if re.search(r"\bgrant\b", service, re.I) else K.CONTRACT
            mention = _Mention(kind, cell_start, row_end, (line.start(), row_end), service, closed=True,
                               rule="agreements.table_row")
            orgs = _orgs_in(self.orgs, cell_start, cell_start + len(cells[provider_col]))
            mention.counterparties = orgs[:1]
            if not orgs:
                mention.party_name = provider
            found.append(mention)
        return found

    def _spaced_table_rows(self) -> list[_Mention]:
        """A provider table whose PDF text lost its column breaks: 'Provider Area End Date Value' then 'Acme Town 31/03/2025 £9'."""
        found: list[_Mention] = []
        for header in _SPACED_HEADER.finditer(self.text):
            kind = K.GRANT if re.search(r"\bgrant", header.group(), re.I) else K.CONTRACT
            end_column = bool(re.search(r"\b(?:end|expiry)\s+date\b|\bexpires?\b", header.group(), re.I))
            pos = header.end() + 1
            rows: list[tuple[int, int]] = []
            for line in re.finditer(r"[^\n]*\n?", self.text[pos:pos + 3000]):
                row = line.group().rstrip("\n")
                if not _MONEY_IN_ROW.search(row) or "\t" in row:
                    break
                rows.append((pos + line.start(), pos + line.start() + len(row)))
            block = (header.start(), rows[-1][1]) if rows else None
            for row_start, row_end in rows:
                row = self.text[row_start:row_end]
                if re.match(r"\s*(?:sub-?)?totals?\b", row, re.I):
                    continue
                provider = self._provider_cell(row, block)  # type: ignore[arg-type]
                if not provider:
                    continue  # better to miss a row than to name a provider wrongly
                mention = _Mention(kind, row_start, row_end, (row_start, row_end), None, closed=True,
                                   rule="agreements.table_row")
                orgs = _orgs_in(self.orgs, row_start, row_start + len(provider))
                mention.counterparties = orgs[:1]
                if not orgs:
                    mention.party_name = provider
                day_dates = [d.value for (d_start, _), d in self.dates
                             if row_start <= d_start < row_end and d.precision == DatePrecision.DAY]
                if end_column and len(set(day_dates)) == 1:
                    mention.end_hint = day_dates[0]
                found.append(mention)
        return found

    def _provider_cell(self, row: str, block: tuple[int, int]) -> str | None:
        """The row's leading title-case words, cut where the name the paper uses elsewhere ends."""
        words = []
        for word in row.split():
            if not _is_title_word(word) or re.search(r"\d|£", word):
                break
            words.append(word)
        outside = self.text[:block[0]] + "\n" + self.text[block[1]:]
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if re.search(r"(?<![\w-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w-])", outside):
                return name
        return None

    def is_decision(self, sentence: tuple[int, int]) -> bool:
        """A recommendation or resolution: found by the recommendations extractor, or worded as one."""
        return bool(self.in_rec(sentence[0]) or self.in_rec(max(sentence[0], sentence[1] - 2))
                    or _DECISION_WORDING.search(self.text[sentence[0]:sentence[1]]))

    def _commissioned_providers(self) -> list[_Mention]:
        """'That Acme Ltd be commissioned to ...', 'to appoint Acme Ltd to ...': a contract awarded to a named body."""
        found = []
        for org in self.orgs:
            after = _COMMISSIONED_AFTER.match(self.text[org.end:org.end + 60])
            before = _COMMISSION_BEFORE.search(self.text[max(0, org.start - 40):org.start])
            if not after and not before:
                continue
            sentence = _sentence_at(self.sentences, org.start)
            if before and not self.is_decision(sentence):
                continue  # "we commissioned X last year" is history, not a decision
            end = org.end + (after.end() if after else 0)
            mention = _Mention(K.CONTRACT, org.start, end, sentence, None, [org], action=A.AWARD,
                               rule="agreements.commissioned_provider")
            found.append(mention)
        return found

    def _unnamed_procurements(self) -> list[_Mention]:
        """'That the Council engages the services of a specialist events company': a contract still to be procured."""
        found = []
        for match in _ENGAGE_UNNAMED.finditer(self.text):
            sentence = _sentence_at(self.sentences, match.start())
            if not self.is_decision(sentence):
                continue
            subject = " ".join(match.group(1).split())
            found.append(_Mention(K.CONTRACT, match.start(), match.end(), sentence, subject, closed=True,
                                  action=A.PROCURE, rule="agreements.unnamed_procurement"))
        return found

    def _revised_arrangements(self) -> list[_Mention]:
        """'RESOLVED to approve the revised proposal from Acme Trust': a change to what a named body delivers."""
        found = []
        for match in _REVISED_FROM.finditer(self.text):
            orgs = [o for o in self.orgs if match.end() - 1 <= o.start <= match.end() + 1]
            sentence = _sentence_at(self.sentences, match.start())
            if not orgs or not self.is_decision(sentence):
                continue
            found.append(_Mention(K.CONTRACT, match.start(), orgs[0].end, sentence, None, orgs[:1], closed=True,
                                  action=A.VARY, rule="agreements.revised_arrangement"))
        return found

    def _grant_decisions(self) -> list[_Mention]:
        """A schedule of grant applications with a decision per applicant: each approval is a grant awarded."""
        found: list[_Mention] = []
        for heading in _GRANT_SCHEDULE.finditer(self.text):
            section_end = self._section_end(heading.end())
            decisions = list(_GRANT_DECISION.finditer(self.text, heading.end(), section_end))
            previous = heading.end()
            for decision in decisions:
                applicants = [o for o in self.orgs if previous <= o.start < decision.start()
                              and re.search(r"(?:^|\n|\t)[ \t]*$", self.text[max(0, o.start - 5):o.start])]
                previous = decision.end()
                verdict = decision.group("verdict").lower()
                if not applicants or not re.match(r"approv|agreed|award|grant|recommend", verdict):
                    continue  # rejected, refused or deferred: no grant
                cell = applicants[0]
                # The fullest written form: 'Moor Hall School' in the cell, 'Moor Hall Primary School' in the text.
                fuller = [o for o in applicants if set(cell.name.split()) < set(o.name.split())]
                party = fuller[0] if fuller else cell
                referred = verdict.startswith("recommend")
                line_end = self.text.find("\n", decision.end())
                row_end = line_end if line_end != -1 else decision.end()
                summary = re.sub(r"\s+", " ", self.text[cell.end:decision.start()]).strip()
                summary = re.split(r"(?<=[.!?])\s", summary)[0][:120]
                mention = _Mention(K.GRANT, cell.start, row_end, (cell.start, row_end), summary or None, [party],
                                   closed=True, action=A.OTHER if referred else A.AWARD,
                                   grant_outwards=True, rule="agreements.grant_decision")
                found.append(mention)
        return found

    def _section_end(self, start: int) -> int:
        """Where the next numbered agenda item or the closing resolution of a schedule begins."""
        limit = min(len(self.text), start + 30000)
        ends = [m.start() for m in _NEXT_ITEM.finditer(self.text, start, limit)]
        return ends[0] if ends else limit

    def _provider_lists(self) -> list[_Mention]:
        """'... following a procurement exercise ... is delivered by A (x), B (y) and C (z)': awards."""
        found = []
        for match in re.finditer(r"\b(?:delivered|provided)\s+by\s+", self.text):
            sentence = _sentence_at(self.sentences, match.start())
            paragraph_start = max(0, self.text.rfind("\n", 0, sentence[0]))
            context = self.text[paragraph_start:sentence[1]]
            if not re.search(r"procurement exercise|tender|\bawarded\b", context, re.I):
                continue
            pos = match.end()
            for org in self.orgs:
                if org.start < pos - 1 or org.end > sentence[1]:
                    continue
                if org.start > pos + 2:
                    break
                mention = _Mention(K.CONTRACT, org.start, org.end, sentence, None, [org],
                                   closed=True, action=A.AWARD, rule="agreements.provider_list")
                note = re.match(r"\s*\(([^)]{2,80})\)", self.text[org.end:org.end + 90])
                service = re.search(r"(?:the\s+)?((?:[A-Z][\w’'&-]*\s+|and\s+)+Service)\b", context)
                mention.subject = " - ".join(p for p in (service.group(1) if service else None,
                                                         note.group(1) if note else None) if p) or None
                found.append(mention)
                tail = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,|and|&)\s*(?:the\s+)?", self.text[org.end:org.end + 100])
                if not tail:
                    break
                pos = org.end + tail.end()
        return found

    def _drop_overlaps(self, mentions: list[_Mention]) -> list[_Mention]:
        """One mention per span; pooled budgets named beside an s75/BCF belong to that agreement."""
        kept: list[_Mention] = []
        priority = {K.GRANT: 0, K.INTER_AUTHORITY: 1, K.FRAMEWORK: 2, K.SECTION_75: 3, K.BETTER_CARE_FUND: 4,
                    K.POOLED_BUDGET: 5, K.CONTRACT: 6}
        closed_spans = [(m.start, m.end) for m in mentions if m.closed]
        for mention in sorted(mentions, key=lambda m: (0 if m.closed else 1, priority.get(m.kind, 9), m.start)):
            if not mention.closed and any(s <= mention.start < e for s, e in closed_spans):
                continue
            if any(k.start < mention.end and mention.start < k.end for k in kept if not mention.closed):
                continue
            kept.append(mention)
        by_sentence: dict[tuple[int, int], set[AgreementKind]] = {}
        for mention in kept:
            by_sentence.setdefault(mention.sentence, set()).add(mention.kind)
        result = []
        for mention in kept:
            kinds = by_sentence[mention.sentence]
            if mention.kind == K.POOLED_BUDGET and not mention.subject and kinds & {K.SECTION_75, K.BETTER_CARE_FUND}:
                continue
            result.append(mention)
        return result


def _norm(name: str) -> str:
    text = name.lower().replace("&", " and ")
    text = re.sub(r"\bccg\b", "clinical commissioning group", text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in {"the", "nhs", "of"}]
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
# Grouping


def group_mentions(mentions: list[_Mention], acronyms: dict[str, str], reader: _Reader | None = None) -> list[_Group]:
    """Mentions sharing a kind and a subject or counterparty form one agreement; the rest attach nearby."""
    keyed = [m for m in mentions if m.subject or m.counterparties or m.closed]
    unkeyed = [m for m in mentions if m not in keyed]
    # An unkeyed mention borrows a subject named by another mention of its sentence.
    for mention in unkeyed:
        subjects = {m.subject for m in keyed
                    if m.sentence == mention.sentence and m.subject and not m.closed and m.kind != mention.kind}
        if len(subjects) == 1:
            mention.subject = subjects.pop()
        elif reader is not None:
            parent = reader.parent_rec_text(mention.start)
            if parent and subject_key(parent, acronyms):
                mention.subject = parent
    keyed = [m for m in mentions if m.subject or m.counterparties or m.closed]
    unkeyed = [m for m in mentions if m not in keyed]

    parent = list(range(len(keyed)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [subject_key(m.subject, acronyms) for m in keyed]
    for i, a in enumerate(keyed):
        if a.closed:
            continue
        for j in range(i):
            b = keyed[j]
            if b.closed or a.kind != b.kind:
                continue
            shared_party = {o.name for o in a.counterparties} & {o.name for o in b.counterparties}
            if same_subject(keys[i], keys[j]) or (shared_party and not (keys[i] and keys[j] and not same_subject(keys[i], keys[j]))):
                parent[find(i)] = find(j)
    groups: dict[int, _Group] = {}
    for i, mention in enumerate(keyed):
        groups.setdefault(find(i), _Group(mention.kind, [])).mentions.append(mention)
    result = list(groups.values())
    open_groups = [g for g in result if not g.mentions[0].closed]
    established = [g for g in open_groups if reader is None or _established(reader, g)]
    for mention in unkeyed:
        target = _group_by_heading(mention, established, acronyms, reader) if reader else None
        target = target or _nearest_group(mention, established, mention.kind) or _nearest_group(mention, open_groups, mention.kind)
        if target is None and mention.kind == K.POOLED_BUDGET:
            target = _nearest_group(mention, open_groups, K.SECTION_75)
        if target is None:
            if mention.kind in {K.CONTRACT, K.GRANT}:
                continue
            target = _Group(mention.kind, [])
            result.append(target)
            open_groups.append(target)
        target.mentions.append(mention)
    s75 = [g for g in result if g.kind == K.SECTION_75]
    for group in [g for g in result if g.kind == K.POOLED_BUDGET and not any(m.subject for m in g.mentions)]:
        if s75:  # "the pooled budget" in a paper about an s75 is that agreement's pool
            _nearest_group(group.mentions[0], s75, K.SECTION_75).mentions.extend(group.mentions)  # type: ignore[union-attr]
            result.remove(group)
    for group in result:
        group.mentions.sort(key=lambda m: m.start)
    return result


_HEADING = re.compile(r"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+|[a-z]\)[ \t]+)?([A-Z][^\n.;:]{2,80})[ \t]*$", re.M)


def _established(reader: _Reader, group: _Group) -> bool:
    return any(m.counterparties or m.closed or reader.in_rec(m.start) for m in group.mentions)


def _group_by_heading(mention: _Mention, groups: list[_Group], acronyms: dict[str, str], reader: _Reader) -> _Group | None:
    """An unkeyed mention under a heading naming one agreement's subject belongs to that agreement."""
    headings = [m for m in _HEADING.finditer(reader.text, max(0, mention.start - 6000), mention.start)
                if m.end() < mention.sentence[0] and subject_key(m.group(1), acronyms)]
    if not headings:
        return None
    key = subject_key(headings[-1].group(1), acronyms)
    matches = [g for g in groups if g.kind == mention.kind
               and any(same_subject(key, subject_key(m.subject, acronyms)) for m in g.mentions if m.subject)]
    return matches[0] if len(matches) == 1 else None


def _nearest_group(mention: _Mention, groups: list[_Group], kind: AgreementKind) -> _Group | None:
    best: tuple[int, _Group] | None = None
    for group in groups:
        if group.kind != kind:
            continue
        for other in group.mentions:
            distance = mention.start - other.start
            distance = distance if distance >= 0 else 3 * -distance  # what came before names it first
            if best is None or distance < best[0]:
                best = (distance, group)
    return best[1] if best else None


# ---------------------------------------------------------------------------------------------
# Actions and dates

_ACTION_PATTERNS: list[tuple[AgreementAction, re.Pattern[str]]] = [
    (A.TERMINATE, re.compile(r"\b(?:not\s+(?:to\s+)?renew\w*|terminat\w*|decommission\w*|not\s+(?:be\s+)?re-?commission\w*|cease\w*|bring\s+to\s+an\s+end)\b", re.I)),
    (A.RENEW, re.compile(r"(?<!not )(?<!not to )\b(?:renew\w*|replac\w*\s+the\s+(?:current|existing))\b", re.I)),
    (A.EXTEND, re.compile(r"\b(?:extend|extended|extending|extends|extension)\b", re.I)),
    (A.VARY, re.compile(r"\b(?:vary|varied|varies|varying|variations?)\b", re.I)),
    (A.AWARD, re.compile(r"(?<!pay )\b(?:award|awarded|awarding)\b", re.I)),
    (A.PROCURE, re.compile(r"\b(?:procure|procured|procuring|procurement\s+of|re-?procure\w*|tender\w*|go(?:ing)?\s+out\s+to\s+(?:tender|market))\b", re.I)),
    (A.NEW, re.compile(r"\b(?:enter\w*\s+into|entering|creat\w*|establish\w*|set\s+up|draw\w*\s+up|put\s+in\s+place|"
                       r"new\s+(?:\w+\s+){0,3}(?:agreements?|pools?|pooled|section|s75|contracts?|frameworks?|arrangements?))\b", re.I)),
    (A.DELEGATE, re.compile(r"\bdelegat\w*\s+(?:\w+\s+){0,4}to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:Director|Officer|Head|Member|Chief)", re.I)),
    (A.NOTE, re.compile(r"\bnot(?:e|ed|ing)\b", re.I)),
]
_PRIORITY = [a for a, _ in _ACTION_PATTERNS]
_PROPOSAL = re.compile(r"\b(?:propos\w*|seek\w*|recommend\w*|asked\s+to|approv\w*|request\w*|intend\w*|wish\s+to|"
                       r"plan(?:ned)?\s+to|will\s+be|is\s+to\s+be|are\s+to\s+be|to\s+be)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been|since\s+(?:19|20)\d\d|last\s+year|previously|originally|in\s+(?:19|20)\d\d)\b", re.I)
_EXISTING = re.compile(r"\b(?:current|existing|long-standing|since\s+(?:19|20)\d\d|has\s+been\s+in\s+place|previous)\b", re.I)
_DESCRIPTIVE_TERMINATION = re.compile(r"notice", re.I)
_END_CUE = re.compile(r"(?:\bto|\buntil|\btill|\bending(?:\s+on)?|\bends?(?:\s+on)?|\bexpir\w*(?:\s+on)?|\bthrough(?:\s+to)?|"
                      r"\bup\s+to\s+and\s+including)\s+(?:on\s+)?(?:the\s+)?$", re.I)
_START_CUE = re.compile(r"(?:\bfrom|\bcommenc\w*(?:\s+on)?|\bstart\w*(?:\s+on)?|\bbegan(?:\s+on)?|\bbegin\w*(?:\s+on)?|"
                        r"\beffective(?:\s+from)?|\bwith\s+effect\s+from|\bw\.e\.f\.?)\s+(?:on\s+)?(?:the\s+)?$", re.I)
_VERB_REACH = 100  # a verb this far from a mention in its sentence still speaks of it


@dataclass
class _Vote:
    action: AgreementAction
    weight: float
    sentence: tuple[int, int]


def _sentence_weight(reader: _Reader, sentence: tuple[int, int], offset: int) -> float:
    if reader.in_rec(offset):
        return 4.0
    text = reader.text[sentence[0]:sentence[1]]
    if _PAST.search(text):  # what was done before is background, even beside "need to be"
        return 0.5
    if _PROPOSAL.search(text):
        return 2.0
    return 1.0


def _votes(reader: _Reader, group: _Group, all_mentions: list[_Mention]) -> list[_Vote]:
    votes: list[_Vote] = []
    seen: set[tuple[int, int]] = set()
    for mention in group.mentions:
        if mention.action:
            votes.append(_Vote(mention.action, 1.0, mention.sentence))
        if mention.sentence in seen:
            continue
        seen.add(mention.sentence)
        s_start, s_end = mention.sentence
        text = reader.text[s_start:s_end]
        weight = _sentence_weight(reader, mention.sentence, mention.start)
        others = [m for m in all_mentions if m.sentence == mention.sentence]
        mine = [m for m in group.mentions if m.sentence == mention.sentence]
        for action, pattern in _ACTION_PATTERNS:
            for match in pattern.finditer(text):
                if any(v.action == action and v.sentence == mention.sentence for v in votes):
                    break  # one vote per action per sentence
                if action == A.TERMINATE and _DESCRIPTIVE_TERMINATION.search(text):
                    continue
                v_start, v_end = s_start + match.start(), s_start + match.end()
                if any(m.start <= v_start < m.end for m in others if m not in mine):
                    continue
                distance = {id(m): _distance(m, v_start, v_end) for m in others}
                nearest = min(distance.values())
                if any(distance[id(m)] == nearest or distance[id(m)] <= _VERB_REACH for m in mine):
                    votes.append(_Vote(action, weight, mention.sentence))
    return votes + _recommendation_votes(reader, group)


_REC_ACTIONS = [(a, p) for a, p in _ACTION_PATTERNS if a not in {A.DELEGATE, A.NOTE}]


def _recommendation_votes(reader: _Reader, group: _Group) -> list[_Vote]:
    """A table row's provider named in a recommendation takes that recommendation's action ('not to renew X')."""
    if not any(m.closed for m in group.mentions):
        return []
    names = {m.party_name for m in group.mentions if m.party_name}
    names |= {o.name for m in group.mentions for o in m.counterparties}
    votes: list[_Vote] = []
    for span, _ in reader.recs:
        text = reader.text[span[0]:span[1]]
        if any(s <= span[0] < e for m in group.mentions for s, e in [m.sentence]):
            continue  # the row's own sentence has voted already
        if not any(re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) for name in names):
            continue
        for action, pattern in _REC_ACTIONS:
            if pattern.search(text) and not (action == A.TERMINATE and _DESCRIPTIVE_TERMINATION.search(text)):
                votes.append(_Vote(action, 4.0, span))
    return votes


def _distance(mention: _Mention, start: int, end: int) -> int:
    if end <= mention.start:
        return mention.start - end
    if start >= mention.end:
        return start - mention.end
    return 0


def choose_action(votes: list[_Vote], has_existing: bool) -> tuple[AgreementAction, float]:
    """The action with most weight; a 'new' agreement that replaces a current one counts (half) as renew."""
    totals: dict[AgreementAction, float] = {}
    for vote in votes:
        action, weight = vote.action, vote.weight
        if action == A.NEW and has_existing:
            action, weight = A.RENEW, weight / 2
        totals[action] = totals.get(action, 0.0) + weight
    if not totals:
        return A.NOTE, 0.0
    rank = {action: index for index, action in enumerate(_PRIORITY)}
    best = max(totals.items(), key=lambda kv: (kv[1], -rank.get(kv[0], len(rank))))
    return best[0], best[1]


def _group_dates(reader: _Reader, group: _Group, action: AgreementAction) -> tuple[date | None, date | None]:
    """Start and end dates cued by 'from'/'to' in the group's sentences, strongest sentence first."""
    candidates: dict[str, list[tuple[float, int, int, date]]] = {"start": [], "end": []}
    seen: set[tuple[int, int]] = set()
    for mention in group.mentions:
        if mention.sentence in seen:
            continue
        seen.add(mention.sentence)
        s_start, s_end = mention.sentence
        text = reader.text[s_start:s_end]
        if action in {A.NEW, A.RENEW} and _EXISTING.search(text) and not reader.in_rec(mention.start):
            continue  # the dates of the agreement being replaced
        weight = _sentence_weight(reader, mention.sentence, mention.start)
        for (d_start, d_end), mention_date in reader.dates:
            if not (s_start <= d_start < s_end) or mention_date.precision != DatePrecision.DAY:
                continue
            before = reader.text[max(s_start, d_start - 40):d_start]
            role = "end" if _END_CUE.search(before) else "start" if _START_CUE.search(before) else None
            if role is None and mention_date.role in {DateRole.START, DateRole.END} and not re.search(r"\bby\s+$", before):
                role = mention_date.role.value
            if role is None:
                continue
            follows = 0 if d_start >= mention.end else 1
            candidates[role].append((-weight, follows, abs(d_start - mention.end), mention_date.value))
    start = min(candidates["start"])[3] if candidates["start"] else None
    end = min(candidates["end"])[3] if candidates["end"] else None
    if end is None:
        end = next((m.end_hint for m in group.mentions if m.end_hint), None)
    if action in {A.EXTEND, A.VARY, A.NOTE, A.TERMINATE}:
        start = None  # the start of a running agreement is not what the paper decides
    if start and end and end < start:
        start = None
    return start, end


# ---------------------------------------------------------------------------------------------
# Building the records


def _names_existing(reader: _Reader, mention: _Mention) -> bool:
    """'our current partnership agreement', 'the existing contract', 'a Section 75 Agreement ... since 2003'."""
    before = reader.text[max(mention.sentence[0], mention.start - 40):mention.start]
    after = reader.text[mention.end:min(mention.sentence[1], mention.end + 80)]
    return bool(re.search(r"\b(?:current|existing|long-standing)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
                or re.search(r"\b(?:since\s+(?:19|20)\d\d|has\s+been\s+in\s+place|ends\s+on|expires)\b", after, re.I))


def _significant(reader: _Reader, group: _Group, best_weight: float) -> bool:
    """A paper deals with an agreement when it names a party, recommends on it or states what happens."""
    if any(m.closed for m in group.mentions):
        return True
    if any(m.counterparties for m in group.mentions):
        return True
    if any(reader.in_rec(m.start) for m in group.mentions):
        return True
    if group.kind == K.GRANT:  # a grant named twice by its own subject, not by passing "grant" words nearby
        return len({m.sentence for m in group.mentions if subject_key(m.subject, reader.acronyms)}) >= 2
    return best_weight >= 2.0 and group.kind != K.CONTRACT


def _subject(group: _Group, parties: list[AgreementParty]) -> str:
    subjects = [m.subject for m in group.mentions if m.subject]
    if subjects:
        subject = Counter(subjects).most_common(1)[0][0]
        longest = max(subjects, key=len)
        return " ".join((longest if subject_key(longest, {}) >= subject_key(subject, {}) else subject).split())
    label = {K.SECTION_75: "Section 75 agreement", K.POOLED_BUDGET: "pooled budget", K.BETTER_CARE_FUND: "Better Care Fund",
             K.CONTRACT: "contract", K.FRAMEWORK: "framework", K.GRANT: "grant",
             K.INTER_AUTHORITY: "Inter-Authority Agreement"}.get(group.kind, "agreement")
    others = [p.name for p in parties[1:]]
    return f"{label} with {', '.join(others)}" if others else label


def _parties(reader: _Reader, group: _Group) -> list[AgreementParty]:
    text = " ".join(reader.text[m.sentence[0]:m.sentence[1]] for m in group.mentions)
    parties: list[AgreementParty] = []
    if reader.issuing_body:
        if group.kind == K.GRANT:
            role = PartyRole.GRANTOR if any(m.grant_outwards for m in group.mentions) else PartyRole.RECIPIENT
        elif re.search(r"\blead[- ]commissioner\b", text, re.I):
            role = PartyRole.LEAD_COMMISSIONER
        elif group.kind in {K.CONTRACT, K.FRAMEWORK}:
            role = PartyRole.COMMISSIONER
        else:
            role = PartyRole.PARTNER
        parties.append(AgreementParty(name=reader.issuing_body, role=role))
    names: list[str] = []
    for mention in group.mentions:
        names += [o.name for o in mention.counterparties]
        if mention.party_name:
            names.append(mention.party_name)
    counted = Counter(names)
    other_role = PartyRole.PROVIDER if group.kind == K.CONTRACT else (
        PartyRole.RECIPIENT if group.kind == K.GRANT else PartyRole.PARTNER)
    for name, _ in counted.most_common():
        if not any(_norm(name) == _norm(p.name) for p in parties):
            parties.append(AgreementParty(name=name, role=other_role))
    return parties


def _values(reader: _Reader, group: _Group) -> tuple[Decimal, ...]:
    values: list[Decimal] = []
    for mention in group.mentions:
        if not (mention.closed or group.kind in {K.CONTRACT, K.GRANT}):
            continue
        s_start, s_end = mention.sentence
        for (a_start, _), amount in reader.amounts:
            if s_start <= a_start < s_end and amount.value_gbp not in values:
                values.append(amount.value_gbp)
        if mention.closed and not values:
            for match in re.finditer(r"£\s?([\d,]+(?:\.\d{1,2})?)", reader.text[s_start:s_end]):
                values.append(Decimal(match.group(1).replace(",", "")))
    return tuple(values[:5])


def _statutory_basis(reader: _Reader, group: _Group) -> str | None:
    if group.kind != K.SECTION_75:
        return None
    for mention in group.mentions:
        if re.search(r"(?:National Health Services?|NHS)\s+Act(?:\s+2006)?", reader.text[mention.sentence[0]:mention.sentence[1]]):
            return "NHS Act 2006 s75"
    return None


def extract_agreements(
    doc: DocText,
    collect: Collector,
    issuing_body: str | None,
    organisations: list[OrganisationMention],
    amounts: list[Amount],
    dates: list[DateMention],
    recommendations: list[Recommendation],
) -> list[Agreement]:
    """One Agreement per distinct arrangement the paper deals with, in the order the paper first names them."""
    reader = _Reader(doc, issuing_body, organisations, amounts, dates, recommendations)
    mentions = reader.mentions()
    groups = group_mentions(mentions, reader.acronyms, reader)
    chosen: list[tuple[_Group, AgreementAction, float]] = []
    for group in groups:
        votes = _votes(reader, group, mentions)
        if group.kind == K.GRANT and not any(m.grant_outwards or m.closed for m in group.mentions):
            # A grant the issuing body receives is awarded by the other party, not decided by this paper.
            votes = [v for v in votes if v.action != A.AWARD]
        # Legal agreements and contracts are renewed; pools and frameworks are created anew.
        has_existing = group.kind in {K.SECTION_75, K.CONTRACT} and any(_names_existing(reader, m) for m in group.mentions)
        action, weight = choose_action(votes, has_existing)
        if group.mentions[0].closed and group.mentions[0].action:
            action = group.mentions[0].action
        if not _significant(reader, group, max((v.weight for v in votes), default=0.0)):
            continue
        chosen.append((group, action, weight))
    chosen = _inherit_actions(reader, chosen)
    records: list[Agreement] = []
    for group, action, weight in sorted(chosen, key=lambda c: _order_key(reader, c[0])):
        parties = _parties(reader, group)
        start, end = _group_dates(reader, group, action)
        first = group.mentions[0]
        evidence_end = max(first.end, min(first.sentence[1], first.start + 300))
        confidence = 0.5 + min(0.4, 0.1 * weight) if weight else 0.5
        agreement = collect.build(
            Agreement,
            evidence=doc.evidence(min(first.start, first.sentence[0]) if first.closed else first.start, evidence_end),
            confidence=round(confidence, 2),
            rule=first.rule if first.closed else f"agreements.{group.kind.value}",
            kind=group.kind,
            subject=_subject(group, parties),
            parties=tuple(parties),
            action=action,
            start_date=start,
            end_date=end,
            statutory_basis=_statutory_basis(reader, group),
            values_gbp=_values(reader, group),
        )
        if agreement is not None:
            records.append(agreement)
    return records


def _inherit_actions(reader: _Reader, chosen: list[tuple[_Group, AgreementAction, float]]) -> list[tuple[_Group, AgreementAction, float]]:
    """Pools and BCF with no action of their own follow their s75; table rows follow their framework."""
    s75 = [c for c in chosen if c[0].kind == K.SECTION_75 and c[2] > 0]
    frameworks = [c for c in chosen if c[0].kind == K.FRAMEWORK and c[2] > 0]
    result = []
    for group, action, weight in chosen:
        if weight == 0 and group.kind in {K.POOLED_BUDGET, K.BETTER_CARE_FUND} and s75:
            parent = min(s75, key=lambda c: abs(c[0].mentions[0].start - group.mentions[0].start))
            action = parent[1]
        elif group.mentions[0].rule == "agreements.table_row" and frameworks:
            caption = reader.text[max(0, group.mentions[0].start - 1500):group.mentions[0].start]
            if re.search(r"\bframework\b", caption, re.I):
                parent = min(frameworks, key=lambda c: abs(c[0].mentions[0].start - group.mentions[0].start))
                action = parent[1]
        result.append((group, action, weight))
    return result


def _order_key(reader: _Reader, group: _Group) -> tuple[int, int]:
    """Agreements the paper acts on in document order, then those only noted in tables and logs."""
    first = group.mentions[0]
    only_log = all(m.sentence == first.sentence for m in group.mentions) and "\t" in reader.text[first.sentence[0]:first.sentence[1]] \
        and not first.closed
    return (1 if only_log else 0, first.start)
