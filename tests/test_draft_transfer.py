"""Round 16 (issue 15): rules stated as classes of the genre's grammar, each checked on sentences
composed from that grammar rather than copied from the document that showed the class (batch K,
tests/fixtures/draft-eval/BASELINE.md); the documents themselves are scored in
tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft
from deckmaker.draft.figures import find_figures
from deckmaker.draft.targets import announces_targets, heads_targets, lists_on, reports


def _figures(tmp_path, lines: list[str]):
    doc = tmp_path / "doc.txt"
    doc.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return draft(doc).deck.figures


def test_a_run_in_heading_of_targets_may_end_its_paragraph(tmp_path):
    # the colon ends the line; the targets follow as items of their own
    assert announces_targets("Chỉ tiêu chủ yếu của huyện đến năm 2030:")
    assert announces_targets("Mục tiêu cụ thể năm 2026:")
    assert not announces_targets("Các chỉ tiêu đã đạt được năm 2024:")
    figures = _figures(
        tmp_path,
        [
            "Kế hoạch phát triển du lịch của huyện.",
            "Chỉ tiêu chủ yếu đến năm 2030:",
            "- Lượt khách du lịch tăng bình quân trên 12%/năm.",
            "- Tỷ lệ cơ sở lưu trú đạt chuẩn đạt 60%.",
            "- Doanh thu du lịch không quá 900 tỷ đồng.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [
        (Decimal("12"), "floor"),
        (Decimal("60"), "exact"),
        (Decimal("900"), "ceiling"),
    ]


def test_a_bounded_age_is_a_group_not_a_figure_but_a_measured_age_is():
    (share,) = find_figures("Tỷ lệ người từ 60 tuổi trở lên có thẻ bảo hiểm y tế đạt 92%.")
    assert share.unit == "%"
    (share,) = find_figures("Phụ nữ dưới 35 tuổi được tập huấn chiếm 40%.")
    assert share.unit == "%"
    (life,) = find_figures("Duy trì tuổi thọ trung bình trên 74 tuổi.")
    assert (life.value, life.unit) == (Decimal("74"), "tuổi")


def test_a_floor_written_with_its_tone_slipped_is_a_floor(tmp_path):
    figures = _figures(
        tmp_path,
        ["Mục tiêu năm 2027:", "- Tỷ lệ hộ dùng nước sạch tối thiếu 85%."],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [(Decimal("85"), "floor")]


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
    # class: 'lượt' counts visits; who makes them ('khách', 'hành khách', 'người') is no part
    # of the unit: '2,1 triệu lượt khách' is in 'triệu lượt', as '350.000 lượt hành khách'
    assert _units(
        "Ngành du lịch đón khoảng 2,1 triệu lượt khách, tăng 9%; đường hàng không đạt "
        "350.000 lượt hành khách."
    ) == [(Decimal("2.1"), "triệu lượt"), (Decimal("9"), "%"), (Decimal("350000"), "lượt")]


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


def test_a_count_that_introduces_the_names_after_a_colon_is_not_a_figure():
    (f,) = find_figures(
        "Hoàn thành các tiêu chí của 4 xã: Yên Hòa, Tân Lập, Đồng Tâm, Phú Cường; hỗ trợ 12 hộ."
    )
    assert f.unit == "hộ"


def test_an_abbreviation_after_a_number_is_what_it_counts():
    units = [
        (f.value, f.unit)
        for f in find_figures(
            "Thành lập mới 45 HTX; kết nạp 312 ĐV mới; 27 CLB thể thao hoạt động."
        )
    ]
    assert units == [
        (Decimal("45"), "HTX"),
        (Decimal("312"), "ĐV"),
        (Decimal("27"), "CLB"),
    ]
    # an index is no thing counted, nor a number that names a document
    assert find_figures("Tỉnh đứng đầu khu vực với 68 PCI.") == []
    assert [f.unit for f in find_figures("Thực hiện Chỉ thị 15 CT về 30 dự án.")] == ["dự án"]


def test_a_classifier_and_its_noun_are_one_unit_and_labour_is_counted_in_days():
    (houses,) = find_figures("Hội vận động xây dựng 35 ngôi nhà tình nghĩa cho hội viên.")
    assert houses.unit == "ngôi nhà"
    (cows,) = find_figures("Trao tặng 120 con bò giống cho hộ nghèo.")
    assert cows.unit == "con bò"
    # an order is no classifier: '3 loại rừng' is how the forest is divided
    assert find_figures("Đất rừng chia thành 3 loại rừng theo quy định.") == []
    (work,) = find_figures("Đoàn viên đóng góp 2.340 ngày công lao động làm đường.")
    assert (work.value, work.unit) == (Decimal("2340"), "ngày công")
    (hours,) = find_figures("Huy động 860 giờ công dọn vệ sinh.")
    assert hours.unit == "giờ công"
    # a time is still no count
    assert find_figures("Sau 3 ngày mưa lũ, giao thông được khôi phục.") == []


def test_a_count_beyond_what_it_is_written_over_has_its_plan_there():
    (done,) = find_figures("Năm qua kết nạp 2.130/2.000 đoàn viên, vượt chỉ tiêu.")
    assert (done.value, done.plan, done.plan_kind) == (Decimal("2130"), Decimal("2000"), "exact")
    (part,) = find_figures("Có 18/25 xã đạt chuẩn nông thôn mới.")
    assert part.plan is None  # a part of a whole


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


def test_a_level_said_reached_after_a_striving_is_the_level_itself():
    level, area = find_figures(
        "Năm 2026, ngành phấn đấu năng suất lúa bình quân đạt 62 tạ/ha; diện tích cây ăn quả "
        "đạt 4.100 ha."
    )
    assert (level.plan_kind, area.plan_kind) == ("exact", "exact")
    # a striving that is itself to reach binds its list as floors, and a striving with no
    # 'đạt' before the figure stays a floor
    listed, share = find_figures(
        "Phấn đấu đạt tốc độ tăng trưởng bình quân 8%/năm; tỷ lệ hộ dùng điện lưới đạt 99%."
    )
    assert (listed.plan_kind, share.plan_kind) == ("floor", "floor")
    (plain,) = find_figures("Phấn đấu trồng mới 300 ha rừng.")
    assert plain.plan_kind == "floor"


def test_a_sentence_on_a_year_after_the_one_reported_plans_it(tmp_path):
    figures = _figures(
        tmp_path,
        [
            "Báo cáo tình hình kinh tế - xã hội của huyện",
            "Năm 2024, tổng thu ngân sách đạt 640 tỷ đồng, tăng 6% so với cùng kỳ.",
            "Tính đến năm 2024, toàn huyện có 14 xã đạt chuẩn nông thôn mới.",
            "Năm 2025, tổng thu ngân sách 700 tỷ đồng; thêm 3 xã đạt chuẩn nông thôn mới.",
            "Đến năm 2030, tỷ lệ đô thị hóa của huyện đạt 45%.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [
        (Decimal("640"), None),
        (Decimal("6"), None),
        (Decimal("14"), None),
        (Decimal("700"), "exact"),
        (Decimal("3"), "exact"),
        (Decimal("45"), "exact"),
    ]
    # a report naming a horizon ('đến năm 2030') reports on its own year still
    figures = _figures(
        tmp_path,
        [
            "Năm 2023, huyện đã trồng mới 320 ha rừng theo kế hoạch đến năm 2030.",
            "Năm 2025, huyện trồng mới 400 ha rừng.",
        ],
    )
    assert [f.plan_kind for f in figures] == [None, "exact"]


def test_a_level_to_guarantee_is_a_target_but_not_what_a_work_makes_possible():
    (share,) = find_figures("Bảo đảm 100% trường học có nhà vệ sinh đạt chuẩn.")
    assert share.plan_kind == "exact"
    (ship,) = find_figures("Nạo vét luồng bảo đảm cho tàu 30.000 DWT vào cảng.")
    assert ship.plan_kind is None
    (done,) = find_figures("Năm qua đã bảo đảm 100% học sinh có sách giáo khoa.")
    assert done.plan_kind is None


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


def test_a_plan_after_a_slash_named_as_such_is_no_per_unit():
    (done,) = find_figures("Kết nạp mới 215 đoàn viên/chỉ tiêu 200 đoàn viên.")
    assert (done.unit, done.plan) == ("đoàn viên", Decimal("200"))


def test_a_heading_on_a_year_after_the_one_reported_plans_what_is_under_it(tmp_path):
    doc = tmp_path / "bc.txt"
    doc.write_text(
        "BÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n"
        "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n"
        "Tổng thu ngân sách đạt 640 tỷ đồng, tăng 6% so với cùng kỳ năm 2023.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
        "1. Giải pháp\n"
        "Tập trung chỉ đạo trồng mới 400 ha rừng.\n",
        encoding="utf-8",
    )
    figures = draft(doc).deck.figures
    assert [(f.value, f.plan_kind) for f in figures] == [
        (Decimal("640"), None),
        (Decimal("6"), None),
        (Decimal("400"), "exact"),
    ]


def test_a_revenue_split_between_budgets_is_a_norm_not_a_target():
    first, rest = find_figures(
        "Phấn đấu thu 300 tỷ đồng tiền sử dụng đất; điều tiết 70% số thu về ngân sách huyện, "
        "số tiền còn lại (30%) để lại cho ngân sách xã.",
        target=True,
    )[1:]
    assert (first.value, first.plan_kind) == (Decimal("70"), None)
    assert (rest.value, rest.plan_kind) == (Decimal("30"), None)


def test_a_place_named_by_its_number_counts_nothing():
    figures = find_figures("Tổ 5 ấp 3 xã Tân Phú có 120 hộ; toàn xã có 12 thôn, 3 tổ hợp tác.")
    assert [(f.value, f.unit) for f in figures] == [
        (Decimal("120"), "hộ"),
        (Decimal("12"), "thôn"),
        (Decimal("3"), "tổ hợp tác"),
    ]


def test_a_million_ty_is_a_magnitude_of_money():
    invest, rise = find_figures(
        "Tổng vốn đầu tư toàn xã hội đạt khoảng 3,6 triệu tỷ đồng, tăng 7,5%."
    )
    assert (invest.value, invest.unit) == (Decimal("3.6"), "triệu tỷ đồng")


def test_a_compound_read_as_a_verb_right_after_a_number_is_what_it_counts():
    (bodies,) = find_figures("Toàn tỉnh có 1.250 tổ chức cơ sở đảng.")
    assert (bodies.value, bodies.unit) == (Decimal("1250"), "tổ chức")


def test_a_total_brought_up_by_what_was_counted_announces_no_targets(tmp_path):
    figures = _figures(
        tmp_path,
        [
            "Trong năm 2024, Đoàn kết nạp được 850 đoàn viên mới, đưa tổng số đoàn viên lên "
            "12.400 người.",
            "Đoàn phối hợp mở 35 lớp tập huấn cho 1.900 lượt đoàn viên.",
        ],
    )
    assert [f.plan_kind for f in figures] == [None, None, None, None]


# round 17 (issue 15, batch L): reports of results keep their results; kinds of plans


def test_a_heading_that_says_targets_were_met_heads_results(tmp_path):
    # class: a heading naming targets met or exceeded, or results set against them, is no
    # heading of targets
    assert heads_targets("II. Các chỉ tiêu chủ yếu năm 2031")
    assert not heads_targets("Hầu hết chỉ tiêu đều vượt kế hoạch")
    assert not heads_targets("2. Kết quả thực hiện các chỉ tiêu quý III")
    figures = _figures(
        tmp_path,
        [
            "BÁO CÁO SƠ KẾT CÔNG TÁC HỘI QUÝ III",
            "I. Nhiều chỉ tiêu đều đạt và vượt kế hoạch",
            "Trong quý III, các chi hội đã vận động 3.150 hội viên tham gia, xây mới 18 nhà "
            "nhân ái (tăng 20% so với cùng kỳ).",
        ],
    )
    assert [f.value for f in figures] == [Decimal("3150"), Decimal("18"), Decimal("20")]
    assert [f.plan_kind for f in figures] == [None, None, None]


def test_a_paragraph_of_results_ends_targets_announced_before_it(tmp_path):
    # class: a paragraph saying targets were met ('có 9/11 chỉ tiêu đạt và vượt') or setting a
    # result against its plan ('đạt 104% kế hoạch') reports; it lists no announced targets
    assert reports("Năm 2030, thị trấn có 9/11 chỉ tiêu đạt và vượt kế hoạch.")
    assert reports("Sản lượng 5.200 tấn, đạt 104% kế hoạch.")
    assert not reports("Sản lượng lương thực 5.500 tấn; thu nhập bình quân 52 triệu đồng.")
    results = _figures(
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
    # the same announcement followed by what it lists keeps them targets
    planned = _figures(
        tmp_path,
        [
            "Kỳ họp đã đánh giá kết quả năm 2030, thảo luận và quyết nghị các chỉ tiêu năm 2031 "
            "như sau:",
            "Sản lượng lương thực là 5.500 tấn; thu nhập bình quân 52 triệu đồng/người/năm.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in planned] == [
        (Decimal("5500"), "exact"),
        (Decimal("52"), "exact"),
    ]


def test_a_bound_opening_its_sentence_in_capitals_bounds_the_figure():
    # class: 'Trên', 'Dưới', 'Ít nhất', 'Không quá' opening a sentence bound as in lower case
    kinds = [
        f.plan_kind
        for f in find_figures(
            "Trên 65% số hợp tác xã có sản phẩm đạt chuẩn. Dưới 3% số hộ thiếu nước sạch. "
            "Ít nhất 12 xã đạt chuẩn nâng cao.",
            target=True,
        )
    ]
    assert kinds == ["floor", "ceiling", "floor"]


def test_a_bound_before_the_first_count_of_a_list_bounds_each_count():
    # class: 'ít nhất A x …, B x …' in one unit, nothing between but what each counts
    found = find_figures(
        "Thành lập mới ít nhất 40 doanh nghiệp xã hội, 25 doanh nghiệp nông nghiệp; có "
        "ít nhất 10 doanh nghiệp dẫn dắt chuỗi, trong đó 4 doanh nghiệp xuất khẩu trực tiếp.",
        target=True,
    )
    assert [(f.value, f.plan_kind) for f in found] == [
        (Decimal("40"), "floor"),
        (Decimal("25"), "floor"),
        (Decimal("10"), "floor"),
        (Decimal("4"), "exact"),  # a part of the count before it, not a next item
    ]


def test_a_range_after_a_bound_word_is_a_range():
    # class: 'trên A% - B%' states the range as the target, the bound said of both ends
    found = find_figures("Năng suất lao động tăng bình quân trên 6,5% - 7,5%/năm.", target=True)
    assert [(f.value, f.plan_kind) for f in found] == [((Decimal("6.5"), Decimal("7.5")), "range")]


def test_a_run_in_heading_naming_the_plan_of_a_year_announces_its_targets():
    # class: 'Kế hoạch năm N:' / 'Dự toán năm N:' opening a paragraph lists that year's targets
    assert announces_targets("Kế hoạch năm 2031: Sản lượng thủy sản tăng 9%; xuất khẩu tăng 7%.")
    assert announces_targets("Dự toán năm 2029: thu nội địa 4.100 tỷ đồng.")
    assert not announces_targets("Kế hoạch 45/KH-UBND: hỗ trợ 300 hộ.")
    assert not announces_targets("Kế hoạch năm 2030: đã thực hiện 300 hộ, đạt 80%.")


def test_a_paragraph_of_prose_without_figures_ends_a_list_of_targets(tmp_path):
    # class: announced targets go on through paragraphs that state figures or open a list; a
    # paragraph of prose with no figure ends them, and what follows it is no target
    assert lists_on("- Về xã hội:")
    assert lists_on("Thu nhập bình quân 60 triệu đồng/người/năm.")
    assert not lists_on("Bà Trưởng ban phát biểu, đề nghị các đơn vị nâng cao chất lượng.")
    figures = _figures(
        tmp_path,
        [
            "Năm 2032, Hội Nông dân đặt ra các chỉ tiêu: kết nạp 1.200 hội viên mới; "
            "xây dựng 15 mô hình kinh tế tập thể.",
            "Bà Trưởng ban phát biểu, đề nghị các cấp hội tiếp tục đổi mới nội dung sinh hoạt.",
            "Dịp này, 5 tập thể và 7 cá nhân được Bộ trưởng tặng bằng khen.",
        ],
    )
    assert [(f.value, f.plan_kind) for f in figures] == [
        (Decimal("1200"), "exact"),
        (Decimal("15"), "exact"),
        (Decimal("5"), None),
        (Decimal("7"), None),
    ]


def test_a_striving_for_a_level_lists_the_items_after_it_as_written():
    # class: 'phấn đấu <measure> đạt N' (the striving's own object a level, in its own clause)
    # lists its items as written; a striving to reach ('Phấn đấu đạt …') or for an act
    # ('phấn đấu xây mới …, nâng … đạt …') still floors what it lists
    def kinds(text):
        return [(f.value, f.plan_kind) for f in find_figures(text, target=True)]

    assert kinds(
        "Ngành Giáo dục đặt ra các chỉ tiêu: phấn đấu tỷ lệ huy động trẻ em đến lớp đạt 99%; "
        "có 40 trường đạt chuẩn quốc gia; 85% học sinh được học tiếng Anh."
    ) == [(Decimal("99"), "exact"), (Decimal("40"), "exact"), (Decimal("85"), "exact")]
    assert kinds(
        "Xã phấn đấu xây mới 12 km đường, nâng tỷ lệ đường cứng hóa đạt 90%; 85% hộ dùng nước sạch."
    ) == [(Decimal("12"), "floor"), (Decimal("90"), "exact"), (Decimal("85"), "floor")]
