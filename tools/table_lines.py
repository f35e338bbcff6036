"""Planned against rendered line counts of every table cell (issue 14, slide 40's uneven rows).

Builds an outline in a theme, renders it with LibreOffice and compares, cell by cell, the lines
the table planner measured (``TableBox`` rows and widths, the measurer's ``wrap`` with the
planner's safety margin) with the lines LibreOffice set (``pdftotext -bbox-layout``, words
placed in cells by the written table's column and row edges).

Usage: PYTHONPATH=$PWD python tools/table_lines.py [-v] [--outline DIR ...] [--theme T ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deckmaker.layout.frame import Fonts, build_frame, measurer  # noqa: E402
from deckmaker.layout.kinds.table import CELL_SAFETY  # noqa: E402
from deckmaker.layout.model import TableBox  # noqa: E402
from deckmaker.pipeline import build_deck, load_inputs, plan  # noqa: E402
from deckmaker.units import EMU_PER_PT  # noqa: E402
from tests.test_table_space import _cells  # noqa: E402

OUTLINES = [ROOT / "outlines" / "hung-yen-2024", ROOT / "tests" / "fixtures" / "stress" / "tables"]
THEMES = ["default", "co-do", "tuong-phan"]


def planned_lines(outline: Path, theme: str) -> dict[int, list[list[int]]]:
    """Slide number -> the planned line count of each cell of its table (header row first)."""
    inputs = load_inputs(outline / "outline.yaml", theme)
    fonts = Fonts.for_theme(inputs.theme)
    build_frame(inputs.theme, fonts)
    body, bold = measurer(fonts.body), measurer(fonts.body_bold)
    out: dict[int, list[list[int]]] = {}
    for n, s in enumerate(plan(inputs), 1):
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            pad = 2 * t.inset / EMU_PER_PT
            out[n] = [
                [
                    len(
                        (bold if r == 0 or r - 1 in t.highlight else body).wrap(
                            text, t.size_pt, w / EMU_PER_PT - pad, CELL_SAFETY
                        )
                    )
                    for text, w in zip(row, t.col_widths, strict=True)
                ]
                for r, row in enumerate((t.header, *t.rows))
            ]
    return out


def compare(outline: Path, theme: str, work: Path, verbose: bool) -> tuple[int, int]:
    """(cells compared, cells whose planned and rendered line counts differ)."""
    from pptx import Presentation

    from deckmaker.office import convert

    deck = work / f"{outline.name}-{theme}.pptx"
    build_deck(outline / "outline.yaml", deck, theme, cache=False)
    pdf = convert(deck, "pdf", work)
    prs = Presentation(str(deck))
    seen = bad = 0
    for n, rows in planned_lines(outline, theme).items():
        (shape,) = [sh for sh in prs.slides[n - 1].shapes if sh.has_table]
        cells = _cells(pdf, n, shape)
        for r, row in enumerate(rows):
            for c, want in enumerate(row):
                got = cells.get((r, c), [])
                if not got:
                    continue  # an empty cell
                seen += 1
                if len(got) != want:
                    bad += 1
                    if verbose:
                        print(f"  slide {n} ({r},{c}): planned {want}, rendered {got}")
    return seen, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outline", action="append", type=Path)
    ap.add_argument("--theme", action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for outline in a.outline or OUTLINES:
            for theme in a.theme or THEMES:
                seen, bad = compare(outline, theme, Path(tmp), a.verbose)
                total += bad
                print(f"{outline.name:16} {theme:12} cells {seen:4}  disagree {bad}")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
