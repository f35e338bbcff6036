"""KPI cards: big numbers with their labels, each shrunk to fit its card."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import Problem
from ..figures.model import format_figure
from ..numfmt import format_attainment, format_quantity
from ..units import EMU_PER_PT, Inches, Length, Pt
from ..vocabulary import WORDS
from .fit import SAFETY, fit_single, sizes
from .model import Box, ShapeBox

if TYPE_CHECKING:
    from ..outline.model import SlideSpec
    from .plan import Planner


def kpi_texts(p: Planner, kpi) -> tuple[str, str, str]:
    """(value, label, detail) of one card."""
    if kpi.figure is not None:
        fig = p.r.figure(kpi.figure.value, kpi.figure.location, kpi.figure.path)
        if fig is None:
            return "?", kpi.figure.value, ""
        value = format_figure(fig, p.lang)
        label = p.r.text(kpi.label) if kpi.label else fig.label
        detail = ""
        if fig.plan is not None:
            plan_word = WORDS[p.lang]["plan_name"]
            detail = f"{plan_word}: {format_figure(fig, p.lang, 'plan')}"
            single = not isinstance(fig.value, tuple) and not isinstance(fig.plan, tuple)
            if single and fig.plan and fig.unit != "%":
                detail += f" · {format_attainment(fig.value, fig.plan, p.lang)}"
        elif fig.period:
            detail = fig.period
        return value, label, detail
    unit = p.r.text(kpi.unit) if kpi.unit else None
    return format_quantity(kpi.value, unit, p.lang), p.r.text(kpi.label), ""


@dataclass(frozen=True)
class _Grid:
    cols: int
    rows: int
    card_w: int
    card_h: int
    vsize: float
    lsize: float
    dsize: float
    value_h: int
    label_h: int
    detail_h: int


PAD = Inches(0.2)
GAP = Inches(0.3)
INNER_GAP = Inches(0.08)
MIN_TEXT = 14.0  # labels and details on a card stay readable from the back of a hall


def _grid(p: Planner, texts: list[tuple[str, str, str]], cols: int, body: Box) -> _Grid | None:
    """Sizes for ``cols`` cards a row: one size for every value, label and detail, so the cards
    read as a set, and cards just tall enough for their text; None when they cannot fit."""
    n = len(texts)
    rows = math.ceil(n / cols)
    card_w = (body.w - GAP * (cols - 1)) // cols
    inner = (card_w - 2 * PAD) / EMU_PER_PT
    if inner <= 0:
        return None
    value_lines = 1
    vsize = min(fit_single(v, p.head_m, inner, 1e6, p.ts.kpi, 20, 1)[0] for v, _, _ in texts)
    if any(len(p.head_m.wrap(v, vsize, inner, SAFETY)) > 1 for v, _, _ in texts):
        value_lines = 2  # a long value ("110,4 triệu đồng/người/năm") may take two lines
        vsize = min(fit_single(v, p.head_m, inner, 1e6, p.ts.kpi, 20, 2)[0] for v, _, _ in texts)
        if any(len(p.head_m.wrap(v, vsize, inner, SAFETY)) > 2 for v, _, _ in texts):
            return None
    dsize = max(MIN_TEXT, p.ts.caption)
    detail_lines = max(
        (len(p.body_m.wrap(d, dsize, inner, SAFETY)) for _, _, d in texts if d), default=0
    )
    value_h = Pt(p.head_m.line_height_pt(vsize) * value_lines + 4)
    detail_h = Pt(p.body_m.line_height_pt(dsize) * detail_lines + 2) if detail_lines else 0
    room = (body.h - GAP * (rows - 1)) // rows - 2 * PAD - value_h - INNER_GAP
    room -= detail_h + (INNER_GAP if detail_h else 0)
    for max_lines in (3, 99):  # up to three lines at the largest size; more only if needed
        for lsize in sizes(max(p.ts.body * 0.8, MIN_TEXT), MIN_TEXT):
            lines = max(len(p.body_m.wrap(lb, lsize, inner, SAFETY)) for _, lb, _ in texts)
            label_h = Pt(p.body_m.line_height_pt(lsize) * lines + 2)
            if lines <= max_lines and label_h <= room:
                card_h = 2 * PAD + value_h + INNER_GAP + label_h
                card_h += INNER_GAP + detail_h if detail_h else 0
                return _Grid(
                    cols, rows, card_w, card_h, vsize, lsize, dsize, value_h, label_h, detail_h
                )
    return None


def _best_grid(p: Planner, texts: list[tuple[str, str, str]], body: Box) -> _Grid | None:
    n = len(texts)
    cols = {min(n, c) for c in (n, math.ceil(n / 2), math.ceil(n / 3), 4, 3, 2) if c >= 1}
    grids = [g for c in sorted(cols) if math.ceil(n / c) <= 4 and (g := _grid(p, texts, c, body))]
    # the biggest numbers win; then the fewest rows
    return max(grids, key=lambda g: (g.vsize, g.lsize, -g.rows)) if grids else None


def plan_kpis(p: Planner, spec: SlideSpec, body: Box) -> list[list]:
    """The cards' elements, one list per slide: cards that cannot share one slide readably are
    spread evenly over continuation slides."""
    texts = [kpi_texts(p, kpi) for kpi in spec.kpis]
    n = len(texts)
    for pages in range(1, n + 1):
        per = math.ceil(n / pages)
        chunks = [texts[k : k + per] for k in range(0, n, per)]
        grids = [_best_grid(p, chunk, body) for chunk in chunks]
        if all(grids):
            return [_cards(p, chunk, g, body) for chunk, g in zip(chunks, grids, strict=True)]
    p.problems.append(
        Problem(
            spec.location,
            "a KPI card does not fit on a slide even alone",
            spec.path,
            hint="shorten its value or label",
        )
    )
    return []


def _cards(p: Planner, texts: list[tuple[str, str, str]], g: _Grid, body: Box) -> list:
    n = len(texts)
    top = body.y + (body.h - (g.card_h * g.rows + GAP * (g.rows - 1))) // 2
    out: list = []
    value_style = {"font": p.theme.fonts.heading, "color": p.c.accent, "bold": True, "role": "kpi"}
    for i, (value, label, detail) in enumerate(texts):
        r, c = divmod(i, g.cols)
        in_row = min(g.cols, n - r * g.cols)
        left = body.x + (body.w - (g.card_w * in_row + GAP * (in_row - 1))) // 2
        x = left + c * (g.card_w + GAP)
        y = top + r * (g.card_h + GAP)
        inner_w = Length(g.card_w - 2 * PAD)
        for w, fill, what in ((g.card_w, p.c.surface, "Card"), (Inches(0.09), p.c.accent, "Mark")):
            box = Box(Length(x), Length(y), Length(w), Length(g.card_h))
            out.append(ShapeBox(box, fill, f"KPI {what} {i + 1}"))
        parts = [
            (value, g.vsize, g.value_h, "Value", value_style),
            (label, g.lsize, g.label_h, "Label", {"color": p.c.text}),
            (detail, g.dsize, g.detail_h, "Detail", {"color": p.c.muted, "role": "caption"}),
        ]
        ty = y + PAD
        for text, size, h, what, style in parts if detail else parts[:2]:
            box = Box(Length(x + PAD), Length(ty), inner_w, Length(h))
            out.append(p.text(box, text, size, name=f"KPI {what} {i + 1}", **style))
            ty += h + INNER_GAP
    return out
