"""Agreements (section 75, pooled budgets, Better Care Fund, contracts, frameworks, grants) read from a paper.

The extractor works in four steps:
1. find mentions of agreements with patterns (mentions.py, grants.py, tables.py, decision_titles.py; each with a
   kind, an optional subject and counterparties, read through reader.py);
2. group mentions that name the same agreement (grouping.py: same kind and same subject or counterparty);
3. keep groups a paper actually deals with (assembly.py: a named counterparty, a recommendation, a stated action);
4. read each group's action (actions.py), dates (dates.py) and values and parties (assembly.py)
   from the sentences its mentions sit in (sentences.py).
"""

from __future__ import annotations

from extractors.agreements.extract import extract_agreements
from extractors.agreements.sentences import split_sentences
from extractors.agreements.subjects import same_subject, subject_key

__all__ = ["extract_agreements", "same_subject", "split_sentences", "subject_key"]
