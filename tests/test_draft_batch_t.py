"""What is a figure, rules found on batch T's tb-* documents (session 14, h17q: a resolution's
budget summary, a district's new-rural-areas report, a provincial housing programme; the ta-*
documents kept unread to measure transfer), each class stated on a sentence of its own (not
copied from the documents); the documents themselves are scored in tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .draft_cases import case, found

D = Decimal

# a class checked on one paragraph: (the fields of each figure found in it, the paragraph)
PARAGRAPHS = [
    # a per-part that is a compound is the whole compound ('căn hộ', not 'căn')
    case("per-part-compound", "value unit",
         [(D("3"), "phòng/căn hộ")],
         "Nhà ở tái định cư bảo đảm ít nhất 3 phòng/căn hộ."),
    # a time word before a year after a per-part is the level's period, no part of its unit;
    # 'người năm' (per person-year) with no year after it is
    case("per-part-then-year-is-period", "value unit",
         [(D("20"), "m2/người"), (D("25"), "m2/người")],
         "Diện tích nhà ở bình quân đạt 20m2/người năm 2015 và 25m2/người năm 2025."),
    case("per-person-year-unit", "value unit",
         [(D("900"), "kWh/người năm")],
         "Điện thương phẩm bình quân đạt 900 kWh/người năm."),
    # how many of a count's criteria are met defines what is counted: no figure of its own
    case("criteria-a-count-attains-define-it", "value unit",
         [(D("3"), "xã"), (D("7"), "xã"), (D("9"), "xã")],
         "Hiện có 3 xã đạt từ 15 tiêu chí, 7 xã đạt dưới 5 tiêu chí và 9 xã đạt và cơ bản "
         "đạt từ 10-14 tiêu chí."),
    # a count after a count with no attainment between is a figure of its own
    case("count-after-a-count-is-a-figure", "value unit",
         [(D("12"), "xã"), (D("150"), "thôn")],
         "Huyện có 12 xã, trên 150 thôn."),
    # 'cơ bản' before a verb is an adverb (largely met), not 'key' items of an agenda
    case("largely-met-is-no-key-item", "value unit",
         [(D("2"), "xã"), (D("4"), "xã")],
         "Năm 2012 có 2 xã cơ bản đạt tiêu chí giao thông, 4 xã đạt tiêu chí điện."),
    case("key-items-are-no-count", "value", [],
         "Kế hoạch đề ra 3 nhiệm vụ cơ bản sau đây."),
    # a count of sides or parties is part of a name ('2 bên đường', 'hợp tác 3 bên')
    case("sides-of-a-road-are-no-count", "value unit",
         [(D("45"), "tỷ đồng")],
         "Dự án chỉnh trang 2 bên đường Trần Phú có tổng vốn 45 tỷ đồng."),
    # a population written without its noun is a figure of no unit
    case("population-without-its-noun", "value unit",
         [(D("86.4"), "km2"), (D("152300"), None)],
         "Thị xã có diện tích 86,4 km2, dân số 152.300."),
    # a count whose places a bracket lists is a figure when they reached a standard
    case("count-of-places-that-reached-a-standard", "value unit",
         [(D("3"), "xã")],
         "Đến hết năm 2014, 3 xã (An Lạc, Bình Hòa, Tân Mỹ) đã được công nhận đạt chuẩn nông "
         "thôn mới."),
    case("count-that-only-introduces-its-places", "value", [],
         "Có 3 xã (An Lạc, Bình Hòa, Tân Mỹ) không thay đổi địa giới hành chính."),
    # what a total 'bao gồm' (includes) is a part of it, not its plan; two amounts each named
    # 'dự toán' are two items of one list, neither the other's plan
    case("parts-an-estimate-includes-are-no-plans", "value plan",
         [(D("920"), None), (D("140"), None), (D("35"), None)],
         "Chi ngân sách tỉnh là 920 tỷ đồng, đã bao gồm dự toán 140 tỷ đồng bổ sung cho cấp "
         "huyện, dự toán 35 tỷ đồng hỗ trợ nhà ở."),
    case("a-plan-after-its-result-still-is-one", "value plan",
         [(D("850"), D("1000"))],
         "Thu ngân sách đạt 850 tỷ đồng, dự toán 1.000 tỷ đồng."),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "want", "text"), PARAGRAPHS)
def test_what_a_paragraph_of_the_class_yields(fields: str, want: list, text: str) -> None:
    assert found(text, fields) == want
