"""Lead-ins that introduce recommendation or decision items ("Cabinet is asked to:", "The Board resolved to")."""

from __future__ import annotations

import re

from extractors.recommendations.verbs import base_verb, first_verb, present_verb
from extractors.recommendations.vocab import BODY, OFFICER_POST

# A portfolio after a body's title: "for Adult Social Care and Public Health", capitalised words and connectors
# only, so "for Health introduced the report and recommendations, which Cabinet" is no portfolio.
PORTFOLIO = r"(?-i:[A-Z][\w’'\-]*(?:,?\s+(?:[A-Z][\w’'\-]*|and|of|the|&))*)"

_LEAD_IN = re.compile(
    # "County Council, having given due regard to the s25 Report, is asked to": an aside may follow the body.
    # "Pursuant to section 25 of the Act, County Council is asked to": a statutory clause may open it.
    r"^(?:(?:pursuant\s+to|in\s+accordance\s+with|under)\s+(?:section|s\.?|regulation|paragraph|rule)\s*\d[^,;:.]{0,100},\s+)?"
    # "The Cabinet Member for Integrated Children's Services is asked to:": a portfolio may follow the body.
    # "The Corporate Director – Health and Adult Services is asked to": an officer and the portfolio of the post.
    rf"(?P<subject>(?:that\s+)?(?:the\s+)?[\w&’'/\- ]{{0,80}}?\b(?:{BODY}|(?-i:{OFFICER_POST}))"
    rf"(?:\s+(?:for|of)\s+{PORTFOLIO}|\s+[–-]\s+{PORTFOLIO})?)(?:\s*,\s*(?:having|after|subject)\b[^,;:]{{3,200}},)?\s+"
    # "That the Executive Member be advised to:": an advisory panel's advice put as a resolution.
    r"(?:is|are|be)\s+(?:being\s+|therefore\s+|also\s+)?"
    r"(?:asked|requested|recommended|invited|advised)\s+to\b\s*(?P<rest>.*)$",
    re.I,
)
# "That the Cabinet is recommended:" over a list: the body recommended with no verb, the items carry theirs.
# "For Northby Council, Cabinet is requested:": a joint report's part for one of its councils.
_RECOMMENDED_COLON = re.compile(
    r"^(?:for\s+(?:the\s+)?[^,:;.]{3,80},\s+)?"
    rf"(?:that\s+)?(?:the\s+)?[\w&’'/\- ]{{0,80}}?\b{BODY}\s+(?:is|are)\s+(?:therefore\s+)?"
    r"(?:recommended|requested)\s*:\s*[-–—]?$",
    re.I,
)
_IT_IS_RECOMMENDED = re.compile(
    r"^(?:it\s+is|it\s+was)\s+(?:therefore\s+|further\s+|also\s+)?recommended\s+"
    # "It is recommended for the Executive to:" over the list: the body named, the verbs in the items.
    rf"(?:that\b|for\s+(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s+to\b)[\s:]*(?P<rest>.*)$", re.I
)
# "It is recommended that the Executive:" over the list: only the body is named.
_BODY_ALONE_COLON = re.compile(rf"^(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}\s*:\s*[-–—]?$", re.I)
# "Members are asked to refer to the updated report": where to read, not a decision ("refer the matter to").
_POINTS_TO_READING = re.compile(r"^(?:refer\s+to|read)\b", re.I)
_SCOPE_LIST = re.compile(r"^(?:this|these|it|they|the\s+\w+)\s+(?:comprises?|includes?|consists?|covers?)\b", re.I)

# "Following the debate, " / "Having considered the report, appendices and discussion, ": a clause before the body.
# "County Councillor Jo Bloggs, the Cabinet Member for Health approved:": the member's name before the post.
_OPENING_CLAUSE = (r"(?:(?:following|after|having|at\s+its|on|subject\s+to)\b[^:;.]{0,120}?,\s+)?"
                   r"(?:(?:County\s+)?(?:Councillor|Cllr\.?)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+)?")
# An officer taking a delegated decision: "The Director of Adults and Health (Jo Smith) has approved that;".
_OFFICER = (rf"(?:(?:assistant|deputy|executive|strategic|corporate|interim)\s+)*(?:director|chief\s+executive|chief\s+officer)"
            rf"(?:\s+(?:of|for)\s+{PORTFOLIO})?(?:\s*\([^()]{{2,60}}\))?")
# "I Jo Smith, City Mayor, in exercise of the powers contained within the Constitution do hereby approve the:".
_I_HEREBY = r"I(?:\s*,?\s+[^.;:]{3,200}?)?(?=\s+(?:do\s+)?hereby\s)"
BODY_DECIDED = re.compile(
    # "The Cabinet Member for Adult Social Care has agreed to ...": a portfolio may follow the body.
    # "Following consideration of the report, appendices and discussion, the Executive resolved to:" opens so too.
    rf"^(?:as\s+[^,]{{3,100}}?,?\s+(?=I\s))?{_OPENING_CLAUSE}(?:the\s+)?"
    rf"(?:[\w&’'\- ]{{0,60}}?\b{BODY}(?:\s+for\s+{PORTFOLIO})?|{_OFFICER}|{_I_HEREBY}|I)\s+"
    r"(?:has\s+|have\s+|(?:do\s+)?hereby\s+)?(?:unanimously\s+)?(?:agreed|agrees?|resolved|resolves|decided|approved|approve)"
    # "resolves, in accordance with its powers under s137 ..., to incur": the adverbial stays in the item.
    # "... do hereby approve the:" over a list: the list holds what is approved.
    r"(?:,?\s+(?:(?:to|that)\b\s*[:;]?\s*|the\s*(?=:\s*$)|(?=(?:in\s+accordance\s+with|under|pursuant\s+to)\b[^.]{0,160}?\bto\s))"
    # "As Cabinet Member for Public Health, I agree:" over "i. To accept the grant ...": the list is what is agreed
    # ("I approve:" likewise).
    r"|(?:(?<=I\sagree)|(?<=I\sapprove)):\s*(?=$))"
    r"(?P<rest>.*)$",
    re.I,
)
# "I Councillor Hinds, Lead Member for ..., do hereby approve the extension of Contract for ... as detailed in the table
# below:": the decision-maker's record of decision, its sentence the decision.
I_HEREBY_DECIDES = re.compile(
    r"^I(?:\s*,?\s+[^.;:]{3,200}?)?\s+(?:do\s+)?hereby\s+(?P<verb>approve|agree|authori[sz]e|accept|award|extend|"
    r"decide|determine)\s+(?!the\s*:|to\s*:|that\s*:|the\s+following\b)"
    # "I hereby approve the above proposal": the approval of what the record already lists, no decision of its own.
    r"(?!(?:the\s+)?(?:above|foregoing)\b|the\s+(?:proposals?|recommendations?)\b)\w", re.I)
# "I, Jo Smith, Statutory Deputy City Mayor, in consultation with the Cabinet ... do hereby:" over the bullets, each
# opening with its own verb ("Notes ...", "Approve ..."): a record of decision's lead-in with no verb of its own.
_I_DO_HEREBY = re.compile(r"^I(?:\s*,?\s+[^.;:]{3,200}?)?\s+(?:do\s+)?hereby\s*:\s*[-–]?$", re.I)
# "Following the debate, the Committee unanimously agreed the following motion:" over a lettered list:
# a report recording what a body decided at its own meeting.
BODY_DECIDED_LIST = re.compile(
    # "..., the Cabinet Member for Housing resolved that:" over "(1) ...": a portfolio may follow the body.
    # "The Director of Adults and Health approved:" over paragraphs: an officer's delegated decision too.
    rf"^{_OPENING_CLAUSE}(?:the\s+)?(?:[\w&’'\- ]{{0,60}}?\b{BODY}(?:\s+for\s+{PORTFOLIO})?|{_OFFICER})\s+"
    r"(?:has\s+|have\s+)?(?:(?:therefore|then|formally|unanimously)\s+)*"
    r"(?P<verb>agreed|resolved|decided|approved|adopted)"
    r"(?:\s+(?:unanimously|as\s+follows))?(?:\s+the\s+following(?:\s+(?:motion|resolutions?|recommendations?|decisions?))?)?"
    # "... AGREED the following recommendations and RECOMMENDED their agreement by Cabinet:": passed on as well
    r"(?:\s+and\s+(?:recommended|referred|commended)\s+(?:them|their\s+(?:agreement|approval|adoption))\s+"
    r"(?:to|by)\s+[^:;.]{1,60}?)?"
    # "The Cabinet Member for Public Health has approved;" over "(1) receipt of ...": the colon mistyped.
    r"(?:\s+that)?\s*[:;]\s*$",
    re.I,
)
# "The Chair agreed to write to ...", "The Vice-Chairman agreed to raise ...", "The Executive Director of Nursing agreed
# to review the data": an undertaking minuted, not a decision.
_CHAIR_UNDERTAKES = re.compile(rf"^(?:the\s+)?(?:(?:vice[\s-]?)?chair(?:man|person|woman)?|{_OFFICER})\s+agreed\s+to\b", re.I)
# "Cabinet propose to:", "The Cabinet Member proposes to:" over a list: a proposed decision's lead-in.
_PROPOSES_TO = re.compile(
    rf"^(?:as\s+[^,]{{3,100}}?,?\s+(?=I\s))?(?:the\s+)?(?:[\w&’'\- ]{{0,60}}?\b{BODY}|I|we)\s+"
    r"(?:proposes?|is\s+proposing|intends?)\s+to\s*:?\s*$",
    re.I,
)

# "Arising from a report of the Director, the Working Group had recommended that:" over a labelled list:
# minutes setting out another body's recommendations to this one. Only a lead-in ending the line in a colon.
_BODY_HAD_RECOMMENDED = re.compile(
    rf"^(?:[^:;.]{{3,200}},\s+)?(?:the\s+)?(?:[\w&’'\- ]{{0,60}}?\b{BODY}|(?-i:[A-Z]{{2,6}}))\s+"
    r"(?:has|had)\s+(?:also\s+)?recommended\s+that\s*:\s*[-–]?$",
    re.I,
)


# "We ask that the Overview Committee refers the decision back ...": the authors of a call-in or motion asking a body
# to act; the body is followed by what it is to do in the third person ("recommends", "refers", "asks").
_WE_REQUEST = re.compile(
    rf"^(?:we|I)\s+(?:would\s+)?(?:therefore\s+)?(?:request|ask|propose)\s+that\s+(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}"
    r"\s+(?P<verb>[a-z]+s)\b",
    re.I,
)


# "Cabinet Approves:", "The Committee Notes:" over the decision's paragraph: a decision notice's lead-in naming the
# body and its verb in the third person, ending the line.
BODY_VERBS_COLON = re.compile(
    # "That the Mayor approves:", "The Cabinet notes:": a decision notice's lead-in, its verb in lower case too.
    rf"^(?:that\s+)?(?:the\s+)?(?-i:(?:[A-Z][\w&’'\-]*\s+){{0,4}})?{BODY}\s+"
    r"(?P<verb>(?-i:[A-Z][a-z]+s|[A-Z]+S|[a-z]+s))"
    # "That the Cabinet recommends to Council that:-": the body it recommends to, before the list.
    # "The Leader approves" alone over the numbered list: a decision page's lead-in, its colon left off.
    rf"(?:\s+to\s+(?:the\s+)?(?-i:(?:[A-Z][\w&’'\-]*\s+){{0,3}})?{BODY}\s+that)?\s*(?::\s*[-–]?)?$", re.I
)
# "That the Cabinet Member for Housing approves direct awards for the following:" over the awards, one a bullet.
_BODY_VERBS_FOLLOWING = re.compile(
    rf"^(?:that\s+)?(?:the\s+)?[\w&’'\- ]{{0,60}}?\b{BODY}(?:\s+for\s+{PORTFOLIO})?\s+(?P<verb>[a-z]+s)\b"
    r"[^.:;]{0,80}?\bthe\s+following(?:\s+[a-z]+){0,2}\s*:\s*[-–]?$",
    re.I,
)
# Only the verbs of a decision: "Members Comments:" or "Board Reviews:" head no decision.
_DECIDING_THIRD_PERSON = frozenset({"approve", "note", "agree", "endorse", "resolve", "adopt", "accept", "authorise",
                                    "delegate", "confirm", "ratify", "recommend", "decide", "award", "grant"})


# "If the Council agrees to ..., the following changes would be made": a condition on a decision not yet taken.
_CONDITION = re.compile(r"^(?:if|unless|should|once|whether|in\s+the\s+event\s+(?:that|of))\b", re.I)

# A request whose object is the list below it: "... as follows:", "... the following actions:".
# "... asked to note the recommendations of the Collaboration Board to:": the items complete the infinitive.
# "... asked to inform the Chief Finance Officer of their approval for:": what is approved is the list.
_OVER_LIST = re.compile(r"\b(?:as\s+follows|the\s+following(?:\s+[\w’'-]+){0,3}|to|"
                        r"(?:approval|agreement|consent)\s+(?:for|of))\s*:\s*[-–—]?$", re.I)


def _verb_after_to(rest: str) -> str | None:
    """The verb a lead-in ends with ("... asked to approve:"), if it ends in a list."""
    # "approve:", "approve: -", "approve:-" all end a lead-in over a list.
    # "agree the following:" and "resolve as follows:" end one too.
    m = re.match(r"^(?:(?:consider\s+and\s+)?(\w+)(?:\s+(?:and|or)\s+(\w+))?(?:\s+(?:the\s+following|as\s+follows))?)?"
                 r"\s*:?\s*[-–—]?\s*$", rest.strip(), re.I)
    if not m or not m.group(1):
        return None
    return base_verb(m.group(1))


def lead_in(text: str) -> tuple[str | None, str, bool] | None:
    """(verb, text after the lead-in, whether the item must keep the whole sentence) or None.

    A lead-in that ends the line ("Committee are asked to approve:") introduces a list and is
    dropped; one that runs on into its item ("The Board is asked to note the report.") is kept
    with it, as a reader would quote it.
    """
    text = text.strip()
    if _CONDITION.match(text):
        return None
    m = _LEAD_IN.match(text)
    if m:
        rest = m.group("rest")
        if _POINTS_TO_READING.match(rest):
            return None
        if _verb_after_to(rest) is not None or not rest.strip(" :-–—"):
            return _verb_after_to(rest), "", False  # "asked to:-" ends a lead-in over a list as "asked to:" does
        if _OVER_LIST.search(rest):
            # "asked to adopt the plan and agree the steps as follows:": the list below says what is decided.
            return first_verb(rest), "", False
        return first_verb(rest), text, True
    if _RECOMMENDED_COLON.match(text):
        return None, "", False
    m = _IT_IS_RECOMMENDED.match(text)
    if m:
        rest = m.group("rest").strip()
        if _SCOPE_LIST.match(rest):
            return None
        if _BODY_ALONE_COLON.match(rest):
            return None, "", False
        # "It is recommended that the Council enters into ..." is quoted whole, as a reader would.
        return None, (text if rest else ""), False
    if _BODY_HAD_RECOMMENDED.match(text):
        return None, "", False
    m = _PROPOSES_TO.match(text)
    if m:
        return None, "", False
    m = BODY_VERBS_COLON.match(text) or _BODY_VERBS_FOLLOWING.match(text)
    verb = present_verb(m.group("verb")) if m else None
    if verb in _DECIDING_THIRD_PERSON:
        return verb, "", False
    m = _WE_REQUEST.match(text)
    verb = present_verb(m.group("verb")) if m else None
    if verb is not None:
        return verb, text, True
    m = BODY_DECIDED_LIST.match(text)
    if m:
        return base_verb(m.group("verb")), "", False
    if _I_DO_HEREBY.match(text):
        return None, "", False
    m = I_HEREBY_DECIDES.match(text)
    if m:
        return base_verb(m.group("verb")), text, True
    m = BODY_DECIDED.match(text)
    if m and _CHAIR_UNDERTAKES.match(text):
        return None  # "The Chair agreed to write to group leaders": the chair's own action, not a resolution
    if m:
        rest = m.group("rest").strip()
        verb_m = re.search(r"\b(agreed|agrees?|resolved|resolves|decided|approved|approve)\b", text, re.I)
        lead_verb = base_verb(verb_m.group(1)) if verb_m else None
        if not rest.strip(" :"):
            return lead_verb, "", False
        if _verb_after_to(rest) is not None:
            return _verb_after_to(rest), "", False
        if re.search(r"\b(?:to|that|following)\s*:\s*[-–—]?$", rest) or (
            re.match(r"the\s+following\b", rest, re.I) and rest.rstrip().endswith(":")
        ):
            # "... agreed to delegate authority to the Director to:" introduces the list below.
            return first_verb(rest) or lead_verb, "", False
        return lead_verb, rest, False
    return None
