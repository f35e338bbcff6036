"""Issue 14: a designer's pass on the built-in themes and a drafted deck (h39f).

1. Big-number panels (sample 20, 25-27, every theme): the track under a number ended 0.26 in
   short of the number's row (tuong-phan 26: "110,4 triệu đồng" past the plan's mark, into the
   gutter beside the bullets). The bar's end caps and the plan's tick padded their lines by half
   their marker's size in the layout engine's reading, and the axes lost that much width. The
   marks are out of the layout now (``numbers._at``): the track spans the panel, as its text
   does."""

from __future__ import annotations

import pytest

from deckmaker.charts.kinds.common import PAD_PT
from deckmaker.charts.render import draw
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE

THEMES = ("default", "co-do", "tuong-phan")


def _panels(theme: str) -> list[tuple[int, ChartBox]]:
    slides = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return [
        (n, e)
        for n, s in enumerate(slides, 1)
        for e in s.elements
        if isinstance(e, ChartBox) and e.chart.form == "numbers"
    ]


@pytest.mark.parametrize("theme", THEMES)
def test_a_panels_track_spans_its_text(theme: str) -> None:
    """Every big-number panel's axes (its track, zero to the plan's mark) spans the picture less
    its pads, and no text of the panel passes the track's end (main: tuong-phan 26's unit
    51 px past it at the picture's 200 dpi, the axes 74 px narrower than the picture's room)."""
    panels = _panels(theme)
    assert len(panels) >= 4, [n for n, _ in panels]
    for n, box in panels:
        fig = draw(box.chart)
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        pad = PAD_PT * fig.dpi / 72
        assert ax.bbox.x1 >= fig.bbox.width - pad - 2, (theme, n, ax.bbox.bounds)
        assert ax.bbox.x0 <= pad + 2, (theme, n, ax.bbox.bounds)
        right = max(t.get_window_extent(renderer).x1 for t in ax.texts if t.get_visible())
        assert right <= ax.bbox.x1 + 1, (theme, n, right, ax.bbox.x1)
