"""Text pasted from a PDF or a web page with its visual lines kept (wrapped at ~80 columns, at
whatever width): the reader joins a wrapped line to the one before it unless the line opens a
unit of its own and the one before ends a clause (issue 15, h18w: the Đồng Nai plan drafted with
headings cut at 'đến năm 2030 (', '… đạt' and '100%' as two bullets)."""

from __future__ import annotations

import re

from deckmaker.draft.reader import bold_spans, read_paragraphs, rejoin, soft_wrapped

# an invented plan, wrapped as such documents are: a paragraph's first line short, the rest
# near 80 columns, blank lines between paragraphs, a bold heading over two lines
WRAPPED = """\
**ỦY BAN NHÂN DÂN**
TỈNH BÌNH AN

**KẾ HOẠCH**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16
tháng 6 năm 2025; Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển kinh tế số và xã
hội số giai đoạn 2026 - 2030 với những nội dung chủ yếu như sau, để các cơ quan, đơn vị
triển khai thực hiện thống nhất trên địa bàn, bảo đảm hiệu quả, thiết thực và đúng tiến
độ đề ra, phù hợp với điều kiện của từng địa phương, từng ngành, từng lĩnh vực của
tỉnh trong giai đoạn mới.

**I. MỤC TIÊU TỔNG QUÁT**

1. Bảo đảm triển khai thống nhất, đồng bộ,
đúng mục tiêu Chương trình chuyển đổi số giai đoạn 2026 -
2030 của Trung ương. Giúp các sở, ban, ngành trên địa bàn tỉnh căn cứ để triển khai
các nhiệm vụ được giao;

2. Phát triển bền vững: Thúc đẩy kinh tế tuần hoàn, kinh tế xanh trong các khu công nghiệp
(KCN) sinh thái. Sử dụng công nghệ số để thu hẹp khoảng cách giữa thành thị và nông thôn,
miền núi; bảo đảm mọi người dân đều được hưởng lợi từ chuyển đổi số.

Ngày 08 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn
Văn An chủ trì phiên họp thường kỳ tháng 11 với các sở, ngành và địa phương.

Sau khi nghe Sở Tài chính (cơ quan Thường trực Ban
Chỉ đạo) báo cáo, ý kiến của các thành viên, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

**II. MỤC TIÊU**

**1. Phát triển xã hội số đến
năm 2030 (3 mục tiêu)**

(1) Tỷ lệ hộ gia đình được tiếp cận mạng Internet băng rộng cáp quang đạt
100%;

(2) Tỷ lệ bệnh viện triển khai bệnh án điện tử đạt tối thiểu 90%;

(3) Tỷ lệ người dân có hồ sơ sức khoẻ điện tử cá nhân đạt 100%.

2. Phát triển kinh tế số đến năm
2030 với các mục tiêu

a) Về doanh nghiệp
Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP của tỉnh; tỷ lệ doanh nghiệp nhỏ và vừa
sử dụng nền tảng số đạt trên 70%.
"""


def _read(tmp_path, text: str) -> list[str]:
    path = tmp_path / "kh.txt"
    path.write_text(text, encoding="utf-8")
    return read_paragraphs(path)


def test_a_soft_wrapped_text_is_read_as_its_paragraphs(tmp_path):
    paragraphs = _read(tmp_path, WRAPPED)
    # a sentence broken at 'giai đoạn 2026 -' then '2030 của Trung ương' is one item
    assert (
        "1. Bảo đảm triển khai thống nhất, đồng bộ, đúng mục tiêu Chương trình chuyển đổi số "
        "giai đoạn 2026 - 2030 của Trung ương. Giúp các sở, ban, ngành trên địa bàn tỉnh căn cứ "
        "để triển khai các nhiệm vụ được giao;"
    ) in paragraphs
    # a line opening with a bracket goes on ('… khu công nghiệp' then '(KCN) sinh thái')
    assert any("khu công nghiệp (KCN) sinh thái. Sử dụng" in p for p in paragraphs)
    assert not any(p.startswith("(KCN)") for p in paragraphs)
    # a bracket left open on the line before: 'Ban' then 'Chỉ đạo) báo cáo'
    assert any("(cơ quan Thường trực Ban Chỉ đạo) báo cáo" in p for p in paragraphs)
    # a name broken at a line's end: 'Nguyễn' then 'Văn An'
    assert any("tỉnh Nguyễn Văn An chủ trì" in p for p in paragraphs)
    # a bold heading over two lines is one heading, its count kept whole
    assert "1. Phát triển xã hội số đến năm 2030 (3 mục tiêu)" in paragraphs
    # a number is never split from its sentence
    assert (
        "(1) Tỷ lệ hộ gia đình được tiếp cận mạng Internet băng rộng cáp quang đạt 100%;"
        in paragraphs
    )
    assert "100%;" not in paragraphs
    # a numbered heading wrapped before its year is one heading; the lettered heading after
    # it and the sentence under that stay apart (a marker opens a unit; a short heading with no
    # word that needs more ends before a new sentence)
    assert "2. Phát triển kinh tế số đến năm 2030 với các mục tiêu" in paragraphs
    at = paragraphs.index("a) Về doanh nghiệp")
    assert paragraphs[at + 1].startswith("Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP")
    assert paragraphs[at + 1].endswith("sử dụng nền tảng số đạt trên 70%.")
    # headings in capitals stay apart
    assert "I. MỤC TIÊU TỔNG QUÁT" in paragraphs and "II. MỤC TIÊU" in paragraphs
    # no paragraph ends on an open bracket or leaves one open (after its marker 'a)')
    bare = [re.sub(r"^[a-zđ]\)\s", "", p) for p in paragraphs]
    assert all(p.count("(") == p.count(")") for p in bare), paragraphs


def test_a_bold_span_over_lines_is_one_line_and_a_heading():
    lines, heads = bold_spans(["**1. Phát triển kinh tế số đến", "năm 2030 (16 mục tiêu)**", "x"])
    assert lines == ["**1. Phát triển kinh tế số đến năm 2030 (16 mục tiêu)**", "x"]
    assert heads == {0}
    # an emphasis never closed is left as it is
    assert bold_spans(["**Ghi chú", "", "tiếp"]) == (["**Ghi chú", "", "tiếp"], set())


def test_text_with_one_paragraph_a_line_is_not_joined(tmp_path):
    # the same words, one paragraph a line (no word broken off at a line's start): headings
    # with no stop stay apart from the sentence after them
    lines = [
        "Kết quả thu chi",
        "Thu ngân sách nhà nước trên địa bàn đạt 2.112,5 tỷ đồng.",
        "Tình hình y tế",
        "(1) Tỷ lệ bệnh viện triển khai bệnh án điện tử đạt 100%;",
        "Công tác quản lý đất đai",
        "Năm 2025 là năm cuối của kế hoạch.",
    ] * 6
    assert not soft_wrapped(lines)
    assert rejoin(lines, soft=soft_wrapped(lines)) == lines
    paragraphs = _read(tmp_path, "\n".join(lines) + "\n")
    assert paragraphs == lines


def test_soft_wrapping_needs_words_broken_off_at_line_starts():
    assert soft_wrapped([ln.strip("*") for ln in WRAPPED.splitlines()])


def test_the_issuer_and_its_place_are_one_name(tmp_path):
    from deckmaker.draft.structure import parse

    paragraphs = _read(tmp_path, WRAPPED)
    assert parse(paragraphs).organization == "Ủy ban nhân dân tỉnh Bình An"
    # a body under another stays apart from it
    lines = ["UBND TỈNH HƯNG YÊN", "SỞ Y TẾ", "Số: 12/KH-SYT", "KẾ HOẠCH", "Về tiêm chủng"]
    assert parse([*lines, "I. MỤC TIÊU"]).organization == "UBND tỉnh Hưng Yên - Sở y tế"


def test_a_heading_count_of_its_items_is_no_figure(tmp_path):
    from deckmaker.draft import draft

    path = tmp_path / "kh.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    deck = draft(path).deck
    # '(3 mục tiêu)' of the heading: no title cut at its bracket, no figure, no card
    titles = [sec.title for sec in deck.sections]
    titles += [sl.title for sec in deck.sections for sl in sec.slides]
    assert "Phát triển xã hội số đến năm 2030" in titles, titles
    assert not any("(" in t and ")" not in t for t in titles), titles
    assert not any(f.unit == "mục tiêu" for f in deck.figures)
    cards = [k for sec in deck.sections for sl in sec.slides for k in sl.kpis]
    assert all(
        deck_figure.unit != "mục tiêu" for deck_figure in deck.figures if deck_figure.key in cards
    )
    # the figure broken onto its own line is drafted with its sentence's label
    hospital = next(f for f in deck.figures if f.value == 100 and "hộ gia đình" in f.label.lower())
    assert hospital.unit == "%"


def test_a_place_name_broken_before_its_comma_goes_on():
    lines = [
        "d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên",
        "Quang, Đồng Nai, Đồng Tháp quyết liệt chỉ đạo các chủ đầu tư, nhà thầu đẩy nhanh",
        "tiến độ thi công.",
    ]
    assert rejoin(lines, soft=True) == [" ".join(lines)]
    assert rejoin(lines) != [" ".join(lines)]  # only where the text is wrapped
