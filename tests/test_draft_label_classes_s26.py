"""Label classes of the evaluation set read after batch AH joined it (issue 15, session 26,
wt-h35b), each checked on sentences of several documents of several batches that showed it,
through the whole draft."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

PRICES_SAID_WHOLE = [
    # garbled: the prices a value is counted at, run into the sentence ('theo giá so sánh
    # 2010'), lost their words and kept their year ('Tổng sản phẩm 2010': the product of 2010?)
    # (ah-namdinh-bc-thongke-2024)
    case("garbled/year-of-the-prices-run-into-the-label",
         ["Tổng sản phẩm", "Tổng sản phẩm tăng so với năm 2023"],
         "Tổng sản phẩm trên địa bàn năm 2024 theo giá so sánh 2010 ước đạt 61.222 tỷ đồng, tăng "
         "10,01% so với năm 2023."),
    # (ab-kontum-bc-thongke-6thang-2019)
    case("garbled/year-of-the-prices-after-the-abbreviation",
         ["Tổng sản phẩm (GRDP) tăng"],
         "- Ước tính Tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh 2010 tăng 8,31%."),
    # inside the abbreviation's bracket: '(GRDP năm 2010)' (ah-ninhbinh-hanam-bc-ktxh-2024)
    case("garbled/year-of-the-prices-inside-the-bracket",
         ["Tổng sản phẩm (GRDP) tăng", ANY],
         "Tổng sản phẩm trên địa bàn (GRDP theo giá so sánh năm 2010) năm 2024 tăng 8,52%, vượt "
         "kế hoạch đề ra (Kế hoạch đề ra là 7,6%)."),
    # (ag-dienbien-bc-thongke-9thang-2024)
    case("garbled/year-of-the-prices-of-a-rate",
         ["Tốc độ tổng sản phẩm Điện Biên tăng"],
         "Tốc độ tổng sản phẩm trên địa bàn tỉnh Điện Biên theo giá so sánh 2010 tăng 10,55% đạt "
         "cao so với các tỉnh cùng khu vực."),
    # garbled: the whole place said as the scope ('trên địa bàn toàn tỉnh') left 'toàn tỉnh'
    # (ab-daklak-bc-6thang-2024)
    case("garbled/scope-of-the-whole-province",
         ["Tổng sản phẩm (GRDP) 2024 (giá so sánh 2010)", ANY,
          "Tổng sản phẩm (GRDP) 2024 tăng so với cùng kỳ"],
         "Số liệu thống kê cho thấy, tổng sản phẩm (GRDP) 6 tháng đầu năm 2024 trên địa bàn toàn "
         "tỉnh (giá so sánh 2010) ước đạt gần 25.493 tỷ đồng (tương đương gần 39,3% kế hoạch, "
         "tăng 4,13% so với cùng kỳ)."),
    # not changed: prices of another kind stay, what tells two values apart
    # (backan-phienhop-ktxh-2023)
    case("not-changed/current-prices-kept",
         ["Tổng sản phẩm", "Tổng sản phẩm tăng trưởng", "Tổng sản phẩm theo giá hiện hành"],
         "Theo báo cáo, dự ước đến hết năm 2023, tổng sản phẩm trên địa bàn tỉnh theo giá so sánh "
         "đạt 8.820 tỷ đồng, tăng trưởng 6,1%. Tổng sản phẩm trên địa bàn tỉnh theo giá hiện hành "
         "ước đạt 16.677 tỷ đồng."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), PRICES_SAID_WHOLE)
def test_the_prices_a_value_is_counted_at_go_whole(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got[: len(expected)] == expected
    assert all(clean_label(label) for label in got)
    assert not any("2010" in label and "giá" not in label for label in got)


SHARES_OF_THE_ECONOMY = [
    # vague: a part of the economy's structure listed after the first, whose share the first
    # names ('tỷ trọng ngành dịch vụ là 48,2%; công nghiệp-xây dựng là 41,7%; nông, lâm, thủy
    # sản là 10,1%'), named by the sector alone ('Công nghiệp-xây dựng'), the first by the
    # deadline it is said at ('Đến hết tỷ trọng ngành dịch vụ'), a sector named with commas
    # never read as a part (ah-ninhbinh-hanam-bc-ktxh-2024)
    case("vague/sectors-after-the-first-share",
         ["Tỷ trọng ngành dịch vụ", "Tỷ trọng công nghiệp-xây dựng",
          "Tỷ trọng nông, lâm, thủy sản"],
         "Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng khu vực dịch vụ, đến hết năm 2024 "
         "tỷ trọng ngành dịch vụ là 48,2%; công nghiệp-xây dựng là 41,7%; nông, lâm, thủy sản là "
         "10,1%."),
    # garbled: a share said 'chiếm tỷ trọng' kept the verb and lost the first name of its
    # sectors ('Lâm nghiệp và thủy sản chiếm tỷ trọng') (ae-gialai-bc-thongke-6thang-2024)
    case("garbled/share-said-with-its-verb",
         ["Tỷ trọng khu vực nông, lâm nghiệp và thủy sản",
          "Tỷ trọng khu vực công nghiệp và xây dựng", "Tỷ trọng công nghiệp",
          "Tỷ trọng khu vực dịch vụ", "Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm"],
         "Cơ cấu kinh tế 6 tháng đầu năm 2024: Khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng "
         "20,34%; khu vực công nghiệp và xây dựng chiếm 31,24%, trong đó công nghiệp chiếm 27,00%; "
         "khu vực dịch vụ chiếm 44,71%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 3,71%."),
    # (a share said after 'trong đó' with its verb: 'Lâm nghiệp và thủy sản chiếm tỷ trọng',
    # not 'Trong đó khu vực …' either) (wc-baclieu-bc-ktxh-2020)
    case("garbled/share-said-with-its-verb-after-trong-do",
         ["Tỷ trọng khu vực nông, lâm nghiệp và thủy sản",
          "Tỷ trọng khu vực công nghiệp và xây dựng", "Tỷ trọng khu vực dịch vụ",
          "Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm"],
         "Cơ cấu nền kinh tế năm 2020 tiếp tục chuyển dịch theo hướng công nghiệp hóa, trong đó "
         "khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 42,57%; khu vực công nghiệp và xây "
         "dựng chiếm 19,20%; khu vực dịch vụ chiếm 33,15%; thuế sản phẩm trừ trợ cấp sản phẩm "
         "chiếm 5,08% trong tổng cơ cấu chung của toàn ngành kinh tế."),
    # not changed: the shares said with 'chiếm' alone were named so already
    # (ah-namdinh-bc-thongke-2024)
    case("not-changed/shares-said-with-chiem",
         ["Tỷ trọng khu vực nông, lâm nghiệp và thủy sản",
          "Tỷ trọng khu vực công nghiệp và xây dựng", "Tỷ trọng khu vực dịch vụ",
          "Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm"],
         "Về cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 17,70%; khu vực công "
         "nghiệp và xây dựng 43,50%; khu vực dịch vụ 35,68%; thuế sản phẩm trừ trợ cấp sản phẩm "
         "3,12%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), SHARES_OF_THE_ECONOMY)
def test_a_sectors_share_is_named_a_share(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)


FOCUS_WORDS_DROPPED = [
    # garbled: a focus word that singles out a part ('riêng', 'nhất là') opened its label
    # ('Riêng xuất khẩu hải sản các loại'): said of the sentence, no word of what is measured
    # (ah-phuyen-bc-ktxh-2024)
    case("garbled/rieng-opens-the-part",
         [ANY, ANY, "Xuất khẩu hải sản các loại", "Xuất khẩu hải sản các loại tăng"],
         "Nhờ đó đã giúp tổng kim ngạch xuất khẩu của tỉnh ước đạt 320 triệu USD, tăng 14,1% so "
         "với cùng kỳ. Trong đó, riêng xuất khẩu hải sản các loại đã đạt 161 triệu USD, tăng "
         "17,3% so với cùng kỳ."),
    # (v-quangnam-haiquan-thungansach-2020)
    case("garbled/rieng-opens-a-sentence",
         ["Mặt hàng dăm gỗ xuất khẩu tăng", "Mặt hàng dăm gỗ xuất khẩu"],
         "Riêng mặt hàng dăm gỗ xuất khẩu tăng gần 7 lần, đạt 879.811 USD."),
    # (yenbai-bc-ktxh-2014)
    case("garbled/nhat-la-opens-the-part",
         ["Sản lượng lương thực có hạt", "Sản lượng lương thực có hạt vượt kế hoạch",
          "Sản lượng lương thực có hạt tăng"],
         "Sản lượng vật nuôi, cây trồng đều tăng, nhất là sản lượng lương thực có hạt đạt 285.920 "
         "tấn, vượt 4,16% kế hoạch, tăng 1,04%."),
    # not changed: 'riêng' of a name ('riêng lẻ') stays (a sentence written for the guard: the
    # set says 'nhà ở riêng lẻ' only inside a name, qb-bxd-bc-batdongsan-2025)
    case("not-changed/rieng-le-of-a-name",
         ["Số hộ kinh doanh riêng lẻ"],
         "Toàn huyện có 1.250 hộ kinh doanh riêng lẻ."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), FOCUS_WORDS_DROPPED)
def test_a_focus_word_opens_no_label(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)
