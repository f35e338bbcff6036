"""Tests for deckmaker.writer: SlidePlans built by hand, written, and read back with python-pptx."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from deckmaker.layout.model import (
    Align,
    Anchor,
    Box,
    ChartBox,
    Para,
    PictureBox,
    Run,
    ShapeBox,
    SlidePlan,
)
from deckmaker.units import Cm, Inches
from deckmaker.writer import ChartImage, DeckMeta, write_pptx
from tests.unit.writer_plans import META, TABLE, H, W, png, text_box

TITLE = text_box(
    "Tiêu đề",
    Box(Inches(0.5), Inches(0.4), Inches(12), Inches(1)),
    Para((Run("Tăng trưởng GRDP"),), 32.0, bold=True),
    role="title",
    anchor=Anchor.BOTTOM,
)
BULLETS = text_box(
    "Nội dung",
    Box(Inches(0.5), Inches(1.6), Inches(6), Inches(4)),
    Para(
        (Run("Đạt "), Run("10,05%", bold=True, color="#C00000")),
        20.0,
        bullet="•",
        level=1,
        indent=Pt(24),
        hanging=Pt(18),
        bullet_color="#C00000",
    ),
    Para(
        (Run("Cấp hai", italic=True),),
        16.0,
        bullet="–",
        level=2,
        indent=Pt(48),
        hanging=Pt(18),
        align=Align.JUSTIFY,
        space_before_pt=6.0,
        line_spacing=1.1,
    ),
    inset=(Cm(0.1), Cm(0.2), Cm(0.3), Cm(0.4)),
)
CARD = ShapeBox(
    Box(Inches(7), Inches(1.6), Inches(2), Inches(1.5)), "#FDE68A", "Thẻ", shape="roundRect"
)


@pytest.fixture(scope="module")
def picture_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("pic") / "anh.png"
    path.write_bytes(png("#00AA00"))
    return path


@pytest.fixture(scope="module")
def written(picture_file):
    chart = object()  # the writer only looks its picture up by id
    charts = {id(chart): ChartImage(png("#0000FF", (60, 40)))}
    plans = [
        SlidePlan(
            "bullets",
            "Tăng trưởng GRDP",
            (TITLE, BULLETS, CARD),
            "#FFFFFF",
            notes="Nhấn mạnh: tăng trưởng cao nhất.\nDòng hai.",
        ),
        SlidePlan("table", "Bảng", (TABLE,), "#F5F5F5"),
        SlidePlan(
            "image",
            "Ảnh",
            (
                PictureBox(
                    Box(Inches(1), Inches(1), Inches(4), Inches(3)),
                    str(picture_file),
                    "Ảnh công trình",
                    "Ảnh",
                ),
                ChartBox(
                    Box(Inches(6), Inches(1), Inches(6), Inches(4)),
                    chart,
                    "Biểu đồ GRDP",
                    "Biểu đồ",
                ),
            ),
            "#FFFFFF",
        ),
    ]
    data = write_pptx(plans, META, W, H, charts)
    return plans, charts, data, Presentation(io.BytesIO(data))


def shape(slide, name: str):
    return next(s for s in slide.shapes if s.name == name)


def test_one_slide_per_plan_at_the_deck_size(written):
    plans, _, _, prs = written
    assert len(prs.slides) == len(plans)
    assert (prs.slide_width, prs.slide_height) == (W, H)


def test_the_same_plans_give_the_same_bytes(written):
    plans, charts, data, _ = written
    assert write_pptx(plans, META, W, H, charts) == data


def test_the_zip_has_fixed_times_and_a_stable_order(written):
    names = zipfile.ZipFile(io.BytesIO(written[2])).infolist()
    assert names[0].filename == "[Content_Types].xml"
    rest = [i.filename for i in names[1:]]
    assert rest == sorted(rest)
    assert {i.date_time for i in names} == {(1980, 1, 1, 0, 0, 0)}


def test_core_properties_come_from_the_meta(written):
    cp = written[3].core_properties
    assert (cp.title, cp.author, cp.subject) == (META.title, META.author, META.subject)
    assert cp.language == "vi-VN"
    assert cp.created == dt.datetime(2024, 1, 20)
    assert cp.modified == cp.created  # no clock time: the same inputs give the same bytes
    assert cp.last_modified_by == "deckmaker"


def test_boxes_land_exactly_where_planned(written):
    _, _, _, prs = written
    first, second, third = prs.slides
    for slide, box in (
        (first, BULLETS),
        (first, CARD),
        (second, TABLE),
    ):
        s = shape(slide, box.name)
        assert (s.left, s.top, s.width, s.height) == (box.box.x, box.box.y, box.box.w, box.box.h)
    for el in written[0][2].elements:
        s = shape(third, el.name)
        assert (s.left, s.top, s.width, s.height) == (el.box.x, el.box.y, el.box.w, el.box.h)


def test_the_title_goes_in_the_title_placeholder(written):
    slide = written[3].slides[0]
    title = slide.shapes.title
    assert title is not None
    assert title.text_frame.text == "Tăng trưởng GRDP"
    assert title.name == "Tiêu đề"
    assert (title.left, title.top, title.width, title.height) == tuple(
        getattr(TITLE.box, k) for k in "xywh"
    )
    assert title.text_frame.paragraphs[0].runs[0].font.bold is True


def test_runs_carry_font_size_colour_and_weight(written):
    body = shape(written[3].slides[0], "Nội dung").text_frame
    first, second = body.paragraphs
    plain, strong = first.runs
    assert (plain.text, strong.text) == ("Đạt ", "10,05%")
    assert plain.font.size == Pt(20)
    assert plain.font.name == "Roboto"
    assert str(plain.font.color.rgb) == "1F2937"  # the box colour
    assert (strong.font.bold, str(strong.font.color.rgb)) == (True, "C00000")
    assert second.runs[0].font.italic is True
    assert second.runs[0].font.size == Pt(16)


def test_paragraph_layout_is_written_explicitly(written):
    body = shape(written[3].slides[0], "Nội dung").text_frame
    first, second = (p._p.pPr for p in body.paragraphs)
    assert first.get("marL") == str(Pt(24))
    assert first.get("indent") == str(-Pt(18))  # the bullet hangs left of the text
    assert first.find(qn("a:buChar")).get("char") == "•"
    assert first.find(qn("a:buClr"))[0].get("val") == "C00000"
    assert second.get("lvl") == "1"  # level 2 is OOXML's lvl 1
    assert second.get("algn") == "just"
    assert second.find(qn("a:spcBef"))[0].get("val") == "600"
    assert second.find(qn("a:lnSpc"))[0].get("val") == "110000"


def test_text_boxes_keep_their_insets_and_do_not_autofit(written):
    tf = shape(written[3].slides[0], "Nội dung").text_frame
    body_pr = tf._txBody.bodyPr
    assert [body_pr.get(a) for a in ("lIns", "tIns", "rIns", "bIns")] == [
        str(v) for v in BULLETS.inset
    ]
    assert body_pr.find(qn("a:noAutofit")) is not None
    assert tf.word_wrap is True
    title_pr = written[3].slides[0].shapes.title.text_frame._txBody.bodyPr
    assert title_pr.get("anchor") == "b"


def test_every_run_is_tagged_with_the_deck_language(written):
    _, _, data, _ = written
    z = zipfile.ZipFile(io.BytesIO(data))
    slides = [n for n in z.namelist() if n.startswith("ppt/slides/slide")]
    notes = [n for n in z.namelist() if n.startswith("ppt/notesSlides/notesSlide")]
    assert len(slides) == 3
    assert notes
    tags = (qn("a:rPr"), qn("a:endParaRPr"))
    for name in slides + notes:
        root = etree.fromstring(z.read(name))
        texts = list(root.iter(qn("a:t")))
        langs = [el.get("lang") for el in root.iter(*tags)]
        if texts:
            assert langs, name
        assert set(langs) <= {"vi-VN"}, name
    presentation = etree.fromstring(z.read("ppt/presentation.xml"))
    assert {el.get("lang") for el in presentation.iter(qn("a:defRPr"))} == {"vi-VN"}


def test_the_theme_fonts_are_the_decks(written):
    z = zipfile.ZipFile(io.BytesIO(written[2]))
    theme = etree.fromstring(z.read("ppt/theme/theme1.xml"))
    major = next(theme.iter(qn("a:majorFont"))).find(qn("a:latin")).get("typeface")
    minor = next(theme.iter(qn("a:minorFont"))).find(qn("a:latin")).get("typeface")
    assert (major, minor) == ("Roboto Slab", "Roboto")


def test_notes_are_written_with_their_lines(written):
    slide = written[3].slides[0]
    assert slide.has_notes_slide
    assert slide.notes_slide.notes_text_frame.text == "Nhấn mạnh: tăng trưởng cao nhất.\nDòng hai."
    assert not written[3].slides[1].has_notes_slide  # no notes, no notes page


def background(slide) -> str:
    """The colour a slide is drawn on: its own, else its layout's, else its master's (a scheme
    colour resolved through the theme part)."""
    for part in (slide, slide.slide_layout, slide.slide_layout.slide_master):
        bg = part._element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
        if bg is None:
            continue
        rgb = next(bg.iter(qn("a:srgbClr")), None)
        if rgb is not None:
            return rgb.get("val")
        scheme = next(bg.iter(qn("a:schemeClr"))).get("val")
        slot = {"bg1": "lt1", "bg2": "lt2", "tx1": "dk1", "tx2": "dk2"}.get(scheme, scheme)
        master = slide.slide_layout.slide_master
        theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
        return next(theme.iter(qn(f"a:{slot}"))).find(qn("a:srgbClr")).get("val")
    raise AssertionError("no background")


def test_background_and_shapes_have_their_colours(written):
    first, second, _ = written[3].slides
    assert background(first) == "FFFFFF"  # the master's: the theme's background colour
    assert first._element.find(f"{qn('p:cSld')}/{qn('p:bg')}") is None
    assert str(second.background.fill.fore_color.rgb) == "F5F5F5"
    card = shape(first, "Thẻ")
    assert card.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
    assert card.auto_shape_type == MSO_SHAPE.ROUNDED_RECTANGLE
    assert str(card.fill.fore_color.rgb) == "FDE68A"


def test_a_table_with_its_header_widths_and_alignment(written):
    frame = shape(written[3].slides[1], "Bảng")
    table = frame.table
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Chỉ tiêu", "2023"],
        ["GRDP", "10,05%"],
        ["Thu ngân sách", "21.671,5"],
    ]
    assert [c.width for c in table.columns] == list(TABLE.col_widths)
    assert [r.height for r in table.rows] == list(TABLE.row_heights)
    header = table.cell(0, 0)
    assert str(header.fill.fore_color.rgb) == "1F4E79"
    assert header.text_frame.paragraphs[0].runs[0].font.bold is True
    assert str(header.text_frame.paragraphs[0].runs[0].font.color.rgb) == "FFFFFF"
    assert str(table.cell(2, 0).fill.fore_color.rgb) == "EEF2F7"  # the second body row is banded
    assert table.cell(1, 1).text_frame.paragraphs[0]._p.pPr.get("algn") == "r"
    assert table.cell(1, 0).margin_left == TABLE.inset
    # no table style: what is drawn is what the plan says
    assert table._tbl.tblPr.find(qn("a:tableStyleId")) is None


def test_pictures_and_chart_images_with_their_alt_text(written, picture_file):
    plans, charts, _, prs = written
    slide = prs.slides[2]
    pic = shape(slide, "Ảnh")  # a picture, in the content placeholder it fills
    assert pic.shape_type == MSO_SHAPE_TYPE.PLACEHOLDER and pic._element.tag == qn("p:pic")
    assert pic.image.blob == picture_file.read_bytes()
    assert pic._element.nvPicPr.cNvPr.get("descr") == "Ảnh công trình"
    chart = shape(slide, "Biểu đồ")
    box = plans[2].elements[1]
    assert chart.image.blob == charts[id(box.chart)].png
    assert chart._element.nvPicPr.cNvPr.get("descr") == "Biểu đồ GRDP"


def test_a_chart_with_an_svg_keeps_the_png_as_fallback(tmp_path):
    chart = object()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="6" height="4"/>'
    plans = [
        SlidePlan(
            "chart", "c", (ChartBox(Box(0, 0, Inches(6), Inches(4)), chart, "c", "c"),), "#FFFFFF"
        )
    ]
    data = write_pptx(plans, META, W, H, {id(chart): ChartImage(png("#123456"), svg)})
    z = zipfile.ZipFile(io.BytesIO(data))
    svgs = [n for n in z.namelist() if n.endswith(".svg")]
    assert [z.read(n) for n in svgs] == [svg]
    pic = Presentation(io.BytesIO(data)).slides[0].shapes[0]
    assert pic.image.content_type == "image/png"  # what an older viewer shows
    assert b"svgBlip" in etree.tostring(pic._element)


def test_an_english_deck_is_tagged_en_us():
    meta = DeckMeta("T", "A", "", None, "en-US", "Roboto", "Roboto")
    box = text_box("b", Box(0, 0, Inches(4), Inches(1)), Para((Run("Growth"),), 18.0))
    data = write_pptx([SlidePlan("bullets", "t", (box,), "#FFFFFF")], meta, W, H)
    prs = Presentation(io.BytesIO(data))
    rpr = prs.slides[0].shapes[0].text_frame.paragraphs[0].runs[0]._r.rPr
    assert rpr.get("lang") == "en-US"
    assert prs.core_properties.language == "en-US"
    assert prs.core_properties.created == dt.datetime(2000, 1, 1)  # no date: a fixed one


class _Drawing(dict):
    """Chart pictures as the pipeline hands them over: ``ready`` says whether one is drawn."""

    svg = False

    def __init__(self, charts: dict, ready: bool) -> None:
        super().__init__(charts)
        self.asked: list[int] = []
        self._ready = ready

    def ready(self, chart_id: int) -> bool:
        self.asked.append(chart_id)
        return self._ready


def _chart_slides(*charts: object, picture: str | None = None) -> list[SlidePlan]:
    plans = []
    for i, chart in enumerate(charts):
        box = ChartBox(Box(Inches(1), Inches(1), Inches(6), Inches(4)), chart, f"c{i}", f"c{i}")
        elements: tuple = (box,)
        if picture is not None:
            pic = PictureBox(Box(Inches(8), Inches(1), Inches(4), Inches(3)), picture, "p", "p")
            elements = (pic, box)
        plans.append(SlidePlan("chart", f"c{i}", elements, "#FFFFFF", notes=f"n{i}"))
    return plans


def test_charts_still_being_drawn_are_written_last_with_a_full_writes_bytes(picture_file):
    a, b, c = object(), object(), object()
    pictures = {
        id(a): ChartImage(png("#0000FF")),
        id(b): ChartImage(png("#00FF00")),
        id(c): ChartImage(png("#FF0000")),
    }
    plans = _chart_slides(a, b, a, c, picture=str(picture_file))
    full = write_pptx(plans, META, W, H, dict(pictures))
    drawing = _Drawing(pictures, ready=False)
    assert write_pptx(plans, META, W, H, drawing) == full
    assert drawing.asked  # the writer did put placeholders in, then the pictures


@pytest.mark.parametrize("same", ["two charts", "a chart and a picture"])
def test_a_chart_drawn_late_that_equals_another_picture_shares_its_part(picture_file, same):
    a, b = object(), object()
    twin = picture_file.read_bytes() if same == "a chart and a picture" else png("#0000FF")
    pictures = {id(a): ChartImage(png("#0000FF")), id(b): ChartImage(twin)}
    plans = _chart_slides(a, b, picture=str(picture_file))
    full = write_pptx(plans, META, W, H, dict(pictures))
    assert write_pptx(plans, META, W, H, _Drawing(pictures, ready=False)) == full
    media = [n for n in zipfile.ZipFile(io.BytesIO(full)).namelist() if "/media/" in n]
    assert len(media) == 2  # python-pptx shares the part of equal pictures


def test_a_notes_slide_is_numbered_as_python_pptx_numbers_it_without_its_search(monkeypatch):
    """The writer's notes slides: the same parts, names and relationships as python-pptx's
    ``slide.notes_slide`` makes, without ``next_partname``'s walk of every part for each."""
    from types import SimpleNamespace

    from pptx import Presentation
    from pptx.package import Package

    from deckmaker.writer.package import members
    from deckmaker.writer.slides import _SlideWriter

    def deck(own: bool) -> dict[str, bytes]:
        prs = Presentation()
        writer = SimpleNamespace(notes=None, _blank_notes=None)  # later ones copied
        for i in range(4):
            slide = prs.slides.add_slide(prs.slide_layouts[6])
            if i != 1:  # a slide without notes in between
                notes = _SlideWriter.notes_slide(writer, slide) if own else slide.notes_slide
                notes.notes_text_frame.text = f"Ghi chú {i}"
                assert notes is slide.notes_slide  # asked again: the same one
        return members(prs)

    theirs = deck(own=False)
    searched: list[str] = []
    search = Package.next_partname

    def spy(self: Package, tmpl: str) -> object:
        searched.append(tmpl)
        return search(self, tmpl)

    monkeypatch.setattr(Package, "next_partname", spy)
    ours = deck(own=True)
    assert ours == theirs
    names = sorted(n for n in ours if n.startswith("ppt/notesSlides/notesSlide"))
    assert names == [f"ppt/notesSlides/notesSlide{n}.xml" for n in (1, 2, 3)]
    assert not [t for t in searched if "notesSlide" in t]


def test_a_part_deflated_ahead_is_zipped_with_those_bytes_not_deflated_again(monkeypatch):
    """``deflate_ahead`` (a chart's picture as it comes in) gives the bytes zipfile's own
    deflate gives, and the zip then takes them rather than deflating the part again."""
    import zipfile
    import zlib

    from deckmaker.writer import package

    data = png("#123456", (300, 200)) + bytes(range(256)) * 40
    ahead = package.deflate_ahead(data)
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("ppt/media/image1.png", package.FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    raw = plain.getvalue()
    assert ahead in raw  # the member's stream, as zipfile deflates it
    deflated: list[int] = []
    compressobj = zlib.compressobj

    class Counted:  # zipfile makes a compressor per entry: only its use counts
        def __init__(self, *args: int) -> None:
            self._z = compressobj(*args)

        def compress(self, data: bytes) -> bytes:
            deflated.append(len(data))
            return self._z.compress(data)

        def flush(self, *args: int) -> bytes:
            return self._z.flush(*args)

    monkeypatch.setattr(zlib, "compressobj", Counted)
    zipped = package.deterministic_zip({"ppt/media/image1.png": data})
    assert not deflated
    package.deterministic_zip({"ppt/media/image1.png": data + b"x"})
    assert deflated  # a part not deflated ahead is
    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        assert z.read("ppt/media/image1.png") == data


def test_a_part_deflated_soon_in_a_thread_is_zipped_with_those_bytes(monkeypatch):
    """``deflate_soon`` (a chart's picture, deflated in a thread while the build writes on)
    gives the bytes zipfile's own deflate gives, and the zip takes them: the part is deflated
    in that thread only, once however often it is submitted, never again by the zip."""
    import threading

    from deckmaker.writer import package

    data = png("#654321", (320, 200)) + bytes(range(256)) * 50
    threads: list[str] = []
    raw = package._raw_deflate

    def counted(d: bytes) -> bytes:
        threads.append(threading.current_thread().name)
        return raw(d)

    monkeypatch.setattr(package, "_raw_deflate", counted)
    package.deflate_soon(data)
    package.deflate_soon(data)  # submitted again before the first is taken: deflated once
    zipped = package.deterministic_zip({"ppt/media/image1.png": data})
    assert len(threads) == 1 and threads[0].startswith("deckmaker-deflate")
    assert not package._SOON and not package._SOON_KEYS
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("ppt/media/image1.png", package.FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    assert package.deflate_ahead(data) in plain.getvalue()  # zipfile's own deflate's bytes
    assert zipped == package.deterministic_zip({"ppt/media/image1.png": data})
    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        assert z.read("ppt/media/image1.png") == data
    package.deflate_soon(data)  # kept already: the thread only hashes it
    package.deflate_ahead(data)
    assert len(threads) == 1


def test_png_pictures_are_named_and_sized_without_pillow_as_python_pptx_names_them(monkeypatch):
    """A PNG picture part gets python-pptx's extension and content type without Pillow opening
    it (``media._SizedImagePart``), a box with both sides keeps them, and one missing a side
    gets python-pptx's native-size answer."""
    import PIL.Image
    from pptx.parts.image import Image, ImagePart

    from deckmaker.writer import media

    prs = Presentation()
    media.index_media(prs)
    data = png("#102030", (300, 200))
    theirs = ImagePart.new(prs.part.package, Image.from_blob(data))  # Pillow's reading
    opened: list[object] = []
    real_open = PIL.Image.open

    def counted_open(*args: object, **kwargs: object) -> PIL.Image.Image:
        opened.append(args)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]  # Pillow's own arguments

    monkeypatch.setattr(PIL.Image, "open", counted_open)
    part = prs.part.package.get_or_add_image_part(io.BytesIO(data))
    assert (part.content_type, part.ext, part.desc) == (theirs.content_type, "png", theirs.desc)
    assert part.scale(Emu(1000), Emu(2000)) == (1000, 2000)
    assert not opened
    assert part.scale(Emu(3000), None) == theirs.scale(Emu(3000), None)
    assert part.scale(None, None) == theirs.scale(None, None)
