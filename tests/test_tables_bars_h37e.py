"""Issue 14: tables and bars a designer still graded B (h37e).

1. Default theme, sample slide 40: "2,4 vạn lao động" and "2,45 vạn lao động", right-aligned in
   two columns of figures side by side, stood 21.1 pt apart in LibreOffice's PDF (the two cell
   insets and the measuring margin): from the back of a hall they read as one run. A column of
   figures after another now stands the theme's gap (``KpiGeometry.gap``, 0.3 in) clear of it
   (``table._after_figures``). h36d did so by taking the room from the names, and slide 41's
   "Dân số đô thị được cấp nước sạch tập trung" wrapped; where the gap would cost a name a line
   the run gives a point of its size instead (``table.GAP_GIVE``: 22 -> 21 pt, every name on
   as many lines as at 22 pt), and a theme whose floor forbids it (tuong-phan, 22 pt) keeps its
   columns."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from pptx import Presentation

from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.kinds.table import CELL_SAFETY, _numeric_column
from deckmaker.layout.model import TableBox
from deckmaker.layout.nobreak import NBSP
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import EMU_PER_PT

from .conftest import FIXTURES, SAMPLE

_PLANS: dict[str, tuple] = {}


def _planned(theme: str) -> tuple:
    if theme not in _PLANS:
        inputs = load_inputs(SAMPLE / "outline.yaml", theme)
        frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme))
        _PLANS[theme] = (plan(inputs), frame)
    return _PLANS[theme]


def _text(cell: str) -> str:
    return " ".join(cell.replace(NBSP, " ").split())


def _table_with(slides, words: str) -> TableBox:
    return next(
        e
        for s in slides
        for e in s.elements
        if isinstance(e, TableBox) and any(words in _text(c) for r in e.rows for c in r)
    )


def test_two_columns_of_figures_stand_the_themes_gap_apart() -> None:
    """Planned: the column of "2,45 vạn lao động" less that text is at least the theme's gap
    (on main 21.0 pt, under 0.3 in = 21.6 pt)."""
    slides, frame = _planned("default")
    t = _table_with(slides, "2,45 vạn lao động")
    m = frame.measure.body
    r = next(r for r in t.rows if _text(r[-1]) == "2,45 vạn lao động")
    assert _text(r[-2]) == "2,4 vạn lao động"
    clear = t.col_widths[-1] / EMU_PER_PT - m.width_pt(r[-1], t.size_pt)
    assert clear >= frame.kpi.gap / EMU_PER_PT, round(clear, 1)


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_the_gap_costs_no_name_a_line(theme) -> None:
    """The run 36-41 shares its columns: every name is set on as many lines as on main (h36d's
    gap wrapped 41's "Dân số đô thị / được cấp nước sạch tập trung"); the names that main sets
    on one line are one line here."""
    slides, frame = _planned(theme)
    m = frame.measure.body
    t = _table_with(slides, "Dân số đô thị được cấp nước sạch tập trung")
    one = 0
    for s in slides:
        for e in (e for e in s.elements if isinstance(e, TableBox)):
            if e.col_widths != t.col_widths:
                continue
            for c, w in enumerate(e.col_widths):
                if _numeric_column([r[c] for r in e.rows]):
                    continue
                room = (w - 2 * e.inset) / EMU_PER_PT
                for row in e.rows:
                    if _text(row[c]) in ONE_LINE:
                        assert len(m.wrap(row[c], e.size_pt, room, safety=CELL_SAFETY)) == 1, row[c]
                        one += 1
    assert one == len(ONE_LINE)


ONE_LINE = frozenset(
    {
        "Dân số đô thị được cấp nước sạch tập trung",
        "Xã đạt chuẩn quốc gia về y tế (chuẩn mới)",
        "Tổng vốn đầu tư phát triển toàn xã hội",
        "Trường học các cấp đạt chuẩn quốc gia",
        "Huyện đạt chuẩn nông thôn mới nâng cao",
    }
)
"""Names of the run 36-41 that main sets on one line in default and tuong-phan."""


@pytest.mark.render
def test_the_gap_in_libreoffices_pdf(sample_decks, tmp_path, soffice) -> None:
    """Rendered: "động" of "2,4 vạn lao động" ends at least 0.3 in before "2,45" begins (21.1 pt
    on main)."""
    from deckmaker.office import convert

    deck = sample_decks("default")
    page = next(
        n
        for n, s in enumerate(Presentation(str(deck)).slides, 1)
        for sh in s.shapes
        if sh.has_table and any("2,45 vạn" in _text(c.text) for r in sh.table.rows for c in r.cells)
    )
    pdf = convert(deck, "pdf", tmp_path)
    xml = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    words = [
        (w.text or "", float(w.get("xMin", 0)), float(w.get("xMax", 0)))
        for w in ET.fromstring(xml).iter("{http://www.w3.org/1999/xhtml}word")
    ]
    at = next(i for i, (t, _, _) in enumerate(words) if t == "2,45")
    assert words[at - 1][0] == "động"
    assert words[at][1] - words[at - 1][2] >= 0.3 * 72, round(words[at][1] - words[at - 1][2], 1)


FOOTER = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"


@pytest.mark.parametrize("template", ["coreoz-template.pptx", "soleng-template.potx"])
def test_a_templates_narrow_footer_box_shows_the_whole_name(template, tmp_path) -> None:
    """coreoz's footer placeholder is 3.2 in wide: at 12 pt, the theme's smallest, the footer
    showed as "Ban Tuyên giáo Đảng ủy Khối" (soleng's 4.5 in: "… Doanh nghiệp"), the build
    warning that it was cut. The box now widens along its row (``page._footer_room``): the
    whole name on one line at 12 pt or more, inside the slide's margins and clear of the slide
    number, and no warning."""
    from deckmaker.layout.model import TextBox

    from .template_corpus import theme_for

    folder = theme_for(FIXTURES / "templates-real" / template, tmp_path)
    inputs = load_inputs(SAMPLE / "outline.yaml", folder)
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme), FOOTER)
    problems: list = []
    slides = plan(inputs, warnings=problems)
    assert not [p for p in problems if "footer" in p.message], problems
    seen = 0
    for s in slides:
        boxes = {e.role: e for e in s.elements if isinstance(e, TextBox)}
        foot, num = boxes.get("footer"), boxes.get("number")
        if foot is None:
            continue
        seen += 1
        assert " ".join(foot.paras[0].text.split()) == FOOTER
        assert foot.paras[0].size_pt >= frame.chrome.footer_min
        m = frame.measure.body
        assert len(m.wrap(foot.paras[0].text, foot.paras[0].size_pt, foot.box.w / EMU_PER_PT)) == 1
        assert frame.margin <= foot.box.x and foot.box.x + foot.box.w <= frame.width - frame.margin
        if num is not None:
            assert foot.box.x + foot.box.w <= num.box.x or num.box.x + num.box.w <= foot.box.x
    assert seen > 40
