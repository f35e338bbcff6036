"""A chart beside bullets that continue over as many slides as they need."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType

from ...charts.model import ChartPlan
from ...errors import Problem
from ...i18n import _
from ...numfmt import format_number
from ...outline.model import Bullet, SlideSpec
from ...units import Inches, Length, Pt
from ..breaks import phrase_context, seams
from ..circle import ONE_SIDE_ASPECT, circle_estimate
from ..context import PlanContext
from ..fit import GAP, SAFETY, cuts_term, measure_items, page_height, to_paras
from ..fit import sizes as fit_sizes
from ..frame import Frame
from ..model import Anchor, Box, ChartBox, Element, Para, Planned, SlidePlan, TextBox
from ..nobreak import NBSP, WORD_JOINER, bind_compounds
from ..page import body_boxes, continued, header, one_size, page_elements, slide
from .bullets import (
    COLUMN_GAP,
    LONG_LINES,
    TAKEAWAY_ITEMS,
    bullet_items,
    bullet_pages,
    bullets_box,
    on_slides,
    paras_height,
    pasted_marks,
    run_member,
    section_cap,
)
from .chart import chart_box
from .chart import plan as chart_plan
from .table import RUN_FEWER

WIDE_NAME_ROOM = 0.54
"""The widest share of a horizontal bar chart's width its names may take
(``charts.kinds.layout.WIDE_NAME_ROOM``)."""

LINE = 1.2
"""A chart text line's height in multiples of its size."""


NUMBERS_SHARES = (0.55, 0.5, 0.45, 0.4)
"""Narrower shares a big-number panel may take (its figures read as well in less width, their
plan standing under them) so that the bullets beside it keep the size of other bullet slides."""


def split(body: Box, frame: Frame, share: float | None = None) -> tuple[Box, Box]:
    """The chart's box and the bullets' box, side by side in ``body``; the chart takes
    ``share`` of the width (default the theme's)."""
    g = frame.chart
    chart_w = Length(round((body.w - g.gap) * (g.share if share is None else share)))
    text_w = Length(body.w - chart_w - g.gap)
    if _has_two_content(frame):
        # a template with "Two Content" puts the bullets left and the chart right: deckmaker's
        # own shares of its body (a plot its right column leaves under the floor) keep that order
        return Box(Length(body.x + text_w + g.gap), body.y, chart_w, body.h), Box(
            body.x, body.y, text_w, body.h
        )
    return Box(body.x, body.y, chart_w, body.h), Box(
        Length(body.x + chart_w + g.gap), body.y, text_w, body.h
    )


def _span(chart: Box, text: Box) -> Box:
    """The room a chart's box and its bullets' box span side by side, at the bullets' top."""
    x = min(chart.x, text.x)
    right = max(chart.x + chart.w, text.x + text.w)
    return Box(Length(x), text.y, Length(right - x), text.h)


def _has_two_content(frame: Frame) -> bool:
    two = frame.slots.get("two_content", {})
    return "body" in two and "figure" in two and "title" in two


def too_tall(spec: SlideSpec, box: Box, frame: Frame, ctx: PlanContext) -> bool:
    """True when a horizontal bar chart's names, two lines each at the theme's smallest chart
    size, with its title, axis and source, cannot fit ``box``'s height: the chart then gets a
    slide of its own rather than text under the theme's minimum."""
    chart = spec.chart
    assert chart is not None
    if chart.type == "bar" and len(chart.series) > 1:
        return grouped_too_tall(len(chart.series), box, frame)
    if chart.type != "barh":
        return False
    n = len(chart.figures) or len(chart.categories)
    lines = 2 * n + 4  # each name on two lines; title, value axis, source, padding
    if len(chart.series) > 1:  # a bar of each series a name, a line each; and the legend
        lines = max(2, len(chart.series)) * n + 5
    return lines * LINE * frame.sizes.chart_min > box.h / 12700


MIN_PLOT_SHARE = 0.4
"""The least share of a chart's height its bars keep; less, and a chart beside bullets gets a
slide of its own."""


def grouped_too_tall(n_series: int, box: Box, frame: Frame) -> bool:
    """True when grouped vertical bars, their values set in a row per series under names of
    up to four lines (their labels rarely fit over bars half a panel wide), with title,
    legend and source at the theme's chart size, leave the bars under ``MIN_PLOT_SHARE`` of
    ``box``'s height. Names in half a slide's width wrap to four lines at 22 pt."""
    lines = n_series + 4 + 3
    text_pt = lines * LINE * frame.sizes.chart
    return box.h / 12700 - text_pt < MIN_PLOT_SHARE * box.h / 12700


def sideways(spec: SlideSpec) -> SlideSpec | None:
    """``spec`` with its grouped vertical bars drawn horizontally: beside bullets, their names
    take a line or two at the left instead of four under bars half a panel wide, and the chart
    stays on the bullets' slide (rather than three bullets alone on the slide after it); None
    for any other chart."""
    chart = spec.chart
    if chart is None or chart.type != "bar" or len(chart.series) < 2:
        return None
    return replace(spec, chart=replace(chart, type="barh"))


def two_content(frame: Frame) -> Frame | None:
    """``frame`` with the template's "Two Content" layout as the content slide's (its title,
    its left placeholder the body, its footer), when the template has one; else None."""
    two = frame.slots.get("two_content", {})
    if "body" not in two or "figure" not in two or "title" not in two:
        return None
    return replace(frame, slots=MappingProxyType({**frame.slots, "content": two}))


def in_columns(body: Box, frame: Frame) -> tuple[Box, Box]:
    """The chart's box (the right placeholder's) and the bullets' (``body``: the left one's,
    below the title) on a "Two Content" layout, their tops level; the chart ends no lower
    than ``body`` (which ``page.body_box`` ends above deckmaker's own footer)."""
    right = frame.slots["two_content"]["figure"]
    top = max(body.y, right.y)
    text = Box(body.x, Length(top), body.w, Length(body.bottom - top))
    bottom = min(right.bottom, body.bottom)
    return Box(right.x, Length(top), right.w, Length(bottom - top)), text


RESTATE_WORDS = 6
"""A bullet says no more than its figure when, besides it, it has at most this many words."""
_VI_VALUE_WORDS = "tăng giảm lên còn đạt là ở mức chiếm bằng và của các những"
_EN_VALUE_WORDS = "rose grew increased fell decreased reached was is to at up down by of and the"
VALUE_WORDS = frozenset(f"{_VI_VALUE_WORDS} {_EN_VALUE_WORDS}".split(" "))
"""Words that say how a value went or join a name's words, not which category it is: "Xây
dựng tăng {x}" names the category "xây dựng"."""
_REF = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words of ``text``, case and punctuation aside (NFC, so "hóa" is one word)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def _same_category(said: str, label: str) -> bool:
    """True when the words ``said`` beside a figure name the category ``label`` plots: each
    of them is one of the label's ("Xây dựng" for "Giá trị sản xuất xây dựng"), or they
    share an abbreviation in capitals ("Tổng sản phẩm (GRDP)" for "Tăng trưởng GRDP")."""
    own = [w for w in _words(said) if w.casefold() not in VALUE_WORDS]
    plotted = {w.casefold() for w in _words(label)}
    if not own:
        return False
    if all(w.casefold() in plotted for w in own):
        return True
    return any(len(w) > 1 and w.isupper() and w.casefold() in plotted for w in own)


def restated(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> bool:
    """True when every bullet of ``spec`` only says again a value its chart plots: the same
    number (one plain ``{key}`` of a figure the chart draws, no plan, change or other part of
    it) of the same category (its other words name that figure's bar, ``_same_category``), in
    a few words (``RESTATE_WORDS``), no sub-points, no two bullets of one bar. Four bullets
    beside six bars that say four of the bars' numbers again halve the chart for nothing (the
    sample's slide 15). Never on an agency's template: its own layout of a chart beside text
    is where the user's text goes."""
    chart = spec.chart
    if chart is None or not chart.figures or not spec.bullets or frame.slots:
        return False
    plotted = {f.value for f in chart.figures}
    figures = ctx.resolver.figures
    seen: set[str] = set()
    for b in spec.bullets:
        text = b.text.value
        refs = [m for m in _REF.finditer(text) if m.group(1) is not None]
        if b.children or len(refs) != 1 or "{{" in text or "}}" in text:
            return False
        key = refs[0].group(1).strip()
        if not _KEY.fullmatch(key) or key not in plotted or key in seen or key not in figures:
            return False
        seen.add(key)
        said = text[: refs[0].start()] + " " + text[refs[0].end() :]
        if len(said.split()) > RESTATE_WORDS or not _same_category(said, figures[key].label):
            return False
    return True


def _plotted_keys(spec: SlideSpec) -> set[str]:
    """The figure keys ``spec``'s chart draws: its ``figures``, its series' named values."""
    chart = spec.chart
    if chart is None:
        return set()
    keys = {f.value for f in chart.figures}
    for series in chart.series:
        keys.update(v.value for v in series.values if not isinstance(v, Decimal))
    return keys


def said_twice(spec: SlideSpec) -> tuple[Problem, ...]:
    """A warning for each top-level bullet of ``spec`` that shows again, word for word, a
    figure its chart shows as a big number (a plain ``{key}`` of a figure the panel draws):
    the slide says the number twice, the bullet's line could say what it means (R17, the
    sample's slide 20: "Năm 2023 vượt kế hoạch đề ra, đạt 68.793 tỷ đồng" beside the panel's
    68.793); not a bullet that gives the figure's plan beside it. A bullet whose bullets all
    restate their chart moves to the notes instead (``restated``): this is for the ones that
    stay."""
    keys = _plotted_keys(spec)
    out = []
    for b in spec.bullets:
        text = b.text.value
        said = {(m.group(1) or "").strip() for m in _REF.finditer(text)}
        for m in _REF.finditer(text):
            key = (m.group(1) or "").strip()
            if key not in keys or f"{key}.plan" in said:
                # a bullet that sets the number beside its plan ("đạt {x} (KH là {x.plan})")
                # says how the year went, which a panel's big number alone does not
                continue
            out.append(
                Problem(
                    b.text.location,
                    _(
                        "this bullet repeats {{{key}}}, which the chart beside it shows as a "
                        "big number"
                    ).format(key=key),
                    b.text.path,
                    _(
                        "say what the number means instead (a change, a share of the plan), or "
                        "leave the number to the chart"
                    ),
                    "warning",
                )
            )
            break
    return tuple(out)


def _chart_alone(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned | None:
    """``spec``'s chart across the whole body, its bullets said in the speaker notes under a
    line that says why (``restated``); None when the chart cannot be drawn."""
    full = chart_plan(spec, frame, ctx)
    if not full.slides or not any(isinstance(e, ChartBox) for e in full.slides[0].elements):
        return None
    said = "\n".join(f"- {ctx.plain(b.text)}" for b in spec.bullets)
    first = full.slides[0]
    note = f"{ctx.words['restated']}\n{said}"
    notes = "\n\n".join(t.rstrip() for t in (first.notes, note) if t.strip())
    alone = replace(first, notes=notes)
    return replace(full, slides=(alone, *full.slides[1:]))


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    if restated(spec, frame, ctx) and (alone_ := _chart_alone(spec, frame, ctx)) is not None:
        return alone_
    planned = _planned_run(spec, frame, ctx)
    return replace(planned, slides=tuple(_hole_said(s) for s in planned.slides))


def _hole_said(s: SlidePlan) -> SlidePlan:
    """``s`` with its donut's hole left empty where a bullet on the slide gives the whole the
    hole would ("Rà soát thu hồi 20 dự án" beside "20 dự án", "Tổng chi ngân sách 21.671,5 tỷ
    đồng" beside "21.671,5 tỷ đồng": review R22, sample 19 and 22): the slide says it once, in
    the bullet read from the back of the hall; the ring's shares say the parts. A donut on a
    slide of its own keeps its total (its bullets are in the notes or on the next slide)."""
    said = " ".join(
        p.text for e in s.elements if isinstance(e, TextBox) and e.role == "body" for p in e.paras
    )
    said = said.replace(NBSP, " ").replace(WORD_JOINER, "")
    elements = []
    for e in s.elements:
        if isinstance(e, ChartBox) and not e.native and e.chart.kind == "donut" and said:
            whole = sum(
                (v for v in e.chart.series[0].values if v is not None and v > 0), Decimal(0)
            )
            number = re.escape(format_number(whole, e.chart.lang))
            if re.search(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)", said):
                e = replace(e, chart=replace(e.chart, hole=False))
        elements.append(e)
    return replace(s, elements=tuple(elements))


def _planned_run(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    """``spec`` planned beside its chart, a run of such slides sharing its bullets' size."""
    run = ctx.kind_runs.get(spec.path)
    cap = None
    if run:  # consecutive charts beside bullets: their bullets share one size, as on bullet
        # slides (``bullets.run_size``): the largest at which each fits as it does alone (a
        # chart whose bullets go to its notes shows none: ``restated``)
        def alone(s: SlideSpec) -> float | None:
            if restated(s, frame, ctx):
                return None
            # at the size it takes beside its chart's floor (``_plot_room``) before a smaller
            # size uncrowds its column: that slide alone sets its bullets smaller, not the run
            return _body_size(_plan(s, frame, ctx, None, shrink=False))

        def shared(_: SlideSpec) -> float | None:
            sizes = [run_member(s, frame, ctx, alone) for s in run]
            return min((a for a in sizes if a is not None), default=None)

        cap = run_member(run[0], frame, ctx, shared, "run")  # once for the run
    got = _in_run(spec, run, frame, ctx, cap)
    # grown no more than a step over the bullet slides of its section (R17: 28 pt beside its
    # chart on 45, 26 on 46): planned again at that size only where it grew past it, so that
    # a slide within it keeps its own growth (a cap also sets a run's growth, ``bullets._fit``)
    near = section_cap(spec, frame, ctx)
    if near is not None and (size := _body_size(got)) is not None and size > near:
        got = _in_run(spec, run, frame, ctx, near if cap is None else min(cap, near))
    return got


def _in_run(
    spec: SlideSpec, run: tuple[SlideSpec, ...] | None, frame: Frame, ctx: PlanContext,
    cap: float | None,
) -> Planned:  # fmt: skip
    """``spec`` planned at most ``cap``, its panel sharing one width with the panels of its
    ``run`` (``_panel_members``)."""
    if run:
        members = _panel_members(spec, run, frame, ctx, cap)
        if members:
            titled = _run_titles(members, frame, ctx)
            return _plan(spec, titled, ctx, cap, _panels(spec, members, titled, ctx, cap))
    return _plan(spec, frame, ctx, cap)


@dataclass(frozen=True)
class Panels:
    """What the big-number panels of a run of charts beside bullets share: one width, the
    narrowest any of them takes alone (``_numbers_room``), so that the bullets beside them
    start at one place; and one number size, through each chart's ``peers``."""

    width: Length
    peers: tuple[ChartPlan, ...] = ()


def _panel_members(
    spec: SlideSpec, run: tuple[SlideSpec, ...], frame: Frame, ctx: PlanContext, cap: float | None
) -> tuple[SlideSpec, ...]:
    """The consecutive slides of ``spec``'s run that, like it, set a big-number panel beside
    bullets on one slide (``spec`` included); empty when it is not one of two or more."""

    def alone(s: SlideSpec) -> Length | None:
        return _panel_width(_plan(s, frame, ctx, cap))

    widths = [run_member(s, frame, ctx, alone, "panel") for s in run]
    i = next(k for k, s in enumerate(run) if s.path == spec.path)
    if widths[i] is None:
        return ()
    lo, hi = i, i
    while lo > 0 and widths[lo - 1] is not None:
        lo -= 1
    while hi + 1 < len(run) and widths[hi + 1] is not None:
        hi += 1
    return run[lo : hi + 1] if hi > lo else ()


def _run_titles(members: tuple[SlideSpec, ...], frame: Frame, ctx: PlanContext) -> Frame:
    """``frame`` with the titles of a run of big-number panels set as one: on one line, as a
    run of tables sets them (``table.RUN_FEWER``: a second line would take the panels' height
    and their numbers' size), at the size the longest of them takes. In a template's title
    slot a second line takes nothing from the panels (the body starts under the slot): the
    titles keep the deck's rule (a step smaller at most for one line, else two lines) and
    share the smallest size (R20 #2: xanh-so 29-31 at 31, 31 and 27 pt)."""
    slot = frame.slot("content", "title") is not None
    one_line = frame if slot else replace(frame, header=replace(frame.header, fewer=RUN_FEWER))
    sizes = [
        e.paras[0].size_pt
        for s in members
        for e in header(ctx.text(s.title), one_line, ctx)[0]
        if isinstance(e, TextBox) and e.role == "title"
    ]
    if not sizes:
        return frame
    least = min(sizes)
    if slot:  # that size only: under it a title would shrink once more for one line
        return replace(frame, header=replace(frame.header, size_max=least, size_min=least))
    return replace(one_line, header=replace(one_line.header, size_max=least))


def _panels(
    spec: SlideSpec, members: tuple[SlideSpec, ...], frame: Frame, ctx: PlanContext,
    cap: float | None,
) -> Panels:  # fmt: skip
    """What ``spec``'s panel shares with the other ``members``: the narrowest width any of
    them takes alone, and their chart plans at that width (its ``peers``)."""

    def alone(s: SlideSpec) -> Length | None:
        return _panel_width(_plan(s, frame, ctx, cap))

    widths = [w for s in members if (w := run_member(s, frame, ctx, alone, "panel")) is not None]
    width = Length(min(widths)) if widths else Length(0)
    if not widths:
        return Panels(width)
    shared = Panels(width)

    def drawn(s: SlideSpec) -> ChartPlan | None:
        for el in _plan(s, frame, ctx, cap, shared).slides[0].elements:
            if isinstance(el, ChartBox) and el.chart.form == "numbers":
                return el.chart
        return None

    peers = [
        (s.path, run_member(s, frame, ctx, drawn, f"panel@{width}"))
        for s in members
        if s.path != spec.path
    ]
    return Panels(width, tuple(p for _, p in peers if p is not None))


def _panel_width(planned: Planned) -> Length | None:
    """The width of a one-slide plan's big-number panel; None for anything else."""
    if len(planned.slides) != 1:
        return None
    for el in planned.slides[0].elements:
        if isinstance(el, ChartBox) and el.chart.form == "numbers":
            return el.box.w
    return None


def _body_size(planned: Planned) -> float | None:
    """The size of the top-level bullets of a planned slide; None when it has none."""
    sizes = [
        p.size_pt
        for s in planned.slides
        for e in s.elements
        if isinstance(e, TextBox) and e.name == "Body"
        for p in e.paras
    ]
    return max(sizes, default=None)


def _plan(
    spec: SlideSpec, frame: Frame, ctx: PlanContext, cap: float | None,
    panels: Panels | None = None, shrink: bool = True,
) -> Planned:  # fmt: skip
    title = ctx.text(spec.title)
    _, whole_body, _ = body_boxes(title, frame, ctx)
    if frame.height > frame.width or whole_body.h > whole_body.w:
        # a portrait slide (or body): too narrow for a chart beside the bullets
        return _below(spec, title, frame, ctx, cap)
    columns = two_content(frame)
    if columns is not None:  # the template's own columns: bullets left, the chart right
        _, body, _ = body_boxes(title, columns, ctx)
        chart, _ = in_columns(body, columns)
        if not too_tall(spec, chart, columns, ctx) and _column_floor(spec, chart, columns, ctx):
            # else deckmaker's own split of the body (a chart too tall, or a plot under its
            # floor in the template's column: lo-template 16, 3.15 in drawn)
            return _planned(spec, title, columns, in_columns, ctx, frame, cap, panels, shrink)
    return _planned(spec, title, frame, split, ctx, frame, cap, panels, shrink)


def _planned(
    spec: SlideSpec,
    title: str,
    frame: Frame,
    split: Callable[[Box, Frame], tuple[Box, Box]],
    ctx: PlanContext,
    whole: Frame,
    cap: float | None = None,
    panels: Panels | None = None,
    shrink: bool = True,
) -> Planned:
    """The slides of a chart beside bullets, ``split`` sharing the body between them, the
    bullets at most ``cap``; a chart too tall for its share goes on a slide of its own on
    ``whole``'s layouts (``_apart``)."""
    head, body, cont_body = body_boxes(title, frame, ctx)
    chart, text = split(body, frame)
    if too_tall(spec, chart, frame, ctx):
        across = sideways(spec)
        if across is None or too_tall(across, chart, frame, ctx):
            under = _under(spec, title, whole, ctx, cap)
            return under if under is not None else _apart(spec, title, whole, ctx, cap)
        spec = across
    pages, problems = bullet_pages(spec, text, frame, ctx, cap)
    if len(pages) > 1 and cont_body != body:
        chart, text = split(cont_body, frame)
        pages, more = bullet_pages(spec, text, frame, ctx, cap)
        problems += more
    if len(pages) > 1:
        # bullets that do not fit beside their chart: the chart once, on a slide of its own,
        # the bullets after it across the body, when that takes no more slides; not the same
        # chart on every part beside a piece of the list (review R14: stress cards 6-8)
        apart = _apart(spec, title, whole, ctx, cap)
        if len(apart.slides) <= len(pages):
            return apart
    cb, more = chart_box(spec, _round_box(spec, chart, frame, ctx), frame, ctx)
    if cb is not None and cb.chart.form == "numbers" and len(pages) == 1:
        # the panel's shares are of the room both columns span: on a template's own columns
        # (``in_columns``) ``body`` is the left one's, and a share of it left the bullets 1.8
        # in (h39e: coreoz 25-27 kept the template's halves, the bullets in 3-line items)
        chart, text, pages = _numbers_room(
            spec, _span(chart, text), frame, ctx, chart, text, pages, cap, panels
        )
        cb, more = chart_box(spec, chart, frame, ctx)
        if cb is not None and panels is not None and panels.peers:
            cb = replace(cb, chart=replace(cb.chart, peers=panels.peers))
    elif (
        cb is not None
        and cb.chart.kind in ROOMY + ROUND + FLOORED
        and len(pages) == 1
        and frame is whole
    ):
        round_ = cb.chart.kind in ROUND
        if cb.chart.kind in ROOMY + ROUND:
            chart, text, pages = _text_room(spec, body, frame, ctx, chart, text, pages, cap, round_)
        barh = plot_estimate(spec, chart, frame, ctx) is not None
        crowded = barh and _crowded(pages, text, frame)

        def lowered_smaller(c: Box) -> bool:
            # beside in a lowered box (``_round_box``) only for a circle ``ROUND_GAIN`` larger
            # than its bullets' slide gives it stacked over them (xanh-so 22: 2.27 in beside,
            # its bullets at 18 pt, against 2.32 in stacked at the run's 21)
            if not round_ or _round_box(spec, c, frame, ctx) == c:
                return False
            stacked = _stacked_circle(spec, title, whole, ctx, cap)
            return _round_kept(spec, c, frame, ctx) < ROUND_GAIN * stacked

        floorless = not _floor_kept(spec, chart, body, frame, ctx) or lowered_smaller(chart)
        if floorless and cb.chart.kind == "bar" and not crowded:
            # vertical bars had no floor: held to it where their plot, as drawn, is under it
            drawn, _ = chart_box(spec, chart, frame, ctx)
            floorless = drawn is None or not _drawn_fits(drawn.chart)
        if crowded or floorless:
            # under its floor, or at it with its bullets crowded: the narrowest chart at its
            # floor, the bullets a size smaller where that uncrowds them, else stacked
            wider = _plot_room(spec, body, frame, ctx, cap, shrink)
            if wider is not None and lowered_smaller(wider[0]):
                wider = None
            if shrink and (wider is None or _crowded(wider[2], wider[1], frame)):
                stacked = (
                    _under(spec, title, whole, ctx, cap)
                    or _under(spec, title, whole, ctx, cap, UNDER_LINES)
                    or _stacked(spec, title, whole, ctx, cap)
                )
                if stacked is not None:
                    return stacked
                thin = (
                    _under(spec, title, whole, ctx, cap, floor=False)
                    or _under(spec, title, whole, ctx, cap, UNDER_LINES, floor=False)
                    or _stacked(spec, title, whole, ctx, cap, floor=False)
                )
                if thin is not None or (wider is None and (round_ or not _drawn_fits(cb.chart))):
                    # stacked over its bullets only with its bars under their height's floor
                    # (``SLOT_FLOOR_IN``, lo-template 16), or no width beside them keeps the
                    # chart's floor nor is there room for them under it: the chart on a slide
                    # of its own, across the body, its bullets after it (a small slide's chart
                    # is read, not squeezed: R18 #6); beside it after all where it keeps its
                    # floors as drawn, rather than a takeaway slide after it (``_drawn_room``)
                    apart = _apart(spec, title, whole, ctx, cap)
                    beside = _drawn_room(spec, body, frame, ctx, cap, apart)
                    if beside is None:
                        return apart
                    wider = beside
            if wider is not None:
                chart, text, pages = wider
        if round_ and _round_box(spec, chart, frame, ctx) != chart:
            floor = max(ROUND_DIAMETER, ROUND_GAIN * _stacked_circle(spec, title, whole, ctx, cap))
            best = (chart, text, pages)
            chart, text, pages = _round_column(spec, body, frame, ctx, best, floor, shrink)
            if shrink and _crowded(pages, text, frame):
                # no chart at that floor uncrowds them: over its bullets, where they go under
                # it on the slide (``_apart``), rather than beside a column of fragments
                # (coreoz 22: 2.52 in beside a 3.46 in column whose bullets took five lines,
                # against 2.19 stacked)
                apart = _apart(spec, title, whole, ctx, cap)
                if len(apart.slides) == 1:
                    return apart
        chart = _round_box(spec, chart, frame, ctx)
        cb, more = chart_box(spec, chart, frame, ctx)
    pages = _terms_whole(spec, text, frame, ctx, pages)
    problems += more + pasted_marks(spec.bullets)
    if cb is not None and cb.chart.form == "numbers":
        problems += said_twice(spec)
    anchor = Anchor.MIDDLE if len(pages) == 1 else Anchor.TOP  # beside the chart's middle
    out = []
    for i, page in enumerate(pages):
        t = continued(title, i, ctx, len(pages))
        els: list[Element] = [*([cb] if cb else []), bullets_box(text, page, frame, anchor)]
        out.append(
            slide(
                "chart-bullets",
                t,
                page_elements(t, els, head if t == title else [], i, frame, ctx),
                spec,
                frame,
                ctx,
                i,
            )
        )
    return Planned(tuple(out), on_slides(problems, spec, out))


def _terms_whole(
    spec: SlideSpec, text: Box, frame: Frame, ctx: PlanContext, pages: list[tuple[Para, ...]]
) -> list[tuple[Para, ...]]:
    """``pages``, the bullets as set in their chosen box, with a line more for a bullet whose
    lines break inside a term or a name ("phê duyệt kế hoạch / sử dụng đất", h26d) where the
    box has room (``bullet_pages``' ``terms``): the box stays as chosen, the columns too (a
    line more weighed while choosing them would move the chart). Where the box has no room at
    the size chosen, one or two points smaller (``TERM_POINTS``, not under the theme's
    minimum) when that keeps every term whole; a run of such slides takes that size with it
    (tuong-phan 25-27: 27 -> 25 pt, 26 no room at 26 pt by 0.4 pt)."""
    if not pages or not _term_cuts(pages, text, frame):
        return pages
    size = _size(pages)
    shape = [len(page) for page in pages]
    for smaller in (size - k for k in range(TERM_POINTS + 1)):
        if smaller < frame.sizes.body_min - 1e-6:
            break
        again, problems = bullet_pages(spec, text, frame, ctx, smaller, terms=True)
        if problems or [len(page) for page in again] != shape or _size(again) != smaller:
            continue
        if not _term_cuts(again, text, frame):
            return again
    return pages


TERM_POINTS = 2
"""How many points smaller bullets are set to keep a term whole where their box has no room
for a line more at their size (``_terms_whole``): less than a step of the type scale."""


def _term_cuts(pages: list[tuple[Para, ...]], box: Box, frame: Frame) -> bool:
    """True when a line of ``pages`` in ``box``, as LibreOffice sets it, breaks inside a term
    of the genre or a name (``fit.cuts_term``)."""
    m = frame.measure.body
    return any(
        cuts_term([ln.strip() for ln in m.wrap(p.text, p.size_pt, (box.w - p.indent) / 12700)])
        for page in pages
        for p in page
    )


def _numbers_room(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, chart: Box, text: Box,
    pages: list[tuple[Para, ...]], cap: float | None = None, panels: Panels | None = None,
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """The boxes of a big-number panel and its bullets: the widest panel (``NUMBERS_SHARES``)
    that leaves the bullets, on one slide, at the size short bullets take on a slide of their
    own, or ``cap`` (else the size they take at the narrowest panel, if larger); then, at that
    size, a narrower panel while it saves the column ``LINES_SAVED`` of its lines (the figures
    read as well in less width; the bullets' short lines were a ragged column, R3);
    ``panels``' width in a run of such slides, when its bullets fit one slide beside it."""
    if panels is not None:
        gap = frame.chart.gap
        c = Box(body.x, body.y, panels.width, body.h)
        t = Box(
            Length(body.x + panels.width + gap), body.y, Length(body.w - panels.width - gap), body.h
        )
        if _has_two_content(frame):  # the bullets left, the panel right, as ``split`` sets them
            t = replace(t, x=body.x)
            c = replace(c, x=Length(body.x + t.w + gap))
        more, problems = bullet_pages(spec, t, frame, ctx, cap)
        if len(more) == 1 and not problems:
            return c, t, more
    best = (_size(pages), chart, text, pages)
    goal = max(frame.sizes.body_grow, frame.sizes.body)
    goal = goal if cap is None else min(goal, cap)
    for share in NUMBERS_SHARES:
        if best[0] >= goal:
            break
        c, t = split(body, frame, share)
        more, problems = bullet_pages(spec, t, frame, ctx, cap)
        if len(more) == 1 and not problems and _size(more) > best[0]:
            best = (_size(more), c, t, more)
    lines = _lines(best[3], best[2], frame)
    saved_from, cuts = lines, _cuts(best[3], best[2], frame)
    for share in NUMBERS_SHARES:
        c, t = split(body, frame, share)
        if t.w <= best[2].w:
            continue
        more, problems = bullet_pages(spec, t, frame, ctx, cap)
        if len(more) != 1 or problems or _size(more) < best[0]:
            continue
        fewer, fewer_cuts = _lines(more, t, frame), _cuts(more, t, frame)
        # a wider column is taken where its lines cut fewer phrases in no more lines (review
        # R9: "… đầu tư vào / một số khu công nghiệp", "Thương mại, dịch vụ, / du lịch"); the
        # lines it saves counted from the last width taken for lines saved
        saved = fewer <= saved_from - LINES_SAVED
        if saved or (_fewer(fewer_cuts, cuts) and fewer <= lines):
            best, lines, cuts = (_size(more), c, t, more), fewer, fewer_cuts
            saved_from = fewer if saved else saved_from
    return best[1], best[2], best[3]


LINES_SAVED = 2
"""A panel is made narrower only when its bullets then take this many lines less."""

ROOMY = ("line", "barh")
"""Charts that read as well a little narrower (a line's points, bars along their names): their
bullets may take more of the body (``TEXT_SHARES``)."""
ROUND = ("donut", "pie")
"""Charts drawn as a circle, their labels beside it: a box a little narrower keeps both
(``ROUND_ASPECT``), so their bullets may take more of the body (``TEXT_SHARES``) where that
sets them cutting fewer phrases (``_cuts``; review R9: "9 dự án ngoài / các khu công nghiệp"
beside a donut, the phrase 2 pt wider than its column)."""
TEXT_SHARES = (0.55, 0.5)
"""Narrower shares such a chart may take, from the theme's ``chart.share``."""
ROUND_ASPECT = 1.2
"""The narrowest a round chart's box is made (``_text_room``), in multiples of its height: its
circle keeps its size and its labels their room beside it on one side (narrower, they wrap to
columns of two or three words on both sides)."""
ROUND_DIAMETER = 2.2
"""The smallest circle (inches, as the renderer would draw it, estimated: ``layout.circle``;
nothing is drawn while planning) a round chart's box is narrowed to (review R10: a donut
4.10 -> 3.19 in beside a column widened for one phrase); a narrowing the circle pays below it
is not taken."""


ROUND_FLOOR = 1.6
"""The smallest circle (inches, estimated as for ``ROUND_DIAMETER``) a round chart is made
for a crowded column (``_text_room``): a donut beside its labels on both sides has room to
spare in a box as tall as the body, a column of bullets in four lines of two or three words
has none (review R13: tuong-phan 19 and 22, "ngoài / các khu", "bằng 104,6% / dự toán
giao"). Under it the ring's shares and its total no longer fit inside it."""


ROUND_GAIN = 1.15
"""How much larger a round chart's circle in a lowered box beside its bullets (``_round_box``)
is than stacked over them for the slide to set it beside: its bullets then wrap in a third of
the body's width, which a few hundredths of an inch do not pay for (coreoz 22: 2.30 in beside
against 2.19 stacked, kept stacked; coreoz 19: 2.69 against 1.83, beside)."""
ROUND_STEP = Inches(0.1)
"""The steps in which ``_round_box`` lowers a round chart's box."""


def _round_room(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> float:
    """The diameter (inches) of the circle of the round chart of ``spec`` in ``c``, estimated."""
    cb, _ = chart_box(spec, c, frame, ctx)
    if cb is None or cb.native:
        return float("inf")  # PowerPoint draws it: nothing to estimate here
    return circle_estimate(cb.chart)


def _round_kept(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> float:
    """``_round_room`` in ``c`` as ``_round_box`` shapes it, the box the chart is drawn in
    beside its bullets: what decides beside or not in deckmaker's split (``_floor_kept``). The
    choice of the column's width (``_text_room``) weighs the circle in the body's height, as
    before h31e: lowered there, a narrower box looked as good and the sample's 16:9 donuts
    were narrowed (default 22: 7.07 -> 6.13 in wide, its circle smaller). Nor does the
    template's own column take a lowered box (``_column_floor``: xanh-so 22 went beside there
    at 2.27 in, its bullets at 18 pt, against 2.32 in stacked at the run's 21)."""
    return _round_room(spec, _round_box(spec, c, frame, ctx), frame, ctx)


def _stacked_circle(
    spec: SlideSpec, title: str, frame: Frame, ctx: PlanContext, cap: float | None
) -> float:
    """The circle (inches, estimated) of ``spec``'s round chart across the body over its
    bullets (those ``_apart`` keeps on the slide: ``_under_alone``); 0 where they do not
    go under it."""
    keys = _plotted_keys(spec)
    rest = replace(spec, bullets=tuple(b for b in spec.bullets if not _shown(b, keys)))
    under = _under_alone(rest, title, frame, ctx, cap) if rest.bullets else None
    boxes = [e for s in (under.slides if under else ()) for e in s.elements]
    return max(
        (circle_estimate(e.chart) for e in boxes if isinstance(e, ChartBox) and not e.native),
        default=0.0,
    )


def _round_box(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> Box:
    """``c`` for ``spec``'s round chart beside its bullets: no taller than its width over
    ``circle.ONE_SIDE_ASPECT``, centred on ``c``'s middle, where that draws the circle larger.
    In a box taller than that the renderer sets a few slices' labels on both sides of the
    circle, each side's in its own share of the width, and the circle takes what the labels
    leave; a box wide for its height keeps them on one side and the circle as tall as the box
    lets it (h31e: on coreoz's 4:3 body the sample's "Dự án bị thu hồi" donut, 5.19 x 4.95 in
    beside its bullets, was estimated 1.44 in across and went stacked over them, drawn 1.83 in;
    in 5.19 x 3.78 in it is drawn 2.71 in beside them). A box already that wide (a 16:9 body's)
    is kept."""
    cb, _ = chart_box(spec, c, frame, ctx)
    if cb is None or cb.native or cb.chart.kind not in ROUND or c.w >= ONE_SIDE_ASPECT * c.h:
        return c  # its labels may go on one side already: the circle as tall as the box lets it
    h = Length(int(c.w / ONE_SIDE_ASPECT * 0.99))

    def at(h: int) -> Box:
        return Box(c.x, Length(c.y + (c.h - h) // 2), c.w, Length(h))

    # lower while the circle grows: the labels' side gives it more across as the box gets
    # lower, until the box's height bounds it (``circle.circle_estimate``)
    best, size = c, _round_room(spec, c, frame, ctx)
    while h > c.h // 2 and (got := _round_room(spec, at(h), frame, ctx)) > size + 0.01:
        best, size = at(h), got
        h = Length(h - ROUND_STEP)
    return best


ROUND_SMALLER = 2
"""The most points ``_round_column`` sets a round chart's column under its size (never under
the theme's body minimum)."""


def _round_column(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext,
    best: tuple[Box, Box, list[tuple[Para, ...]]], floor: float, shrink: bool = True,
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """``best`` (a round chart's box, before ``_round_box`` lowers it, and its bullets), or
    where the chart is drawn in a lowered box (a 4:3 body) and its column is crowded
    (``_crowded``) or cuts a phrase of a class (``_cuts``): the widest narrower chart
    (``CROWDED_SHARES``, the theme's own share first) whose circle, in the box ``_round_box``
    lowers it to, is estimated at least ``floor`` across (``layout.circle``: within a few
    hundredths of an inch of the drawn circle where its labels go on one side) and whose
    column, on one slide at its size or up to ``ROUND_SMALLER`` points under it (the larger
    first; smaller only with ``shrink``: a run's size is taken from its slides planned without,
    so that this slide alone sets its bullets smaller, not the run — xanh-so's run went to
    18 pt), is uncrowded and cuts fewer phrases (a crowded column: no more). Issue 14, h35d:
    coreoz 19's donut, its labels' width now estimated as drawn ("40%", not "40,0%"), took
    the whole 5.19 in for a 3.1 in circle beside a 3.46 in column of 22 pt bullets that left
    "ngoài" alone on a line; now 4.67 in, a 2.56 in circle, its column 3.98 in at 21 pt."""
    chart, text, pages = best
    if len(pages) != 1 or _round_box(spec, chart, frame, ctx) == chart:
        return best
    cuts, crowded = _cuts(pages, text, frame), _crowded(pages, text, frame)
    if not crowded and cuts[0] == 0:
        return best
    size, least = _size(pages), frame.sizes.body_min
    for step in range(ROUND_SMALLER + 1 if shrink else 1):
        if size - step < least - 1e-9:
            break
        for share in (None, *CROWDED_SHARES):
            c, t = split(body, frame, share)
            if c.w > chart.w or (c.w == chart.w and step == 0):
                continue
            if too_tall(spec, c, frame, ctx) or _round_kept(spec, c, frame, ctx) < floor:
                break  # narrower, a smaller circle still
            more, problems = bullet_pages(spec, t, frame, ctx, size - step)
            if len(more) != 1 or problems or _size(more) < size - step - 1e-9:
                continue
            got = _cuts(more, t, frame)
            if _crowded(more, t, frame) or got[1] > cuts[1]:
                continue
            if _fewer(got, cuts) or (crowded and got[0] <= cuts[0]):
                return c, t, more
    return best


def _text_room(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, chart: Box, text: Box,
    pages: list[tuple[Para, ...]], cap: float | None = None, round_: bool = False,
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """The boxes of a chart (``ROOMY``; ``ROUND`` with ``round_``) and its bullets on one
    slide: a narrower chart (``TEXT_SHARES``) when its bullets then take ``LINES_SAVED`` lines
    less at the same size (a column of short lines beside a chart with room, R3; not a round
    chart's), or cut fewer phrases of a class (``_cuts``) in no more lines, else as they are.
    A round chart is made no narrower than ``ROUND_ASPECT``, nor its circle smaller than
    ``ROUND_DIAMETER``. A column still crowded (``_crowded``) then takes the width it needs,
    up to ``CROWDED_SHARES``' (a horizontal bar chart keeping its names' room, ``_names_fit``),
    cutting no more phrases; narrower still where that sets the bullets in fewer lines (a
    bullet line costs more than a line of the chart's note or title, R17)."""
    best, lines = (chart, text, pages), _lines(pages, text, frame)
    gap = _gap(pages, text, frame)
    saved_from, cuts = lines, _cuts(pages, text, frame, weighed=True)
    for share in TEXT_SHARES:
        c, t = split(body, frame, share)
        # a round chart narrower than ``ROUND_ASPECT`` only in a run, at the size the run chose,
        # to spare a heavier cut (its circle kept: ``ROUND_DIAMETER``, checked below): h38e,
        # tuong-phan 19 at 28 pt, "Trong đó 9 dự án / ngoài các khu công nghiệp, / 11 dự án
        # trong khu công nghiệp", not "… ngoài các / khu công nghiệp"; alone (the run's size
        # taken from it) the box keeps its aspect, so the run's size is as it was
        narrow = round_ and c.w < ROUND_ASPECT * c.h
        if c.w >= best[0].w or too_tall(spec, c, frame, ctx):
            continue
        if not _plot_fits(spec, c, body, frame, ctx):
            # the bars keep their floor (``PLOT_FLOOR``), and a plot already under it (long
            # names) is narrowed no further for a bullet line: a bullet in two lines, or a
            # size smaller, costs less than the chart's scale (review R19: tuong-phan 33,
            # 6.48 -> 5.89 in for "GRDP năm 2023 tăng 10,05%", its axis only 0% and 10%)
            continue
        more, problems = bullet_pages(spec, t, frame, ctx, cap)
        if len(more) != 1 or problems or _size(more) < _size(best[2]):
            continue
        fewer, fewer_cuts = _lines(more, t, frame), _cuts(more, t, frame, weighed=True)
        # a line saved is enough where it closes a gap in the column's edge ("Thu nội địa"
        # alone above a bracket, a verb of measure bound to its number a line lower)
        saved = fewer <= saved_from - LINES_SAVED or (
            gap and fewer < lines and not _gap(more, t, frame)
        )
        saved = saved and not round_
        lighter = _fewer(fewer_cuts, cuts) and fewer <= lines
        if narrow and (cap is None or not lighter):
            continue
        if saved or lighter:
            if round_ and _round_room(spec, c, frame, ctx) < ROUND_DIAMETER:
                continue  # the circle would pay for the phrase (the last check)
            best, lines, cuts = (c, t, more), fewer, fewer_cuts
            gap = False if saved else _gap(more, t, frame)
            saved_from = fewer if saved else saved_from
    # a size other than the one its run chose (``_ungrown``, ``_smaller_uncut``) only for a
    # slide alone: a run of charts beside bullets keeps one size (test_fit; h37d had
    # tuong-phan 19 at 26 pt in a run at 28), its cuts weighed in the widths it allows; its
    # size was taken from its members planned alone, their cuts weighed there
    if cap is None:
        best = _ungrown(spec, body, frame, ctx, best, cuts, round_)
        best = _smaller_uncut(spec, frame, ctx, best, cap)
    cuts = _cuts(best[2], best[1], frame, weighed=True)
    if not _crowded(best[2], best[1], frame):
        return _unwrapped(spec, body, frame, ctx, best, cuts, round_)
    # a column of short lines down to the footer (a bullet in four or five lines of two or
    # three words, review R12: tuong-phan 21, 45) beside a chart with room: the widest chart
    # that leaves the column uncrowded at no smaller size, down to ``CROWDED_SHARES``' last
    # (found by halving: a narrower chart never crowds its bullets more), that still draws
    # (``_names_fit``, ``ROUND_DIAMETER``) and cuts no more phrases than the column it widens
    shares = [x for x in CROWDED_SHARES if split(body, frame, x)[0].w < best[0].w]
    tried: dict[float, list[tuple[Para, ...]] | None] = {}
    # at the size the column has: a wider column would grow its text to the theme's largest
    # and crowd it again (review R13: tuong-phan 19 and 22, crowded at every width tried)
    held = _size(best[2]) if cap is None else min(cap, _size(best[2]))

    def uncrowded(share: float) -> list[tuple[Para, ...]] | None:
        if share not in tried:
            c, t = split(body, frame, share)
            more, problems = bullet_pages(spec, t, frame, ctx, held)
            fits = len(more) == 1 and not problems and _size(more) >= _size(best[2])
            tried[share] = more if fits and not _crowded(more, t, frame) else None
        return tried[share]

    lo, hi = 0, len(shares)  # the first (widest chart) uncrowded share is in shares[lo:hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if uncrowded(shares[mid]) is not None:
            hi = mid
        else:
            lo = mid + 1
    found: tuple[Box, Box, list[tuple[Para, ...]]] | None = None
    for share in shares[lo:]:
        c, t = split(body, frame, share)
        if too_tall(spec, c, frame, ctx):
            break  # narrower still, no better
        if not _names_fit(spec, c, frame, ctx):
            break
        if not _plot_fits(spec, c, body, frame, ctx):
            break  # the bars' floor (``PLOT_FLOOR``): narrower, the bars only shorter
        if round_ and _round_room(spec, c, frame, ctx) < ROUND_FLOOR:
            break  # narrower, a smaller circle still
        got = uncrowded(share)
        if got is None or _cuts(got, t, frame, weighed=True)[0] > cuts[0]:
            continue
        if found is None:
            found = (c, t, got)  # the widest chart that uncrowds the column
        elif _lines(got, t, frame) < _lines(found[2], found[1], frame):
            # a narrower chart (still drawn, at least the last share) that saves its bullets
            # a line: the wider one would only buy its own note or title a line (review R17:
            # tuong-phan 45, "Năm 2023 giảm / còn dưới 0,9%" beside a chart widened to set
            # its source on one line)
            return c, t, got
    return best if found is None else found


def _long(pages: list[tuple[Para, ...]], box: Box, frame: Frame) -> int:
    """The bullets of ``pages`` in ``box`` that take ``bullets.LONG_LINES`` lines or more,
    measured with the real font."""
    m = frame.measure.body
    return sum(
        len(m.wrap(p.text, p.size_pt, (box.w - p.indent) / 12700, SAFETY)) >= LONG_LINES
        for page in pages
        for p in page
    )


def _unwrapped(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext,
    best: tuple[Box, Box, list[tuple[Para, ...]]], cuts: tuple[float, float], round_: bool,
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """``best`` (``_text_room``'s boxes and bullets, the column uncrowded), or where a bullet
    takes ``LONG_LINES`` lines that a column a little wider sets in fewer at the same size,
    the widest chart (``CROWDED_SHARES``, still drawn: its names, its plot's floor, a
    circle's floor) that does so cutting no more phrases (R15 #9, R17: "Triển khai đồng bộ /
    các giải pháp / giảm nghèo bền vững" at 28 pt in 5.89 in, in two lines in 6.14). The
    column's width is final only once its lines are: a third line of two words costs the
    reader more than a chart 0.25 in narrower."""
    long = _long(best[2], best[1], frame)
    if not long:
        return best
    size = _size(best[2])
    for share in CROWDED_SHARES:
        c, t = split(body, frame, share)
        if c.w >= best[0].w:
            continue
        if too_tall(spec, c, frame, ctx) or not _names_fit(spec, c, frame, ctx):
            break
        if not _plot_fits(spec, c, body, frame, ctx):
            break
        if round_ and _round_room(spec, c, frame, ctx) < ROUND_FLOOR:
            break
        more, problems = bullet_pages(spec, t, frame, ctx, size)
        if len(more) != 1 or problems or _size(more) != size:
            continue
        if _long(more, t, frame) < long and _cuts(more, t, frame, weighed=True)[0] <= cuts[0]:
            return c, t, more
    return best


def _ungrown(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext,
    best: tuple[Box, Box, list[tuple[Para, ...]]], cuts: tuple[float, float], round_: bool,
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """``best`` (``_text_room``'s boxes and bullets), or where its short list grew past the
    theme's body size, the bullets at that size in the widest column (the theme's share, then
    ``TEXT_SHARES`` as ``_text_room`` allows them) where they cut fewest phrases of a class
    (``_cuts``), fewer than ``best`` at its grown size does: growth takes the width the column's
    phrases need only where no width the chart allows keeps them (review R12, default 19:
    grown to 26 pt, "9 dự án ngoài / các khu công nghiệp" at every width the donut allows,
    the phrase 1.7 pt wider than its line at the theme's share; at the theme's 24 pt, "Trong
    đó 9 dự án / ngoài các khu công nghiệp, / 11 dự án trong khu công nghiệp")."""
    size = frame.sizes.body
    if _size(best[2]) <= size or cuts[0] == 0:
        return best
    for share in (None, *TEXT_SHARES):
        c, t = split(body, frame, share)
        if share is not None and (
            too_tall(spec, c, frame, ctx)
            or not _plot_fits(spec, c, body, frame, ctx)
            or (round_ and c.w < ROUND_ASPECT * c.h)
            or (round_ and _round_room(spec, c, frame, ctx) < ROUND_DIAMETER)
        ):
            continue
        plain, problems = bullet_pages(spec, t, frame, ctx, size)
        if (
            len(plain) == 1
            and not problems
            and _fewer(got := _cuts(plain, t, frame, weighed=True), cuts)
        ):
            best, cuts = (c, t, plain), got  # the fewest cuts; of as many, the widest chart
    return best


SMALLER_UNCUT = 2
"""The most points a column of bullets beside a chart is set under its size (never under the
theme's body minimum) where that alone sets its lines cutting no phrase of a class (``_cuts``):
fewer of them (h23b: tuong-phan 33 "Công nghiệp / và xây dựng năm 2024", at 28 pt beside a
chart that no width it allows spares, whole at 26 pt; a point or two of a column beside a
chart is not seen, a sector's name cut is). The slide's other lists keep their size: only
this column is set smaller."""


def _smaller_uncut(
    spec: SlideSpec, frame: Frame, ctx: PlanContext,
    best: tuple[Box, Box, list[tuple[Para, ...]]], cap: float | None,
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """``best`` (``_text_room``'s boxes and bullets), or its bullets up to ``SMALLER_UNCUT``
    points smaller in the same column where they then cut fewer phrases of a class
    (``_fewer``; the first size that cuts none, else the one that cuts fewest) and still fit
    one slide; the chart and its box keep their place."""
    text = best[1]
    cuts = first = _cuts(best[2], text, frame, weighed=True)
    if cuts[0] == 0:
        return best
    size = _size(best[2]) if cap is None else min(cap, _size(best[2]))
    least = frame.sizes.body_min
    for step in range(1, SMALLER_UNCUT + 1):
        smaller = size - step
        if smaller < least - 1e-9:
            break
        more, problems = bullet_pages(spec, text, frame, ctx, smaller)
        got = _cuts(more, text, frame, weighed=True) if len(more) == 1 and not problems else None
        if got is None or not _fewer(got, first) or got >= cuts:
            continue
        best, cuts = (best[0], text, more), got
        if cuts == (0, 0):
            break
    return best


TEXT_LINES = 3
"""A bullet beside a chart takes at most this many lines where a wider column allows it: a
bullet in four or five lines of two or three words reads as a list of fragments."""
CROWDED_FILL = 0.85
"""... and the bullets beside a chart use at most this share of the body's height where a
wider column allows it: a column down to the footer beside a chart with room (R12)."""
CROWDED_SHARES = tuple(round(0.55 - k / 100, 2) for k in range(11))
"""The chart's shares (of the body's width) tried, widest first, for a crowded column
(``_crowded``): the text takes the width it needs, at most 55% of the body's, the chart at
least 45%."""
NAME_ROOM = 0.54 * 0.97
"""The widest share of a horizontal bar chart's width its names may take, as the renderer
wraps them (``charts.kinds.layout.WIDE_NAME_ROOM``, less the 3% its wrap keeps free)."""


def _names_fit(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> bool:
    """True unless ``spec``'s chart is a horizontal bar chart a name of which takes more than
    two lines in ``NAME_ROOM`` of ``c``'s width at the chart's size, measured with the real
    font: ``too_tall`` counts two lines a name, and a chart made narrower for its bullets'
    sake (R12: tuong-phan 21 at 5.30 in, its names on three lines) would not be drawn."""
    cb, _ = chart_box(spec, c, frame, ctx)
    if cb is None or cb.native or cb.chart.kind != "barh" or cb.chart.form != "chart":
        return True
    m, size = frame.measure.body, cb.chart.style.base_size_pt
    room = NAME_ROOM * cb.chart.width_emu / 12700
    return all(len(m.wrap(bind_compounds(n), size, room)) <= 2 for n in cb.chart.categories)


PLOT_FLOOR = 0.3
"""The least share of a wide slide's body a horizontal bar chart's plot (the bars and their
value axis, its names aside) keeps beside bullets: 3.64 in of a 16:9 slide's 12.13 in body,
where its axis has room for its 0/50/100/150% ticks (review R14: tuong-phan 21, bars 1.3 in
long beside a text column 2.5 times wider, its axis reduced to 0% and 150%)."""
PLOT_FLOOR_IN = 3.64
"""That floor in inches as the chart is drawn (at the theme's own scale, ``Frame.scale``: on
a template's smaller slide the chart is drawn larger and fitted, so a floor in drawn inches is
one scaled by the frame): the same plot on every slide size, not a share of the body, which
on a 4:3 template left 2.3 in and an axis of "0%, 10%" under a 15,23% bar (review R18 #6,
xanh-so 16 and 21). A chart that cannot keep it beside its bullets goes across the body with
its bullets under it, or on a slide of its own."""
PLOT_PAD_IN = 0.3
"""What a horizontal bar chart's figure keeps besides its names and its plot, across (the
renderer's pads and tick spacing), inches."""
PLOT_TEXT_LINES = 7.5
"""Lines (at the chart's size) of a horizontal bar chart's height that are not its bars':
title (two), a reference line's label, the value axis, the source and the pads between (the
sample's charts, 5.3 in tall: the renderer keeps four names on one line at 20 and 22 pt)."""
PLOT_SHARES = tuple(round(0.5 + k / 100, 2) for k in range(16))
"""The chart's shares (of the body's width) tried, narrowest first, for a plot under its floor
(``PLOT_FLOOR``)."""


FLOORED = ("barh", "bar")
"""Bar charts whose plot keeps its floor (``PLOT_FLOOR_IN``) beside bullets: vertical bars too,
which the renderer draws sideways where their names would take more than three lines under
them (xanh-so 33: "0%, 10%" under 15,23%), and whose plot is never narrower than that."""


def plot_estimate(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> float | None:
    """The width (inches) of the plot of ``spec``'s bar chart (``FLOORED``) in ``c``, estimated
    from below as drawn sideways: the figure less its widest name on one line (the renderer
    may wrap it, which only leaves the plot more), at most
    ``charts.kinds.layout.WIDE_NAME_ROOM`` of it, and ``PLOT_PAD_IN`` (vertical bars leave
    their plot more: only the value axis's ticks beside it); None for another chart."""
    cb, _ = chart_box(spec, c, frame, ctx)
    if cb is None or cb.native or cb.chart.kind not in FLOORED or cb.chart.form != "chart":
        return None
    m, size = frame.measure.body, cb.chart.style.base_size_pt
    width, height = cb.chart.width_emu / 914400, cb.chart.height_emu / 914400
    n = max(1, len(cb.chart.categories))
    slot = (height - PLOT_TEXT_LINES * LINE * size / 72) / n  # inches a bar's name has
    two = 2 * LINE * size / 72 <= 0.92 * slot  # as ``layout._wrap_y`` fits names

    def name_w(name: str) -> float:
        one = m.width_pt(name, size) / 72
        words = name.split()
        if not two or len(words) < 2:
            return one
        halves = (
            max(m.width_pt(" ".join(words[:k]), size), m.width_pt(" ".join(words[k:]), size))
            for k in range(1, len(words))
        )
        return min(one, min(halves) / 72)

    names = max((name_w(c) for c in cb.chart.categories), default=0.0)
    return width - min(names, WIDE_NAME_ROOM * width) - PLOT_PAD_IN


def _plot_fits(spec: SlideSpec, c: Box, body: Box, frame: Frame, ctx: PlanContext) -> bool:
    """True unless ``spec``'s chart is a bar chart whose plot in ``c`` is estimated
    (``plot_estimate``) under ``PLOT_FLOOR_IN``."""
    plot = plot_estimate(spec, c, frame, ctx)
    return plot is None or plot >= PLOT_FLOOR_IN


def _drawn_fits(chart: ChartPlan) -> bool:
    """True unless ``chart`` is a bar chart (``FLOORED``) whose plot, as the renderer draws it
    (``charts.render.measured_plot_width``: in the build's chart workers where it has them,
    matplotlib not imported here), is under ``PLOT_FLOOR_IN``: the estimate is from below,
    and a chart leaves its bullets' slide only for a plot that is truly too narrow (on a wide
    slide the estimate of tuong-phan 33's grouped bars is 2.97 in, drawn 4.71)."""
    if chart.kind not in FLOORED or chart.form != "chart":
        return True
    from ...charts.render import measured_plot_width

    return measured_plot_width(chart) >= PLOT_FLOOR_IN


def _column_floor(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> bool:
    """True unless ``spec``'s bar chart in the template's own column ``c`` has a plot under
    ``PLOT_FLOOR_IN``, as estimated and then as drawn, or its round chart a circle under
    ``ROUND_FLOOR`` there (review R22/h22b: coreoz's 4.4 in column set the sample's donuts
    at about 1 in across, their labels in five lines of one or two words on either side):
    deckmaker's own split of the body keeps the circle's floors, or stacks or moves it."""
    cb, _ = chart_box(spec, c, frame, ctx)
    if cb is not None and cb.chart.kind in ROUND:
        return _round_room(spec, c, frame, ctx) >= ROUND_FLOOR
    if _plot_fits(spec, c, c, frame, ctx):
        return True
    return cb is None or _drawn_fits(cb.chart)


def _floor_kept(spec: SlideSpec, c: Box, body: Box, frame: Frame, ctx: PlanContext) -> bool:
    """True when ``spec``'s chart in ``c`` keeps its floor: a bar chart's plot
    (``_plot_fits``), a round chart's circle (``ROUND_DIAMETER``, as drawn: on xanh-so's 4:3
    slide a donut at the theme's share was estimated at 1.3 in, its labels in four lines)."""
    if not _plot_fits(spec, c, body, frame, ctx):
        return False
    cb, _ = chart_box(spec, c, frame, ctx)
    if cb is not None and cb.chart.kind in ROUND:
        return _round_kept(spec, c, frame, ctx) >= ROUND_DIAMETER
    return True


def _plot_room(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, cap: float | None,
    shrink: bool = True,
) -> tuple[Box, Box, list[tuple[Para, ...]]] | None:  # fmt: skip
    """The narrowest chart of ``PLOT_SHARES`` whose plot keeps its floor (``_plot_fits``), its
    bullets beside it on one slide at the largest size, down to the theme's smallest body
    size (with ``shrink``), at which their column is not crowded (``_crowded``), else at the
    largest size that fits; None when there is none. A run of charts beside bullets takes its
    shared size from this slide without ``shrink``: a smaller size uncrowds this column alone
    (review R14: tuong-phan 21 at 22 pt had set 19-22 at 22 pt)."""
    for share in PLOT_SHARES:
        c, t = split(body, frame, share)
        if not _floor_kept(spec, c, body, frame, ctx):
            continue
        if too_tall(spec, c, frame, ctx):
            return None
        more, problems = bullet_pages(spec, t, frame, ctx, cap)
        if len(more) != 1 or problems or _size(more) < frame.sizes.body_min:
            return None
        if shrink and _crowded(more, t, frame):
            for size in fit_sizes(_size(more), frame.sizes.body_min)[1:]:
                less, problems = bullet_pages(spec, t, frame, ctx, size)
                if len(less) == 1 and not problems and not _crowded(less, t, frame):
                    return c, t, less
        return c, t, more
    return None


DRAWN_SHARES = (0.5, 0.55, 0.6, 0.65, 0.7)
"""The chart's shares of the body's width ``_drawn_room`` tries, each as drawn; up to 0.7, past
``PLOT_SHARES``' 0.65, as a drawing is exact where the estimate is from below (coreoz's 9 in
body leaves its bullets 2.6 in there: three lines of two or three words, not crowded)."""


def _drawn_room(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, cap: float | None,
    apart: Planned,
) -> tuple[Box, Box, list[tuple[Para, ...]]] | None:  # fmt: skip
    """For a bar chart that would go on a slide of its own with its bullets on a takeaway
    slide after it (``apart``, more than one slide): the narrowest of ``DRAWN_SHARES`` at
    which it keeps its floors as drawn (``_drawn_kept``), its bullets beside it on one slide
    at the largest size down to the theme's smallest at which they are not crowded
    (``_crowded``); None when there is none, or ``apart`` is one slide. The
    estimate (``_plot_room``) takes each name on one line; in a tall column the renderer
    wraps them to two: in coreoz's 4:3 body, 4.95 in tall, the sample's grouped "Tốc độ tăng"
    was estimated 2.3 in at 65% of the width and is drawn 3.75 in at 70%, so the chart went
    alone and its three lines to a takeaway slide, 70% of it empty (coreoz 34, h26e)."""
    if len(apart.slides) == 1 or plot_estimate(spec, body, frame, ctx) is None:
        return None
    for share in DRAWN_SHARES:
        c, t = split(body, frame, share)
        if not _drawn_kept(spec, c, frame, ctx):
            continue
        if too_tall(spec, c, frame, ctx):
            return None
        found = _uncrowded(spec, t, frame, ctx, cap)
        if found is None:
            return None
        return _near_floor(spec, body, frame, ctx, cap, share, (c, t, found))
    return None


def _uncrowded(
    spec: SlideSpec, t: Box, frame: Frame, ctx: PlanContext, cap: float | None
) -> list[tuple[Para, ...]] | None:
    """``spec``'s bullets in ``t`` on one slide at the largest size down to the theme's
    smallest at which they are not crowded (``_crowded``); None when there is none."""
    pages, problems = bullet_pages(spec, t, frame, ctx, cap)
    if len(pages) != 1 or problems or _size(pages) < frame.sizes.body_min:
        return None
    for size in fit_sizes(_size(pages), frame.sizes.body_min):  # as ``_plot_room``
        less, problems = bullet_pages(spec, t, frame, ctx, size)
        if len(less) == 1 and not problems and not _crowded(less, t, frame):
            return less
    return None


NEAR_FLOOR = 0.85
"""The share of its plot's floor (``PLOT_FLOOR_IN``, as drawn) a bar chart beside bullets may
give up (``_near_floor``) so that its bullets keep a size ``NEAR_GAIN`` larger: on a 4:3
template the floor is 40% of the body's width, and the bullets beside it paid for it alone
(coreoz 33: a 3.75 in plot beside bullets at 18 pt, the theme's minimum, where the other
bullet slides of the deck take 22 pt; at 3.2 in, its 0/10/20% axis whole, they take 22)."""
NEAR_GAIN = 2.0
"""Points of the bullets' size worth giving up part of a plot's floor for: a step of the type
scale, not a point."""
NEAR_STEP = 0.01
"""The steps (shares of the body's width) in which ``_near_floor`` narrows the chart."""


def _near_floor(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, cap: float | None,
    share: float, at: tuple[Box, Box, list[tuple[Para, ...]]],
) -> tuple[Box, Box, list[tuple[Para, ...]]]:  # fmt: skip
    """``at`` (the chart at ``share``, the first of ``DRAWN_SHARES`` that keeps its floor, its
    bullets beside it uncrowded), or a narrower chart, in ``NEAR_STEP`` steps while its plot
    as drawn keeps ``NEAR_FLOOR`` of its floor and no value moves, whose bullets are
    uncrowded at a size at least ``NEAR_GAIN`` larger: the largest such size, at the widest
    chart that gives it."""
    from ...charts.render import measured_plot_width, measured_values_moved

    best = at
    k = 1
    while (narrower := round(share - k * NEAR_STEP, 2)) >= DRAWN_SHARES[0]:
        k += 1
        c, t = split(body, frame, narrower)
        cb, _ = chart_box(spec, c, frame, ctx)
        if cb is None or cb.native or measured_values_moved(cb.chart):
            break
        if measured_plot_width(cb.chart) < NEAR_FLOOR * PLOT_FLOOR_IN:
            break
        pages = _uncrowded(spec, t, frame, ctx, cap)
        if pages is not None and _size(pages) >= _size(best[2]) + NEAR_GAIN:
            best = (c, t, pages)
    return best


def _drawn_kept(spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext) -> bool:
    """True when ``spec``'s chart in ``c``, as drawn, keeps its plot's floor (``_drawn_fits``)
    with every value at its bar's end (none moved along it to clear another,
    ``charts.render.measured_values_moved``)."""
    from ...charts.render import measured_values_moved

    cb, _ = chart_box(spec, c, frame, ctx)
    return (
        cb is not None
        and not cb.native
        and _drawn_fits(cb.chart)
        and not measured_values_moved(cb.chart)
    )


def _crowded(pages: list[tuple[Para, ...]], box: Box, frame: Frame) -> bool:
    """True when a bullet of ``pages`` in ``box`` takes more than ``TEXT_LINES`` lines, or the
    bullets take more than ``CROWDED_FILL`` of its height, measured with the real font."""
    m = frame.measure.body
    for page in pages:
        if page and paras_height(page, frame, box) > CROWDED_FILL * box.h:
            return True
        for p in page:
            if len(m.wrap(p.text, p.size_pt, (box.w - p.indent) / 12700, SAFETY)) > TEXT_LINES:
                return True
    return False


def _cuts(
    pages: list[tuple[Para, ...]], box: Box, frame: Frame, weighed: bool = False
) -> tuple[float, float]:
    """The line breaks of ``pages`` in ``box`` (with the real font) that cut a phrase of a
    class (``breaks.phrase_context``: a preposition parted from its object, a short list at a
    comma, a quantifier from its noun …): (as LibreOffice sets them, in the full width; as
    measured, with the safety margin), counted, or with ``weighed`` counted and then weighed
    by what they cost (``WEIGHT_SCALE``): a quantifier parted from its noun ("ngoài các / khu
    công nghiệp", ``breaks.FORWARD_COST``) is heavier than one cut where a column a little
    wider, or a point smaller, sets a lighter one or none ("Trong đó 9 dự án / ngoài các khu
    công nghiệp, / …", h37d: the column of a chart beside its bullets, ``_text_room``,
    tuong-phan 19); never two cuts for one."""
    m = frame.measure.body
    set_, measured = 0.0, 0.0
    for page in pages:
        for p in page:
            w = (box.w - p.indent) / 12700
            costs = []
            for safety in (0.0, SAFETY):
                words, at = seams([ln.strip() for ln in m.wrap(p.text, p.size_pt, w, safety)])
                cut = [phrase_context(words, j) for j in at]
                count = float(sum(c > 0 for c in cut))
                # weighed: as many cuts, the lighter first; never more cuts for lighter ones
                # (m3dev 19: "ngoài / các khu công nghiệp, / 11 dự án trong / khu công nghiệp")
                costs.append(count + sum(cut) / WEIGHT_SCALE if weighed else count)
            set_, measured = set_ + costs[0], measured + max(costs)
    return set_, measured


WEIGHT_SCALE = 1000.0
"""``_cuts`` weighed: the cuts' count, then their cost over this (a page's cuts cost less)."""


def _fewer(cuts: tuple[float, float], than: tuple[float, float]) -> bool:
    """True when ``cuts`` (``_cuts``) are fewer than ``than`` as LibreOffice sets the lines and
    no more as measured: a width that only spares a cut of the measure's safety margin changes
    nothing on the slide (review R10: tuong-phan 20, its panel narrowed, the same lines)."""
    return cuts[0] < than[0] and cuts[1] <= than[1]


def _lines(pages: list[tuple[Para, ...]], box: Box, frame: Frame) -> int:
    """The lines the paragraphs of ``pages`` take in ``box``, measured with the real font."""
    m = frame.measure.body
    return sum(
        len(m.wrap(p.text, p.size_pt, (box.w - p.indent) / 12700, SAFETY))
        for page in pages
        for p in page
    )


def _gap(pages: list[tuple[Para, ...]], box: Box, frame: Frame) -> bool:
    """True when a line of ``pages`` in ``box``, not its paragraph's last, is shorter than
    ``fit.GAP`` of its column: a gap in the column's edge."""
    m = frame.measure.body
    for page in pages:
        for p in page:
            w = (box.w - p.indent) / 12700
            lines = m.wrap(p.text, p.size_pt, w, SAFETY)
            if any(m.width_pt(ln.strip(), p.size_pt) < GAP * w for ln in lines[:-1]):
                return True
    return False


def _size(pages: list[tuple[Para, ...]]) -> float:
    return min((p.size_pt for page in pages for p in page), default=0.0)


UNDER_LINES = 2
"""The most lines a bullet under a chart across the body takes in its half of the width, when
the chart beside its bullets would keep its plot's floor (``PLOT_FLOOR``) only by crowding
them (review R14: tuong-phan 21, bars 1.3 in long; at their floor the bullets in five lines
of two or three words, R12's complaint)."""
UNDER_GAP = Inches(0.25)
"""Between a chart across the slide and its bullets under it."""


def _under_lines(spec: SlideSpec) -> int | None:
    """The chart text lines a horizontal bar chart across the whole body needs, each name on
    one line there (the half-slide panel beside bullets wraps them to two): its bars, title,
    value axis, source and padding; None for another chart."""
    chart = spec.chart
    assert chart is not None
    if chart.type != "barh":
        return None
    n = len(chart.figures) or len(chart.categories)
    if len(chart.series) > 1:
        return max(2, len(chart.series)) * n + 5
    return n + 4


def _under(
    spec: SlideSpec, title: str, frame: Frame, ctx: PlanContext, cap: float | None = None,
    most: int = 1, floor: bool = True,
) -> Planned | None:  # fmt: skip
    """A bar chart too tall beside its bullets, across the body with its few short bullets
    under it in two columns (a line each, or up to ``most``), on one slide: not the chart on
    one slide and its bullets alone on the next ("(tiếp 2/2)"). None when the bullets are not
    a few items of so many lines at the theme's body minimum, or the chart would keep less
    room than its names need at the theme's smallest chart size, or (with ``floor``) its bars
    less height than their floor (``SLOT_FLOOR_IN``) at every size tried."""
    lines = _under_lines(spec)
    items = bullet_items(spec.bullets, ctx)
    if lines is None or not 2 <= len(items) <= TAKEAWAY_ITEMS or any(i.level != 1 for i in items):
        return None
    head, body, _ = body_boxes(title, frame, ctx)
    m, sizes = frame.measure.body, frame.sizes
    need = Pt(lines * LINE * sizes.chart_min)
    if most > 1:  # as ``_stacked``: its names at the chart's own size, no smaller
        need = Pt((lines + STACKED_LINES) * LINE * sizes.chart)
    col_w = Length((body.w - COLUMN_GAP) // 2)
    rows = (len(items) + 1) // 2
    top = sizes.body if cap is None else max(min(sizes.body, cap), sizes.body_min)
    for size in fit_sizes(top, sizes.body_min):
        ms = measure_items(items, m, col_w, size, sizes.body_min)
        if any(x.lines > most for x in ms):
            continue
        cols = [ms[:rows], ms[rows:]]
        text_h = Pt(max(page_height(c) for c in cols) + frame.text_pad_pt)
        chart_h = Length(body.h - UNDER_GAP - text_h)
        if chart_h < need:
            continue
        cb, problems = chart_box(spec, Box(body.x, body.y, body.w, chart_h), frame, ctx)
        if floor and cb is not None and not _slot_fits(cb):
            continue
        y = Length(body.y + chart_h + UNDER_GAP)
        els: list[Element] = [*([cb] if cb else [])]
        for k, col in enumerate(cols):
            x = Length(body.x + k * (col_w + COLUMN_GAP))
            els.append(
                bullets_box(
                    Box(x, y, col_w, text_h), to_paras(col, size, frame.colors.accent), frame
                )
            )
        plan = slide(
            "chart-bullets",
            title,
            page_elements(title, els, head, 0, frame, ctx),
            spec,
            frame,
            ctx,
            0,
        )
        return Planned((plan,), problems + pasted_marks(spec.bullets))
    return None


STACKED_LINES = 3
"""Lines a bar chart across the body keeps besides ``_under_lines``' over its bullets: a
reference line's label over the bars, a wrapped title, the value axis's ticks."""


def _stacked(
    spec: SlideSpec, title: str, frame: Frame, ctx: PlanContext, cap: float | None = None,
    floor: bool = True,
) -> Planned | None:  # fmt: skip
    """A horizontal bar chart across the body with its bullets under it in one column at no
    more than the theme's body size, on one slide: where beside them its plot would fall under
    its floor (``PLOT_FLOOR``) or their column would be crowded (``_crowded``). None when
    they take more than one slide there or leave the chart less than its names need at the
    theme's smallest chart size (``_under_lines``), or (with ``floor``) its bars less height
    than their floor (``SLOT_FLOOR_IN``)."""
    lines = _under_lines(spec)
    if lines is None:
        return None
    head, body, _ = body_boxes(title, frame, ctx)
    sizes = frame.sizes
    need = Pt((lines + STACKED_LINES) * LINE * sizes.chart)
    room = Box(body.x, body.y, body.w, Length(body.h - need - UNDER_GAP))
    if room.h <= 0:
        return None
    top = sizes.body if cap is None else min(sizes.body, cap)
    pages, problems = bullet_pages(spec, room, frame, ctx, top)
    if len(pages) != 1 or problems or _crowded(pages, room, frame):
        return None
    text_h = Length(round(paras_height(pages[0], frame, room)) + Pt(frame.text_pad_pt))
    chart_h = Length(body.h - UNDER_GAP - text_h)
    cb, more = chart_box(spec, Box(body.x, body.y, body.w, chart_h), frame, ctx)
    if floor and cb is not None and not _slot_fits(cb):
        return None
    text = Box(body.x, Length(body.y + chart_h + UNDER_GAP), body.w, text_h)
    els: list[Element] = [*([cb] if cb else []), bullets_box(text, pages[0], frame)]
    plan = slide(
        "chart-bullets", title, page_elements(title, els, head, 0, frame, ctx), spec, frame, ctx, 0
    )
    return Planned((plan,), problems + more + pasted_marks(spec.bullets))


BELOW_TEXT_SHARE = 0.5
"""The most of a portrait body's height the bullets over a chart take (``_below``)."""


def _below(
    spec: SlideSpec, title: str, frame: Frame, ctx: PlanContext, cap: float | None = None
) -> Planned:
    """A body taller than wide (a portrait slide): the bullets across it at the top, at no
    more than the theme's body size, the chart across it under them; beside them, each would
    keep half a narrow width (A4 portrait: a 5 × 3 in chart whose names fit at no size).
    Bullets that take more than ``BELOW_TEXT_SHARE`` of the body's height, or another slide,
    or a chart left under its floors there (``_slot_fits``, ``_drawn_fits``): the chart on a
    slide of its own and the bullets after it (``_apart``)."""
    head, body, _ = body_boxes(title, frame, ctx)
    room = Box(body.x, body.y, body.w, Length(round(body.h * BELOW_TEXT_SHARE)))
    top = frame.sizes.body if cap is None else min(frame.sizes.body, cap)
    pages, problems = bullet_pages(spec, room, frame, ctx, top)
    if len(pages) != 1 or problems:
        return _apart(spec, title, frame, ctx, cap)
    text_h = Length(round(paras_height(pages[0], frame, room)) + Pt(frame.text_pad_pt))
    text = Box(body.x, body.y, body.w, text_h)
    chart = Box(
        body.x, Length(body.y + text_h + UNDER_GAP), body.w, Length(body.h - text_h - UNDER_GAP)
    )
    cb, more = chart_box(spec, chart, frame, ctx)
    if cb is not None and not (_slot_fits(cb) and _drawn_fits(cb.chart)):
        # bars under their floor, or a chart that fits at no size there: on a slide of its own
        return _apart(spec, title, frame, ctx, cap)
    els: list[Element] = [bullets_box(text, pages[0], frame), *([cb] if cb else [])]
    plan = slide(
        "chart-bullets", title, page_elements(title, els, head, 0, frame, ctx), spec, frame, ctx, 0
    )
    return Planned((plan,), problems + more + pasted_marks(spec.bullets))


def _shown(bullet: Bullet, keys: set[str]) -> bool:
    """True when ``bullet`` gives only figures that ``keys`` names (a chart's): each of its
    ``{key}`` references, and its sub-points', one of them; a bullet with none says
    something the chart does not."""
    refs = [(m.group(1) or "").strip() for m in _REF.finditer(bullet.text.value)]
    refs = [r for r in refs if r]
    return (
        bool(refs)
        and all(r in keys for r in refs)
        and all(_shown(c, keys) for c in bullet.children)
    )


def _apart(
    spec: SlideSpec, title: str, frame: Frame, ctx: PlanContext, cap: float | None = None
) -> Planned:
    """The chart on a slide of its own, across the body, and what its bullets add to it
    (review R20 #1). A bullet whose figures the chart all shows (``_shown``) is said in the
    speaker notes, not again on a slide (xanh-so 17 repeated the chart's four numbers); the
    rest go under the chart when they take at most ``TAKEAWAY_LINES`` lines there
    (``_under_alone``), else on the slides after it (``_takeaway``)."""
    keys = _plotted_keys(spec)
    shown = tuple(b for b in spec.bullets if _shown(b, keys))
    rest = replace(spec, bullets=tuple(b for b in spec.bullets if not _shown(b, keys)))
    note = ""
    if shown:
        said = "\n".join(f"- {ctx.plain(b.text)}" for b in shown)
        note = f"{ctx.words['restated']}\n{said}"
    if rest.bullets:
        under = _under_alone(rest, title, frame, ctx, cap)
        if under is not None:
            return _noted(under, note)
    first = chart_plan(spec, frame, ctx, title)
    if not rest.bullets:
        return _noted(first, note)
    more = _takeaway(spec, rest, title, first, frame, ctx, cap)
    planned = Planned(
        (*first.slides, *more.slides),
        first.problems + on_slides(more.problems + pasted_marks(spec.bullets), rest, more.slides),
    )
    return _noted(planned, note)


def _takeaway(
    spec: SlideSpec, rest: SlideSpec, title: str, first: Planned, frame: Frame,
    ctx: PlanContext, cap: float | None,
) -> Planned:  # fmt: skip
    """The slides of ``rest``'s bullets after ``spec``'s chart (``first``) on a slide of its
    own: the chart's takeaway, not its continuation (no "(1/2)", "(tiếp 2/2)": xanh-so 41's
    pagination broke its title in two), under the chart's title with ``takeaway``'s words
    (a title of its own, which a screen reader lists), at the chart slide's title size, a list
    from the top as any bullet slide's (not a panel in the middle of the slide). They are set
    as the bullets of a slide of their own are, never smaller than ``spec``'s whole list
    would be (fewer bullets on more slides rather than one crowded slide: its parts then grow
    as any continued list's). They grow as a short list alone does (``bullets._fit`` with no
    cap), not held to ``cap``, the size of the lists beside charts in its section: the slide
    stands between the chart it follows and the next, not in a run of lists (h25c: coreoz 34,
    three lines at 24 pt under a two-line title, 70% of the body empty; 29 pt now)."""
    said = ctx.words["takeaway"].format(title=title)
    tframe = _titled_as(first, frame, said, ctx)
    _, _, whole_body = body_boxes(title, frame, ctx)
    whole, _ = bullet_pages(spec, whole_body, frame, ctx, cap)
    _, body, cont_body = body_boxes(said, tframe, ctx)
    least = min(_size(whole), tframe.sizes.body) if whole else 0.0
    held = replace(tframe, sizes=replace(tframe.sizes, body_min=max(least, tframe.sizes.body_min)))

    def fitted(box: Box) -> tuple[list[tuple[Para, ...]], tuple[Problem, ...], Frame]:
        pages, problems = bullet_pages(rest, box, tframe, ctx, None)
        if pages and _size(pages) < least:
            kept, no = bullet_pages(rest, box, held, ctx, None)
            if kept and not no:
                return kept, no, held
        return pages, problems, tframe

    pages, problems, fr = fitted(body)
    if len(pages) > 1:  # continued: every part under a title with "(tiếp …)"
        body = cont_body
        pages, problems, fr = fitted(body)
    titles = [continued(said, i, ctx, len(pages)) for i in range(len(pages))]
    # the parts' titles at one size where the chart slide's is too large for them (h33h:
    # stress cards 7-8, "… – điểm chính (1/2)" at 35 pt, "(tiếp 2/2)" at 32): one slide's parts
    fr = one_size(titles, fr, ctx, body.y)
    out = []
    for i, page in enumerate(pages):
        t = titles[i]
        els: list[Element] = [bullets_box(body, page, fr, Anchor.TOP)]
        out.append(
            slide(
                "chart-bullets", t, page_elements(t, els, [], i + 1, fr, ctx), rest, fr, ctx, i + 1
            )
        )
    return Planned(tuple(out), tuple(problems))


def _titled_as(first: Planned, frame: Frame, title: str, ctx: PlanContext) -> Frame:
    """``frame`` with ``title`` (a takeaway's) set at the size of the title of ``first``'s
    slide (its chart alone), not a step smaller or larger in the pair (review R20: 33 pt then
    30 pt), in as many lines as the theme allows; where it needs more, no larger than it."""
    sizes = [
        p.size_pt
        for s in first.slides[:1]
        for e in s.elements
        if isinstance(e, TextBox) and e.role == "title"
        for p in e.paras
    ]
    if not sizes:
        return frame
    size, h = max(sizes), frame.header
    same = replace(frame, header=replace(h, size_max=size, size_min=size))
    lines = [
        p.text.count("\n") + 1
        for t in (title, continued(title, 1, ctx))  # its parts' too, should it continue
        for e in header(t, same, ctx)[0]
        if isinstance(e, TextBox) and e.role == "title"
        for p in e.paras
    ]
    if lines and max(lines) <= h.max_lines:
        return same
    return replace(frame, header=replace(h, size_max=min(size, h.size_max)))


def _noted(planned: Planned, note: str) -> Planned:
    """``planned`` with ``note`` after its first slide's notes."""
    if not note or not planned.slides:
        return planned
    first = planned.slides[0]
    notes = "\n\n".join(t.rstrip() for t in (first.notes, note) if t.strip())
    return replace(planned, slides=(replace(first, notes=notes), *planned.slides[1:]))


TAKEAWAY_LINES = 4
"""The most lines the bullets left under a chart moved off its bullets' slide take there (on
a 4:3 slide the chart across the body has the height to spare). Four, not two: a takeaway
slide of two or three bullets left 60-65% of its body empty (review R22: xanh-so 23, 25
"– điểm chính" graded B, a grade under the chart with its lines under it)."""


def _under_alone(
    spec: SlideSpec, title: str, frame: Frame, ctx: PlanContext, cap: float | None = None
) -> Planned | None:
    """``spec``'s chart across the body with its bullets under it in at most
    ``TAKEAWAY_LINES`` lines at the theme's body size (or ``cap``), no smaller, on one slide;
    None when they take more, or the chart left over them falls under a floor (its plot's
    width and its bars' height as drawn, a round chart's circle: ``ROUND_FLOOR``, the least a
    ring keeps for a crowded column, not ``ROUND_DIAMETER``: coreoz's and xanh-so's donuts
    at 3.8 in over three short bullets moved them to a takeaway slide 70% empty, h22b)."""
    head, body, _ = body_boxes(title, frame, ctx)
    if any(b.children for b in spec.bullets):
        return None
    top = frame.sizes.body if cap is None else min(frame.sizes.body, cap)
    pages, problems = bullet_pages(spec, body, frame, ctx, top)
    if len(pages) != 1 or problems or _size(pages) < top:
        return None
    if _lines(pages, body, frame) > TAKEAWAY_LINES:
        return None
    text_h = Length(round(paras_height(pages[0], frame, body)) + Pt(frame.text_pad_pt))
    chart_h = Length(body.h - UNDER_GAP - text_h)
    c = Box(body.x, body.y, body.w, chart_h)
    cb, more = chart_box(spec, c, frame, ctx)
    if cb is not None and not cb.native and not _drawn_fits(cb.chart):
        c, cb, more = _one_panel(spec, c, frame, ctx) or (c, cb, more)
    if cb is None or cb.native or not _slot_fits(cb) or not _drawn_fits(cb.chart):
        return None
    if cb.chart.kind in ROUND and _round_room(spec, c, frame, ctx) < ROUND_FLOOR:
        return None
    if chart_h < UNDER_SHARE * body.h:
        return None
    text = Box(body.x, Length(body.y + chart_h + UNDER_GAP), body.w, text_h)
    els: list[Element] = [cb, bullets_box(text, pages[0], frame, Anchor.TOP)]
    plan = slide(
        "chart-bullets", title, page_elements(title, els, head, 0, frame, ctx), spec, frame, ctx, 0
    )
    return Planned((plan,), problems + more + pasted_marks(spec.bullets))


def _one_panel(
    spec: SlideSpec, c: Box, frame: Frame, ctx: PlanContext
) -> tuple[Box, ChartBox, tuple[Problem, ...]] | None:
    """``spec``'s grouped bars in ``c`` made just narrower than the width at which the renderer
    sets crowded groups' values in columns (``charts.kinds.bars.SPLIT_ASPECT``; until h24b it
    cut them into side-by-side halves), when that keeps their plot's floor as drawn: one panel
    of thick bars, each value at its bar's end, rather than halves whose plots are each under
    the floor (coreoz's "Thu, chi ngân
    sách" over its one bullet: halves 1.45 in wide, ticks "0" and "50.000" only, so the chart
    went to a slide of its own and its bullet alone to a takeaway slide, review R22; one panel
    8.3 in wide draws a plot of 5.5 in). None for another chart, or where it does not help:
    its plot under the floor still, or a value moved off its bar's end to clear another (the
    sample's "Tốc độ tăng" over three bullets there: "8%" a bar's length from its bar)."""
    from ...charts.kinds.bars import SPLIT_ASPECT
    from ...charts.render import measured_values_moved

    chart = spec.chart
    if chart is None or chart.type != "barh" or len(chart.series) < 2:
        return None
    if c.w < SPLIT_ASPECT * c.h:
        return None
    narrow = Box(c.x, c.y, Length(int(0.99 * SPLIT_ASPECT * c.h)), c.h)
    cb, more = chart_box(spec, narrow, frame, ctx)
    if cb is None or cb.native or not _drawn_fits(cb.chart) or measured_values_moved(cb.chart):
        return None
    return narrow, cb, more


UNDER_SHARE = 0.5
"""The least share of the body's height a chart moved off its bullets' slide keeps with its
last few lines under it (``_under_alone``): it went alone to be read, not to be squeezed; its
floors (plot width, bars' height, circle) are checked as well, so half the body is enough
(review R22: the plot may give up height down to its floors before a takeaway slide)."""


SLOT_FLOOR_IN = 0.3
"""The least height (inches, on the slide) a bar of a horizontal bar chart (a group of bars,
with several series) has in its plot when the chart is stacked over its bullets: a plot's
floor is its height as well as its width (``PLOT_FLOOR_IN``). lo-template 16's six bars across
the body over four bullets had 0.25 in each, bars ~0.15 in thick and their names shrunk to
~12 pt beside 18 pt bullets (review R20 #3); a chart that cannot keep it over its bullets
goes on a slide of its own (``_apart``)."""
SLOT_TEXT_LINES = 5
"""Lines (at the chart's size, as drawn) of a horizontal bar chart's height that are not its
plot's: its title, value axis, source and pads (the sample's bars as drawn on lo-template:
4.9 at 3.14 and 4.35 in tall)."""


def _slot_fits(cb: ChartBox) -> bool:
    """True unless ``cb`` is a horizontal bar chart whose bars (groups), estimated from its
    drawn height less ``SLOT_TEXT_LINES`` over its categories and scaled to its box, have less
    height each than ``SLOT_FLOOR_IN`` on the slide."""
    chart = cb.chart
    if cb.native or chart.kind != "barh" or chart.form != "chart" or not chart.categories:
        return True
    drawn = chart.height_emu / 914400
    plot = drawn - SLOT_TEXT_LINES * LINE * chart.style.base_size_pt / 72
    on_slide = cb.box.h / chart.height_emu if chart.height_emu else 1.0
    return plot / len(chart.categories) * on_slide >= SLOT_FLOOR_IN
