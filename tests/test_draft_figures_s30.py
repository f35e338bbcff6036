"""Figures of batch AM the draft missed or read with another unit (issue 15, session 30, wt-h39b),
each class on real sentences of the set, read by the set's one convention for a count's unit
(tests/draft_eval.py: the counted noun as one word, with the classifier or the turn that opens
it and the kinds of one level said together; its qualifiers to the label).

- Work carried over a distance is one unit joined by a dot: '43,1 tỷ tấn.km', '20,4 tỷ lượt
  khách.km' (tonne- and passenger-kilometres), not 'tỷ tấn'.
- Turns of people are counted as turns of visitors are: '12,6 triệu lượt người'.
- A noun pyvi reads as an adjective on its own ('trẻ', young) that closes its phrase right after
  a count stated of its subject ('… là 17.103 trẻ.') is the noun counted; a sex after a noun
  qualifies it ('9513 trẻ nam' is 9513 'trẻ'), the label's to say.
- A listed level of government said with the other kinds of its level counts them together
  ('95 xã, phường và thị trấn'), as a level of the open grammar does; one written with
  capitals and followed by no name is the level counted ('1 Thị Xã').
- A place's area run into its name by a lost space is read as if spaced ('Hoằng Hóa4.624ha').
- A title's '5.250.000 lượt người' is the body's '5.250.000 lượt, …' said again.
- 'một số' (some) opens no measure of a run of places ('Doanh thu … của một số địa phương …: Đà
  Nẵng tăng 133,8%' is 'Doanh thu Đà Nẵng tăng').
- Items named by a kind under a lead-in whose last clause names the measure ('tổng đàn gia cầm
  … là:' over '- Gà: 2.431.189 con (…)') take that measure.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from deckmaker.draft.figures import find_figures, says_again

from .draft_cases import case, composed, found

UNITS = [
    # (am-tct-bc-vantai-11thang-2023)
    case(
        "km/tonne",
        [(Decimal("189.9"), "triệu tấn"), (Decimal(3), "%"), (Decimal("43.1"), "tỷ tấn.km")],
        "Đối với vận tải hàng hóa tháng 11/2023 ước đạt 189,9 triệu tấn hàng hóa vận chuyển, "
        "tăng 3% so với tháng trước và luân chuyển 43,1 tỷ tấn.km, tăng 3,9%.",
    ),
    case(
        "km/passenger",
        [(Decimal("403.1"), "triệu lượt khách"), (Decimal("20.4"), "tỷ lượt khách.km")],
        "Vận tải hành khách tháng 11/2023 ước đạt 403,1 triệu lượt khách vận chuyển và luân "
        "chuyển 20,4 tỷ lượt khách.km.",
    ),
    # (am-tct-bc-dulich-2023; wc-baclieu-bc-ktxh-2020)
    case(
        "turns/people",
        [(Decimal("12.6"), "triệu lượt người"), (Decimal("3.4"), "lần")],
        "Tính chung cả năm 2023, khách quốc tế đến nước ta đạt 12,6 triệu lượt người, gấp 3,4 "
        "lần năm 2022.",
    ),
    case(
        "turns/people-thousands",
        [(Decimal("620.81"), "nghìn lượt người")],
        "Lượt khách nghỉ qua đêm ước đạt 620,81 nghìn lượt người.",
    ),
    # (am-hungyen-bc-danso-2009)
    case(
        "children/closing-noun-and-sex",
        [(Decimal(17103), "trẻ"), (Decimal(9513), "trẻ"), (Decimal(7590), "trẻ")],
        "Số sinh toàn tỉnh năm 2009 là 17.103 trẻ. Trong đó, 9513 trẻ nam, 7590 trẻ nữ.",
    ),
    case(
        "children/closing-noun-before-share",
        [(Decimal(1576), "trẻ"), (Decimal("9.2"), "%")],
        "Số con thứ 3 trở lên được sinh ra là 1576 trẻ, chiếm 9,2%.",
    ),
    # (am-tayninh-kh-cumgiacam-2013; ya-daknong-lamviec-bocongthuong-2019)
    case(
        "levels/listed-noun-with-its-kinds",
        [(Decimal(8), "huyện"), (Decimal(1), "Thị Xã"), (Decimal(95), "xã, phường và thị trấn")],
        "Toàn Tỉnh có 8 huyện và 1 Thị Xã với 95 xã, phường và thị trấn.",
    ),
    # (am-thanhhoa-ct-vudong-2013-2014)
    case(
        "glued/area",
        [(Decimal(6095), "ha"), (Decimal(4624), "ha"), (Decimal(3239), "ha")],
        "Một số huyện có diện tích vụ Đông lớn như Yên Định 6.095ha, Hoằng Hóa4.624ha, Vĩnh "
        "Lộc 3.239ha,...",
    ),
]


@pytest.mark.parametrize(("want", "text"), UNITS)
def test_a_count_is_read_in_its_counted_noun(want, text):
    assert found(text, "value unit")[: len(want)] == want


NOT_COUNTS = [
    # a movement's name made with a number (dian-hlhpn-tongket-2020)
    case("name/phu-nu-2-gioi", "Có gần 190 ngàn hội viên được công nhận Phụ nữ 2 giỏi."),
    # how work is organised (wb-vpcp-tbkl-caotoc-2025)
    case("organised/ca-kip", "Tổ chức thi công 3 ca, 4 kíp, thi công cả ngày nghỉ, ngày lễ."),
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_an_adjective_after_a_number_not_stated_of_a_subject_counts_nothing(text):
    assert not [u for u in found(text, "unit") if u in ("giỏi", "kíp")]


def test_a_title_saying_what_a_turn_counts_is_the_body_said_again():
    # (ab-binhduong-kh-dulich-2030: the title's figure, the body's first target)
    head = find_figures("Phấn đấu đến năm 2025, tổng lượng khách du lịch đạt 5.250.000 lượt người")
    body = find_figures(
        "Tổng lượng khách du lịch đạt 5.250.000 lượt, trong đó khách quốc tế 320.000 lượt."
    )
    assert says_again(head[0], body[0])
    assert not says_again(head[0], body[1])


def test_some_places_open_no_count_of_places(tmp_path: Path):
    # (am-tct-bc-dulich-2023)
    figures = composed(
        tmp_path,
        [
            "BÁO CÁO",
            "I. KẾT QUẢ",
            "Doanh thu năm 2023 của một số địa phương so năm trước như sau: Đà Nẵng tăng "
            "133,8%; Hà Nội tăng 47,5%; Hải Phòng tăng 41,9%; Cần Thơ tăng 29,1%...",
        ],
    )
    labels = [f.label for f in figures if f.unit == "%"]
    assert labels == [
        "Doanh thu Đà Nẵng tăng",
        "Doanh thu Hà Nội tăng",
        "Doanh thu Hải Phòng tăng",
        "Doanh thu Cần Thơ tăng",
    ]


def test_items_named_by_kind_take_the_measure_their_lead_in_ends_on(tmp_path: Path):
    # (am-tayninh-kh-cumgiacam-2013)
    figures = composed(
        tmp_path,
        "I. Tình hình chăn nuôi\n"
        "Theo báo cáo của Ban chỉ đạo các huyện, thị xã; tổng đàn gia cầm thời điểm hiện nay "
        "là:\n"
        "- Gà: 2.431.189 con (chăn nuôi nhỏ lẻ: 630.159 con, chăn nuôi tập trung: 1.801.030 "
        "con).\n"
        "- Cút: 254.900 con (chăn nuôi nhỏ lẻ: 28.100 con, chăn nuôi tập trung: 226.800 con).\n",
    )
    labels = {f.value: f.label for f in figures}
    assert labels[Decimal(2431189)] == "Tổng đàn: gà"
    assert labels[Decimal(254900)] == "Tổng đàn: cút"
    # the parts in the bracket keep their own names
    assert labels[Decimal(630159)] == "Gà: chăn nuôi nhỏ lẻ"
