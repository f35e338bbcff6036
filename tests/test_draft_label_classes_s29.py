"""Label classes of the evaluation set read after batch AL joined it (issue 15, session 29,
wt-h38b), each checked on real sentences of several documents of several batches that showed
it, through the whole draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from .draft_cases import Label, case, check_labels, drafted_labels

# a figure of part of a year is named with that part, as its sentence says it before the
# number (a half-year's revenue read as the year's is the slip an editor catches first); a
# part said as a base or a length is no time of the figure
PARTS_OF_THE_YEAR = [
    # (ae-tiengiang-tuyengiao-quy1-2018: the quarter opening the sentence)
    case("quarter-opening-the-sentence",
         "Trong quí I-2018, toàn tỉnh đạt kim ngạch xuất khẩu 558 triệu USD, tăng 8% so cùng kỳ "
         "năm trước.",
         [Label(starts="Kim ngạch xuất khẩu quí I-2018")]),
    # (ae-thaibinh-bc-congthuong-6thang-2018: the half year after the measure, its change after)
    case("half-year-after-the-measure",
         "Kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 618,9 triệu USD tăng 7,19% so với cùng kỳ "
         "2017; kim ngạch nhập khẩu 6 tháng ước đạt 626 triệu USD, tăng 15,53% so với cùng kỳ, "
         "đạt 47,1% kế hoạch năm 2018.",
         ["Kim ngạch xuất khẩu 6 tháng đầu năm",
          "Kim ngạch xuất khẩu tăng so với cùng kỳ",  # (no room left for it)
          "Kim ngạch nhập khẩu 6 tháng",
          "Kim ngạch nhập khẩu tăng so với cùng kỳ",
          "Kim ngạch nhập khẩu 6 tháng (so với kế hoạch)"]),
    # (xa-dakrlap-bc-6thang-2019: a district's budget of the half year)
    case("budget-of-the-half-year",
         "Tổng thu ngân sách 6 tháng đầu năm ước đạt 394 tỷ 581 triệu đồng, đạt 85 % dự toán .",
         ["Tổng thu ngân sách 6 tháng đầu năm",
          "Tổng thu ngân sách 6 tháng (so với dự toán)"]),  # (said short: room)
    # (ra-sonla-tbkl-lamviec-2025: nine months written '09', after a date whose day is no part)
    case("nine-months-after-a-date",
         "Tuy nhiên, bên cạnh những kết quả đạt được như báo cáo của Tỉnh tại Văn bản số "
         "878/BC-UBND ngày 10 tháng 11 năm 2025, tình hình kinh tế - xã hội vẫn còn một số tồn "
         "tại: (i) Tăng trưởng GRDP 09 tháng đầu năm đạt 6,26%, thấp hơn so với bình quân của cả "
         "nước (7,85%).",
         ["Tăng trưởng GRDP 09 tháng đầu năm"]),
    # (za-gialai-bc-nangluong-2024: nine months of a year)
    case("nine-months-of-a-year",
         "Tổng thu nội địa 9 tháng năm 2024 trên địa bàn tỉnh đạt 4.687 tỷ đồng, đạt 84,1% dự "
         "toán Bộ Tài chính và đạt 81,3% dự toán HĐND tỉnh giao, tăng 21,2% so với cùng kỳ năm "
         "trước.",
         [Label(starts="Tổng thu nội địa 9 tháng")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), PARTS_OF_THE_YEAR)
def test_a_figure_of_part_of_a_year_is_named_with_that_part(paragraph, expected, tmp_path: Path):
    check_labels(tmp_path, [paragraph], expected)


# a part of the year said as the base of a change or as a length is not the figure's time
PARTS_THAT_ARE_NO_TIME = [
    # (aa-ducgiang-bc-ktxh-6thang-2021: the half year before, the base of the herd's growth)
    case("base-of-a-change",
         "- Tổng đàn trâu, bò 1.095 con ( Bò 970con, trâu 125con) . Tổng đàn lợn 1.450 con tăng "
         "105 con so với 6 tháng  đầu năm 2020."),
    # (langson-bc-laodong-6thang-2017: courses of under three months, a length)
    case("length-of-a-course",
         "Tuyển sinh học trình độ sơ cấp, trung cấp, cao đẳng nghề và các lớp dạy nghề dưới 3 "
         "tháng được 4.100 người, đạt 48% kế hoạch năm."),
]  # fmt: skip


@pytest.mark.parametrize("paragraph", PARTS_THAT_ARE_NO_TIME)
def test_a_part_of_the_year_said_as_a_base_or_a_length_names_nothing(paragraph, tmp_path: Path):
    got = drafted_labels(tmp_path, [paragraph])
    assert got
    assert not any("tháng" in label for label in got), got


# 'Doanh thu', 'Tổng thu' opening a sentence: 'thu' closes the noun, it is no verb whose subject
# would be 'doanh' ('Doanh thu doanh tăng …' on main); the measure is said once
REVENUE_OPENING_THE_SENTENCE = [
    # (aa-laocai-nq-chitieu-2024: the tourism targets' revenue, an item of its own)
    case("revenue-item", "- Doanh thu đạt 25.700 tỷ đồng.", ["Doanh thu"]),
    # (the sentence: a revenue's growth on the year before)
    case("revenue-growth", "Doanh thu tăng 5% so với cùng kỳ.", ["Doanh thu tăng so với cùng kỳ"]),
    # (a budget's total opening the sentence, the revenue's growth after it)
    case("total-then-revenue",
         "Tổng thu ngân sách đạt 5.000 tỷ đồng, doanh thu tăng 4%.",
         [Label(starts="Tổng thu ngân sách"), "Doanh thu tăng"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), REVENUE_OPENING_THE_SENTENCE)
def test_revenue_opening_a_sentence_is_not_said_twice(paragraph, expected, tmp_path: Path):
    got = drafted_labels(tmp_path, [paragraph])
    assert got == expected
    assert not any("thu doanh" in label.lower() or "thu tổng" in label.lower() for label in got)
