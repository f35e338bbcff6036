"""Slides on a layout, whichever master it comes from: which placeholder takes each planned box,
the footer and number placeholders, figures bound to free content placeholders, and the reading
order title, body, then figures.

Where a slide goes is data (``Placement``): the generated master's layouts (``GeneratedLayouts``)
and an agency template's mapped layouts (``template.TemplateLayouts``) both give one, and
``new_slide`` builds every slide from it the same way.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER

from ..layout.model import Box, PictureBox, SlidePlan, TextBox
from .master import (
    BODY,
    COVER_LAYOUTS,
    FOOTER,
    LAYOUT_OF_KIND,
    NUMBER,
    SUBTITLE,
    TITLE,
    MasterSpec,
)
from .xpath import qn

FIGURE_SLOTS: Mapping[str, tuple[str, ...]] = {
    "picture": ("pic", "obj"),
    "chart": ("chart", "obj"),
    "table": ("tbl", "obj"),
}
"""The placeholder types a figure may fill, nearest first: where PowerPoint itself puts a
picture, a chart or a table a user inserts into a placeholder (a text-only ``body`` takes
none). ``chart`` is a native chart; a chart drawn as a picture is a ``picture``."""


@dataclass(frozen=True)
class Placement:
    """Which layout a slide goes on and what its placeholders take: plain data."""

    layout: Any
    """The python-pptx ``SlideLayout``."""
    slots: Mapping[int, str]
    """The slot (``title``, ``body``, ``subtitle``) each placeholder takes, by its place among
    the layout's placeholders a new slide gets (``iter_cloneable_placeholders``): LibreOffice
    writes every ``idx`` as 0."""
    background: str
    """The colour the layout draws behind the slide: a plan with another gets its own."""
    content: tuple[int, ...] = ()
    """The places (as ``slots``) of the layout's placeholders a figure may fill."""
    master_logo: Box | None = None
    """Where the master draws the theme's logo on this layout: the plan's logo there is not
    drawn again."""
    template_chrome: bool = False
    """Footer and number keep the template's colour and alignment (``fill_chrome``)."""
    autofit: frozenset[str] = frozenset({BODY, SUBTITLE})
    """The slots whose placeholders shrink text on overflow (``normAutofit``), the safety net
    for text a presenter adds: where deckmaker's own text fits the box, so that the net never
    changes it."""


def has_title(plan: SlidePlan) -> bool:
    return any(isinstance(e, TextBox) and e.role == "title" for e in plan.elements)


def slot_for(box: TextBox, plan: SlidePlan) -> str | None:
    """The placeholder slot a planned text box goes into, if its layout has that slot.

    A quote without a title is the slide's title (as PowerPoint's *Quote with Caption*), its
    author the body; with a title, the quote is the body.
    """
    if box.role == "title":
        return TITLE
    if box.role in (FOOTER, NUMBER):
        return box.role
    if box.role == "quote":
        return BODY if has_title(plan) else TITLE
    if box.name == "Author" and plan.kind == "quote" and not has_title(plan):
        return BODY
    if box.role == SUBTITLE:
        return SUBTITLE
    if box.role == "body" and box.name == "Body":
        return BODY
    return None


_CHROME_TYPE = {FOOTER: PP_PLACEHOLDER.FOOTER, NUMBER: PP_PLACEHOLDER.SLIDE_NUMBER}


def add_chrome(
    slide: Any, layout: Any, plan: SlidePlan, slots: dict[str, Any], copies: bool = False
) -> None:
    """Give ``slide`` the layout's footer and slide-number placeholders the plan draws, into
    ``slots`` (python-pptx's ``add_slide`` leaves them out, as PowerPoint does). With
    ``copies``, each is a copy of the one python-pptx's ``clone_placeholder`` makes, given the
    id and name it would give (``_chrome_of``)."""
    wanted = {e.role for e in plan.elements if isinstance(e, TextBox)}
    for slot, kind in _CHROME_TYPE.items():
        if slot not in wanted:
            continue
        if copies:
            found = _chrome_of(layout, kind)
            if found is not None:
                template, ph_type, orient = found
                shapes = slide.shapes
                sp = copy.deepcopy(template)
                shape_id = shapes._next_shape_id  # as clone_placeholder: the id, then the name
                sp[0][0].set("id", str(shape_id))
                sp[0][0].set("name", shapes._next_ph_name(ph_type, shape_id, orient))
                shapes._spTree.insert_element_before(sp, "p:extLst")
                slots[slot] = shapes._shape_factory(sp)
            continue
        for ph in layout.placeholders:
            if ph.placeholder_format.type == kind:
                slide.shapes.clone_placeholder(ph)
                slots[slot] = slide.shapes[-1]
                break


_CHROME = "_deckmaker_chrome"
"""The attribute of a layout part holding its footer and number placeholders (``_chrome_of``)."""


def _chrome_of(layout: Any, kind: Any) -> tuple[Any, Any, Any] | None:
    """The layout's first placeholder of ``kind`` as ``clone_placeholder`` makes a slide's
    from it (its id and name still to set), its type and orientation; None without one. Kept
    on the layout's part."""
    from pptx.oxml.shapes.autoshape import CT_Shape

    kept: dict[Any, Any] = layout.part.__dict__.setdefault(_CHROME, {})
    if kind not in kept:
        kept[kind] = None
        for ph in layout.placeholders:
            if ph.placeholder_format.type == kind:
                el = ph.element
                ph_type, orient = el.ph_type, el.ph_orient
                template = CT_Shape.new_placeholder_sp(0, "", ph_type, orient, el.ph_sz, el.ph_idx)
                kept[kind] = (template, ph_type, orient)
                break
    return kept[kind]


@dataclass
class BuiltSlide:
    """A slide being filled: its placeholders by slot and those a figure may still fill."""

    slide: Any
    slots: dict[str, Any]
    free: list[Any]
    """Content placeholders nothing took yet, in the layout's order."""

    def bind(self, figure: etree._Element, kind: str) -> bool:
        """Bind ``figure`` (a ``p:pic`` or ``p:graphicFrame``) to a free content placeholder
        that takes a ``kind`` of figure (``FIGURE_SLOTS``), as PowerPoint does when a user
        inserts one into it: the figure carries the placeholder's ``p:ph`` and keeps its own
        ``xfrm``, and the empty placeholder goes. False (a free shape) when none is free."""
        for ph_type in FIGURE_SLOTS[kind]:
            for shape in self.free:
                if _ph_type(shape._element) == ph_type:
                    self.free.remove(shape)
                    ph = shape._element.find(f".//{qn('p:ph')}")
                    _remove(shape)
                    nv = figure[0]  # p:nvPicPr / p:nvGraphicFramePr: cNvPr, cNvXxxPr, nvPr
                    nv[2].insert(0, copy.deepcopy(ph))
                    for locks in nv[1].iter(qn("a:picLocks"), qn("a:graphicFrameLocks")):
                        locks.set("noGrp", "1")  # as PowerPoint: it cannot be grouped
                    return True
        return False

    def finish(self) -> None:
        """Remove the placeholders the slide did not fill (they would show prompt text)."""
        for shape in [*self.slots.values(), *self.free]:
            _remove(shape)
        self.slots.clear()
        self.free.clear()


def new_slide(prs: Any, plan: SlidePlan, place: Placement, copies: bool = False) -> BuiltSlide:
    """Add a slide for ``plan`` on ``place``'s layout, its background set where the plan's
    differs from the layout's, its placeholders handed out by slot (title, body, subtitle,
    footer, number) and the content placeholders left free for figures. With ``copies``, a
    slide after the first on a layout is a copy of the first as python-pptx made it
    (``_add_slide``)."""
    slide = _add_slide(prs, place.layout) if copies else prs.slides.add_slide(place.layout)
    if plan.background.upper() != place.background.upper():
        from pptx.dml.color import RGBColor

        fill = slide.background.fill
        fill.solid()
        fill.fore_color.rgb = RGBColor.from_string(plan.background.lstrip("#").upper())
    wanted = {slot_for(e, plan) for e in plan.elements if isinstance(e, TextBox)} - {None}
    slots: dict[str, Any] = {}
    free: list[Any] = []
    # In the order they were cloned, the layout's (``Placement.slots``): python-pptx's
    # ``slide.placeholders`` sorts them by idx, and a layout listing its content placeholder
    # (idx 1) before its title (idx 0) then had the title written into the content box.
    for at, shape in enumerate([sh for sh in slide.shapes if sh.is_placeholder]):
        slot = place.slots.get(at)
        if at in place.content and slot not in wanted:
            free.append(shape)  # a figure may fill it
        elif slot is not None and slot not in slots:
            slots[slot] = shape
        else:  # a placeholder no slot uses would show its prompt text
            _remove(shape)
    add_chrome(slide, place.layout, plan, slots, copies)
    return BuiltSlide(slide, slots, free)


_BLANKS = "_deckmaker_blank_slides"
"""The attribute of a presentation part holding each layout's new slide (``_add_slide``)."""


def _add_slide(prs: Any, layout: Any) -> Any:
    """``prs.slides.add_slide(layout)``: the first slide on ``layout`` made by python-pptx, its
    XML kept as it comes (the layout's placeholders cloned, ids and names counted on the new
    slide alone, so the same on every new slide on it); each later one a part made as
    ``PresentationPart.add_slide`` makes it, holding a copy of that XML, without cloning the
    placeholders again."""
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.parts.slide import SlidePart

    part = prs.part
    blanks: dict[Any, Any] = part.__dict__.setdefault(_BLANKS, {})
    blank = blanks.get(layout.part)
    if blank is None:
        slide = prs.slides.add_slide(layout)
        blanks[layout.part] = copy.deepcopy(slide._element)
        return slide
    slide_part = SlidePart(
        part._next_slide_partname, CT.PML_SLIDE, part.package, copy.deepcopy(blank)
    )
    slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    rid = part.relate_to(slide_part, RT.SLIDE)
    prs.slides._sldIdLst.add_sldId(rid)
    return slide_part.slide


def _remove(shape: Any) -> None:
    el = shape._element
    if el.getparent() is not None:
        el.getparent().remove(el)


class GeneratedLayouts:
    """Where slides go on the generated master: a layout per slide kind (``LAYOUT_OF_KIND``)."""

    def __init__(self, prs: Any, spec: MasterSpec):
        layouts = {layout.name: layout for layout in prs.slide_layouts}
        self._places: dict[str, Placement] = {}
        logo = spec.logo.box if spec.logo is not None else None
        for ls in spec.layouts:
            layout = layouts[ls.name]
            at = {
                ph.placeholder_format.idx: k
                for k, ph in enumerate(layout.iter_cloneable_placeholders())
            }
            self._places[ls.name] = Placement(
                layout,
                {at[h.idx]: h.slot for h in ls.holders if h.slot in (TITLE, BODY, SUBTITLE)},
                ls.background or spec.theme.colors.background,
                tuple(at[h.idx] for h in ls.holders if h.ph_type in _CONTENT),
                None if ls.name in COVER_LAYOUTS else logo,
            )

    def placement(self, plan: SlidePlan) -> Placement:
        return self._places[LAYOUT_OF_KIND.get(plan.kind, "Title Only")]


_CONTENT = ("obj", "chart", "tbl", "pic")
"""Placeholder types a figure may fill (``FIGURE_SLOTS``)."""


def on_master(picture: PictureBox, place: Placement) -> bool:
    """Whether the master already draws ``picture`` on this layout: the theme's logo at the
    header, on a layout that shows the master's shapes."""
    logo = place.master_logo
    return picture.name == "Logo" and logo is not None and picture.box == logo


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
    title, body, then figures, and nothing is drawn differently. (A figure bound to a content
    placeholder is a figure: only text placeholders move.)"""
    shapes = [el for el in tree if el.tag in _SHAPE_TAGS]
    order = {"title": 0, "ctrTitle": 0, "subTitle": 1, "body": 1, "obj": 1}
    movers = sorted(
        (el for el in shapes if el.tag == _SP and _ph_type(el) in order),
        key=lambda el: order[_ph_type(el) or ""],
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
    at = next(
        (k for k, s in enumerate(shapes) if s.tag == _SP and _ph_type(s) in ("title", "ctrTitle")),
        None,
    )
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
_SP = qn("p:sp")
_SHAPE_TAGS = {qn(t) for t in ("p:sp", "p:pic", "p:graphicFrame", "p:grpSp", "p:cxnSp")}
