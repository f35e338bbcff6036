"""How large a round chart's circle (a pie, a donut) will be drawn, estimated in the planner
from its box and the widths of its labels measured with the planner's own measurer: the
layout weighs a narrower box against it (review R10: a donut 4.10 -> 3.19 in beside a text
column widened for one phrase). Nothing is drawn here; the chart renderer lays the circle
out (``charts.kinds.pie``) and tests compare the two."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from .. import numfmt
from ..charts.model import TITLE_SCALE, ChartPlan, slice_names, slice_value
from .fonts import ResolvedFont
from .frame import measurer
from .measure import TextMeasurer

PAD_IN = 6.0 / 72
"""The renderer's pad around the figure and between its parts (``charts.kinds.common.PAD_PT``)."""
ONE_SIDE_SHARE = 0.42
ONE_SIDE_ASPECT = 1.2
ONE_SIDE_MAX = 4
SHORT_LINES = 3
NAME_SHARE = 0.31
"""As ``charts.kinds.pie``: the widest a label may be (one side; both sides, a middle share),
in shares of the figure's width, and when the labels go on one side."""
LABEL_REACH = 0.905
LABEL_PAD_IN = 0.25
BOTH_SIDES_REACH = 1.1
"""One side: the circle's diameter is (twice the axes' width less its widest label and this
pad, less the axes' height) over this reach: ``pie._one_side_scale`` solved for the labels at
the rim (fitted to the sample's donuts in three themes, ``tests/test_round_estimate.py``).
On both sides: the axes' width less two labels and pads, over ``BOTH_SIDES_REACH`` (not
fitted: low, by up to 1.6 in on three-slice donuts, so a narrowing is refused, never taken
wrongly)."""
WHOLE_NAME_SHARES = (0.37, 0.55)
CIRCLE_FLOOR = 0.6
"""As ``charts.kinds.pie``: the widest a slice's name stands on one line (both sides, one
side), in shares of the figure's width, and the smallest circle it may leave beside it, in
shares of its axes' height (``pie.whole_name_px``); a name that fits is never broken."""


def _whole_in(w: float, ax_w: float, ax_h: float, one_side: bool) -> float:
    """``pie.whole_name_px`` in inches."""
    floor = CIRCLE_FLOOR * ax_h
    beside = ax_w - (floor + ax_h) / 2 if one_side else (ax_w - 1.1 * floor) / 2
    return min(w * WHOLE_NAME_SHARES[one_side], beside)


ONE_SIDE_ROOM = 0.75
LABEL_LINE = 1.25
LABEL_APART = 3.0
"""As ``charts.kinds.pie._outside_size``: labels go on one side only where, one above another
with a line more each (of ``LABEL_LINE`` times their size) and ``LABEL_APART`` points, they
take at most this share of the figure's height (h31e: a donut's two three-line labels in a
4.42 x 3.64 in box were estimated on one side, a 2.16 in circle; drawn on both, 1.35 in)."""

HEADROOM = 1.02
"""The circle's height in its axes, in radii (``pie``: the limits ±1.02)."""


def circle_estimate(plan: ChartPlan) -> float:
    """The diameter (inches) the circle of the pie or donut ``plan`` is drawn at, estimated:
    the figure less its title and caption lines is the axes; the circle is as tall as those
    (``HEADROOM``) unless its labels beside it (one side; on both sides in a narrow
    figure or with many slices) leave it less across."""
    return _estimate(plan)[0]


def drawn_width(plan: ChartPlan) -> float | None:
    """The width (inches) the circle of ``plan`` and its labels beside it take as drawn, from
    the circle's far edge to the widest label's end, estimated; None where its labels go on
    both sides."""
    return _estimate(plan)[2]


def _estimate(plan: ChartPlan) -> tuple[float, float | None, float | None]:
    style = plan.style
    w, h = plan.width_emu / 914400, plan.height_emu / 914400
    body = measurer(_font(style.font_file))
    base = float(style.base_size_pt)
    top = 0.0
    if plan.title:
        head = measurer(_font(style.heading_font_file))
        size = round(base * TITLE_SCALE, 1)
        n = _lines(head, _words(plan.title, ()), size, (w - 2.5 * PAD_IN) * 72 * 0.97)
        top = n * head.line_height_pt(size) / 72 + PAD_IN
    bottom = 0.0
    if plan.source:
        small = style.caption_pt
        caption = body.wrap(plan.source, small, (w - 2.5 * PAD_IN) * 72)
        bottom = (len(caption) + 0.3) * body.line_height_pt(small) / 72 + PAD_IN
    ax_w, ax_h = w - 2 * PAD_IN, h - top - bottom - 2 * PAD_IN
    values = [v for v in plan.series[0].values if v is not None and v > 0]
    if not values:
        return 0.0, None, None
    one_side = w / h >= ONE_SIDE_ASPECT and 1 < len(values) <= ONE_SIDE_MAX and _one_side(values)
    label, lines, stack = _widest_label(
        plan, base, w * ONE_SIDE_SHARE, _whole_in(w, ax_w, ax_h, True), decide=True
    )
    # the labels one above another on that side, each a line apart, within ONE_SIDE_ROOM of
    # the figure's height (``pie._outside_size``)
    high = stack * base * LABEL_LINE + len(values) * LABEL_APART > ONE_SIDE_ROOM * h * 72
    if not one_side or lines > SHORT_LINES or high:  # on both sides
        one_side = False
        label, _, _ = _widest_label(plan, base, w * NAME_SHARE, _whole_in(w, ax_w, ax_h, False))
    label /= 72
    tall = ax_h / HEADROOM
    if one_side:  # the circle at one end, its labels beside it (``pie._one_side_scale``)
        return _one_side_fit(plan, values, ax_w, ax_h, base, w)
    return max(0.0, min(tall, (ax_w - 2 * label - 2 * LABEL_PAD_IN) / BOTH_SIDES_REACH)), None, None


ANCHOR_LIMIT = 70.0
"""As ``pie.ANCHOR_LIMIT`` (degrees): on one side a leader leaves its slice's rim no further
than this from the horizontal."""
DONUT_WIDTH = 0.42
PIE_INNER = 0.62
"""As ``pie``: a donut's ring in radii, and where a pie's share sits inside its slice."""
SHARE_PAD_PT = 4.0
STACK_GAP_PT = 3.0
NUDGE_PX = 4.0
"""As ``pie``: the pad a share keeps inside its slice, the gap between stacked labels, and
the pixels ``_one_side_scale`` keeps off a label's end."""
EARLY_RADIUS = 0.9
"""The renderer decides whether a share fits inside its slice at each layout pass, from an
early one on, where the circle is smaller than drawn, and a share once hidden stays hidden (a
hidden text measures as nothing): the estimate asks it of a circle this much smaller
(tuong-phan 19: "40%" at 22 pt fits the 4.14 in circle drawn, not the 3.8 in of a pass before
it; the labels then say "8 dự án (40%)", 0.4 in wider)."""
SETTLE = 16
"""The most steps ``_one_side_fit`` takes to settle the circle's scale with its labels."""
TEXT_HEIGHT = (1.2, -0.2)
"""A label of n lines is (1.2 n - 0.2) times its size high as Matplotlib draws it."""


def _rim(values: list[Decimal]) -> list[tuple[float, float, float]]:
    """Each slice's wedge as Matplotlib's pie draws it clockwise from the top: its lower and
    upper angle and its middle (degrees)."""
    total = float(sum(values))
    out, start = [], 90.0
    for v in values:
        end = start - 360.0 * float(v) / total
        out.append((min(start, end), max(start, end), (start + end) / 2))
        start = end
    return out


def _off(a: float, b: float) -> float:
    return (a - b + 180.0) % 360.0 - 180.0


def _anchor(lo: float, hi: float, mid: float, right: bool) -> float | None:
    """``pie._anchor`` on one side (degrees): the point of the rim, a degree apart, within
    ``ANCHOR_LIMIT`` of that side's horizontal nearest the slice's middle; None if none is."""
    steps = max(1, math.ceil(hi - lo))
    towards = 0.0 if right else 180.0
    near = [
        a for a in (lo + (hi - lo) * k / steps for k in range(steps + 1))
        if abs(_off(a, towards)) <= ANCHOR_LIMIT
    ]  # fmt: skip
    return min(near, key=lambda a: abs(_off(a, mid))) if near else None


def _clear_x(anchor: float, y: float, half: float) -> float:
    """``pie._clear_x`` (radii, across): where a label centred at ``y`` starts."""
    natural = abs(LABEL_RADIUS_PIE * math.cos(math.radians(anchor)))
    near = 0.0 if y - half < 0 < y + half else min(abs(y - half), abs(y + half))
    return max(natural, math.sqrt(max(0.0, 1 - near * near)) + 0.08)


LABEL_RADIUS_PIE = 1.1
"""``pie.LABEL_RADIUS``: where outside labels start, in radii."""


def _stacked_x(
    anchors: list[float], heights: list[float], radius: float, scale: float, gap: float
) -> list[float]:
    """``pie._stack`` on one side: each label's start (radii) once stacked, top first, inside
    the limits ``±scale``; ``heights`` and ``gap`` in inches, ``radius`` the circle's."""
    order = sorted(range(len(anchors)), key=lambda i: -math.sin(math.radians(anchors[i])))
    ys: dict[int, float] = {}
    bottom = None
    for i in order:
        half = heights[i] / 2 / radius
        y = min(LABEL_RADIUS_PIE * math.sin(math.radians(anchors[i])), scale - half)
        if bottom is not None:
            y = min(y, bottom - gap / radius - half)
        ys[i], bottom = y, y - half
    lift = -scale - bottom if bottom is not None and bottom < -scale else 0.0
    return [
        _clear_x(anchors[i], ys[i] + lift, heights[i] / 2 / radius) for i in range(len(anchors))
    ]


def _one_side_fit(
    plan: ChartPlan, values: list[Decimal], ax_w: float, ax_h: float, base: float, w: float
) -> tuple[float, float, float]:
    """The circle (inches across) of a chart whose labels go on one side, the least width of
    its box that draws it as tall as its axes let it, and the width the circle and its labels
    take as drawn (from the circle's far edge to the widest label's end): ``pie._one_side_scale``
    followed, the labels stacked (``_stacked_x``) for each scale it sets; the shares inside
    the slices that hold them."""
    wedges = _rim(values)
    right = all(_anchor(lo, hi, mid, True) is not None for lo, hi, mid in wedges)
    anchors = [_anchor(lo, hi, mid, right) for lo, hi, mid in wedges]
    spots = [a if a is not None else mid for a, (_, _, mid) in zip(anchors, wedges, strict=True)]
    whole = _whole_in(w, ax_w, ax_h, True)
    avail = ax_w  # from the axes' start to the pad before the picture's edge
    nudge = NUDGE_PX / plan.dpi
    inside: frozenset[int] = frozenset()
    scale = HEADROOM
    for _ in range(3):  # the shares inside the slices at the last circle's size
        labels = _labels(plan, base, w * ONE_SIDE_SHARE, whole, inside)
        widths = [lw / 72 for lw, _ in labels]
        heights = [(TEXT_HEIGHT[0] * n + TEXT_HEIGHT[1]) * base / 72 for _, n in labels]
        # the scale and the labels' stacking depend on each other: the renderer's passes
        # settle where they agree (coreoz 22 in 5.19 x 4.28 in: 1.22, 1.11, 1.17, 1.13 …
        # drawn at 1.15), found here by halving each step
        for again in range(SETTLE):
            radius = ax_h / 2 / scale
            xs = _stacked_x(spots, heights, radius, scale, STACK_GAP_PT / 72)
            new = HEADROOM
            for x, lw in zip(xs, widths, strict=True):
                ratio = (avail - lw - nudge) / max(ax_h, 1e-9)
                if 2 * ratio > 1:
                    new = max(new, x / (2 * ratio - 1))
            if abs(new - scale) < 1e-3:
                break
            scale = new if again == 0 else (scale + new) / 2
        radius = ax_h / 2 / scale
        early = EARLY_RADIUS * radius
        held = frozenset(
            k for k, (lo, hi, mid) in enumerate(wedges)
            if _share_inside(plan, values, k, mid, hi - lo, early, base)
        )  # fmt: skip
        if held == inside:
            break
        inside = held
    radius = ax_h / 2 / scale
    xs = _stacked_x(spots, heights, radius, scale, STACK_GAP_PT / 72)
    reach = max(lw + radius * (1 + x) for x, lw in zip(xs, widths, strict=True))
    # the box's least width: the circle at its axes' height, the labels stacked for it
    tall = ax_h / 2 / HEADROOM
    xs = _stacked_x(spots, heights, tall, HEADROOM, STACK_GAP_PT / 72)
    least = max(lw + tall * (HEADROOM + x) for x, lw in zip(xs, widths, strict=True))
    return 2 * radius, 2 * PAD_IN + nudge + least, reach


def _shares(values: list[Decimal]) -> list[Decimal]:
    """The slices' shares as ``pie`` writes them: "40%", never "40,0%", where all are whole."""
    shares = numfmt.shares_of(list[int | float | Decimal](values))
    if all(p == p.to_integral_value() for p in shares):
        shares = [p.quantize(Decimal(1)) for p in shares]
    return shares


def _share_inside(
    plan: ChartPlan,
    values: list[Decimal],
    k: int,
    mid: float,
    span: float,
    radius: float,
    size: float,
) -> bool:
    """``pie._fits_inside``: whether slice ``k``'s share, padded, lies inside its slice."""
    m = measurer(_font(plan.style.font_file))
    shares = _shares(values)
    text = (
        slice_value(plan, values[k]) if plan.unit == "%"
        else numfmt.format_quantity(shares[k], "%", plan.lang)
    )  # fmt: skip
    pad = SHARE_PAD_PT / 72 / radius
    half_w = m.width_pt(text, size) / 72 / radius / 2 + pad
    half_h = size / 72 / radius / 2 + pad
    inner = 1 - DONUT_WIDTH / 2 if plan.kind == "donut" else PIE_INNER
    hole = 1 - DONUT_WIDTH if plan.kind == "donut" else 0.0
    cx, cy = inner * math.cos(math.radians(mid)), inner * math.sin(math.radians(mid))
    for dx in (-half_w, half_w):
        for dy in (-half_h, half_h):
            x, y = cx + dx, cy + dy
            r = math.hypot(x, y)
            if not hole < r < 1.0 or abs(_off(math.degrees(math.atan2(y, x)), mid)) >= span / 2:
                return False
    return True


def _font(path: Path | str) -> ResolvedFont:
    return ResolvedFont(Path(path), "", "", substituted=False)


def _widest_label(
    plan: ChartPlan, size: float, width_in: float, whole_in: float, decide: bool = False
) -> tuple[float, int, int]:
    """The widest line (points) of the slices' outside labels, the most lines one takes and
    their lines one above another, a line more each (``pie._outside_size``; ``_labels``);
    with ``decide``, as ``pie._outside_size`` weighs them to choose the labels' side: each
    value with a share of "100%" (coreoz 19 in a 4.5 x 3.71 in box: "12 dự án / (100%)" on
    two lines, the labels on both sides, where the real "(60%)" fits on one)."""
    labels = _labels(plan, size, width_in, whole_in, share="100%" if decide else None)
    widest = max((w for w, _ in labels), default=0.0)
    most = max((n for _, n in labels), default=0)
    return widest, most, sum(n + 1 for _, n in labels)


def _labels(
    plan: ChartPlan, size: float, width_in: float, whole_in: float,
    inside: frozenset[int] = frozenset(), share: str | None = None,
) -> list[tuple[float, int]]:  # fmt: skip
    """Each shown slice's outside label: its widest line (points) and its lines: a name in
    balanced lines no wider than ``width_in`` (or its value line), on one line where that is
    at most ``whole_in`` wide, its value and share under it on one line where they fit, else
    on two (``pie._value_lines``); a slice of ``inside`` (its share drawn inside it) with its
    value alone (a share's value: none)."""
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
        words = _words(slice_names(plan)[c], plan.style.keep_whole)
        limit = max(room, line) * 0.97
        whole = _name_width(m, words, size, float("inf"))
        if whole / 0.97 <= whole_in * 72:
            limit = max(limit, whole + 0.01)
        width = max(line, _name_width(m, words, size, limit))
        out.append((width, _lines(m, words, size, limit) + len(value_lines)))
    return out


def _words(name: str, keep: tuple[str, ...]) -> list[str]:
    """The words of ``name`` the renderer keeps whole: the syllables of a word of ``keep``
    ("nước ngoài", "thu hồi") as one, the longest first (``charts.kinds.common._words``)."""
    syllables, out, i = name.split(), [], 0
    whole = {k.casefold() for k in keep}
    longest = max((k.count(" ") + 1 for k in whole), default=1)
    while i < len(syllables):
        for n in range(min(longest, len(syllables) - i), 1, -1):
            if " ".join(syllables[i : i + n]).rstrip(",.;:)").casefold() in whole:
                out.append(" ".join(syllables[i : i + n]))
                i += n
                break
        else:
            out.append(syllables[i])
            i += 1
    return out


def _name_width(m: TextMeasurer, words: list[str], size: float, limit: float) -> float:
    """The widest line (points) of a name's ``words`` as the renderer wraps them
    (``Canvas.wrap``, balanced): as many lines as a greedy wrap to ``limit`` takes, parted
    where the squared room left on each line adds up least."""
    widths, space = _widths(m, words, size)
    lines = _greedy(widths, space, limit)
    if lines == 1:
        return sum(widths) + space * (len(words) - 1)
    best = _even(widths, space, limit, lines)
    return best if best is not None else max(widths)


def _even(widths: list[float], space: float, limit: float, lines: int) -> float | None:
    """The widest of ``lines`` lines of words ``widths`` no wider than ``limit``, least sum of
    squared slack (``charts.kinds.common._balance``); None when none is."""
    n = len(widths)
    best: dict[tuple[int, int], tuple[float, float]] = {(0, 0): (0.0, 0.0)}
    for line in range(1, lines + 1):
        for (done, used), (cost, widest) in sorted(best.items()):
            if used != line - 1:
                continue
            for end in [n] if line == lines else range(done + 1, n):
                w = sum(widths[done:end]) + space * (end - done - 1)
                if w > limit and end - done > 1:
                    break
                total = cost + (limit - w) ** 2
                if (end, line) not in best or total < best[(end, line)][0]:
                    best[(end, line)] = (total, max(widest, w))
    got = best.get((n, lines))
    return got[1] if got else None


def _one_side(values: list[Decimal]) -> bool:
    """Whether every slice's rim comes within 70 degrees of the horizontal on one side
    (``pie._one_side``: clockwise from the top)."""
    total = float(sum(values))
    spans, start = [], 90.0
    for v in values:
        end = start - 360.0 * float(v) / total
        spans.append((end, start))
        start = end

    def reaches(lo: float, hi: float, centre: float) -> bool:
        return any(lo <= a + k * 360 <= hi for k in (-2, -1, 0, 1) for a in (centre,)) or any(
            abs(((x - centre + 180) % 360) - 180) <= 70 for x in (lo, hi)
        )

    return any(all(reaches(lo, hi, c) for lo, hi in spans) for c in (0.0, 180.0))


def _lines(m: TextMeasurer, words: list[str], size: float, limit: float) -> int:
    """How many lines ``words`` take, wrapped greedily to ``limit`` points (``Canvas.wrap``)."""
    return _greedy(*_widths(m, words, size), limit)


def _widths(m: TextMeasurer, words: list[str], size: float) -> tuple[list[float], float]:
    """Each word's width and a space's (points) at ``size``."""
    return [m.width_pt(w, size) for w in words], m.width_pt("a a", size) - 2 * m.width_pt("a", size)


def _greedy(widths: list[float], space: float, limit: float) -> int:
    """How many lines words of ``widths`` take, wrapped greedily to ``limit`` points."""
    lines, width = 1, 0.0
    for i, w in enumerate(widths):
        if i and width + space + w > limit:
            lines, width = lines + 1, w
        else:
            width += (space if i else 0.0) + w
    return lines
