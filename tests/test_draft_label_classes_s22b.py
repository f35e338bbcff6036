"""Label classes left on the evaluation set after session 22's first label helper (issue 15,
session 22, wt-h27b), each checked on the sentences of the set that showed it, through the whole
draft."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

MEASURES_KEPT_TO_FIT = [
    # vague: a label too long for a slide lost its measure ('Giá trị sản xuất') and kept the
    # prices it is counted at ('Công nghiệp (giá SS2010) Quý I/2022'); the prices go first
    # (hanam-bc-congthuong-quy1-2022)
    case("vague/prices-dropped-before-the-measure",
         ["Giá trị sản xuất công nghiệp Quý I/2022",
          "Giá trị sản xuất công nghiệp Quý I/2022 tăng"],
         "Giá trị sản xuất công nghiệp (giá SS2010) Quý I/2022 ước đạt 35.230 tỷ đồng tăng 13,6% "
         "so với cùng kỳ năm 2021."),
    # (a growth of a plan said at prices of a base year; thaibinh-bc-congthuong-6thang-2022)
    case("vague/prices-dropped-before-the-measure-of-a-growth",
         ["Giá trị sản xuất công nghiệp tăng", ANY, ANY, ANY],
         "Kế hoạch năm 2022: Giá trị sản xuất công nghiệp (giá so sánh 2010) tăng 18,5%; tổng mức "
         "bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 11%; kim ngạch xuất khẩu tăng "
         "10,5%; kim ngạch nhập khẩu tăng 10% so với năm 2021."),
    # garbled: 'Giá trị gia tăng' is one measure, its 'Giá trị' no generic head to drop ('Gia
    # tăng lĩnh vực nông, lâm nghiệp'); two values of it at two prices are not told apart by the
    # last word of 'giá so sánh' ('… lâm nghiệp sánh') (backan-bc-nongnghiep-2020)
    case("garbled/value-added-kept-whole",
         ["Giá trị gia tăng lĩnh vực nông, lâm nghiệp",
          "Giá trị gia tăng lĩnh vực nông, lâm nghiệp"],
         "Năm 2020, tổng giá trị gia tăng lĩnh vực nông, lâm nghiệp, thủy sản theo giá hiện hành "
         "đạt trên 3.994,8 tỷ đồng, theo giá so sánh năm 2010 đạt trên 2.121,9 tỷ đồng."),
    # not changed: a label that fits keeps its prices (it loses nothing to fit)
    # (ub-gialai-nq-6thang-2017)
    case("not-changed/prices-kept-where-the-label-fits",
         [ANY, "Giá trị sản xuất (giá so sánh 2010)", ANY, ANY],
         "Chỉ số sản xuất ngành công nghiệp ước tăng 21,57% so với cùng kỳ. Giá trị sản xuất (giá "
         "so sánh 2010) ước thực hiện 8.318 tỷ đồng, bằng 46% kế hoạch, tăng 18,2%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), MEASURES_KEPT_TO_FIT)
def test_a_label_cut_to_fit_keeps_its_measure(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)


CHANGES_OF_A_WHOLES_PARTS = [
    # vague: the growths of the parts listed after 'trong đó' named by the part alone
    # ('Nông nghiệp tăng'), not by the measure the whole's growth is of
    # (ab-bnn-bc-tongket-2021)
    case("vague/growths-of-the-parts-of-a-measures-whole",
         ["Giá trị gia tăng toàn ngành", "Giá trị gia tăng nông nghiệp tăng",
          "Giá trị gia tăng lâm nghiệp tăng", "Giá trị gia tăng thủy sản tăng", ANY, ANY],
         "Giá trị gia tăng toàn ngành tăng khoảng 2,85 đến 2,9%, trong đó nông nghiệp tăng trên "
         "3,18%, lâm nghiệp tăng trên 3,85%, thủy sản tăng trên 1,85%, tỉ lệ che phủ rừng đạt "
         "42,02%, tỉ lệ số xã đạt chuẩn nông thôn mới 68,2%."),
    # not renamed: a part said after the whole's sentence (the same figures, the sentence cut)
    case("not-renamed/parts-after-the-sentence",
         ["Giá trị gia tăng toàn ngành", "Nông nghiệp tăng"],
         "Giá trị gia tăng toàn ngành tăng khoảng 2,85%. Trong đó, nông nghiệp tăng trên 3,18%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), CHANGES_OF_A_WHOLES_PARTS)
def test_a_parts_change_is_of_the_wholes_measure(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)
