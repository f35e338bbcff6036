"""Issue 14, h38g: a range target drawn as a range, a round chart centred with its legend, and
every chart text inside its picture.

On main: a bar chart of results beside their targets, the targets ranges (the drafted vinhlinh
2022's "Mục tiêu 43.000–45.000 con"), drew each target as one bar from zero up to its high end,
labelled "45.000" as if the plan were that number; a pie or donut whose names went to a legend
at its right stood at the right end of its picture with its legend, the room its square left
empty on the left (0.4-2.1 in off the middle)."""

from __future__ import annotations

import dataclasses
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, Wedge
from matplotlib.text import Text
from pptx import Presentation

from deckmaker.charts.model import Series
from deckmaker.charts.render import _save_png, draw
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck, load_inputs, plan

from .conftest import SAMPLE
from .template_corpus import COREOZ, theme_for

FIXTURES = Path(__file__).parent / "fixtures"
THEMES = ("default", "co-do", "tuong-phan")

RANGE_FIGURES = """\
    trau_bo: {label: "Tổng đàn trâu, bò", value: 16133, unit: con, period: "2022"}
    lon: {label: Đàn lợn, value: 61280, unit: con, period: "2022"}
    trau_bo_kh: {label: "Trâu, bò (kế hoạch)", value: [16200, 16500], unit: con, period: "2022"}
    lon_kh: {label: Đàn lợn (kế hoạch), value: [43000, 45000], unit: con, period: "2022"}
"""
"""Two herds and their targets, ranges (the drafted vinhlinh 2022's): the figures of a range
chart test (h39g's native charts read them too)."""

FIGURES = (
    RANGE_FIGURES
    + """\
    grdp: {label: Tăng trưởng GRDP, value: 7.2, unit: "%", plan: [7, 10], period: "2022"}
    cpi: {label: CPI, value: 3.25, unit: "%", plan: 4.5, plan_kind: ceiling, period: "2022"}
    vat_chat: {label: Tăng thu ngân sách, value: 12.1, unit: "%", plan: 8, period: "2022"}
"""
)

RANGE_OUTLINE = """\
    deck:
      title: Kết quả năm 2022
      language: {lang}
      figures: figures.yaml
    sections:
      - title: Kinh tế
        slides:
          - title: Kết quả và mục tiêu
            chart:
              type: bar
              categories: ["Tổng đàn trâu, bò", "Đàn lợn"]
              series:
                - name: "{result}"
                  values: [trau_bo, lon]
                - name: "{target}"
                  values: [trau_bo_kh, lon_kh]
              unit: con
"""
"""The outline's head and its first slide, the herds' results beside their targets (its series
named in ``lang``: ``range_folder``); a test adds its chart's keys and slides after it."""

OUTLINE = (
    RANGE_OUTLINE
    + """\
          - title: So với kế hoạch
            chart:
              type: plan-actual
              figures: [grdp, cpi, vat_chat]
              unit: "%"
"""
)


def range_folder(tmp_path: Path, lang: str, figures: str, outline: str) -> Path:
    """A folder ``tmp_path/lang`` holding ``figures`` and ``outline`` (indented alike), the
    outline's deck in ``lang`` and its series named in it (``RANGE_OUTLINE``)."""
    folder = tmp_path / lang
    folder.mkdir()
    words = {"vi": ("Kết quả", "Mục tiêu"), "en": ("Result", "Target")}[lang]
    (folder / "figures.yaml").write_text(textwrap.dedent(figures), encoding="utf-8")
    text = textwrap.dedent(outline).format(lang=lang, result=words[0], target=words[1])
    (folder / "outline.yaml").write_text(text, encoding="utf-8")
    return folder


def _folder(tmp_path: Path, lang: str) -> Path:
    return range_folder(tmp_path, lang, FIGURES, OUTLINE)


def _charts(folder: Path, theme: str) -> list[tuple[int, ChartBox]]:
    return [
        (n, e)
        for n, s in enumerate(plan(load_inputs(folder, theme)), 1)
        for e in s.elements
        if isinstance(e, ChartBox) and not e.native
    ]


def _labels(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_visible()]


RANGES = {"vi": ("16.200–16.500", "43.000–45.000"), "en": ("16,200–16,500", "43,000–45,000")}
"""The herds' targets as a range chart's labels say them, the deck's way in each language."""


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("theme", THEMES)
def test_a_range_target_is_a_band_from_its_low_end_to_its_high_one(tmp_path, lang, theme):
    """Each range target's bar spans its low end to its high one (main: zero to the high end)
    and its label says both ends the deck's way (main: "45.000")."""
    (_, box), _ = _charts(_folder(tmp_path, lang), theme)
    fig = draw(box.chart)
    ax = fig.axes[0]
    spans = sorted(
        (round(p.get_y(), 3), round(p.get_y() + p.get_height(), 3))
        for p in ax.patches
        if isinstance(p, Rectangle) and p.get_height() > 0
    )
    assert (16200, 16500) in spans and (43000, 45000) in spans, spans
    assert (0, 16500) not in spans and (0, 45000) not in spans, spans
    labels = _labels(fig)
    for text in RANGES[lang]:
        assert any(text in t for t in labels), (text, labels)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ceilings_floors_and_ranges_read_beside_each_other(tmp_path, lang):
    """A plan-actual chart with a range, a ceiling and a floor: the range a band from 7 to 10,
    the ceiling a line at 4,5, the floor an outline from zero to 8; the range's plan says
    "7–10%", the ceiling's "under the ceiling" wording, not an attainment."""
    _, (_, box) = _charts(_folder(tmp_path, lang), "default")
    fig = draw(box.chart)
    patches = [p for ax in fig.axes for p in ax.patches if isinstance(p, Rectangle)]
    bands = {(round(p.get_y(), 3), round(p.get_y() + p.get_height(), 3)) for p in patches}
    assert (7, 10) in bands and (0, 8) in bands, bands
    lines = [ln for ax in fig.axes for ln in ax.lines if isinstance(ln, Line2D)]
    assert any(set(ln.get_ydata()) == {4.5} for ln in lines)
    text = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "7–10%" in text, text
    ceiling = {"vi": "trần", "en": "ceiling"}[lang]
    assert ceiling in text.lower(), text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_written_deck_says_the_range(tmp_path, lang):
    """The .pptx: the chart's alt text names the range target by both ends."""
    folder = _folder(tmp_path, lang)
    out = tmp_path / f"{lang}.pptx"
    build_deck(folder, out, theme="default")
    alts = [
        shape._element.xpath(".//p:cNvPr")[0].get("descr") or ""
        for slide in Presentation(str(out)).slides
        for shape in slide.shapes
        if shape.name.startswith("Chart")  # the drawn chart's picture
    ]
    joined = " ".join(alts)
    for text in RANGES[lang]:
        assert text in joined, (text, alts)


NAMES = (
    "Doanh nghiệp nhà nước trung ương",
    "Doanh nghiệp có vốn đầu tư nước ngoài",
    "Doanh nghiệp ngoài nhà nước",
    "Hợp tác xã nông nghiệp",
    "Hộ kinh doanh cá thể",
    "Khác",
)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", ["pie", "donut"])
@pytest.mark.parametrize(("width", "height"), [(9.0, 4.3), (7.0, 4.3), (12.0, 5.0)])
def test_a_round_chart_and_its_legend_stand_in_the_middle(theme, kind, width, height):
    """Six long names, so a legend at the right names them: the circle and its legend, as one,
    within 0.05 in of the picture's middle across (main: 0.39-2.12 in right of it)."""
    round_box = next(b for _, b in _charts(SAMPLE, theme) if b.chart.kind in ("pie", "donut"))
    chart = dataclasses.replace(
        round_box.chart, kind=kind, categories=NAMES,
        series=(Series("x", tuple(Decimal(7 + 5 * i) for i in range(len(NAMES)))),),
        bounds=(), targets=(), units=(), plan_kinds=(), plan_lows=(),
        width_emu=int(width * 914400), height_emu=int(height * 914400),
    )  # fmt: skip
    fig = draw(chart)
    _save_png(fig, chart)  # as the deck has it
    renderer = fig.canvas.get_renderer()
    ax = next(a for a in fig.axes if any(isinstance(p, Wedge) for p in a.patches))
    leg = ax.get_legend()
    assert leg is not None
    box = leg.get_window_extent(renderer)
    assert box.x0 >= ax.bbox.x1  # at the right of the circle
    middle = (ax.bbox.x0 + box.x1) / 2
    assert abs(middle - fig.bbox.width / 2) / fig.dpi <= 0.05, (ax.bbox.x0, box.x1)
    assert box.x1 <= fig.bbox.width and ax.bbox.x0 >= 0


CUT = [(folder, theme) for folder in (FIXTURES / "chart-r13", SAMPLE) for theme in THEMES]


@pytest.mark.parametrize(("folder", "theme"), CUT, ids=[f"{f.name}-{t}" for f, t in CUT])
def test_every_chart_text_stays_inside_its_picture(folder, theme):
    """Every visible text of every drawn chart, as saved, ends inside the picture (a label past
    its edge is cut on the slide: chart-r13 slide 6 in co-do, h37k's grading)."""
    charts = _charts(folder, theme)
    assert charts
    for n, box in charts:
        fig = draw(box.chart)
        _save_png(fig, box.chart)
        renderer = fig.canvas.get_renderer()
        width, height = fig.bbox.width, fig.bbox.height
        for t in fig.findobj(Text):
            if not t.get_visible() or not t.get_text().strip():
                continue
            b = Text.get_window_extent(t, renderer)
            inside = b.x0 >= -0.5 and b.y0 >= -0.5 and b.x1 <= width + 0.5 and b.y1 <= height + 0.5
            assert inside, (n, t.get_text(), b.bounds, (width, height))


ONE_LINE = [
    ("default", "Tổng thu ngân sách"),
    ("co-do", "Chi đầu tư phát triển"),
    ("coreoz", "Trường đạt chuẩn quốc gia"),
]


@pytest.mark.parametrize(("theme", "name"), ONE_LINE)
def test_names_beside_bars_take_one_line_where_a_wider_room_holds_them(theme, name, tmp_path):
    """Names beside horizontal bars on one line when one of the name rooms holds them so at
    their size, the plot beside them still the wider part (main wrapped them in the narrowest:
    "Tổng thu / ngân sách", "Chi đầu tư / phát triển", "Trường đạt chuẩn / quốc gia")."""
    if theme == "coreoz":
        theme = str(theme_for(COREOZ["coreoz"], tmp_path))
    box = next(
        b
        for _, b in _charts(SAMPLE, theme)
        if name in b.chart.categories and b.chart.kind in ("bar", "barh")
    )
    fig = draw(box.chart)
    ax = fig.axes[0]
    axis = ax.yaxis
    names = [t.get_text() for t in axis.get_ticklabels() if t.get_text()]
    assert names and all("\n" not in n for n in names), names
    assert ax.bbox.width >= 0.4 * fig.bbox.width, ax.bbox.width / fig.bbox.width
