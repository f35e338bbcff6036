"""Where a figure is itself a target, and of what kind: the target context of a paragraph found
on the held-out batch Q (issue 15, h15p), each class stated on the sentence that showed it; the
documents themselves are scored in tests/test_draft_eval.py.

A class checked on one paragraph is a row of TARGET_CONTEXT (the class in a comment over its
rows; ``target`` says the paragraph is under a heading of targets); a check of another shape (a
composed document, the reader) keeps its own test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.draft.reader import clean, read_paragraphs, rejoin
from deckmaker.draft.structure import parse

from .draft_cases import case, composed, found, read

TARGET_CONTEXT = [
    # a growth said as about a level is that level, exactly; 'tối thiểu' bounds it however said
    case("growth-about-a-level-is-exact", "plan_kind", True, ["exact"],
         "(5) Tốc độ tăng năng suất lao động xã hội bình quân khoảng 8,5%."),
    case("growth-without-about-is-a-floor", "plan_kind", True, ["floor"],
         "(5) Tốc độ tăng năng suất lao động xã hội bình quân 8,5%."),
    case("least-however-said-is-a-floor", "plan_kind", True, ["floor"],
         "Nhu cầu vốn đầu tư tối thiểu để xây dựng kết cấu hạ tầng thương mại khoảng 3.770 tỷ "
         "đồng."),
    # plans in brackets named by who set them (four, five words): the first is the result's
    # plan, each is a target of its own, a level exact whatever the sentence strives for; the
    # words naming the plan ('… giao phấn đấu') set no target for what follows it
    case("bracketed-plans-named-by-who-set-them", "value plan plan_kind", False,
         [
             (Decimal("43760"), Decimal("57100"), "exact"),
             (Decimal("76.6"), None, None),
             (Decimal("57100"), None, "exact"),
             (Decimal("71.9"), None, None),
             (Decimal("60900"), None, "exact"),
             (Decimal("69.5"), None, None),
             (Decimal("63000"), None, "exact"),
             (Decimal("11440"), None, None),
             (Decimal("20.7"), None, None),
             (Decimal("55200"), None, None),
         ],
         "Riêng khu vực Hải Phòng thu 43.760 tỷ đồng, đạt 76,6% so với chỉ tiêu Bộ Tài chính giao "
         "(57.100 tỷ đồng), đạt 71,9% so với chỉ tiêu Tổng cục Hải quan giao (60.900 tỷ đồng), "
         "đạt 69,5% chỉ tiêu UBND giao phấn đấu (63.000 tỷ đồng), giảm 11.440 tỷ đồng (tương ứng "
         "20,7%) so với cùng kỳ năm 2019 (55.200 tỷ đồng)."),
    # what is striven for ('phấn đấu đạt được') is no result
    case("striving-to-achieve-is-no-result", "value plan_kind", False,
         [(Decimal("254000"), "floor"), (Decimal("87.34"), "floor")],
         "Qua đó, phấn đấu đạt được số thu tối thiểu 254.000 tỷ đồng, đạt 87,34% dự toán."),
    # a paragraph opened by who strives goes on with targets in the sentences after it
    case("opened-by-who-strives", "value plan_kind", False,
         [(Decimal("95"), "exact"), (Decimal("30"), "floor")],
         "Huyện Đan Phượng cũng phấn đấu mức thu nhập bình quân đầu người đạt 95 triệu "
         "đồng/người/năm. Thu ngân sách nhà nước trên địa bàn tăng bình quân hàng năm 30% (không "
         "bao gồm thu tiền sử dụng đất)."),
    # ... not one opened by a striving reported ('đã phấn đấu')
    case("opened-by-a-striving-reported", "value plan_kind", False, [(Decimal("12"), None)],
         "Năm 2024, xã đã phấn đấu hoàn thành nhiệm vụ. Thu ngân sách tăng 12%."),
    # the plan written after the result with its year and who assigned it; a level's plan exact
    case("plan-after-with-its-year", "value plan plan_kind", False,
         [(Decimal("352000"), Decimal("405000"), "exact"), (Decimal("86.7"), None, None)],
         "Thành phố dự tính số thu ngân sách sẽ đạt 352.000 tỷ đồng, đạt 86,7% dự toán năm 2020 "
         "được Trung ương giao là 405.000 tỷ đồng."),
    # what an estimate will come to ('ước … sẽ đạt') is no target, in a bracket either; 'sẽ'
    # alone plans what it says will be done
    case("an-estimate-will", "value plan_kind", False,
         [
             (Decimal("106000"), None),
             (Decimal("92.2"), None),
             (Decimal("12.4"), None),
             (Decimal("14200"), None),
         ],
         "Đơn vị ước thực hiện đến 31/12/2020 sẽ đạt kết quả thu NSNN trên 106.000 tỷ đồng, đạt "
         "92,2% dự toán Pháp lệnh, giảm 12,4% (giảm tuyệt đối 14.200 tỷ đồng) so với cùng kỳ."),
    case("what-will-be-done", "value plan_kind", False, [(Decimal("12"), "exact")],
         "Trong năm tới, huyện sẽ xây dựng mới 12 trường học."),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "target", "expected", "paragraph"), TARGET_CONTEXT)
def test_what_a_paragraph_of_the_class_yields(fields, target, expected, paragraph):
    assert found(paragraph, fields, target=target) == expected


def test_a_list_opened_by_a_legal_basis_before_any_heading_lists_targets(tmp_path):
    # 'Căn cứ …' is dropped as a legal basis, but not when it opens the list of targets
    figures = composed(
        tmp_path,
        [
            "Các chỉ tiêu chủ yếu về Kế hoạch phát triển kinh tế xã hội năm 2026 ra sao?",
            "Căn cứ tại Điều 2 Nghị quyết 244/2025/QH15 nêu rõ các chỉ tiêu chủ yếu về Kế hoạch "
            "phát triển kinh tế xã hội năm 2026, cụ thể:",
            "(1) Tốc độ tăng tổng sản phẩm trong nước (GDP) phấn đấu từ 10% trở lên.",
            "(2) GDP bình quân đầu người đạt 5.400 - 5.500 đô la Mỹ (USD).",
            "(3) Tỷ trọng công nghiệp chế biến, chế tạo trong GDP đạt khoảng 24,96%.",
            "(8) Tỷ lệ thất nghiệp trong độ tuổi ở khu vực thành thị dưới 4%.",
        ],
    )
    assert read(figures, "plan_kind") == ["floor", "range", "exact", "ceiling"]


def test_a_plans_targets_under_markdown_headings_and_wrapped_lines(tmp_path):
    # a Kế hoạch kept as Markdown: bold headings, a table's bars, lines wrapped before numbers
    figures = composed(
        tmp_path,
        "|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH BẮC NINH\n|\n\n**KẾ HOẠCH**\n\n"
        "PHÁT TRIỂN KINH TẾ SỐ TỈNH BẮC NINH GIAI ĐOẠN\n2026 - 2030\n\n"
        "**I. QUAN ĐIỂM**\n\n1. Phát triển kinh tế số là định hướng chiến lược.\n\n"
        "**II. MỤC TIÊU**\n\n**1. Phát triển\nkinh tế số đến năm 2030**\n\n"
        "- Kinh tế số chiếm 45% GRDP tỉnh.\n\n"
        "- Tỷ lệ dân số trưởng thành có tài khoản giao dịch tại ngân hàng đạt\n95%.\n\n"
        "- Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển đạt trên "
        "60%.\n",
    )
    assert read(figures, "value plan_kind") == [
        (Decimal("45"), "exact"),
        (Decimal("95"), "exact"),
        (Decimal("60"), "floor"),
    ]


def test_a_markdown_letterhead_drops_the_motto_its_cell_wraps(tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(
        "|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH BẮC NINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\n"
        "CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n"
        "Số: 144/KH-UBND\n|\n*Bắc Ninh, ngày 24\ntháng 11 năm 2025*\n|\n\n**KẾ HOẠCH**\n\n"
        "PHÁT TRIỂN KINH TẾ SỐ TỈNH BẮC NINH GIAI ĐOẠN\n2026 - 2030\n\n**I. MỤC TIÊU**\n\n"
        "- Kinh tế số chiếm 45% GRDP tỉnh.\n",
        encoding="utf-8",
    )
    parsed = parse(read_paragraphs(doc))
    assert (parsed.organization, parsed.number, parsed.date) == (
        "Ủy ban nhân dân tỉnh Bắc Ninh", "144/KH-UBND", "2025-11-24",
    )  # fmt: skip
    assert parsed.title == "Phát triển kinh tế số tỉnh Bắc Ninh giai đoạn 2026 - 2030"
    assert [h.title for h in parsed.headings] == ["MỤC TIÊU"]


def test_markdown_marks_are_no_words():
    assert clean("**II. MỤC TIÊU**") == "II. MỤC TIÊU"
    assert clean("*Căn cứ Nghị quyết số") == "Căn cứ Nghị quyết số"
    assert clean("gia;*") == "gia;"
    assert clean("|") == "" and clean("** **") == ""
    # a table's rule stays: compose finds a table's head row above it (the column heads)
    assert clean("| --- | :-: |") != ""
    # a star bullet and a product stay
    assert clean("* Thu ngân sách") == "* Thu ngân sách"
    assert clean("2 * 3 = 6") == "2 * 3 = 6"


def test_a_line_broken_before_a_number_continues_only_right_after_a_word():
    assert rejoin(["Tỷ lệ người dân có tài khoản đạt", "95%."]) == [
        "Tỷ lệ người dân có tài khoản đạt 95%."
    ]
    # after a blank line, or an item's number, or a line ending a sentence: a paragraph of its own
    assert rejoin(["- Du lịch và dịch vụ", "", "100% điểm đến ứng dụng công nghệ số."]) == [
        "- Du lịch và dịch vụ",
        "100% điểm đến ứng dụng công nghệ số.",
    ]
    assert rejoin(["Các chỉ tiêu chủ yếu", "1. Tốc độ tăng trưởng 8%."]) == [
        "Các chỉ tiêu chủ yếu",
        "1. Tốc độ tăng trưởng 8%.",
    ]
    assert rejoin(["Thu ngân sách đạt kế hoạch.", "95% số xã đạt chuẩn."]) == [
        "Thu ngân sách đạt kế hoạch.",
        "95% số xã đạt chuẩn.",
    ]


def test_a_short_heading_of_tasks_heads_targets(tmp_path):
    figures = composed(
        tmp_path,
        [
            "BÁO CÁO",
            "Tình hình giáo dục năm học 2024 - 2025",
            "I. KẾT QUẢ",
            "1. Tỷ lệ trường đạt chuẩn quốc gia 68%.",
            "II. NHIỆM VỤ, GIẢI PHÁP",
            "1. Tỷ lệ trường đạt chuẩn quốc gia 75%.",
            "III. ĐÁNH GIÁ",
            # a sentence run in as a heading reports what it says
            "1. Nhiệm vụ quản lý nhà nước về giáo dục được chú trọng triển khai theo đúng quy "
            "định của Luật Giáo dục và có 12 trường đạt chuẩn.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (Decimal("68"), None),
        (Decimal("75"), "exact"),
        (Decimal("12"), None),
    ]
