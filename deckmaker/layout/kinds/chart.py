"""A chart filling the body of its slide."""

from __future__ import annotations

from dataclasses import replace

from ...charts.model import ChartPlan, ChartStyle, Series, alt_text, numbers_form
from ...errors import Problem
from ...i18n import _
from ...outline.model import SlideSpec
from ...resolve import chart_data
from ..context import PlanContext
from ..frame import Frame
from ..model import Box, ChartBox, Planned
from ..nobreak import COMPOUNDS, words_in
from ..page import body_box, chrome, header, slide


def chart_box(
    spec: SlideSpec, box: Box, frame: Frame, ctx: PlanContext
) -> tuple[ChartBox | None, tuple[Problem, ...]]:
    """The chart of ``spec`` drawn to ``box``; None when it has no data yet (the resolver
    says why) or cannot be drawn (the problem says why)."""
    chart = spec.chart
    assert chart is not None
    data = chart_data(chart, ctx.resolver)
    if any(v is None for _, vals in data.series for v in vals):
        return None, ()
    native = chart.engine == "native"
    title = ctx.text(chart.title) or None
    # a name wraps between words only ("Chi / thường xuyên", "Thu ngân sách" never "Thu /
    # ngân sách"), and a small word with the word it leans on ("các / cấp" never): the words
    # ``nobreak`` binds in the chart's own names; a group wider than its line still breaks
    # between its words (``Canvas.wrap``)
    names = (title or "", *data.categories)
    keep = tuple(dict.fromkeys((*COMPOUNDS, *words_in(names))))
    try:
        plan = ChartPlan(
            kind=chart.type,
            title=title,
            categories=data.categories,
            series=tuple(Series(n, v) for n, v in data.series),
            unit=data.unit,
            source=ctx.text(chart.source) or None,
            width_emu=round(box.w / frame.scale),  # drawn at the theme's own scale
            height_emu=round(box.h / frame.scale),
            lang=ctx.lang,
            style=ChartStyle(**frame.chart_style, keep_whole=keep),
            units=data.units,
            plan_kinds=data.plan_kinds,
            plan_lows=data.plan_lows,
            bounds=data.bounds,
            targets=data.targets,
        )
        if not native and numbers_form(plan):
            plan = replace(plan, form="numbers")
    except ValueError as exc:  # the outline passed validation, but the data cannot be drawn
        problem = Problem(
            chart.location,
            _("cannot draw this chart: {exc}").format(exc=exc),
            chart.path,
            hint=_("check its type and data"),
        )
        return None, (problem,)
    return ChartBox(box, plan, alt_text(plan), "Chart", native=native), ()


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title)
    head, top = header(title, frame, ctx)
    cb, problems = chart_box(spec, body_box(frame, top), frame, ctx)
    els = [*head, *([cb] if cb else []), *chrome(frame)]
    return Planned((slide("chart", title, els, spec, frame, ctx),), problems)
