"""Line kind: one line per series over the categories, each point labelled."""

from __future__ import annotations

from matplotlib.lines import Line2D

from deckmaker.charts.kinds.common import LABEL_GAP_PT, Canvas, categories_on, legend, style_axes


def draw_line(canvas: Canvas) -> None:
    plan = canvas.plan
    ax = canvas.fig.add_subplot()
    n = len(plan.categories)
    for i, series in enumerate(plan.series):
        xs = [c for c, v in enumerate(series.values) if v is not None]
        ys = [float(v) for v in series.values if v is not None]
        ax.plot(xs, ys, color=canvas.color(i), linewidth=3, marker="o", markersize=8, zorder=3)
    for c in range(n):
        present = [
            (float(s.values[c]), i) for i, s in enumerate(plan.series) if s.values[c] is not None
        ]
        present.sort()
        for rank, (y, i) in enumerate(present):
            # The highest series at a category is labelled above its point, the others below,
            # so labels of neighbouring lines do not sit on each other.
            above = rank == len(present) - 1
            gap = LABEL_GAP_PT + 3
            label = ax.annotate(
                canvas.label(plan.series[i].values[c]),
                (c, y),
                xytext=(0, gap if above else -gap),
                textcoords="offset points",
                ha="center",
                va="bottom" if above else "top",
                fontsize=canvas.base,
                color=canvas.color(i) if len(plan.series) > 1 else plan.style.text_color,
            )
            canvas.data_labels.append(label)
    style_axes(canvas, ax, "y")
    categories_on(canvas, ax, "x", plan.categories, 1.0)
    ax.set_xlim(-0.5, n - 0.5)
    canvas.value_axis(ax.yaxis)
    if len(plan.series) > 1:
        handles = [
            Line2D([], [], color=canvas.color(i), linewidth=3, marker="o", markersize=8)
            for i in range(len(plan.series))
        ]
        legend(canvas, ax, handles, [s.name for s in plan.series])
