"""Text boxes, decorative shapes, table cells and text properties written as copies of elements
made once (``writer.slides.COPIES``) are the same bytes as making each through python-pptx's
proxies, and the copies are what a write uses."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import NotesSlide
from pptx.util import Pt

from deckmaker.layout.model import (
    Align,
    Anchor,
    Box,
    Para,
    Run,
    ShapeBox,
    SlidePlan,
    TextBox,
)
from deckmaker.pipeline import build_deck
from deckmaker.units import Cm, Inches, Length
from deckmaker.writer import layouts, slides, write_pptx
from tests.conftest import FIXTURES, ROOT
from tests.unit.writer_plans import META, TABLE, H, W


def _both(monkeypatch, write) -> tuple[bytes, bytes]:
    """``write()`` with copies, then with every element made through python-pptx."""
    with_copies = write()
    monkeypatch.setattr(slides, "COPIES", False)
    made = write()
    monkeypatch.setattr(slides, "COPIES", True)
    return with_copies, made


def _box(name: str, y: float, **kw) -> TextBox:
    para = Para(
        (
            Run("Đạt "),
            Run("10,05%\nvượt", bold=True, color="#C00000"),
            Run(" kế hoạch", italic=True),
        ),
        18.0,
        bullet="•",
        level=1,
        indent=Pt(24),
        hanging=Pt(18),
        bullet_color="#C00000",
        space_before_pt=6.0,
        line_spacing=1.1,
    )
    plain = Para((Run("Dòng hai"),), 14.0, align=Align.JUSTIFY)
    return TextBox(
        Box(Inches(0.5), Inches(y), Inches(5.25), Inches(0.8)),
        (para, plain),
        "Roboto",
        "#1F2937",
        name,
        inset=(Cm(0.1), Cm(0.2), Cm(0.3), Cm(0.4)),
        **kw,
    )


PLANS = [
    SlidePlan(
        "bullets",
        "Hộp chữ",
        (
            TextBox(
                Box(Inches(0.5), Inches(0.1), Inches(9), Inches(0.4)),
                (Para((Run("Hộp chữ"),), 28.0, bold=True),),
                "Roboto Slab",
                "#1F4E79",
                "Tiêu đề",
                role="title",
                anchor=Anchor.BOTTOM,
            ),
            _box("Trên", 0.5),
            _box("Giữa", 1.5, anchor=Anchor.MIDDLE, fill="#FDE68A"),
            _box("Dưới", 2.5, anchor=Anchor.BOTTOM, line="#1F4E79"),
            _box("Khung", 3.5, fill="#EEF2F7", line="#C00000"),
            _box("Quote Mark", 4.5),  # decorative
            TextBox(
                Box(Inches(0.5), Inches(5.5), Inches(2), Inches(0.5)),
                (),
                "Roboto",
                "#000000",
                "Trống",
            ),
            TextBox(
                Box(Inches(11), Inches(7), Inches(1), Inches(0.4)),
                (Para((Run("3"),), 10.0, align=Align.RIGHT),),
                "Roboto",
                "#666666",
                "Số trang",
                role="number",
            ),
            ShapeBox(Box(Inches(7), Inches(0.5), Inches(2), Inches(1)), "#FDE68A", "Nền"),
            ShapeBox(
                Box(Inches(7), Inches(2), Inches(2), Inches(1)),
                "#1F4E79",
                "Thẻ",
                "roundRect",
                "#C00000",
            ),
            ShapeBox(
                Box(Inches(10), Inches(2), Inches(1), Inches(1)), "#C00000", "Chấm", "ellipse"
            ),
        ),
        "#FFFFFF",
        notes="Nhấn mạnh: tăng trưởng cao nhất.\nDòng hai.",
    ),
    SlidePlan("table", "Bảng", (TABLE,), "#F5F5F5", notes="Bảng một."),
    SlidePlan(
        "table",
        "Bảng nổi bật",
        (
            dataclasses.replace(
                TABLE,
                box=Box(Inches(0.5), Inches(1.6), Inches(8), Inches(3)),
                header=("Chỉ tiêu", "2023", "2024"),
                rows=(("GRDP", "10,05%", "7,1%"), ("Thu", "21.671,5", "33.100"), ("Chi", "1", "2")),
                col_widths=(Inches(4), Inches(2), Inches(2)),
                row_heights=(Inches(0.6), Inches(0.7), Inches(0.7), Inches(0.7)),
                name="Bảng 2",
                # align: the third column left, as TABLE's two leave it
                inset=Length(Inches(0.08)),
                highlight=(1,),
                highlight_fill="#FDE68A",
                margin_v=Length(Inches(0.03)),
            ),
        ),
        "#FFFFFF",
    ),
]


def test_every_kind_of_box_shape_and_cell_is_the_same_bytes_copied_or_made(monkeypatch):
    copied, made = _both(monkeypatch, lambda: write_pptx(PLANS, META, W, H, {}))
    assert copied == made


def test_a_write_copies_its_boxes_shapes_cells_and_text_properties(monkeypatch):
    for made in (
        slides._text_box_template,
        slides._shape_box_template,
        slides._cell_template,
        slides._frame_template,
    ):
        made.cache_clear()
    calls: list[tuple] = []
    run_props = slides._SlideWriter._run_props
    clones = []
    clone = NotesSlide.clone_master_placeholders

    def counted_clone(notes, master):
        clones.append(slides.COPIES)
        return clone(notes, master)

    monkeypatch.setattr(NotesSlide, "clone_master_placeholders", counted_clone)
    cloned_layouts = []
    clone_layout = SlideShapes.clone_layout_placeholders

    def counted_layout(shapes, layout):
        cloned_layouts.append((slides.COPIES, layout.name))
        return clone_layout(shapes, layout)

    monkeypatch.setattr(SlideShapes, "clone_layout_placeholders", counted_layout)
    chrome = []
    chrome_of = layouts._chrome_of
    monkeypatch.setattr(layouts, "_chrome_of", lambda *a: chrome.append(a[1]) or chrome_of(*a))

    def counted(writer, rpr, *props):
        calls.append((rpr.tag, *props))
        return run_props(writer, rpr, *props)

    monkeypatch.setattr(slides._SlideWriter, "_run_props", counted)
    write_pptx(PLANS, META, W, H, {})
    copying = list(calls)
    calls.clear()
    monkeypatch.setattr(slides, "COPIES", False)
    write_pptx(PLANS, META, W, H, {})
    # text boxes: top (the decorative and empty boxes too; the number goes to the layout's
    # placeholder), middle + fill, bottom + line, top + fill + line; shapes: three kinds;
    # cells: two tables' insets x fill or none
    assert slides._text_box_template.cache_info().currsize == 4
    assert slides._text_box_template.cache_info().hits == 2
    assert slides._shape_box_template.cache_info().currsize == 3
    assert slides._cell_template.cache_info().currsize == 4
    assert slides._cell_template.cache_info().hits == 6 + 12 - 4  # 18 cells
    # the placeholders the first slide's title and number go to: set up from copies
    assert slides._frame_template.cache_info().currsize == 2
    # each set of run properties made once (and copied), not once a run
    assert len(copying) == len(set(copying)) and set(copying) == set(calls)
    assert len(copying) < len(calls) / 2
    # two notes slides: the master's placeholders cloned for the first, copied for the second
    assert clones == [True, False, False]
    # three slides on one layout: the second and third copies of the first as it was made
    assert [name for copies, name in cloned_layouts if copies] == ["Title and Content"]
    assert len(cloned_layouts) == 1 + 3
    # the first slide's number placeholder: a copy of the layout's, looked up once for it
    assert chrome == [PP_PLACEHOLDER.SLIDE_NUMBER]


CASES = [
    pytest.param(ROOT / "outlines" / "hung-yen-2024", {}, id="sample"),
    pytest.param(FIXTURES / "every", {"theme": "co-do"}, id="every-co-do"),
    pytest.param(FIXTURES / "stress" / "cards", {}, id="cards"),
    pytest.param(
        FIXTURES / "every", {"theme": str(ROOT / "themes" / "mau-co-quan")}, id="template"
    ),
]


@pytest.mark.parametrize(("source", "options"), CASES)
def test_a_deck_is_the_same_bytes_copied_or_made(tmp_path, monkeypatch, source, options):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))  # charts drawn once, shared
    monkeypatch.setenv("DECKMAKER_DECK_CACHE", "off")  # every slide written, none replayed
    work = tmp_path / "deck"
    shutil.copytree(source, work)
    n = [0]

    def build() -> bytes:
        n[0] += 1
        out = tmp_path / f"deck{n[0]}.pptx"
        build_deck(work, out, **options)
        return out.read_bytes()

    copied, made = _both(monkeypatch, build)
    assert copied == made
