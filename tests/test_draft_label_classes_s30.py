"""Label classes of the evaluation set read in session 30 (issue 15, wt-h39c: label quality),
each checked on real sentences of several documents that showed it, through the whole draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from .draft_cases import case, check_labels, drafted_labels

# a share joined to the figure before it in one clause ('…, đạt 97,2% diện tích gieo trồng',
# '…, chiếm 73,4% tổng diện tích') is that figure's part of a whole: named by its subject and
# the whole, not 'Tỷ lệ diện tích gieo trồng' (one label for every crop of the list)
SHARES_OF_THE_FIGURE_BEFORE = [
    # (am-thanhhoa-bc-nongnghiep-2023: vaccines given, each a share of the planned doses)
    case("vaccines-of-the-doses",
         "Kết quả tiêm phòng như sau: vắc xin cúm gia cầm được 3.738.280 con, đạt 59,6% diện "
         "tiêm; vắc xin dại cho chó mèo được 224.191 con, đạt 70,1% diện tiêm.",
         ["Vắc xin cúm gia cầm", "Vắc xin cúm gia cầm (so với diện tiêm)",
          "Vắc xin dại cho chó mèo", "Vắc xin dại cho chó mèo (so với diện tiêm)"]),
    # (ag-binhthuan-bc-nongnghiep: hybrid rice, a share of the whole area)
    case("hybrid-rice-of-the-area",
         "+ Diện tích lúa lai đạt 130 ha, chiếm 73,4% tổng diện tích.",
         ["Diện tích lúa lai", "Diện tích lúa lai (so với tổng diện tích)"]),
    # (am-tct-bc-dulich-2023: a trade's revenue, a share of all retail; its growth after)
    case("revenue-of-the-whole-and-its-growth",
         "Doanh thu dịch vụ lưu trú, ăn uống năm 2023 ước đạt 673,5 nghìn tỷ đồng, chiếm 10,8% "
         "tổng mức và tăng 14,7% so với năm trước.",
         ["Doanh thu dịch vụ lưu trú, ăn uống",
          "Doanh thu dịch vụ lưu trú (so với tổng mức)",  # (cut to fit)
          "Doanh thu dịch vụ lưu trú tăng"]),
    # (wa-binhphuoc-bc-nganhang: short-term loans, a share of all loans, 'trong' dropped)
    case("loans-of-all-loans",
         "Dư nợ cho vay là 16.039 tỷ đồng, trong đó dư nợ ngắn hạn đạt 11.552 tỷ đồng, chiếm 72% "
         "trong tổng dư nợ cho vay.",
         ["Dư nợ cho vay", "Dư nợ ngắn hạn", "Dư nợ ngắn hạn (so với dư nợ cho vay)"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), SHARES_OF_THE_FIGURE_BEFORE)
def test_a_share_joined_to_the_figure_before_is_its_part_of_a_whole(
    paragraph, expected, tmp_path: Path
):
    check_labels(tmp_path, [paragraph], expected)


# a share of a plan ('đạt 107,79% chỉ tiêu do Bộ Tài chính giao') or of the subject itself
# ('kim ngạch xuất khẩu …, chiếm 25,2% kim ngạch xuất khẩu') is not named so
SHARES_NAMED_OTHERWISE = [
    # (wa-thanhhoa-bc-haiquan-2020: revenue against its target)
    case("revenue-of-its-target",
         "Tính đến ngày 10/12/2020, số thu NSNN tại đơn vị đạt hơn 10.132 tỷ đồng, đạt 107,79% "
         "chỉ tiêu do Bộ Tài chính giao."),
    # (rb-binhduong-bc-ktxh-2020: a market's exports, of the exports the label names already)
    case("exports-of-exports",
         "Mỹ là thị trường xuất khẩu lớn nhất với kim ngạch xuất khẩu năm 2020 ước đạt 6.916 "
         "triệu USD, chiếm 25,2% kim ngạch xuất khẩu."),
]  # fmt: skip


@pytest.mark.parametrize("paragraph", SHARES_NAMED_OTHERWISE)
def test_a_share_of_a_plan_or_of_its_own_subject_is_not_the_part_of_a_whole(
    paragraph, tmp_path: Path
):
    got = drafted_labels(tmp_path, [paragraph])
    assert not any("(so với" in label and "chỉ tiêu" not in label for label in got[1:]), got


# the sectors a whole's change is told by ('… tăng 6,46% … Trong đó, khu vực nông, lâm nghiệp,
# thủy sản tăng 3,27%, …, dịch vụ tăng 7,72%'), labelled by their name and verb alone ('Dịch
# vụ tăng': what rose?), are named by the measure the whole shares with them: the economy's
# growth ('Tăng trưởng dịch vụ'), an output ('Giá trị sản xuất nông nghiệp tăng')
SECTORS_OF_A_GROWTH = [
    # (al-5tinh-grdp-quy1-2024: the growth said before the sectors, 'trong đó:' opening them)
    case("sectors-of-a-province-growth",
         "Với tăng trưởng GRDP trong quý I/2024 ước đạt 14,18%, Bắc Giang là địa phương có tăng "
         "trưởng kinh tế dẫn đầu cả nước. Các ngành sản xuất đều có tăng trưởng, trong đó: Nông, "
         "lâm nghiệp và thủy sản tăng 2,14%, công nghiệp - xây dựng tăng 18,0%, dịch vụ tăng "
         "6,32%, thuế sản phẩm tăng 4,48%.",
         ["Tăng trưởng GRDP trong quý I/2024", "Tăng trưởng nông, lâm nghiệp và thủy sản",
          "Tăng trưởng công nghiệp - xây dựng", "Tăng trưởng dịch vụ",
          "Tăng trưởng thuế sản phẩm"]),
    # (ya-daknong-bc-6thang-2018: the first part said as a growth names the rest)
    case("first-part-said-as-a-growth",
         "Tổng sản phẩm nội tỉnh ước đạt 7.002 tỷ đồng, tốc độ tăng trưởng ước đạt 9,28%. Trong "
         "đó, tăng trưởng khu vực nông nghiệp tăng 5,57%; công nghiệp, xây dựng tăng 12,98%; "
         "dịch vụ tăng 8,97% và thuế tăng 19,11%.",
         ["Tổng sản phẩm nội tỉnh", "Tốc độ tăng trưởng tổng sản phẩm nội tỉnh",
          "Tăng trưởng khu vực nông nghiệp", "Tăng trưởng công nghiệp, xây dựng",
          "Tăng trưởng dịch vụ", "Tăng trưởng thuế"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), SECTORS_OF_A_GROWTH)
def test_the_sectors_of_a_growth_are_named_by_it(paragraph, expected, tmp_path: Path):
    check_labels(tmp_path, [paragraph], expected)


# a sector whose contribution follows keeps its change's label, which names the contribution
# ('Khu vực nông, lâm nghiệp và thủy sản đóng góp'), and no list without 'trong đó' is one
SECTORS_LEFT_AS_THEY_ARE = [
    # (ah-namdinh-bc-thongke-2024: each sector's growth, then its contribution)
    case("sectors-with-contributions",
         "Tổng sản phẩm trên địa bàn năm 2024 ước đạt 61.222 tỷ đồng, tăng 10,01% so với năm "
         "2023. Trong đó: khu vực nông, lâm nghiệp và thủy sản tăng 2,83%, đóng góp 0,53 điểm "
         "phần trăm vào mức tăng trưởng chung; khu vực công nghiệp và xây dựng tăng 14,27%, đóng "
         "góp 5,98 điểm phần trăm.",
         ["Tổng sản phẩm", "Tổng sản phẩm tăng so với năm 2023",
          "Khu vực nông, lâm nghiệp và thủy sản tăng",
          "Khu vực nông, lâm nghiệp và thủy sản đóng góp",
          "Khu vực công nghiệp và xây dựng tăng",
          "Khu vực công nghiệp và xây dựng đóng góp"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), SECTORS_LEFT_AS_THEY_ARE)
def test_a_sector_with_its_contribution_keeps_its_change(paragraph, expected, tmp_path: Path):
    got = drafted_labels(tmp_path, [paragraph])
    assert got[: len(expected)] == expected, got


# the parts a rate's run-in head lists one a line ('- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng:'
# then '- Thể thấp còi: 29,20%') are named by the rate and the part, not by the part alone ('Thể
# thấp còi': a rate of what?); a line said twice under two heads reads its own head
RATE_HEADS = [
    # (wa-tumorong-kh-ktxh-2025: two heads, one part said under both; a part that names its own
    # measure ends the list)
    case("parts-of-two-rate-heads",
         "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng:\n- Thể thấp còi: 29,20%\n"
         "- Thể nhẹ cân: 17,50%\n"
         "- Tỷ lệ trường đạt chuẩn quốc gia: 70%\n- Tỷ lệ huy động học sinh ra lớp:\n"
         "- Mầm non: 81%\n- Tiểu học: 100%\n- Tỷ lệ học sinh đi học đúng độ tuổi:\n"
         "- Tiểu học: 100%\n",
         ["Trẻ em suy dinh dưỡng thể thấp còi", "Trẻ em suy dinh dưỡng thể nhẹ cân",
          "Tỷ lệ trường đạt chuẩn quốc gia", "Huy động học sinh ra lớp mầm non",
          "Huy động học sinh ra lớp tiểu học", "Học sinh đi học đúng độ tuổi tiểu học"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RATE_HEADS)
def test_the_parts_of_a_rate_head_are_named_by_it(text, expected, tmp_path: Path):
    check_labels(tmp_path, text, expected, whole=True)


# a run of places told by the measure said before it ('Doanh thu năm 2023 của một số địa
# phương so năm trước như sau: Đà Nẵng tăng 133,8%; …') is named by that measure, not by the
# count of the places the sentence announces ('Số địa phương Đà Nẵng tăng')
PLACES_OF_A_MEASURE = [
    # (am-tct-bc-dulich-2023: tourism revenue by city)
    case("revenue-by-city",
         "Doanh thu năm 2023 của một số địa phương so năm trước như sau: Đà Nẵng tăng 133,8%; Hà "
         "Nội tăng 47,5%; Hải Phòng tăng 41,9%; Cần Thơ tăng 29,1%.",
         ["Doanh thu Đà Nẵng tăng", "Doanh thu Hà Nội tăng", "Doanh thu Hải Phòng tăng",
          "Doanh thu Cần Thơ tăng"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), PLACES_OF_A_MEASURE)
def test_a_run_of_places_is_named_by_the_measure_not_by_their_count(
    paragraph, expected, tmp_path: Path
):
    got = drafted_labels(tmp_path, [paragraph])
    assert got == expected, got
