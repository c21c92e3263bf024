"""What an agreement is about: short title-case noun phrases ("Integrated Community Equipment Service") and their keys."""

from __future__ import annotations

import re
from collections.abc import Mapping

from extractors.acronyms import NAME_WORD

# Words a grant's own name never starts with: the body that holds it ("the Council's", "Councils").
_HOLDER_WORDS = frozenset({"council", "councils", "authority", "authorities"})
_POSSESSIVE = re.compile(r"[’']s?$|s[’']$")
_CONNECTORS = {"and", "of", "for", "&", "with", "in", "on"}
_STOP_CAPS = {"The", "A", "An", "This", "That", "These", "Those", "Our", "Its", "Their", "Any",
              "Currently", "Such", "Following", "Under", "With", "In", "To", "For", "Both", "Each", "All",
              "Approve", "Agree", "Note", "Endorse", "Delegate", "Proposed", "Current", "New", "Total",
              # A title's verb or qualifier ("Authorisation to Enter Section 75 ...", "Overarching Section 75
              # Agreement") says what happens to an agreement, not what it is about.
              "Enter", "Entering", "Authorisation", "Authorise", "Approval", "Extend", "Extension", "Renew",
              "Renewal", "Terminate", "Termination", "Award", "Procure", "Overarching", "Existing", "Revised",
              "Draft", "Further", "Future", "Improved"}
_GENERIC = {"the", "a", "an", "and", "of", "for", "with", "in", "on", "service", "services",
            "agreement", "agreements", "contract", "contracts", "section", "75", "s75", "pooled",
            "budget", "budgets", "pool", "fund", "funding", "framework", "grant", "grants",
            "partnership", "arrangement", "arrangements", "pseudo", "provision", "provider",
            "providers", "currently", "commissioned", "review", "nhs", "act", "2006", "community",
            "application", "applications", "capital", "revenue"}


def is_title_word(word: str) -> bool:
    """Capitalised, or an 'iPhone'-style word ('iBCF')."""
    return bool(word) and (word[0].isupper() or (len(word) > 1 and word[0] == "i" and word[1].isupper()))


def phrase_before(text: str, end: int) -> str | None:
    """The run of title-case words ending just before `end` (connectors allowed inside)."""
    words = list(NAME_WORD.finditer(text, max(0, end - 160), end))
    picked: list[re.Match[str]] = []
    for match in reversed(words):
        gap = text[match.end():(picked[-1].start() if picked else end)]
        # Words join across spaces or a bare hyphen; a spaced dash parts a title's segments ("Decision - Request for
        # Approval - Contract Extension").
        if (gap.strip() and gap != "-") or "\n\n" in gap:
            break
        word = match.group()
        if is_title_word(word):
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


def phrase_after(text: str, start: int) -> str | None:
    """The run of title-case words starting at `start` (connectors only between title words)."""
    words = list(NAME_WORD.finditer(text, start, min(len(text), start + 200)))
    picked: list[re.Match[str]] = []
    index = 0
    while index < len(words):
        match = words[index]
        gap = text[(picked[-1].end() if picked else start):match.start()]
        if gap.strip() not in {"", "-"} or "\n\n" in gap:
            break
        word = match.group()
        if is_title_word(word) and not (not picked and word in _STOP_CAPS):
            picked.append(match)
        elif word in _CONNECTORS and picked and index + 1 < len(words) and is_title_word(words[index + 1].group()):
            picked.append(match)
        else:
            break
        index += 1
    if picked and picked[-1].group() in {"Section", "Schedule", "Part", "Clause", "Regulation"} and re.match(
            r"\s*\d", text[picked[-1].end():]):
        picked.pop()  # "the Learning Difficulty Section 31 arrangement": a statute's section opens after the subject
    if not picked:
        return None
    return text[picked[0].start():picked[-1].end()]


def subject_key(subject: str | None, acronyms: Mapping[str, str]) -> frozenset[str]:
    """Words that identify a subject, acronyms expanded and generic words dropped."""
    if not subject:
        return frozenset()
    expanded = " ".join(acronyms.get(w, w) for w in re.findall(r"[\w'’]+", subject))
    words = {w.lower().rstrip("s") if len(w) > 4 else w.lower() for w in re.findall(r"[a-z0-9]+", expanded, re.I)}
    return frozenset(w for w in words if w not in _GENERIC and w.rstrip("s") not in _GENERIC)


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two subject keys name the same thing: one holds the other, or they share half their words."""
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5


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
