"""The letterhead a presenter's title slide is made of (issuer, number, date, place, type and
title), read from documents of the evaluation set as they are stored: each rule on the lines of
the document that showed it, after the copier's note ('# source: …') is left out."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft.reader import clean, html_markup, read_paragraphs
from deckmaker.draft.structure import Document, parse

EVAL = Path(__file__).parent / "fixtures" / "draft-eval"


def _document(tmp_path: Path, name: str) -> Document:
    """The stored document ``name`` read and parsed as `deckmaker draft` reads a user's file: the
    copier's note above it (its leading '#' lines) left out, as tests/draft_eval.py does."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    body = tmp_path / f"{name}.txt"
    body.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return parse(read_paragraphs(body, []))


def test_a_letterhead_kept_as_html_paragraphs_is_read(tmp_path):
    # '<p align="center"><b>HỘI ĐỒNG NHÂN DÂN<br>THÀNH PHỐ HÀ NỘI</b><br>-------</p>'
    doc = _document(tmp_path, "wc-hanoi-nq-phanchianguonthu-2025")
    assert doc.organization == "Hội đồng nhân dân thành phố Hà Nội"
    assert (doc.doc_type, doc.number) == ("NGHỊ QUYẾT", "11/2025/NQ-HĐND")
    assert (doc.date, doc.place) == ("2025-06-27", "Hà Nội")
    assert doc.title.startswith("Nghị quyết về sửa đổi, bổ sung một số nội dung quy định")
    assert "<" not in doc.title
    assert html_markup(
        ['<div align="right"><b>CHỦ TỊCH</b><br><br><br><b>Nguyễn Ngọc Tuấn</b></div>']
    ) == [
        "CHỦ TỊCH",
        "Nguyễn Ngọc Tuấn",
    ]


def test_words_in_emphasis_inside_a_line_lose_their_marks():
    assert clean("*Hà Nội*, *ngày 22 tháng 12 năm 2024* ") == "Hà Nội, ngày 22 tháng 12 năm 2024"
    assert clean("chuyển đổi số quốc gia *là đột phá* quan trọng") == (
        "chuyển đổi số quốc gia là đột phá quan trọng"
    )
    assert clean("với tinh thần “*3 có*” là có lợi cho") == "với tinh thần “3 có” là có lợi cho"
    # a list's star and a note's '(*)' are no emphasis
    assert clean("* Về thu ngân sách:") == "* Về thu ngân sách:"
    assert clean("(*) Số liệu ước (*)") == "(*) Số liệu ước (*)"


def test_a_party_resolutions_letterhead_gives_date_place_and_its_organ(tmp_path):
    # 'Số 57\\-NQ/TW', '*Hà Nội*, *ngày 22 tháng 12 năm 2024*', 'NGHỊ QUYẾT', 'CỦA BỘ CHÍNH TRỊ'
    # then '**về đột phá phát triển khoa học, công nghệ**, …'
    doc = _document(tmp_path, "ya-botchinhtri-nq-khcn-2030")
    assert (doc.number, doc.date, doc.place) == ("57-NQ/TW", "2024-12-22", "Hà Nội")
    assert doc.organization == "Ban Chấp hành Trung ương"
    assert doc.title == (
        "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
        "và chuyển đổi số quốc gia"
    )


def test_the_issuer_set_under_a_resolutions_title_is_its_issuer(tmp_path):
    # 'NGHỊ QUYẾT', 'VỀ TÌNH HÌNH …', 'HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI', 'KHOÁ XI, KỲ HỌP THỨ BA'
    gialai = _document(tmp_path, "ub-gialai-nq-6thang-2017")
    assert gialai.organization == "Hội đồng nhân dân tỉnh Gia Lai"
    assert gialai.title.endswith("triển khai nhiệm vụ 6 tháng cuối năm 2017")
    # 'HỘI ĐỒNG NHÂN DÂN' then 'TỈNH ĐỒNG THÁP' under the title, then its session
    dongthap = _document(tmp_path, "ub-dongthap-nq-vondautu-2017")
    assert dongthap.organization.lower() == "hội đồng nhân dân tỉnh đồng tháp"
    assert "hội đồng" not in dongthap.title.lower()
    # 'NGHỊ QUYẾT', 'Về bổ sung Kế hoạch …', 'QUỐC HỘI', 'Căn cứ Hiến pháp …'
    assert _document(tmp_path, "qh-nq-tangtruong8-2025").organization == "Quốc hội"
    # the issuer before the title with its session keeps it, as before
    tiengiang = _document(tmp_path, "tiengiang-nq-dutoan-2006")
    assert tiengiang.organization.startswith("Hội đồng nhân dân tỉnh Tiền Giang")


def test_a_news_texts_headline_byline_or_first_heading_is_no_issuer(tmp_path):
    # 'HĐND tỉnh ban hành nhiều chính sách hỗ trợ người nghèo, nông dân': a headline
    assert _document(tmp_path, "ya-daknong-hdnd-chinhsach-2019").organization == ""
    # 'NGUYỄN HOÀN' under the first paragraph: the byline
    lamdong = _document(tmp_path, "lamdong-nq-ktxh-2021")
    assert lamdong.organization == ""
    assert any("NGUYỄN HOÀN" in r for r in lamdong.review)
    # 'LĨNH VỰC KINH TẾ.' over '1. Sản xuất nông nghiệp:': the part the excerpt is of
    assert _document(tmp_path, "aa-ducgiang-bc-ktxh-6thang-2021").organization == ""


def test_a_people_committee_named_by_an_office_or_among_those_present_is_no_issuer(tmp_path):
    # 'Phó Chủ tịch UBND tỉnh Đỗ Thị Minh Hoa dự và phát biểu': a person, by office
    assert "Đỗ Thị Minh Hoa" not in _document(tmp_path, "backan-bc-nongnghiep-2020").organization
    # '…, Văn phòng Chính phủ, Ủy ban nhân dân thành phố Cần Thơ; các Tập đoàn, …' present at
    # the Prime Minister's meeting the notice reports
    assert "Cần Thơ" not in _document(tmp_path, "ta-vpcp-tbkl-giaothong-2025").organization
    # a committee that writes the text is its issuer still
    camau = _document(tmp_path, "camau-kh-taichinh-2026")
    assert camau.organization == "Ủy ban nhân dân tỉnh Cà Mau"
