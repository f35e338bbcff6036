"""Issue 14, review R3 of the sample deck: consecutive slides of one kind and shape look alike
(one panel width and one number size in a run of big-number panels, one KPI number size, no
title shrunk a step between its neighbours, short content grown only a little)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deckmaker.charts import server
from deckmaker.charts.kinds.layout import visible_texts
from deckmaker.charts.render import draw
from deckmaker.layout.model import ChartBox, SlidePlan, TextBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE

BUILTIN = ["default", "co-do", "tuong-phan"]

_PLANS: dict[str, list[SlidePlan]] = {}


def _plans(theme: str) -> list[SlidePlan]:
    if theme not in _PLANS:
        _PLANS[theme] = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return _PLANS[theme]


def _shortfall_run(theme: str) -> list[SlidePlan]:
    """Slides 24–26: "Chưa đạt kế hoạch: …", a big-number panel beside bullets each."""
    run = [p for p in _plans(theme) if p.title.startswith("Chưa đạt kế hoạch")]
    assert len(run) == 3
    return run


def _panel(p: SlidePlan) -> ChartBox:
    (chart,) = [e for e in p.elements if isinstance(e, ChartBox)]
    assert chart.chart.form == "numbers"
    return chart


def _big(chart: ChartBox) -> float:
    """The size of the panel's big number (its largest text)."""
    return max(t.get_fontsize() for t in visible_texts(draw(chart.chart)))


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_run_of_number_panels_shares_width_and_number_size(theme):
    """R3: slides 24–26 set their numbers at 100, 70 and 84 pt (tuong-phan 92/60/60) in panels
    6.5, 4.7 and 5.3 in wide, the bullets beside them starting at three places. A run of
    such slides shares one panel width (the narrowest any of them takes alone) and one number
    size (the largest at which every one of them fits it)."""
    run = _shortfall_run(theme)
    panels = [_panel(p) for p in run]
    assert len({c.box.w for c in panels}) == 1, [c.box.w / 914400 for c in panels]
    bodies = [
        (e.box.x, e.box.w)
        for p in run
        for e in p.elements
        if isinstance(e, TextBox) and e.name.startswith("Body")
    ]
    assert len(bodies) == 3 and len(set(bodies)) == 1, bodies
    sizes = [_big(c) for c in panels]
    assert len(set(sizes)) == 1, sizes
    # the shared size is one at which each fits: no panel drawn alone is smaller
    alone = [_big(replace(c, chart=replace(c.chart, peers=()))) for c in panels]
    assert sizes[0] == min(alone), (sizes, alone)
    # each names the other two
    for c in panels:
        assert len(c.chart.peers) == 2
        assert c.chart not in c.chart.peers


def test_a_lone_number_panel_keeps_its_own_size():
    """Slide 19 (one big-number panel between charts) is no run: no peers, its own width."""
    lone = [
        p
        for p in _plans("default")
        if not p.title.startswith("Chưa đạt")
        for e in p.elements
        if isinstance(e, ChartBox) and e.chart.form == "numbers"
    ]
    assert lone
    for p in lone:
        assert _panel(p).chart.peers == ()


def test_peers_go_through_the_chart_server():
    """A plan's peers travel to the chart server and back whole (``plan_spec``/``spec_plan``)."""
    (c, *_) = [_panel(p) for p in _shortfall_run("default")]
    spec, fonts = server.plan_spec(c.chart)
    names = {d: str(path) for d, path in fonts.items()}
    back = server.spec_plan(spec, names)
    assert len(back.peers) == 2
    assert server.plan_spec(back)[0] == spec
    with pytest.raises(ValueError, match="peers"):
        server.spec_plan({**spec, "peers": [{**spec}]}, names)


@pytest.mark.parametrize("theme", BUILTIN)
def test_kpi_numbers_one_size_for_cards_of_one_width(theme):
    """R3: slide 14 set its numbers at 46 pt and slide 31 at 54 (tuong-phan 42 and 48), both
    three cards a row of one width. Cards of one width take one number size in the deck, the
    smallest any of their slides takes on its own (its longest number sets it)."""
    by_width: dict[int, set[float]] = {}
    slides: dict[int, set[int]] = {}
    for i, p in enumerate(_plans(theme), 1):
        if p.kind != "kpis":
            continue
        cards = [e for e in p.elements if e.name.startswith("KPI Card")]
        values = [
            e for e in p.elements if isinstance(e, TextBox) and e.name.startswith("KPI Value")
        ]
        w = cards[0].box.w
        by_width.setdefault(w, set()).update(v.paras[0].runs[0].size_pt for v in values)
        slides.setdefault(w, set()).add(i)
    assert any(len(s) > 1 for s in slides.values())  # slides 14 and 31: three cards a row
    for w, sizes in by_width.items():
        assert len(sizes) == 1, (theme, sorted(slides[w]), sorted(sizes))


def test_kpi_label_keeps_hang_hoa_whole():
    """R3 (tuong-phan 14): "Tổng mức bán lẻ hàng / hóa": "hàng hóa" is one word."""
    labels = [
        e.paras[0].text
        for p in _plans("tuong-phan")
        for e in p.elements
        if isinstance(e, TextBox) and e.name.startswith("KPI Label")
    ]
    (label,) = [t for t in labels if t.startswith("Tổng mức")]
    assert "hàng\u00a0hóa" in label
