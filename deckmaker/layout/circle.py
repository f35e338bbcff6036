"""How large a round chart's circle (a pie, a donut) will be drawn, estimated in the planner
from its box and the widths of its labels measured with the planner's own measurer: the
layout weighs a narrower box against it (review R10: a donut 4.10 -> 3.19 in beside a text
column widened for one phrase). Nothing is drawn here: the rules of the circle and its labels
are ``geometry.round``'s and ``geometry.wrap``'s, which the renderer (``charts.kinds.pie``)
draws by; tests compare the two."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from .. import numfmt
from ..charts.model import TITLE_SCALE, ChartPlan, slice_names, slice_value
from ..geometry import round as geo
from ..geometry import wrap
from .fonts import ResolvedFont
from .frame import measurer
from .measure import TextMeasurer

PAD_IN = 6.0 / 72
"""The renderer's pad around the figure and between its parts (``charts.kinds.common.PAD_PT``)."""
ONE_SIDE_ASPECT = geo.ONE_SIDE_ASPECT
"""A box at least this much wider than tall may set its labels on one side (``geometry.round``)."""
EARLY_RADIUS = 0.9
"""The renderer decides whether a share fits inside its slice at each layout pass, from an
early one on, where the circle is smaller than drawn, and a share once hidden stays hidden (a
hidden text measures as nothing): the estimate asks it of a circle this much smaller
(tuong-phan 19: "40%" at 22 pt fits the 4.14 in circle drawn, not the 3.8 in of a pass before
it; the labels then say "8 dự án (40%)", 0.4 in wider)."""
SETTLE = 16
"""The most steps the estimate takes to settle the circle's scale with its labels' stacking."""
TEXT_HEIGHT = (1.2, -0.2)
"""A label of n lines is (1.2 n - 0.2) times its size high as Matplotlib draws it."""
MARGIN = 0.97
"""``Canvas.wrap``'s margin: a line is wrapped to this share of its room (kerning left out)."""


def circle_estimate(plan: ChartPlan) -> float:
    """The diameter (inches) the circle of the pie or donut ``plan`` is drawn at, estimated:
    the figure less its title and caption lines is the axes; the circle is as tall as those
    (``HEADROOM``) unless its labels beside it (one side; on both sides in a narrow
    figure or with many slices) leave it less across."""
    style = plan.style
    w, h = plan.width_emu / 914400, plan.height_emu / 914400
    body = measurer(_font(style.font_file))
    base = float(style.base_size_pt)
    top = 0.0
    if plan.title:
        head = measurer(_font(style.heading_font_file))
        size = round(base * TITLE_SCALE, 1)
        n = _lines(head, _words(plan, plan.title), size, (w - 2.5 * PAD_IN) * 72 * MARGIN)
        top = n * head.line_height_pt(size) / 72 + PAD_IN
    bottom = 0.0
    if plan.source:
        small = style.caption_pt
        caption = body.wrap(plan.source, small, (w - 2.5 * PAD_IN) * 72)
        bottom = (len(caption) + 0.3) * body.line_height_pt(small) / 72 + PAD_IN
    ax_w, ax_h = w - 2 * PAD_IN, h - top - bottom - 2 * PAD_IN
    values = [v for v in plan.series[0].values if v is not None and v > 0]
    if not values:
        return 0.0
    wedges = geo.spans(values)
    side = geo.label_side(wedges, w / h)
    fitted = _outside_size(plan, wedges, w, h, ax_w, ax_h, None)
    if side is not None and fitted is not None and _roomy(plan, w, ax_w, ax_h, *fitted):
        side = None  # a wide panel: the circle in its middle, each label on its slice's side
    if side is not None and _outside_size(plan, wedges, w, h, ax_w, ax_h, side) is None:
        side = None
    if side is not None:  # the circle at one end, its labels beside it
        return _one_side_fit(plan, values, wedges, side, ax_w, ax_h, w)
    size, share = fitted or (base, geo.NAME_SHARES[0])
    return _both_sides_fit(plan, values, wedges, ax_w, ax_h, w, size, share)


def _outside_size(
    plan: ChartPlan, wedges: list[tuple[float, float]], w: float, h: float, ax_w: float,
    ax_h: float, side: bool | None,
) -> tuple[float, float] | None:  # fmt: skip
    """``pie._outside_size``: the size and the share of the figure's width at which every
    label fits beside the circle (each with a share of "100%"); None where they do not."""
    base = float(plan.style.base_size_pt)
    note = max(float(plan.style.min_size_pt), round(base * 0.9, 1))
    room = h * 72 * (geo.ONE_SIDE_ROOM if side is not None else geo.BOTH_SIDES_ROOM)
    shares = (geo.ONE_SIDE_SHARE,) if side is not None else geo.NAME_SHARES
    m = measurer(_font(plan.style.font_file))
    first: tuple[float, float] | None = None
    for size in (base, note) if side is None else (base,):
        whole = geo.whole_name(w, ax_w, ax_h, side is not None)
        for share in shares:
            labels = _labels(plan, size, w * share, whole, share="100%")
            too_wide = any(
                m.width_pt(slice_value(plan, v), size) > w * share * 72 * MARGIN
                for v in _shown(plan)
            )
            counts: tuple[list[int], list[int]] = ([], [])
            for (_, n), (lo, hi) in zip(labels, wedges, strict=True):
                counts[side if side is not None else math.cos(geo.middle(lo, hi)) >= 0].append(n)
            line = size * geo.LABEL_LINE
            if max(geo.label_room(c, line, geo.STACK_GAP_PT) for c in counts) > room or too_wide:
                continue
            if all(n <= geo.SHORT_LINES for _, n in labels):
                return size, share
            first = first or (size, share)
        if first is not None:
            break
    return first if side is None else None


def _roomy(plan: ChartPlan, w: float, ax_w: float, ax_h: float, size: float, share: float) -> bool:
    """``pie._roomy``: whether the labels set on both sides at ``size`` and ``share`` stand
    beside a circle as tall as the axes (``round.both_sides_roomy``)."""
    whole = geo.whole_name(w, ax_w, ax_h, False)
    widths = [lw / 72 for lw, _ in _labels(plan, size, w * share, whole, share="100%")]
    return geo.both_sides_roomy(ax_w, ax_h, widths, geo.NUDGE_PX / plan.dpi)


def _heights(labels: list[tuple[float, int]], size: float) -> list[float]:
    """Each label's height (inches) as drawn."""
    return [(TEXT_HEIGHT[0] * n + TEXT_HEIGHT[1]) * size / 72 for _, n in labels]


def _held(
    plan: ChartPlan, values: list[Decimal], wedges: list[tuple[float, float]], radius: float,
    size: float,
) -> frozenset[int]:  # fmt: skip
    """The slices whose share fits inside them, the circle ``radius`` inches across (at an
    early pass: ``EARLY_RADIUS``)."""
    early = EARLY_RADIUS * radius
    return frozenset(
        k for k, (lo, hi) in enumerate(wedges)
        if _share_inside(plan, values, k, geo.middle(lo, hi), math.radians(hi - lo), early, size)
    )  # fmt: skip


def _one_side_fit(
    plan: ChartPlan, values: list[Decimal], wedges: list[tuple[float, float]], side: bool,
    ax_w: float, ax_h: float, w: float,
) -> float:  # fmt: skip
    """The circle (inches across) of a chart whose labels go on ``side``: ``round.stack`` and
    ``round.one_side_scale`` as the renderer's ``_one_side_scale`` takes them, the labels
    stacked for each scale it sets, the shares inside the slices that hold them."""
    base = float(plan.style.base_size_pt)
    spots = [geo.anchor(lo, hi, side) for lo, hi in wedges]
    anchors = [geo.middle(lo, hi) if a is None else a for a, (lo, hi) in zip(spots, wedges)]
    whole = geo.whole_name(w, ax_w, ax_h, True)
    nudge = geo.NUDGE_PX / plan.dpi
    gap = geo.STACK_GAP_PT / 72
    inside: frozenset[int] = frozenset()
    scale = geo.HEADROOM
    for _ in range(3):  # the shares inside the slices at the last circle's size
        labels = _labels(plan, base, w * geo.ONE_SIDE_SHARE, whole, inside)
        widths = [lw / 72 for lw, _ in labels]
        heights = _heights(labels, base)
        # the scale and the labels' stacking depend on each other: the renderer's passes
        # settle where they agree (coreoz 22 in 5.19 x 4.28 in: 1.22, 1.11, 1.17, 1.13 …
        # drawn at 1.15), found here by halving each step
        for again in range(SETTLE):
            radius = ax_h / 2 / scale
            xs = _starts(anchors, side, heights, radius, gap, scale, -scale)
            new = geo.one_side_scale(ax_w, ax_h, xs, widths, nudge)
            if abs(new - scale) < 1e-3:
                break
            scale = new if again == 0 else (scale + new) / 2
        held = _held(plan, values, wedges, ax_h / 2 / scale, base)
        if held == inside:
            break
        inside = held
    return ax_h / scale


def _both_sides_fit(
    plan: ChartPlan, values: list[Decimal], wedges: list[tuple[float, float]], ax_w: float,
    ax_h: float, w: float, size: float, share: float,
) -> float:  # fmt: skip
    """The circle (inches across) of a chart whose labels go on both sides: as tall as the
    axes let it (``HEADROOM``) unless a label, stacked (``round.stack``) and ending its nudge
    inside the picture, needs it smaller (the renderer's ``shrink``)."""
    spots = [geo.middle(lo, hi) for lo, hi in wedges]
    rights = [math.cos(a) >= 0 for a in spots]
    whole = geo.whole_name(w, ax_w, ax_h, False)
    half_room = ax_w / 2 - geo.NUDGE_PX / plan.dpi
    gap = geo.STACK_GAP_PT / 72
    box = ax_h  # the axes' height, less what labels above and below them take
    tall = ax_h / 2 / geo.HEADROOM
    radius = tall
    inside: frozenset[int] = frozenset()
    for _ in range(3):
        labels = _labels(plan, size, w * share, whole, inside)
        widths = [lw / 72 for lw, _ in labels]
        heights = _heights(labels, size)
        for _again in range(SETTLE):
            halves = [(a, r, hh / 2 / radius) for a, r, hh in zip(spots, rights, heights)]
            placed = geo.stack(halves, gap / radius, math.inf, geo.BOTH_SIDES_FLOOR)
            xs = [x for x, _ in placed]
            new = min([tall, *((half_room - lw) / abs(x) for x, lw in zip(xs, widths) if x)])
            # labels standing above or below the axes: the layout engine makes room for them
            # there, and the axes, shorter, hold a smaller circle (charts-vi 6 and 7: the top
            # label over the circle; drawn 4.47 in, estimated 5.03 as tall as the axes)
            reach = geo.beyond(placed, heights, radius, box)
            grown = ax_h - reach
            if abs(new - radius) < 1e-4 and abs(grown - box) < 1e-4:
                break
            radius = (radius + new) / 2
            box = (box + grown) / 2
            tall = box / 2 / geo.HEADROOM
        held = _held(plan, values, wedges, radius, size)
        if held == inside:
            break
        inside = held
    return max(0.0, 2 * radius)


def _starts(
    anchors: list[float], side: bool, heights: list[float], radius: float, gap: float,
    top: float, floor: float,
) -> list[float]:  # fmt: skip
    """Each label's start (radii) once stacked on ``side`` (heights and gap in inches)."""
    labels = [(a, side, hh / 2 / radius) for a, hh in zip(anchors, heights, strict=True)]
    return [x for x, _ in geo.stack(labels, gap / radius, top, floor)]


def _shown(plan: ChartPlan) -> list[Decimal]:
    return [v for v in plan.series[0].values if v is not None and v > 0]


def _shares(values: list[Decimal]) -> list[Decimal]:
    """The slices' shares as ``pie`` writes them: "40%", never "40,0%", where all are whole."""
    shares = numfmt.shares_of(list[int | float | Decimal](values))
    if all(p == p.to_integral_value() for p in shares):
        shares = [p.quantize(Decimal(1)) for p in shares]
    return shares


def _share_inside(
    plan: ChartPlan, values: list[Decimal], k: int, mid: float, span: float, radius: float,
    size: float,
) -> bool:  # fmt: skip
    """``pie._fits_inside``: whether slice ``k``'s share, padded, lies inside its slice."""
    m = measurer(_font(plan.style.font_file))
    text = (
        slice_value(plan, values[k]) if plan.unit == "%"
        else numfmt.format_quantity(_shares(values)[k], "%", plan.lang)
    )  # fmt: skip
    pad = geo.SHARE_PAD_PT / 72 / radius
    half_w = m.width_pt(text, size) / 72 / radius / 2 + pad
    half_h = size / 72 / radius / 2 + pad
    return geo.share_fits(mid, span, plan.kind == "donut", half_w, half_h)


def _font(path: Path | str) -> ResolvedFont:
    return ResolvedFont(Path(path), "", "", substituted=False)


def _labels(
    plan: ChartPlan, size: float, width_in: float, whole_in: float,
    inside: frozenset[int] = frozenset(), share: str | None = None,
) -> list[tuple[float, int]]:  # fmt: skip
    """Each shown slice's outside label: its widest line (points) and its lines: a name in
    balanced lines no wider than ``width_in`` (or its value line), on one line where that is
    at most ``whole_in`` wide, its value and share under it on one line where they fit, else
    on two (``pie._value_lines``); a slice of ``inside`` (its share drawn inside it) with its
    value alone (a share's value: none); with ``share``, every share said so (as
    ``pie._outside_size`` weighs them: "100%")."""
    m = measurer(_font(plan.style.font_file))
    shown = [(c, v) for c, v in enumerate(plan.series[0].values) if v is not None and v > 0]
    shares = _shares([v for _, v in shown])
    out = []
    room = width_in * 72
    for k, ((c, value), part) in enumerate(zip(shown, shares, strict=True)):
        value_lines = [slice_value(plan, value)]
        said = share or numfmt.format_quantity(part, "%", plan.lang)
        if plan.unit == "%" and k in inside and share is None:
            value_lines = []
        elif (plan.unit != "%" and k not in inside) or share is not None:
            both = f"{value_lines[0]} ({said})"
            if m.width_pt(both, size) <= room:
                value_lines = [both]
            else:
                value_lines.append(f"({said})")
        line = max((m.width_pt(t, size) for t in value_lines), default=0.0)
        words = _words(plan, slice_names(plan)[c])
        limit = max(room, line) * MARGIN
        whole = _name_width(m, words, size, math.inf)
        if whole / MARGIN <= whole_in * 72:
            limit = max(limit, whole + 0.01)
        width = max(line, _name_width(m, words, size, limit))
        out.append((width, _lines(m, words, size, limit) + len(value_lines)))
    return out


def _words(plan: ChartPlan, text: str) -> list[str]:
    """The words of ``text`` the renderer keeps whole (``geometry.wrap.split_words``)."""
    return list(wrap.split_words(text, tuple(plan.style.keep_whole)))


def _name_width(m: TextMeasurer, words: list[str], size: float, limit: float) -> float:
    """The widest line (points) of a name's ``words`` as the renderer wraps them
    (``Canvas.wrap``, balanced: ``geometry.wrap``)."""
    widths, space = _widths(m, words, size)
    lines = wrap.greedy(widths, space, limit)
    if lines == 1:
        return sum(widths) + space * (len(words) - 1)
    cuts = wrap.balance(widths, space, limit, lines)
    return max(wrap.line_widths(widths, space, cuts)) if cuts else max(widths)


def _lines(m: TextMeasurer, words: list[str], size: float, limit: float) -> int:
    """How many lines ``words`` take, wrapped greedily to ``limit`` points (``Canvas.wrap``)."""
    return wrap.greedy(*_widths(m, words, size), limit)


def _widths(m: TextMeasurer, words: list[str], size: float) -> tuple[list[float], float]:
    """Each word's width and a space's (points) at ``size``."""
    return [m.width_pt(w, size) for w in words], m.width_pt("a a", size) - 2 * m.width_pt("a", size)
