"""Review R18 #6, R19 #1 (issue 14): a chart beside bullets keeps floors in inches as drawn
(at the theme's scale, so scaled by the frame), not a share of the body. On xanh-so's 4:3
slide a two-column split left a bar chart's plot 2.3 in wide, its axis "0%, 10%" under a
15,23% bar, and donuts of about 1.3 in with labels in four lines; on lo-template's smaller
slide the template's own right column left the plot 3.15 in. Where the text cannot sit beside
the floor, the chart goes across the body (its bullets under it, or on the next slide)."""

from __future__ import annotations

import pytest

from deckmaker.charts.render import plot_slot, plot_width
from deckmaker.layout.circle import circle_estimate
from deckmaker.layout.kinds.chart_bullets import (
    FLOORED,
    PLOT_FLOOR_IN,
    ROUND_DIAMETER,
    SLOT_FLOOR_IN,
)
from deckmaker.layout.model import Anchor, ChartBox, TextBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.vocabulary import WORDS

from .conftest import FIXTURES, SAMPLE
from .template_corpus import AGENCY, theme_for

NBSP = "\u00a0"


_PLANNED: dict[str, list] = {}


def _planned(name, tmp_path_factory):
    if name not in _PLANNED:
        template = {
            "xanh-so": AGENCY / "xanh-so.potx",
            "lo-template": FIXTURES / "template" / "lo-template.pptx",
        }[name]
        theme = theme_for(template, tmp_path_factory.mktemp("floors"))
        _PLANNED[name] = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return name, _PLANNED[name]


@pytest.fixture(scope="module", params=["xanh-so", "lo-template"])
def planned(request, tmp_path_factory):
    return _planned(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def xanh_so(tmp_path_factory):
    """The sample on xanh-so's 4:3 slide alone (what only that template shows)."""
    return _planned("xanh-so", tmp_path_factory)


def test_charts_beside_bullets_keep_their_floors_on_small_slides(planned):
    name, plans = planned
    beside = 0
    for n, s in enumerate(plans, 1):
        if s.kind != "chart-bullets":
            continue
        for e in s.elements:
            if not isinstance(e, ChartBox) or e.native or e.chart.form != "chart":
                continue
            beside += 1
            if e.chart.kind in FLOORED:
                assert plot_width(e.chart) >= PLOT_FLOOR_IN - 0.05, (name, n, s.title)
            elif e.chart.kind in ("donut", "pie"):
                assert circle_estimate(e.chart) >= ROUND_DIAMETER, (name, n, s.title)
    assert beside >= (4 if name == "lo-template" else 1), name  # xanh-so: most go across


def test_a_chart_that_cannot_keep_its_floor_beside_its_bullets_goes_across(xanh_so):
    """xanh-so 16: six bars whose names take half a 4:3 panel; beside its bullets no share
    keeps the plot's floor, nor is there room for the bullets under it: the chart across the
    body on a slide of its own, the same bullets on the next."""
    name, plans = xanh_so
    (n,) = [k for k, s in enumerate(plans) if s.title.startswith("Tăng trưởng các ngành năm 2023")][
        :1
    ]
    chart = [e for e in plans[n].elements if isinstance(e, ChartBox)]
    assert chart and chart[0].chart.kind == "barh"
    assert plot_width(chart[0].chart) >= PLOT_FLOOR_IN
    # its four bullets only repeat the chart's numbers: said in the notes, no slide of their own
    assert plans[n].title == "Tăng trưởng các ngành năm 2023"
    assert not plans[n + 1].title.startswith("Tăng trưởng các ngành năm 2023"), plans[n + 1].title
    assert "Xây dựng tăng 14,86%" in plans[n].notes


def _title_size(s) -> float:
    box = next(e for e in s.elements if isinstance(e, TextBox) and e.role == "title")
    return max(p.size_pt for p in box.paras)


def test_the_bullets_left_after_a_chart_are_its_takeaway_not_a_continuation(planned):
    """R20 #1: a chart gone to a slide of its own is followed by what its bullets say that it
    does not (a bullet whose figures the chart all shows goes to the notes), under the
    chart's own title as its takeaway ("… – điểm chính", a title of its own), no "(1/2)" or
    "(tiếp 2/2)", set as a list from the top."""
    name, plans = planned
    pairs = 0
    for n, s in enumerate(plans[:-1]):
        nxt = plans[n + 1]
        if s.kind != "chart" or nxt.kind != "chart-bullets":
            continue
        if nxt.title != WORDS["vi"]["takeaway"].format(title=s.title):
            continue
        pairs += 1
        assert "(1/" not in s.title and "(tiếp" not in nxt.title, (name, n + 1)
        # its own title (a screen reader lists them), at most a step smaller
        assert abs(_title_size(s) - _title_size(nxt)) <= 3.0, (name, n + 1, s.title)
        assert not [e for e in nxt.elements if isinstance(e, ChartBox)]
        body = [e for e in nxt.elements if isinstance(e, TextBox) and e.name == "Body"]
        assert body and all(e.anchor == Anchor.TOP and e.fill is None for e in body)
    for s in plans:
        if s.kind == "chart":
            assert "(1/" not in s.title, (name, s.title)
    if name == "xanh-so":
        assert pairs >= 4
        budget = [k for k, s in enumerate(plans) if s.title.startswith("Ngân sách: năm 2023")]
        # the two bullets of budget totals the chart draws go; "Thu nội địa …" stays
        words = [
            p.text for e in plans[budget[-1]].elements if isinstance(e, TextBox) for p in e.paras
        ]
        said = " ".join(words).replace(NBSP, " ")
        assert "Thu nội địa" in said and "Tổng chi ngân sách" not in said, said
        assert "Tổng chi ngân sách địa phương 30.103" in plans[budget[0]].notes


def test_bars_over_bullets_keep_their_height(planned):
    """R20 #3: lo-template 16's six bars across the body over four bullets had 0.30 in each as
    drawn (bars ~0.15 in thick, names ~12 pt): a bar chart's floor is its bars' height too;
    where its bullets under it would take that, the chart goes on a slide of its own (its
    bullets, which only repeat its numbers, to the notes)."""
    name, plans = planned
    for n, s in enumerate(plans, 1):
        for e in s.elements:
            if isinstance(e, ChartBox) and not e.native and e.chart.kind == "barh":
                assert plot_slot(e.chart) >= SLOT_FLOOR_IN, (name, n, s.title)
    (grew,) = [s for s in plans if s.title == "Tăng trưởng các ngành năm 2023"]
    assert grew.kind == "chart", (name, grew.kind)
