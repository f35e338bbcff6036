"""Plan a deck: every slide of the outline, by its kind's planner, in one frame."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from ..errors import DeckmakerError, Problem
from ..i18n import _
from ..outline.model import Deck, Text
from ..resolve import Resolver
from ..theme.model import Theme
from ..units import EMU_PER_PT, Inches, Length, Pt
from .context import PlanContext, quiet
from .frame import Fonts, Frame, build_frame, measurer
from .kinds import PLANNERS
from .kinds.agenda import AgendaSpec
from .kinds.bullets import bullet_parts, deck_caps
from .kinds.kpis import deck_sizes, deck_stacked
from .kinds.section import NumberedSection, deck_share, deck_title_size
from .memo import PlanMemo
from .model import Box, Planned, ShapeBox, SlidePlan, TableBox, TextBox
from .page import MARK_GAP, one_size, short_footer

__all__ = ["Fonts", "bullet_places", "measurer", "plan_deck"]

_P = TypeVar("_P")


def plan_deck(
    deck: Deck,
    theme: Theme,
    r: Resolver,
    fonts: Fonts,
    memo: PlanMemo | None = None,
    on_planned: Callable[[Planned], None] | None = None,
) -> tuple[list[SlidePlan], list[Problem]]:
    """Every slide of the deck, in order, and the problems found laying them out; with a
    ``memo``, a slide planned before from the same inputs is taken from it (``memo.py``).
    ``on_planned`` is told of each slide as soon as it is planned (without a memo; a memo tells
    its ``on_new`` of the slides it plans afresh)."""
    ctx = PlanContext.for_deck(deck, r)
    footer = r.template(theme.footer, theme.origin("footer"), "footer") if theme.footer else ""
    frame = build_frame(theme, fonts, footer)
    problems: list[Problem] = []
    if footer and (short := short_footer(frame)) != footer:
        frame = replace(frame, footer=short)
        field = _footer_field(theme.footer, deck)
        problems.append(
            Problem(
                field.location if field else theme.origin("footer"),
                _(
                    "the footer is too long for one line at {size:g} pt, the theme's smallest "
                    "text: it shows as '{shown}'"
                ).format(size=frame.chrome.footer_min, shown=short),
                "footer",
                _(
                    "shorten deck.{field} (an abbreviation of the agency's name), or set a "
                    "shorter footer in the theme"
                ).format(field=field.path.rsplit(".", 1)[-1])
                if field
                else _(
                    "shorten the footer (an abbreviation of the agency's name), or set a smaller "
                    "text_sizes.small_min"
                ),
                "warning",
            )
        )
    frame, loose = _kept_frames(frame)
    # A cold build's charts are drawn as their slides are planned: plan the chart slides
    # first, before the deck-wide passes below, so that the chart workers start sooner.
    first = charts_first(deck, frame, loose, ctx, on_planned) if memo is None and on_planned else {}
    kpi_slides = [spec for sec in deck.sections for spec in sec.slides if spec.kind == "kpis"]
    lists = [spec for sec in deck.sections for spec in sec.slides if spec.kind == "bullets"]
    numbered = tuple(NumberedSection(i + 1, sec) for i, sec in enumerate(deck.sections))
    if memo is not None:  # the passes' results kept for the same deck and figures read
        base = memo.base(frame, ctx)
        whole = memo.deck((*numbered, deck.closing))

        def weighed(name: str, ctx: PlanContext, compute: Callable[[], _P]) -> _P:
            return memo.deck_pass(base, whole, name, ctx, compute)
    else:

        def weighed(name: str, ctx: PlanContext, compute: Callable[[], _P]) -> _P:
            return compute()

    ctx = replace(
        ctx, kpi_stacked=weighed("stacked", ctx, lambda: deck_stacked(kpi_slides, frame, ctx))
    )
    ctx = replace(ctx, kpi_sizes=weighed("sizes", ctx, lambda: deck_sizes(kpi_slides, frame, ctx)))
    ctx = replace(ctx, body_caps=weighed("caps", ctx, lambda: deck_caps(lists, frame, ctx)))
    ctx = replace(
        ctx, section_share=weighed("share", ctx, lambda: deck_share(numbered, frame, ctx))
    )
    ctx = replace(
        ctx,
        section_title_pt=weighed("title_pt", ctx, lambda: deck_title_size(numbered, frame, ctx)),
    )
    context = memo.context(base, ctx) if memo is not None else ""

    def fitted(kind: str, spec: Any) -> Planned:
        return plan_slide(kind, spec, frame, loose, ctx)

    def one(kind: str, spec: Any) -> Planned:
        if memo is None:
            kept = first.pop(id(spec), None)
            if kept is not None:  # planned first: its figures noted again, here in deck order
                ctx.resolver.read_again(kept[1])
                return kept[0]
            got = fitted(kind, spec)
            if on_planned is not None:
                on_planned(got)
            return got
        return memo.plan(context, kind, spec, ctx, lambda: fitted(kind, spec))

    planned: list[Planned] = [one("title", deck.info)]
    if deck.has_agenda:  # numbered as the section slides are: ``kinds.agenda``
        planned.append(one("agenda", AgendaSpec(numbered, deck.info.agenda_title)))
    for i, sec in enumerate(deck.sections):
        if sec.divider:  # ``divider: false``: the section's slides follow the slide before
            planned.append(one("section", numbered[i]))
        for spec in sec.slides:
            planned.append(one(spec.kind, spec))
            problems.extend(_long_title(spec, planned[-1], frame))
    if deck.closing:
        planned.append(one("closing", deck.closing))
    slides = [s for p in planned for s in p.slides]
    if frame.backing:
        slides = [backed(s, frame) for s in slides]
    return slides, problems + [problem for p in planned for problem in p.problems]


def _long_title(spec: Any, planned: Planned, frame: Frame) -> list[Problem]:
    """A warning at a content slide's title (its outline location) when the title, fitted at
    the theme's smallest title size, still takes more lines than the theme's title allows
    (``HeaderGeometry.max_lines``): it crowds the slide's body (R15, h18k: the words stress
    outline's slide 5 in seven lines, unwarned)."""
    title = getattr(spec, "title", None)
    g = frame.header
    for s in planned.slides[:1]:
        box = next((e for e in s.elements if isinstance(e, TextBox) and e.name == "Title"), None)
        if box is None or not box.paras or not isinstance(title, Text):
            return []
        para = box.paras[0]
        width = box.box.w / EMU_PER_PT  # as ``page.header`` fits it
        m = frame.measure.heading
        lines = sum(len(m.wrap(part, para.size_pt, width)) for part in para.text.split("\n"))
        if lines <= g.max_lines:
            return []
        return [
            Problem(
                title.location,
                _(
                    "the slide's title takes {lines} lines at {size:g} pt, more than the "
                    "{most} a title has"
                ).format(lines=lines, size=para.size_pt, most=g.max_lines),
                title.path,
                _(
                    "shorten the title to a few words (the slide's subject); move the rest into "
                    "a bullet or the speaker notes"
                ),
                "warning",
            )
        ]
    return []


_FRAMES: list[tuple[str, Frame, Frame]] = []
"""The last plan's frame (its repr), and that frame and its ``loose`` one."""


def _kept_frames(frame: Frame) -> tuple[Frame, Frame]:
    """``frame`` and its ``loose`` frame (titles that shrink further), as the last plan's very
    objects when ``frame`` is equal to its frame (the same repr, as the plan memo's context
    takes it): what planning keeps by frame identity (``kpis._fill``'s card sets,
    ``table._frame_key``) then holds across a rebuild's plan. A rebuild after one figure
    changed weighed every KPI slide of the deck again (``deck_sizes``), each card set filled
    afresh in its new frame, equal to the last."""
    text = repr(frame)
    if _FRAMES and _FRAMES[0][0] == text:
        return _FRAMES[0][1], _FRAMES[0][2]
    loose = replace(frame, header=replace(frame.header, fewer=LOOSE_FEWER))
    _FRAMES[:] = [(text, frame, loose)]
    return frame, loose


def charts_first(
    deck: Deck,
    frame: Frame,
    loose: Frame,
    ctx: PlanContext,
    on_planned: Callable[[Planned], None],
) -> dict[int, tuple[Planned, tuple[tuple[str, str], ...]]]:
    """The chart slides of ``deck`` (kinds ``CHARTED``) planned before any other slide and
    before the deck-wide passes (``deck_stacked``, ``deck_sizes``, ``deck_caps``: ~0.17 s of
    CPU on the sample deck), each told to ``on_planned`` at once: a cold build's chart workers
    start drawing that much sooner. A chart slide's plan reads none of what those passes set
    (KPI units and sizes, bullet slides' caps), so it is the plan the deck's order would make.

    Planned ``quiet`` (no problem, use or read left behind): ``plan_deck`` takes each plan, by
    ``id(spec)``, at its place in the deck and notes the figures it read there (``read_again``),
    so the resolver's record is as if planned in order. A slide whose planning found a problem
    is left out, to be planned again in its place (its problems recorded there); its chart,
    sent or not, is the same chart."""
    r = ctx.resolver
    out: dict[int, tuple[Planned, tuple[tuple[str, str], ...]]] = {}
    for sec in deck.sections:
        for spec in sec.slides:
            if spec.kind not in CHARTED:
                continue
            reads: list[tuple[str, str]] = []
            with quiet(ctx):
                problems = r.found
                r.reads = reads
                try:
                    got = plan_slide(spec.kind, spec, frame, loose, ctx)
                except DeckmakerError:  # raised again where the deck's order plans it
                    continue
                clean = r.found == problems
            if clean:
                out[id(spec)] = (got, tuple(reads))
                on_planned(got)
    return out


def plan_slide(kind: str, spec: Any, frame: Frame, loose: Frame, ctx: PlanContext) -> Planned:
    """The slides of ``spec``; titles that take two lines rather than shrink a step
    (``frame.TITLE_FEWER``) do so only when that costs no slide, and not over a chart: else
    they shrink as far as ``LOOSE_FEWER`` (``loose``). A title set under its body text's size
    plus ``TITLE_OVER_BODY`` is planned again with that as its floor (``title_floor``)."""
    frame, loose = run_frames(kind, spec, frame, loose, ctx)
    out = _plan_slide(kind, spec, frame, loose, ctx)
    floor = title_floor(out, frame)
    if floor is not None:
        out = _plan_slide(kind, spec, floored(frame, floor), floored(loose, floor), ctx)
    return out


RUN_KINDS = frozenset(("bullets", "chart-bullets", "table"))
"""Kinds whose consecutive slides in a section (``PlanContext.kind_runs``) set their titles at
one size in a template's title slot (``run_frames``)."""


def run_frames(
    kind: str, spec: Any, frame: Frame, loose: Frame, ctx: PlanContext
) -> tuple[Frame, Frame]:
    """``frame`` and ``loose`` for a slide of a run of one kind (``RUN_KINDS``) on a template's
    title slot: the run's titles at one size, the smallest any of them takes (``page.one_size``:
    R20 #2, xanh-so 27/28 at 36 and 33 pt, 58-60 at 33, 33 and 36). In deckmaker's own band a
    title a step smaller or in two lines moves the body under it; each keeps its own there."""
    if kind not in RUN_KINDS or frame.slot("content", "title") is None:
        return frame, loose
    run = ctx.kind_runs.get(getattr(spec, "path", ""), ())
    titles = [t for s in run if s.title and (t := ctx.text(s.title))]
    if len(titles) < 2:
        return frame, loose
    return one_size(titles, frame, ctx), one_size(titles, loose, ctx)


def _plan_slide(kind: str, spec: Any, frame: Frame, loose: Frame, ctx: PlanContext) -> Planned:
    if kind in CHARTED:  # a chart needs its height more than its title a line
        return PLANNERS[kind].plan(spec, loose, ctx)
    out = PLANNERS[kind].plan(spec, frame, ctx)
    if len(out.slides) > 1 and kind in TITLED and frame.header.fewer > LOOSE_FEWER:
        tighter = PLANNERS[kind].plan(spec, loose, ctx)
        if len(tighter.slides) < len(out.slides):
            return tighter
    return out


TITLE_OVER_BODY = 4.0
"""A content slide's title is at least this many points larger than the largest body text
under it (bullets, a table's cells): a title shrunk to fit two lines, 23.8 pt over bullets at
26 (stress/words 4-5, review R12), inverts the hierarchy."""
FLOOR_LINES = 3
"""A title held at its floor (``title_floor``) takes up to this many lines, broken where a
reader would break them; a title longer still takes more lines at the floor."""


def title_floor(planned: Planned, frame: Frame) -> float | None:
    """The size the titles of ``planned`` must not go under, when one of them is under its
    slide's largest body text plus ``TITLE_OVER_BODY``; None when none is (or the title is
    set in a template's title placeholder, whose height is the template's)."""
    if frame.slot("content", "title") is not None:
        return None
    floor = None
    for s in planned.slides:
        titles = [e for e in s.elements if isinstance(e, TextBox) and e.role == "title"]
        body = [p.size_pt for e in s.elements if isinstance(e, TextBox) and e.role == "body"
                for p in e.paras]  # fmt: skip
        body += [e.size_pt for e in s.elements if isinstance(e, TableBox)]
        if not titles or not body:
            continue
        need = min(max(body) + TITLE_OVER_BODY, frame.header.size_max)
        if min(p.size_pt for t in titles for p in t.paras) < need - 1e-6:
            floor = max(floor or 0.0, need)
    return floor


def floored(frame: Frame, floor: float) -> Frame:
    """``frame`` with its content titles no smaller than ``floor``, on up to ``FLOOR_LINES``
    lines (more when they need them at the floor)."""
    g = frame.header
    return replace(
        frame,
        header=replace(
            g,
            size_min=max(g.size_min, floor),
            size_max=max(g.size_max, floor),
            max_lines=max(g.max_lines, FLOOR_LINES),
        ),
    )


LOOSE_FEWER = 0.9
"""How far a content slide's title shrinks to keep one line when two would cost a slide."""
TITLED = frozenset({"bullets", "kpis", "table", "image"})
"""The kinds whose slides carry a content slide's title (``page.header``), charts aside."""
CHARTED = frozenset({"chart", "chart-bullets"})
"""The kinds whose title keeps one line down to ``LOOSE_FEWER`` of its size: a second line
would take a chart's height (a bar chart's names at a theme's 22 pt no longer fit it; a chart
beside bullets moved to a slide of its own)."""


def backed(plan: SlidePlan, frame: Frame) -> SlidePlan:
    """``plan`` with a panel of its background colour under all it draws (padded, kept on the
    slide): on a template whose artwork leaves no colour readable, the text stays readable and
    the artwork shows around it. The panel keeps clear of the small shapes the slide's layout
    shows (``Frame.marks``: a logo, a copyright line, a page mark) where what it backs does."""
    boxes = [el.box for el in plan.elements]
    if not boxes or _composed(plan, frame, boxes):
        return plan
    pad = int(Inches(0.12))
    inner = (
        min(b.x for b in boxes),
        min(b.y for b in boxes),
        max(b.right for b in boxes),
        max(b.bottom for b in boxes),
    )
    if plan.kind in ("title", "closing"):  # a panel under each text: the logos between show
        return replace(plan, elements=(*_panels(plan, frame), *plan.elements))
    x0 = max(inner[0] - pad, 0)
    y0 = max(inner[1] - pad, 0)
    x1 = min(inner[2] + pad, frame.width)
    y1 = min(inner[3] + pad, frame.height)
    for mark in frame.marks.get(_role(plan), ()):
        x0, y0, x1, y1 = _clear_of((x0, y0, x1, y1), inner, mark)
    panel = ShapeBox(
        Box(Length(x0), Length(y0), Length(x1 - x0), Length(y1 - y0)), plan.background, "Backing"
    )
    return replace(plan, elements=(panel, *plan.elements))


def _panels(plan: SlidePlan, frame: Frame) -> list[ShapeBox]:
    """A backing panel under each of a cover's texts that no shape of its own lies under (the
    title on its band), ``MARK_GAP`` round it (a text box has its own insets), each clear of
    the template's marks."""
    pad = int(MARK_GAP)
    grounds = [e.box for e in plan.elements if isinstance(e, ShapeBox)]
    out = []
    for el in plan.elements:
        if not isinstance(el, TextBox) or any(_inside(el.box, g) for g in grounds):
            continue  # a title on the cover's band has its ground
        b = el.box
        inner = (int(b.x), int(b.y), int(b.right), int(b.bottom))
        box = (
            max(inner[0] - pad, 0),
            max(inner[1] - pad, 0),
            min(inner[2] + pad, frame.width),
            min(inner[3] + pad, frame.height),
        )
        for mark in frame.marks.get(_role(plan), ()):
            box = _clear_of(box, inner, mark)
        x0, y0, x1, y1 = box
        out.append(
            ShapeBox(
                Box(Length(x0), Length(y0), Length(x1 - x0), Length(y1 - y0)),
                plan.background,
                "Backing",
            )
        )
    return out


def _inside(box: Box, ground: Box) -> bool:
    return (
        box.x >= ground.x and box.y >= ground.y
        and box.right <= ground.right and box.bottom <= ground.bottom
    )  # fmt: skip


def _composed(plan: SlidePlan, frame: Frame, boxes: list[Box]) -> bool:
    """Whether ``plan`` is a cover composed in the template's free area in the inks read there
    (``cover.composed_cover``, ``Frame.cover_inks``): it needs no panel, and the template's
    logos around it show."""
    area = frame.cover_area(plan.kind) if plan.kind in frame.cover_inks else None
    slack = int(Pt(1))
    return area is not None and all(
        b.x >= area.x - slack and b.right <= area.right + slack
        and b.y >= area.y - slack and b.bottom <= area.bottom + slack
        for b in boxes
    )  # fmt: skip


def _role(plan: SlidePlan) -> str:
    """The layout role ``plan`` is built on (as ``writer.template.slide_role``)."""
    from ..kinds import KINDS

    if not any(isinstance(e, TextBox) and e.role in ("title", "quote") for e in plan.elements):
        return "blank"
    return KINDS[plan.kind].layout


def _clear_of(
    panel: tuple[int, int, int, int], inner: tuple[int, int, int, int], mark: Box
) -> tuple[int, int, int, int]:
    """``panel`` (x0, y0, x1, y1) with one edge moved off ``mark``, never into ``inner`` (what
    it backs): of the four edges the one that keeps the most of its area; as it is when it
    does not touch the mark or every edge would cut into what it backs."""
    x0, y0, x1, y1 = panel
    mx0, my0, mx1, my1 = int(mark.x), int(mark.y), int(mark.right), int(mark.bottom)
    if mx0 >= x1 or mx1 <= x0 or my0 >= y1 or my1 <= y0:
        return panel
    cuts = []
    if inner[3] <= my0:  # its bottom above the mark
        cuts.append((x0, y0, x1, max(my0 - MARK_GAP, inner[3])))
    if inner[1] >= my1:  # its top under it
        cuts.append((x0, min(my1 + MARK_GAP, inner[1]), x1, y1))
    if inner[2] <= mx0:  # its right edge before it
        cuts.append((x0, y0, max(mx0 - MARK_GAP, inner[2]), y1))
    if inner[0] >= mx1:  # its left edge after it
        cuts.append((min(mx1 + MARK_GAP, inner[0]), y0, x1, y1))
    if not cuts:
        return panel
    return max(cuts, key=lambda c: (c[2] - c[0]) * (c[3] - c[1]))


def _footer_field(template: str, deck: Deck) -> Text | None:
    """The outline's ``deck:`` field that makes up most of a footer too long for its line (the
    theme's ``footer: "{organization}"`` filled with a long agency name): what the user
    shortens is there, not in the theme; None when the theme's own words are the most."""
    fields = {
        name: t
        for name in re.findall(r"\{\s*(\w+)\s*\}", template)
        if isinstance(t := getattr(deck.info, name, None), Text)
    }
    own = len(re.sub(r"\{[^}]*\}", "", template))
    longest = max(fields.values(), key=lambda t: len(t.value), default=None)
    return longest if longest is not None and len(longest.value) > own else None


def bullet_places(deck: Deck, slides: Sequence[SlidePlan]) -> dict[str, int]:
    """The part of its continued slide each bullet of ``deck`` set on a "(tiếp)" slide is on
    (``kinds.bullets.bullet_parts``), by outline path: where a problem found outside the
    layout (the resolver's words before a figure) is numbered (``pipeline.numbered``)."""
    by_source: dict[str, list[SlidePlan]] = {}
    for s in slides:
        by_source.setdefault(s.source, []).append(s)
    out: dict[str, int] = {}
    for sec in deck.sections:
        for spec in sec.slides:
            if spec.bullets and (own := by_source.get(spec.path)):
                out.update(bullet_parts(spec, own))
    return out
