"""The closing slide: a centred title ("Trân trọng cảm ơn!"), a rule, a subtitle and, when the
deck gives them, its place and date ("Hưng Yên, tháng 01 năm 2024"), as on the title slide."""

from __future__ import annotations

from dataclasses import replace

from ...outline.model import ClosingSpec
from ...units import EMU_PER_PT, Length, Pt
from ..context import PlanContext
from ..cover import composed_cover
from ..fit import nice_lines
from ..frame import Frame
from ..model import Align, Anchor, Box, Element, Planned, ShapeBox, SlidePlan, TextBox
from ..nobreak import bind_compounds
from ..text import cover_title, fitted
from .title import place_date

ONE_LINE = 0.9
"""The subtitle (the agency's name) is set on one line down to this share of the size at which
it takes two: a name is not broken when it fits whole a little smaller."""
DATE_SHARE = 0.8
"""The place and date's size as a share of the subtitle's largest size."""


def balanced(
    frame: Frame, box: TextBox, text: str, size: float, n: int, ctx: PlanContext
) -> TextBox:
    """``box`` (``text`` fitted at ``size`` in ``n`` lines) with its lines balanced and broken
    where a reader would (``fit.nice_lines``: before a name of two joined by a dash, never
    inside it: "… Khối / Cơ quan - Doanh nghiệp tỉnh Hưng Yên", not "… Cơ quan - / Doanh
    nghiệp"), as explicit line breaks; ``box`` as it is in one line or when no such lines
    fit."""
    if n < 2:
        return box
    m = frame.measure.body
    lines = nice_lines(text, m, size, box.box.w / EMU_PER_PT, n, ctx.pairs)
    if not lines:
        return box
    para = box.paras[0]
    run = replace(para.runs[0], text="\n".join(lines))
    return replace(box, paras=(replace(para, runs=(run,)),))


def plan(spec: ClosingSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title)
    sub = bind_compounds(ctx.body(spec.subtitle) or ctx.body(ctx.info.organization))
    notes = ctx.plain(spec.notes) if spec.notes else ""
    when = place_date(ctx.info, ctx.text(ctx.info.place), ctx.lang)
    cover = composed_cover(
        "closing", title, "", [sub], ((when, "Date"),), notes, "closing", frame, ctx
    )
    if cover is not None:
        return Planned((cover,))
    g, c, m = frame.closing, frame.colors, frame.margin
    w = Length(frame.width - 2 * m)
    # on an agency template (its free area too busy for a composed closing) the template's own
    # background shows, as on the title slide: the title on a band of the primary colour, the
    # rest in the text colour (each on a backing panel when the artwork needs one), not a slide
    # painted over in the primary colour (a white slide, black title, on a blue template)
    on_template = bool(frame.slots)
    ink = c.text if on_template else c.on_primary
    tb, _, _ = cover_title(
        frame,
        ctx.pairs,
        Box(m, g.title_top, w, g.title_h),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        max_lines=g.title_lines,
        align=Align.CENTER,
        anchor=Anchor.MIDDLE,
    )
    rule_x = Length((frame.width - g.rule.w) // 2)
    band = ShapeBox(Box(Length(0), g.title_top, frame.width, g.title_h), c.primary, "Band")
    els: list[Element] = [
        *([band] if on_template else []),
        tb,
        ShapeBox(Box(rule_x, g.rule_top, g.rule.w, g.rule.h), c.accent, "Closing Rule"),
    ]
    y = g.subtitle_top
    if sub:
        box = Box(m, g.subtitle_top, w, g.subtitle_h)

        def fit(top: float, least: float, most: int) -> tuple[TextBox, float, int]:
            return fitted(
                frame, box, sub, top, least, frame.measure.body, max_lines=most,
                color=ink, align=Align.CENTER, name="Subtitle", role="subtitle",
            )  # fmt: skip

        sb, size, n = fit(g.subtitle_max, g.subtitle_min, g.subtitle_lines)
        if n > 1:  # an agency's name on one line a little smaller, rather than broken
            least = max(g.subtitle_min, size * ONE_LINE)
            one, at, lines = fit(size, least, 1)
            if lines == 1 and at >= least:
                sb, size, n = one, at, 1
        sb = balanced(frame, sb, sub, size, n, ctx)
        # as tall as its lines: the place and date sit under it, clear of its box
        h = Pt(frame.measure.body.line_height_pt(size) * n + frame.text_pad_pt)
        els.append(replace(sb, box=replace(sb.box, h=h)))
        y = Length(y + h)
    if when:
        db, _, _ = fitted(
            frame,
            Box(m, Length(y + g.date_gap), w, Pt(g.subtitle_max * DATE_SHARE * 1.5)),
            when,
            max(g.subtitle_max * DATE_SHARE, g.subtitle_min),
            g.subtitle_min,
            frame.measure.body,
            max_lines=1,
            color=ink,
            align=Align.CENTER,
            name="Date",
            role="subtitle",
        )
        els.append(db)
    ground = c.background if on_template else c.primary
    return Planned((SlidePlan("closing", title, tuple(els), ground, notes, "closing"),))
