"""KPI cards: big numbers with their labels, each shrunk to fit its card."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..figures.model import format_figure
from ..numfmt import format_attainment, format_quantity
from ..units import EMU_PER_PT, Inches, Length
from .fit import SAFETY, fit_single
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
            plan_word = "Kế hoạch" if p.lang == "vi" else "Plan"
            detail = f"{plan_word}: {format_figure(fig, p.lang, 'plan')}"
            single = not isinstance(fig.value, tuple) and not isinstance(fig.plan, tuple)
            if single and fig.plan and fig.unit != "%":
                detail += f" · {format_attainment(fig.value, fig.plan, p.lang)}"
        elif fig.period:
            detail = fig.period
        return value, label, detail
    unit = p.r.text(kpi.unit) if kpi.unit else None
    return format_quantity(kpi.value, unit, p.lang), p.r.text(kpi.label), ""


def _label_size(p: Planner, label: str, width: int, height: int) -> float:
    """The largest size for a label in up to three lines, or in as many lines as fit."""
    w, h = width / EMU_PER_PT, height / EMU_PER_PT
    size, lines = fit_single(label, p.body_m, w, h, p.ts.body * 0.8, 12, max_lines=3)
    if len(lines) <= 3 and len(lines) * p.body_m.line_height_pt(size) <= h + 1e-6:
        return size
    return fit_single(label, p.body_m, w, h, p.ts.body * 0.8, 12)[0]


def plan_kpis(p: Planner, spec: SlideSpec, body: Box) -> list:
    n = len(spec.kpis)
    cols = n if n <= 4 else math.ceil(n / 2) if n <= 8 else 4
    rows = math.ceil(n / cols)
    gap = Inches(0.3)
    card_w = (body.w - gap * (cols - 1)) // cols
    card_h = min((body.h - gap * (rows - 1)) // rows, Inches(3.2))
    top = body.y + (body.h - (card_h * rows + gap * (rows - 1))) // 2
    pad = Inches(0.2)
    inner_w = card_w - 2 * pad
    texts = [kpi_texts(p, kpi) for kpi in spec.kpis]
    value_h = round(card_h * 0.4)
    detail_lines = 2 if any(d for _, _, d in texts) else 0
    detail_h = round(p.ts.caption * 1.25 * detail_lines * EMU_PER_PT)
    label_h = card_h - 2 * pad - value_h - Inches(0.08) - detail_h
    # one size for every value and one for every label, so the cards read as a set; the value
    # box then shrinks to the value's lines and the label takes the room left
    vsize = min(
        fit_single(
            v, p.head_m, inner_w / EMU_PER_PT, value_h / EMU_PER_PT, p.ts.kpi, 20, max_lines=1
        )[0]
        for v, _, _ in texts
    )
    value_lines = max(
        len(p.head_m.wrap(v, vsize, inner_w / EMU_PER_PT, SAFETY)) for v, _, _ in texts
    )
    used = round((value_lines * p.head_m.line_height_pt(vsize) + 4) * EMU_PER_PT)
    if used < value_h:
        label_h += value_h - used
        value_h = used
    lsize = min(_label_size(p, lb, inner_w, label_h) for _, lb, _ in texts)
    dsize = min(
        (
            fit_single(
                d,
                p.body_m,
                inner_w / EMU_PER_PT,
                detail_h / EMU_PER_PT,
                p.ts.caption,
                10,
                max_lines=2,
            )[0]
            for _, _, d in texts
            if d
        ),
        default=p.ts.caption,
    )
    out: list = []
    for i, (value, label, detail) in enumerate(texts):
        r, c = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        left = body.x + (body.w - (card_w * in_row + gap * (in_row - 1))) // 2
        x = left + c * (card_w + gap)
        y = top + r * (card_h + gap)
        out.append(
            ShapeBox(
                Box(Length(x), Length(y), Length(card_w), Length(card_h)),
                p.c.surface,
                f"KPI Card {i + 1}",
            )
        )
        out.append(
            ShapeBox(
                Box(Length(x), Length(y), Inches(0.09), Length(card_h)),
                p.c.accent,
                f"KPI Mark {i + 1}",
            )
        )
        out.append(
            p.text(
                Box(Length(x + pad), Length(y + pad), Length(inner_w), Length(value_h)),
                value,
                vsize,
                font=p.theme.fonts.heading,
                color=p.c.accent,
                bold=True,
                anchor="b",
                role="kpi",
                name=f"KPI Value {i + 1}",
            )
        )
        label_y = y + pad + value_h + Inches(0.08)
        out.append(
            p.text(
                Box(Length(x + pad), Length(label_y), Length(inner_w), Length(label_h)),
                label,
                lsize,
                color=p.c.text,
                name=f"KPI Label {i + 1}",
            )
        )
        if detail:
            out.append(
                p.text(
                    Box(
                        Length(x + pad),
                        Length(y + card_h - pad - detail_h),
                        Length(inner_w),
                        Length(detail_h),
                    ),
                    detail,
                    dsize,
                    color=p.c.muted,
                    name=f"KPI Detail {i + 1}",
                    role="caption",
                    anchor="b",
                )
            )
    return out
