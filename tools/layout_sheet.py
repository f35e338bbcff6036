"""A contact sheet of a built deck's layouts, as a presenter's New Slide gives them.

Usage: PYTHONPATH=. python tools/layout_sheet.py DECK.pptx OUT.png

Keeps the deck's master and layouts, adds one slide on each layout with every placeholder filled
as a presenter would type into it (title = the layout's name, three bullet levels, the footer,
date and slide number), renders it with LibreOffice and pastes the pages into one picture
(docs/previews/layouts-*.png).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image
from pptx import Presentation  # noqa: TID251  (a tool that reads decks, as the tests do)
from pptx.enum.shapes import PP_PLACEHOLDER as P  # noqa: TID251

from deckmaker.office import convert

CHROME = (P.FOOTER, P.SLIDE_NUMBER, P.DATE)


def layouts_deck(src: Path, out: Path) -> None:
    prs = Presentation(str(src))
    ids = prs.slides._sldIdLst
    for sld in list(ids):
        prs.part.drop_rel(sld.rId)
        ids.remove(sld)
    for layout in prs.slide_layouts:
        slide = prs.slides.add_slide(layout)
        texts = {}
        for ph in layout.placeholders:
            if ph.placeholder_format.type in CHROME:
                slide.shapes.clone_placeholder(ph)
                texts[ph.placeholder_format.idx] = ph.text_frame.text
        for ph in slide.placeholders:
            kind = ph.placeholder_format.type
            if kind in (P.TITLE, P.CENTER_TITLE):
                ph.text_frame.text = layout.name
            elif kind == P.FOOTER:
                ph.text_frame.text = texts.get(ph.placeholder_format.idx, "")
            elif kind == P.DATE:
                ph.text_frame.text = "02/12/2026"
            elif kind == P.CHART:
                ph.element.getparent().remove(ph.element)
            elif kind != P.SLIDE_NUMBER:
                tf = ph.text_frame
                tf.text = "Cấp một: chữ người trình bày gõ vào"
                for level, text in ((1, "Cấp hai"), (2, "Cấp ba")):
                    p = tf.add_paragraph()
                    p.text, p.level = text, level
    prs.save(str(out))


def main(deck: str, out: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        layouts_deck(Path(deck), work / "layouts.pptx")
        pdf = convert(work / "layouts.pptx", "pdf", work)
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(work / "p")], check=True)
        pages = [Image.open(p) for p in sorted(work.glob("p-*.png"))]
        w, h = pages[0].size
        cols = 5
        rows = -(-len(pages) // cols)
        sheet = Image.new("RGB", (cols * w + (cols + 1) * 8, rows * h + (rows + 1) * 8), "#888888")
        for i, page in enumerate(pages):
            sheet.paste(page, (8 + (i % cols) * (w + 8), 8 + (i // cols) * (h + 8)))
        sheet.save(out, optimize=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
