"""Labels of the evaluation set fixed in session 25 (issue 15, wt-h33b), each on real sentences of
the set through the whole draft: a percentage written before a noun phrase is the share of those
the phrase names ('… và 100% cơ sở cai nghiện …', '88,57% dân số sống ở nông thôn'), not of the
share before it nor of the words before the number; an area written before what it is of, the
object of an act ('gieo trồng được … 3.338 ha dong giềng; 5.799 ha rau …') is the area of that
crop by that act; and where the clause makes the phrase after the number an act's object, a
base or a plan ('phủ sóng 90% dân số', 'tương đương 3,7% tổng sản phẩm'), the label is left
as the other rules made it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .draft_cases import Label, case, composed, found
from .draft_eval import clean_label


def _labelled(tmp_path: Path, paragraphs: list[str] | str) -> dict[Decimal, str]:
    """Each drafted figure's label by its value (a range by its low end; the first of a value
    said twice)."""
    out: dict[Decimal, str] = {}
    for f in composed(tmp_path, paragraphs):
        value = f.value[0] if isinstance(f.value, tuple) else f.value
        out.setdefault(value, f.label)
    return out


SHARES_OF_WHAT_FOLLOWS = [
    # the next share of a list, after 'và', is of the phrase after it, not of the share before
    # (dongnai-kh-matuy-2025; wb-cantho-kh-matuy-2030 writes it alike)
    case("share/next-of-a-list",
         {Decimal(100): Label(starts="Tỷ lệ cơ sở cai nghiện ma túy")},
         ["6.5. Trên 80% số trạm y tế cấp xã trên toàn tỉnh và 100% cơ sở cai nghiện ma túy "
          "công lập đủ điều kiện xác định tình trạng nghiện ma túy."]),
    # two shares of one whole, each by its own phrase (ya-bacgiang-bc-ktxh-2017)
    case("share/two-parts-of-the-population",
         {Decimal("11.43"): "Tỷ lệ dân số sống ở đô thị",
          Decimal("88.57"): "Tỷ lệ dân số sống ở nông thôn"},
         ["Trong đó, có khoảng 11,43% dân số sống ở đô thị và 88,57% dân số sống ở nông thôn."]),
    # shares after 'tại' and after 'và': the schools and the workers, not the act before
    # (dongnai-kh-matuy-2025)
    case("share/after-tai-and-va",
         {Decimal(100): "Tỷ lệ nhà trường",
          Decimal(70): "Tỷ lệ người lao động tại các khu công nghiệp"},
         ["Tổ chức tuyên truyền kỹ năng về phòng, chống ma túy cho người học tại 100% nhà trường "
          "và trên 70% người lao động tại các khu công nghiệp."]),
    # a share after a rate of another indicator: the waste collected, as the text says it
    # (sathay-kh-chitieu-2021)
    case("share/after-another-rate",
         {Decimal(93): Label(starts="Dân cư nông thôn sử dụng nước"),
          Decimal(100): "Chất thải rắn ở đô thị được thu gom"},
         ["Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 93% và 100% chất thải rắn ở đô "
          "thị được thu gom."]),
    # two parts of one area, each by its kind (laichau-nq-caosu-2008)
    case("share/two-kinds-of-an-area",
         {Decimal(10): "Tỷ lệ diện tích cao su tiểu điền"},
         ["Đến năm 2015 toàn tỉnh có 20.000 ha, trong đó 90% diện tích cao su đại điền và 10% "
          "diện tích cao su tiểu điền, cụ thể:"]),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraphs"), SHARES_OF_WHAT_FOLLOWS)
def test_a_share_is_of_the_phrase_after_it(expected, paragraphs, tmp_path: Path):
    got = _labelled(tmp_path, paragraphs)
    assert {value: got.get(value) for value in expected} == expected
    assert all(clean_label(got[value]) for value in expected)


NOT_A_SHARE_OF_WHAT_FOLLOWS = [
    # an act's object: the coverage of the population is the act's (ya-chinhphu-bc-nq57-2025)
    case("act/coverage",
         {Decimal(90): Label(lacks=("Tỷ lệ dân số",))},
         ["Doanh nghiệp dự kiến đến hết năm 2025 số trạm 5G đạt 68.457 trạm, bằng 57,5% số trạm "
          "4G, phủ sóng 90% dân số."]),
    # a base: the deficit against GDP is no share of GDP (qh-49-2017-QH14)
    case("base/deficit-of-gdp",
         {Decimal("3.7"): Label(lacks=("Tỷ lệ tổng sản phẩm",))},
         ["3. Mức bội chi ngân sách nhà nước là 172.300 tỷ đồng, tương đương 3,7% tổng sản phẩm "
          "trong nước (GDP)."]),
    # a support's share of a cost: the act's object (ya-daknong-hdnd-chinhsach-2019), read in
    # its paragraph (the draft of this sentence alone keeps no figure)
    case("act/support-of-a-cost",
         {Decimal(100): "Chi phí thiết kế hỗ trợ"},
         "Nghị quyết hỗ trợ 100% chi phí thiết kế và chi phí máy thi công khi đầu tư công trình "
         "trữ nước tại huyện."),
    # an exercise's share of the communes: the act's (hanoi-ct-quocphong-2010)
    case("act/an-exercise",
         {Decimal(20): "Diễn tập chiến đấu trị an"},
         "- Diễn tập chiến đấu trị an 20% số xã, phường, thị trấn."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraphs"), NOT_A_SHARE_OF_WHAT_FOLLOWS)
def test_an_acts_object_or_a_base_is_no_share_of_it(expected, paragraphs, tmp_path: Path):
    if isinstance(paragraphs, str):
        got = dict(found(paragraphs, "value label"))
    else:
        got = _labelled(tmp_path, paragraphs)
    assert {value: got.get(value) for value in expected} == expected


AREAS_OF_WHAT_FOLLOWS = [
    # one act, a list of crops after it, run on after ';' (ag-sonla-bc-thongke-7thang-2017)
    case("area/a-list-after-its-act",
         {Decimal(19726): "Diện tích lúa nương gieo trồng",
          Decimal(840): "Diện tích lạc gieo trồng",
          Decimal(3338): "Diện tích dong giềng gieo trồng",
          Decimal(5799): Label(starts="Diện tích rau và đậu đỗ")},
         ["Đến trung tuần tháng Bảy, trên địa bàn tỉnh gieo trồng được 19.726 ha lúa nương, "
          "140.742 ha ngô vụ mùa, 379 ha đậu tương, 840 ha lạc, 3.338 ha dong giềng; 5.799 ha "
          "rau và đậu đỗ các loại."]),
    # a time and a place before the act, not the label (ag-sonla-bc-thongke-7thang-2017)
    case("area/after-a-time-and-a-place",
         {Decimal(11695): "Diện tích lúa đông xuân thu hoạch"},
         ["Tính đến ngày 15/7 toàn tỉnh đã thu hoạch được 11.695 ha lúa đông xuân (đạt 97% diện "
          "tích gieo trồng), sản lượng 68.439 tấn."]),
    # the change said after the crop (ag-sonla-bc-thongke-7thang-2017)
    case("area/its-change-after-the-crop",
         {Decimal(18462): "Diện tích lúa ruộng gieo cấy",
          Decimal("1.9"): Label(starts="Diện tích lúa ruộng gieo cấy giảm")},
         ["Tính đến ngày 23/7 toàn tỉnh đã gieo cấy được 18.462 ha lúa ruộng, giảm 1,9% so với "
          "cùng kỳ."]),
    # new planting, and what exists now (ag-sonla-bc-thongke-7thang-2017)
    case("area/planted-and-existing",
         {Decimal(303): "Diện tích cà phê trồng mới",
          Decimal(107): "Diện tích chè trồng mới",
          Decimal(4397): "Diện tích chè hiện có"},
         ["Cây công nghiệp lâu năm tiếp tục phát triển, tính chung từ đầu năm đến nay trên địa "
          "bàn tỉnh trồng mới 303 ha cà phê; 107 ha chè; 4.152 ha cây ăn quả. Diện tích cây lâu "
          "năm hiện có 6.206 ha cao su; 12.384 ha cà phê; 4.397 ha chè; 30.449 ha cây ăn quả."]),
    # a province as who acts; the change after it named with it (ag-soctrang-hdnd-kyhop-2022)
    case("area/a-province-acts",
         {Decimal(76180): Label(starts="Diện tích thuỷ sản", ends="thả nuôi"),
          Decimal("5.42"): Label(starts="Diện tích thuỷ sản", has=("thả nuôi tăng",))},
         ["Năm 2022, toàn tỉnh Sóc Trăng thả nuôi được hơn 76.180ha thuỷ sản các loại (tăng "
          "5,42% so với năm 2021), tổng sản lượng đạt hơn 354.110 tấn."]),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraphs"), AREAS_OF_WHAT_FOLLOWS)
def test_an_area_is_of_the_crop_after_it(expected, paragraphs, tmp_path: Path):
    got = _labelled(tmp_path, paragraphs)
    assert {value: got.get(value) for value in expected} == expected
    assert all(clean_label(got[value]) for value in expected)
