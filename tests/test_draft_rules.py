"""General rules of the draft extractor found on held-out documents (see BASELINE.md)."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.figures import find_figures
from deckmaker.draft.quantities import list_unit

EVAL = Path(__file__).parent / "fixtures" / "draft-eval"


def test_a_list_of_bare_numbers_takes_the_unit_of_its_total():
    items = [
        "Tổng số thủ tục hành chính rà soát là 292.",
        "Kiến nghị giữ nguyên là: 67",
        "Kiến nghị bãi bỏ, thay thế: 25",
        "Các Bộ đã họp 3 lần trong tháng.",
    ]
    units = list_unit(items)
    assert units[:3] == [None, "thủ tục", "thủ tục"]
    found = [find_figures(t, list_unit=u) for t, u in zip(items, units, strict=True)]
    assert [(int(f.value), f.unit) for fs in found[:3] for f in fs] == [
        (292, "thủ tục"),
        (67, "thủ tục"),
        (25, "thủ tục"),
    ]
    assert found[1][0].label == "Kiến nghị giữ nguyên"
    # a bare number with no total before it is still not a figure
    assert find_figures("Kiến nghị giữ nguyên là: 67") == []


def test_a_bare_magnitude_in_a_sentence_about_money_is_in_dong():
    (start, end) = find_figures(
        "Nâng thu nhập bình quân của một lao động từ 7 triệu năm 2005 lên 14 triệu vào năm 2010."
    )
    assert (int(start.value), start.unit) == (7, "triệu đồng")
    assert (int(end.value), end.unit) == (14, "triệu đồng")
    assert any("triệu đồng" in r for r in end.review)


def test_run_in_headings_name_their_figure_whole():
    (f,) = find_figures(
        "a. 2. Vốn phân bổ từ nguồn thu sử dụng đất cho cấp huyện, xã quản lý: 199.140 triệu đồng"
    )
    assert f.label.startswith("Vốn phân bổ từ nguồn thu sử dụng đất")


def test_an_approved_plan_is_a_target_and_a_bare_total_is_named_by_its_heading():
    result = draft(EVAL / "haiduong-nq-dautu-2009.txt")
    figures = result.deck.figures
    assert figures and all(f.plan_kind == "exact" for f in figures)
    totals = [f for f in figures if f.label.endswith(": tổng số")]
    assert [t.label for t in totals] == ["Phương án phân bổ: tổng số"]


def test_a_percentage_change_is_named_with_its_verb_and_base():
    (f,) = find_figures("Phấn đấu giải ngân tăng 20-30% so với năm 2009.")
    assert f.label == "Giải ngân tăng so với năm 2009"
    (g,) = find_figures("Doanh thu dịch vụ giảm 1,2% so cùng kỳ.")
    assert g.label == "Doanh thu dịch vụ giảm so với cùng kỳ"
    # a label that would grow past a slide's length keeps its subject and verb, not the base
    (h,) = find_figures("Chỉ số sản xuất công nghiệp giảm 1,2% so cùng kỳ.")
    assert h.label == "Chỉ số sản xuất công nghiệp giảm"
    # ... or drops a head that says little ('Tỷ lệ', 'Tổng') to keep them both
    (i,) = find_figures("Tỷ lệ hộ nghèo toàn tỉnh giảm 1,2% so với năm trước.")
    assert i.label == "Hộ nghèo toàn tỉnh giảm so với năm trước"


def test_the_parts_of_a_count_share_its_subject():
    text = "Rà soát thu hồi 20 dự án (8 dự án trong nước và 12 dự án nước ngoài)."
    assert [f.label for f in find_figures(text)] == [
        "Số dự án rà soát thu hồi",
        "Số dự án rà soát thu hồi trong nước",
        "Số dự án rà soát thu hồi nước ngoài",
    ]


def test_a_count_named_again_in_its_clause_is_one_figure():
    again = (
        "Có 14 chiếc đang triển khai các thủ tục, nhất là đối với 14 chiếc đang triển khai thủ tục."
    )
    assert [int(f.value) for f in find_figures(again)] == [14]
    # the same number of a different thing is two figures
    two = "01 huyện đạt chuẩn nâng cao để đến năm 2025 có ít nhất 01 huyện đạt chuẩn kiểu mẫu."
    assert [int(f.value) for f in find_figures(two)] == [1, 1]
