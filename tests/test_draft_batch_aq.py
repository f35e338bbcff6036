"""Figures and charts of batch AQ (tests/fixtures/draft-eval/aq-*, joined in session 33, read by
h43d): made-up text in the shapes AQ's documents showed, never their own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .draft_cases import composed, composed_draft, read


def _charts(tmp_path: Path, paragraphs: list[str]) -> list:
    deck = composed_draft(tmp_path, paragraphs).deck
    return [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]


_CLINIC = [
    "Kết quả khám, chữa bệnh 6 tháng đầu năm 2024",
    "Điều trị ngoại trú: 8.120/7.000 lượt bệnh nhân, đạt 116% kế hoạch. Trong đó, bệnh nhân "
    "điều trị ngoại trú viêm phổi: 2.310, bệnh nhân điều trị ngoại trú tim mạch: 1.975, bệnh "
    "nhân điều trị ngoại trú các bệnh khác: 3.835.",
]


def test_run_in_items_of_a_count_count_the_noun_they_open_with(tmp_path: Path) -> None:
    # '…: 8.120/7.000 lượt bệnh nhân … Trong đó, bệnh nhân … viêm phổi: 2.310, …': each item a
    # bare number after its colon, the noun it opens with counted before: in 'bệnh nhân'
    figures = composed(tmp_path, _CLINIC)
    counts = [(v, u) for v, u in read(figures, "value unit") if u == "bệnh nhân"]
    assert counts == [
        (Decimal("2310"), "bệnh nhân"),
        (Decimal("1975"), "bệnh nhân"),
        (Decimal("3835"), "bệnh nhân"),
    ], read(figures, "value unit label")
    # three of one unit, one enumeration: a chart of them
    charts = _charts(tmp_path, _CLINIC)
    assert any(len(c.figures) == 3 for c in charts), charts


def test_a_bare_number_after_a_colon_counts_nothing_no_count_said_before(tmp_path: Path) -> None:
    # the item's noun counted nowhere before it ('bệnh nhân' of no count): no unit, no figure;
    # nor a measure ('diện tích: 45')
    figures = composed(
        tmp_path,
        [
            "Báo cáo năm 2024",
            "Trong năm, bệnh nhân điều trị ngoại trú viêm phổi: 2.310, bệnh nhân điều trị "
            "ngoại trú tim mạch: 1.975. Cánh đồng mẫu lớn có 12 cánh đồng, diện tích: 450.",
        ],
    )
    assert read(figures, "value unit") == [(Decimal("12"), "cánh đồng")], read(
        figures, "value unit label"
    )


def test_a_date_spaced_after_its_slash_is_no_count(tmp_path: Path) -> None:
    # 'Chiều ngày 15/ 9 đồng chí …': the month of a date, its slash spaced from it; no count of
    # comrades ('ngày 3/ 10/ 2023' likewise)
    figures = composed(
        tmp_path,
        [
            "Họp bàn các chỉ tiêu năm 2025",
            "Chiều ngày 15/ 9 đồng chí Nguyễn Văn An, Chủ tịch UBND huyện chủ trì cuộc họp. Sáng "
            "ngày 3/ 10/ 2024 huyện có 12 xã đạt chuẩn nông thôn mới.",
        ],
    )
    assert read(figures, "value unit") == [(Decimal("12"), "xã")], read(figures, "value unit label")


def test_a_result_over_its_plan_with_a_share_after_is_one_figure(tmp_path: Path) -> None:
    # 'đạt 140/165 tấn (đạt 84,85% kế hoạch)': the result, its plan the whole after the slash
    # (the unit written once), and the share; the plan no figure of its own
    figures = composed(
        tmp_path,
        [
            "Báo cáo kết quả năm 2023",
            "Sản lượng lương thực có hạt đạt 260/300 tấn (đạt 86,7% kế hoạch); sản lượng quả "
            "trên 1.200 tấn.",
        ],
    )
    assert read(figures, "value unit plan") == [
        (Decimal("260"), "tấn", Decimal("300")),
        (Decimal("86.7"), "%", None),
        (Decimal("1200"), "tấn", None),
    ], read(figures, "value unit plan label")


def test_a_count_of_children_whatever_opens_the_phrase_after_it(tmp_path: Path) -> None:
    # 'trẻ' (children), which pyvi reads as an adjective, counted after a number when a noun, a
    # preposition or an age follows it, said after any verb ('huy động được 5.210 trẻ đến
    # nhà trẻ'); a slogan's adjective is no count ('phong trào 2 tốt được nhân rộng')
    figures = composed(
        tmp_path,
        [
            "Báo cáo giáo dục mầm non học kỳ I",
            "Toàn huyện đã huy động được 5.210 trẻ đến nhà trẻ, đạt tỷ lệ 35%. Có 20.176 trẻ mẫu "
            "giáo, đạt tỷ lệ 98%. Trong đó, toàn bộ 8.030 trẻ 5 tuổi đều đến trường. Phong trào "
            "thi đua 2 tốt được nhân rộng.",
        ],
    )
    assert [(v, u) for v, u in read(figures, "value unit") if u != "%"] == [
        (Decimal("5210"), "trẻ"),
        (Decimal("20176"), "trẻ"),
        (Decimal("8030"), "trẻ"),
    ], read(figures, "value unit label")


def test_the_criteria_a_count_attained_define_it_and_are_no_count(tmp_path: Path) -> None:
    # '27 xã đạt 15 đến 18 tiêu chí', '72 xã đạt 19 tiêu chí', '34/45 xã đạt 19/19 tiêu chí',
    # '12,2% tổng số xã … đạt 19 tiêu chí': how many criteria a commune met says which
    # communes are counted (as 'đạt từ 6 tiêu chí' with its bound); a commune's own criteria
    # are a figure ('Xã Tân An đạt 13/19 tiêu chí')
    figures = composed(
        tmp_path,
        [
            "Báo cáo xây dựng nông thôn mới năm 2024",
            "Toàn tỉnh có 30 xã đạt chuẩn nông thôn mới, 27 xã đạt 15 đến 18 tiêu chí, 81 xã đạt "
            "10-14 tiêu chí. Có 34/45 xã đạt 19/19 tiêu chí. Có 12,2% tổng số xã trên toàn tỉnh "
            "đạt 19 tiêu chí. Xã Tân An đạt 13/19 tiêu chí.",
        ],
    )
    assert read(figures, "value unit") == [
        (Decimal("30"), "xã"),
        (Decimal("27"), "xã"),
        (Decimal("81"), "xã"),
        (Decimal("34"), "xã"),
        (Decimal("12.2"), "%"),
        (Decimal("13"), "tiêu chí"),
    ], read(figures, "value unit label")


def test_what_a_count_won_is_a_figure_only_criteria_define_it(tmp_path: Path) -> None:
    # h43r's review: the rule above dropped any count after '<count> … đạt'; what pupils won
    # ('150 học sinh đạt 180 giải các cấp') is a figure of its own
    figures = composed(
        tmp_path,
        [
            "Báo cáo tổng kết năm học 2023-2024",
            "Toàn huyện có 150 học sinh đạt 180 giải các cấp; 72 xã đạt 19 tiêu chí.",
        ],
    )
    assert (Decimal("180"), "giải") in read(figures, "value unit"), read(figures, "value unit")
    assert (Decimal("19"), "tiêu chí") not in read(figures, "value unit")


def test_a_part_after_trong_do_ends_with_its_sentence(tmp_path: Path) -> None:
    # 'Toàn tỉnh có 45 xã, trong đó 28 xã được công nhận. Hiện có 72 xã …': the count of the
    # next sentence is no part of the whole before it, nor named by it ('… được công nhận. hiện')
    figures = composed(
        tmp_path,
        [
            "Báo cáo xây dựng nông thôn mới năm 2024",
            "Toàn tỉnh có 45 xã, trong đó 28 xã được công nhận. Hiện có 72 xã đạt chuẩn văn hóa.",
        ],
    )
    assert read(figures, "label")[2] == "Số xã đạt chuẩn văn hóa", read(figures, "label")


def test_a_count_said_to_exist_counts_the_compound_after_it(tmp_path: Path) -> None:
    # 'có 12.450 giao dịch thành công', 'là 9.870 giao dịch': a count after 'có' or 'là' counts
    # the compound after it though pyvi reads it as a verb ('giao dịch', to trade); not a count
    # after a comma with no such verb ('có 40 HTX, 32 hoạt động hiệu quả')
    figures = composed(
        tmp_path,
        [
            "Tình hình thị trường bất động sản quý I/2025",
            "Lượng giao dịch căn hộ: có 12.450 giao dịch thành công, bằng 120% so với quý trước "
            "(quý IV/2024 là 9.870 giao dịch). Toàn tỉnh có 40 HTX, 32 hoạt động hiệu quả.",
        ],
    )
    assert [(v, u) for v, u in read(figures, "value unit") if u != "%"] == [
        (Decimal("12450"), "giao dịch"),
        (Decimal("9870"), "giao dịch"),
        (Decimal("40"), "HTX"),
    ], read(figures, "value unit label")


def test_items_of_a_list_of_counts_written_noun_first_count_that_noun(tmp_path: Path) -> None:
    # '…, 159 doanh nghiệp ngừng …, doanh nghiệp chờ giải thể 121, doanh nghiệp không tìm thấy,
    # không xác minh 166': the items written noun first, their numbers bare after them, count
    # the noun the list counts before; a bare number after a verb is no such item ('tăng 12')
    figures = composed(
        tmp_path,
        [
            "Tình hình doanh nghiệp năm 2023",
            "Trên địa bàn có 2.100 doanh nghiệp, trong đó có 1.500 doanh nghiệp đang hoạt động, "
            "98 doanh nghiệp ngừng kinh doanh, doanh nghiệp chờ giải thể 75, doanh nghiệp không "
            "tìm thấy, không xác minh 42. Doanh nghiệp nộp thuế tăng 12, so năm trước.",
        ],
    )
    assert read(figures, "value unit")[3:] == [
        (Decimal("75"), "doanh nghiệp"),
        (Decimal("42"), "doanh nghiệp"),
    ], read(figures, "value unit label")


def test_doses_are_counted_though_pyvi_reads_the_word_as_a_verb(tmp_path: Path) -> None:
    # '1.498 liều vắc xin': doses counted in 'liều' (to risk, to pyvi), the vaccine in the label
    figures = composed(
        tmp_path,
        [
            "Báo cáo chăn nuôi 6 tháng đầu năm",
            "Tiêm phòng cho đàn gia súc 520 liều vắc xin lở mồm long móng; tiêm vắc xin phòng "
            "bệnh dại cho đàn chó, mèo 1.210 liều vắc xin.",
        ],
    )
    assert read(figures, "value unit") == [
        (Decimal("520"), "liều"),
        (Decimal("1210"), "liều"),
    ], read(figures, "value unit label")


def test_a_bare_magnitude_before_its_change_in_a_bracket_is_a_figure(tmp_path: Path) -> None:
    # 'là trên 18,4 triệu (giảm 336.049 học sinh …)': the magnitude, with no noun after it, in
    # 'triệu' as written; its change in the bracket a figure of its own
    figures = composed(
        tmp_path,
        [
            "Báo cáo tổng kết năm học",
            "Tổng số học sinh toàn tỉnh là trên 1,2 triệu (tăng 12.500 học sinh so với năm học "
            "trước).",
        ],
    )
    assert read(figures, "value unit") == [
        (Decimal("1.2"), "triệu"),
        (Decimal("12500"), "học sinh"),
    ], read(figures, "value unit label")
