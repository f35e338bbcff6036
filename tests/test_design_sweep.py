"""tools/design_sweep.py, issue 14's "Done when" sweep: its checks, and what it finds on the
sample deck."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _sweep():
    path = ROOT / "tools" / "design_sweep.py"
    spec = importlib.util.spec_from_file_location("design_sweep", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_number_split_from_its_unit_is_seen():
    sweep = _sweep()
    assert sweep._unit_split("tổng chi 8.171,5", "tỷ đồng, tăng")
    assert sweep._unit_split("đạt 21.671,5 tỷ", "đồng")
    assert sweep._unit_split("tăng", "5,05%") is False
    assert not sweep._unit_split("Năm 2023", "Kế hoạch")


def test_a_unit_set_under_its_number_is_no_split():
    """A KPI card sets "121" large with "triệu đồng" at half its size on a line of its own
    under it: the planner's line break, in one text, that LibreOffice's lines show as "121" over
    "triệu đồng". That is the card's design, not a unit pushed to the next line by wrapping, so
    the sweep does not count it; the same two lines anywhere else still count."""
    from deckmaker.pipeline import load_inputs, plan

    sweep = _sweep()
    allowed = sweep.deliberate_breaks(plan(load_inputs(sweep.SAMPLE / "outline.yaml", "default")))
    assert ("121", "triệu đồng") in allowed  # 'Mục tiêu năm 2024': units under their numbers
    assert sweep._unit_split("121", "triệu đồng")  # what the bare check would count
    assert not sweep._split_of("121", "triệu đồng", allowed)
    assert sweep._split_of("tổng chi 8.171,5", "tỷ đồng, tăng", allowed)
    assert sweep._split_of("GRDP đạt 121", "tỷ đồng", allowed)  # another unit after it


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_the_sample_deck_passes_the_planned_checks(theme):
    sweep = _sweep()
    report = sweep.Report(f"sample / {theme}")
    sweep._plan_checks(sweep.SAMPLE, theme, report)
    assert report.splits == []
    assert report.small == []
    assert report.contrast == []
    assert report.empty == []


@pytest.mark.render
def test_the_sample_deck_as_libreoffice_draws_it(tmp_path):
    """No number split from its unit in LibreOffice's lines, no doctor finding."""
    sweep = _sweep()
    report = sweep.Report("sample / default")
    sweep._rendered_checks(sweep.SAMPLE, "default", report, tmp_path)
    assert report.rendered_splits == []
    assert report.doctor == []


def test_kpi_cards_keep_the_theme_minimum_and_their_words_whole():
    """tuong-phan's KPI labels went down to the 16 pt small-text floor (18.4-20.4 pt under its
    22 pt minimum), and six cards a row broke "110,4 triệu đồng" and "Tăng trưởng" between
    letters: labels keep the body minimum and every word stays whole (the cards take more
    slides instead)."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.layout.measure import segments
    from deckmaker.layout.model import TextBox
    from deckmaker.pipeline import load_inputs
    from deckmaker.units import EMU_PER_PT

    sweep = _sweep()
    for outline in (sweep.SAMPLE, sweep.STRESS / "cards"):
        report = sweep.Report("kpis / tuong-phan")
        plans = sweep._plan_checks(outline, "tuong-phan", report)
        assert report.small == []
        th = load_inputs(outline / "outline.yaml", "tuong-phan").theme
        for n, s in enumerate(plans, 1):
            for e in s.elements:
                if isinstance(e, TextBox) and e.name.startswith(("KPI Value", "KPI Label")):
                    font = th.fonts.heading if "Value" in e.name else th.fonts.body
                    m = measurer(resolve_font(font))
                    inner = (e.box.w - e.inset[0] - e.inset[2]) / EMU_PER_PT
                    for p in e.paras:
                        for seg in segments(p.text):
                            width = m.width_pt(seg.word, p.size_pt)
                            assert width <= inner * (1 - SAFETY), (n, e.name, seg.word)


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_pie_and_donut_labels_stay_inside_the_picture(theme):
    """tuong-phan's donut (sample, 'Rà soát, thu hồi dự án') had its two names 49 px past the
    picture's edges, as Matplotlib itself measured them after the layout: only an overhang of
    up to 4 px was brought in. Further out, the pie now gets smaller."""
    from matplotlib.text import Text

    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox
    from deckmaker.pipeline import load_inputs, plan

    sweep = _sweep()
    charts = [
        e.chart
        for s in plan(load_inputs(sweep.SAMPLE / "outline.yaml", theme))
        for e in s.elements
        if isinstance(e, ChartBox) and not e.native and e.chart.kind in ("pie", "donut")
    ]
    assert charts
    for chart in charts:
        fig = draw(chart)
        renderer = fig.canvas.get_renderer()
        for t in fig.findobj(Text):
            if t.get_visible() and t.get_text().strip():
                box = Text.get_window_extent(t, renderer)
                assert box.x0 >= 0 and box.x1 <= fig.bbox.width, (chart.title, t.get_text())
