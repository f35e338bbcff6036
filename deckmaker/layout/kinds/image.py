"""A picture, as large as the body allows at its own proportions, over its caption."""

from __future__ import annotations

from ...outline.model import SlideSpec
from ...units import Length
from ..context import PlanContext
from ..frame import Frame
from ..model import Align, Box, Element, PictureBox, Planned
from ..page import body_box, chrome, header, slide
from ..text import fitted


def picture(spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext) -> list[Element]:
    """The picture in ``body``, centred, with its caption under it."""
    from ...pictures import load_picture

    img = spec.image
    assert img is not None
    g = frame.image
    caption = ctx.text(img.caption)
    cap_h = g.caption_h if caption else 0
    width, height = load_picture(img.file, ctx.base_dir, img.location, at=img.path)
    ratio = width / height
    avail_h = body.h - cap_h
    w = min(body.w, round(avail_h * ratio))
    h = round(w / ratio)
    x = body.x + (body.w - w) // 2
    alt = caption or ctx.text(spec.title)
    els: list[Element] = [
        PictureBox(Box(Length(x), body.y, Length(w), Length(h)), str(img.file), alt, "Picture")
    ]
    if caption:
        tb, _, _ = fitted(
            frame,
            Box(body.x, Length(body.y + h + g.caption_gap), body.w, Length(cap_h)),
            caption,
            g.caption_max,
            g.caption_min,
            frame.measure.body,
            color=frame.colors.muted,
            align=Align.CENTER,
            role="caption",
            name="Caption",
        )
        els.append(tb)
    return els


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title)
    head, top = header(title, frame, ctx)
    els = [*head, *picture(spec, body_box(frame, top), frame, ctx), *chrome(frame)]
    return Planned((slide("image", title, els, spec, frame, ctx),))
