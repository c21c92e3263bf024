"""Score the pipeline on every gold set in the repository (seeds and tests/gold/*) and print F1 per field.

A developer's measuring tool: `python scripts/score_gold_sets.py [--out DIR] [SET ...]`. Each set's sources
are copied into a work folder (seeds from corpus/, the others from ../shared/corpus), run with
`papers run`, and scored with `papers eval`; `--out` keeps each set's database, exported predictions
and eval JSON so two commits can be compared document by document. A SET may also be a folder of your own
holding `src/` (the papers) and `gold/` (one FORMAT.md file per paper, named by its stem), as hold-outs kept
outside the repository are.
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


def source_for(stem: str, sources: Path | None = None) -> Path:
    """The file a gold annotation describes: in `sources` when given (a folder set's src/), else a seed text in
    corpus/ or a paper in ../shared/corpus."""
    if sources is not None:
        candidates = sorted(sources.glob(f"{stem}.*"))
    else:
        candidates = [ROOT / "corpus" / f"{stem}.txt", *SHARED.glob(f"corpus/real/{stem}.*"),
                      *SHARED.glob(f"corpus/kent/**/{stem}.pdf")]
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError(f"no source for gold file {stem}")


def score_set(name: str, gold: Path, work: Path, sources: Path | None = None) -> dict:
    """Run the pipeline over one set's sources in `work` and return `papers eval --json`'s result."""
    papers = str(Path(sys.executable).with_name("papers"))
    inputs = work / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    for stem in sorted(p.stem for p in gold.glob("*.json")):
        source = source_for(stem, sources)
        shutil.copy(source, inputs / source.name)
    db = work / "papers.db"
    subprocess.run([papers, "run", str(inputs), "--db", str(db)], check=True, capture_output=True)
    subprocess.run([papers, "export", "--db", str(db), "--format", "gold", "--out", str(work / "predicted")],
                   check=True, capture_output=True)
    evaluated = subprocess.run([papers, "eval", "--gold", str(gold), "--db", str(db), "--json"],
                               check=True, capture_output=True, text=True)
    (work / "eval.json").write_text(evaluated.stdout)
    return json.loads(evaluated.stdout)


def _is_folder_set(path: Path) -> bool:
    """Whether a path is a set of one's own: a folder with src/ and gold/."""
    return (path / "src").is_dir() and (path / "gold").is_dir()


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
    folders = {name: Path(name) for name in chosen if name not in available and _is_folder_set(Path(name))}
    unknown = sorted(set(chosen) - set(available) - set(folders))
    if unknown:
        parser.error(f"unknown sets: {', '.join(unknown)} (have {', '.join(available)})")
    if set(chosen) - {"seeds"} - set(folders) and not SHARED.is_dir():
        parser.error(f"{SHARED} is missing: only the seeds can be scored without it")
    out = args.out or Path(tempfile.mkdtemp(prefix="gold-sets-"))
    print(f"{'set':<12} " + " ".join(f"{f[:8]:>8}" for f in (*FIELDS, "issuer", "meeting")))
    for name in chosen:
        label = folders[name].name if name in folders else name
        work = out / label
        shutil.rmtree(work, ignore_errors=True)
        if name in folders:
            result = score_set(label, folders[name] / "gold", work, sources=folders[name] / "src")
        else:
            result = score_set(name, available[name], work)
        print(row(label, result), flush=True)
    print(f"kept in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
