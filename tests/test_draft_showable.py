"""Drafted decks a presenter can show (issue 15, R19's grades of the drafted Cà Mau deck): each
rule stated on real sentences of documents of tests/fixtures/draft-eval/, built into a draft the
way ``deckmaker draft`` makes one."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft import draft

CAMAU = Path(__file__).parent / "fixtures" / "draft-eval" / "camau-kh-taichinh-2026.txt"


def _draft(tmp_path: Path, lines: list[str]):
    text = tmp_path / "doc.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return draft(text, slides=None).deck


def _slides(deck):
    return [sl for sec in deck.sections for sl in sec.slides]


# the opening of camau-kh-taichinh-2026 (its letterhead lost, its first line naming it)
PLAN_HEAD = [
    "# source: https://example.org/9b7eebadf7081069.md",
    "# title: Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Cà Mau: Kế hoạch tài chính "
    "- ngân sách nhà nước 03 năm 2026 - 2028 tỉnh Cà Mau",
    "KẾ HOẠCH",
    "",
    "TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ MAU",
    "",
    "Kính gửi: Hội đồng nhân dân tỉnh Cà Mau",
    "",
    "Trên cơ sở tình hình thực hiện kế hoạch kinh tế - xã hội, dự toán ngân sách nhà nước (NSNN) "
    "năm 2025 của địa phương, Ủy ban nhân dân tỉnh Cà Mau xây dựng kế hoạch tài chính - ngân "
    "sách nhà nước 03 năm 2026 - 2028 của địa phương với nội dung cụ thể như sau:",
    "",
    "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2025",
    "",
]


def test_a_plan_named_by_its_first_line_keeps_its_type_number_place_and_date(tmp_path):
    # R19 camau 1: 'Tài chính - ngân sách nhà nước …' without 'Kế hoạch', no number, no date
    deck = _draft(
        tmp_path,
        [
            *PLAN_HEAD,
            "1. Đánh giá tình hình phát triển kinh tế - xã hội của tỉnh Cà Mau năm 2025",
            "",
            "- Tốc độ tăng trưởng kinh tế của tỉnh năm 2025 ước đạt 8% so cùng kỳ (đạt mục tiêu "
            "Nghị quyết đề ra).",
        ],
    )
    assert deck.title == "Kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028 tỉnh Cà Mau"
    assert deck.subtitle == "Triển khai Kế hoạch số 0204/KH-UBND"
    assert (deck.place, deck.date) == ("Cà Mau", "2025-11-24")
    outline = draft(CAMAU, slides=None).outline_yaml
    # the cover's and the closing's date line: 'Cà Mau, tháng 11 năm 2025'
    assert "  place: Cà Mau\n  date: 2025-11-24\n" in outline


def test_a_line_naming_another_document_is_not_the_documents_number(tmp_path):
    lines = list(PLAN_HEAD)
    lines[1] = "# title: Nghị quyết số 12/NQ-HĐND ngày 08/12/2024 của HĐND tỉnh Cà Mau: dự toán"
    deck = _draft(tmp_path, [*lines, "1. Thu ngân sách", "", "- Thu nội địa 11.080 tỷ đồng."])
    assert deck.subtitle == ""  # no number of its own: no 'Triển khai Kế hoạch' stub
    assert deck.place == ""


def test_a_sections_first_slide_says_its_topic_not_a_generated_suffix(tmp_path):
    # R19 camau 4, R18 dongnai 11: 'X: nội dung chính' after the divider 'X'
    deck = draft(CAMAU, slides=None).deck
    first = deck.sections[0]
    assert first.title == "Đánh giá tình hình phát triển kinh tế - xã hội của tỉnh Cà Mau năm 2025"
    titles = [sl.title for sl in _slides(deck)]
    assert not [t for t in titles if "nội dung chính" in t]
    assert "Đánh giá tình hình phát triển kinh tế - xã hội" in titles


def test_rates_of_a_plan_all_met_are_one_sentence_not_a_chart(tmp_path):
    # R19 camau 15, 16: eleven bars of 100-105,1% '(so với kế hoạch)', two charts saying nothing
    deck = draft(CAMAU, slides=None).deck
    charts = [sl.chart for sl in _slides(deck) if sl.chart]
    assert not [c for c in charts if "kế hoạch" in c.title]
    said = [sl for sl in _slides(deck) if sl.title == "Kết quả thực hiện so với kế hoạch"]
    assert len(said) == 1 and len(said[0].bullets) == 1
    bullet = said[0].bullets[0]
    assert bullet.startswith("11 chỉ tiêu đạt và vượt kế hoạch, từ {")
    # the notes name each, without '(so với kế hoạch)' after every name
    assert "Giải quyết việc làm: 105,1%" in said[0].notes
    assert "(so với kế hoạch)" not in said[0].notes


def test_bars_against_plan_say_the_base_once_not_on_every_label(tmp_path):
    # the same measures with one of them far under its plan: a chart, its labels plain
    deck = _draft(
        tmp_path,
        [
            *PLAN_HEAD,
            "1. Đánh giá tình hình phát triển kinh tế - xã hội của tỉnh Cà Mau năm 2025",
            "",
            "- Sản lượng chế biến tôm và thủy sản ước đạt 368.000 tấn, đạt 100% kế hoạch, tăng "
            "11,75% so cùng kỳ.",
            "",
            "- Kim ngạch xuất khẩu ước cả năm đạt 2.600 triệu USD, đạt 80% kế hoạch, tăng 6,35% "
            "so cùng kỳ.",
            "",
            "- Tổng doanh thu du lịch ước đạt 8.585 tỷ đồng, đạt 120% kế hoạch, tăng 16,83% so "
            "cùng kỳ.",
        ],
    )
    charts = [sl.chart for sl in _slides(deck) if sl.chart and "%" in sl.chart.title]
    assert charts, [sl.title for sl in _slides(deck)]
    assert charts[0].categories
    assert not [c for c in charts[0].categories if "so với" in c]
