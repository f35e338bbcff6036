"""Targets of documents never tuned on (issue 15, session 33, h43b; batch AQ, now material): the
list of main targets a resolution sets, as the press cites it. A lead that says a resolution
puts targets forward ('đã đưa ra 12 chỉ tiêu chủ yếu sau:') or that a verb of stating sets them
out and opens their list with its colon ('quy định các chỉ tiêu năm 2021:') announces targets:
the bullets after it are targets, each of the kind its words give ('khoảng X%' exact, 'trên X%'
floor, 'X-Y%' and 'giảm 1-1,5 điểm phần trăm' ranges). Results listed after a colon stay
results. Made-up text in the shapes batch AQ showed, never its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .draft_cases import composed, found, read

D = Decimal

BULLETS = [
    " • Tổng sản phẩm trong nước (GDP) tăng khoảng 6,5%;",
    " • GDP bình quân đầu người khoảng 4.100 USD;",
    " • Tỷ trọng đóng góp của TFP vào tăng trưởng khoảng 44-46%;",
    " • Tỷ lệ hộ nghèo giảm 1-1,5 điểm phần trăm;",
    " • Tỷ lệ dân cư đô thị được dùng nước sạch trên 92%.",
]
KINDS = [
    (D("6.5"), "exact"),
    (D(4100), "exact"),
    ((D(44), D(46)), "range"),
    ((D(1), D("1.5")), "range"),
    (D(92), "floor"),
]


def test_the_targets_a_resolution_puts_forward_are_targets(tmp_path: Path) -> None:
    # a legal-news page on a resolution: 'Điều 2 … đã đưa ra N chỉ tiêu chủ yếu sau:' then its
    # bullets, each a target of the kind its words give
    figures = composed(
        tmp_path,
        [
            "Những điểm đáng chú ý của kỳ họp thứ 10",
            "Đây là nội dung được đề cập tại Nghị quyết của Quốc hội về Kế hoạch phát triển kinh "
            "tế - xã hội năm 2022.",
            "Cụ thể, để thực hiện kế hoạch năm 2022, Điều 2 của Nghị quyết đã đưa ra 5 chỉ tiêu "
            "chủ yếu sau:",
            *BULLETS,
        ],
    )
    assert read(figures, "value plan_kind")[-5:] == KINDS


def test_the_targets_a_verb_of_stating_sets_out_before_a_colon_are_targets(
    tmp_path: Path,
) -> None:
    # 'Điều 2 của Nghị quyết quy định các chỉ tiêu năm 2022:', after a paragraph of results: the
    # list its colon opens is of targets, the results before it stay results
    figures = composed(
        tmp_path,
        [
            "Kết quả năm 2021 và nhiệm vụ năm 2022",
            "Năm 2021, tổng sản phẩm trong nước tăng 2,6%; thu ngân sách đạt 1.560 nghìn tỷ đồng.",
            "Điều 2 của Nghị quyết quy định các chỉ tiêu chủ yếu năm 2022:",
            *BULLETS,
        ],
    )
    assert read(figures, "value plan_kind") == [(D("2.6"), None), (D(1560), None), *KINDS]


def test_results_a_colon_lists_after_targets_met_stay_results(tmp_path: Path) -> None:
    # 'đã đạt được các chỉ tiêu sau:' reports: the figures after it are results
    figures = composed(
        tmp_path,
        [
            "Báo cáo kết quả năm 2021",
            "Năm 2021, huyện đã đạt được các chỉ tiêu chủ yếu sau:",
            " • Giá trị sản xuất tăng 6,5%;",
            " • Thu nhập bình quân đầu người 41 triệu đồng;",
        ],
    )
    assert read(figures, "plan_kind") == [None, None]


def test_the_levels_listed_after_a_striving_for_a_level_are_that_level(tmp_path: Path) -> None:
    # 'phấn đấu đến năm 2030, trung bình toàn tỉnh đạt A, B, C': a striving whose own object is a
    # level said reached lists its items as written, after a comma as after a ';' (not floors
    # from the striving: the first is exact, so are the ones listed after it)
    text = (
        "Cụ thể, phấn đấu đến năm 2030, trung bình toàn tỉnh đạt 30 giường bệnh/10.000 dân, 12 "
        "bác sĩ/10.000 dân, 3,5 dược sĩ/10.000 dân."
    )
    assert found(text, "value plan_kind") == [
        (D(30), "exact"),
        (D(12), "exact"),
        (D("3.5"), "exact"),
    ]
    # (a striving for an act lists its levels exactly too, since h44c, issue 15: sathay's gold
    # 'phấn đấu trồng mới 500 ha rừng' exact; were floors here)
    text = (
        "Huyện phấn đấu trồng mới 500 ha rừng, nâng tỷ lệ che phủ rừng đạt 62%, 40 ha cây ăn quả."
    )
    assert found(text, "value plan_kind") == [(D(500), "exact"), (D(62), "exact"), (D(40), "exact")]


def test_a_guarantee_that_opens_a_bracket_sets_a_target() -> None:
    # '… nhân rộng tại các cơ sở khác (đảm bảo 70% cơ sở … được triển khai)': the level to
    # guarantee, as 'đảm bảo 70% …' out of a bracket
    text = (
        "Thí điểm bệnh viện thông minh tại Bệnh viện Đa khoa tỉnh, sau đó nhân rộng tại các cơ "
        "sở y tế khác (đảm bảo 70% cơ sở khám chữa bệnh công lập được triển khai)."
    )
    assert found(text, "value plan_kind") == [(D(70), "exact")]


def test_a_plan_named_by_what_was_assigned_is_that_plan() -> None:
    # 'Trong đó, số kế hoạch vốn giao bổ sung … là N', 'Như vậy, tổng kế hoạch giao năm 2025 …
    # (…) là N': the plan as assigned, named as its subject with 'giao' and no 'được', a level
    # (exact), as '… được Thủ tướng Chính phủ giao là N' is
    text = (
        "Kế hoạch vốn năm 2025 được giao bổ sung là 5.200 tỷ đồng. Trong đó, số kế hoạch vốn "
        "giao bổ sung sau ngày 30/9/2025 là 1.250,5 tỷ đồng."
    )
    assert found(text, "value plan_kind") == [(D(5200), "exact"), (D("1250.5"), "exact")]
    text = (
        "Như vậy, tổng kế hoạch giao năm 2025 đến thời điểm báo cáo (kế hoạch Trung ương giao, "
        "kế hoạch tỉnh giao tăng) là 12.080,8 tỷ đồng."
    )
    assert found(text, "value plan_kind") == [(D("12080.8"), "exact")]
    # (what was done with it is a result: 'số vốn kế hoạch giao đã giải ngân là …')
    text = "Số kế hoạch vốn giao đã giải ngân là 800 tỷ đồng."
    assert found(text, "value plan_kind") == [(D(800), None)]


def test_the_milestones_of_a_schedule_named_run_in_are_targets() -> None:
    # 'Mốc triển khai: tháng 6 (10,5%), tháng 9 (14,9%), …': the milestones a deployment plan
    # sets, each a level to reach by its month; the sentence after it is read as it says
    text = (
        "Các doanh nghiệp dự kiến đến hết năm 2025 có 60.000 trạm. Mốc triển khai: tháng 6 "
        "(12,5%), tháng 9 (30%), tháng 12 (55%). Tỷ lệ dân số được phủ sóng: 26%."
    )
    assert found(text, "value plan_kind")[1:] == [
        (D("12.5"), "exact"),
        (D(30), "exact"),
        (D(55), "exact"),
        (D(26), None),
    ]


def test_a_target_from_a_level_on_is_a_floor() -> None:
    # 'tổng vốn đầu tư … giai đoạn 2026-2030 từ 10.000 tỷ đồng', 'nuôi và khai thác thủy sản từ
    # 30.000 tấn/năm': a target written from its level on, with no end, is the least (as 'đạt
    # từ …'; 'từ 28 hộ xuống còn 23 hộ' is where a change starts, read before)
    text = (
        "Đại hội đặt mục tiêu tổng thu ngân sách đến năm 2030 là 200 tỷ đồng; tổng vốn đầu tư "
        "toàn xã hội giai đoạn 2026-2030 từ 12.000 tỷ đồng; nuôi và khai thác thủy sản từ "
        "25.000 tấn/năm; giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ."
    )
    assert found(text, "value plan_kind") == [
        (D(200), "exact"),
        (D(12000), "floor"),
        (D(25000), "floor"),
        (D(28), None),
        (D(23), "exact"),
    ]


def test_a_least_named_run_in_bounds_the_values_its_clause_lists() -> None:
    # '+ Số phòng tối thiểu mỗi căn hộ: 4 phòng/căn hộ vào năm 2010 và 3 phòng/căn hộ vào năm
    # 2020' under a heading of targets: the least, said in the name before the colon, of each
    # value listed after it (without it, the levels as written)
    text = (
        "+ Số phòng tối thiểu mỗi căn hộ: 3 phòng/căn hộ vào năm 2025 và 4 phòng/căn hộ vào năm "
        "2030."
    )
    assert found(text, "value plan_kind", target=True) == [(D(3), "floor"), (D(4), "floor")]
    text = "+ Số phòng mỗi căn hộ: 3 phòng/căn hộ vào năm 2025 và 4 phòng/căn hộ vào năm 2030."
    assert found(text, "value plan_kind", target=True) == [(D(3), "exact"), (D(4), "exact")]


def test_giao_in_a_compound_names_no_assigned_plan() -> None:
    # h43r's review: 'giao' opening 'giao thông', 'giao dịch', 'bàn giao' is no plan assigned
    assert found("Kế hoạch vốn các dự án giao thông năm 2025 là 500 tỷ đồng.", "plan_kind") == [
        None
    ]
    assert found("Kế hoạch vốn bàn giao cho huyện là 50 tỷ đồng.", "plan_kind") == [None]
    assert found("Như vậy, tổng kế hoạch giao năm 2025 là 1.200 tỷ đồng.", "plan_kind") == ["exact"]


def test_the_level_a_rise_starts_from_is_no_floor() -> None:
    # h43r's review: 'tăng từ 8.000 tỷ đồng năm 2020 đến 12.000 tỷ đồng năm 2025': 8.000 is where
    # the rise starts (as before 'lên', 'xuống'), no target; a bare 'từ N' target stays a floor
    text = "Phấn đấu tổng vốn đầu tư tăng từ 8.000 tỷ đồng năm 2020 đến 12.000 tỷ đồng năm 2025."
    assert found(text, "value plan_kind", target=True)[0] == (D(8000), None)
    text = "Phấn đấu tổng vốn đầu tư từ 10.000 tỷ đồng đến năm 2025."
    assert found(text, "value plan_kind", target=True) == [(D(10000), "floor")]
