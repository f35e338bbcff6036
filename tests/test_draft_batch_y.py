"""Classes of the draft extractor found on batch Y (session 17's held-out batch, six real
documents, now material in tests/fixtures/draft-eval/ya-*), each stated on a sentence of those
documents; the documents themselves are scored in tests/test_draft_eval.py."""

from __future__ import annotations

import re
from decimal import Decimal

from deckmaker.draft.figures import find_figures
from deckmaker.draft.reader import clean

D = Decimal


def test_a_markdown_escaped_dash_is_a_dash_in_ranges_and_list_items():
    # ya-botchinhtri-nq-khcn-2030, a .docx kept as Markdown: every '-' written '\-'; read as
    # written, the ranges were their upper ends ('50 tổ chức', '18 %/năm', '10 %') and the
    # list item's label opened with the markup ('\- Đóng góp của …')
    text = clean(
        r"\- Nguồn nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân; có từ 40 \- 50 "
        r"tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới; số lượng đơn đăng ký "
        r"sáng chế, văn bằng bảo hộ sáng chế tăng trung bình 16 \- 18%/năm, tỉ lệ khai thác "
        r"thương mại đạt 8 \- 10%."
    )
    assert "\\" not in text and text.startswith("- Nguồn")
    _, bodies, patents, trade = find_figures(text)
    assert (bodies.value, bodies.unit) == ((D(40), D(50)), "tổ chức")
    assert (patents.value, patents.unit) == ((D(16), D(18)), "%/năm")
    assert (trade.value, trade.unit) == ((D(8), D(10)), "%")
    (tfp,) = find_figures(
        clean(r"\- Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng ở mức trên 55%.")
    )
    assert tfp.label.startswith("Đóng góp của năng suất")
    # an escape names its character: 'kinh tế \- xã hội', 'Số 57\-NQ/TW'; a lone backslash stays
    assert clean(r"kinh tế \- xã hội, Số 57\-NQ/TW, a\b") == "kinh tế - xã hội, Số 57-NQ/TW, a\\b"


def test_an_area_unit_written_with_a_superscript_is_the_unit_as_written():
    # ya-bacgiang-bc-ktxh-2017: '429,8 người/km²' was '429,8 người' and its '/km²' opened the
    # next figure's label ('/km², gấp'); 'km²', 'm²', 'm³' are 'km2', 'm2', 'm3' written so
    density, twice = find_figures(
        "Năm 2017, dân số trung bình toàn tỉnh khoảng 1.674.400 người, mật độ dân số trung bình "
        "429,8 người/km², gấp 1,5 lần mật độ dân số bình quân của cả nước."
    )[1:]
    assert (density.value, density.unit) == (D("429.8"), "người/km²")
    assert (twice.unit, twice.label.startswith("Mật độ dân số")) == ("lần", True)
    (earth,) = find_figures("Khối lượng đào đắp đạt 1.200 m³ đất.")
    assert (earth.value, earth.unit) == (D(1200), "m³")


def test_a_count_over_the_kinds_of_one_level_of_government_is_one_unit():
    # ya-chinhphu-bc-nq57-2025: '22/22 bộ, ngành' was '22 bộ', its label the last kind after the
    # comma ('Ngành ban hành …')
    (plans,) = find_figures("Đã có 22/22 bộ, ngành ban hành kế hoạch hành động.")
    assert (plans.value, plans.unit) == (D(22), "bộ, ngành")
    # since h42c the pair is the count's unit whole and no cut for the label, which says the
    # count as counts are said ('Số …'), not from the last kind after the comma
    assert plans.label == "Số bộ, ngành ban hành kế hoạch hành động"
    ministries, provinces = find_figures(
        "Đến nay, 22/22 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và 63/63 tỉnh, thành phố "
        "trực thuộc Trung ương đã ban hành Kế hoạch."
    )
    assert ministries.unit == "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
    assert ministries.label.startswith("Số bộ, cơ quan ngang bộ")
    assert (provinces.value, provinces.unit) == (D(63), "tỉnh, thành phố")
    assert provinces.label.startswith("Số tỉnh, thành phố trực thuộc Trung ương")
    # (a count of 'huyện', 'xã' keeps its head word, the kinds in its label, as labelled before)
    (districts,) = find_figures("Có 09/10 huyện, thành phố đạt trên 50% dự toán.")[:1]
    assert (districts.unit, districts.label) == (
        "huyện",
        "Số huyện, thành phố đạt trên 50% dự toán",
    )
    (hamlets,) = find_figures("Toàn huyện có 19 thôn, bản lõm sóng cần được phủ sóng.")
    assert (hamlets.value, hamlets.unit) == (D(19), "thôn, bản")
    # counts of each kind apart stay apart
    communes, wards = find_figures("Có 3 xã, 2 phường đạt chuẩn văn minh đô thị.")
    assert (communes.unit, wards.unit) == ("xã", "phường")


def test_a_label_made_of_tokens_is_written_as_text():
    # ya-chinhphu-bc-nq57-2025: a label put together from pyvi's tokens spaced its brackets and
    # commas ('Doanh nghiệp ( Viettel , VNPT , Mobifone ) dự kiến'), as no slide writes them
    found = find_figures(
        "03 doanh nghiệp (Viettel, VNPT, Mobifone) dự kiến đến hết 2025 số trạm 5G đạt 68.457 "
        "trạm (57,5% số trạm 4G), phủ sóng 90% dân số."
    )
    assert found and all(not re.search(r"\s[,;:.)%]|\(\s", f.label) for f in found), [
        f.label for f in found
    ]


def test_a_bound_in_a_bracket_after_a_figure_is_that_figures_subject_at_its_most():
    # ya-daknong-hdnd-chinhsach-2019: 'hỗ trợ 50% (không quá 40 triệu đồng/ha)' was labelled
    # 'Không quá' (the bracket's words), '… 35% (không quá 28 triệu đồng/ha)' 'Địa phương'; a
    # label opened by 'Về' (a topic announced) 'Về hỗ trợ tưới nước …'
    share, most, other, other_most = find_figures(
        "Về hỗ trợ tưới nước tiên tiến, tiết kiệm nước, hỗ trợ 50% (không quá 40 triệu đồng/ha) "
        "tại huyện Cư Jút, Krông Nô và các xã: Đắk Gằn, Đắk R'la, Đắk Lao của huyện Đắk Mil. "
        "Đối với các địa phương còn lại hỗ trợ 35% (không quá 28 triệu đồng/ha)."
    )
    assert share.label == "Hỗ trợ tưới nước tiên tiến, tiết kiệm nước"
    assert most.label == "Hỗ trợ tưới nước tiên tiến (tối đa)"
    assert other_most.label == f"{other.label} (tối đa)"
    # a bracket with a subject of its own keeps it
    _, rice = find_figures("Năng suất ngô đạt 6 tấn/ha (năng suất lúa đạt 5,8 tấn/ha).")
    assert rice.label.lower().startswith("năng suất lúa")


def test_a_code_of_a_digit_and_capitals_after_a_count_is_part_of_its_words():
    # ya-chinhphu-bc-nq57-2025: 'Có 11.591 trạm 5G' was labelled 'Số trạm' (the words after the
    # count stop at a digit), too bare a label, and then replaced by the heading it is under;
    # '5G', '4G', 'H5N1' name a kind, no number
    stations, _ = find_figures(
        "Hạ tầng viễn thông băng rộng di động 5G: Có 11.591 trạm 5G (7,72% số trạm 4G)."
    )
    assert stations.label == "Số trạm 5G"
    (bts,) = find_figures("Toàn tỉnh có 120 trạm BTS 4G đang hoạt động.")
    assert bts.label == "Số trạm BTS 4G đang hoạt động"
    # a number after the count is still no part of it ('… đạt chuẩn năm 2024')
    (communes,) = find_figures("Có 25 xã đạt chuẩn năm 2024.")
    assert "2024" not in communes.label
