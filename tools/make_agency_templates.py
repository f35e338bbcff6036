"""Make the two agency templates of the corpus (issue 12), as Vietnamese agencies' look:

- ``do-vang.pptx``: a provincial red-and-gold style, 16:9, layouts named in Vietnamese
  ("Trang bìa", "Tiêu đề và nội dung", …), a red band with a gold rule behind the title, a
  cream background, and no section layout (section slides must fall back);
- ``xanh-so.potx``: a department's blue style, 4:3, saved as a PowerPoint *template* (.potx),
  a blue bar down the left, white background, English layout names reordered.

Both are drawn with python-pptx from its default template, so they carry no third-party art.
Licence: made for deckmaker's tests and docs, same licence as deckmaker (see README).
Run it again to regenerate them::

    python tools/make_agency_templates.py tests/fixtures/agency
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
POTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


def _scheme(prs, name: str, colors: dict[str, str], fonts: tuple[str, str]) -> None:
    """Set the master theme's colour scheme and fonts."""
    part = prs.slide_masters[0].part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    clr = root.find(f".//{{{A}}}clrScheme")
    clr.set("name", name)
    for key, value in colors.items():
        el = clr.find(f"{{{A}}}{key}")
        for child in list(el):
            el.remove(child)
        etree.SubElement(el, f"{{{A}}}srgbClr", val=value)
    for tag, face in zip(("majorFont", "minorFont"), fonts, strict=True):
        latin = root.find(f".//{{{A}}}{tag}/{{{A}}}latin")
        latin.set("typeface", face)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rect(prs, x, y, w, h, color: str, shape=MSO_SHAPE.RECTANGLE):
    """A filled shape on the master, behind its placeholders (drawn on a scratch slide, since
    python-pptx adds shapes to slides only, then moved)."""
    scratch = prs.slides.add_slide(prs.slide_layouts[len(prs.slide_layouts) - 1])
    sp = scratch.shapes.add_shape(shape, Emu(x), Emu(y), Emu(w), Emu(h))
    sp.fill.solid()
    sp.fill.fore_color.rgb = RGBColor.from_string(color)
    sp.line.fill.background()
    el = sp._element
    el.getparent().remove(el)
    master_tree = prs.slide_masters[0].shapes._spTree
    master_tree.insert(2, el)
    _drop_last_slide(prs)


def _drop_last_slide(prs) -> None:
    lst = prs.slides._sldIdLst
    last = lst[-1]
    prs.part.drop_rel(last.rId)
    lst.remove(last)


def _text_style(prs, title: str, body: str) -> None:
    master = prs.slide_masters[0]._element
    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main", "a": A}
    for style, color in (("titleStyle", title), ("bodyStyle", body)):
        for rpr in master.iterfind(f".//p:txStyles/p:{style}/a:lvl1pPr/a:defRPr", ns):
            for fill in rpr.findall(f"{{{A}}}solidFill"):
                rpr.remove(fill)
            fill = etree.Element(f"{{{A}}}solidFill")
            etree.SubElement(fill, f"{{{A}}}srgbClr", val=color)
            rpr.insert(0, fill)


def _move(layout_or_master, kind_names: tuple[str, ...], x, y, w, h) -> None:
    for ph in layout_or_master.placeholders:
        if ph.placeholder_format.type.name in kind_names:
            ph.left, ph.top, ph.width, ph.height = Emu(x), Emu(y), Emu(w), Emu(h)


def do_vang() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    w, h = prs.slide_width, prs.slide_height
    _scheme(
        prs,
        "Đỏ vàng",
        {
            "dk1": "1A1A1A",
            "lt1": "FFFFFF",
            "dk2": "8B0000",
            "lt2": "FFF4D6",
            "accent1": "B71C1C",
            "accent2": "B8860B",
            "accent3": "6D4C41",
            "accent4": "2E7D32",
            "accent5": "1565C0",
            "accent6": "7B1FA2",
        },  # fmt: skip
        ("Times New Roman", "Arial"),
    )
    _text_style(prs, "FFE08A", "1A1A1A")
    master = prs.slide_masters[0]
    bg = master.background.fill
    bg.solid()
    bg.fore_color.rgb = RGBColor.from_string("FFF8E7")
    _rect(prs, 0, 0, w, Inches(1.25), "B71C1C")
    _rect(prs, 0, Inches(1.25), w, Inches(0.06), "D4A017")
    _rect(prs, 0, h - Inches(0.45), w, Inches(0.45), "B71C1C")
    _rect(prs, w - Inches(1.15), Inches(0.2), Inches(0.85), Inches(0.85), "D4A017",
          MSO_SHAPE.STAR_5_POINT)  # fmt: skip
    names = {
        "Title Slide": "Trang bìa",
        "Title and Content": "Tiêu đề và nội dung",
        "Title Only": "Chỉ tiêu đề",
        "Blank": "Trang trống",
        "Two Content": "Hai nội dung",
    }
    for layout in list(prs.slide_layouts):
        if layout.name not in names:
            prs.slide_layouts.remove(layout)
            continue
        layout.name = names[layout.name]
        _move(layout, ("TITLE",), Inches(0.5), Inches(0.15), w - Inches(2.0), Inches(0.95))
        _move(layout, ("OBJECT", "BODY"), Inches(0.6), Inches(1.6), w - Inches(1.2), Inches(4.9))
        _move(layout, ("FOOTER",), Inches(0.6), h - Inches(0.42), Inches(8), Inches(0.38))
        _move(layout, ("SLIDE_NUMBER",), w - Inches(1.6), h - Inches(0.42), Inches(1), Inches(0.38))
        _move(layout, ("DATE",), w - Inches(4), h - Inches(0.42), Inches(2.2), Inches(0.38))
    cover = prs.slide_layouts[0]
    _move(cover, ("CENTER_TITLE",), Inches(1), Inches(2.2), w - Inches(2), Inches(1.8))
    _move(cover, ("SUBTITLE",), Inches(1.5), Inches(4.3), w - Inches(3), Inches(1.4))
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def xanh_so() -> bytes:
    prs = Presentation()  # 4:3
    w, h = prs.slide_width, prs.slide_height
    _scheme(
        prs,
        "Xanh sở",
        {
            "dk1": "0D1B2A",
            "lt1": "FFFFFF",
            "dk2": "0B3D91",
            "lt2": "E8F0FB",
            "accent1": "0B3D91",
            "accent2": "F28C28",
            "accent3": "2A9D8F",
            "accent4": "6C757D",
            "accent5": "1D70B8",
            "accent6": "8E44AD",
        },  # fmt: skip
        ("Arial", "Arial"),
    )
    _text_style(prs, "0B3D91", "0D1B2A")
    _rect(prs, 0, 0, Inches(0.35), h, "0B3D91")
    _rect(prs, Inches(0.35), 0, Inches(0.08), h, "F28C28")
    for layout in prs.slide_layouts:
        _move(layout, ("TITLE",), Inches(0.7), Inches(0.3), w - Inches(1.2), Inches(1.1))
        _move(layout, ("OBJECT", "BODY"), Inches(0.7), Inches(1.6), w - Inches(1.2), Inches(5.0))
    order = ["Title and Content", "Title Slide", "Section Header", "Title Only", "Blank"]
    lst = prs.slide_masters[0]._element.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}sldLayoutIdLst"
    )
    for layout in list(prs.slide_layouts):
        if layout.name not in order:
            prs.slide_layouts.remove(layout)
    ids = {layout.name: el for layout, el in zip(prs.slide_layouts, list(lst), strict=True)}
    for name in order:
        lst.remove(ids[name])
        lst.append(ids[name])
    buf = io.BytesIO()
    prs.save(buf)
    return _as_potx(buf.getvalue())


def _as_potx(data: bytes) -> bytes:
    """The package with its main part typed as a PowerPoint template (.potx)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(PPTX_MAIN.encode(), POTX_MAIN.encode())
            info.date_time = (1980, 1, 1, 0, 0, 0)
            dst.writestr(info, blob)
    return out.getvalue()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "do-vang.pptx").write_bytes(do_vang())
    (folder / "xanh-so.potx").write_bytes(xanh_so())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/agency"))
