"""The deck doctor: render any .pptx through LibreOffice and report text out of place and glyphs."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from pptx import Presentation

from deckmaker.errors import Location, Problem, RenderError
from deckmaker.theme.package import PackageRefused, read_package
from deckmaker.units import EMU_PER_PT

from ..i18n import _
from .access import check_access
from .check import check_glyphs, check_slide
from .deck import slide_model
from .model import KINDS, TOLERANCE_PT, Box, Finding, format_findings
from .render import render_words


def diagnose(
    pptx_path: Path, *, tolerance_pt: float = TOLERANCE_PT, access: bool = False
) -> list[Finding]:
    """Render the deck once through LibreOffice and report, slide by slide, text that runs out
    of its box ("overflow") or off the slide ("offslide"), pictures over text ("overlap") and
    characters the run's font cannot draw ("glyph"); with ``access``, also what the
    accessibility gate finds ("access": ``doctor.access.check_access``)."""
    path = Path(pptx_path)
    try:  # checked and cleaned first: LibreOffice never sees a macro or an external link
        prs = Presentation(io.BytesIO(read_package(path).data))
    except PackageRefused as exc:
        p = exc.problem
        raise RenderError(
            Problem(
                p.location,
                _("cannot read the deck: {message}").format(message=p.message),
                hint=p.hint,
            )
        ) from None
    except Exception as exc:  # python-pptx raises zip, XML and key errors for damaged files
        raise RenderError(
            Problem(
                Location.of(path),
                _("cannot read the deck: {exc}").format(exc=exc),
                hint=_("is this a .pptx file? open it in LibreOffice to check"),
            )
        ) from exc
    models = [slide_model(slide, prs) for slide in prs.slides]
    gate = check_access(prs) if access else []
    if not models:
        return gate
    # python-pptx reads no size when a deck lacks <p:sldSz>, which PowerPoint always writes
    assert prs.slide_width is not None and prs.slide_height is not None
    slide = Box(0, 0, prs.slide_width, prs.slide_height)
    with tempfile.TemporaryDirectory(prefix="deckmaker-doctor-") as tmp:
        pages = render_words(prs, Path(tmp), shown_as=path)
    if len(pages) != len(models):
        raise RenderError(
            Problem(
                Location.of(path),
                _(
                    "LibreOffice rendered {n} pages for {n2} slides; cannot tell which is which"
                ).format(n=len(pages), n2=len(models)),
            )
        )
    tol = tolerance_pt * EMU_PER_PT
    findings = []
    for number, (model, words) in enumerate(zip(models, pages, strict=True), start=1):
        findings += check_slide(number, model, words, slide, tol)
        findings += check_glyphs(number, model)
    findings += gate
    return sorted(findings, key=lambda f: (f.slide, KINDS.index(f.kind)))


__all__ = ["KINDS", "check_access", "TOLERANCE_PT", "Finding", "diagnose", "format_findings"]
