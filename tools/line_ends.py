"""Issue 14, R20 #4: how many rendered lines end badly, over the sample deck (default, tuong-phan,
xanh-so, lo-template) and the stress outlines (default, tuong-phan).

Each deck is built, converted by LibreOffice, and read with ``pdftotext -bbox-layout``; every
line is paired with the line that goes on from it in the same text box
(``design_sweep.rendered_line_pairs``). A pair counts as

- ``function``: the line ends on a function word (``FUNCTION``: "vào", "các", "được", "cần",
  "của", "và", "từ", …) with no punctuation after it;
- ``compound``: the break falls inside a word of pyvi's segmenter (``ViTokenizer``: "định /
  hướng", "phân / công"), the two lines read as one text.

    PYTHONPATH=$PWD python tools/line_ends.py [-v] [--only sample] [--out DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from design_sweep import ROOT, SAMPLE, STRESS, rendered_line_pairs, template_theme  # noqa: E402

FUNCTION = frozenset(
    ("vào", "các", "được", "cần", "của", "và", "từ", "những", "cho", "với", "trong", "ngoài")
    + ("tại", "về", "bị", "sẽ", "đang", "đã", "phải", "là", "mọi", "theo", "đến", "để")
)
"""Words that belong with the phrase after them: a line ending on one leaves the reader waiting."""
TEMPLATES = (
    ROOT / "tests" / "fixtures" / "agency" / "xanh-so.potx",
    ROOT / "tests" / "fixtures" / "template" / "lo-template.pptx",
)
_PUNCT = ",.;:()“”\"'–-—"


def decks(tmp: Path, only: set[str] | None) -> list[tuple[str, Path, str]]:
    out = []
    if not only or "sample" in only:
        out += [(f"sample / {t}", SAMPLE, t) for t in ("default", "tuong-phan")]
        out += [
            (f"sample / {t.name}", SAMPLE, template_theme(t, tmp / "themes")) for t in TEMPLATES
        ]
    for p in sorted(STRESS.iterdir()):
        if p.is_dir() and (not only or p.name in only):
            out += [(f"{p.name} / {t}", p, t) for t in ("default", "tuong-phan")]
    return out


def _syllables(tokens: list[str]) -> int:
    return sum(len(t.split("_")) for t in tokens)


def compound_split(a: str, b: str) -> str | None:
    """The segmenter's word that the break between ``a`` and ``b`` splits, if any."""
    from pyvi import ViTokenizer

    head = ViTokenizer.tokenize(a).split()
    whole = ViTokenizer.tokenize(f"{a} {b}").split()
    at = _syllables(head)
    n = 0
    for tok in whole:
        k = len(tok.split("_"))
        if n < at < n + k and tok[:1].isalpha() and k <= 4 and max(map(len, tok.split("_"))) <= 7:
            return tok.replace("_", " ")
        n += k
        if n >= at:
            return None
    return None


def function_end(a: str, b: str) -> str | None:
    """The function word ``a`` ends on, unless it ends a word of the segmenter's ("nội tại",
    "nước ngoài") or ``b`` opens a new paragraph (a dash or bullet first: the line ended it)."""
    from pyvi import ViTokenizer

    last = a.split()[-1] if a.split() else ""
    if last[-1:] in _PUNCT or last.lower() not in FUNCTION or b[:1] in "–-•»":
        return None
    tokens = ViTokenizer.tokenize(a).split()
    return None if tokens and "_" in tokens[-1] else last


def count(
    outline: Path, theme: str, tmp: Path, verbose: bool, again: bool = False
) -> tuple[int, int, int, int, int]:
    from pptx import Presentation

    from deckmaker import build
    from deckmaker.office import convert

    deck = tmp / f"{outline.name}-{Path(theme).name}.pptx"
    if not again:
        build(outline / "outline.yaml", theme=theme, output=deck)
    slides = len(Presentation(str(deck)).slides)
    pdf = deck.with_suffix(".pdf") if again else convert(deck, "pdf", tmp)
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    pairs = rendered_line_pairs(bbox)
    fn = cp = 0
    for page, a, b in pairs:
        if w := function_end(a, b):
            fn += 1
            if verbose:
                print(f"    {page:3} function {w!r}: {a[-30:]!r} / {b[:25]!r}")
        if w := compound_split(a, b):
            cp += 1
            if verbose:
                print(f"    {page:3} compound {w!r}: {a[-30:]!r} / {b[:25]!r}")
    return slides, len(pairs), fn, cp, fn + cp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list each line")
    ap.add_argument("--only", action="append", help="sample or a stress outline's name")
    ap.add_argument("--out", type=Path, help="keep decks and PDFs here")
    ap.add_argument("--again", action="store_true", help="count the decks and PDFs in --out")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as t:
        tmp = args.out or Path(t)
        tmp.mkdir(parents=True, exist_ok=True)
        total = [0, 0, 0, 0, 0]
        print("| deck | slides | line pairs | function-word ends | compound splits |")
        print("|---|---|---|---|---|")
        for label, outline, theme in decks(tmp, set(args.only or [])):
            if args.verbose:
                print(label)
            row = count(outline, theme, tmp, args.verbose, args.again and bool(args.out))
            total = [x + y for x, y in zip(total, row, strict=True)]
            print(f"| {label} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |", flush=True)
        print(f"| total | {total[0]} | {total[1]} | {total[2]} | {total[3]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
