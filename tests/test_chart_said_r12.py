"""Issue 14, review R12 of the sample deck (items 10, 14 and 15): a chart says each thing once
(no title that repeats the slide's, the unit in the values or the title, a comparison on every
name said once in the title), draws a target as a tint of its series' colour in a dashed edge,
and its legend and ticks show what the plot draws. The fixture ``chart-said`` holds one chart
of each case of the sample (slides 20, 21, 25, 33 and 45)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from matplotlib.colors import to_hex, to_rgb
from pptx import Presentation

from deckmaker.charts.kinds.bars import TARGET_TINT
from deckmaker.charts.kinds.common import MARK_CONTRAST, contrast_ratio, tint, toned
from deckmaker.charts.kinds.layout import visible_texts
from deckmaker.charts.model import reference
from deckmaker.layout.kinds.chart import _echoes, _said_once, _tails_moved
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck

from .chart_boxes import chart_boxes, drawn
from .conftest import FIXTURES, SAMPLE

SAID = FIXTURES / "chart-said"


def _boxes(folder=SAID, theme: str = "default") -> dict[str, ChartBox]:
    return chart_boxes(folder, theme)


_drawn = drawn


def test_a_chart_title_that_repeats_the_slide_title_is_dropped_and_the_unit_said_once():
    """Sample slide 20: "Tổng vốn đầu tư phát triển toàn xã hội (tỷ đồng)" under the slide
    "Vốn đầu tư phát triển toàn xã hội", over big numbers that carry "tỷ đồng": no title, its
    lines given to the numbers. Slide 25: "(tỷ USD)" leaves the title ("5,8 tỷ USD" says it);
    slide 33: "(%)" leaves "Tốc độ tăng (%)" (every value ends in "%"); slide 45's
    "Tỷ lệ hộ nghèo (%)" only repeats its slide's title. The alt text still names the chart
    in full."""
    boxes = _boxes()
    invest = boxes["Vốn đầu tư phát triển toàn xã hội"]
    assert invest.chart.form == "numbers" and invest.chart.title is None
    assert "“Tổng vốn đầu tư phát triển toàn xã hội (tỷ đồng)”" in invest.alt
    exports = boxes["Chưa đạt kế hoạch: kim ngạch xuất khẩu"]
    assert exports.chart.title == "Kim ngạch xuất khẩu năm 2023"
    texts = [t.get_text() for t in visible_texts(_drawn(exports.chart))]
    assert not any("(tỷ USD)" in t for t in texts), texts
    assert any(t.startswith("Kim ngạch xuất khẩu") for t in texts)  # the title stays
    assert "tỷ USD" in texts  # after the big number
    growth = boxes["Tăng trưởng: thực hiện 2023 và kế hoạch 2024"]
    assert growth.chart.title == "Tốc độ tăng"
    assert boxes["Tỷ lệ hộ nghèo đến năm 2025"].chart.title is None
    # a unit the values do not carry stays in the title: "(tỷ đồng)" over bare "33.100"
    budget = _boxes(SAMPLE)["Ngân sách: năm 2023 và dự toán 2024"]
    assert budget.chart.title == "Thu, chi ngân sách (tỷ đồng)"
    # and keeps the title, even one that otherwise repeats the slide's
    spending = replace(budget.chart, title="Ngân sách (tỷ đồng)")
    assert _said_once(spending, "Ngân sách: năm 2023 và dự toán 2024").title == spending.title
    assert _said_once(replace(spending, title="Ngân sách"), "Ngân sách").title is None


def test_a_comparison_on_every_category_is_said_once_in_the_title():
    """Sample slide 21: "so với dự toán" after three of the four names, "so với kế hoạch" after
    the fourth, under a title that says "so với dự toán, kế hoạch": the names lose it, the
    chart keeps its "100% KH" line, and the alt text keeps the names in full."""
    box = _boxes()["Thu, chi ngân sách năm 2023 so với dự toán"]
    chart = box.chart
    assert chart.categories == ("Tổng thu ngân sách", "Thu nội địa", "Chi đầu tư phát triển")
    assert chart.title == "Mức thực hiện so với dự toán, kế hoạch"
    assert reference(chart) == 100
    texts = [t.get_text() for t in visible_texts(_drawn(chart))]
    assert "100% KH" in texts and not any("so với" in t and t != chart.title for t in texts)
    assert "Thu nội địa so với dự toán 128,6%" in box.alt


def test_the_rules_for_saying_once():
    # the same comparison on every name, which the title does not say: once, before its unit
    title, names = _tails_moved(
        "Tăng trưởng (%)", ("Thu nội địa so với cùng kỳ", "Chi thường xuyên so với cùng kỳ")
    )
    assert title == "Tăng trưởng so với cùng kỳ (%)"
    assert names == ("Thu nội địa", "Chi thường xuyên")
    # different comparisons the title does not name: the names keep them
    kept = ("Thu so với dự toán", "Chi so với cùng kỳ")
    assert _tails_moved("Tăng trưởng (%)", kept) == ("Tăng trưởng (%)", kept)
    # one name without a comparison, or no title to move it to: as written
    mixed = ("Thu so với dự toán", "Chi")
    assert _tails_moved("Mức thực hiện so với dự toán", mixed)[1] == mixed
    assert _tails_moved(None, kept) == (None, kept)
    # no title, and every name ends with one bracketed comparison (the drafted camau 15 on
    # tuong-phan: six names of two lines did not fit at 22 pt, the build stopped): said once,
    # as the chart's title, which keeps its 100% line (R19 #6)
    bracketed = ("Sản lượng điện sản xuất (so với kế hoạch)", "Bán lẻ hàng hóa (so với kế hoạch)")
    assert _tails_moved(None, bracketed) == (
        "So với kế hoạch",
        ("Sản lượng điện sản xuất", "Bán lẻ hàng hóa"),
    )
    assert _tails_moved(None, (bracketed[0], "Bán lẻ (so với cùng kỳ)"))[0] is None
    # a title repeats the slide's when it adds no word of its own ("Tổng" aside)
    assert _echoes("Tổng vốn đầu tư phát triển", "Vốn đầu tư phát triển")
    assert not _echoes("GRDP năm 2024", "GRDP năm 2023")
    assert not _echoes("Tốc độ tăng", "Tăng trưởng: thực hiện 2023 và kế hoạch 2024")


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_a_plan_panel_is_headed_in_its_series_colour(theme):
    """Sample slide 44: "Kế hoạch 2024" was headed in the text's grey while its bars are
    orange. Since R20 #7 the chart is never cut into one panel per series (test_chart_r20):
    the series are named once, by the legend, each beside a swatch in its own colour, and no
    panel carries a series' name as a grey header."""
    box = _boxes(SAMPLE, theme)["Chỉ tiêu xã hội: năm 2023 và mục tiêu 2024"]
    fig = _drawn(box.chart)
    names = [s.name for s in box.chart.series]
    for ax in fig.axes:
        assert ax.get_title(loc="left") not in names
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]
    legends += list(fig.legends)
    assert len(legends) == 1, "the series are named once"
    shown = {t.get_text(): h for t, h in zip(legends[0].get_texts(), legends[0].legend_handles)}
    assert set(names) <= set(shown)
    drawn = {to_hex(h.get_facecolor()) for n, h in shown.items() if n in names}
    assert len(drawn) == len(names), "each series its own colour"


def test_the_legend_draws_no_line_the_plot_lacks_and_ticks_are_whole():
    """Sample slide 45: one result (2023) and two targets: the legend showed "Thực hiện" as a
    solid line no part of the plot draws, and the ticks read "0,0% / 0,5% / 1,0%". The result's
    entry is its filled point alone; no tick reads a bare ",0". With two results side by side
    the entry is a solid line again. (Since R19 #9 the axis fits the points, 0,5-0,9%, where
    it ran 0-1% with ticks "0%" and "1%", the points in its top half.)"""
    chart = _boxes()["Tỷ lệ hộ nghèo đến năm 2025"].chart
    fig = _drawn(chart)
    ax = fig.axes[0]
    legend = ax.get_legend()
    entries = dict(zip([t.get_text() for t in legend.get_texts()], legend.legend_handles))
    actual = entries["Thực hiện"]
    assert actual.get_linestyle() == "None" or actual.get_linewidth() == 0
    assert actual.get_marker() == "o"
    assert entries["Mục tiêu"].get_linestyle() not in ("-", "solid", "None")
    lo, hi = ax.get_ylim()
    shown = [
        t.get_text()
        for t, v in zip(ax.yaxis.get_ticklabels(), ax.yaxis.get_majorticklocs())
        if lo - 1e-9 <= v <= hi + 1e-9 and t.get_text()
    ]
    assert shown == ["0,5%", "0,6%", "0,7%", "0,8%", "0,9%"], shown
    assert 0.4 < lo <= 0.5 and 0.9 <= hi < 1.0, (lo, hi)
    two = replace(chart, targets=((False, False, True),))
    legend = _drawn(two).axes[0].get_legend()
    entries = dict(zip([t.get_text() for t in legend.get_texts()], legend.legend_handles))
    assert entries["Thực hiện"].get_linestyle() == "-"
    assert entries["Thực hiện"].get_linewidth() > 0


def test_the_written_deck_shows_tinted_targets_and_full_alt_texts(tmp_path):
    """The .pptx: the growth chart's picture shows the target's tint (sample slide 33's plan
    bars were white boxes), edged by its series' colour at 3:1 on the slide; every chart's alt
    text keeps its title and names as the outline wrote them."""
    from PIL import Image

    result = build_deck(SAID, tmp_path / "said.pptx", cache=False)
    prs = Presentation(str(result.path))
    pictures = {}
    for slide in prs.slides:
        title = slide.shapes.title.text.replace("\xa0", " ") if slide.shapes.title else ""
        for shape in slide.shapes:
            if shape._element.tag.endswith("}pic"):
                pictures[title] = shape
    alts = {t: p._element.nvPicPr.cNvPr.get("descr") for t, p in pictures.items()}
    assert (
        "Tổng vốn đầu tư phát triển toàn xã hội (tỷ đồng)"
        in alts["Vốn đầu tư phát triển toàn xã hội"]
    )
    assert (
        "Chi đầu tư phát triển so với kế hoạch 91,1%"
        in alts["Thu, chi ngân sách năm 2023 so với dự toán"]
    )
    assert "Tỷ lệ hộ nghèo (%)" in alts["Tỷ lệ hộ nghèo đến năm 2025"]
    growth = _boxes()["Tăng trưởng: thực hiện 2023 và kế hoạch 2024"].chart
    style = growth.style
    fill = tint(style.colors[1], style.background, TARGET_TINT)
    edge = toned(style.colors[1], style.background, MARK_CONTRAST)
    assert contrast_ratio(edge, style.background) >= MARK_CONTRAST
    picture = pictures["Tăng trưởng: thực hiện 2023 và kế hoạch 2024"]
    image = Image.open(io.BytesIO(picture.image.blob)).convert("RGB")
    counts = {}
    for count, rgb in image.getcolors(maxcolors=1 << 20):
        counts[rgb] = count

    def near(color: str) -> int:
        target = [round(c * 255) for c in to_rgb(color)]
        return sum(
            n for rgb, n in counts.items() if all(abs(a - b) <= 3 for a, b in zip(rgb, target))
        )

    bar = near(style.colors[0])
    assert near(fill) >= 0.5 * bar, (near(fill), bar)  # the plan bars' area, tinted
    assert near(edge) > 0.02 * bar  # their dashed edge
