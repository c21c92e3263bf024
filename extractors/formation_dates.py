"""Organisation links checked against the paper's date: a body formed well after the paper is not the one it names,
and a body gone well before it issued no paper of that date.

"Devon Clinical Commissioning Group" in a 2015 paper is the Northern, Eastern and Western Devon CCG written short,
never the NHS Devon CCG formed in 2019; such a mention keeps its written name and loses the table's link.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractors.bodies import load_bodies, lookup, successors
from schemas import OrganisationMention

FORMATION_GRACE = timedelta(days=365)
"""How long before a body's formation a paper may already name it (shadow bodies, plans for the new one)."""


DEFINITE_REFERENCE_RULE = "definite-reference"
"""The rule of "the CCG" / "the Council" mentions, which take the name of the body they refer back to."""


def unlink_unformed(mentions: list[OrganisationMention], paper_date: date | None) -> list[OrganisationMention]:
    """The mentions, those linked to a body formed more than a year after `paper_date` unlinked: each under its
    written name, and "the CCG" under the written name of the mention it refers back to (dropped if there is none)."""
    if paper_date is None:
        return mentions
    unformed = {mention.name for mention in mentions if _formed_after(mention.name, paper_date)}
    if not unformed:
        return mentions
    written: dict[str, str] = {}
    for mention in mentions:
        if mention.name in unformed and mention.rule != DEFINITE_REFERENCE_RULE:
            written.setdefault(mention.name, _tidy(mention.text))
    kept = []
    for mention in mentions:
        if mention.name not in unformed:
            kept.append(mention)
        elif mention.rule != DEFINITE_REFERENCE_RULE:
            kept.append(mention.model_copy(update={"name": _tidy(mention.text), "canonical_id": None}))
        elif mention.name in written:
            kept.append(mention.model_copy(update={"name": written[mention.name], "canonical_id": None}))
    return kept


def existed_at(name: str, paper_date: date | None) -> bool:
    """Whether the reference body of that name (any other name passes) existed within the grace period of the paper's
    date: a council abolished in 2021 issues no 2023 paper, though the paper may name it ("previous decisions of
    Northamptonshire County Council")."""
    body = lookup(name)
    if paper_date is None or body is None:
        return True
    if _formed_after(name, paper_date):
        return False
    return body.valid_to is None or date.fromisoformat(body.valid_to) + FORMATION_GRACE >= paper_date


def same_place_predecessor(name: str, paper_date: date) -> str | None:
    """The body a reorganised council replaced that stood at the paper's date and bears its place's name: a 2021
    paper of "North Yorkshire" is North Yorkshire County Council's, not North Yorkshire Council's (formed 2023);
    none when no predecessor, or more than one, is of that place."""
    body = lookup(name)
    if body is None:
        return None
    place = re.sub(r"\s+Council$", "", body.name)
    found = [b.name for b in load_bodies() if body in successors(b) and b.name.startswith(place + " ")
             and existed_at(b.name, paper_date)]
    return found[0] if len(found) == 1 else None


def _formed_after(name: str, paper_date: date) -> bool:
    """Whether the reference body of that name was formed more than the grace period after the paper's date."""
    body = lookup(name)
    if body is None or body.valid_from is None:
        return False
    return date.fromisoformat(body.valid_from) > paper_date + FORMATION_GRACE


def _tidy(text: str) -> str:
    """A mention's text as a name: its line breaks and runs of spaces as single spaces."""
    return re.sub(r"\s+", " ", text).strip()
