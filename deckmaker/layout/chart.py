"""Chart slides: the chart plan for a box, alone or beside its bullets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..charts.model import ChartPlan, ChartStyle, Series, alt_text
from ..errors import Problem
from ..resolve import chart_data
from ..units import Inches, Length
from .model import Box, ChartBox, SlidePlan

if TYPE_CHECKING:
    from ..outline.model import SlideSpec
    from .plan import Planner


def chart_plan(p: Planner, spec: SlideSpec, box: Box) -> ChartBox | None:
    """The chart of ``spec`` drawn to ``box``; None when it has no data yet or cannot be drawn."""
    chart = spec.chart
    assert chart is not None
    data = chart_data(chart, p.r)
    if any(v is None for _, vals in data.series for v in vals):
        return None
    style = ChartStyle(**p.theme.chart_style(p.fonts.files()))
    try:
        plan = ChartPlan(
            kind=chart.type,
            title=p.r.text(chart.title) or None,
            categories=data.categories,
            series=tuple(Series(n, v) for n, v in data.series),
            unit=data.unit,
            source=p.r.text(chart.source) or None,
            width_emu=box.w,
            height_emu=box.h,
            lang=p.lang,
            style=style,
        )
    except ValueError as exc:  # the outline passed validation, but the data cannot be drawn
        p.problems.append(
            Problem(
                chart.location,
                f"cannot draw this chart: {exc}",
                chart.path,
                hint="check its type and data",
            )
        )
        return None
    return ChartBox(box, plan, alt_text(plan), "Chart", native=chart.engine == "native")


def chart_slides(
    p: Planner, spec: SlideSpec, title: str, head: list, body: Box, cont_body: Box
) -> list[SlidePlan]:
    """A chart alone, or a chart beside bullets that continue over as many slides as they need."""
    if not spec.bullets:
        cb = chart_plan(p, spec, body)
        return [p.slide("chart", title, head + ([cb] if cb else []) + p.chrome(), spec)]
    gap = Inches(0.35)

    def split(b: Box) -> tuple[Box, Box]:
        chart_w = Length(round((b.w - gap) * 0.6))
        text_w = Length(b.w - chart_w - gap)
        return Box(b.x, b.y, chart_w, b.h), Box(Length(b.x + chart_w + gap), b.y, text_w, b.h)

    chart_box, text_box = split(body)
    pages = p.bullets_pages(spec, text_box)
    if len(pages) > 1 and cont_body != body:
        chart_box, text_box = split(cont_body)
        pages = p.bullets_pages(spec, text_box)
    cb = chart_plan(p, spec, chart_box)
    out = []
    for i, page in enumerate(pages):
        t = p.cont(title, i)
        els = [*([cb] if cb else []), p.bullets_box(text_box, page)]
        out.append(p.slide("chart-bullets", t, p.with_header(t, els, head, i), spec, i))
    return out
