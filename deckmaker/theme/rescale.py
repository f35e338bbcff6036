"""A template's masters and layouts drawn for a smaller slide than its own, scaled to fill it."""

from __future__ import annotations

from lxml import etree

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"

SMALL_SHARE = 0.8
"""A master whose shapes and its layouts' all end within this share of the slide's width and
of its height was drawn for a smaller slide: the slide size was changed without scaling them
(python-pptx's ``slide_width`` does that; PowerPoint's Slide Size asks to scale)."""
STANDARD_SIZES = (
    (9144000, 6858000),  # 10 × 7.5 in, 4:3 (python-pptx's default, PowerPoint's Standard)
    (9144000, 5143500),  # 10 × 5.625 in, 16:9 (PowerPoint before 2013)
    (9144000, 5715000),  # 10 × 6.25 in, 16:10
    (9906000, 6858000),  # 10.83 × 7.5 in, A4 (PowerPoint's)
    (12192000, 6858000),  # 13.33 × 7.5 in, 16:9 (PowerPoint's Widescreen)
)
"""The slide sizes a template's shapes may have been drawn for, smallest first."""
SPILL = 1.02
"""Shapes may run this far past the size they were drawn for (a box a hair over the edge)."""

Rect = tuple[int, int, int, int]


def _xfrm(shape: etree._Element) -> etree._Element | None:
    """The ``a:xfrm``/``p:xfrm`` that places a top-level shape of a shape tree; None when the
    shape inherits its place (a placeholder) or has none."""
    for path in (f"{_P}spPr/{_A}xfrm", f"{_P}grpSpPr/{_A}xfrm", f"{_P}xfrm"):
        found = shape.find(path)
        if found is not None:
            return found
    return None


def _box(xfrm: etree._Element) -> Rect | None:
    off, ext = xfrm.find(f"{_A}off"), xfrm.find(f"{_A}ext")
    if off is None or ext is None:
        return None
    try:
        return (
            int(off.get("x", 0)),
            int(off.get("y", 0)),
            int(ext.get("cx", 0)),
            int(ext.get("cy", 0)),
        )
    except ValueError:
        return None


def _shapes(tree: etree._Element | None) -> list[etree._Element]:
    """The top-level shapes of a part's ``p:spTree`` (groups whole)."""
    if tree is None:
        return []
    return [el for el in tree if isinstance(el.tag, str) and _xfrm(el) is not None]


def drawn_size(boxes: list[Rect], slide: tuple[int, int]) -> tuple[int, int] | None:
    """The size ``boxes`` (a master's and its layouts' shapes) were drawn for when it is plainly
    smaller than ``slide`` (they all end within ``SMALL_SHARE`` of its width and height): the
    smallest standard size they fit, else their extent with the left and top margins mirrored.
    None when they use the slide."""
    if not boxes:
        return None
    right = max(x + w for x, _, w, _ in boxes)
    bottom = max(y + h for _, y, _, h in boxes)
    if right > SMALL_SHARE * slide[0] or bottom > SMALL_SHARE * slide[1]:
        return None
    for w, h in STANDARD_SIZES:
        if right <= SPILL * w and bottom <= SPILL * h and w < slide[0] and h < slide[1]:
            return w, h
    left = max(min(x for x, _, _, _ in boxes), 0)
    top = max(min(y for _, y, _, _ in boxes), 0)
    return right + left, bottom + top


def _scale(shape: etree._Element, xfrm: etree._Element, sx: float, sy: float) -> None:
    """Scale ``shape``'s place by ``sx`` across and ``sy`` down; a picture keeps its aspect
    (scaled by the smaller, centred where its centre goes)."""
    box = _box(xfrm)
    if box is None:
        return
    x, y, w, h = box
    nw, nh = round(w * sx), round(h * sy)
    nx, ny = round(x * sx), round(y * sy)
    if shape.tag == f"{_P}pic" and shape.find(f"{_P}nvPicPr/{_P}nvPr/{_P}ph") is None:
        s = min(sx, sy)
        cx, cy = nx + nw / 2, ny + nh / 2
        nw, nh = round(w * s), round(h * s)
        nx, ny = round(cx - nw / 2), round(cy - nh / 2)
    off, ext = xfrm.find(f"{_A}off"), xfrm.find(f"{_A}ext")
    assert off is not None and ext is not None  # _box found them
    off.set("x", str(nx))
    off.set("y", str(ny))
    ext.set("cx", str(nw))
    ext.set("cy", str(nh))


def rescale(
    masters: list[tuple[etree._Element, list[etree._Element]]], slide: tuple[int, int]
) -> bool:
    """Scale each master's and its layouts' shapes (``(master's p:sldMaster, [its layouts'
    p:sldLayout])``, changed in place) to ``slide`` when they were drawn for a smaller slide
    (``drawn_size``): ipodprugin/pptx-generator's template is 20 × 11.25 in with python-pptx's
    10 × 7.5 in master and layouts, and every slide used its top-left 60 %. Each box is
    stretched across and down (a placeholder is an area, a band spans the slide as drawn);
    pictures keep their aspect. Whether any was scaled."""
    changed = False
    for master, layouts in masters:
        trees = [part.find(f"{_P}cSld/{_P}spTree") for part in (master, *layouts)]
        shapes = [sh for tree in trees for sh in _shapes(tree)]
        boxes = [b for sh in shapes if (x := _xfrm(sh)) is not None and (b := _box(x)) is not None]
        size = drawn_size(boxes, slide)
        if size is None:
            continue
        sx, sy = slide[0] / size[0], slide[1] / size[1]
        for sh in shapes:
            xfrm = _xfrm(sh)
            if xfrm is not None:
                _scale(sh, xfrm, sx, sy)
        changed = True
    return changed
