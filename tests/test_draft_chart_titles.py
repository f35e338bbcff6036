"""A drafted chart says what it measures and where its figures come from (issue 15, session 27):
not 'Tổng quan (%)' over the growth of a province's products, nor 'Văn bản' as its source when
the letterhead, the issuer named in the text or the headline names the document. The texts are
the documents' own (aj-quangngai-bc-ktxh-9thang-2025, ac-caobang-bc-6thang-2023,
ad-kontum-bc-ktxh-2019, ah-phuyen-bc-ktxh-2024)."""

from __future__ import annotations

from deckmaker.draft import draft
from deckmaker.draft.structure import parse

# Quảng Ngãi's nine months of 2025 (dbnd.quangngai.gov.vn), its headline and first paragraphs
QUANG_NGAI = [
    "Kinh tế - xã hội 9 tháng năm 2025 của tỉnh đạt nhiều kết quả tích cực",
    "Trong 9 tháng năm 2025, tình hình kinh tế - xã hội của tỉnh tiếp tục đạt nhiều kết quả quan "
    "trọng trên các lĩnh vực công nghiệp, nông nghiệp, dịch vụ, văn hóa - xã hội, quốc phòng - an "
    "ninh, tạo tiền đề để phấn đấu hoàn thành mục tiêu năm bản lề 2025.",
    "Hoạt động sản xuất công nghiệp đạt nhiều kết quả nổi bật. Các sản phẩm chủ lực như lọc hóa "
    "dầu tăng 23,01%; sắt thép tăng 30,34%; giày da tăng 30,02%; dăm gỗ tăng 36,36%; điện sản "
    "xuất tăng 22%. Một số sản phẩm giảm như bia (giảm 6,12%) và tinh bột mì (giảm 1,37%). "
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 99.354 tỷ đồng, tăng 14,28% so "
    "với cùng kỳ.",
]

# Kon Tum's 2019 report as a PDF copy flattens its letterhead: each row's two cells on one line
KON_TUM = [
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH KON TUM Độc lập - Tự do - Hạnh phúc",
    "Số: 301 /BC-UBND Kon Tum, ngày 26 tháng 11 năm 2019",
    "BÁO CÁO tình hình thực hiện nhiệm vụ kinh tế - xã hội năm 2019 và phương hướng, nhiệm vụ "
    "năm 2020",
    "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ-XÃ HỘI NĂM 2019",
    "1. Về tăng trưởng kinh tế: Tổng sản phẩm trên địa bàn (GRDP) năm 2019 ước đạt 14.782 tỷ "
    "đồng, tăng 9,96% so với năm trước.",
]


def _charts(tmp_path, paragraphs):
    doc = tmp_path / "doc.txt"
    doc.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    result = draft(doc)
    slides = [s for sec in result.deck.sections for s in sec.slides if s.chart]
    return result, [s.chart for s in slides]


def test_a_chart_of_growth_rates_says_so_and_the_time(tmp_path):
    _result, charts = _charts(tmp_path, QUANG_NGAI)
    titles = [c.title for c in charts]
    assert titles, "a chart of the five products' growth"
    assert not [t for t in titles if t.startswith("Tổng quan")]
    growth = [t for t in titles if "tăng" in t.lower()]
    assert growth and all("9 tháng năm 2025" in t for t in growth)
    assert all(len(t.removesuffix(" (%)").split()) <= 12 for t in titles)
    # the products listed with the retail sales' growth after them: growth rates, of the months
    assert "Tốc độ tăng so với cùng kỳ 9 tháng năm 2025 (%)" in titles


def test_a_chart_of_one_list_is_named_by_the_subject_that_opens_it(tmp_path):
    _result, charts = _charts(tmp_path, QUANG_NGAI[:2] + [QUANG_NGAI[2].split(" Tổng mức")[0]])
    titles = [c.title for c in charts]
    assert len(titles) == 1 and titles[0].startswith("Tăng trưởng các sản phẩm chủ lực 9 tháng")


def test_a_text_without_letterhead_is_cited_by_its_headline(tmp_path):
    result, charts = _charts(tmp_path, QUANG_NGAI)
    sources = {c.source for c in charts} | {f.source for f in result.deck.figures}
    assert "Văn bản" not in {s.split(",")[0] for s in sources}
    assert all(s.startswith("Kinh tế - xã hội 9 tháng năm 2025") for s in sources)


def test_a_chart_of_shares_of_the_plan_says_so(tmp_path):
    # Cao Bằng's first half of 2023 (caobang.gov.vn): each result beside its share of the plan
    _result, charts = _charts(
        tmp_path,
        [
            "Kinh tế - xã hội 6 tháng đầu năm 2023 tiếp tục phục hồi",
            "Trong 6 tháng đầu năm 2023, tổng mức bán lẻ hàng hóa và dịch vụ đạt 9.520 tỷ đồng, "
            "đạt 52,3% kế hoạch; kim ngạch xuất nhập khẩu qua địa bàn đạt 331,544 triệu USD, đạt "
            "41,4% kế hoạch; tổng lượt khách du lịch đến Cao Bằng đạt 1.450.000 lượt, đạt 58% kế "
            "hoạch; tổng thu du lịch ước đạt 1.100 tỷ đồng, đạt 50% kế hoạch.",
        ],
    )
    shares = [c.title for c in charts if c.title.endswith("(%)")]
    assert shares and all("kế hoạch" in t and "6 tháng đầu năm 2023" in t for t in shares)


def test_a_letterhead_flattened_row_by_row_is_read(tmp_path):
    doc = parse(KON_TUM)
    assert (doc.doc_type, doc.number, doc.date) == ("BÁO CÁO", "301/BC-UBND", "2019-11-26")
    assert doc.organization == "Ủy ban nhân dân tỉnh Kon Tum"
    assert doc.title.startswith("Tình hình thực hiện nhiệm vụ kinh tế - xã hội năm 2019")
    assert doc.cited == "Báo cáo 301/BC-UBND"


def test_the_issuer_named_in_the_text_is_the_source(tmp_path):
    # Phú Yên's year 2024 (baophuyen.vn): no letterhead, the committee that reports named first
    result, _charts_ = _charts(
        tmp_path,
        [
            "UBND tỉnh Phú Yên vừa tổ chức hội nghị để đánh giá tình hình kinh tế, xã hội, quốc "
            "phòng, an ninh năm 2024.",
            "Tổng sản lượng khai thác và nuôi trồng thủy sản ước đạt hơn 87 ngàn tấn, tăng 4,6%; "
            "tổng kim ngạch xuất khẩu của tỉnh ước đạt 320 triệu USD, tăng 12%.",
        ],
    )
    assert {f.source.split(",")[0] for f in result.deck.figures} == {"UBND tỉnh Phú Yên"}


def test_how_a_source_names_the_document():
    from deckmaker.draft.structure import cited_as  # (new this session)

    assert cited_as("KẾ HOẠCH", "0204/KH-UBND", "Ủy ban nhân dân tỉnh Cà Mau", "") == (
        "Kế hoạch 0204/KH-UBND"
    )
    assert cited_as("NGHỊ QUYẾT", "", "Hội đồng nhân dân tỉnh Gia Lai", "") == (
        "Nghị quyết HĐND tỉnh Gia Lai"
    )
    # a headline taken for an issuer, a row with the motto run in: no issuer
    assert cited_as("", "", "Lãnh đạo huyện Nghi Lộc Gặp mặt Hội đồng hương", "") == "Văn bản"
    assert cited_as("", "", "Ủy ban nhân dân cộng hòa xã hội chủ nghĩa việt nam", "") == "Văn bản"
    long = "Tình hình kinh tế - xã hội tỉnh Điện Biên tháng 9 và 9 tháng năm 2024 và các giải pháp"
    assert cited_as("", "", "", long).endswith("…")
    assert len(cited_as("", "", "", long)) <= 71


def test_bars_named_alike_are_titled_by_the_words_they_share(tmp_path):
    # Đắk Lắk's first half of 2024 (ab-daklak-bc-6thang-2024): the exports by product
    _result, charts = _charts(
        tmp_path,
        [
            "Tăng trưởng GRDP của tỉnh Đắk Lắk đứng đầu khu vực Tây Nguyên",
            "Số liệu thống kê cho thấy, tổng sản phẩm (GRDP) 6 tháng đầu năm 2024 trên địa bàn "
            "toàn tỉnh (giá so sánh 2010) ước đạt gần 25.493 tỷ đồng (tương đương gần 39,3% kế "
            "hoạch, tăng 4,13% so với cùng kỳ năm 2023).",
            "Trong đó, cà phê vẫn là mặt hàng xuất khẩu chủ lực, với sản lượng 202.000 tấn (tăng "
            "3,9%). Tiếp đến hạt điều 21.000 tấn (tăng 3,2%); hồ tiêu 16.000 tấn (tăng 52,1%);",
        ],
    )
    [chart] = [c for c in charts if c.title == "Sản lượng 6 tháng đầu năm 2024 (tấn)"]
    assert chart.categories == ("Cà phê", "Hạt điều", "Hồ tiêu")  # the shared words said once


def test_a_chart_of_the_next_years_targets_says_their_year(tmp_path):
    from .test_draft_targets_s27 import NA_HANG

    _result, charts = _charts(tmp_path, NA_HANG)
    assert "Chỉ tiêu năm 2021 (tỷ đồng)" in [c.title for c in charts]
