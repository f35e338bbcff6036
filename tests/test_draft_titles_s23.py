"""A title slide for every drafted document (issue 15, session 23, wt-h29h): a news text cut
from its headline is titled by what its lead reports on, by the body the lead names; a page's
furniture (its date stamp, the agency's tag, an illustration's caption) is never a title or a
sentence; a rubric over the headline, or a lead-in naming the subject and its year, heads the
text. Each checked on the real opening of evaluation documents of different batches, every one
titled 'Tài liệu tuyên truyền' (or by its date stamp) before."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main
from deckmaker.draft import draft
from deckmaker.draft.lead import lead_title

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"


def _opening(name: str, lines: int) -> str:
    """The first ``lines`` lines of an evaluation document, without the lines naming its
    source."""
    text = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    kept = [x for x in text if not x.startswith("#")]
    return "\n".join(kept[:lines]) + "\n"


def _deck(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return draft(path).deck


# name, lines of its opening, title, organization
LEADS = [
    # a body 'vừa tổng kết' its results
    ("lamdong-bc-congthuong-2019", 4, "Kết quả hoạt động năm 2019", "Sở Công thương tỉnh Lâm Đồng"),
    # 'Sáng nay, …, Cục … tổ chức Họp báo công bố …': the place the issuer says, said once
    ("ae-gialai-bc-thongke-6thang-2024", 6,
     "Số liệu thống kê kinh tế - xã hội 6 tháng đầu năm 2024", "Cục Thống kê tỉnh Gia Lai"),
    # a conference that sums up a year's work ('Hội nghị Tổng kết công tác năm 2022')
    ("ad-bgtvt-bc-tongket-2022", 4, "Kết quả công tác năm 2022", "Bộ GTVT"),
    # an agency's tag before the lead ('BBK - Chiều 26/12, Sở …'), a body whose name has commas
    ("za-backan-bc-vhttdl-2024", 4, "Kết quả công tác Văn hóa, Thể thao và Du lịch năm 2024",
     "Sở Văn hóa, Thể thao và Du lịch Bắc Kạn"),
    # 'BTNO - UBND thị xã … hội nghị mở rộng đánh giá …' under the page's 'Cập nhật ngày: …'
    ("hoathanh-bc-6thang-2023", 6,
     "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm",
     "Ủy ban nhân dân thị xã Hòoà Thành"),
    # a term's number after the body is no part of its name
    ("tiengiang-tinhuy-tongket-2019", 4, "Kết quả thực hiện nhiệm vụ chính trị năm 2019",
     "Ban Chấp hành Đảng bộ tỉnh Tiền Giang"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "lines", "title", "organization"), LEADS, ids=[c[0] for c in LEADS]
)
def test_a_lead_titles_the_deck_by_what_it_reports_on(tmp_path, name, lines, title, organization):
    deck = _deck(tmp_path, _opening(name, lines))
    assert (deck.title, deck.organization) == (title, organization)
    assert any("opening sentence" in r for r in deck.review)  # the review says where from


HEADED = [
    # a page's rubric ('Thông tin kinh tế xã hội') over the headline, its date stamp under it
    ("ab-kontum-bc-thongke-6thang-2019", 8,
     "Tình hình kinh tế - xã hội tỉnh Kon Tum quý II và 6 tháng năm 2019"),
    # a lead-in naming the subject and its year, a colon at its end
    ("wc-baclieu-bc-ktxh-2020", 3, "Tình hình kinh tế tỉnh Bạc Liêu năm 2020"),
    # a headline in capitals that says what a body does is no issuer (it was the organization)
    ("ae-damrong-bc-6thang-2016", 3,
     "Huyện Đam Rông gieo trồng trên 13 ngàn ha cây trồng các loại"),
    ("lemy-hdnd-6thang-2022", 3, "Hội đồng nhân dân xã Lệ Mỹ tổ chức kỳ họp thứ tư"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "lines", "title"), HEADED, ids=[c[0] for c in HEADED])
def test_a_line_that_heads_the_text_titles_it(tmp_path, name, lines, title):
    deck = _deck(tmp_path, _opening(name, lines))
    assert deck.title == title
    assert title.lower() not in deck.organization.lower()


def test_a_page_date_stamp_is_no_title_nor_a_slide_line(tmp_path):
    # sa-brvt-bc-nongnghiep-2019 was titled 'Cập nhật: 20:22, 30/12/2019 (GMT+7)'
    deck = _deck(tmp_path, _opening("sa-brvt-bc-nongnghiep-2019", 5))
    assert not deck.title.startswith("Cập nhật")
    said = [b for sec in deck.sections for sl in sec.slides for b in (sl.title, *sl.bullets)]
    assert not any("Cập nhật" in s or "GMT+7" in s for s in said)


def test_an_illustration_caption_is_no_slide_line(tmp_path):
    # ac-quangnam-kh-nongnghiep-2030: 'Ảnh minh họa (Sưu tầm: Nguồn Website)' under the lead
    deck = _deck(tmp_path, _opening("ac-quangnam-kh-nongnghiep-2030", 6))
    said = [b for sec in deck.sections for sl in sec.slides for b in (sl.title, *sl.bullets)]
    assert not any("Ảnh minh họa" in s for s in said)


def test_no_report_no_title():
    # 'Theo đánh giá của UBND huyện …' reports on nothing the verb names; a body with no name
    # ('Ủy ban nhân dân huyện') is no issuer
    assert lead_title(["Theo đánh giá của UBND huyện Đức Trọng, 6 tháng đầu năm 2020, …"]) is None
    lead = lead_title(
        [
            "Ủy ban nhân dân huyện vừa tổ chức cuộc họp mở rộng đánh giá tình hình thực hiện "
            "nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2023."
        ]
    )
    assert lead is not None and lead.issuer == ""


def test_the_title_slide_of_the_built_deck(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text(_opening("lamdong-bc-congthuong-2019", 4), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "draft"
    assert runner.invoke(main, ["draft", str(source), "-o", str(out)]).exit_code == 0
    outline = (out / "outline.yaml").read_text(encoding="utf-8")
    assert "# review: deck title read from the text's opening sentence" in outline
    pptx = tmp_path / "deck.pptx"
    built = runner.invoke(main, ["build", str(out), "-o", str(pptx)])
    assert built.exit_code == 0, built.output
    first = Presentation(str(pptx)).slides[0]
    texts = [" ".join(s.text_frame.text.split()) for s in first.shapes if s.has_text_frame]
    # (the title slide's words joined by no-break spaces, the issuer in capitals as themed)
    texts = [t.replace("\xa0", " ") for t in texts]
    assert first.shapes.title.text.replace("\xa0", " ").strip() == "Kết quả hoạt động năm 2019"
    assert "SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG" in [t.upper() for t in texts]


@pytest.mark.parametrize(
    ("name", "caption"),
    [
        ("langson-bc-laodong-6thang-2017", "Quang cảnh hội nghị"),
        ("ya-daknong-lamviec-bocongthuong-2019", "Toàn cảnh buổi làm việc"),
        ("khunha-daihoi-dangbo-2025", "Quang cảnh Đại hội đại biểu Đảng bộ xã Khun Há lần thứ I"),
    ],
)
def test_a_photo_caption_over_the_lead_is_no_title(tmp_path, name, caption):
    # a news page's photo often stands over its lead: the caption, moved from under the lead of a
    # real evaluation text to its top, was the deck's title
    lines = _opening(name, 12).splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith(caption))
    text = "\n".join([lines[at], *lines[:at], *lines[at + 1 :]]) + "\n"
    deck = _deck(tmp_path, text)
    assert deck.title and not deck.title.startswith(("Quang cảnh", "Toàn cảnh"))
    said = [b for sec in deck.sections for sl in sec.slides for b in (sl.title, *sl.bullets)]
    assert not any(s.startswith(caption) for s in said)
