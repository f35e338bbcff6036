"""How large a round chart's circle (a pie, a donut) will be drawn, estimated in the planner
from its box and the widths of its labels measured with the planner's own measurer: the
layout weighs a narrower box against it (review R10: a donut 4.10 -> 3.19 in beside a text
column widened for one phrase). Nothing is drawn here; the chart renderer lays the circle
out (``charts.kinds.pie``) and tests compare the two."""

from __future__ import annotations

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
    (``HEADROOM``) unless its widest label beside it (one side; on both sides in a narrow
    figure or with many slices) leaves it less across."""
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
        return 0.0
    one_side = w / h >= ONE_SIDE_ASPECT and 1 < len(values) <= ONE_SIDE_MAX and _one_side(values)
    label, lines, stack = _widest_label(
        plan, base, w * ONE_SIDE_SHARE, _whole_in(w, ax_w, ax_h, True)
    )
    # the labels one above another on that side, each a line apart, within ONE_SIDE_ROOM of
    # the figure's height (``pie._outside_size``)
    high = stack * base * LABEL_LINE + len(values) * LABEL_APART > ONE_SIDE_ROOM * h * 72
    if not one_side or lines > SHORT_LINES or high:  # on both sides
        one_side = False
        label, _, _ = _widest_label(plan, base, w * NAME_SHARE, _whole_in(w, ax_w, ax_h, False))
    label /= 72
    tall = ax_h / HEADROOM
    if one_side:  # the circle at one end, its labels from LABEL_REACH radii on
        return max(0.0, min(tall, (2 * (ax_w - label - LABEL_PAD_IN) - ax_h) / LABEL_REACH))
    return max(0.0, min(tall, (ax_w - 2 * label - 2 * LABEL_PAD_IN) / BOTH_SIDES_REACH))


def _font(path: Path | str) -> ResolvedFont:
    return ResolvedFont(Path(path), "", "", substituted=False)


def _widest_label(
    plan: ChartPlan, size: float, width_in: float, whole_in: float
) -> tuple[float, int, int]:
    """The widest line (points) of the slices' outside labels, the most lines one takes and
    their lines one above another, a line more each (``pie._outside_size``): a
    name in balanced lines no wider than ``width_in`` (or its value line), on one line where
    that is at most ``whole_in`` wide, its value and share under it on one line where they
    fit, else on two (``pie._value_lines``)."""
    m = measurer(_font(plan.style.font_file))
    shown = [(c, v) for c, v in enumerate(plan.series[0].values) if v is not None and v > 0]
    shares = numfmt.shares_of([v for _, v in shown])
    widest, most, stack = 0.0, 0, 0
    room = width_in * 72
    for (c, value), share in zip(shown, shares, strict=True):
        value_lines = [slice_value(plan, value)]
        if plan.unit != "%":
            both = f"{value_lines[0]} ({numfmt.format_quantity(share, '%', plan.lang)})"
            if m.width_pt(both, size) <= room:
                value_lines = [both]
            else:
                value_lines.append(f"({numfmt.format_quantity(share, '%', plan.lang)})")
        line = max(m.width_pt(t, size) for t in value_lines)
        words = _words(slice_names(plan)[c], plan.style.keep_whole)
        limit = max(room, line) * 0.97
        whole = _name_width(m, words, size, float("inf"))
        if whole / 0.97 <= whole_in * 72:
            limit = max(limit, whole + 0.01)
        widest = max(widest, line, _name_width(m, words, size, limit))
        count = _lines(m, words, size, limit) + len(value_lines)
        most, stack = max(most, count), stack + count + 1
    return widest, most, stack


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
