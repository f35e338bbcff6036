"""Label classes of the evaluation set read after batch AL joined it (issue 15, session 29,
wt-h38b), each checked on real sentences of several documents of several batches that showed
it, through the whole draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from .draft_cases import Label, case, composed, read
from .draft_eval import clean_label

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
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got[: len(expected)] == expected, got
    assert all(clean_label(label) for label in got)


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
    got = read(composed(tmp_path, [paragraph]), "label")
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
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert not any("thu doanh" in label.lower() or "thu tổng" in label.lower() for label in got)


# the statistic of retail ('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (tiêu dùng)', the
# statistics offices' name, eleven words and more): named by its measure, said short where the
# label has no room ('Tổng mức bán lẻ và doanh thu dịch vụ'), never by 'Bán lẻ hàng hóa và
# doanh thu dịch vụ' with the measure dropped
RETAIL_BY_ITS_MEASURE = [
    # (ya-daknong-lamviec-bocongthuong-2019: the year's retail, its growth and its plan)
    case("retail-of-a-year",
         "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ năm 2018 đạt 14.641 tỷ đồng, tăng 19,4% "
         "so với năm 2017, đạt 100% kế hoạch đề ra."),
    # (the same document: a quarter's retail opened by its time)
    case("retail-of-a-quarter",
         "Trong quý I năm 2019, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 3.802,8 tỷ "
         "đồng, tăng 10,4% so với cùng kỳ năm trước, đạt 23,6% kế hoạch."),
    # (ai-binhdinh-bc-ktxh-6thang-2023: a half year's retail and its growth)
    case("retail-of-a-half-year",
         "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 50.374 tỷ đồng, tăng 17% so với cùng "
         "kỳ."),
    # (ad-khanhhoa-tu-hoinghi: consumer services named too, among a province's results)
    case("retail-and-consumer-services",
         "Theo số liệu thống kê, trong năm 2023, GRDP (tổng sản phẩm trên địa bàn) của tỉnh Khánh "
         "Hòa ước tăng 10,35%, đứng thứ 4 cả nước, chỉ số sản xuất công nghiệp ước tăng 13%, tổng "
         "mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt ước đạt 113.300 tỷ đồng (tăng "
         "19,1% so cùng kỳ)."),
]  # fmt: skip


@pytest.mark.parametrize("paragraph", RETAIL_BY_ITS_MEASURE)
def test_retail_is_named_by_its_measure(paragraph, tmp_path: Path):
    got = [
        f.label
        for f in composed(tmp_path, [paragraph])
        if f.unit == "tỷ đồng" or "bán lẻ" in f.label.lower()
    ]
    assert len(got) >= 2, got
    assert all(label.startswith("Tổng mức bán lẻ ") for label in got), got
    assert any("doanh thu dịch vụ" in label for label in got), got
    assert all(clean_label(label) and len(label.split()) <= 10 for label in got), got
