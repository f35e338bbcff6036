"""Round 16 (issue 15): rules stated as classes of the genre's grammar, each checked on sentences
composed from that grammar rather than copied from the document that showed the class (batch K,
tests/fixtures/draft-eval/BASELINE.md); the documents themselves are scored in
tests/test_draft_eval.py.

Where the cases of a class differ only in the text and what is found in it, they are rows of a
table: the class is said in a comment above its rows, each row's id names the case. A class
whose check has a shape of its own keeps a test of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.draft.figures import find_figures
from deckmaker.draft.targets import announces_targets, heads_targets, lists_on, reports

from .draft_cases import case, composed, found, read

# What a paragraph's words say of targets: (the test of the class, whether it holds, the text).
PARAGRAPHS = [
    # a run-in heading of targets may end its paragraph (its colon ends the line)
    case("announces/run-in-heading-2030", announces_targets, True,
         "Chỉ tiêu chủ yếu của huyện đến năm 2030:"),
    case("announces/run-in-heading-year", announces_targets, True, "Mục tiêu cụ thể năm 2026:"),
    case("announces/not-targets-reached", announces_targets, False,
         "Các chỉ tiêu đã đạt được năm 2024:"),
    # round 17: a heading naming targets met or exceeded, or results set against them, is no
    # heading of targets
    case("heads/targets-of-a-year", heads_targets, True, "II. Các chỉ tiêu chủ yếu năm 2031"),
    case("heads/not-targets-exceeded", heads_targets, False, "Hầu hết chỉ tiêu đều vượt kế hoạch"),
    case("heads/not-results-of-targets", heads_targets, False,
         "2. Kết quả thực hiện các chỉ tiêu quý III"),
    # round 17: a paragraph saying targets were met ('có 9/11 chỉ tiêu đạt và vượt') or setting a
    # result against its plan ('đạt 104% kế hoạch') reports
    case("reports/targets-met", reports, True,
         "Năm 2030, thị trấn có 9/11 chỉ tiêu đạt và vượt kế hoạch."),
    case("reports/share-of-plan", reports, True, "Sản lượng 5.200 tấn, đạt 104% kế hoạch."),
    case("reports/not-bare-figures", reports, False,
         "Sản lượng lương thực 5.500 tấn; thu nhập bình quân 52 triệu đồng."),
    # round 17: 'Kế hoạch năm N:' / 'Dự toán năm N:' opening a paragraph lists that year's targets
    case("announces/plan-of-a-year", announces_targets, True,
         "Kế hoạch năm 2031: Sản lượng thủy sản tăng 9%; xuất khẩu tăng 7%."),
    case("announces/estimate-of-a-year", announces_targets, True,
         "Dự toán năm 2029: thu nội địa 4.100 tỷ đồng."),
    case("announces/not-a-numbered-plan", announces_targets, False,
         "Kế hoạch 45/KH-UBND: hỗ trợ 300 hộ."),
    case("announces/not-a-plan-carried-out", announces_targets, False,
         "Kế hoạch năm 2030: đã thực hiện 300 hộ, đạt 80%."),
    # round 17: announced targets go on through paragraphs that state figures or open a list; a
    # paragraph of prose with no figure ends them
    case("lists-on/a-list-opened", lists_on, True, "- Về xã hội:"),
    case("lists-on/figures-stated", lists_on, True, "Thu nhập bình quân 60 triệu đồng/người/năm."),
    case("lists-on/not-prose", lists_on, False,
         "Bà Trưởng ban phát biểu, đề nghị các đơn vị nâng cao chất lượng."),
]  # fmt: skip


@pytest.mark.parametrize(("says", "holds", "paragraph"), PARAGRAPHS)
def test_what_a_paragraph_says_of_targets(says, holds, paragraph):
    assert bool(says(paragraph)) is holds


# One paragraph and the named fields of each figure found in it, in order: (the fields, what
# they are, the paragraph).
SENTENCES = [
    # a bounded age is a group, not a figure; a measured age is one
    # who assigned a target, in a bracket after a result ('(huyện giao …)'), makes its number
    # the result's plan and a target of its own, named by the result's subject and who set it
    case("bracket/assigned-by", "value plan plan_kind label",
         [(Decimal("1250"), Decimal("1100"), "exact", "Thu ngân sách"),
          (Decimal("1100"), None, "exact", "Thu ngân sách (huyện giao)")],
         "Thu ngân sách đạt 1.250 tỷ đồng (huyện giao 1.100 tỷ đồng)."),
    case("age/bounded-from", "unit", ["%"],
         "Tỷ lệ người từ 60 tuổi trở lên có thẻ bảo hiểm y tế đạt 92%."),
    case("age/bounded-under", "unit", ["%"], "Phụ nữ dưới 35 tuổi được tập huấn chiếm 40%."),
    case("age/measured", "value unit", [(Decimal("74"), "tuổi")],
         "Duy trì tuổi thọ trung bình trên 74 tuổi."),
    # a count that introduces the names after a colon is not a figure
    case("count-before-a-colon-of-names", "unit", ["hộ"],
         "Hoàn thành các tiêu chí của 4 xã: Yên Hòa, Tân Lập, Đồng Tâm, Phú Cường; hỗ trợ 12 hộ."),
    # an abbreviation after a number is what it counts; an index is no thing counted, nor a
    # number that names a document
    case("abbreviation/counted", "value unit",
         [(Decimal("45"), "HTX"), (Decimal("312"), "ĐV"), (Decimal("27"), "CLB")],
         "Thành lập mới 45 HTX; kết nạp 312 ĐV mới; 27 CLB thể thao hoạt động."),
    case("abbreviation/not-an-index", "value", [], "Tỉnh đứng đầu khu vực với 68 PCI."),
    case("abbreviation/not-a-document", "unit", ["dự án"], "Thực hiện Chỉ thị 15 CT về 30 dự án."),
    # a classifier and its noun are one unit, and labour is counted in days; an order is no
    # classifier ('3 loại rừng' is how the forest is divided), and a time is still no count
    case("classifier/ngoi-nha", "unit", ["ngôi nhà"],
         "Hội vận động xây dựng 35 ngôi nhà tình nghĩa cho hội viên."),
    case("classifier/con-bo", "unit", ["con bò"], "Trao tặng 120 con bò giống cho hộ nghèo."),
    case("classifier/not-an-order", "value", [], "Đất rừng chia thành 3 loại rừng theo quy định."),
    case("classifier/ngay-cong", "value unit", [(Decimal("2340"), "ngày công")],
         "Đoàn viên đóng góp 2.340 ngày công lao động làm đường."),
    case("classifier/gio-cong", "unit", ["giờ công"], "Huy động 860 giờ công dọn vệ sinh."),
    case("classifier/not-a-time", "value", [], "Sau 3 ngày mưa lũ, giao thông được khôi phục."),
    # a count beyond what it is written over has its plan there; a part of a whole has none
    case("over/beyond-its-plan", "value plan plan_kind",
         [(Decimal("2130"), Decimal("2000"), "exact")],
         "Năm qua kết nạp 2.130/2.000 đoàn viên, vượt chỉ tiêu."),
    case("over/part-of-a-whole", "plan", [None], "Có 18/25 xã đạt chuẩn nông thôn mới."),
    # a level said reached after a striving is the level itself; a striving that is itself to
    # reach binds its list as floors, and a striving with no 'đạt' before the figure stays a floor
    case("striving/level-reached", "plan_kind", ["exact", "exact"],
         "Năm 2026, ngành phấn đấu năng suất lúa bình quân đạt 62 tạ/ha; diện tích cây ăn quả "
         "đạt 4.100 ha."),
    # (h44c, issue 15: a striving names no bound, the growth a floor, a level exact; the level
    # and the area were floors)
    case("striving/to-reach-a-list", "plan_kind", ["floor", "exact"],
         "Phấn đấu đạt tốc độ tăng trưởng bình quân 8%/năm; tỷ lệ hộ dùng điện lưới đạt 99%."),
    case("striving/no-dat", "plan_kind", ["exact"], "Phấn đấu trồng mới 300 ha rừng."),
    # a level to guarantee is a target, but not what a work makes possible nor one guaranteed
    case("guarantee/a-level", "plan_kind", ["exact"],
         "Bảo đảm 100% trường học có nhà vệ sinh đạt chuẩn."),
    case("guarantee/not-what-a-work-allows", "plan_kind", [None],
         "Nạo vét luồng bảo đảm cho tàu 30.000 DWT vào cảng."),
    case("guarantee/not-once-done", "plan_kind", [None],
         "Năm qua đã bảo đảm 100% học sinh có sách giáo khoa."),
    # a plan after a slash named as such is no per unit
    case("plan-after-a-slash", "unit plan", [("đoàn viên", Decimal("200"))],
         "Kết nạp mới 215 đoàn viên/chỉ tiêu 200 đoàn viên."),
    # a place named by its number counts nothing
    case("place-named-by-its-number", "value unit",
         [(Decimal("120"), "hộ"), (Decimal("12"), "thôn"), (Decimal("3"), "tổ hợp tác")],
         "Tổ 5 ấp 3 xã Tân Phú có 120 hộ; toàn xã có 12 thôn, 3 tổ hợp tác."),
    # a compound read as a verb right after a number is what it counts
    case("compound-after-a-number", "value unit", [(Decimal("1250"), "tổ chức")],
         "Toàn tỉnh có 1.250 tổ chức cơ sở đảng."),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "expected", "paragraph"), SENTENCES)
def test_what_a_paragraph_of_the_class_yields(fields, expected, paragraph):
    assert found(paragraph, fields) == expected


# The same, of a paragraph under a heading of targets.
UNDER_TARGETS = [
    # round 17: 'Trên', 'Dưới', 'Ít nhất', 'Không quá' opening a sentence bound as in lower case
    case("bound/opening-in-capitals", "plan_kind", ["floor", "ceiling", "floor"],
         "Trên 65% số hợp tác xã có sản phẩm đạt chuẩn. Dưới 3% số hộ thiếu nước sạch. "
         "Ít nhất 12 xã đạt chuẩn nâng cao."),
    # round 17: 'ít nhất A x …, B x …' in one unit, nothing between but what each counts, bounds
    # each count; a part of the count before it ('trong đó 4 …') is no next item
    case("bound/before-a-list", "value plan_kind",
         [(Decimal("40"), "floor"), (Decimal("25"), "floor"), (Decimal("10"), "floor"),
          (Decimal("4"), "exact")],
         "Thành lập mới ít nhất 40 doanh nghiệp xã hội, 25 doanh nghiệp nông nghiệp; có "
         "ít nhất 10 doanh nghiệp dẫn dắt chuỗi, trong đó 4 doanh nghiệp xuất khẩu trực tiếp."),
    # round 17: 'trên A% - B%' states the range as the target, the bound said of both ends
    case("bound/before-a-range", "value plan_kind",
         [((Decimal("6.5"), Decimal("7.5")), "range")],
         "Năng suất lao động tăng bình quân trên 6,5% - 7,5%/năm."),
    # 'tối thiếu' is 'tối thiểu' with its tone slipped (as a portal's copy types it): a floor
    case("bound/floor-tone-slipped", "value plan_kind",
         [(Decimal("52000"), "floor"), (Decimal("30"), "floor")],
         "Sản lượng lương thực tối thiếu 52.000 tấn; trồng mới tối thiếu 30 ha rừng."),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "expected", "paragraph"), UNDER_TARGETS)
def test_what_a_paragraph_of_the_class_under_targets_yields(fields, expected, paragraph):
    assert found(paragraph, fields, target=True) == expected


# A document composed of paragraphs (of lines, when it is one string) and the named fields of
# each figure drafted from it: (the fields, what they are, the document).
DOCUMENTS = [
    # a run-in heading of targets may end its paragraph: the targets follow as items
    case("targets-after-a-run-in-heading", "value plan_kind",
         [(Decimal("12"), "floor"), (Decimal("60"), "exact"), (Decimal("900"), "ceiling")],
         ["Kế hoạch phát triển du lịch của huyện.",
          "Chỉ tiêu chủ yếu đến năm 2030:",
          "- Lượt khách du lịch tăng bình quân trên 12%/năm.",
          "- Tỷ lệ cơ sở lưu trú đạt chuẩn đạt 60%.",
          "- Doanh thu du lịch không quá 900 tỷ đồng."]),
    # a floor written with its tone slipped ('tối thiếu') is a floor
    case("floor-with-its-tone-slipped", "value plan_kind", [(Decimal("85"), "floor")],
         ["Mục tiêu năm 2027:", "- Tỷ lệ hộ dùng nước sạch tối thiếu 85%."]),
    # a sentence on a year after the one reported plans it
    case("year-after/in-a-sentence", "value plan_kind",
         [(Decimal("640"), None), (Decimal("6"), None), (Decimal("14"), None),
          (Decimal("700"), "exact"), (Decimal("3"), "exact"), (Decimal("45"), "exact")],
         ["Báo cáo tình hình kinh tế - xã hội của huyện",
          "Năm 2024, tổng thu ngân sách đạt 640 tỷ đồng, tăng 6% so với cùng kỳ.",
          "Tính đến năm 2024, toàn huyện có 14 xã đạt chuẩn nông thôn mới.",
          "Năm 2025, tổng thu ngân sách 700 tỷ đồng; thêm 3 xã đạt chuẩn nông thôn mới.",
          "Đến năm 2030, tỷ lệ đô thị hóa của huyện đạt 45%."]),
    # a report naming a horizon ('đến năm 2030') reports on its own year still
    case("year-after/a-horizon-named", "plan_kind", [None, "exact"],
         ["Năm 2023, huyện đã trồng mới 320 ha rừng theo kế hoạch đến năm 2030.",
          "Năm 2025, huyện trồng mới 400 ha rừng."]),
    # a heading on a year after the one reported plans what is under it
    case("year-after/in-a-heading", "value plan_kind",
         [(Decimal("640"), None), (Decimal("6"), None), (Decimal("400"), "exact")],
         "BÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n"
         "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n"
         "Tổng thu ngân sách đạt 640 tỷ đồng, tăng 6% so với cùng kỳ năm 2023.\n"
         "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
         "1. Giải pháp\n"
         "Tập trung chỉ đạo trồng mới 400 ha rừng.\n"),
    # a total brought up by what was counted announces no targets
    case("total-brought-up", "plan_kind", [None, None, None, None],
         ["Trong năm 2024, Đoàn kết nạp được 850 đoàn viên mới, đưa tổng số đoàn viên lên "
          "12.400 người.",
          "Đoàn phối hợp mở 35 lớp tập huấn cho 1.900 lượt đoàn viên."]),
    # round 17: a heading that says targets were met heads results
    case("heading-of-targets-met", "value plan_kind",
         [(Decimal("3150"), None), (Decimal("18"), None), (Decimal("20"), None)],
         ["BÁO CÁO SƠ KẾT CÔNG TÁC HỘI QUÝ III",
          "I. Nhiều chỉ tiêu đều đạt và vượt kế hoạch",
          "Trong quý III, các chi hội đã vận động 3.150 hội viên tham gia, xây mới 18 nhà "
          "nhân ái (tăng 20% so với cùng kỳ)."]),
    # round 17: an announcement of targets followed by what it lists keeps them targets (the
    # same announcement followed by results: test_a_paragraph_of_results_ends_targets_…)
    case("announced-then-listed", "value plan_kind",
         [(Decimal("5500"), "exact"), (Decimal("52"), "exact")],
         ["Kỳ họp đã đánh giá kết quả năm 2030, thảo luận và quyết nghị các chỉ tiêu năm 2031 "
          "như sau:",
          "Sản lượng lương thực là 5.500 tấn; thu nhập bình quân 52 triệu đồng/người/năm."]),
    # round 17: a paragraph of prose without figures ends a list of targets, and what follows it
    # is no target
    case("prose-ends-targets", "value plan_kind",
         [(Decimal("1200"), "exact"), (Decimal("15"), "exact"), (Decimal("5"), None),
          (Decimal("7"), None)],
         ["Năm 2032, Hội Nông dân đặt ra các chỉ tiêu: kết nạp 1.200 hội viên mới; "
          "xây dựng 15 mô hình kinh tế tập thể.",
          "Bà Trưởng ban phát biểu, đề nghị các cấp hội tiếp tục đổi mới nội dung sinh hoạt.",
          "Dịp này, 5 tập thể và 7 cá nhân được Bộ trưởng tặng bằng khen."]),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "expected", "document"), DOCUMENTS)
def test_what_a_composed_document_of_the_class_yields(tmp_path, fields, expected, document):
    assert read(composed(tmp_path, document), fields) == expected


def test_a_target_in_brackets_named_by_who_assigned_it():
    growth, plan = find_figures(
        "Giá trị sản xuất công nghiệp tăng 8,1% (Trung ương giao 7 - 7,5%); thu ngân sách tăng."
    )
    assert (growth.plan, growth.plan_kind) == ((Decimal("7"), Decimal("7.5")), "range")
    assert plan.plan_kind == "range" and plan.label.endswith("(Trung ương giao)")
    rate, plan = find_figures("Tỷ lệ thu gom rác thải đạt 91% (tỉnh giao 90%).")
    assert (rate.plan, rate.plan_kind) == (Decimal("90"), "floor")
    # the result is not the figure just before the bracket: named alike, by the label rules
    # (labels.assigned_target_name), from the result the targets rules found
    total, _, plan = find_figures(
        "Tổng thu ngân sách trên địa bàn đạt 1.240 tỷ đồng, tăng 7% so cùng kỳ "
        "(huyện giao 1.100 tỷ đồng)."
    )
    assert total.plan == Decimal("1100")
    assert plan.label == "Tổng thu ngân sách (huyện giao)"


def _units(text):
    return [(f.value, f.unit) for f in find_figures(text)]


def test_a_rate_on_a_base_of_one_van_keeps_the_base_in_its_unit():
    # class: a rate whose base is written in words, '1 vạn' (ten thousand), is a rate on a base
    # like '10.000': the counted words, the slash, '1 vạn' and the base's noun are the unit
    assert _units("Năm 2030 đạt 11,2 bác sĩ/1 vạn dân và 36 giường bệnh/1 vạn dân.") == [
        (Decimal("11.2"), "bác sĩ/1 vạn dân"),
        (Decimal("36"), "giường bệnh/1 vạn dân"),
    ]
    assert _units("Tỷ lệ dược sỹ đạt 2,8 dược sỹ/1 vạn dân.") == [
        (Decimal("2.8"), "dược sỹ/1 vạn dân")
    ]
    # a base written once after two counts joined by 'và' is said of both, no one's unit
    assert _units("Toàn tỉnh có 7,5 bác sĩ và 28 giường bệnh/1 vạn dân.") == [
        (Decimal("7.5"), "bác sĩ"),
        (Decimal("28"), "giường bệnh"),
    ]


def test_a_visit_counts_in_luot_whoever_makes_it():
    # class: 'lượt' counts turns, of the noun written right after it: '350.000 lượt hành
    # khách' is in 'lượt hành khách', as turns of visitors are in 'lượt khách' (the set's golds:
    # 42 figures wrote the noun, 20 'lượt' alone, settled for the noun by h44c, issue 15; was
    # 'lượt' here)
    assert _units(
        "Ngành du lịch đón khoảng 2,1 triệu lượt khách, tăng 9%; đường hàng không đạt "
        "350.000 lượt hành khách."
    ) == [
        (Decimal("2.1"), "triệu lượt khách"),
        (Decimal("9"), "%"),
        (
            Decimal("350000"),
            "lượt hành khách",
        ),
    ]


def test_a_count_of_sessions_held_is_counted_in_the_session_word():
    # class: a word of a session or a round ('kỳ', 'đợt', 'khóa') right after a count and
    # before the event held ('kỳ thi', 'đợt kiểm tra', 'khóa tập huấn') counts those events
    assert _units(
        "Trung tâm tổ chức 42 kỳ thi tuyển công chức, 15 đợt kiểm tra liên ngành và "
        "8 khóa tập huấn nghiệp vụ."
    ) == [(Decimal("42"), "kỳ"), (Decimal("15"), "đợt"), (Decimal("8"), "khóa")]
    # not a time: 'cùng kỳ', a term ('nhiệm kỳ'), an order ('kỳ họp thứ 9')
    assert _units("Doanh thu tăng 12% so cùng kỳ; kỳ họp thứ 9 thông qua 14 nghị quyết.") == [
        (Decimal("12"), "%"),
        (Decimal("14"), "nghị quyết"),
    ]


def test_activities_held_are_counted_though_read_as_a_verb():
    # class: 'hoạt động' right after a count that a verb of holding takes as its object ('tổ
    # chức 120 hoạt động …', 'triển khai 35 hoạt động …') is the activities counted; a count of
    # bodies that then operate ('có 40 HTX, 32 hoạt động hiệu quả') is no count of activities
    assert _units(
        "Huyện đoàn tổ chức 120 hoạt động văn hóa, thể thao; triển khai 35 hoạt động "
        "hỗ trợ học sinh vùng khó."
    ) == [(Decimal("120"), "hoạt động"), (Decimal("35"), "hoạt động")]


def test_a_number_written_in_thousands_and_digits_is_one_number():
    # class: '<N> ngàn/nghìn <M>' with M under a thousand and a counted noun after it is the
    # number N × 1000 + M, said half in words ('trên 2 nghìn 350 hội viên' is 2.350 hội viên)
    assert _units("Hội đã giới thiệu việc làm cho trên 2 nghìn 350 hội viên.") == [
        (Decimal("2350"), "hội viên")
    ]
    assert _units("Đã vận động được 3 ngàn 40 suất quà cho học sinh.") == [
        (Decimal("3040"), "suất quà")
    ]


def test_a_number_run_into_the_word_or_comma_before_it_is_read():
    figures = find_figures("Kim ngạch xuất khẩu hàng dệt may12 triệu USD, tăng 3%.")
    assert [(f.value, f.unit) for f in figures][0] == (Decimal("12"), "triệu USD")
    figures = find_figures("Có 41 xã đạt chuẩn (NTM),12 xã đạt chuẩn nâng cao.")
    assert [(f.value, f.unit) for f in figures] == [(Decimal("41"), "xã"), (Decimal("12"), "xã")]
    # not a name written with a number in it
    assert find_figures("Phòng chống dịch Covid-19 và cúm H5N1 ở 12 xã.")[0].value == Decimal("12")


def test_a_count_that_comes_back_as_the_plan_of_a_result_was_its_target():
    target, done = find_figures(
        "Đoàn đăng ký trồng 5.000 cây xanh. Đến cuối năm đã trồng được 5.420/5.000 cây xanh."
    )
    assert (target.value, target.plan, target.plan_kind) == (Decimal("5000"), None, "exact")
    assert (done.plan, done.plan_kind) == (Decimal("5000"), "exact")
    # a count its own sentence reports is a result, whatever comes back later
    last, now = find_figures(
        "Năm 2023 đã kết nạp 200 hội viên. Năm 2024 kết nạp 230/200 hội viên, vượt chỉ tiêu."
    )
    assert last.plan_kind is None and now.plan == Decimal("200")


def test_a_total_raised_by_what_was_just_counted_is_a_result():
    new, total = find_figures(
        "Trong năm thành lập được 14 tổ hợp tác, nâng tổng số lên 96 tổ hợp tác."
    )
    assert total.value == Decimal("96") and total.plan_kind is None


def test_a_target_bracket_with_its_verb_typed_twice():
    growth, plan = find_figures("Sản lượng thủy sản tăng 7,2% so với cùng kỳ (kế hoạch là là 6%).")
    assert (growth.plan, growth.plan_kind) == (Decimal("6"), "floor")
    assert plan.plan_kind == "floor"


def test_a_plan_named_right_before_a_bracket_has_its_value_inside():
    growth, plan = find_figures("Tốc độ tăng trưởng kinh tế đạt 6,8%, thấp hơn kế hoạch (7,2%).")
    assert (growth.plan, growth.plan_kind) == (Decimal("7.2"), "floor")
    assert plan.label.endswith("kế hoạch")
    jobs, share, plan = find_figures(
        "Giải quyết việc làm cho 3.150 lao động, đạt 105% kế hoạch năm (3.000 lao động)."
    )
    assert (jobs.plan, jobs.plan_kind) == (Decimal("3000"), "exact")
    # a bound inside the bracket is the plan's kind
    rate, plan = find_figures("Tỷ lệ hộ nghèo giảm còn 2,9% (chỉ tiêu dưới 3%).")
    assert (rate.plan, rate.plan_kind) == (Decimal("3"), "ceiling")


def test_a_revenue_split_between_budgets_is_a_norm_not_a_target():
    first, rest = find_figures(
        "Phấn đấu thu 300 tỷ đồng tiền sử dụng đất; điều tiết 70% số thu về ngân sách huyện, "
        "số tiền còn lại (30%) để lại cho ngân sách xã.",
        target=True,
    )[1:]
    assert (first.value, first.plan_kind) == (Decimal("70"), None)
    assert (rest.value, rest.plan_kind) == (Decimal("30"), None)


def test_a_million_ty_is_a_magnitude_of_money():
    invest, rise = find_figures(
        "Tổng vốn đầu tư toàn xã hội đạt khoảng 3,6 triệu tỷ đồng, tăng 7,5%."
    )
    assert (invest.value, invest.unit) == (Decimal("3.6"), "triệu tỷ đồng")


# round 17 (issue 15, batch L): reports of results keep their results; kinds of plans


def test_a_paragraph_of_results_ends_targets_announced_before_it(tmp_path):
    # class: a paragraph saying targets were met ('có 9/11 chỉ tiêu đạt và vượt') or setting a
    # result against its plan ('đạt 104% kế hoạch') reports (PARAGRAPHS, 'reports/…'); it lists
    # no announced targets (the same announcement followed by what it lists keeps them targets:
    # DOCUMENTS, 'announced-then-listed')
    results = composed(
        tmp_path,
        [
            "Kỳ họp đã đánh giá kết quả năm 2030, thảo luận và quyết nghị các chỉ tiêu năm 2031.",
            "Năm 2030, thị trấn có 9/11 chỉ tiêu đạt và vượt so với kế hoạch. Sản lượng lương "
            "thực là 5.200 tấn; thu nhập bình quân 48 triệu đồng/người/năm; tỷ lệ hộ nghèo "
            "giảm còn 1,9%.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in results if f.unit != "chỉ tiêu"] == [
        (Decimal("5200"), None),
        (Decimal("48"), None),
        (Decimal("1.9"), None),
    ]


def test_a_striving_for_a_level_lists_the_items_after_it_as_written():
    # class: 'phấn đấu <measure> đạt N' (the striving's own object a level, in its own clause)
    # lists its items as written; so, since h44c (issue 15), do a striving to reach ('Phấn đấu
    # đạt …') and one for an act ('phấn đấu xây mới …, nâng … đạt …'), which floored them
    def kinds(text):
        return [(f.value, f.plan_kind) for f in find_figures(text, target=True)]

    assert kinds(
        "Ngành Giáo dục đặt ra các chỉ tiêu: phấn đấu tỷ lệ huy động trẻ em đến lớp đạt 99%; "
        "có 40 trường đạt chuẩn quốc gia; 85% học sinh được học tiếng Anh."
    ) == [(Decimal("99"), "exact"), (Decimal("40"), "exact"), (Decimal("85"), "exact")]
    assert kinds(
        "Xã phấn đấu xây mới 12 km đường, nâng tỷ lệ đường cứng hóa đạt 90%; 85% hộ dùng nước sạch."
    ) == [(Decimal("12"), "exact"), (Decimal("90"), "exact"), (Decimal("85"), "exact")]


# Round 17 (h15s, issue 15): plans in held-out batches M and N


def test_a_list_of_targets_opened_before_the_headings_heads_them(tmp_path):
    # the colon that ends the text before the headings opens a list the headings are parts of
    figures = composed(
        tmp_path,
        [
            "Nghị quyết về kế hoạch phát triển nông nghiệp của huyện năm 2027",
            "Những chỉ tiêu chính:",
            "1. Về sản xuất:",
            "- Sản lượng cà phê đạt 21.000 tấn trở lên.",
            "- Diện tích chè đạt từ 850 ha trở lên.",
            "2. Về đời sống:",
            "- Tỷ lệ hộ cận nghèo dưới 6%.",
            "- Số thôn có nhà văn hóa đạt 42 thôn.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [
        (Decimal("21000"), "floor"),
        (Decimal("850"), "floor"),
        (Decimal("6"), "ceiling"),
        (Decimal("42"), "exact"),
    ]


def test_the_text_that_opens_a_list_of_targets_before_the_headings_is_not_in_it(tmp_path):
    figures = composed(
        tmp_path,
        [
            "Nghị quyết về kế hoạch phát triển của huyện năm 2027",
            "Năm 2026, sản lượng cà phê của huyện đạt 19.800 tấn.",
            "Các chỉ tiêu chủ yếu năm 2027:",
            "1. Về sản xuất:",
            "- Sản lượng cà phê đạt 21.000 tấn trở lên.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [
        (Decimal("19800"), None),
        (Decimal("21000"), "floor"),
    ]


def test_headings_that_report_are_not_parts_of_a_list_of_targets_before_them(tmp_path):
    figures = composed(
        tmp_path,
        [
            "Báo cáo của huyện năm 2026",
            "Các chỉ tiêu chủ yếu như sau:",
            "1. Kết quả thực hiện về sản xuất:",
            "- Sản lượng cà phê đạt 21.000 tấn.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [(Decimal("21000"), None)]


def test_a_plan_range_after_a_slash_is_the_result_s_plan_and_a_figure_of_its_own():
    # a range, a change planned as a range, and a range of the counted noun
    text = (
        "Doanh thu dịch vụ ước đạt 812 tỷ đồng/KH 760-790 tỷ đồng. Kim ngạch xuất khẩu ước tăng "
        "6,2%/kế hoạch tăng 5-7%. Đàn dê đạt 9.480 con/KH 9.000-9.500 con."
    )
    got = [(f.value, f.unit, f.plan, f.plan_kind) for f in find_figures(text)]
    assert got == [
        (Decimal("812"), "tỷ đồng", (Decimal("760"), Decimal("790")), "range"),
        ((Decimal("760"), Decimal("790")), "tỷ đồng", None, "range"),
        (Decimal("6.2"), "%", (Decimal("5"), Decimal("7")), "range"),
        ((Decimal("5"), Decimal("7")), "%", None, "range"),
        (Decimal("9480"), "con", (Decimal("9000"), Decimal("9500")), "range"),
        ((Decimal("9000"), Decimal("9500")), "con", None, "range"),
    ]


def test_targets_met_out_of_targets_set_is_a_count_not_a_plan():
    (met, *_rest) = find_figures("Năm nay huyện hoàn thành 14 chỉ tiêu/16 chỉ tiêu chủ yếu.")
    assert (met.value, met.unit, met.plan, met.plan_kind) == (Decimal("14"), "chỉ tiêu", None, None)


def test_a_paragraph_opening_by_striving_for_its_targets_sets_them_in_every_sentence():
    text = (
        "Mục tiêu chủ yếu năm 2028 phấn đấu giá trị sản xuất toàn xã đạt 430 tỷ đồng. Trong đó "
        "thương mại đạt 190 tỷ đồng, chiếm 44%. Sản lượng ngô đạt 1.150 tấn. Tỷ lệ hộ nghèo dưới "
        "1,2%. Doanh thu/ha đạt 90-110 triệu đồng."
    )
    got = [(f.value, f.plan_kind) for f in find_figures(text)]
    assert got == [
        (Decimal("430"), "exact"),
        (Decimal("190"), "exact"),
        (Decimal("44"), "exact"),
        (Decimal("1150"), "exact"),
        (Decimal("1.2"), "ceiling"),
        ((Decimal("90"), Decimal("110")), "range"),
    ]
    # a paragraph so opened that reports after it sets no targets in its later sentences
    reported = "Mục tiêu năm 2028 phấn đấu đạt 430 tỷ đồng. Năm qua thương mại đã đạt 190 tỷ đồng."
    assert [f.plan_kind for f in find_figures(reported)][1:] == [None]


def test_a_figure_right_after_a_target_s_name_is_that_target_even_after_a_verb_to_reach_it():
    text = (
        "Để đạt được mục tiêu thu ngân sách 2.400 tỷ đồng và góp phần đạt được mục tiêu tăng "
        "trưởng khu vực từ 6,8 - 7,2%, huyện cần tập trung chỉ đạo."
    )
    got = [(f.value, f.plan_kind) for f in find_figures(text)]
    assert got == [(Decimal("2400"), "exact"), ((Decimal("6.8"), Decimal("7.2")), "range")]
    # a result set against a target named before it is no target
    (result,) = find_figures("Thu ngân sách vượt mục tiêu thu ngân sách 12%.")
    assert result.plan_kind is None
    # nor a programme named by its target, nor a target said done before the figure
    for done in (
        "Để đạt được kết quả, vốn Chương trình mục tiêu quốc gia giảm nghèo 25 tỷ đồng.",
        "Để đạt được mục tiêu, chỉ tiêu này đã vượt 12%.",
    ):
        assert [f.plan_kind for f in find_figures(done)] == [None], done


def test_a_resolve_to_do_sets_a_target_but_a_resolve_had_does_not():
    (share,) = find_figures("Huyện quyết tâm hoàn thành 100% kế hoạch trồng rừng năm 2029.")
    assert share.plan_kind == "exact"
    (done,) = find_figures("Huyện đã quyết tâm chỉ đạo, tổ chức được 412 cuộc tuyên truyền.")
    assert done.plan_kind is None


# Round 19 (batch O as material, h15u): results a plan's document reports read as results.


def test_a_heading_on_carrying_out_a_budget_or_targets_heads_results():
    # 'Tình hình thực hiện … dự toán ngân sách năm N', 'Đánh giá thực hiện nhiệm vụ … và các chỉ
    # tiêu': the target word names what was carried out, a report
    for title in (
        "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN VÀ DỰ TOÁN NGÂN SÁCH HUYỆN NĂM 2031",
        "1. Tình hình thực hiện dự toán thu năm 2029",
        "Kết quả thực hiện kế hoạch đầu tư công và các chỉ tiêu năm 2030",
    ):
        assert not heads_targets(title), title
    # the plan for the coming year is still a heading of targets
    assert heads_targets("III. DỰ TOÁN NGÂN SÁCH HUYỆN NĂM 2032")
    assert heads_targets("Tình hình thực hiện năm 2030 và phương hướng, chỉ tiêu năm 2031")


def test_a_plan_s_document_reports_under_a_heading_of_results(tmp_path):
    figures = composed(
        tmp_path,
        [
            "KẾ HOẠCH TÀI CHÍNH 03 NĂM 2031 - 2033 HUYỆN AN PHÚ",
            "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NĂM 2030",
            "1. Kinh tế",
            "- Khu vực dịch vụ chiếm 41,2%; toàn huyện có 312 hợp tác xã với 9.870 thành viên.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (Decimal("41.2"), None),
        (Decimal("312"), None),
        (Decimal("9870"), None),
    ]


def test_bringing_a_measure_to_a_level_after_targets_said_met_is_a_result():
    # ('có 30/32 chỉ tiêu đạt và vượt kế hoạch đề ra, đưa tốc độ … đạt 7,36%': what the results
    # brought); its paragraph's later sentences report too
    text = (
        "Năm 2030, xã có 14/16 chỉ tiêu đạt và vượt kế hoạch, đưa thu nhập bình quân đạt 61 "
        "triệu đồng. Thương mại tăng 3,4%; thu ngân sách đạt 12,7 tỷ đồng."
    )
    assert [f.plan_kind for f in find_figures(text)] == [None, None, None, None]
    # with nothing reported before it, it still sets the level to bring the measure to
    planned = "Giai đoạn 2031-2035 đưa thu nhập bình quân đạt 90 triệu đồng."
    assert [f.plan_kind for f in find_figures(planned)] == ["exact"]


def test_targets_announced_end_at_the_first_sentence_that_reports():
    text = (
        "Năm 2030, Hội đồng nhân dân huyện quyết nghị thông qua tổng thu ngân sách 812,5 tỷ "
        "đồng; trong đó: thu nội địa 790 tỷ đồng. Ước thực hiện cả năm là 845 tỷ đồng, vượt 4% "
        "so dự toán; trong đó: thu nội địa 821 tỷ đồng."
    )
    got = [(f.value, f.plan_kind) for f in find_figures(text)]
    assert got == [
        (Decimal("812.5"), "exact"),
        (Decimal("790"), "exact"),
        (Decimal("845"), None),
        (Decimal("4"), None),
        (Decimal("821"), None),
    ]
    # a later sentence that only names the trained ('đã qua đào tạo') still lists targets
    trained = (
        "Đại hội đã đề ra 12 chỉ tiêu chủ yếu, trong đó, thu nhập bình quân 80 triệu đồng. Trong "
        "đó: "
        "Tỷ lệ lao động đã qua đào tạo có chứng chỉ 41% trở lên."
    )
    assert [f.plan_kind for f in find_figures(trained)][-1] == "floor"


def test_a_budget_the_council_assigned_is_a_target():
    text = (
        "Tổng chi ngân sách huyện năm 2030 được Hội đồng nhân dân huyện giao là 1.204,6 tỷ "
        "đồng. Trong đó: chi đầu tư phát triển 310,2 tỷ đồng, chi thường xuyên 880 tỷ đồng."
    )
    assert [f.plan_kind for f in find_figures(text)] == ["exact", "exact", "exact"]
    # a result set against what the council assigned is none
    (done,) = find_figures("Chi thường xuyên đạt 97% dự toán được HĐND huyện giao.")
    assert done.plan_kind is None


def test_a_line_naming_a_resolution_on_a_year_s_tasks_sets_the_targets_listed_after_it(tmp_path):
    figures = composed(
        tmp_path,
        [
            "Tân Lạc: Nghị quyết của HĐND thị xã về nhiệm vụ phát triển kinh tế – xã hội, bảo đảm "
            "quốc phòng – an ninh năm 2031",
            "Về kinh tế:",
            "Tổng thu ngân sách đạt 61.400 triệu đồng. Trồng mới 1.250ha rừng; sản lượng lương "
            "thực đạt trên 31.000 tấn.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (Decimal("61400"), "exact"),
        (Decimal("1250"), "exact"),
        (Decimal("31000"), "floor"),
    ]
    # a meeting that passed resolutions, and what it did, reports
    assert not announces_targets("Kỳ họp đã thông qua 4 nghị quyết, gồm: Nghị quyết về nhiệm vụ")
    assert not announces_targets("Nghị quyết về nhiệm vụ năm 2030 đã được triển khai.")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        case("age/child-into-school", "Huy động trẻ 6 tuổi vào lớp 1 đạt 99%.", [Decimal("99")]),
        case("age/youth", "Có 312 thanh niên 18 tuổi khám tuyển.", [Decimal("312")]),
        # an age measured is a figure
        case("age/life-expectancy", "Tuổi thọ trung bình đạt 74,2 tuổi.", [Decimal("74.2")]),
    ],
)
def test_an_age_said_of_whom_right_before_it_is_an_age_group(text, values):
    # 'Tỷ lệ huy động trẻ 5 tuổi vào mẫu giáo': who is counted, not a figure
    assert found(text, "value") == values


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # all of a whole is a target met exactly: nothing is beyond 100%
        case("whole/strive-all", "Phấn đấu 100% thôn, tổ dân phố có tổ hòa giải.", ["exact"]),
        case("whole/strive-complete", "Phấn đấu hoàn thành 100% nhiệm vụ thu năm 2031.", ["exact"]),
        case(
            "whole/share-of-plan",
            "Chi đầu tư từ nguồn vốn tỉnh phấn đấu đạt 100% kế hoạch.",
            ["exact"],
        ),
        # a share short of all after a striving is that share, exactly, and so is all of a
        # whole in a list striving to reach (h44c, issue 15: a striving names no bound; both
        # were floors)
        case("whole/part-is-floor", "Phấn đấu 85% thôn có tổ hòa giải.", ["exact"]),
        case(
            "whole/strive-to-reach-list",
            "Phấn đấu đạt thu nhập 70 triệu đồng; 100% trường có thư viện.",
            ["exact", "exact"],
        ),
    ],
)
def test_all_of_a_whole_after_a_striving_is_exact(text, kinds):
    assert found(text, "plan_kind") == kinds


def test_a_footnote_mark_is_no_part_of_the_sentence():
    # '22,656 tỷ đồng [4]/12,9 tỷ đồng': a result over its plan, the mark between them
    got = read(
        find_figures("Chi từ nguồn vay 31,2 tỷ đồng [7]/28 tỷ đồng, ước đạt 111% kế hoạch."),
        "value plan",
    )
    assert got[0] == (Decimal("31.2"), Decimal("28"))
    # a mark glued to its figure leaves the figure as written
    assert found("Chi thường xuyên 412,5 tỷ đồng[2], đạt 98% dự toán.", "value unit")[0] == (
        Decimal("412.5"),
        "tỷ đồng",
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bound right after a count defines what is counted, even when what is said of the
        # count runs on or names the time it is measured at
        case(
            "defining/said-runs-on", "Có 9 huyện có tỷ lệ tiêm chủng đạt dưới 60%.", [Decimal("9")]
        ),
        case(
            "defining/time-named",
            "Có 4 sở và 12 xã có tỷ lệ giải ngân đến hết tháng 9/2031 đạt trên 75%.",
            [Decimal("4"), Decimal("12")],
        ),
        case(
            "defining/name-in-bracket",
            "Còn 3 xã (vùng cao) có tỷ lệ hộ nghèo trên 30%.",
            [Decimal("3")],
        ),
        # a share said of a count with a verb of its own is a figure
        case(
            "defining/not-a-change",
            "Có 14 xã, tỷ lệ hộ nghèo giảm 30%.",
            [Decimal("14"), Decimal("30")],
        ),
    ],
)
def test_a_bound_defining_a_count_is_no_figure(text, values):
    assert found(text, "value") == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a lone zero, a space, then a rate's digits: a decimal whose comma was lost
        case(
            "lost-comma/rate",
            "Nông nghiệp tăng 0 42%, dịch vụ tăng 3,1%.",
            [Decimal("0.42"), Decimal("3.1")],
        ),
        # a zero that ends a number is as written
        case(
            "lost-comma/ten",
            "Năm 2031 có 10 xã đạt 100% tiêu chí.",
            [Decimal("10"), Decimal("100")],
        ),
    ],
)
def test_a_rate_written_with_its_comma_lost(text, values):
    assert found(text, "value") == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bracket after the rest of a count's noun names each thing counted: which, not how many
        case(
            "named/after-its-noun",
            "Đã khánh thành 03 nhà máy điện mặt trời (Phước Hữu 1, "
            "Phước Hữu 2 và Mỹ Sơn) với công suất 150 MW.",
            [Decimal("150")],
        ),
        case(
            "named/one-by-name",
            "Chỉ còn 1 huyện (Lộc Ninh) chưa đạt, 12 xã đã đạt.",
            [Decimal("12")],
        ),
        # a bracket of fewer names than the count, or of a qualifier, names not each of them
        case(
            "named/not-fewer-names",
            "Đã khánh thành 05 nhà máy điện (Phước Hữu 1, Mỹ Sơn).",
            [Decimal("5")],
        ),
        case("named/not-a-qualifier", "Có 4 xã (vùng cao) đạt chuẩn.", [Decimal("4")]),
    ],
)
def test_a_count_whose_bracket_names_each_thing_counted_is_no_figure(text, values):
    assert found(text, "value") == values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # 'lượt khách' counts turns of visitors, one unit as the set's golds write it (11 of 14
        # since batch U); the kind of visitor after it ('khách quốc tế') is the label's (h44c:
        # the unit was 'lượt' when a kind followed)
        case(
            "visits/magnitude",
            "Năm 2031 đón gần 3,2 triệu lượt khách.",
            Decimal("3.2"),
            "triệu lượt khách",
        ),
        case(
            "visits/plain",
            "Các điểm đến đón 84.500 lượt khách quốc tế.",
            Decimal("84500"),
            "lượt khách",
        ),
    ],
)
def test_visits_of_guests_are_counted_in_visits(text, value, unit):
    assert found(text, "value unit") == [(value, unit)]


def test_tasks_set_with_what_each_is_to_reach_are_targets():
    # 'ngành đề ra 11 nhiệm vụ trọng tâm, trong đó tập trung giảm tỷ lệ hộ nghèo đạt 3% trở lên'
    text = (
        "Quý IV, sở đặt ra 7 nhiệm vụ chủ yếu, trong đó tập trung nâng tỷ lệ che phủ rừng đạt "
        "52% trở lên; giải quyết việc làm cho 2.100 lao động."
    )
    assert found(text, "plan_kind") == ["floor", "exact"]
    # tasks set, with nothing said of what each is to reach, are no announcement
    assert (
        found("Hội nghị đã đề ra 7 nhiệm vụ. Năm qua tỷ lệ che phủ rừng 51%.", "plan_kind")[-1]
        is None
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a decimal count after the base of its rate is said ('trên 1 vạn dân') is the rate
        case(
            "rate-base-said/decimal",
            "Số bác sĩ trên 1 vạn dân đạt 9 bác sĩ và 27,4 giường.",
            [(Decimal("9"), "bác sĩ"), (Decimal("27.4"), "giường")],
        ),
        # with no base said, a decimal counts nothing
        case("rate-base-said/none", "Bình quân đạt 27,4 giường.", []),
    ],
)
def test_a_decimal_count_after_its_rate_s_base_is_said_is_the_rate(text, values):
    assert found(text, "value unit") == values
