"""Render seed texts into real multi-page PDFs, corpus/pdf/<stem>.rendered.pdf, for ingest tests."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = (
    "000_61f569a367402524.txt",
    "002_423d24b1e5e9c168.txt",
    "003_9abdb23f0a9c83e0.txt",
)
# Characters the core PDF fonts cannot encode, with the ASCII a typist would use.
ASCII_FOR = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2022": "-",
    "\u25cf": "-",
    "\u25aa": "-",
    "\u2023": "-",
    "\u2043": "-",
    "\uf0b7": "-",
    "\uf0a7": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\ufeff": "",
    "\u20ac": "EUR ",
    "\t": "    ",
}


def to_core_font_text(text: str) -> str:
    """Text the core (Latin-1) fonts can draw: typographic marks to ASCII, others decomposed."""
    out = []
    for ch in text:
        ch = ASCII_FOR.get(ch, ch)
        if all(ord(c) < 256 for c in ch):
            out.append(ch)
            continue
        plain = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(plain or "?")
    return "".join(out)


def render_pdf(text: str, title: str) -> bytes:
    """A plain A4 PDF of the text in 10pt Helvetica, lines kept, pages broken automatically."""
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    # Collapse runs of blank lines so the PDF reads like the paper, not like the text dump.
    body = re.sub(r"\n\s*\n(\s*\n)+", "\n\n", to_core_font_text(text).strip())
    for line in body.split("\n"):
        pdf.multi_cell(0, 4.6, line.strip() or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main(argv: list[str] | None = None) -> int:
    """Render the chosen seeds from corpus/ into corpus/pdf/ and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("seeds", nargs="*", default=list(DEFAULT_SEEDS))
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args(argv)
    out_dir = args.corpus / "pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.seeds:
        source = args.corpus / name
        data = render_pdf(source.read_text(encoding="utf-8"), title=source.stem)
        target = out_dir / f"{source.stem}.rendered.pdf"
        target.write_bytes(data)
        print(f"{target.relative_to(args.corpus.parent)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
