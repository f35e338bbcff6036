"""Pie and donut kinds: shares of one series, each slice labelled on the chart itself.

The share ("62,3%") sits inside a slice wide enough for it; the category's name and value sit
outside, level with the slice, with a leader line to it when the label had to move (small
slices) or the share did not fit inside. No legend: the eye does not travel to read a slice.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.legend import Legend
from matplotlib.patches import ConnectionStyle, Patch
from matplotlib.path import Path
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox, Transform

from deckmaker import numfmt
from deckmaker.charts.kinds.common import (
    ATTACHED_UNITS,
    PAD_PT,
    Canvas,
    contrast_text,
    legend,
    mark_color,
)
from deckmaker.charts.model import quantity, slice_names, slice_value
from deckmaker.geometry import round as geo
from deckmaker.geometry.round import DONUT_WIDTH, LABEL_RADIUS, NAME_SHARES, NUDGE_PX, SHORT_LINES
from deckmaker.geometry.wrap import split_words


def whole_name_px(width: float, axes_w: float, axes_h: float, side: bool | None) -> float:
    """The widest (pixels) a slice's name stands on one line (``round.whole_name``)."""
    return geo.whole_name(width, axes_w, axes_h, side is not None)


def _axes_px(canvas: Canvas, ax: Axes | None = None) -> tuple[float, float]:
    """The pie's axes' width and height (pixels): the figure less its pads; as high as
    ``ax`` once the layout has placed it, else the figure less its title and caption."""
    fig = canvas.fig
    pad = canvas.pt_to_px(PAD_PT)
    if ax is not None:
        return fig.bbox.width - 2 * pad, ax.bbox.height
    height = fig.bbox.height - 2 * pad
    renderer = canvas.renderer()
    for name in ("_suptitle", "_supxlabel"):  # where matplotlib keeps them
        t = getattr(fig, name, None)
        if t is not None and t.get_text():
            height -= t.get_window_extent(renderer).height + pad
    return fig.bbox.width - 2 * pad, height


RESTACKS = 10
"""One side: how many times ``_place`` sets the pie's scale and stacks the labels again for
it before it leaves what is left to another layout pass (the scale depends a little on where
the labels stand: it settles in one or two)."""
SETTLED_PX = 0.5
"""An outside label that a layout pass moves by less than this (pixels) stays where it was."""


def draw_pie(canvas: Canvas, donut: bool = False) -> None:
    plan = canvas.plan
    values = plan.series[0].values
    ax = canvas.fig.add_subplot()
    shown = [(c, v) for c, v in enumerate(values) if v is not None and v > 0]
    edge = plan.style.background if plan.style.background != "none" else "#FFFFFF"
    wedge = {"edgecolor": edge, "linewidth": 2}
    if donut:
        wedge["width"] = DONUT_WIDTH
    wedges, unnamed = ax.pie(
        [float(v) for _, v in shown],
        colors=[canvas.color(c) for c, _ in shown],
        startangle=90,
        counterclock=False,
        wedgeprops=wedge,
    )
    for text in unnamed:  # Matplotlib's empty slice labels: the slices' labels are our own
        text.remove()
    ax.set_xlim(-1.02, 1.02)
    ax.set_ylim(-1.02, 1.02)
    ax.set_aspect("equal")  # a square box, centred in the room the layout gives it
    ax.set_axis_off()
    inner = geo.share_radius(donut)
    fig_w, fig_h = canvas.fig.get_size_inches()
    side = geo.label_side([(w.theta1, w.theta2) for w in wedges], fig_w / fig_h)
    both = _outside_size(canvas, shown, wedges)
    if side is not None and both is not None and _roomy(canvas, shown, *both):
        side = None  # a wide panel: the circle in its middle, each label on its slice's side
    fitted = _outside_size(canvas, shown, wedges, side) if side is not None else None
    if fitted is None:
        side = None
        fitted = both
    size, room = fitted or (None, NAME_SHARES[0])
    if side is not None:  # the pie fills the panel's height at one end, its labels the rest
        ax.set_aspect("auto")
        ax._deckmaker_scale = 1.02  # type: ignore[attr-defined]
    slices: list[_Slice] = []
    leader = mark_color(plan.style.text_color, plan.style.background)
    percents = numfmt.shares_of([v for _, v in shown])  # rounded to add up to 100%
    if all(p == p.to_integral_value() for p in percents):  # "40%", "60%": never "40,0%"
        percents = [p.quantize(Decimal(1)) for p in percents]
    for (c, value), w, percent in zip(shown, wedges, percents, strict=True):
        share = numfmt.format_quantity(percent, "%", plan.lang)
        mid = math.radians((w.theta1 + w.theta2) / 2)
        span = math.radians(abs(w.theta2 - w.theta1))
        cx, cy = inner * math.cos(mid), inner * math.sin(mid)
        inside = ax.text(
            cx, cy, share, ha="center", va="center", fontsize=canvas.base,
            color=contrast_text(canvas.color(c)),
        )  # fmt: skip
        toward = geo.anchor(w.theta1, w.theta2, side)
        toward = mid if toward is None else toward
        right = side if side is not None else math.cos(mid) >= 0
        anchor = (math.cos(toward), math.sin(toward))
        outside = ax.annotate(
            "",
            anchor,
            xytext=(LABEL_RADIUS * anchor[0], LABEL_RADIUS * anchor[1]),
            textcoords="data",
            ha="left" if right else "right",
            va="center",
            fontsize=size or canvas.base,
            color=plan.style.text_color,
            annotation_clip=False,
            arrowprops={"arrowstyle": "-", "color": leader, "linewidth": 1.5,
                        "shrinkA": geo.LEADER_GAP_PT - _PATCH_PAD_PT, "shrinkB": SHRINK_RIM_PT,
                        "connectionstyle": _Elbow(toward)},
        )  # fmt: skip
        outside.set_visible(size is not None)
        if side is not None:
            # One side: the pie's scale and shift bring every label inside the picture
            # across (_one_side_scale, measured to the layout's pad from the figure's edge),
            # so the layout engine must not make room for them across too: the axes it
            # narrowed for a label past their start moved the pie, whose labels then moved
            # past it again, ~16 px a pass until the passes ran out (the sample's "Chi ngân
            # sách" donut: 8 passes, never settled). Up and down it still does.
            outside.get_tightbbox = functools.partial(_height_only, outside, ax)  # type: ignore[method-assign]  # this label only
        slices.append(_Slice(c, value, share, mid, span, inner, inside, outside))
        slices[-1].anchor, slices[-1].right = toward, right
    if size is None:  # too many long names to set beside the pie: a legend names them
        _legend(canvas, ax)
    canvas.adjusters.append(lambda: _place(canvas, ax, slices, donut, room, side))
    _place(canvas, ax, slices, donut, room, side)
    if donut and plan.unit not in ATTACHED_UNITS and plan.hole:
        total = _total(canvas, ax, sum((v for _, v in shown), Decimal(0)))
        canvas.adjusters.append(lambda: _fit_hole(canvas, ax, total))
        _fit_hole(canvas, ax, total)


_PATCH_PAD_PT = 2.0
"""Matplotlib clips an annotation's arrow at its text's box padded by this (points, half of
its 4 points' pad): a leader's gap is counted from the text less it."""


SHRINK_RIM_PT = 3.0
"""A leader stops this short of the rim (points)."""


class _Elbow(ConnectionStyle._Base):
    """A slice's leader (``round.leader``): from one of the label's lines, level, then to a stub
    that leaves the rim radially at ``at``; its lengths in points, drawn at any resolution
    (Matplotlib hands a connection style its pixels, the rim's shrink among them)."""

    def __init__(self, at: float) -> None:
        self.at = at
        self.px = 1.0  # pixels a point, as drawn

    def __call__(  # noqa: N803  # Matplotlib's names
        self, posA: tuple[float, float], posB: tuple[float, float], shrinkA: float = 2.0,
        shrinkB: float = 2.0,
        patchA: Patch | None = None, patchB: Patch | None = None,
    ) -> Path:  # fmt: skip
        self.px = shrinkB / SHRINK_RIM_PT if shrinkB else 1.0
        return super().__call__(posA, posB, shrinkA, shrinkB, patchA, patchB)

    def connect(self, posA: tuple[float, float], posB: tuple[float, float]) -> Path:  # noqa: N803  # Matplotlib's names
        a, b = (float(posA[0]), float(posA[1])), (float(posB[0]), float(posB[1]))
        stub, shoulder = geo.LEADER_STUB_PT * self.px, geo.LEADER_SHOULDER_PT * self.px
        points = geo.leader(a, b, self.at, stub, shoulder)
        return Path(points, [Path.MOVETO] + [Path.LINETO] * (len(points) - 1))


def _height_only(label: Annotation, ax: Axes, renderer: RendererBase | None = None,
                 **_kwargs: object) -> Bbox | None:  # fmt: skip
    """``label``'s box for the layout engine: its height, its width brought inside ``ax``."""
    box = Annotation.get_tightbbox(label, renderer)
    if box is None:
        return box
    x0, x1 = max(box.x0, ax.bbox.x0), min(box.x1, ax.bbox.x1)
    if x1 < x0:
        x0 = x1 = ax.bbox.x0
    return Bbox.from_extents(x0, box.y0, x1, box.y1)


def _width_only(leg: Legend, ax: Axes, renderer: RendererBase | None = None,
                **_kwargs: object) -> Bbox | None:  # fmt: skip
    """``leg``'s box for the layout engine: its width, its height brought inside ``ax``'s
    place in the layout."""
    box = Legend.get_tightbbox(leg, renderer)
    if box is None:
        return box
    place = ax.get_position(original=True).transformed(ax.figure.transFigure)
    y0, y1 = max(box.y0, place.y0), min(box.y1, place.y1)
    if y1 < y0:
        y0 = y1 = place.y0
    # across, where it stands beside a circle at its box's right end (``_centre_with_legend``
    # moves the two together after the layout; the layout does not follow them)
    dx = place.x1 - ax.bbox.x1
    return Bbox.from_extents(box.x0 + dx, y0, box.x1 + dx, y1)


HOLE_SCALE = 2.0
"""The size of the total in a donut's hole, in multiples of the base size (at most)."""


def _total(canvas: Canvas, ax: Axes, total: Decimal) -> tuple[Text, Annotation]:
    """The whole the slices share, in the donut's hole: the number large, its unit under it
    (the hole says what the ring adds up to: "20 dự án", "21.671,5 tỷ đồng")."""
    plan = canvas.plan
    number = ax.text(
        0, 0, numfmt.format_number(total, plan.lang), ha="center", va="baseline",
        fontsize=round(canvas.base * HOLE_SCALE, 1), color=plan.style.text_color,
    )  # fmt: skip
    canvas.headings.append(number)
    unit = ax.annotate(
        plan.unit or "", (0, 0), xytext=(0, -canvas.base * HOLE_SCALE * 0.3),
        textcoords="offset points",
        ha="center", va="top", fontsize=canvas.base, color=plan.style.text_color,
    )  # fmt: skip
    return number, unit


def _fit_hole(canvas: Canvas, ax: Axes, texts: tuple[Text, Annotation]) -> bool:
    """The total and its unit inside the hole: the number a size smaller until both fit
    (never under the base size; hidden when not even that fits). Tried from the largest size
    at every pass: the hole the last pass leaves decides, not the smallest one a pass before
    it had (a one-sided pie's first pass, before the layout, is its smallest: the sample's
    "Chi ngân sách" total stayed hidden in default, at the base size in tuong-phan)."""
    number, unit = texts
    renderer = canvas.renderer()
    ax.apply_aspect()
    radius_px = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0])
    room = 2 * (1 - DONUT_WIDTH) * radius_px * 0.8
    before = (number.get_visible(), float(number.get_fontsize()), tuple(unit.xyann))
    size = round(canvas.base * HOLE_SCALE, 1)
    visible = True
    number.set_visible(True)  # a hidden text measures as nothing
    unit.set_visible(True)
    while True:
        number.set_fontsize(size)
        unit.xyann = (0, -max(canvas.base * 0.4, size * 0.3))
        width = max(t.get_window_extent(renderer).width for t in texts if t.get_text())
        height = number.get_window_extent(renderer).height + unit.get_window_extent(renderer).height
        if width <= room and height <= room:
            break
        if size <= canvas.base:
            visible = False
            break
        size = max(canvas.base, size - 2)
    number.set_visible(visible)
    unit.set_visible(visible)
    changed = (visible, size, tuple(unit.xyann)) != before
    if not visible:
        return changed
    # the pair centred on the hole's middle: the number's baseline a little above it
    lift = (unit.get_window_extent(renderer).height - canvas.pt_to_px(-unit.xyann[1])) / 2
    y = lift / radius_px
    if abs(number.get_position()[1] - y) > 1e-3:
        number.set_position((0, y))
        unit.xy = (0, y)
        changed = True
    return changed


def _outside_size(
    canvas: Canvas, shown: list, wedges: list, side: bool | None = None
) -> tuple[float, float] | None:
    """The size at which every slice's name, value and share fit beside the pie, one above
    another on each side and no wider than a share of the figure (``NAME_SHARES``, so the pie
    keeps the rest), with that share: the base size, else the note size; None when they do
    not. A value and its unit ("8.171,5 tỷ đồng") are never split over two lines. With
    ``side``, every label on that side, at most ``ONE_SIDE_SHARE`` wide, on short lines only."""
    plan = canvas.plan
    room = canvas.fig.bbox.height * (geo.ONE_SIDE_ROOM if side is not None else geo.BOTH_SIDES_ROOM)
    shares = (geo.ONE_SIDE_SHARE,) if side is not None else NAME_SHARES
    first: tuple[float, float] | None = None
    for size in (canvas.base, canvas.note) if side is None else (canvas.base,):
        line = canvas.pt_to_px(size) * geo.LABEL_LINE
        for share in shares:
            width_px = canvas.fig.bbox.width * share
            counts: tuple[list[int], list[int]] = ([], [])
            too_wide = False
            short = True  # every label on at most SHORT_LINES lines
            for (c, value), w in zip(shown, wedges, strict=True):
                mid = math.radians((w.theta1 + w.theta2) / 2)
                shown_value = slice_value(plan, value)
                too_wide = too_wide or canvas.width_px(shown_value, size) > width_px * 0.97
                lines = _value_lines(canvas, shown_value, "100%", width_px, size)
                name_px = _name_px(canvas, lines, width_px, size, slice_names(plan)[c], side)
                name = canvas.wrap(slice_names(plan)[c], name_px, size, balanced=True)
                count = name.count("\n") + lines.count("\n") + 2
                short = short and count <= SHORT_LINES
                counts[side if side is not None else math.cos(mid) >= 0].append(count)
            gap = canvas.pt_to_px(geo.STACK_GAP_PT)
            if max(geo.label_room(n, line, gap) for n in counts) <= room and not too_wide:
                if short:
                    return size, share
                first = first or (size, share)
        if first is not None:
            break
    return first if side is None else None


def _roomy(canvas: Canvas, shown: list, size: float, share: float) -> bool:
    """Whether the labels, as ``_outside_size`` sets them on both sides at ``size`` and
    ``share``, stand beside a circle as tall as the axes (``round.both_sides_roomy``)."""
    plan = canvas.plan
    width_px = canvas.fig.bbox.width * share
    widths = []
    for c, value in shown:
        lines = _value_lines(canvas, slice_value(plan, value), "100%", width_px, size)
        name_px = _name_px(canvas, lines, width_px, size, slice_names(plan)[c])
        name = canvas.wrap(slice_names(plan)[c], name_px, size, balanced=True)
        widths.append(canvas.width_px(f"{name}\n{lines}", size))
    return geo.both_sides_roomy(*_axes_px(canvas), widths, NUDGE_PX)


def _value_lines(canvas: Canvas, value: str, share: str, width_px: float, size: float) -> str:
    """A slice's value and share on one line when it fits ``width_px``, else on two."""
    both = f"{value} ({share})"
    return both if canvas.width_px(both, size) <= width_px else f"{value}\n({share})"


def _name_px(
    canvas: Canvas, value_line: str, width_px: float, size: float, name: str = "",
    side: bool | None = None, ax: Axes | None = None,
) -> float:  # fmt: skip
    """The width a slice's name wraps to: its share of the figure, or the width of the value
    line under it ("12 dự án (60%)", never split) when that is wider: the label is that wide
    anyway, and a name wrapped narrower only stacks more lines (tuong-phan's donut named
    "Dự án / nước ngoài / bị thu hồi" over "12 dự án / (60%)", five lines); or the whole
    ``name`` on one line where it is at most ``whole_name_px`` wide."""
    widest = max(width_px, canvas.width_px(value_line, size))
    if name:
        whole = canvas.width_px(name, size) / 0.97  # ``Canvas.wrap``'s margin
        if whole <= whole_name_px(canvas.fig.bbox.width, *_axes_px(canvas, ax), side):
            widest = max(widest, whole + 1)
    return widest


LEGEND_SHARES = (0.45, 0.55, 0.65, 0.75)
"""A right legend's width, a share of the picture's: the first, wider only where its names
need it to stay apart on few enough lines (the circle then smaller)."""


BOTTOM_SLACK = 0.1
"""A legend below the circle, too tall for its room by less than this share of the picture's
height, stays there (the default theme's six names, whole, under a 6.48 x 5.3 in pie)."""


def _legend(canvas: Canvas, ax: Axes) -> None:
    """The legend of a pie whose names do not fit beside it: each name with its value."""
    plan = canvas.plan
    values = plan.series[0].values
    handles = [Patch(color=canvas.color(c)) for c in range(len(values))]
    fig_w, fig_h = canvas.fig.get_size_inches()
    where = "right" if geo.legend_right(fig_w / fig_h) else "bottom"
    room = canvas.fig.bbox.height * (0.7 if where == "right" else 0.35)
    if where == "right":  # beside the circle: no taller than the axes, which it stands by
        room = min(room, _axes_px(canvas)[1])
    handle_px = canvas.pt_to_px(canvas.base * 2.8)
    shares = LEGEND_SHARES if where == "right" else (0.9,)
    share = shares[0]
    width = canvas.fig.bbox.width * share - handle_px
    names = list(plan.categories)
    amounts = [quantity(plan, v) for v in values]

    def height(labels: list[str], size: float) -> float:
        lines = sum(label.count("\n") + 1 for label in labels)
        return geo.legend_height(lines, len(labels), canvas.pt_to_px(size))

    for size in sorted({canvas.base, canvas.note, max(canvas.floor, canvas.small)}, reverse=True):
        labels = [
            _legend_label(canvas, c, q, width, size) for c, q in zip(names, amounts, strict=True)
        ]
        if height(labels, size) <= room:
            break
    else:  # too tall even at the smallest size: each name shortened ("…") no further than
        # tells it from the others (h40g: "Doanh…" three times in tuong-phan told nothing, and
        # where it did not the legend of whole names stood past the picture's top and bottom),
        # on two lines, else one; the legend wider, the circle smaller, where they need it.
        # Below the circle and nothing fits (``BOTTOM_SLACK``): at its right where it fits
        # there (tuong-phan's 6.48 x 5.3 in pie: a circle of 1.66 in above six one-line names,
        # 1.85 in beside them). Nothing fits: the shortest such legend where it stood, when
        # shorter than the whole names (the alt text says every name whole).
        tries = [(where, room, shares)]
        if where == "bottom":  # a little past its room: as it stood, whole names below
            tries[0] = (where, room + canvas.fig.bbox.height * BOTTOM_SLACK, shares)
            right = min(canvas.fig.bbox.height * 0.7, _axes_px(canvas)[1])
            tries.append(("right", right, LEGEND_SHARES))
        fits: tuple[str, float, list[str]] | None = None
        least: tuple[float, float, list[str]] | None = None
        for side, tall_at_most, widths in tries:
            for wide in widths:
                across = canvas.fig.bbox.width * wide - handle_px
                for most in (2, 1):
                    short = [
                        _short_label(canvas, c, names[:i] + names[i + 1 :], q, across, size, most)
                        for i, (c, q) in enumerate(zip(names, amounts, strict=True))
                    ]
                    kept = [t for t in short if t is not None]
                    if len(kept) < len(short):
                        continue
                    tall = height(kept, size)
                    if tall <= tall_at_most:
                        fits = fits or (side, wide, kept)
                    elif side == where and (least is None or tall < least[0]):
                        least = (tall, wide, kept)
        if fits is not None:
            where, share, labels = fits
        elif least is not None and least[0] < height(labels, size):
            _, share, labels = least
    legend(canvas, ax, handles, labels, where=where, size=size, share=share)
    if where == "right":
        # The legend stands beside the circle, centred on its axes, and may be taller than
        # they are: the layout engine made room for it above and below, which shortened the
        # axes, on whose middle it stood as tall as before: the axes lost ~35 px a pass until
        # the passes ran out, the circle a third of its size (the composed "Dự án bị thu hồi"
        # donuts with a legend in 5.6 x 4.3 in). Across it still takes its room.
        # The circle at the right of its box, the legend after it: the room the layout
        # engine makes for a legend past the picture's edge moves them in by as much (from
        # the box's middle only by half a pass: the composed donuts settled in 4-5 layout
        # runs, now in 2)
        # The layout sees them so, wherever ``_centre_with_legend`` then moves the pair: the
        # circle and its legend together in the middle of the picture (h38g: the pair stood
        # at the right, the room the circle's square left on the left empty).
        ax.set_anchor("E")
        leg = ax.get_legend()
        assert leg is not None  # legend() made it
        leg.get_tightbbox = functools.partial(_width_only, leg, ax)  # type: ignore[method-assign]  # this legend only
        canvas.adjusters.append(lambda: _centre_with_legend(canvas, ax))
        _centre_with_legend(canvas, ax)


WRAP_MARGIN = 0.97
"""``Canvas.wrap`` sets a line in this share of its width: a legend entry measured for one line
is measured so."""


def _legend_label(canvas: Canvas, name: str, value: str, width: float, size: float) -> str:
    """A legend entry: the slice's name and value on one line ("Khác: 28%") where it fits the
    legend's width, else the name wrapped and the value under it. One line each keeps six long
    names' legend half as tall (h39g: beside bullets the circle took 1.2 in of a 5.3 in panel,
    too small for any share inside a slice, under a legend of twelve lines)."""
    one = f"{name}: {value}"
    if canvas.width_px(one, size) / WRAP_MARGIN <= width:
        return one
    return canvas.wrap(name, width, size) + "\n" + value


def telling_words(name: str, others: list[str], keep: Sequence[str] = ()) -> int:
    """How many of ``name``'s first words tell it from every one of ``others`` ("Doanh nghiệp
    nhà" of "Doanh nghiệp nhà nước trung ương" beside "Doanh nghiệp ngoài nhà nước"); all its
    words where one of them begins with the whole of it; never fewer than two ("Hợp…"). A word
    is one of ``keep`` (the chart's ``keep_whole``: "kinh doanh", "hợp tác xã") or a syllable,
    so a name is never cut inside a word ("Hộ kinh…")."""
    words = [w.casefold() for w in split_words(name, tuple(keep))]
    need = 2
    for other in others:
        theirs = [w.casefold() for w in split_words(other, tuple(keep))]
        same = 0
        while same < min(len(words), len(theirs)) and words[same] == theirs[same]:
            same += 1
        need = max(need, same + 1)
    return min(need, len(words))


def _short_label(
    canvas: Canvas, name: str, others: list[str], value: str, width: float, size: float, most: int
) -> str | None:
    """A legend entry in at most ``most`` lines: the name, its last words left off for "…" as
    far as needed but never so far that it no longer tells from ``others``, and ": value" at
    the end of its last line; None where no such entry fits ``width`` (theme tuong-phan's
    smallest size is its base, 22 pt: its legend stood past its picture's top and bottom)."""
    keep = tuple(canvas.plan.style.keep_whole)
    words = list(split_words(name, keep))
    tail = f": {value}"
    for n in range(len(words), telling_words(name, others, keep) - 1, -1):
        head = " ".join(words[:n])
        if n < len(words):
            head = head.rstrip(",;:") + "…"
        text = canvas.wrap(head + tail, width, size)
        lines = text.split("\n")
        if (
            len(lines) <= most
            and lines[-1].endswith(tail)
            and all(canvas.width_px(line, size) / WRAP_MARGIN <= width for line in lines)
        ):
            return text
    return None


CENTRED_PX = 0.5
"""A round chart and its right legend off the picture's middle by less than this (pixels) stay
where they are."""


def _centre_with_legend(canvas: Canvas, ax: Axes) -> bool:
    """The circle where its box and its right legend, as one, stand in the middle of the
    picture across (as far as the box lets it move); True when it moved."""
    leg = ax.get_legend()
    if leg is None:
        return False
    ax.apply_aspect()
    fig = canvas.fig
    place = ax.get_position(original=True).transformed(fig.transSubfigure)
    active = ax.bbox
    free = place.width - active.width
    if free <= CENTRED_PX:
        return False
    beyond = Legend.get_window_extent(leg, canvas.renderer()).x1 - active.x1
    want = (fig.bbox.width - (active.width + beyond)) / 2
    share = min(max((want - place.x0) / free, 0.0), 1.0)
    anchor = ax.get_anchor()
    now = Bbox.coefs[anchor][0] if isinstance(anchor, str) else float(anchor[0])
    if abs(share - now) * free < CENTRED_PX:
        return False
    ax.set_anchor((share, 0.5))
    ax.apply_aspect()
    return True


EDGE_PX = 0.5
"""The least space between a slice's label and the picture's edge (pixels): a label that
ends past it is cut on the slide."""


class _Slice:
    """One slice and its two labels."""

    def __init__(
        self, c: int, value: Decimal, share: str, mid: float, span: float, inner: float,
        inside: Text, outside: Annotation,
    ) -> None:  # fmt: skip
        self.c, self.value, self.share = c, value, share
        self.mid, self.span, self.inner = mid, span, inner
        self.inside, self.outside = inside, outside
        self.anchor, self.right = mid, math.cos(mid) >= 0


def _fits_inside(
    s: _Slice, renderer: RendererBase, to_data: Transform, pad_px: float, hole: float
) -> bool:
    """Whether the share fits inside its slice (every corner of its padded box)."""
    box = s.inside.get_window_extent(renderer).padded(pad_px)
    corners = to_data.transform(
        [(box.x0, box.y0), (box.x0, box.y1), (box.x1, box.y0), (box.x1, box.y1)]
    )
    return all(geo.in_slice(x, y, s.mid, s.span, hole) for x, y in corners)


def _text_box(label: Annotation, renderer: RendererBase) -> Bbox:
    """The box of ``label``'s text alone (an annotation's own box takes in its leader line)."""
    return Text.get_window_extent(label, renderer)


def _one_side_limits(ax: Axes, right: bool) -> None:
    """The pie at one end of its axes, as high as they are (equal scales on both axes), moved
    in by ``_deckmaker_shift`` (data units) to centre the pie and its labels in a wide box."""
    scale = float(ax._deckmaker_scale)  # type: ignore[attr-defined]
    shift = float(getattr(ax, "_deckmaker_shift", 0.0))
    box = ax.get_position(original=False)
    fig_w, fig_h = ax.figure.get_size_inches()  # type: ignore[union-attr]
    ratio = (box.width * fig_w) / max(box.height * fig_h, 1e-9)
    ax.set_ylim(-scale, scale)
    span = 2 * scale * ratio
    ax.set_xlim(
        (-scale - shift, span - scale - shift) if right else (scale - span + shift, scale + shift)
    )


def _one_side_scale(
    ax: Axes, slices: list[_Slice], side: bool, renderer: RendererBase, margin: float
) -> float:
    """One side: the pie as large as lets every label end inside the picture, ``margin``
    pixels from its edge (the labels are out of the layout: the space the layout keeps along
    the edges); the pie keeps its end of the axes, the labels come in with its rim. Sets the
    limits; more than 1 when the pie changed size."""
    width = ax.figure.bbox.width
    avail = (width - margin - ax.bbox.x0) if side else (ax.bbox.x1 - margin)
    shown = [s for s in slices if s.outside.get_visible()]
    starts = [s.outside.xyann[0] for s in shown]
    widths = [_text_box(s.outside, renderer).width for s in shown]
    scale = geo.one_side_scale(avail, max(ax.bbox.height, 1), starts, widths, NUDGE_PX)
    old = float(ax._deckmaker_scale)  # type: ignore[attr-defined]
    if getattr(ax, "_deckmaker_shift", None) is not None:
        # half way from the last scale: the labels restacked for a larger pie start further
        # in and let it grow, for a smaller one the other way, each step 0.86 of the last
        # back across (the composed "Dự án bị thu hồi" donuts swung 1.096, 1.146, 1.103 …
        # until the 8 passes ran out); halved, it settles in two or three
        scale = (old + scale) / 2
    per_unit = ax.bbox.height / (2 * scale)  # px a data unit
    # px from the pie's outer edge to the labels' far end, at that scale
    reach = geo.one_side_reach(starts, widths, per_unit)
    # what the pie and its labels leave of the box, half of it on each side
    free = avail - (scale - 1) * per_unit - reach - NUDGE_PX
    shift = max(0.0, free / 2) / per_unit
    old_shift = float(getattr(ax, "_deckmaker_shift", 0.0))
    if abs(scale - old) < 1e-3 and abs(shift - old_shift) < 1e-3:
        return 1.0
    ax._deckmaker_scale = scale  # type: ignore[attr-defined]
    ax._deckmaker_shift = shift  # type: ignore[attr-defined]
    _one_side_limits(ax, side)
    return 1.0 + abs(scale - old) + abs(shift - old_shift)


def _per_px(ax: Axes) -> float:
    """Data units a pixel, across (the pie's axes have equal scales)."""
    return 1.0 / max(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0], 1)


def _stack(
    canvas: Canvas, ax: Axes, slices: list[_Slice], renderer: RendererBase, per_px: float,
    side: bool | None,
) -> None:  # fmt: skip
    """Each side's labels one above another, each level with its slice where it can be, a
    gap apart (``round.stack``); on one side, inside the axes' limits (from their top, and
    back up together from their bottom)."""
    shown = [s for s in slices if s.outside.get_visible()]
    labels = [
        (s.anchor, s.right, _text_box(s.outside, renderer).height / 2 * per_px) for s in shown
    ]
    top = float(ax.get_ylim()[1]) if side is not None else math.inf
    floor = geo.BOTH_SIDES_FLOOR if side is None else -float(ax.get_ylim()[1])
    gap = canvas.pt_to_px(geo.STACK_GAP_PT) * per_px
    for s, xy in zip(shown, geo.stack(labels, gap, top, floor), strict=True):
        s.outside.xyann = xy


def _place(
    canvas: Canvas, ax: Axes, slices: list[_Slice], donut: bool, room: float,
    side: bool | None = None,
) -> bool:  # fmt: skip
    """Shares inside the slices that hold them; names and values outside, spread apart on
    each side (or on ``side`` only) with leader lines where a label left its slice's level.
    True when changed."""
    plan = canvas.plan
    renderer = canvas.renderer()
    if side is not None:
        _one_side_limits(ax, side)
        for s in slices:  # out of the layout, which placed them for each measure: place them
            s.outside.update_positions(renderer)
    ax.apply_aspect()  # the scale the figure will be drawn at
    per_px = _per_px(ax)
    pad_px = canvas.pt_to_px(4)
    width_px = canvas.fig.bbox.width * room  # the widest a name may be
    before = [(s.inside.get_visible(), s.outside.get_text(), s.outside.xyann) for s in slices]
    percent = plan.unit == "%"  # the values are shares already: show them, not shares of them
    to_data = ax.transData.inverted()
    hole = 1 - DONUT_WIDTH if donut else 0.0
    for s in slices:
        if not s.outside.get_visible():  # a legend names the slices
            s.inside.set_visible(_fits_inside(s, renderer, to_data, pad_px, hole))
            continue
        if percent:
            s.inside.set_text(quantity(plan, s.value))
        fits = _fits_inside(s, renderer, to_data, pad_px, hole)
        s.inside.set_visible(fits)
        value = slice_value(plan, s.value)
        size = float(s.outside.get_fontsize())
        shown = value if percent or fits else _value_lines(canvas, value, s.share, width_px, size)
        laid = ax if getattr(ax, "_deckmaker_frame", None) is not None else None  # laid out
        room_px = _name_px(canvas, shown, width_px, size, slice_names(plan)[s.c], side, laid)
        name = canvas.wrap(slice_names(plan)[s.c], room_px, size, balanced=True)
        if percent:
            s.outside.set_text(name if fits else f"{name}\n{value}")
        else:
            s.outside.set_text(f"{name}\n{shown}")
    _stack(canvas, ax, slices, renderer, per_px, side)
    shrink = 1.0
    if side is not None:
        # One side: the pie's scale brings the labels inside the picture across. The labels
        # were stacked in data units for the limits before it: a smaller scale (a larger
        # pie) set the bottom one past the axes' bottom, which the layout engine (the
        # labels are in it up and down) made room for, which shortened the axes, which
        # changed the scale again: tuong-phan's "Chi ngân sách" donut walked 2 px up and
        # down until the passes ran out. Stacked again for the limits the scale sets, the
        # labels stay inside the axes the layout engine measures.
        for _again in range(RESTACKS):
            grown = _one_side_scale(ax, slices, side, renderer, canvas.pt_to_px(PAD_PT))
            if grown <= 1.0:
                break
            shrink = max(shrink, grown)
            ax.apply_aspect()
            per_px = _per_px(ax)
            _stack(canvas, ax, slices, renderer, per_px, side)
    edge = canvas.fig.bbox.width - EDGE_PX
    scale = 1.0 / per_px  # pixels a data unit
    centre = ax.transData.transform((0, 0))[0]
    for s in slices:  # a label a pixel or two past the picture's edge comes in by as much
        if not s.outside.get_visible():
            continue  # a legend names the slices (main nudged these, ~0.5 px every pass)
        box = _text_box(s.outside, renderer)
        over = box.x1 - edge if box.x1 > edge else box.x0 - EDGE_PX if box.x0 < EDGE_PX else 0
        x, y = s.outside.xyann
        if 0 < abs(over) <= NUDGE_PX:
            s.outside.xyann = (x - over * per_px, y)
        elif side is not None:
            pass  # one side: the pie's scale, below
        elif over and s.outside.get_visible():
            # further out: the pie gets smaller (wider limits), so that the label's anchor
            # comes in by what its text overhangs (the layout engine cannot make that room:
            # the pie's square box keeps its size)
            room = (edge - centre) if over > 0 else (centre - EDGE_PX)
            text_w = box.width
            if abs(x) > 0 and room > text_w:
                shrink = max(shrink, abs(x) * scale / (room - text_w - NUDGE_PX))
    if side is None and shrink > 1.0:
        lo, hi = ax.get_xlim()
        ax.set_xlim(lo * shrink, hi * shrink)
        ax.set_ylim(lo * shrink, hi * shrink)
    # The labels sit in data units, so each layout pass that resizes the pie moves them and
    # asks for another pass, by ever smaller fractions of a pixel until the passes run out.
    # Settled: the pie's box moved by less than SETTLED_PX in the last pass, and a label that
    # moves by less than that keeps its place (drawn exactly where the layout checked it).
    frame = tuple(ax.bbox.extents)
    last = getattr(ax, "_deckmaker_frame", None)
    ax._deckmaker_frame = frame  # type: ignore[attr-defined]
    resized = last is None or any(abs(a - b) >= SETTLED_PX for a, b in zip(frame, last))
    settled = SETTLED_PX * per_px
    for s, (_, _, old) in zip(slices, before, strict=True):
        new = s.outside.xyann
        if abs(new[0] - old[0]) < settled and abs(new[1] - old[1]) < settled:
            s.outside.xyann = old
    for s in slices:
        x, y = s.outside.xyann
        moved = abs(y - LABEL_RADIUS * math.sin(s.anchor)) > 0.02 or not s.inside.get_visible()
        moved = moved or side is not None  # a column of labels: each leader says its slice
        s.outside.arrow_patch.set_visible(moved)  # type: ignore[union-attr]
        lines = s.outside.get_text().count("\n") + 1
        box = _text_box(s.outside, renderer)
        rim_y = ax.transData.transform((math.cos(s.anchor), math.sin(s.anchor)))[1]
        at = geo.attach(lines, box.y0, box.y1, rim_y)
        s.outside._arrow_relpos = (0.0 if s.right else 1.0, at)  # type: ignore[attr-defined]
    after = [(s.inside.get_visible(), s.outside.get_text(), s.outside.xyann) for s in slices]
    return after != before or resized or shrink > 1.0  # a smaller pie: another pass


def draw_donut(canvas: Canvas) -> None:
    draw_pie(canvas, donut=True)
