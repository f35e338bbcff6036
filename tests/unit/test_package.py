"""The deck's zip, written once (writer/package.py), is the zip of saving and re-packing."""

from __future__ import annotations

import io
import zipfile

from PIL import Image
from pptx import Presentation
from pptx.util import Emu

from deckmaker.writer.package import FIXED_ZIP_TIME, pptx_bytes, repack


def _deck() -> Presentation:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Tăng trưởng GRDP"
    png = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(png, format="PNG")
    slide.shapes.add_picture(io.BytesIO(png.getvalue()), Emu(0), Emu(0), Emu(360000), Emu(270000))
    slide.notes_slide.notes_text_frame.text = "ghi chú"
    return prs


def test_written_once_is_byte_identical_to_saved_and_repacked() -> None:
    prs = _deck()
    saved = io.BytesIO()
    prs.save(saved)
    once = pptx_bytes(prs)
    assert once == repack(saved.getvalue())
    assert once == pptx_bytes(_deck())  # the same inputs, the same bytes


def test_entries_are_ordered_and_timeless() -> None:
    with zipfile.ZipFile(io.BytesIO(pptx_bytes(_deck()))) as z:
        names = z.namelist()
        assert names[0] == "[Content_Types].xml"
        assert names[1:] == sorted(names[1:])
        assert any(n.startswith("ppt/media/") for n in names)
        assert {i.date_time for i in z.infolist()} == {FIXED_ZIP_TIME}
        assert z.testzip() is None


def test_relationship_items_are_kept_by_what_they_are_made_of() -> None:
    """A part's relationships item is python-pptx's own serialisation, kept by the base URI
    and each relationship's id, type, mode and target: a part related to another target, or
    another part with the same relationships, gets its own item."""
    from deckmaker.writer import package

    package._RELS_XML.clear()
    prs = _deck()
    first = package.members(prs)
    parts = [p for p in prs.part.package.iter_parts() if p._rels]
    for part in parts:
        assert first[part.partname.rels_uri.membername] == part.rels.xml
    kept = len(package._RELS_XML)
    assert 0 < kept < len(parts)  # the layouts' items are alike: one kept for them all
    assert package.members(prs) == first and len(package._RELS_XML) == kept
    slide = prs.slides.add_slide(prs.slide_layouts[1])  # its layout, another base URI
    slide.notes_slide.notes_text_frame.text = "khác"
    again = package.members(prs)
    for part in prs.part.package.iter_parts():
        if part._rels:
            assert again[part.partname.rels_uri.membername] == part.rels.xml
    saved = io.BytesIO()
    prs.save(saved)
    assert package.pptx_bytes(prs) == repack(saved.getvalue())
