"""Issue 14, h35d: the planner's estimate of a round chart's circle and of the width the circle
and its labels take as drawn (``layout.circle``), and the column a 4:3 body's donut leaves its
bullets. On main the estimate measured the labels with their shares as "40,0%" (drawn "40%"),
so on coreoz's template the sample's "Rà soát, thu hồi dự án" donut was given 0.64 in more
than it drew (4.55 in of circle and labels in a 5.19 in box) beside a 3.46 in column of 22 pt
bullets that set "ngoài" alone on a line; in tuong-phan the circles were estimated up to
0.67 in small."""

from __future__ import annotations

import subprocess

import pytest
from matplotlib.patches import Wedge
from matplotlib.text import Annotation, Text
from pptx import Presentation

from deckmaker.charts.render import draw
from deckmaker.layout.circle import circle_estimate
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck, load_inputs, plan

from .conftest import SAMPLE
from .template_corpus import theme_named

EMU = 914400
CIRCLE = 0.05
"""How far (inches) the estimated circle may stand from the drawn one on the sample's donuts."""
TITLE = "Rà soát, thu hồi dự án"
COLUMN = 3.46
"""Slide 19's text column on coreoz on main (inches)."""
FLOOR = 2.2
"""``chart_bullets.ROUND_DIAMETER``: the least circle a donut keeps beside its bullets."""


@pytest.fixture(scope="module")
def coreoz(tmp_path_factory) -> str:
    return theme_named("coreoz", tmp_path_factory)


def _drawn(chart) -> tuple[float, float]:
    """The circle's diameter and the width from its far edge to its labels' far end (inches),
    as the renderer draws ``chart``: the wedges' radius and the visible outside labels' text."""
    fig = draw(chart)
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        wedges = [w for w in ax.patches if isinstance(w, Wedge)]
        if not wedges:
            continue
        x0 = ax.transData.transform((0, 0))[0]
        r = abs(ax.transData.transform((wedges[0].r, 0))[0] - x0)
        xs = [x0 - r, x0 + r]
        for t in ax.texts:
            if isinstance(t, Annotation) and t.get_visible() and t.get_text():
                box = Text.get_window_extent(t, renderer)
                xs += [box.x0, box.x1]
        return 2 * r / fig.dpi, (max(xs) - min(xs)) / fig.dpi
    return 0.0, 0.0


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan", "coreoz"])
def test_the_estimates_match_every_round_chart_of_the_sample(theme, coreoz):
    """Every donut of the sample as planned: the circle estimated within ``CIRCLE`` of the one
    drawn (on main before h35d: tuong-phan 22 estimated 2.62 in, drawn 3.29). The width of
    circle and labels, which h35d estimated too, had no caller but this test (h36g: removed;
    the circle is estimated from the labels' widths by the renderer's own rules)."""
    name = coreoz if theme == "coreoz" else theme
    charts = [
        (s.title, e.chart)
        for s in plan(load_inputs(SAMPLE, name))
        for e in s.elements
        if isinstance(e, ChartBox) and not e.native and e.chart.kind in ("pie", "donut")
    ]
    assert len(charts) == 2
    for title, chart in charts:
        circle, _ = _drawn(chart)
        estimate = circle_estimate(chart)
        assert abs(estimate - circle) <= CIRCLE, (title, estimate, circle)


def test_the_donut_leaves_its_column_lines_that_hold_words(coreoz, tmp_path, soffice):
    """coreoz 19, written and rendered: the bullets beside the donut in a column wider than
    main's by 0.3 in at least, the circle drawn at least ``FLOOR`` across, and in LibreOffice's
    render of the column (its text read back inside the body's box) no line of a bullet but
    its last with fewer than three words (on main: "ngoài" and "11 dự án" alone)."""
    built = build_deck(SAMPLE, tmp_path / "c.pptx", theme=coreoz, cache=False)
    plans = plan(load_inputs(SAMPLE, coreoz))
    n = next(i for i, s in enumerate(plans) if s.title == TITLE)
    prs = Presentation(str(built.path))
    shapes = {sh.name: sh for sh in prs.slides[n].shapes}
    body, chart = shapes["Body"], shapes["Chart"]
    assert body.left + body.width <= chart.left  # beside
    assert body.width / EMU > COLUMN + 0.3, body.width / EMU
    box = next(e for e in plans[n].elements if isinstance(e, ChartBox))
    assert (box.box.w, box.box.h) == (chart.width, chart.height)
    assert _drawn(box.chart)[0] >= FLOOR

    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(built.path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pt = 12700
    text = subprocess.run(
        ["pdftotext", "-f", str(n + 1), "-l", str(n + 1), "-r", "72",
         "-x", str(body.left // pt), "-y", str(body.top // pt),
         "-W", str(body.width // pt + 1), "-H", str(body.height // pt + 1),
         str(tmp_path / "c.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    paragraphs: list[list[str]] = []
    for ln in (ln.strip() for ln in text.splitlines()):
        if not ln:
            continue
        if ln.startswith("•") or not paragraphs:
            paragraphs.append([ln.lstrip("• ").strip()])
        else:
            paragraphs[-1].append(ln)
    assert len(paragraphs) == 4, paragraphs
    for para in paragraphs:
        for ln in para[:-1]:
            assert len(ln.split()) >= 3, (ln, para)
