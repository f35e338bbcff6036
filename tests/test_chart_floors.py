"""Review R18 #6, R19 #1 (issue 14): a chart beside bullets keeps floors in inches as drawn
(at the theme's scale, so scaled by the frame), not a share of the body. On xanh-so's 4:3
slide a two-column split left a bar chart's plot 2.3 in wide, its axis "0%, 10%" under a
15,23% bar, and donuts of about 1.3 in with labels in four lines; on lo-template's smaller
slide the template's own right column left the plot 3.15 in. Where the text cannot sit beside
the floor, the chart goes across the body (its bullets under it, or on the next slide)."""

from __future__ import annotations

import pytest

from deckmaker.charts.render import plot_width
from deckmaker.layout.circle import circle_estimate
from deckmaker.layout.kinds.chart_bullets import FLOORED, PLOT_FLOOR_IN, ROUND_DIAMETER
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import FIXTURES, SAMPLE
from .template_corpus import AGENCY, theme_for

_PLANNED: dict[str, list] = {}


def _planned(name, tmp_path_factory):
    if name not in _PLANNED:
        template = {
            "xanh-so": AGENCY / "xanh-so.potx",
            "lo-template": FIXTURES / "template" / "lo-template.pptx",
        }[name]
        theme = theme_for(template, tmp_path_factory.mktemp("floors"))
        _PLANNED[name] = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return name, _PLANNED[name]


@pytest.fixture(scope="module", params=["xanh-so", "lo-template"])
def planned(request, tmp_path_factory):
    return _planned(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def xanh_so(tmp_path_factory):
    """The sample on xanh-so's 4:3 slide alone (what only that template shows)."""
    return _planned("xanh-so", tmp_path_factory)


def test_charts_beside_bullets_keep_their_floors_on_small_slides(planned):
    name, plans = planned
    beside = 0
    for n, s in enumerate(plans, 1):
        if s.kind != "chart-bullets":
            continue
        for e in s.elements:
            if not isinstance(e, ChartBox) or e.native or e.chart.form != "chart":
                continue
            beside += 1
            if e.chart.kind in FLOORED:
                assert plot_width(e.chart) >= PLOT_FLOOR_IN - 0.05, (name, n, s.title)
            elif e.chart.kind in ("donut", "pie"):
                assert circle_estimate(e.chart) >= ROUND_DIAMETER, (name, n, s.title)
    assert beside >= (4 if name == "lo-template" else 1), name  # xanh-so: most go across


def test_a_chart_that_cannot_keep_its_floor_beside_its_bullets_goes_across(xanh_so):
    """xanh-so 16: six bars whose names take half a 4:3 panel; beside its bullets no share
    keeps the plot's floor, nor is there room for the bullets under it: the chart across the
    body on a slide of its own, the same bullets on the next."""
    name, plans = xanh_so
    (n,) = [k for k, s in enumerate(plans) if s.title.startswith("Tăng trưởng các ngành năm 2023")][
        :1
    ]
    chart = [e for e in plans[n].elements if isinstance(e, ChartBox)]
    assert chart and chart[0].chart.kind == "barh"
    assert plot_width(chart[0].chart) >= PLOT_FLOOR_IN
    nxt = plans[n + 1]
    assert nxt.title.startswith("Tăng trưởng các ngành năm 2023"), nxt.title
    assert not [e for e in nxt.elements if isinstance(e, ChartBox)]


_MEASURED = """
import json, sys
from deckmaker.charts import render
from deckmaker.layout.kinds.chart_bullets import FLOORED
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan

plans = plan(load_inputs(sys.argv[1], sys.argv[2]))
out = {
    "planned_with_matplotlib": "matplotlib" in sys.modules,
    "planned_with_numpy": "numpy" in sys.modules,
    "asked": len(render._measured),
}
charts = [
    e.chart for s in plans for e in s.elements
    if isinstance(e, ChartBox) and not e.native and e.chart.form == "chart"
    and e.chart.kind in FLOORED
]
out["widths"] = [render.measured_plot_width(c) for c in charts]
out["measured_with_matplotlib"] = "matplotlib" in sys.modules
print(json.dumps(out))
"""


@pytest.mark.parametrize("theme", ["tuong-phan", "default"])
def test_planning_measures_plots_in_a_worker_as_they_are_drawn(theme, tmp_path):
    """Issue 16: the planner's plot widths (``measured_plot_width``) are drawn in a chart
    worker, never in the process that plans: a cold plan of the sample imports no matplotlib
    (its import and a drawing were ~0.5 s CPU of planning, h20c), and each width it gets is the
    width this process draws for the same chart, to the bit (a float: numpy's would import
    numpy where it is unpickled). tuong-phan 33's grouped bars are
    measured while planning (estimated 2.97 in, drawn 4.71: they stay beside their bullets)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(
        os.environ,
        PYTHONPATH=str(root),
        DECKMAKER_CACHE=str(tmp_path / "cache"),
        DECKMAKER_CHART_SERVER="off",
        DECKMAKER_BUILD_SERVER="off",
    )
    run = subprocess.run(
        [sys.executable, "-c", _MEASURED, str(SAMPLE / "outline.yaml"), theme],
        env=env, capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    got = json.loads(run.stdout.splitlines()[-1])
    assert not got["planned_with_matplotlib"], "planning imported matplotlib"
    assert not got["planned_with_numpy"], "planning imported numpy (a width unpickled as numpy's)"
    assert not got["measured_with_matplotlib"], "a plot was measured in the planning process"
    if theme == "tuong-phan":
        assert got["asked"] >= 1  # the planner did ask (slide 33's grouped bars)
    plans = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    charts = [
        e.chart
        for s in plans
        for e in s.elements
        if isinstance(e, ChartBox)
        and not e.native
        and e.chart.form == "chart"
        and e.chart.kind in FLOORED
    ]
    assert len(charts) >= 4
    assert got["widths"] == [plot_width(c) for c in charts]
