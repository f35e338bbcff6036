"""Cover slides: the title, section and closing slides, on the theme's design or the template's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..units import EMU_PER_PT, Inches, Length, Pt
from .fit import LINE_SPACING, fit_single
from .model import Box, Para, Run, ShapeBox, SlidePlan, TextBox

if TYPE_CHECKING:
    from ..outline.model import SectionSpec
    from .plan import Planner


def template_cover(
    p: Planner, kind: str, title: str, lines: list[str], notes: str, source: str
) -> SlidePlan | None:
    """A title, section or closing slide on the agency template's own layout: only the
    title and subtitle, in its placeholders, so the template's design shows untouched."""
    slots = p.slots(kind)
    if "title" not in slots:
        return None
    tb, _, _ = p.title_text(slots["title"], title, p.ts.title * 1.15, 24, p.c.primary, anchor="ctr")
    els: list = [tb]
    sub = [x for x in lines if x]
    if sub and "subtitle" in slots:
        sbox = slots["subtitle"]
        size = min(
            fit_single(x, p.body_m, sbox.w / EMU_PER_PT, 1e6, p.ts.body, min(p.ts.body, 14.0), 2)[0]
            for x in sub
        )
        paras = tuple(Para((Run(x),), size, line_spacing=LINE_SPACING) for x in sub)
        els.append(TextBox(sbox, paras, p.theme.fonts.body, p.c.text, "Subtitle", "subtitle", "t"))
    return SlidePlan(kind, title, tuple(els), p.c.background, notes, source)


def _date(p: Planner) -> str:
    d = p.deck.info.date
    if d is None:
        return ""
    if p.lang == "vi":
        return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
    return d.strftime("%d %B %Y")


def title_slide(p: Planner) -> SlidePlan:
    info = p.deck.info
    title = p.r.text(info.title)
    lines = [
        p.r.text(info.subtitle),
        p.r.text(info.organization),
        " · ".join(x for x in (p.r.text(info.presenter), _date(p)) if x),
    ]
    notes = p.r.text(info.notes) if info.notes else ""
    cover = template_cover(p, "title", title, lines, notes, "deck")
    if cover is not None:
        return cover
    band_h = Length(round(p.H * 0.58))
    els: list = [
        ShapeBox(Box(Length(0), Length(0), p.W, band_h), p.c.primary, "Band"),
        ShapeBox(Box(Length(0), band_h, p.W, Inches(0.08)), p.c.accent, "Band Rule"),
    ]
    w = p.W - 2 * p.M
    tb, _, _ = p.title_text(
        Box(p.M, Inches(0.6), w, band_h - Inches(0.9)),
        title,
        p.ts.title * 1.15,
        24,
        p.c.on_primary,
        anchor="b",
    )
    els.append(tb)
    y = band_h + Inches(0.35)
    logo = p.logo(p.W - p.M, p.H - Inches(1.45), Inches(1.0))
    text_w = w - (logo[0].box.w + Inches(0.3) if logo else 0)
    for t, size, color, name in zip(
        lines,
        (p.ts.body, p.ts.body * 0.8, p.ts.body * 0.7),
        (p.c.text, p.c.primary, p.c.muted),
        ("Subtitle", "Organization", "Presenter"),
        strict=True,
    ):
        if not t:
            continue
        box, s, n = p.fitted(
            Box(p.M, Length(y), Length(text_w), Pt(size * 2.6)),
            t,
            size,
            max(14.0, size * 0.7),
            p.body_m,
            max_lines=2,
            color=color,
            name=name,
            role="subtitle" if name == "Subtitle" else "body",
        )
        h = Pt(p.body_m.line_height_pt(s) * n + 2)
        els.append(replace(box, box=replace(box.box, h=h)))
        y += h + Inches(0.12)
    els += logo
    return SlidePlan("title", title, tuple(els), p.c.background, notes, "deck")


def section_slide(p: Planner, i: int, sec: SectionSpec) -> SlidePlan:
    title = p.r.text(sec.title)
    subtitle = p.r.text(sec.subtitle)
    notes = p.r.text(sec.notes) if sec.notes else ""
    cover = template_cover(p, "section", title, [subtitle], notes, sec.path)
    if cover is not None:
        return cover
    w = p.W - 2 * p.M
    els: list = []
    label = p.r.text(sec.label) if sec.label is not None else f"{p.words['part']} {i + 1}"
    if label:
        els.append(
            p.text(
                Box(p.M, Inches(1.6), w, Pt(p.ts.body * 1.5)),
                label.upper(),
                p.ts.body,
                color=p.c.on_primary,
                bold=True,
                name="Section Number",
            )
        )
    els.append(
        ShapeBox(
            Box(p.M, Inches(1.6) + Pt(p.ts.body * 1.6), Inches(1.3), Inches(0.06)),
            p.c.accent,
            "Section Rule",
        )
    )
    top = Inches(2.35)
    tb, s, n = p.title_text(
        Box(p.M, top, w, Inches(2.6)), title, p.ts.title * 1.1, 24, p.c.on_primary, max_lines=3
    )
    h = Pt(p.head_m.line_height_pt(s) * n + 2)
    els.append(replace(tb, box=replace(tb.box, h=h)))
    if sec.subtitle:
        y = top + h + Inches(0.2)
        sb, _, _ = p.fitted(
            Box(p.M, Length(y), w, Length(p.H - Inches(0.8) - y)),
            subtitle,
            p.ts.body,
            16,
            p.body_m,
            color=p.c.on_primary,
            name="Subtitle",
            role="subtitle",
        )
        els.append(sb)
    return SlidePlan("section", title, tuple(els), p.c.primary, notes, sec.path)


def closing_slide(p: Planner) -> SlidePlan:
    cl = p.deck.closing
    assert cl is not None
    title = p.r.text(cl.title)
    sub = p.r.text(cl.subtitle) or p.r.text(p.deck.info.organization)
    notes = p.r.text(cl.notes) if cl.notes else ""
    cover = template_cover(p, "closing", title, [sub], notes, "closing")
    if cover is not None:
        return cover
    w = p.W - 2 * p.M
    tb, _, _ = p.title_text(
        Box(p.M, Inches(2.3), w, Inches(1.8)),
        title,
        p.ts.title * 1.3,
        28,
        p.c.on_primary,
        max_lines=2,
        align="ctr",
        anchor="ctr",
    )
    els: list = [
        tb,
        ShapeBox(
            Box(Length((p.W - Inches(1.3)) // 2), Inches(4.2), Inches(1.3), Inches(0.06)),
            p.c.accent,
            "Closing Rule",
        ),
    ]
    if sub:
        sb, _, _ = p.fitted(
            Box(p.M, Inches(4.45), w, Inches(1.2)),
            sub,
            p.ts.body,
            16,
            p.body_m,
            max_lines=2,
            color=p.c.on_primary,
            align="ctr",
            name="Subtitle",
            role="subtitle",
        )
        els.append(sb)
    return SlidePlan("closing", title, tuple(els), p.c.primary, notes, "closing")
