"""`papers`: run the pipeline over files and folders, export gold-format JSON, serve with Datasette."""

from __future__ import annotations

import argparse
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
    if getattr(summary, "unreadable_pages", 0):  # scans or junk text layers: see --ocr
        rows.append(("pages without text", str(summary.unreadable_pages)))
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
    if args.ocr:
        from extractors.ocr import ocr_unavailable_reason

        reason = ocr_unavailable_reason()
        if reason:
            print(f"--ocr: {reason}", file=sys.stderr)
            return 2
    tty = sys.stderr.isatty()
    summary = run_documents(roots, Path(args.db), progress_factory=BarProgress if tty else None,
                            ocr=args.ocr, workers=args.workers)
    print_summary(summary, sys.stdout, fancy=sys.stdout.isatty())
    if summary.documents_found == 0:
        print("no files to process", file=sys.stderr)
        return 1
    if summary.documents_new and not summary.documents_processed:
        return 1  # there was work and none of it succeeded
    return 0


def _missing(database: Path) -> bool:
    """Whether the database is absent (said on stderr): export, serve and eval read an existing one."""
    if database.exists():
        return False
    print(f"no database at {database}", file=sys.stderr)
    return True


def cmd_export(args: argparse.Namespace) -> int:
    from pipelines.export import UnknownTableError, export_gold, export_table

    database = Path(args.db)
    if _missing(database):
        return 1
    if args.format == "gold":
        if not args.out:
            print("--format gold needs --out DIR", file=sys.stderr)
            return 2
        written = export_gold(database, Path(args.out))
        print(f"wrote {len(written)} files to {args.out}")
        return 0
    if not args.table:
        print(f"--format {args.format} needs --table NAME (a table or view)", file=sys.stderr)
        return 2
    try:
        if args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                rows = export_table(database, args.table, args.format, out)
            print(f"wrote {rows} rows of {args.table} to {args.out}", file=sys.stderr)
        else:
            export_table(database, args.table, args.format, sys.stdout)
    except UnknownTableError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    database = Path(args.db)
    if _missing(database):
        return 1
    import subprocess
    import tempfile

    from pipelines.datasette.serve import prepare_database, serve_command, write_metadata

    # -i: immutable, so Datasette opens the file read-only and never writes to it.
    if args.dry_run:
        print(" ".join(serve_command(database, "METADATA.json", args.port)))
        return 0
    prepare_database(database)  # views current, WAL folded in: an immutable reader skips -wal
    with tempfile.TemporaryDirectory(prefix="papers-datasette-") as tmp:
        command = serve_command(database, write_metadata(database, Path(tmp)), args.port)
        print(f"Datasette on http://127.0.0.1:{args.port}/  (dashboard: /-/dashboard)",
              file=sys.stderr)
        try:
            return subprocess.run(command, check=False).returncode
        except KeyboardInterrupt:  # Ctrl-C reached Datasette too; it stops on its own
            return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.evaluate import evaluate, exported_records, load_gold, render

    database, gold_dir = Path(args.db), Path(args.gold)
    if _missing(database):
        return 1
    gold = load_gold(gold_dir)
    if not gold:
        print(f"no gold annotations (*.json) in {gold_dir}", file=sys.stderr)
        return 1
    evaluation = evaluate(gold, exported_records(database))
    if args.json:
        import json

        print(json.dumps(evaluation.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(render(evaluation, details=not args.totals_only))
    return 0


def cmd_reference_import(args: argparse.Namespace) -> int:
    from pipelines.reference import ReferenceFormatError, import_local_authorities

    source = Path(args.path)
    if not source.is_file():
        print(f"no file at {source}", file=sys.stderr)
        return 1
    try:
        count = import_local_authorities(Path(args.db), source)
    except ReferenceFormatError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(f"loaded {count} local authorities into reference_bodies in {args.db}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="papers", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="process files and folders (default: corpus/)")
    run.add_argument("paths", nargs="*", metavar="PATH")
    run.add_argument("--db", default=str(DEFAULT_DB), help="SQLite database (default: %(default)s)")
    run.add_argument("--ocr", action="store_true",
                     help="OCR pages without a usable text layer (needs tesseract and the "
                     "`ocr` extra: pip install -e '.[ocr]')")
    run.add_argument("--workers", type=int, default=0,
                     help="processes for parsing and extraction (default: one per core)")
    run.set_defaults(handler=cmd_run)
    export = commands.add_parser(
        "export", help="gold JSON per document (--out DIR), or any table/view as CSV or JSON")
    export.add_argument("--db", default=str(DEFAULT_DB))
    export.add_argument("--format", choices=["gold", "csv", "json"], default="gold")
    export.add_argument("--table", help="table or view to write (csv, json)")
    export.add_argument("--out", help="directory (gold) or file (csv, json; default stdout)")
    export.set_defaults(handler=cmd_export)
    serve = commands.add_parser("serve", help="browse the database with Datasette (read-only)")
    serve.add_argument("--db", default=str(DEFAULT_DB))
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--dry-run", action="store_true", help="print the command only")
    serve.set_defaults(handler=cmd_serve)
    evaluation = commands.add_parser("eval", help="score the database against gold annotations")
    evaluation.add_argument("--gold", required=True, help="folder of gold <stem>.json files")
    evaluation.add_argument("--db", default=str(DEFAULT_DB))
    evaluation.add_argument("--json", action="store_true", help="print the result as JSON")
    evaluation.add_argument("--totals-only", action="store_true",
                            help="leave out the per-document misses and false hits")
    evaluation.set_defaults(handler=cmd_eval)
    reference = commands.add_parser("reference", help="load outside reference registers")
    reference_commands = reference.add_subparsers(dest="reference_command", required=True)
    reference_import = reference_commands.add_parser(
        "import", help="load mySociety's local-authority CSV into reference_bodies")
    reference_import.add_argument("path", metavar="PATH")
    reference_import.add_argument("--db", default=str(DEFAULT_DB))
    reference_import.set_defaults(handler=cmd_reference_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
