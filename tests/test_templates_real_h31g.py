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


# The closing slide: VThanhPhuc/CS202-Group-9's ``template.potx`` (4:3, a Russian PowerPoint's,
# no licence to copy it here) fills its title layout's background with a photograph of blue
# hexagons; no text colour reads on all of it, so deckmaker builds its own cover there, with a
# backing panel under each text. The title slide kept the photograph (its band across it), but
# the closing slide painted itself over in the primary colour, which on that template is white:
# a plain white page with a black "Trân trọng cảm ơn!" at the end of a blue deck. The template
# made here has a busy picture (black and white stripes) as its master's background.


def _striped_template(folder: Path) -> Path:
    """python-pptx's default template at 16:9 whose master's background is a picture of
    vertical black and white stripes (nothing reads on all of it)."""
    import io

    from lxml import etree
    from PIL import Image

    img = Image.new("RGB", (160, 90), "white")
    for x in range(0, 160, 20):
        for y in range(90):
            for dx in range(10):
                img.putpixel((x + dx, y), (0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    prs = Presentation()
    prs.slide_width = 12192000
    master = prs.slide_master
    _, rid = master.part.get_or_add_image_part(io.BytesIO(buf.getvalue()))
    c_sld = master._element.find(qn("p:cSld"))
    for old in c_sld.findall(qn("p:bg")):
        c_sld.remove(old)
    bg = etree.SubElement(c_sld, qn("p:bg"))
    c_sld.remove(bg)
    c_sld.insert(0, bg)
    pr = etree.SubElement(bg, qn("p:bgPr"))
    fill = etree.SubElement(pr, qn("a:blipFill"))
    etree.SubElement(fill, qn("a:blip")).set(qn("r:embed"), rid)
    etree.SubElement(etree.SubElement(fill, qn("a:stretch")), qn("a:fillRect"))
    etree.SubElement(pr, qn("a:effectLst"))
    return save_template(prs, folder, "striped.pptx")


@pytest.fixture(scope="module")
def striped_deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("striped")
    theme = theme_for(_striped_template(tmp), tmp / "themes")
    return build_deck(EVERY, tmp / "deck.pptx", theme=str(theme), cache=False).path


def _own_background(slide) -> bool:
    return slide._element.find(f"{qn('p:cSld')}/{qn('p:bg')}") is not None


def test_closing_keeps_the_templates_background(striped_deck):
    """The closing slide, like the title slide, leaves the template's picture to show: no
    background of its own; its title sits on a band, in a colour that reads on it."""
    prs = Presentation(striped_deck)
    first, last = prs.slides[0], prs.slides[len(prs.slides) - 1]
    assert any(s.name == "Backing" for s in first.shapes)  # the template needs the panels
    assert not _own_background(first)
    assert not _own_background(last)
    band = next(s for s in last.shapes if s.name == "Band")
    title = next(s for s in last.shapes if s.has_text_frame and "ơn" in s.text_frame.text)
    assert band.top <= title.top and title.top + title.height <= band.top + band.height
    ground = "#" + str(band.fill.fore_color.rgb)
    inks = [c for n, t, c in _texts(prs) if n == len(prs.slides) and t in title.text_frame.text]
    assert inks and all(contrast_ratio(c, ground) >= 4.5 for c in inks), (inks, ground)
    others = [
        s for s in last.shapes if s.has_text_frame and s.text_frame.text.strip() and s is not title
    ]
    assert others  # the agency's name, the place and date: each on a panel of its own
    panels = [s for s in last.shapes if s.name == "Backing"]
    for s in others:
        assert any(p.left <= s.left and s.left + s.width <= p.left + p.width + 1 for p in panels), (
            s.name
        )


def test_a_theme_naming_only_its_template_says_extends_default(tmp_path, monkeypatch):
    """A presenter's first theme.yaml names the agency's template and forgets the docs' second
    line, ``extends: default``: seven errors (five colour roles, two fonts) at 1:1. Each says
    how to mend it in one line, the fonts' too (they only asked for a font name before)."""
    from click.testing import CliRunner

    from deckmaker.cli import main as cli
    from deckmaker.cli.language import use_language
    from deckmaker.i18n import ENV, language

    folder = tmp_path / "themes" / "agency"
    folder.mkdir(parents=True)
    Presentation().save(folder / "template.pptx")
    (folder / "theme.yaml").write_text("name: agency\ntemplate: template.pptx\n", "utf-8")
    out = tmp_path / "deck.pptx"
    was = language()
    monkeypatch.setenv(ENV, was)  # --lang sets it for the processes deckmaker starts: put back
    try:  # and the process's own language: the tests after this one speak it again
        for lang, words in (("en", "extends: default"), ("vi", "kế thừa một giao diện")):
            result = CliRunner().invoke(
                cli, ["--lang", lang, "build", str(EVERY), "--theme", str(folder), "-o", str(out)]
            )
            assert result.exit_code == 1, result.output
            hints = [
                x for x in result.output.splitlines() if x.lstrip().startswith(("hint:", "gợi ý:"))
            ]
            assert len(hints) == 7, result.output
            assert all(words in h and "extends: default" in h for h in hints), hints
            assert not out.exists()
    finally:
        use_language(was)


def test_a_template_that_is_no_zip_is_refused_in_the_users_language(tmp_path, monkeypatch):
    """A template file that is not a zip package (a .potx saved as something else, a download
    cut short): the refusal said zipfile's own English words after the Vietnamese ("không phải
    tệp Office (zip): File is not a zip file")."""
    from click.testing import CliRunner

    from deckmaker.cli import main as cli
    from deckmaker.cli.language import use_language
    from deckmaker.i18n import ENV, language

    folder = tmp_path / "themes" / "agency"
    folder.mkdir(parents=True)
    (folder / "template.potx").write_text("not a presentation\n", "utf-8")
    (folder / "theme.yaml").write_text(
        "name: agency\nextends: default\ntemplate: template.potx\n", "utf-8"
    )
    was = language()
    monkeypatch.setenv(ENV, was)
    try:
        result = CliRunner().invoke(
            cli, ["--lang", "vi", "build", str(EVERY), "--theme", str(folder), "-o", "x.pptx"]
        )
    finally:
        use_language(was)
    assert result.exit_code == 1, result.output
    assert "template.potx: error: template.potx: không phải tệp Office (zip)\n" in result.output
    assert "zip file" not in result.output
