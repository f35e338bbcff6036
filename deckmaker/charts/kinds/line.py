"""Line kind: one line per series over the categories, each point labelled clear of the lines."""

from __future__ import annotations

from typing import Literal, cast

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.path import Path
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

from deckmaker.charts.kinds.common import LABEL_GAP_PT, Canvas, categories_on, legend, style_axes
from deckmaker.charts.kinds.layout import BASE_X, NAMES_SIDE, base_x_px, whole_ticks

_PLACES: dict[
    str,
    tuple[
        tuple[float, float],
        Literal["left", "center", "right"],
        Literal["bottom", "center", "top"],
    ],
] = {
    "above": ((0, 1), "center", "bottom"),
    "below": ((0, -1), "center", "top"),
    "above-right": ((0.9, 0.9), "left", "bottom"),
    "above-left": ((-0.9, 0.9), "right", "bottom"),
    "below-right": ((0.9, -0.9), "left", "top"),
    "below-left": ((-0.9, -0.9), "right", "top"),
    "right": ((1, 0), "left", "center"),
    "left": ((-1, 0), "right", "center"),
}
"""Where a label may sit around its point: direction of the offset, alignment. A corner's
offset clears the point's marker (at 0.7 its box's corner met the marker's edge, and every
corner place counted as touching the point)."""


def draw_line(canvas: Canvas) -> None:
    plan = canvas.plan
    ax = canvas.fig.add_subplot()
    n = len(plan.categories)
    lines: list[Line2D] = []
    for i, series in enumerate(plan.series):
        xs = [c for c, v in enumerate(series.values) if v is not None]
        ys = [float(v) for v in series.values if v is not None]
        (line,) = ax.plot(
            xs, ys, color=canvas.color(i), linewidth=3, marker="o", markersize=8, zorder=3
        )
        lines.append(line)
        if any(plan.target(i, c) for c in xs):
            line.set_visible(False)  # kept as the path labels keep clear of
            _draw_targets(canvas, ax, i, xs, ys)
    labels: list[tuple[Annotation, list[str]]] = []
    for c in range(n):
        present = [
            (float(v), i) for i, s in enumerate(plan.series) if (v := s.values[c]) is not None
        ]
        present.sort()
        for rank, (y, i) in enumerate(present):
            # The highest series at a category prefers a place above its point, the others
            # below, so labels of neighbouring lines do not sit on each other.
            above = rank == len(present) - 1
            label = ax.annotate(
                canvas.label(plan.series[i].values[c], c, i),
                (c, y),
                xytext=(0, 0),
                textcoords="offset points",
                fontsize=canvas.base,
                color=canvas.color(i) if len(plan.series) > 1 else plan.style.text_color,
                annotation_clip=False,  # as bars._end_label: its point is always in view
            )
            canvas.data_labels.append(label)
            if y < 0:  # under zero: kept clear of the years under the plot (layout)
                setattr(label, NAMES_SIDE, "y")
            labels.append((label, _preferences(lines[i], c, y, above)))
    for label, places in labels:
        _place(label, places[0])
    style_axes(canvas, ax, "y")
    values = [float(v) for s in plan.series for v in s.values if v is not None]
    if values and min(values) < 0 < max(values):  # rises and falls: zero drawn as bars draw it
        ax.axhline(0, color=plan.style.text_color, linewidth=1.0, zorder=2)
    categories_on(canvas, ax, "x", plan.categories, 1.0)
    ax.set_xlim(-0.5, n - 0.5)
    # the range half a step past the first and last points: widened only while a label
    # cannot stand inside it (``layout.BASE_X``)
    setattr(ax, BASE_X, (-0.5, n - 0.5))
    # the value axis fits the data: a line is read by its course, no bar's length needs a
    # zero baseline (R19 #9: slide 45's three points 0,5-0,9% in the top half of 0-1%)
    # six steps at most: a label under the lowest point widens the view by a fraction of a
    # step, which at five turned 0,5/0,6/…/0,9% into 0,6/0,8% (the points off the marks)
    canvas.value_axis(ax.yaxis, nbins=6)
    canvas.adjusters.append(lambda: _place_clear(canvas, ax, lines, labels))
    canvas.adjusters.append(lambda: _mark_cut_axis(canvas, ax))
    handles: list[Line2D] = []
    names: list[str] = []
    if len(plan.series) > 1:
        handles = [
            Line2D([], [], color=canvas.color(i), linewidth=3, marker="o", markersize=8)
            for i in range(len(plan.series))
        ]
        names = [s.name for s in plan.series]
    if plan.targets and any(any(row) for row in plan.targets):
        # what the dashed line means; with one series, what the solid one means too
        color = canvas.color(0) if len(plan.series) == 1 else plan.style.text_color
        if len(plan.series) == 1:
            # the solid line only where the chart draws one (two results side by side); one
            # result alone is a filled point (review R12, sample slide 45: a legend's line
            # never seen in the plot)
            solid = _results_joined(canvas, 0)
            handles.append(
                Line2D(
                    [], [], color=color, linewidth=3 if solid else 0,
                    linestyle="solid" if solid else "none", marker="o", markersize=8,
                )
            )  # fmt: skip
            names.append(canvas.words["actual"])
        handles.append(
            Line2D(
                [], [], color=color, linewidth=3, linestyle=TARGET_DASH, marker="o",
                markersize=8, markerfacecolor=plan.style.background, markeredgewidth=2.5,
            )
        )  # fmt: skip
        names.append(canvas.words["target"])
    if handles:
        legend(canvas, ax, handles, names)


CUT_MARK = Path(
    [(-1.6, -2.0), (0.4, 2.0), (-0.4, -2.0), (1.6, 2.0)],
    [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO],
)
"""The break mark of a value axis that does not start at zero: two slanted strokes across the
baseline at its left end (the mark an axis cut carries in print)."""
CUT_MARK_PT = 14.0


def _mark_cut_axis(canvas: Canvas, ax: Axes) -> bool:
    """A baseline above zero under values all above zero is marked as cut (``CUT_MARK``): the
    view fits the data (a line is read by its course), but its lowest gridline must not read
    as zero (h23b: sample 45's 0,9% → 0,5% fall over a baseline at 0,5%). Kept in step with the
    view after each layout step; never changes the layout itself."""
    values = [float(v) for s in canvas.plan.series for v in s.values if v is not None]
    cut = bool(values) and min(values) > 0 and min(ax.get_ylim()) > 0
    mark = getattr(ax, "_deckmaker_cut", None)
    if mark is None and cut:
        (mark,) = ax.plot(
            [0], [0], transform=ax.transAxes, marker=CUT_MARK, markersize=CUT_MARK_PT,
            markeredgewidth=2.0, color=canvas.plan.style.text_color, linestyle="none",
            clip_on=False, zorder=4,
        )  # fmt: skip
        mark.set_in_layout(False)
        setattr(ax, "_deckmaker_cut", mark)
    if mark is not None:
        mark.set_visible(cut)
    return False


TARGET_DASH = (0, (2.5, 1.5))
"""How a line to a target is drawn: dashed (in multiples of its width), so a plan never reads
as a result."""


def _results_joined(canvas: Canvas, i: int) -> bool:
    """Whether two of series ``i``'s points next to each other (a missing value skipped, as
    ``_draw_targets`` joins them) are both results: a solid line is drawn between them."""
    plan = canvas.plan
    values = plan.series[i].values
    result = [not plan.target(i, c) for c, v in enumerate(values) if v is not None]
    return any(a and b for a, b in zip(result, result[1:]))


def _draw_targets(canvas: Canvas, ax: Axes, i: int, xs: list[int], ys: list[float]) -> None:
    """Series ``i`` with its targets told apart: a solid line between results, dashed into a
    target; a result's marker filled, a target's hollow."""
    plan, color = canvas.plan, canvas.color(i)
    for (x0, y0), (x1, y1) in zip(zip(xs, ys), zip(xs[1:], ys[1:]), strict=False):
        planned = plan.target(i, x0) or plan.target(i, x1)
        ax.plot(
            [x0, x1], [y0, y1], color=color, linewidth=3, zorder=3,
            linestyle=TARGET_DASH if planned else "solid",
        )  # fmt: skip
    for x, y in zip(xs, ys, strict=True):
        planned = plan.target(i, x)
        ax.plot(
            [x], [y], linestyle="none", marker="o", markersize=9 if planned else 8,
            color=color, markeredgewidth=2.5,
            markerfacecolor=plan.style.background if planned else color, zorder=4,
        )  # fmt: skip


def _preferences(line: Line2D, c: int, y: float, above: bool) -> list[str]:
    """Places for the label of point (c, y), best first: away from the line's slope there
    (above a peak, below a valley, on the open side of a slope)."""
    xs, ys = _data(line)
    before = [v for x, v in zip(xs, ys, strict=True) if x == c - 1]
    after = [v for x, v in zip(xs, ys, strict=True) if x == c + 1]
    rising_in = bool(before) and before[0] < y
    falling_out = bool(after) and after[0] < y
    up = ["above", "above-right", "above-left"]
    down = ["below", "below-left", "below-right"]
    if before and after and not rising_in and not falling_out:  # a valley
        first = down
    elif before and after and rising_in and falling_out:  # a peak
        first = up
    elif before and after:  # a slope: the side the line does not pass
        first = ["above-left", "below-right"] if rising_in else ["above-right", "below-left"]
        first = first if above else first[::-1]
    elif before:  # the last point: past its end, on the side the line comes not from
        first = ["above-right", "right"] if not rising_in else ["below-right", "right"]
    elif after:  # the first point: before its start, likewise
        first = ["above-left", "left"] if falling_out else ["below-left", "left"]
    else:
        first = up if above else down
    rest = [*(up if above else down), *(down if above else up), "right", "left"]
    return list(dict.fromkeys([*first, *rest]))


def _data(line: Line2D) -> tuple[list[int], list[float]]:
    """The points draw_line plotted (matplotlib types them as any array)."""
    return cast("tuple[list[int], list[float]]", line.get_data())


def _place(label: Annotation, place: str) -> None:
    (dx, dy), ha, va = _PLACES[place]
    gap = LABEL_GAP_PT + 3
    label.xyann = (dx * gap, dy * gap)
    label.set_horizontalalignment(ha)
    label.set_verticalalignment(va)
    label._deckmaker_place = place  # type: ignore[attr-defined]


def _place_clear(
    canvas: Canvas, ax: Axes, lines: list[Line2D], labels: list[tuple[Annotation, list[str]]]
) -> bool:
    """Moves each label to its first place that touches no line, marker or earlier label."""
    renderer = canvas.renderer()
    pad = canvas.pt_to_px(2)
    marker = canvas.pt_to_px(8) / 2 + pad
    paths = [ax.transData.transform(list(zip(*_data(line), strict=True))) for line in lines]
    # the value axis's gridlines too: a label on one reads as struck through (review R13,
    # sample slide 45: "dưới 0,9%" on the 1% line, "0,5%" across the dashed line to it)
    lo, hi = sorted(ax.get_ylim())
    grid = []
    top = max((p for line in lines for p in _data(line)[1]), default=hi)
    marks = [float(t) for t in ax.yaxis.get_majorticklocs() if lo <= t <= hi]
    # the marks the axis keeps: none over the highest point (``layout._end_value_ticks``)
    under = whole_ticks([t for t in marks if t <= top * (1 + 1e-9)])
    for tick in under if len(under) >= 2 else whole_ticks(marks):
        y = ax.transData.transform((0, tick))[1]
        grid.append([(ax.bbox.x0, y), (ax.bbox.x1, y)])
    # before the category range (half a step before the first point) a label would widen it:
    # the plot's first year 1.4 in from its axis (review R20 #7); past its end a label stands
    # out of the plot, on the line's open side (R13)
    edges = base_x_px(ax) or (ax.bbox.x0, ax.bbox.x1)
    taken: list[Bbox] = []
    changed = False
    for label, places in labels:
        current = label._deckmaker_place  # type: ignore[attr-defined]
        best, best_cost = current, None
        for place in places:
            _place(label, place)
            box = label.get_window_extent(renderer).padded(pad)
            cost = sum(_crossing(box, path, marker) for path in paths)
            cost += sum(_crossing(box.padded(2 * pad), line, 0) for line in grid)
            cost += sum(1 for other in taken if _boxes_meet(box, other))
            cost += box.x0 + pad < edges[0]
            if best_cost is None or cost < best_cost:
                best, best_cost = place, cost
            if cost == 0:
                break
        _place(label, best)
        taken.append(label.get_window_extent(renderer).padded(pad))
        changed = changed or best != current
    return changed


def _boxes_meet(a: Bbox, b: Bbox) -> bool:
    return min(a.x1, b.x1) > max(a.x0, b.x0) and min(a.y1, b.y1) > max(a.y0, b.y0)


def _crossing(box: Bbox, path: object, marker: float) -> int:
    """1 when a polyline (pixel points) passes through ``box`` or a marker touches it."""
    points = list(path)  # type: ignore[call-overload]
    for x, y in points:
        nx = min(max(x, box.x0), box.x1)
        ny = min(max(y, box.y0), box.y1)
        if (nx - x) ** 2 + (ny - y) ** 2 < marker**2:
            return 1
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = 64
        for k in range(steps + 1):
            t = k / steps
            if box.contains(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t):
                return 1
    return 0
