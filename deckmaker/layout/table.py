"""Tables: measured column widths and row heights, shrunk to fit, split by rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..units import EMU_PER_PT, Inches, Length
from .fit import LINE_SPACING, SAFETY, sizes
from .model import Box, TableBox
from .paginate import balance

if TYPE_CHECKING:
    from ..outline.model import SlideSpec
    from .plan import Planner

INSET = Inches(0.08)


def _numeric_column(cells: list[str]) -> bool:
    """A column of figures ("10,05%", "dưới 0,9%", "2,4 vạn lao động", "–") reads best right
    aligned, so its numbers line up; a column of names does not."""
    body = [c.strip() for c in cells if c.strip() not in ("", "–", "-", "—")]
    return bool(body) and all(any(ch.isdigit() for ch in c) and len(c.split()) <= 6 for c in body)


def column_widths(m, bold_m, header, rows, size, total: int) -> list[int]:
    n = len(header)
    pad = 2 * INSET / EMU_PER_PT
    natural, minimum = [0.0] * n, [0.0] * n
    for r, row in enumerate([header, *rows]):
        mm = bold_m if r == 0 else m
        for c, text in enumerate(row):
            # room for the measuring safety margin, so a cell at its natural width stays one line
            natural[c] = max(natural[c], mm.width_pt(text, size) / (1 - SAFETY) + pad + 1)
            longest = max((mm.width_pt(w, size) for w in text.split()), default=0.0)
            minimum[c] = max(minimum[c], longest / (1 - SAFETY) + pad + 1)
    total_pt = total / EMU_PER_PT
    # the automatic table layout of HTML: between each column's narrowest (longest word) and
    # widest (no wrapping) width, share the room in proportion to what each column could use
    lo, hi = sum(minimum), sum(natural)
    if hi <= total_pt:
        widths = [x * total_pt / hi for x in natural]
    elif lo >= total_pt:
        widths = [x * total_pt / lo for x in minimum]
    else:
        t = (total_pt - lo) / (hi - lo)
        widths = [mn + (mx - mn) * t for mn, mx in zip(minimum, natural, strict=True)]
    emu = [round(w * EMU_PER_PT) for w in widths]
    emu[-1] += total - sum(emu)
    return emu


def row_height(m, texts, widths, size) -> float:
    lh = m.line_height_pt(size, LINE_SPACING)
    pad = INSET / EMU_PER_PT  # half inset above and below
    lines = max(
        len(m.wrap(t, size, (w - 2 * INSET) / EMU_PER_PT, safety=SAFETY))
        for t, w in zip(texts, widths, strict=True)
    )
    return lines * lh + pad + 2


def _measure(
    p: Planner, header: tuple[str, ...], rows: list[tuple[str, ...]], size: float, width: int
) -> tuple[list[int], float, list[float]]:
    """Column widths, header height and row heights at ``size``."""
    widths = column_widths(p.body_m, p.bold_m, header, rows, size, width)
    head_h = row_height(p.bold_m, header, widths, size)
    return widths, head_h, [row_height(p.body_m, r, widths, size) for r in rows]


def _split(heights: list[float], cap: float, n: int) -> list[list[int]] | None:
    """Rows into at most n pages under cap, as evenly as possible (header repeated on each)."""
    return balance(
        [[i] for i in range(len(heights))], n, cap, lambda rows: sum(heights[i] for i in rows)
    )


def plan_table(p: Planner, spec: SlideSpec, body: Box) -> list[TableBox]:
    t = spec.table
    assert t is not None
    header = tuple(p.r.text(c) for c in t.columns)
    rows = [tuple(p.r.text(c) for c in row) for row in t.rows]
    size_max = p.ts.body * 0.8
    size_min = max(14.0, p.ts.body_min * 0.8)
    cap = body.h / EMU_PER_PT
    align = tuple("r" if _numeric_column([r[c] for r in rows]) else "l" for c in range(len(header)))
    best = None
    for n_pages in range(1, len(rows) + 1):
        for size in sizes(size_max, size_min):
            widths, head_h, heights = _measure(p, header, rows, size, body.w)
            pages = _split(heights, cap - head_h, n_pages)
            if pages is not None:
                best = (size, widths, head_h, heights, pages)
                break
        if best:
            break
    if best is None:  # a single row taller than the slide: keep it, the doctor will say so
        widths, head_h, heights = _measure(p, header, rows, size_min, body.w)
        best = (size_min, widths, head_h, heights, [list(range(len(rows)))])
    size, widths, head_h, heights, pages = best
    out = []
    for page in pages:
        hs = [round(head_h * EMU_PER_PT)] + [round(heights[i] * EMU_PER_PT) for i in page]
        out.append(
            TableBox(
                box=Box(body.x, body.y, body.w, Length(sum(hs))),
                header=header,
                rows=tuple(rows[i] for i in page),
                col_widths=tuple(Length(w) for w in widths),
                row_heights=tuple(Length(h) for h in hs),
                size_pt=size,
                font=p.theme.fonts.body,
                text_color=p.c.text,
                header_fill=p.c.primary,
                header_color=p.c.on_primary,
                band_fill=p.c.surface,
                name="Table",
                align=align,
                inset=INSET,
            )
        )
    return out
