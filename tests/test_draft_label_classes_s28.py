"""Label classes of the evaluation set read after batch AK joined it (issue 15, session 28,
wt-h37b), each checked on real sentences of several documents of several batches that showed
it, through the whole draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

# one measure told by place: a run of places (or bodies) each with its value, the measure said
# before the run, in its sentence or the paragraph before it; each value is the measure of its
# place, never the place alone nor the words before the run
PLACES_OF_A_MEASURE = [
    # (ak-chinhphu-nq25-tangtruong-2025: the Government's growth targets by province, 'Tỉnh: N%'
    # after a region's name, the measure in the paragraph before)
    case("province-colon-value-after-the-paragraph-naming-the-measure",
         ["Đáng chú ý, theo phụ lục Nghị quyết, nhiều địa phương được đặt mục tiêu tăng trưởng "
          "GRDP cao.",
          "Cụ thể, vùng Đồng bằng sông Hồng: Quảng Ninh: 12%; Hải Dương: 10,2%; Hải Phòng: 12,5%. "
          "Vùng Đông Nam Bộ: Bình Dương: 10%; Đồng Nai: 10%; Bà Rịa - Vũng Tàu: 10%."],
         ["Tăng trưởng GRDP Quảng Ninh", "Tăng trưởng GRDP Hải Dương",
          "Tăng trưởng GRDP Hải Phòng", "Tăng trưởng GRDP Bình Dương",
          "Tăng trưởng GRDP Đồng Nai", "Tăng trưởng GRDP Bà Rịa - Vũng Tàu"]),
    # (ah-quangbinh-qd-bhyt-2025: the health insurance cover by province, 'tỉnh X N%', the
    # measure opening the run; a place's kind the first word to go when the label is long)
    case("province-kind-and-value-after-the-measure-in-its-sentence",
         ["Được biết, tỷ lệ bao phủ bảo hiểm y tế năm 2022 thành phố Hà Nội là 91,66%, Thành "
          "phố Hồ Chí Minh là 91,25%, tỉnh An Giang 92%, tỉnh Bà Rịa - Vũng Tàu 91,5%, tỉnh Bạc "
          "Liêu 91,25%…"],
         ["Bao phủ bảo hiểm y tế thành phố Hà Nội", "Bao phủ bảo hiểm y tế Hồ Chí Minh",
          "Bao phủ bảo hiểm y tế tỉnh An Giang", "Bao phủ bảo hiểm y tế Bà Rịa - Vũng Tàu",
          "Bao phủ bảo hiểm y tế tỉnh Bạc Liêu"]),
    # (sb-dongnai-bc-ktxh-2020: cities' growth after the country's, 'X tăng N%')
    case("cities-growing-after-the-measure",
         ["Đặc biệt khi mức tăng trưởng của cả nước đạt khoảng 2-3%; các đô thị lớn như Hà Nội "
          "tăng 3,98%, TPHCM tăng 1,39%, thậm chí nhiều địa phương có mức tăng trưởng âm."],
         ["Mức tăng trưởng của cả nước", "Tăng trưởng Hà Nội", "Tăng trưởng TPHCM"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), PLACES_OF_A_MEASURE)
def test_a_run_of_places_is_named_by_the_measure_said_before_it(
    paragraphs, expected, tmp_path: Path
):
    got = read(composed(tmp_path, paragraphs), "label")
    assert got[-len(expected) :] == expected
    assert all(clean_label(label) for label in got)


# one measure changed against several bases (the month before, a month named, the year before):
# each change keeps its base, the subject said by its acronym where it leaves no room for it
CHANGES_TOLD_BY_THEIR_BASE = [
    # (ai-tct-bc-thongke-quy2-2023: the month before after the change; a month named, then the
    # year before, each opening its own clause)
    case("month-before-then-bases-opening-their-clauses",
         "Trong khi đó, chỉ số giá tiêu dùng (CPI) tháng 6/2023 tăng 0,27% so với tháng trước. "
         "So với tháng 12/2022, CPI tháng 6 tăng 0,67% và so với cùng kỳ năm trước tăng 2%.",
         ["so với tháng trước", "so với tháng 12/2022", "so với cùng kỳ"]),
    # (ai-tct-bc-thongke-quy2-2023: the year before, said after the change beside one on the
    # month before)
    case("year-before-beside-the-month-before",
         "Lạm phát cơ bản tháng 6/2023 tăng 0,24% so với tháng trước, tăng 4,33% so với cùng kỳ "
         "năm trước.",
         ["so với tháng trước", "so với cùng kỳ"]),
    # (wc-baclieu-bc-ktxh-2020: the year before first, then the month before)
    case("year-before-then-month-before",
         "Chỉ số giá tiêu dùng (CPI) tháng 12/2020 tăng 3,54% so cùng kỳ và tăng 0,45% so tháng "
         "trước.",
         ["so với cùng kỳ", "so với tháng trước"]),
    # (thaibinh-bc-congthuong-6thang-2022: an industrial index's long name before its acronym)
    case("acronym-of-a-long-index",
         "Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 6/2022 tăng 6,9% so tháng trước và "
         "tăng 19,4% so cùng kỳ năm 2021.",
         ["so với tháng trước", "so với cùng kỳ"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "bases"), CHANGES_TOLD_BY_THEIR_BASE)
def test_changes_of_one_measure_keep_their_bases(paragraph, bases, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert len(got) == len(bases)
    assert all(label.endswith(base) for label, base in zip(got, bases, strict=True)), got
    assert len(set(got)) == len(got)
    assert all(clean_label(label) for label in got)


# an activity named bare ('Xuất khẩu', 'Luân chuyển') names no measure: its unit says it
ACTIVITIES_MEASURED_BY_THEIR_UNIT = [
    # (sb-dongnai-bc-ktxh-2020: trade in dollars, each after 'cụ thể,')
    case("trade-in-dollars",
         "Song điểm tích cực là cán cân thương mại vẫn duy trì xuất siêu. Cụ thể, xuất khẩu đạt "
         "19 tỷ USD, nhập khẩu đạt 14,7 tỷ USD.",
         ["Kim ngạch xuất khẩu", "Kim ngạch nhập khẩu"]),
    # (ya-daknong-bc-6thang-2018: the export of a half year)
    case("export-of-a-half-year",
         "Xuất khẩu 6 tháng ước đạt 563 triệu USD.",
         ["Kim ngạch xuất khẩu 6 tháng"]),  # (its part of the year: session 29)
    # (wc-baclieu-bc-ktxh-2020: transport of passengers, then of goods, by its unit)
    case("transport-by-its-unit",
         "Vận chuyển hành khách đạt 48 triệu lượt; luân chuyển đạt 3.006,29 triệu hành khách/km. "
         "Vận chuyển hàng hóa đạt 17,33 triệu tấn; luân chuyển 821,91 triệu tấn/km.",
         ["Luân chuyển hành khách", "Luân chuyển hàng hóa"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), ACTIVITIES_MEASURED_BY_THEIR_UNIT)
def test_a_bare_activity_is_named_by_the_measure_of_its_unit(paragraph, expected, tmp_path: Path):
    figures = composed(tmp_path, [paragraph])
    got = [f.label for f in figures if "/" in (f.unit or "") or "USD" in (f.unit or "")]
    assert got == expected
    assert all(clean_label(label) for label in got)
