"""Issue 14, review R20 #7, the sample deck's charts on xanh-so (4:3), lo-template, tuong-phan
and default, drawn with Matplotlib and read back from its artists:

- the last labelled tick of a value axis is at or past the largest value (xanh-so 40: "30.000"
  the last tick under a 33.100 bar; its view ended at 39.744, "40.000" never in view);
- data labels are at least the size of the category names, both at least the theme's chart
  minimum (xanh-so 50: values at 16,2 pt beside names at 18 pt);
- grouped bars of the same indicators (a year and its plan) are never split by series into
  panels (lo 44: "Năm 2023" and "Kế hoạch 2024" side by side, each indicator's two values a
  panel apart);
- a line chart's x range runs half a step before its first point and half a step after its
  last (xanh-so 51, tuong-phan 45, default 45: ~1.4 in of empty plot before 2023, widened
  for a label that could stand on the other side of its point)."""

from __future__ import annotations

import pytest

from deckmaker.charts.kinds.common import UniformTicks
from deckmaker.charts.kinds.layout import visible_texts_of

from .chart_boxes import chart_boxes, drawn
from .conftest import FIXTURES, SAMPLE
from .template_corpus import AGENCY, theme_named

THEMES = ["xanh-so", "lo-template", "tuong-phan", "default"]
TEMPLATES = {
    "xanh-so": AGENCY / "xanh-so.potx",
    "lo-template": FIXTURES / "template" / "lo-template.pptx",
}
_FIGS: dict[tuple[str, str], object] = {}


def _charts(name: str, tmp_path_factory, kinds: tuple[str, ...]):
    """(slide title, chart plan, figure) of the sample's drawn charts of ``kinds``."""
    theme = theme_named(name, tmp_path_factory, TEMPLATES)
    out = []
    for title, box in chart_boxes(SAMPLE, theme).items():
        if box.native or box.chart.form != "chart" or box.chart.kind not in kinds:
            continue
        key = (name, title)
        if key not in _FIGS:
            _FIGS[key] = drawn(box.chart)
        out.append((title, box.chart, _FIGS[key]))
    return out


@pytest.mark.parametrize("name", THEMES)
def test_the_last_labelled_tick_is_at_or_past_the_largest_value(name, tmp_path_factory):
    seen = 0
    for title, _chart, fig in _charts(name, tmp_path_factory, ("bar", "barh", "line")):
        for ax in fig.axes:
            for axis, high in ((ax.xaxis, ax.dataLim.x1), (ax.yaxis, ax.dataLim.y1)):
                if not isinstance(axis.get_major_formatter(), UniformTicks):
                    continue
                lo, hi = sorted(axis.get_view_interval())
                shown = [
                    v
                    for v, t in zip(axis.get_majorticklocs(), visible_texts_of(axis), strict=False)
                    if t.get_visible() and t.get_text() and lo - 1e-9 <= v <= hi + 1e-9
                ]
                if not shown:  # a value axis taken away: every bar carries its value
                    continue
                assert max(shown) >= high * (1 - 1e-9), (name, title, shown, high)
                seen += 1
    # h22b: xanh-so's budget chart over its last bullet is one panel of thick bars, its value
    # axis taken away (each bar carries its value): test_xanh_so_40s_scale_runs_past_33_100;
    # h24b: lo-template's social indicators (44) carry their values in columns, no axis
    assert seen >= {"xanh-so": 3, "lo-template": 2}.get(name, 4), name


def test_xanh_so_40s_scale_runs_past_33_100(tmp_path_factory):
    """The slide the designer saw: "Thu ngân sách" 33.100 tỷ đồng under a scale ending at 30.000."""
    (fig,) = [
        f
        for t, c, f in _charts("xanh-so", tmp_path_factory, ("barh",))
        if t.startswith("Ngân sách: năm 2023")
    ]
    ax = fig.axes[0]
    labels = [t.get_text() for t in visible_texts_of(ax.xaxis) if t.get_visible() and t.get_text()]
    if labels:
        assert labels[-1] == "40.000", labels
        return
    # h22b: one panel over its last bullet, the value axis taken away: every bar carries its
    # value, and no bar runs past the plot ("33.100" whole)
    values = {t.get_text() for t in ax.texts if t.get_visible() and t.get_text()}
    assert {"33.100", "32.823", "21.671,5", "30.103"} <= values, values
    assert ax.get_xlim()[1] >= 33100, ax.get_xlim()


@pytest.mark.parametrize("name", THEMES)
def test_data_labels_are_no_smaller_than_the_category_names(name, tmp_path_factory):
    seen = 0
    for title, chart, fig in _charts(name, tmp_path_factory, ("bar", "barh", "line")):
        floor = chart.style.min_size_pt
        values = [
            t.get_fontsize()
            for ax in fig.axes
            for t in ax.texts
            if getattr(t, "_deckmaker_data", False) and t.get_visible() and t.get_text()
        ]
        names = [
            t.get_fontsize()
            for ax in fig.axes
            for axis in (ax.xaxis, ax.yaxis)
            if not isinstance(axis.get_major_formatter(), UniformTicks)
            for t in axis.get_ticklabels()
            if t.get_visible() and t.get_text()
        ]
        if not values or not names:
            continue
        assert min(values) >= max(names) - 1e-9, (name, title, min(values), max(names))
        assert min(values + names) >= floor - 1e-9, (name, title)
        seen += 1
    assert seen >= 4, name


@pytest.mark.parametrize("name", THEMES)
def test_a_year_and_its_plan_are_never_split_into_panels_by_series(name, tmp_path_factory):
    """lo 44 (and every theme): each panel of the social indicators holds bars of both series
    for its own indicators, named on its axis; no panel is titled with a series."""
    (chart, fig) = [
        (c, f)
        for t, c, f in _charts(name, tmp_path_factory, ("bar", "barh"))
        if t.startswith("Chỉ tiêu xã hội")
    ][0]
    series = [s.name for s in chart.series]
    assert len(series) == 2
    for ax in fig.axes:
        assert ax.get_title(loc="left") not in series
        names = [t.get_text() for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
        assert names, (name, "a panel without its indicators' names")
        colors = {tuple(p.get_facecolor()) for p in ax.patches if p.get_width() > 0}
        assert len(colors) >= 2, (name, "a panel of one series")


@pytest.mark.parametrize("name", THEMES)
def test_a_line_charts_x_range_is_half_a_step_past_its_end_points(name, tmp_path_factory):
    seen = 0
    for title, chart, fig in _charts(name, tmp_path_factory, ("line",)):
        (ax,) = fig.axes
        n = len(chart.categories)
        assert ax.get_xlim() == pytest.approx((-0.5, n - 0.5)), (name, title, ax.get_xlim())
        renderer = fig.canvas.get_renderer()
        for t in ax.texts:  # no value before the plot (over the value axis's marks); the
            # last past the line's end may stand out of the plot (R13), inside the figure
            box = t.get_window_extent(renderer)
            assert ax.bbox.x0 - 1 <= box.x0 and box.x1 <= fig.bbox.x1, (name, t.get_text())
        seen += 1
    assert seen == 1, name
