"""The geometry of a round chart (a pie, a donut), in plain numbers, for the renderer that draws
it (``charts.kinds.pie``, which measures its texts with Matplotlib) and the planner that
estimates its size before (``layout.circle``, with its own measurer): one set of rules, so the
two cannot drift apart.

Angles are in radians unless said; positions in radii from the circle's centre (the data
units of the pie's axes); lengths in any one unit a caller chooses (pixels, inches).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

DONUT_WIDTH = 0.42
"""The ring's width, as a share of the radius."""
PIE_INNER = 0.62
"""Where a pie's share sits inside its slice, in radii (a donut's: the ring's middle)."""
LABEL_RADIUS = 1.1
"""Where outside labels start, in radii from the centre."""
HEADROOM = 1.02
"""The circle's height in its axes, in radii (the axes' limits ±1.02)."""
NAME_SHARES = (0.28, 0.31, 0.34, 0.37)
"""The widest an outside label may be, as a share of the figure's width: the narrowest at
which every label fits on ``SHORT_LINES`` lines, else the narrowest at which they fit at all
(a wider share leaves the pie less room). Only when none does a legend names the slices,
away from them."""
SHORT_LINES = 3
"""A slice's label reads at a glance on this many lines: its name on two, its value and share
on one ("12 dự án (60%)")."""
ONE_SIDE_SHARE = 0.42
"""With labels on one side of the pie, how wide they may be, as a share of the figure's
width: the pie takes the panel's height, the labels the rest of its width."""
ONE_SIDE_ASPECT = 1.2
"""A figure at least this much wider than tall sets few slices' labels on one side."""
ONE_SIDE_MAX = 4
"""The most slices whose labels go on one side."""
ONE_SIDE_ROOM = 0.75
BOTH_SIDES_ROOM = 0.62
"""The share of the figure's height the labels of one side may take, one above another with
a line more each (of ``LABEL_LINE`` times their size) and ``STACK_GAP_PT`` apart: on one side;
on each of both sides."""
LABEL_LINE = 1.25
"""A label's line, in multiples of its size, as ``label_room`` counts it."""
WHOLE_NAME_SHARES = (0.37, 0.55)
"""The widest a slice's name may stand on one line, as a share of the figure's width (labels
on both sides; on one side): a name that fits is never broken, the pie is smaller instead
("Chi đầu tư / phát triển" over its value put the leader on the name's second line, review
R15, tuong-phan 22), where the pie keeps at least ``CIRCLE_FLOOR`` of the figure's height
across beside it (``whole_name``); past either the name wraps."""
CIRCLE_FLOOR = 0.6
"""The smallest circle a whole name may leave, in shares of the height its axes have: a pie
shrunk under it reads worse than a name on two lines."""
ANCHOR_LIMIT = math.radians(70)
"""On one side, a leader leaves its slice's rim no further than this from the horizontal
(a slice reaching that side; nearest to its middle): it never crosses the pie."""
STACK_GAP_PT = 3.0
"""The gap between two labels stacked one above another (points)."""
SHARE_PAD_PT = 4.0
"""The room a share keeps inside its slice, all round (points)."""
NUDGE_PX = 4.0
"""The most a label is moved in to keep inside the picture; a label further out is brought in
by a smaller pie (pixels at the figure's dpi)."""
LEGEND_ASPECT = 1.25
"""A legend goes to the right of a figure at least this much wider than tall, else below."""


def spans(values: Sequence[Decimal | float]) -> list[tuple[float, float]]:
    """Each slice's wedge as Matplotlib's pie draws it, clockwise from the top: its lower and
    upper angle (degrees), as ``Wedge.theta1`` and ``theta2``."""
    total = float(sum(float(v) for v in values))
    out, start = [], 90.0
    for v in values:
        end = start - 360.0 * float(v) / total
        out.append((min(start, end), max(start, end)))
        start = end
    return out


def middle(lo: float, hi: float) -> float:
    """The middle of a wedge from ``lo`` to ``hi`` degrees (radians)."""
    return math.radians((lo + hi) / 2)


def share_radius(donut: bool) -> float:
    """Where a slice's share sits, in radii: the ring's middle, or ``PIE_INNER``."""
    return 1 - DONUT_WIDTH / 2 if donut else PIE_INNER


def hole(donut: bool) -> float:
    """The radius of the hole (0 for a pie)."""
    return 1 - DONUT_WIDTH if donut else 0.0


def off(a: float, b: float) -> float:
    """The angle from ``b`` to ``a``, in (-pi, pi]."""
    return (a - b + math.pi) % (2 * math.pi) - math.pi


def _rim(lo: float, hi: float) -> list[float]:
    """Angles (radians) along a wedge's rim from ``lo`` to ``hi`` degrees, a degree apart."""
    steps = max(1, math.ceil(hi - lo))
    return [math.radians(lo + (hi - lo) * k / steps) for k in range(steps + 1)]


def anchor(lo: float, hi: float, side: bool | None) -> float | None:
    """Where a slice's leader starts on its rim (radians): its middle when the labels sit on
    both sides (``side`` None); on one side (True: right), the point of its rim within
    ``ANCHOR_LIMIT`` of that side's horizontal nearest its middle, None when it has none."""
    mid = middle(lo, hi)
    if side is None:
        return mid
    towards = 0.0 if side else math.pi
    near = [a for a in _rim(lo, hi) if abs(off(a, towards)) <= ANCHOR_LIMIT]
    return min(near, key=lambda a: abs(off(a, mid))) if near else None


def label_side(wedges: Sequence[tuple[float, float]], aspect: float) -> bool | None:
    """The side (True: right) where every slice's label can go, in a figure ``aspect`` times
    wider than tall with few slices: the pie then takes the panel's height instead of the
    width two columns of labels leave it. None: both sides."""
    if aspect < ONE_SIDE_ASPECT or not 1 < len(wedges) <= ONE_SIDE_MAX:
        return None
    for right in (True, False):
        if all(anchor(lo, hi, right) is not None for lo, hi in wedges):
            return right
    return None


WIDE_ASPECT = 2.0
"""A figure at least this much wider than tall may set one-sided labels on both sides
(``both_sides_roomy``); a narrower one keeps them on one side (a composed 8 x 5.3 in donut on
both sides drew its circle 3.1 in, where one side gave it 4.5)."""


def both_sides_roomy(axes_w: float, axes_h: float, widths: Sequence[float], nudge: float) -> bool:
    """Whether labels ``widths`` wide (one unit with the axes' width and height) stand on both
    sides of a circle as tall as the axes let it (``HEADROOM``), their slices' own sides,
    each ending ``nudge`` inside the axes: then the circle sits in the middle of a wide panel,
    each label beside its slice, rather than at one end with every label on the other (coreoz
    22: a 2.2 in donut at the right of a 9 in panel, both labels left of it, the right third
    empty, the 62,3% slice's leader on its lower-left edge)."""
    if axes_w < WIDE_ASPECT * axes_h:
        return False
    radius = axes_h / 2 / HEADROOM
    return all(LABEL_RADIUS * radius + w + nudge <= axes_w / 2 for w in widths)


def whole_name(width: float, axes_w: float, axes_h: float, one_side: bool) -> float:
    """The widest a slice's name stands on one line, in a figure ``width`` wide whose axes are
    ``axes_w`` by ``axes_h`` (any one unit): a share of its width (``WHOLE_NAME_SHARES``), and
    what a circle ``CIRCLE_FLOOR`` of the axes' height across leaves beside it. One side: the
    circle's diameter is about (2 (axes_w - label) - axes_h) over its labels' reach
    (``one_side_scale``), solved for the label; both sides: half of what the circle and a
    tenth around it leave."""
    floor = CIRCLE_FLOOR * axes_h
    beside = axes_w - (floor + axes_h) / 2 if one_side else (axes_w - 1.1 * floor) / 2
    return min(width * WHOLE_NAME_SHARES[one_side], beside)


def clear_x(at: float, right: bool, y: float, half: float) -> float:
    """Where a label centred at height ``y`` (``half`` its height, radii) starts, its leader
    leaving the rim at angle ``at``, so that no part of it lies over the pie: at its slice's
    level, or further out where the circle is wider (negative on the left)."""
    natural = abs(LABEL_RADIUS * math.cos(at))
    near = 0.0 if y - half < 0 < y + half else min(abs(y - half), abs(y + half))
    rim = math.sqrt(max(0.0, 1 - near * near)) + 0.08
    return max(natural, rim) if right else -max(natural, rim)


def stack(
    labels: Sequence[tuple[float, bool, float]], gap: float, top: float, floor: float
) -> list[tuple[float, float]]:
    """Where each label (its anchor's angle, its side, half its height) stands, (x, y) in
    radii: each side's labels one above another, top first, each level with its slice where
    it can be, ``gap`` apart and under ``top``; labels pushed below ``floor`` go back up,
    each as far as the one under it needs, keeping their order."""
    out: list[tuple[float, float]] = [(0.0, 0.0)] * len(labels)
    for right in (True, False):
        column = [i for i, (_, r, _) in enumerate(labels) if r == right]
        column.sort(key=lambda i: -math.sin(labels[i][0]))
        bottom = None
        for i in column:
            at, _, half = labels[i]
            y = min(LABEL_RADIUS * math.sin(at), top - half)
            if bottom is not None:
                y = min(y, bottom - gap - half)
            bottom = y - half
            out[i] = (clear_x(at, right, y, half), y)
        if column and bottom is not None and bottom < floor:
            # back up from the bottom, each label only as far as the one under it needs: a
            # column lifted whole set its top label over ``top`` while it had room under it
            # (a composed one-sided donut in tuong-phan, 5.6 x 4.3 in: 52 px over its axes,
            # which the layout engine made room for, and the passes swung between two
            # heights until they ran out)
            low = floor
            for i in reversed(column):
                at, _, half = labels[i]
                y = max(out[i][1], low + half)
                low = y + half + gap
                out[i] = (clear_x(at, right, y, half), y)
    return out


def beyond(placed: Sequence[tuple[float, float]], heights: Sequence[float], radius: float,
           box: float) -> float:  # fmt: skip
    """How far labels stacked at ``placed`` (radii from the circle's centre, ``heights`` high)
    reach above and below axes ``box`` high centred on the circle (``radius`` across; lengths
    in one unit): what the layout engine takes from the axes for them."""
    top = max((y * radius + h / 2 for (_, y), h in zip(placed, heights, strict=True)), default=0)
    low = max((h / 2 - y * radius for (_, y), h in zip(placed, heights, strict=True)), default=0)
    return max(0.0, top - box / 2) + max(0.0, low - box / 2)


BOTH_SIDES_FLOOR = -1.3
"""On both sides, the lowest a label's bottom may go (radii) before its column goes back up."""


def one_side_scale(avail: float, height: float, starts: Sequence[float],
                   widths: Sequence[float], nudge: float) -> float:  # fmt: skip
    """One side: the axes' half height in radii (their limits ±scale, the circle at one end)
    that lets every label (its start ``starts`` in radii, its width) end inside ``avail``
    across, the axes ``height`` high (lengths in one unit), ``nudge`` kept off its end."""
    scale = HEADROOM
    for x, w in zip(starts, widths, strict=True):
        ratio = (avail - w - nudge) / max(height, 1e-9)
        if 2 * ratio > 1:
            scale = max(scale, abs(x) / (2 * ratio - 1))
    return scale


def one_side_reach(starts: Sequence[float], widths: Sequence[float], per_unit: float) -> float:
    """One side: from the circle's far edge to the labels' far end (lengths a radius is
    ``per_unit`` long)."""
    return max(
        ((1 + abs(x)) * per_unit + w for x, w in zip(starts, widths, strict=True)), default=0.0
    )


def share_fits(at: float, span: float, donut: bool, half_w: float, half_h: float) -> bool:
    """Whether a share ``half_w`` by ``half_h`` (half its padded box, radii), centred at its
    slice's share radius, lies inside the slice of middle ``at`` and ``span`` (every corner)."""
    r0 = share_radius(donut)
    cx, cy = r0 * math.cos(at), r0 * math.sin(at)
    return all(
        in_slice(cx + dx, cy + dy, at, span, hole(donut))
        for dx in (-half_w, half_w)
        for dy in (-half_h, half_h)
    )


def in_slice(x: float, y: float, at: float, span: float, inner: float) -> bool:
    """Whether the point (radii) lies inside the slice of middle ``at`` and ``span``, outside
    a hole of radius ``inner``."""
    r = math.hypot(x, y)
    if not inner < r < 1.0:
        return False
    return abs(off(math.atan2(y, x), at)) < span / 2


def label_room(counts: Sequence[int], line: float, gap: float) -> float:
    """The height one side's labels of ``counts`` lines take, one above another with a line
    more each (labels pushed apart need the slack), ``gap`` apart (``line`` a line's height)."""
    return sum((count + 1) * line + gap for count in counts)


def legend_right(aspect: float) -> bool:
    """Whether a round chart's legend goes right of it (else below), in a figure ``aspect``
    times wider than tall."""
    return aspect >= LEGEND_ASPECT


def legend_height(lines: int, entries: int, size: float) -> float:
    """The height of a legend of ``entries`` entries taking ``lines`` lines at ``size`` (in
    the unit of ``size``)."""
    return size * (1.2 * lines + 0.5 * entries)


LEADER_STUB_PT = 6.0
"""A leader leaves its slice's rim straight out (radially) for this long (points) before it
turns towards its label: it says which slice it comes from, and two leaders from one side's
rim cannot meet where they leave it."""
LEADER_SHOULDER_PT = 10.0
"""A leader leaves its label level for this long (points, its gap included), from the middle
of the label's line nearest its slice (``attach``): it points at a line, never between two,
and never runs along the label's side."""
LEADER_GAP_PT = 4.0
"""The space between a leader's end and its label's text (points): a line touching the
text's end reads as a stroke of its last letter ("triển-", tuong-phan 22)."""


def leader(
    label: tuple[float, float], rim: tuple[float, float], at: float, stub: float, shoulder: float
) -> list[tuple[float, float]]:
    """The points of a leader from its label's edge (``label``) to the rim (``rim``, where it
    leaves at angle ``at``), one unit both ways: level with the label for ``shoulder``, then
    straight to the end of a ``stub`` out from the rim, then in to it. The shoulder is
    shortened to half the way across where the label stands closer to the rim; the stub is
    left out where it does not end between the shoulder and the rim or leads away from the
    label's level: the leader never turns back on itself."""
    (xa, ya), (xb, yb) = label, rim
    toward = 1.0 if xb > xa else -1.0  # from the label to the rim, across
    across = (xb - xa) * toward
    hx = xa + toward * min(shoulder, across / 2)  # always level first, never past the rim
    points = [(xa, ya), (hx, ya)]
    ex, ey = xb + stub * math.cos(at), yb + stub * math.sin(at)
    # the stub where it heads the label's way up or down (else the leader hooks round it)
    # and ends between the shoulder and the rim
    if (ey - yb) * (ya - yb) >= 0 and (ex - hx) * toward >= 0 and (xb - ex) * toward >= 0:
        points.append((ex, ey))
    points.append((xb, yb))
    return points


def line_middle(lines: int, line: int) -> float:
    """Where line ``line`` (0: the first) of a label of ``lines`` lines has its middle, as a
    share of the label's height from its bottom (Matplotlib sets lines 1.2 of their size
    apart, the last one's descent under it)."""
    return 1 - (0.5 + 1.2 * line) / (1.2 * lines - 0.2)


def attach(lines: int, bottom: float, top: float, rim_y: float) -> float:
    """Where a leader meets its label of ``lines`` lines from ``bottom`` to ``top`` (any one
    unit up), as a share of its height from its bottom: the middle of the line nearest the
    rim point's height ``rim_y``, so that the leader runs level or down to the rim and never
    along the label's side (tuong-phan 22: from the name's line down past its value)."""
    height = max(top - bottom, 1e-9)
    return min(
        (line_middle(lines, k) for k in range(lines)),
        key=lambda f: abs(bottom + f * height - rim_y),
    )
