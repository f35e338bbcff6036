"""Render a deck through LibreOffice and read back where each word landed."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from deckmaker.errors import Location, Problem, RenderError
from deckmaker.office import convert

from ..i18n import _
from .model import Box

_PDF_FILTER = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'
_MAX_SLIDE = 51206400  # 56 in, the largest slide PowerPoint (and python-pptx) allows
# LibreOffice writes Ascent 0 / Descent 0 in its PDF font descriptors, so poppler boxes each word
# from 0.95 em above the baseline to 0.35 em below it, deeper than any real descent (0.21-0.29 em):
# trimming 15% of the box height (0.2 em) brings the bottom back to about where the line ends
# (a little above it for fonts with deep descents: a descender just past a box is no overflow).
_DESCENT_TRIM = 0.15


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _without_shrink(part: Any) -> None:
    """Turn "shrink text on overflow" off in ``part``: LibreOffice shrinks such text when it
    renders, PowerPoint only when the text is edited (it keeps the scale it stored), so the
    doctor looks at the text at the size it is written, where an overflow shows."""
    for fit in part.shapes._spTree.iter(f"{_A}normAutofit"):
        fit.getparent().replace(fit, fit.makeelement(f"{_A}noAutofit", {}))


def render_words(
    prs: Any, workdir: Path, shown_as: Path | None = None
) -> list[list[tuple[Box, str]]]:
    """Render the deck with every slide centred on a larger page, so text that runs off the slide
    is still in the PDF, and with no text shrunk to fit (``_without_shrink``); returns each
    page's words, in EMU from the slide's top-left corner.

    ``shown_as`` is the user's file, which errors name instead of the temporary copy."""
    width, height = prs.slide_width, prs.slide_height
    dx, dy = (min(size, (_MAX_SLIDE - size) // 2) for size in (width, height))
    parts = [
        *prs.slide_masters,
        *(lay for m in prs.slide_masters for lay in m.slide_layouts),
        *prs.slides,
    ]
    for part in parts:
        for off in part.shapes._spTree.xpath(
            "./*/p:spPr/a:xfrm/a:off | ./*/p:grpSpPr/a:xfrm/a:off | ./*/p:xfrm/a:off"
        ):
            off.set("x", str(int(off.get("x", "0")) + dx))
            off.set("y", str(int(off.get("y", "0")) + dy))
        _without_shrink(part)
    prs.slide_width, prs.slide_height = width + 2 * dx, height + 2 * dy
    copy = workdir / "deck.pptx"
    prs.save(copy)
    pdf = convert(copy, _PDF_FILTER, workdir, shown_as=shown_as)
    if shutil.which("pdftotext") is None:
        raise RenderError(
            Problem(
                Location("pdftotext"),
                _("pdftotext is not installed"),
                hint=_("install poppler-utils: apt-get install poppler-utils"),
            )
        )
    out = subprocess.run(
        ["pdftotext", "-bbox", "-raw", str(pdf), "-"], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        where = Location.of(shown_as or pdf)
        raise RenderError(
            Problem(where, _("pdftotext failed: {strip}").format(strip=out.stderr.strip()))
        )
    pages = []
    for page in re.finditer(
        r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', out.stdout, re.S
    ):
        scale = (width + 2 * dx) / float(page.group(1))  # EMU per PDF point
        words = []
        for m in re.finditer(
            r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
            r'yMax="([-\d.]+)">(.*?)</word>',
            page.group(2),
            re.S,
        ):
            x0, y0, x1, y1 = (float(v) * scale for v in m.groups()[:4])
            y1 -= _DESCENT_TRIM * (y1 - y0)
            words.append((Box(x0 - dx, y0 - dy, x1 - dx, y1 - dy), html.unescape(m.group(5))))
        pages.append(words)
    return pages
