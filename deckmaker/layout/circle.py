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
from ..charts.model import TITLE_SCALE, ChartPlan, quantity, slice_names, slice_value
from .fonts import ResolvedFont
from .frame import measurer
from .measure import TextMeasurer

PAD_IN = 6.0 / 72
"""The renderer's pad around the figure and between its parts (``charts.kinds.common.PAD_PT``)."""
SHORT_LINES = 3
NAME_SHARES = (0.28, 0.31, 0.34, 0.37)
ONE_LINE = 1.15
"""As ``charts.kinds.pie``: a label reads at a glance on this many lines; the widths a label
may take, in shares of the figure's width (the narrowest at which every label is short); a
name this much wider than its label stays on one line."""
LABEL_X = 1.09
"""Where a label starts, in radii from the circle's centre (``pie.LABEL_RADIUS``; a label
level with the centre starts a little nearer, at the rim and a gap)."""
NUDGE_IN = 4.0 / 200
"""``pie.NUDGE_PX`` at the renderer's 200 dpi."""
HEADROOM = 1.02
"""The circle's height in its axes, in radii (``pie``: the limits ±1.02)."""
INK_SLACK = 1.04


def circle_estimate(plan: ChartPlan) -> float:
    """The diameter (inches) the circle of the pie or donut ``plan`` is drawn at, estimated:
    the figure less its title and caption lines is the axes; the circle is as tall as those
    (``HEADROOM``) unless the widest label on either side (each label on its slice's side,
    ``pie._scale``) leaves it less across: the circle's centre in the middle of the figure,
    a label from ``LABEL_X`` radii out to the figure's pad."""
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
    ax_h = h - top - bottom - 2 * PAD_IN
    shown = [(c, v) for c, v in enumerate(plan.series[0].values) if v is not None and v > 0]
    if not shown:
        return 0.0

    def radius_for(inside: float) -> float:
        radius = ax_h / HEADROOM / 2
        for label in _side_labels(plan, base, w, inside):
            if label > 0:
                radius = min(radius, (w / 2 - PAD_IN - label / 72 - NUDGE_IN) / LABEL_X)
        return radius

    # a share that fits inside its slice leaves its label shorter, the circle larger: the
    # larger circle where its shares fit inside it (as the renderer settles), else the other
    # (with ``INK_SLACK``: the renderer measures a share's ink a little tighter than its line)
    large = radius_for(ax_h)
    radius = large if radius_for(large * INK_SLACK) >= large - 1e-6 else radius_for(0.0)
    return max(0.0, 2 * radius)


def _side_labels(
    plan: ChartPlan, size: float, w: float, radius: float = 0.0
) -> tuple[float, float]:
    """The widest label (points) on the left and on the right of the circle, at the
    narrowest of ``NAME_SHARES`` at which every label takes at most ``SHORT_LINES`` lines
    (else the widest share); with the circle's ``radius`` (inches), a share that fits inside
    its slice is not in its label."""
    for share in NAME_SHARES:
        widths, most = _labels(plan, size, w * share, radius, w)
        if most <= SHORT_LINES:
            break
    return widths


def _labels(
    plan: ChartPlan, size: float, width_in: float, radius: float = 0.0, w_in: float = 0.0
) -> tuple[tuple[float, float], int]:
    """The widest label (points) on each side (left, right) and the most lines one takes: its
    name (``slice_names``) on one line where at most ``ONE_LINE`` of its width wide, else in
    balanced lines no wider than ``width_in`` (or its value line), its value and share under
    it on one line (``slice_value``; on two where wider than the widest a label may be of a
    figure ``w_in`` wide)."""
    m = measurer(_font(plan.style.font_file))
    shown = [(c, v) for c, v in enumerate(plan.series[0].values) if v is not None and v > 0]
    shares = numfmt.shares_of([v for _, v in shown])
    if all(p == p.to_integral_value() for p in shares):  # "40%", as ``pie`` writes them
        shares = [p.quantize(Decimal(1)) for p in shares]
    names = slice_names(plan)
    total = float(sum(v for _, v in shown))
    sides = [0.0, 0.0]
    most, start = 0, 90.0
    room = width_in * 72
    for (c, value), share in zip(shown, shares, strict=True):
        span = 360.0 * float(value) / total
        mid = math.radians(start - span / 2)
        start -= span
        percent = numfmt.format_quantity(share, "%", plan.lang)
        line = slice_value(plan, value, percent)
        ring = plan.kind == "donut"
        if plan.unit != "%" and _inside(m, percent, size, span, mid, radius, ring):
            line = quantity(plan, value, with_unit=not plan.titles_unit)
        line_w = m.width_pt(line, size)
        if line_w > w_in * NAME_SHARES[-1] * 72 * 0.97:  # on two lines (``pie._value_line``)
            head, _, tail = line.rpartition(" (")
            line_w = max(m.width_pt(head, size), m.width_pt(f"({tail}", size))
            n_value = 2
        else:
            n_value = 1
        limit = max(room, line_w)
        words = _words(names[c], plan.style.keep_whole)
        whole = m.width_pt(names[c], size)
        if whole <= limit * ONE_LINE:
            name_w, n = whole, 1
        else:
            name_w = _name_width(m, words, size, limit * 0.97)
            n = _lines(m, words, size, limit * 0.97)
        right = math.cos(mid) >= 0
        sides[right] = max(sides[right], line_w, name_w)
        most = max(most, n + n_value)
    return (sides[0], sides[1]), most


def _font(path: Path | str) -> ResolvedFont:
    return ResolvedFont(Path(path), "", "", substituted=False)


def _inside(
    m: TextMeasurer, share: str, size: float, span: float, mid: float, r: float, ring: bool
) -> bool:
    """Whether a slice's share fits inside a slice of ``span`` degrees about ``mid``
    (radians) of a circle of radius ``r`` (inches), as ``pie._fits_inside`` tests it: every
    corner of its box, padded by 4 pt, inside the ring (the pie) and the slice's angle."""
    if r <= 0:
        return False
    pad = 4 / 72
    half_w, half_h = m.width_pt(share, size) / 144 + pad, size * 1.05 / 144 + pad
    at = (1 - 0.42 / 2) * r if ring else 0.62 * r
    hole = (1 - 0.42) * r if ring else 0.0
    cx, cy = at * math.cos(mid), at * math.sin(mid)
    for dx in (-half_w, half_w):
        for dy in (-half_h, half_h):
            x, y = cx + dx, cy + dy
            off = (math.atan2(y, x) - mid + math.pi) % (2 * math.pi) - math.pi
            if not hole < math.hypot(x, y) < r or abs(off) >= math.radians(span) / 2:
                return False
    return True


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
