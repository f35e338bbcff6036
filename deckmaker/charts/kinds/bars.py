"""Bar kinds: bar (grouped when several series), barh, stacked-bar and plan-actual."""

from __future__ import annotations

from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.patches import Patch, Rectangle

from deckmaker.charts.kinds.common import (
    LABEL_GAP_PT,
    Canvas,
    categories_on,
    contrast_text,
    legend,
    style_axes,
)
from deckmaker.charts.model import attainment

GROUP_WIDTH = 0.72


def _f(v: Decimal | None) -> float:
    return 0.0 if v is None else float(v)


def _end_label(canvas: Canvas, ax: Axes, x: float, y: float, text: str, horizontal: bool) -> None:
    """A data label just past the end of a bar (beyond its tip for negatives too)."""
    gap = LABEL_GAP_PT
    if horizontal:
        offset, ha, va = ((gap, 0), "left", "center") if y >= 0 else ((-gap, 0), "right", "center")
        xy = (y, x)
    else:
        offset, ha, va = ((0, gap), "center", "bottom") if y >= 0 else ((0, -gap), "center", "top")
        xy = (x, y)
    label = ax.annotate(
        text, xy, xytext=offset, textcoords="offset points", ha=ha, va=va,
        fontsize=canvas.base, color=canvas.plan.style.text_color,
    )  # fmt: skip
    canvas.data_labels.append(label)


def _series_legend(canvas: Canvas, ax: Axes) -> None:
    if len(canvas.plan.series) > 1:
        handles = [Patch(color=canvas.color(i)) for i in range(len(canvas.plan.series))]
        legend(canvas, ax, handles, [s.name for s in canvas.plan.series])


def _zero_line(canvas: Canvas, ax: Axes, horizontal: bool) -> None:
    values = [v for s in canvas.plan.series for v in s.values if v is not None]
    if any(v < 0 for v in values):
        line = ax.axvline if horizontal else ax.axhline
        line(0, color=canvas.plan.style.text_color, linewidth=1.0)


MAX_CATEGORY_LINES = 4
"""A bar chart whose names would wrap to more lines than this under the bars draws horizontally."""


def draw_bar(canvas: Canvas, horizontal: bool = False) -> None:
    plan = canvas.plan
    if not horizontal:
        slot_px = canvas.fig.bbox.width * 0.85 / len(plan.categories)
        wrapped, _ = canvas.wrap_categories(plan.categories, slot_px)
        horizontal = max(w.count("\n") + 1 for w in wrapped) > MAX_CATEGORY_LINES
    ax = canvas.fig.add_subplot()
    n_series = len(plan.series)
    width = GROUP_WIDTH / n_series if n_series > 1 else 0.6
    for i, series in enumerate(plan.series):
        shift = (i - (n_series - 1) / 2) * width
        for c, value in enumerate(series.values):
            x = c + shift
            if horizontal:
                ax.barh(x, _f(value), height=width * 0.92, color=canvas.color(i))
            else:
                ax.bar(x, _f(value), width=width * 0.92, color=canvas.color(i))
            if value is not None:
                _end_label(canvas, ax, x, float(value), canvas.label(value), horizontal)
    _finish(canvas, ax, horizontal)
    _series_legend(canvas, ax)


def draw_barh(canvas: Canvas) -> None:
    draw_bar(canvas, horizontal=True)


def _finish(canvas: Canvas, ax: Axes, horizontal: bool) -> None:
    n = len(canvas.plan.categories)
    style_axes(canvas, ax, "x" if horizontal else "y")
    _zero_line(canvas, ax, horizontal)
    if horizontal:
        categories_on(canvas, ax, "y", canvas.plan.categories, 1.0)
        ax.set_ylim(n - 0.5, -0.5)  # first category on top
        canvas.value_axis(ax.xaxis)
        ax.margins(x=0.02)
    else:
        categories_on(canvas, ax, "x", canvas.plan.categories, 1.0)
        ax.set_xlim(-0.5, n - 0.5)
        canvas.value_axis(ax.yaxis)


def draw_stacked(canvas: Canvas) -> None:
    plan = canvas.plan
    ax = canvas.fig.add_subplot()
    n = len(plan.categories)
    width = 0.55
    pos_base = [0.0] * n
    neg_base = [0.0] * n
    for i, series in enumerate(plan.series):
        color = canvas.color(i)
        for c, value in enumerate(series.values):
            v = _f(value)
            bottom = pos_base[c] if v >= 0 else neg_base[c]
            ax.bar(c, v, width=width, bottom=bottom, color=color, edgecolor="white", linewidth=1)
            if v >= 0:
                pos_base[c] += v
            else:
                neg_base[c] += v
            if value is not None and v != 0:
                label = ax.text(
                    c, bottom + v / 2, canvas.label(value), ha="center", va="center",
                    fontsize=canvas.base, color=contrast_text(color),
                )  # fmt: skip
                canvas.data_labels.append(label)
                label._deckmaker_segment = (c, bottom, v, width)  # type: ignore[attr-defined]
    _finish(canvas, ax, horizontal=False)
    _series_legend(canvas, ax)
    canvas.adjusters.append(lambda: _move_thin_labels(canvas, ax))


def _move_thin_labels(canvas: Canvas, ax: Axes) -> bool:
    """Segments too thin for their label get it beside the bar, stacked so that none overlap."""
    renderer = canvas.renderer()
    changed = False
    beside: dict[int, list] = {}
    for label in canvas.data_labels:
        c, bottom, v, width = label._deckmaker_segment  # type: ignore[attr-defined]
        if label.get_horizontalalignment() != "left":
            y0 = ax.transData.transform((c, bottom))[1]
            y1 = ax.transData.transform((c, bottom + v))[1]
            if label.get_window_extent(renderer).height + 2 <= abs(y1 - y0):
                continue
            label.set_horizontalalignment("left")
            label.set_color(canvas.plan.style.text_color)
            label.set_text(" " + label.get_text())
            changed = True
        beside.setdefault(c, []).append(label)
    gap = canvas.pt_to_px(2)
    to_data = ax.transData.inverted()
    for labels in beside.values():
        previous_top = None
        for label in sorted(labels, key=lambda t: t._deckmaker_segment[1]):  # type: ignore[attr-defined]
            c, bottom, v, width = label._deckmaker_segment  # type: ignore[attr-defined]
            centre = ax.transData.transform((c + width / 2, bottom + v / 2))
            half = label.get_window_extent(renderer).height / 2
            if previous_top is not None and centre[1] - half < previous_top + gap:
                centre[1] = previous_top + gap + half
            previous_top = centre[1] + half
            x, y = to_data.transform(centre)
            if abs(y - label.get_position()[1]) > 1e-9 * max(1.0, abs(y)):
                changed = True
            label.set_position((x, y))
    return changed


def draw_plan_actual(canvas: Canvas) -> None:
    """Actual as filled bars; plan as a dashed outline behind; labels give value and attainment."""
    plan = canvas.plan
    actual, target = plan.series
    ax = canvas.fig.add_subplot()
    actual_color = canvas.color(0)
    plan_color = canvas.plan.style.text_color
    for c, (a, p) in enumerate(zip(actual.values, target.values, strict=True)):
        if p is not None:
            ax.add_patch(
                Rectangle(
                    (c - 0.34, 0), 0.68, float(p), fill=False, edgecolor=plan_color,
                    linestyle=(0, (4, 2)), linewidth=1.8,
                )
            )  # fmt: skip
        ax.bar(c, _f(a), width=0.46, color=actual_color)
        if a is None:
            continue
        text = canvas.label(a)
        done = attainment(plan, a, p)
        if done:
            text += "\n" + done
        top = max(float(a), _f(p))
        _end_label(canvas, ax, c, top, text, horizontal=False)
    ax.update_datalim([(0, 0)] + [(c, _f(p)) for c, p in enumerate(target.values)])
    ax.autoscale_view()
    for label in canvas.data_labels:
        label.set_multialignment("center")
    _finish(canvas, ax, horizontal=False)
    handles = [
        Patch(color=actual_color),
        Patch(fill=False, edgecolor=plan_color, linestyle=(0, (4, 2)), linewidth=1.8),
    ]
    legend(canvas, ax, handles, [actual.name, target.name])
