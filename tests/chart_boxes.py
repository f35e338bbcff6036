"""The charts an outline's plan places, by their slide's title, and a chart drawn from one
(the chart tests read back Matplotlib's artists)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Wedge

from deckmaker.charts.model import ChartPlan, Series
from deckmaker.charts.render import draw
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan

_BOXES: dict[tuple[str, str], dict[str, ChartBox]] = {}


def chart_boxes(folder: Path, theme: str) -> dict[str, ChartBox]:
    """The chart of each slide of ``folder``'s outline in ``theme``, by the slide's title
    (planned once per outline and theme)."""
    key = (str(folder), theme)
    if key not in _BOXES:
        _BOXES[key] = {
            s.title: e
            for s in plan(load_inputs(folder / "outline.yaml", theme))
            for e in s.elements
            if isinstance(e, ChartBox)
        }
    return _BOXES[key]


def drawn(chart: ChartPlan) -> Figure:
    """``chart`` drawn, its layout settled."""
    fig = draw(chart)
    fig.draw_without_rendering()
    return fig


def round_charts(folder: Path, theme: str) -> list[tuple[int, ChartBox]]:
    """The pictured pies and donuts ``folder``'s outline places in ``theme``, each with its
    slide's number."""
    return [
        (n, e)
        for n, s in enumerate(plan(load_inputs(folder, theme)), 1)
        for e in s.elements
        if isinstance(e, ChartBox) and not e.native and e.chart.kind in ("pie", "donut")
    ]


def circle(fig: Figure) -> tuple[float, float]:
    """The drawn circle's diameter (inches) and its centre's x as a share of the figure."""
    for ax in fig.axes:
        wedges = [w for w in ax.patches if isinstance(w, Wedge)]
        if wedges:
            x0 = ax.transData.transform((0, 0))[0]
            d = 2 * abs(ax.transData.transform((wedges[0].r, 0))[0] - x0) / fig.dpi
            return d, x0 / fig.bbox.width
    return 0.0, 0.0


def with_slices(chart: ChartPlan, names: Sequence[str], width: float, height: float) -> ChartPlan:
    """``chart`` with one slice per name (values 7, 12, 17…), no plans, in a ``width`` x
    ``height`` in box."""
    return dataclasses.replace(
        chart,
        categories=tuple(names),
        series=(Series("x", tuple(Decimal(7 + 5 * i) for i in range(len(names)))),),
        bounds=(), targets=(), units=(), plan_kinds=(), plan_lows=(),
        width_emu=int(width * 914400), height_emu=int(height * 914400),
    )  # fmt: skip


def counted_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gains one item for each layout pass a chart's drawing runs
    (``charts.kinds.layout.execute``), to compare with ``layout.MAX_PASSES``."""
    from deckmaker.charts.kinds import layout

    runs: list[int] = []
    execute = layout.execute
    monkeypatch.setattr(layout, "execute", lambda c: runs.append(1) or execute(c))
    return runs
