"""Issue 14, review R14 of the sample deck, its chart panels: a horizontal bar chart beside
bullets keeps a floor for its plot (tuong-phan 21: bars 1.3 in long beside a text column 2.5
times wider, the axis written only at 0% and 150%). The sample deck and the ``chart-r13``
fixture (another province's "% of plan" chart beside bullets, in other words) are planned;
charts are drawn with Matplotlib and read back from their artists."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.layout.kinds.chart_bullets import PLOT_FLOOR
from deckmaker.layout.model import ChartBox, TextBox
from deckmaker.pipeline import load_inputs, plan

from .chart_boxes import chart_boxes as chart_boxes_of
from .chart_boxes import drawn
from .conftest import FIXTURES, SAMPLE

R13 = FIXTURES / "chart-r13"
BUILTIN = ["default", "co-do", "tuong-phan"]
CASES = [
    (SAMPLE, "Thu, chi ngân sách năm 2023 so với dự toán"),
    (SAMPLE, "Ngân sách: năm 2023 và dự toán 2024"),
    (R13, "Thu, chi so với dự toán năm 2023"),
]


def _slide(folder, theme, title):
    return next(s for s in plan(load_inputs(folder / "outline.yaml", theme)) if s.title == title)


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(("folder", "title"), CASES)
def test_a_bar_chart_beside_bullets_keeps_its_plot_floor(theme, folder, title):
    """The drawn plot (the axes the bars are in, names aside) is at least ``PLOT_FLOOR`` of
    the body's width (the width of the two columns together), and a "% of plan" axis is
    written at 0% and at its last mark, past the longest bar (144,6%); at every 50% mark
    where they stand an em apart side by side (h24b, R21: "100% 150%" half an em apart on
    tuong-phan 21; test_design_h24b), the 100% line labelled over the plot in any case; the
    bullets stay on the chart's slide, beside it or under it."""
    s = _slide(folder, theme, title)
    box = next(e for e in s.elements if isinstance(e, ChartBox))
    body = next(e for e in s.elements if isinstance(e, TextBox) and e.name == "Body")
    beside = body.box.x > box.box.x + box.box.w // 2
    width = (body.box.x + body.box.w - box.box.x) if beside else box.box.w
    fig = drawn(box.chart)
    ax = fig.axes[0]
    plot = ax.bbox.width / fig.dpi
    assert plot >= PLOT_FLOOR * width / 914400 - 0.05, (theme, title, plot, width / 914400)
    if box.chart.unit == "%":
        ticks = [t.get_text() for t in ax.xaxis.get_ticklabels() if t.get_visible()]
        assert {"0%", "150%"} <= set(ticks) <= {"", "0%", "50%", "100%", "150%"}, ticks


DONUTS = [
    (SAMPLE, "Cơ cấu chi ngân sách năm 2023"),
    (R13, "Cơ cấu chi ngân sách địa phương"),
]


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(("folder", "title"), DONUTS)
def test_a_donuts_label_says_value_and_share_on_one_line_without_the_titles_unit(
    theme, folder, title
):
    """Slide 22: "Chi thường xuyên / 8.171,5 tỷ đồng / (37,7%)", the share alone on its line,
    under a title that says "(tỷ đồng)". The unit the title gives in brackets is not said
    again; value and share stand on one line ("8.171,5 (37,7%)"), or the value alone where
    the share is inside its slice."""
    chart = chart_boxes_of(folder, theme)[title].chart
    ax = drawn(chart).axes[0]
    labels = [t for t in ax.texts if t.get_visible() and hasattr(t, "arrow_patch") and t.get_text()]
    labels = [t for t in labels if t.get_text() != chart.unit]  # the hole's total's unit
    assert len(labels) == len(chart.categories)
    for t in labels:
        lines = t.get_text().split("\n")
        assert chart.unit not in t.get_text(), t.get_text()
        assert not any(ln.startswith("(") for ln in lines), lines


PLAN_CHARTS = [
    (SAMPLE, "Thu, chi ngân sách năm 2023 so với dự toán"),
    (R13, "Thu, chi so với dự toán năm 2023"),
]


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(("folder", "title"), PLAN_CHARTS)
def test_a_panels_values_follow_one_rule_off_the_reference_line(theme, folder, title):
    """Default 21: "91,1%" white inside its bar (its label cut by the "100% KH" line), the
    other values dark past their bars. Every value of the panel sits alike: all inside their
    bars when each bar holds its value, else all past them."""
    chart = chart_boxes_of(folder, theme)[title].chart
    ax = drawn(chart).axes[0]
    values = [t for t in ax.texts if getattr(t, "_deckmaker_data", False) and t.get_visible()]
    assert len(values) == len(chart.categories)
    assert len({bool(getattr(t, "_deckmaker_inside", False)) for t in values}) == 1, [
        (t.get_text(), getattr(t, "_deckmaker_inside", False)) for t in values
    ]


def _groups_apart(fig) -> list[str]:
    """Values of one group of sideways bars in one panel closer than 0.4 of a value's
    height to each other, across (their line spacing at 1.4: two values apart at a glance)."""
    renderer = fig.canvas.get_renderer()
    bad = []
    for ax in fig.axes:
        values = [t for t in ax.texts if getattr(t, "_deckmaker_data", False) and t.get_visible()]
        boxes = sorted(((t.get_window_extent(renderer), t.get_text()) for t in values),
                       key=lambda b: -b[0].y1)  # fmt: skip
        for (a, ta), (b, tb) in zip(boxes, boxes[1:]):
            across = min(a.x1, b.x1) - max(a.x0, b.x0)
            if across > 0 and a.y0 - b.y1 < 0.4 * a.height:
                bad.append(f"{ta} over {tb}: {a.y0 - b.y1:.0f} px")
    return bad


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize("shift", [Decimal(0), Decimal(3)])
def test_grouped_sideways_values_stand_apart(theme, shift):
    """Co-do 44: twelve values on grouped sideways bars, "93,58%" just over "98,48%" (their
    boxes about 5 pt apart, a third of a value's height: not touching, but crowded), where
    default draws the series in two panels. Values of one group stand at least 0.4 of their
    height apart, or the series go in panels of their own; the sample's chart and one of
    other values."""
    from dataclasses import replace

    chart = chart_boxes_of(SAMPLE, theme)["Chỉ tiêu xã hội: năm 2023 và mục tiêu 2024"].chart
    if shift:  # the plan a little above the year's every value: groups of near-equal bars
        series = tuple(
            replace(s, values=tuple(v + shift * i if v is not None else v for v in s.values))
            for i, s in enumerate(chart.series)
        )
        chart = replace(chart, series=series)
    assert _groups_apart(drawn(chart)) == []
