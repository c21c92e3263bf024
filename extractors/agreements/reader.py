"""One paper's text and the other extractors' findings, with the look-ups agreement rules share."""

from __future__ import annotations

import re
from collections import Counter

from extractors.acronyms import find_acronyms, initials
from extractors.agreements.records import (
    COMMISSIONER_TYPES,
    PARTNERSHIP_KINDS,
    PUBLIC_BODY_TYPES,
    K,
    Mention,
    OrgSpan,
    org_spans,
    orgs_within,
)
from extractors.agreements.sentences import sentence_at, split_sentences
from extractors.agreements.subjects import phrase_after, phrase_before
from extractors.bodies import name_key
from extractors.doctext import DocText
from schemas import (
    AgreementKind,
    Amount,
    DateMention,
    Evidence,
    OrganisationMention,
    OrgType,
    Recommendation,
)

_MADE_TO = re.compile(r"\s+(?:is|be|was|to\s+be)\s+(?:made|given|awarded)(?=\s+to\b)")
_CP_AFTER = re.compile(
    # An aside may stand between: "(ICES)", "the leisure contract (with the London Boroughs of A and B) with X Ltd".
    r"^\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:(?:award|allocation|funding|monies|money|payment)\s+)?"
    # "... agreement for up to two years with partners, NHS England": its term, and the partner named in apposition.
    r"(?:for\s+(?:up\s+to\s+|a\s+further\s+|a\s+period\s+of\s+)?[\w-]+\s+(?:years?|months?)\s+(?=with\b))?"
    r"(?:(?:that|which)\s+(?:is|are|was|were)\s+(?:currently\s+)?"
    r"(?:provided|delivered|held|run)\s+by|(?:(?:held|made|in\s+place)\s+)?with"
    # "with our partners, NHS England", "the existing contract with the current provider, Welbeing"
    r"(?:\s+(?:our\s+|its\s+|the\s+)?(?:(?:current|existing|incumbent)\s+)?"
    r"(?:partners?|providers?|suppliers?|contractors?),)?|"
    r"to|between|from|by)\s+(?:the\s+)?",
    re.I,
)
# An NHS body written so its kind shows: 'LPFT' (an acronym ending in FT), 'Barset City CCG', 'Wessex Foundation Trust'.
_NHS_BODY = re.compile(
    r"(?P<name>[A-Z]{2,6}FT|(?:[A-Z][\w'’&-]*\s+){1,6}(?:CCG|ICB|PCT|NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust))"
    r"(?![\w/-])")
_NHS_BODY_TYPES = {"CCG": OrgType.CCG, "ICB": OrgType.ICB, "PCT": OrgType.PRIMARY_CARE_TRUST,
                   "FT": OrgType.NHS_FOUNDATION_TRUST, "Foundation Trust": OrgType.NHS_FOUNDATION_TRUST,
                   "Trust": OrgType.NHS_TRUST}
_DECISION_WORDING = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?That\s|\bRESOLVED\b|\b[Rr]esolved\s+(?:to|that)\b|\b[Rr]esolves\s+(?:to|that)\b")


class DocumentReader:
    """Holds one document's text and inputs while mentions are found and read."""

    def __init__(self, doc: DocText, issuing_body: str | None, organisations: list[OrganisationMention],
                 amounts: list[Amount], dates: list[DateMention], recommendations: list[Recommendation]) -> None:
        self.doc = doc
        self.text = doc.text
        self.issuing_body = issuing_body
        self.sentences = split_sentences(self.text)
        self.acronyms = find_acronyms(self.text)
        self.all_orgs = org_spans(organisations, doc)  # the issuing body too: an agreement among councils names it
        self.orgs = [o for o in self.all_orgs
                     if not self._is_issuer(o.name) and not self._names_a_service(o.name)]
        self.amounts = [(self._span(a.evidence), a) for a in amounts]
        self.dates = [(self._span(d.evidence), d) for d in dates]
        self.recs = [(self._span(r.evidence), r) for r in recommendations]
        self.default_commissioner = self._dominant(COMMISSIONER_TYPES)
        self.default_trust = self._dominant({OrgType.NHS_TRUST, OrgType.NHS_FOUNDATION_TRUST})

    def _span(self, evidence: Evidence) -> tuple[int, int]:
        """Evidence's page offsets as offsets of the joined text."""
        base = self.doc.page_starts[evidence.page - 1]
        return base + evidence.start, base + evidence.end

    def _names_a_service(self, name: str) -> bool:
        """'ICES' defined as 'Integrated Community Equipment Service (ICES)' is what an agreement is about, not a party."""
        expansion = self.acronyms.get(name, "")
        return bool(re.search(r"\b(?:Service|Services|Scheme|Programme|Project|Contract|Agreement|Fund)$", expansion))

    def is_issuer(self, name: str) -> bool:
        """Whether `name` is the issuing body, compared loosely (for rule modules)."""
        return self._is_issuer(name)

    def _is_issuer(self, name: str) -> bool:
        """Whether `name` is the issuing body, compared loosely."""
        return bool(self.issuing_body) and name_key(name) == name_key(self.issuing_body or "")

    def _dominant(self, types: set[OrgType]) -> OrgSpan | None:
        """The body of these types the paper names most (its first mention)."""
        counts = Counter(o.name for o in self.orgs if o.org_type in types)
        if not counts:
            return None
        name = counts.most_common(1)[0][0]
        return next(o for o in self.orgs if o.name == name)

    # -- counterparties -------------------------------------------------------------------

    def counterparties_after(self, end: int, made_to: bool = False) -> list[OrgSpan]:
        """Organisations joined to a mention by 'with', 'to', 'between', 'provided by' ...; with `made_to`, also by
        'is made to' ("a direct award is made to X": one contract; "grants be made to A, B and C" is read per
        recipient elsewhere)."""
        passive = _MADE_TO.match(self.text, end) if made_to else None
        end = passive.end() if passive else end
        match = _CP_AFTER.match(self.text[end:end + 160])
        if not match:
            return []
        found: list[OrgSpan] = []
        pos = end + match.end()
        if re.search(r"between", match.group(), re.I):
            pos = self._past_own_side(pos)
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
            generic = self._generic_body(self.text[pos:pos + 40])
            if generic:
                found.append(generic)
        if not found:
            unlisted = self._unlisted_nhs_body(pos)
            if unlisted:
                found.append(unlisted)
        return found

    def _past_own_side(self, pos: int) -> int:
        """'between the Council and the Trust': where the other side starts, past the paper's own body."""
        own_end = pos
        issuer = next((o for o in self.all_orgs if pos - 1 <= o.start <= pos + 2 and self._is_issuer(o.name)), None)
        if issuer is not None:
            own_end = issuer.end
        else:
            written = re.match(r"(?:the\s+)?(?:Council|Authority|council|authority)\b", self.text[pos:pos + 20])
            if written is None:
                return pos
            own_end = pos + written.end()
        joined = re.match(r"\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?", self.text[own_end:own_end + 30])
        return own_end + joined.end() if joined else pos

    def _unlisted_nhs_body(self, pos: int) -> OrgSpan | None:
        """'with LPFT', 'with Barset City CCG': an NHS body the organisations extractor missed, told by its
        name's own ending (a trust's '...FT', a CCG, ICB or PCT); other unknown names are never taken."""
        match = _NHS_BODY.match(self.text, pos)
        if not match:
            return None
        name = " ".join(match.group("name").split())
        ending = re.search(r"(CCG|ICB|PCT|FT|Foundation Trust|Trust)$", name)
        org_type = _NHS_BODY_TYPES[ending.group(1)] if ending else OrgType.NHS_TRUST
        return OrgSpan(match.start("name"), match.end("name"), name, org_type)

    def _generic_body(self, text: str) -> OrgSpan | None:
        """'the CCG', 'the Clinical Commissioning Group', 'the Trust': the one the paper names."""
        if re.match(r"^(?:the\s+|local\s+)*(?:CCG|ICB|Clinical Commissioning Group|Integrated Care Board)\b", text, re.I):
            return self.default_commissioner
        if re.match(r"^(?:the\s+)?Trust\b", text):
            return self.default_trust
        return self._org_by_initials(text)

    def _org_by_initials(self, text: str) -> OrgSpan | None:
        """'the DfE', 'DHSC': an undefined acronym whose initials spell an organisation the paper names."""
        match = re.match(r"^(?:the\s+)?([A-Z][A-Za-z]{1,7})\b", text)
        if not match or sum(c.isupper() for c in match.group(1)) < 2:
            return None
        letters = match.group(1).lower()
        for org in self.orgs:
            # Unlike organisations._initials this splits at apostrophes and digits, keeps "NHS" and
            # also tries every word's initial ("DfE" keeps its "for"): it matches an acronym the
            # paper uses as written against names already found, not one it defines.
            words = re.findall(r"[A-Za-z]+", org.name)
            spelled = {initials(words, skip=()).lower(), initials(words).lower()}
            if len(words) >= 2 and letters in spelled:
                return org
        return None

    def public_bodies_in(self, sentence: tuple[int, int]) -> list[OrgSpan]:
        """Councils and NHS bodies named in the sentence (or 'the CCG' as the paper's commissioner)."""
        found = [o for o in orgs_within(self.orgs, *sentence) if o.org_type in PUBLIC_BODY_TYPES]
        if not found:
            sentence_text = self.text[sentence[0]:sentence[1]]
            if re.search(r"\bthe\s+(?:local\s+)?(?:CCG|ICB|Clinical Commissioning Group|Integrated Care Board)\b",
                         sentence_text) and self.default_commissioner:
                found.append(self.default_commissioner)
        return found

    # -- recommendations ------------------------------------------------------------------

    def in_rec(self, offset: int) -> tuple[int, int] | None:
        """The span of the recommendation holding `offset`, if any."""
        for span, _ in self.recs:
            if span[0] <= offset < span[1]:
                return span
        return None

    def parent_rec_text(self, offset: int) -> str | None:
        """The text of the parent item of the sub-recommendation holding `offset` ('b) Occupational Therapy')."""
        for index, (span, rec) in enumerate(self.recs):
            if span[0] <= offset < span[1] and rec.parent_label:
                for p_span, parent in reversed(self.recs[:index]):
                    if parent.label == rec.parent_label:
                        return parent.text
                    if parent.parent_label != rec.parent_label:
                        break  # past the siblings: a same-labelled item further back is another list's
                # The parent is often a heading the recommendations extractor does not keep as one.
                before = self.text[max(0, span[0] - 1500):span[0]]
                label = re.escape(rec.parent_label)
                heads = re.findall(rf"(?m)^[ \t]*[-•*]?[ \t]*\(?{label}[.)][ \t]+([^\n]{{3,120}})$", before)
                if not heads:
                    return None
                # "b) Occupational Therapy Section 75": the heading's subject, without the agreement's own kind.
                return re.sub(r"\s*[-–:]?\s*(?:Section|S\.?)\s?75(?:\s+(?:Partnership\s+)?Agreements?)?$", "",
                              heads[-1].strip(), flags=re.I) or None
        return None

    def is_decision(self, sentence: tuple[int, int]) -> bool:
        """A recommendation or resolution: found by the recommendations extractor, or worded as one."""
        return bool(self.in_rec(sentence[0]) or self.in_rec(max(sentence[0], sentence[1] - 2))
                    or _DECISION_WORDING.search(self.text[sentence[0]:sentence[1]]))

    # -- building a mention ---------------------------------------------------------------

    def mention(self, kind: AgreementKind, start: int, end: int, subject: str | None = None) -> Mention:
        """A mention of text[start:end] with its sentence, subject and counterparties read around it."""
        sentence = sentence_at(self.sentences, start)
        if subject is None:
            subject = self._subject_around(start, end, sentence)
        mention = Mention(kind, start, end, sentence, subject)
        mention.counterparties = self.counterparties_after(end, made_to=kind == K.CONTRACT)
        mention.linked = bool(mention.counterparties)
        if mention.subject is None and mention.linked and kind in {K.SECTION_75, K.POOLED_BUDGET}:
            purpose = self.purpose_after(mention.counterparties[-1].end)
            mention.subject = purpose[0] if purpose else None
        if not mention.counterparties and kind in PARTNERSHIP_KINDS | {K.FRAMEWORK}:
            mention.counterparties = self.public_bodies_in(sentence)
        return mention

    def _subject_around(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """The subject named before a mention (or its table cell), else after 'for'."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if "\t" in self.text[line_start:start]:  # inside a table cell: the cell names it
            cell_start = self.text.rfind("\t", 0, start) + 1
        else:
            cell_start = max(sentence[0], line_start if "\t" in self.text[line_start:sentence[1]] else sentence[0])
        before = self.text[cell_start:start]
        via = re.search(r"([A-Z][\w’' &-]*?)\s+(?:through|via|under)\s+(?:an?|the)\s+$", before)
        if via:
            phrase = phrase_before(self.text, cell_start + via.end(1))
            if phrase:
                return self.not_org(phrase, cell_start + via.end(1))
        if "\t" in self.text[line_start:start]:
            cell = self.text[cell_start:start].strip(" (-–\n")
            if re.search(r"[A-Za-z]{3}", cell):
                return cell
        phrase = phrase_before(self.text, start)
        if phrase and self.text.rfind(phrase, 0, start) >= cell_start:
            phrase = self.not_org(phrase, start)
            if phrase:
                return phrase
        after = re.match(r"\s*(?:\([^)]*\)\s*)?for\s+(?:the\s+)?(?:community\s+)?", self.text[end:end + 60], re.I)
        if after:
            phrase = phrase_after(self.text, end + after.end())
            if phrase and not re.match(r"^\d", phrase):
                return self.not_org(phrase, end + after.end() + len(phrase))
        return None

    def purpose_after(self, pos: int) -> tuple[str, int] | None:
        """'(agreement) with X for Intermediate Care Services': the title-case subject after a party, and its end."""
        after = re.match(r"\s*(?:\([^)]{1,12}\)\s*)?for\s+(?:the\s+)?", self.text[pos:pos + 60])
        if not after:
            return None
        start = pos + after.end()
        phrase = phrase_after(self.text, start)
        if not phrase or re.match(r"^\d", phrase):
            return None
        subject = self.not_org(phrase, start + len(phrase))
        return (subject, start + len(phrase)) if subject else None

    def not_org(self, phrase: str, phrase_end: int) -> str | None:
        """The phrase ending at `phrase_end`, unless it overlaps an organisation or is the issuing body."""
        start = phrase_end - len(phrase)
        if any(o.start <= start < o.end or start <= o.start < phrase_end for o in self.orgs):
            return None
        if self.issuing_body and name_key(phrase) == name_key(self.issuing_body):
            return None
        return phrase
