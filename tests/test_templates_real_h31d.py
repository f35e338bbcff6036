"""Covers on strangers' templates (issue 14, h31d).

A small logo on the title layout of a template that needs no backing panel: the title slide is
composed in the template's free area (``cover.composed_cover``), and its blocks ran over the
logo: mecanon-ufrj's ``template.potx`` (its emblem centred at the top, under the agency's line),
lucas-a-meyer/using-quarto's (a logo at the top left, in the agency's two lines),
BDO-Science/Markdown-Templates' (the US Bureau of Reclamation's, its logo at the bottom right
beside the presenter and date lines). ``Frame.marks`` (the template's small shapes) was filled
only for templates that need a panel. None of the three carries a licence to copy it here: the
template made below draws the same two logos on python-pptx's default title layout.

m3dev's data3 template (tests/fixtures/templates-real, Apache-2.0): a grey title band with two
navy rules across the top of every slide, 0.68 in of 7.5, its title placeholder 0.31 in tall
(deckmaker lays the content slides out on its own geometry); the content slide's title and its
white panel sat across the band's middle, the grey showing above and beside the panel. Its
title slide cut the agency's name inside a unit, 'BAN … KHỐI CƠ / QUAN - DOANH NGHIỆP …'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.pipeline import build_deck
from deckmaker.theme.template import _small_shapes, overlaps
from tests.template_corpus import save_template, theme_for

from .conftest import FIXTURES

SAMPLE = Path(__file__).resolve().parents[1] / "outlines" / "hung-yen-2024"
M3DEV = FIXTURES / "templates-real" / "m3dev-data3-in.pptx"
EMU_PER_IN = 914400
LOGOS = {"Emblem": (4.4, 0.35, 1.2, 0.55), "Seal": (8.4, 5.9, 1.0, 1.16)}
"""The made template's logos on its title layout, in inches: an emblem centred at the top
(mecanon's), a seal at the bottom right (the Bureau of Reclamation's)."""


def _logos_template(folder: Path) -> Path:
    """python-pptx's default template (4:3) with ``LOGOS`` drawn on its title layout."""
    from pptx.enum.shapes import MSO_SHAPE

    prs = Presentation()
    scratch = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    layout = prs.slide_layouts[0]
    for name, box in LOGOS.items():
        sh = scratch.shapes.add_shape(MSO_SHAPE.OVAL, *(int(v * EMU_PER_IN) for v in box))
        sh.name = name
        layout.shapes._spTree.append(sh._element)
    return save_template(prs, folder, "logos.pptx")


def _inches(box) -> tuple[float, ...]:
    return tuple(round(v / EMU_PER_IN, 2) for v in box)


def test_a_composed_cover_keeps_clear_of_the_title_layouts_logos(tmp_path):
    """The sample's title slide (and any other slide on the title layout): no text box nor the
    agency's rule lies on a logo (before: the agency's line on the emblem, the presenter and
    date lines on the seal)."""
    theme = theme_for(_logos_template(tmp_path), tmp_path / "themes")
    out = build_deck(SAMPLE, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    prs = Presentation(str(out))
    cover = prs.slides[0]
    names = {sh.name for sh in cover.shapes}
    assert {"Organization", "Organization Rule", "Presenter", "Date"} <= names  # composed
    seen = 0
    for n, slide in enumerate(prs.slides, 1):
        if slide.slide_layout != cover.slide_layout:
            continue
        logos = _small_shapes(slide.slide_layout, prs.slide_width)
        assert len(logos) == 2, n
        for sh in slide.shapes:
            if sh.has_text_frame and not sh.text_frame.text.strip():
                continue
            if not sh.has_text_frame and sh.name != "Organization Rule":
                continue
            seen += 1
            box = (sh.left, sh.top, sh.width, sh.height)
            hit = [_inches(k) for k in logos if overlaps(box, k)]
            assert not hit, (n, sh.name, _inches(box), hit)
    assert seen >= 6


@pytest.fixture(scope="module")
def m3dev(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("m3dev-h31d")
    theme = theme_for(M3DEV, tmp / "themes")
    out = build_deck(SAMPLE, tmp / "deck.pptx", theme=str(theme), cache=False).path
    return Presentation(str(out))


def _top_bands(prs) -> int:
    """The bottom of the bands m3dev's master draws across the top of its content slides."""
    master = prs.slide_masters[0]
    wide = [
        sh.top + sh.height
        for sh in master.shapes
        if not sh.is_placeholder and sh.width >= prs.slide_width // 2
        and sh.top + sh.height < prs.slide_height // 4
    ]  # fmt: skip
    return max(wide)


def test_content_slides_start_under_the_templates_title_band(m3dev):
    """Every slide's title and white panel (but the cover's) lie under the grey band and its rules
    (before: the panel from 0.23 in, the title from 0.35 in, across the band's middle)."""
    band = _top_bands(m3dev)
    assert 0.6 < band / EMU_PER_IN < 0.7
    titled = 0
    cover = m3dev.slides[0].slide_layout  # the title and closing: the cover's own bands
    for n, slide in enumerate(m3dev.slides, 1):
        if slide.slide_layout == cover:
            continue
        for sh in slide.shapes:
            if sh.name in ("Backing", "Title"):
                titled += sh.name == "Title"
                assert sh.top >= band, (n, sh.name, _inches((sh.left, sh.top, sh.width, sh.height)))
    assert titled >= 40


def test_the_agencys_name_breaks_between_its_units(m3dev):
    """The title slide's agency line, in capitals between the template's two logos: broken
    between the name's units ('… ĐẢNG ỦY KHỐI / CƠ QUAN - DOANH NGHIỆP / TỈNH HƯNG YÊN'), never
    inside one (before: one paragraph the renderer wrapped as '… KHỐI CƠ / QUAN …'); in three
    lines since the agency's name keeps the theme's body minimum (08d56c4), two below it."""
    org = next(sh for sh in m3dev.slides[0].shapes if sh.name == "Organization")
    lines = [" ".join(x.split()) for x in re.split("[\x0b\n]", org.text_frame.text)]
    assert lines[0] == "BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI", lines
    assert lines[1].startswith("CƠ QUAN - DOANH NGHIỆP"), lines
    assert lines[2:] in ([], ["TỈNH HƯNG YÊN"]), lines


def test_name_lines():
    """An agency's name in two or three lines between its units, at Liberation Sans's widths."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.measure import TextMeasurer
    from deckmaker.layout.page import name_lines

    m = TextMeasurer(resolve_font("Liberation Sans").path)
    name = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"
    assert name_lines(name, m, 14, 2000) is None  # one line
    assert name_lines(name, m, 14, 300) == [
        "Ban Tuyên giáo Đảng ủy Khối",
        "Cơ quan - Doanh nghiệp tỉnh Hưng Yên",
    ]
    three = name_lines(name, m, 14, 200, 3)
    assert three is not None and len(three) == 3 and " ".join(three) == name
    assert name_lines(name, m, 14, 20) is None  # no break fits
