"""Decisions that small councils' minutes record in running prose ("It was agreed to ...", "Carried").

Parish and town council minutes seldom head a list "RESOLVED"; they write what was decided into
the paragraph about each item: "It was agreed to accept the quote", "The minutes ... were agreed
as a true record", "Cllr A proposed approval; Cllr B seconded; Carried", "Resolved 14/11/5.01 ...".
Each such sentence is one decision; a short or motion-only sentence takes the item's title before
it ("Chair: Cllr A proposed Cllr B; Cllr C seconded; Carried").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.recommendations.lines import Line, text_above
from extractors.recommendations.shapes import decided_in_subjunctive
from extractors.recommendations.vocab import NAME_CLAUSE_CHAR

# A sentence ends at a stop before a capital, digit or bracket; not after "Cllr.", "Mr." or an initial.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bDr)(?<!\bMrs)(?<!\bMs)(?<!\bCllr)(?<!\bCllrs)(?<!\bNo)(?<!\bSt)(?<!\b[A-Za-z])"
    r"[.!?]\s+(?=[A-Z0-9(•*\\])"
)

# "It was agreed to ...", "it was then agreed that ...", "It was briefly discussed and agreed by all to ...".
_IT_WAS_AGREED = re.compile(
    r"\b[Ii]t\s+was\s+(?:(?:[a-z]+ly|then|also|further|therefore|discussed\s+and|considered\s+and)\s+)*"
    r"(?:agreed|resolved|decided|RESOLVED)\b(?!\s+(?:between|with|in\s+\d|at\s+the\s+last))"
)
# "At the 12th July 2021 Cabinet meeting, ", "At its meeting on 3 May, ": the meeting an earlier decision was taken at.
_EARLIER_MEETING = re.compile(r"\b(?:at|on)\s+(?:the|its|their|a)\s+(?!this\b)[^,.;]{0,60}?\bmeeting\b[^,.;]{0,40},\s*$", re.I)
# "Council agreed attendance was not necessary", "Councillors agreed that the quote ... would be accepted".
# A member deciding alone records so too: "The Cabinet Member approved the amendment to the agreement ...".
_BODY_DECIDED = re.compile(
    # "The Executive agreed the award of £2,000 ...": a district's executive, named by the word alone.
    r"^(?:the\s+)?(?:parish\s+|town\s+|joint\s+)?(?:council|councillors|committee|sub-committee|board|cabinet|"
    r"cabinet\s+member|portfolio\s+holder|leader|(?:city\s+)?mayor|executive|executive\s+(?:councillor|member))\s+"
    r"(?:(?:unanimously|then|also|therefore)\s+)?"
    r"(?:resolved|agreed|decided|recommended|approved)\s+(?=\S)(?!(?:with|on|at|in|by)\b)",
    re.I,
)
# "The Board noted the verbal update on ...", "Members noted the report": noting a paper is the item's decision;
# "The Board noted that ..." is discussion minuted, not a decision.
_BODY_NOTED = re.compile(
    r"^(?:the\s+)?(?:(?:parish|town|district|county|health\s+and\s+wellbeing)\s+)?"
    r"(?:council|committee|sub-committee|board|cabinet|panel|forum|partnership|members|executive)\s+"
    r"(?:(?:formally|unanimously|also)\s+)?noted\s+the\s+(?:(?:verbal|oral|written|annual|quarterly|latest|"
    r"progress)\s+)?(?:update|report|presentation|contents\s+of\s+the\s+report)\b",
    re.I,
)
# "The minutes ... were agreed as a true record", "The above payments were considered and approved",
# "Accounts were presented and accepted for payment": a decision in the passive ending its sentence.
_PASSIVE_DECIDED = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:(?:considered|presented|discussed|scrutinised|scrutinized|received|signed|"
    r"reviewed)\s+and\s+)?(?:agreed|approved|adopted|accepted|confirmed|ratified)"
    r"(?:\s+(?:unanimously|by\s+all))?"
    r"(?:\s+as\s+(?:a|the)\s+(?:true|correct|accurate)\s+(?:record|statement)(?:\s+of\s+the\s+meeting)?)?"
    r"(?:\s+for\s+payment)?"
    r"(?:\s*,?\s+and\s+(?:were\s+|was\s+)?(?:signed|initialled)\b[^.]{0,80})?\s*[.:]?$",
    re.I,
)
# "The minutes were signed as a true record ...": signing the minutes as a record approves them.
_SIGNED_AS_RECORD = re.compile(r"\b(?:was|were)\s+signed\s+as\s+(?:a|the)\s+(?:true|correct|accurate)\s+record\b", re.I)
# "All payments approved": the payments list passed without a verb.
# "It was agreed that barriers needed to be removed and Dr X reported that ...": a discussion minuted, not a decision.
_REPORTED_SPEECH = re.compile(r"\b(?:reported|explained|stated|said|commented|queried)\b", re.I)
_SUBJECT_OPENS = re.compile(r"(?<=[\s\d])(?:The|These|All)\s")
_PAYMENTS_APPROVED = re.compile(
    r"^(?:all\s+|the\s+)?(?:above\s+|following\s+)?(?:payments|accounts|invoices|cheques)\b[^.]{0,60}?"
    r"\b(?:were\s+)?(?:approved|agreed)\b",
    re.I,
)
# "Resolved 14/11/10.01 That the ...", "RESOLVED: to adopt ...": a numbered resolution inside a paragraph.
_RESOLVED_INLINE = re.compile(
    r"\b(?:RESOLVED|Resolved)\b\s*(?:\d{1,4}(?:[/.]\d{1,4})+\s*)?[:\-–]?\s+"
    r"(?=(?:[Tt]hat|[Tt]o|[Ii]t\s+was|The\s+(?:Parish\s+|Town\s+)?Council)\b)"
)
# A motion put and its outcome: "Cllr A proposed approval: Cllr B seconded: Carried", "carried by 22 votes to one",
# an election; "carried by the Leader" is not an outcome.
_MOTION_OUTCOME = re.compile(
    r"\bcarried\b(?!\s+(?:out|forward|over|on|in|through))(?!\s+by\s+(?!(?:[\w-]+\s+votes?|a\s+majority)\b))|"
    r"\b(?:was|were)\s+(?:duly\s+)?elected\b|"
    r"\bnominated\s+and\s+seconded\b[^.]{0,120}\baccepted\b",
    re.I,
)
_MOTION_PUT = re.compile(r"\b(?:proposed|seconded|vote|voted|nominated|motion)\b", re.I)
# "It was proposed by A & seconded by B that the minutes ... be signed", "Mrs A proposed and B seconded that the
# quote be accepted": small councils minute a seconded proposal as their decision, with no outcome word after it.
_SECONDED_THAT = re.compile(r"\b(?:proposed|moved)\b" + NAME_CLAUSE_CHAR + r"{0,80}?\bseconded\b" + NAME_CLAUSE_CHAR
                            + r"{0,60}?\bthat\s+(?=\S)", re.I)
# "... seconded that X. The motion was lost.": a proposal put and defeated decides nothing.
_NOT_CARRIED = re.compile(r"\b(?:lost|defeated|fell|withdrawn|not\s+carried|rejected|voted\s+against)\b", re.I)
# "it was proposed that the Clerk's rate of pay ... should be ...": the motion a bare "Cllr A proposed" carries.
_PROPOSAL = re.compile(r"\b(?:it\s+was\s+proposed|proposed)\s+that\s+(?P<motion>(?:[^.]|\.(?=\d)){10,400})", re.I)
_BARE_PROPOSAL = re.compile(r"^\W*(?:Cllr\.?|Councillor)\s+\w+\s+proposed\s*[:;,]", re.I)

# The public session is no part of the council's business: what "Councillors agreed" there decides nothing.
_FORUM_OPENS = re.compile(r"\b(?:open|public)\s+forum\b|\bpublic\s+(?:participation|question\s+time|session)\b|"
                          r"^\W*meeting\s+adjourned\b", re.I)
_FORUM_CLOSES = re.compile(r"^\W*(?:meeting\s+(?:re-?convened|resumed)|\*{0,2}\d{1,3}\\?[.)]\s|\d{2}/\d{2}/\d)", re.I)

FORUM_LINES = 20
"""The most lines a public forum runs to when no numbered item or "Meeting reconvened" closes it."""

# "Chair:  Cllr ...", "Planning application 9 Border Rd: Cllr ...": a line's own title before a colon.
_LINE_TITLE = re.compile(
    r"^\W*(?P<title>(?!(?:Cllrs?|Councillors?)\b)[A-Z](?:(?!\b(?:proposed|seconded|moved|agreed|resolved)\b)[^:.]){1,70}?)"
    r"\s*:\s+(?=\S)"
)
# "8.1 Standing Orders." in a flattened paragraph: a numbered sub-item's title.
_NUMBERED_TITLE = re.compile(
    r"(?:^|\s)(?:\d{1,2}(?:\\?\.\d{1,2}){1,2}\.?|\d{1,2}\\?\.)\s+(?P<title>[A-Z0-9][^.:]{2,100}?)\s*[.:](?=\s|$)"
)
# Where a numbered sub-item opens inside a paragraph: "8.2 " or, after a sentence, "4. ".
_SUB_ITEM_LABEL = re.compile(r"(?:^|\s)(?:\d{1,2}(?:\\?\.\d{1,2}){1,2}\.?|\d{1,2}\\?\.)\s+(?=[A-Z0-9])")
# "4. **To approve the minutes of the meeting held on 8 April 2015**": an agenda item's heading line.
_HEADING_LINE = re.compile(r"^\W*\d{1,3}\\?[.)]?\s+\**(?P<title>[A-Z](?:[^*\n.]|\.(?=\S)){2,100}?)\**\s*:?\s*$")

SHORT_SENTENCE_WORDS = 12
"""Fewer words than this and a decision sentence needs its item's title to say what it decides."""
TITLE_WORDS = 16
"""The most words a title put before a decision may have."""
OPENING_SENTENCE_WORDS = 24
"""The most words of a paragraph's opening sentence that serves as the title of the decision after it."""
_ANAPHORIC = re.compile(r"\b(?:this|these|the\s+above|the\s+application|the\s+matter|it)\b", re.I)
# "It was agreed that", "Councillors agreed to": the opening a decision sentence's reference is read after.
_OPENER = re.compile(r"^(?:it\s+was\s+(?:\w+\s+){0,3}?(?:agreed|resolved|decided)|\w+\s+(?:agreed|resolved|decided))"
                     r"(?:\s+by\s+all)?(?:\s+(?:that|to))?\b", re.I)

# A decision sentence that says only that something was decided: its verb with nothing after it, or a
# pronoun pointing back ("agreed to this") or forward to a list ("it was unanimously agreed that").
_EMPTY_DECISION = re.compile(
    r"^(?:it\s+was|(?:the\s+)?(?:parish\s+|town\s+)?(?:council|councillors|committee|members))\s+"
    r"(?:(?:[a-z]+ly|then|also|therefore)\s+)*(?:agreed|resolved|decided)"
    r"(?:\s+by\s+all)?(?:\s+(?:that|to))?(?:\s+(?:this|it|that|the\s+same|accordingly|so))?\s*[.:]?$",
    re.I,
)


@dataclass(frozen=True)
class Decision:
    """One decision sentence found in minutes prose, with the title it is quoted under."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Unit:
    """A paragraph: one line, or wrapped lines joined, with each character's document offset."""

    text: str
    offsets: list[int]
    first_line: int


UNWRAPPED_LINE_CHARS = 250
"""A line this long shows a text keeping each paragraph on one line (a web page), not one wrapped to a width."""
FULL_LINE_SHARE = 0.8
"""A line at least this share of the text's widest line was wrapped by the page width, not ended by the writer."""
# "12. Street Lighting", "Cllr A proposed": a line opening with a number or label starts a new paragraph.
_OPENS_ITEM = re.compile(r"^\W*(?:\d{1,3}(?:\\?\.\d{1,2})*\\?[.)]?\s|\(?[a-z]{1,3}[.)]\s|[•*\-–]\s)")


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a PDF's minutes were wrapped at (their widest line), or None for a text of unwrapped paragraphs."""
    widths = [len(line.text) for line in lines if line.text]
    if not widths or max(widths) >= UNWRAPPED_LINE_CHARS:
        return None
    return max(widths)


def _runs_on(text: str, nxt: str, width: int | None) -> bool:
    """Whether a paragraph's line runs on into the next: a lower-case start, or (in a text wrapped to a
    width) a full line with no sentence end before a capitalised word ("agreed to ask" / "Norfolk County ...")."""
    if text.rstrip().endswith((".", ":", ";")):
        return False
    if nxt[:1].islower():
        return True
    return (width is not None and len(text) >= FULL_LINE_SHARE * width and nxt[:1].isupper()
            and not _OPENS_ITEM.match(nxt))


def _units(lines: list[Line]) -> list[_Unit]:
    """Paragraphs: a line and the lines it wraps onto (a lower-case start, or a full line, continues a sentence)."""
    units: list[_Unit] = []
    width = _wrap_width(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.text:
            index += 1
            continue
        text = line.raw.strip()
        lead = len(line.raw) - len(line.raw.lstrip())
        offsets = list(range(line.start + lead, line.start + lead + len(text)))
        first = index
        index += 1
        while index < len(lines) and lines[index].text and _runs_on(lines[index - 1].text, lines[index].text, width):
            nxt = lines[index]
            lead = len(nxt.raw) - len(nxt.raw.lstrip())
            part = nxt.raw.strip()
            offsets.append(offsets[-1] + 1)
            text += " " + part
            offsets.extend(range(nxt.start + lead, nxt.start + lead + len(part)))
            index += 1
        units.append(_Unit(text, offsets, first))
    return units


def _sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a paragraph."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start() + 1))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _clean(text: str) -> str:
    """A sentence without markdown emphasis, escapes or list marks, single-spaced."""
    text = re.sub(r"\\([().\-_*#&+!>\[\]])", r"\1", text)
    text = re.sub(r"\*{1,3}|&nbsp;|<[^>]{1,200}>", " ", text)
    text = re.sub(r"^\W*(?:•|\*)\s*", "", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".;, ")


def _decision_start(sentence: str) -> int | None:
    """Where a decision begins in a sentence (often its start), or None if it records none."""
    m = _RESOLVED_INLINE.search(sentence)
    if m:
        return m.end()
    m = _IT_WAS_AGREED.search(sentence)
    if m:
        # "At the 12th July 2021 Cabinet meeting, it was agreed to ...": another meeting's decision, told as history.
        return None if _EARLIER_MEETING.search(sentence[:m.start()]) else m.start()
    if _MOTION_OUTCOME.search(sentence) and _MOTION_PUT.search(sentence):
        return 0
    if _SECONDED_THAT.search(sentence):
        return 0
    body = re.sub(r"^[^A-Za-z]*", "", sentence)
    lead = len(sentence) - len(body)
    if _BODY_DECIDED.match(body) or _PAYMENTS_APPROVED.match(body) or _BODY_NOTED.match(body):
        return lead
    m = _PASSIVE_DECIDED.search(sentence.rstrip()) or _SIGNED_AS_RECORD.search(sentence)
    if m:
        # "... Total 918.53 The above payments were considered and approved": the subject opens the decision.
        subjects = [s.start() for s in _SUBJECT_OPENS.finditer(sentence, lead, m.start())]
        return subjects[-1] if subjects else lead
    return None


def _words(text: str) -> int:
    """How many words (and numbers) a text has."""
    return len(re.findall(r"[A-Za-z0-9]+", text))


def _title_before(unit: _Unit, sentence_start: int, lines: list[Line], motion: bool) -> str | None:
    """The title a decision is quoted under: a sub-item's, the paragraph's own, its opening sentence,
    or (for a motion only) the agenda heading above."""
    sentence = unit.text[sentence_start:]
    if _LINE_TITLE.match(sentence):
        return None  # "Chair: Cllr A proposed ...": the sentence carries its own title
    head = unit.text[:sentence_start]
    labels = list(_SUB_ITEM_LABEL.finditer(head))
    if labels:
        # Only the sub-item the decision stands in gives it a title ("8.2 Asset Register." / "10.4 ...").
        head = head[labels[-1].start():]
        m = _NUMBERED_TITLE.match(head)
        if m and _words(m.group("title")) <= TITLE_WORDS:
            return m.group("title")
    m = _LINE_TITLE.match(unit.text)
    if m and m.end() <= sentence_start + 1 and _words(m.group("title")) <= TITLE_WORDS:
        return m.group("title")
    previous = _sentences(head)
    if len(previous) == 1:
        s, e = previous[0]
        candidate = head[s:e]
        if _decision_start(candidate) is None and _words(candidate) <= OPENING_SENTENCE_WORDS:
            return re.sub(r"^\W*\d{1,3}(?:\\?\.\d{1,2})*\\?\.?\s+", "", candidate)
    if not motion:
        return None
    for j in range(unit.first_line - 1, max(-1, unit.first_line - 40), -1):
        m = _HEADING_LINE.match(lines[j].raw.strip())
        if m and _words(m.group("title")) <= TITLE_WORDS:
            return m.group("title")
    return None


def _motion_text(unit_index: int, units: list[_Unit], sentence: str) -> str | None:
    """The motion a bare "Cllr A proposed: Cllr B seconded: Carried" carries, from "it was proposed that" above."""
    if not _BARE_PROPOSAL.match(sentence):
        return None
    for back in range(unit_index - 1, max(-1, unit_index - 3), -1):
        m = _PROPOSAL.search(units[back].text)
        if m:
            return "that " + m.group("motion").strip()
    return None


def _in_forum(lines: list[Line]) -> set[int]:
    """Lines of the public forum (open forum, adjournment for public questions)."""
    inside: set[int] = set()
    left = 0  # lines of the forum still to come
    for index, line in enumerate(lines):
        if left and _FORUM_CLOSES.match(line.raw.strip()):
            left = 0
        if _FORUM_OPENS.search(line.text):
            left = FORUM_LINES
        if left and line.text:
            inside.add(index)
            left -= 1
    return inside


def narrative_decisions(lines: list[Line]) -> list[Decision]:
    """Every decision minutes record in prose, each quoted under its item's title where it needs one."""
    units = _units(lines)
    forum = _in_forum(lines)
    found: list[Decision] = []
    for unit_index, unit in enumerate(units):
        if unit.first_line in forum:
            continue
        for s, e in _sentences(unit.text):
            sentence = unit.text[s:e]
            start = _decision_start(sentence)
            if start is None:
                continue
            if _SECONDED_THAT.search(sentence) and _NOT_CARRIED.search(unit.text[s:]):
                continue  # the proposal was put and lost in the same paragraph
            if _MOTION_OUTCOME.search(sentence) and _NOT_CARRIED.search(sentence):
                continue  # "A vote was taken on the amendment, which was not carried": nothing was decided
            decision = _clean(sentence[start:])
            if _words(decision) < 2 or _REPORTED_SPEECH.search(decision):
                continue
            motion = _MOTION_OUTCOME.search(sentence) is not None
            if motion:
                carried = _motion_text(unit_index, units, sentence)
                title = carried or _title_before(unit, s, lines, motion=True)
            elif _words(decision) < SHORT_SENTENCE_WORDS or _ANAPHORIC.search(_OPENER.sub("", decision)[:60]):
                title = _title_before(unit, s, lines, motion=False)
            else:
                title = None
            if title is None and not motion and _EMPTY_DECISION.match(decision):
                # "It was unanimously agreed that" over "1) the letter be approved and" / "2) ...": each is one.
                if _OVER_LIST_BELOW.search(sentence.rstrip()):
                    found.extend(_numbered_below(lines, unit))
                continue  # "It was unanimously agreed that" / "Council agreed to this": the content is elsewhere
            if title is not None and decision.endswith(":"):
                title = None
            text = f"{_clean(title)}: {decision}" if title else decision
            if decision.endswith(":"):
                text = _with_list_below(lines, unit, decision)
            found.append(Decision(unit.offsets[s + start], unit.offsets[e - 1] + 1, text))
    return found


def _with_list_below(lines: list[Line], unit: _Unit, decision: str) -> str:
    """"The following payments were agreed:" with the payments listed below it, joined; "RESOLVED to approve the
    following:" with the one unlabelled paragraph below it that says what ("A contract modification for ...")."""
    rows: list[str] = []
    for j in range(unit.first_line + 1, min(len(lines), unit.first_line + 24)):
        text = lines[j].text
        if not text:
            continue  # web copies space the rows with blank lines
        if not re.search(r"£\s?\d", text):
            if not rows and _FOLLOWING.search(decision) and _OBJECT_PARAGRAPH.match(text):
                rows.append(_clean(text))
            break
        rows.append(_clean(text))
    return f"{decision} {'; '.join(rows)}" if rows else decision.rstrip(":")


_FOLLOWING = re.compile(r"\bthe\s+following\s*:$", re.I)
# A paragraph that is the object of "approve the following:": a capitalised sentence, no label, no heading.
_OBJECT_PARAGRAPH = re.compile(r"^(?:A|An|The)\s+[a-z][^:]{20,}\.$")


# The verbs that confirm the last minutes, in each of the wordings below.
_CONFIRMING_VERB = r"(?P<verb>confirmed|approved|adopted|ratified|agreed|accepted|signed)\b"
# "The minutes of the meeting held on 2 May were confirmed as a correct record and signed by the Chair",
# "The Minutes of the last meeting were agreed to be an accurate record": approving the last minutes is a
# decision, however the minute words it (annotation convention, FORMAT.md).
MINUTES_CONFIRMED = re.compile(
    # "The Open and Exempt Minutes of ...", "the draft minutes of ...": a few words may qualify the minutes.
    r"(?:that\s+)?the\s+(?:(?!minutes\b)[a-z]+\s+){0,3}?minutes\s+of\s+[^.;:]{0,160}?\b(?:was|were)\s+"
    r"(?:(?:duly|formally|unanimously|then|also)\s+)?"
    # "were submitted and signed as a correct record": laid before the meeting, then approved.
    r"(?:(?:submitted|presented|read|received|considered)\s*,?\s+and\s+)?" + _CONFIRMING_VERB,
    re.I,
)
# "Resolved that these minutes be agreed as a true record and signed by the Chairman": the same decision written
# as a resolution run on after the agenda item's own words.
_MINUTES_RESOLVED = re.compile(
    r"(?:it\s+was\s+)?resolved\s+that\s+(?:these|the)\s+(?:(?!minutes\b)[a-z]+\s+){0,3}?minutes\b[^.;:]{0,160}?\bbe\s+"
    r"(?:(?:duly|formally)\s+)?" + _CONFIRMING_VERB,
    re.I,
)
# "The minutes of the meeting held on 2 May be confirmed as a correct record", "The minutes ... to be taken as read,
# confirmed and signed by the Chair": the resolution in the subjunctive, its "RESOLVED" or "moved ... and" cut off.
_MINUTES_SUBJUNCTIVE = re.compile(
    r"(?:that\s+)?the\s+(?:(?!minutes\b)[a-z]+\s+){0,3}?minutes\s+of\s+[^.;:]{0,160}?\b(?:to\s+)?be\s+"
    r"(?:taken\s+as\s+read\s*,?\s+(?:and\s+)?)?(?:(?:duly|formally)\s+)?"
    + _CONFIRMING_VERB,
    re.I,
)
# What stands right above a subjunctive confirmation when it records one: the ModernGov "Minutes:" field label alone
# on its line, or a minute's lead-in cut before its decision ("It was moved by A, seconded by B and", "RESOLVED:").
_SUBJUNCTIVE_LEAD_IN = re.compile(r"(?:^\W*Minutes\s*:|\b(?:and|unanimously|RESOLVED|[Rr]esolved|agreed|decided)"
                                  r"\s*[:\-–]?)\s*$")


# "The Minutes of the Joint Committee held on 3 May were NOTED.", "..., the Action Log was NOTED.": minutes print
# an item's outcome in capitals, as they print RESOLVED; the whole sentence is the recorded decision.
_OUTCOME_IN_CAPITALS = re.compile(
    r"^(?:[^.;:]{0,120},\s+)?(?i:the)\s+[^.;:]{3,240}?\b(?i:was|were)\s+(?:(?i:duly|formally|unanimously)\s+)?"
    r"(?:NOTED|RECEIVED|APPROVED|AGREED|ADOPTED|ENDORSED|CONFIRMED|ACCEPTED)[.;]?$"
)
# "agreed", "accepted" and "signed" approve the minutes only as a record: "agreed to be circulated" does not.
_AS_RECORD = re.compile(r"\b(?:true|correct|accurate|fair)\b|\brecord\b", re.I)
FIRM_VERBS = frozenset({"confirmed", "approved", "adopted", "ratified"})
# An agenda item's title in capitals (with its number) before "The minutes of ...", on the same line.
_CAPITALS_HEADING = re.compile(r"(?:[A-Z0-9][A-Z0-9/&,.’'\-]*\s+){2,16}(?=The\s+minutes\s+of\b)")


# "The minutes of the last meeting held on 14" ending its line unfinished: the sentence goes on below.
_OPEN_MINUTES_SENTENCE = re.compile(r"(?:^|[.:]\s+)the\s+(?:[a-z]+\s+){0,3}?minutes\s+of\b[^.;:]*$", re.I)


def _confirmation_units(lines: list[Line]) -> list[_Unit]:
    """The paragraphs, a paragraph whose last sentence opens on the minutes and breaks off unfinished joined to the
    line straight below it (a narrow column wraps "held on 14" / "March 2021 were approved ...")."""
    units: list[_Unit] = []
    joined = False  # the last unit is already a join: the sentence is not carried further
    for unit in _units(lines):
        previous = units[-1] if units else None
        if (previous is not None and not joined and _OPEN_MINUTES_SENTENCE.search(previous.text)
                and 0 < unit.offsets[0] - previous.offsets[-1] <= 2):
            # Only the unit's first line continues the sentence; what that line runs on into stays apart.
            size = len(lines[unit.first_line].raw.strip())
            units[-1] = _Unit(f"{previous.text} {unit.text[:size]}",
                              [*previous.offsets, previous.offsets[-1] + 1, *unit.offsets[:size]], previous.first_line)
            joined = True
            if unit.text[size:].strip():
                cut = size + len(unit.text[size:]) - len(unit.text[size:].lstrip())
                units.append(_Unit(unit.text[cut:], unit.offsets[cut:], unit.first_line + 1))
                joined = False
        else:
            units.append(unit)
            joined = False
    return units


def minutes_confirmations(lines: list[Line]) -> list[Decision]:
    """Each sentence of minutes recording that the previous meeting's minutes were confirmed as a record."""
    found: list[Decision] = []
    for unit in _confirmation_units(lines):
        for s, e in _sentences(unit.text):
            sentence = unit.text[s:e]
            lead = len(sentence) - len(re.sub(r"^[^A-Za-z]*", "", sentence))
            if _OUTCOME_IN_CAPITALS.match(sentence.strip(), lead):
                text = _clean(sentence[lead:]).rstrip(".;:-–— ")
                stripped = sentence.rstrip().rstrip(".;,:-–— ")
                found.append(Decision(unit.offsets[s + lead], unit.offsets[s + len(stripped) - 1] + 1, text))
                continue
            m = MINUTES_CONFIRMED.match(sentence, lead) or _MINUTES_RESOLVED.match(sentence, lead)
            if m is None and s == 0 and _SUBJUNCTIVE_LEAD_IN.search(text_above(lines, unit.first_line)):
                # The subjunctive records a decision only below its lead-in: an agenda prints it as the item's proposal.
                m = _MINUTES_SUBJUNCTIVE.match(sentence, lead)
            heading = _CAPITALS_HEADING.match(sentence, lead) if m is None else None
            if heading is not None:
                # "12/19 MINUTES OF THE MEETING HELD ON 4 JUNE The minutes of ... were accepted ...": the item's
                # title in capitals runs into the decision on one line.
                lead = heading.end()
                m = MINUTES_CONFIRMED.match(sentence, lead)
            if m is None or (m.group("verb").lower() not in FIRM_VERBS and not _AS_RECORD.search(sentence, m.end())):
                continue
            text = _clean(sentence[lead:]).rstrip(":-–— ")
            stripped = sentence.rstrip().rstrip(".;,:-–— ")
            found.append(Decision(unit.offsets[s + lead], unit.offsets[s + len(stripped) - 1] + 1, text))
    return found


# "it was unanimously agreed that" / "resolved to:" ending its paragraph: the decisions are numbered below.
_OVER_LIST_BELOW = re.compile(r"\b(?:agreed|resolved|decided)(?:\s+by\s+all)?\s+(?:that|to)\s*:?\s*[-–]?$", re.I)
_NUMBER_LABEL = re.compile(r"^\(?(?P<n>\d{1,2}|[a-h])[.)]\s+(?P<body>\S.*)$")


def _label_value(label: str) -> int:
    """A list label's place in its sequence ("2" and "b" are both 2)."""
    return int(label) if label.isdigit() else ord(label) - ord("a") + 1


def _numbered_below(lines: list[Line], unit: _Unit) -> list[Decision]:
    """The items numbered 1, 2, ... (or a, b, ...) straight below a paragraph, each with its wrapped lines."""
    last = max(i for i, line in enumerate(lines) if line.start <= unit.offsets[-1] < line.end + 1)
    found: list[Decision] = []
    current: tuple[int, int, str] | None = None  # start, end, text
    for line in lines[last + 1:]:
        if not line.text:
            continue
        m = _NUMBER_LABEL.match(line.text)
        if m and _label_value(m.group("n")) == len(found) + (current is not None) + 1:
            if current is not None:
                found.append(Decision(*current))
            lead = len(line.raw) - len(line.raw.lstrip()) + (len(line.text) - len(m.group("body")))
            current = (line.start + lead, line.end, m.group("body"))
        elif current is not None and line.text[:1].islower():
            current = (current[0], line.end, f"{current[2]} {line.text}")  # the item wrapped onto this line
        else:
            break
    if current is not None:
        found.append(Decision(*current))
    return [Decision(d.start, d.end, re.sub(r"(?:[;,]\s*|\s+)(?:and|or)$", "", _clean(d.text)))
            for d in found if _words(d.text) >= 3]


def noted_paragraphs(lines: list[Line]) -> list[Decision]:
    """Paragraphs of minutes that are one noting sentence ("Members noted the update from the Finance Manager."):
    the item's whole minute, so its decision, even when other decisions of the minutes were read as lists."""
    found: list[Decision] = []
    for unit in _units(lines):
        spans = _sentences(unit.text)
        if len(spans) != 1:
            continue
        s, e = spans[0]
        sentence = unit.text[s:e]
        lead = len(sentence) - len(sentence.lstrip())
        stripped = sentence.rstrip()
        if not _BODY_NOTED.match(sentence, lead) or not stripped.endswith(".") or len(stripped.split()) > 30:
            continue
        found.append(Decision(unit.offsets[s + lead], unit.offsets[s + len(stripped) - 2] + 1,
                              _clean(sentence[lead:])))
    return found


# "Proposed by Cllr A, seconded by B." standing alone: the motion it put is the paragraph below.
# "The Leader MOVED seconded by Councillor A Person": the mover named first, the verb in capitals.
_PROPOSED_BY = re.compile(
    r"^\W*(?:proposed|moved)\s+by\b[^.]{0,150}?\bseconded\s+by\b[^.]{0,80}\.?$"
    r"|^(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}\s+(?-i:MOVED|PROPOSED),?\s+(?:and\s+)?seconded\s+by\b"
    r"[^.]{0,80}\.?$",
    re.I,
)
SECONDED_RESOLUTION_WORDS = 80
"""The longest resolution read below a "Proposed by ..., seconded by ..." line; a longer paragraph is narrative."""


def seconded_resolutions(lines: list[Line]) -> list[Decision]:
    """Resolutions minuted as a paragraph in the subjunctive right below "Proposed by A, seconded by B."
    ("That Cllr Robinson be elected as Chair for 2024-25.", "The minutes of the meeting held on 20 March 2024 be
    confirmed and signed."): a ModernGov minute whose "RESOLVED" heading was lost in copying."""
    units = _units(lines)
    found: list[Decision] = []
    for above, unit in zip(units, units[1:], strict=False):
        if not _PROPOSED_BY.match(above.text):
            continue
        text = unit.text.rstrip()
        lead = len(text) - len(text.lstrip())
        if len(text.split()) > SECONDED_RESOLUTION_WORDS or not decided_in_subjunctive(text[lead:]):
            continue
        end = len(text) - 1 if text.endswith(".") else len(text)
        found.append(Decision(unit.offsets[lead], unit.offsets[end - 1] + 1, _clean(text[lead:])))
    return found
