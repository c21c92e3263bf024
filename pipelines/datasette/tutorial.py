"""Keep docs/tutorial.md honest: run each ```sql block and write its result in the ```text after it.

`python -m pipelines.datasette.tutorial docs/tutorial.md --db data/papers.db` rewrites the
outputs in place (run it after extractors change); tests/test_tutorial.py checks they match.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

BLOCK = re.compile(r"```sql\n(?P<sql>.*?)```\n+```text\n(?P<out>.*?)```", re.DOTALL)


def render_result(conn: sqlite3.Connection, sql: str) -> str:
    """A query's result as an aligned plain-text table (header, rule, rows)."""
    cursor = conn.execute(sql)
    header = [d[0] for d in cursor.description]
    # whitespace runs (line breaks in quotes) become one space so each row stays one line
    rows = [["" if v is None else " ".join(str(v).split()) for v in row]
            for row in cursor.fetchall()]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def examples(markdown: str) -> list[tuple[str, str]]:
    """(sql, shown output) for every ```sql block followed by a ```text block."""
    return [(m["sql"], m["out"]) for m in BLOCK.finditer(markdown)]


def refresh(markdown: str, conn: sqlite3.Connection) -> str:
    """The markdown with every output block replaced by the query's current result."""
    return BLOCK.sub(lambda m: f"```sql\n{m['sql']}```\n\n```text\n"
                               f"{render_result(conn, m['sql'])}```", markdown)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("markdown", type=Path)
    parser.add_argument("--db", type=Path, default=Path("data/papers.db"))
    args = parser.parse_args(argv)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    try:
        text = args.markdown.read_text(encoding="utf-8")
        args.markdown.write_text(refresh(text, conn), encoding="utf-8")
    finally:
        conn.close()
    print(f"refreshed {len(examples(text))} outputs in {args.markdown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
