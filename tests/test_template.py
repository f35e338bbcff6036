"""Decks built on an agency's template .pptx made in LibreOffice (issue 4, item 4)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from pptx import Presentation

import deckmaker
from deckmaker.cli import main
from deckmaker.errors import ThemeError
from deckmaker.layout.model import TextBox
from deckmaker.office import convert
from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.theme.template import layout_boxes

from .conftest import FIXTURES, ROOT, pdf_text
from .fixtures.template.make_template import BACKGROUND, EXAMPLE_TITLES

TEMPLATE = FIXTURES / "template" / "lo-template.pptx"
EVERY = FIXTURES / "every"
FOOTER = "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"  # the outline's organization
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
THEME_YAML = """\
name: Cơ quan thử
extends: default
colors: {{primary: "#8B1A1A", background: "#FFF4E0"}}
template: {template}
{extra}
"""


def make_theme(where: Path, extra: str = 'layouts: {section: "Title Only"}', tpl=TEMPLATE) -> Path:
    """A theme folder holding ``tpl`` as its template; returns the folder."""
    where.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tpl, where / "template.pptx")
    (where / "theme.yaml").write_text(
        THEME_YAML.format(template="template.pptx", extra=extra), encoding="utf-8"
    )
    return where


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tpl")
    theme = make_theme(tmp / "co-quan")
    result = build_deck(EVERY, tmp / "deck.pptx", theme=str(theme))
    return result


def _xml(z: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(z.read(name))


def test_template_is_libreoffice_made_with_two_example_slides():
    with zipfile.ZipFile(TEMPLATE) as z:
        assert "LibreOffice" in z.read("docProps/app.xml").decode()
        slides = [n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        assert len(slides) == 2
        assert EXAMPLE_TITLES[0] in z.read("ppt/slides/slide1.xml").decode()


def test_deck_has_only_the_generated_slides(built):
    with zipfile.ZipFile(built.path) as z:
        names = z.namelist()
        slides = [n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        assert len(slides) == built.slides == 10
        every_part = b"".join(z.read(n) for n in names)
        for title in EXAMPLE_TITLES:
            assert title.encode() not in every_part
        types = z.read("[Content_Types].xml").decode()
        assert types.count("/ppt/slides/slide") == 10
        pres = _xml(z, "ppt/presentation.xml")
        ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
        assert len(pres.findall("p:sldIdLst/p:sldId", ns)) == 10
        rels = z.read("ppt/_rels/presentation.xml.rels").decode()
        assert rels.count('relationships/slide"') == 10


def test_slides_are_on_the_templates_layouts_and_size(built):
    prs = Presentation(str(built.path))
    template = Presentation(str(TEMPLATE))
    assert (prs.slide_width, prs.slide_height) == (template.slide_width, template.slide_height)
    assert len(prs.slide_masters) == 1
    layouts = [s.slide_layout.name for s in prs.slides]
    assert layouts[0] == "Title Slide"
    assert layouts[1] == "Title Only"  # the section slide, as theme.yaml maps it
    assert layouts[2] == "Title, Content"  # LibreOffice's name for "Title and Content"
    assert layouts[8] == "Title Only"  # the quote slide without a title: the quote is its title
    assert set(layouts) <= {lay.name for lay in template.slide_layouts}
    bullets = prs.slides[2]
    kinds = {sh.name: sh.placeholder_format.type for sh in bullets.placeholders}
    assert kinds["Title"] == 1 and kinds["Body"] == 7  # title and body went into placeholders
    body = next(sh for sh in bullets.placeholders if sh.name == "Body")
    assert "gay gắt" in body.text_frame.text.replace("\u00a0", " ")
    # no placeholder was left empty to show "Click to add text"
    for slide in prs.slides:
        for ph in slide.placeholders:
            if ph.has_text_frame:  # a bound chart, table or picture is no text placeholder
                assert ph.text_frame.text.strip(), (slide.slide_layout.name, ph.name)


def test_template_background_and_footer_are_kept(built):
    with zipfile.ZipFile(built.path) as z:
        master = z.read("ppt/slideMasters/slideMaster1.xml").decode()
        assert f'val="{BACKGROUND[1:].lower()}"' in master.lower()
        content = z.read("ppt/slides/slide3.xml").decode()
    assert "<p:bg>" not in content  # the slide leaves its background to the master
    assert '<p:ph type="ftr"' in content and FOOTER in content
    assert '<p:ph type="sldNum"' in content and 'type="slidenum"' in content
    footer = re.search(r'<p:ph type="ftr".*?</p:sp>', content, re.S)[0]
    # deckmaker's measured size in the template's footer box (the template's own size overflowed
    # it on many templates); its colour is the template's own white, which reads on the band
    # the template draws under it (theme.template.chrome_color)
    assert "sz=" in footer and '<a:solidFill><a:srgbClr val="FFFFFF"/>' in footer


def test_planner_takes_title_and_body_from_the_template(built):
    theme = built.inputs.theme
    boxes = layout_boxes(theme, "content")
    plan = built.plans[2]
    title = next(e for e in plan.elements if isinstance(e, TextBox) and e.role == "title")
    body = next(e for e in plan.elements if isinstance(e, TextBox) and e.name == "Body")
    assert (title.box.x, title.box.y, title.box.w, title.box.h) == boxes["title"]
    assert (body.box.x, body.box.w) == boxes["body"][::2]
    assert body.box.bottom == boxes["body"][1] + boxes["body"][3]
    assert not any(getattr(e, "name", "") == "Title Rule" for e in plan.elements)


def test_template_builds_are_byte_identical(built, tmp_path):
    again = deckmaker.build(EVERY, tmp_path / "again.pptx", theme=str(built.inputs.theme.path)).path
    assert again.read_bytes() == built.path.read_bytes()


def _with_sections_and_shows(src: Path, out: Path) -> Path:
    """``src`` as PowerPoint saves it with sections, a custom show and a thumbnail."""
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    pres = files["ppt/presentation.xml"].decode()
    ids = re.findall(r'<p:sldId id="(\d+)" r:id="(rId\d+)"/>', pres)
    sld = "".join(f'<p:sld r:id="{rid}"/>' for _, rid in ids)
    entries = "".join(f'<p14:sldId id="{i}"/>' for i, _ in ids)
    pres = re.sub(
        r"(<p:notesSz[^>]*/>)",
        r"\1"
        + f'<p:custShowLst><p:custShow name="Ví dụ" id="0"><p:sldLst>{sld}</p:sldLst>'
        + "</p:custShow></p:custShowLst>"
        + '<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}">'
        + '<p14:sectionLst><p14:section name="Mẫu" id="{6A0F3A7C-1C2B-4B7E-9C5D-0E1F2A3B4C5D}">'
        + f"<p14:sldIdLst>{entries}</p14:sldIdLst></p14:section></p14:sectionLst>"
        + "</p:ext></p:extLst>",
        pres,
    )
    files["ppt/presentation.xml"] = pres.encode()
    props = files["ppt/presProps.xml"].decode()
    props = re.sub(
        r"(<p:presentationPr[^>]*>)",
        r'\1<p:showPr><p:custShow id="0"/></p:showPr>',
        props,
        count=1,
    )
    files["ppt/presProps.xml"] = props.encode()
    files["docProps/thumbnail.jpeg"] = (
        ROOT / "tests" / "fixtures" / "every" / "pic.png"
    ).read_bytes()
    rels = (
        files["_rels/.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
        )
    )
    files["_rels/.rels"] = rels.encode()
    types = files["[Content_Types].xml"].decode()
    if 'Extension="jpeg"' not in types:
        types = types.replace(
            "<Default ", '<Default Extension="jpeg" ContentType="image/jpeg"/><Default ', 1
        )
    files["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out


def test_sections_custom_shows_and_thumbnail_are_removed(tmp_path):
    tpl = _with_sections_and_shows(TEMPLATE, tmp_path / "with-sections.pptx")
    prs = Presentation(str(tpl))  # the doctored template is a valid package with both
    assert prs.part._element.find(f".//{{{P14}}}sectionLst") is not None
    theme = make_theme(tmp_path / "t", tpl=tpl)
    out = deckmaker.build(EVERY, tmp_path / "deck.pptx", theme=str(theme)).path
    with zipfile.ZipFile(out) as z:
        pres = z.read("ppt/presentation.xml").decode()
        props = z.read("ppt/presProps.xml").decode()
        names = z.namelist()
        package_rels = z.read("_rels/.rels").decode()
    assert "sectionLst" not in pres and "custShow" not in pres
    assert "custShow" not in props and "<p:sldAll/>" in props
    assert "docProps/thumbnail.jpeg" not in names and "thumbnail" not in package_rels
    assert len(Presentation(str(out)).slides) == 10


def test_libreoffice_opens_it_with_the_templates_look(built, soffice, tmp_path):
    pdf = convert(built.path, "pdf", tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"Pages:\s+10\b", info.stdout)
    text = pdf_text(pdf, 3)
    assert FOOTER in " ".join(text.split()) and "Tình hình thế giới" in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "3", "-l", "3", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    from PIL import Image

    png = next(tmp_path.glob("p-*3.png"))
    with Image.open(png) as im:
        rgb = im.convert("RGB")
        w, h = rgb.size
        background = rgb.getpixel((w // 2, int(h * 0.8)))  # between body and band
        band = rgb.getpixel((w // 2, h - 3))  # the master's dark red band
    assert max(abs(a - b) for a, b in zip(background, (0xFF, 0xF4, 0xE0), strict=True)) < 8
    assert max(abs(a - b) for a, b in zip(band, (0x8B, 0x1A, 0x1A), strict=True)) < 12


def test_a_missing_layout_is_a_warning_naming_its_stand_in(tmp_path, monkeypatch):
    theme = make_theme(tmp_path / "thieu", extra="")  # no mapping and no section layout
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["themes", "check", str(theme)])
    assert result.exit_code == 0, result.output
    assert "warning: the template has no layout for section slides" in result.output
    assert "they use 'Title Slide'" in result.output and "theme.yaml" in result.output
    built = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(theme))
    prs = Presentation(str(built.path))
    section = next(i for i, p in enumerate(built.plans) if p.kind == "section")
    assert prs.slides[section].slide_layout.name == "Title Slide"


def test_build_fails_with_the_same_error_and_writes_nothing(tmp_path):
    theme = make_theme(tmp_path / "thieu", extra='layouts: {content: "Nội dung"}')
    out = tmp_path / "deck.pptx"
    with pytest.raises(ThemeError) as exc:
        deckmaker.build(EVERY, out, theme=str(theme))
    checked = CliRunner().invoke(main, ["themes", "check", str(theme)])
    assert checked.exit_code == 1
    assert exc.value.format() in checked.output
    assert "no layout named 'Nội dung' (for bullet slides)" in exc.value.format()
    assert re.search(r"theme\.yaml:\d+:\d+: error", exc.value.format())
    assert not out.exists()


def test_example_agency_theme_builds_on_its_template(tmp_path):
    theme = load_theme(str(ROOT / "themes" / "mau-co-quan"), [])
    assert theme.template is not None and theme.template.name == "template.pptx"
    out = deckmaker.build(EVERY, tmp_path / "deck.pptx", theme=str(theme.path)).path
    prs = Presentation(str(out))
    assert len(prs.slides) == 10
    assert prs.slides[1].slide_layout.name == "Title Only"


def _reddish_and_blue(png: bytes) -> tuple[int, int]:
    """Pixels near the template's burgundy/gold family and near Office blue (4F81BD)."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        rgb = im.convert("RGB")
        px = [rgb.getpixel((x, y)) for x in range(0, rgb.width, 2) for y in range(0, rgb.height, 2)]
    blue = sum(1 for r, g, b in px if b > r + 40 and b > g + 10)
    warm = sum(1 for r, g, b in px if r > b + 60 and r > 90)
    return warm, blue


def test_charts_take_the_colours_a_stock_scheme_template_shows(tmp_path):
    """lo-template's theme still carries Office 2007's accents (4F81BD …) while its master draws
    burgundy and gold: charts are drawn in those, each 3:1 on the background, never in blue."""
    from deckmaker.theme.model import contrast_ratio
    from deckmaker.theme.template import STOCK_ACCENTS, template_look

    look = template_look(TEMPLATE)
    assert look is not None and look.accents[:6] in STOCK_ACCENTS
    where = tmp_path / "lo"
    where.mkdir()
    shutil.copyfile(TEMPLATE, where / "template.pptx")
    (where / "theme.yaml").write_text("extends: default\ntemplate: template.pptx\n", "utf-8")
    theme = load_theme(str(where))
    chart = theme.colors.chart
    assert chart[0] == "#8B1A1A"  # the template's title and band colour
    assert len(chart) >= 3 and not set(chart) & set(look.accents)
    for colour in chart:
        assert contrast_ratio(colour, theme.colors.background) >= 3.0, colour
    build_deck(EVERY, tmp_path / "deck.pptx", theme=str(where))
    pictures = [
        s for slide in Presentation(tmp_path / "deck.pptx").slides for s in slide.shapes
        if s.name == "Chart"
    ]  # fmt: skip
    assert pictures
    for pic in pictures:
        warm, blue = _reddish_and_blue(pic.image.blob)
        assert warm > 500 and blue < warm / 20, (warm, blue)


def test_charts_keep_accents_the_master_shows():
    """do-vang's accent1 is the red its master draws: its accents stay the chart palette."""
    from deckmaker.theme.template import chart_marks, template_look

    look = template_look(FIXTURES / "agency" / "do-vang.pptx")
    assert look is not None and "#B71C1C" in look.shown
    assert chart_marks(look, look.background)[:2] == ("#B71C1C", "#B8860B")
