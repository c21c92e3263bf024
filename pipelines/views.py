"""Research views over the fact tables: comparisons, timelines, money, and facts with evidence.

Every view is plain SQL over the store's tables (see `pipelines/store.py`), so the same
questions can be asked from Datasette, the `sqlite3` shell or `papers export --table VIEW`.
`ensure_views` (re)creates them when their SQL changed and adds a full-text index over
recommendation text; it writes nothing when everything is already current.

Conventions shared by the views:
- `council` is the paper's issuing body (a council, or an NHS body for NHS papers);
- `year` is the calendar year of the paper's meeting date (the document's, else its first
  report's); NULL when the paper does not say when it was considered;
- `path`, `page`, `quote` and `evidence_url` tie a row to the text it was read from;
  `evidence_url` is a Datasette path relative to the database (`pages/<document>,<page>`).
"""

from __future__ import annotations

import sqlite_utils

NHS_ORG_TYPES = ("ccg", "icb", "nhs_trust", "nhs_foundation_trust", "nhs_england",
                 "primary_care_trust")
COUNCIL_ORG_TYPES = ("county_council", "unitary_council", "metropolitan_borough",
                     "london_borough", "district_council", "city_council",
                     "town_or_parish_council", "council")
POOLED_KINDS = ("section_75", "pooled_budget", "better_care_fund")


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _side_of(text: str) -> str:
    """SQL: which side of a health-and-care partnership a payer's words name, else NULL."""
    padded = f"(' ' || lower({text}) || ' ')"
    return f"""CASE
        WHEN {text} IS NULL THEN NULL
        WHEN {padded} LIKE '% nhs %' OR {padded} LIKE '% ccg%' OR {padded} LIKE '% icb%'
          OR {padded} LIKE '%ccg %' OR {padded} LIKE '%icb %'
          OR {padded} LIKE '%clinical commissioning%' OR {padded} LIKE '%integrated care board%'
          OR {padded} LIKE '%foundation trust%' THEN 'nhs'
        WHEN {padded} LIKE '% la %' OR {padded} LIKE '%council%'
          OR {padded} LIKE '%local authority%' OR {padded} LIKE '% borough %' THEN 'local_authority'
        END"""


_PAPERS = """
SELECT d.id AS document_id,
       (SELECT min(p.path) FROM document_paths p WHERE p.document_id = d.id) AS path,
       d.issuing_body AS council,
       d.meeting_body AS committee,
       coalesce(d.meeting_date,
                (SELECT min(r.meeting_date) FROM reports r WHERE r.document_id = d.id))
           AS meeting_date,
       CAST(substr(coalesce(d.meeting_date,
                (SELECT min(r.meeting_date) FROM reports r WHERE r.document_id = d.id)), 1, 4)
            AS INTEGER) AS year,
       d.format, d.pages, d.characters,
       (SELECT count(*) FROM reports r WHERE r.document_id = d.id) AS reports,
       (SELECT count(*) FROM agreements a WHERE a.document_id = d.id) AS agreements,
       (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id) AS recommendations,
       (SELECT count(*) FROM amounts m WHERE m.document_id = d.id) AS amounts
FROM documents d
"""

_AGREEMENT_FACTS = """
SELECT a.id AS agreement_id, p.council, p.year, a.kind, a.action, a.subject,
       (SELECT group_concat(name, '; ') FROM
           (SELECT name FROM agreement_parties ap WHERE ap.agreement_id = a.id
            ORDER BY ap.position)) AS parties,
       a.start_date, a.end_date, a.statutory_basis, a.values_gbp,
       p.committee, p.meeting_date, p.path, a.page, a.quote,
       'pages/' || a.document_id || ',' || a.page AS evidence_url,
       a.confidence, a.rule, a.document_id
FROM agreements a JOIN papers p ON p.document_id = a.document_id
"""

_AGREEMENTS_BY_COUNCIL_KIND = """
SELECT council, kind, count(*) AS agreements, count(DISTINCT document_id) AS papers,
       min(year) AS first_year, max(year) AS last_year,
       sum(action IN ('new', 'renew', 'extend', 'vary')) AS new_or_changed
FROM agreement_facts
GROUP BY council, kind
"""

_AGREEMENTS_BY_YEAR_KIND = """
SELECT year, kind, count(*) AS agreements, count(DISTINCT council) AS councils
FROM agreement_facts
GROUP BY year, kind
"""

# Contributions are grouped by the report (within a paper) that states them: a pack holds
# several reports, and a contribution belongs to the arrangement its own report is about.
# `agreement_id` is the pooled agreement every figure of the group is linked to exactly
# (amounts.agreement_id, set when the figure is one of that agreement's values); else the one
# pooled arrangement the report names; else NULL with `candidate_agreements` listing them
# (better a visible doubt than a wrong link).
# `side` comes from the payer's organisation type, else the payer's or the amount's words.
# A side with several figures in one group (gross, net and per-service lines, or two pools in
# one report) is not summed: its figures count as unattributed, since adding them is nonsense.
_POOLED_CONTRIBUTIONS = f"""
WITH located AS (
    SELECT m.id, m.document_id, m.kind, m.value_pence, m.financial_year, m.payer, m.what,
           m.page,
           (SELECT g.id FROM agreements g WHERE g.id = m.agreement_id
                AND g.kind IN ({_sql_list(POOLED_KINDS)})) AS linked_id,
           -- offset in the paper's joined text (pages joined by 3 characters, "\\n\\f\\n")
           m.char_start + (SELECT coalesce(sum(length(x.text) + 3), 0) FROM pages x
                           WHERE x.document_id = m.document_id AND x.number < m.page) AS at
    FROM amounts m WHERE m.kind = 'contribution'
), pooled AS (
    SELECT a.id, a.document_id, a.subject,
           a.char_start + (SELECT coalesce(sum(length(x.text) + 3), 0) FROM pages x
                           WHERE x.document_id = a.document_id AND x.number < a.page) AS at
    FROM agreements a WHERE a.kind IN ({_sql_list(POOLED_KINDS)})
), sided AS (
    SELECT l.*, r.id AS report_id, r.title AS report_title,
           coalesce(
               (SELECT CASE WHEN o.org_type IN ({_sql_list(NHS_ORG_TYPES)}) THEN 'nhs'
                            WHEN o.org_type IN ({_sql_list(COUNCIL_ORG_TYPES)})
                                THEN 'local_authority' END
                FROM organisations o WHERE lower(o.name) = lower(l.payer) LIMIT 1),
               {_side_of("l.payer")}, {_side_of("l.what")}) AS side
    FROM located l LEFT JOIN reports r ON r.document_id = l.document_id
         AND l.at >= r.char_start AND l.at < r.char_end
), contribution AS (
    SELECT s.id, s.document_id, s.kind, s.value_pence, s.financial_year, s.payer, s.what,
           s.page, s.at, s.linked_id, s.report_id, s.report_title,
           CASE WHEN min(s.value_pence) OVER side_group = max(s.value_pence) OVER side_group
                THEN s.side END AS side
    FROM sided s
    WINDOW side_group AS (PARTITION BY s.document_id, s.report_id, s.financial_year, s.side)
), in_report AS (
    SELECT c.report_id, c.document_id, count(DISTINCT g.id) AS pooled_agreements,
           min(g.id) AS only_id, group_concat(DISTINCT g.subject) AS subjects
    FROM (SELECT DISTINCT report_id, document_id FROM contribution) c
    JOIN reports r ON r.id = c.report_id
    JOIN pooled g ON g.document_id = c.document_id
         AND g.at >= r.char_start AND g.at < r.char_end
    GROUP BY c.report_id
), distinct_contribution AS (
    -- the same figure said twice for the same side and year is one contribution
    SELECT document_id, report_id, report_title, financial_year, side, value_pence,
           min(page) AS page, count(linked_id) = count(*) AS all_linked,
           min(linked_id) AS first_link, max(linked_id) AS last_link
    FROM contribution
    GROUP BY document_id, report_id, financial_year, side, value_pence
)
SELECT CASE WHEN min(c.all_linked) = 1 AND min(c.first_link) = max(c.last_link)
                THEN min(c.first_link)
            WHEN i.pooled_agreements = 1 THEN i.only_id END AS agreement_id,
       i.subjects AS candidate_agreements, c.report_title, p.council, p.year,
       c.financial_year,
       round(sum(CASE WHEN c.side = 'local_authority' THEN c.value_pence END) / 100.0, 2)
           AS local_authority_gbp,
       round(sum(CASE WHEN c.side = 'nhs' THEN c.value_pence END) / 100.0, 2) AS nhs_gbp,
       -- figures whose side is not written are counted, never summed: a table of gross,
       -- net and per-service lines would add up to nonsense
       sum(c.side IS NULL) AS unattributed_figures,
       round(max(CASE WHEN c.side IS NULL THEN c.value_pence END) / 100.0, 2)
           AS largest_unattributed_gbp,
       round(sum(CASE WHEN c.side IS NOT NULL THEN c.value_pence END) / 100.0, 2)
           AS attributed_total_gbp,
       round(100.0 * sum(CASE WHEN c.side = 'local_authority' THEN c.value_pence END)
             / nullif(sum(CASE WHEN c.side IS NOT NULL THEN c.value_pence END), 0), 1)
           AS local_authority_share_pct,
       round(100.0 * sum(CASE WHEN c.side = 'nhs' THEN c.value_pence END)
             / nullif(sum(CASE WHEN c.side IS NOT NULL THEN c.value_pence END), 0), 1)
           AS nhs_share_pct,
       count(*) AS contributions, p.path, min(c.page) AS page,
       'pages/' || c.document_id || ',' || min(c.page) AS evidence_url, c.document_id
FROM distinct_contribution c
JOIN in_report i ON i.report_id = c.report_id
JOIN papers p ON p.document_id = c.document_id
GROUP BY c.report_id, c.financial_year
"""

# One agreement followed across papers: the same kind and subject between the same parties
# (or, when no party was read, in the same council's papers) is one thread.
_AGREEMENT_TIMELINE = """
WITH keyed AS (
    SELECT f.*,
           f.kind || ' | ' || lower(trim(f.subject)) || ' | ' || coalesce(
               (SELECT group_concat(n, '; ') FROM
                   (SELECT DISTINCT lower(name) AS n FROM agreement_parties ap
                    WHERE ap.agreement_id = f.agreement_id ORDER BY n)),
               'council: ' || coalesce(f.council, '?')) AS thread_key
    FROM agreement_facts f
)
SELECT thread_key,
       row_number() OVER thread AS step,
       count(*) OVER (PARTITION BY thread_key) AS steps,
       count(*) OVER (PARTITION BY thread_key) > 1 AS recurs,
       meeting_date, year, council, kind, action, subject, parties, start_date, end_date,
       statutory_basis, committee, path, page, quote, evidence_url, agreement_id
FROM keyed
WINDOW thread AS (PARTITION BY thread_key
                  ORDER BY meeting_date IS NULL, meeting_date, start_date, end_date, path)
"""

_AGREEMENT_THREADS = """
SELECT thread_key, min(council) AS council, min(kind) AS kind, min(subject) AS subject,
       count(*) AS mentions, count(DISTINCT path) AS papers,
       min(meeting_date) AS first_meeting, max(meeting_date) AS last_meeting,
       group_concat(action, ' > ') AS actions,
       min(start_date) AS earliest_start, max(end_date) AS latest_end
FROM (SELECT * FROM agreement_timeline ORDER BY thread_key, step)
GROUP BY thread_key
"""

# A proposal is matched to a decision of the same council in another paper when one's
# opening words (40 characters, long enough not to match "note the report") appear in the other.
_RECOMMENDATION_DECISIONS = """
WITH rec AS (
    SELECT r.*, p.council, p.meeting_date, p.path, p.year, lower(r.text) AS low
    FROM recommendations r JOIN papers p ON p.document_id = r.document_id
), linked AS (
    SELECT recommendation_id, decision_id, 1 AS same_paper FROM recommendation_decisions_link
), matched AS (
    SELECT recommendation_id, decision_id, same_paper FROM linked
    UNION
    SELECT r.id, d.id, 0
    FROM rec r JOIN rec d
      ON d.is_decision = 1 AND r.is_decision = 0 AND d.council = r.council
     AND d.document_id <> r.document_id
     AND length(r.text) >= 25 AND length(d.text) >= 25
     AND (instr(r.low, substr(d.low, 1, 40)) > 0 OR instr(d.low, substr(r.low, 1, 40)) > 0)
)
SELECT r.council, r.year, r.meeting_date, r.label, r.verb, r.text AS recommendation,
       CASE WHEN r.is_decision = 1 THEN r.outcome ELSE d.outcome END AS outcome,
       CASE WHEN r.is_decision = 1 THEN 'recorded as decided'
            WHEN m.same_paper = 1 THEN 'decided in the same paper'
            WHEN d.id IS NOT NULL THEN 'decided in a later paper'
            ELSE 'no decision found' END AS status,
       d.text AS decision, d.meeting_date AS decision_date, d.path AS decision_path,
       d.page AS decision_page, r.path, r.page, r.quote,
       'pages/' || r.document_id || ',' || r.page AS evidence_url,
       r.id AS recommendation_id, r.document_id
FROM rec r
LEFT JOIN matched m ON m.recommendation_id = r.id
LEFT JOIN rec d ON d.id = m.decision_id
WHERE r.is_decision = 0
   OR NOT EXISTS (SELECT 1 FROM matched x WHERE x.decision_id = r.id)
"""

_MONEY_BY_YEAR_COUNCIL = """
WITH money AS (
    SELECT p.council, m.financial_year, m.kind, m.value_pence, m.document_id
    FROM amounts m JOIN papers p ON p.document_id = m.document_id
)
SELECT council, financial_year, kind, count(*) AS amounts,
       count(DISTINCT value_pence) AS distinct_values,
       round((SELECT sum(v) FROM (SELECT DISTINCT value_pence AS v FROM money x
              WHERE x.council IS money.council AND x.financial_year IS money.financial_year
                AND x.kind = money.kind)) / 100.0, 2) AS total_distinct_gbp,
       round(max(value_pence) / 100.0, 2) AS largest_gbp,
       count(DISTINCT document_id) AS papers
FROM money
GROUP BY council, financial_year, kind
"""

_AMOUNT_FACTS = """
SELECT m.id AS amount_id, p.council, p.year, m.financial_year, m.kind, m.value_gbp, m.text,
       m.what, m.payer, m.from_table, p.path, m.page, m.quote,
       'pages/' || m.document_id || ',' || m.page AS evidence_url, m.document_id
FROM amounts m JOIN papers p ON p.document_id = m.document_id
"""

_ORGANISATION_PAPERS = """
SELECT o.name AS organisation, o.org_type, o.canonical_id, p.council, p.year, p.path,
       count(*) AS mentions, min(m.page) AS first_page,
       (SELECT x.quote FROM mentions x WHERE x.document_id = m.document_id
          AND x.organisation_id = o.id ORDER BY x.page, x.char_start LIMIT 1) AS first_quote,
       'pages/' || m.document_id || ',' || min(m.page) AS evidence_url, m.document_id
FROM mentions m JOIN organisations o ON o.id = m.organisation_id
JOIN papers p ON p.document_id = m.document_id
GROUP BY o.id, m.document_id
"""

_FACT_EVIDENCE = """
SELECT 'agreements' AS fact_table, a.id AS fact_id, a.kind || ': ' || a.subject AS fact,
       a.document_id, a.page, a.char_start, a.char_end, a.quote FROM agreements a
UNION ALL
SELECT 'amounts', m.id, m.text || coalesce(' (' || m.what || ')', ''),
       m.document_id, m.page, m.char_start, m.char_end, m.quote FROM amounts m
UNION ALL
SELECT 'dates', t.id, t.role || ': ' || t.value,
       t.document_id, t.page, t.char_start, t.char_end, t.quote FROM dates t
UNION ALL
SELECT 'recommendations', r.id, r.text,
       r.document_id, r.page, r.char_start, r.char_end, r.quote FROM recommendations r
UNION ALL
SELECT 'mentions', n.id, n.name,
       n.document_id, n.page, n.char_start, n.char_end, n.quote FROM mentions n
"""

_EVIDENCE = f"""
SELECT e.fact_table, e.fact_id, e.fact, p.council, p.year, p.path, e.page, e.char_start,
       e.char_end, e.quote, 'pages/' || e.document_id || ',' || e.page AS evidence_url,
       e.document_id
FROM ({_FACT_EVIDENCE}) e JOIN papers p ON p.document_id = e.document_id
"""

VIEWS: dict[str, str] = {
    "papers": _PAPERS,
    "agreement_facts": _AGREEMENT_FACTS,
    "agreements_by_council_kind": _AGREEMENTS_BY_COUNCIL_KIND,
    "agreements_by_year_kind": _AGREEMENTS_BY_YEAR_KIND,
    "pooled_budget_contributions": _POOLED_CONTRIBUTIONS,
    "agreement_timeline": _AGREEMENT_TIMELINE,
    "agreement_threads": _AGREEMENT_THREADS,
    "recommendation_decisions": _RECOMMENDATION_DECISIONS,
    "money_by_year_council": _MONEY_BY_YEAR_COUNCIL,
    "amount_facts": _AMOUNT_FACTS,
    "organisation_papers": _ORGANISATION_PAPERS,
    "evidence": _EVIDENCE,
}
"""View name -> SELECT, in creation order (a view only uses views before it)."""

FTS_TABLES: dict[str, list[str]] = {"pages": ["text"], "recommendations": ["text"]}
"""Tables searched in full text (FTS5, kept current by triggers) and their columns."""


def view_sql(name: str) -> str:
    """The CREATE VIEW statement for one view, as SQLite stores it in sqlite_master."""
    return f"CREATE VIEW {name} AS {VIEWS[name].strip()}"


def views_current(db: sqlite_utils.Database) -> bool:
    """True when every view exists with today's SQL and every FTS index is in place."""
    stored = {row[0]: row[1] for row in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall()}
    tables = set(db.table_names())
    return (all(stored.get(name) == view_sql(name) for name in VIEWS)
            and all(f"{table}_fts" in tables for table in FTS_TABLES))


def ensure_views(db: sqlite_utils.Database) -> None:
    """Create or refresh the research views and FTS indexes; a no-op when already current."""
    if "documents" not in db.table_names() or views_current(db):
        return
    with db.conn:
        # Dropped in reverse so no view outlives one it depends on mid-change.
        for name in reversed(list(VIEWS)):
            db.execute(f"DROP VIEW IF EXISTS {name}")
        for name in VIEWS:
            db.execute(view_sql(name))
    for table, columns in FTS_TABLES.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, tokenize="porter")
