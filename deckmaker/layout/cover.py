"""What the title, section and closing slides share: a cover on the template's own layout."""

from __future__ import annotations

from collections.abc import Sequence

from ..units import EMU_PER_PT
from .context import PlanContext
from .fit import LINE_SPACING, fit_single
from .frame import Frame
from .model import Anchor, Para, Run, SlidePlan, TextBox
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
    tb, _, _ = cover_title(
        frame,
        ctx.pairs,
        title_slot,
        title,
        g.title_max,
        g.title_min,
        # on the content title's place, a cover's title is on the template's title band too
        frame.title_color or c.primary
        if title_slot == frame.slot("content", "title")
        else c.primary,
        anchor=Anchor.MIDDLE,
    )
    els = [tb]
    sub = [x for x in lines if x]
    sbox = frame.slot(kind, "subtitle")
    if sub and sbox is not None:
        m, w = frame.measure.body, sbox.w / EMU_PER_PT
        size = min(
            fit_single(x, m, w, 1e6, g.subtitle_max, g.subtitle_min, g.subtitle_lines)[0]
            for x in sub
        )
        paras = tuple(Para((Run(x),), size, line_spacing=LINE_SPACING) for x in sub)
        els.append(
            TextBox(sbox, paras, frame.fonts.body, c.text, "Subtitle", "subtitle", Anchor.TOP)
        )
    return SlidePlan(kind, title, tuple(els), c.background, notes, source)
