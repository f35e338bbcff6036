"""Big-number panels: one or two values read as figures, each with a thin bar to scale.

A chart of two bars, or of one actual against its plan, is weak: the eye reads two numbers
faster than it compares two heights. Such a chart (``model.numbers_form``) is drawn as its
values in large type, name above, unit beside; each with a bar to scale under it (two values:
the longer bar is the larger), and a plan as a mark on the actual's track named after its kind
("KH: 7", "Mức trần: 4,5%"), with how the actual stands beside its value ("đạt 82,9% KH").
The group sits in the middle of its box.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Annotation
from matplotlib.transforms import blended_transform_factory, offset_copy

from deckmaker import numfmt
from deckmaker.charts.kinds.common import ATTACHED_UNITS, CAPTION_GID, PAD_PT, Canvas
from deckmaker.charts.model import TITLE_SCALE, attainment

SCALES = (
    (5.0, 1.4, 1.8, 1.5),
    (4.2, 1.25, 1.6, 1.4),
    (3.5, 1.1, 1.4, 1.25),
    (2.75, 0.9, 1.3, 1.25),
    (2.3, 0.8, 1.1, 1.1),
    (1.9, 0.7, 0.9, 1.0),
    (1.6, 0.6, 0.8, 1.0),
)
"""The sizes to try, largest first, in multiples of the chart's base size: a big number's
size, a bar's thickness, the space between two values' blocks, and the size of the words
beside a number (its unit, how it stands against its plan). The first ones fill a panel of
its own or a tall one beside bullets rather than leave it half white."""
GAP_SCALE = 0.45
"""Space between the lines of a block, in multiples of the base size."""


class _Block:
    """One value: its name, number, unit (and attainment), bar, and the plan's mark."""

    def __init__(self) -> None:
        self.texts: list[tuple[Annotation, float]] = []  # (text, its top below the block's top)
        self.lines: list[tuple[Line2D, float]] = []  # (line, its centre below the block's top)
        self.height = 0.0
        self.width = 0.0  # the widest row (points)


def draw_numbers(
    canvas: Canvas, title: str | None, caption: str | None, start: int = 0, held: int = 0
) -> int:
    """The panel, with the chart's ``title`` above the figures and its ``caption`` (source)
    under them, the whole group in the middle of the box; its numbers at the largest size of
    ``SCALES[start:]`` that fits. The title's row is ``held`` lines high at least (a run of
    panels' numbers at one height), a shorter title at its foot, next to its numbers.
    Returns that size's index (the last when none fits)."""
    room = canvas.fig.bbox.height * 72 / canvas.fig.dpi - 2.5 * PAD_PT
    wide = canvas.fig.bbox.width * 72 / canvas.fig.dpi - 2.5 * PAD_PT
    # One axes for every try: a try that does not fit takes back what it drew (a new Axes
    # per try cost ~4 ms, and a panel often tries four or five sizes).
    ax = canvas.fig.add_subplot()
    ax.set_axis_off()
    for at, scale in enumerate(SCALES[start:], start):  # the largest numbers that fit the box
        for stacked in (False, True):  # how it stands beside its value, else under it
            for artist in [*ax.texts, *ax.lines, *ax.patches, *ax.collections, *ax.artists]:
                artist.remove()
            canvas.headings.clear()
            canvas.adjusters.clear()
            total, width = _draw_group(canvas, ax, title, caption, scale, stacked, held)
            if total <= room and width <= wide:
                break
        if total <= room and width <= wide:
            break
    if (
        total > room or width > wide
    ):  # not even the smallest numbers fit: the chart is too small at this size
        canvas.crowded = True
    return at


def _draw_group(
    canvas: Canvas, ax: Axes, title: str | None, caption: str | None,
    scale: tuple[float, ...], stacked: bool = False, held: int = 0,
) -> tuple[float, float]:  # fmt: skip
    """The group drawn in ``ax`` at ``scale`` (see ``SCALES``); its height and width in
    points. ``stacked`` sets how a value stands against its plan on a line of its own under
    the value (in a narrow panel, rather than every number smaller)."""
    plan = canvas.plan
    ax.set_ylim(0, 1)
    base = canvas.base
    big = round(base * scale[0], 1)
    gap = base * GAP_SCALE * scale[2]
    bar = base * scale[1]
    words = round(base * scale[3], 1)
    blocks: list[_Block] = []
    if plan.kind == "plan-actual":
        actual, target = plan.series
        ends = [v for v in (actual.values[0], target.values[0]) if v is not None]
        top = max([float(v) for v in ends] or [1.0])
        ax.set_xlim(0, top or 1.0)
        blocks.append(_plan_block(canvas, ax, big, gap, bar, words, stacked))
    else:
        values = plan.series[0].values
        top = max((float(v) for v in values if v is not None), default=1.0)
        ax.set_xlim(0, top or 1.0)
        for c, value in enumerate(values):
            blocks.append(_value_block(canvas, ax, c, value, big, gap, bar, words))
    spacings = [base * scale[2]] * (len(blocks) - 1)
    if title:
        head = _Block()
        size = canvas.title_pt or round(base * TITLE_SCALE, 1)
        head.height = max(0, held - title.count("\n") - 1) * size * 1.2  # the row's empty lines
        _lines(canvas, ax, head, title, size, heading=True)
        blocks.insert(0, head)
        spacings.insert(0, base)
    if caption:
        foot = _Block()
        _lines(canvas, ax, foot, caption, canvas.small)
        foot.texts[-1][0].set_gid(CAPTION_GID)
        blocks.append(foot)
        spacings.append(base)
    total = sum(b.height for b in blocks) + sum(spacings)
    y = total / 2  # points above the middle of the axes
    for b, space in zip(blocks, [*spacings, 0.0], strict=True):
        for t, down in b.texts:
            t.xyann = (t.xyann[0], y - down)
        for line, down in b.lines:
            _at(canvas, ax, line, y - down)
        y -= b.height + space
    return total, max(b.width for b in blocks)


def _at(canvas: Canvas, ax: Axes, line: Line2D, y_pt: float) -> None:
    """``line`` set ``y_pt`` above the axes' middle, out of the layout: the group is measured
    here (``draw_numbers``), and a mark's extent as the layout engine reads it (the bar's end
    caps and the plan's tick pad their line by half their marker's size on every side) took
    that much off the axes' width, so that the track ended that far short of the number row
    above it (sample 26: "110,4 triệu đồng" 0.26 in past the plan's mark, into the gutter)."""
    base = blended_transform_factory(ax.transData, ax.transAxes)
    line.set_transform(offset_copy(base, fig=canvas.fig, y=y_pt, units="points"))
    line.set_in_layout(False)


def _text(
    canvas: Canvas, ax: Axes, text: str, x: float, size: float, dx: float = 0.0,
    ha: Literal["left", "center", "right"] = "left", heading: bool = False,
    color: str | None = None, va: Literal["baseline", "top"] = "baseline",
) -> Annotation:  # fmt: skip
    label = ax.annotate(
        text, (x, 0.5), xycoords=("data", "axes fraction"), xytext=(dx, 0),
        textcoords="offset points", ha=ha, va=va, fontsize=size,
        color=color or canvas.plan.style.text_color, annotation_clip=False,
    )  # fmt: skip
    label.set_in_layout(False)  # the group's height is measured here; the axes keep the width
    if heading:
        canvas.headings.append(label)
    return label


def _width_pt(canvas: Canvas, text: str, size: float, heading: bool) -> float:
    if "\n" not in text:  # one line: the width every chart of this process measured once
        return canvas.width_px(text, size, heading) * 72 / canvas.fig.dpi
    renderer = canvas.renderer()
    width = renderer.get_text_width_height_descent(
        text, canvas.font(size, heading=heading), ismath=False
    )[0]
    return float(width) * 72 / canvas.fig.dpi


def _number_row(
    canvas: Canvas, ax: Axes, block: _Block, value: Decimal | None, c: int, big: float,
    after: str | None, base: float, stacked: bool = False,
) -> None:  # fmt: skip
    """The value in large type, its unit (when the number does not carry it) and ``after``
    (how it stands against its plan) at size ``base`` on the same baseline, or ``stacked``
    on a line of its own under them."""
    number = canvas.label(value, c) if value is not None else "–"
    if canvas.plan.units:  # the label names its unit in full: keep only the number big
        number = canvas.label(value, -1) if value is not None else "–"
    unit = canvas.plan.unit_of(c) if c >= 0 else canvas.plan.unit
    top = block.height + big * 0.95  # a baseline a cap's height under the row's top
    block.texts.append((_text(canvas, ax, number, 0, big, heading=True), top))
    x = _width_pt(canvas, number, big, heading=True) + base * 0.35
    for extra in (
        unit if unit and unit not in ATTACHED_UNITS else None,
        None if stacked else after,
    ):
        if extra:
            block.texts.append((_text(canvas, ax, extra, 0, base, dx=x), top))
            x += _width_pt(canvas, extra, base, heading=False) + base * 0.5
    block.width = max(block.width, x - base * 0.5)
    block.height = top + big * 0.25
    if stacked and after:
        below = block.height + base * 0.95
        block.texts.append((_text(canvas, ax, after, 0, base), below))
        block.width = max(block.width, _width_pt(canvas, after, base, heading=False))
        block.height = below + base * 0.25


def _lines(
    canvas: Canvas, ax: Axes, block: _Block, text: str, size: float, heading: bool = False
) -> None:
    """Text of one or more lines (already wrapped), its top at the block's bottom."""
    label = _text(canvas, ax, text, 0, size, heading=heading, va="top")
    label.set_multialignment("left")
    block.texts.append((label, block.height))
    block.height += (text.count("\n") + 1) * size * 1.2


def _name_row(canvas: Canvas, ax: Axes, block: _Block, name: str) -> None:
    base = canvas.base
    _lines(canvas, ax, block, canvas.wrap(name, canvas.fig.bbox.width * 0.9, base, True), base)
    block.height += base * GAP_SCALE * 0.5


def _bar(
    canvas: Canvas, ax: Axes, block: _Block, start: float, end: float, width: float, color: str,
    down: float, dashes: tuple | None = None, z: float = 2,
) -> Line2D:  # fmt: skip
    (line,) = ax.plot(
        [start, end], [0.5, 0.5], color=color, linewidth=width, solid_capstyle="butt", zorder=z,
        clip_on=False,
    )  # fmt: skip
    if dashes:
        line.set_linestyle(dashes)
    block.lines.append((line, down))
    return line


def _value_block(
    canvas: Canvas, ax: Axes, c: int, value: Decimal | None, big: float, gap: float, bar: float,
    words: float,
) -> _Block:  # fmt: skip
    block = _Block()
    _name_row(canvas, ax, block, canvas.plan.categories[c])
    _number_row(canvas, ax, block, value, c, big, None, words)
    block.height += gap
    down = block.height + bar / 2
    if value is not None and value > 0 and canvas.plan.target(0, c):
        _target_bar(canvas, ax, block, float(value), bar, down)
    elif value is not None and value > 0:
        _bar(canvas, ax, block, 0, float(value), bar, canvas.color(0), down)
    block.height += bar
    return block


def _target_bar(
    canvas: Canvas, ax: Axes, block: _Block, value: float, bar: float, down: float
) -> None:
    """A target's bar to scale drawn as every plan mark of a deck is (``bars.target_colors``):
    a light tint of the series' colour in a dashed edge of the colour itself, not filled as a
    result (review R13, sample slide 20: "Kế hoạch 2024" solid in the actual's colour while
    every other plan bar of the deck was tinted and dashed)."""
    from deckmaker.charts.kinds.bars import PLAN_DASH, TARGET_EDGE_PT, target_colors

    fill, edge = target_colors(canvas, 0)
    _bar(canvas, ax, block, 0, value, bar, fill, down)
    half = (bar - TARGET_EDGE_PT) / 2
    for side in (-half, half):  # the long edges, dashed
        _bar(canvas, ax, block, 0, value, TARGET_EDGE_PT, edge, down + side, PLAN_DASH, z=2.5)
    for end in (0.0, value):  # the two ends, as tall as the bar
        (cap,) = ax.plot(
            [end, end], [0.5, 0.5], color=edge, marker="|", markersize=bar,
            markeredgewidth=TARGET_EDGE_PT, linestyle="none", zorder=2.5, clip_on=False,
        )  # fmt: skip
        block.lines.append((cap, down))


def said(name: str, title: str, unit: str) -> bool:
    """Whether a value's ``name`` only repeats its panel's ``title`` and ``unit``: each of its
    words is one of theirs, a bare number aside ("Bác sĩ/1 vạn dân" under "Số bác sĩ trên
    một vạn dân năm 2023", unit "bác sĩ"). A line that says again what the title said
    takes the figure's height for nothing."""
    words = [w for w in _WORD.findall(name.casefold()) if not w.isdigit()]
    known = set(_WORD.findall(f"{title} {unit}".casefold()))
    return bool(words) and all(w in known for w in words)


_WORD = re.compile(r"\w+")


def _plan_block(
    canvas: Canvas, ax: Axes, big: float, gap: float, bar: float, words: float,
    stacked: bool = False,
) -> _Block:  # fmt: skip
    """One actual against its plan: the value and how it stands; under it a track to the
    plan's scale, the actual filled, the plan a mark (a floor, a ceiling or an exact target)
    or a band (a range) named under it; "0" under the track's start."""
    from deckmaker.charts.kinds.bars import _band, _plan_value

    plan = canvas.plan
    actual, target = plan.series
    a, p = actual.values[0], target.values[0]
    kind = plan.plan_kind(0)
    whole = plan.plan_of(0)
    block = _Block()
    name = plan.categories[0]
    if not said(name, plan.title or "", plan.unit_of(0) or ""):
        _name_row(canvas, ax, block, name)
    done = attainment(plan, a, p, 0, long=True)  # room to say it in full
    _number_row(canvas, ax, block, a, 0, big, done, words, stacked)
    block.height += gap
    text_color = plan.style.text_color
    lo, hi = ax.get_xlim()
    down = block.height + bar / 2
    _bar(canvas, ax, block, lo, hi, bar, plan.style.grid_color, down, z=1)  # the track
    if isinstance(whole, tuple):
        _bar(canvas, ax, block, float(whole[0]), float(whole[1]), bar * 1.6, _band(canvas),
             down, z=1.5)  # fmt: skip
    if a is not None and a > 0:
        _bar(canvas, ax, block, 0, float(a), bar, canvas.color(0), down)
    mark_at = None
    if p is not None and not isinstance(whole, tuple):
        mark_at = float(p)
        (tick,) = ax.plot(
            [mark_at], [0.5], color=text_color, marker="|", markersize=bar * 2.2,
            markeredgewidth=2.0 if kind == "exact" else 3.0, linestyle="none", zorder=3,
            clip_on=False,
        )  # fmt: skip
        block.lines.append((tick, down))
    elif isinstance(whole, tuple):
        mark_at = (float(whole[0]) + float(whole[1])) / 2
        for end in whole:  # the range's two ends marked as a floor's or a ceiling's
            (tick,) = ax.plot(
                [float(end)], [0.5], color=text_color, marker="|", markersize=bar * 2.2,
                markeredgewidth=2.0, linestyle="none", zorder=3, clip_on=False,
            )  # fmt: skip
            block.lines.append((tick, down))
    block.height += bar * 1.3
    small = canvas.base
    row = block.height + gap * 0.5 + small * 0.95
    zero = _text(canvas, ax, canvas.label(Decimal(0), 0) if plan.units else "0", 0, small)
    block.texts.append((zero, row))
    if whole is not None and mark_at is not None:
        label = f"{_mark_name(canvas, kind)}: {_plan_value(canvas, whole, 0, full=True)}"
        width = _width_pt(canvas, label, small, heading=False)
        axes_pt = ax.bbox.width * 72 / canvas.fig.dpi if ax.bbox.width > 1 else 1e9
        scale = axes_pt / max(hi - lo, 1e-12)
        ha: Literal["center", "right"] = "center"
        if (mark_at - lo) * scale + width / 2 > axes_pt:
            ha = "right"
        mark_label = _text(canvas, ax, label, mark_at, small, ha=ha)
        block.texts.append((mark_label, row))
        canvas.adjusters.append(lambda: _keep_inside(canvas, ax, mark_label, mark_at))
        canvas.adjusters.append(lambda: _clear_zero(canvas, ax, zero, mark_label))
    block.height = row + small * 0.3
    return block


def _mark_name(canvas: Canvas, kind: str) -> str:
    """The plan's mark named in full: "Kế hoạch", "Mức trần", "Khoảng kế hoạch" ("Plan",
    "Ceiling", "Planned range")."""
    words = numfmt.PLAN_WORDS[canvas.plan.lang]
    if kind in ("ceiling", "range"):
        return words[kind]
    plan = canvas.words["plan"]
    return plan[:1].upper() + plan[1:]


def _clear_zero(canvas: Canvas, ax: Axes, zero: Annotation, label: Annotation) -> bool:
    """The plan's name never overprints the "0" under the track's start nor starts left of the
    track (R18 #5, xanh-so 26: "0" over the "K" of "Kế hoạch: 112 triệu đồng" in a narrow
    panel): where they meet, the "0" goes (the track's start says it), and a name wider than
    the room left of its mark starts at the track's start instead."""
    renderer = canvas.renderer()
    changed = False
    box = label.get_window_extent(renderer)
    if zero.get_visible() and box.overlaps(zero.get_window_extent(renderer).expanded(1.1, 1.0)):
        zero.set_visible(False)
        changed = True
    if box.x0 < ax.bbox.x0 - 0.5 and label.get_horizontalalignment() != "left":
        lo = ax.get_xlim()[0]
        label.xy = (lo, label.xy[1])
        label.set_horizontalalignment("left")
        changed = True
    return changed


def _keep_inside(canvas: Canvas, ax: Axes, label: Annotation, at: float) -> bool:
    """The plan's name sits centred under its mark, or ends at the mark when centred it would
    pass the axes' right edge."""
    if label.get_horizontalalignment() == "left":  # set at the track's start (``_clear_zero``)
        return False
    renderer = canvas.renderer()
    box = label.get_window_extent(renderer)
    x = ax.transData.transform((at, 0))[0]
    ha: Literal["right", "center"] = "right" if x + box.width / 2 > ax.bbox.x1 + 0.5 else "center"
    if ha == label.get_horizontalalignment():
        return False
    label.set_horizontalalignment(ha)
    return True
