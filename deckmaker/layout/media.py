"""Picture and quote slides."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import Problem
from ..units import EMU_PER_PT, Inches, Length, Pt
from .fit import fit_single
from .model import Box, PictureBox, SlidePlan

if TYPE_CHECKING:
    from ..outline.model import SlideSpec
    from .plan import Planner

QUOTE_MARK_PT = 96


def image_elements(p: Planner, spec: SlideSpec, body: Box) -> list:
    """The picture, as large as ``body`` allows at its own proportions, over its caption."""
    from ..pictures import load_picture

    img = spec.image
    assert img is not None
    caption = p.r.text(img.caption)
    cap_h = Pt(p.ts.caption * 2.4) if caption else 0
    width, height = load_picture(img.file, p.deck.base_dir, img.location, at=img.path)
    ratio = width / height
    avail_h = body.h - cap_h
    w = min(body.w, round(avail_h * ratio))
    h = round(w / ratio)
    x = body.x + (body.w - w) // 2
    alt = caption or p.r.text(spec.title)
    els: list = [
        PictureBox(Box(Length(x), body.y, Length(w), Length(h)), str(img.file), alt, "Picture")
    ]
    if caption:
        tb, _, _ = p.fitted(
            Box(body.x, Length(body.y + h + Inches(0.08)), body.w, Length(cap_h)),
            caption,
            p.ts.caption * 1.2,
            p.ts.caption,
            p.body_m,
            color=p.c.muted,
            align="ctr",
            role="caption",
            name="Caption",
        )
        els.append(tb)
    return els


def quote_slide(p: Planner, spec: SlideSpec, title: str) -> SlidePlan:
    """A quote in large italics with its mark and author, centred on the slide."""
    q = spec.quote
    assert q is not None
    w = p.W - 2 * p.M - Inches(1.2)
    x = p.M + Inches(1.2)
    els: list = []
    if title:
        els.append(
            p.text(
                Box(x, Inches(0.6), w, Pt(p.ts.body * 1.6)),
                title,
                p.ts.body * 0.8,
                color=p.c.primary,
                bold=True,
                role="title",
                name="Title",
            )
        )
    region_top, region_bottom = Inches(1.5), p.H - Inches(0.9)
    author, author_h = None, 0
    if q.author:
        a_size = p.ts.body * 0.85
        author, a_size, a_lines = p.fitted(
            Box(x, Length(0), w, Pt(p.body_m.line_height_pt(a_size) * 2)),
            "— " + p.r.text(q.author),
            a_size,
            min(a_size, 14.0),
            p.body_m,
            max_lines=2,
            color=p.c.muted,
            align="r",
            name="Author",
        )
        author_h = Pt(p.body_m.line_height_pt(a_size) * a_lines + 2)
    gap = Inches(0.2) if author else 0
    text = p.r.text(q.text)
    avail = region_bottom - region_top - author_h - gap
    size, lines = fit_single(
        text,
        p.head_m,
        w / EMU_PER_PT,
        avail / EMU_PER_PT,
        p.ts.body * 1.25,
        p.ts.body_min,
        None,
    )
    text_h = Pt(p.head_m.line_height_pt(size) * len(lines) + 2)
    if text_h > avail:
        p.problems.append(
            Problem(
                q.text.location,
                f"the quote does not fit on a slide: it needs {text_h / EMU_PER_PT:.0f} pt at "
                f"{size:g} pt, the room is {avail / EMU_PER_PT:.0f} pt",
                q.text.path,
                hint="shorten it, or put the full text in the notes",
            )
        )
    top = region_top + (region_bottom - region_top - text_h - gap - author_h) // 2
    els.append(
        p.text(
            Box(
                p.M,
                Length(max(Inches(0.6), top - Inches(0.3))),
                Inches(1.2),
                Pt(QUOTE_MARK_PT * 1.25),
            ),
            "“",
            QUOTE_MARK_PT,
            font=p.theme.fonts.heading,
            color=p.c.accent,
            bold=True,
            name="Quote Mark",
            role="caption",
        )
    )
    els.append(
        p.text(
            Box(x, Length(top), w, Length(text_h)),
            text,
            size,
            font=p.theme.fonts.heading,
            color=p.c.text,
            italic=True,
            name="Quote",
            role="quote",
        )
    )
    if author is not None:
        els.append(replace(author, box=Box(x, Length(top + text_h + gap), w, Length(author_h))))
    els += p.logo(p.W - p.M, Inches(0.35), Inches(0.7))
    return p.slide("quote", title or text[:60], els + p.chrome(), spec)
