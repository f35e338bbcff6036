"""A sentence of striving sets the targets of its paragraph wherever it stands (h44b, issue 15):
at the paragraph's start as after a stop, its own verbs ('đạt được', 'ước đạt' of the horizon it
looks to) what is striven for, no report. Real sentences of batches AR and AN, the mechanism's
limits by made-up ones."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .draft_cases import composed, read

# ar-trangdinh-kh-ktxh-2021-2025: the paragraph opens on the bare 'Phấn đấu' (no stop before
# it), its first sentence's 'đạt được' and 'ước đạt' are the aims, the sentences after go on
# listing targets
_TRANG_DINH = [
    "Phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 huyện Tràng Định",
    "UBND tỉnh vừa Quyết định Phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 "
    "huyện Tràng Định, tỉnh Lạng Sơn, (Quyết định số 896/QĐ-UBND, ngày 29/4/2021).",
    "Phấn đấu đến năm 2025 huyện Tràng Định đạt được các chỉ tiêu chủ yếu: Lượng khách du lịch "
    "đến năm 2025 ước đạt 200 nghìn người, doanh thu du lịch đến năm 2025 đạt 112,5 tỷ đồng. "
    "Kim ngạch xuất khẩu hàng địa phương tăng bình quân 11,8%/năm. Thu nội địa tăng bình quân "
    "8%/năm. Đến năm 2025 số xã đạt chuẩn nông thôn mới là 12 xã, số xã đạt chuẩn nông thôn mới "
    "nâng cao là 5 xã, số tiêu chí đạt chuẩn bình quân chung của cả giai đoạn đạt 14 - 16 tiêu "
    "chí. Giảm tỷ lệ hộ nghèo bình quân hằng năm là 3%. Giảm phạm pháp hình sự hằng năm từ 5% "
    "trở lên. Trồng rừng mới hằng năm đạt 1.200 ha. Tỷ lệ che phủ rừng đến năm 2025 đạt 66,1%. "
    "Trồng cây ăn quả hằng năm 100 ha, trồng cây dưới tán rừng hằng năm 150 ha.../.",
]


def test_a_paragraph_opening_on_striving_sets_targets_in_every_sentence(tmp_path: Path) -> None:
    kinds = {(v, u): k for v, u, k in read(composed(tmp_path, _TRANG_DINH), "value unit plan_kind")}
    assert kinds[(Decimal("200"), "nghìn người")] == "exact", kinds  # 'ước đạt', of 2025
    assert kinds[(Decimal("112.5"), "tỷ đồng")] == "exact", kinds
    assert kinds[(Decimal("11.8"), "%/năm")] == "floor", kinds  # a growth each year, at least
    assert kinds[(Decimal("8"), "%/năm")] == "floor", kinds
    assert kinds[(Decimal("3"), "%")] == "exact", kinds
    assert kinds[(Decimal("5"), "%")] == "floor", kinds  # 'từ 5% trở lên'
    assert kinds[(Decimal("1200"), "ha")] == "exact", kinds
    assert kinds[(Decimal("100"), "ha")] == "exact", kinds
    assert kinds[(Decimal("150"), "ha")] == "exact", kinds


# an-haugiang-kh-giamngheo-2021-2025: the striving after a stop, mid-paragraph (the position
# the rule was first written for, on batch AN), still read so
_HAU_GIANG = [
    "Hậu Giang: Hơn 240 tỉ đồng thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "(CT) - UBND tỉnh Hậu Giang vừa ban hành kế hoạch thực hiện Chương trình mục tiêu quốc gia "
    "giảm nghèo bền vững trên địa bàn tỉnh giai đoạn 2021-2025. Phấn đấu giảm tỷ lệ hộ nghèo "
    "trong toàn tỉnh bình quân từ 1%/năm, giảm tỷ lệ hộ nghèo dân tộc thiểu số trên 2%/năm. Hỗ "
    "trợ xây dựng, nhân rộng 150 mô hình, dự án giảm nghèo; 100% người thuộc hộ nghèo, cận nghèo "
    "được hỗ trợ tham gia bảo hiểm y tế; 90% hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp "
    "vệ sinh...",
]


def test_striving_after_a_stop_still_sets_the_targets_after_it(tmp_path: Path) -> None:
    kinds = {(v, u): k for v, u, k in read(composed(tmp_path, _HAU_GIANG), "value unit plan_kind")}
    assert kinds[(Decimal("150"), "mô hình, dự án")] == "exact", kinds
    assert kinds[(Decimal("100"), "%")] == "exact", kinds
    assert kinds[(Decimal("90"), "%")] == "exact", kinds


def test_a_later_sentence_that_reports_ends_the_striving(tmp_path: Path) -> None:
    # made up: the striving sentence's aims are targets; a later sentence's estimate of the
    # year, with no horizon to look to, reports, so the paragraph announces nothing after it
    figures = composed(
        tmp_path,
        [
            "Báo cáo tình hình kinh tế - xã hội năm 2024",
            "Phấn đấu đến năm 2025 tổng giá trị sản xuất đạt 2.400 tỷ đồng. Năm 2024, thu ngân "
            "sách ước đạt 312 tỷ đồng, tăng 8,2%.",
        ],
    )
    kinds = {(v, u): k for v, u, k in read(figures, "value unit plan_kind")}
    assert kinds[(Decimal("2400"), "tỷ đồng")] == "exact", kinds
    assert kinds[(Decimal("312"), "tỷ đồng")] is None, kinds
    assert kinds[(Decimal("8.2"), "%")] is None, kinds
