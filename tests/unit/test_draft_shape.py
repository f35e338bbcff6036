"""The drafted deck a presenter keeps: titles, lists and charts shaped from the document's own
structure (issue 15), on composed inputs."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from deckmaker.draft import draft
from deckmaker.draft.compose import compose
from deckmaker.draft.structure import parse

EVAL = Path(__file__).parents[1] / "fixtures" / "draft-eval"

LETTERHEAD = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN --------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "---------------",
    "Số: 12/NQ-HĐND",
    "Phú Yên, ngày 8 tháng 12 năm 2023",
    "NGHỊ QUYẾT",
    "VỀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2024",
]


def _deck(paragraphs: list[str]):
    return compose(parse(paragraphs))


def _slides(deck):
    return [sl for sec in deck.sections for sl in sec.slides]


def _texts(deck) -> list[str]:
    out = [deck.title, deck.subtitle, deck.organization]
    for sec in deck.sections:
        out.append(sec.title)
        for sl in sec.slides:
            out += [sl.title, *sl.bullets]
            if sl.chart:
                out.append(sl.chart.title)
    return out


def test_an_amount_spelled_out_stays_off_the_slides():
    deck = _deck(
        [
            *LETTERHEAD,
            "Điều 1. Dự toán thu ngân sách",
            "1. Tổng thu ngân sách: 3.790.000 triệu đồng (Bằng chữ: Ba nghìn bảy trăm chín "
            "mươi tỷ đồng)",
            "- Thu nội địa: 3.500.000 triệu đồng (bằng chữ ba nghìn năm trăm tỷ đồng);",
            "(Bằng chữ: Hai trăm chín mươi tỷ đồng)",
            "- Thu khác: 290.000 triệu đồng.",
        ]
    )
    texts = _texts(deck)
    assert not [t for t in texts if "bằng chữ" in t.lower()]
    assert any("{" in t for t in texts)  # the amounts are still there, as figures


def test_the_letterhead_rule_is_no_part_of_the_issuer():
    deck = _deck([*LETTERHEAD, "Điều 1. Giao dự toán", "Giao dự toán thu 100 tỷ đồng."])
    assert deck.organization == "Hội đồng nhân dân tỉnh Phú Yên"


def test_a_terms_roman_numeral_is_written_in_capitals():
    doc = parse(
        [
            "Nghị quyết về dự toán ngân sách nhà nước năm 2006",
            "Hội đồng nhân dân tỉnh tiền giang khóa vii - kỳ họp thứ 6",
            "Điều 1. Thống nhất dự toán",
            "Tổng thu 1.260 tỷ đồng.",
        ]
    )
    assert doc.organization == "Hội đồng nhân dân tỉnh Tiền Giang khóa VII - kỳ họp thứ 6"


BUDGET = [
    *LETTERHEAD,
    "Điều 1. Dự toán chi ngân sách địa phương",
    "II. Tổng chi ngân sách địa phương năm 2024 là 1.617,352 tỷ đồng, trong đó:",
    "1. Nguồn cân đối chi:",
    "1.1 - Chi từ nguồn cân đối ngân sách địa phương là 1.281,470 tỷ đồng.",
    "1.2 - Chi từ nguồn ngân sách Trung ương bổ sung là 335,882 tỷ đồng.",
    "2. Dự toán chi cụ thể như sau:",
    "2.1 - Chi dự phòng ngân sách: 37,420 tỷ đồng;",
    "2.2 - Bổ sung Quỹ dự trữ tài chính: 1,200 tỷ đồng;",
    "2.3 - Chi tạo nguồn làm lương: 99,624 tỷ đồng;",
    "2.4 - Chi chương trình mục tiêu: 52,103 tỷ đồng;",
    "Điều 2. Tổ chức thực hiện",
    "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
]


def test_one_item_sub_parts_are_one_list_slide_titled_by_their_part():
    slides = _slides(_deck(BUDGET))
    listed = [sl for sl in slides if sl.title.startswith("Dự toán chi cụ thể") and sl.bullets]
    assert len(listed) == 1, [sl.title for sl in slides]
    assert len(listed[0].bullets) == 4
    assert listed[0].bullets[1].startswith("Bổ sung Quỹ dự trữ tài chính: {")
    # no slide is left that only restates its own title
    for sl in slides:
        assert not (
            len(sl.bullets) == 1 and sl.bullets[0].startswith(sl.title.split(":")[0] + ":")
        ), sl
    # each sub-part's line is in the notes of the list slide
    assert "Chi chương trình mục tiêu: 52,103 tỷ đồng" in listed[0].notes


def test_titles_lose_a_trailing_lead_in_and_the_amount_the_bullet_says():
    deck = _deck(BUDGET)
    titles = [sec.title for sec in deck.sections] + [sl.title for sl in _slides(deck)]
    assert "Tổng chi ngân sách địa phương năm 2024" in titles
    for title in titles:
        assert not re.search(r"[;:,]$|\b(?:trong đó|gồm|như sau)$", title), title
    section = next(s for s in deck.sections if s.title.startswith("Tổng chi"))
    assert any("{" in b for sl in section.slides for b in sl.bullets)  # the amount, as a bullet


def test_a_bullet_is_never_only_an_item_number():
    deck = _deck(
        [
            *LETTERHEAD,
            "I. Những kết quả tích cực",
            "Nhiều lĩnh vực đạt kết quả cao hơn so với những năm trước, nổi bật như sau:",
            "1.1. Nhiệm vụ xây dựng pháp luật được chú trọng. Bộ đã được biểu dương.",
            "1.2. Công tác thi hành án có chuyển biến. Tỷ lệ thi hành án xong đạt 80%.",
        ]
    )
    bullets = [b for sl in _slides(deck) for b in sl.bullets]
    assert not [b for b in bullets if re.fullmatch(r"[\d.]+", b)], bullets
    assert "Nhiệm vụ xây dựng pháp luật được chú trọng" in bullets


def test_a_lead_in_opens_the_item_after_it():
    deck = _deck(
        [
            *LETTERHEAD,
            "I. Tổng thu ngân sách nhà nước",
            "Tổng thu ngân sách nhà nước trên địa bàn: 1.260,500 tỷ đồng.",
            "Bao gồm:",
            "- Thu nội địa: 1.256,000 tỷ đồng.",
            "- Thuế xuất nhập khẩu: 4,500 tỷ đồng.",
            "Trong đó:",
        ]
    )
    slide = _slides(deck)[0]
    assert not [b for b in slide.bullets if b.casefold() in ("bao gồm", "trong đó")]
    assert slide.bullets[1].startswith("Bao gồm thu nội địa: {")
    assert "Bao gồm:" in slide.notes and "Trong đó:" in slide.notes  # kept, in the notes


def test_a_long_list_is_shared_evenly_between_its_slides():
    items = [f"- Nhiệm vụ số {chr(0x41 + i)} được triển khai đúng tiến độ." for i in range(13)]
    deck = _deck([*LETTERHEAD, "I. Nhiệm vụ trọng tâm", *items])
    assert [len(sl.bullets) for sl in _slides(deck)] == [5, 4, 4]


def test_a_star_head_groups_the_numbered_items_under_it():
    doc = parse(
        [
            *LETTERHEAD,
            "III. Biện pháp chủ yếu:",
            "* Về thu ngân sách:",
            "1. Tăng cường tuyên truyền chính sách thuế;",
            "2. Chống thất thu ngân sách;",
            "* Về chi ngân sách:",
            "1. Thực hành tiết kiệm, chi đúng dự toán;",
        ]
    )
    (part,) = doc.headings
    assert [c.title for c in part.children] == ["Về thu ngân sách", "Về chi ngân sách"]
    assert [len(c.children) for c in part.children] == [2, 1]
    assert not [h.review for c in part.children for h in (c, *c.children) if h.review]
    bullets = [b for sl in _slides(compose(doc)) for b in sl.bullets]
    assert "Về thu ngân sách" not in bullets and "Về chi ngân sách" not in bullets


def _drafted(name: str, tmp_path: Path):
    text = (EVAL / f"{name}.txt").read_text(encoding="utf-8")
    body = tmp_path / f"{name}.txt"
    body.write_text("".join(ln for ln in text.splitlines(True) if not ln.startswith("#")))
    return draft(body, slides=None)


def test_a_chart_of_targets_says_its_unit_once_and_no_second_title(tmp_path):
    result = _drafted("tiengiang-nq-dutoan-2006", tmp_path)
    charts = [sl for sl in _slides(result.deck) if sl.chart]
    assert charts
    for sl in charts:
        assert not re.search(r"\([^()]*\(", sl.chart.title), sl.chart.title
        assert "mục tiêu" not in sl.chart.unit
        assert not re.search(r"\d", sl.chart.title), sl.chart.title  # no heading's amount
    outline = yaml.safe_load(result.outline_yaml)
    drawn = [s["chart"] for sec in outline["sections"] for s in sec["slides"] if "chart" in s]
    assert drawn and not [c for c in drawn if "title" in c]  # the slide's title says it


def test_a_headline_that_repeats_the_bodys_figures_titles_the_deck(tmp_path):
    result = _drafted("qh-158-2024-QH15", tmp_path)
    deck = result.deck
    assert deck.title.startswith("Quốc hội đặt mục tiêu tăng trưởng GDP năm 2025")
    assert deck.organization == ""  # a headline is no issuer
    assert deck.subtitle != deck.title


def test_the_first_section_is_not_titled_as_the_deck(tmp_path):
    result = _drafted("phutho-nq-ktxh-2020", tmp_path)
    titles = [s.title for s in result.deck.sections]
    assert result.deck.title not in titles
    assert not [t for t in titles if re.search(r"\(\d+\)$", t)]


def test_a_text_with_neither_title_nor_type_says_its_title_once(tmp_path):
    result = _drafted("kiengiang-hoinongdan-tongket-2022", tmp_path)
    assert result.deck.title == "Tài liệu tuyên truyền"
    assert result.deck.subtitle == ""
    assert "subtitle:" not in result.outline_yaml.split("sections:")[0]


def test_a_document_number_in_an_upper_case_title_keeps_its_capitals():
    doc = parse(
        [
            "UBND THÀNH PHỐ HÀ NỘI",
            "Số: 22/KH-UBND",
            "KẾ HOẠCH",
            "HỖ TRỢ HỘ NGHÈO SỬA CHỮA NHÀ Ở NGOÀI KẾ HOẠCH 77/KH-LT",
            "I. Mục đích",
            "Hỗ trợ 958 hộ nghèo.",
        ]
    )
    assert doc.title.endswith("ngoài kế hoạch 77/KH-LT")


def test_a_photos_caption_is_no_bullet():
    deck = _deck(
        [
            *LETTERHEAD,
            "I. Kết quả nửa nhiệm kỳ",
            "Các cấp hội đã hoàn thành 6/7 chỉ tiêu đăng ký.",
            "Quang cảnh Hội nghị",
            "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành. (Ảnh: Vương Hà)",
            "Thành lập 3 hợp tác xã do phụ nữ làm chủ.",
        ]
    )
    slide = _slides(deck)[-1]
    assert not [b for b in slide.bullets if "cảnh" in b or "Ảnh" in b], slide.bullets
    assert "Quang cảnh Hội nghị" in slide.notes


INVESTMENT = [
    *LETTERHEAD,
    "Điều 1. Thông qua kế hoạch đầu tư phát triển năm 2024 như sau:",
    "1. Tổng vốn đầu tư phát triển năm 2024: 776.880 triệu đồng",
    "1.1. Vốn cân đối ngân sách địa phương: 643.780 triệu đồng",
    "a. Vốn ngân sách xây dựng cơ bản tập trung: 343.780 triệu đồng",
    "b. Vốn từ nguồn thu sử dụng đất: 300.000 triệu đồng",
    "2. Nguyên tắc phân bổ vốn ngân sách tỉnh quản lý:",
    "b. 1. Nguồn vốn Trung ương hỗ trợ: Thực hiện theo hướng dẫn của các Bộ, ngành.",
    "b. 2. Vốn cân đối ngân sách địa phương do tỉnh quản lý:",
    "(1) Trả nợ gốc các khoản vay đến hạn phải trả.",
]


def test_one_item_parts_join_their_parts_own_slide():
    slides = _slides(_deck(INVESTMENT))
    own = [sl for sl in slides if sl.title.startswith("Vốn cân đối ngân sách địa phương")]
    own = [sl for sl in own if not sl.chart and "do tỉnh" not in sl.title]
    assert len(own) == 1, [sl.title for sl in slides]
    assert len(own[0].bullets) == 3  # its own amount, then its two parts


def test_a_lettered_sub_number_is_no_bullet():
    bullets = [b for sl in _slides(_deck(INVESTMENT)) for b in sl.bullets]
    assert not [b for b in bullets if re.fullmatch(r"\w[.)]?(?:\s*\d[.)]?)?", b)], bullets
    assert "Nguồn vốn Trung ương hỗ trợ: Thực hiện theo hướng dẫn của các Bộ, ngành" in bullets


CONCLUSION = [
    "Thông báo ý kiến kết luận của Phó Thủ tướng về kế hoạch 5 năm của Tổng công ty",
    "Phó Thủ tướng kết luận như sau:",
    "1. Về kế hoạch 5 năm 2006 - 2010:",
    "Tổng công ty cần lưu ý một số điểm sau:",
    "a) Giữ vững vai trò chủ lực: Tổng công ty phải tiếp tục giữ vai trò chủ lực của ngành "
    "trong vận tải biển.",
    "b) Phát triển đội tàu biển: Cần khẩn trương thực hiện 22 tàu còn lại trong chương "
    "trình 32 tàu đã được phê duyệt.",
    "Đồng thời cho phép chuyển đổi 4 tàu 6.500 DWT thành 4 tàu 12.500 DWT như đề nghị.",
    "c) Về cơ chế vốn đầu tư: Ngành hàng hải chiếm vị trí đặc biệt quan trọng trong chiến "
    "lược kinh tế biển.",
    "Tổng công ty cần chủ động đề xuất những cơ chế chính sách cần thiết.",
]


def test_a_lettered_item_with_a_run_in_head_is_a_part_titled_by_it():
    deck = _deck(CONCLUSION)
    titles = [sl.title for sl in _slides(deck)]
    assert "Phát triển đội tàu biển" in titles, titles
    assert "Về cơ chế vốn đầu tư" in titles
    bullets = [b for sl in _slides(deck) for b in sl.bullets]
    assert not [b for b in bullets if re.match(r"[A-Za-z]\) ", b)], bullets
    assert "Cần khẩn trương thực hiện {" in " ".join(bullets)


def test_a_proposed_chart_follows_the_part_that_names_its_bars():
    # (the part's own 22 / 32 / 4 / 4 tàu, of two sentences and a part of its whole, are no
    # chart since R21 #3: bars of one enumeration; one list of three tonnages is)
    at = CONCLUSION.index("Tổng công ty cần chủ động đề xuất những cơ chế chính sách cần thiết.")
    listed = "Sản lượng vận tải năm 2006 đạt: hàng khô 12 triệu tấn, hàng lỏng 8 triệu tấn, "
    listed += "hàng container 5 triệu tấn."
    slides = _slides(_deck([*CONCLUSION[: at - 2], listed, *CONCLUSION[at - 2 :]]))
    at = next(i for i, sl in enumerate(slides) if sl.chart)
    assert slides[at - 1].title == "Phát triển đội tàu biển", [sl.title for sl in slides]
    assert slides[at].chart.title.startswith("Phát triển đội tàu biển")


def test_a_short_opening_phrase_is_no_bullet_of_its_own():
    deck = _deck(
        [
            *LETTERHEAD,
            "I. Kết quả nửa nhiệm kỳ",
            "Nửa nhiệm kỳ qua, Ban Chấp hành Hội Nông dân từ huyện đến cơ sở đã quyết tâm chỉ "
            "đạo thực hiện Nghị quyết Đại hội Hội Nông dân huyện nhiệm kỳ 2018 - 2023 đạt được "
            "những kết quả đáng ghi nhận, cụ thể: Công tác tuyên truyền được 7.586 cuộc có "
            "99.974 lượt người dự.",
        ]
    )
    bullets = _slides(deck)[-1].bullets
    assert bullets[0].startswith("Nửa nhiệm kỳ qua, Ban Chấp hành Hội Nông dân"), bullets
    assert any("{" in b for b in bullets)


def test_a_bullet_is_never_cut_inside_brackets():
    deck = _deck(
        [
            *LETTERHEAD,
            "I. Kết quả quý I",
            "Quý I/2023, sản xuất nông nghiệp trên địa bàn huyện 889 tỷ đồng (đạt gần 29% so "
            "với kế hoạch, tăng hơn 4% so với cùng kỳ), sản xuất công nghiệp hơn 1.200 tỷ đồng "
            "(đạt gần 22% kế hoạch, tăng 12,4% so với cùng kỳ), doanh thu thương mại - dịch vụ "
            "hơn 2.200 tỷ đồng (đạt hơn 24,3% kế hoạch, tăng 8,96% so với cùng kỳ).",
        ]
    )
    bullets = [b for sl in _slides(deck) for b in sl.bullets]
    assert bullets
    for bullet in bullets:
        assert bullet.count("(") == bullet.count(")"), bullet


def test_a_number_inside_a_title_stays_in_it():
    deck = _deck(
        [
            *LETTERHEAD,
            "II. Nhiệm vụ",
            "a. Qui hoạch thành 5 vùng phát triển cao su như sau:",
            "- Vùng I: gồm 8 xã vùng thấp của huyện Sìn Hồ.",
            "- Vùng II: gồm 6 xã thuộc khu vực Nậm Na.",
        ]
    )
    titles = [sl.title for sl in _slides(deck)]
    assert "Qui hoạch thành 5 vùng phát triển cao su" in titles, titles


def test_the_decks_title_ends_with_no_full_stop():
    deck = _deck(
        [
            "Thông báo kết luận của Bộ trưởng tại hội nghị tổng kết công tác năm 2009.",
            "Ngày 11/01/2010 tại Hà Nội, Bộ đã tổ chức Hội nghị tổng kết công tác năm 2009.",
            "1. Về công tác xây dựng văn bản quy phạm pháp luật",
            "Triển khai mạnh mẽ Luật Giao thông đường bộ năm 2008.",
        ]
    )
    assert deck.title == "Thông báo kết luận của Bộ trưởng tại hội nghị tổng kết công tác năm 2009"
