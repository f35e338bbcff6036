"""Figures of the news reports of batch Z (tests/fixtures/draft-eval/za-*, material since session
19), each rule stated on a sentence those documents write."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft.figures import find_figures


def _counts(text: str) -> list[tuple[Decimal, str | None]]:
    return [(f.value, f.unit) for f in find_figures(text) if isinstance(f.value, Decimal)]


def test_a_list_of_counts_of_abbreviations_counts_each():
    # za-backan-bc-vhttdl-2024: medals by colour, each an abbreviation after its count; the
    # 'HCV' before '29' ends a list item (its comma), it does not number what follows as
    # 'Quyết định 12' or 'Quốc lộ 14' do
    text = (
        "Thành lập các đoàn VĐV tham dự 21 giải thể thao cấp quốc gia, trong đó có 5 giải quần "
        "chúng và 16 giải thể thao thành tích cao, giành được tổng cộng 89 huy chương các loại "
        "gồm 12 HCV, 29 HCB, 48 HCĐ."
    )
    assert _counts(text)[-3:] == [(12, "HCV"), (29, "HCB"), (48, "HCĐ")]
    text = (
        "Trong đó các VĐV thể thao thành tích cao của tỉnh giành được 37 huy chương, gồm 2 HCV, "
        "14 HCB, 21 HCĐ, có 3 VĐV được tập trung đội tuyển trẻ quốc gia."
    )
    assert _counts(text) == [
        (37, "huy chương"),
        (2, "HCV"),
        (14, "HCB"),
        (21, "HCĐ"),
        (3, "VĐV"),
    ]


def test_a_compound_noun_pyvi_tags_by_the_verb_after_it_is_counted():
    # za-hcm-bc-dauan-2024: 'nghị_quyết' before 'đảm_bảo' is tagged a conjunction; alone, a noun
    text = (
        "Năm 2024, với tinh thần tiến công, quyết tâm triển khai thực hiện hiệu quả Nghị quyết "
        "số 98 của Quốc hội, Hội đồng nhân dân Thành phố đã ban hành 46 nghị quyết đảm bảo cơ "
        "chế, chính sách đặc thù trên các lĩnh vực quản lý đầu tư, tài chính, đô thị, khoa học "
        "công nghệ và phân cấp, ủy quyền."
    )
    assert _counts(text) == [(46, "nghị quyết")]


def test_a_ring_roads_number_counts_nothing():
    # za-hcm-bc-dauan-2024: 'Vành đai 3' names the road, as 'Quốc lộ 14' does; the resolution's
    # numbers are no figures either
    text = (
        "Bộ Chính trị ban hành Nghị quyết số 31 về phương hướng, nhiệm vụ phát triển TPHCM đến "
        "năm 2030, tầm nhìn đến năm 2045; Quốc hội ban hành Nghị quyết số 57 về chủ trương đầu "
        "tư Dự án Đầu tư xây dựng đường Vành đai 3 TPHCM."
    )
    assert _counts(text) == []


def test_a_position_out_of_those_ranked_is_a_rank():
    # za-hcm-bc-dauan-2024: 'vị trí 54/146', 'vị trí 53/152 thành phố' are ranks (the 146 and
    # 152 the lists ranked), not 53 cities counted out of 152
    text = (
        "Chỉ số Dịch vụ Trực tuyến Địa phương (LOSI) của Thành phố đã tăng từ vị trí 54/146 lên "
        "vị trí 53/152 thành phố tiêu biểu của các quốc gia trên thế giới được khảo sát vào năm "
        "2023."
    )
    assert _counts(text) == [(54, "hạng"), (53, "hạng")]


def test_the_milestones_of_a_schedule_are_targets():
    # za-danang-bc-giaingan-2024: a report written in 2025 on 2024's disbursement, then the
    # schedule set for 2025; each milestone is a target, exact, or a floor where 'trên' bounds it
    text = (
        "Sở đã tham mưu UBND thành phố lên kế hoạch chi tiết cho việc giải ngân vốn đầu tư công "
        "năm 2025 theo các mốc tiến độ: đến ngày 30/4/2025 giải ngân đạt 10% kế hoạch; đến ngày "
        "30/6/2025 giải ngân đạt 30%; đến ngày 30/9/2025 giải ngân đạt 50%; đến ngày 31/12/2025 "
        "giải ngân đạt 80% và đến ngày 31/01/2026 giải ngân đạt trên 95% kế hoạch."
    )
    found = find_figures(text, "", False, None, 2025)
    assert [(f.value, f.plan_kind) for f in found] == [
        (10, "exact"),
        (30, "exact"),
        (50, "exact"),
        (80, "exact"),
        (95, "floor"),
    ]


def test_the_plan_a_result_nearly_reached_is_its_plan():
    # za-hcm-bc-dauan-2024: the bracket after the growth names the plan it came close to
    text = (
        "Với quyết tâm của cả hệ thống chính trị trong công tác chỉ đạo, điều hành, kinh tế Thành "
        "phố năm 2024 tiếp tục phục hồi, tăng trưởng quý sau cao hơn quý trước, tổng sản phẩm trên"
        " địa bàn GRDP năm 2024 ước tăng 7,17% so với năm 2023 (gần đạt Kế hoạch đề ra, tăng từ "
        "7,5 - 8%)."
    )
    result = find_figures(text, "", False, None, 2024)[0]
    assert (result.value, result.plan, result.plan_kind) == (
        Decimal("7.17"),
        (Decimal("7.5"), Decimal("8")),
        "range",
    )
