"""A picture at its own proportions over its caption: as large as the body allows, but never
enlarged past a readable resolution, clear of the footer, in the middle of the body."""

from __future__ import annotations

import math

from ...errors import Problem
from ...i18n import _
from ...outline.model import SlideSpec
from ...units import EMU_PER_INCH, Length
from ..context import PlanContext
from ..frame import Frame
from ..model import Align, Box, Element, PictureBox, Planned
from ..page import body_box, chrome, header, slide
from ..text import fitted


def picture(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext
) -> tuple[list[Element], tuple[Problem, ...]]:
    """The picture in ``body``, centred, with its caption under it; a warning when it shows
    at less than ``frame.image.warn_dpi``."""
    from ...pictures import load_picture

    img = spec.image
    assert img is not None
    g = frame.image
    caption = ctx.text(img.caption)
    cap_h = g.caption_h + g.caption_gap if caption else 0
    px_w, px_h = load_picture(img.file, ctx.base_dir, img.location, at=img.path)
    ratio = px_w / px_h
    avail_h = body.h - g.footer_gap - cap_h
    w = min(body.w, round(avail_h * ratio), round(px_w / g.min_dpi * EMU_PER_INCH))
    h = round(w / ratio)
    x = body.x + (body.w - w) // 2
    y = body.y + (body.h - g.footer_gap - cap_h - h) // 2
    problems: tuple[Problem, ...] = ()
    dpi = px_w / (w / EMU_PER_INCH)
    if dpi < g.warn_dpi - 1e-6:
        need = math.ceil(g.warn_dpi * body.w / EMU_PER_INCH)
        problems = (
            Problem(
                img.location,
                _(
                    "the picture {name} is {px_w}×{px_h} px: it shows {value:.1f} in wide at "
                    "{dpi:.0f} dpi, blurred on a projector"
                ).format(name=img.file.name, px_w=px_w, px_h=px_h, value=w / EMU_PER_INCH, dpi=dpi),
                img.path,
                hint=_("use a picture at least {need} px wide (150 dpi across the slide)").format(
                    need=need
                ),
                severity="warning",
            ),
        )
    alt = caption or ctx.text(spec.title)
    els: list[Element] = [
        PictureBox(Box(Length(x), Length(y), Length(w), Length(h)), str(img.file), alt, "Picture")
    ]
    if caption:
        tb, _size, _lines = fitted(
            frame,
            Box(body.x, Length(y + h + g.caption_gap), body.w, g.caption_h),
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
    return els, problems


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title)
    head, top = header(title, frame, ctx)
    pic, problems = picture(spec, body_box(frame, top), frame, ctx)
    els = [*head, *pic, *chrome(frame)]
    return Planned((slide("image", title, els, spec, frame, ctx),), problems)
