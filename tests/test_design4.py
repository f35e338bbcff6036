"""Issue 14, fourth pass: big-number panels beside bullets, quotes centred with their mark,
words kept whole in chart names, grouped bars' values in a column, pie labels inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.charts.render import draw
from deckmaker.layout.model import ChartBox, SlidePlan, TextBox
from deckmaker.layout.nobreak import COMPOUNDS
from deckmaker.pipeline import load_inputs, plan
from deckmaker.theme.loader import BUILTIN_DIR

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
THEMES = sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file())

_PLANS: dict[str, tuple[list[SlidePlan], object]] = {}


def _plans(theme: str):
    if theme not in _PLANS:
        inputs = load_inputs(SAMPLE / "outline.yaml", theme)
        _PLANS[theme] = (plan(inputs), inputs.theme)
    return _PLANS[theme]


def _chart(s: SlidePlan) -> ChartBox | None:
    return next((e for e in s.elements if isinstance(e, ChartBox)), None)


def _body_size(s: SlidePlan) -> float:
    boxes = [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]
    return min(p.size_pt for b in boxes for p in b.paras)


@pytest.mark.parametrize("theme", THEMES)
def test_bullets_beside_big_numbers_keep_the_body_size_and_the_numbers_are_large(theme):
    """Slides 24-26 of the sample: the bullets beside a big-number panel at (about) the
    theme's body size (they were set under it beside a panel taking 60% of the width), and
    the panel's figure at least 40 pt, read from the back of a hall."""
    plans, th = _plans(theme)
    charts = [(s, _chart(s)) for s in plans if s.kind == "chart-bullets"]
    panels = [s for s, cb in charts if cb is not None and cb.chart.form == "numbers"]
    assert len(panels) >= 3
    for s in panels:
        assert _body_size(s) >= 0.95 * th.text_sizes.body, s.title
        fig = draw(_chart(s).chart)  # type: ignore[union-attr]
        biggest = max(t.get_fontsize() for t in fig.texts + fig.axes[0].texts)
        assert biggest >= 40, s.title


def test_chart_names_wrap_between_words_never_inside_one():
    """Slide 15: "Giá trị sản / xuất xây dựng" split the word "sản xuất"."""
    plans, _th = _plans("default")
    seen = 0
    for s in plans:
        cb = _chart(s)
        if cb is None or cb.chart.form != "chart":
            continue
        fig = draw(cb.chart)
        for ax in fig.axes:
            for t in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
                lines = t.get_text().split("\n")
                for a, b in zip(lines, lines[1:], strict=False):
                    if not a or not b:
                        continue
                    pair = f"{a.split()[-1]} {b.split()[0]}".casefold().rstrip(",.;:")
                    assert pair not in COMPOUNDS, (s.title, t.get_text())
                    seen += 1
    assert seen > 5


def test_grouped_names_of_three_lines_turn_bars_sideways():
    """Slides 32 and 43: names on three lines under grouped bars ("Lao động có / bằng cấp, /
    chứng chỉ") are drawn at the left of sideways bars, on at most two lines."""
    plans, _th = _plans("default")
    titles = ("Tăng trưởng: thực hiện 2023", "Chỉ tiêu xã hội")
    charts = [cb for s in plans if s.title.startswith(titles) and (cb := _chart(s)) is not None]
    assert len(charts) == 2
    for cb in charts:
        fig = draw(cb.chart)
        names = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
        assert len(names) == len(cb.chart.categories)  # the names are on the y axis
        assert max(n.count("\n") + 1 for n in names) <= 2


def test_sideways_grouped_values_stand_in_one_column_per_name():
    """Slide 34: the values of one name's bars start at one x (they were staggered, each at
    its own bar's end)."""
    plans, _th = _plans("default")
    (cb,) = [cb for s in plans if s.title.startswith("Ngân sách") and (cb := _chart(s))]
    assert cb.chart.kind == "barh" and len(cb.chart.series) == 2
    fig = draw(cb.chart)
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    labels = [t for t in fig.axes[0].texts if getattr(t, "_deckmaker_data", False)]
    n = len(cb.chart.categories)
    assert len(labels) == 2 * n
    for c in range(n):
        a, b = labels[c], labels[n + c]  # the same name's value in each series
        xa, xb = (t.get_window_extent(renderer).x0 for t in (a, b))
        assert abs(xa - xb) <= 1, (a.get_text(), b.get_text())


@pytest.mark.parametrize("theme", [*THEMES, str(ROOT / "themes" / "mau-co-quan")])
def test_pie_labels_end_inside_the_picture(theme):
    """mau-co-quan slide 18: the donut's names ended a pixel past the picture (cut)."""
    plans, _th = _plans(theme)
    pies = [cb for s in plans if (cb := _chart(s)) and cb.chart.kind in ("pie", "donut")]
    assert pies
    for cb in pies:
        fig = draw(cb.chart)
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        for ax in fig.axes:
            for t in ax.texts:
                if t.get_visible() and t.get_text():
                    box = t.get_window_extent(renderer)
                    assert box.x0 >= 0 and box.x1 <= fig.bbox.width, t.get_text()
