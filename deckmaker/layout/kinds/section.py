"""A section divider: its label ("Phần 2"), a rule, the section's title and subtitle."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...outline.model import SectionSpec
from ...units import Length, Pt
from ..context import PlanContext
from ..cover import template_cover
from ..frame import Frame
from ..model import Box, Element, Planned, ShapeBox, SlidePlan
from ..text import cover_title, fitted, text_box


@dataclass(frozen=True)
class NumberedSection:
    """A section and its number in the deck (from 1), for its default label."""

    number: int
    section: SectionSpec


def plan(spec: NumberedSection, frame: Frame, ctx: PlanContext) -> Planned:
    sec = spec.section
    title = ctx.text(sec.title)
    subtitle = ctx.body(sec.subtitle)
    notes = ctx.plain(sec.notes) if sec.notes else ""
    cover = template_cover("section", title, [subtitle], notes, sec.path, frame, ctx)
    if cover is not None:
        return Planned((cover,))
    g, c, m = frame.section, frame.colors, frame.margin
    w = Length(frame.width - 2 * m)
    els: list[Element] = []
    label = ctx.text(sec.label) if sec.label is not None else f"{ctx.words['part']} {spec.number}"
    if label:
        els.append(
            text_box(
                frame,
                Box(m, g.label_top, w, Pt(g.label_size * g.label_line_h)),
                label.upper(),
                g.label_size,
                color=c.on_primary,
                bold=True,
                name="Section Number",
            )
        )
    rule_y = Length(g.label_top + Pt(g.label_size * g.rule_drop))
    els.append(ShapeBox(Box(m, rule_y, g.rule.w, g.rule.h), c.accent, "Section Rule"))
    tb, s, n = cover_title(
        frame,
        ctx.pairs,
        Box(m, g.title_top, w, g.title_h),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        max_lines=g.title_lines,
    )
    h = Pt(frame.measure.heading.line_height_pt(s) * n + frame.text_pad_pt)
    els.append(replace(tb, box=replace(tb.box, h=h)))
    if sec.subtitle:
        y = g.title_top + h + g.subtitle_gap
        sb, _, _ = fitted(
            frame,
            Box(m, Length(y), w, Length(frame.height - g.bottom - y)),
            subtitle,
            g.subtitle_max,
            g.subtitle_min,
            frame.measure.body,
            color=c.on_primary,
            name="Subtitle",
            role="subtitle",
        )
        els.append(sb)
    return Planned((SlidePlan("section", title, tuple(els), c.primary, notes, sec.path),))
