"""Lists of targets read as targets, and results named as such read as results (issue 15, session
28; batch AK, now material). A news text's headline that names targets ('Các chỉ tiêu chủ yếu …
đến năm 2025') sets the mood of the lists under it, as a document's title does; the rates a
resolution lists after announcing growth targets ('Quảng Ninh: 12%; Hải Dương: 10,2%; …') are
growths to make, floors; a list opened by naming results ('Thành tựu … năm 2020:') or a
paragraph that names its figures results ('… đạt nhiều kết quả nổi bật như, …') stays results
under a title or a paragraph of targets. The sentences are the documents' own
(ak-danang-chitieu-2025, ak-chinhphu-nq25-tangtruong-2025, ae-haihau-muctieu-2025,
ag-giongrieng-nq-daihoi-2030)."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft

from .draft_cases import composed, read
from .draft_eval import EVAL

D = Decimal

# thành phố Đà Nẵng's portal, 12-10-2020: a headline naming targets, a lead, then the lists
DA_NANG = [
    "Các chỉ tiêu chủ yếu phát triển Kinh tế - Xã hội đến năm 2025",
    "Đăng ngày 12-10-2020 08:22",
    "Theo chỉ tiêu đề ra, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) giai đoạn "
    "2021-2025 tăng 9-10%/năm. Đến cuối năm 2025, tỷ lệ lao động qua đào tạo đạt 75%.",
    "a) Về kinh tế",
    "- GRDP bình quân đầu người đạt 5.000-5.500 USD.",
    "- Cơ cấu kinh tế đến năm 2025: Dịch vụ 63-65%; công nghiệp - xây dựng 23-25%; nông nghiệp "
    "1-2%; thuế sản phẩm trừ trợ cấp sản phẩm 11-12%.",
    "- Tổng vốn đầu tư phát triển xã hội trên địa bàn tăng 9-10%/năm với tổng vốn đầu tư phát "
    "triển giai đoạn 2021-2025 ước đạt 260-270 nghìn tỷ đồng, trong đó vốn ngân sách nhà nước "
    "ước đạt 53-60 nghìn tỷ đồng, chiếm 20-22%.",
    "- Thu ngân sách trên địa bàn tăng bình quân 7-10%/năm.",
    "b) Về xã hội",
    "- Tỷ lệ tăng dân số bình quân 2,4%/năm, tỷ lệ tăng tự nhiên giữ mức 1,0-1,2%.",
]


def test_a_headline_that_names_targets_sets_the_mood_of_the_lists_under_it(tmp_path):
    figures = composed(tmp_path, DA_NANG)
    listed = [f for f in figures if f.value != D(75) and f.key]
    kinds = {(f.value, f.unit): f.plan_kind for f in listed}
    assert kinds[((D(5000), D(5500)), "USD")] == "range"
    assert kinds[((D(63), D(65)), "%")] == "range"
    assert kinds[((D(9), D(10)), "%/năm")] == "range"
    assert kinds[((D(7), D(10)), "%/năm")] == "range"
    assert kinds[((D("1.0"), D("1.2")), "%")] == "range"


def test_a_range_estimated_among_targets_is_a_target_range(tmp_path):
    # '… ước đạt 260-270 nghìn tỷ đồng': the range the plan foresees for its period, no result
    figures = composed(tmp_path, DA_NANG)
    kinds = {(f.value, f.unit): f.plan_kind for f in figures}
    assert kinds[((D(260), D(270)), "nghìn tỷ đồng")] == "range"
    assert kinds[((D(53), D(60)), "nghìn tỷ đồng")] == "range"
    assert kinds[((D(20), D(22)), "%")] == "range"


def test_a_list_of_targets_of_one_unit_is_charted_as_targets(tmp_path):
    # the portal's whole page (the evaluation set's text, its source lines dropped)
    text = (EVAL / "ak-danang-chitieu-2025.txt").read_text(encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("\n".join(li for li in text.splitlines() if not li.startswith("#")))
    result = draft(doc)
    charts = [s.chart for sec in result.deck.sections for s in sec.slides if s.chart]
    assert len(charts) == 1
    figures = {f.key: f for f in result.deck.figures}
    bars = [figures[k] for k in charts[0].figures]
    assert len(bars) >= 3
    assert all(f.plan_kind and f.plan is None for f in bars)  # targets only
    assert "mục tiêu" in charts[0].title.lower()  # and the title says so


# Nghị quyết 25/NQ-CP (February 2025) as a planning-lookup site summarised it
RESOLUTION = [
    "Chính phủ vừa ban hành Nghị quyết số 25/NQ-CP về mục tiêu tăng trưởng các ngành, lĩnh vực "
    "và địa phương bảo đảm mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên.",
    "Đáng chú ý, theo phụ lục Nghị quyết, nhiều địa phương được đặt mục tiêu tăng trưởng GRDP "
    "từ 10% trở lên.",
    "Cụ thể, vùng Đồng bằng sông Hồng: Quảng Ninh: 12%; Hải Dương: 10,2%; Hải Phòng: 12,5%. "
    "Vùng Trung du và Miền núi phía Bắc: Bắc Giang: 13,6%; Điện Biên: 10,5%. Tây Nguyên: Kon "
    "Tum: 10%.",
]


def test_the_rates_listed_after_growth_targets_are_announced_are_floors(tmp_path):
    figures = composed(tmp_path, RESOLUTION)
    listed = [f for f in figures if f.value in (D(12), D("10.2"), D("12.5"), D("13.6"))]
    assert read(listed, "value plan_kind") == [
        (D(12), "floor"),
        (D("10.2"), "floor"),
        (D("12.5"), "floor"),
        (D("13.6"), "floor"),
    ]


def test_levels_listed_after_targets_that_are_not_growths_stay_exact(tmp_path):
    # Phú Thọ's resolution on its 2020 plan (phutho-nq-ktxh-2020): levels, named, exact
    figures = composed(
        tmp_path,
        [
            "Kế hoạch phát triển kinh tế - xã hội năm 2020",
            "Các chỉ tiêu chủ yếu đề ra là: tổng sản phẩm trên địa bàn tỉnh bình quân đầu người "
            "đạt 47,32 triệu đồng; tỷ lệ che phủ rừng: 39,5%.",
        ],
    )
    assert read(figures, "value plan_kind") == [(D("47.32"), "exact"), (D("39.5"), "exact")]


# huyện Hải Hậu (Nam Định): targets under a headline of targets, then the results of 2020
HAI_HAU = """Mục tiêu phát triển kinh tế huyện Hải Hậu Nam Định 2020 – 2025

Mục tiêu phát triển kinh tế xã hội huyện Hải Hậu Nam Định giai đoạn 2020 – 2025:

 • Tổng giá trị sản xuất trên địa bàn tăng bình quân 13,2%/năm.
 • Giá trị sản xuất ngành công nghiệp, xây dựng Hải Hậu tăng bình quân 19,1%/năm.
Thành tựu kinh tế xã hội huyện Hải Hậu năm 2020:
 • Tổng sản phẩm GRDP (giá so sánh 2010) tăng bình quân 8,3%/năm
 • Thu nhập bình quân đầu người đạt 70 triệu đồng.
 • Giá trị sản xuất ngành công nghiệp – xây dựng (giá so sánh 2010) tăng bình quân 19,9%/năm.
"""


def test_a_list_opened_by_naming_results_stays_results_under_a_title_of_targets(tmp_path):
    figures = composed(tmp_path, HAI_HAU)
    assert read(figures, "value plan_kind") == [
        (D("13.2"), "floor"),
        (D("19.1"), "floor"),
        (D("8.3"), None),
        (D(70), None),
        (D("19.9"), None),
    ]


def test_a_paragraph_that_names_its_results_is_no_item_of_the_targets_before_it(tmp_path):
    # xã Giồng Riềng's congress (An Giang, 18/8/2025): the targets set, then the term's results
    figures = composed(
        tmp_path,
        [
            "Đại hội thông qua Nghị quyết nhiệm kỳ 2025-2030, đặt mục tiêu tổng thu ngân sách đến "
            "năm 2030 là hơn 180 tỷ đồng; tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 từ "
            "10.000 tỷ đồng.",
            "Thu nhập bình quân đầu người đạt trên 85 triệu đồng; tỷ lệ hộ nghèo theo chuẩn đa "
            "chiều dưới 0,5%.",
            "Nhiệm kỳ 2020-2025, xã Giồng Riềng đạt nhiều kết quả nổi bật như, sản lượng lương "
            "thực hằng năm đạt hơn 136.000 tấn, trên 95% diện tích lúa chất lượng cao; có 46 mô "
            "hình sản xuất hiệu quả, 9 sản phẩm OCOP (1 sản phẩm 4 sao).",
        ],
    )
    kinds = {(f.value, f.unit): f.plan_kind for f in figures}
    assert kinds[(D(85), "triệu đồng")] == "floor"  # still the targets' list
    assert kinds[(D("0.5"), "%")] == "ceiling"
    results = [f for f in figures if f.value in (D(136000), D(46), D(9))]
    assert read(results, "plan_kind") == [None, None, None]


def test_targets_said_to_be_missed_set_no_target(tmp_path):
    # the Government Office's conclusions after a working session with Sơn La (November 2025,
    # ra-sonla-tbkl-lamviec-2025): the two targets short of their mark, each with the national
    # average it is set against
    figures = composed(
        tmp_path,
        [
            "Tình hình kinh tế - xã hội 10 tháng đầu năm 2025 của tỉnh vẫn còn một số tồn tại, "
            "hạn chế, trong đó có 02 chỉ tiêu chưa đạt mục tiêu đề ra: (i) Tăng trưởng GRDP 09 "
            "tháng đầu năm đạt 6,26%, thấp hơn so với bình quân của cả nước (7,85%); (ii) Giải "
            "ngân vốn đầu tư công 09 tháng so với kế hoạch của Thủ tướng Chính phủ giao chỉ đạt "
            "41,97%, thấp hơn so với bình quân chung của cả nước (54,4%).",
        ],
    )
    averages = [f for f in figures if f.value in (D("7.85"), D("54.4"))]
    assert read(averages, "value plan_kind") == [(D("7.85"), None), (D("54.4"), None)]


def test_a_result_foreseen_against_its_plan_is_no_target(tmp_path):
    # Long An's customs office, December 2020 (ub-longan-bc-haiquan-2020), and the transport
    # ministry's 2018 review (v-bgtvt-tongket-2018): what will be collected or disbursed by the
    # year's end, each set against its plan, is a result foreseen
    figures = composed(
        tmp_path,
        [
            "Tính đến ngày 6/12/2020, số thu nộp ngân sách của Cục Hải quan Long An đạt trên "
            "3.143 tỷ đồng, đạt 78,58% so với chỉ tiêu được giao. Dự kiến đến hết tháng 12/2020, "
            "đơn vị sẽ thu 3.341 tỷ đồng, đạt 84% chỉ tiêu được giao.",
            "Trong đó, nguồn vốn NSNN và trái phiếu Chính phủ dự kiến giải ngân 23.785 tỷ đồng, "
            "đạt 90,3% kế hoạch.",
        ],
    )
    sums = [f for f in figures if f.value in (D(3341), D(23785))]
    assert read(sums, "value plan_kind") == [(D(3341), None), (D(23785), None)]


def test_a_sum_striven_for_against_its_plan_stays_a_target(tmp_path):
    # Hồ Chí Minh City's tax department, 2020 (qa-hcm-bc-thungansach-2020): the least it strives
    # to collect, set against the budget estimate
    figures = composed(
        tmp_path,
        [
            "Qua đó, phấn đấu đạt được số thu tối thiểu 254.000 tỷ đồng, đạt 87,34% dự toán và "
            "giảm 9,21% so với cùng kỳ 2019.",
        ],
    )
    assert read([f for f in figures if f.value == D(254000)], "plan_kind") == ["floor"]
