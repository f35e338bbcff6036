"""The drafter's composition (review R12 of the drafted Hưng Yên deck): texts cut only at a
phrase boundary, charts of one kind of measure, no double item marks nor stray brackets."""

from __future__ import annotations

import re

import pytest

from deckmaker.draft import draft
from deckmaker.draft.compose import MAX_CHARS, shorten, split_heading

from .draft_cases import case

HEADING = (
    "Khẳng định kết quả đạt được trên lĩnh vực kinh tế - xã hội năm 2023 là sự nỗ lực của "
    "các cấp, các ngành, các địa phương; sự ủng hộ, tham gia tích cực của các tầng lớp Nhân dân"
)


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        case(
            "first-phrase-then-the-rest-of-its-clause",
            HEADING,
            "Khẳng định kết quả đạt được trên lĩnh vực kinh tế - xã hội năm 2023",
            "là sự nỗ lực của các cấp, các ngành, các địa phương",
        ),
        case(
            "whole-first-clause-then-the-next",
            "Phân tích thời cơ, thách thức, dự báo những yếu tố tác động đến nền kinh tế đất "
            "nước; làm sâu sắc các nhiệm vụ, giải pháp phát triển kinh tế - xã hội của tỉnh năm "
            "2024",
            "Phân tích thời cơ, thách thức, dự báo những yếu tố tác động đến nền kinh tế đất nước",
            "Làm sâu sắc các nhiệm vụ, giải pháp phát triển kinh tế - xã hội của tỉnh năm 2024",
        ),
        case(
            "before-a-word-that-opens-a-phrase",
            "Tiếp tục tuyên truyền các nghị quyết, chỉ thị, kết luận của Đảng, Nhà nước và của "
            "tỉnh về lĩnh vực kinh tế - xã hội",
            "Tiếp tục tuyên truyền các nghị quyết, chỉ thị, kết luận của Đảng, Nhà nước"
            " và của tỉnh",
            "về lĩnh vực kinh tế - xã hội",
        ),
        case("short-stays-whole", "Tổ chức thực hiện", "Tổ chức thực hiện", ""),
    ],
)
def test_a_long_section_heading_is_a_whole_title_and_subtitle(text, title, subtitle):
    assert split_heading(text)[:2] == (title, subtitle)


@pytest.mark.parametrize(
    ("text", "limit", "ends"),
    [
        # never inside 'kinh tế - xã hội', never after the dash of '2021 - 2030'
        case(
            "not-in-a-compound",
            "Sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp trong triển khai các nhiệm vụ "
            "phát triển kinh tế - xã hội ở bộ, ngành, địa phương",
            110,
            "phát triển kinh tế - xã hội",
        ),
        case(
            "not-after-a-dash",
            "Khẩn trương hoàn thiện, trình Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Hưng Yên "
            "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            110,
            "thời kỳ 2021 - 2030",
        ),
        case(
            "before-la",
            "Khẳng định kết quả đạt được trên lĩnh vực kinh tế - xã hội năm 2023 là sự nỗ lực "
            "của các cấp",
            80,
            "năm 2023",
        ),
    ],
)
def test_a_title_is_cut_at_a_phrase_boundary(text, limit, ends):
    title, cut = shorten(text, limit)
    assert cut and title.endswith(ends) and not title.endswith("…")


def _outline(tmp_path, text: str):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return draft(doc, slides=None).deck


TARGETS = """HƯỚNG DẪN
I. Mục tiêu năm 2024
1. Các chỉ tiêu chủ yếu
- Về kinh tế: (1) Tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 7,5-8%, phấn đấu trên 8%. \
(2) Chỉ số sản xuất công nghiệp tăng 8%. Giá trị sản xuất: công nghiệp và xây dựng tăng \
8,5-8,7% (trong đó công nghiệp tăng 8,5%; xây dựng tăng: 10%); thương mại, dịch vụ tăng 9%; \
nông nghiệp, thủy sản tăng 2%. (3) Cơ cấu kinh tế: công nghiệp, xây dựng 63% - thương mại, \
dịch vụ 30,5% - nông nghiệp, thủy sản 6,5%.
- Về xã hội: (10) Tỷ lệ trường học các cấp đạt chuẩn quốc gia 93,85%; tỷ lệ phòng học kiên \
cố 98,48%. (12) Tỷ lệ lao động qua đào tạo 70%; trong đó tỷ lệ lao động qua đào tạo có bằng \
cấp, chứng chỉ đạt 32%. (13) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2%. (15) Tỷ lệ hộ \
nghèo giảm còn 0,71%. (16) Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt 98%.
"""


def test_charts_hold_one_kind_of_measure_and_no_ceiling(tmp_path):
    deck = _outline(tmp_path, TARGETS)
    figures = {f.key: f for f in deck.figures}
    charts = [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]
    growth = next(c for c in charts if "% tăng" in c.title)
    # 'xây dựng tăng: 10%' is a growth rate by the word before it, whatever its label says
    assert {str(figures[k].value) for k in growth.figures} >= {"8", "10", "9", "2"}
    assert not {"32", "70", "93.85"} & {str(figures[k].value) for k in growth.figures}
    for chart in charts:
        values = [figures[k].value for k in chart.figures]
        # the 0,71% poverty-rate ceiling is on no bar beside 93-98% rates
        assert "0.71" not in map(str, values), chart.title
    # the economic structure: shares of one whole, in %, not bare numbers on a 0-60 axis
    shares = next(c for c in charts if c.series == "Cơ cấu kinh tế")
    assert shares.type == "donut" and shares.unit == "%" and "%" in shares.title


def test_bullets_have_no_item_marks_nor_stray_brackets_nor_a_bare_heading(tmp_path):
    deck = _outline(tmp_path, TARGETS)
    bullets = [b for sec in deck.sections for sl in sec.slides for b in sl.bullets]
    assert bullets
    assert not [b for b in bullets if re.match(r"\(\d+\)", b)]
    assert not [b for b in bullets if b.count("(") != b.count(")")]
    assert "Về kinh tế" not in bullets and "Về xã hội" not in bullets
    # no bullet cut after a dash or inside 'kinh tế - xã hội'
    assert not [b for b in bullets if re.search(r"(?:[-–]|xã)…$", b)]
    assert all(len(re.sub(r"\{\w+\}", "0%", b)) <= 2 * MAX_CHARS for b in bullets)


def test_sections_have_no_filler_subtitle_and_slides_continue_as_tiep(tmp_path):
    deck = _outline(tmp_path, TARGETS)
    assert not [s.subtitle for s in deck.sections if re.match(r"Mục [IVX]", s.subtitle)]
    assert all(s.cited.startswith("Mục I") for s in deck.sections)  # said in review remarks
    titles = [sl.title for sec in deck.sections for sl in sec.slides]
    assert not [t for t in titles if re.search(r"\(\d+\)$|\(tiếp\) \(", t)], titles
