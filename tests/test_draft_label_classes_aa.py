"""Label classes of batch AA's editor's verdicts (issue 15, round 19, wt-h22f; notes J8), each
checked on the sentences of the set or of batch AA that showed it."""

from __future__ import annotations

from decimal import Decimal
from unittest.mock import ANY

import pytest

from .draft_cases import case, found, labels

LABELS = [
    # too vague: a measure named by its noun alone is of the crop the item's sentences open
    # with, said sentences before ('Ước 6 tháng thu hoạch …' opens with no subject)
    case("vague/measure-of-the-item-crop",
         # (the crop's area named by it since wt-h25b, not 'Cây lúa Đông Xuân gieo trồng')
         ["Diện tích lúa Đông Xuân gieo trồng", "Diện tích lúa Đông Xuân gieo trồng giảm",
          "Diện tích lúa Đông Xuân ước thu hoạch 6 tháng", "Năng suất lúa Đông Xuân 6 tháng",
          "Năng suất lúa Đông Xuân 6 tháng giảm"],
         "- Cây lúa Đông Xuân gieo trồng được 529,5 ha, giảm 9,3% so cùng kỳ. Ước 6 tháng thu "
         "hoạch 529,5 ha, năng suất ước đạt 41,8 tạ/ha, giảm 1,8% so vụ Đông Xuân năm trước."),
    case("vague/mean-measure-of-the-item-crop",
         ["Diện tích màu lương thực gieo trồng", "Năng suất bình quân màu lương thực",
          "Sản lượng màu lương thực", "Sản lượng màu lương thực (so với kế hoạch)"],
         "- Màu lương thực gieo trồng 752 ha, năng suất bình quân 3,7 tấn/ha, sản lượng 2.257 "
         "tấn, đạt 61% kế hoạch."),
    case("vague/measure-of-a-season",
         [ANY, "Diện tích vụ Hè Thu (so với kế hoạch)"],
         "- Vụ Hè Thu 2022 đã xuống giống dứt điểm với diện tích 177,33 ha, đạt 88,66% kế "
         "hoạch."),
    # (the item's topic said with 'Về': its kind word left out too)
    case("vague/measure-of-the-topic",
         [ANY, ANY, "Sản lượng lúa", "Sản lượng lúa tăng so với năm 2012"],
         "- Về cây lúa: Diện tích gieo trồng hàng năm đạt trên 115.561 ha, tăng 17.315 ha so "
         "năm 2012. Sản lượng đạt 650.000 tấn/năm, tăng 112.364 tấn so năm 2012."),
    # not a crop: a sentence opened by an act names no subject of the measure
    case("vague/no-subject-in-an-act",
         [ANY, ANY, ANY, ANY, "Sản lượng", ANY, "Sản lượng"],
         "Tổng sản lượng lương thực có hạt đạt 26.609 tấn. Lương thực bình quân đầu người đạt "
         "trên 550kg/người/năm. Thực hiện trồng 110ha cây ăn quả; 90ha cây thuốc lá, sản lượng "
         "135 tấn; 100ha cây lạc, sản lượng đạt 140 tấn."),
    # too vague: each part of an enumeration of shares is a share, not the first alone
    case("vague/shares-of-an-enumeration",
         ["Tỷ trọng nông, lâm, ngư nghiệp", "Tỷ trọng công nghiệp - xây dựng",
          "Tỷ trọng dịch vụ", "Tỷ trọng thuế sản phẩm"],
         "- Nông, lâm, ngư nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; Dịch vụ 35,6%; "
         "Thuế sản phẩm 10%"),
    case("vague/shares-after-the-share-head",
         ["Tỷ trọng các ngành Nông - Lâm - Ngư nghiệp",
          "Tỷ trọng công nghiệp - tiểu thủ công nghiệp - xây dựng", "Tỷ trọng dịch vụ", ANY],
         "Tỷ trọng các ngành Nông - Lâm - Ngư nghiệp 38.7%; Công nghiệp - tiểu thủ công nghiệp "
         "- xây dựng 30,7%; Dịch vụ 30,6%. Thu nhập bình quân đầu người 27 triệu "
         "đồng/người/năm."),
    # (a part named by a measure of its own keeps it)
    case("vague/part-with-a-measure-of-its-own",
         [ANY, "Tỉ lệ lao động qua đào tạo"],
         "Đến năm 2025, tỉ trọng lao động nông nghiệp trong tổng lao động xã hội khoảng 25%; "
         "tỉ lệ lao động qua đào tạo là 70%."),
    # too vague: the other side of a place ('nông thôn' after 'đô thị') is of the same measure
    case("vague/rural-after-urban",
         ["Thu gom rác thải đô thị", "Thu gom rác thải nông thôn"],
         "- Thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%"),
    case("vague/rural-after-urban-said-after-the-label",
         ["Hộ dân sử dụng nước sạch từ hệ thống", "Hộ dân sử dụng nước sạch (nông thôn)",
          "Thu gom và xử lý chất thải rắn sinh hoạt",
          "Thu gom và xử lý chất thải rắn (nông thôn)"],
         "Tỷ lệ hộ dân sử dụng nước sạch từ hệ thống cấp nước tập trung khu vực đô thị đạt "
         "99,2%, khu vực nông thôn đạt 95%; tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu "
         "vực đô thị đạt 95%, khu vực nông thôn đạt 82%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), LABELS)
def test_the_labels_of_a_paragraph_of_the_class(expected, paragraph):
    assert labels(paragraph) == expected


PAIRS = [
    # garbled: 'A/B ha' is a result over its plan when a share of the plan said next (a
    # sentence of no subject of its own) is A over B, or when A is more than B; the pairs the
    # paragraph writes after such a one are read alike, each named by its own part (no '/' left
    # in a label, no plan as a figure '… /' of its own)
    case("garbled/pair-with-its-share-said-next",
         [(Decimal("226"), None, ANY), (Decimal("115"), Decimal("116"), "Diện tích gieo trồng lúa"),
          (Decimal("99.13"), None, ANY)],
         "- Tổng diện tích gieo trồng 226 ha. Trong đó lúa là 115/116 ha. Đạt 99,13% so với kế "
         "hoạch."),
    case("garbled/pairs-read-alike",
         [(Decimal("96"), None, ANY), (Decimal("40"), Decimal("38"), "Diện tích gieo trồng lúa"),
          (Decimal("25"), Decimal("25"), "Diện tích đậu"),
          (Decimal("31"), Decimal("35"), "Diện tích ngô")],
         "- Tổng diện tích gieo trồng 96ha. Trong đó lúa 40/38ha. Đậu 25/25ha. Ngô 31/35ha."),
    # ('33/ 31,5 ha': a space after the slash; the result is 33, the plan 31,5, no figure of
    # its own: h43d, as the set's golds write 'A/B ha' with a share of the plan after it)
    case("garbled/pair-spaced-after-its-slash",
         [(Decimal("33"), Decimal("31.5"), "Cây lạc: Diện tích gieo trồng"), ANY, ANY, ANY],
         "- Cây lạc: Diện tích gieo trồng 33/ 31,5 ha vượt  1,5 ha so với KH, năng suất đạt "
         "30tạ/ha, sản lượng đạt 99 tấn."),
    # not a plan: a part and its whole, nothing said of a plan, the part the smaller
    case("garbled/part-and-whole-kept",
         [(Decimal("38.2"), None, ANY), (Decimal("41"), None, ANY)],
         "Đã bàn giao mặt bằng 38,2/41 ha."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), PAIRS)
def test_a_result_over_its_plan_is_one_figure_with_its_plan(expected, paragraph):
    assert found(paragraph, "value plan label") == expected
    assert not any(label.rstrip().endswith("/") for label in labels(paragraph))


CUT_AND_BASE = [
    # cut off: a verb of earning before the amount ('mang về', 'thu về') is what the amount is
    # said of, left out whole, not cut to 'mang'; the growth said after it is of the same part
    case("cut/verb-of-earning",
         ["Xuất khẩu thủy sản 5 tháng", "Xuất khẩu thủy sản tăng so với cùng kỳ"],
         "Tính chung 5 tháng, xuất khẩu thủy sản mang về 4,75 tỷ USD, tăng 45% so với cùng kỳ "
         "2021."),
    case("cut/verb-of-earning-and-its-growth",
         ["Xuất khẩu tôm", "Xuất khẩu tôm tăng", "Cá tra", "Cá tra tăng trưởng"],
         "Xuất khẩu tôm, ước đạt 1,8 tỷ USD, tăng 38%; cá tra thu về hơn 1,2 tỷ USD, tăng "
         "trưởng gần 90%."),
    # cut off: a label ending on the count of a time ('bình quân 5') says it, or leaves the
    # count out when there is no room
    case("cut/count-of-a-time",
         ["Tốc độ tăng trưởng GRDP bình quân 5 năm", "GRDP bình quân đầu người"],
         "Theo đó, giai đoạn 2020-2025 đưa tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ "
         "6,5-7%; GRDP bình quân đầu người đến năm 2025 đạt từ 70,4-72,2 triệu "
         "đồng/người/năm."),
    case("cut/count-of-a-time-no-room",
         ["Tốc độ tăng trưởng kinh tế (GDP) bình quân", ANY],
         "Về kinh tế: Tốc độ tăng trưởng kinh tế (GDP) bình quân 5 năm đạt khoảng 6,5 - 7%/năm. "
         "Đến năm 2025, GDP bình quân đầu người khoảng 4.700 - 5.000 USD."),
    # missing base: a change on a month or a quarter says it (read without, a change on a year)
    case("base/month-before",
         ["Xuất khẩu gạo tháng 5", "Xuất khẩu gạo tăng so với tháng 4",
          "Xuất khẩu gạo tháng 5 tăng so với cùng kỳ", "Xuất khẩu sắn và các sản phẩm từ sắn",
          "Xuất khẩu sắn tăng so với tháng 4", ANY],
         "Xuất khẩu gạo trong tháng 5 đạt 386 triệu USD, tăng 39,9% so với tháng 4 và tăng 14% "
         "so với cùng kỳ năm ngoái. Xuất khẩu sắn và các sản phẩm từ sắn đạt 636 triệu USD, tăng "
         "13,3% so với tháng 4 và tăng 38,7% so với cùng kỳ."),
    case("base/december-before",
         ["Chỉ số giá tiêu dùng tăng so với tháng 12", ANY],
         "Chỉ số giá tiêu dùng tăng 1,33% so với tháng 12 năm 2011, bình quân 1 tháng tăng "
         "0,22%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), CUT_AND_BASE)
def test_a_label_cut_off_or_without_its_base_is_said_whole(expected, paragraph):
    assert labels(paragraph) == expected
