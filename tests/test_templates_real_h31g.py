"""Faults found on templates written by strangers (issues 14/15, h31g).

Freeforms: courseLYP/MSDM5005's ``template.potx`` (a PresentationGo "Memphis" design, no licence
to copy it here: tests/fixtures/templates-real/README.md) paints a near-black master background
(``bg2`` at ``lumMod`` 10%) and draws on each layout a freeform (``a:custGeom``) whose box is
the whole slide but whose paths are thin arcs and arrows, filled with a gradient from light
cyan #ADDDE0. deckmaker took the freeform's box for a slide-wide plate of #ADDDE0 under every
text and wrote the titles, bullets and section numbers in dark grey on the black slide
(``themes check``: "10.0:1 on #ADDDE0"); LibreOffice showed them at about 1.3:1. The template
made here has the same: a dark master and a slide-wide freeform that paints a thin frame along
two edges."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn

from deckmaker.pipeline import build_deck
from deckmaker.theme.freeform import painted_outline, painted_share
from deckmaker.theme.model import contrast_ratio
from tests.template_corpus import save_template, theme_for

from .conftest import FIXTURES

EVERY = FIXTURES / "every"
DARK = "#0F221D"
"""The master's background (MSDM5005's bg2 at lumMod 10%)."""
LIGHT = "ADDDE0"
"""The freeform's fill (MSDM5005's gradient's first stop)."""
BAND = 91440
"""The frame's width, 0.1 in: a line, not a plate."""


def _framed_template(folder: Path) -> Path:
    """python-pptx's default template at 16:9 on a dark master with, on the master, a freeform
    as large as the slide that paints only a thin frame along its top and left edges."""
    prs = Presentation()
    prs.slide_width = 12192000
    w, h = int(prs.slide_width), int(prs.slide_height)
    master = prs.slide_master
    fill = master.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(DARK[1:])
    scratch = Presentation()
    scratch.slide_width = prs.slide_width
    slide = scratch.slides.add_slide(scratch.slide_layouts[6])
    pts = [(w, 0), (w, BAND), (BAND, BAND), (BAND, h), (0, h)]
    builder = slide.shapes.build_freeform(0, 0, scale=1.0)
    builder.add_line_segments(pts, close=True)
    frame = builder.convert_to_shape()
    frame.fill.solid()
    frame.fill.fore_color.rgb = RGBColor.from_string(LIGHT)
    frame.line.fill.background()
    tree = master.shapes._spTree
    tree.insert(2, frame._element)  # under the master's placeholders
    return save_template(prs, folder, "framed.pptx")


@pytest.fixture(scope="module")
def framed_deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("framed")
    theme = theme_for(_framed_template(tmp), tmp / "themes")
    return build_deck(EVERY, tmp / "deck.pptx", theme=str(theme), cache=False).path


def test_freeform_paints_its_paths_not_its_box(tmp_path):
    """The frame's outline covers its edges, not the middle of the slide."""
    prs = Presentation(_framed_template(tmp_path))
    shape = next(s for s in prs.slide_master.shapes if not s.is_placeholder)
    where = (int(shape.left), int(shape.top), int(shape.width), int(shape.height))
    assert where[2] >= int(prs.slide_width) - 1  # as large as the slide
    outlines = painted_outline(shape._element.find(qn("p:spPr")), where)
    assert outlines
    w, h = int(prs.slide_width), int(prs.slide_height)
    assert painted_share(outlines, (w // 4, h // 4, w // 2, h // 2)) == 0.0
    assert painted_share(outlines, (0, 0, w, BAND)) > 0.9


def _texts(prs) -> list[tuple[int, str, str]]:
    """Each run's explicit colour on the deck's slides: (slide number, text, colour)."""
    out = []
    for n, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for p in shape.text_frame.paragraphs:
                for r in p.runs:
                    fill = r._r.find(f"{qn('a:rPr')}/{qn('a:solidFill')}/{qn('a:srgbClr')}")
                    if fill is not None and r.text.strip():
                        out.append((n, r.text, "#" + fill.get("val")))
    return out


def _backed(slide) -> bool:
    return any(s.name == "Backing" for s in slide.shapes)


def test_text_reads_on_the_dark_master(framed_deck):
    """Every text drawn straight on the slide (no panel of its own under it) reads on the dark
    master: before, titles and bullets were dark grey on it."""
    prs = Presentation(framed_deck)
    bare = {n for n, s in enumerate(prs.slides, 1) if not _backed(s)}
    seen = [(n, t, c) for n, t, c in _texts(prs) if n in bare]
    assert len(seen) > 20
    titles = [
        (n, s.shapes.title.text_frame.text, s.shapes.title)
        for n, s in enumerate(prs.slides, 1)
        if n in bare and s.shapes.title is not None and s.shapes.title.text_frame.text
    ]
    assert titles
    unread = [(n, t[:30], c) for n, t, c in seen if contrast_ratio(c, DARK) < 4.5]
    # a card's or a table's text sits on its own fill: those are judged on it, not here
    plain = [
        (n, t, c)
        for n, t, c in unread
        if not any(
            sh.has_text_frame and t in sh.text_frame.text and _on_fill(sh)
            for sh in prs.slides[n - 1].shapes
        )
    ]
    assert not plain, plain


def _on_fill(shape) -> bool:
    """Whether ``shape`` (a card, a table cell's frame) has its own solid fill."""
    sp = shape._element.find(qn("p:spPr"))
    return sp is not None and sp.find(qn("a:solidFill")) is not None


@pytest.mark.render
def test_doctor_finds_nothing(framed_deck, soffice):
    """LibreOffice's render of the deck, with the accessibility gate (every run's contrast on
    what is behind it): nothing overflows and nothing is unreadable."""
    from deckmaker.doctor import diagnose

    findings = diagnose(framed_deck, access=True)
    assert not findings, findings
