"""Results not read as targets, and rises by a multiple read as growths to make (issue 15, session
29; batch AL, now material). A count of tasks by what became of them ('22 nhiệm vụ hoàn thành;
… 02 nhiệm vụ đang thực hiện quá hạn') reports the work assigned, as a count of targets does;
targets said to be met with a field's dashed name ('28/28 chỉ tiêu kinh tế - xã hội đạt và
vượt kế hoạch') set none; a total raised by what was just counted ('có thêm 10 trường …, nâng
tổng số trường mầm non đạt chuẩn trong toàn tỉnh lên 158 trường') is the total reached, however
long its name; 'tăng 0,7 lần so với năm 2015' among targets is a growth to make, at least, as
'tăng 8%' is; a change or a state foreseen ('dự kiến sẽ giảm tới 459 tỷ đồng') is a forecast.
Falls counted and then signed as rates in their brackets ('giảm 47 vụ (-32,64%)') are charted
as falls, against the same time before. The sentences are the documents' own
(ya-chinhphu-bc-nq57-2025, ah-nghiloc-bc-ktxh-2024, al-haiduong-bc-mamnon-2018,
al-quangtrung-muctieu-2015-2020, v-brvt-haiquan-thungansach-2020,
ya-daknong-lamviec-bocongthuong-2019, wa-btc-cv-thuetncn-2025, al-binhduong-bc-atgt-quy1-2023)."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft

from .draft_cases import composed, read
from .draft_eval import EVAL

D = Decimal


def test_counts_of_tasks_by_what_became_of_them_are_no_targets(tmp_path):
    # the Government's report on Resolution 57 (2025): a 'phấn đấu' inside the list of counts
    # strives for the tasks, it sets no count of them as a target
    figures = composed(
        tmp_path,
        [
            "BÁO CÁO",
            "Tình hình thực hiện Nghị quyết số 57-NQ/TW",
            "Đến hết 24/5/2025, có 22 nhiệm vụ hoàn thành; 13 nhiệm vụ đang thực hiện trong "
            "hạn, có kết quả, phấn đấu sẽ hoàn thành; 02 nhiệm vụ đang thực hiện quá hạn (Chi "
            "tiết tại Phụ lục 1).",
            "Thực hiện thường xuyên là 42 nhiệm vụ (trong đó 30 việc đã có kết quả cụ thể).",
        ],
    )
    assert read(figures, "value unit plan_kind") == [
        (D(22), "nhiệm vụ", None),
        (D(13), "nhiệm vụ", None),
        (D(2), "nhiệm vụ", None),
        (D(42), "nhiệm vụ", None),
        (D(30), "việc", None),
    ]


def test_targets_met_named_with_a_dashed_field_set_no_targets(tmp_path):
    # huyện Nghi Lộc's 2024, as the province's portal reported it: every figure after the
    # targets said to be met is a result
    figures = composed(
        tmp_path,
        [
            "Đặc biệt năm 2024 phong trào của huyện chuyển biến tích cực, toàn diện và đồng đều "
            "nhất. Trong đó, 28/28 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch đề ra; Tốc độ "
            "tăng trưởng (GRDP) đạt 11,26%, đứng thứ 2 trong tỉnh; Giá trị sản xuất đạt 25.346 "
            "tỷ đồng, đạt 101,06% KH năm; Thu nhập bình quân đầu người đạt 62,8 triệu "
            "đồng/người/năm; Tỷ lệ hộ nghèo giảm còn 1,07%."
        ],
    )
    kinds = {(f.value, f.unit): f.plan_kind for f in figures}
    assert kinds[(D("11.26"), "%")] is None
    assert kinds[(D("62.8"), "triệu đồng/người/năm")] is None
    assert kinds[(D("1.07"), "%")] is None


def test_a_total_raised_by_what_was_just_counted_is_reached_however_long_its_name(tmp_path):
    # Hải Dương's preschools, the province's newspaper (23-01-2018)
    figures = composed(
        tmp_path,
        [
            "Trong học kỳ I, có thêm 10 trường mầm non đạt chuẩn quốc gia, nâng tổng số trường "
            "mầm non đạt chuẩn trong toàn tỉnh lên 158 trường, chiếm 47,59%."
        ],
    )
    assert read(figures, "value plan_kind") == [
        (D(10), None),
        (D(158), None),
        (D("47.59"), None),
    ]


def test_a_rise_by_a_multiple_among_targets_is_a_floor(tmp_path):
    # phường Quang Trung (Bỉm Sơn), its targets for the 2015-2020 term: levels exact, rises by
    # a multiple floors, a fall by one as written
    figures = composed(
        tmp_path,
        [
            "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2015- 2020:",
            "1. Về Kinh tế:",
            "- Tổng giá trị sản xuất kinh doanh trên địa bàn đến năm 2020 đạt: 396,1 tỷ.đ, tăng "
            "0,7 lần so với năm 2015; Trong đó: Dịch vụ - Thương mại: 225,3 tỷ.đ, tăng 1,0 lần "
            "so với năm 2015.",
            "- Cơ cấu kinh tế: Dịch vụ - Thương mại: 56,9%, tăng 0,1 lần so với năm 2015; Công "
            "nghiệp - Xây dựng: 25,6%, giảm 0,1 lần so với năm 2015.",
        ],
    )
    assert read(figures, "value unit plan_kind") == [
        (D("396.1"), "tỷ đồng", "exact"),
        (D("0.7"), "lần", "floor"),
        (D("225.3"), "tỷ đồng", "exact"),
        (D("1.0"), "lần", "floor"),
        (D("56.9"), "%", "exact"),
        (D("0.1"), "lần", "floor"),
        (D("25.6"), "%", "exact"),
        (D("0.1"), "lần", "exact"),
    ]


def test_a_change_or_a_state_foreseen_is_a_forecast_no_target(tmp_path):
    # Bà Rịa - Vũng Tàu's customs (2020), Đắk Nông's industry (2019), the Ministry of Finance's
    # proposal on household business tax (2025); a plan's 'dự kiến đầu tư' stays planned
    figures = composed(
        tmp_path,
        [
            "Tương tự, số thu từ mặt hàng sắt thép dự kiến sẽ giảm tới 459 tỷ đồng, mặt hàng khí "
            "gas hóa lỏng dự kiến giảm gần 50 tỷ đồng.",
            "Chỉ số sản xuất công nghiệp quý I năm 2019 dự kiến tăng 8,2% so với cùng kỳ.",
            "Áp dụng mức doanh thu này, theo số liệu tính đến tháng 10/2025 có hơn 2,54 triệu hộ "
            "kinh doanh thường xuyên thì dự kiến sẽ có khoảng 2,3 triệu hộ kinh doanh không phải "
            "nộp thuế.",
            "Huyện dự kiến đầu tư 500 tỷ đồng xây dựng 12 trường học.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (D(459), None),
        (D(50), None),
        (D("8.2"), None),
        (D("2.54"), None),
        (D("2.3"), None),
        (D(500), "exact"),
        (D(12), "exact"),
    ]


def test_falls_counted_then_signed_as_rates_are_charted_as_falls(tmp_path):
    # Bình Dương's road safety in the first quarter of 2023 (the evaluation set's text): each
    # fall written as a count and as a signed rate in its bracket, 'giảm 47 vụ (-32,64%)'
    text = (EVAL / "al-binhduong-bc-atgt-quy1-2023.txt").read_text(encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("\n".join(li for li in text.splitlines() if not li.startswith("#")))
    result = draft(doc)
    figures = {f.key: f for f in result.deck.figures}
    charts = [s.chart for sec in result.deck.sections for s in sec.slides if s.chart]
    assert len(charts) == 1
    bars = [figures[k] for k in charts[0].figures]
    # the three rates, each named as the change it restates, not by its counted noun alone
    assert read(bars, "value unit label") == [
        (D("32.64"), "%", "Số vụ giảm"),
        (D("36.99"), "%", "Số người chết giảm"),
        (D("24.27"), "%", "Số người bị thương giảm"),
    ]
    title = charts[0].title
    # what the bars measure, their period and their base, and the unit
    assert "giảm" in title and "3 tháng đầu năm 2023" in title and "so với cùng kỳ" in title
    assert title.endswith("(%)")


def test_the_parts_of_an_amount_foreseen_are_foreseen_with_it(tmp_path):
    # Hà Nội's plan for 2021-2025 as the city's report summed it up (ta-hanoi-bc-ktxh-2020)
    figures = composed(
        tmp_path,
        [
            "Dự kiến tổng thu ngân sách nhà nước trên địa bàn TP giai đoạn 2021-2025 khoảng 1,4 "
            "triệu tỷ đồng, trong đó, thu nội địa trên 1,3 triệu tỷ đồng, chiếm trên 90% tổng "
            "thu ngân sách nhà nước trên địa bàn.",
            "Hà Nội dự kiến tổng vốn đầu tư xã hội cần huy động khoảng 3,1-3,2 triệu tỷ đồng; "
            "trong đó, vốn đầu tư khu vực nhà nước khoảng 30-31%, vốn đầu tư khu vực ngoài nhà "
            "nước khoảng 53-54% và vốn đầu tư nước ngoài khoảng 15-17%.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (D("1.4"), "exact"),
        (D("1.3"), "floor"),
        (D(90), "floor"),
        ((D("3.1"), D("3.2")), "range"),
        ((D(30), D(31)), "range"),
        ((D(53), D(54)), "range"),
        ((D(15), D(17)), "range"),
    ]
