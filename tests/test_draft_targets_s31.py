"""Targets of a plan as the press sums it up, and a list of tasks that goes on past an item with
no figure (issue 15, session 31; batch AN, now material). A sentence of a plan's voice that opens
bare on the striving ('Phấn đấu giảm …') or on what the aim is ('Mục tiêu là …') announces targets
in mid-paragraph: the sentences after it are the plan's too, where nothing reports; a share of its
plan with 'trở lên' after the plan's name ('đạt 100% chỉ tiêu trở lên') is a floor to reach; a
news headline's figure that its body states again as a target is that target, of its kind; a
list of tasks opened by a colon goes on past an item that states no figure. The sentences are
the documents' own (an-haugiang-kh-giamngheo-2021-2025, an-quangtri-bc-danso-2023,
an-tamphuoc-kh-ktxh-2022, wb-vpcp-tbkl-caotoc-2025)."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft
from deckmaker.draft.compose import KPI_TARGETS_TITLE

from .draft_cases import composed, found, read

D = Decimal

HAUGIANG = (
    "(CT) - UBND tỉnh Hậu Giang vừa ban hành kế hoạch thực hiện Chương trình mục tiêu quốc gia "
    "giảm nghèo bền vững trên địa bàn tỉnh giai đoạn 2021-2025. Tỉnh sẽ đầu tư hơn 240 tỉ đồng "
    "từ vốn đầu tư phát triển và vốn sự nghiệp để thực hiện mục tiêu giảm nghèo bền vững. Phấn "
    "đấu giảm tỷ lệ hộ nghèo trong toàn tỉnh bình quân từ 1%/năm, giảm tỷ lệ hộ nghèo dân tộc "
    "thiểu số trên 2%/năm. Hỗ trợ xây dựng, nhân rộng 150 mô hình, dự án giảm nghèo; 100% người "
    "lao động thuộc hộ nghèo, cận nghèo, mới thoát nghèo có nhu cầu được hỗ trợ kết nối, tư vấn, "
    "định hướng nghề nghiệp, hỗ trợ tìm việc làm; 100% người thuộc hộ nghèo, cận nghèo được hỗ "
    "trợ tham gia bảo hiểm y tế; 90% hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh..."
)


def test_the_sentences_after_a_bare_striving_go_on_with_the_targets():
    # (an-haugiang-kh-giamngheo-2021-2025: the plan's targets after 'Phấn đấu …', a sentence on)
    assert found(HAUGIANG, "value unit plan_kind")[-4:] == [
        (D(150), "mô hình, dự án", "exact"),  # a count of two nouns, both its unit (h42c)
        (D(100), "%", "exact"),
        (D(100), "%", "exact"),
        (D(90), "%", "exact"),
    ]


def test_the_sentences_after_the_aim_named_go_on_with_the_targets():
    # (an-quangtri-bc-danso-2023: what the conference set for 2024, after its review of 2023)
    text = (
        "Từ thực tế của công tác dân số và phát triển năm 2023, hội nghị tập trung thảo luận sâu "
        "về những tồn tại, hạn chế, từ đó định hướng công tác dân số và phát triển năm 2024. Mục "
        "tiêu là giảm tỷ suất sinh thô 0,2%. Giảm tỷ lệ sinh con thứ 3 trở lên 1% so với năm "
        "2023; Tổ chức phát động 30 thôn, khu phố không có người sinh con thứ 3 trở lên."
    )
    want = [(D("0.2"), "exact"), (D(1), "exact"), (D(30), "exact")]
    assert found(text, "value plan_kind") == want


def test_a_bare_striving_in_a_paragraph_that_reports_after_it_announces_nothing():
    # what the paragraph reports after the striving ('đã') is a result, and the sentences
    # between are read as they say, not as the plan's (the striving's own sentence still is)
    text = (
        "Năm 2024 tỉnh tiếp tục thực hiện chương trình. Phấn đấu giảm tỷ lệ hộ nghèo 1,5%. Hỗ "
        "trợ 50 mô hình sinh kế. Năm 2023 tỉnh đã hỗ trợ 40 mô hình sinh kế."
    )
    assert found(text, "value plan_kind") == [(D("1.5"), "floor"), (D(50), None), (D(40), None)]


def test_a_share_of_its_plan_and_more_is_a_floor():
    # (an-tamphuoc-kh-ktxh-2022, under 'CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022:')
    text = "- Tổng thu ngân sách trên địa bàn đạt 100% chỉ tiêu trở lên."
    assert found(text, "value unit plan_kind", target=True) == [(D(100), "%", "floor")]


def test_a_headline_figure_said_again_as_a_target_is_that_target(tmp_path):
    # (an-haugiang-kh-giamngheo-2021-2025: the headline's budget is the lead's 'sẽ đầu tư')
    figures = composed(
        tmp_path,
        [
            "02/07/2022 - 07:05",
            "Hậu Giang: Hơn 240 tỉ đồng thực hiện chương trình mục tiêu quốc gia giảm nghèo bền "
            "vững",
            HAUGIANG,
            "NGUYÊN ĐẠT (tổng hợp)",
        ],
    )
    assert read(figures, "value plan_kind")[:2] == [(D(240), "floor"), (D(240), "floor")]
    doc = tmp_path / "doc.txt"  # the cards of targets are titled as targets (the KPI slide
    sections = draft(doc).deck.sections  # reads the figure as the headline now says it)
    titles = [s.title for sec in sections for s in sec.slides if s.kpis]
    assert titles == [KPI_TARGETS_TITLE], titles


def test_a_headline_share_is_no_body_target_said_with_the_same_value(tmp_path):
    # (h40b's rule, as a reviewer found it: a headline's '100% xã đạt chuẩn' is no target
    # because the body sets '100% người lao động …' twice; the budget, said once, still is)
    figures = composed(
        tmp_path,
        [
            "02/07/2022 - 07:05",
            "Hậu Giang: Năm 2021 có 100% xã đạt chuẩn nông thôn mới, 240 tỉ đồng cho giảm nghèo",
            HAUGIANG,
            "NGUYÊN ĐẠT (tổng hợp)",
        ],
    )
    assert read(figures, "value unit plan_kind")[:2] == [
        (D(100), "%", None),
        (D(240), "tỷ đồng", "floor"),
    ]


def test_a_list_of_tasks_goes_on_past_an_item_with_no_figure(tmp_path):
    # (wb-vpcp-tbkl-caotoc-2025: the Deputy Prime Minister's tasks for each province)
    figures = composed(
        tmp_path,
        [
            "THÔNG BÁO",
            "Kết luận của Phó Thủ tướng về các dự án đường bộ cao tốc",
            "Đối với công tác giải phóng mặt bằng, di dời hạ tầng kỹ thuật, Phó Thủ tướng khẳng "
            "định đây là các công việc có khối lượng không còn nhiều, yêu cầu các địa phương khẩn "
            "trương, quyết liệt giải quyết dứt điểm các tồn tại trước ngày 10 tháng 6 năm 2025, cụ "
            "thể:",
            "- Tỉnh Tuyên Quang: Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật (đường điện, "
            "cáp viễn thông).",
            "- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí đường điện cao thế còn lại.",
            "- Tỉnh Lạng Sơn: Hoàn thành di dời 01 cột điện cao thế và vận động 10 hộ dân bàn giao "
            "mặt bằng cho nhà thầu thi công.",
        ],
    )
    assert read(figures, "value plan_kind") == [(D(1), "exact"), (D(1), "exact"), (D(10), "exact")]


def test_the_amount_due_is_no_duty_set():
    # (an-binhduong-bc-bhxh-2022: the arrears' share of what is due, a result; 'phải' of a
    # noun, 'số phải thu', sets no target, after the figure or before it)
    text = (
        "Cùng với đó, số thu đạt 22.919 tỉ đồng, đạt 90% kế hoạch; số nợ là 1.023 tỉ đồng, chiếm "
        "4,02% so với số phải thu."
    )
    assert found(text, "value plan_kind")[-1] == (D("4.02"), None)
    assert found("Năm 2025 tỉnh phải thu 500 tỷ đồng.", "plan_kind") == ["exact"]


def test_a_rate_assigned_is_the_quota_itself():
    # (ah-quangbinh-qd-bhyt-2025: the Prime Minister's yearly quotas of health-insurance cover)
    text = (
        "(ĐCSVN) - Cụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là "
        "91,75%, năm 2023 là 92,50%, năm 2024 là 93,75%, năm 2025 là 95,00%."
    )
    assert found(text, "plan_kind") == ["exact"] * 4
