"""Words recommendation and decision rules share: opening verbs, their inflections and outcomes, deciding bodies."""

from __future__ import annotations

import re

VERBS: frozenset[str] = frozenset(
    """approve agree note delegate endorse consider recommend authorise authorize comment adopt
    receive support review accept ratify confirm grant award appoint instruct request reject
    defer provide ensure allocate nominate establish commission proceed give amend acknowledge
    welcome discuss decide determine procure extend enter commit undertake release vary waive
    continue transfer refer invite require direct thank identify set make
    recognise recognize retain increase reduce implement submit publish replace place commence renew terminate
    end cease dissolve decommission conduct negotiate finalise finalize complete progress execute sign""".split()
)
"""Verbs that open a recommendation or decision item (lower case, base form)."""

INFLECTED = {"approves": "approve", "approved": "approve", "agrees": "agree", "agreed": "agree",
              "notes": "note", "noted": "note", "endorses": "endorse", "endorsed": "endorse",
              "delegates": "delegate", "delegated": "delegate", "adopts": "adopt",
              "adopted": "adopt", "accepts": "accept", "accepted": "accept",
              "receives": "receive", "received": "receive", "supports": "support",
              "supported": "support", "ratified": "ratify", "authorised": "authorise",
              "authorized": "authorise", "authorize": "authorise", "considers": "consider",
              "considered": "consider", "resolved": "resolve", "deferred": "defer",
              "rejected": "reject", "confirmed": "confirm", "recommends": "recommend",
              "recommended": "recommend", "welcomed": "welcome", "reviewed": "review",
              "resolves": "resolve"}

OUTCOMES = {"approve": "approved", "agree": "agreed", "note": "noted", "endorse": "endorsed",
             "delegate": "delegated", "adopt": "adopted", "accept": "accepted",
             "receive": "received", "support": "supported", "ratify": "ratified",
             "authorise": "authorised", "consider": "considered", "defer": "deferred",
             "reject": "rejected", "confirm": "confirmed", "recommend": "recommended",
             "welcome": "welcomed", "review": "reviewed", "transfer": "agreed",
             "refer": "referred", "appoint": "appointed"}

# One character of a clause that names people ("It was proposed by G. Smith & seconded by Mrs. Jones that"): no
# stop, colon, semicolon or line end, save the dot after an initial or a title.
NAME_CLAUSE_CHAR = r"(?:[^.;:\n]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bCllr)\.)"

# A body that can be asked to decide: the last word(s) of the subject of a lead-in.
BODY = (r"(?:cabinet|committee|committees|sub-committee|board|council|members?|panel|executive|"
         r"forum|group|partnership|chairs?|governors|governing\s+bod(?:y|ies)|assembly|authority|leader|mayor|"
         r"commission|cabinet member|portfolio holder|meeting|trustees|directors|commissioner|PCC)")

# An officer's post that may be asked to decide or decides: "The Corporate Director", "the Chief Executive".
OFFICER_POST = (r"(?:(?:Corporate|Executive|Strategic|Assistant|Deputy|Interim)\s+)*"
                r"(?:Director|Chief\s+Executive|Chief\s+Officer|Head)")

# A word of a deciding body's name before BODY: "That the Health and Wellbeing Board:", "That Policy & Resources
# Committee:", "That Audit, Risk and Scrutiny Committee".
BODY_NAME_WORD = r"(?:(?:the|and|of|for|&)\s+|[A-Z][\w&’'\-]*,?\s+)"

# A deciding body's verb in the present: "Cabinet awards ...", "That it endorses ...".
PRESENT_DECIDING = (r"(?:agrees|approves|notes|endorses|resolves|decides|delegates|authori[sz]es|awards|accepts|"
                    r"appoints|grants|extends|adopts|confirms|allocates|commissions|instructs|requests|waives|varies|"
                    r"terminates|supports|enters\s+into)")


def words(text: str) -> frozenset[str]:
    """The lower-case words and numbers of a text, as a set (for overlap comparisons)."""
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))
