"""Label classes left on the evaluation set's newest documents after session 21 (issue 15,
session 22, wt-h26b), each checked on the sentences of the set that showed it, through the whole
draft."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

MEASURES_OF_AN_EARLIER_CLAUSE = [
    # too vague: a contribution named by its measure alone ('Đóng góp trực tiếp: 8 - 9%'), its
    # subject the one the sentence opens with, its whole said after the number
    # (ab-ttg-qd-quyhoachdulich-2030); the two told apart by their years since session 24
    case("vague/contribution-of-the-sentences-subject",
         [ANY, "Đóng góp trực tiếp của du lịch vào GDP 2025",
          "Đóng góp trực tiếp của du lịch vào GDP 2030"],
         "Phấn đấu năm 2025 du lịch đón được 25 - 28 triệu khách quốc tế; đóng góp trực tiếp 8 - "
         "9% trong GDP; đến năm 2030 đóng góp trực tiếp từ 13 - 14% trong GDP."),
    # (the sentence opens on a measure of the subject, 'Tốc độ tăng trưởng bình quân của kinh tế
    # tư nhân'; a contribution to a whole of many words named by that whole; qb-quochoi-nq-
    # ktxh-2026)
    case("vague/contribution-of-what-the-opening-measure-is-of",
         ["Tốc độ tăng trưởng bình quân kinh tế tư nhân", "Đóng góp của kinh tế tư nhân vào GDP",
          "Đóng góp vào tổng thu ngân sách nhà nước", ANY, ANY],
         "- Tốc độ tăng trưởng bình quân của kinh tế tư nhân đạt khoảng 10 - 12%/năm, cao hơn tốc "
         "độ tăng trưởng của nền kình tế; đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu "
         "ngân sách nhà nước, giải quyết việc làm cho khoảng 84 - 85% tổng số lao động, năng suất "
         "lao động tăng bình quân khoảng 8,5 - 9,5%/năm."),
    # (an amount contributed, after its time and by several kinds; za-gialai-bc-nangluong-2024)
    case("vague/amount-contributed-by-kinds",
         ["Đóng góp của nhà máy thủy điện, điện gió", ANY],
         "Trong 9 tháng năm 2024, các nhà máy thủy điện, điện gió đã đóng góp 654,1 tỷ đồng, "
         "chiếm 13,9% tổng nguồn thu nội địa của tỉnh."),
    # a growth named alone after a count: the growth of what is counted ('tốc độ tăng trưởng
    # khách quốc tế', as the sentence says of its second count) (ab-ttg-qd-quyhoachdulich-2030)
    case("vague/growth-of-the-count-before",
         [ANY, "Tốc độ tăng trưởng khách quốc tế", ANY, "Tốc độ tăng trưởng khách nội địa"],
         "Đến năm 2030, đón 35 triệu lượt khách quốc tế, tốc độ tăng trưởng từ 13 - 15%/năm; đón "
         "160 triệu lượt khách nội địa, tốc độ tăng trưởng khách nội địa từ 4 - 5%/năm."),
    # (after a level: the growth of what the level measures; ya-daknong-bc-6thang-2018)
    case("vague/growth-of-the-level-before",
         [ANY, "Tốc độ tăng trưởng tổng sản phẩm nội tỉnh"],
         "Tổng sản phẩm nội tỉnh (GRDP-giá cố định 2010) ước đạt 7.002 tỷ đồng, tốc độ tăng "
         "trưởng ước đạt 9,28%."),
    # a revenue of the subject its sentence opens with, past the time
    # (ya-daknong-lamviec-bocongthuong-2019)
    case("vague/revenue-of-the-sentences-subject",
         ["Sản lượng alumin quý I/2019", "Doanh thu nhà máy quý I/2019", ANY],
         "Trong quý I/2019 nhà máy sản xuất được 162.000 tấn alumin; doanh thu ước đạt khoảng 877 "
         "tỷ đồng, giải quyết việc làm cho khoảng 1.087 lao động."),
    # a size said 'với tổng công suất' after a count: the size of what is counted
    # (za-gialai-bc-nangluong-2024, camau-kh-taichinh-2026, ya-bacgiang-bc-ktxh-2017)
    case("vague/capacity-of-the-count-before",
         [ANY, ANY, "Tổng công suất công trình nhà máy thủy điện lớn"],
         "Toàn tỉnh hiện có 82 dự án thủy điện, trong đó có 7 công trình nhà máy thủy điện lớn do "
         "Tập đoàn Điện lực Việt Nam (EVN) đầu tư với tổng công suất 1.841 MW."),
    case("vague/capacity-of-a-count-not-drafted",
         ["Công suất dự án điện gió", ANY, "Tổng công suất dự án"],
         "Trong năm dự kiến hoàn thành đưa vào sử dụng khai thác 02 dự án điện gió (Cà Mau 1A, Cà "
         "Mau 1B) với công suất 176 MW, lũy kế đến cuối năm có 16 dự án được vận hành khai thác "
         "với tổng công suất 870,2 MW."),
    case("garbled/capacity-read-as-a-count-of-its-unit",
         [ANY, "Tổng công suất hệ thống điện mặt trời mái nhà"],
         "Ngoài ra, trên địa bàn tỉnh còn có 3.248 hệ thống điện mặt trời mái nhà với tổng công "
         "suất hơn 603 MWp."),
    case("vague/investment-of-the-count-before",
         [ANY, "Tổng mức đầu tư dự án"],
         "Hiện nay, trên toàn tỉnh có 26 dự án đã được Ủy ban nhân dân tỉnh chấp thuận đầu tư với "
         "tổng mức đầu tư 6.450 tỷ đồng."),
    # not renamed: a sentence that names no subject before its verb ('Phấn đấu năm 2025 đóng góp
    # …': the measure opens it), nor a growth in a bracket of its own (wc-baclieu-bc-ktxh-2020),
    # nor a revenue after a total (aa-laocai-nq-chitieu-2024)
    case("not-renamed/no-subject-before-the-verb",
         ["Đóng góp trực tiếp năm 2025", "Đóng góp trực tiếp đến năm 2030"],
         "Phấn đấu năm 2025 đóng góp trực tiếp 8 - 9% trong GDP; đến năm 2030 đóng góp trực tiếp "
         "từ 13 - 14% trong GDP."),
    case("not-renamed/growths-in-a-bracket",
         [ANY, ANY, ANY, "Tăng trưởng năm 2016", "Tăng trưởng năm 2017"],
         "Trong 20 chỉ tiêu chủ yếu, có 19 chỉ tiêu đạt và vượt kế hoạch. Trong đó, tốc độ tăng "
         "trưởng kinh tế đạt 8,36%, cao nhất từ đầu nhiệm kỳ đến nay (năm 2016 tăng trưởng 5,38%, "
         "năm 2017 tăng trưởng 6,5%)."),
    case("not-renamed/revenue-after-a-total",
         ["Tổng khách du lịch", "Doanh thu"],
         "- Tổng khách du lịch trên 8 triệu lượt; Doanh thu đạt 25.700 tỷ đồng"),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), MEASURES_OF_AN_EARLIER_CLAUSE)
def test_a_bare_measure_is_named_by_what_an_earlier_clause_says(
    expected, paragraph, tmp_path: Path
):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)


NEIGHBOURS_AND_FRAMES = [
    # wrong subject: a share of a plan said in a clause with a subject of its own, after the
    # figures of another subject ('…, tăng 127%, tổng thu du lịch ước đạt 71,3% KH'), named by
    # the subject before ('Lượt khách du lịch … tăng' for the tourism revenue's growth)
    # (ac-caobang-bc-6thang-2023)
    case("wrong-subject/share-of-a-plan-in-a-clause-of-its-own",
         [ANY, "Lượt khách du lịch đến Cao Bằng tăng", "Tổng thu du lịch (so với kế hoạch)",
          "Thu du lịch tăng so với cùng kỳ năm trước"],
         "Tổng lượt khách du lịch đến Cao Bằng đạt 71,7% KH, tăng 127%, tổng thu du lịch ước đạt "
         "71,3% KH, tăng 280% so với cùng kỳ năm trước."),
    # too vague: a count per so many people named by the frame its sentence opens with
    # ('Trung bình toàn tỉnh'), the rates after it by their units (za-bacgiang-kh-giuongbenh-2030)
    case("vague/rate-per-people-named-by-the-frame",
         ["Giường bệnh trên 10.000 dân", "Bác sĩ trên 10.000 dân", "Dược sĩ trên 10.000 dân",
          "Điều dưỡng trên 10.000 dân"],
         "Cụ thể, phấn đấu đến năm 2030, trung bình toàn tỉnh đạt 42,7 giường bệnh/10.000 dân, 19 "
         "bác sĩ/10.000 dân, 4,0 dược sĩ/10.000 dân, 33 điều dưỡng/10.000 dân."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), NEIGHBOURS_AND_FRAMES)
def test_a_figure_is_named_by_its_own_clause_not_a_neighbour_or_a_frame(
    expected, paragraph, tmp_path: Path
):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)
