"""Issue 14, h40g: the sample's charts on the real coreoz template (4:3) keep their texts
apart, their names in at most two lines and their value axis sparse.

A designer saw on an earlier main slides 16, 21, 33, 44 with axis text and names crowding
(33: names in three lines, ticks too dense) and slide 19's donut label on the source line.
On f02a41f none of it is left (no two texts of these pictures nearer than 3 pt, no name over
two lines, at most five value ticks): this guards it."""

from __future__ import annotations

import pytest
from matplotlib.text import Text

from deckmaker.charts.render import _save_png, draw

from .conftest import SAMPLE
from .template_corpus import COREOZ, theme_for
from .test_charts_h38g import _charts

SLIDES = (16, 19, 21, 33, 44)


@pytest.fixture(scope="module")
def coreoz_charts(tmp_path_factory):
    theme = str(theme_for(COREOZ["coreoz"], tmp_path_factory.mktemp("themes")))
    return {n: box for n, box in _charts(SAMPLE, theme) if n in SLIDES}


@pytest.mark.parametrize("n", SLIDES)
def test_coreoz_chart_texts_keep_apart(coreoz_charts, n):
    box = coreoz_charts[n]
    fig = draw(box.chart)
    _save_png(fig, box.chart)
    renderer = fig.canvas.get_renderer()
    gap = 3 / 72 * fig.dpi
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    boxes = [(Text.get_window_extent(t, renderer), t.get_text()) for t in texts]
    for i, (a, ta) in enumerate(boxes):
        assert a.x0 >= -0.5 and a.y0 >= -0.5, ta
        assert a.x1 <= fig.bbox.width + 0.5 and a.y1 <= fig.bbox.height + 0.5, ta
        for b, tb in boxes[i + 1 :]:
            across = min(a.x1, b.x1) - max(a.x0, b.x0)
            down = min(a.y1, b.y1) - max(a.y0, b.y0)
            assert across <= -gap or down <= -gap, (n, ta, tb, across, down)
    ax = fig.axes[0]
    if box.chart.kind in ("bar", "barh"):
        names = [t.get_text() for t in ax.yaxis.get_ticklabels() if t.get_text()]
        assert all(name.count("\n") <= 1 for name in names), names
        values = [t for t in ax.xaxis.get_ticklabels() if t.get_visible() and t.get_text()]
        assert len(values) <= 5, [t.get_text() for t in values]
