"""Drafted decks a presenter can show (issue 15, R19's grades of the drafted Cà Mau deck): each
rule stated on real sentences of documents of tests/fixtures/draft-eval/, built into a draft the
way ``deckmaker draft`` makes one."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.compose import SUB, SUBJECTLESS

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


def _section(tmp_path: Path, items: list[str]):
    deck = _draft(
        tmp_path,
        [
            *PLAN_HEAD,
            "1. Đánh giá tình hình phát triển kinh tế - xã hội của tỉnh Cà Mau năm 2025",
            "",
            *[line for item in items for line in (item, "")],
        ],
    )
    return [b for sl in _slides(deck) for b in sl.bullets]


def test_a_clause_without_subject_joins_its_subject_even_an_elided_one(tmp_path):
    # R19 camau 6: 'Đạt 100% kế hoạch, tăng 11,75% …' alone after '… như: Sản lượng chế biến tôm…'
    bullets = _section(
        tmp_path,
        [
            "- Sản xuất công nghiệp tiếp tục phục hồi và phát triển; một số sản phẩm công nghiệp "
            "chủ yếu ước đạt và vượt kế hoạch như: Sản lượng chế biến tôm và thủy sản ước đạt "
            "368.000 tấn, đạt 100% kế hoạch, tăng 11,75% so cùng kỳ; sản lượng điện sản xuất ước "
            "8.223 triệu kWh, đạt 100,12% kế hoạch, tăng 1,96% so cùng kỳ.",
        ],
    )
    assert not [b for b in bullets if SUBJECTLESS.match(b.lstrip())], bullets


def test_a_subjectless_clause_with_a_bracket_of_parts_keeps_both(tmp_path):
    # R19 camau 9 and 10: 'Tăng 11,8% so với cùng kỳ (trong đó, 131.000 lượt khách …)' and 'Với
    # tổng vốn đăng ký … (Trong đó: Có 29 dự án FDI …)' alone, the bracket's parts in the clause
    bullets = _section(
        tmp_path,
        [
            "- Công tác quản lý nhà nước về du lịch được tăng cường, đẩy mạnh, thu hút gần 8,1 "
            "triệu lượt khách, đạt 101,3% kế hoạch, tăng 11,8% so với cùng kỳ (trong đó, 131.000 "
            "lượt khách, đạt 100% kế hoạch, tăng 5,1% so cùng kỳ); tổng doanh thu du lịch ước đạt "
            "8.585 tỷ đồng, đạt 100% kế hoạch, tăng 16,83% so cùng kỳ.",
            "- Công tác thu hút đầu tư, cải thiện môi trường kinh doanh luôn được quan tâm thực "
            "hiện, đã thu hút 20 dự án đầu tư mới, với tổng số vốn đăng ký 7.285,7 tỷ đồng. Lũy kế "
            "đến nay có 681 dự án đầu tư đang hoạt động, với tổng vốn đăng ký 328.782,902 tỷ đồng "
            "(Trong đó: Có 29 dự án FDI, với tổng vốn đăng ký đầu tư 4,87 tỷ USD tương đương "
            "113.229 tỷ đồng).",
        ],
    )
    assert not [b for b in bullets if SUBJECTLESS.match(b.lstrip())], bullets
    subs = [b for b in bullets if b.startswith(SUB)]
    assert len(subs) == 2, bullets
    assert subs[0].startswith(SUB + "Trong đó: {") and "(" not in subs[0]
    assert subs[1].startswith(SUB + "Có {") and "FDI" in subs[1]
    parent = bullets[bullets.index(subs[1]) - 1]
    assert parent.startswith("Lũy kế đến nay có {") and "với tổng vốn đăng ký {" in parent


def test_trong_do_parts_are_sub_items_in_the_outline(tmp_path):
    # R19 camau 18, 22: 'Trong đó: / thu nội địa …' set at item level, 'Trong đó:' alone on a line
    text = tmp_path / "doc.txt"
    text.write_text(
        "\n".join(
            [
                *PLAN_HEAD,
                "2. Tình hình thực hiện dự toán ngân sách năm 2025",
                "",
                "Năm 2025, Hội đồng nhân dân tỉnh quyết nghị thông qua tổng thu ngân sách nhà nước "
                "10.367,700 tỷ đồng; trong đó: thu nội địa 10.052,700 tỷ đồng, thu từ hoạt động "
                "xuất nhập khẩu 315 tỷ đồng. Ước thực hiện cả năm là 11.580 tỷ đồng, vượt 11,69% "
                "so dự toán, tăng 10,48% so cùng kỳ (10.482 tỷ đồng); trong đó: thu nội địa 11.080 "
                "tỷ đồng, vượt 10,22% so dự toán, tăng 10,26% so cùng kỳ (10.049 tỷ đồng); thu từ "
                "hoạt động xuất, nhập khẩu 500 tỷ đồng, vượt 58,73% so dự toán, tăng 15,47% so "
                "cùng kỳ (433 tỷ đồng).",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    outline = draft(text, slides=None).outline_yaml
    assert "Trong đó" not in outline.split("notes:")[0].split("sections:")[1]
    assert (
        '          - text: "Năm 2025, Hội đồng nhân dân tỉnh quyết nghị thông qua tổng thu ngân '
        "sách nhà nước {"
    ) in outline
    assert '              - "Thu nội địa {' in outline
    assert '              - "Thu từ hoạt động xuất, nhập khẩu {' in outline


# camau-kh-taichinh-2026's 2.2: 'a)' parsed as a heading, 'b)', 'c)', 'd)' left inside it
SPENDING = [
    "2. Tình hình thực hiện dự toán ngân sách năm 2025",
    "",
    "2.2. Chi ngân sách địa phương (NSĐP)",
    "",
    "Tổng chi ngân sách địa phương năm 2025 được Hội đồng nhân dân tỉnh giao là 26.811,096 tỷ "
    "đồng.",
    "",
    "a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt "
    "97,97% kế hoạch; cụ thể:",
    "",
    "- Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt 100% kế hoạch.",
    "",
    "- Chi đầu tư từ nguồn thu tiền sử dụng đất 560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch.",
    "",
    "- Chi đầu tư từ nguồn vay của ngân sách địa phương 22,656 tỷ đồng/12,9 tỷ đồng, ước đạt "
    "175,63% kế hoạch.",
    "",
    "b) Chi thường xuyên: Uớc thực hiện cả năm là 15.942,496 tỷ đồng/14.635,050 tỷ đồng, đạt "
    "108,93% dự toán. Trong đó:",
    "",
    "- Chi sự nghiệp giáo dục, đào tạo và dạy nghề 5.627,152 tỷ đồng ước đạt 92,44% dự toán.",
    "",
    "- Chi sự nghiệp khoa học công nghệ 58,813 tỷ đồng, ước đạt 100% dự toán.",
    "",
    "c) Chi trả lãi các khoản do chính quyền địa phương vay: 11,4 tỷ đồng, đạt 100% dự toán.",
    "",
    "d) Chi thực hiện các chương trình mục tiêu, nhiệm vụ: Phấn đấu hoàn thành 100% nhiệm vụ "
    "chi ngân sách trung ương hỗ trợ.",
]


def test_lettered_items_are_titles_and_their_lines_say_what_the_title_does_not(tmp_path):
    # R19 camau 23, 24, 25: 'B) Chi thường xuyên …', 'C) …', 'D) …' as bullets under 'Chi đầu tư
    # phát triển', its chart holding 'Chi thường xuyên', education and science
    deck = _draft(tmp_path, [*PLAN_HEAD, *SPENDING])
    slides = {sl.title: sl for sl in _slides(deck)}
    assert "Chi thường xuyên" in slides
    assert "Chi trả lãi các khoản do chính quyền địa phương vay" in slides
    assert "Chi thực hiện các chương trình mục tiêu, nhiệm vụ" in slides
    bullets = [b for sl in _slides(deck) for b in sl.bullets]
    assert not [b for b in bullets if b[:3] in ("B) ", "C) ", "D) ", "b) ")], bullets
    investment = [b for t, sl in slides.items() if t.startswith("Chi đầu tư") for b in sl.bullets]
    assert not [b for b in investment if "thường xuyên" in b or "giáo dục" in b]
    for sl in _slides(deck):
        if sl.chart and sl.title.startswith("Chi đầu tư phát triển"):
            labels = [f.label for f in deck.figures if f.key in sl.chart.figures]
            assert not [x for x in labels if "thường xuyên" in x or "giáo dục" in x], labels
    # the run-in head is the title: the bullet says the rest, never the title again
    assert "{" in slides["Chi trả lãi các khoản do chính quyền địa phương vay"].bullets[0]
    assert slides["Chi thực hiện các chương trình mục tiêu, nhiệm vụ"].bullets == (
        slides["Chi thực hiện các chương trình mục tiêu, nhiệm vụ"].bullets[0],
    )
    assert (
        slides["Chi thực hiện các chương trình mục tiêu, nhiệm vụ"]
        .bullets[0]
        .startswith("Phấn đấu hoàn thành {")
    )
    assert slides["Chi đầu tư phát triển"].bullets[0].startswith("Ước thực hiện cả năm {")
    assert not slides["Chi đầu tư phát triển"].bullets[0].endswith("cụ thể")


def test_an_item_with_its_own_subject_is_never_under_the_lead_before_it():
    # R19 camau 9 and 12: tourism under 'Hoạt động xuất khẩu hàng hóa tăng khá', the schools'
    # standards under 'Hoạt động hỗ trợ, phát triển doanh nghiệp … (tiếp)'
    deck = draft(CAMAU, slides=None).deck
    by_title = {sl.title: sl for sl in _slides(deck)}
    export = by_title["Hoạt động xuất khẩu hàng hóa tăng khá"]
    assert not [b for b in export.bullets if "du lịch" in b or "khách" in b], export.bullets
    tourism = by_title["Công tác quản lý nhà nước về du lịch được tăng cường"]
    assert any("{luot_khach" in b for b in tourism.bullets)  # 'thu hút gần {…} (lượt khách)'
    firms = [sl for t, sl in by_title.items() if t.startswith("Hoạt động hỗ trợ")]
    assert not [b for sl in firms for b in sl.bullets if "trường" in b]
    schools = by_title[
        "Cơ sở vật chất, trang thiết bị phục vụ dạy học được đầu tư cơ bản đáp ứng yêu cầu đổi mới"
    ]
    assert [b for b in schools.bullets if "trường công lập" in b]
    assert not [b for b in schools.bullets if b.startswith("Cơ sở vật chất")]  # said as title


def test_a_lone_point_of_three_lines_is_a_statement(tmp_path):
    # R19 camau 5: one bullet of two lines in the top fifth, the rest of the slide empty
    from deckmaker.pipeline import load_inputs, plan

    from .test_design5 import _named, _room

    folder = tmp_path / "deck"
    folder.mkdir()
    (folder / "outline.yaml").write_text(
        "deck:\n  title: Kế hoạch tài chính\n  organization: Ủy ban nhân dân tỉnh Cà Mau\n"
        "  language: vi\nsections:\n  - title: Kinh tế\n"
        "    slides:\n"
        "      - title: Lĩnh vực nông, lâm, ngư nghiệp tiếp tục có sự đóng góp quan trọng\n"
        "        bullets:\n"
        "          - Sản lượng nuôi trồng và khai thác thủy sản tăng khá so cùng kỳ, 6 tháng "
        "đầu năm thu hoạch 574.341 tấn, đạt 45,2% kế hoạch, tăng 4,9% so cùng kỳ\n",
        encoding="utf-8",
    )
    for theme in ("default", "co-do", "tuong-phan"):
        inputs = load_inputs(folder / "outline.yaml", theme)
        [slide] = [s for s in plan(inputs) if s.kind == "bullets"]
        assert _named(slide, "Statement Rule") is not None, theme
        body = _named(slide, "Body")
        assert body.fill == inputs.theme.colors.surface
        assert body.box.h >= 0.5 * _room(slide, inputs.theme)
        assert all(p.size_pt >= inputs.theme.text_sizes.body for p in body.paras)


def test_where_the_text_was_copied_from_is_no_bullet():
    # xa-dakrlap-bc-6thang-2019 (a news text, no headings): 'Source…' was the overview's first
    deck = draft(CAMAU.parent / "xa-dakrlap-bc-6thang-2019.txt", slides=None).deck
    bullets = [b for sl in _slides(deck) for b in sl.bullets]
    assert bullets and not [b for b in bullets if b.lower().startswith(("source", "nguồn"))]
    assert "source: https://" in _slides(deck)[1].notes  # kept in the notes


def test_a_bar_keeps_the_head_of_its_noun_phrase(tmp_path):
    # R19 camau 26: the bar 'Đào tạo và dạy nghề 5.627,152' of 'Chi sự nghiệp giáo dục, đào tạo
    # và dạy nghề 5.627,152 tỷ đồng' says another thing than the source
    deck = _draft(
        tmp_path,
        [
            *PLAN_HEAD,
            "2. Tình hình thực hiện dự toán ngân sách năm 2025",
            "",
            "2.2. Chi ngân sách địa phương (NSĐP)",
            "",
            "b) Chi thường xuyên: Uớc thực hiện cả năm là 15.942,496 tỷ đồng/14.635,050 tỷ đồng, "
            "đạt 108,93% dự toán. Trong đó:",
            "",
            "- Chi sự nghiệp giáo dục, đào tạo và dạy nghề 5.627,152 tỷ đồng ước đạt 92,44% dự "
            "toán.",
            "",
            "- Chi sự nghiệp khoa học công nghệ 58,813 tỷ đồng, ước đạt 100% dự toán.",
            "",
            "- Chi sự nghiệp kinh tế: 73,952 tỷ đồng",
        ],
    )
    charts = [sl.chart for sl in _slides(deck) if sl.chart and sl.chart.type == "barh"]
    assert charts, [sl.title for sl in _slides(deck)]
    names = [*charts[0].categories] or [f.label for f in deck.figures if f.key in charts[0].figures]
    assert "Chi sự nghiệp giáo dục, đào tạo và dạy nghề" in names, names


def test_trong_do_after_a_sentence_left_out_is_not_a_part_of_the_bullet_before():
    # camau l.54: '… vẫn còn một số nguồn chưa đạt … Trong đó: Thuế bảo vệ môi trường ước đạt
    # 60% dự toán': its whole (the sources under plan) has no bullet; it is no part of the
    # sources over plan listed before it
    deck = draft(CAMAU, slides=None).deck
    bullets = [b for sl in _slides(deck) for b in sl.bullets]
    [env] = [b for b in bullets if "Thuế bảo vệ môi trường" in b]
    assert not env.startswith(SUB)
