"""Label classes read in session 31 (issue 15, wt-h40c: labels that transfer to new documents),
each checked on sentences of the batches that joined last (AL, AM, AN) and on sentences composed
from the class, through the whole draft."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest

from .draft_cases import case, check_labels

# turns of people an act was done for ('khám bệnh cho 1.234 lượt người'; 'lượt người' one unit
# since session 30) are named by the act, 'Lượt người được khám bệnh': not by who did it ('Số
# lượt người bệnh viện khám bệnh'), nor by where; the kind of person kept ('dân')
TURNS_OF_PEOPLE = [
    case("an-act-for-them",
         "Trung tâm y tế đã khám bệnh cho 1.234 lượt người.",
         ["Lượt người được khám bệnh"]),
    case("who-acted-before-the-act",
         "Trong năm, bệnh viện khám bệnh cho 12.345 lượt người, điều trị nội trú cho 2.300 lượt "
         "người.",
         ["Lượt người được khám bệnh", "Lượt người được điều trị nội trú"]),
    case("the-kind-of-person-kept",
         "Các đơn vị đã tư vấn pháp luật cho 560 lượt người dân.",
         ["Lượt người dân được tư vấn pháp luật"]),
    case("not-where",
         "Khám sàng lọc cho 3.400 lượt người cao tuổi tại các xã.",
         ["Lượt người được khám sàng lọc"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TURNS_OF_PEOPLE)
def test_turns_of_people_are_named_by_the_act_done_for_them(text, expected, tmp_path: Path):
    check_labels(tmp_path, [text], expected, whole=True)


# a count whose kind is a grade ('34 học sinh lớp 12, 17 học sinh lớp 11 và 3 học sinh lớp 10',
# an-quangtri-bc-hsgquocgia) keeps the grade's number: 'Số học sinh lớp' names none of them
GRADES = [
    case("grades-of-a-list",
         "Trong đó có 34 học sinh lớp 12, 17 học sinh lớp 11 và 3 học sinh lớp 10.",
         ["Số học sinh lớp 12", "Số học sinh lớp 11", "Số học sinh lớp 10"]),
    case("a-grade-and-what-they-did",
         "Đáng chú ý lần đầu tiên có 3 học sinh lớp 10 dự thi đều có giải.",
         ["Số học sinh lớp 10 dự thi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GRADES)
def test_a_count_of_a_grade_keeps_the_grades_number(text, expected, tmp_path: Path):
    check_labels(tmp_path, [text], expected, whole=True)


# a link to the sentence before ('Cùng với đó,', 'Tuy vậy,') is no word of what the
# figure measures: 'Đó, số thu' (an-binhduong-bc-bhxh), 'Vậy, số lượng này mới' (am-tct-bc-dulich)
LINKS = [
    # (the share of the plan the finder names 'Số thu (so với kế hoạch)', the draft a rate)
    case("cung-voi-do",
         "Cùng với đó, số thu đạt 22.919 tỉ đồng, đạt 90% kế hoạch; số nợ là 1.023 tỉ đồng.",
         ["Số thu", "Tỷ lệ thu (so với kế hoạch)", "Số nợ"]),
    case("tuy-vay",
         "Tuy vậy, doanh thu du lịch chỉ đạt 450 tỷ đồng.",
         ["Doanh thu du lịch"]),
    # (a sum over a year said before the subject frames it: am-tct-bc-dulich)
    case("tinh-chung-ca-nam",
         "Tính chung cả năm 2023, khách quốc tế đến nước ta đạt 12,6 triệu lượt người, gấp 3,4 "
         "lần năm 2022.",
         ["Khách quốc tế đến nước ta", "Khách quốc tế đến nước ta so với năm 2022"]),
    case("tuy-vay-a-share",
         "Tuy vậy, lượng khách quốc tế mới chỉ bằng 70% năm 2019.",
         ["Lượng khách quốc tế mới"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_a_link_to_the_sentence_before_opens_no_label(text, expected, tmp_path: Path):
    check_labels(tmp_path, [text], expected, whole=True)


# a count of things whose number has a magnitude, under a label that is only the whole it is of
# ('Đến nay, toàn tỉnh có 735,2 nghìn lao động đang làm việc …', al-bacninh-bc-vieclam: 'Toàn
# tỉnh'), is named by what it counts, as the same count without a magnitude is
WHOLES = [
    case("thousands-of-workers",
         "Đến nay, toàn tỉnh có 735,2 nghìn lao động đang làm việc trong các ngành kinh tế.",
         ["Số lao động đang làm việc"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHOLES)
def test_a_count_of_a_whole_is_named_by_what_it_counts(text, expected, tmp_path: Path):
    check_labels(tmp_path, [text], expected, whole=True)


# hectares under the run-in head of a crop whose clause says only who acted and the act ('Cây
# lúa: … Toàn tỉnh đã xuống giống ước tính được 8.510 ha', an-bentre-bc-nongnghiep) are the
# crop's area ('Diện tích cây lúa xuống giống'); the same change said again in another unit
# ('giảm 15,07% (tương ứng giảm 1.510 ha)') is the amount of that change ('Mức giảm …'), not
# 'Cây lúa: tương ứng giảm'
CROPS = [
    case("rice-sown-and-its-fall",
         ["a. Trồng trọt",
          "Cây lúa: Trong tháng báo cáo, người trồng lúa trên địa bàn tỉnh tập trung chăm sóc vụ "
          "lúa hè thu năm 2022. Toàn tỉnh đã xuống giống ước tính được 8.510 ha, giảm 15,07% "
          "(tương ứng giảm 1.510 ha) so với cùng kỳ năm trước."],
         ["Diện tích cây lúa xuống giống", "Diện tích cây lúa xuống giống giảm",
          "Mức giảm diện tích cây lúa xuống giống"]),
    case("exports-and-their-rise",
         ["Kim ngạch xuất khẩu đạt 120 triệu USD, tăng 12%, tương ứng tăng 13 triệu USD."],
         ["Kim ngạch xuất khẩu", "Kim ngạch xuất khẩu tăng", "Mức tăng kim ngạch xuất khẩu"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), CROPS)
def test_a_crops_area_and_its_change_in_another_unit(paragraphs, expected, tmp_path: Path):
    check_labels(tmp_path, paragraphs, expected, whole=True)


# a change's base closes its clause ('tăng 2,4% so với tháng trước'); 'và' then opens the next
# figure's own measure ('và luân chuyển 20,4 tỷ lượt khách.km', am-tct-bc-vantai): named by it,
# not 'Tháng trước và luân chuyển' ('với' of the base cut the words there)
AFTER_A_BASE = [
    case("goods-moved-then-carried",
         "Đối với vận tải hàng hóa tháng 11/2023 ước đạt 189,9 triệu tấn hàng hóa vận chuyển, "
         "tăng 3% so với tháng trước và luân chuyển 43,1 tỷ tấn.km, tăng 3,9%.",
         [ANY, ANY, "Luân chuyển hàng hóa tháng 11/2023", "Luân chuyển tháng 11/2023 tăng"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_A_BASE)
def test_and_after_a_changes_base_opens_the_next_measure(text, expected, tmp_path: Path):
    check_labels(tmp_path, [text], expected, whole=True)


# a count an event's verb says happened ('đã xảy ra 96 vụ TNGT', al-binhduong-bc-atgt) is named
# with the verb as it is: 'Số vụ TNGT xảy ra', not '… được xảy ra' (a thing done to)
HAPPENED = [
    case("accidents", "Cụ thể, toàn tỉnh đã xảy ra 96 vụ TNGT.", ["Số vụ TNGT xảy ra"]),
    case("contests", "Trên địa bàn đã diễn ra 15 cuộc thi đấu thể thao.",
         ["Số cuộc thi đấu thể thao diễn ra"]),
    case("done-to-still-passive", "Toàn huyện đã hỗ trợ 1.200 hộ nghèo.",
         ["Số hộ nghèo được hỗ trợ"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HAPPENED)
def test_a_count_of_what_happened_takes_no_passive(text, expected, tmp_path: Path):
    check_labels(tmp_path, [text], expected, whole=True)
