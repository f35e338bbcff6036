"""The title slide: the deck's title on a coloured band, its subtitle, organization and
presenter below, and the logo."""

from __future__ import annotations

from dataclasses import replace

from ...outline.model import DeckInfo
from ...units import Length, Pt
from ..context import PlanContext
from ..cover import template_cover
from ..frame import Frame
from ..model import Anchor, Box, Element, Planned, ShapeBox, SlidePlan
from ..page import logo
from ..text import cover_title, fitted


def date_text(info: DeckInfo, lang: str) -> str:
    """The deck's date as the title slide writes it: "ngày 05/03/2024", "05 March 2024"."""
    d = info.date
    if d is None:
        return ""
    if lang == "vi":
        return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
    return d.strftime("%d %B %Y")


def plan(spec: DeckInfo, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title)
    lines = [
        ctx.body(spec.subtitle),
        ctx.body(spec.organization),
        " · ".join(x for x in (ctx.text(spec.presenter), date_text(spec, ctx.lang)) if x),
    ]
    notes = ctx.plain(spec.notes) if spec.notes else ""
    cover = template_cover("title", title, lines, notes, "deck", frame, ctx)
    if cover is not None:
        return Planned((cover,))
    g, c, m = frame.title, frame.colors, frame.margin
    band_h = Length(round(frame.height * g.band_share))
    els: list[Element] = [
        ShapeBox(Box(Length(0), Length(0), frame.width, band_h), c.primary, "Band"),
        ShapeBox(Box(Length(0), band_h, frame.width, g.band_rule_h), c.accent, "Band Rule"),
    ]
    w = Length(frame.width - 2 * m)
    tb, _, _ = cover_title(
        frame,
        ctx.pairs,
        Box(m, g.title_top, w, Length(band_h - g.title_room)),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        anchor=Anchor.BOTTOM,
    )
    els.append(tb)
    y = band_h + g.lines_gap
    mark = logo(frame, frame.width - m, frame.height - g.logo_bottom, g.logo_h)
    text_w = w - (mark[0].box.w + g.logo_gap if mark else 0)
    for t, size, color, name in zip(
        lines,
        g.line_sizes,
        (c.text, c.primary, c.muted),
        ("Subtitle", "Organization", "Presenter"),
        strict=True,
    ):
        if not t:
            continue
        box, s, n = fitted(
            frame,
            Box(m, Length(y), Length(text_w), Pt(size * g.line_room)),
            t,
            size,
            max(g.line_min, size * g.line_shrink),
            frame.measure.body,
            max_lines=g.line_max_lines,
            color=color,
            name=name,
            role="subtitle" if name == "Subtitle" else "body",
        )
        h = Pt(frame.measure.body.line_height_pt(s) * n + frame.text_pad_pt)
        els.append(replace(box, box=replace(box.box, h=h)))
        y += h + g.line_gap
    els += mark
    return Planned((SlidePlan("title", title, tuple(els), c.background, notes, "deck"),))
