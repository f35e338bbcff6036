"""The mood of each paragraph (deckmaker/draft/mood.py): targets set or results reported, decided
once from the document, the headings and the paragraphs before it; checked on composed text
(round 17, issue 15: batch N's A Lưới report showed the results set against their plans)."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft import draft
from deckmaker.draft.mood import Mood, Setting, moods
from deckmaker.draft.structure import Heading, Paragraph

_REPORT = Setting(title="", reported=2031, intro=(), directive=False)


def _heading(title: str, lines: list[str]) -> Heading:
    return Heading("roman", "I", "I", title, tuple(Paragraph(t) for t in lines), ())


def test_items_after_results_set_against_their_plans_are_each_over_its_plan():
    node = _heading(
        "Tình hình thực hiện năm 2031",
        [
            "Có 9/12 chỉ tiêu vượt kế hoạch, 3/12 chỉ tiêu chưa đạt so với kế hoạch, như sau:",
            "+ Giá trị sản xuất nông nghiệp 512/540 tỷ đồng;",
            "+ Số trường đạt chuẩn 7/9 trường.",
            "Các đoàn thể đã hoàn thành tốt nhiệm vụ.",
            "+ Số hộ nghèo 120/150 hộ.",
        ],
    )
    assert moods([node], _REPORT) == (
        Mood(target=False),
        Mood(target=False, against_plans=True),
        Mood(target=False, against_plans=True),
        Mood(target=False),  # a paragraph that reports ends the list
        Mood(target=False),
    )


def test_items_inside_the_opening_item_may_report_and_stay_over_their_plans():
    node = Heading(
        "roman",
        "I",
        "I",
        "Tình hình thực hiện năm 2031",
        (
            Paragraph("Có 4/6 chỉ tiêu đạt so với kế hoạch, cụ thể:", marker="-"),
            Paragraph("Thu ngân sách ước đạt 88,2/95 tỷ đồng;", marker="+", sub=True),
            Paragraph("Số hộ thoát nghèo đã đạt 61/70 hộ.", marker="+", sub=True),
            Paragraph("Công tác quốc phòng đã được bảo đảm.", marker="-"),
        ),
        (),
    )
    assert [m.against_plans for m in moods([node], _REPORT)] == [False, True, True, False]


def test_a_list_opened_by_results_alone_is_no_list_against_plans():
    node = _heading(
        "Kết quả năm 2031",
        ["Kết quả đạt được như sau:", "+ Số xã đạt chuẩn 14/17 xã."],
    )
    assert [m.against_plans for m in moods([node], _REPORT)] == [False, False]


def test_a_result_over_its_plan_is_drafted_with_the_plan_exact(tmp_path):
    doc = tmp_path / "doc.txt"
    lines = [
        "Báo cáo kết quả năm 2031",
        "I. KẾT QUẢ",
        "- Ước đến cuối năm có 5/8 chỉ tiêu đạt so với kế hoạch, 3/8 chỉ tiêu không đạt, cụ thể:",
        "+ Doanh thu du lịch 233,5/260 tỷ đồng;",
        "+ Tỷ lệ hộ dùng nước sạch 91,2/93%;",
        "+ Số thôn có nhà văn hóa 41/44 thôn.",
    ]
    doc.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    figures = draft(doc).deck.figures
    got = [(f.value, f.unit, f.plan, f.plan_kind) for f in figures if f.unit != "chỉ tiêu"]
    assert got == [
        (Decimal("233.5"), "tỷ đồng", Decimal("260"), "exact"),
        (Decimal("91.2"), "%", Decimal("93"), "exact"),
        (Decimal("41"), "thôn", Decimal("44"), "exact"),
    ]
