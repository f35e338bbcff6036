"""Targets of the coming year listed after the words that set them (issue 15, session 27; batch
AJ, now material): 'Nhiệm vụ trọng tâm được huyện … đặt ra trong năm 2021 là …', each level a
target of its kind ('đạt trên N' a floor, 'tăng 4%' a floor, a plain level exact), while the year
reported before it ('14/17 nhóm chỉ tiêu đạt và vượt kế hoạch, …') stays results. The sentences
are the documents' own (aj-nahang-huyenuy-tongket-2020, phutho-nq-ktxh-2020)."""

from __future__ import annotations

from decimal import Decimal

from .draft_cases import composed, read

D = Decimal

# huyện Na Hang's party committee, January 2021 (tuyenquangtv.vn): the year reported, then the
# next year's targets
NA_HANG = [
    "(TTV) Hội nghị Ban Chấp hành Đảng bộ huyện Na Hang lần thứ 4, khóa XXII",
    "Huyện ủy Na Hang vừa tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 4 khóa XXII, (mở "
    "rộng), đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế, xã hội, an ninh, quốc "
    "phòng, công tác xây dựng Đảng năm 2020 và triển khai nhiệm vụ năm 2021.",
    "Năm 2020, kinh tế của huyện huyện Na Hang tiếp tục có bước phát triển. 14/17 nhóm chỉ tiêu "
    "đạt và vượt kế hoạch, trồng rừng vượt 5,4% kế hoạch; giá trị sản xuất công nghiệp vượt 9,5% "
    "kế hoạch; tổng thu ngân sách vượt 18,7% kế hoạch giao; Tỷ lệ hộ nghèo giảm từ 29,56% xuống "
    "còn 25,3%. Lĩnh vực văn hóa, xã hội được chú trọng và đẩy mạnh, có nhiều chuyển biến tích "
    "cực; Công tác quốc phòng, an ninh được đảm bảo.",
    "Nhiệm vụ trọng tâm được huyện Na Hang đặt ra trong năm 2021 là thu nhập bình quân đầu người "
    "đạt trên 29 triệu đồng; giá trị sản xuất công nghiệp đạt trên 1.400 tỷ đồng; sản xuất nông, "
    "lâm nghiệp, thủy sản tăng 4%; trồng mới 500 ha rừng; thu hút trên 150.000 lượt khách, "
    "doanh thu từ du lịch đạt trên 143 tỷ đồng; duy trì 4 xã đạt chuẩn nông thôn mới; tổng thu "
    "ngân sách đạt 31 tỷ đồng...",
]


def test_the_targets_set_for_the_next_year_are_targets_of_their_kind(tmp_path):
    figures = composed(tmp_path, NA_HANG)
    kinds = {(f.value, f.unit): (f.plan, f.plan_kind) for f in figures}
    assert kinds[(D(29), "triệu đồng")] == (None, "floor")
    assert kinds[(D(1400), "tỷ đồng")] == (None, "floor")
    assert kinds[(D(4), "%")] == (None, "floor")  # a growth to make: at least
    assert kinds[(D(500), "ha")] == (None, "exact")
    assert kinds[(D(143), "tỷ đồng")] == (None, "floor")
    assert kinds[(D(4), "xã")] == (None, "exact")
    assert kinds[(D(31), "tỷ đồng")] == (None, "exact")
    assert [f.plan_kind for f in figures if f.unit == "lượt khách"] == ["floor"]


def test_the_year_reported_before_them_stays_results(tmp_path):
    figures = composed(tmp_path, NA_HANG)
    reported = [f for f in figures if f.value in (D("5.4"), D("9.5"), D("18.7"), D("25.3"))]
    assert read(reported, "value plan_kind") == [
        (D("5.4"), None),
        (D("9.5"), None),
        (D("18.7"), None),
        # 'giảm từ 29,56% xuống còn 25,3%' in a sentence that counts the groups of targets met
        (D("25.3"), None),
    ]


def test_targets_named_before_the_verb_that_sets_them(tmp_path):
    # Phú Thọ's resolution on its 2020 plan (baophutho.vn): 'Các chỉ tiêu chủ yếu đề ra là:'
    figures = composed(
        tmp_path,
        [
            "Kế hoạch phát triển kinh tế - xã hội năm 2020",
            "Các chỉ tiêu chủ yếu đề ra là: Tốc độ tăng trưởng kinh tế đạt từ 7,5% trở lên; "
            "tổng sản phẩm trên địa bàn tỉnh bình quân đầu người đạt 47,32 triệu đồng; giá trị "
            "xuất khẩu đạt 2,2 tỷ USD.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (D("7.5"), "floor"),
        (D("47.32"), "exact"),
        (D("2.2"), "exact"),
    ]


def test_the_indicators_of_a_field_in_a_yearbook_are_no_targets(tmp_path):
    # Thừa Thiên Huế's health figures from the statistical yearbook (aj-thuathienhue-tk-yte-2022)
    figures = composed(
        tmp_path,
        [
            "4. Nhân lực ngành dược: 542 người, trong đó:",
            "- Dược sỹ: 325 người",
            "- Dược sỹ trung cấp: 217 người",
            "5. Chỉ tiêu về chăm sóc sức khỏe",
            "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm đầy đủ các loại vắcxin: 92,55%",
            "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo tuổi: 6,4%",
            "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng chiều cao theo tuổi: 8,7%",
            "(Theo niên giám thống kê năm 2022)",
        ],
    )
    shares = [f for f in figures if f.unit == "%"]
    assert read(shares, "value plan_kind") == [
        (D("92.55"), None),
        (D("6.4"), None),
        (D("8.7"), None),
    ]
