"""Figure and label classes of the evaluation set read after batches AI and AJ joined it (issue
15, session 27, wt-h36b), each checked on real sentences of several documents of several batches
that showed it, through the whole draft."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

# a statistical list of 'name: value' lines (niên giám, báo cáo thống kê): the total counts a noun
# written right before its colon, its items give bare values in that noun or in the word their
# own lines write; a bracket before the colon gives the indicator's unit
NAME_VALUE_LINES = [
    # (wa-tumorong-kh-ktxh-2025: 'Tổng số hợp tác xã: 38' was missed with its two items)
    case("total-and-items-in-its-noun",
         "7. Hợp tác xã\n"
         "-\tTổng số hợp tác xã: 38\n"
         "-\tHợp tác xã thành lập mới: 2\n"
         "-\tHợp tác xã giải thể: 1\n"
         "-\tTổng số lao động trong hợp tác xã: 690 người\n",
         [(Decimal(38), "hợp tác xã"), (Decimal(2), "hợp tác xã"), (Decimal(1), "hợp tác xã"),
          (Decimal(690), "người")]),
    # (aj-thuathienhue-tk-yte-2022: a yearbook's beds by kind of establishment, the total opening
    # its breakdown, two items bare in the word the others write)
    case("numbered-total-opening-its-breakdown",
         "2. Tổng số giường bệnh: 2.411, trong đó:\n\n"
         "- Bệnh viện: 1.843 giường\n\n"
         "- Bệnh viện da liễu: 62 giường\n\n"
         "- Phòng khám đa khoa khu vực: 86\n\n"
         "- Cơ sở y tế khác: 300\n",
         [(Decimal(2411), "giường bệnh"), (Decimal(1843), "giường"), (Decimal(62), "giường"),
          (Decimal(86), "giường"), (Decimal(300), "giường")]),
    # (aj-thuathienhue-tk-yte-2022: the unit in a bracket after the indicator's name; its base
    # 'bình quân 1 vạn dân' no figure of its own)
    case("unit-in-the-bracket-before-the-colon",
         "5. Chỉ tiêu về chăm sóc sức khỏe\n\n"
         "- Số bác sỹ bình quân 1 vạn dân (người): 15\n\n"
         "- Số giường bệnh bình quân 1 vạn dân (giường): 61\n",
         [(Decimal(15), "người"), (Decimal(61), "giường")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAME_VALUE_LINES)
def test_name_value_lines_of_a_statistical_list_are_figures(text, expected, tmp_path: Path):
    got = composed(tmp_path, "Báo cáo thống kê\n\n" + text)
    assert [(Decimal(str(v)), u) for v, u in read(got, "value unit")] == expected
    assert all(clean_label(label) for label in read(got, "label"))
    # the unit said by the figure is not said again by its label
    assert not any(label.endswith(")") for label in read(got, "label"))


LENGTHS_SAID_AFTER_THE_NAME = [
    # (ai-tracu-bc-nongthonmoi-2023: each road's length after its name)
    case("roads-of-a-district",
         "Hệ thống giao thông đã được nhựa hóa và bê tông hóa với tổng chiều dài 778,16km đáp ứng "
         "nhu cầu đi lại. Trong đó: Quốc lộ 53 dài 24,5km đi qua các xã Đại An, Hàm Giang; Quốc "
         "lộ 54 dài 22km chạy dài từ Phước Hưng, Tập Sơn, Tân Sơn; Đường tỉnh 911 dài 7,8km đi "
         "ngang các xã Phước Hưng, Tân Hiệp.",
         ["Tổng chiều dài", "Chiều dài quốc lộ 53", "Chiều dài quốc lộ 54",
          "Chiều dài đường tỉnh 911"]),
    # not changed: a name that 'Chiều dài' would push past a slide's words, cut, loses what it
    # names (xb-krongno-bc-dulich-2019: the length of a road's new surface)
    case("not-changed/a-long-name-kept-whole",
         "Hạng mục sửa chữa của công trình gồm: Thảm tăng cường toàn bộ mặt đường bằng bê tông "
         "nhựa dài 6.300 m, bổ sung hệ thống an toàn giao thông.",
         ["Thảm tăng cường mặt đường bằng bê tông nhựa dài"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), LENGTHS_SAID_AFTER_THE_NAME)
def test_a_length_said_after_the_name_is_named_a_length(paragraph, expected, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)
