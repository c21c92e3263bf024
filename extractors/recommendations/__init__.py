"""Recommendations and decisions read from a paper: what it asks a body to decide, and what was decided.

The extractor works in three steps:
1. find the lines that open a recommendation or decision section (anchors.py: headings, "is asked
   to", "RESOLVED", "Decision Made: That", lead-ins; also lists with no heading, unheaded_lists.py,
   and lists run together on one long line, flat_lines.py);
2. read each section's labelled items (sections.py, with lines.py for labels, list_nesting.py for
   where a label sits, section_ends.py for where a list stops, items.py for an item's final text);
3. build the records with verb and outcome (extract.py, verbs.py, outcomes.py) and link decisions
   to the recommendations of the same paper they decide (links.py).
Parish and town council minutes with no formal resolution list have their decisions read from the
prose (narrative.py: "It was agreed to ...", motions "Carried"); a grant table with an outcome
column gives one decision per application (outcome_tables.py).
A paper with no list at all may still say what it asks or records: a leader's report tells the
Cabinet's decisions in prose (cabinet_reports.py), a front sheet asks "Executive to note ..."
(prose_requests.py), and an approved decision page gives only the approval its report sought
(approval_sought.py); an agenda item or minute cut off before any of these gives the things its stated
purpose seeks (purpose_asks.py); paragraphs.py reads a paragraph's opening sentence for these.
"""

from __future__ import annotations

from extractors.recommendations.extract import extract_recommendations

__all__ = ["extract_recommendations"]
