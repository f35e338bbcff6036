"""A bullet list, shrunk to fit and continued over as many slides as it needs."""

from __future__ import annotations

from ...errors import LayoutError, Problem
from ...outline.model import Bullet, SlideSpec
from ..context import PlanContext
from ..fit import Item, fit_bullets, to_paras
from ..frame import Frame
from ..model import Box, Element, Para, Planned, TextBox
from ..page import paged


def bullet_items(bullets: tuple[Bullet, ...], ctx: PlanContext) -> list[Item]:
    """The bullets as paragraphs to lay out, each with its level and top-level group."""
    items: list[Item] = []

    def walk(bs: tuple[Bullet, ...], level: int, group: int | None) -> None:
        for i, b in enumerate(bs):
            g = i if group is None else group
            items.append(Item(ctx.text(b.text), level, g, b.text.location, b.text.path))
            walk(b.children, level + 1, g)

    walk(bullets, 1, None)
    return items


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
    except LayoutError as exc:
        return [], tuple(exc.problems)
    return [to_paras(p, size, frame.colors.accent) for p in pages], ()


def bullets_box(box: Box, paras: tuple[Para, ...], frame: Frame) -> TextBox:
    """One page of bullets."""
    return TextBox(box, paras, frame.fonts.body, frame.colors.text, "Body", "body")


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    def elements(body: Box, paras: tuple[Para, ...]) -> list[Element]:
        return [bullets_box(body, paras, frame)]

    return paged(
        "bullets", spec, frame, ctx, lambda body: bullet_pages(spec, body, frame, ctx), elements
    )
