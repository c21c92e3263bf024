"""`papers`: run the pipeline over files and folders, export gold-format JSON, serve with Datasette."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

DEFAULT_CORPUS = Path("corpus")
DEFAULT_DB = Path("data/papers.db")
SUMMARY_ROWS = (("pages", "pages"), ("reports", "reports"), ("organisation mentions", "mentions"),
                ("amounts", "amounts"), ("dates", "dates"),
                ("recommendations", "recommendations"), ("agreements", "agreements"),
                ("rejects", "rejects"))


class BarProgress:
    """A tqdm bar over (documents x stages), drawn only on a terminal."""

    def __init__(self, total: int) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="step", file=sys.stderr, dynamic_ncols=True)

    def advance(self, stage: str, document_id: str) -> None:
        self.bar.set_description(f"{stage:<6} {document_id[:10]}", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def _summary_lines(summary: Any) -> list[tuple[str, str]]:
    rows = [("files", str(summary.files)),
            ("documents found", str(summary.documents_found)),
            ("already up to date", str(summary.already_current)),
            ("known failures skipped", str(summary.known_failures)),
            ("documents processed", f"{summary.documents_processed} of {summary.documents_new}")]
    rows += [(label, str(summary.counts.get(key, 0))) for label, key in SUMMARY_ROWS]
    rows += [("errors", str(len(summary.errors))), ("seconds", f"{summary.seconds:.1f}")]
    return rows


def print_summary(summary: Any, out: TextIO, fancy: bool) -> None:
    """The closing table: a rich table on a terminal, plain aligned text otherwise."""
    rows = _summary_lines(summary)
    if fancy:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="papers run")
        table.add_column("what")
        table.add_column("count", justify="right")
        for label, value in rows:
            table.add_row(label, value)
        console = Console(file=out)
        console.print(table)
        for path, reason in summary.errors:
            console.print(f"[red]error[/red] {path}: {reason}", markup=True, highlight=False)
        return
    for label, value in rows:
        print(f"{label:<24}{value:>10}", file=out)
    for path, reason in summary.errors:
        print(f"error {path}: {reason}", file=out)


def cmd_run(args: argparse.Namespace) -> int:
    from pipelines.runner import run_documents

    roots = [Path(p) for p in args.paths] or [DEFAULT_CORPUS]
    tty = sys.stderr.isatty()
    summary = run_documents(roots, Path(args.db), progress_factory=BarProgress if tty else None)
    print_summary(summary, sys.stdout, fancy=sys.stdout.isatty())
    if summary.documents_found == 0:
        print("no files to process", file=sys.stderr)
        return 1
    if summary.documents_new and not summary.documents_processed:
        return 1  # there was work and none of it succeeded
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipelines.export import export_gold

    database = Path(args.db)
    if not database.exists():
        print(f"no database at {database}", file=sys.stderr)
        return 1
    written = export_gold(database, Path(args.out))
    print(f"wrote {len(written)} files to {args.out}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    database = Path(args.db)
    if not database.exists():
        print(f"no database at {database}", file=sys.stderr)
        return 1
    # -i: immutable, so Datasette opens the file read-only and never writes to it.
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(database),
               "--host", "127.0.0.1", "--port", str(args.port)]
    if args.dry_run:
        print(" ".join(command))
        return 0
    os.execv(sys.executable, command)  # replaces this process: Ctrl-C reaches Datasette
    return 0  # pragma: no cover


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="papers", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="process files and folders (default: corpus/)")
    run.add_argument("paths", nargs="*", metavar="PATH")
    run.add_argument("--db", default=str(DEFAULT_DB), help="SQLite database (default: %(default)s)")
    run.set_defaults(handler=cmd_run)
    export = commands.add_parser("export", help="write one JSON file per document")
    export.add_argument("--db", default=str(DEFAULT_DB))
    export.add_argument("--format", choices=["gold"], default="gold")
    export.add_argument("--out", required=True)
    export.set_defaults(handler=cmd_export)
    serve = commands.add_parser("serve", help="browse the database with Datasette (read-only)")
    serve.add_argument("--db", default=str(DEFAULT_DB))
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--dry-run", action="store_true", help="print the command only")
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
