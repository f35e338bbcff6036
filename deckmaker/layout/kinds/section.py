"""A section divider: the section's number large at the left as the slide's anchor, an accent
rule, and the section's title and subtitle beside it, the group centred on the slide.

A label that does not end in a number ("Chuyên đề") keeps the plain layout: the label, a rule
under it, the title and subtitle."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...outline.model import SectionSpec
from ...units import Inches, Length, Pt
from ..context import PlanContext
from ..cover import template_cover
from ..fit import LINE_SPACING, SAFETY
from ..frame import Frame
from ..model import Align, Box, Element, Planned, ShapeBox, SlidePlan, TextBox
from ..nobreak import bind_compounds
from ..text import cover_title, fitted, text_box

NUMERAL = re.compile(r"^(.*?)\s*((?:\d+|[IVXLCDM]+)(?:[.\-–]\d+[a-z]?)*)\.?$")
"""A label's last word when it is a section number: "2", "II", "II.2", "3.1"."""

ANCHOR_MAX_PT = 200.0
ANCHOR_MIN_PT = 72.0
ANCHOR_SHARE = 0.3
"""The anchor column's widest share of the room between the margins."""
COLUMN_GAP = Inches(0.45)
"""Between the anchor and the rule, and between the rule and the title."""


@dataclass(frozen=True)
class NumberedSection:
    """A section and its number in the deck (from 1), for its default label."""

    number: int
    section: SectionSpec


def split_label(label: str) -> tuple[str, str] | None:
    """(the words before the number, the number) of a label ending in one, else None."""
    m = NUMERAL.match(label.strip())
    if m is None:
        return None
    return m.group(1).strip(), m.group(2)


def plan(spec: NumberedSection, frame: Frame, ctx: PlanContext) -> Planned:
    sec = spec.section
    title = ctx.text(sec.title)
    subtitle = bind_compounds(ctx.body(sec.subtitle))
    notes = ctx.plain(sec.notes) if sec.notes else ""
    cover = template_cover("section", title, [subtitle], notes, sec.path, frame, ctx)
    if cover is not None:
        return Planned((cover,))
    label = ctx.text(sec.label) if sec.label is not None else f"{ctx.words['part']} {spec.number}"
    parts = split_label(label) if label else None
    if parts is not None:
        els = _anchored(frame, ctx, parts, title, subtitle if sec.subtitle else "")
    else:
        els = _plain(frame, ctx, label, title, subtitle if sec.subtitle else "")
    c = frame.colors
    return Planned((SlidePlan("section", title, tuple(els), c.primary, notes, sec.path),))


def _anchored(
    frame: Frame, ctx: PlanContext, parts: tuple[str, str], title: str, subtitle: str
) -> list[Element]:
    """The number large at the left, the label's words above it; the title and subtitle at
    the right of an accent rule; the whole group centred vertically."""
    g, c, m = frame.section, frame.colors, frame.margin
    word, number = parts
    room = frame.width - 2 * m
    heading = frame.measure.heading
    # the number: the largest size that fits its column
    column = room * ANCHOR_SHARE
    size = ANCHOR_MAX_PT
    while size > ANCHOR_MIN_PT and heading.width_pt(number, size) * (1 + SAFETY) > column / 12700:
        size -= 4
    num_w = Length(round(max(heading.width_pt(number, size) * (1 + SAFETY) + 4, 1) * 12700))
    num_h = Pt(heading.line_height_pt(size))
    label_h = Pt(g.label_size * g.label_line_h) if word else Length(0)
    left_h = label_h + num_h
    # the title column: at the same place on every section slide of the deck
    x = Length(m + max(round(column), num_w) + COLUMN_GAP)
    rule_x = x
    x = Length(x + g.rule.h + COLUMN_GAP)
    w = Length(frame.width - m - x)
    tb, s, n = cover_title(
        frame,
        ctx.pairs,
        Box(x, Length(0), w, g.title_h),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        max_lines=g.title_lines,
    )
    title_h = Pt(frame.measure.heading.line_height_pt(s) * n + frame.text_pad_pt)
    sub: TextBox | None = None
    sub_h = Length(0)
    if subtitle:
        sb, ss, sn = fitted(
            frame,
            Box(x, Length(0), w, Inches(1.6)),
            subtitle,
            max(g.subtitle_min, min(g.subtitle_max, s * 0.8)),  # never above its title
            g.subtitle_min,
            frame.measure.body,
            max_lines=3,
            color=c.on_primary,
            name="Subtitle",
            role="subtitle",
        )
        sub_h = Pt(frame.measure.body.line_height_pt(ss, LINE_SPACING) * sn + frame.text_pad_pt)
        sub = replace(sb, box=replace(sb.box, h=sub_h))
    right_h = title_h + (g.subtitle_gap + sub_h if sub else 0)
    group_h = max(left_h, right_h)
    top = Length((frame.height - group_h) // 2)
    els: list[Element] = []
    left_top = Length(top + (group_h - left_h) // 2)
    if word:
        els.append(
            text_box(
                frame,
                Box(m, left_top, Length(rule_x - COLUMN_GAP - m), label_h),
                word.upper(),
                g.label_size,
                color=c.on_primary,
                bold=True,
                align=Align.RIGHT,
                name="Section Number",
            )
        )
    els.append(
        text_box(
            frame,
            # set against the rule: "I" and "II.2" keep one gap to it, the title one place
            Box(Length(rule_x - COLUMN_GAP - num_w), Length(left_top + label_h), num_w, num_h),
            number,
            size,
            font=frame.fonts.heading,
            color=c.on_primary,
            bold=True,
            align=Align.RIGHT,
            name="Section Anchor",
            role="anchor",
        )
    )
    els.append(ShapeBox(Box(rule_x, top, g.rule.h, Length(group_h)), c.accent, "Section Rule"))
    right_top = Length(top + (group_h - right_h) // 2)
    els.append(replace(tb, box=Box(x, right_top, w, title_h)))
    if sub is not None:
        els.append(
            replace(sub, box=replace(sub.box, y=Length(right_top + title_h + g.subtitle_gap)))
        )
    return els


def _plain(frame: Frame, ctx: PlanContext, label: str, title: str, subtitle: str) -> list[Element]:
    """The label, a rule under it, the title and the subtitle, from the top."""
    g, c, m = frame.section, frame.colors, frame.margin
    w = Length(frame.width - 2 * m)
    els: list[Element] = []
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
    if subtitle:
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
    return els
