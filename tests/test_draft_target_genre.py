"""Where a figure is a target though no sentence says 'kế hoạch' (issue 15, session 13, h15m):
the genre of the document (a Kế hoạch, Chương trình, Đề án plans outside its parts that report
or state its grounds), a heading that looks to a horizon or assigns amounts, and the figure's own
wording (a bound only a target is written with, a time after it later than the year reported, a
verb that sets a task or assigns an amount opening its clause).

A class checked on one paragraph is a row of WORDING (the class in a comment over its rows); a
class that needs a whole document is a row of DOCUMENTS."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.draft.figures import find_figures

from .draft_cases import case, composed, read

WORDING = [
    # a bound only a target is written with: 'trở lên' after it a floor, 'xuống dưới' a ceiling
    case("at-least-after-is-a-floor", ["floor"],
         "Tỷ lệ lao động qua đào tạo đạt 70% trở lên."),
    case("down-below-is-a-ceiling", ["ceiling"],
         "Giảm tỷ lệ hộ nghèo xuống dưới 2% trong nhiệm kỳ."),
    # the signs said as the words: '≥' a floor, '≤' a ceiling, whatever the heading
    case("greater-or-equal-sign", ["floor"],
         "Đến hết năm 2030: có ≥ 60% hợp tác xã ứng dụng công nghệ số."),
    case("less-or-equal-sign", ["ceiling"], "Tỷ lệ nợ xấu ≤ 3%."),
    # a condition's range ('từ N … trở lên') is no target
    case("a-conditions-range", [None],
         "Trường hợp có từ 02 địa phương trở lên bằng điểm nhau thì xét theo tiêu chí phụ."),
    # ... nor the bound on turnover that names whom a rule is for (wa-btc-cv-thuetncn-2025),
    # nor the base of a share said before it: one figure each
    case("a-group-named-by-its-turnover", [None],
         "Cá nhân có doanh thu trên 3 tỷ đến 50 tỷ đồng áp dụng thuế suất 17%."),
    case("a-shares-base-said-before", [None, None],
         "Năm 2024 có 2,3 triệu hộ kinh doanh nhỏ (chiếm khoảng 90% trên tổng số 2,54 triệu hộ)."),
    # ... not where the sentence reports
    case("a-bound-reported-is-a-result", [None],
         "Năm qua, tỷ lệ lao động qua đào tạo ước đạt 70% trở lên."),
    # a time after the figure later than the year reported (2024 here)
    case("a-later-year-after-it", ["exact"],
         "Thu nhập bình quân đầu người đạt 120 triệu đồng vào năm 2030."),
    case("the-year-reported-after-it", [None],
         "Thu nhập bình quân đầu người đạt 60 triệu đồng trong năm 2024."),
    # a verb opening its clause that sets a task or assigns an amount
    case("an-amount-allocated", ["exact"],
         "Phân bổ 1.200 tỷ đồng cho các huyện để xây dựng nông thôn mới."),
    case("an-agency-tasked", ["exact"],
         "Giao Sở Tài chính bố trí 200 tỷ đồng để thực hiện chương trình."),
    case("a-requirement", ["floor"],
         "Yêu cầu các chủ đầu tư giải ngân tối thiểu 95% kế hoạch vốn được giao."),
    case("a-guarantee", ["exact"],
         "Bảo đảm giải ngân 100% kế hoạch vốn đầu tư công."),
    # ... not the same syllables in a word or after one: 'giao dịch', 'Chính phủ giao' (a
    # result set against its plan), 'đã phân bổ' (done), 'các yêu cầu' (a noun)
    case("a-transaction-is-no-assignment", [None],
         "Giao dịch căn hộ thành công 33.585 giao dịch."),
    case("an-allocation-done", [None],
         "Tỉnh đã phân bổ 1.200 tỷ đồng cho các huyện."),
    case("requests-as-a-noun", [None],
         "Lãnh đạo Bộ đã giải quyết các yêu cầu, kiến nghị của 29 lượt công dân."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), WORDING)
def test_the_kind_a_figures_wording_gives(expected, paragraph):
    assert read(find_figures(paragraph, reported=2024), "plan_kind") == expected


# under a heading of targets: the kind from the wording
KIND = [
    # a bound denied: none below is a least, none above a most
    case("none-below-is-a-floor", ["exact", "floor"],
         "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%, không có huyện nào đạt dưới 85%."),
    case("none-above-is-a-ceiling", ["ceiling"],
         "Kiểm soát nợ xấu, không để tỷ lệ nợ xấu vượt trên 3%."),
    # ... not the syllable of a word ('không gian mạng')
    case("cyberspace-is-no-negation", ["floor"],
         "Số vụ lừa đảo trên không gian mạng được phát hiện tăng trên 10%."),
    # what is now, said at the head of its sentence, among tasks
    case("what-is-now-opening-its-sentence", [None, "floor"],
         "Hiện nay khối lượng hoàn thành của Dự án khoảng 61%, yêu cầu chủ đầu tư đẩy nhanh "
         "tiến độ (phấn đấu sản lượng mỗi tháng đạt tối thiểu 10%)."),
    # a clause that opens on its figure says it as the one before, its verb left out
    case("a-verb-left-out-after-a-semicolon", ["floor", "floor"],
         "Giảm bình quân 5%/năm số vụ tai nạn giao thông, số người chết; 3%/năm số người bị "
         "thương."),
    # a bound shared along a list of counts, not past the first count's own verb
    case("a-bound-shared-along-a-list", ["floor", "floor"],
         "Hình thành ít nhất 100 doanh nghiệp khởi nghiệp, 50 doanh nghiệp khoa học công nghệ."),
    case("no-bound-shared-past-a-verb", ["floor", "exact"],
         "Ít nhất 70% số xã có trạm y tế đạt chuẩn, 30% số xã có bác sĩ làm việc."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), KIND)
def test_the_kind_a_targets_wording_gives(expected, paragraph):
    assert read(find_figures(paragraph, target=True), "plan_kind") == expected


def test_a_hardship_suffered_is_no_duty():
    # 'phải' of what was forced on the counted ('phải tạm ngừng') sets no target; of a duty it does
    forced = "Năm 2030, có 120 hộ kinh doanh phải tạm ngừng hoạt động do dịch bệnh."
    assert read(find_figures(forced), "plan_kind") == [None]
    duty = "Các xã phải hoàn thành 50 km đường giao thông nông thôn."
    assert read(find_figures(duty), "plan_kind") == ["exact"]


_PLAN = [
    "UỶ BAN NHÂN DÂN",
    "TỈNH AN HÀ",
    "Số: 12/KH-UBND",
    "KẾ HOẠCH",
    "Phát triển giáo dục mầm non tỉnh An Hà giai đoạn 2026 - 2030",
    "I. THỰC TRẠNG",
    "Toàn tỉnh có 250 trường mầm non.",
    "II. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU CỦA NGÀNH GIÁO DỤC TỈNH TRONG GIAI ĐOẠN TỚI",
    "1. Phát triển mạng lưới trường lớp",
    "Xây dựng mới 30 trường mầm non; tỷ lệ trẻ suy dinh dưỡng dưới 5%.",
    "III. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí thực hiện 1.250 tỷ đồng.",
]

DOCUMENTS = [
    # a plan's parts plan (a long heading of tasks, its budget), its ground ('Thực trạng') not
    case("a-plan-plans-outside-its-ground", _PLAN,
         [(Decimal("250"), None), (Decimal("30"), "exact"), (Decimal("5"), "ceiling"),
          (Decimal("1250"), "exact")]),
    # the same parts in a report: the genre plans nothing
    case("a-report-does-not", ["BÁO CÁO", *_PLAN[4:]],
         [(Decimal("250"), None), (Decimal("30"), None), (Decimal("5"), None),
          (Decimal("1250"), None)]),
    # a plan named by its title with no letterhead; a paragraph in it that reports is no target
    case("a-plan-by-its-title",
         ["Kế hoạch phát triển kinh tế số của huyện An Phú năm 2026", "1. Hạ tầng số",
          "Phủ sóng 5G tới 100% thôn, bản.", "Năm 2025 đã phủ sóng 4G tới 95% thôn, bản."],
         [(Decimal("100"), "exact"), (Decimal("95"), None)]),
    # a heading that looks to a horizon, with no report in the document to set the year
    case("a-horizon-heading",
         ["Ngành nông nghiệp tỉnh An Hà", "1. Đến năm 2030", "Tỷ lệ che phủ rừng 45%.",
          "2. Kết quả giai đoạn 2021 - 2025", "Tỷ lệ che phủ rừng 41%."],
         [(Decimal("45"), "exact"), (Decimal("41"), None)]),
    # a conclusion's part on the tasks ahead, its heading opened by 'Về'; its results and the
    # requests answered are no targets
    case("a-conclusions-tasks-ahead",
         ["THÔNG BÁO", "Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh An Hà",
          "I. ĐÁNH GIÁ CHUNG", "Năm 2030, thu ngân sách đạt 15.200 tỷ đồng.",
          "II. VỀ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
          "Hoàn thành xóa nhà tạm cho 3.500 hộ.",
          "III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH",
          "Về kiến nghị hỗ trợ 2.000 tỷ đồng đầu tư đường ven biển: giao Bộ Tài chính xem xét."],
         [(Decimal("15200"), None), (Decimal("3500"), "exact"), (Decimal("2000"), None)]),
    # a short heading on the time to come, unless it reports
    case("a-heading-on-the-time-to-come",
         ["Ngành giáo dục huyện An Phú", "1. Giải pháp trọng tâm trong năm học tới",
          "Tuyển mới 1.200 học sinh lớp 1.",
          "2. Kết quả năm học 2030 - 2031 và phương hướng năm học tới",
          "Tuyển mới 1.150 học sinh lớp 1."],
         [(Decimal("1200"), "exact"), (Decimal("1150"), None)]),
    # a resolution on an investment policy: what is to be built
    case("an-investment-policy",
         ["NGHỊ QUYẾT", "Về chủ trương đầu tư Dự án đường vành đai 4", "Điều 1",
          "Tổng mức đầu tư của Dự án khoảng 8.500 tỷ đồng."],
         [(Decimal("8500"), "exact")]),
    # a list of tasks set for those below ('… đề nghị các Bộ, … và địa phương:'): its items are
    # targets, a share of a plan striven for or bounded among them; the result before it is not
    case("a-list-of-tasks-set-for-those-below",
         ["Kính gửi: Các Bộ, cơ quan trung ương và địa phương.",
          "Lũy kế giải ngân đến ngày 31/7/2030 là 120.000 tỷ đồng, đạt 29,5% kế hoạch.",
          "Để hoàn thành mục tiêu năm 2030, Bộ Tài chính đề nghị các Bộ, cơ quan trung ương và "
          "địa phương:",
          "1. Quyết liệt chỉ đạo, phấn đấu giải ngân 100% kế hoạch vốn được giao.",
          "2. Đến hết ngày 30/9/2030, tỷ lệ giải ngân đạt tối thiểu 60% kế hoạch vốn.",
          "3. Khẩn trương phân bổ chi tiết 15.000 tỷ đồng kế hoạch vốn còn lại."],
         [(Decimal("120000"), None), (Decimal("29.5"), None), (Decimal("100"), "exact"),
          (Decimal("60"), "floor"), (Decimal("15000"), "exact")]),
    # a heading that allocates amounts
    case("an-allocation-heading",
         ["Ngân sách tỉnh An Hà", "1. Phân bổ vốn đầu tư công năm 2026",
          "Vốn ngân sách tỉnh 2.400 tỷ đồng."],
         [(Decimal("2400"), "exact")]),
    # a part that is itself a plan, in a text with no letterhead nor title (an annex of a
    # decision: 'G. KẾ HOẠCH … NĂM 2031' then its indicators, as in wa-tumorong-kh-ktxh-2025);
    # a line of it that reports is no target, nor a part that reports on the plan
    case("a-part-that-is-a-plan",
         ["G. KẾ HOẠCH PHÁT TRIỂN VĂN HÓA - XÃ HỘI NĂM 2031",
          "(Kèm theo Quyết định số 936/QĐ-UBND ngày 17/12/2030 của UBND huyện An Phú)",
          "1. Lao động và Việc làm",
          "- Số người được giải quyết việc làm mới: 550 người",
          "- Tỷ lệ lao động qua đào tạo: 38,31%",
          "- Trong quý I đã giải quyết việc làm cho 520 người.",
          "H. KẾT QUẢ THỰC HIỆN KẾ HOẠCH", "- Tỷ lệ lao động qua đào tạo: 36,5%"],
         [(Decimal("550"), "exact"), (Decimal("38.31"), "exact"), (Decimal("520"), None),
          (Decimal("36.5"), None)]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), DOCUMENTS)
def test_the_kind_a_documents_genre_and_headings_give(tmp_path, paragraphs, expected):
    assert read(composed(tmp_path, paragraphs), "value plan_kind") == expected
