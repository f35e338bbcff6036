"""The accessibility gate (issue 18, point 4): the rules of PowerPoint's Accessibility Checker
a deck file can be checked for without rendering it.

- every slide has a title, and no two slides the same one (continued slides are numbered);
- the title comes first in the reading order (the order of the slide's shapes);
- a table marks its header row (``a:tblPr firstRow="1"``);
- a picture or a chart has alt text (``descr``, not a bare file name) or is marked decorative
  (``adec:decorative``);
- the deck's title and language are set in its properties.

- every text run has a contrast of 4.5:1 on what is behind it, large text too (WCAG 2 asks
  3:1 of text of 18 pt, or 14 pt bold; deckmaker holds every text box to 4.5:1), and a native
  chart with two or more series (or slices) has a legend or data labels, not colour alone
  (``contrast.py``).

Each finding names the slide and the shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pptx.presentation import Presentation as PresentationType
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide

from ..i18n import _
from ..layout.model import ChartBox, PictureBox, ShapeBox, SlidePlan, TableBox, TextBox
from ..theme.model import contrast_ratio
from .contrast import check_chart_colours, check_contrast, contrast_finding, needed
from .model import Finding

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
_CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def _title(slide: Slide) -> tuple[int, str] | None:
    """(index in the reading order, text) of the slide's title placeholder, if any."""
    for i, shape in enumerate(slide.shapes):
        if shape.is_placeholder and shape.placeholder_format.type in (1, 3, 5):
            # TITLE, CENTER_TITLE, VERTICAL_TITLE (15 is the footer)
            text = shape.text_frame.text if isinstance(shape, Shape) else ""  # has a frame
            return i, text.strip()
    return None


def _c_nv_pr(shape):  # the <p:cNvPr> of any shape: name, descr, and its extensions
    return shape._element.find(".//{*}cNvPr")


_FILE_NAME = re.compile(r"^[\w.-]+\.(png|jpe?g|gif|svg|emf|wmf|bmp|tiff?)$", re.IGNORECASE)
"""Alt text that is only a file name ("image.png", as python-pptx writes) says nothing."""


def _alt(c_nv_pr: Any) -> str:
    text = (c_nv_pr.get("descr") or "").strip()
    return "" if _FILE_NAME.match(text) else text


def _decorative(c_nv_pr: Any) -> bool:
    if c_nv_pr is None:
        return False
    return any(el.get("val") in ("1", "true") for el in c_nv_pr.iter() if el.tag == _DECORATIVE)


def _is_chart(shape: Any) -> bool:
    data = shape._element.find(f".//{_A}graphicData")
    return data is not None and data.get("uri") == _CHART_URI


def check_access(prs: PresentationType) -> list[Finding]:
    """What keeps a reader of the deck through a screen reader, or the accessibility checker,
    from taking it in: one finding per slide and shape, in slide order."""
    findings: list[Finding] = []
    props = prs.core_properties
    if not (props.title or "").strip():
        findings.append(
            Finding(0, "access", _("the deck's title is not set in its properties"), "")
        )
    if not (props.language or "").strip():
        findings.append(
            Finding(0, "access", _("the deck's language is not set in its properties"), "")
        )
    seen: dict[str, int] = {}
    for number, slide in enumerate(prs.slides, start=1):
        title = _title(slide)
        if title is None or not title[1]:
            findings.append(Finding(number, "access", _("the slide has no title"), ""))
        else:
            at, text = title
            key = " ".join(text.split()).casefold()
            if key in seen:
                findings.append(
                    Finding(
                        number,
                        "access",
                        _(
                            "the title '{title}' is the title of slide {number} too: number "
                            "continued slides"
                        ).format(title=text, number=seen[key]),
                        "Title",
                    )
                )
            else:
                seen[key] = number
            read = [i for i, shape in enumerate(slide.shapes) if not _decorative(_c_nv_pr(shape))]
            if read and read[0] != at:  # decorative shapes are not read (PowerPoint's checker)
                first = list(slide.shapes)[read[0]].name
                findings.append(
                    Finding(
                        number,
                        "access",
                        _(
                            "the title is read after '{shape}': the title comes first in the "
                            "reading order"
                        ).format(shape=first),
                        first,
                    )
                )
        findings += check_contrast(number, slide, prs)
        for shape in slide.shapes:
            if shape.has_table if hasattr(shape, "has_table") else False:
                pr = shape._element.find(f".//{_A}tblPr")
                if pr is None or pr.get("firstRow") not in ("1", "true"):
                    findings.append(
                        Finding(
                            number,
                            "access",
                            _("the table does not mark its header row"),
                            shape.name,
                        )
                    )
            if getattr(shape, "has_chart", False) and shape.has_chart:
                findings += check_chart_colours(number, shape.name, shape.chart._chartSpace)
            picture = shape._element.tag == f"{_P}pic"  # free or bound to a placeholder
            if picture or _is_chart(shape):
                c_nv_pr = _c_nv_pr(shape)
                if c_nv_pr is None:
                    continue
                if not _alt(c_nv_pr) and not _decorative(c_nv_pr):
                    what = "chart" if _is_chart(shape) else "picture"
                    findings.append(
                        Finding(
                            number,
                            "access",
                            (
                                _("the chart has no alt text and is not marked decorative")
                                if what == "chart"
                                else _("the picture has no alt text and is not marked decorative")
                            ),
                            shape.name,
                        )
                    )
    return findings


def check_plans(plans: Sequence[SlidePlan]) -> list[Finding]:
    """What ``check`` can tell of the gate before a deck is written, from the slides a build
    would write: titles missing or repeated, text below its contrast on what the slide puts
    behind it. The rest (reading order, alt text, header rows, properties) the writer keeps;
    ``doctor`` checks it on the deck."""
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    for number, plan in enumerate(plans, start=1):
        key = " ".join(plan.title.split()).casefold()
        if not key:
            findings.append(Finding(number, "access", _("the slide has no title"), ""))
        elif key in seen:
            findings.append(
                Finding(
                    number,
                    "access",
                    _(
                        "the title '{title}' is the title of slide {number} too: number "
                        "continued slides"
                    ).format(title=plan.title, number=seen[key]),
                    "Title",
                )
            )
        else:
            seen[key] = number
        findings += _plan_contrast(number, plan)
    return findings


def _plan_contrast(number: int, plan: SlidePlan) -> list[Finding]:
    out = []
    for k, el in enumerate(plan.elements):
        if isinstance(el, TableBox):
            cells = [(el.header_color, el.header_fill, el.size_pt, True, el.header)]
            behind = _plan_behind(plan, k) or plan.background
            for r, row in enumerate(el.rows, start=1):
                fill = el.band_fill if r % 2 == 0 and el.band_fill else behind
                cells.append((el.text_color, fill, el.size_pt, False, row))
            for fg, bg, size, bold, texts in cells:
                text = next((t for t in texts if t.strip()), "")
                if text and (found := _low(fg, bg, size, bold)):
                    out.append(contrast_finding(number, el.name, text, fg, bg, *found))
                    break
        elif isinstance(el, TextBox):
            under = el.fill or _plan_behind(plan, k)
            if under is None:
                continue
            bg = under
            for para in el.paras:
                hit = None
                for run in para.runs:
                    fg = run.color or el.color
                    size = run.size_pt or para.size_pt
                    if run.text.strip() and (found := _low(fg, bg, size, para.bold or run.bold)):
                        hit = contrast_finding(number, el.name, run.text, fg, bg, *found)
                        break
                if hit:
                    out.append(hit)
                    break
    return out


def _plan_behind(plan: SlidePlan, k: int) -> str | None:
    """The fill behind element ``k`` of a plan: the topmost filled element under its centre, or
    the slide's background; None over a picture or a chart."""
    box = plan.elements[k].box
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    for el in reversed(plan.elements[:k]):
        b = el.box
        if not (b.x <= cx <= b.right and b.y <= cy <= b.bottom):
            continue
        if isinstance(el, PictureBox | ChartBox):
            return None
        fill = el.fill if isinstance(el, ShapeBox | TextBox) else None
        if fill:
            return fill
    return plan.background


def _low(fg: str, bg: str, size: float, bold: bool) -> tuple[float, float] | None:
    ratio = contrast_ratio(fg, bg)
    need = needed(size, bold)
    return (ratio, need) if ratio < need - 1e-9 else None
