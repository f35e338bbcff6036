"""Ranks and bracketed parts of the evaluation set named in full (issue 15, session 25, wt-h34b),
each on real sentences of the set through the whole draft. A rank is named by what is ranked and
where: the region or the country said after it ('xếp thứ 3/14 tỉnh vùng trung du và miền núi phía
Bắc', 'đứng thứ 4 cả nước'; 'thứ 5/63 tỉnh' is the country's), never by its verb alone ('Xếp').
A part named alone in a bracket opened after its whole ('… trồng trên đất dốc 2.259 ha (nhãn 653
ha; mận 580 ha; …)') is measured as the whole is, its own name for the whole's noun: 'Diện tích
mận trồng trên đất dốc', not 'Diện tích cây ăn quả mận'."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .draft_cases import case, composed
from .draft_eval import clean_label


def _ranks(tmp_path: Path, paragraphs: list[str] | str, unit: str) -> dict[Decimal, str]:
    """Each drafted figure in ``unit``: its label by its value (the first of a value said twice)."""
    out: dict[Decimal, str] = {}
    for f in composed(tmp_path, paragraphs):
        if f.unit == unit:
            out.setdefault(f.value, f.label)
    return out


RANKS = [
    # two ranks in a bracket after the growth they rank, the region's and the country's: the
    # scope after each (ag-dienbien-bc-thongke-9thang-2024)
    case(
        "rank/region-and-country",
        {
            Decimal(3): "Xếp hạng vùng trung du và miền núi phía Bắc",
            Decimal(5): "Xếp hạng tốc độ tổng sản phẩm cả nước",
        },
        [
            "Tốc độ tổng sản phẩm trên địa bàn tỉnh Điện Biên theo giá so sánh 2010 tăng 10,55% "
            "đạt cao so với các tỉnh cùng khu vực. (xếp thứ 3/14 tỉnh vùng trung du và miền núi "
            "phía Bắc, xếp thứ 5/63 tỉnh thành, phố)."
        ],
    ),
    # the country's rank of the growth said before it (ad-khanhhoa-tu-hoinghi-2023)
    case(
        "rank/country-after-growth",
        {Decimal(4): "Xếp hạng GRDP của tỉnh Khánh Hòa cả nước"},
        [
            "Theo số liệu thống kê, trong năm 2023, GRDP (tổng sản phẩm trên địa bàn) của tỉnh "
            "Khánh Hòa ước tăng 10,35%, đứng thứ 4 cả nước, chỉ số sản xuất công nghiệp ước tăng "
            "13%."
        ],
    ),
    # 'trong khu vực': the region (yenbai-bc-ktxh-2014)
    case(
        "rank/in-the-region",
        {Decimal(4): "Xếp hạng tốc độ tăng trưởng kinh tế khu vực"},
        [
            "Tốc độ tăng trưởng kinh tế đạt 11,07% xếp thứ 4 trong khu vực, thu nhập bình quân đầu "
            "người tăng lên 23,1 triệu đồng."
        ],
    ),
    # 'thứ 04/34 tỉnh, thành phố trên cả nước', the sentence broken across lines
    # (qa-phutho-tbkl-lamviec-2025)
    case(
        "rank/of-every-province",
        {Decimal(4): "Xếp hạng tăng trưởng GRDP cả nước"},
        [
            "tăng trưởng GRDP 09 tháng đầu năm đạt 10,22%, vượt kịch bản đề ra, đứng thứ\n"
            "04/34 tỉnh, thành phố trên cả nước."
        ],
    ),
    # two ranks listed, the verb said once: each its scope; the month goes where the label would
    # read as more than ten words (za-btttt-bc-vienthong-2020)
    case(
        "rank/listed-after-the-first",
        {
            Decimal(2): "Xếp hạng sử dụng IPv6 khu vực Asean",
            Decimal(10): "Xếp hạng sử dụng IPv6 tháng 6/2020 toàn cầu",
        },
        [
            "Tính đến tháng 6/2020, tỷ lệ ứng dụng IPv6 trên mạng Internet Việt Nam đạt 44% với "
            "hơn 36 triệu người sử dụng IPv6, đứng thứ 2 khu vực Asean, thứ 10 toàn cầu."
        ],
    ),
]


@pytest.mark.parametrize(("expected", "paragraphs"), RANKS)
def test_a_rank_is_named_with_where_it_ranks(expected, paragraphs, tmp_path: Path):
    got = _ranks(tmp_path, paragraphs, "hạng")
    assert {value: got.get(value) for value in expected} == expected
    assert all(clean_label(got[value]) for value in expected)


SONLA = (
    "Cây công nghiệp lâu năm tiếp tục phát triển, tính chung từ đầu năm đến nay trên địa bàn tỉnh "
    "trồng mới 303 ha cà phê; 107 ha chè; 4.152 ha cây ăn quả trong đó trồng trên đất dốc 2.259 "
    "ha (nhãn 653 ha; mận 580 ha; chanh leo 326 ha; xoài 228 ha; chuối 153 ha; cam 63 ha; bưởi "
    "60 ha…). Diện tích cây lâu năm hiện có 6.206 ha cao su; 12.384 ha cà phê; 4.397 ha chè; "
    "30.449 ha cây ăn quả."
)


def test_a_bracketed_part_is_measured_as_its_whole(tmp_path: Path):
    """ag-sonla-bc-thongke-7thang-2017: each fruit of the bracket by its own name and the whole's
    act; the whole and the figures outside the bracket as they were."""
    got = _ranks(tmp_path, [SONLA], "ha")
    parts = {653: "nhãn", 580: "mận", 326: "chanh leo", 228: "xoài", 153: "chuối", 63: "cam"}
    expected = {Decimal(v): f"Diện tích {name} trồng trên đất dốc" for v, name in parts.items()}
    assert {value: got.get(value) for value in expected} == expected
    assert got[Decimal(60)] == "Diện tích bưởi trồng trên đất dốc"
    assert got[Decimal(2259)] == "Diện tích cây ăn quả trồng trên đất dốc"
    assert got[Decimal(4152)] == "Diện tích cây ăn quả trồng mới"
    assert all(clean_label(label) for label in got.values())
