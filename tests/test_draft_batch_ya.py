"""Structure, cover and sentence splitting of documents outside the state-letterhead genre,
found on the R21 grades of batch Y (tests/fixtures/draft-eval/ya-*): Markdown headings without
a number, a draft report set as Markdown, a news article with photo captions and a byline.
Each rule stated on the lines and sentences those documents write."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from deckmaker.draft import draft
from deckmaker.draft.compose import _bullets, _nouns_listed
from deckmaker.draft.reader import read_paragraphs
from deckmaker.draft.structure import Paragraph, parse
from deckmaker.layout.context import PlanContext
from deckmaker.layout.kinds.section import topic
from deckmaker.layout.page import continued, strip_continued
from deckmaker.vocabulary import WORDS

FIXTURES = Path(__file__).parent / "fixtures" / "draft-eval"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return path


# ya-bacgiang-bc-ktxh-2017: '## Dân số', '## Đô thị', '## Kinh tế xã hội1' (its footnote's
# number glued on), under a title line
BACGIANG = "\n".join(
    [
        "# Phân tích hiện trạng các yếu tố liên quan phát triển thành phố thông minh",
        "",
        "## Dân số",
        "",
        (
            "Năm 2017, dân số trung bình toàn tỉnh khoảng 1.674.400 người, mật độ dân số "
            "trung bình 429,8 người/km²."
        ),
        "",
        "## Đô thị",
        "",
        "Toàn tỉnh có 17 đô thị, trong đó có 01 đô thị loại II là thành phố Bắc Giang.",
        "",
        (
            "_* Về đầu tư phát triển khu đô thị mới, khu dân cư mới:_ Hiện nay, trên toàn "
            "tỉnh có 26 dự án đã được Ủy ban nhân dân tỉnh chấp thuận đầu tư với tổng mức đầu"
            " tư khoảng 6.450 tỷ đồng."
        ),
        "",
        "## Kinh tế xã hội1",
        "",
        (
            "Sản xuất công nghiệp đạt mức tăng trưởng cao, giá trị sản xuất công nghiệp đạt "
            "114.375 tỷ đồng, tăng 32,8% so với năm 2016."
        ),
        "",
    ]
)


def test_markdown_headings_without_a_number_are_sections(tmp_path):
    doc = parse(read_paragraphs(_write(tmp_path, BACGIANG), []))
    assert [h.title for h in doc.headings] == ["Dân số", "Đô thị", "Kinh tế xã hội"]
    assert all(h.paragraphs for h in doc.headings)
    # an emphasised run-in head keeps its words, never its marks
    said = " ".join(p.text for p in doc.headings[1].paragraphs)
    assert "Về đầu tư phát triển khu đô thị mới, khu dân cư mới: Hiện nay" in said
    assert "_" not in said and "*" not in said
    result = draft(_write(tmp_path, BACGIANG), slides=None)
    titles = [s.title for s in result.deck.sections]
    assert titles == ["Dân số", "Đô thị", "Kinh tế xã hội"]
    assert not any("Tổng quan" in sl.title for s in result.deck.sections for sl in s.slides)
    # no letterhead: the line that heads the text titles the deck, never a genre word
    assert result.deck.title.startswith("Phân tích hiện trạng các yếu tố")


# ya-chinhphu-bc-nq57-2025: its title the one '##' heading, a letterhead in bold lines, a date
# line with its day left blank, lettered sub-heads set as list items, a footnote set under them
CHINHPHU = "\n".join(
    [
        "## DỰ THẢO BÁO CÁO Kết quả triển khai thực hiện Nghị quyết số 57-NQ/TW",
        "",
        "**ĐẢNG ỦY CHÍNH PHỦ**",
        "Số: - CV/ĐU",
        "",
        "**ĐẢNG CỘNG SẢN VIỆT NAM**",
        "Hà Nội, ngày tháng 5 năm 2025",
        "",
        "**Kính gửi: Văn phòng Trung ương Đảng**",
        "",
        "#### I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH",
        "",
        "**1. Ban Chỉ đạo các cấp được thành lập thống nhất từ Trung ương đến địa phương**",
        "",
        "*   **a) Tại Trung ương:**",
        (
            "    *   Chính phủ đã thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ, "
            "đổi mới sáng tạo, chuyển đổi số và Đề án 06¹."
        ),
        "    *   Ban Chỉ đạo có 03 Tổ Công tác để chỉ đạo thực hiện theo 03 nhóm nội dung.",
        "*   **b) Tại các bộ, ngành, địa phương**",
        "    *   Hiện nay 100% các bộ, ngành, địa phương đã thành lập, kiện toàn Ban Chỉ đạo.",
        "",
        (
            "    ¹ *Quyết định số 598/QĐ-TTg ngày 14/3/2025; Quyết định số 929/QĐ-TTg ngày "
            "15/5/2025.*"
        ),
        "",
        ("**2. Việc xây dựng, ban hành chương trình, kế hoạch thực hiện Nghị quyết số 57-NQ/TW**"),
        (
            "*   Tính đến hết ngày 24/5/2025, có 22/22 bộ, ngành và 63/63 địa phương đã ban "
            "hành Kế hoạch hành động thực hiện."
        ),
        "",
    ]
)


def test_a_draft_report_set_as_markdown_titles_and_dates_its_cover(tmp_path):
    result = draft(_write(tmp_path, CHINHPHU), slides=None)
    deck = result.deck
    assert deck.title == "Kết quả triển khai thực hiện Nghị quyết số 57-NQ/TW"
    assert (deck.place, deck.date) == ("Hà Nội", "2025-05-01")
    assert deck.organization == "Đảng ủy Chính phủ"


def test_lettered_sub_heads_set_as_list_items_keep_their_case_and_footnotes_no_bullet(tmp_path):
    doc = parse(read_paragraphs(_write(tmp_path, CHINHPHU), []))
    item = doc.headings[0].children[0]
    assert [(c.kind, c.number, c.title) for c in item.children] == [
        ("letter", "a", "Tại Trung ương"),
        ("letter", "b", "Tại các bộ, ngành, địa phương"),
    ]
    texts = [p.text for c in item.children for p in c.paragraphs]
    assert not any("598/QĐ-TTg" in t for t in texts)
    assert any("598/QĐ-TTg" in r and "*" not in r for r in doc.review)
    result = draft(_write(tmp_path, CHINHPHU), slides=None)
    shown = [b for s in result.deck.sections for sl in s.slides for b in (sl.title, *sl.bullets)]
    assert not any(t.startswith(("A)", "B)")) or "598/QĐ-TTg" in t for t in shown)


# ya-daknong-lamviec-bocongthuong-2019: a news article, its headline, photo captions between
# its paragraphs and its byline
DAKNONG = "\n".join(
    [
        (
            "Đồng chí Trần Tuấn Anh – UVTW Đảng, Bộ trưởng Bộ Công Thương thăm và làm việc "
            "tại tỉnh ta"
        ),
        (
            "Ngày 4/4, đồng chí Trần Tuấn Anh – UVTW Đảng, Bộ trưởng Bộ Công Thương dẫn đầu "
            "Đoàn công tác đã thăm làm việc tại tỉnh ta về tình hình phát triển công nghiệp, "
            "thương mại."
        ),
        (
            "Tiếp và làm việc với đoàn có đồng chí Lê Diễn - UVTW Đảng, Bí thư Tỉnh ủy, Chủ "
            "tịch HĐND tỉnh."
        ),
        "Toàn cảnh buổi làm việc",
        "Chỉ số sản xuất công nghiệp (IIP) năm 2018 tăng 15,02% so với năm 2017.",
        (
            "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ năm 2018 đạt 14.641 tỷ đồng, tăng "
            "19,4% so với năm 2017."
        ),
        "Bộ trưởng Bộ Công Thương Trần Tuấn Anh phát biểu tại buổi làm việc",
        "Bộ trưởng đề nghị tỉnh tiếp tục phát triển công nghiệp chế biến.",
        "Tấn Lê",
        "",
    ]
)


def test_a_news_article_s_captions_and_byline_are_no_bullets_its_headline_the_title(tmp_path):
    result = draft(_write(tmp_path, DAKNONG), slides=None)
    deck = result.deck
    assert deck.title.startswith("Đồng chí Trần Tuấn Anh – UVTW Đảng, Bộ trưởng Bộ Công Thương")
    shown = [b for s in deck.sections for sl in s.slides for b in sl.bullets]
    # the headline titles the deck, no bullet says it again
    assert not any(b.startswith("Đồng chí Trần Tuấn Anh – UVTW") for b in shown), shown
    for aside in ("Toàn cảnh buổi làm việc", "phát biểu tại buổi làm việc", "Tấn Lê"):
        assert not any(aside in b for b in shown), aside
    # the paragraphs between them are the text, kept
    assert {Decimal("15.02"), Decimal("14641")} <= {f.value for f in deck.figures}


def test_a_deck_with_no_title_line_asks_for_one(tmp_path):
    text = "Sản xuất công nghiệp tăng 8,5% so với cùng kỳ.\n\nThu ngân sách đạt 1.200 tỷ đồng.\n"
    result = draft(_write(tmp_path, text), slides=None)
    assert "no title found in the document: write the deck's title" in result.deck.review


# sentences of ya-chinhphu-bc-nq57-2025 split at a comma between two nouns of one list
def test_a_comma_between_nouns_of_one_list_splits_no_bullet():
    assert _nouns_listed(
        "Đã có 22/22 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và 63/63 tỉnh",
        "thành phố trực thuộc Trung ương đã ban hành",
    )
    assert _nouns_listed(
        "Nhiệm vụ thu hút 100 chuyên gia giỏi AI: Chính phủ",
        "Thủ tướng Chính phủ đã giao Bộ Khoa học và Công nghệ chủ trì",
    )
    # each piece measuring its own subject stays apart
    assert not _nouns_listed("Sản lượng lúa đạt 500 tấn", "ngô 300 tấn")
    assert not _nouns_listed("đã ban hành", "02 cơ quan đang trình ban hành")
    text = (
        "Đã có 22/22 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và 63/63 tỉnh, thành phố "
        "trực thuộc Trung ương đã ban hành, 02 cơ quan đang trình ban hành, sẽ sớm ban hành."
    )
    bullets = _bullets(Paragraph(text), [])
    assert not any(b.startswith("Thành phố trực thuộc") for b in bullets), bullets


def test_an_ellipsis_never_drops_a_forecast_s_words_or_a_figure(tmp_path):
    text = (
        "## Phát triển hạ tầng số\n\n### Mạng 5G\n\n"
        "Hiện các doanh nghiệp viễn thông đã xây dựng kế hoạch triển khai 5G với kết quả dự kiến "
        "đến hết năm 2025 số trạm 5G đạt 68,457 trạm, bằng 57,5% số trạm 4G, phủ sóng 90% dân số.\n"
        "\n### Internet\n\nTỷ lệ hộ gia đình có kết nối Internet đạt 80%.\n"
    )
    result = draft(_write(tmp_path, text), slides=None)
    shown = [b for s in result.deck.sections for sl in s.slides for b in sl.bullets]
    bullet = next(b for b in shown if "doanh nghiệp viễn thông" in b)
    assert "dự kiến đến hết năm 2025" in bullet, bullet


def _ctx() -> PlanContext:
    """What ``continued`` and ``topic`` read of a deck's context: its words, in Vietnamese."""
    return SimpleNamespace(words=WORDS["vi"])  # type: ignore[return-value]


def test_a_continued_title_split_again_has_one_mark():
    ctx = _ctx()
    title = "Về khẩn trương, quyết liệt hoàn thiện thể chế (tiếp)"
    assert continued(title, 0, ctx, 2) == "Về khẩn trương, quyết liệt hoàn thiện thể chế (1/2)"
    assert continued(title, 1, ctx, 2) == "Về khẩn trương, quyết liệt hoàn thiện thể chế (tiếp 2/2)"
    assert strip_continued("Kết quả (tiếp 2)", ctx) == "Kết quả"


def test_a_section_s_contents_list_topics_never_continuations_or_itself():
    ctx = _ctx()
    assert topic("Dân số: nội dung chính", "Dân số", ctx) == ""
    assert topic("Phát triển xã hội số (tiếp 2)", "Mục tiêu", ctx) == "Phát triển xã hội số"
    assert topic("Dân số", "Dân số", ctx) == ""
    assert topic("Dân số (%)", "Dân số", ctx) == ""
