"""Issue 14, review R13 of the sample deck, its chart items: a "% of plan" axis marked every
50% past its longest bar (slide 21), a target's bar to scale drawn as every plan mark is
(slide 20), each slice's label on its slice's side without the words the chart's title says
(slides 19 and 22). The sample deck and the ``chart-r13`` fixture (another province's charts
beside bullets, in other words) are planned; charts are drawn with Matplotlib and read back
from their artists."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from matplotlib.colors import to_hex

from deckmaker.charts.kinds.bars import PLAN_DASH, plan_ticks, target_colors
from deckmaker.charts.kinds.common import Canvas
from deckmaker.charts.model import Series, slice_names
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan

from .chart_boxes import chart_boxes, drawn
from .conftest import FIXTURES, SAMPLE

R13 = FIXTURES / "chart-r13"
BUILTIN = ["default", "co-do", "tuong-phan"]


_boxes = chart_boxes
_drawn = drawn


def _ticks(ax, axis):
    lo, hi = sorted(axis.get_view_interval())
    return [
        t.get_text()
        for t, v in zip(axis.get_ticklabels(), axis.get_majorticklocs())
        if lo - 1e-9 <= v <= hi + 1e-9 and t.get_text()
    ]


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(
    ("folder", "title", "marks"),
    [
        (SAMPLE, "Thu, chi ngân sách năm 2023 so với dự toán", ["0%", "50%", "100%", "150%"]),
        (R13, "Thu, chi so với dự toán năm 2023", ["0%", "50%", "100%", "150%"]),
    ],
)
def test_a_percent_of_plan_axis_is_marked_every_fifty_past_its_longest_bar(
    theme, folder, title, marks
):
    """Slide 21 in default and tuong-phan: a plot narrowed beside its bullets thinned its
    ticks to "0%" and "100%", and "144,6%" ran past the last one. The axis is marked every
    50% up to the first mark at or past the longest bar, however narrow the plot, the view
    taking in the last mark; where the plot is too narrow for every mark's label, "0%" and
    the last stay written (100% is the line's own "100% KH"), no two labels touching."""
    chart = _boxes(folder, theme)[title].chart
    fig = _drawn(chart)
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    locs = [v for v in ax.xaxis.get_majorticklocs() if lo - 1e-9 <= v <= hi + 1e-9]
    assert [f"{v:g}%" for v in locs] == marks
    written = _ticks(ax, ax.xaxis)
    assert written[0] == marks[0] and written[-1] == marks[-1], written
    assert set(written) <= set(marks)
    longest = max(float(v) for v in chart.series[0].values if v is not None)
    assert hi >= 150 >= longest
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.xaxis.get_ticklabels() if t.get_text()]
    for a, b in zip(boxes, boxes[1:]):
        assert a.x1 < b.x0, written


def test_the_marks_of_a_percent_of_plan_axis():
    assert plan_ticks(144.6) == [0, 50, 100, 150]
    assert plan_ticks(150.0) == [0, 50, 100, 150]
    assert plan_ticks(91.1) == [0, 50, 100]
    assert plan_ticks(230.0) == [0, 50, 100, 150, 200, 250]
    assert plan_ticks(420.0) == [0, 100, 200, 300, 400, 500]
    assert plan_ticks(900.0) == [0, 200, 400, 600, 800, 1000]


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(
    ("folder", "title"),
    [
        (SAMPLE, "Vốn đầu tư phát triển toàn xã hội"),
        (R13, "Thu hút vốn đầu tư trực tiếp nước ngoài"),
    ],
)
def test_a_targets_bar_to_scale_is_drawn_in_the_plan_style(theme, folder, title):
    """Slide 20: of two big numbers, "Kế hoạch 2024" had its bar to scale solid in the
    actual's colour while every other plan mark of the deck is a tint in a dashed edge. The
    target's bar is the series' tint, edged by dashed lines in the edge colour; the result's
    stays filled."""
    chart = _boxes(folder, theme)[title].chart
    assert chart.form == "numbers" and chart.targets == ((False, True),)
    fig = _drawn(chart)
    canvas = Canvas.__new__(Canvas)  # the colours the renderer derives from the plan alone
    canvas.plan = chart
    fill, edge = target_colors(canvas, 0)
    lines = [ln for ln in fig.axes[0].lines if ln.get_visible()]
    colours = [to_hex(ln.get_color()) for ln in lines]
    assert to_hex(chart.style.colors[0]) in colours  # the result's bar
    assert to_hex(fill) in colours  # the target's tint
    dashed = [
        ln for ln in lines if to_hex(ln.get_color()) == to_hex(edge) and ln.get_linestyle() == "--"
    ]
    assert len(dashed) == 2, [(to_hex(ln.get_color()), ln.get_linestyle()) for ln in lines]
    assert PLAN_DASH[1]  # the same dash as the plan bars


def test_slice_names_drop_what_the_title_says():
    chart = _boxes(SAMPLE, "default")["Rà soát, thu hồi dự án"].chart
    assert slice_names(chart) == ("Trong nước", "Nước ngoài")
    assert slice_names(replace(chart, title="Tình hình năm 2023")) == chart.categories
    other = _boxes(R13, "default")["Doanh nghiệp thành lập mới và giải thể"].chart
    assert slice_names(other) == ("Thành lập mới", "Giải thể")
    spend = _boxes(SAMPLE, "default")["Cơ cấu chi ngân sách năm 2023"].chart
    assert slice_names(spend) == spend.categories  # "Chi" alone is not cut


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(
    ("folder", "title"),
    [
        (SAMPLE, "Rà soát, thu hồi dự án"),
        (R13, "Doanh nghiệp thành lập mới và giải thể"),
        (R13, "Cơ cấu chi ngân sách địa phương"),
    ],
)
def test_no_slice_label_repeats_a_phrase_of_the_charts_title(theme, folder, title):
    """Slide 19 (R13): the donut's labels repeated "bị thu hồi", which its title says. Each
    slice's label is its name less the title's phrase (``slice_names``), on the drawn chart.
    (The labels keep their side: on both sides of a donut in its panel the circle was a
    third smaller, and its total left the hole, so a side-by-side layout was not taken.)"""
    chart = _boxes(folder, theme)[title].chart
    ax = _drawn(chart).axes[0]
    labels = [t for t in ax.texts if t.get_visible() and hasattr(t, "arrow_patch") and t.get_text()]
    labels = [t for t in labels if t.get_text() != chart.unit]
    assert len(labels) == len(chart.categories)
    title_words = (chart.title or "").casefold()
    for t in labels:
        first = t.get_text().replace("\n", " ").casefold()
        assert not (len(first.split()) > 1 and " ".join(first.split()[:2]) in title_words)
        assert any(first.startswith(n.casefold()) for n in slice_names(chart)), t.get_text()


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(
    ("folder", "title", "total"),
    [
        (SAMPLE, "Tăng trưởng các ngành năm 2023", "Tăng trưởng GRDP"),
        (R13, "Tăng trưởng các khu vực kinh tế", "Tăng trưởng kinh tế (GRDP)"),
    ],
)
def test_the_total_bar_is_set_apart_from_its_parts(theme, folder, title, total):
    """Slide 16: "Tăng trưởng GRDP" was drawn like the sector bars under it. The outline
    names it the chart's total (``total:``): its bar is in the theme's accent (the next
    colour), every other bar in the series' colour, and a rule parts it from them."""
    from matplotlib.patches import Rectangle

    chart = _boxes(folder, theme)[title].chart
    assert chart.total is not None and chart.categories[chart.total] == total
    fig = _drawn(chart)
    ax = fig.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_height() > 0]
    bars = [b for b in bars if b.get_width() > 0 and b.get_y() > -1]
    by_row = {round(b.get_y() + b.get_height() / 2): to_hex(b.get_facecolor()) for b in bars}
    assert by_row[chart.total] == to_hex(chart.style.colors[1])
    others = {c for row, c in by_row.items() if row != chart.total}
    assert others == {to_hex(chart.style.colors[0])}
    rules = [ln for ln in ax.lines if list(ln.get_ydata()) == [0.5, 0.5]]
    assert len(rules) == 1  # between the total (first) and its parts


def _outline(tmp_path, chart: str, figures: str):
    (tmp_path / "figures.yaml").write_text(figures, "utf-8")
    (tmp_path / "outline.yaml").write_text(
        "deck:\n  title: Kết quả\n  organization: Sở Tài chính\n  date: 2024-01-20\n"
        "  language: vi\n  figures: figures.yaml\nsections:\n  - title: Thu\n    slides:\n"
        "      - title: Thu ngân sách\n        chart:\n" + chart,
        "utf-8",
    )
    return tmp_path / "outline.yaml"


_PARTS = """tong: {label: Tổng thu ngân sách, value: 100, unit: tỷ đồng, period: "2023"}
noi_dia: {label: Thu nội địa, value: 70, unit: tỷ đồng, period: "2023", part_of: tong}
xnk: {label: Thu xuất nhập khẩu, value: 20, unit: tỷ đồng, period: "2023", part_of: tong}
khac: {label: Thu khác, value: 10, unit: tỷ đồng, period: "2023", part_of: tong}
"""


def test_a_figure_the_others_are_part_of_is_the_total_and_a_wrong_key_is_an_error(tmp_path):
    """Without ``total:``, the figure every other figure of the chart says it is ``part_of``
    is the total (the figures file's own word for a whole and its parts); a ``total:`` that
    is none of the chart's figures is an error at its line."""
    from deckmaker.errors import DeckmakerError

    outline = _outline(
        tmp_path,
        "          type: barh\n          figures: [tong, noi_dia, xnk, khac]\n",
        _PARTS,
    )
    (box,) = [
        e for s in plan(load_inputs(outline, "default")) for e in s.elements
        if isinstance(e, ChartBox)
    ]  # fmt: skip
    assert box.chart.total == 0
    outline = _outline(
        tmp_path,
        "          type: barh\n          figures: [noi_dia, xnk, khac]\n          total: tong\n",
        _PARTS,
    )
    with pytest.raises(DeckmakerError) as raised:
        plan(load_inputs(outline, "default"))
    assert "outline.yaml:14:" in str(raised.value) and "total" in str(raised.value)


def _falling(chart, values):
    return replace(chart, series=(Series(chart.series[0].name, tuple(map(Decimal, values))),))


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize("values", [None, ("2.1", "1.6", "1.2"), ("48", "40", "31")])
def test_a_line_label_crosses_neither_its_line_nor_a_gridline(theme, values):
    """Slide 45: "0,5%" crossed the dashed line into its point, "dưới 0,9%" sat on the 1%
    gridline. A point's label keeps clear of every line of the plot (the series' path and the
    value axis's gridlines) with its box: the sample's chart and falling lines of other
    values on the same three years."""
    from matplotlib.text import Annotation

    chart = _boxes(SAMPLE, theme)["Tỷ lệ hộ nghèo đến năm 2025"].chart
    if values is not None:
        chart = _falling(chart, values)
    fig = _drawn(chart)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    lo, hi = sorted(ax.get_ylim())
    shown = [
        v for t, v in zip(ax.yaxis.get_ticklabels(), ax.yaxis.get_majorticklocs())
        if lo - 1e-9 <= v <= hi + 1e-9 and t.get_text()
    ]  # fmt: skip
    grid = [ax.transData.transform((0, v))[1] for v in shown]
    points = ax.transData.transform(
        [(c, float(v)) for c, v in enumerate(chart.series[0].values) if v is not None]
    )
    labels = [t for t in ax.texts if isinstance(t, Annotation) and t.get_text()]
    assert len(labels) == len(points)
    for t in labels:
        box = t.get_window_extent(renderer)
        assert not any(box.y0 <= y <= box.y1 for y in grid), (t.get_text(), box, grid)
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            for k in range(65):
                x, y = x0 + (x1 - x0) * k / 64, y0 + (y1 - y0) * k / 64
                assert not box.contains(x, y), t.get_text()
    last = labels[-1].get_window_extent(renderer)
    assert last.x0 > points[-1][0]  # the line's end: its label past it, on the open side
