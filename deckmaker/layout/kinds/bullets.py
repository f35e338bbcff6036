"""A bullet list, shrunk to fit and continued over as many slides as it needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import TypeVar, cast

from ...errors import LayoutError, Location, Problem
from ...i18n import _
from ...kept import per_plan
from ...outline.model import Bullet, SlideSpec
from ...resolve import Resolver
from ...units import EMU_PER_PT, Inches, Length
from ..context import PlanContext, quiet
from ..fit import (
    LINE_SPACING,
    Item,
    Measured,
    bullets_cut,
    even_lines,
    fit_bullets,
    indents,
    line_more,
    mark_digits,
    measure_items,
    number_marks,
    page_height,
    to_paras,
)
from ..fit import sizes as size_steps
from ..frame import Frame
from ..measure import TextMeasurer
from ..model import Anchor, Box, Element, Para, Planned, ShapeBox, SlidePlan, TextBox
from ..nobreak import bind_compounds, bind_counted
from ..page import body_boxes, paged

_PASTED_MARK = re.compile(r"^\s*[-–—•+*·]\s+")
"""A bullet character typed into the text ("- Thông qua…"): the slide draws its own."""
_PASTED_NUMBER = re.compile(r"^\s*(\d{1,2}|[a-zđ])\s*[-–.)]\s+")
"""A hand-made number ("1- ", "2. ", "a) ")."""


def _walk(
    bullets: tuple[Bullet, ...], level: int = 1, group: int | None = None, digits: int = 0
) -> Iterator[tuple[Bullet, int, int, str, str]]:
    """Each bullet with its level, its top-level group, its number when its list numbers every
    item of its level (``fit.number_marks``, else "", padded to ``digits`` at the top level)
    and its text after that number (a typed bullet character dropped)."""
    texts = _texts(bullets)
    marks = number_marks(texts, digits) or [("", t) for t in texts]
    for i, (b, (mark, text)) in enumerate(zip(bullets, marks, strict=True)):
        g = i if group is None else group
        yield b, level, g, mark, text
        yield from _walk(b.children, level + 1, g)


def _texts(bullets: tuple[Bullet, ...]) -> list[str]:
    return [_PASTED_MARK.sub("", b.text.value, count=1) for b in bullets]


def run_digits(spec: SlideSpec, ctx: PlanContext) -> int:
    """The digits of the widest top-level number of the consecutive numbered slides around
    ``spec`` in its run (``PlanContext.kind_runs``): "(1)"–"(4)" on a slide before "(8)"–"(11)"
    are padded as two-digit numbers, so that the text column of every slide of the run starts
    at one place, as a designer sets it once for the run; 0 when ``spec`` numbers nothing."""
    own = mark_digits(_texts(spec.bullets))
    run = ctx.kind_runs.get(spec.path, ())
    i = ctx.kind_index.get(spec.path)
    if not own or i is None:
        return own
    widest = own
    for step in (-1, 1):  # outwards while the neighbours number their lists too
        j = i + step
        while 0 <= j < len(run) and (d := mark_digits(_texts(run[j].bullets))):
            widest = max(widest, d)
            j += step
    return widest


def spec_items(spec: SlideSpec, ctx: PlanContext) -> list[Item]:
    """``bullet_items`` of a slide's bullets, numbered as its run is (``run_digits``)."""
    return bullet_items(spec.bullets, ctx, run_digits(spec, ctx))


_KeptItems = tuple[tuple[Bullet, ...], tuple[Item, ...], tuple[tuple[str, str], ...]]
"""A list's bullets (kept alive, so that their identity is not reused), its items and the
figures its texts read."""


_items_kept: list[tuple[Resolver, dict[tuple[int, int], _KeptItems]]] = []


def bullet_items(bullets: tuple[Bullet, ...], ctx: PlanContext, digits: int = 0) -> list[Item]:
    """The bullets as paragraphs to lay out, each with its level and top-level group; a
    bullet character typed at the start of a text ("- ", "• ") is dropped, a list whose items
    all start with a number ("(1)", "2.") shows them in place of bullets, and a common word
    ("xuất nhập khẩu") or a number and what it counts ("11 dự án") is never split at a line
    end.

    Kept for the plan (its resolver) under the bullets' identity: a slide's bullets are
    fitted at many sizes and widths (a chart beside them tries several shares, a run of
    slides fits every member), ~8 times each for the sample deck, and their texts were
    resolved and bound again each time (a quarter of planning). The figures they read are
    noted again on each later call, as ``run_member`` does (the plan memo sees them); a list
    whose texts raised a problem is not kept."""
    r = ctx.resolver
    done = per_plan(_items_kept, r)
    hit = done.get((id(bullets), digits))
    if hit is not None and hit[0] is bullets:
        r.read_again(hit[2])
        return list(hit[1])
    problems = r.found
    reads: list[tuple[str, str]] = []
    outer, r.reads = r.reads, reads
    try:
        items = _bullet_items(bullets, ctx, digits)
    finally:
        r.reads = outer
    if outer is not None:
        outer.extend(reads)
    if r.found == problems:
        done[(id(bullets), digits)] = (bullets, tuple(items), tuple(reads))
    return items


def _bullet_items(bullets: tuple[Bullet, ...], ctx: PlanContext, digits: int = 0) -> list[Item]:
    return [
        Item(
            bind_compounds(bind_counted(ctx.text(replace(b.text, value=text)))),
            level,
            g,
            b.text.location,
            b.text.path,
            mark,
        )
        for b, level, g, mark, text in _walk(bullets, digits=digits)
    ]


def pasted_marks(bullets: tuple[Bullet, ...]) -> tuple[Problem, ...]:
    """A warning for each bullet that starts with a typed bullet character, or with a number
    in a list that numbers only some of its items (a list that numbers them all shows the
    numbers in place of bullets)."""
    out = []
    for b, _level, _parent, numbered, _text in _walk(bullets):
        text = b.text.value
        mark = _PASTED_MARK.match(text)
        number = None if numbered else _PASTED_NUMBER.match(text)
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


def bullet_parts(spec: SlideSpec, slides: Sequence[SlidePlan]) -> dict[str, int]:
    """The part of ``slides`` (``SlidePlan.continued``) each bullet of ``spec`` is set on, by
    its text's outline path, for the bullets on a "(tiếp)" slide or a takeaway after a chart.
    The slides' bullets are ``spec``'s in outline order, one paragraph each, in their body
    boxes; slides that hold another count of paragraphs (a statement, two columns, bullets
    said in the notes) give none."""
    if not any(s.continued for s in slides):
        return {}
    paths = [b.text.path for b, *_rest in _walk(spec.bullets)]
    counts = [
        sum(len(e.paras) for e in s.elements if isinstance(e, TextBox) and e.name == "Body")
        for s in slides
    ]
    if sum(counts) != len(paths):
        return {}
    part: dict[str, int] = {}
    for s, n in zip(slides, counts, strict=True):
        for path in paths[len(part) : len(part) + n]:
            part[path] = s.continued
    return {path: n for path, n in part.items() if n}


def on_slides(
    problems: tuple[Problem, ...], spec: SlideSpec, slides: Sequence[SlidePlan]
) -> tuple[Problem, ...]:
    """``problems`` each with the part of ``slides`` its bullet of ``spec`` is set on
    (``Problem.part``, ``bullet_parts``): a warning about a bullet on a "(tiếp)" slide names
    that slide, not the first (h31e: 'slide 3' for a five-line bullet set on slide 4)."""
    part = bullet_parts(spec, slides)
    return tuple(
        replace(p, part=part[p.path]) if not p.part and p.path in part else p for p in problems
    )


def bullet_pages(
    spec: SlideSpec,
    box: Box,
    frame: Frame,
    ctx: PlanContext,
    cap: float | None = None,
    terms: bool = False,
) -> tuple[list[tuple[Para, ...]], tuple[Problem, ...]]:
    """The slide's bullets in ``box``: one tuple of paragraphs a page, at the largest size
    that fits (up to ``cap``, the size of its run of slides); no pages and the problem when a
    bullet does not fit even alone. ``terms``: a bullet whose lines break inside a term or a
    name takes a line more where there is room (``fit.line_more``), once its box is chosen."""
    try:
        size, pages = _measured_pages(spec, box, frame, ctx, cap, terms)
    except LayoutError as exc:
        return [], tuple(exc.problems)
    return [to_paras(p, size, frame.colors.accent) for p in pages], ()


def _measured_pages(
    spec: SlideSpec, box: Box, frame: Frame, ctx: PlanContext, cap: float | None, terms: bool,
    phrases: bool = False,
) -> tuple[float, list[list[Measured]]]:  # fmt: skip
    """``bullet_pages``' pages as measured items (their lines counted), before they become
    paragraphs; raises ``LayoutError`` when a bullet does not fit even alone. ``phrases``: a
    point or two smaller where its lines then cut fewer phrases (``_phrases_kept``: a bullet
    slide's own list in no run; a run's lists change size together, ``_run_phrases``; a
    chart's text beside it is set at the size its options weigh)."""
    items = spec_items(spec, ctx)
    size, pages = _fit(items, box, frame, cap)
    pages = _set_lines(pages, box, frame, terms)
    if not phrases:
        return size, pages
    return _phrases_kept(items, box, frame, cap, terms, size, pages)


def _set_lines(
    pages: list[list[Measured]], box: Box, frame: Frame, terms: bool
) -> list[list[Measured]]:
    """``pages`` with their bullets' lines broken where a reader would break them."""
    m = frame.measure.body  # no gap in a column's edge: ragged lines broken evenly
    pages = [[even_lines(x, m, box.w) for x in p] for p in pages]
    # a line ending on a word that leads the next phrase takes a line more where there is room
    return [line_more(p, m, box.w, box.h / EMU_PER_PT, terms) for p in pages]


PHRASE_STEPS = 2
"""The most points a list is set smaller than the size it fits at so that its bullets' lines
cut fewer phrases (``_phrases_kept``, ``_run_phrases``)."""


def _long(pages: list[list[Measured]]) -> bool:
    """True when a bullet of ``pages`` takes more than ``READ_LINES`` lines: such a list is
    warned of at the size it fits (``long_bullets``), its length, not its breaks, the
    presenter's to mend, and keeps that size."""
    return any(x.lines > READ_LINES for p in pages for x in p)


def _phrases_kept(
    items: list[Item], box: Box, frame: Frame, cap: float | None, terms: bool, size: float,
    pages: list[list[Measured]],
) -> tuple[float, list[list[Measured]]]:  # fmt: skip
    """``size`` and ``pages``, or the list a point or two smaller (``PHRASE_STEPS``, never under
    the theme's body minimum, one size for all its bullets, on as many pages, no bullet then
    over ``READ_LINES`` lines) where its lines then cut fewer phrases (``fit.bullets_cut``): a
    designer sets a bullet a point smaller rather than break "chuyển đổi / mô hình tăng
    trưởng" (issue 14, h41f, h42g). The largest such size, the fewest cuts first. A list with a
    bullet over ``READ_LINES`` lines keeps its size (its warning names it)."""
    m, floor = frame.measure.body, frame.sizes.body_min
    cuts = sum(bullets_cut(p, m, box.w) for p in pages)
    if cuts == 0 or _long(pages):
        return size, pages
    best = (cuts, size, pages)
    for step in range(1, PHRASE_STEPS + 1):
        smaller = size - step
        if smaller < floor - 1e-9:
            break
        try:
            at, more = fit_bullets(items, m, box.w, box.h, smaller, floor, cap is not None)
        except LayoutError:
            break
        if abs(at - smaller) > 1e-9 or len(more) != len(pages):
            break
        more = _set_lines(more, box, frame, terms)
        if _long(more):
            break
        n = sum(bullets_cut(p, m, box.w) for p in more)
        if n < best[0]:
            best = (n, at, more)
        if n == 0:
            break
    return best[1], best[2]


READ_LINES = 4
"""The most lines a bullet takes before the hall stops listening to read it: a designer sets a
point a room reads at a glance in three or four lines (some 30 Vietnamese syllables at a
slide's body size); a bullet of more is a paragraph of the report read off the wall. The
planner cannot shorten a user's words, so such a bullet is warned of (``long_bullets``)."""


def long_bullets(pages: Sequence[Sequence[Measured]]) -> tuple[Problem, ...]:
    """A warning for each bullet set in more than ``READ_LINES`` lines on its slide, at the
    size it is set in the deck, in the presenter's terms."""
    out = []
    for page in pages:
        for x in page:
            if x.lines <= READ_LINES:
                continue
            message = _(
                "this bullet takes {lines} lines on its slide (at {size:g} pt): a hall reads a "
                "point of {most} lines at most"
            ).format(lines=x.lines, size=x.size, most=READ_LINES)
            hint = _("split it into shorter points, or move the details into the speaker notes")
            out.append(Problem(x.item.location, message, x.item.path, hint, "warning"))
    return tuple(out)


def _fit(
    items: list[Item], box: Box, frame: Frame, cap: float | None
) -> tuple[float, list[list[Measured]]]:
    """``fit_bullets`` at the theme's body size, grown (within its maximum) when the list
    takes one page, or its parts leave their slides mostly empty; never above ``cap``."""
    sizes, m = frame.sizes, frame.measure.body
    top = sizes.body if cap is None else max(min(sizes.body, cap), sizes.body_min)
    # a run's size with its items' spacing a little closed up when that is all the list is
    # short of (``fit.TIGHT_SPACE``, ``_shared``); a list alone keeps its usual spacing
    tight = cap is not None
    size, pages = fit_bullets(items, m, box.w, box.h, top, sizes.body_min, tight)
    # a run's size above the short-text size (its lists all grow past it alone) is theirs
    grow = sizes.body_grow if cap is None else min(cap, sizes.body_fill)
    if len(pages) == 1 and grow > top:
        # short content grows (within the theme's maximum) to use its slide
        size, pages = fit_bullets(items, m, box.w, box.h, grow, sizes.body_min, tight)
    fill = sizes.body_fill if cap is None else min(sizes.body_fill, cap)
    # a list continued over parts that leave their slides' lower third empty grows too, on as
    # many slides (review R16b: the two parts of a list of 12 one-line bullets at 24 pt)
    share = FILL_SHARE if len(pages) == 1 else CONTINUED_FILL
    if fill > size and _fullest(pages, frame, box) < share * box.h:
        # still mostly empty: a step larger at a time, only as far as it needs, on as many
        # slides (its fullest part, when it continues)
        n = len(pages)
        for step in size_steps(fill, size)[::-1][1:]:
            more_size, more = fit_bullets(items, m, box.w, box.h, step, sizes.body_min)
            if len(more) != n:
                break
            size, pages = more_size, more
            if _fullest(pages, frame, box) >= share * box.h:
                break
    return _unwrapped(items, box, frame, top, size, pages)


LONG_LINES = 3
"""A bullet of this many lines or more, in a list grown past its size (``_unwrapped``)."""


def _unwrapped(
    items: list[Item], box: Box, frame: Frame, top: float, size: float,
    pages: list[list[Measured]],
) -> tuple[float, list[list[Measured]]]:  # fmt: skip
    """``size`` and ``pages`` (``_fit``'s, the list grown from ``top`` to ``size``), or the
    largest size between them at which no more bullets take ``LONG_LINES`` lines than at
    ``top``, on as many pages: growth is for the slide's space, and a bullet it sets in three
    ragged lines where two held it (R15 #9, R17: "Triển khai đồng bộ / các giải pháp / giảm
    nghèo bền vững" at 28 pt, in two lines at 26) costs the reader more than the space
    gains. Measured at the box's final width, so it holds after a chart's split."""
    if size <= top:
        return size, pages

    def long(ps: list[list[Measured]]) -> int:
        return sum(x.lines >= LONG_LINES for p in ps for x in p)

    if long(pages) == 0:
        return size, pages
    m, floor = frame.measure.body, frame.sizes.body_min
    try:
        base = long(fit_bullets(items, m, box.w, box.h, top, floor)[1])
    except LayoutError:
        return size, pages
    if long(pages) <= base:
        return size, pages
    # never down to a size that leaves its slide mostly empty where the grown size did not
    # (``FILL_SHARE``; stress/words 7: URLs in three lines at any size, 51% of the body at
    # 27 pt, 49% at 26)
    full = len(pages) > 1 or _fullest(pages, frame, box) >= FILL_SHARE * box.h
    for step in size_steps(size, top)[1:]:
        try:
            got, less = fit_bullets(items, m, box.w, box.h, step, floor)
        except LayoutError:
            break
        if full and len(less) == 1 and _fullest(less, frame, box) < FILL_SHARE * box.h:
            break
        if got == step and len(less) == len(pages) and long(less) <= base:
            return got, less
    return size, pages


FILL_SHARE = 0.55
"""A one-slide list using less than this share of its body's height at the theme's short-text
size (``body_grow``) grows on, up to ``body_fill``, until it uses this share."""


def _used(pages: list[list[Measured]], frame: Frame, box: Box) -> float:
    """The height (EMU) the text of a one-page list takes as LibreOffice sets its lines (the
    full width, not the narrower one lines are fitted to, ``fit.SAFETY``)."""
    m = frame.measure.body
    page = pages[0]
    pt = 0.0
    for x in page:
        avail = (box.w - indents(x.item.level, page[0].size)[0]) / EMU_PER_PT
        pt += x.space_before + len(m.wrap(x.item.text, x.size, avail)) * x.line_h
    return (pt - page[0].space_before) * EMU_PER_PT if page else 0.0


CONTINUED_FILL = 0.75
"""A list continued over several slides whose fullest part uses less than this share of its
body grows (up to ``body_fill``, on as many slides) until it uses this share: a continuation
reads as a full slide of the same list, not its leftovers."""


def _fullest(pages: list[list[Measured]], frame: Frame, box: Box) -> float:
    """The height (EMU) of the fullest of ``pages`` as LibreOffice sets its lines (``_used``)."""
    return max(_used([p], frame, box) for p in pages)


RUN_FILL = 0.55
"""A slide of a run of bullet slides takes the run's size only while its content then fills at
least this share of its body; a shorter list keeps its own, larger size (it grows to use its
slide, ``fit.py``), and the run's size is that of the others."""


@dataclass(frozen=True)
class _Alone:
    """A bullet slide as fitted by itself: its size, its pages, its body box."""

    items: list[Item]
    box: Box
    size: float
    pages: int


_kept: list[
    tuple[PlanContext, dict[int, tuple[Frame, dict[str, tuple[object, list, object]]]]]
] = []
"""The plan's context and, by frame (its identity), what ``run_member`` computed in it."""
_NOWHERE = Location("<slide run>")
T = TypeVar("T")

_DECK_WIDE = frozenset(
    {"kpi_stacked", "kpi_sizes", "body_caps", "section_share", "section_title_pt"}
)
"""The fields of a ``PlanContext`` that ``plan_deck`` sets as it goes (its deck-wide passes).
What ``run_member`` computes reads none of them but ``body_caps`` (``run_top``, which names
it: ``caps``): kept in the context before they are set (``deck_caps`` fits every bullet
slide alone and each run's size), it serves the plan after them."""
_SAME_FIELDS: tuple[str, ...] = ()


def _same_plan(a: PlanContext, b: PlanContext) -> bool:
    """Whether ``a`` and ``b`` are one plan's contexts, before and after a deck-wide pass:
    every field the same object but ``_DECK_WIDE``'s."""
    global _SAME_FIELDS
    if not _SAME_FIELDS:
        _SAME_FIELDS = tuple(f.name for f in fields(PlanContext) if f.name not in _DECK_WIDE)
    return all(getattr(a, f) is getattr(b, f) for f in _SAME_FIELDS)


def run_member(
    spec: SlideSpec,
    frame: Frame,
    ctx: PlanContext,
    compute: Callable[[SlideSpec], T],
    what: str = "",
    caps: bool = False,
) -> T:
    """``compute(spec)`` for a member of a run of slides, kept for the plan (``ctx``, or the
    context it was before the deck-wide passes: ``_same_plan``) and ``frame`` under its path
    and ``what``: every slide of a run fits every member, and the figures a member reads are
    noted again on each later call (the plan memo sees them). ``caps``: ``compute`` reads
    ``ctx.body_caps``, and is kept for those caps only."""
    by_frame = per_plan(_kept, ctx, _same_plan)
    at = by_frame.get(id(frame))
    if at is None or at[0] is not frame:
        at = by_frame[id(frame)] = (frame, {})
    done = at[1]
    r = ctx.resolver
    key = f"{spec.path}\0{what}"
    hit = done.get(key)
    if hit is not None and (not caps or hit[2] is ctx.body_caps):
        for key, path in hit[1]:
            r.figure(key, _NOWHERE, path)
        return cast(T, hit[0])
    problems = r.found
    reads: list[tuple[str, str]] = []
    outer, r.reads = r.reads, reads
    try:
        got = compute(spec)
    finally:
        r.reads = outer
    if outer is not None:
        outer.extend(reads)
    if r.found == problems:
        done[key] = (got, reads, ctx.body_caps if caps else None)
    return got


def _alone(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> _Alone | None:
    """``spec`` fitted as if it had no run; None when it goes in two columns or a bullet does
    not fit."""
    return run_member(spec, frame, ctx, lambda s: _fit_alone(s, frame, ctx))


def _fit_alone(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> _Alone | None:
    _, body, cont_body = body_boxes(ctx.text(spec.title), frame, ctx)
    items = spec_items(spec, ctx)
    try:
        size, pages = _fit(items, body, frame, None)
        if len(pages) > 1:
            if two_columns(spec, body, frame, ctx) is not None:
                return None
            body = cont_body
            size, pages = _fit(items, body, frame, None)
    except LayoutError:
        return None
    return _Alone(items, body, size, len(pages))


def run_size(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> float | None:
    """The size ``spec`` shares with the consecutive bullet slides of its section, as a
    designer keeps one size for a run of slides: the largest at which each of them fits on
    as many slides as it takes alone (never under the theme's minimum, as none of them is),
    left out the short lists that would then fill less than ``RUN_FILL`` of their slide (they
    grow to use it); None when ``spec`` keeps its own size."""
    run = ctx.kind_runs.get(spec.path)
    if not run:
        return None
    # worked out once for the run (its first slide's entry), its members' reads noted again
    common, members = run_member(run[0], frame, ctx, lambda _: _shared(run, frame, ctx), "run")
    return common if spec.path in members else None


def paras_height(paras: tuple[Para, ...], frame: Frame, box: Box) -> float:
    """The height (EMU) of ``paras`` in ``box`` as LibreOffice sets their lines (the full
    width), as ``_used`` measures a fitted page."""
    m = frame.measure.body
    pt = 0.0
    for i, p in enumerate(paras):
        lines = len(m.wrap(p.text, p.size_pt, (box.w - p.indent) / EMU_PER_PT))
        pt += (p.space_before_pt if i else 0.0) + lines * m.line_height_pt(p.size_pt, LINE_SPACING)
    return pt * EMU_PER_PT


BALANCE_OPEN = 0.75
"""How far (a share of its first line's height) a gap between the bullets of a continued
part opens at most so the part ends where the list's fullest part ends (``balanced``)."""


def balanced(pages: list[tuple[Para, ...]], frame: Frame, box: Box) -> list[tuple[Para, ...]]:
    """The parts of a list continued over several slides, each shorter part's gaps between its
    outermost items opened (in proportion to their own spacing, at most ``BALANCE_OPEN`` of a
    line each) so that it ends where the fullest part ends, as LibreOffice sets its lines
    (``paras_height``): the parts of one list read as full slides of it, not a full one then
    leftovers (stress bullets 5-6 and 10-11 in tuong-phan: the lower 35-45% of the slide
    empty under a part of four bullets after parts of five). The fullest part is unchanged;
    a part never ends lower than it, so nothing leaves its body."""
    if len(pages) < 2:
        return pages
    heights = [paras_height(p, frame, box) / EMU_PER_PT for p in pages]
    target = max(heights)
    return [_opened(page, h, target, frame) for page, h in zip(pages, heights, strict=True)]


def _opened(
    page: tuple[Para, ...], h: float, target: float, frame: Frame, whole: bool = False
) -> tuple[Para, ...]:
    """``page`` (``h`` pt tall as LibreOffice sets it) with the gaps before its outermost items
    opened (in proportion to their own spacing, at most ``BALANCE_OPEN`` of a line each) so it
    ends ``target`` pt under its top, or as near as that allows (``balanced``, ``run_top``).
    ``whole``: a list set whole on its slide opens only the gaps before its top-level items (a
    single point's sub-items stay under it: stress words 7, "Tài liệu tham khảo" and its two
    links)."""
    line = frame.measure.body.line_height_pt
    gaps = page[1:]
    if not gaps or target - h < 1.0:
        return page
    # only before the part's outermost items: a sub-item stays close under its parent
    outer = min(p.level for p in (page if whole else gaps))
    room = [BALANCE_OPEN * line(p.size_pt, LINE_SPACING) if p.level == outer else 0.0 for p in gaps]
    own = [max(p.space_before_pt, 1.0) for p in gaps]
    # the share each gap takes of what is missing, each at most its room: the level of
    # opening that fills ``target - h`` (or every gap at its room)
    want = target - h
    lo, hi = 0.0, max(r / o for r, o in zip(room, own, strict=True))
    for _step in range(40):
        mid = (lo + hi) / 2
        got = sum(min(mid * o, r) for o, r in zip(own, room, strict=True))
        lo, hi = (mid, hi) if got <= want else (lo, mid)
    opened = [min(lo * o, r) for o, r in zip(own, room, strict=True)]
    return (page[0],) + tuple(
        replace(p, space_before_pt=p.space_before_pt + int(d * 10) / 10)
        for p, d in zip(gaps, opened, strict=True)
    )


PART_GROW = 2.0
"""The most points a shorter part of a continued list is set larger than the list's size
(``grown_parts``), as ``NEIGHBOUR_GROW`` allows between neighbouring lists: a part of two long
bullets after a full one (stress bullets 8 in tuong-phan, the lower third of the slide empty)
takes the room its slide has, the change of size under what a hall reads as a new type scale."""


def grown_parts(
    items: list[Item], pages: list[list[Measured]], size: float, box: Box, frame: Frame,
    terms: bool = False,
) -> list[list[Measured]]:  # fmt: skip
    """``pages`` (a list continued over several slides at ``size``, ``_measured_pages``) with
    each part that ends more than a line above its fullest part, as LibreOffice sets its lines
    (``_used``), set up to ``PART_GROW`` points larger (within the theme's ``body_fill``, past
    the run's or the deck's size), the largest size at which it still fits its box and ends
    no lower than the fullest part, when the gaps ``balanced`` opens leave it more than a line
    short and the larger size uses half a line's height more of its slide (sub-items held at the
    theme's minimum gain nothing): a split list's parts read as full slides of it,
    not a full slide and a stub (issue 14, h35f). Each part keeps its bullets; ``balanced``
    then opens what is left."""
    if len(pages) < 2 or len(items) != sum(len(p) for p in pages):
        return pages
    m, sizes = frame.measure.body, frame.sizes
    # past the run's or the deck's size (``cap``) by ``PART_GROW`` at most: the part of a
    # list that is short of its slide is no neighbour those sizes keep in step with
    steps = [s for s in size_steps(size + PART_GROW, size + 1) if s <= sizes.body_fill]
    if not steps:
        return pages
    heights = [_used([p], frame, box) for p in pages]
    target = max(heights)
    line = m.line_height_pt(size, LINE_SPACING) * EMU_PER_PT
    out, start = [], 0
    for page, h in zip(pages, heights, strict=True):
        end = start + len(page)
        got = page
        # the gaps ``balanced`` may open before its outermost items: a part they fill (to a
        # line) keeps the list's size
        outer = min((x.item.level for x in page[1:]), default=0)
        gaps = sum(x.item.level == outer for x in page[1:]) * BALANCE_OPEN * line
        if h + gaps < target - line:
            for s in steps:  # the largest first
                at = measure_items(items, m, box.w, s, sizes.body_min)[start:end]
                part = [even_lines(x, m, box.w) for x in at]
                part = line_more(part, m, box.w, box.h / EMU_PER_PT, terms)
                used = _used([part], frame, box)
                if page_height(part) * EMU_PER_PT > box.h or used > target:
                    continue
                if used - h >= line / 2:  # half a line's room used at least, or kept
                    got = part
                break
        out.append(got)
        start = end
    return out


def run_top(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> int | None:
    """Where (EMU from the slide's top) ``spec``'s list starts, when ``spec`` is one of two or
    more consecutive lists of a section that each take one slide: every one of them starts at
    one place under its title, as a designer keeps one position for consecutive slides of one
    kind (issue 14; review R14: 49-50 started 35 pt under 46-48, the list dropping when the
    presenter advanced), whether it shares the run's size (``run_size``) or, short, grows to
    use its slide. That place balances the run: half-way between where its tallest and its
    shortest list start, each centred alone, so the tallest sits a little under its centre and
    the shortest a little over it (review R12: 49-50 hung from 46-48's centred top ended ~100
    pt above their footers), never so low that the tallest leaves its body (``RUN_LOW``). A
    list set as a statement, or in two columns, keeps its own place. None otherwise."""
    got = _run_place(spec, frame, ctx)
    return None if got is None else got[0]


def run_height(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> float | None:
    """The height (pt, as LibreOffice sets its lines) of the tallest one-slide list of
    ``spec``'s run, when ``spec`` starts at the run's place (``run_top``): a shorter list of the
    run opens the gaps between its items towards it (``_opened``), so that the run's lists end
    near one line as they start at one (issue 14, h35f: tuong-phan 49-50 ended a quarter of
    their body above 46-48's last lines). None otherwise."""
    got = _run_place(spec, frame, ctx)
    return None if got is None else got[1]


def _run_place(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> tuple[int, float] | None:
    """``run_top`` and ``run_height`` of ``spec``, worked out once for its run."""
    run = ctx.kind_runs.get(spec.path)
    if not run or len(run) < 2:
        return None
    common, members = run_member(run[0], frame, ctx, lambda _: _shared(run, frame, ctx), "run")

    def tops(first: SlideSpec) -> dict[str, tuple[int, float]]:
        centred: dict[str, tuple[int, int]] = {}  # each one-slide list's top and lowest top
        tallest = 0.0
        for s in run:
            a = _alone(s, frame, ctx)
            if a is None or a.pages != 1:
                continue
            cap = common if s.path in members else None
            if (deck := ctx.body_caps.get(s.path)) is not None:  # the size ``plan`` sets
                cap = deck if cap is None else min(cap, deck)
            pages, problems = bullet_pages(s, a.box, frame, ctx, cap)
            if len(pages) != 1 or problems:
                continue
            most = TAKEAWAY_ITEMS if sparse(s, a.box, frame, ctx, pages[0]) else STATEMENT_ITEMS
            if statement(s, a.box, frame, ctx, most) is not None:
                continue  # a statement's panel is centred on its slide
            h = paras_height(pages[0], frame, a.box)
            tallest = max(tallest, h / EMU_PER_PT)
            lowest = a.box.y + a.box.h - h * RUN_LOW
            centred[s.path] = (round(a.box.y + (a.box.h - h) / 2), round(lowest))
        if len(centred) < 2:
            return {}
        ys = [y for y, _ in centred.values()]
        top = min((min(ys) + max(ys)) // 2, *(low for _, low in centred.values()))
        return dict.fromkeys(centred, (top, tallest))

    return run_member(run[0], frame, ctx, tops, "top", caps=True).get(spec.path)


RUN_LOW = 1.04
"""A list of a run starts no lower than its body leaves room for this share of its measured
height (``run_top``): LibreOffice sets a line or two a few points taller or shorter than the
measurer, and the last line of the run's tallest list keeps clear of its footer."""


def _shared(
    run: tuple[SlideSpec, ...], frame: Frame, ctx: PlanContext
) -> tuple[float | None, frozenset[str]]:
    """The size a run of bullet slides shares and the paths of the slides that take it: the
    size its lists fit at together (``_common``), or a point or two smaller where their lines
    then cut fewer phrases (``_run_phrases``)."""
    alone = {s.path: _alone(s, frame, ctx) for s in run}
    size, members = _common(alone, frame)
    if size is None:
        return size, members
    return _run_phrases(size, [a for p, a in alone.items() if p in members and a], frame), members


def _run_phrases(size: float, members: list[_Alone], frame: Frame) -> float:
    """``size`` (a run's), or a point or two smaller (``PHRASE_STEPS``, never under the theme's
    body minimum) where its lists, each on as many slides, then cut fewer phrases in all
    (``fit.bullets_cut``; coreoz 13-14, "Kết quả … (1/2)", "(2/2)": "chuyển đổi / mô hình tăng
    trưởng", h42g): the run changes size together or not at all (review R9), and keeps its
    size where one of its bullets takes more than ``READ_LINES`` lines (``_phrases_kept``)."""
    m = frame.measure.body

    def cuts(at: float) -> int | None:
        n = 0
        for a in members:
            try:
                got, pages = _fit(a.items, a.box, frame, at)
            except LayoutError:
                return None
            if got != at or len(pages) != a.pages:
                return None
            pages = _set_lines(pages, a.box, frame, False)
            if _long(pages):
                return None
            n += sum(bullets_cut(p, m, a.box.w) for p in pages)
        return n

    best = cuts(size)
    if not best:
        return size
    chosen = size
    for step in range(1, PHRASE_STEPS + 1):
        smaller = size - step
        if smaller < frame.sizes.body_min - 1e-9:
            break
        n = cuts(smaller)
        if n is None:
            break
        if n < best:
            best, chosen = n, smaller
        if n == 0:
            break
    return chosen


def _common(alone: dict[str, _Alone | None], frame: Frame) -> tuple[float | None, frozenset[str]]:
    """The size a run's lists fit at together (``_shared``) and the paths of the slides that
    take it."""
    members = {p: a for p, a in alone.items() if a is not None}
    while members:  # a list left out leaves the others a size at least as large: none is next
        common = min(a.size for a in members.values())
        # a step up when every list takes it (its spacing closed up, ``fit.TIGHT_SPACE``, if
        # that is all one is short of): tuong-phan's numbered lists took 25 pt, their slide 48
        # 1.4 pt short of 26, beside lists at 26-30 (R8)
        if any(a.size > common for a in members.values()) and all(
            _takes(a, frame, common + 1) for a in members.values()
        ):
            common += 1
        short = {p for p, a in members.items() if a.size > common and _sparse(a, frame, common)}
        if not short:
            # a list LibreOffice sets in fewer lines than measured may still use under
            # ``RUN_FILL`` of its slide: the run grows to its size when all of it takes that
            thin = [a.size for a in members.values() if a.size > common and _thin(a, frame, common)]
            if thin and all(_takes(a, frame, min(thin)) for a in members.values()):
                return min(thin), frozenset(members)
            return common, frozenset(members)
        # the run grows to its short lists' size when every one of its lists takes that size
        # on as many slides: one size, the short lists not left mostly empty
        up = min(members[p].size for p in short)
        if all(_takes(a, frame, up) for a in members.values()):
            return up, frozenset(members)
        members = {p: a for p, a in members.items() if p not in short}
    return None, frozenset()


def _thin(a: _Alone, frame: Frame, size: float) -> bool:
    """True when ``a``'s one page at ``size`` fills less than ``RUN_FILL`` of its body as
    LibreOffice sets its lines (``_used``)."""
    try:
        _, pages = _fit(a.items, a.box, frame, size)
    except LayoutError:
        return False
    return a.pages == 1 and len(pages) == 1 and _used(pages, frame, a.box) < RUN_FILL * a.box.h


def _takes(a: _Alone, frame: Frame, size: float) -> bool:
    """True when ``a``'s list is set at ``size`` on as many slides as alone, given it as its
    run's size (``_fit``)."""
    try:
        got, pages = _fit(a.items, a.box, frame, size)
    except LayoutError:
        return False
    return got == size and len(pages) == a.pages


def _sparse(a: _Alone, frame: Frame, size: float) -> bool:
    """True when ``a``'s one page at ``size`` fills less than ``RUN_FILL`` of its body (or it
    would take more pages there)."""
    try:
        _, pages = _fit(a.items, a.box, frame, size)
    except LayoutError:
        return True
    if len(pages) != a.pages:
        return True
    return a.pages == 1 and page_height(pages[0]) < RUN_FILL * a.box.h / EMU_PER_PT


NEIGHBOUR_GROW = 2.0
"""A short list that grows (``fit.py``: to use its slide) is at most this many points larger
than the nearest lists before and after it in the deck that do not grow: 31 pt between lists
at 26 and 28 reads as a change of type scale from one slide to the next."""


def deck_caps(specs: Sequence[SlideSpec], frame: Frame, ctx: PlanContext) -> Mapping[str, float]:
    """The largest size each bullet slide of ``specs`` (the deck's, in order) that grows past
    the theme's body size may take: ``NEIGHBOUR_GROW`` over the smaller of the nearest lists
    before and after it (across sections and other slides, its own run aside) that keep the
    body size or less, or the size of such a list of its own section, never under the body
    size; a slide with no such list is not capped.
    Reading the figures leaves no trace (``context.quiet``)."""
    body = frame.sizes.body
    with quiet(ctx):
        own: list[tuple[SlideSpec, float]] = []
        alone: dict[str, _Alone] = {}
        for spec in specs:
            a = _alone(spec, frame, ctx)
            if a is not None:
                shared = run_size(spec, frame, ctx)
                own.append((spec, a.size if shared is None else min(a.size, shared)))
                alone[spec.path] = a
    # a run is consecutive slides, so the nearest steady list outside a slide's run is the
    # nearest one before its run's first slide or after its last: found in one sweep each
    # way (linear in the deck: a run of 1,000 slides once made this quadratic)
    runs = [  # a run's identity; a slide in no run is a run of its own
        id(r) if (r := ctx.kind_runs.get(spec.path)) is not None else -1 - i
        for i, (spec, _size) in enumerate(own)
    ]
    blocks: list[tuple[int, int]] = []  # [start, end) of each run's slides in ``own``
    for i in range(len(own)):
        if i and runs[i] == runs[i - 1]:
            blocks[-1] = (blocks[-1][0], i + 1)
        else:
            blocks.append((i, i + 1))
    # each run's first and last steady list, with its section
    Steady = tuple[float, str] | None
    steady: list[Steady] = [
        next(((z, _section(s.path)) for s, z in own[a:b] if z <= body), None) for a, b in blocks
    ]
    last_steady: list[Steady] = [
        next(((z, _section(s.path)) for s, z in reversed(own[a:b]) if z <= body), None)
        for a, b in blocks
    ]
    before: list[Steady] = []
    after: list[Steady] = []
    seen: Steady = None
    for k in range(len(blocks)):
        before.append(seen)
        seen = last_steady[k] if last_steady[k] is not None else seen
    seen = None
    for k in range(len(blocks) - 1, -1, -1):
        after.append(seen)
        seen = steady[k] if steady[k] is not None else seen
    after.reverse()
    block_of = [k for k, (a, b) in enumerate(blocks) for _i in range(a, b)]
    # each section's two smallest lists that stand alone (in no run): (size, run)
    least: dict[str, list[tuple[float, int]]] = {}
    for (spec, size), run in zip(own, runs, strict=True):
        if run < 0:
            pair = least.setdefault(_section(spec.path), [])
            pair.append((size, run))
            pair.sort()
            del pair[2:]
    out: dict[str, float] = {}
    for i, (spec, size) in enumerate(own):
        if size <= body:
            continue
        k = block_of[i]
        near = [z for z, _sec in (x for x in (before[k], after[k]) if x is not None)]
        cap = max(body, min(near) + NEIGHBOUR_GROW) if near else size
        # a list alone no larger than another list alone of its section (one body size a
        # section, R13: 28 pt on slide 59 after 26 on 56, both grown past the body size; a
        # run keeps its own one size), unless it would then fill less than ``RUN_FILL`` of
        # its slide (a short list grows to use it)
        own_section = _least_other(least.get(_section(spec.path), []), runs[i])
        if runs[i] < 0 and own_section is not None:
            shared = max(body, own_section)
            if shared < cap and not _thin(alone[spec.path], frame, shared):
                cap = shared
            # thin at it: a step over it at most (``SECTION_STEP``; R17: 28 and 29 pt on 59
            # after 26 on 56), the slide's space balanced around a list that grew less
            cap = min(cap, shared + SECTION_STEP)
        if cap < size:
            out[spec.path] = cap
    return MappingProxyType(out)


SECTION_STEP = 1.0
"""The most a list that grows to use its slide (``fit.py``) is set larger than the smallest
list of its section (``deck_caps``) or than the nearest bullet slides of its section beside a
chart (``section_cap``): one size step. Consecutive slides of one section read as one type
scale; a jump of two sizes or more (R17: 28 pt beside a chart on slide 45, 26 pt on 46; 28 pt
on 59 after 26 on 56) reads as a change of voice, while the space a list leaves by growing
one step less is given to the slide's middle (the list is centred, ``Anchor.MIDDLE``). Where
the two rules meet, the section's scale wins over the half-used-area rule: a hall reads
slide after slide, and sees the size change before it sees the margin."""


def section_cap(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> float | None:
    """The largest size the bullets beside ``spec``'s chart may grow to: ``SECTION_STEP`` over
    the smaller of the sizes the nearest bullet slides of its section take
    (``PlanContext.list_neighbours``: alone, or their run's size), never under the theme's
    body size; None without such a slide (or where none of them fits alone). Reads no
    deck-wide pass (``plan.charts_first`` plans chart slides before them); the plan memo keys
    the chart slide by those slides and their runs (``memo.PlanMemo.plan``)."""
    near = []
    with quiet(ctx):  # their figures' problems are theirs, noted where they are planned
        for s in ctx.list_neighbours.get(spec.path, ()):
            a = _alone(s, frame, ctx)
            if a is None:
                continue
            shared = run_size(s, frame, ctx)
            near.append(a.size if shared is None else min(a.size, shared))
    if not near:
        return None
    return max(frame.sizes.body, min(near) + SECTION_STEP)


def _least_other(pair: list[tuple[float, int]], run: int) -> float | None:
    """The smallest size of ``pair`` (a section's two smallest lists alone) not of ``run``."""
    return next((z for z, r in pair if r != run), None)


def _section(path: str) -> str:
    """The section of the slide at ``path`` ("sections[6]" of "sections[6].slides[3]")."""
    return path.split(".slides[", 1)[0]


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


def two_columns(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, cap: float | None = None
) -> Columns | None:
    """A long list of short items (no sub-bullets, each one line (``SHORT_LINES``) in half
    the width) in two columns on one slide, instead of a continuation slide; None when the
    list is not such a list or does not fit two columns at the theme's body minimum.

    The columns grow as a one-slide list does (``_fit``): to the theme's short-text size while
    they fit, then on towards ``body_fill`` while the taller column uses less than
    ``FILL_SHARE`` of the body, each item still on one line; never above ``cap`` (the run's or
    the deck's size for the slide)."""
    items = spec_items(spec, ctx)
    if len(items) < MIN_ITEMS or any(it.level != 1 for it in items):
        return None
    m, sizes = frame.measure.body, frame.sizes
    col_w = Length((body.w - COLUMN_GAP) // 2)
    at_min = measure_items(items, m, col_w, sizes.body_min, sizes.body_min)
    if any(x.lines > SHORT_LINES for x in at_min):
        return None
    top = sizes.body if cap is None else max(min(sizes.body, cap), sizes.body_min)
    try:
        size, pages = fit_bullets(items, m, col_w, body.h, top, sizes.body_min)
    except LayoutError:
        return None
    if len(pages) != 2:
        return None
    grow = sizes.body_grow if cap is None else min(cap, sizes.body_fill)
    fill = sizes.body_fill if cap is None else min(sizes.body_fill, cap)
    for step in size_steps(fill, size)[::-1][1:]:  # a step larger at a time
        if step > grow and _column_height(pages) >= FILL_SHARE * body.h / EMU_PER_PT:
            break  # past the short-text size only while the columns leave most of it empty
        more = _two_at(items, m, col_w, body.h, step)
        if more is None:
            break
        size, pages = step, more
    # the columns as even as the items allow: the split ``balance`` found
    left, right = (to_paras(p, size, frame.colors.accent) for p in pages)
    height = _column_height(pages) + frame.text_pad_pt
    return Columns(left, right, min(body.h, round(height * EMU_PER_PT)))


def _column_height(pages: list[list[Measured]]) -> float:
    """The taller column's height (pt)."""
    return max(page_height(p) for p in pages)


def _two_at(
    items: list[Item], m: TextMeasurer, col_w: Length, height: Length, size: float
) -> list[list[Measured]] | None:
    """The list in two columns at exactly ``size``, each item on one line; None when it is
    not."""
    try:
        got, pages = fit_bullets(items, m, col_w, height, size, size)
    except LayoutError:
        return None
    if got != size or len(pages) != 2 or any(x.lines > SHORT_LINES for p in pages for x in p):
        return None
    return pages


STATEMENT_ITEMS = 2
"""A slide of at most this many bullets (no sub-bullets) may be set as a statement."""
TAKEAWAY_ITEMS = 4
"""A chart's bullets alone on the slide after it are set as a statement up to this many."""
STATEMENT_LINES = 2
"""... each taking at most this many lines at the statement's size."""
LONE_LINES = 3
"""... or this many for a slide's only point."""
STATEMENT_SHARE = 0.6
"""A statement's panel takes this share of the body's height (more if its text needs it)."""
STATEMENT_RULE = Inches(0.1)
"""The accent bar down the panel's left edge."""
STATEMENT_PAD = Inches(0.45)
"""Between the panel's edges (the bar on the left) and its text."""


@dataclass(frozen=True)
class Statement:
    """One or two short points set as a statement: large type in a panel of the theme's
    surface colour with an accent bar, ``height`` tall (EMU) and centred in the body."""

    paras: tuple[Para, ...]
    height: int


def statement(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, most: int = STATEMENT_ITEMS
) -> Statement | None:
    """A slide of one or two short bullets (up to ``most``, each at most
    ``STATEMENT_LINES`` lines) as a statement, at the largest size from the theme's short-text
    maximum down to its body size at which it fits the panel, measured with the real font (no
    widow: ``measure_items`` binds the last words); None for any other list. A single point has
    no bullet, two keep theirs."""
    items = spec_items(spec, ctx)
    if not 1 <= len(items) <= most or any(it.level != 1 for it in items):
        return None
    m, fs = frame.measure.body, frame.sizes
    text_w = body.w - STATEMENT_RULE - 2 * STATEMENT_PAD
    room = body.h / EMU_PER_PT - 2 * STATEMENT_PAD / EMU_PER_PT
    bullet = len(items) > 1
    # a lone point of three lines is a statement too, never one line at the top of an empty
    # slide (R19 camau 5: 'Sản lượng nuôi trồng … tăng 4,9% so cùng kỳ' alone)
    most_lines = STATEMENT_LINES if bullet else LONE_LINES
    for size in size_steps(max(fs.body_grow, fs.body), fs.body):
        mar = indents(1, size)[0] if bullet else Length(0)
        # measured at the width the text really has: with its bullet's indent or without
        width = Length(text_w + indents(1, size)[0] - mar)
        ms = measure_items(items, m, width, size, size)
        if any(x.lines > most_lines for x in ms) or page_height(ms) > room + 1e-6:
            continue
        # its lines broken between phrases as a list's are (``bullet_pages``): "Thu nội địa
        # 29.123 tỷ đồng; / thu từ xuất nhập khẩu …", not "…; thu / từ xuất nhập khẩu …"
        ms = [even_lines(x, m, width) for x in ms]
        paras = to_paras(ms, size, frame.colors.accent)
        if not bullet:
            paras = tuple(
                replace(p, bullet=None, bullet_color=None, indent=Length(0), hanging=Length(0))
                for p in paras
            )
        need = (page_height(ms) + frame.text_pad_pt) * EMU_PER_PT + 2 * STATEMENT_PAD
        return Statement(paras, min(body.h, max(round(need), round(body.h * STATEMENT_SHARE))))
    return None


SPARSE = 0.5
"""A list alone on its slide using less than this share of the body's height is sparse."""


def sparse(
    spec: SlideSpec, body: Box, frame: Frame, ctx: PlanContext, page: tuple[Para, ...],
    held: bool = False,
) -> bool:  # fmt: skip
    """True when a one-slide list, as laid out (``page``), uses under ``SPARSE`` of the body's
    height, measured with the real font: up to ``TAKEAWAY_ITEMS`` such bullets are a
    statement too, rather than a few lines in the middle of an empty slide. A list ``held``
    under the size it would grow to (``deck_caps``: its section's type scale) is one where
    its lines, as LibreOffice sets them (``_used``), take under ``RUN_FILL`` of it."""
    if not page:
        return False
    size = page[0].size_pt
    ms = measure_items(spec_items(spec, ctx), frame.measure.body, body.w, size, size)
    if held and _used([ms], frame, body) < RUN_FILL * body.h:
        return True
    return page_height(ms) < SPARSE * body.h / EMU_PER_PT


def statement_elements(body: Box, page: Statement, frame: Frame) -> list[Element]:
    """The statement's panel (the body text box, filled) and its accent bar, centred in the
    body: on an agency template the panel is the layout's body placeholder, moved there."""
    y = Length(body.y + (body.h - page.height) // 2)
    panel = Box(body.x, y, body.w, Length(page.height))
    pad = STATEMENT_PAD
    text = replace(
        bullets_box(panel, page.paras, frame, Anchor.MIDDLE),
        inset=(Length(STATEMENT_RULE + pad), pad, pad, pad),
        fill=frame.colors.surface,
    )
    rule = ShapeBox(
        Box(body.x, y, STATEMENT_RULE, Length(page.height)), frame.colors.accent, "Statement Rule"
    )
    return [text, rule]


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    def elements(body: Box, page: tuple[Para, ...] | Columns | Statement) -> list[Element]:
        if isinstance(page, Statement):
            return statement_elements(body, page, frame)
        if isinstance(page, Columns):  # both columns' tops on one line, the pair centred
            w = Length((body.w - COLUMN_GAP) // 2)
            y = Length(body.y + (body.h - page.height) // 2)
            left = Box(body.x, y, w, Length(page.height))
            right = Box(Length(body.x + w + COLUMN_GAP), y, w, Length(page.height))
            return [
                bullets_box(left, page.left, frame),
                replace(bullets_box(right, page.right, frame), name="Body Right"),
            ]
        # a list on one slide sits in the middle of the body; continued pages start at the
        # top; the lists of a run start at one place, balanced over the run (``run_top``)
        alone = len(pages) == 1
        top = run_top(spec, frame, ctx) if alone else None
        if top is not None:
            # its gaps opened towards the run's tallest list (``run_height``), which fits
            # its body from the run's top
            tallest = run_height(spec, frame, ctx)
            if tallest is not None:
                room = (body.y + body.h - max(body.y, top)) / EMU_PER_PT / RUN_LOW
                h = paras_height(page, frame, body) / EMU_PER_PT
                page = _opened(page, h, min(tallest, room), frame, whole=True)
            # never so low that its text leaves its body (``run_top`` keeps the run's tallest in)
            own = body.y + body.h - paras_height(page, frame, body) * RUN_LOW
            y = Length(max(body.y, round(min(top, own))))
            box = Box(body.x, y, body.w, Length(body.y + body.h - y))
            return [bullets_box(box, page, frame, Anchor.TOP)]
        return [bullets_box(body, page, frame, Anchor.MIDDLE if alone else Anchor.TOP)]

    pages: list[tuple[Para, ...] | Columns | Statement] = []
    cap = run_size(spec, frame, ctx)
    own = cap is None  # a list in no run: its own size search (a run's is ``_run_phrases``)
    if (deck := ctx.body_caps.get(spec.path)) is not None:
        cap = deck if cap is None else min(cap, deck)

    long: tuple[Problem, ...] = ()  # the long bullets of the pages last planned

    def pages_for(
        body: Box,
    ) -> tuple[list[tuple[Para, ...] | Columns | Statement], tuple[Problem, ...]]:
        nonlocal pages, long
        try:
            size, measured = _measured_pages(spec, body, frame, ctx, cap, False, own)
        except LayoutError as exc:
            one: list[tuple[Para, ...]] = []
            problems: tuple[Problem, ...] = tuple(exc.problems)
            measured = []
        else:
            measured = grown_parts(spec_items(spec, ctx), measured, size, body, frame)
            one, problems = [to_paras(p, size, frame.colors.accent) for p in measured], ()
        long = long_bullets(measured)
        pages = list(balanced(one, frame, body))
        if len(one) > 1 and (cols := two_columns(spec, body, frame, ctx, cap)) is not None:
            pages = [cols]  # short items: two columns, no continuation slide
        elif len(one) == 1:  # one or two short points (or a few, sparse): a statement
            # a list the deck held under the size it would grow to (``deck_caps``: its
            # section's scale) and left under ``RUN_FILL`` of its body is a statement too: the
            # panel uses the slide where the type may not (R17: 59 at 27 pt after 56 at 26)
            held = spec.path in ctx.body_caps
            most = (
                TAKEAWAY_ITEMS if sparse(spec, body, frame, ctx, one[0], held) else STATEMENT_ITEMS
            )
            if (said := statement(spec, body, frame, ctx, most)) is not None:
                pages = [said]
        if any(isinstance(p, Columns | Statement) for p in pages):
            long = ()  # short points, set otherwise than as the measured list
        return pages, problems

    planned = paged("bullets", spec, frame, ctx, pages_for, elements)
    # the long bullets of the pages kept (``paged`` may plan them twice: in the body, then in
    # the continued slides' body)
    problems = planned.problems + pasted_marks(spec.bullets) + long
    return replace(planned, problems=on_slides(problems, spec, planned.slides))
