"""Issue 14, the slides a designer still wanted changed after h23b (h24b), on the sample deck in
the built-in themes and on a real template (coreoz):

- grouped sideways bars whose values would crowd each other past their bars (sample 44, six
  social indicators, "93,58%" over "98,48%") are one chart, never two halves each with its
  "0% 100%" ticks: in a wide box the values stand in one column per series at the right of
  the plot, a group's values side by side on its row, each column headed by its series' name
  (``bars._SidewaysGroups.to_columns``); in a less wide box (coreoz) they stay at their bars'
  ends, where the plot keeps its width;
- the marks of a "% of plan" axis stand an em apart side by side, as any value axis's
  (tuong-phan 21: "100% 150%" half an em apart).

Charts are read from Matplotlib's artists as the renderer draws them (``tests.chart_boxes``),
their pictures from the written deck.
"""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from PIL import Image
from pptx import Presentation

from deckmaker.charts.kinds.bars import SPLIT_ASPECT
from deckmaker.charts.kinds.layout import TICK_GAP_EM, visible_texts_of
from deckmaker.charts.model import reference

from .chart_boxes import chart_boxes, drawn
from .conftest import SAMPLE
from .template_corpus import theme_named

THEMES = ["default", "co-do", "tuong-phan", "coreoz"]
NBSP = "\u00a0"
SOCIAL = "Chỉ tiêu xã hội: năm 2023 và mục tiêu 2024"


def _values(fig) -> list:
    return [t for ax in fig.axes for t in ax.texts if getattr(t, "_deckmaker_data", False)]


@pytest.mark.parametrize("shift", [Decimal(0), Decimal(3)])
@pytest.mark.parametrize("name", THEMES)
def test_crowded_grouped_bars_are_one_chart_with_their_values_in_columns(
    name, shift, tmp_path_factory
):
    """Sample 44 was two panels 1.7 in wide, three indicators each, "0% 100%" under each (R21).
    The chart is one panel in every theme; in a box ``SPLIT_ASPECT`` wide or wider its values
    stand in one column per series right of the plot (each value once, a group's values on
    its bars' row and at least an em apart, every value of a column right-aligned, no value
    axis, each column headed by its series' name); the values of other numbers (the plan 3
    points above each value of the year: groups of near-equal bars) alike. The chart written
    into the deck is the one drawn here (its picture's proportions)."""
    from deckmaker.pipeline import build_deck

    theme = theme_named(name, tmp_path_factory)
    box = chart_boxes(SAMPLE, theme)[SOCIAL]
    chart = box.chart
    if shift:
        series = tuple(
            replace(s, values=tuple(v + shift * i if v is not None else v for v in s.values))
            for i, s in enumerate(chart.series)
        )
        chart = replace(chart, series=series)
    fig = drawn(chart)
    assert len(fig.axes) == 1, (name, "halves")
    (ax,) = fig.axes
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    values = _values(fig)
    # every value once: as many as the series have numbers
    assert len(values) == sum(v is not None for s in chart.series for v in s.values)
    wide = fig.get_figwidth() / fig.get_figheight() >= SPLIT_ASPECT
    assert wide == (name != "coreoz"), (name, fig.get_size_inches())
    if not wide:
        return  # coreoz: each value at its bar's end, as before (test_chart_r14)
    ticks = [t for t in visible_texts_of(ax.xaxis) if t.get_visible() and t.get_text()]
    assert ticks == [], [t.get_text() for t in ticks]  # every bar carries its value
    em = float(values[0].get_fontsize()) * fig.dpi / 72
    plot = ax.get_window_extent(renderer)
    rows: dict[float, list] = {}
    for t in values:
        b = t.get_window_extent(renderer)
        assert b.x0 >= plot.x1, (name, t.get_text())  # right of the plot, off the bars
        rows.setdefault(round((b.y0 + b.y1) / 2, 1), []).append(b)
    n = len(chart.series)
    assert len(rows) == len(chart.categories), sorted(rows)
    for boxes in rows.values():
        boxes.sort(key=lambda b: b.x0)
        assert len(boxes) == n
        for a, b in zip(boxes, boxes[1:]):
            assert b.x0 - a.x1 >= em - 1
    columns = {round(b.x1, 1) for boxes in rows.values() for b in boxes}
    assert len(columns) == n, columns  # right-aligned, one edge per series
    heads = [t.get_text() for t in ax.texts if t.get_visible() and t not in values]
    assert heads == [s.name for s in chart.series]
    if shift:
        return
    deck = build_deck(SAMPLE, tmp_path_factory.mktemp("h24b") / f"{name}.pptx", theme=theme).path
    slide = next(
        s
        for s in Presentation(str(deck)).slides
        if any(
            sh.has_text_frame and sh.text_frame.text.replace(NBSP, " ") == SOCIAL for sh in s.shapes
        )
    )
    (picture,) = [sh for sh in slide.shapes if hasattr(sh, "image")]
    image = Image.open(io.BytesIO(picture.image.blob))
    assert image.width / image.height == pytest.approx(
        fig.get_figwidth() / fig.get_figheight(), rel=0.01
    )


@pytest.mark.parametrize("name", THEMES)
def test_plan_marks_side_by_side_stand_an_em_apart(name, tmp_path_factory):
    """Tuong-phan 21: "0% 50% 100% 150%" under a "% of plan" chart beside its bullets, "100%"
    and "150%" half an em apart (R21). Its marks keep the em any value axis's labels keep
    side by side (``TICK_GAP_EM``), fewer where the plot is narrow: 0% and the last mark (at
    or past the longest bar) always, the 100% line labelled over the plot."""
    theme = theme_named(name, tmp_path_factory)
    seen = 0
    for title, box in chart_boxes(SAMPLE, theme).items():
        chart = box.chart
        if box.native or chart.form != "chart" or reference(chart) is None:
            continue
        fig = drawn(chart)
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        for ax in fig.axes:
            if not ax.yaxis_inverted():
                continue  # sideways bars: their marks side by side under the plot
            labels = [t for t in visible_texts_of(ax.xaxis) if t.get_visible() and t.get_text()]
            assert labels[0].get_text() == "0%", (name, title)
            high = max(float(v) for s in chart.series for v in s.values if v is not None)
            assert float(labels[-1].get_text().rstrip("%").replace(".", "")) >= high
            boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.x0)
            em = float(labels[0].get_fontsize()) * fig.dpi / 72
            for a, b in zip(boxes, boxes[1:]):
                assert b.x0 - a.x1 >= TICK_GAP_EM * em - 1, (name, title)
            seen += 1
    assert seen >= 1, name
