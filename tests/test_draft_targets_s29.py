"""Results not read as targets, and rises by a multiple read as growths to make (issue 15, session
29; batch AL, now material). A count of tasks by what became of them ('22 nhiệm vụ hoàn thành;
… 02 nhiệm vụ đang thực hiện quá hạn') reports the work assigned, as a count of targets does;
targets said to be met with a field's dashed name ('28/28 chỉ tiêu kinh tế - xã hội đạt và
vượt kế hoạch') set none; a total raised by what was just counted ('có thêm 10 trường …, nâng
tổng số trường mầm non đạt chuẩn trong toàn tỉnh lên 158 trường') is the total reached, however
long its name; 'tăng 0,7 lần so với năm 2015' among targets is a growth to make, at least, as
'tăng 8%' is. The sentences are the documents' own (ya-chinhphu-bc-nq57-2025,
ah-nghiloc-bc-ktxh-2024, al-haiduong-bc-mamnon-2018, al-quangtrung-muctieu-2015-2020)."""

from __future__ import annotations

from decimal import Decimal

from .draft_cases import composed, read

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
