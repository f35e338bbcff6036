"""A chart beside bullets that continue over as many slides as they need."""

from __future__ import annotations

from ...outline.model import SlideSpec
from ...units import Length
from ..context import PlanContext
from ..frame import Frame
from ..model import Anchor, Box, Element, Planned
from ..page import body_boxes, continued, page_elements, slide
from .bullets import bullet_pages, bullets_box, pasted_marks
from .chart import chart_box


def split(body: Box, frame: Frame) -> tuple[Box, Box]:
    """The chart's box and the bullets' box, side by side in ``body``."""
    g = frame.chart
    chart_w = Length(round((body.w - g.gap) * g.share))
    text_w = Length(body.w - chart_w - g.gap)
    return Box(body.x, body.y, chart_w, body.h), Box(
        Length(body.x + chart_w + g.gap), body.y, text_w, body.h
    )


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title)
    head, body, cont_body = body_boxes(title, frame, ctx)
    chart, text = split(body, frame)
    pages, problems = bullet_pages(spec, text, frame, ctx)
    if len(pages) > 1 and cont_body != body:
        chart, text = split(cont_body, frame)
        pages, more = bullet_pages(spec, text, frame, ctx)
        problems += more
    cb, more = chart_box(spec, chart, frame, ctx)
    problems += more + pasted_marks(spec.bullets)
    anchor = Anchor.MIDDLE if len(pages) == 1 else Anchor.TOP  # beside the chart's middle
    out = []
    for i, page in enumerate(pages):
        t = continued(title, i, ctx)
        els: list[Element] = [*([cb] if cb else []), bullets_box(text, page, frame, anchor)]
        out.append(
            slide(
                "chart-bullets", t, page_elements(t, els, head, i, frame, ctx), spec, frame, ctx, i
            )
        )
    return Planned(tuple(out), problems)
