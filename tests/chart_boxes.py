"""The charts an outline's plan places, by their slide's title, and a chart drawn from one
(the chart tests read back Matplotlib's artists)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from deckmaker.charts.model import ChartPlan
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
