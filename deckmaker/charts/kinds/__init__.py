"""One drawing function per chart kind (imports matplotlib: load only to draw)."""

from __future__ import annotations

from collections.abc import Callable

from deckmaker.charts.kinds.bars import draw_bar, draw_barh, draw_plan_actual, draw_stacked
from deckmaker.charts.kinds.common import Canvas
from deckmaker.charts.kinds.line import draw_line
from deckmaker.charts.kinds.pie import draw_donut, draw_pie

DRAW: dict[str, Callable[[Canvas], None]] = {
    "bar": draw_bar,
    "barh": draw_barh,
    "line": draw_line,
    "pie": draw_pie,
    "donut": draw_donut,
    "stacked-bar": draw_stacked,
    "plan-actual": draw_plan_actual,
}
