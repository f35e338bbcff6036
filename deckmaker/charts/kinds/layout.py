"""Fits a drawn figure: wraps category labels, makes room for data labels, checks for collisions."""

from __future__ import annotations

import warnings

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axes._base import _AxesBase
from matplotlib.axis import Axis
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import Collection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import FixedLocator, MaxNLocator
from matplotlib.transforms import Bbox, BboxBase

from deckmaker.charts.kinds.common import CAPTION_GID, Canvas, on_one_baseline
from deckmaker.charts.model import ChartPlan
from deckmaker.errors import RenderError

from ...i18n import _

MAX_PASSES = 8
MIN_GAP_PT = 3.0
"""Data labels closer than this to each other count as touching."""
TOUCH_PT = 2.0
"""The layout check reports two data labels closer than this."""


def pin_fonts(canvas: Canvas) -> None:
    """Every text draws with the style's exact font file, and no text is read as mathtext."""
    headings = {id(h) for h in canvas.headings}
    for text in texts_of(canvas.fig):
        pinned = canvas.font(float(text.get_fontsize()), heading=id(text) in headings)
        if text.get_fontproperties() != pinned:
            text.set_fontproperties(pinned)
        text.set_parse_math(False)


_NO_TEXTS = (Line2D, Patch, Collection)
"""Artists that hold no text (``findobj`` walks into their children for nothing)."""


def texts_of(fig: Figure) -> list[Text]:
    """Every ``Text`` of ``fig``, as ``fig.findobj(match=Text)`` finds them (each axis's ticks
    made for its current locations), without walking the lines, patches and collections,
    nor each tick's lines: several times faster, and ``pin_fonts`` runs after every layout
    pass that changed something."""
    found: list[Text] = []
    stack: list[Artist] = [fig]
    while stack:
        artist = stack.pop()
        if isinstance(artist, Text):
            found.append(artist)  # an Annotation's arrow holds no text
        elif isinstance(artist, Axis):
            found += (artist.label, artist.offsetText)
            for tick in (*artist.get_major_ticks(), *artist.get_minor_ticks()):
                found += (tick.label1, tick.label2)
        elif isinstance(artist, (Figure, _AxesBase)):
            stack += artist.get_children()
        elif not isinstance(artist, _NO_TEXTS):
            found += artist.findobj(match=Text)
    return found


def fit(canvas: Canvas) -> None:
    """Wrap, grow limits and shrink crowded data labels until the layout settles.

    Each pass runs only the layout engine (no drawing); the last pass changed nothing, so the
    saved figure lays out exactly as checked here.
    """
    fig = canvas.fig
    pin_fonts(canvas)
    for _pass in range(MAX_PASSES):
        execute(canvas)
        changed = _wrap_categories(canvas)
        changed = _follow_names(canvas) or changed
        changed = _shrink_crowded_labels(canvas) or changed
        changed = _stagger_end_labels(canvas) or changed
        changed = _stagger_side_labels(canvas) or changed
        changed = _grow_limits(canvas) or changed
        changed = _reach_largest(canvas) or changed
        for adjust in canvas.adjusters:
            changed = adjust() or changed
        changed = _thin_value_ticks(canvas) or changed
        changed = _clear_legends(canvas) or changed
        if not changed:
            break
        pin_fonts(canvas)
    else:
        execute(canvas)  # the passes ran out: lay out what the last one changed
    if _end_value_ticks(canvas):
        execute(canvas)  # a tick label gone: laid out without it, as it is saved
    if canvas.crowded:
        too_small(canvas)
    for t in [*canvas.data_labels, *canvas.table_labels]:
        t._deckmaker_data = True  # type: ignore[attr-defined]
    _knock_out_gridlines(canvas)
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if not isinstance(axis.get_major_locator(), FixedLocator):
                axis.set_major_locator(FixedLocator(_ticks_in_view(axis)))


def execute(canvas: Canvas) -> None:
    """Runs the layout engine; a box too small for the chart's text is a RenderError."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        engine = canvas.fig.get_layout_engine()
        assert engine is not None  # the Canvas figure is made with a constrained layout
        engine.execute(canvas.fig)
    for w in caught:
        if "collapsed" in str(w.message):
            too_small(canvas)
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


class TooSmall(RenderError):
    """The chart's text does not fit its box at the size tried (the renderer tries smaller)."""


def too_small(canvas: Canvas) -> None:
    raise TooSmall(too_small_message(canvas.plan, canvas.plan.style.base_size_pt))


def too_small_message(plan: ChartPlan, tried_from: float) -> str:
    """Says the chart does not fit, from the theme's size down to the one last tried."""
    name = f" '{plan.title}'" if plan.title else ""
    size = f"{plan.width_emu / 914400:.2f} × {plan.height_emu / 914400:.2f} in"
    sizes = f"{tried_from:g} pt"
    if plan.style.base_size_pt < tried_from:
        sizes += _(", nor at {base_size_pt:g} pt").format(base_size_pt=plan.style.base_size_pt)
    return _(
        "the {kind} chart{name} does not fit its box ({size}) at {sizes}: shorten its names or "
        "give it more room"
    ).format(kind=plan.kind, name=name, size=size, sizes=sizes)


def _thin_value_ticks(canvas: Canvas) -> bool:
    """Fewer ticks on a value axis whose tick labels touch each other, or (side by side, on a
    horizontal axis) stand less than ``TICK_GAP_EM`` of their size apart."""
    renderer = canvas.renderer()
    changed = False
    for ax in canvas.fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            locator = axis.get_major_locator()
            if not isinstance(locator, MaxNLocator):
                continue
            labels = [t for t in visible_texts_of(axis) if t.get_text()]
            pads = [
                max(3.0, TICK_GAP_EM * float(t.get_fontsize()) / 2) if axis is ax.xaxis else 3.0
                for t in labels
            ]
            boxes = [
                t.get_window_extent(renderer).padded(canvas.pt_to_px(pad))
                for t, pad in zip(labels, pads, strict=True)
            ]
            if any(overlap(a, b) for a, b in zip(boxes, boxes[1:])):
                nbins = locator._nbins  # type: ignore[attr-defined]  # MaxNLocator has no getter
                if nbins == "auto" or nbins > 2:
                    locator.set_params(nbins=2 if nbins == "auto" else nbins - 1)
                    changed = True
    return changed


TICK_GAP_EM = 1.0
"""The least space between two tick labels side by side, in ems of their size: closer,
"0 10.000 20.000 30.000 40.000" reads as one string of digits (h23b, sample 35)."""


def _clear_legends(canvas: Canvas) -> bool:
    """Raises a legend above the plot until no tick label (the top one, half of which stands
    above the axes) comes closer than MIN_GAP_PT to it."""
    renderer = canvas.renderer()
    gap = canvas.pt_to_px(MIN_GAP_PT * 2)
    changed = False
    for ax in canvas.top_legends:
        leg = ax.get_legend()
        assert leg is not None  # legend() put this axes in top_legends
        box = leg.get_window_extent(renderer)
        ticks = [t for axis in (ax.xaxis, ax.yaxis) for t in visible_texts_of(axis)]
        need = max(
            (
                t.get_window_extent(renderer).y1 + gap - box.y0
                for t in ticks
                if t.get_text() and overlap(t.get_window_extent(renderer), box, gap)
            ),
            default=0.0,
        )
        if need > 0.5:
            transform = leg._deckmaker_transform  # type: ignore[attr-defined]
            x, y = transform.inverted().transform(leg.get_bbox_to_anchor().p0)
            leg.set_bbox_to_anchor((x, y + need / max(ax.bbox.height, 1.0)), transform)
            changed = True
    return changed


def _wrap_categories(canvas: Canvas) -> bool:
    changed = False
    size = canvas.base
    for ax, labels, slot in canvas.wrap_x:
        lo, hi = ax.get_xlim()
        slot_px = slot * ax.bbox.width / abs(hi - lo) * 0.94
        wrapped, size = canvas.wrap_categories(labels, slot_px)
        if _set_labels(ax.xaxis, wrapped, size):
            on_one_baseline(canvas, ax)
            changed = True
    for ax, labels, slot in canvas.wrap_y:
        lo, hi = ax.get_ylim()
        slot_px = slot * ax.bbox.height / abs(hi - lo)
        wrapped, size, line_px = _wrap_y(canvas, labels, slot_px)
        if max(w.count("\n") + 1 for w in wrapped) * line_px > slot_px * 0.92 and not canvas.loose:
            canvas.loose = True  # its groups of words broken up only when nothing else fits
            looser = _wrap_y(canvas, labels, slot_px)
            lines = max(w.count("\n") + 1 for w in looser[0])
            if lines * looser[2] <= slot_px * 0.92 or lines < max(
                w.count("\n") + 1 for w in wrapped
            ):  # broken up where that fits them, or saves a line: never for nothing
                wrapped, size, line_px = looser
            else:
                canvas.loose = False
        canvas.crowded = max(w.count("\n") + 1 for w in wrapped) * line_px > slot_px
        changed = _set_labels(ax.yaxis, wrapped, size) or changed
    return changed


NAME_ROOMS = (0.3, 0.38, 0.46)
"""The rooms (shares of the figure's width) names beside horizontal bars take, narrowest
first: up to about the plot's own width beside them…"""
WIDE_NAME_ROOM = 0.54
"""… and this wider one only when no size down to the smallest label size keeps their kept
words whole in those (tuong-phan 20, R6: names at 0.54 of the figure left a plot narrower
than its names, its axis run on to 200% for a 144,6% maximum: at the note size they fit
0.46 on two lines, "Chi đầu tư phát triển / so với kế hoạch"). A kept word is parted ("Thu /
ngân sách": one syllable alone) only when no room keeps them all (R5)."""


NAME_SHARE = 0.9
"""A category's name is at least this share of its value's size: the name reads as the
caption of its number, not a footnote beside it. Names set smaller than the base for want of
room (coreoz 16: six two-line names at 16 pt in their slots, their values and the axis at
20) take their values down to their size over this share, and the value axis, which only
scales the bars, to their own size."""


def _follow_names(canvas: Canvas) -> bool:
    """Data labels and value-axis labels larger than the category names allow (``NAME_SHARE``)
    set at that size, never under ``label_floor``; nothing when the names are at the base."""
    changed = False
    for ax, value_axis, names in (
        *((w[0], w[0].xaxis, w[0].yaxis) for w in canvas.wrap_y),
        *((w[0], w[0].yaxis, w[0].xaxis) for w in canvas.wrap_x),
    ):
        sizes = [float(t.get_fontsize()) for t in names.get_ticklabels() if t.get_text()]
        if not sizes or min(sizes) >= canvas.base - 1e-6:
            continue
        name = min(sizes)
        most = max(canvas.label_floor, name / NAME_SHARE)
        for t in canvas.data_labels:
            if t.axes is ax and float(t.get_fontsize()) > most + 1e-6:
                t.set_fontsize(most)
                changed = True
        ticks = [t for t in value_axis.get_ticklabels() if float(t.get_fontsize()) > name + 1e-6]
        if ticks:
            value_axis.set_tick_params(labelsize=max(canvas.label_floor, name))
            changed = True
    return changed


def _wrap_y(
    canvas: Canvas, labels: tuple[str, ...], slot_px: float
) -> tuple[list[str], float, float]:
    """Names beside horizontal bars wrapped to their slot, at the base size, then the note
    size; (names, size, line height in pixels). At a size, of the rooms where they fit, the
    one that sets them on the fewest lines, the narrowest of those: a name on one line where
    a wider room still fits it (h38g: coreoz 44's "Trường đạt chuẩn / quốc gia" and default
    21's "Tổng thu / ngân sách" wrapped in the narrowest room, the plot beside them wide and
    half empty). A room where a name's kept word must be parted ("Thu / ngân sách", "Chi /
    thường xuyên": one syllable alone, where a slide keeps the words whole) is taken only when
    no room keeps them all; a room wider than the plot (``WIDE_NAME_ROOM``) only when no size
    keeps them in one not."""
    wrapped: list[str] = []
    size, line_px = canvas.base, 0.0
    first: tuple[list[str], float, float] | None = None
    least: tuple[tuple[int, bool, float, float], tuple[list[str], float, float]] | None = None
    for rooms in (NAME_ROOMS, (WIDE_NAME_ROOM,)):
        for size in canvas.name_sizes():
            line_px = canvas.pt_to_px(size) * 1.2
            fitting: list[tuple[int, float, tuple[list[str], float, float]]] = []
            for fraction in rooms:
                max_px = canvas.fig.bbox.width * fraction
                parted = canvas.parted
                wrapped = [canvas.wrap(label, max_px, size, balanced=True) for label in labels]
                lines = max(w.count("\n") + 1 for w in wrapped)
                whole = canvas.parted == parted or canvas.loose
                if lines * line_px <= slot_px * 0.92:
                    if whole:
                        fitting.append((lines, fraction, (wrapped, size, line_px)))
                    first = first or (wrapped, size, line_px)
                # none fits: the fewest lines, words kept whole, the largest size, the
                # narrowest room (not the last tried, the widest: R6's names wider than the
                # plot beside them for the same two lines)
                key = (lines, not whole, -size, fraction)
                if least is None or key < least[0]:
                    least = (key, (wrapped, size, line_px))
            if fitting:
                return min(fitting, key=lambda f: (f[0], f[1]))[2]
    return first or (least[1] if least else (wrapped, size, line_px))


def _set_labels(axis: Axis, wrapped: list[str], size: float) -> bool:
    current = [(t.get_text(), t.get_fontsize()) for t in axis.get_ticklabels()]
    if current == [(w, size) for w in wrapped]:
        return False
    axis.set_ticks(list(range(len(wrapped))), wrapped, fontsize=size)
    return True


def _shrink_crowded_labels(canvas: Canvas) -> bool:
    """Data labels that collide or touch get smaller, down to ``label_floor``, never below it."""
    renderer = canvas.renderer()
    labels = [t for t in canvas.data_labels if t.get_visible() and t.get_text()]
    boxes = [_natural_box(t, renderer) for t in labels]
    gap = canvas.pt_to_px(MIN_GAP_PT)
    crowded = any(overlap(a, b, gap) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    if not crowded:
        return False
    changed = False
    for t in labels:
        size = float(t.get_fontsize())
        if size > canvas.label_floor:
            t.set_fontsize(max(canvas.label_floor, size * 0.9))
            changed = True
    return changed


def _natural_box(label: Text, renderer: RendererBase) -> Bbox:
    """Where ``label`` sits before any lift given by ``_stagger_end_labels``."""
    box = label.get_window_extent(renderer)
    lift = getattr(label, "_deckmaker_lift_px", 0.0)
    return Bbox.from_extents(box.x0, box.y0 - lift, box.x1, box.y1 - lift)


def _stagger_end_labels(canvas: Canvas) -> bool:
    """Labels over neighbouring bars that would still touch at the smallest size go up (down
    for negative bars) past the labels beside them, lowest bars first, so each stays over
    its own bar and none overlaps another."""
    renderer = canvas.renderer()
    labels = [t for t in canvas.end_labels if t.get_visible() and t.get_text()]
    gap = canvas.pt_to_px(MIN_GAP_PT)
    natural = {id(t): _natural_box(t, renderer) for t in labels}
    lifts: dict[int, float] = {}
    for sign in (1.0, -1.0):
        group = [t for t in labels if (t.xy[1] >= 0) == (sign > 0)]
        group.sort(key=lambda t: (sign * natural[id(t)].y0, t.xy[0]))
        placed: list[Bbox] = []
        for t in group:
            box = natural[id(t)]
            lift = 0.0
            if float(t.get_fontsize()) <= canvas.label_floor:  # smaller first, then lifted
                for other in sorted(placed, key=lambda b: b.y0 if sign > 0 else -b.y1):
                    moved = Bbox.from_extents(box.x0, box.y0 + lift, box.x1, box.y1 + lift)
                    if overlap(moved, other, gap):
                        lift = (other.y1 + gap - box.y0) if sign > 0 else (other.y0 - gap - box.y1)
            lifts[id(t)] = lift
            placed.append(Bbox.from_extents(box.x0, box.y0 + lift, box.x1, box.y1 + lift))
    changed = False
    for t in labels:
        lift = lifts[id(t)]
        if abs(lift - getattr(t, "_deckmaker_lift_px", 0.0)) > 0.5:
            changed = True
        t._deckmaker_lift_px = lift  # type: ignore[attr-defined]
        dx, dy = t.xyann
        base = getattr(t, "_deckmaker_offset", (dx, dy))
        t._deckmaker_offset = base  # type: ignore[attr-defined]
        t.xyann = (base[0], base[1] + lift * 72 / canvas.fig.dpi)
    return changed


def _stagger_side_labels(canvas: Canvas) -> bool:
    """Labels past the ends of horizontal bars that would touch the label of the bar above
    (grouped bars thinner than a line of text) move out along their bar, past that label."""
    renderer = canvas.renderer()
    labels = [t for t in canvas.side_labels if t.get_visible() and t.get_text()]
    gap = canvas.pt_to_px(MIN_GAP_PT)
    shifts: dict[int, float] = {}
    for sign in (1.0, -1.0):
        group = [t for t in labels if (t.xy[0] >= 0) == (sign > 0)]
        group.sort(key=lambda t: -t.get_window_extent(renderer).y1)  # from the top
        placed: list[Bbox] = []
        for t in group:
            ext = t.get_window_extent(renderer)
            shift0 = getattr(t, "_deckmaker_shift_px", 0.0)
            box = Bbox.from_extents(ext.x0 - shift0, ext.y0, ext.x1 - shift0, ext.y1)
            shift = 0.0
            for other in placed:
                moved = Bbox.from_extents(box.x0 + shift, box.y0, box.x1 + shift, box.y1)
                if overlap(moved, other, gap):
                    shift = (other.x1 + gap - box.x0) if sign > 0 else (other.x0 - gap - box.x1)
            shifts[id(t)] = shift
            placed.append(Bbox.from_extents(box.x0 + shift, box.y0, box.x1 + shift, box.y1))
    changed = False
    for t in labels:
        shift = shifts[id(t)]
        if abs(shift - getattr(t, "_deckmaker_shift_px", 0.0)) > 0.5:
            changed = True
        t._deckmaker_shift_px = shift  # type: ignore[attr-defined]
        dx, dy = t.xyann
        base = getattr(t, "_deckmaker_offset", (dx, dy))
        t._deckmaker_offset = base  # type: ignore[attr-defined]
        t.xyann = (base[0] + shift * 72 / canvas.fig.dpi, base[1])
    return changed


HEADROOM_PT = 6.0
"""The least space between a data label and the top of its plot: a value above the highest
point never touches the axis top or the legend over it (sample slide 44's "dưới 0,9%")."""


NAMES_SIDE = "_deckmaker_names_side"
"""On a data label drawn on the category names' side of its axes (a negative value: a bar
sideways ending left of zero, a column or a point below it): "x" when the names are at the
left, "y" when they are under the plot. ``_grow_limits`` keeps it ``NAMES_CLEAR_EM`` inside
the axes: at its edge, a tick's pad from the names, "…vui chơi giải trí-50%" read as one
string (h35j, issue 14: the drafted sb-dongnai, khunha, qb-haiphong charts)."""
NAMES_CLEAR_EM = 0.75
"""Room kept between such a label and its axes' edge, in ems of its size: with the ticks' pad
(``common.TICK_PAD_PT``) more than an em of space between the value and the names."""


def _grow_limits(canvas: Canvas) -> bool:
    """Extends the value axis so that every data label sits inside its axes, clear of its top
    by ``HEADROOM_PT``."""
    renderer = canvas.renderer()
    changed = False
    # values over points and bar ends; a stack's labels sit beside it, its top is its 100%
    headroom = canvas.pt_to_px(HEADROOM_PT) if canvas.plan.kind in ("line", "bar") else 0.0
    for ax in canvas.fig.axes:
        box = ax.bbox
        top = bottom = right = left = 0.0
        for t in canvas.data_labels:
            if t.axes is not ax or not t.get_visible() or not t.get_text():
                continue
            ext = t.get_window_extent(renderer)
            # a fall's value on the category names' side keeps an em clear of them
            side = getattr(t, NAMES_SIDE, None)
            clear = canvas.pt_to_px(float(t.get_fontsize()) * NAMES_CLEAR_EM) if side else 0.0
            top = max(top, ext.y1 - box.y1 + headroom)
            bottom = max(bottom, box.y0 - ext.y0 + (clear if side == "y" else 0.0))
            right = max(right, ext.x1 - box.x1)
            left = max(left, box.x0 - ext.x0 + (clear if side == "x" else 0.0))
        changed = _extend(ax, "y", bottom, top, box.height) or changed
        if _back_to_base(canvas, ax):
            changed = True
            continue
        if getattr(ax, BASE_X, None) is not None:
            right = 0.0  # past the last point a label stands out of the plot, the range kept
        changed = _extend(ax, "x", left, right, box.width) or changed
    return changed


BASE_X = "_deckmaker_base_x"
"""An axes' category range (a line chart's: half a step before its first point, half a step
after its last), which its labels' room widens only while a label must stand before it (past
its end a label stands out of the plot into the figure's margin, the layout making room)."""


def base_x_px(ax: Axes) -> tuple[float, float] | None:
    """Where ``ax``'s category range (``BASE_X``) starts and ends, in pixels; None without one."""
    base = getattr(ax, BASE_X, None)
    if base is None:
        return None
    return (
        float(ax.transData.transform((base[0], 0))[0]),
        float(ax.transData.transform((base[1], 0))[0]),
    )


def _back_to_base(canvas: Canvas, ax: Axes) -> bool:
    """Sets ``ax``'s x range back to its category range once every data label stands inside
    it (the labels were moved in after a pass widened it for them): review R20 #7, a line
    chart's first year 1.4 in from the axis for a label that has since gone to the other side
    of its point."""
    edges = base_x_px(ax)
    base = getattr(ax, BASE_X, None)
    if edges is None or base is None or tuple(ax.get_xlim()) == tuple(base):
        return False
    renderer = canvas.renderer()
    for t in canvas.data_labels:
        if t.axes is not ax or not t.get_visible() or not t.get_text():
            continue
        ext = t.get_window_extent(renderer)
        if ext.x0 < edges[0] - 0.5:
            return False
    ax.set_xlim(*base)
    return True


def _extend(ax: Axes, which: str, low_px: float, high_px: float, span_px: float) -> bool:
    if low_px <= 0.5 and high_px <= 0.5:
        return False
    lo, hi = ax.get_ylim() if which == "y" else ax.get_xlim()
    per_px = (hi - lo) / max(span_px, 1.0)
    pad = 1.15
    lo -= max(low_px, 0.0) * per_px * pad if low_px > 0.5 else 0.0
    hi += max(high_px, 0.0) * per_px * pad if high_px > 0.5 else 0.0
    if which == "y":
        ax.set_ylim(lo, hi)
    else:
        ax.set_xlim(lo, hi)
    return True


def _reach_largest(canvas: Canvas) -> bool:
    """Widens each labelled value axis to the first tick at or past its largest value when
    that tick is out of view: the last labelled tick is never under the largest value (review
    R20 #7, xanh-so 40: "30.000" the last tick under a 33.100 bar, the view ending at 39.744
    for the values' room, so "40.000" was never in view for ``_end_value_ticks`` to keep)."""
    if canvas.plan.kind == "line":  # its axis fits its points, each labelled (R19 #9)
        return False
    changed = False
    for ax in canvas.fig.axes:
        for which, axis, high in (("x", ax.xaxis, ax.dataLim.x1), ("y", ax.yaxis, ax.dataLim.y1)):
            if not isinstance(axis.get_major_locator(), MaxNLocator):
                continue
            if not high > 0 or high == float("inf") or not _labelled(ax, axis):
                continue
            lo, hi = sorted(axis.get_view_interval())
            eps = abs(high) * 1e-9
            ticks = axis.get_major_locator().tick_values(lo, max(hi, high))
            past = [float(t) for t in ticks if t >= high - eps]
            if not past or past[0] <= hi + abs(hi - lo) * 1e-9:
                continue
            a, b = ax.get_xlim() if which == "x" else ax.get_ylim()
            limits = (a, past[0]) if a <= b else (past[0], b)
            if which == "x":
                ax.set_xlim(*limits)
            else:
                ax.set_ylim(*limits)
            changed = True
    return changed


def _labelled(ax: Axes, axis: Axis) -> bool:
    """Whether ``axis`` draws its tick labels: not a big number's bar (its axes off, its
    view the bar's scale), nor a panel whose value axis was taken away."""
    return (
        ax.axison
        and axis.get_visible()
        and any(t.label1.get_visible() for t in axis.get_major_ticks()[:1])
    )


def _end_value_ticks(canvas: Canvas) -> bool:
    """Fixes each value axis's ticks (``Canvas.value_axis``'s ``MaxNLocator``) as those in
    view up to the first at or past its largest value, which ``_reach_largest`` brought into
    view (R8: none further, though the values' room shows it); True when one was dropped."""
    changed = False
    for ax in canvas.fig.axes:
        for axis, high in ((ax.xaxis, ax.dataLim.x1), (ax.yaxis, ax.dataLim.y1)):
            if not isinstance(axis.get_major_locator(), MaxNLocator):
                continue
            ticks = _ticks_in_view(axis)
            if not ticks or not high > 0 or high == float("inf"):
                continue
            eps = abs(high) * 1e-9
            under = [t for t in ticks if t <= high + eps]
            over = [t for t in ticks if t > high + eps]
            # the first mark at or past the largest value ends the scale (R20 #7;
            # ``_reach_largest`` has brought it into view): never "0%, 10%" under a 15,23%
            # bar (R18 #6) nor "30.000" under 33.100
            end = _whole(under + over[:1])
            if canvas.plan.kind == "line" and len(_whole(under)) >= 2:
                # a line's axis fits its points, each labelled (R19 #9): no mark over the
                # highest, whose gridline would run through its label ("dưới 2,1%" under 2,2%)
                end = _whole(under)
            if len(end) < 2 or end == ticks:
                continue
            axis.set_major_locator(FixedLocator(end))
            changed = True
    return changed


def _whole(ticks: list[float]) -> list[float]:
    """``ticks`` without those between whole numbers when both ends are whole numbers and
    at least two are: "0% / 1%", not "0,0% / 0,5% / 1,0%" (review R12, sample slide 45). Every
    value a chart draws carries its own label; its axis only gives the scale, and a tick at
    one decimal makes every tick carry one (``UniformTicks``)."""
    whole = [t for t in ticks if t == round(t)]
    if len(whole) >= 2 and ticks and whole[0] == ticks[0] and whole[-1] == ticks[-1]:
        return whole
    return ticks


def whole_ticks(ticks: list[float]) -> list[float]:
    """The ticks a value axis will show of ``ticks`` (those in view): ``_whole``'s."""
    return _whole(ticks)


def _ticks_in_view(axis: Axis) -> list[float]:
    lo, hi = sorted(axis.get_view_interval())
    eps = (hi - lo) * 1e-9
    return [float(v) for v in axis.get_majorticklocs() if lo - eps <= v <= hi + eps]


# checking ---------------------------------------------------------------------------------
def is_caption(t: Text) -> bool:
    """True for the line under a chart (source, unit): a caption, not a chart text."""
    return t.get_gid() == CAPTION_GID


def visible_texts(fig: Figure) -> list[Text]:
    """Every text that will be drawn: figure texts, legends, titles, labels, visible tick labels."""
    texts: list[Text] = list(fig.texts)
    for leg in fig.legends:
        texts.extend(leg.get_texts())
    for ax in fig.axes:
        texts.extend(c for c in ax.get_children() if isinstance(c, Text))
        if (legend := ax.get_legend()) is not None:
            texts.extend(legend.get_texts())
        for axis in (ax.xaxis, ax.yaxis):
            if not axis.get_visible():
                continue
            texts.append(axis.label)
            texts.extend(visible_texts_of(axis))
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def visible_texts_of(axis: Axis) -> list[Text]:
    """The tick labels of ``axis`` that are drawn (ticks inside the view)."""
    all_locs = list(axis.get_majorticklocs())
    in_view = set(_ticks_in_view(axis))
    ticks = axis.get_major_ticks(len(all_locs))
    return [t.label1 for t, v in zip(ticks, all_locs, strict=True) if v in in_view]


def layout_problems(fig: Figure) -> list[str]:
    """Texts that leave the figure or overlap another text (empty when the layout is clean).

    Draws the figure first (without rendering), as saving it will.
    """
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    texts = visible_texts(fig)
    boxes = [t.get_window_extent(renderer) for t in texts]
    page = fig.bbox
    problems = []
    for t, b in zip(texts, boxes, strict=True):
        if b.x0 < page.x0 - 1 or b.y0 < page.y0 - 1 or b.x1 > page.x1 + 1 or b.y1 > page.y1 + 1:
            problems.append(
                _("cut: {get_text!r} at {fmt} outside {fmt2}").format(
                    get_text=t.get_text(), fmt=_fmt(b), fmt2=_fmt(page)
                )
            )
    touch = fig.dpi / 72 * TOUCH_PT
    # the tick labels of one axis keep a gap too: years "2023", "2024", "2025" touching under
    # a narrow line chart read as one number (review R18 #5, xanh-so 45)
    axis_of = {
        id(t): id(axis)
        for ax in fig.axes
        for axis in (ax.xaxis, ax.yaxis)
        for t in visible_texts_of(axis)
    }
    for i, (ta, a) in enumerate(zip(texts, boxes, strict=True)):
        for tb, b in zip(texts[i + 1 :], boxes[i + 1 :], strict=True):
            if overlap(a, b):
                problems.append(
                    _("overlap: {get_text!r} and {get_text2!r}").format(
                        get_text=ta.get_text(), get_text2=tb.get_text()
                    )
                )
            elif (
                _kept_apart(ta, tb) or axis_of.get(id(ta), -1) == axis_of.get(id(tb), -2)
            ) and overlap(a, b, touch):
                problems.append(
                    _("touch: {get_text!r} and {get_text2!r}").format(
                        get_text=ta.get_text(), get_text2=tb.get_text()
                    )
                )
    return problems


def _kept_apart(a: Text, b: Text) -> bool:
    """Pairs that must keep a visible gap: two data labels."""
    return all(getattr(t, "_deckmaker_data", False) for t in (a, b))


def overlap(a: Bbox, b: Bbox, gap: float = 0.0) -> bool:
    """True when the boxes overlap by more than a pixel, or (``gap`` > 0) come closer than
    ``gap`` pixels on both axes."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    if gap > 0:
        return w > -gap and h > -gap
    return w > 1 and h > 1


def _fmt(b: BboxBase) -> str:
    return f"[{b.x0:.0f},{b.y0:.0f},{b.x1:.0f},{b.y1:.0f}]"


KNOCKOUT_PAD = 0.12
"""The margin a value's knockout leaves around its text, in multiples of its size."""
KNOCKOUT_ZORDER = 2.5
"""Where a knocked-out value is drawn: over the gridlines (0.5) and bars (1), under a line
chart's lines (3), whose dashes a knockout must not cut."""


def _knock_out_gridlines(canvas: Canvas) -> None:
    """A value set on the plot (not inside a bar) hides the gridlines behind it: its text sits
    on the slide's background, never on a line (slide 33's "7%" on the 100% gridline). A
    label that already has a box (the "% of plan" line's) keeps it; one set inside its bar
    (a stack's segment, a target's tinted one too, a value moved off the reference line) gets
    none: the bar hides the gridlines."""
    background = canvas.plan.style.background
    face = background if background not in ("none", "") else "#FFFFFF"
    for t in canvas.data_labels:
        if t.get_bbox_patch() is not None or not t.get_visible() or t.axes is None:
            continue
        # a stack's value stays in its segment unless moved beside it (aligned left)
        inside = hasattr(t, "_deckmaker_segment") and t.get_horizontalalignment() != "left"
        inside = inside or getattr(t, "_deckmaker_inside", False)  # moved into its bar's end
        if inside or not any(line.get_visible() for line in _gridlines(t.axes)):
            continue
        t.set_bbox(
            {"boxstyle": f"square,pad={KNOCKOUT_PAD}", "facecolor": face, "edgecolor": "none"}
        )
        t.set_zorder(KNOCKOUT_ZORDER)  # over gridlines and bars, under lines and markers


def _gridlines(ax: _AxesBase) -> list:
    return [*ax.xaxis.get_gridlines(), *ax.yaxis.get_gridlines()]
