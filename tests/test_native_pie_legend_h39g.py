"""Issue 14, h39g: an editable pie's legend of six long names is placed, not left to the
application.

On main the legend was PowerPoint's and LibreOffice's own: at the right of a 12 x 5 in frame
PowerPoint narrows it, wraps the names and drops the entries past its height; beside bullets
LibreOffice set it in two columns by a circle a third of the frame, thin slices' values on
each other. Now the circle and a legend box measured to hold every name (wrapped with room to
spare) are laid out in the chart (manual layouts), centred as one; thin slices are labelled
outside."""

from __future__ import annotations

import dataclasses
import subprocess
from decimal import Decimal

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from deckmaker.charts.model import Series
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.writer.native import add_native_chart

from .conftest import SAMPLE
from .test_charts_h38g import NAMES

SIZES = [(12.13, 5.3), (6.48, 5.3), (12.0, 5.0)]  # full width, beside bullets (the layouts')


def _box(theme: str, w: float, h: float) -> ChartBox:
    box = next(
        e
        for s in plan(load_inputs(SAMPLE, theme))
        for e in s.elements
        if isinstance(e, ChartBox) and e.chart.kind in ("pie", "donut")
    )
    chart = dataclasses.replace(
        box.chart, kind="pie", categories=NAMES, title="Cơ cấu doanh nghiệp theo loại hình",
        series=(Series("x", tuple(Decimal(v) for v in (5, 10, 15, 20, 22, 28))),), unit="%",
        bounds=(), targets=(), units=(), plan_kinds=(), plan_lows=(),
        width_emu=int(w * 914400), height_emu=int(h * 914400),
    )  # fmt: skip
    geometry = dataclasses.replace(box.box, w=int(w * 914400), h=int(h * 914400))
    return dataclasses.replace(box, chart=chart, box=geometry, native=True)


def _layout(el) -> tuple[float, float, float, float]:
    ml = el.find(qn("c:layout") + "/" + qn("c:manualLayout"))
    assert ml is not None
    return tuple(float(ml.find(qn(f"c:{k}")).get("val")) for k in ("x", "y", "w", "h"))  # type: ignore[return-value]


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
@pytest.mark.parametrize(("w", "h"), SIZES)
def test_the_legend_holds_every_name_beside_a_centred_circle(theme, w, h, tmp_path):
    from deckmaker.writer.native import LEGEND_LINE, _measurer

    box = _box(theme, w, h)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(int(13.333 * 914400)), Emu(int(7.5 * 914400))
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = add_native_chart(slide, box, "vi-VN")
    space = frame.chart._chartSpace
    px, py, pw, ph = _layout(space.find(".//" + qn("c:plotArea")))
    legend = space.find(".//" + qn("c:legend"))
    lx, ly, lw, lh = _layout(legend)
    fw, fh = frame.width / 12700, frame.height / 12700
    assert abs(pw * fw - ph * fh) < 1.0  # a square: the circle
    assert px >= 0 and lx + lw <= 1.0001 and py >= 0 and ly + lh <= 1.0001
    # the legend's box holds every name, wrapped as it measures them (PowerPoint drops the rest)
    size = legend.find(".//" + qn("a:defRPr")).get("sz")
    size = int(size) / 100
    m = _measurer(box.chart)
    assert m is not None
    text_w = lw * fw - 2.2 * size
    lines = sum(len(m.wrap(n, size, text_w)) for n in NAMES)
    assert lines * size * 1.2 <= lh * fh, (lines, size, lh * fh)
    assert size >= box.chart.style.min_size_pt and LEGEND_LINE >= 1.2
    # circle and legend as one, in the middle of the frame (across or down)
    if lx >= px + pw:  # beside the circle
        assert abs((px + lx + lw) / 2 - 0.5) * fw <= 30, (px, lx + lw)
    else:  # under it
        assert ly >= py + ph and abs(px + pw / 2 - 0.5) * fw <= 2
    # the thinnest slice (5%) labelled outside at full width
    dls = {
        int(d.find(qn("c:idx")).get("val")): d.find(qn("c:dLblPos"))
        for d in space.iter(qn("c:dLbl"))
    }
    assert dls[0] is not None and dls[0].get("val") == "outEnd"
    prs.save(str(tmp_path / "pie.pptx"))


def test_libreoffice_sets_every_name(tmp_path, soffice):
    """LibreOffice draws all six names of the legend, beside bullets and across the slide."""
    from deckmaker.office import convert

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(int(13.333 * 914400)), Emu(int(7.5 * 914400))
    for w, h in SIZES[:2]:
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        add_native_chart(slide, _box("co-do", w, h), "vi-VN")
    prs.save(str(tmp_path / "pies.pptx"))
    pdf = convert(tmp_path / "pies.pptx", "pdf", tmp_path, timeout=600)
    for page in (1, 2):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True, check=True, text=True,
        ).stdout  # fmt: skip
        flat = " ".join(text.split())
        for name in NAMES:
            assert name in flat, (page, name, flat)


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
@pytest.mark.parametrize(("w", "h"), SIZES)
def test_a_pictured_pies_legend_says_name_and_value_on_one_line(theme, w, h):
    """The picture's legend: "Khác: 28%" on one line where it fits (main: every name over its
    value, twelve lines: beside bullets, 6.48 x 5.3 in, the circle kept 1.2 in and no share
    fitted in a slice); the circle at least two fifths of the picture's height, every entry
    inside the picture (tuong-phan's 22-pt legend stood past the top and bottom of a 9 x 4.3 in
    one: its names shortened with "…" where no size holds them whole), the three largest
    slices' shares inside them."""
    from matplotlib.patches import Wedge

    from deckmaker.charts.render import _save_png, draw

    chart = _box(theme, w, h).chart
    fig = draw(chart)
    _save_png(fig, chart)
    renderer = fig.canvas.get_renderer()
    ax = next(a for a in fig.axes if any(isinstance(p, Wedge) for p in a.patches))
    leg = ax.get_legend()
    assert leg is not None
    texts = [t.get_text() for t in leg.get_texts()]
    assert "Khác: 28%" in texts, texts
    box = leg.get_window_extent(renderer)
    assert (
        box.x0 >= -0.5 and box.y0 >= -0.5 and box.x1 <= fig.bbox.width and box.y1 <= fig.bbox.height
    )
    assert all(t.endswith(v) for t, v in zip(texts, ("5%", "10%", "15%", "20%", "22%", "28%")))
    if theme == "tuong-phan":  # its smallest size is its base, 22 pt: names may be shortened
        assert min(ax.bbox.width, ax.bbox.height) >= 0.3 * fig.bbox.height, ax.bbox.bounds
        return
    assert min(ax.bbox.width, ax.bbox.height) >= 0.4 * fig.bbox.height, ax.bbox.bounds
    shown = {t.get_text() for t in ax.texts if t.get_visible()}
    assert {"20%", "22%", "28%"} <= shown, shown
