"""Charts and KPI cards drafted from what the text gives (issue 15): actual/plan pairs ->
plan-actual, parts in one unit -> bar, headline figures -> KPI cards; each with '# review:'."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.draft import draft
from deckmaker.draft.compose import (
    _comparable,
    _Composer,
    _measure,
    _met,
    _one_value,
    _parts_only,
    _says_change,
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


def _charts(path):
    result = draft(path)
    figures = {f.key: f for f in result.deck.figures}
    charts = [sl for sec in result.deck.sections for sl in sec.slides if sl.chart]
    return result, figures, charts


def test_a_time_said_once_for_a_sentence_frames_all_its_figures(tmp_path):
    # kongchro-soket-9thang-2023: '9 tháng' is said once, before the second of three rates of
    # the plan; the three are one enumeration of one time, a chart of three bars (h24e)
    path = tmp_path / "kongchro.txt"
    path.write_text(
        "Theo đó, 9 tháng đầu năm nay, UBND huyện Kông Chro đã đạt được nhiều kết quả tích cực "
        "trên các lĩnh vực. Trong đó, tổng giá trị sản xuất ước trên 4,6 nghìn tỷ đồng, đạt "
        "75,3% kế hoạch, tăng 7,92% so với cùng kỳ năm 2022. Tổng thu ngân sách 9 tháng 20,8 tỷ "
        "đồng, đạt 80,1% kế hoạch. Đến nay, toàn huyện gieo trồng trên 41,8 nghìn ha cây trồng "
        "các loại, đạt 97,6% kế hoạch, tăng hơn 1% so với cùng kỳ năm 2022.\n",
        encoding="utf-8",
    )
    result, figures, charts = _charts(path)
    (slide,) = charts
    assert [figures[k].value for k in slide.chart.figures] == [
        Decimal("75.3"),
        Decimal("80.1"),
        Decimal("97.6"),
    ]
    assert {figures[k].unit for k in slide.chart.figures} == {"%"}
    assert any(r.startswith("chart proposed: 3 figures") for r in slide.review)
    assert "# review: chart proposed: 3 figures" in result.outline_yaml


def test_a_year_named_only_as_a_base_is_no_period_of_the_parts(tmp_path):
    # chupah-kh-ktxh-2024: 'tăng 8,53% so với năm 2023' is measured against 2023, not of it:
    # the sectors' amounts after it are of the plan's year like the first, parts of the total
    # (8.962,72 = 3.621,68 + 3.671,79 + 1.669,24): a chart of the three sectors, no total
    path = tmp_path / "chupah.txt"
    path.write_text(_line_with("chupah-kh-ktxh-2024", "3.671,79"), encoding="utf-8")
    result, figures, charts = _charts(path)
    by_value = {f.value: f for f in result.deck.figures}
    assert by_value[Decimal("3671.79")].period == ""
    assert by_value[Decimal("10.53")].period == ""
    (slide,) = charts
    bars = [figures[k] for k in slide.chart.figures]
    assert len({f.unit for f in bars}) == 1 and len(bars) >= 3
    assert len({f.period for f in bars if f.period}) <= 1  # never 2024 beside 2023
    assert any(r.startswith("chart proposed") for r in slide.review)


def test_sector_growth_rates_glued_to_their_words_are_one_chart(tmp_path):
    # dongnai-ktxh-thang10-2022: 'chế tạotăng1,36%', 'nướctăng1,06%' (as the portal publishes
    # them): the verb of a change is a word of its own, the month said once for the list
    path = tmp_path / "dongnai.txt"
    path.write_text(_line_with("dongnai-ktxh-thang10-2022", "1,34%"), encoding="utf-8")
    result, figures, charts = _charts(path)
    labels = [f.label for f in result.deck.figures]
    assert not any("tạotăng" in x or "nướctăng" in x for x in labels), labels
    (slide,) = charts
    bars = [figures[k] for k in slide.chart.figures]
    assert len(bars) >= 3 and all(_measure(f) == "% tăng" for f in bars), [f.label for f in bars]


def test_an_economys_growth_beside_its_sectors_is_a_chart(tmp_path):
    # quynhluu-huyenuy-tongket-2021: 'tốc độ phát triển kinh tế đạt 7,36%' is a growth rate,
    # a bar beside the sectors' 'tăng 2,52%', 'tăng 0,68%'
    path = tmp_path / "quynhluu.txt"
    path.write_text(
        "Năm 2021, có 30/32 chỉ tiêu đạt và vượt kế hoạch đề ra, đưa tốc độ phát triển kinh tế "
        "đạt 7,36%, trong đó công nghiệp - xây dựng tăng 2,52%, dịch vụ tăng 0,68% so với năm "
        "2020.\n",
        encoding="utf-8",
    )
    result, figures, charts = _charts(path)
    (slide,) = charts
    assert [figures[k].value for k in slide.chart.figures] == [
        Decimal("7.36"),
        Decimal("2.52"),
        Decimal("0.68"),
    ]


def _line_with(name: str, marker: str) -> str:
    """The line of an evaluation document that holds ``marker``, as written."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return next(x for x in lines if marker in x) + "\n"


def _lines(name: str, first: str, last: str) -> str:
    """The lines of an evaluation document from the one that starts with ``first`` to the one
    that starts with ``last``, as written."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    a = next(i for i, x in enumerate(lines) if x.startswith(first))
    b = next(i for i, x in enumerate(lines) if i >= a and x.startswith(last))
    return "\n".join(lines[a : b + 1]) + "\n"


def test_targets_set_as_floors_are_bars_of_the_targets_chart(tmp_path):
    # za-bacgiang-kh-giuongbenh-2030: 'tối thiểu 82%', '75%', '90%' of the techniques of each
    # level: the floor is the target, a chart of the three targets (a ceiling is none of them)
    result = _drafted(tmp_path, "za-bacgiang-kh-giuongbenh-2030")
    figures = {f.key: f for f in result.deck.figures}
    (slide,) = [sl for sec in result.deck.sections for sl in sec.slides if sl.chart]
    bars = [figures[k] for k in slide.chart.figures]
    assert [f.value for f in bars] == [Decimal(82), Decimal(75), Decimal(90)]
    assert all(f.plan_kind == "floor" for f in bars)
    assert "mục tiêu" in slide.chart.title
    assert any(r.startswith("chart proposed: 3 figures") for r in slide.review)


def test_a_ceiling_is_no_bar_beside_targets_to_reach(tmp_path):
    path = tmp_path / "ngansach.txt"
    path.write_text(
        "Mục tiêu năm 2026\n"
        "Phấn đấu tỷ lệ huy động vào ngân sách đạt tối thiểu 16%; tỷ lệ giải ngân vốn đầu tư "
        "công đạt tối thiểu 95%; nợ công không quá 60%; tỷ lệ chi thường xuyên tiết kiệm "
        "thêm đạt 10%.\n",
        encoding="utf-8",
    )
    result, figures, charts = _charts(path)
    (slide,) = charts  # (none before h24e: floors were bounds, kept off the bars)
    bars = [figures[k] for k in slide.chart.figures]
    assert [f.value for f in bars] == [Decimal(16), Decimal(95), Decimal(10)]
    assert "ceiling" not in {f.plan_kind for f in bars}  # 'nợ công không quá 60%'


def test_the_one_figure_each_of_a_list_of_headings_states_is_a_chart(tmp_path):
    # haiduong-nq-thanhlapthixa-2009: 'a. Thành lập phường Phả Lại' / '- … diện tích tự nhiên
    # 1.382,5 ha; dân số 41.511 nhân khẩu', 'b. Thành lập phường Văn An' …: the wards' areas,
    # one under each heading, are the bars, titled by the heading over them; Bến Tắm, which
    # states two areas (the part it takes from Bắc An, then its own), is no bar
    path = tmp_path / "haiduong.txt"
    path.write_text(_lines("haiduong-nq-thanhlapthixa-2009", "Điều 1.", "Điều 2."))
    result, figures, charts = _charts(path)
    (slide,) = charts
    bars = [figures[k] for k in slide.chart.figures]
    assert {f.unit for f in bars} == {"ha"}
    assert [f.value for f in bars][:2] == [Decimal("1382.5"), Decimal("1438.46")]
    assert Decimal("1613.36") not in [f.value for f in bars]
    assert Decimal("2026.23") not in [f.value for f in bars]
    assert all("phường" in f.label for f in bars)
    assert slide.chart.title.startswith("Thành lập các phường")


def test_numbered_targets_before_any_heading_are_one_list(tmp_path):
    # qb-quochoi-nq-ktxh-2026: '(1) Tốc độ tăng tổng sản phẩm trong nước (GDP) phấn đấu từ 10%
    # trở lên.', '(4) Tốc độ tăng chỉ số giá tiêu dùng …', … as the text's first lines, one
    # list (not each its own paragraph): the growth targets are one chart
    result = _drafted(tmp_path, "qb-quochoi-nq-ktxh-2026")
    figures = {f.key: f for f in result.deck.figures}
    charts = [sl for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert charts
    bars = [figures[k] for k in charts[0].chart.figures]
    assert len(bars) >= 3 and len({_measure(f) for f in bars}) == 1
    assert all(f.plan_kind for f in bars)
    assert [f.value for f in bars] == [Decimal(10), Decimal("4.5"), Decimal("8.5")]


def test_one_indicators_targets_at_three_horizons_are_a_bar_a_year(tmp_path):
    # xb-chinhphu-tlcv-bhxhtunguyen-2030: 'phấn đấu đến năm 2021, nông dân … tham gia bảo hiểm
    # xã hội tự nguyện chiếm khoảng 1% …; đến năm 2025 đạt khoảng 2,5% và đến năm 2030 đạt
    # khoảng 5%': one indicator's path, a column a year, named by the year
    result = _drafted(tmp_path, "xb-chinhphu-tlcv-bhxhtunguyen-2030")
    figures = {f.key: f for f in result.deck.figures}
    (slide,) = [sl for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert slide.chart.type == "bar"
    assert slide.chart.categories == ("Năm 2021", "Năm 2025", "Năm 2030")
    assert [figures[k].value for k in slide.chart.figures] == [1, Decimal("2.5"), 5]
    assert "mục tiêu" in slide.chart.title
    assert any("one indicator at 3 horizons" in r for r in slide.review)
    # the step a clause names no year of is none ('(thay vì 40.000 USD/người)')
    result = _drafted(tmp_path, "v-hcm-daihoi-chitieu-2020")
    figures = {f.key: f for f in result.deck.figures}
    (slide,) = [sl for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert [figures[k].value for k in slide.chart.figures] == [8500, 13000, 37000]
    assert slide.chart.categories == ("Năm 2025", "Năm 2030", "Năm 2045")


def test_a_time_said_at_a_clauses_head_frames_the_clauses_after_it(tmp_path):
    # nghean-ktxh-9thang-2024: '(đến tháng 9/2024, toàn tỉnh có 320/411 xã đạt chuẩn NTM, tương
    # đương 77,86%; 101/320 xã … nâng cao, …; 16/320 xã … kiểu mẫu, …)': the month said once,
    # before the first count, is the time of the counts of the clauses after it; the paragraph
    # says other times ('9 tháng'), so none is said once for all of it (h26c)
    path = tmp_path / "nghean.txt"
    path.write_text(_line_with("nghean-ktxh-9thang-2024", "320/411"), encoding="utf-8")
    result, figures, charts = _charts(path)
    (slide,) = charts
    bars = [figures[k] for k in slide.chart.figures]
    assert [f.value for f in bars] == [320, 101, 16]
    assert {f.unit for f in bars} == {"xã"}
    assert any(r.startswith("chart proposed: 3 figures") for r in slide.review)
    # a figure's own period does not lead the clauses after it ('khoảng 25% đến năm 2025; …
    # 35% GRDP; … 45% – 50%; … trên 1%/GRDP': a list of unlike targets, no chart of them)
    result = _drafted(tmp_path, "v-hcm-daihoi-chitieu-2020")
    charted = [sl.chart for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert [c.categories for c in charted] == [("Năm 2025", "Năm 2030", "Năm 2045")]


def test_multiples_of_one_base_are_bars_of_one_chart(tmp_path):
    # quangnam-tt-20namtailap-2017: 'quy mô kinh tế tăng hơn 30 lần …, giá trị sản xuất công
    # nghiệp tăng hơn 160 lần …, GRDP bình quân đầu người … khoảng 53 triệu đồng, gấp 28 lần':
    # each a multiple of its level at re-establishment, a level (not a change beside levels);
    # the one after an amount is named by the amount's subject (h26c)
    result = _drafted(tmp_path, "quangnam-tt-20namtailap-2017")
    figures = {f.key: f for f in result.deck.figures}
    (slide,) = [sl for sec in result.deck.sections for sl in sec.slides if sl.chart]
    bars = [figures[k] for k in slide.chart.figures]
    assert [f.value for f in bars] == [30, 160, 28]
    assert {f.unit for f in bars} == {"lần"}
    # a change in another unit is still no bar beside levels ('tăng 25 xã so năm 2013')
    path = tmp_path / "xa.txt"
    path.write_text(
        "Toàn tỉnh có 120 xã đạt chuẩn nông thôn mới, tăng 25 xã so năm 2013; 40 xã đạt chuẩn "
        "nâng cao, 12 xã đạt chuẩn kiểu mẫu.\n",
        encoding="utf-8",
    )
    result, figures, charts = _charts(path)
    (slide,) = charts
    assert [figures[k].value for k in slide.chart.figures] == [120, 40, 12]


@pytest.mark.parametrize(
    ("label", "change", "named"),
    [
        ("Sản lượng khai thác tăng", True, True),
        ("Nông-lâm nghiệp, thủy sản tăng so với năm 2023", True, True),
        ("Bán lẻ hàng hóa tăng so với cùng kỳ", True, True),
        ("Thu ngân sách giảm so với kế hoạch", True, False),  # a base, no time
        ("Số xã so năm", True, False),  # 'tăng 25 xã so năm 2013': a base of time alone
        ("Tổng sản lượng thủy sản", False, False),
        ("Tỷ lệ tăng dân số tự nhiên", False, False),  # the verb not at the end
    ],
)
def test_a_label_that_says_a_change_read_in_two_modes(label, change, named):
    # one reading of 'a label that says a change' (``_says_change``): any change (a figure in a
    # unit other than % labelled so is no bar beside levels), or, ``named``, a change named by
    # its subject, alone or with a base of time (a growth rate beside the others); the two
    # regular expressions it replaced read every label alike (no drafted deck of the set changed)
    assert _says_change(label) is change
    assert _says_change(label, named=True) is named
