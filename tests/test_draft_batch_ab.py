"""Figures, plans and charts of batch AB (tests/fixtures/draft-eval/ab-*, held out until session
20, then material), each rule stated on sentences those documents (and others of the set) write."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft
from deckmaker.draft.figures import find_figures

from .draft_eval import EVAL


def _kinds(text: str, reported: int | None = None) -> list[tuple[Decimal, str | None, str | None]]:
    return [
        (f.value, f.unit, f.plan_kind)
        for f in find_figures(text, "", False, None, reported)
        if isinstance(f.value, Decimal)
    ]


def test_a_list_of_targets_named_before_its_colon_states_each_level_itself():
    # ab-binhduong-kh-dulich-2030: 'phấn đấu' before the colon that names the targets, then
    # their levels: each level as written, exact (the rule of round 6), not at least
    text = (
        "Theo đề án, phấn đấu đến năm 2025, ngành du lịch tỉnh sẽ đạt được một số chỉ tiêu: Tổng "
        "lượng khách du lịch đạt 5.250.000 lượt, trong đó khách quốc tế 320.000 lượt, khách nội "
        "địa 4.930.000 lượt; doanh thu du lịch đạt 2.090 tỷ đồng; thu hút 7.500 lao động trong "
        "ngành du lịch, trong đó có 60% lao động đã qua đào tạo; có 50 cơ sở khách sạn được xếp "
        "hạng sao với tổng số phòng lưu trú là 7.500 phòng; công nhận 1 khu và 2 điểm du lịch."
    )
    assert _kinds(text) == [
        (5250000, "lượt", "exact"),
        (320000, "lượt", "exact"),
        (4930000, "lượt", "exact"),
        (2090, "tỷ đồng", "exact"),
        (7500, "lao động", "exact"),
        (60, "%", "exact"),
        (50, "cơ sở", "exact"),
        (7500, "phòng", "exact"),
        (1, "khu", "exact"),
        (2, "điểm", "exact"),  # (points of a place, counted since h26c)
    ]


def test_a_striving_for_a_time_then_a_level_reached_lists_its_levels_as_written():
    # ab-binhduong-kh-dulich-2030: 'Phấn đấu đến năm 2030, … đạt …;' strives for a level (the
    # time said first), so what it lists after is exact too, as without the time
    text = (
        "Phấn đấu đến năm 2030, tổng lượt khách du lịch đạt 8.100.000 lượt khách; doanh thu du "
        "lịch đạt 3.700 tỷ đồng; thu hút 8.500 lao động trong ngành du lịch, trong đó có 70% lao "
        "động đã qua đào tạo; có 60 cơ sở khách sạn được xếp hạng sao với 8.000 phòng lưu trú."
    )
    assert _kinds(text) == [
        (8100000, "lượt khách", "exact"),
        (3700, "tỷ đồng", "exact"),
        (8500, "lao động", "exact"),
        (70, "%", "exact"),
        (60, "cơ sở", "exact"),
        (8000, "phòng", "exact"),
    ]


def test_news_of_a_plan_reporting_no_year_plans_what_it_says_of_a_horizon():
    # ab-ttg-qd-quyhoachdulich-2030: a news page of a master plan reports on no year; 'đến năm
    # 2025' is the horizon its figures are planned for, each 'khoảng N' exact
    text = (
        "Theo quy hoạch, đến năm 2025, du lịch tạo ra khoảng 6,3 triệu việc làm, trong đó khoảng "
        "2,1 triệu việc làm trực tiếp; đến năm 2030 tạo ra khoảng 10,5 triệu việc làm, trong đó "
        "khoảng 3,5 triệu việc làm trực tiếp."
    )
    assert [kind for *_, kind in _kinds(text)] == ["exact"] * 4
    # sa-brvt-bc-nongnghiep-2019, thapmuoi-hnd-daihoi-2017, quynhluu-huyenuy-tongket-2021: what
    # is, counted up to a time ('đến cuối năm', 'đến hết năm', 'lũy kế đến năm'), is no target
    for said in (
        "Tính đến cuối năm 2019, trên địa bàn tỉnh có 185 cơ sở sản xuất trồng trọt, trang trại "
        "chăn nuôi và nuôi trồng thủy sản ứng dụng nông nghiệp công nghệ cao vào sản xuất.",
        "- Hoa màu: Diện tích sản xuất đến cuối năm 2017 đạt 971,7ha, tăng 394 ha.",
        "Toàn huyện huy động trên 2.170 tỷ đồng cho công tác xây dựng nông thôn mới, lũy kế đến "
        "năm 2021 có 32 xã đạt chuẩn nông thôn mới.",
    ):
        assert all(kind is None for *_, kind in _kinds(said)), said
    # a report on a year still reads a horizon after it only
    assert _kinds("Đến năm 2024, toàn tỉnh có 52 xã đạt chuẩn nông thôn mới.", 2024) == [
        (52, "xã", None)
    ]


def test_turns_of_visitors_are_one_unit_unless_the_kind_of_visitor_follows():
    # ab-daklak-bc-6thang-2024, ya-bacgiang-bc-ktxh-2017, xb-krongno-bc-dulich-2019: 'lượt
    # khách' as the labelled set writes it (11 of 14); ab-ttg-qd-quyhoachdulich-2030 and
    # qh-nq-tangtruong8-2025: 'triệu lượt' when 'khách quốc tế', 'khách nội địa' say which
    assert _kinds("Năm 2017, toàn tỉnh đón 1,13 triệu lượt khách, gấp 2,1 lần năm 2016")[0][:2] == (
        Decimal("1.13"),
        "triệu lượt khách",
    )
    text = (
        "Trong đó, khoảng 150.000 lượt khách du lịch trong nước và quốc tế; 4 tháng đầu năm 2019 "
        "đón khoảng 45.000 lượt khách du lịch."
    )
    assert [u for _, u, _ in _kinds(text)] == ["lượt khách", "lượt khách"]
    text = (
        "Mục tiêu cụ thể, năm 2025, phấn đấu đón từ 25 - 28 triệu lượt khách quốc tế; 130 triệu "
        "lượt khách nội địa, duy trì tốc độ tăng trưởng khách nội địa từ 8 - 9%/năm."
    )
    # (h44c, issue 15: turns are in 'lượt' with the noun they count, the kind of visitor the
    # label's, as 'lượt khách du lịch' above; was 'triệu lượt' when a kind followed)
    assert [f.unit for f in find_figures(text)][:2] == ["triệu lượt khách", "triệu lượt khách"]
    text = (
        "Năm 2025, phấn đấu đón và phục vụ 22 - 23 triệu lượt khách du lịch quốc tế, 120 - 130 "
        "triệu lượt khách du lịch nội địa."
    )
    assert [f.unit for f in find_figures(text)] == ["triệu lượt khách", "triệu lượt khách"]
    # camau-kh-taichinh-2026: a bare act before the turns ('thu hút'), nothing after them: named
    # by what they count and the act done to them, not by the act alone ('Thu hút')
    text = (
        "- Công tác quản lý nhà nước về du lịch được tăng cường, đẩy mạnh, thu hút gần 8,1 triệu "
        "lượt khách, đạt 101,3% kế hoạch, tăng 11,8% so với cùng kỳ."
    )
    turns = find_figures(text)[0]
    assert (turns.value, turns.unit, turns.label) == (
        Decimal("8.1"),
        "triệu lượt khách",
        "Lượt khách được thu hút",
    )


def test_a_plans_targets_at_two_horizons_are_charted_side_by_side():
    # ab-ttg-qd-quyhoachdulich-2030: no list of one time holds three comparable figures, but the
    # plan sets jobs (all, and direct) for 2025 and again for 2030: one grouped chart, a series
    # a horizon, a category an indicator (its year said by the series, not the category)
    result = draft(EVAL / "ab-ttg-qd-quyhoachdulich-2030.txt", slides=None)
    figures = {f.key: f for f in result.deck.figures}
    (chart,) = [sl.chart for sec in result.deck.sections for sl in sec.slides if sl.chart]
    assert chart.type == "bar" and chart.unit == "triệu việc làm"
    assert chart.series == "Mục tiêu 2025" and chart.more[0][0] == "Mục tiêu 2030"
    assert [figures[k].value for k in chart.figures] == [Decimal("6.3"), Decimal("2.1")]
    assert [figures[k].value for k in chart.more[0][1]] == [Decimal("10.5"), Decimal("3.5")]
    assert not any("2025" in c or "2030" in c for c in chart.categories)
    assert "chart proposed: 2 indicators the text sets a target for at two horizons" in (
        result.outline_yaml
    )


def test_a_result_over_its_plan_in_a_bracket_is_no_plan_of_the_figure_before():
    # ab-quan11-bc-ktxh-thang5-2015: '(344/766 tỷ đồng)' after 'đạt 45,7% dự toán năm' is the
    # five months' revenue over the year's estimate; its 344 is not the estimate of May's 344
    text = (
        "b. Về ngân sách: Thu ngân sách nhà nước thực hiện tháng 5 là 344 tỷ đồng, lũy kế 5 tháng "
        "đạt 45,7% dự toán năm (344/766 tỷ đồng). Thu ngân sách quận thực hiện tháng 5 là 220 tỷ "
        "đồng, lũy kế 5 tháng đạt 41,3% so với dự toán (220/532,8 tỷ đồng)."
    )
    assert [(f.value, f.plan, f.plan_kind) for f in find_figures(text)] == [
        (344, None, None),
        (Decimal("45.7"), None, None),
        (344, 766, "exact"),
        (220, None, None),
        (Decimal("41.3"), None, None),
        (220, Decimal("532.8"), "exact"),
    ]


def test_a_month_glued_to_the_value_after_it_is_no_part_of_the_value():
    # ab-quan11-bc-ktxh-thang5-2015: 'tháng 5801,9 tỷ đồng' is May's 801,9 (the space lost),
    # the month named again by 'lũy kế 5 tháng'
    text = (
        "a. Về kinh tế: giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (theo giá thực tế) "
        "thực hiện tháng 5801,9 tỷ đồng, lũy kế 5 tháng là 3.310,6 tỷ đồng, tăng 10,1% so với "
        "cùng kỳ. Doanh thu thương mại dịch vụ thực hiện tháng 57.800 tỷ đồng, lũy kế 5 tháng là "
        "36.847,6 tỷ đồng, tăng 11,68% so cùng kỳ."
    )
    found = find_figures(text)
    assert [f.value for f in found] == [
        Decimal("801.9"),
        Decimal("3310.6"),
        Decimal("10.1"),
        7800,
        Decimal("36847.6"),
        Decimal("11.68"),
    ]
    assert text[found[0].span[0] : found[0].span[1]] == "801,9 tỷ đồng"
    # a month said alone is no glue: 'tháng 12 năm 2015' (a date), nor a month's 12 million
    # with no other month one ('sau 1 tháng' names no month)
    assert [f.value for f in find_figures("Tháng 12 năm 2015, sau 1 tháng, thu 300 tỷ đồng.")] == [
        300
    ]


def test_a_disease_named_with_its_dash_spaced_counts_nothing():
    # ab-bnn-bc-tongket-2021 (and quangnam-hopbao-6thang-2021): 'Covid – 19' is 'Covid-19', no
    # count of 'ảnh hưởng'
    text = (
        "Theo Bộ NN&PTNT, năm 2021 trong bối cảnh dịch bệnh Covid – 19 ảnh hưởng đến đời sống, "
        "kinh tế, xã hội, làm đứt gãy các chuỗi cung ứng toàn cầu, ảnh hưởng trực tiếp đến sản "
        "xuất và hoạt động xuất, nhập khẩu, tiêu thụ nông sản…, ngành NN&PTNT vẫn có bước tăng "
        "trưởng vượt bậc."
    )
    assert find_figures(text) == []
