"""Where a labelled line goes in the list being read: its depth, a bullet folding in, the list resuming below prose."""

from __future__ import annotations

import re

from extractors.recommendations.anchors import HEADING_ALONE, first_below
from extractors.recommendations.items import TERMINAL, Item
from extractors.recommendations.lines import LONE_LABEL_GAP, Label, Line, follows, parse_label
from extractors.recommendations.section_ends import FOOTER, STOP
from extractors.recommendations.verbs import starts_with_verb

# A numbered item whose sentence stops on an article or preposition runs on into the bullets below it.
_DANGLING = re.compile(r"\b(?:a|an|the|new|of|for|to|with|by|on|in|into|from|and|or|including|namely)$", re.I)


def folds_bullet(current: Item, label: Label) -> bool:
    """Whether a bullet line continues the labelled item above it mid-sentence (so is no item itself)."""
    if not label.kind.startswith("bullet") or current.label is None:
        return False
    if current.folds is not None:
        return current.folds == label.kind
    return not current.label.kind.startswith("bullet") and bool(_DANGLING.search(current.text.rstrip()))


def list_goes_on(lines: list[Line], index: int, stack: list[Item]) -> bool:
    """Whether the next line after a run of blanks carries the label following an open item's
    ("(b)" after "(a)", or "(i)" under "(c) delegates authority ...:-"): web pages space lists widely."""
    below = first_below(lines, index, reach=LONE_LABEL_GAP)
    if below is None or not stack:
        return False
    label = parse_label(lines[below].text, stack[-1].label)
    if label is None or label.kind.startswith("bullet"):
        return False
    return place_label(list(stack), label) is not None


SUPPORTING_TEXT_LINES = 25
"""How far below a finished labelled item the list may resume after paragraphs that explain it."""


def detail_under_item(lines: list[Line], index: int, current: Item | None) -> bool:
    """A capitalised paragraph after a blank line under a labelled item ending in a colon: its details."""
    return (current is not None and current.label is not None and current.text.rstrip().endswith(":")
            and index > 0 and not lines[index - 1].text and lines[index].text[:1].isupper())


BULLET_LINE_WORDS = 30
"""The most words a line of a list whose bullets were lost holds ("To support market development ...")."""
LOST_BULLETS_MIN = 2
"""Fewest such lines for them to be the item's points (one line below is as likely a note about it)."""


def lost_bullets_under_item(lines: list[Line], index: int, current: Item | None) -> int | None:
    """Where the list resumes after a run of short unlabelled lines under a labelled item ending in a colon, or None.

    "(a) the following principles be adopted ...:" over "To support market development ..." / "To invest in ...",
    then "(b) ...": the item's own bullet points, their marks lost in copying, each short and none a finished
    sentence (a paragraph about the item ends with a full stop). The lines belong to the item."""
    if current is None or current.label is None or not current.text.rstrip().endswith(":"):
        return None
    run = 0
    for j in range(index, min(len(lines), index + SUPPORTING_TEXT_LINES)):
        text = lines[j].text
        if not text:
            continue
        label = parse_label(text, current.label)
        if label is not None and label.kind == current.label.kind and follows(label, current.label):
            return j if run >= LOST_BULLETS_MIN else None
        if (label is not None or len(text.split()) > BULLET_LINE_WORDS or not text[:1].isupper()
                or text.endswith((".", "?", "!", ":")) or STOP.match(text)):
            return None
        run += 1
    return None


def list_resumes(lines: list[Line], index: int, stack: list[Item], open_item: bool = False) -> int | None:
    """The line where a labelled list resumes ("b) ...") after explanatory text under item a), or None.

    Reports write a lead sentence per item and then paragraphs about it; the list is the same list
    when the next label found is the one that follows an open item's label.
    """
    held = [item.label for item in stack if item.label is not None and not item.label.kind.startswith("bullet")]
    if not held or not (open_item or stack[-1].closed()):
        return None
    for j in range(index, min(len(lines), index + SUPPORTING_TEXT_LINES)):
        text = lines[j].text
        if not text or FOOTER.match(text):
            continue
        if STOP.match(text) or (HEADING_ALONE.match(text) and j > index):
            return None
        if re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][\w ,&'’()\-]{2,80}$", text) and not text.endswith(TERMINAL):
            return None  # the next numbered section heading
        label = parse_label(text, held[-1])
        if label is not None and any(label.kind == old.kind and follows(label, old) for old in held):
            return j
        if label is not None and label.value == (1,) and any(label.kind == old.kind for old in held):
            return None  # a list starting again at "a."/"1." is another paragraph's list

    return None


# "Details of the contracts are set out in the table below:": the item ends there; the table's cells are none of it.
TABLE_BELOW = re.compile(r"\btable\s+(?:below|overleaf|that\s+follows)\s*:?\s*$", re.I)
TABLE_CELL_WORDS = 8
"""The most words a line of a table copied one cell per line holds ("General Home Care", "£2.82m")."""
TABLE_LINES = 400
"""How far below its item a table copied one cell per line may run before the list resumes."""


def list_after_table(lines: list[Line], index: int, stack: list[Item]) -> int | None:
    """The line where a labelled list resumes below a table its item introduces, read past cell by cell; else None."""
    held = [item.label for item in stack if item.label is not None and not item.label.kind.startswith("bullet")]
    if not held:
        return None
    for j in range(index, min(len(lines), index + TABLE_LINES)):
        text = lines[j].text.strip()
        if not text:
            continue
        label = parse_label(text, held[-1])
        if label is not None and any(label.kind == old.kind and follows(label, old) for old in held):
            return j
        if len(text.split()) > TABLE_CELL_WORDS or text.endswith(TERMINAL):
            return None  # a sentence: the table is over and no item follows it
    return None


def place_label(stack: list[Item], label: Label, indented: bool = False) -> int | None:
    """The depth a new label goes at, or None when it ends the list."""
    if not stack:
        return 0
    for depth in range(len(stack) - 1, -1, -1):
        held = stack[depth].label
        if held is not None and held.kind == label.kind:
            # Web pages copied as text number every item of an indented ordered list "1.".
            repeated_one = indented and label.kind == "digit" and label.value == held.value == (1,)
            if follows(label, held) or repeated_one:
                return depth
            if held.bracketed != label.bracketed:
                continue  # "(1) the following be noted:" over "1. ...": a sub-list numbered in the other style
            return None
    # A sub-list starts at its first label ("a", "i", "1") under an item that reads as a heading.
    starts_list = label.kind.startswith("bullet") or label.kind == "decimal" or label.value[0] == 1
    if starts_list and stack[-1].open_for_children() and len(stack) < 3:
        return len(stack)
    return None


GROUP_HEADING_WORDS = 10
"""Most words of a title grouping the items of one list ("2025-26 Revenue Budget", "In addition:")."""


def group_heading(lines: list[Line], index: int, stack: list[Item], grouped: bool) -> bool:
    """A short title between labelled items ("Key Policies and Strategies") over the list's next label.

    Budget and constitution reports group one lettered list under titles; the list goes on below a
    title when the next line carries the label that follows the last one (or opens the list). After an
    unfinished item only a list already grouped so (`grouped`) has titles: else the line is the item's tail.
    """
    text = lines[index].text
    words = text.rstrip(":").split()
    if (not words or len(words) > GROUP_HEADING_WORDS or text.endswith(TERMINAL) or starts_with_verb(text)
            or re.match(r"(?i:that)\b", text)):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if any(w[:1].islower() and len(w) > 3 for w in words) and not (text.endswith(":") and len(words) <= 3):
        return False  # a title capitalises its words ("In addition:" aside); "and the Cabinet Member for" is a wrapped line
    if stack and not stack[-1].closed() and (not grouped or _DANGLING.search(stack[-1].text.rstrip())):
        return False  # "(a) delegate authority to the" / "Director of Finance": the item's own words
    below = first_below(lines, index, reach=3)
    if below is None:
        return False
    held = next((item.label for item in reversed(stack) if item.label is not None), None)
    label = parse_label(lines[below].text, held)
    if label is None or label.kind.startswith("bullet"):
        return False
    if held is None:
        return not stack and label.value[:1] == (1,)
    return label.kind == held.kind and follows(label, held)
