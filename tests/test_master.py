"""The generated master (issue 12, points 1-2): decks on a built-in theme are PowerPoint
documents made from the theme, with their content in placeholders. Real builds, read back with
python-pptx; the render tests compare LibreOffice's drawings."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from deckmaker.layout.fit import BULLETS
from deckmaker.office import convert
from deckmaker.pipeline import build_deck
from deckmaker.theme.loader import load_theme

from .conftest import FIXTURES, ROOT

LAYOUTS = [  # PowerPoint's default order where it has them: Title Only is [5], Blank [6]
    "Title Slide",
    "Title and Content",
    "Section Header",
    "Two Content",
    "Chart and Text",
    "Title Only",
    "Blank",
    "Title and KPI Cards",
    "Quote",
    "Closing",
]
FOOTER = PP_PLACEHOLDER.FOOTER
LOGO_THEME = str(ROOT / "themes" / "so-tttt-hung-yen")


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    """The every-kind deck on each built-in theme and on an agency theme with a logo."""
    out = tmp_path_factory.mktemp("master")
    themes = {"default": None, "co-do": "co-do", "tuong-phan": "tuong-phan", "logo": LOGO_THEME}
    return {
        name: build_deck(FIXTURES / "every", out / f"{name}.pptx", theme, cache=False).path
        for name, theme in themes.items()
    }


def _open(path: Path):
    return Presentation(str(path))


def _theme_part(prs) -> etree._Element:
    return etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)


def test_every_slide_has_its_title_in_a_title_placeholder(decks):
    prs = _open(decks["default"])
    kinds = []
    for slide in prs.slides:
        title = slide.shapes.title
        assert title is not None, f"slide {slide.slide_id} on {slide.slide_layout.name}"
        assert title.is_placeholder and title.text_frame.text.strip()
        kinds.append(slide.slide_layout.name)
    # the quote (no title of its own: the quote is its title) and KPI slides are among them
    assert "Quote" in kinds and "Title and KPI Cards" in kinds
    quote = next(s for s in prs.slides if s.slide_layout.name == "Quote")
    assert quote.shapes.title.text_frame.text.startswith("Không có gì quý hơn")


def test_bullets_are_in_the_body_placeholder_with_their_levels(decks):
    prs = _open(decks["default"])
    slide = next(s for s in prs.slides if s.slide_layout.name == "Title and Content")
    body = [
        sh
        for sh in slide.placeholders
        if sh.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    ]
    assert len(body) == 1
    paras = body[0].text_frame.paragraphs
    assert {p.level for p in paras} == {0, 1, 2}
    chars = {p.level: p._p.find(f"{qn('a:pPr')}/{qn('a:buChar')}").get("char") for p in paras}
    assert chars == {0: BULLETS[1], 1: BULLETS[2], 2: BULLETS[3]}
    fit = body[0].text_frame._txBody.find(qn("a:bodyPr"))
    assert fit.find(qn("a:normAutofit")) is not None  # shrink on overflow for later edits
    assert fit.find(qn("a:normAutofit")).get("fontScale") is None  # drawn at 100%


def test_slide_numbers_and_footers_are_placeholders(decks):
    prs = _open(decks["default"])
    numbered = 0
    for slide in prs.slides:
        types = {sh.placeholder_format.type: sh for sh in slide.placeholders}
        number = types.get(PP_PLACEHOLDER.SLIDE_NUMBER)
        if number is None:
            continue
        numbered += 1
        field = number.text_frame._txBody.find(f".//{qn('a:fld')}")
        assert field is not None and field.get("type") == "slidenum"
        assert field.findtext(qn("a:t"))  # PowerPoint and LibreOffice draw the slide's number
        assert PP_PLACEHOLDER.FOOTER in types
    assert numbered >= 7


def test_the_theme_part_carries_the_theme_colours_and_fonts(decks):
    for name in ("default", "co-do", "tuong-phan"):
        theme = load_theme(name)
        root = _theme_part(_open(decks[name]))
        scheme = root.find(f".//{qn('a:clrScheme')}")
        assert scheme.get("name") == theme.display_name

        def color(slot: str, scheme=scheme) -> str:
            return "#" + scheme.find(qn(f"a:{slot}")).find(qn("a:srgbClr")).get("val")

        c = theme.colors
        assert color("dk1") == c.text and color("lt1") == c.background
        assert color("dk2") == c.primary and color("lt2") == c.surface
        assert color("accent1") == c.primary and color("accent2") == c.accent
        assert color("hlink") == c.primary
        fonts = root.find(f".//{qn('a:fontScheme')}")
        major, minor = fonts.find(qn("a:majorFont")), fonts.find(qn("a:minorFont"))
        assert major.find(qn("a:latin")).get("typeface") == theme.fonts.heading
        assert minor.find(qn("a:latin")).get("typeface") == theme.fonts.body
        viet = {f.get("script"): f.get("typeface") for f in minor.findall(qn("a:font"))}
        assert viet["Viet"] == theme.fonts.body


def test_the_slide_size_is_tagged_as_it_is(decks, tmp_path):
    pres = etree.fromstring(zipfile.ZipFile(decks["default"]).read("ppt/presentation.xml"))
    size = pres.find(qn("p:sldSz"))
    assert (size.get("cx"), size.get("cy"), size.get("type")) == ("12192000", "6858000", None)
    folder = tmp_path / "narrow"
    folder.mkdir()
    (folder / "theme.yaml").write_text('extends: default\nsize: "4:3"\n', encoding="utf-8")
    narrow = build_deck(FIXTURES / "every", tmp_path / "narrow.pptx", str(folder), cache=False)
    pres = etree.fromstring(zipfile.ZipFile(narrow.path).read("ppt/presentation.xml"))
    assert pres.find(qn("p:sldSz")).get("type") == "screen4x3"
    prs = _open(narrow.path)
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)


def test_the_layouts_are_named_and_used(decks):
    prs = _open(decks["default"])
    assert [layout.name for layout in prs.slide_layouts] == LAYOUTS
    used = [s.slide_layout.name for s in prs.slides]
    assert used[:3] == ["Title Slide", "Section Header", "Title and Content"]
    assert prs.slide_layouts[5].name == "Title Only"  # as scripts written for PowerPoint expect
    assert used[-1] == "Closing" and "Chart and Text" in used
    for layout in prs.slide_layouts:
        types = {ph.placeholder_format.type for ph in layout.placeholders}
        assert {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER} <= types
        if layout.name != "Blank":
            assert types & {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}


def test_a_presenters_new_slide_is_on_brand(decks):
    theme = load_theme("co-do")
    prs = _open(decks["co-do"])
    layout = prs.slide_layouts.get_by_name("Title and Content")
    slide = prs.slides.add_slide(layout)
    slide.shapes.title.text = "Slide mới"
    slide.placeholders[1].text_frame.text = "Ý mới"
    # python-pptx (like PowerPoint's New Slide) takes the footer and number from the layout
    kinds = {ph.placeholder_format.type for ph in layout.placeholders}
    assert {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER} <= kinds
    footer = next(ph for ph in layout.placeholders if ph.placeholder_format.type == FOOTER)
    assert footer.text_frame.text == "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"
    master = prs.slide_master._element
    title_style = master.find(f"{qn('p:txStyles')}/{qn('p:titleStyle')}")
    d = title_style.find(f"{qn('a:lvl1pPr')}/{qn('a:defRPr')}")
    assert d.find(f"{qn('a:solidFill')}/{qn('a:schemeClr')}").get("val") == "tx2"  # = primary
    assert d.find(qn("a:latin")).get("typeface") == "+mj-lt"  # = the heading font
    assert float(d.get("sz")) / 100 == theme.text_sizes.title
    body_style = master.find(f"{qn('p:txStyles')}/{qn('p:bodyStyle')}")
    levels = [body_style.find(qn(f"a:lvl{n}pPr")) for n in (1, 2, 3)]
    assert [lv.find(qn("a:buChar")).get("char") for lv in levels] == [BULLETS[n] for n in (1, 2, 3)]
    sizes = [int(lv.find(qn("a:defRPr")).get("sz")) for lv in levels]
    assert sizes[0] == theme.text_sizes.body * 100 and sizes[0] > sizes[1] > sizes[2]
    # a shape the presenter draws is filled with accent1, the theme's primary colour
    scheme = _theme_part(prs).find(f".//{qn('a:clrScheme')}")
    accent1 = scheme.find(qn("a:accent1")).find(qn("a:srgbClr")).get("val")
    assert "#" + accent1 == theme.colors.primary
    buf = io.BytesIO()
    prs.save(buf)  # the edited deck still saves and opens
    assert len(Presentation(buf).slides) == len(prs.slides)


def test_nothing_is_left_from_python_pptx_template(decks):
    names = zipfile.ZipFile(decks["default"]).namelist()
    assert not [n for n in names if "thumbnail" in n or "printerSettings" in n]
    app = zipfile.ZipFile(decks["default"]).read("docProps/app.xml").decode()
    assert "<Application>deckmaker</Application>" in app and "Widescreen" in app
    root = _theme_part(_open(decks["default"]))
    assert root.find(f".//{qn('a:clrScheme')}").get("name") != "Office"


def test_the_logo_is_on_the_master_and_covers_hide_it(decks):
    prs = _open(decks["logo"])
    master_logo = [sh for sh in prs.slide_master.shapes if sh.name == "Logo"]
    assert len(master_logo) == 1 and master_logo[0].shape_type == MSO_SHAPE_TYPE.PICTURE
    for slide in prs.slides:
        own = [sh for sh in slide.shapes if sh.name == "Logo"]
        layout = slide.slide_layout
        shows_master = layout._element.get("showMasterSp") != "0"
        if layout.name in ("Title Slide", "Section Header", "Closing"):
            assert not shows_master
        else:
            assert shows_master and not own, layout.name


def test_reading_order_is_title_then_body_then_figures(decks):
    prs = _open(decks["default"])
    slide = next(s for s in prs.slides if s.slide_layout.name == "Chart and Text")
    names = [sh.name for sh in slide.shapes]
    assert names[:2] == ["Title", "Body"]
    assert names.index("Chart") > names.index("Body")


def test_the_build_is_deterministic(tmp_path):
    a = build_deck(FIXTURES / "every", tmp_path / "a.pptx", LOGO_THEME, cache=False).path
    b = build_deck(FIXTURES / "every", tmp_path / "b.pptx", LOGO_THEME, cache=False).path
    assert a.read_bytes() == b.read_bytes()


# -- renders ---------------------------------------------------------------------------------
def _pages(deck: Path, out: Path) -> list[Path]:
    pdf = convert(deck, "pdf", out)
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler's pdftoppm is needed"
    subprocess.run([pdftoppm, "-png", "-r", "100", str(pdf), str(out / "p")], check=True)
    return sorted(out.glob("p-*.png"))


def _lines(png: Path) -> list[tuple[int, int]]:
    """The rows of ink on a page, as (top, bottom) bands: one band per line of text."""
    from PIL import Image

    im = Image.open(png).convert("L")
    w, h = im.size
    px = im.load()
    bands, start = [], None
    for y in range(h):
        ink = any(px[x, y] < 140 for x in range(0, w, 2))
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            bands.append((start, y))
            start = None
    return bands


def _without_autofit(deck: Path, out: Path) -> Path:
    src = zipfile.ZipFile(deck)
    copy = out / "no-autofit.pptx"
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("ppt/slides/slide"):
                data = data.replace(b"<a:normAutofit/>", b"<a:noAutofit/>")
            dst.writestr(item, data)
    return copy


@pytest.mark.render
def test_shrink_on_overflow_does_not_change_deckmakers_text(decks, tmp_path):
    """Every line of text sits where it sits without the safety net (within a pixel at 100 dpi:
    LibreOffice's rounding), on every slide of the deck."""
    deck = decks["tuong-phan"]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_fit = _pages(deck, tmp_path / "a")
    without = _pages(_without_autofit(deck, tmp_path), tmp_path / "b")
    assert len(with_fit) == len(without) == len(_open(deck).slides)
    for a, b in zip(with_fit, without, strict=True):
        la, lb = _lines(a), _lines(b)
        assert len(la) == len(lb), a.name
        for (ta, ba), (tb, bb) in zip(la, lb, strict=True):
            assert abs(ta - tb) <= 1 and abs(ba - bb) <= 1, (a.name, (ta, ba), (tb, bb))


@pytest.mark.render
def test_text_a_presenter_adds_shrinks_into_the_body(decks, tmp_path):
    prs = _open(decks["default"])
    slide = next(s for s in prs.slides if s.slide_layout.name == "Title and Content")
    body = next(sh for sh in slide.placeholders if sh.placeholder_format.idx == 1)
    for _ in range(14):
        body.text_frame.add_paragraph().text = "Một ý mới mà người trình bày gõ thêm vào"
    deck = tmp_path / "edited.pptx"
    prs.save(str(deck))
    n = list(prs.slides).index(slide)
    page = _pages(deck, tmp_path)[n]
    scale = 100 / 914400  # px per EMU at 100 dpi
    top, bottom = body.top * scale, (body.top + body.height) * scale
    footer_top = (
        next(
            sh for sh in slide.placeholders if sh.placeholder_format.type == PP_PLACEHOLDER.FOOTER
        ).top
        * scale
    )
    bands = [b for b in _lines(page) if b[0] >= top - 2 and b[1] < footer_top - 1]
    assert len(bands) >= 15  # every line drawn, none pushed over the title or footer
    assert bands[-1][1] <= bottom + 2
