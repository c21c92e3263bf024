"""Recommendation items as read from a section, and the text, verb and parent sentence their records quote."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.recommendations.lines import Label, Line
from extractors.recommendations.shapes import (
    PAST_DECISION_VERB,
    decided_after_that,
    decided_in_subjunctive,
    recommendation_shaped,
    subjunctive_decision,
)
from extractors.recommendations.verbs import first_verb

TERMINAL = (".", ";", "!", "?", "; and", "; or", ";and")


@dataclass
class Item:
    """An item being read: its label, nesting and text lines."""

    label: Label | None
    depth: int
    parent: Item | None
    start: int
    end: int
    parts: list[str] = field(default_factory=list)
    children: int = 0
    lead_verb: str | None = None
    keeps_lead_in: bool = False
    single: bool = False  # a one-sentence item written in running prose
    governed: bool = False  # a lead-in ("Cabinet is asked to:") introduces it
    folds: str | None = None  # the bullet kind whose lines continue this item's unfinished sentence
    verbatim: bool = False  # text already final (a minuted decision quoted under its title)

    @property
    def text(self) -> str:
        """The item's lines joined, a word hyphenated across lines made whole again."""
        joined = ""
        for part in self.parts:
            if not joined:
                joined = part
            elif re.search(r"[A-Za-z]-$", joined) and part[:1].islower():
                joined += part  # a word hyphenated across lines: "lead-" + "commissioner"
            else:
                joined += " " + part
        return joined.strip()

    def closed(self) -> bool:
        """Whether the text so far ends a sentence or clause (so a new line is not a run-on)."""
        return self.text.rstrip().endswith(TERMINAL)

    def open_for_children(self) -> bool:
        """Whether the item reads as a heading or lead-in to sub-items."""
        text = self.text.rstrip()
        return not text or text.endswith((":", "-", "–")) or (len(text) <= 100 and not self.closed())


def new_unlabelled(items: list[Item], text: str, line: Line, lead_verb: str | None) -> Item:
    """A new item with no label, opened by a line and appended to the section's items."""
    item = start_item(None, 0, None, text, line.start, line.end, lead_verb, False)
    items.append(item)
    return item


_COLUMN_RULE = re.compile(r"^[/|]\s+(?=\S)")


def start_item(label: Label | None, depth: int, parent: Item | None, body: str, start: int,
               end: int, lead_verb: str | None, keeps_lead_in: bool) -> Item:
    """A new item holding the first line of its text (if any)."""
    # "(a) / The minutes ...": a table's column rule copied as a slash between the label and the text.
    body = _COLUMN_RULE.sub("", body)
    return Item(label, depth, parent, start, end, [body] if body else [], 0, lead_verb, keeps_lead_in)


# A stop straight after "the" or "of" is a typing slip ("the final version of the. Procurement framework").
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bDr)(?<!\bMrs)(?<!\bMs)(?<!\bCllr)(?<!\bNo)(?<!\bSt)(?<!\b[A-Za-z])(?<!\bthe)(?<!\bof)"
    r"[.;]\s+(?=[A-Z0-9(“\"‘])"
)


_INLINE_FOOTER = re.compile(r"\s+Page\s+\d+\s+of\s+\d+\b.*$"
                            # "... at the cost of £278,732.90. REASONS FOR THE DECISIONS MADE ...": a flattened
                            # page's next field, its heading in capitals.
                            r"|(?<=\.)\s+REASONS?\s+FOR\s+(?:THE\s+)?(?:DECISIONS?|RECOMMENDATIONS?)\b.*$")


def first_sentence(text: str) -> str:
    """Text up to the end of its first sentence ("Mr." and "s.17" do not end one)."""
    m = _SENTENCE_END.search(text)
    return text[: m.start() + 1] if m else text


def last_sentence(text: str) -> str:
    """A text's last sentence (a trailing full stop aside): the one a lead-in over sub-items ends on."""
    ends = list(_SENTENCE_END.finditer(text.rstrip().rstrip(".")))
    return text[ends[-1].end():].strip() if ends else text


PARENT_ITEM_WORDS = 6
"""Least words for an item over sub-items to be a decision in its own right, not just their heading."""


STEM_ITEM_WORDS = 12
"""Least words for an item ending "... to:" over sub-items to carry a decision of its own."""


# "APPROVED further work to be undertaken on:": a sentence whose object is each sub-item below it.
_RUNS_ON_BELOW = re.compile(
    r"\b(?:on|for|of|in|with|at|from|into|about|regarding|including|between|towards)\s*:\s*[-–]?$", re.I
)


def with_parent(item: Item, text: str) -> str:
    """A noun-phrase sub-item completing its parent's sentence, given that sentence ("... undertaken on: the options")."""
    if item.parent is None or first_verb(text) is not None or re.match(r"(?i:to|that)\b", text):
        return text
    parent_text = final_text(item.parent)
    if not _RUNS_ON_BELOW.search(item.parent.text.rstrip()):
        return text
    return f"{parent_text.rstrip(' :-–')}: {text}"


# "That the following ... be endorsed:-": a resolution whose subject is the list below it.
_FOLLOWING_BE_DECIDED = re.compile(r"^(?:that\s+)?the\s+following\b[^:;]{0,200}?\bbe\s+[a-z]+ed\s*:\s*[-–]?$", re.I)


# "To waive contract standing order 8.2 and directly award contracts to:", "make grants to:": an award whose
# recipients the sub-items name ("a. St Michael's Fellowship: Contract for ..."), one decision however short.
_AWARDED_TO_BELOW = re.compile(
    r"\b(?:award|make|pay)s?\s+(?:\w+\s+){0,3}?(?:contracts?|grants?|awards?|funding|payments?)\s+to\s*:\s*-?$", re.I)


def decides_itself(text: str) -> bool:
    """Whether an item over sub-items asks or records something itself ("delegates authority to the
    Director:-", "That it be noted that the following awards are included:"), not "approve the following:"."""
    if _AWARDED_TO_BELOW.search(text):
        return recommendation_shaped(text)  # "To directly award contracts to:" over the providers it names
    if re.search(r"\bto\s*:\s*-?$", text, re.I) and len(re.findall(r"[A-Za-z]{2,}", text)) >= STEM_ITEM_WORDS:
        # "That authority be delegated to the Chief Executive, in consultation with ..., to:" names its own
        # decision before the sub-items say what for; "ask the General Counsel to:" only leads into them.
        return recommendation_shaped(text)
    if _FOLLOWING_BE_DECIDED.match(text):
        return False  # "That the following recommendations of the Group be endorsed:-": its list is the decisions
    if _RUNS_ON_BELOW.search(text) or re.search(r"\b(?:to|that|and|or|by)\s*:\s*-?$|\bthat(?:\s+[\w’'-]+){1,6}\s*:\s*-?$", text, re.I):
        return False  # "ask the General Counsel to:", "request that the Cabinet Member:": the sentence runs on below
    body = re.sub(r"\b(?:the\s+following|as\s+follows|below)\b(?:\s+[\w’'-]+){0,3}\s*[:;,.]?\s*-?$", "", text,
                  flags=re.I)
    return len(re.findall(r"[A-Za-z]{2,}", body)) >= PARENT_ITEM_WORDS and recommendation_shaped(body)


def final_text(item: Item) -> str:
    """Item text with list punctuation and trailing conjunctions removed."""
    text = re.sub(r"\s+", " ", item.text).strip()
    if item.verbatim:
        return text
    text = _INLINE_FOOTER.split(text)[0]
    if item.single:
        text = first_sentence(text)
    if item.label is None:
        # "...note the assurance levels provided against the strategic risks: The Committee ..."
        text = re.split(r":\s+(?=[A-Z][a-z])", text)[0]
    text = re.sub(r"(?:[;,]\s*(?:and|or)|\s+(?:and|or))\s*[;,]?\s*$", "", text)  # "..., and;" too
    return text.rstrip(" ;,.|").strip()  # "|": a copied table cell's border


def item_verb(item: Item, text: str) -> str | None:
    """The verb a record gives: the item's own, else its parent's, else its lead-in's."""
    own = first_verb(text)
    if own is not None:
        return own
    if item.parent is not None and first_verb(final_text(item.parent)) is not None:
        return first_verb(final_text(item.parent))  # "(a) approve the following:" over its bullets
    return item.lead_verb


# "Approve the key updates to the policy that:" over "a) Mandatory Grants - ...", "Approved the new model, which
# includes:" over what it includes: one approval whose clause the sub-items complete.
# "... as follows:" over "(a) up to £993,265 from the transition fund;": the amounts complete the item too.
_THAT_CLAUSE_BELOW = re.compile(
    r"(?:\bthat|\bas\s+follows|,\s*(?:which\s+(?:includes?|comprises?)|including|comprising))\s*:\s*[-–]?$", re.I
)


# "That the new agreement be approved:", "... be approved, as follows:": a decision whose bullets say what it covers.
# "That a contract for X be awarded for one year ... to each of the following:": the bullets name who gets it.
_DECIDED_BELOW = re.compile(r"\b(?:be|is|are|being)\s+(?:\w+\s+){0,2}?(?:(?:approved|agreed|noted|endorsed|adopted|"
                            r"authorised|authorized|accepted|delegated)\b[^:]{0,40}?"
                            r"|awarded\b[^:]{0,200}?\bto\s+(?:(?:each|all)\s+of\s+)?the\s+following\b[^:]{0,40}?)"
                            r":\s*[-–]?$", re.I)


# "Endorses the use of the grant ..., with the purpose of:" over what the money is for, whatever verb each opens with:
# the purposes of one decision, not decisions of their own.
_PURPOSES_BELOW = re.compile(
    r"\b(?:with|for)\s+the\s+(?:following\s+)?(?:purposes?|aims?|objectives?)(?:\s+of)?\s*:\s*[-–]?$", re.I)


# "... authority to add services provided that in each case, up to the total value of £500k:" over the conditions the
# decision is bound by: the terms of one decision, not decisions of their own.
_CONDITIONS_BELOW = re.compile(
    r"\b(?:provided|providing|on\s+condition)\s+(?:always\s+)?that\b[^:;]{0,120}:\s*[-–]?$", re.I)


_LEADS_INTO = re.compile(r"\b(?:the\s+following|as\s+follows|below)\b[^:]{0,40}:\s*[-–]?$", re.I)


# A bullet opening with a sum: "£289k for year one of the contract", "up to £50,000 in 2025/26".
_SUM_OPENS = re.compile(r"^(?:up\s+to\s+|an?\s+(?:further|additional)\s+)?£\s?\d", re.I)


# An item ending on the preposition its object follows ("... jointly commission new provision, in the shape of:",
# "... agree to the commissioning of:", "... the signing of the Section 75 Agreement with X for:"): the sub-items
# below name what it approves, one decision (annotating.md; three hold-out annotators folded them so). So do the
# alternatives after "either:" ("Approved the procurement of a care provider either: i) via ...; or ii) ...").
_OBJECT_BELOW = re.compile(r"\b(?:of|for|either)\s*:\s*[-–]?$", re.I)

# "(1) Awarded specific grants ... to the following organisations for the period of 1 April 2017 to 31 March 2018:"
# over "1) Axiom Housing Association – Hostel Accommodation - £530,000.04;": the recipients of one award, not
# decisions of their own.
_RECIPIENTS_BELOW = re.compile(
    r"\bto\s+(?:(?:each|all)\s+of\s+)?the\s+following\s+(?:[\w-]+\s+)?(?:providers?|organisations?|organizations?|"
    r"suppliers?|recipients?|groups?|bodies|charities|applicants?)\b[^:]{0,200}:\s*[-–]?$", re.I)


def _bullets_complete(item: Item, children: list[Item], decided: bool) -> bool:
    """Bullets (no letters or numbers) that spell out one decision: under a passive resolution ending in a
    colon, or, in a record of decisions, under an unlabelled decision that runs on into them ("... to include:")."""
    if not all(child.label is not None and child.label.kind.startswith("bullet") and not child.children
               for child in children):
        return False
    text = item.text.rstrip()
    if text.endswith(":") and all(_SUM_OPENS.match(final_text(child)) for child in children):
        return True  # "2. Approved investment of an additional:" over "· £289k for year one": the sums it approves
    if item.label is None:
        # "Board to meet monthly by video call. Its business will be to:" names its decision; "Approve the following:" only leads in.
        return (decided and text.endswith(":") and not _LEADS_INTO.search(text)
                and len(re.findall(r"[A-Za-z]{2,}", text)) >= PARENT_ITEM_WORDS)
    # "1. That the following be approved:" only leads into its bullets, which stay items of their own.
    return (not item.label.kind.startswith("bullet") and bool(_DECIDED_BELOW.search(text))
            and decides_itself(text))


# "To authorise the Chief Executive to nominate officers to:" over what they are nominated to do; "... be deferred
# to enable:" over what the deferral is for.
_INFINITIVE_BELOW = re.compile(r"\bto(?:\s+(?!the\b|following\b)[a-z]+)?\s*:\s*[-–]?$", re.I)


def _completes_infinitive(item: Item, children: list[Item], decided: bool = False) -> bool:
    """Sub-items that finish an item's "... to:" and ask nothing of their own ("Sit on the Board") when
    the item names its own decision (a short "ask the Counsel to:" only leads in): one decision, not a lead-in
    and fragments."""
    text = re.sub(r"\s+", " ", item.text).strip()
    # Under a decision heading a resolution's long subject may run to twenty words ("(1) a decision regarding
    # the future provision of ... be deferred to enable:").
    subjunctive = decided_in_subjunctive(text) if decided else subjunctive_decision(text)
    return (bool(_INFINITIVE_BELOW.search(text)) and (decides_itself(text) or subjunctive)
            and all(not child.children and not recommendation_shaped(final_text(child)) for child in children))


# "Delegate authority to the Director ... to:", "That the Director be authorised to:": who is to decide, not what.
_DELEGATION = re.compile(r"\b(?:delegat(?:e|es|ed|ion)|authori[sz](?:e|es|ed|ation))\b", re.I)


# "Delegates to the Executive Director ..., in consultation with ..., the authority:" over "i. To approve ...".
_AUTHORITY_BELOW = re.compile(r"\b(?:the\s+)?(?:delegated\s+)?(?:authority|powers?)\s*:\s*[-–]?$", re.I)


def leads_into(item: Item, children: list[Item]) -> bool:
    """Whether a delegation ending "... to:" only leads into sub-items that each ask a decision in their own words
    ("Delegate authority to the Director, in consultation with ..., to:" / "1. Conduct a procurement process" /
    "2. Award such contract"): the sub-items are the decisions, the lead-in is not listed. A decision of another
    kind over its parts ("to vary the contract to:" / "a) To add the grant") stays an item with them."""
    below = item.text.rstrip()
    return (bool(children) and bool(_INFINITIVE_BELOW.search(below) or _AUTHORITY_BELOW.search(below))
            and bool(_DELEGATION.search(item.text))
            and all(not child.children and recommendation_shaped(final_text(child)) for child in children))


def folded_text(item: Item, children: list[Item], decided: bool = False) -> str | None:
    """The text of an item ending "... that:" with its noun-phrase sub-items folded in, as one item; else None.

    Sub-items that are requests of their own ("that the contract is extended") stay separate items, except
    bullets under a passive resolution ("That the agreement be approved:" / "• To pool the funding"), which
    spell out what that one resolution approves.
    """
    if not children:
        return None
    if _bullets_complete(item, children, decided):
        return f"{final_text(item)} {'; '.join(final_text(child) for child in children)}"
    below = item.text.rstrip()
    if _completes_infinitive(item, children, decided) or (
            (_PURPOSES_BELOW.search(below) or _CONDITIONS_BELOW.search(below))
            and not any(child.children for child in children)) or (
            (_OBJECT_BELOW.search(below) or _RECIPIENTS_BELOW.search(below))
            and (recommendation_shaped(below) or (decided and PAST_DECISION_VERB.match(below) is not None))
            and all(not child.children and not recommendation_shaped(final_text(child)) for child in children)):
        return f"{final_text(item)} {'; '.join(final_text(child) for child in children)}"
    if not _THAT_CLAUSE_BELOW.search(item.text.rstrip()):
        return None
    parts = [final_text(child) for child in children]
    if any(recommendation_shaped(part) for part in parts) or all(decided_after_that(part) for part in parts):
        return None  # each sub-item decides in its own clause ("(1) the hospital is transferred ...")
    return " ".join([final_text(item)] + [f"{child.label.text + ' ' if child.label else ''}{part}"
                                          for child, part in zip(children, parts)])
