"""A real template's own layouts, used and scaled (issue 14, session 25, h33f).

courseLYP/MSDM5005's ``template.potx`` (a PresentationGo "Memphis" design, no licence to copy
it here: tests/fixtures/templates-real/README.md) has its own "Cover", "Section 1" and "Closing"
layouts (no ``type``), each with a picture placeholder (a photo frame inside its arcs) and the
closing one with three small text lines (e-mail, telephone, website). deckmaker took a layout
holding a picture placeholder for no title, section or closing layout and built every slide on
"Title and Content 1" (``themes check``: stand-ins). The template made below has the same
layouts on python-pptx's default template widened to 16:9.

ipodprugin/pptx-generator's ``template.pptx`` (no licence) is 20 × 11.25 in with python-pptx's
10 × 7.5 in master and layouts (the slide size changed, the layouts not): every slide used its
top-left 60 %. The template made below is python-pptx's default at that size.

BDO-Science/Markdown-Templates' (the US Bureau of Reclamation's, no licence) draws its logo at
the bottom right of every layout, under the right end of its section title's box: the box ran
onto the logo. The template made below draws such a logo on python-pptx's default master."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn

from deckmaker.pipeline import build_deck
from deckmaker.theme.loader import load_theme
from deckmaker.theme.rescale import drawn_size
from deckmaker.theme.template import (
    check_template,
    choose_layout,
    open_presentation,
    overlaps,
    says_role,
)
from tests.template_corpus import save_template, theme_for

from .conftest import FIXTURES, SAMPLE

EVERY = FIXTURES / "every"
IN = 914400

# --- MSDM5005's own cover, section and closing layouts -----------------------------------------

PHOTO = {"Cover": (1.97, 1.75, 4.17, 4.17), "Section 1": (7.16, 1.73, 4.13, 4.21)}
PHOTO["Closing"] = (8.45, 1.61, 3.64, 3.57)
"""Each layout's picture placeholder, in inches (MSDM5005's)."""


def _emu(box: tuple[float, ...]) -> tuple[int, ...]:
    return tuple(round(v * IN) for v in box)


def _place(ph, box: tuple[float, ...]) -> None:
    ph.left, ph.top, ph.width, ph.height = _emu(box)


def _placeholder(layout, kind: str, idx: int, name: str, box: tuple[float, ...]) -> None:
    """Append a placeholder of ``kind`` (``pic``, ``body``) at ``box`` (inches) to ``layout``."""
    x, y, w, h = _emu(box)
    sp = etree.fromstring(
        f'<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<p:nvSpPr><p:cNvPr id="{100 + idx}" name="{name}"/><p:cNvSpPr>'
        f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{kind}" sz="quarter" '
        f'idx="{idx}"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/>'
        f'<a:ext cx="{w}" cy="{h}"/></a:xfrm></p:spPr>'
        f"<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
    )
    layout.shapes._spTree.append(sp)


def _own_layouts_template(folder: Path) -> Path:
    """python-pptx's default template at 16:9 with MSDM5005's layouts: "Cover" (a centred title
    and subtitle at the right, a photo frame at the left), "Section 1" (title and text at the
    left, a photo frame at the right), "Closing" (title and text at the left, a photo frame and
    three small text lines at the right), none with a ``type``, and "Title and Content 1"."""
    prs = Presentation()
    prs.slide_width = 12192000
    layouts = list(prs.slide_layouts)
    cover, content, section, closing = layouts[0], layouts[1], layouts[2], layouts[5]
    for layout, name in (
        (cover, "Cover"),
        (content, "Title and Content 1"),
        (section, "Section 1"),
        (closing, "Closing"),
    ):
        layout.name = name
        layout._element.attrib.pop("type", None)
    phs = {ph.placeholder_format.type: ph for ph in cover.placeholders}
    _place(phs[PP_PLACEHOLDER.CENTER_TITLE], (7.2, 0.32, 5.22, 3.52))
    _place(phs[PP_PLACEHOLDER.SUBTITLE], (7.2, 3.94, 5.22, 1.81))
    phs = {ph.placeholder_format.type: ph for ph in content.placeholders}
    _place(phs[PP_PLACEHOLDER.TITLE], (1.57, 0.4, 10.85, 1.45))
    _place(phs[PP_PLACEHOLDER.OBJECT], (1.57, 2.0, 10.85, 4.76))
    phs = {ph.placeholder_format.type: ph for ph in section.placeholders}
    _place(phs[PP_PLACEHOLDER.TITLE], (0.91, 1.87, 4.86, 3.12))
    _place(phs[PP_PLACEHOLDER.BODY], (0.91, 5.02, 4.86, 1.64))
    phs = {ph.placeholder_format.type: ph for ph in closing.placeholders}
    _place(phs[PP_PLACEHOLDER.TITLE], (0.91, 1.87, 6.45, 3.12))
    _placeholder(closing, "body", 1, "Text Placeholder 2", (0.91, 5.02, 6.45, 1.64))
    for k in range(3):  # the e-mail, telephone and website lines
        _placeholder(
            closing, "body", 14 + k, "Text Placeholder 17", (8.22, 5.18 + 0.25 * k, 1.86, 0.25)
        )
    for layout in (cover, section, closing):
        _placeholder(layout, "pic", 13, "Freeform 17", PHOTO[layout.name])
    return save_template(prs, folder, "memphis.pptx")


@pytest.fixture(scope="module")
def memphis(tmp_path_factory) -> tuple[Path, Path]:
    """The template's theme folder and the sample deck built on it."""
    tmp = tmp_path_factory.mktemp("memphis")
    theme = theme_for(_own_layouts_template(tmp), tmp / "themes")
    deck = build_deck(SAMPLE, tmp / "deck.pptx", theme=str(theme), cache=False).path
    return theme, deck


def test_layout_names_say_their_role():
    assert says_role("Closing", "closing") and says_role("Kết thúc", "closing")
    assert says_role("Section 1", "section") and says_role("Cover", "title")
    assert not says_role("Legend", "closing") and not says_role("Title Slide", "section")


def test_the_templates_own_layouts_carry_their_roles(memphis):
    """Cover, section and closing slides take the template's own layouts, photo frames and
    all, and ``themes check`` calls none a stand-in (before: all on "Title and Content 1")."""
    folder, _ = memphis
    theme = load_theme(str(folder))
    prs = open_presentation(theme.template)
    chosen = {role: choose_layout(prs, theme, role) for role in ("title", "section", "closing")}
    assert {r: c.layout.name for r, c in chosen.items()} == {
        "title": "Cover",
        "section": "Section 1",
        "closing": "Closing",
    }
    assert all(c.fallback is None for c in chosen.values())
    said = [p.message for p in check_template(theme)]
    roles = ("for title slides", "for section slides", "for closing slides")
    assert not [m for m in said if any(r in m for r in roles)], said
    assert [m for m in said if "for chart, KPI, table and quote slides" in m]  # it has none


def test_python_pptx_picture_with_caption_is_no_section_layout(tmp_path):
    """A layout made for a picture (``picTx``) still carries no section: python-pptx's default
    template keeps "Section Header" and "Title Slide"."""
    theme = load_theme(
        str(theme_for(save_template(Presentation(), tmp_path, "plain.pptx"), tmp_path / "t"))
    )
    prs = open_presentation(theme.template)
    names = {r: choose_layout(prs, theme, r).layout.name for r in ("title", "section", "closing")}
    assert names == {"title": "Title Slide", "section": "Section Header", "closing": "Title Slide"}


def test_slides_on_the_own_layouts_leave_their_photo_frames_empty(memphis):
    """The deck's title, section and closing slides are on the template's layouts; no slide
    keeps an empty placeholder (a photo frame would say "Click to add picture" in PowerPoint,
    a contact line "Click to add text"), and every text keeps clear of the layout's photo
    frame (before the layout boxes were cached by role, the closing slide's title was put in
    the cover's box, on the closing layout's photo frame)."""
    _, deck = memphis
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    on = [s.slide_layout.name for s in slides]
    assert on[0] == "Cover" and on[-1] == "Closing"
    assert on.count("Section 1") >= 5
    for n, slide in enumerate(slides, 1):
        for ph in slide.placeholders:
            kind = ph.placeholder_format.type
            assert kind != PP_PLACEHOLDER.PICTURE or not ph.is_placeholder or _bound(ph), n
            if ph.has_text_frame and kind not in (
                PP_PLACEHOLDER.FOOTER,
                PP_PLACEHOLDER.SLIDE_NUMBER,
            ):
                assert ph.text_frame.text.strip(), (n, ph.name)
        frame = PHOTO.get(slide.slide_layout.name)
        if frame is None:
            continue
        photo = _emu(frame)
        for sh in slide.shapes:
            if sh.has_text_frame and sh.text_frame.text.strip():
                box = (sh.left, sh.top, sh.width, sh.height)
                assert not overlaps(box, photo), (n, sh.name, sh.text_frame.text[:30])


def _bound(ph) -> bool:
    """A figure bound to the placeholder (a ``p:pic`` or ``p:graphicFrame`` carrying its ``ph``)."""
    return ph._element.tag != qn("p:sp")


def test_the_covers_agency_name_breaks_between_its_units(memphis):
    """On the cover's narrow column the agency's name takes three lines broken between its
    units rather than two that break one ('… KHỐI CƠ / QUAN …')."""
    _, deck = memphis
    cover = Presentation(str(deck)).slides[0]
    org = next(sh for sh in cover.shapes if sh.name == "Organization")
    lines = [" ".join(x.split()) for x in re.split("[\x0b\n]", org.text_frame.text)]
    assert len(lines) >= 2, lines
    assert not any(x.endswith("KHỐI CƠ") for x in lines), lines


@pytest.mark.render
def test_doctor_finds_nothing_on_the_own_layouts(memphis, soffice):
    from deckmaker.doctor import diagnose

    _, deck = memphis
    findings = diagnose(deck)
    assert not findings, findings


# --- ipodprugin: layouts drawn for a smaller slide ---------------------------------------------

BIG = (18288000, 10287000)
"""20 × 11.25 in."""


def _big_template(folder: Path) -> Path:
    """python-pptx's default template (10 × 7.5 in master and layouts) on a 20 × 11.25 in
    slide, with a 1 × 1 in logo picture at the master's top right, as drawn for 10 × 7.5."""
    import io

    from PIL import Image

    prs = Presentation()
    prs.slide_width, prs.slide_height = BIG
    buf = io.BytesIO()
    Image.new("RGB", (300, 300), (200, 30, 30)).save(buf, format="PNG")
    scratch = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    pic = scratch.shapes.add_picture(io.BytesIO(buf.getvalue()), *_emu((8.8, 0.2, 1.0, 1.0)))
    _, rid = prs.slide_master.part.get_or_add_image_part(io.BytesIO(buf.getvalue()))
    el = copy.deepcopy(pic._element)
    el.find(f".//{qn('a:blip')}").set(qn("r:embed"), rid)
    prs.slide_master.shapes._spTree.append(el)
    return save_template(prs, folder, "big.pptx")


def test_drawn_size():
    """The size a master's shapes were drawn for when it is plainly smaller than the slide."""
    four_three = [_emu(b) for b in ((0.5, 0.3, 9.0, 1.25), (0.5, 6.95, 2.33, 0.4))]
    assert drawn_size(four_three, BIG) == (9144000, 6858000)
    # python-pptx's default widened to 16:9: the height is used, the widening is _widened's
    assert drawn_size(four_three, (12192000, 6858000)) is None
    assert drawn_size([*four_three, _emu((0, 10.5, 20, 0.75))], BIG) is None  # a band at the foot
    assert drawn_size([], BIG) is None


def test_the_master_is_scaled_to_the_slide(tmp_path):
    """Opened, the template's master and layouts fill its slide (PowerPoint's Slide Size →
    Scale): the master's title 18 in wide from 1 in, the footer row at the slide's foot, the
    logo 1.5 in square (its aspect kept) at the top right."""
    prs = open_presentation(_big_template(tmp_path))
    master = prs.slide_master
    title = next(
        p for p in master.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.TITLE
    )
    assert (round(title.left / IN, 2), round(title.width / IN, 2)) == (1.0, 18.0)
    foot = next(
        p for p in master.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER
    )
    assert foot.top + foot.height > 0.95 * BIG[1]
    logo = next(s for s in master.shapes if not s.is_placeholder)
    assert logo.width == logo.height == round(1.5 * IN)
    assert logo.left + logo.width > 0.95 * BIG[0]
    body = next(p for p in prs.slide_layouts[1].placeholders if p.placeholder_format.idx == 1)
    assert body.top + body.height > 0.85 * BIG[1]


@pytest.fixture(scope="module")
def big_deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("big")
    theme = theme_for(_big_template(tmp), tmp / "themes")
    return build_deck(SAMPLE, tmp / "deck.pptx", theme=str(theme), cache=False).path


def test_content_uses_the_whole_slide(big_deck):
    """The sample's content slides on the 20 × 11.25 in template reach past 85 % of the slide's
    width and their footers sit at its foot (before: the content within the top-left 10 × 7.5 in,
    60 % of it, the footer row at 6.95 in)."""
    prs = Presentation(str(big_deck))
    w, h = prs.slide_width, prs.slide_height
    right, low, feet = 0, 0, []
    for slide in list(prs.slides)[1:-1]:
        for sh in slide.shapes:
            if sh.name.startswith("Footer") or sh.name == "Footer":
                feet.append(sh.top)
                continue
            right = max(right, sh.left + sh.width)
            if sh.has_text_frame or sh.shape_type is not None:
                low = max(low, sh.top + sh.height)
    assert right > 0.85 * w
    assert low > 0.8 * h
    assert feet and min(feet) > 0.85 * h


@pytest.mark.render
def test_doctor_finds_nothing_on_the_scaled_template(big_deck, soffice):
    from deckmaker.doctor import diagnose

    findings = diagnose(big_deck)
    assert not findings, findings


# --- USBR: a logo under the right end of the section title --------------------------------------

LOGO = (8.87, 5.9, 1.0, 1.16)
"""The logo on the master, in inches: under the right end of python-pptx's Section Header title
(0.79, 4.82, 8.5 × 1.49 in), as the Bureau of Reclamation's is under its own."""


def _logo_template(folder: Path) -> Path:
    prs = Presentation()
    scratch = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    sh = scratch.shapes.add_shape(MSO_SHAPE.OVAL, *_emu(LOGO))
    sh.name = "Seal"
    prs.slide_master.shapes._spTree.append(sh._element)
    return save_template(prs, folder, "seal.pptx")


def test_section_titles_keep_clear_of_the_logo(tmp_path):
    """Every section slide's title box ends before the logo (before: its right end, 0.42 in of
    its 8.5, lay on the logo's top)."""
    theme = theme_for(_logo_template(tmp_path), tmp_path / "themes")
    deck = build_deck(SAMPLE, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    prs = Presentation(str(deck))
    seen = 0
    for n, slide in enumerate(prs.slides, 1):
        if slide.slide_layout.name != "Section Header":
            continue
        for sh in slide.shapes:
            if sh.has_text_frame and sh.text_frame.text.strip():
                seen += 1
                box = (sh.left, sh.top, sh.width, sh.height)
                assert not overlaps(box, _emu(LOGO)), (n, sh.name, [round(v / IN, 2) for v in box])
    assert seen >= 10
