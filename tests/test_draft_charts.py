"""Charts and KPI cards drafted from what the text gives (issue 15): actual/plan pairs ->
plan-actual, parts in one unit -> bar, headline figures -> KPI cards; each with '# review:'."""

from __future__ import annotations

import pytest

from deckmaker.draft import draft
from deckmaker.draft.compose import (
    _comparable,
    _Composer,
    _measure,
    _met,
    _one_value,
    _parts_only,
)
from deckmaker.draft.reader import read_paragraphs
from deckmaker.draft.structure import parse

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"

PLAN_PAIRS = """\
Báo cáo tình hình thực hiện dự toán ngân sách năm 2024
1. Thu ngân sách
a) Thu nội địa: Ước thực hiện 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch.
b) Thu xuất nhập khẩu: Ước thực hiện 1.210,5 tỷ đồng/1.100 tỷ đồng, đạt 110% kế hoạch.
c) Thu tiền sử dụng đất: Ước thực hiện 2.300 tỷ đồng/3.000 tỷ đồng, đạt 76,7% kế hoạch.
"""


def _drafted(tmp_path, name: str):
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
    return draft(path, slides=None)


def test_every_document_with_three_comparable_figures_gets_a_chart(tmp_path):
    charted = 0
    for path in sorted(EVAL.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = tmp_path / path.name
        body.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
        composer = _Composer(parse(read_paragraphs(body, [])))
        deck = composer.deck()
        figures = {f.key: f for f in deck.figures}
        slides = [sl for sec in deck.sections for sl in sec.slides]
        charts = [sl for sl in slides if sl.chart]
        # the composer's own notion of comparable, over the drafted figures in their frames
        # (one list or sentence, one time: R21 #3; loose: a document's only chart may show
        # ranges and results written with a bound); figures that all read one value ('100%'
        # six times) make bars that compare nothing
        groups = [
            g
            for g in map(_parts_only, _comparable(composer.flat(), loose=True).values())
            if len(g) >= 3 and not _one_value(g) and not _met(g, _measure(g[0].found, loose=True))
        ]
        if groups:
            assert charts, f"{path.stem}: {len(groups[0])} comparable figures and no chart"
            charted += 1
        for slide in charts:
            assert any(r.startswith("chart proposed") for r in slide.review), slide.title
            assert all(k in figures for k in slide.chart.figures)
        for slide in slides:
            if slide.kpis:
                assert any("KPI cards proposed" in r for r in slide.review)
    assert charted >= 7  # of the 13 documents: not a test that passes by finding none


def test_actual_plan_pairs_draft_a_plan_actual_chart(tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text(PLAN_PAIRS, encoding="utf-8")
    result = draft(path)
    plans = {f.label: (f.value, f.plan) for f in result.deck.figures if f.plan is not None}
    assert len(plans) == 3
    charts = [sl.chart for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert [c.type for c in charts if c.type == "plan-actual"] == ["plan-actual"]
    (chart,) = [c for c in charts if c.type == "plan-actual"]
    assert len(chart.figures) == 3
    assert "plan: 5937.44\n" in result.figures_yaml
    assert "chart proposed: 3 figure(s) in tỷ đồng with the plan" in result.outline_yaml


def test_a_resolution_of_range_targets_and_a_report_of_approximate_sums_get_a_chart(tmp_path):
    # (huongson's three sums, output, investment and the half-year's revenue, each of its own
    # sentence, are no chart since R21 #3: bars of one list or sentence, one time)
    for name in ("qh-158-2024-QH15",):
        result = _drafted(tmp_path, name)
        charts = [sl.chart for sec in result.deck.sections for sl in sec.slides if sl.chart]
        assert charts, name
        figures = {f.key: f for f in result.deck.figures}
        (chart,) = charts
        units = {figures[k].unit for k in chart.figures}
        assert len(units) == 1 and len(chart.figures) >= 3
        if name.startswith("qh-"):
            # growth targets are not bars beside levels: the resolution's chart is of growth
            # rates or of levels, never both (ranges charted at their upper end); since R21
            # #3 of one sentence: the other targets of 'Một số chỉ tiêu khác … gồm: …'
            labels = [figures[k].label for k in chart.figures]
            growth = {x.startswith("Tốc độ tăng") or x.endswith("giảm") for x in labels}
            assert len(growth) == 1, labels


def test_bars_sharing_a_run_in_head_say_it_once_in_the_title(tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Báo cáo tình hình sản xuất nông nghiệp tháng 9\n"
        "1. Trồng trọt\n"
        "- Vụ Đông: tổng diện tích gieo trồng ước 12.400 ha, trong đó ngô 3.100 ha; "
        "khoai lang các loại 2.050 ha; rau các loại 4.700 ha.\n",
        encoding="utf-8",
    )
    result = draft(path)
    (chart,) = [sl.chart for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert chart.categories and not any(c.startswith("Vụ Đông") for c in chart.categories)
    assert "vụ Đông" in chart.title or chart.title.startswith("Vụ Đông")
    assert 'categories: ["' in result.outline_yaml and 'name: "Vụ Đông"' in result.outline_yaml


@pytest.mark.parametrize(("last", "charted"), [("100%", False), ("95%", True)])
def test_no_chart_of_bars_of_one_length(tmp_path, last, charted):
    # six targets of 100% (ra-hatinh-kh-giaoducmamnon-2035; the rates of Hà Nội's annex): bars
    # of one length compare nothing, no chart of them; one other value and they do
    items = [
        "Trẻ em trong cơ sở giáo dục được nuôi dưỡng an toàn",
        "Cán bộ quản lý được bồi dưỡng",
        "Giáo viên mầm non đạt chuẩn",
        "Cơ sở giáo dục mầm non độc lập được cấp phép",
        "Cha mẹ trẻ em được phổ biến kiến thức",
        "Trường mầm non có bếp ăn một chiều",
    ]
    lines = [
        "KẾ HOẠCH",
        "Phát triển giáo dục mầm non tỉnh An Hà đến năm 2035",
        "I. MỤC TIÊU",
        "1. Mục tiêu cụ thể đến năm 2035",
    ]
    lines += [f"- {item} đạt {'100%' if n < 5 else last}." for n, item in enumerate(items)]
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    deck = draft(path).deck
    assert len(deck.figures) == 6
    assert any(sl.chart for sec in deck.sections for sl in sec.slides) == charted
