"""The deck doctor finds overflow, off-slide text, pictures over text and missing glyphs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image
from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Inches, Pt

from deckmaker.doctor import Finding, diagnose, format_findings
from deckmaker.errors import RenderError
from deckmaker.office import INSTALL_HINT, convert, find_soffice

BLANK, TITLE_AND_CONTENT = 6, 1
LONG = (
    "Tổng sản phẩm trên địa bàn tỉnh ước tăng 10,05%, cao nhất từ trước đến nay; thu ngân sách "
    "nhà nước đạt 21.671,5 tỷ đồng, vượt 44,6% dự toán Hội đồng nhân dân tỉnh giao. "
) * 4


def _font_without_vietnamese() -> str:
    """An installed family that draws 'a' but not 'Ạ' (U+1EA0)."""
    listing = subprocess.run(["fc-list", ":", "family", "file"], capture_output=True, text=True)
    rows = sorted(listing.stdout.splitlines(), key=lambda r: "Noto Sans Symbols:" not in r + ":")
    for row in rows:
        file, _, families = row.partition(": ")
        try:
            with TTFont(file, lazy=True, fontNumber=0) as font:
                cmap = font.getBestCmap() or {}
        except Exception:  # noqa: BLE001 - some files fontTools cannot open; try the next
            continue
        if ord("a") in cmap and 0x1EA0 not in cmap and 0x1EA1 not in cmap:
            return families.split(",")[0]
    pytest.fail("no installed font lacks U+1EA0; install fonts-noto-core")


def _box(slide, name, left, top, width, height, text, size=18, font=None):
    shape = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    if font:
        run.font.name = font
    return shape


def _png(tmp_path: Path) -> Path:
    path = tmp_path / "hinh.png"
    Image.new("RGB", (300, 200), (11, 61, 145)).save(path)
    return path


def _table(slide, name, left, top, rows, width=6.0, row_height=0.4):
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(width),
        Inches(row_height * len(rows)),
    )
    shape.name = name
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            shape.table.cell(r, c).text = text
            shape.table.cell(r, c).text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    return shape


def _clean_deck(tmp_path: Path) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    slide.shapes.title.text = "Kết quả năm 2024"
    slide.placeholders[1].text_frame.text = "Tăng trưởng GRDP đạt 10,05%"
    slide.placeholders[1].text_frame.add_paragraph().text = "Thu ngân sách vượt dự toán"
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _box(slide, "Tiêu đề", 0.5, 0.3, 9, 0.8, "Ước thực hiện các chỉ tiêu chủ yếu", 28)
    _box(
        slide,
        "Ghi chú",
        0.5,
        1.2,
        4.2,
        2.0,
        "Số liệu ước đến ngày 30/11; Ạ ạ ầ ữ ỹ đ",
        16,
        "Liberation Sans",
    )
    slide.shapes.add_picture(
        str(_png(tmp_path)), Inches(5.2), Inches(1.2), Inches(4.3), Inches(2.0)
    ).name = "Biểu đồ"
    _table(
        slide,
        "Bảng chỉ tiêu",
        0.5,
        3.6,
        [
            ["Chỉ tiêu", "Kế hoạch", "Ước thực hiện"],
            ["GRDP (%)", "7,5–8", "10,05"],
            ["Thu ngân sách (tỷ đồng)", "14.980", "21.671,5"],
        ],
        width=9.0,
    )
    path = tmp_path / "sach.pptx"
    prs.save(path)
    return path


@pytest.fixture(scope="module")
def problems(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    """One deck, one slide per problem, diagnosed once (one LibreOffice conversion)."""
    tmp = tmp_path_factory.mktemp("doctor")
    prs = Presentation()
    blank = prs.slide_layouts[BLANK]
    slide = prs.slides.add_slide(blank)  # 1: fine
    _box(slide, "Tiêu đề", 0.5, 0.5, 9, 1, "Báo cáo tình hình kinh tế – xã hội", 28)
    slide = prs.slides.add_slide(blank)  # 2: overflow
    _box(slide, "Nội dung", 0.5, 1.0, 4.0, 1.5, LONG, 18)
    slide = prs.slides.add_slide(blank)  # 3: partly off the slide to the right
    _box(slide, "Ghi chú lệch", 8.0, 1.0, 3.5, 1.0, "Đơn vị tính: tỷ đồng", 16)
    slide = prs.slides.add_slide(blank)  # 4: a picture over a text box
    _box(slide, "Đoạn văn", 0.5, 1.0, 6.0, 2.0, "Thu hút đầu tư trực tiếp nước ngoài tăng mạnh", 20)
    slide.shapes.add_picture(
        str(_png(tmp)), Inches(1.0), Inches(0.8), Inches(3.0), Inches(2.0)
    ).name = "Ảnh che chữ"
    slide = prs.slides.add_slide(blank)  # 5: Vietnamese in a font without Vietnamese
    _box(slide, "Ký hiệu", 0.5, 1.0, 8.0, 1.5, "Ạ ạ đạt chỉ tiêu", 20, _font_without_vietnamese())
    slide = prs.slides.add_slide(blank)  # 6: a table whose cells grow it below the slide
    _table(
        slide, "Bảng dài", 0.5, 5.5, [["Chỉ tiêu", "Ghi chú"], ["GRDP", LONG[:300]]], row_height=0.5
    )
    slide = prs.slides.add_slide(blank)  # 7: hidden, overflow inside a group
    slide.element.set("show", "0")
    group = slide.shapes.add_group_shape()
    group.name = "Nhóm"
    _box(group, "Trong nhóm", 1.0, 1.0, 3.0, 0.6, LONG[:200], 16)
    _box(group, "Chú thích", 5.0, 1.0, 3.0, 0.6, "Nguồn: Cục Thống kê", 12)
    path = tmp / "loi.pptx"
    prs.save(path)
    return diagnose(path)


def _on(findings: list[Finding], slide: int, kind: str) -> list[Finding]:
    return [f for f in findings if f.slide == slide and f.kind == kind]


def test_clean_deck_has_no_findings(soffice: str, tmp_path: Path) -> None:
    assert diagnose(_clean_deck(tmp_path)) == []


def test_no_findings_on_the_clean_slide(problems: list[Finding]) -> None:
    assert [f for f in problems if f.slide == 1] == []
    assert {f.slide for f in problems} == {2, 3, 4, 5, 6, 7}


def test_overflow_names_slide_shape_and_distance(problems: list[Finding]) -> None:
    [found] = _on(problems, 2, "overflow")
    assert found.shape == "Nội dung"
    match = re.fullmatch(
        r"text of 'Nội dung' runs (\d+) pt below its box "
        r"\(box ends at 2,50 in\)",
        found.message,
    )
    assert match, found.message
    assert int(match.group(1)) > 100  # four paragraphs of 18 pt in a 1.5 in box
    assert str(found).startswith("slide 2: overflow: text of 'Nội dung' runs")


def test_text_partly_off_the_slide(problems: list[Finding]) -> None:
    found = _on(problems, 3, "offslide")
    assert [f.shape for f in found] == ["Ghi chú lệch"]
    assert "past the right edge of the slide (slide ends at 10,00 in)" in found[0].message


def test_picture_over_text(problems: list[Finding]) -> None:
    [found] = _on(problems, 4, "overlap")
    assert found.shape == "Ảnh che chữ"
    assert found.message.startswith("picture 'Ảnh che chữ' covers text of 'Đoạn văn'")


def test_missing_vietnamese_glyphs(problems: list[Finding]) -> None:
    [found] = _on(problems, 5, "glyph")
    assert found.shape == "Ký hiệu"
    assert "'Ạ' (U+1EA0)" in found.message
    assert "'ạ' (U+1EA1)" in found.message
    assert _on(problems, 5, "overflow") == []


def test_table_rows_that_grow_past_frame_and_slide(problems: list[Finding]) -> None:
    [grown] = _on(problems, 6, "overflow")
    assert grown.shape == "Bảng dài"
    assert re.match(
        r"rows of table 'Bảng dài' run \d+ pt below its frame \(frame ends at "
        r"6,50 in\); row 2 grew by \d+ pt",
        grown.message,
    ), grown.message
    assert [f.shape for f in _on(problems, 6, "offslide")] == ["Bảng dài"]


def test_hidden_slide_and_groups_are_checked(problems: list[Finding]) -> None:
    assert [(f.kind, f.shape) for f in problems if f.slide == 7] == [("overflow", "Trong nhóm")]
    assert "below its box (box ends at 1,60 in)" in _on(problems, 7, "overflow")[0].message


def test_format_findings_one_line_each() -> None:
    findings = [
        Finding(
            4, "overflow", "text of 'Body' runs 38 pt below its box (box ends at 6,90 in)", "Body"
        ),
        Finding(5, "glyph", "font 'X' has no glyph for 'Ạ' (U+1EA0) in 'Body'", "Body"),
    ]
    assert format_findings(findings) == (
        "slide 4: overflow: text of 'Body' runs 38 pt below its box (box ends at 6,90 in)\n"
        "slide 5: glyph: font 'X' has no glyph for 'Ạ' (U+1EA0) in 'Body'"
    )
    assert format_findings([]) == ""


def test_not_a_deck_is_a_render_error(tmp_path: Path) -> None:
    path = tmp_path / "hong.pptx"
    path.write_bytes(b"khong phai tep pptx")
    with pytest.raises(RenderError, match=r"hong\.pptx: error: cannot read the deck"):
        diagnose(path)


def test_missing_soffice_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DECKMAKER_SOFFICE", str(tmp_path / "khong-co" / "soffice"))
    assert find_soffice() is None
    deck = tmp_path / "a.pptx"
    deck.write_bytes(b"")
    with pytest.raises(RenderError) as caught:
        convert(deck, "pdf", tmp_path)
    assert caught.value.problems[0].hint == INSTALL_HINT
    assert "not installed" in caught.value.problems[0].message


def test_convert_to_pdf_and_timeout(soffice: str, tmp_path: Path) -> None:
    deck = _clean_deck(tmp_path)
    pdf = convert(deck, "pdf", tmp_path / "ra")
    assert pdf == tmp_path / "ra" / "sach.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(RenderError, match="did not finish converting to pdf within 0.01 s"):
        convert(deck, "pdf", tmp_path / "cham", timeout=0.01)


def test_convert_reports_a_file_libreoffice_cannot_read(soffice: str, tmp_path: Path) -> None:
    bad = tmp_path / "rong.pptx"
    bad.write_bytes(b"\x00" * 10)
    with pytest.raises(RenderError, match=r"rong\.pptx: error: LibreOffice could not convert"):
        convert(bad, "pdf", tmp_path / "ra")
