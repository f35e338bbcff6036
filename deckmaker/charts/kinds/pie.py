"""Pie and donut kinds: shares of one series; the legend names each category with its value."""

from __future__ import annotations

from matplotlib.patches import Patch

from deckmaker.charts.kinds.common import Canvas, legend
from deckmaker.charts.model import quantity


def draw_pie(canvas: Canvas, donut: bool = False) -> None:
    plan = canvas.plan
    values = plan.series[0].values
    ax = canvas.fig.add_subplot()
    shown = [(c, float(v)) for c, v in enumerate(values) if v is not None and v > 0]
    wedge = {
        "edgecolor": plan.style.background if plan.style.background != "none" else "white",
        "linewidth": 2,
    }
    if donut:
        wedge["width"] = 0.42
    ax.pie(
        [v for _, v in shown],
        colors=[canvas.color(c) for c, _ in shown],
        startangle=90,
        counterclock=False,
        wedgeprops=wedge,
    )
    ax.set_aspect("equal")
    handles = [Patch(color=canvas.color(c)) for c in range(len(values))]
    fig_w, fig_h = canvas.fig.get_size_inches()
    where = "right" if fig_w / fig_h >= 1.25 else "bottom"
    room = canvas.fig.bbox.height * (0.7 if where == "right" else 0.35)
    handle_px = canvas.pt_to_px(canvas.base * 2.8)
    width = canvas.fig.bbox.width * (0.45 if where == "right" else 0.9) - handle_px
    # The base size if the legend fits beside the pie, else the note size (legible, ≥ 14 pt).
    for size in (canvas.base, canvas.note):
        labels = [
            canvas.wrap(cat, width, size) + "\n" + quantity(plan, v)
            for cat, v in zip(plan.categories, values, strict=True)
        ]
        lines = sum(label.count("\n") + 1 for label in labels)
        height = canvas.pt_to_px(size) * (1.2 * lines + 0.5 * len(labels))
        if height <= room:
            break
    legend(canvas, ax, handles, labels, where=where, size=size)


def draw_donut(canvas: Canvas) -> None:
    draw_pie(canvas, donut=True)
