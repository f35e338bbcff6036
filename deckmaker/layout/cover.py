"""What the title, section and closing slides share: a cover on the template's own layout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..units import EMU_PER_PT, Length, Pt
from .context import PlanContext
from .fit import LINE_SPACING, SAFETY, fit_single, nice_lines, sizes
from .frame import Frame
from .model import Align, Anchor, Box, Element, Para, Run, ShapeBox, SlidePlan, TextBox
from .text import cover_title, fitted


def template_cover(
    kind: str,
    title: str,
    lines: Sequence[str],
    notes: str,
    source: str,
    frame: Frame,
    ctx: PlanContext,
) -> SlidePlan | None:
    """A title, section or closing slide on the agency template's own layout: only the title
    and subtitle, in its placeholders, so the template's design shows untouched; None when the
    template has no layout with a title for ``kind`` (or there is no template)."""
    title_slot = frame.slot(kind, "title")
    if title_slot is None:
        return None
    g, c = frame.cover, frame.colors
    heading = frame.drawn(kind, "title", frame.measure.heading)
    if heading is not frame.measure.heading:  # the template draws it in capitals
        frame = replace(frame, measure=replace(frame.measure, heading=heading))
    # each colour reads on what the cover's own layout draws behind it (a section band too)
    color, sub_color = frame.cover_colors.get(kind, ("", ""))
    color = color or c.primary
    sbox = frame.slot(kind, "subtitle")
    tb, size, n = cover_title(
        frame, ctx.pairs, title_slot, title, g.title_max, g.title_min, color, anchor=Anchor.MIDDLE
    )
    lh = frame.measure.heading.line_height_pt(size, LINE_SPACING)
    if n * lh > title_slot.h / EMU_PER_PT + 1e-6:  # the template's title box is too small:
        tall = replace(title_slot, h=Length(frame.height - title_slot.y))  # it grows downwards
        _, size, n = cover_title(frame, ctx.pairs, tall, title, g.title_max, g.title_min, color)
        need = Pt(n * frame.measure.heading.line_height_pt(size, LINE_SPACING) + frame.text_pad_pt)
        grown = replace(title_slot, h=Length(min(int(need), frame.height - title_slot.y)))
        tb, _, _ = cover_title(
            frame, ctx.pairs, grown, title, g.title_max, g.title_min, color, anchor=Anchor.MIDDLE
        )
        if sbox is not None and sbox.y < grown.bottom < sbox.bottom:  # the subtitle moves down
            sbox = Box(sbox.x, Length(grown.bottom), sbox.w, Length(sbox.bottom - grown.bottom))
    els = [tb]
    sub = [x for x in lines if x]
    if sub and sbox is not None:
        m, w = frame.drawn(kind, "subtitle", frame.measure.body), sbox.w / EMU_PER_PT
        size = min(
            fit_single(x, m, w, 1e6, g.subtitle_max, g.subtitle_min, g.subtitle_lines)[0]
            for x in sub
        )
        room = sbox.h / EMU_PER_PT - frame.text_pad_pt  # all the lines in the template's box
        for s in sizes(size, g.subtitle_min):
            size = s
            wrapped = sum(len(m.wrap(x, s, w, safety=SAFETY)) for x in sub)
            if wrapped * m.line_height_pt(s, LINE_SPACING) <= room + 1e-6:
                break
        paras = tuple(Para((Run(x),), size, line_spacing=LINE_SPACING) for x in sub)
        els.append(
            TextBox(
                sbox,
                paras,
                frame.fonts.body,
                sub_color or c.text,
                "Subtitle",
                "subtitle",
                Anchor.TOP,
            )
        )
    return SlidePlan(kind, title, tuple(els), c.background, notes, source)


ONE_LINE = 0.9
"""A composed cover's line is set on one line down to this share of the size at which it takes
two (as ``kinds.closing.ONE_LINE``)."""
COVER_GAP = 0.6
"""Between the composed cover's blocks (agency, title, subtitle, the lines at the bottom), in
multiples of the subtitle's size."""


def composed_cover(
    kind: str,
    title: str,
    top: str,
    under: Sequence[str],
    bottom: Sequence[tuple[str, str]],
    notes: str,
    source: str,
    frame: Frame,
    ctx: PlanContext,
) -> SlidePlan | None:
    """A title or closing slide on the template's own layout composed as the genre has it,
    inside the template's free area (``free_area``), centred across it: ``top`` (the agency,
    in capitals) at its top with an accent rule under it, the title in the template's title
    placeholder and ``under`` (the subtitle, in its subtitle placeholder) in the middle, and
    ``bottom`` (text and shape name: the presenter, "Hưng Yên, tháng 01 năm 2024") at its
    bottom. A closing (no
    ``top``) sets its title, ``under`` (the agency) and ``bottom`` as one block centred in the
    area. None when the template has no layout with a title for ``kind``."""
    area = frame.cover_area(kind)
    ink = frame.cover_inks.get(kind)
    if area is None or ink is None:
        return None
    g, c, t = frame.cover, frame.colors, frame.title
    sub_size, org_size, foot_size = t.line_sizes
    heading = frame.drawn(kind, "title", frame.measure.heading)
    if heading is not frame.measure.heading:  # the template draws it in capitals
        frame = replace(frame, measure=replace(frame.measure, heading=heading))
    m = frame.measure.body
    x, w = area.x, area.w

    def block(
        text: str, size: float, name: str, role: str, color: str, bold: bool = False
    ) -> TextBox:
        """``text`` centred across the area in up to two lines, as tall as its lines: on one
        line down to ``ONE_LINE`` of the size at which it takes two (an agency's name is not
        broken when it fits whole a little smaller), else in balanced lines broken where a
        reader would ("… Khối / Cơ quan - Doanh nghiệp tỉnh Hưng Yên")."""
        tm = frame.measure.bold if bold else m
        # body text (the agency, the presenter, the date) never under the theme's body minimum
        floor = max(t.line_min, frame.sizes.body_min if role == "body" else 0.0)

        def fit(most: float, least: float, lines: int) -> tuple[TextBox, float, int]:
            return fitted(
                frame, Box(x, area.y, w, Pt(most * t.line_room)), text, most, least, tm,
                max_lines=lines, phrased=True, align=Align.CENTER, name=name, role=role,
                color=color, bold=bold,
            )  # fmt: skip

        tb, s, n = fit(size, max(floor, size * t.line_shrink), t.line_max_lines)
        if n > 1:
            least = max(floor, s * ONE_LINE)
            one, at, k = fit(s, least, 1)
            if k == 1 and at >= least and tm.width_pt(text, at) <= w / EMU_PER_PT * (1 - SAFETY):
                tb, s, n = one, at, 1
        if n > 1 and not bold and (lines := nice_lines(text, tm, s, w / EMU_PER_PT, n, ctx.pairs)):
            para = tb.paras[0]
            run = replace(para.runs[0], text="\n".join(lines))
            tb = replace(tb, paras=(replace(para, runs=(run,)),))
        h = Pt(tm.line_height_pt(s, LINE_SPACING) * n + frame.text_pad_pt)
        return replace(tb, box=replace(tb.box, h=h))

    gap = Pt(sub_size * COVER_GAP)
    els: list[Element] = []
    y = int(area.y)
    head = frame.slot("content", "title")
    if top:
        org = block(top.upper(), org_size, "Organization", "body", color=ink.top, bold=True)
        if ink.band and head is not None:  # on the template's band: centred in it
            row = max(int(head.bottom) - y, int(org.box.h))
            els.append(replace(org, box=replace(org.box, y=Length(y + (row - org.box.h) // 2))))
            y += row + gap
        else:
            els.append(org)
            y += org.box.h + t.line_gap
            rule_x = Length(x + (w - t.rule.w) // 2)
            rule = Box(rule_x, Length(y), t.rule.w, t.rule.h)
            els.append(ShapeBox(rule, c.accent, "Organization Rule"))
            y += t.rule.h + gap
    subs = [block(s, sub_size, "Subtitle", "subtitle", color=ink.text) for s in under if s]
    lows = [block(s, foot_size, name, "body", color=ink.text) for s, name in bottom if s]
    low_h = sum(b.box.h for b in lows)
    sub_h = sum(b.box.h for b in subs) + (gap if subs else 0)
    # a cover keeps its bottom lines at the area's bottom; a closing centres them with the rest
    end = int(area.bottom) - (low_h + gap if top and lows else 0)
    middle = sub_h + (0 if top else low_h + (gap if lows else 0))
    room = Length(end - y)
    tb, size, n = cover_title(
        frame, ctx.pairs, Box(x, Length(y), w, Length(max(room - middle, 0))), title,
        g.title_max, g.title_min, ink.title, max_lines=3, align=Align.CENTER, anchor=Anchor.MIDDLE,
    )  # fmt: skip
    title_h = Pt(frame.measure.heading.line_height_pt(size, LINE_SPACING) * n + frame.text_pad_pt)
    lo = y
    y += max((room - title_h - middle) // 2, 0)
    # off a row the template draws in what the inks do not read on (Pencil's stroke): the
    # title and what follows it move together, within the room they were centred in
    y = _off(ink.clear, y, title_h + middle, lo, end)
    els.append(replace(tb, box=replace(tb.box, y=Length(y), h=Length(title_h))))
    y += title_h + (gap if subs else 0)
    for b in subs:
        els.append(replace(b, box=replace(b.box, y=Length(y))))
        y += b.box.h
    if top and lows and y > int(area.bottom) - low_h:
        return None  # the bottom lines would run over the subtitle: the area is too small
    y = int(area.bottom) - low_h if top else y + (gap if lows else 0)
    for b in lows:
        els.append(replace(b, box=replace(b.box, y=Length(y))))
        y += b.box.h
    return SlidePlan(kind, title, tuple(els), c.background, notes, source)


def _off(clear: Sequence[tuple[int, int]], top: int, h: int, lo: int, hi: int) -> int:
    """The top nearest ``top`` of a block ``h`` tall, between ``lo`` and ``hi``, that overlaps
    none of the rows ``clear``; ``top`` when it overlaps none already or no such top exists."""

    def hits(t: int) -> bool:
        return any(a < t + h and t < b for a, b in clear)

    if not hits(top):
        return top
    tops = [t for a, b in clear for t in (b, a - h) if lo <= t <= hi - h and not hits(t)]
    return min(tops, key=lambda t: (abs(t - top), t), default=top)
