"""Round 16 (issue 15): rules stated as classes of the genre's grammar, each checked on sentences
composed from that grammar rather than copied from the document that showed the class (batch K,
tests/fixtures/draft-eval/BASELINE.md); the documents themselves are scored in
tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft
from deckmaker.draft.figures import find_figures
from deckmaker.draft.targets import announces_targets


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
    assert plan.plan_kind == "range" and plan.label.endswith("Trung ương giao")
    rate, plan = find_figures("Tỷ lệ thu gom rác thải đạt 91% (tỉnh giao 90%).")
    assert (rate.plan, rate.plan_kind) == (Decimal("90"), "floor")


def test_a_number_run_into_the_word_or_comma_before_it_is_read():
    figures = find_figures("Kim ngạch xuất khẩu hàng dệt may12 triệu USD, tăng 3%.")
    assert [(f.value, f.unit) for f in figures][0] == (Decimal("12"), "triệu USD")
    figures = find_figures("Có 41 xã đạt chuẩn (NTM),12 xã đạt chuẩn nâng cao.")
    assert [(f.value, f.unit) for f in figures] == [(Decimal("41"), "xã"), (Decimal("12"), "xã")]
    # not a name written with a number in it
    assert find_figures("Phòng chống dịch Covid-19 và cúm H5N1 ở 12 xã.")[0].value == Decimal("12")
