"""The accessibility gate's checks (issue 18, point 4) on decks made by hand with python-pptx:
each rule finds what breaks it, located by slide and shape, and is quiet where it is kept."""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.util import Inches

from deckmaker.doctor import check_access

DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"


def _png() -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(data, "PNG")
    data.seek(0)
    return data


def _deck():
    prs = Presentation()
    prs.core_properties.title = "Kết quả năm 2023"
    prs.core_properties.language = "vi-VN"
    return prs


def _titled(prs, title: str):
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only"
    slide.shapes.title.text = title
    return slide


def _found(prs, tmp_path: Path) -> set[tuple[int, str, str]]:
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    return {(f.slide, f.shape, f.message) for f in check_access(Presentation(str(path)))}


def test_a_deck_that_keeps_every_rule_has_no_findings(tmp_path):
    prs = _deck()
    slide = _titled(prs, "Kết quả")
    pic = slide.shapes.add_picture(_png(), Inches(1), Inches(2))
    pic._element.nvPicPr.cNvPr.set("descr", "Ảnh trụ sở")
    slide.shapes.add_table(2, 2, Inches(1), Inches(4), Inches(4), Inches(1))  # firstRow="1"
    _titled(prs, "Kết quả (tiếp 2/2)")
    assert _found(prs, tmp_path) == set()


def test_each_broken_rule_is_found_at_its_slide_and_shape(tmp_path):
    prs = Presentation()  # no title, no language in the properties
    blank = prs.slides.add_slide(prs.slide_layouts[6])  # 1: no title
    blank.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1)).text = "Chữ"
    _titled(prs, "Kết quả")  # 2
    twice = _titled(prs, "Kết  quả")  # 3: the same title again
    pic = twice.shapes.add_picture(_png(), Inches(1), Inches(2))  # no alt text
    table = twice.shapes.add_table(2, 2, Inches(1), Inches(4), Inches(4), Inches(1))
    table._element.find(".//{*}tblPr").set("firstRow", "0")
    found = _found(prs, tmp_path)
    assert (0, "", "the deck's title is not set in its properties") in found
    assert (0, "", "the deck's language is not set in its properties") in found
    assert (1, "", "the slide has no title") in found
    assert (
        3,
        "Title",
        "the title 'Kết  quả' is the title of slide 2 too: number continued slides",
    ) in found
    assert (3, pic.name, "the picture has no alt text and is not marked decorative") in found
    assert (3, table.name, "the table does not mark its header row") in found
    assert len(found) == 6


def test_a_picture_marked_decorative_needs_no_alt_text(tmp_path):
    prs = _deck()
    slide = _titled(prs, "Trang trí")
    pic = slide.shapes.add_picture(_png(), Inches(1), Inches(2))
    c_nv_pr = pic._element.nvPicPr.cNvPr
    ext_lst = etree.SubElement(
        c_nv_pr, "{http://schemas.openxmlformats.org/drawingml/2006/main}extLst"
    )
    ext = etree.SubElement(
        ext_lst,
        "{http://schemas.openxmlformats.org/drawingml/2006/main}ext",
        uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}",
    )
    etree.SubElement(ext, f"{{{DECORATIVE_NS}}}decorative", val="1")
    assert _found(prs, tmp_path) == set()


def test_the_title_comes_first_in_the_reading_order(tmp_path):
    prs = _deck()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1))
    box.text = "Đọc trước tiêu đề"
    slide.shapes.title.text = "Tiêu đề"
    tree = slide.shapes._spTree
    tree.remove(box._element)
    tree.insert(2, box._element)  # before the title in the reading order
    [(number, shape, message)] = _found(prs, tmp_path)
    assert (number, shape) == (1, box.name)
    assert message.startswith(f"the title is read after '{box.name}'")
