"""What the title, section and closing slides share: a cover on the template's own layout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..units import EMU_PER_PT, Length, Pt
from .context import PlanContext
from .fit import LINE_SPACING, SAFETY, fit_single, sizes
from .frame import Frame
from .model import Anchor, Box, Para, Run, SlidePlan, TextBox
from .text import cover_title


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
