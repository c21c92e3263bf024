"""Whether a text reads as a request, a resolution ("That ... be approved") or a decision recorded in the past tense."""

from __future__ import annotations

import re

from extractors.recommendations.lead_ins import PORTFOLIO, lead_in
from extractors.recommendations.verbs import OPENING_PHRASE, base_verb, present_verb, starts_with_verb
from extractors.recommendations.vocab import BODY, BODY_NAME_WORD, OFFICER_POST, PRESENT_DECIDING, VERBS

PAST_DECISION_VERB = re.compile(
    r"^(?:approved|agreed|noted|delegated|resolved|endorsed|authorised|authorized|accepted|adopted|"
    r"supported|ratified|confirmed|deferred|requested|recommended|decided|instructed|granted|awarded)\b",
    re.I,
)
# "The Cabinet approved the procurement ...": a recorded decision opening a decision section's item.
RECORDED_DECISION = re.compile(
    rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s+(?:has\s+|have\s+)?(?:(?:unanimously|formally)\s+)?"
    r"(?:approved|agreed|noted|resolved|decided|endorsed|delegated|authorised|authorized|accepted|adopted|"
    r"supported|ratified|confirmed|deferred|rejected)\b",
    re.I,
)


# "Approval to award a contract to ...", "Authority to extend the lease ...": a decision notice's decision as a noun.
NOUN_DECISION = re.compile(r"^(?:Approval\s+(?:is\s+given\s+)?(?:to|of|for)|Authority\s+to)\s+(?:[a-z]+\s+){0,2}?"
                           r"(?:award|approve|extend|enter|vary|procure|the|a|an|grant|accept|adopt|spend|"
                           r"commission|proceed|delegate|transfer|renew|let|lease|dispose|purchase|acquire)\b"
                           # "Approval to pay out to X a sum of ...": any infinitive after "Approval to".
                           r"|^Approval\s+(?:is\s+given\s+)?to\s+[a-z]{3,}\s+(?:on\s+|up\s+|out\s+)?(?:to\s+)?"
                           r"(?:the|a|an|[A-Z£\d])"
                           # "Approval of NCA entering into ...": a named party's action as a gerund.
                           r"|^Approval\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&’'\-]*\s+){1,5}[a-z]+ing\b")


def recommendation_shaped(text: str) -> bool:
    """Whether an item with no lead-in over it reads as a request or decision."""
    if starts_with_verb(text) or re.match(r"^(?:that|to)\s", text, re.I) or NOUN_DECISION.match(text):
        return True
    if re.match(r"^[a-z]+\b", text) and base_verb(text.split()[0]):
        return True
    if lead_in(text) is not None:
        return True
    # "For delivery, to continue to vary the contract", "Subject to funding, approve ...": an opening phrase first.
    m = OPENING_PHRASE.match(text)
    if m and re.match(r"^(?:to\s+)?([a-z]+)\b", m.group("rest")) and base_verb(
            re.match(r"^(?:to\s+)?([a-z]+)", m.group("rest")).group(1)):
        return True
    return body_then_verb(text) or OFFICER_DECIDES.match(text) is not None


# An officer's post deciding in the present: "The Director of Children & Families approves ...", "The Chief Executive
# agrees ...": an officer decision's own words.
OFFICER_DECIDES = re.compile(
    r"^(?:The\s+)?" + OFFICER_POST + r"\b[^.;:\n]{0,80}?\s+" + PRESENT_DECIDING + r"\b")


# The same officer's decision recorded in the past: "The Director of Adults and Health gave approval for the Council to
# offer ...", "The Chief Officer has approved ...": only an item when a decision heading stands over it.
OFFICER_DECIDED = re.compile(
    r"^(?:The\s+)?" + OFFICER_POST + r"\b[^.;:\n]{0,80}?\s+(?:has\s+|have\s+)?"
    r"(?:approved|agreed|decided|authori[sz]ed|awarded|gave\s+(?:approval|authority|consent))\b")


# "That Cabinet approves ...", "Adults Committee to agree ...", "Cabinet approve the agreement"; "The Executive Member
# for Children, Young People & Learning to agree(s) ...": a portfolio may follow the body.
_BODY_THEN_VERB = re.compile(
    rf"^(?:that\s+)?(?:the\s+)?[\w ]{{0,40}}?\b{BODY}(?:\s+for\s+{PORTFOLIO})?\s+(?:(?:is|are)\s+)?(?:to\s+)?(?!{BODY}\b)(\w+)", re.I
)


def body_then_verb(text: str) -> bool:
    """Whether text opens with the deciding body and its verb in the present or subjunctive, not narrative ("agreed")."""
    m = _BODY_THEN_VERB.match(text)
    return bool(m) and not m.group(1).lower().endswith("ed") and base_verb(m.group(1)) is not None


# "That the setup of a ... be approved.": a decision written as a resolution in the passive.
THAT_BE_DECIDED = re.compile(
    # a decimal point is no sentence end ("as outlined in the table in 3.11 of the report be noted")
    r"^That\b(?:[^.]|(?<=\d)\.(?=\d)){3,400}?\bbe\s+(?:approved|agreed|noted|endorsed|adopted|authorised|authorized|"
    r"delegated|extended|awarded|accepted|granted|made|confirmed|supported)\b"
)


# The same passive resolution in a list item, where it may open in lower case: "(a) that the funding be agreed;".
_THAT_RESOLUTION = re.compile(r"^(?i:that)\b" + THAT_BE_DECIDED.pattern.removeprefix(r"^That\b"))
# "That Cabinet approve and support the signing of ...": the body's decision in the subjunctive.
_THAT_BODY_DECIDES = re.compile(
    rf"^That\s+{BODY_NAME_WORD}{{0,5}}(?i:{BODY})\s+(?:(?i:hereby)\s+)?(?P<verb>[a-z]+)\b"
)


def resolution_opening(text: str) -> bool:
    """Whether text opens as a resolution: "That ... be approved" or "That Cabinet approve ..."."""
    if _THAT_RESOLUTION.match(text):
        return True
    m = _THAT_BODY_DECIDES.match(text)
    return bool(m) and m.group("verb") in VERBS


def body_decides(text: str) -> bool:
    """Whether text opens with "That" and the deciding body's own verb, in the present, subjunctive or past ("That
    Cabinet accepts the grant ...", "That Cabinet approved the modification ...")."""
    m = _THAT_BODY_DECIDES.match(text)
    return m is not None and (present_verb(m.group("verb")) is not None
                              or PAST_DECISION_VERB.match(m.group("verb")) is not None)


# Irregular past participles a resolution in the subjunctive uses: "Provision be made ...", "authority be given ...".
_IRREGULAR_PARTICIPLES = (r"made|given|granted|taken|set|held|paid|sought|sent|put|withdrawn|undertaken|written|drawn|"
                          r"brought|kept|laid|let|sold|spent|built|shown|done|chosen|won|lent|struck|upheld")
# Words that make "be" part of a finite or infinitive verb ("will be approved", "to be made", "is to be"), or a
# clause ("which", "who") whose own verb the "be" belongs to: not a resolution's main clause.
_NOT_SUBJUNCTIVE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|to|not|cannot|which|who|"
    r"whom|whose|where|when|if|as|because|whether|been|being)\b",
    re.I,
)
# "<noun phrase> be <past participle>": "The Strategy be approved", "authority be granted for ...",
# "(that) Councillor X be appointed Vice Chair". English committee writing states a resolution so.
_SUBJUNCTIVE = re.compile(
    rf"^(?:that\s+)?(?P<subject>(?:[\w&’'()\-/,.£]+\s+){{1,14}}?)be\s+(?:(?:[a-z]+ly|also|now|hereby)\s+)?"
    rf"(?:[a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES})\b",
    re.I,
)


def subjunctive_decision(text: str) -> bool:
    """Whether text's main clause is "<noun phrase> be <past participle>": a resolution or recommendation."""
    m = _SUBJUNCTIVE.match(text.strip())
    if m is None:
        return False
    subject = m.group("subject")
    return not _NOT_SUBJUNCTIVE.search(subject) and not re.search(r"[.;:]\s", subject)


# Under a decision heading ("Decision Made:", "RESOLVED"), an item's long subject may run to a phrase with "to"
# ("the work to date on the Plan and the agreement for the pooled budget be noted"): only "to be" and a finite verb
# before the "be" make it something else. A decimal point is no sentence end ("the disposal of 3.56 Hectares of Land
# ... be approved").
_LONG_SUBJECT = r"^(?:that\s+)?(?P<subject>(?:[^.;:]|(?<=\d)\.(?=\d)){1,250}?)\s"
_PARTICIPLE = rf"(?:(?:[a-z]+ly|also|now|hereby)\s+)?(?:[a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES})\b"
_DECIDED_SUBJUNCTIVE = re.compile(rf"{_LONG_SUBJECT}(?<!\bto\s)be\s+{_PARTICIPLE}", re.I)
_FINITE_IN_SUBJECT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|"
                                r"not|cannot|which|who|if|because|whether)\b", re.I)


def decided_in_subjunctive(text: str) -> bool:
    """Whether an item under a decision heading states its decision in the subjunctive, however long its subject."""
    m = _DECIDED_SUBJUNCTIVE.match(text.strip())
    return m is not None and not _FINITE_IN_SUBJECT.search(m.group("subject"))


# "that:-" over "(1) the former hospital is transferred to the hospice": after "that" a present passive decides too.
_DECIDED_PRESENT_PASSIVE = re.compile(rf"{_LONG_SUBJECT}(?:is|are)\s+{_PARTICIPLE}", re.I)


def decided_after_that(text: str) -> bool:
    """Whether an item below "... that:" decides something in its own clause, the subjunctive or the present passive
    ("the lease be renewed", "a contribution of £90,000 is given to the hospice")."""
    m = _DECIDED_PRESENT_PASSIVE.match(text.strip())
    return decided_in_subjunctive(text) or (m is not None and not _FINITE_IN_SUBJECT.search(m.group("subject")))
