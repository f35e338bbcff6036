"""Label classes of batch W (issue 15, round 19, wt-h19j), each stated as a class of the grammar
and checked on sentences composed from it, not only on the document that showed it."""

from __future__ import annotations

from unittest.mock import ANY

import pytest

from .draft_cases import case, labels

LABELS = [
    # a part's level before and after ('X: từ A% lên đạt B%') is named after the part, the level
    # before as such; a lag (or lead) on a plan said next is that part's, not the bare verb
    case("levels/run-in-part-and-lag",
         ["Gói thầu XL-01 (kỳ trước)", "Gói thầu XL-01", "Gói thầu XL-01 chậm so với kế hoạch"],
         "Tiến độ các gói thầu, cụ thể: Gói thầu XL-01: từ 35% lên đạt 47,5%, còn chậm 6% so "
         "với kế hoạch; Gói thầu XL-02 hoàn thành."),
    case("levels/part-before-from-and-lead",
         ["Công trình cầu Bến Thủy (kỳ trước)", "Công trình cầu Bến Thủy",
          "Công trình cầu Bến Thủy vượt so với tiến độ"],
         "Trong quý: Công trình cầu Bến Thủy từ 60% lên 72%, vượt 3% so với tiến độ."),
    # a measure written after the part ('Dự án A, sản lượng') is said first
    case("levels/measure-after-the-part",
         ["Sản lượng dự án Cảng Lạch Huyện (kỳ trước)",
          "Sản lượng dự án Cảng Lạch Huyện"],
         "Kết quả: Dự án Cảng Lạch Huyện, sản lượng từ 20,5% lên đạt 41%."),
    # a section of a named work too long with its name is named by its section
    case("levels/section-of-a-work",
         ["Đoạn qua Bắc Giang (kỳ trước)", "Dự án Hà Nội - Lạng Sơn đoạn qua Bắc Giang",
          "Đoạn qua Bắc Giang chậm so với kế hoạch"],
         "Cụ thể: Dự án Hà Nội - Lạng Sơn đoạn qua Bắc Giang: từ 12% lên đạt 30%, còn chậm 5% "
         "so với kế hoạch."),
    # a measure set from one level to another ('thành', or a bracket saying where it applies
    # between the levels): both named by the measure, the first as the level it starts from
    case("set-levels/thanh-proposed", ["Số phòng ban hiện nay", "Số phòng ban"],
         "Sở đề nghị điều chỉnh giảm số phòng ban từ 9 phòng thành 6 phòng."),
    case("set-levels/where-in-bracket",
         ["Mức phí bậc 1 hiện nay", "Mức phí bậc 1", "Mức phí bậc 2 hiện nay", "Mức phí bậc 2"],
         "Dự thảo giảm mức phí 8% (ở bậc 1) xuống 6% và mức phí 12% (ở bậc 2) xuống 9%."),
    case("set-levels/reported-change", ["Số tổ hợp tác đầu kỳ", "Số tổ hợp tác"],
         "Trong năm, huyện đã tăng số tổ hợp tác từ 12 tổ thành 20 tổ."),
    # not a part's levels: a change 'từ A% lên B%' of a measure named before keeps its label
    case("levels/not-a-rate-raised", [ANY, ANY],
         "Phấn đấu nâng tỷ lệ che phủ rừng từ 45% lên 47% vào năm 2025."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), LABELS)
def test_the_labels_of_a_paragraph_of_the_class(expected, paragraph):
    assert labels(paragraph) == expected


def test_a_rate_raised_from_one_level_to_another_is_not_named_as_a_part():
    before, after = labels("Phấn đấu nâng tỷ lệ che phủ rừng từ 45% lên 47% vào năm 2025.")
    assert "kỳ trước" not in before
    assert "che phủ rừng" in before.lower() and "che phủ rừng" in after.lower()
