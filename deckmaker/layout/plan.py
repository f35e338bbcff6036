"""Plan a deck: every slide of the outline, by its kind's planner, in one frame."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..errors import Problem
from ..i18n import _
from ..outline.model import Deck
from ..resolve import Resolver
from ..theme.model import Theme
from .context import PlanContext
from .frame import Fonts, build_frame, measurer
from .kinds import PLANNERS
from .kinds.section import NumberedSection
from .memo import PlanMemo
from .model import Planned, SlidePlan
from .page import short_footer

__all__ = ["Fonts", "measurer", "plan_deck"]


def plan_deck(
    deck: Deck, theme: Theme, r: Resolver, fonts: Fonts, memo: PlanMemo | None = None
) -> tuple[list[SlidePlan], list[Problem]]:
    """Every slide of the deck, in order, and the problems found laying them out; with a
    ``memo``, a slide planned before from the same inputs is taken from it (``memo.py``)."""
    ctx = PlanContext.for_deck(deck, r)
    footer = r.template(theme.footer, theme.origin("footer"), "footer") if theme.footer else ""
    frame = build_frame(theme, fonts, footer)
    problems: list[Problem] = []
    if footer and (short := short_footer(frame)) != footer:
        frame = replace(frame, footer=short)
        problems.append(
            Problem(
                theme.origin("footer"),
                _(
                    "the footer is too long for one line at {size:g} pt, the theme's smallest "
                    "text: it shows as '{shown}'"
                ).format(size=frame.chrome.footer_min, shown=short),
                "footer",
                _(
                    "shorten the footer (an abbreviation of the agency's name), or set a smaller "
                    "text_sizes.small_min"
                ),
                "warning",
            )
        )
    context = memo.context(frame, ctx) if memo is not None else ""

    def one(kind: str, spec: Any) -> Planned:
        if memo is None:
            return PLANNERS[kind].plan(spec, frame, ctx)
        return memo.plan(context, kind, spec, ctx, lambda: PLANNERS[kind].plan(spec, frame, ctx))

    planned: list[Planned] = [one("title", deck.info)]
    for i, sec in enumerate(deck.sections):
        planned.append(one("section", NumberedSection(i + 1, sec)))
        planned.extend(one(spec.kind, spec) for spec in sec.slides)
    if deck.closing:
        planned.append(one("closing", deck.closing))
    slides = [s for p in planned for s in p.slides]
    return slides, problems + [problem for p in planned for problem in p.problems]
