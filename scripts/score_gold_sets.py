"""Score the pipeline on every gold set in the repository (seeds and tests/gold/*) and print F1 per field.

A developer's measuring tool: `python scripts/score_gold_sets.py [--out DIR] [SET ...]`. Each set's sources
are copied into a work folder (seeds from corpus/, the others from ../shared/corpus), run with
`papers run`, and scored with `papers eval`; `--out` keeps each set's database, exported predictions
and eval JSON so two commits can be compared document by document.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIELDS = ("organisations", "money", "dates", "recommendations", "agreements")
ACCURACIES = ("issuing_body", "meeting_date")


def gold_sets() -> dict[str, Path]:
    """Every gold folder: 'seeds' (tests/gold/*.json) and each tests/gold/<set>/."""
    gold = ROOT / "tests" / "gold"
    found = {"seeds": gold}
    found.update({p.name: p for p in sorted(gold.iterdir()) if p.is_dir()})
    return found


def source_for(stem: str) -> Path:
    """The file a gold annotation describes: a seed text in corpus/, or a paper in ../shared/corpus."""
    candidates = [ROOT / "corpus" / f"{stem}.txt", *SHARED.glob(f"corpus/real/{stem}.*"),
                  *SHARED.glob(f"corpus/kent/**/{stem}.pdf")]
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError(f"no source for gold file {stem}")


def score_set(name: str, gold: Path, work: Path) -> dict:
    """Run the pipeline over one set's sources in `work` and return `papers eval --json`'s result."""
    papers = str(Path(sys.executable).with_name("papers"))
    inputs = work / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    for stem in sorted(p.stem for p in gold.glob("*.json")):
        source = source_for(stem)
        shutil.copy(source, inputs / source.name)
    db = work / "papers.db"
    subprocess.run([papers, "run", str(inputs), "--db", str(db)], check=True, capture_output=True)
    subprocess.run([papers, "export", "--db", str(db), "--format", "gold", "--out", str(work / "predicted")],
                   check=True, capture_output=True)
    evaluated = subprocess.run([papers, "eval", "--gold", str(gold), "--db", str(db), "--json"],
                               check=True, capture_output=True, text=True)
    (work / "eval.json").write_text(evaluated.stdout)
    return json.loads(evaluated.stdout)


def row(name: str, result: dict) -> str:
    """One table line: F1 per field, then issuer and meeting-date accuracy."""
    cells = [f"{result['fields'][f]['f1']:.3f}" for f in FIELDS]
    for key in ACCURACIES:
        acc = result["document_fields"][key]
        cells.append(f"{acc['correct']}/{acc['gold']}")
    return f"{name:<12} " + " ".join(f"{c:>8}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--out", type=Path, help="keep each set's database, predictions and eval here")
    args = parser.parse_args(argv)
    available = gold_sets()
    chosen = args.sets or list(available)
    unknown = sorted(set(chosen) - set(available))
    if unknown:
        parser.error(f"unknown sets: {', '.join(unknown)} (have {', '.join(available)})")
    if chosen != ["seeds"] and not SHARED.is_dir():
        parser.error(f"{SHARED} is missing: only the seeds can be scored without it")
    out = args.out or Path(tempfile.mkdtemp(prefix="gold-sets-"))
    print(f"{'set':<12} " + " ".join(f"{f[:8]:>8}" for f in (*FIELDS, "issuer", "meeting")))
    for name in chosen:
        work = out / name
        shutil.rmtree(work, ignore_errors=True)
        print(row(name, score_set(name, available[name], work)), flush=True)
    print(f"kept in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
