"""Slides on the generated template (``master.py``): a layout per slide kind, text in its
placeholders, and the reading order title, body, then figures."""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from ..layout.model import PictureBox, SlidePlan, TextBox
from .master import BODY, COVER_LAYOUTS, FOOTER, LAYOUT_OF_KIND, NUMBER, TITLE, MasterSpec
from .template import add_chrome


class GeneratedSlides:
    """Adds slides on the generated layouts and hands out the placeholders to fill."""

    def __init__(self, prs: Any, spec: MasterSpec):
        self.prs = prs
        self.spec = spec
        self.layouts = {layout.name: layout for layout in prs.slide_layouts}
        self.specs = {layout.name: layout for layout in spec.layouts}

    def slot_for(self, box: TextBox, plan: SlidePlan) -> str | None:
        """The placeholder slot a planned text box goes into, if any.

        A quote without a title is the slide's title (as PowerPoint's *Quote with Caption*),
        its author the body; with a title, the quote is the body.
        """
        if box.role == "title":
            return TITLE
        if box.role in (FOOTER, NUMBER):
            return box.role
        if box.role == "quote":
            return BODY if _has_title(plan) else TITLE
        if box.name == "Author" and plan.kind == "quote" and not _has_title(plan):
            return BODY
        if box.role == "subtitle" or (box.role == "body" and box.name == "Body"):
            return BODY
        return None

    def on_master(self, picture: PictureBox, plan: SlidePlan) -> bool:
        """Whether the master already draws ``picture`` on this slide: the theme's logo at the
        header, on a layout that shows the master's shapes."""
        logo = self.spec.logo
        return (
            logo is not None
            and picture.name == "Logo"
            and picture.box == logo.box
            and LAYOUT_OF_KIND.get(plan.kind, "Title Only") not in COVER_LAYOUTS
        )

    def new_slide(self, plan: SlidePlan) -> tuple[Any, dict[str, Any]]:
        """Add a slide for ``plan`` on its kind's layout; returns it and its placeholders by
        slot (title, body, footer, number)."""
        name = LAYOUT_OF_KIND.get(plan.kind, "Title Only")
        layout, spec = self.layouts[name], self.specs[name]
        slide = self.prs.slides.add_slide(layout)
        background = spec.background or self.spec.theme.colors.background
        if plan.background.upper() != background.upper():
            from pptx.dml.color import RGBColor

            fill = slide.background.fill
            fill.solid()
            fill.fore_color.rgb = RGBColor.from_string(plan.background.lstrip("#").upper())
        slot_of_idx = {h.idx: h.slot for h in spec.holders}
        slots: dict[str, Any] = {}
        for shape in list(slide.placeholders):
            slot = slot_of_idx.get(shape.placeholder_format.idx)
            if slot in (TITLE, BODY):
                slots[slot] = shape
            else:  # a second content box or the chart's: deckmaker draws its own
                shape._element.getparent().remove(shape._element)
        add_chrome(slide, layout, plan, slots)
        return slide, slots


def _has_title(plan: SlidePlan) -> bool:
    return any(isinstance(e, TextBox) and e.role == "title" for e in plan.elements)


def _box(el: etree._Element) -> tuple[int, int, int, int] | None:
    xfrm = next(el.iter(qn("a:xfrm"), qn("p:xfrm")), None)
    off = xfrm.find(qn("a:off")) if xfrm is not None else None
    ext = xfrm.find(qn("a:ext")) if xfrm is not None else None
    if off is None or ext is None:
        return None
    x, y = int(off.get("x", "0")), int(off.get("y", "0"))
    return x, y, x + int(ext.get("cx", "0")), y + int(ext.get("cy", "0"))


def _overlap(a: tuple[int, int, int, int] | None, b: tuple[int, int, int, int] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _ph_type(el: etree._Element) -> str | None:
    ph = el.find(f".//{qn('p:ph')}")
    if ph is None:
        return None
    return ph.get("type", "obj")


def reading_order(tree: etree._Element) -> None:
    """Move the title, then the body placeholder, towards the front of the slide's shapes, as
    far as no shape they would pass overlaps them: a screen reader and PowerPoint's outline read
    title, body, then figures, and nothing is drawn differently."""
    shapes = [el for el in tree if el.tag in _SHAPE_TAGS]
    order = {"title": 0, "ctrTitle": 0, "subTitle": 1, "body": 1, "obj": 1}
    movers = sorted(
        (el for el in shapes if _ph_type(el) in order), key=lambda el: order[_ph_type(el) or ""]
    )
    placed = 0
    for el in movers:
        j = next(k for k, s in enumerate(shapes) if s is el)
        del shapes[j]
        box = _box(el)
        while j > placed and not _overlap(_box(shapes[j - 1]), box):
            j -= 1
        shapes.insert(j, el)
        placed = j + 1
    _title_first(shapes)
    head = tree.find(qn("p:grpSpPr"))
    assert head is not None
    for el in reversed(shapes):
        head.addnext(el)  # moving an element in lxml takes it from where it was


def _title_first(shapes: list[etree._Element]) -> None:
    """Move what a reader would read before the title (a cover's organisation line above its
    band) to just after it, where nothing it passes overlaps it; decorative shapes (bands,
    rules) stay where they are drawn: a screen reader skips them."""
    at = next((k for k, s in enumerate(shapes) if _ph_type(s) in ("title", "ctrTitle")), None)
    if at is None:
        return
    for k in range(at - 1, -1, -1):
        el = shapes[k]
        if _decorative(el) or any(_overlap(_box(s), _box(el)) for s in shapes[k + 1 : at + 1]):
            continue
        del shapes[k]
        shapes.insert(at, el)
        at -= 1


def _decorative(el: etree._Element) -> bool:
    return any(m.get("val") in ("1", "true") for m in el.iter(f"{{{_DECORATIVE_NS}}}decorative"))


_DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
_SHAPE_TAGS = {qn(t) for t in ("p:sp", "p:pic", "p:graphicFrame", "p:grpSp", "p:cxnSp")}
