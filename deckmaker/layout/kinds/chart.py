"""A chart filling the body of its slide."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

from ...charts.model import ChartPlan, ChartStyle, Series, alt_text, numbers_form, reference
from ...errors import Problem
from ...i18n import _
from ...kept import per_plan
from ...outline.model import SlideSpec
from ...resolve import Resolver, chart_data
from ..context import PlanContext
from ..frame import Frame
from ..model import Box, ChartBox, Element, Planned
from ..nobreak import COMPOUNDS, bind_compounds, words_in
from ..page import body_box, chrome, continued, header, slide

_Drawn = tuple[ChartBox | None, tuple[Problem, ...]]
_boxes_kept: list[tuple[Resolver, dict[tuple[int, Box, int, str], tuple[Any, ...]]]] = []
"""The last plan's resolver and its kept chart boxes: by the slide, box, frame and language (the
slide and frame kept alive, so that their identity is not reused), with the figures each read."""


def chart_box(spec: SlideSpec, box: Box, frame: Frame, ctx: PlanContext) -> _Drawn:
    """The chart of ``spec`` drawn to ``box``; None when it has no data yet (the resolver
    says why) or cannot be drawn (the problem says why).

    Kept for the plan (its resolver), as ``bullets.bullet_items`` keeps a slide's items: a
    chart beside bullets is tried at several shares of its body, and the same boxes come back
    (the sample deck: 190 calls, 55 boxes). The figures it read are noted again on each later
    call; a chart whose figures or data raised a problem is not kept."""
    r = ctx.resolver
    done = per_plan(_boxes_kept, r)
    key = (id(spec), box, id(frame), ctx.lang)
    hit = done.get(key)
    if hit is not None and hit[0] is spec and hit[1] is frame:
        r.read_again(hit[3])
        return cast(_Drawn, hit[2])
    problems = r.found
    reads: list[tuple[str, str]] = []
    outer, r.reads = r.reads, reads
    try:
        got = _chart_box(spec, box, frame, ctx)
    finally:
        r.reads = outer
    if outer is not None:
        outer.extend(reads)
    if r.found == problems and not got[1]:
        done[key] = (spec, frame, got, tuple(reads))
    return got


def _chart_box(spec: SlideSpec, box: Box, frame: Frame, ctx: PlanContext) -> _Drawn:
    chart = spec.chart
    assert chart is not None
    data = chart_data(chart, ctx.resolver)
    if any(v is None for _, vals in data.series for v in vals):
        return None, ()
    native = chart.engine == "native"
    title = ctx.text(chart.title) or None
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
            style=ChartStyle(**frame.chart_style),
            units=data.units,
            plan_kinds=data.plan_kinds,
            plan_lows=data.plan_lows,
            bounds=data.bounds,
            targets=data.targets,
            lows=data.lows,
            total=data.total,
        )
        if not native and numbers_form(plan):
            plan = replace(plan, form="numbers")
        described = plan  # the alt text names the chart and its categories in full
        plan = _said_once(plan, ctx.text(spec.title))
        # a name wraps between words only ("Chi / thường xuyên", "Thu ngân sách" never "Thu /
        # ngân sách"), and a small word with the word it leans on ("các / cấp" never): the
        # words ``nobreak`` binds in the chart's own names; a group wider than its line still
        # breaks between its words (``Canvas.wrap``)
        names = (plan.title or "", *plan.categories)
        keep = tuple(dict.fromkeys((*COMPOUNDS, *words_in(names))))
        plan = replace(plan, style=replace(plan.style, keep_whole=keep))
    except ValueError as exc:  # the outline passed validation, but the data cannot be drawn
        problem = Problem(
            chart.location,
            _("cannot draw this chart: {exc}").format(exc=exc),
            chart.path,
            hint=_("check its type and data"),
        )
        return None, (problem,)
    return ChartBox(box, plan, alt_text(described), "Chart", native=native), ()


LABELLED_UNITS = ("%", "‰")
"""Units every value label of a drawn chart carries ("93,8%"): bars, lines, stacks and plans."""
LABELLED_KINDS = ("bar", "barh", "stacked-bar", "line", "plan-actual")
ECHO_WORDS = frozenset(("tổng", "total", "the"))
"""Words a chart title may add to the slide's title and still only repeat it ("Tổng vốn đầu
tư phát triển toàn xã hội" under "Vốn đầu tư phát triển toàn xã hội")."""
_WORD = re.compile(r"\w+")
_TAIL = re.compile(r"\s+((?:so với|vs\.?|versus|compared (?:with|to)|against)\s+\S.*)$", re.I)
"""A category name's trailing comparison: "Thu nội địa so với dự toán"."""
_BRACKETED_TAIL = re.compile(
    r"\s*\(((?:so với|vs\.?|versus|compared (?:with|to)|against)\s+[^()]+)\)$", re.I
)
"""... in brackets: "Sản lượng điện sản xuất (so với kế hoạch)"."""


def _said_once(plan: ChartPlan, slide_title: str) -> ChartPlan:
    """``plan`` saying each thing once (review R12, sample slides 20, 21, 25, 26): the unit in
    the values or in the title, not both; a comparison on every category name ("… so với dự
    toán") in the title once; no title that only repeats the slide's (its lines go to the
    plot), unless it names a unit the values do not carry. A change that would lose the
    chart's "% of plan" line is not made."""
    title, categories = _tails_moved(plan.title, plan.categories)
    if title and plan.unit and _values_say_unit(plan):
        title = _without(title, f"({plan.unit})") or title
    named = bool(title and plan.unit and f"({plan.unit})" in title)  # the values lack it
    if title and not named and _echoes(title, slide_title):
        title = None
    said = replace(plan, title=title, categories=categories)
    if said == plan or reference(said) != reference(plan):
        return plan
    return said


def _values_say_unit(plan: ChartPlan) -> bool:
    """Whether every value the chart shows carries the chart's unit: a big number names it
    ("68.793 tỷ đồng"), a drawn chart's labels attach "%" ("144,6%")."""
    if plan.units:
        return False
    if plan.form == "numbers":
        return True
    return plan.unit in LABELLED_UNITS and plan.kind in LABELLED_KINDS


def _without(title: str, part: str) -> str:
    return " ".join(title.replace(part, " ").split())


def _echoes(title: str, slide_title: str) -> bool:
    """Whether each word of a chart's ``title`` is one of the slide title's or an
    ``ECHO_WORDS``."""
    known = set(_WORD.findall(slide_title.casefold())) | ECHO_WORDS
    words = _WORD.findall(title.casefold())
    return bool(words) and all(w in known for w in words)


def _tails_moved(
    title: str | None, categories: tuple[str, ...]
) -> tuple[str | None, tuple[str, ...]]:
    """The title and category names with a comparison every name ends with said once: left
    off the names when the title already names what they are compared with ("Mức thực hiện
    so với dự toán, kế hoạch" over "Thu nội địa so với dự toán", "Chi đầu tư so với kế
    hoạch"); else, the same words on every name, moved into the title (before its unit). A
    chart without a title keeps its names."""
    if not title and len(categories) >= 2:
        # a chart without a title whose every name ends "(so với kế hoạch)": said once, as
        # its title (the drafted camau 15 at 22 pt: six names of two lines did not fit, R19 #6)
        marks = [_BRACKETED_TAIL.search(c) for c in categories]
        alike = {" ".join(m.group(1).casefold().split()) for m in marks if m}
        if all(marks) and len(alike) == 1:
            heads = tuple(
                c[: m.start()].strip() for c, m in zip(categories, marks, strict=True) if m
            )
            if all(heads):
                phrase = " ".join(marks[0].group(1).split()) if marks[0] else ""
                return phrase[:1].upper() + phrase[1:], heads
    if not title or len(categories) < 2:
        return title, categories
    tails = [_TAIL.search(c) for c in categories]
    if not all(tails):
        return title, categories
    heads = tuple(c[: m.start()].strip() for c, m in zip(categories, tails, strict=True) if m)
    if not all(heads):
        return title, categories
    phrases = [m.group(1) for m in tails if m]
    said = set(_WORD.findall(title.casefold()))
    if all(set(_WORD.findall(p.casefold())) <= said for p in phrases):
        return title, heads
    if len({" ".join(p.casefold().split()) for p in phrases}) > 1:
        return title, categories
    unit = re.search(r"\s*\([^()]*\)\s*$", title)  # "… (%)": the phrase goes before it
    at = unit.start() if unit else len(title)
    return f"{title[:at]} {phrases[0]}{title[at:]}", heads


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext, title: str | None = None) -> Planned:
    """A chart on a slide of its own, under the slide's title (or ``title``: "… (1/2)", the
    first of a chart whose bullets follow on the next slides); a bar chart whose names do not
    fit its box at the theme's chart size goes on as many slides as they need (``_parts``)."""
    own = title is None
    title = ctx.text(spec.title) if title is None else title
    head, top = header(title, frame, ctx)
    cb, problems = chart_box(spec, body_box(frame, top), frame, ctx)
    if cb is not None and own:
        parts = _parts(cb, title, frame, ctx)
        if parts is not None:
            slides = tuple(
                slide("chart", t, [*h, part, *chrome(frame)], spec, frame, ctx, i)
                for i, (t, h, part) in enumerate(parts)
            )
            return Planned(slides, problems)
    els = [*head, *([cb] if cb else []), *chrome(frame)]
    return Planned((slide("chart", title, els, spec, frame, ctx),), problems)


SPLIT_KINDS = ("bar", "barh")
"""Charts whose bars may go on over several slides: each bar stands for itself (a line's
points, a stack's parts or a plan beside its actual do not)."""
NAME_LINE = 1.2
"""A chart name's line height in multiples of its size (``charts.kinds.layout._wrap_y``)."""
OVERHEAD_LINES = 4.0
"""Lines (at the chart's size) of a bar chart's height that are not its bars' when it has no
title: the value axis, the source and the pads; a chart under this estimate is drawn to see."""


MAX_PARTS = 4
"""The most slides a chart goes on over (each part drawn to see that it fits: at most nine
drawings for a chart whose names fit no part, which is refused as before)."""


def _at_risk(chart: ChartPlan, frame: Frame) -> bool:
    """Whether ``chart``'s names, wrapped as widely as the renderer wraps them beside
    horizontal bars, may not fit their rows: only then is the chart drawn to see
    (``charts.render.measured_plot_width``, 0 when it cannot be drawn at its size)."""
    n = len(chart.categories)
    if n < 2:
        return False
    m, size = frame.measure.body, chart.style.base_size_pt
    width_pt, height_pt = chart.width_emu / 12700, chart.height_emu / 12700
    title = 2 if chart.title else 0
    slot = (height_pt - (OVERHEAD_LINES + title) * NAME_LINE * size) / n
    room = 0.54 * 0.97 * width_pt  # ``chart_bullets.NAME_ROOM``
    lines = max(len(m.wrap(bind_compounds(c), size, room)) for c in chart.categories)
    return lines * NAME_LINE * size > 0.92 * slot


def _parts(
    cb: ChartBox, title: str, frame: Frame, ctx: PlanContext
) -> list[tuple[str, list[Element], ChartBox]] | None:
    """Issue 14: ``cb``'s bar chart, whose names do not fit its box at the theme's chart size
    (the renderer would refuse it: it never sets them smaller than the theme's minimum), in
    parts of as even a count of bars as the fewest slides take, in order, each under the
    title with its part mark ("… (1/2)", "… (tiếp 2/2)") and each drawn to see that it fits
    (quangngai 2021 on tuong-phan: seven names of two lines at 22 pt in 5.30 in). None when
    the chart fits, is not such a chart, or no split fits it."""
    from ...charts.render import measured_plot_width

    chart = cb.chart
    if cb.native or chart.kind not in SPLIT_KINDS or chart.form != "chart" or chart.units:
        return None
    if not _at_risk(chart, frame) or measured_plot_width(chart) > 0:
        return None
    values = [float(v) for s in chart.series for v in s.values if v is not None]
    reach = (min(0.0, *values), max(0.0, *values))  # every part on the whole chart's scale
    n = len(chart.categories)
    for k in range(2, min(n, MAX_PARTS) + 1):
        cuts = [round(i * n / k) for i in range(k + 1)]
        parts: list[tuple[str, list[Element], ChartBox]] = []
        for i in range(k):
            t = continued(title, i, ctx, k)
            head, top = header(t, frame, ctx)
            box = body_box(frame, top)
            part = _sliced(chart, range(cuts[i], cuts[i + 1]), box, frame, reach)
            if measured_plot_width(part) <= 0:
                break
            parts.append((t, list(head), ChartBox(box, part, alt_text(part), "Chart")))
        else:
            return parts
    return None


def _sliced(
    chart: ChartPlan, keep: range, box: Box, frame: Frame, reach: tuple[float, float]
) -> ChartPlan:
    """``chart`` with only the categories ``keep`` (every per-category field cut alike),
    drawn to ``box`` on the scale of ``reach`` (``ChartPlan.reach``)."""

    def cut(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(values[i] for i in keep) if values else values

    total = chart.total - keep.start if chart.total is not None and chart.total in keep else None
    return replace(
        chart,
        categories=cut(chart.categories),
        series=tuple(Series(s.name, cut(tuple(s.values))) for s in chart.series),
        plan_kinds=cut(chart.plan_kinds),
        plan_lows=cut(chart.plan_lows),
        bounds=tuple(cut(b) for b in chart.bounds),
        targets=tuple(cut(t) for t in chart.targets),
        lows=tuple(cut(v) for v in chart.lows),
        total=total,
        reach=reach,
        width_emu=round(box.w / frame.scale),
        height_emu=round(box.h / frame.scale),
    )
