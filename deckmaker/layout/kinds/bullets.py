"""A bullet list, shrunk to fit and continued over as many slides as it needs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ...errors import LayoutError, Problem
from ...i18n import _
from ...outline.model import Bullet, SlideSpec
from ...units import EMU_PER_PT, Inches, Length
from ..context import PlanContext
from ..fit import Item, fit_bullets, measure_items, page_height, to_paras
from ..frame import Frame
from ..model import Anchor, Box, Element, Para, Planned, TextBox
from ..nobreak import bind_compounds, bind_counted
from ..page import paged

_PASTED_MARK = re.compile(r"^\s*[-–—•+*·]\s+")
"""A bullet character typed into the text ("- Thông qua…"): the slide draws its own."""
_PASTED_NUMBER = re.compile(r"^\s*(\d{1,2}|[a-zđ])\s*[-–.)]\s+")
"""A hand-made number ("1- ", "2. ", "a) ")."""


def _walk(
    bullets: tuple[Bullet, ...], level: int = 1, group: int | None = None
) -> Iterator[tuple[Bullet, int, int]]:
    for i, b in enumerate(bullets):
        g = i if group is None else group
        yield b, level, g
        yield from _walk(b.children, level + 1, g)


def bullet_items(bullets: tuple[Bullet, ...], ctx: PlanContext) -> list[Item]:
    """The bullets as paragraphs to lay out, each with its level and top-level group; a
    bullet character typed at the start of a text ("- ", "• ") is dropped, and a common word
    ("xuất nhập khẩu") or a number and what it counts ("11 dự án") is never split at a line
    end."""
    return [
        Item(
            bind_compounds(
                bind_counted(
                    ctx.text(replace(b.text, value=_PASTED_MARK.sub("", b.text.value, count=1)))
                )
            ),
            level,
            g,
            b.text.location,
            b.text.path,
        )
        for b, level, g in _walk(bullets)
    ]


def pasted_marks(bullets: tuple[Bullet, ...]) -> tuple[Problem, ...]:
    """A warning for each bullet that starts with a typed bullet character or number."""
    out = []
    for b, _level, _parent in _walk(bullets):
        text = b.text.value
        mark = _PASTED_MARK.match(text)
        number = _PASTED_NUMBER.match(text)
        if mark:
            what = _("starts with '{strip}': the slide draws its own bullet").format(
                strip=mark.group().strip()
            )
            hint = _("it is left out of the slide; delete it from the outline")
        elif number:
            what = _("starts with a typed number '{strip}'").format(strip=number.group().strip())
            hint = _(
                "the slide shows it after its own bullet (• 1- …); delete the number, or keep it "
                "when the numbers are referred to"
            )
        else:
            continue
        out.append(
            Problem(
                b.text.location,
                _("this bullet {what}").format(what=what),
                b.text.path,
                hint,
                "warning",
            )
        )
    return tuple(out)


def bullet_pages(
    spec: SlideSpec, box: Box, frame: Frame, ctx: PlanContext
) -> tuple[list[tuple[Para, ...]], tuple[Problem, ...]]:
    """The slide's bullets in ``box``: one tuple of paragraphs a page, at the largest size
    that fits; no pages and the problem when a bullet does not fit even alone."""
    items = bullet_items(spec.bullets, ctx)
    sizes = frame.sizes
    try:
        size, pages = fit_bullets(
            items, frame.measure.body, box.w, box.h, sizes.body, sizes.body_min
        )
        if len(pages) == 1 and sizes.body_grow > sizes.body:
            # short content grows (within the theme's maximum) to use its slide
            size, pages = fit_bullets(
                items, frame.measure.body, box.w, box.h, sizes.body_grow, sizes.body_min
            )
    except LayoutError as exc:
        return [], tuple(exc.problems)
    return [to_paras(p, size, frame.colors.accent) for p in pages], ()


def bullets_box(
    box: Box, paras: tuple[Para, ...], frame: Frame, anchor: Anchor = Anchor.TOP
) -> TextBox:
    """One page of bullets."""
    return TextBox(box, paras, frame.fonts.body, frame.colors.text, "Body", "body", anchor)


COLUMN_GAP = Inches(0.5)
"""Between the two columns of a list of short items."""
SHORT_LINES = 1
"""A list goes in two columns only when each item takes at most this many lines there."""
MIN_ITEMS = 6


@dataclass(frozen=True)
class Columns:
    """A list of short items in two columns on one slide, the taller ``height`` tall (EMU)."""

    left: tuple[Para, ...]
    right: tuple[Para, ...]
    height: int


def two_columns(spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext) -> Columns | None:
    """A long list of short items (no sub-bullets, each one line (``SHORT_LINES``) in half
    the width) in two columns on one slide, instead of a continuation slide; None when the
    list is not such a list or does not fit two columns at the theme's body minimum."""
    items = bullet_items(spec.bullets, ctx)
    if len(items) < MIN_ITEMS or any(it.level != 1 for it in items):
        return None
    m, sizes = frame.measure.body, frame.sizes
    col_w = Length((body.w - COLUMN_GAP) // 2)
    at_min = measure_items(items, m, col_w, sizes.body_min, sizes.body_min)
    if any(x.lines > SHORT_LINES for x in at_min):
        return None
    try:
        size, pages = fit_bullets(items, m, col_w, body.h, sizes.body, sizes.body_min)
    except LayoutError:
        return None
    if len(pages) != 2:
        return None
    # the columns as even as the items allow: the split ``balance`` found
    left, right = (to_paras(p, size, frame.colors.accent) for p in pages)
    height = max(page_height(p) for p in pages) + frame.text_pad_pt
    return Columns(left, right, min(body.h, round(height * EMU_PER_PT)))


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    def elements(body: Box, page: tuple[Para, ...] | Columns) -> list[Element]:
        if isinstance(page, Columns):  # both columns' tops on one line, the pair centred
            w = Length((body.w - COLUMN_GAP) // 2)
            y = Length(body.y + (body.h - page.height) // 2)
            left = Box(body.x, y, w, Length(page.height))
            right = Box(Length(body.x + w + COLUMN_GAP), y, w, Length(page.height))
            return [
                bullets_box(left, page.left, frame),
                replace(bullets_box(right, page.right, frame), name="Body Right"),
            ]
        # a list on one slide sits in the middle of the body; continued pages start at the top
        alone = len(pages) == 1
        return [bullets_box(body, page, frame, Anchor.MIDDLE if alone else Anchor.TOP)]

    pages: list[tuple[Para, ...] | Columns] = []

    def pages_for(body: Box) -> tuple[list[tuple[Para, ...] | Columns], tuple[Problem, ...]]:
        nonlocal pages
        one, problems = bullet_pages(spec, body, frame, ctx)
        pages = list(one)
        if len(one) > 1 and (cols := two_columns(spec, body, frame, ctx)) is not None:
            pages = [cols]  # short items: two columns, no continuation slide
        return pages, problems

    planned = paged("bullets", spec, frame, ctx, pages_for, elements)
    return replace(planned, problems=planned.problems + pasted_marks(spec.bullets))
