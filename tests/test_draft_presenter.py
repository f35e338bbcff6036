"""What a presenter fixes in a drafted deck of a document deckmaker has never seen (batch K of
the evaluation set: a resolution on the budget, two plans' targets, news reports), each rule
stated on composed lines that show it."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.structure import parse


def _draft(tmp_path: Path, lines: list[str]):
    text = tmp_path / "doc.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return draft(text, slides=None).deck


BUDGET = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ AN --------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
    "Số: 57/NQ-HĐND",
    "Phú An, ngày 16 tháng 12 năm 2016",
    "NGHỊ QUYẾT",
    "VỀ DỰ TOÁN NGÂN SÁCH NĂM 2017",
    "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ AN  KHÓA VII, KỲ HỌP THỨ 3",
    "Căn cứ Luật Ngân sách nhà nước năm 2015;",
    "QUYẾT NGHỊ:",
    "Điều 1. Thông qua dự toán ngân sách nhà nước năm 2017 như sau:",
    "1. Tổng thu ngân sách nhà nước trên địa bàn: 3.790.000 triệu đồng;",
    "2. Tổng thu ngân sách địa phương: 7.093.800 triệu đồng;",
    "3. Tổng chi ngân sách địa phương: 7.093.800 triệu đồng.",
    "Điều 2. Phân bổ ngân sách cấp tỉnh năm 2017 như sau:",
    "1. Tổng thu ngân sách cấp tỉnh năm 2017 là 6.131.420 triệu đồng;",
    "2. Tổng chi ngân sách cấp tỉnh năm 2017 là: 6.131.420 triệu đồng.",
    "Trong đó:",
    "2.1. Chi trong cân đối ngân sách: 3.100.000 triệu đồng, gồm:",
    "a) Chi đầu tư phát triển: 1.200.000 triệu đồng;",
    "b) Chi thường xuyên: 1.501.000 triệu đồng;",
    "c) Dự phòng ngân sách: 100.000 triệu đồng;",
    "d) Bổ sung quỹ dự trữ tài chính: 1.000 triệu đồng;",
    "đ) Chi tạo nguồn cải cách tiền lương: 98.000 triệu đồng;",
    "e) Chi trả nợ vay: 50.000 triệu đồng;",
    "g) Các khoản chi chưa phân bổ: 150.000 triệu đồng, gồm:",
    "- Chi đầu tư chưa phân bổ: 100.000 triệu đồng;",
    "- Chi thường xuyên chưa phân bổ: 50.000 triệu đồng.",
    "2.2. Chi từ nguồn thu để lại quản lý qua ngân sách: 59.400 triệu đồng.",
    "Điều 3. Thông qua các giải pháp thực hiện dự toán ngân sách địa phương của Ủy ban nhân dân"
    " tỉnh trình Hội đồng nhân dân tỉnh; các giải pháp tại Báo cáo thẩm tra của Ban Kinh tế -"
    " Ngân sách và nhấn mạnh một số vấn đề cơ bản sau đây:",
    "1. Ủy ban nhân dân tỉnh chỉ đạo các ngành theo dõi sát diễn biến giá cả thị trường.",
    "2. Tăng cường công tác thu ngân sách, bố trí chi chặt chẽ, tiết kiệm.",
    "Điều 4. Tổ chức thực hiện",
    "Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 15/12/2016.",
    "CHỦ TỊCH     Huỳnh Tấn Việt",
]


def test_the_issuer_repeated_with_its_session_is_no_part_of_the_title():
    doc = parse(BUDGET)
    assert doc.title == "Nghị quyết về dự toán ngân sách năm 2017"
    assert doc.organization == "Hội đồng nhân dân tỉnh Phú An"


def test_the_signers_line_ends_the_document():
    doc = parse(BUDGET)
    last = doc.headings[-1]
    assert last.title == "Điều 4. Tổ chức thực hiện"
    assert not any("Huỳnh Tấn Việt" in p.text for p in last.paragraphs)
    assert last.paragraphs[-1].text.startswith("Nghị quyết này đã được")
    # a sentence about the chairman is content
    kept = parse(["I. Chỉ đạo", "Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo các ngành.", "II. Khác"])
    assert kept.headings[0].paragraphs[0].text.startswith("Chủ tịch")


def test_a_news_texts_byline_and_agency_are_dropped():
    doc = parse(
        [
            "(HBĐT) - Sáng 13/1, Bộ tổ chức hội nghị tổng kết công tác năm 2022.",
            "Năm 2022, tỷ lệ che phủ rừng đạt 42,02%.",
            "Bài và ảnh: NGUYỄN VĂN SƠN",
        ]
    )
    assert doc.intro == (
        "Sáng 13/1, Bộ tổ chức hội nghị tổng kết công tác năm 2022.",
        "Năm 2022, tỷ lệ che phủ rừng đạt 42,02%.",
    )


def test_a_numbered_item_that_numbers_the_next_sibling_ends_the_part_before_it():
    article = parse(BUDGET).headings[1]
    # '2. Tổng chi … 6.131.420 triệu đồng.' reads as prose but follows the heading '1.'
    assert [h.number for h in article.children] == ["1", "2"]
    spending = article.children[1]
    # '2.2.' is the sibling of '2.1.', not an item of its last letter 'g)'
    assert [h.number for h in spending.children] == ["2.1", "2.2"]
    letters = spending.children[0].children
    assert [h.number for h in letters] == ["a", "b", "c", "d", "đ", "e", "g"]
    assert not any("59.400" in p.text for p in letters[-1].paragraphs)
    # a, b, c, d, đ, e, g is the Vietnamese alphabet: no jump to review
    assert not any(h.review for h in letters)


def test_an_articles_long_title_that_opens_its_items_is_its_title():
    article = parse(BUDGET).headings[2]
    assert article.title.startswith("Điều 3. Thông qua các giải pháp thực hiện dự toán")
    assert [p.marker for p in article.paragraphs] == ["1", "2"]  # its items, prose
    # still prose: 'Điều 2. Giao Ủy ban … thực hiện Nghị quyết này.' is titled by its number
    assert parse(["Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện."]).headings[0].title == (
        "Điều 2"
    )


def test_an_articles_clauses_are_slides_of_its_section(tmp_path):
    deck = _draft(tmp_path, BUDGET)
    titles = [s.title for s in deck.sections]
    assert titles[1] == "Điều 2. Phân bổ ngân sách cấp tỉnh năm 2017"
    assert [s.subtitle for s in deck.sections] == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]
    # the long title cut before 'của …', a whole phrase
    assert titles[2] == "Điều 3. Thông qua các giải pháp thực hiện dự toán ngân sách địa phương"


def test_sub_headings_stating_the_parts_of_a_whole_are_charted(tmp_path):
    deck = _draft(tmp_path, BUDGET)
    figures = {f.key: f for f in deck.figures}
    charts = [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]
    parts = next(c for c in charts if c.title.startswith("Chi trong cân đối ngân sách"))
    # a) … g): seven bars that add up to the 3.100.000 of '2.1.', not its sub-items nor 2.2
    values = [figures[k].value for k in parts.figures]
    assert len(values) == 7 and sum(values) == 3100000
    # three totals side by side ('Điều 1') are no parts of one whole: no chart, KPI cards
    assert not any(c.title.startswith("Điều 1") for c in charts)


def test_kpi_cards_may_show_totals_in_one_unit(tmp_path):
    deck = _draft(tmp_path, BUDGET)
    figures = {f.key: f for f in deck.figures}
    (cards,) = [sl.kpis for sec in deck.sections for sl in sec.slides if sl.kpis]
    assert [figures[k].label for k in cards] == [
        "Tổng thu ngân sách nhà nước",
        "Tổng thu ngân sách địa phương",
        "Tổng chi ngân sách địa phương",
    ]


def test_kpi_cards_do_not_mix_results_and_next_years_targets(tmp_path):
    deck = _draft(
        tmp_path,
        [
            "Năm 2021, toàn tỉnh có 07 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn 3,2%;"
            " thu ngân sách đạt 1.200 tỷ đồng.",
            "Năm 2022, ngành phấn đấu trồng rừng tập trung đạt 3.700 ha; ổn định tỷ lệ che phủ"
            " rừng từ 46% trở lên.",
        ],
    )
    figures = {f.key: f for f in deck.figures}
    (cards,) = [sl.kpis for sec in deck.sections for sl in sec.slides if sl.kpis]
    assert [str(figures[k].value) for k in cards] == ["7", "3.2", "1200"]


def test_parallel_lead_in_lines_head_the_documents_parts(tmp_path):
    lines = [
        "Nhằm cụ thể hóa các mục tiêu của Chiến lược quốc gia phát triển kinh tế số.",
        "Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:",
        "- Tỷ trọng kinh tế số đạt 20% GRDP.",
        "- Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.",
        "Mục tiêu cơ bản phát triển xã hội số đến năm 2025:",
        "- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%.",
        "- Tỷ lệ người dân được đào tạo kỹ năng số cơ bản đạt 70%.",
    ]
    deck = _draft(tmp_path, lines)
    assert [(s.title, s.subtitle) for s in deck.sections] == [
        ("Mục tiêu cơ bản phát triển kinh tế số đến năm 2025", ""),
        ("Mục tiêu cơ bản phát triển xã hội số đến năm 2025", ""),
    ]
    # one such line alone, or one that only says the items follow, stays text
    assert not parse(lines[:4]).headings
    said = ["Kết quả cụ thể như sau:", "- Trồng 20 ha.", "- Nuôi 30 con."]
    assert not parse(
        said + ["Nhiệm vụ năm tới như sau:", "- Trồng 25 ha.", "- Nuôi 35 con."]
    ).headings


def test_a_documents_only_chart_has_no_change_nor_one_indicator_twice(tmp_path):
    deck = _draft(
        tmp_path,
        [
            "Năm 2021, tỷ lệ che phủ rừng đạt 46,5%; tỷ lệ người dân nông thôn được sử dụng"
            " nước hợp vệ sinh đạt 95%. Đến nay số xã đạt từ 10 tiêu chí trở lên là 37 xã,"
            " tăng 25 xã so năm 2013; 12 xã đạt chuẩn nông thôn mới.",
            "Năm 2022, phấn đấu ổn định tỷ lệ che phủ rừng 46%; 6 xã hoàn thành tiêu chí nông"
            " thôn mới.",
        ],
    )
    figures = {f.key: f for f in deck.figures}
    charted = [
        figures[k]
        for sec in deck.sections
        for sl in sec.slides
        if sl.chart
        for k in sl.chart.figures
    ]
    assert not any(f.value == 25 for f in charted)  # 'tăng 25 xã so năm 2013': a change
    cover = [f for f in charted if "che phủ" in f.label.lower()]
    assert len(cover) <= 1  # done in 2021 and to keep in 2022: one indicator, one bar at most


def test_a_subtotal_is_no_bar_beside_the_items_of_its_own_inner_list(tmp_path):
    deck = _draft(
        tmp_path,
        [
            "I. Các khoản chi chưa phân bổ",
            "- Chi đầu tư chưa phân bổ: 700 triệu đồng, bao gồm:",
            "+ Chi đầu tư từ vốn xây dựng cơ bản tập trung: 100 triệu đồng;",
            "+ Chi đầu tư từ vốn trung ương hỗ trợ có mục tiêu: 300 triệu đồng;",
            "+ Chi đầu tư từ vốn vay ngân hàng phát triển: 250 triệu đồng;",
            "- Chi thường xuyên chưa phân bổ: 258 triệu đồng.",
        ],
    )
    figures = {f.key: f for f in deck.figures}
    (chart,) = [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]
    # 700 is not 100 + 300 + 250 (a part not written, say): still no bar beside its parts
    assert [str(figures[k].value) for k in chart.figures] == ["100", "300", "250"]


def test_kpi_cards_of_targets_alone_are_titled_as_targets(tmp_path):
    deck = _draft(
        tmp_path,
        [
            "Năm 2021, toàn tỉnh có 07 xã đạt chuẩn nông thôn mới.",
            "Năm 2022, ngành phấn đấu trồng rừng tập trung đạt 3.700 ha; ổn định tỷ lệ che phủ"
            " rừng từ 46% trở lên.",
        ],
    )
    (slide,) = [sl for sec in deck.sections for sl in sec.slides if sl.kpis]
    assert slide.title == "Những mục tiêu chủ yếu"


def test_indicators_given_as_result_and_as_target_are_charted_side_by_side(tmp_path):
    deck = _draft(
        tmp_path,
        [
            "Năm 2021, tỷ lệ che phủ rừng đạt 46,5%; tỷ lệ người dân nông thôn được sử dụng"
            " nước sinh hoạt hợp vệ sinh đạt 95%.",
            "Năm 2022, ngành phấn đấu nâng tỷ lệ người dân nông thôn được sử dụng nước sinh hoạt"
            " hợp vệ sinh đạt 95,5%; ổn định tỷ lệ che phủ rừng từ 46% trở lên.",
        ],
    )
    figures = {f.key: f for f in deck.figures}
    (chart,) = [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]
    # one result has its year, one not: no year names the series
    assert chart.type == "bar" and chart.series == "Kết quả"
    ((aim, targets),) = chart.more
    assert aim == "Mục tiêu"
    results = [str(figures[k].value) for k in chart.figures]
    assert list(zip(results, (str(figures[k].value) for k in targets), strict=True)) == [
        ("46.5", "46"),
        ("95", "95.5"),
    ]
    text = (tmp_path / "out").joinpath
    draft(tmp_path / "doc.txt", slides=None).write(tmp_path / "out")
    outline = text("outline.yaml").read_text(encoding="utf-8")
    assert '- name: "Mục tiêu"' in outline


def test_the_slides_of_an_article_with_a_long_title_are_titled_by_its_number(tmp_path):
    deck = _draft(tmp_path, BUDGET)
    third = deck.sections[2]
    assert third.title.startswith("Điều 3. Thông qua các giải pháp")  # on its divider
    assert [sl.title for sl in third.slides] == ["Điều 3: nội dung chính"]
    # a short title is said again: 'Điều 4. Tổ chức thực hiện: nội dung chính'
    assert deck.sections[3].slides[0].title == "Điều 4. Tổ chức thực hiện: nội dung chính"


def test_what_a_part_says_before_its_first_section_is_kept(tmp_path):
    # 'A. KẾT QUẢ' then a summary of the year's figures, then 'I.': the summary was dropped
    # with its figures (a district report of batch N lost 12 of 19); it is the part's section
    deck = _draft(
        tmp_path,
        [
            "Kết quả thực hiện nhiệm vụ năm 2021",
            "A. KẾT QUẢ ĐẠT ĐƯỢC",
            "- Tổng thu ngân sách trên địa bàn ước đạt 812,5 tỷ đồng, tăng 6,2% so với cùng kỳ.",
            "- Sản lượng lương thực có hạt đạt 52.300 tấn, tăng 3,4%.",
            "I. LĨNH VỰC KINH TẾ",
            "1. Sản xuất nông nghiệp:",
            "Diện tích gieo trồng đạt 14.820 ha, bằng 98,1% kế hoạch.",
            "2. Công nghiệp:",
            "Giá trị sản xuất công nghiệp đạt 2.140 tỷ đồng, tăng 9,5%.",
        ],
    )
    values = {str(f.value) for f in deck.figures}
    assert {"812.5", "52300", "14820", "2140"} <= values
    first = deck.sections[0]
    assert first.title.lower().startswith("kết quả đạt được")
    assert any("812,5" in b or "{" in b for sl in first.slides for b in sl.bullets)
