"""Issue 14, fifth pass (a designer's review of the sample deck's charts): each value sits at its
own bar's end, grouped sideways bars included (tuong-phan slides 34, 36, 45 pushed the second
series' values away from their bars); chart text as placed on the slide is 18 pt or more for
names, ticks and values, the title larger and bold, the rest regular; pie and donut slices carry
their labels (tuong-phan slide 23 named its slices in a legend)."""

from __future__ import annotations

import re

import pytest
from matplotlib.patches import Rectangle

from deckmaker.charts.kinds.bars import REFERENCE_CLEAR_PT, TARGET_EDGE_PT
from deckmaker.charts.kinds.layout import is_caption, visible_texts
from deckmaker.charts.model import slice_names
from deckmaker.charts.render import TITLE_STEP, draw
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.theme.loader import BUILTIN_DIR

from .conftest import SAMPLE

HOLE = re.compile(r"[\d.,]+")
THEMES = sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file())

_CHARTS: dict[str, list[tuple[int, ChartBox]]] = {}
_FIGS: dict[tuple[str, int], object] = {}


def _charts(theme: str) -> list[tuple[int, ChartBox]]:
    """The sample deck's pictured charts (slide number, box) in ``theme``."""
    if theme not in _CHARTS:
        inputs = load_inputs(SAMPLE / "outline.yaml", theme)
        _CHARTS[theme] = [
            (n, e)
            for n, s in enumerate(plan(inputs), 1)
            for e in s.elements
            if isinstance(e, ChartBox) and not e.native
        ]
    return _CHARTS[theme]


def _fig(theme: str, n: int, box: ChartBox):
    if (theme, n) not in _FIGS:
        fig = draw(box.chart)
        fig.draw_without_rendering()
        _FIGS[(theme, n)] = fig
    return _FIGS[(theme, n)]


@pytest.mark.parametrize("theme", THEMES)
def test_every_value_of_sideways_bars_sits_at_its_own_bars_end(theme):
    """Each value of a bar drawn sideways starts just past its own bar's end and is level with
    it (its middle within the bar's thickness): never pushed out along the bar past a
    neighbour's value, never lined up after the group's longest bar. Values set in one
    column per series right of the plot (crowded groups in a wide box, h24b) are
    test_design_h24b's."""
    bad, grouped = [], 0
    for n, box in _charts(theme):
        if box.chart.form != "chart" or box.chart.kind not in ("bar", "barh"):
            continue
        fig = _fig(theme, n, box)
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        gap_px = fig.dpi / 72 * 4.0  # LABEL_GAP_PT
        edge_px = fig.dpi / 72 * TARGET_EDGE_PT / 2  # a target's dashed edge past its end
        for ax in fig.axes:
            if not ax.yaxis_inverted():
                continue  # vertical bars: test_design.py checks their values
            bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_height() < 1]
            labels = [t for t in ax.texts if getattr(t, "_deckmaker_data", False)]
            grouped += len(box.chart.series) > 1
            if all(getattr(t, "_deckmaker_column", False) for t in labels):
                continue  # values in columns right of the plot (h24b: test_design_h24b.py)
            assert len(labels) == len(bars) > 0, n
            for t in labels:
                value, y = t.xy
                past = getattr(t, "_deckmaker_cleared", False) and not getattr(
                    t, "_deckmaker_inside", False
                )  # moved past the "% of plan" line, its bar too short to hold it (R9; tuong-
                # phan 21's "91,1%" once the chart is narrowed for its bullets, R12)
                (bar,) = [
                    b
                    for b in bars
                    if abs(b.get_y() + b.get_height() / 2 - y) < 1e-9
                    and (past or b.get_width() == value)
                ]
                own, text = bar.get_window_extent(renderer), t.get_window_extent(renderer)
                start = text.x0 - own.x1 if value >= 0 else own.x0 - text.x1
                if past:  # as far past the line as a value is past its bar, and a gap more
                    line = ax.transData.transform((value, 0))[0]
                    start = text.x0 - line - fig.dpi / 72 * REFERENCE_CLEAR_PT
                    assert value > bar.get_width(), (n, t.get_text())
                if getattr(t, "_deckmaker_inside", False):  # off the "% of plan" line (slide
                    # 21's "91,1%"): inside its own bar's end, as far in as a value is out
                    start = own.x1 - text.x1 if value >= 0 else text.x0 - own.x0
                    assert own.x0 <= text.x0 and text.x1 <= own.x1, (n, t.get_text())
                middle = (text.y0 + text.y1) / 2
                dashed = bar._unscaled_dash_pattern[1] is not None  # noqa: SLF001
                reach = gap_px + (edge_px if dashed else 0.0) + 2
                if not (0 <= start <= reach and own.y0 <= middle <= own.y1):
                    bad.append(f"slide {n}: {t.get_text()!r} {start:.0f} px from its bar")
    assert bad == []
    assert grouped >= 2  # "Tốc độ tăng", "Thu, chi ngân sách" (and "Một số chỉ tiêu xã hội")


@pytest.mark.parametrize("theme", THEMES)
def test_chart_text_as_placed_is_large_the_title_larger_and_bold(theme):
    """Measured as placed on the slide (the figure's size against its picture box): category
    names, ticks and values at least 18 pt (the default theme's 16 pt read small beside 29 pt
    bullets) and never under the theme's minimum; the title a step larger, in the bold heading
    font; every other text in the regular body font."""
    inputs = load_inputs(SAMPLE / "outline.yaml", theme)
    floor = inputs.theme.text_sizes.chart_min
    bad, seen = [], 0
    for n, box in _charts(theme):
        chart = box.chart
        if chart.form != "chart":
            continue
        fig = _fig(theme, n, box)
        placed = (box.box.w / 914400) / fig.get_figwidth()  # slide inches per figure inch
        assert placed == pytest.approx(1.0, abs=0.01)  # drawn at its box's own size
        heading = str(chart.style.heading_font_file)
        body = str(chart.style.font_file)
        titles = [t for t in fig.texts if t.get_text().replace("\n", " ") == chart.title]
        if chart.title is None:  # one that only repeated the slide's title is left off (R12)
            assert not [t for t in fig.texts if not is_caption(t)], n
        else:
            assert len(titles) == 1, n
        title = titles[0] if titles else None
        texts = [t for t in visible_texts(fig) if t is not title]
        for t in texts:
            size = t.get_fontsize() * placed
            main = t in fig.texts  # the source line under the chart may be smaller
            if is_caption(t):  # a caption: the theme's small minimum, under the chart text
                least = inputs.theme.text_sizes.small_floor
                if size < least - 1e-6 or size > floor + 1e-6 and floor > least:
                    bad.append(f"slide {n}: caption {t.get_text()!r} at {size:g} pt")
                continue
            if size < floor - 1e-6 or (not main and size < 18 - 1e-6):
                bad.append(f"slide {n}: {t.get_text()!r} at {size:g} pt")
        base = max(t.get_fontsize() for t in texts if t not in fig.texts)
        if title is not None:
            # a step larger: TITLE_SCALE, or one step down (TITLE_STEP) rather than a word
            # left alone on a second line (review R15)
            assert title.get_fontsize() >= min(base, chart.style.base_size_pt) * TITLE_STEP - 0.1
            assert title.get_fontproperties().get_file() == heading
        bold = [t for t in texts if t.get_fontproperties().get_file() != body]
        assert {t.get_fontproperties().get_file() for t in bold} <= {heading}, n
        # in the heading font only a donut's total, a big number in its hole
        assert all(chart.kind == "donut" and HOLE.fullmatch(t.get_text()) for t in bold), n
        seen += 1
    assert bad == []
    assert seen >= 8


@pytest.mark.parametrize("theme", THEMES)
def test_pie_and_donut_slices_carry_their_labels(theme):
    """Every slice is named beside it, with its value: no legend to read across to; shares
    that are whole numbers carry no ",0"."""
    pies = [(n, b) for n, b in _charts(theme) if b.chart.kind in ("pie", "donut")]
    assert pies
    for n, box in pies:
        fig = _fig(theme, n, box)
        assert all(ax.get_legend() is None for ax in fig.axes), n
        texts = [t.get_text().replace("\n", " ") for t in visible_texts(fig)]
        for name in slice_names(box.chart):  # less what the chart's title says (R13)
            assert any(t.startswith(name) for t in texts), (n, name)
        # whole shares written whole: 8 of 20 projects is "40%", not "40,0%" (slide 18)
        assert not any(re.search(r"\d,0%", t) for t in texts), (n, texts)
