"""tools/design_sweep.py, issue 14's "Done when" sweep: its checks, and what it finds on the
sample deck."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from .conftest import design_sweep

ROOT = Path(__file__).resolve().parent.parent


def test_a_number_split_from_its_unit_is_seen():
    sweep = design_sweep()
    assert sweep._unit_split("tổng chi 8.171,5", "tỷ đồng, tăng")
    assert sweep._unit_split("đạt 21.671,5 tỷ", "đồng")
    assert sweep._unit_split("tăng", "5,05%") is False
    assert not sweep._unit_split("Năm 2023", "Kế hoạch")


def test_a_unit_set_under_its_number_is_no_split():
    """A KPI card sets "121" large with "triệu đồng" at half its size on a line of its own
    under it: the planner's line break, in one text, that LibreOffice's lines show as "121" over
    "triệu đồng". That is the card's design, not a unit pushed to the next line by wrapping, so
    the sweep does not count it; the same two lines anywhere else still count."""
    from deckmaker.pipeline import load_inputs, plan

    sweep = design_sweep()
    allowed = sweep.deliberate_breaks(plan(load_inputs(sweep.SAMPLE / "outline.yaml", "default")))
    assert ("121", "triệu đồng") in allowed  # 'Mục tiêu năm 2024': units under their numbers
    assert sweep._unit_split("121", "triệu đồng")  # what the bare check would count
    assert not sweep._split_of("121", "triệu đồng", allowed)
    assert sweep._split_of("tổng chi 8.171,5", "tỷ đồng, tăng", allowed)
    assert sweep._split_of("GRDP đạt 121", "tỷ đồng", allowed)  # another unit after it


# pdftotext -bbox-layout of the tables stress outline's slide 3 (default theme), cut down: the
# first cell's last line "so sánh năm 2010)" and, in the next column, the unit "%" of the same
# row, a line higher; and two cells side by side that pdftotext joined into one line.
BBOX = """<html xmlns="http://www.w3.org/1999/xhtml"><body><doc><page width="960" height="540">
<flow><block xMin="49.0" yMin="199.2" xMax="363.4" yMax="242.7">
<line xMin="49.0" yMin="199.2" xMax="276.3" yMax="222.6">
<word xMin="49.0" yMin="199.2" xMax="72.9" yMax="222.6">địa</word>
<word xMin="77.9" yMin="199.2" xMax="276.3" yMax="222.6">bàn</word></line>
<line xMin="49.0" yMin="219.3" xMax="202.7" yMax="242.7">
<word xMin="49.0" yMin="219.3" xMax="151.8" yMax="242.7">năm</word>
<word xMin="156.9" yMin="219.3" xMax="202.7" yMax="242.7">2010)</word></line>
</block></flow>
<flow><block xMin="420.4" yMin="239.2" xMax="436.4" yMax="262.6">
<line xMin="420.4" yMin="239.2" xMax="436.4" yMax="262.6">
<word xMin="420.4" yMin="239.2" xMax="436.4" yMax="262.6">%</word></line>
</block></flow>
<flow><block xMin="49.0" yMin="300.0" xMax="400.0" yMax="343.5">
<line xMin="49.0" yMin="300.0" xMax="400.0" yMax="323.4">
<word xMin="49.0" yMin="300.0" xMax="90.0" yMax="323.4">các</word>
<word xMin="94.9" yMin="300.0" xMax="120.0" yMax="323.4">xã</word>
<word xMin="140.0" yMin="300.0" xMax="200.0" yMax="323.4">8.171,5</word></line>
<line xMin="49.0" yMin="320.1" xMax="400.0" yMax="343.5">
<word xMin="49.0" yMin="320.1" xMax="70.0" yMax="343.5">tỷ</word>
<word xMin="74.9" yMin="320.1" xMax="110.0" yMax="343.5">đồng</word>
<word xMin="150.0" yMin="320.1" xMax="190.0" yMax="343.5">chi</word></line>
</block></flow>
</page></doc></body></html>"""


def test_cells_side_by_side_are_not_one_text():
    """The sweep read "năm 2010)" in one cell and "%" in the next column as a number split
    from its unit (2, 2 and 5 such "splits" in the tables stress outline): a line goes on
    only in the same block, under it, overlapping it; a pdftotext line is cut at a gap wider
    than a space (two cells)."""
    sweep = design_sweep()
    pairs = sweep.rendered_line_pairs(BBOX.encode())
    assert (1, "địa bàn", "năm 2010)") in pairs
    assert not [p for p in pairs if "%" in p[2]]
    # "các xã" and "8.171,5" are two cells; "tỷ đồng" goes on from the first, "chi" from the
    # second: neither is a number split from its unit
    assert (1, "các xã", "tỷ đồng") in pairs
    assert (1, "8.171,5", "chi") in pairs
    assert not [p for p in pairs if sweep._unit_split(p[1], p[2])]
    # the same words in one cell: a split
    one = BBOX.replace('xMin="140.0"', 'xMin="124.9"').replace('xMin="150.0"', 'xMin="114.9"')
    pairs = sweep.rendered_line_pairs(one.encode())
    assert (1, "các xã 8.171,5", "tỷ đồng chi") in pairs


def test_a_number_split_from_its_unit_in_a_table_cell_is_seen():
    """The planned check wraps each table cell as the table planner does: a number and its
    unit with a plain space between them, in a column too narrow for both, is a split; bound
    (``bind_units``), it is not."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.layout.model import Box, TableBox
    from deckmaker.layout.nobreak import bind_units
    from deckmaker.units import EMU_PER_PT, Length

    sweep = design_sweep()
    text = "Thu ngân sách 21.671,5 tỷ đồng"
    m = measurer(resolve_font("Liberation Sans"))
    inset = 73152
    fits = m.width_pt("Thu ngân sách 21.671,5", 20) / (1 - SAFETY) + 4
    assert m.width_pt("Thu ngân sách 21.671,5 tỷ", 20) / (1 - SAFETY) > fits
    width = Length(round(fits * EMU_PER_PT) + 2 * inset)

    def table(cell: str) -> TableBox:
        return TableBox(
            Box(Length(0), Length(0), Length(2 * width), Length(914400)),
            ("Chỉ tiêu", "Năm 2023"),
            ((cell, "1"),),
            (width, width),
            (Length(300000), Length(600000)),
            20,
            "Liberation Sans",
            "000000",
            "FFFFFF",
            "000000",
            "EEEEEE",
            "Table",
            inset=Length(inset),
        )

    (split,) = sweep._cell_splits(3, table(text))
    assert split.startswith("slide 3 Table:") and split.endswith("21.671,5' / 'tỷ đồng'")
    assert sweep._cell_splits(3, table(bind_units(text))) == []


PLANNED = [
    (outline, theme)
    for outline in ("sample", "bullets", "cards", "tables", "words")
    for theme in ("default", "co-do", "tuong-phan")
]


@pytest.mark.parametrize(("outline", "theme"), PLANNED)
def test_the_sample_and_stress_decks_pass_the_planned_checks(outline, theme):
    """Issue 14's planned checks on the sample deck and every stress outline in every built-in
    theme: no number split from its unit, no text under the theme's minimum (the words
    outline's long agency name went to 21.4 pt on tuong-phan's title slide, under its 22),
    no text under its contrast, no short content using under half its body."""
    sweep = design_sweep()
    report = sweep.Report(f"{outline} / {theme}")
    sweep._plan_checks(
        sweep.SAMPLE if outline == "sample" else sweep.STRESS / outline, theme, report
    )
    assert report.splits == []
    assert report.small == []
    assert report.contrast == []
    assert report.empty == []


@pytest.mark.render
@pytest.mark.parametrize(("outline", "theme"), [("sample", "default"), ("tables", "tuong-phan")])
def test_the_decks_as_libreoffice_draws_them(outline, theme, tmp_path):
    """No number split from its unit in LibreOffice's lines, no doctor finding: the sample
    deck, and the tables stress outline in the theme with the largest cells."""
    sweep = design_sweep()
    path = sweep.SAMPLE if outline == "sample" else sweep.STRESS / outline
    report = sweep.Report(f"{outline} / {theme}")
    sweep._plan_checks(path, theme, report)
    assert report.splits == []
    sweep._rendered_checks(path, theme, report, tmp_path)
    assert report.rendered_splits == []
    assert report.doctor == []


def test_a_split_libreoffice_makes_is_seen_and_cells_are_not_one_text(soffice, tmp_path):
    """Through LibreOffice itself: a text box too narrow for "8.171,5 tỷ" (a plain space
    between them) shows the split; a table whose first cell ends "năm 2010)" beside a "%"
    cell, and whose "12" stands over the next row's "tỷ đồng" cell, shows none."""
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.office import convert

    sweep = design_sweep()
    m = measurer(resolve_font("Liberation Sans"))
    head, more = m.width_pt("tổng chi 8.171,5", 24), m.width_pt("tổng chi 8.171,5 tỷ", 24)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(
        Inches(0.5), Inches(0.3), Emu(round((head + more) / 2 * 12700) + 2 * 91440), Inches(2)
    )
    box.text_frame.word_wrap = True
    box.text_frame.text = "tổng chi 8.171,5 tỷ đồng"
    rows = [
        ("Tốc độ tăng trưởng tổng sản phẩm (theo giá so sánh năm 2010)", "%", "12"),
        ("Thu ngân sách nhà nước", "tỷ đồng", "21.671,5"),
    ]
    shape = slide.shapes.add_table(2, 3, Inches(0.5), Inches(2.8), Inches(12), Inches(3))
    for c, w in enumerate((Inches(5), Inches(4), Inches(3))):
        shape.table.columns[c].width = w
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = text
            cell.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
            cell.text_frame.paragraphs[0].runs[0].font.name = "Liberation Sans"
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    box.text_frame.paragraphs[0].runs[0].font.name = "Liberation Sans"
    deck = tmp_path / "split.pptx"
    prs.save(str(deck))
    pdf = convert(deck, "pdf", tmp_path)
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    pairs = sweep.rendered_line_pairs(bbox)
    splits = [(a, b) for _, a, b in pairs if sweep._unit_split(a, b)]
    assert splits == [("tổng chi 8.171,5", "tỷ đồng")], pairs
    # pdftotext reads the "%" cell right after the first cell's last line "2010)": taken in
    # that order (as the sweep did), the two lines were a split
    lines = re.findall(r"<line.*?</line>", bbox.decode(), re.S)
    texts = [" ".join(re.findall(r">([^<]*)</word>", line)) for line in lines]
    assert any(a.endswith("2010)") and b == "%" for a, b in zip(texts, texts[1:], strict=False))


def test_kpi_cards_keep_the_theme_minimum_and_their_words_whole():
    """tuong-phan's KPI labels went down to the 16 pt small-text floor (18.4-20.4 pt under its
    22 pt minimum), and six cards a row broke "110,4 triệu đồng" and "Tăng trưởng" between
    letters: labels keep the body minimum and every word stays whole (the cards take more
    slides instead)."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.layout.measure import segments
    from deckmaker.layout.model import TextBox
    from deckmaker.pipeline import load_inputs
    from deckmaker.units import EMU_PER_PT

    sweep = design_sweep()
    for outline in (sweep.SAMPLE, sweep.STRESS / "cards"):
        report = sweep.Report("kpis / tuong-phan")
        plans = sweep._plan_checks(outline, "tuong-phan", report)
        assert report.small == []
        th = load_inputs(outline / "outline.yaml", "tuong-phan").theme
        for n, s in enumerate(plans, 1):
            for e in s.elements:
                if isinstance(e, TextBox) and e.name.startswith(("KPI Value", "KPI Label")):
                    font = th.fonts.heading if "Value" in e.name else th.fonts.body
                    m = measurer(resolve_font(font))
                    inner = (e.box.w - e.inset[0] - e.inset[2]) / EMU_PER_PT
                    for p in e.paras:
                        for seg in segments(p.text):
                            width = m.width_pt(seg.word, p.size_pt)
                            assert width <= inner * (1 - SAFETY), (n, e.name, seg.word)


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_pie_and_donut_labels_stay_inside_the_picture(theme):
    """tuong-phan's donut (sample, 'Rà soát, thu hồi dự án') had its two names 49 px past the
    picture's edges, as Matplotlib itself measured them after the layout: only an overhang of
    up to 4 px was brought in. Further out, the pie now gets smaller."""
    from matplotlib.text import Text

    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox
    from deckmaker.pipeline import load_inputs, plan

    sweep = design_sweep()
    charts = [
        e.chart
        for s in plan(load_inputs(sweep.SAMPLE / "outline.yaml", theme))
        for e in s.elements
        if isinstance(e, ChartBox) and not e.native and e.chart.kind in ("pie", "donut")
    ]
    assert charts
    for chart in charts:
        fig = draw(chart)
        renderer = fig.canvas.get_renderer()
        for t in fig.findobj(Text):
            if t.get_visible() and t.get_text().strip():
                box = Text.get_window_extent(t, renderer)
                assert box.x0 >= 0 and box.x1 <= fig.bbox.width, (chart.title, t.get_text())


def test_a_title_on_its_own_panel_over_a_template_band_is_read_on_the_panel(tmp_path):
    """m3dev's section layout draws a navy band where the title goes; deckmaker sets the title
    on its own white panel over it (black on white, as LibreOffice draws it). The sweep's
    template contrast judges the title on that panel, not on the band under it (it reported
    seven section titles at 1.0:1, black on #000032)."""
    from deckmaker.pipeline import load_inputs, plan

    from .template_corpus import theme_for

    sweep = design_sweep()
    template = sweep.ROOT / "tests" / "fixtures" / "templates-real" / "m3dev-data3-in.pptx"
    inputs = load_inputs(sweep.SAMPLE / "outline.yaml", str(theme_for(template, tmp_path)))
    plans = plan(inputs)
    panels = [
        n
        for n, s in enumerate(plans, 1)
        for k, e in enumerate(s.elements)
        if e.name == "Title" and sweep._on_panel(s, k)
    ]
    assert len(panels) >= 5  # the sample's section titles stand on panels: not a vacuous pass
    assert sweep._template_contrast(plans, inputs.theme) == []
