"""Charts that tell the truth (issue 14): plans name their unit, bounds and approximations keep
their word, targets look like targets, pie names stay on one line."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from matplotlib.colors import to_hex

from deckmaker.charts import ChartPlan, Series, alt_text
from deckmaker.charts.kinds.common import contrast_ratio
from deckmaker.charts.kinds.layout import visible_texts
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck
from tests.unit.test_charts import H, W, drawn, style, texts_of


def _plan(**fields: object) -> ChartPlan:
    base: dict[str, object] = {
        "kind": "bar",
        "title": None,
        "categories": ("a",),
        "series": (Series("s", (D(1),)),),
        "unit": None,
        "source": None,
        "width_emu": W // 2,
        "height_emu": H,
        "lang": "vi",
        "style": style(),
    }
    base.update(fields)
    return ChartPlan(**base)  # type: ignore[arg-type]


def test_big_number_plan_label_names_the_unit():
    plan = _plan(
        kind="plan-actual",
        title="Kim ngạch xuất khẩu năm 2023",
        categories=("Kim ngạch xuất khẩu",),
        series=(Series("Thực hiện", (D("5.8"),)), Series("Kế hoạch", (D(7),))),
        unit="tỷ USD",
        form="numbers",
    )
    texts = texts_of(drawn(plan))
    assert any(t.startswith("Kế hoạch") and t.endswith("7 tỷ USD") for t in texts), texts


FIGURES = """\
poverty_rate:
  label: Tỷ lệ hộ nghèo (dưới)
  value: 0.9
  unit: "%"
  period: "2023"
poverty_rate_2024:
  label: Tỷ lệ hộ nghèo
  value: 0.71
  unit: "%"
  period: "2024"
poverty_rate_2025:
  label: Tỷ lệ hộ nghèo
  value: 0.5
  unit: "%"
  period: "2025"
trained_labour:
  label: Tỷ lệ lao động qua đào tạo (trên)
  value: 69
  unit: "%"
  period: "2023"
certified_labour:
  label: Lao động có bằng cấp, chứng chỉ (khoảng)
  value: 31
  unit: "%"
  period: "2023"
"""

OUTLINE = """\
deck:
  title: Hưng Yên 2024
  organization: Ban Tuyên giáo
  date: 2024-01-20
  language: {lang}
  figures: figures.yaml
sections:
  - title: Xã hội
    slides:
      - title: Tỷ lệ hộ nghèo đến năm 2025
        chart:
          type: line
          title: Tỷ lệ hộ nghèo (%)
          categories: ["2023", "2024", "2025"]
          series:
            - name: Tỷ lệ hộ nghèo
              values: [poverty_rate, poverty_rate_2024, poverty_rate_2025]
          unit: "%"
      - title: Lao động
        chart:
          type: bar
          categories: [Lao động qua đào tạo, "Có bằng cấp, chứng chỉ"]
          series:
            - name: Năm 2023
              values: [trained_labour, certified_labour]
            - name: Năm 2024
              values: [70, 32]
          unit: "%"
"""


def _charts(tmp_path: Path, lang: str = "vi") -> list[ChartPlan]:
    (tmp_path / "figures.yaml").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "outline.yaml").write_text(OUTLINE.replace("{lang}", lang), encoding="utf-8")
    result = build_deck(tmp_path / "outline.yaml", tmp_path / "deck.pptx")
    return [e.chart for p in result.plans for e in p.elements if isinstance(e, ChartBox)]


def test_a_ceiling_keeps_its_word_and_targets_are_dashed_and_hollow(tmp_path):
    line_plan = _charts(tmp_path)[0]
    assert line_plan.bounds == (("ceiling", None, None),)
    assert line_plan.targets == ((False, True, True),)  # 2024, 2025 after a deck of 01/2024
    fig = drawn(line_plan)
    texts = [t.get_text() for t in visible_texts(fig)]
    assert "dưới 0,9%" in texts and "0,71%" in texts
    assert "Mục tiêu" in texts and "Thực hiện" in texts  # the legend says what dashes mean
    (ax,) = [a for a in fig.axes if a.get_lines()]
    drawn_lines = [ln for ln in ax.get_lines() if ln.get_visible()]
    dashed = [ln for ln in drawn_lines if ln.get_linestyle() != "-" and len(ln.get_xdata()) == 2]
    solid = [ln for ln in drawn_lines if ln.get_linestyle() == "-" and len(ln.get_xdata()) == 2]
    assert len(dashed) == 2 and not solid  # 2023→2024 and 2024→2025 both lead to targets
    markers = {float(ln.get_xdata()[0]): ln for ln in drawn_lines if ln.get_marker() == "o"}
    bg = line_plan.style.background.lower()
    assert to_hex(markers[0.0].get_markerfacecolor()) != bg  # the result filled
    assert to_hex(markers[1.0].get_markerfacecolor()) == bg  # targets hollow
    assert to_hex(markers[2.0].get_markerfacecolor()) == bg
    assert "dưới 0,9%" in alt_text(line_plan)


def test_floor_and_approximation_keep_their_words_in_bar_labels(tmp_path):
    bar_plan = _charts(tmp_path)[1]
    texts = [t.get_text() for t in visible_texts(drawn(bar_plan))]
    assert "trên 69%" in texts and "khoảng 31%" in texts
    assert "69%" not in texts and "31%" not in texts
    assert "70%" in texts  # a number written in the outline is exact


def test_bound_words_in_english(tmp_path):
    line_plan, bar_plan = _charts(tmp_path, "en")
    texts = [t.get_text() for t in visible_texts(drawn(bar_plan))]
    assert "over 69%" in texts and "about 31%" in texts
    assert "Target" in [t.get_text() for t in visible_texts(drawn(line_plan))]


PIE = """\
deck:
  title: Ngân sách
  organization: Sở Tài chính
  date: 2024-01-20
  language: vi
sections:
  - title: Chi
    slides:
      - title: Cơ cấu chi ngân sách năm 2023
        chart:
          type: donut
          title: Chi ngân sách năm 2023 (tỷ đồng)
          categories: [Chi đầu tư phát triển, Chi thường xuyên]
          series:
            - name: Chi ngân sách
              values: [13500, 8171.5]
          unit: tỷ đồng
        bullets:
          - Tổng chi ngân sách 21.671,5 tỷ đồng
          - Chi đầu tư phát triển 13.500 tỷ đồng
          - Chi thường xuyên 8.171,5 tỷ đồng
"""


def test_pie_names_keep_lexicon_words_whole_and_leaders_are_visible(tmp_path):
    (tmp_path / "outline.yaml").write_text(PIE, encoding="utf-8")
    result = build_deck(tmp_path / "outline.yaml", tmp_path / "deck.pptx")
    (plan,) = [e.chart for p in result.plans for e in p.elements if isinstance(e, ChartBox)]
    assert "thường xuyên" in plan.style.keep_whole  # of the lexicon, passed as plain data
    fig = drawn(plan)
    lines = [ln for t in visible_texts(fig) for ln in t.get_text().split("\n")]
    assert not any(ln.endswith("thường") or ln.startswith("xuyên") for ln in lines), lines
    assert not any(ln.endswith("phát") or ln.startswith("triển") for ln in lines), lines
    leaders = [
        t.arrow_patch
        for ax in fig.axes
        for t in ax.texts
        if getattr(t, "arrow_patch", None) is not None and t.arrow_patch.get_visible()
    ]
    assert leaders  # at least one label left its slice's level
    for patch in leaders:
        color = to_hex(patch.get_edgecolor())
        assert contrast_ratio(color, plan.style.background) >= 3.0, color
