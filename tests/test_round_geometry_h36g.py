"""Issue 14, h36g: one geometry for round charts (``geometry.round``), which the renderer draws
by and the planner estimates with; and the leaders of a pie's or donut's labels. On main a
leader ran from the middle of its label's box straight to the rim, 2 pt from the text: on
tuong-phan 22 (the sample's "Chi ngân sách" donut) it met "Chi đầu tư phát triển" between
its two lines, touching the end of "triển"."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

from deckmaker.charts.kinds import layout
from deckmaker.charts.render import draw
from deckmaker.geometry import round as geo
from deckmaker.layout.circle import circle_estimate
from deckmaker.layout.model import ChartBox

from .chart_boxes import circle, counted_passes, round_charts, with_slices
from .conftest import SAMPLE

FIXTURES = Path(__file__).parent / "fixtures"
THEMES = ("default", "co-do", "tuong-phan")
STRESS = sorted((FIXTURES / "stress").iterdir())
ESTIMATE = 0.05
"""How far (inches) the estimated circle may stand from the drawn one on the sample's and the
stress outlines' round charts (h36g: at most 0.042)."""
GAP = 0.8 * geo.LEADER_GAP_PT
"""The least space (points) between a leader's end and its label's text (main: 2 pt)."""


@pytest.mark.parametrize("theme", THEMES)
def test_the_estimate_follows_the_drawing_on_every_round_chart(theme):
    """The sample's and the stress outlines' round charts, as planned: the circle estimated
    (``layout.circle``) within ``ESTIMATE`` of the circle drawn."""
    charts = [c for folder in (SAMPLE, *STRESS) for c in round_charts(folder, theme)]
    assert len(charts) == 2  # the sample's two donuts: the stress outlines have none
    for n, box in charts:
        drawn, estimate = circle(draw(box.chart))[0], circle_estimate(box.chart)
        assert abs(estimate - drawn) <= ESTIMATE, (n, estimate, drawn)


def _segments(points) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    return [(tuple(a), tuple(b)) for a, b in zip(points, points[1:])]


def _cross(p, q) -> bool:
    """Whether segments p and q cross (touching ends do not count)."""

    def turn(a, b, c) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    (a, b), (c, d) = p, q
    return turn(a, b, c) * turn(a, b, d) < 0 and turn(c, d, a) * turn(c, d, b) < 0


def _meets(seg, box: Bbox) -> bool:
    """Whether segment ``seg`` passes through ``box`` (sampled)."""
    (x0, y0), (x1, y1) = seg
    return any(box.contains(x0 + (x1 - x0) * k / 50, y0 + (y1 - y0) * k / 50) for k in range(51))


def _leaders(box: ChartBox):
    """Each drawn outside label's text box, its line count and its leader's points (pixels)."""
    fig = draw(box.chart)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    out = []
    for ax in fig.axes:
        for t in ax.texts:
            if not (isinstance(t, Annotation) and t.get_visible() and t.get_text()):
                continue
            if t.get_text() == box.chart.unit:
                continue  # the total's unit in the hole
            patch = t.arrow_patch
            if patch is None or not patch.get_visible():
                continue
            points = patch.get_transform().transform_path(patch.get_path()).vertices
            out.append((Text.get_window_extent(t, renderer), t.get_text().count("\n") + 1, points))
    return fig, out


CHARTS = [
    (folder, theme)
    for folder in (SAMPLE, FIXTURES / "charts-vi", FIXTURES / "chart-r13")
    for theme in THEMES
]


@pytest.mark.parametrize(("folder", "theme"), CHARTS, ids=[f"{f.name}-{t}" for f, t in CHARTS])
def test_leaders_keep_clear_of_the_labels_and_of_each_other(folder, theme):
    """Every leader of every round chart of the sample and the chart fixtures: it ends at
    least ``GAP`` from its label's text, level with the middle of the label's line nearest
    the rim (never between two lines, never along the label's side), crosses no other
    leader and runs through no label's text (on main: 2 pt from the text, at the middle of
    a two-line label: tuong-phan 22)."""
    seen = 0
    for n, box in round_charts(folder, theme):
        fig, leaders = _leaders(box)
        pt = fig.dpi / 72
        for i, (text, lines, points) in enumerate(leaders):
            seen += 1
            x, y = points[0]
            gap = max(text.x0 - x, x - text.x1, 0.0)
            assert gap >= GAP * pt, (n, gap / pt)
            # at the middle of the label's line nearest the rim (the leader's other end)
            mids = [text.y0 + text.height * geo.line_middle(lines, k) for k in range(lines)]
            line = text.height / (1.2 * lines - 0.2)
            nearest = min(mids, key=lambda m: abs(m - points[-1][1]))
            assert abs(y - nearest) <= 0.3 * line, (n, y, mids, line)
            for j, (other, _, other_points) in enumerate(leaders):
                if j == i:
                    continue
                for seg in _segments(points):
                    assert not _meets(seg, other), (n, "through another label")
                    assert not any(_cross(seg, o) for o in _segments(other_points)), n
            assert not any(_meets(seg, text.shrunk(0.9, 0.9)) for seg in _segments(points)), n
    assert seen, (folder.name, theme)


def test_a_leader_turns_level_with_its_label_and_never_back():
    """``round.leader``: level from the label, then to a stub out of the rim; a stub leading
    away from the label's level is left out, and the path never turns back across."""
    pts = geo.leader((0.0, 10.0), (20.0, 0.0), math.radians(180), 3.0, 5.0)
    assert pts[0] == (0.0, 10.0) and pts[1] == (5.0, 10.0) and pts[-1] == (20.0, 0.0)
    xs = [p[0] for p in pts]
    assert xs == sorted(xs)
    # a rim point below the label whose stub points down: no hook under it
    hooked = geo.leader((0.0, 10.0), (20.0, 0.0), math.radians(-100), 3.0, 5.0)
    assert all(y >= 0.0 for _, y in hooked)


SETTLING = [
    ("default", 0, ("Doanh nghiệp nhà nước", "Doanh nghiệp FDI", "Khác"), 4.4, 4.3),
    ("co-do", 1, ("Doanh nghiệp nhà nước", "Doanh nghiệp FDI", "Khác"), 4.4, 3.6),
    ("tuong-phan", 0, ("A", "B", "C"), 4.4, 3.6),
]
"""The sample's donuts with other slices in smaller boxes, whose labels go to a legend: on main
the pie went on nudging its hidden labels by half a pixel a pass, and its layout ran out of
passes (``layout.MAX_PASSES``) on each of them."""


@pytest.mark.parametrize(("theme", "which", "names", "width", "height"), SETTLING)
def test_the_passes_of_a_round_chart_settle(theme, which, names, width, height, monkeypatch):
    """The layout passes of a round chart stop because nothing moved (a fixed point), before
    they run out; drawn twice, the chart's labels stand where they stood."""
    charts = [box.chart for _, box in round_charts(SAMPLE, theme)]
    chart = with_slices(charts[which], names, width, height)
    runs = counted_passes(monkeypatch)
    first = draw(chart)
    assert len(runs) <= layout.MAX_PASSES, len(runs)  # one more: the passes ran out
    again = draw(chart)

    def places(fig):
        return [tuple(t.get_position()) for ax in fig.axes for t in ax.texts]

    assert places(first) == places(again)
