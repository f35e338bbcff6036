"""Figures of the evaluation set the draft missed or read with another unit (issue 15, session 29,
wt-h38d), each class on real sentences of several documents through the whole draft.

- A rank said by what is ranked on, a comparative in place of the verb ('tăng 10,93%, cao thứ 2
  trong khu vực …, thứ 4 toàn quốc', 'cao thứ 3 cả nước', 'rộng thứ 3 cả nước') is a rank in
  'hạng', as 'đứng thứ 8 cả nước' is.
- A noun of the closed list ('người', 'công trình') takes the part it is per, as a counted noun of
  the open grammar does ('14,24 tiêu chí/xã'): '64 người/xã', '02 công trình/dự án' are in
  'người/xã' and 'công trình/dự án', as the text writes them; the label reads as before.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .draft_cases import case, composed

RANKS = [
    # the growth's rank in its region, then in the country, said once with 'cao'
    # (ah-ninhbinh-hanam-bc-ktxh-2024)
    case(
        "rank/cao-then-listed",
        [Decimal(2), Decimal(4)],
        "Tổng sản phẩm trong tỉnh (GRDP) của tỉnh Hà Nam năm 2024 ước đạt 56.116,6 tỷ đồng, "
        "tăng 10,93% so với năm 2023, cao thứ 2 trong khu vực Đồng bằng Sông Hồng, thứ 4 toàn "
        "quốc.",
    ),
    # (ak-tct-grdp-6thang-2024)
    case(
        "rank/cao-ca-nuoc",
        [Decimal(3)],
        "Với tốc độ tăng trưởng GRDP ước đạt 11,5%, Thanh Hóa là địa phương có tăng trưởng kinh "
        "tế cao thứ 3 cả nước.",
    ),
    # an area ranked (daklak-tbkl-ktxh-2025)
    case(
        "rank/rong-ca-nuoc",
        [Decimal(3)],
        "Tỉnh Đắk Lắk (mới) có quy mô diện tích trên 18.000 km2, rộng thứ 3 cả nước với quy mô "
        "dân số trên 3,3 triệu người.",
    ),
]


@pytest.mark.parametrize(("ranks", "text"), RANKS)
def test_a_rank_said_by_a_comparative_is_a_rank(ranks, text, tmp_path: Path):
    figures = composed(tmp_path, ["BÁO CÁO", "I. KẾT QUẢ", text])
    assert [f.value for f in figures if f.unit == "hạng"] == ranks
    # the figures beside it are as they were
    assert all(f.unit != "hạng" for f in figures if f.value not in ranks)


PER_PARTS = [
    # an average per commune (ra-thanhhoa-tbkl-lamviec-2025)
    case(
        "per/nguoi-xa",
        (Decimal(64), "người/xã"),
        "Đội ngũ cán bộ, công chức cấp xã được bố trí hợp lý (trung bình 64 người/xã), đáp ứng "
        "yêu cầu chuyên môn, nghiệp vụ; chế độ, chính sách được thực hiện kịp thời, đúng quy "
        "định.",
    ),
    # a pair counted together, the second a compound (ta-vpcp-tbkl-giaothong-2025)
    case(
        "per/cong-trinh-du-an",
        (Decimal(2), "công trình/dự án"),
        "e) Các bộ, ngành, địa phương khẩn trương đăng ký với Chính phủ (qua Bộ Xây dựng) các "
        "công trình khánh thành, khởi công dịp 19 tháng 12 năm 2025, trên tinh thần mỗi tổ chức "
        "phấn đấu có ít nhất 02 công trình/dự án đủ điều kiện khởi công hoặc khánh thành.",
    ),
    # a per-year rate of the list's noun kept as it was (xa-btgtw-tuyentruyen-bcv-2019)
    case(
        "per/nguoi-nam",
        (Decimal(11220), "người/năm"),
        "Trong 10 năm (1999-2008), tai nạn giao thông làm chết 112.200 người (11.220 người/năm).",
    ),
]


@pytest.mark.parametrize(("figure", "text"), PER_PARTS)
def test_a_listed_noun_takes_the_part_it_is_per(figure, text, tmp_path: Path):
    figures = composed(tmp_path, ["BÁO CÁO", "I. KẾT QUẢ", text])
    assert figure in [(f.value, f.unit) for f in figures]
