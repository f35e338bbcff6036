"""The accessibility gate's checks (issue 18, point 4) on decks made by hand with python-pptx:
each rule finds what breaks it, located by slide and shape, and is quiet where it is kept."""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches, Pt

from deckmaker.doctor import check_access
from deckmaker.doctor.access import check_plans
from deckmaker.layout.model import Box, Length, Para, Run, SlidePlan, TextBox

DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


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


def _decorate(c_nv_pr) -> None:
    ext_lst = etree.SubElement(c_nv_pr, f"{{{A_NS}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{A_NS}}}ext", uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
    etree.SubElement(ext, f"{{{DECORATIVE_NS}}}decorative", val="1")


def _text(slide, text: str, color: str, size: int, left: float = 1, top: float = 2):
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(4), Inches(1))
    box.text = text
    run = box.text_frame.paragraphs[0].runs[0]
    run.font.color.rgb = RGBColor.from_string(color)
    run.font.size = Pt(size)
    return box


def test_decorative_shapes_are_not_read_before_the_title(tmp_path):
    prs = _deck()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Inches(1), Inches(10), Inches(2))
    slide.shapes.title.text = "Tiêu đề"
    tree = slide.shapes._spTree
    tree.remove(band._element)
    tree.insert(2, band._element)  # drawn (and read) before the title
    [(number, shape, message)] = _found(prs, tmp_path)
    assert (number, shape) == (1, band.name) and "reading order" in message
    _decorate(band._element.nvSpPr.cNvPr)  # a band: decorative, skipped by a reader
    assert _found(prs, tmp_path) == set()


def test_text_below_its_contrast_is_found_on_the_slide_and_on_a_filled_shape(tmp_path):
    prs = _deck()
    slide = _titled(prs, "Tương phản")
    _text(slide, "Xám nhạt 14 pt", "AAAAAA", 14, top=2)  # 2.3:1 on white
    big = _text(slide, "Xám 24 pt", "888888", 24, top=3)  # 3.5:1: large text too needs 4.5:1
    card = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(5), Inches(4), Inches(4), Inches(2))
    card.fill.solid()
    card.fill.fore_color.rgb = RGBColor.from_string("1B4F8A")
    _text(slide, "Trắng trên xanh", "FFFFFF", 14, left=5.5, top=4.5)  # 8.5:1 on the card
    dark = _text(slide, "Đen trên xanh", "000000", 14, left=5.5, top=5)  # 2.5:1 on the card
    low = {(n, s): m for n, s, m in _found(prs, tmp_path)}
    assert set(low) == {(1, "TextBox 2"), (1, big.name), (1, dark.name)}, low
    assert low[1, "TextBox 2"] == (
        "text 'Xám nhạt 14 pt' (#AAAAAA on #FFFFFF) has a contrast of 2.3:1, below 4.5:1"
    )
    # issue 12: every text box at 4.5:1, titles and KPI values (WCAG's "large text") too
    assert low[1, big.name] == (
        "text 'Xám 24 pt' (#888888 on #FFFFFF) has a contrast of 3.5:1, below 4.5:1"
    )
    assert "(#000000 on #1B4F8A)" in low[1, dark.name]


def _chart(slide, series: int, legend: bool):
    data = CategoryChartData()
    data.categories = ["2022", "2023"]
    for i in range(series):
        data.add_series(f"Dãy {i + 1}", (1 + i, 2 + i))
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data
    )
    frame._element.nvGraphicFramePr.cNvPr.set("descr", "Biểu đồ cột")
    frame.chart.has_legend = legend
    return frame


def test_a_chart_with_series_told_apart_by_colour_alone_is_found(tmp_path):
    prs = _deck()
    bare = _chart(_titled(prs, "Hai dãy"), 2, legend=False)
    _chart(_titled(prs, "Hai dãy, chú giải"), 2, legend=True)
    _chart(_titled(prs, "Một dãy"), 1, legend=False)
    labelled = _chart(_titled(prs, "Hai dãy, nhãn"), 2, legend=False)
    plot = labelled.chart.plots[0]
    plot.has_data_labels = True
    plot.data_labels.show_value = True
    assert _found(prs, tmp_path) == {
        (
            1,
            bare.name,
            "the chart tells its 2 series apart by colour alone: give it a legend or data labels",
        )
    }


def _plan(title: str, *elements) -> SlidePlan:
    return SlidePlan("bullets", title, tuple(elements), "#FFFFFF")


def _box(text: str, color: str, size: float, fill: str | None = None) -> TextBox:
    para = Para((Run(text),), size)
    return TextBox(
        Box(Length(0), Length(0), Length(100), Length(100)),
        (para,),
        "Arial",
        color,
        "Body",
        fill=fill,
    )


def test_check_finds_missing_and_repeated_titles_and_low_contrast_in_the_plans():
    plans = [
        _plan("Kết quả", _box("Đủ tương phản", "#1F2933", 18)),
        _plan("Kết  quả"),
        _plan(""),
        _plan("Thẻ", _box("Nhạt", "#FFFFFF", 12, fill="#FFF4E0")),
    ]
    found = {(f.slide, f.shape, f.message) for f in check_plans(plans)}
    assert found == {
        (2, "Title", "the title 'Kết  quả' is the title of slide 1 too: number continued slides"),
        (3, "", "the slide has no title"),
        (4, "Body", "text 'Nhạt' (#FFFFFF on #FFF4E0) has a contrast of 1.1:1, below 4.5:1"),
    }


def test_the_check_command_reports_a_repeated_title_located(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from deckmaker.cli import main

    monkeypatch.setenv("DECKMAKER_LANG", "en")
    outline = tmp_path / "outline.yaml"
    outline.write_text(
        "deck:\n  title: Báo cáo\nsections:\n  - title: A\n    slides:\n"
        "      - title: Kết quả\n        bullets: [Một]\n"
        "      - title: Kết quả\n        bullets: [Hai]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(outline)])
    assert result.exit_code == 0, result.output
    assert "access: 'Title': the title 'Kết quả' is the title of slide" in result.stderr


def test_every_text_box_of_the_built_in_themes_reads_at_4_5(tmp_path):
    """Issue 12: every text box at 4.5:1 on what is behind it, KPI values and quote marks too
    (the default theme's orange KPI value was 3.8:1 on its card, co-do's 3.3:1): measured on
    the plans, whatever size the text is."""
    from deckmaker.doctor.access import _plan_behind
    from deckmaker.pipeline import build_deck
    from deckmaker.theme.model import contrast_ratio

    from .conftest import FIXTURES

    for theme in ("default", "co-do", "tuong-phan"):
        result = build_deck(
            FIXTURES / "every", tmp_path / f"{theme}.pptx", theme=theme, cache=False
        )
        low = []
        for n, plan in enumerate(result.plans, start=1):
            for k, el in enumerate(plan.elements):
                if not isinstance(el, TextBox):
                    continue
                bg = el.fill or _plan_behind(plan, k)
                for para in el.paras:
                    for run in para.runs:
                        fg = run.color or el.color
                        if bg and run.text.strip() and contrast_ratio(fg, bg) < 4.5:
                            low.append((theme, n, el.name, fg, bg))
        assert not low, low
