"""Faults found on templates written by strangers (issue 14, h29g).

Letter spacing: fresh3/huicheng-ppt's ``templates/template.pptx`` (written by WPS, no licence to
copy it here) gives its titles 3 pt after every letter and its bullets 1.5 pt
(``<a:defRPr spc="300">`` in the master's title style, ``spc="150"`` in its body style,
``spc="200"`` in its layouts' subtitle boxes). deckmaker measured the text without spacing and
LibreOffice drew it with: doctor found 20 texts of the sample deck overflowing (titles on two
lines in one-line boxes, bullets 16-30 pt under their box). The template made here carries the
same spacing on python-pptx's default template (16:9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn

from deckmaker.pipeline import build_deck
from tests.template_corpus import save_template, theme_for

from .conftest import FIXTURES

EVERY = FIXTURES / "every"
SAMPLE = Path(__file__).resolve().parents[1] / "outlines" / "hung-yen-2024"
SPACING = {"titleStyle": "300", "bodyStyle": "150"}
"""The WPS template's spacing, in hundredths of a point, by the master's text style."""


def _spaced_template(folder: Path) -> Path:
    """python-pptx's default template at 16:9 with the WPS template's letter spacing: on the
    master's title and body styles, on the subtitle box of the title layout, and on a text the
    title layout draws (artwork, not a placeholder), which keeps it."""
    prs = Presentation()
    prs.slide_width = 12192000
    master = prs.slide_master
    styles = master._element.find(qn("p:txStyles"))
    for style, spc in SPACING.items():
        for rpr in styles.find(qn(f"p:{style}")).iter(qn("a:defRPr")):
            rpr.set("spc", spc)
    subtitle = prs.slide_layouts[0].placeholders[1]._element
    lvl1 = subtitle.find(qn("p:txBody")).find(qn("a:lstStyle"))
    etree.SubElement(etree.SubElement(lvl1, qn("a:lvl1pPr")), qn("a:defRPr")).set("spc", "200")
    scratch = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    box = scratch.shapes.add_textbox(11277600, 6400800, 609600, 304800)
    box.text_frame.text = "ART"
    box.text_frame.paragraphs[0].runs[0].font._rPr.set("spc", "400")
    prs.slide_layouts[0].shapes._spTree.append(box._element)
    return save_template(prs, folder, "spaced.pptx")


@pytest.fixture(scope="module")
def spaced_deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("spaced")
    theme = theme_for(_spaced_template(tmp), tmp / "themes")
    return build_deck(EVERY, tmp / "deck.pptx", theme=str(theme), cache=False).path


def _inherited_spacing(prs) -> list[tuple[str, str]]:
    """Every letter spacing a slide's placeholder text or a text box inherits (the masters'
    text styles, the placeholders' list styles on masters and layouts, the presentation's
    default style), by where it is."""
    found = []
    roots = [("presentation", prs.part._element.find(qn("p:defaultTextStyle")))]
    for master in prs.slide_masters:
        roots.append(("master styles", master._element.find(qn("p:txStyles"))))
        for part in (master, *master.slide_layouts):
            for ph in part.placeholders:
                roots.append((f"{part.name or 'master'}: {ph.name}", ph._element))
    for where, root in roots:
        for rpr in root.iter(qn("a:defRPr")) if root is not None else ():
            if rpr.get("spc") not in (None, "0"):
                found.append((where, rpr.get("spc")))
    return found


def test_the_template_spaces_its_letters(tmp_path):
    """What the made template is for: spacing where the WPS template has it."""
    prs = Presentation(str(_spaced_template(tmp_path)))
    where = {w for w, _ in _inherited_spacing(prs)}
    assert where == {"master styles", "Title Slide: Subtitle 2"}


def test_the_deck_inherits_no_letter_spacing(spaced_deck):
    prs = Presentation(str(spaced_deck))
    assert _inherited_spacing(prs) == []
    layout = prs.slides[0].slide_layout
    art = [sh for sh in layout.shapes if not sh.is_placeholder and sh.has_text_frame]
    assert [sh.text_frame.paragraphs[0].runs[0].font._rPr.get("spc") for sh in art] == ["400"]


@pytest.mark.render
def test_a_deck_on_a_letter_spaced_template_passes_doctor(spaced_deck):
    from deckmaker.doctor import diagnose

    assert diagnose(spaced_deck) == []


# --- a title box the template fills ---------------------------------------------------------
# Daniel-Chin/NYU-Shanghai-PPT-Template's ``template.potx`` (no licence to copy it here) fills
# its master's title box with ``tx1`` at ``lumMod 65% lumOff 35%`` (grey #595959) under white
# titles. deckmaker read neither the placeholder's fill nor the luminance change: titles went
# blue (#4472C4, 1.5:1) on the grey, quotes black (3.0:1), and doctor, as blind to the fill,
# found nothing.

GREY = "#595959"


def _filled_title_template(folder: Path) -> Path:
    """python-pptx's default template at 16:9, its master's title box filled as NYU
    Shanghai's, its titles white (``bg1``)."""
    prs = Presentation()
    prs.slide_width = 12192000
    master = prs.slide_master
    title = next(ph for ph in master.placeholders if ph.placeholder_format.type == 1)
    sp_pr = title._element.spPr
    fill = etree.SubElement(sp_pr, qn("a:solidFill"))
    clr = etree.SubElement(fill, qn("a:schemeClr"), val="tx1")
    etree.SubElement(clr, qn("a:lumMod"), val="65000")
    etree.SubElement(clr, qn("a:lumOff"), val="35000")
    style = master._element.find(qn("p:txStyles")).find(qn("p:titleStyle"))
    rpr = style.find(f"{qn('a:lvl1pPr')}/{qn('a:defRPr')}")
    for old in rpr.findall(qn("a:solidFill")):
        rpr.remove(old)
    etree.SubElement(etree.SubElement(rpr, qn("a:solidFill")), qn("a:schemeClr"), val="bg1")
    rpr.insert(0, rpr[-1])  # the fill before the fonts, as the schema orders it
    return save_template(prs, folder, "filled.pptx")


@pytest.fixture(scope="module")
def filled_deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("filled")
    theme = theme_for(_filled_title_template(tmp), tmp / "themes")
    return build_deck(EVERY, tmp / "deck.pptx", theme=str(theme), cache=False).path


def test_a_luminance_change_is_read():
    from deckmaker.theme.template import transformed

    clr = etree.fromstring(
        f'<a:schemeClr xmlns:a="{qn("a:x")[1:].split("}")[0]}" val="tx1">'
        '<a:lumMod val="65000"/><a:lumOff val="35000"/></a:schemeClr>'
    )
    assert transformed("#000000", clr) == GREY
    plain = etree.fromstring(etree.tostring(clr))
    for child in list(plain):
        plain.remove(child)
    assert transformed("#4472C4", plain) == "#4472C4"


def test_text_in_the_filled_title_box_reads_on_its_fill(filled_deck):
    """Every run in a placeholder that shows the master's grey title box (content titles, the
    title and closing slides' titles wherever the cover puts them, an untitled quote) reads on
    the grey (4.5:1)."""
    from deckmaker.theme.model import contrast_ratio

    prs = Presentation(str(filled_deck))
    seen = 0
    for n, slide in enumerate(prs.slides, 1):
        for sh in slide.placeholders:
            if sh.placeholder_format.type not in (1, 3) or not sh.text_frame.text.strip():
                continue
            for r in sh._element.iter(qn("a:rPr")):
                fill = r.find(f"{qn('a:solidFill')}/{qn('a:srgbClr')}")
                if fill is None or not r.getparent().findtext(qn("a:t"), "").strip():
                    continue
                seen += 1
                ink = "#" + fill.get("val")
                assert contrast_ratio(ink, GREY) >= 4.5, (n, sh.name, ink, sh.text_frame.text[:30])
    assert seen >= 8


def test_doctor_sees_the_fill_a_placeholder_inherits(filled_deck, tmp_path):
    """The same deck with one title turned dark: doctor's contrast check reads the grey the
    title takes from its master (before h29g: the slide's white background, and nothing)."""
    from deckmaker.doctor.contrast import check_contrast

    prs = Presentation(str(filled_deck))
    n, slide = next((n, s) for n, s in enumerate(prs.slides, 1) if s.shapes.title is not None)
    assert check_contrast(n, slide, prs) == []
    for fill in slide.shapes.title._element.iter(qn("a:srgbClr")):
        fill.set("val", "1F2933")
    found = check_contrast(n, slide, prs)
    assert found and all(GREY[1:] in f.message for f in found), found


@pytest.mark.render
def test_a_deck_on_a_filled_title_box_passes_doctor(filled_deck):
    from deckmaker.doctor import diagnose

    assert diagnose(filled_deck) == []


# --- a logo in the corner of the content area ------------------------------------------------
# BDO-Science/Markdown-Templates' ``template.pptx`` (the US Bureau of Reclamation's black 16:9
# template; no licence file to copy it here) draws its 1 x 1.16 in logo at the bottom right,
# inside the content area. The content slides' body was cut short of it, but the chart column
# of a chart-with-bullets slide (the layout's right-hand placeholder) was not: 6 of the sample's
# charts ran under the logo.


def _logo_template(folder: Path) -> Path:
    """python-pptx's default template (4:3) with a 0.9 x 2.5 in logo (a filled shape, a
    vertical emblem) on its master at the right of the content area, from its middle down."""
    from pptx.enum.shapes import MSO_SHAPE

    prs = Presentation()
    scratch = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    logo = scratch.shapes.add_shape(MSO_SHAPE.RECTANGLE, 7863840, 3200400, 822960, 2286000)
    logo.name = "Logo"
    prs.slide_master.shapes._spTree.append(logo._element)
    return save_template(prs, folder, "logo.pptx")


def test_no_chart_column_runs_under_a_logo_in_the_content_area(tmp_path):
    """The sample deck (5 of its charts beside bullets ran under the logo before; the title
    slide's bottom lines until h31d)."""
    from deckmaker.theme.template import _small_shapes, overlaps

    theme = theme_for(_logo_template(tmp_path), tmp_path / "themes")
    out = build_deck(SAMPLE, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    prs = Presentation(str(out))
    two = 0
    for n, slide in enumerate(prs.slides, 1):
        art = _small_shapes(slide.slide_layout, prs.slide_width)
        assert art, n  # the logo shows on every slide
        two += slide.slide_layout.name == "Two Content"
        for sh in slide.shapes:
            if sh.left is None or sh.width is None:
                continue
            if sh.has_text_frame and not sh.text_frame.text.strip():
                continue
            pad = 12700
            box = (sh.left + pad, sh.top + pad, sh.width - 2 * pad, sh.height - 2 * pad)
            assert not [a for a in art if overlaps(box, a)], (n, sh.name)
    assert two  # a chart with bullets in the layout's two columns


# --- a tiny number box, no footer box, a body down to the bottom -----------------------------
# MTES-MCT/otelo-back's ``public/ppt/template.pptx`` (a French government service's, from
# Google Slides; no licence file to copy it here) has a 0.14 x 0.14 in slide-number box and no
# footer placeholder, and its body reaches 0.1 in into the footer deckmaker draws itself: doctor
# found 47 numbers on two lines ("1" over "6") and 12 charts under the footer in the sample.


def _google_template(folder: Path) -> Path:
    """python-pptx's default template (4:3) as otelo's: no footer placeholders, each number
    box 0.14 in square at the bottom right, each body down to 0.2 in above the slide's end."""
    prs = Presentation()
    inch = 914400
    for part in (prs.slide_master, *prs.slide_layouts):
        for ph in list(part.placeholders):
            kind = ph.placeholder_format.type
            if kind == 15:  # footer
                ph._element.getparent().remove(ph._element)
            elif kind == 13:  # slide number
                ph.left, ph.top, ph.width, ph.height = 9360000, 7040880, 128016, 128016
            elif kind in (2, 7) and ph.height is not None:  # body, object
                ph.height = int(7.3 * inch) - ph.top
    return save_template(prs, folder, "google.pptx")


@pytest.fixture(scope="module")
def google_deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("google")
    theme = theme_for(_google_template(tmp), tmp / "themes")
    return build_deck(SAMPLE, tmp / "deck.pptx", theme=str(theme), cache=False).path


def test_numbers_have_room_and_nothing_runs_under_the_footer(google_deck):
    from deckmaker.theme.template import overlaps

    prs = Presentation(str(google_deck))
    numbers = footers = 0
    for n, slide in enumerate(prs.slides, 1):
        shapes = list(slide.shapes)
        for sh in shapes:
            if sh.is_placeholder and sh.placeholder_format.type == 13:
                numbers += 1
                assert sh.width >= 0.3 * 914400 and sh.height >= 0.2 * 914400, (n, sh.width)
        foot = [sh for sh in shapes if sh.name == "Footer" and not sh.is_placeholder]
        footers += len(foot)
        for f in foot:
            fb = (f.left, f.top, f.width, f.height)
            for sh in shapes:
                if sh is f or sh.left is None:
                    continue
                if sh.is_placeholder and sh.has_text_frame and not sh.text_frame.text:
                    continue
                if sh.is_placeholder and sh.placeholder_format.type == 13:
                    continue
                box = (sh.left, sh.top, sh.width, sh.height)
                assert not overlaps(fb, box), (n, sh.name)
    assert numbers >= 50 and footers >= 50


@pytest.mark.render
def test_a_deck_on_a_google_slides_like_template_passes_doctor(google_deck):
    from deckmaker.doctor import diagnose

    assert diagnose(google_deck) == []
