"""Benchmark: the Kent corpus end to end into a fresh database, against pdfplumber's text speed.

    .venv/bin/python bench/kent.py [--corpus PATH] [--reference-pages 150] [--write bench/RESULTS.md]

Prints pages/s, documents/s, peak memory, time per stage, Dagster's overhead per document, the
reference (pdfplumber `extract_text()` on a sample of the same pages, measured in the same
run), then the time of a second pass over the unchanged corpus (as a `papers run` process) and
of a pass after an extraction-rules bump (text from the page cache, no parsing).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pdfplumber
import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines import stages  # noqa: E402
from pipelines.runner import RunSummary, run_documents  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "kent"
TARGET_SPEEDUP = 6.0
TARGET_RERUN_S = 5.0
TARGET_OVERHEAD_MS = 100.0
TARGET_RSS_MIB = 1536.0


# --- memory -------------------------------------------------------------------------------

def _tree_rss_mib(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total / 2**20


@contextmanager
def peak_memory() -> Iterator[dict[str, float]]:
    """Sample the whole process tree's RSS every 50 ms; yields a dict filled with the peak."""
    peak = {"tree_mib": 0.0}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak["tree_mib"] = max(peak["tree_mib"], _tree_rss_mib(os.getpid()))
            stop.wait(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join()


# --- reference ----------------------------------------------------------------------------

def sample_pages(files: list[Path], wanted: int) -> dict[Path, list[int]]:
    """Every n-th page over the corpus (distinct files), so the sample spans every kind of paper."""
    pages: list[tuple[Path, int]] = []
    for path in files:
        document = pypdfium2.PdfDocument(path)
        pages += [(path, index) for index in range(len(document))]
        document.close()
    step = max(1, len(pages) // wanted)
    chosen: dict[Path, list[int]] = {}
    for path, index in pages[::step][:wanted]:
        chosen.setdefault(path, []).append(index)
    return chosen


def pdfplumber_pages_per_second(chosen: dict[Path, list[int]]) -> tuple[int, float]:
    """pdfplumber's plain `extract_text()` over the sampled pages, files opened as needed."""
    count = 0
    started = time.perf_counter()
    for path, indexes in chosen.items():
        with pdfplumber.open(path) as pdf:
            for index in indexes:
                page = pdf.pages[index]
                page.extract_text()
                page.close()
                count += 1
    return count, count / (time.perf_counter() - started)


# --- a long PDF ---------------------------------------------------------------------------

LONG_PDF_PROBE = """
import resource, sys
from extractors.formats import load_document
pages = load_document(sys.argv[1]).pages
print(len(pages), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def long_pdf_memory(folder: Path) -> list[tuple[int, float]]:
    """Peak RSS (MiB) of reading a 50- and a 500-page PDF, each in a fresh process."""
    from fpdf import FPDF

    results = []
    for count in (50, 500):
        pdf = FPDF()
        pdf.set_font("Helvetica", size=10)
        for number in range(count):
            pdf.add_page()
            for line in range(50):
                pdf.cell(text=f"Page {number} line {line}: the council agreed to fund the "
                              f"scheme at a cost of GBP {number * 1000 + line}.", new_x="LMARGIN",
                         new_y="NEXT")
        path = folder / f"long-{count}.pdf"
        pdf.output(str(path))
        out = subprocess.run([sys.executable, "-c", LONG_PDF_PROBE, str(path)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
        results.append((int(out[0]), float(out[1])))
    return results


# --- the benchmark ------------------------------------------------------------------------

def corpus_files(corpus: Path) -> tuple[list[Path], int]:
    """Distinct PDF files (first path of each content) and the number of duplicate files."""
    seen: dict[str, Path] = {}
    duplicates = 0
    for path in stages.iter_files([corpus]):
        if path.suffix.lower() != ".pdf":
            continue
        digest = stages.hash_file(path)
        if digest in seen:
            duplicates += 1
        else:
            seen[digest] = path
    return list(seen.values()), duplicates


def cli_rerun_seconds(corpus: Path, database: Path, cache: Path) -> float:
    """Wall time of a second `papers run` process over the unchanged corpus (imports included)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipelines.cli", "run", str(corpus), "--db",
                    str(database)], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--reference-pages", type=int, default=150)
    parser.add_argument("--workers", type=int, default=0, help="0: one per core")
    parser.add_argument("--write", type=Path, help="also write the results (markdown) here")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    files, duplicates = corpus_files(args.corpus)
    workdir = Path(tempfile.mkdtemp(prefix="papers-bench-"))
    database, cache = workdir / "papers.db", workdir / "cache"

    with peak_memory() as peak:
        first = run_documents([args.corpus], database, cache_dir=cache, workers=args.workers)
    reference_pages, reference_rate = pdfplumber_pages_per_second(
        sample_pages(files, args.reference_pages))
    second = run_documents([args.corpus], database, cache_dir=cache, workers=args.workers)
    second_cli = cli_rerun_seconds(args.corpus, database, cache)
    version = stages.extractor_version()
    stages.extractor_version = lambda: f"{version}+bench"  # type: ignore[assignment]
    try:
        bumped = run_documents([args.corpus], database, cache_dir=cache, workers=args.workers)
    finally:
        stages.extractor_version = lambda: version  # type: ignore[assignment]
    long_pdf = long_pdf_memory(workdir)
    own_peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024

    lines = report(args, first, second, second_cli, bumped, files, duplicates, reference_pages,
                   reference_rate, peak["tree_mib"], own_peak, long_pdf)
    text = "\n".join(lines)
    print(text)
    if args.write:
        args.write.write_text(text + "\n", encoding="utf-8")
    return 0


def report(args: argparse.Namespace, first: RunSummary, second: RunSummary, second_cli: float,
           bumped: RunSummary, files: list[Path], duplicates: int, reference_pages: int,
           reference_rate: float, tree_peak: float, own_peak: float,
           long_pdf: list[tuple[int, float]]) -> list[str]:
    """The results as a markdown page, with the command and pass/fail against the targets."""
    pages_rate = first.pages_read / first.seconds
    speedup = pages_rate / reference_rate
    work = sum(first.stage_seconds.values())
    overhead_ms = 1000 * (first.run_seconds - work) / max(first.documents_new, 1)
    command = " ".join(shlex.quote(a) for a in [".venv/bin/python", "bench/kent.py", *sys.argv[1:]])

    def verdict(ok: bool) -> str:
        return "meets target" if ok else "MISSES target"

    return [
        "# Benchmark: Kent corpus end to end",
        "",
        f"Command: `{command}` (on {os.cpu_count()} cores, "
        f"workers {'one per core' if args.workers == 0 else args.workers}, "
        f"{time.strftime('%Y-%m-%d %H:%M')}, load average at the end "
        f"{os.getloadavg()[0]:.1f}: other work on the machine lowers the pipeline's figures "
        "more than the one-core reference's).",
        "",
        f"Corpus: {len(files)} distinct PDFs ({duplicates} duplicate files skipped as the same "
        f"document), {first.pages_read} pages, {first.files} files.",
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| first run, wall (fresh database and cache) | {first.seconds:.1f} s | |",
        f"| pages/s end to end | {pages_rate:.1f} | >= {TARGET_SPEEDUP:g}x reference: "
        f"{verdict(speedup >= TARGET_SPEEDUP)} ({speedup:.1f}x) |",
        f"| documents/s end to end | {first.documents_processed / first.seconds:.2f} | |",
        f"| reference: pdfplumber `extract_text()` pages/s ({reference_pages} sampled pages, "
        f"same run, one core) | {reference_rate:.1f} | |",
        f"| peak RSS, whole process tree (sampled every 50 ms) | {tree_peak:.0f} MiB | "
        f"<= {TARGET_RSS_MIB:.0f} MiB: {verdict(tree_peak <= TARGET_RSS_MIB)} |",
        f"| peak RSS, largest single process (getrusage) | {own_peak:.0f} MiB | |",
        f"| stage: find (hash files, check database) | {first.find_seconds:.2f} s | |",
        *[f"| stage: {stage} (asset wall time) | {seconds:.2f} s | |"
          for stage, seconds in first.stage_seconds.items()],
        f"| Dagster overhead per document (run wall - asset wall) / documents | "
        f"{overhead_ms:.1f} ms | <= {TARGET_OVERHEAD_MS:g} ms: "
        f"{verdict(overhead_ms <= TARGET_OVERHEAD_MS)} |",
        f"| documents parsed / extracted | {first.parsed} / {first.extracted} | |",
        f"| pages flagged without usable text (empty or broken) | {first.unreadable_pages} | |",
        f"| second pass, unchanged corpus, in process | {second.seconds:.2f} s, parsed "
        f"{second.parsed}, extracted {second.extracted} | |",
        f"| second pass as a `papers run` process (imports included) | {second_cli:.2f} s | "
        f"<= {TARGET_RERUN_S:g} s: {verdict(second_cli <= TARGET_RERUN_S)} |",
        f"| pass after an EXTRACTOR_VERSION bump | {bumped.seconds:.1f} s, parsed "
        f"{bumped.parsed}, extracted {bumped.extracted} | parsed 0: "
        f"{verdict(bumped.parsed == 0)} |",
        *[f"| reading a {pages}-page PDF, peak RSS of the process | {mib:.0f} MiB | |"
          for pages, mib in long_pdf],
        "",
        "Reference pages are every n-th page of the distinct PDFs; pages/s end to end counts "
        "distinct documents' pages over the whole `run_documents` call (find, parse, extract, "
        "store), with imports already done (about 2 s more for a cold `papers run`).",
    ]


if __name__ == "__main__":
    sys.exit(main())
