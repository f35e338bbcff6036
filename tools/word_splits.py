"""Lines that end inside a word or a name, in LibreOffice's rendering of the decks
``tools/design_sweep.py`` builds (issue 14, R16b defect 7: "gạch đầu / dòng", "theo giá / so
sánh", "phong cách Hồ Chí / Minh").

A rendered line pair (``design_sweep.rendered_line_pairs``) counts when the syllables at the end
of a line and at the start of the next make one word of pyvi's word list or of ``COMPOUNDS``
(``nobreak.is_word``), one term of ``layout/terms.txt``, or when both are capitalised (a name).

    PYTHONPATH=$PWD python tools/word_splits.py [--only cards] [--theme default] [-v] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from design_sweep import BUILTIN, SAMPLE, STRESS, rendered_line_pairs  # noqa: E402

_CLOSE = ",.;:!?)”\"’']…"
_OPEN = "(“\"‘'["


def _name(p: str) -> bool:
    bare = p.lstrip(_OPEN).rstrip(_CLOSE)
    return bare.isalpha() and bare[:1].isupper() and not (len(bare) > 1 and bare.isupper())


def _terms() -> frozenset[tuple[str, ...]]:
    """The terms of ``deckmaker/layout/terms.txt``, read as a file (the same list before and
    after the module that uses it)."""
    from deckmaker.layout.nobreak import _tone_first

    path = Path(__file__).resolve().parent.parent / "deckmaker" / "layout" / "terms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        tuple(map(_tone_first, s))
        for ln in lines
        if len(s := ln.split("#")[0].replace("*", " ").lower().split()) > 1
    )


def word_split(a: str, b: str) -> str:
    """The word or name a break between the lines ``a`` and ``b`` cuts, "" when none."""
    from deckmaker.layout.nobreak import _tone_first, is_word

    listed = _terms()
    x, y = a.split(), b.split()
    if not x or not y or x[-1] != x[-1].rstrip(_CLOSE) or y[0] != y[0].lstrip(_OPEN):
        return ""
    if _name(x[-1]) and _name(y[0]):
        return f"{x[-1]} / {y[0]} (name)"
    for n in range(5, 1, -1):
        for k in range(1, n):
            left, right = x[-k:], y[: n - k]
            if len(left) < k or len(right) < n - k:
                continue
            if any(p != p.rstrip(_CLOSE) for p in left[:-1] + right[:-1]):
                continue
            syl = [p.lstrip(_OPEN).rstrip(_CLOSE).lower() for p in left + right]
            if not all(s.isalpha() for s in syl):
                continue
            if is_word(syl) or tuple(map(_tone_first, syl)) in listed:
                return f"{' '.join(left)} / {' '.join(right)}"
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append")
    ap.add_argument("--theme", action="append")
    ap.add_argument("--keep", type=Path, help="keep the decks and PDFs here")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    from deckmaker import build
    from deckmaker.office import convert

    outlines = {"sample": SAMPLE, **{p.name: p for p in sorted(STRESS.iterdir()) if p.is_dir()}}
    if args.only:
        outlines = {k: v for k, v in outlines.items() if k in args.only}
    total = lines = 0
    with tempfile.TemporaryDirectory(prefix="word-splits-") as d:
        out = args.keep or Path(d)
        out.mkdir(parents=True, exist_ok=True)
        for name, outline in outlines.items():
            for theme in args.theme or BUILTIN:
                deck = out / f"{name}-{Path(theme).name}.pptx"
                build(outline / "outline.yaml", theme=theme, output=deck)
                pdf = convert(deck, "pdf", out)
                bbox = subprocess.run(
                    ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
                ).stdout
                pairs = rendered_line_pairs(bbox)
                found = [(p, w) for p, a, b in pairs if (w := word_split(a, b))]
                lines += len(pairs)
                total += len(found)
                print(f"{name} / {theme}: {len(found)} of {len(pairs)} line ends", flush=True)
                if args.verbose:
                    for p, w in found:
                        print(f"    slide {p}: {w}")
    print(f"total: {total} of {lines} line ends inside a word or name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
