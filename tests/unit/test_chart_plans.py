"""Plan-actual charts that tell the truth: one panel per unit, ceilings and ranges drawn and
worded as what they are, a 100% line on "% of plan" charts; a bar chart of mixed units refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.patches import Rectangle

from deckmaker.charts.kinds.layout import layout_problems, visible_texts
from deckmaker.charts.model import ChartPlan, alt_text
from deckmaker.charts.render import draw
from deckmaker.errors import DeckmakerError
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck

FIGURES = """\
grdp_growth:
  label: Tăng trưởng GRDP
  value: 5.05
  unit: "%"
  plan: 6.5
cpi:
  label: Chỉ số giá tiêu dùng (CPI)
  value: 3.25
  unit: "%"
  plan: 4.5
  plan_kind: ceiling
exports_growth:
  label: Tăng trưởng xuất khẩu
  value: 7.6
  unit: "%"
  plan: [7.5, 8]
grdp_per_capita:
  label: GRDP bình quân đầu người
  value: 4284
  unit: USD
  plan: 4300
spending_vs_plan:
  label: Chi đầu tư phát triển so với kế hoạch
  value: 91.1
  unit: "%"
revenue_vs_estimate:
  label: Thu ngân sách so với dự toán
  value: 144.6
  unit: "%"
"""

OUTLINE = """\
deck:
  title: Kinh tế vĩ mô năm 2023
  organization: Sở Kế hoạch và Đầu tư
  date: 2024-01-20
  language: {lang}
  figures: figures.yaml
sections:
  - title: Kết quả
    slides:
      - title: Thực hiện so với kế hoạch
        chart:
          type: plan-actual
          title: Chỉ tiêu kinh tế vĩ mô năm 2023
          figures: [grdp_growth, cpi, exports_growth, grdp_per_capita]
      - title: Mức thực hiện so với kế hoạch
        chart:
          type: barh
          figures: [spending_vs_plan, revenue_vs_estimate]
"""


def _deck(tmp_path: Path, lang: str = "vi", outline: str = OUTLINE) -> Path:
    (tmp_path / "figures.yaml").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "outline.yaml").write_text(outline.replace("{lang}", lang), encoding="utf-8")
    return tmp_path / "outline.yaml"


def _charts(tmp_path: Path, lang: str = "vi") -> list[ChartPlan]:
    result = build_deck(_deck(tmp_path, lang), tmp_path / "deck.pptx")
    return [e.chart for p in result.plans for e in p.elements if isinstance(e, ChartBox)]


def test_percent_and_usd_get_a_panel_each_and_keep_their_units(tmp_path):
    plan = _charts(tmp_path)[0]
    assert plan.units == ("%", "%", "%", "USD")
    fig = draw(plan)
    assert layout_problems(fig) == []
    panels = [ax for ax in fig.axes if ax.patches]
    assert len(panels) == 2  # % on one axis, USD on another
    percent, usd = panels
    names = [t.get_text().replace("\n", " ") for t in percent.get_xticklabels()]
    assert names[0] == "Tăng trưởng GRDP"
    assert percent.get_ylim()[1] < 20 and usd.get_ylim()[1] > 4000  # each scaled to its own
    labels = [t.get_text() for t in visible_texts(fig)]
    assert any(t.startswith("5,05%\n") for t in labels)  # labels keep their "%"
    assert any(t.startswith("4.284 USD\n") for t in labels)
    assert all("%" in t.get_text() for t in percent.get_yticklabels() if t.get_text())


def test_a_ceiling_is_a_line_and_reads_below_the_ceiling(tmp_path):
    plan = _charts(tmp_path)[0]
    fig = draw(plan)
    texts = [t.get_text() for t in visible_texts(fig)]
    cpi = next(t for t in texts if t.startswith("3,25%"))
    # its attainment wraps in its slot where one line would reach the next plan's outline
    # (``bars.SLOT_TEXT``): the words are the same
    assert cpi.startswith("3,25%\n") and " ".join(cpi.split()) == "3,25% dưới mức trần 4,5%"
    assert not any("72,2%" in t for t in texts)  # never "đạt 72,2% KH" for a ceiling
    assert "Mức trần" in texts  # the legend names the line
    percent = next(ax for ax in fig.axes if ax.patches)
    lines = [ln for ln in percent.get_lines() if list(ln.get_ydata()) == [4.5, 4.5]]
    assert len(lines) == 1  # the ceiling drawn across the CPI slot
    band = [p for p in percent.patches if isinstance(p, Rectangle) and p.get_y() == 7.5]
    assert len(band) == 1 and band[0].get_height() == pytest.approx(0.5)  # the range 7,5–8
    assert any(" ".join(t.split()) == "7,6% trong khoảng kế hoạch 7,5–8%" for t in texts)
    alt = alt_text(plan)
    assert "Chỉ số giá tiêu dùng (CPI) 3,25% (kế hoạch 4,5%, dưới mức trần 4,5%)" in alt
    assert "(kế hoạch 7,5–8%, trong khoảng kế hoạch 7,5–8%)" in alt


def test_plan_kinds_read_in_english(tmp_path):
    plan = _charts(tmp_path, "en")[0]
    alt = alt_text(plan)
    assert "3.25% (plan 4.5%, below the 4.5% ceiling)" in alt
    assert "7.6% (plan 7.5–8%, within the planned range 7.5–8%)" in alt
    assert "5.05% (plan 6.5%, 77.7% of plan)" in alt


def test_attainment_text_follows_the_plan_kind(tmp_path):
    outline = OUTLINE.split("sections:")[0] + (
        "sections:\n  - title: Kết quả\n    slides:\n      - title: CPI\n        bullets:\n"
        "          - CPI {cpi}, {cpi.attainment}\n"
        "          - Xuất khẩu {exports_growth.attainment}\n"
        "          - GRDP {grdp_growth.attainment}\n"
    )
    result = build_deck(_deck(tmp_path, outline=outline), tmp_path / "deck.pptx")
    from pptx import Presentation

    text = " ".join(
        shape.text_frame.text
        for slide in Presentation(str(result.path)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    text = text.replace("\u00a0", " ").replace("\u2060", "")  # numbers bound to their units
    assert "CPI 3,25%, dưới mức trần 4,5%" in text
    assert "Xuất khẩu trong khoảng kế hoạch 7,5–8%" in text
    assert "GRDP đạt 77,7% kế hoạch" in text


def test_a_percent_of_plan_chart_has_a_100_percent_line(tmp_path):
    plan = _charts(tmp_path)[1]
    fig = draw(plan)
    ax = fig.axes[0]
    assert [list(ln.get_xdata()) for ln in ax.get_lines()] == [[100.0, 100.0]]
    assert "100% KH" in [t.get_text() for t in visible_texts(fig)]
    assert layout_problems(fig) == []


def test_a_bar_chart_of_mixed_units_is_refused_at_the_chart(tmp_path):
    outline = OUTLINE.replace("type: plan-actual", "type: bar")
    with pytest.raises(DeckmakerError) as exc:
        build_deck(_deck(tmp_path, outline=outline), tmp_path / "deck.pptx")
    problem = next(p for p in exc.value.problems if "different units" in p.message)
    assert problem.location.line == 12 and problem.location.file.endswith("outline.yaml")
    assert "%, USD" in problem.message
    assert "split the chart" in problem.hint


# big numbers ------------------------------------------------------------------------------
ONE = """\
deck:
  title: Kinh tế vĩ mô năm 2023
  organization: Sở Kế hoạch và Đầu tư
  date: 2024-01-20
  language: {lang}
  figures: figures.yaml
sections:
  - title: Kết quả
    slides:
      - title: CPI
        chart:
          type: plan-actual
          title: Chỉ số giá tiêu dùng năm 2023
          figures: [{key}]
      - title: Hai giá trị
        chart:
          type: bar
          figures: [grdp_growth, cpi]
      - title: Ba giá trị
        chart:
          type: bar
          figures: [grdp_growth, cpi, exports_growth]
"""


def _one(tmp_path: Path, key: str, lang: str = "vi") -> list[ChartPlan]:
    outline = ONE.replace("{key}", key)
    result = build_deck(_deck(tmp_path, lang, outline), tmp_path / "deck.pptx")
    return [e.chart for p in result.plans for e in p.elements if isinstance(e, ChartBox)]


def _big(fig, base: float) -> list[str]:
    """The texts drawn larger than the words beside a big number (1.5 times the chart's base
    size, ``base``): the big numbers."""
    return [t.get_text() for t in visible_texts(fig) if t.get_fontsize() >= 1.55 * base]


@pytest.mark.parametrize(
    ("key", "lang", "value", "mark", "stands"),
    [
        ("cpi", "vi", "3,25%", "Mức trần: 4,5%", "dưới mức trần 4,5%"),
        ("cpi", "en", "3.25%", "Ceiling: 4.5%", "below the 4.5% ceiling"),
        ("exports_growth", "vi", "7,6%", "Khoảng kế hoạch: 7,5–8%", "trong khoảng kế hoạch 7,5–8%"),
        (
            "exports_growth",
            "en",
            "7.6%",
            "Planned range: 7.5–8%",
            "within the planned range 7.5–8%",
        ),
        ("grdp_growth", "vi", "5,05%", "Kế hoạch: 6,5%", "đạt 77,7% kế hoạch"),
        ("grdp_growth", "en", "5.05%", "Plan: 6.5%", "77.7% of plan"),
    ],
)
def test_one_actual_against_its_plan_is_a_big_number_on_a_track(
    tmp_path, key, lang, value, mark, stands
):
    """One plan-actual category in a large panel (slides 24–26): the value in large type, how
    it stands after the plan's kind beside it, a track with the plan's mark named under it."""
    plan, two, three = _one(tmp_path, key, lang)
    assert (plan.form, two.form, three.form) == ("numbers", "numbers", "chart")
    fig = draw(plan)
    assert layout_problems(fig) == []
    texts = [t.get_text().replace("\u2060", "") for t in visible_texts(fig)]
    assert _big(fig, plan.style.base_size_pt) == [value]
    assert stands in texts and mark in texts
    assert not any("72,2" in t or "72.2" in t for t in texts)  # a ceiling is never "attained"
    ax = fig.axes[0]
    (track,) = [ln for ln in ax.get_lines() if ln.get_color() == plan.style.grid_color]
    assert track.get_xdata()[0] == 0
    marks = [ln for ln in ax.get_lines() if ln.get_marker() == "|"]
    ends = [float(m.get_xdata()[0]) for m in marks]
    whole = plan.plan_of(0)
    assert ends == ([float(v) for v in whole] if isinstance(whole, tuple) else [float(whole)])


def test_two_values_are_two_big_numbers_with_bars_to_scale(tmp_path):
    """A bar chart of two values (slide 19) is two big numbers, each with a bar to scale."""
    _, two, _ = _one(tmp_path, "cpi")
    fig = draw(two)
    assert layout_problems(fig) == []
    assert _big(fig, two.style.base_size_pt) == ["5,05%", "3,25%"]
    names = [t.get_text() for t in visible_texts(fig)]
    assert "Tăng trưởng GRDP" in names and "Chỉ số giá tiêu dùng (CPI)" in names
    bars = [ln for ln in fig.axes[0].get_lines() if ln.get_marker() != "|"]
    lengths = [float(ln.get_xdata()[1]) for ln in bars]
    assert lengths == [5.05, 3.25]
    assert fig.axes[0].get_xlim()[1] == pytest.approx(5.05)  # the larger fills the width
