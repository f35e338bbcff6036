"""KPI cards: big numbers with their labels, each shrunk to fit its card."""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from ...errors import Problem
from ...figures.model import format_figure, plan_kind_of
from ...i18n import _
from ...kept import kept
from ...numfmt import format_attainment, format_plan_result, format_quantity
from ...outline.model import KpiSpec, SlideSpec
from ...theme.model import readable_tone
from ...units import EMU_PER_PT, Length, Pt
from ..breaks import LABEL
from ..context import PlanContext, quiet
from ..fit import (
    LINE_SPACING,
    SAFETY,
    bound_lines,
    cuts_term,
    fit_single,
    nice_lines,
    phrase_lines,
    separated_lines,
    sizes,
)
from ..frame import Frame
from ..measure import TextMeasurer, cached_segments
from ..model import Align, Anchor, Box, Element, Para, Planned, Run, ShapeBox, TextBox
from ..nobreak import NBSP, bind_compounds, bind_units, no_widow
from ..page import body_boxes, paged
from ..text import TextStyle, text_box

Texts = tuple[str, str, str]
QUALIFIER = re.compile(r" (\([^\s()]{1,8}\))$")
"""A card label's closing qualifier of one word in brackets ("(ước)", "(%)"): bound to the
word before it (review R10: "Tổng thu ngân sách / (ước)", the qualifier alone on a line)."""


def kpi_texts(kpi: KpiSpec, ctx: PlanContext, title: str = "") -> Texts:
    """(value, label, detail) of one card, each number bound to its unit, the syllables of
    a common word bound together and the last two words too: those bound first, before a
    word of four syllables makes them a group too long to bind ("Hội đồng nhân dân / tỉnh").
    The detail is the plan and its attainment when the figure has a plan; its period only
    when the slide's ``title`` does not already say it ("2023" under every card of "Thu hút
    đầu tư năm 2023" is filler); otherwise nothing."""
    value, label, detail = _kpi_texts(kpi, ctx, title)
    # a label's lines are broken between phrases where it is set (``fit.phrase_lines``, which
    # keeps a last word from standing alone); a one-word qualifier in brackets goes with the
    # word before it ("Tổng thu / ngân sách (ước)", not "Tổng thu ngân sách / (ước)", R10)
    label = QUALIFIER.sub(NBSP + r"\1", bind_compounds(bind_units(label)))
    detail = bind_compounds(no_widow(bind_units(detail)))
    return bind_units(value), label, detail


def _kpi_texts(kpi: KpiSpec, ctx: PlanContext, title: str) -> Texts:
    r, lang = ctx.resolver, ctx.lang
    if kpi.figure is not None:
        fig = r.figure(kpi.figure.value, kpi.figure.location, kpi.figure.path)
        if fig is None:
            return "?", kpi.figure.value, ""
        value = format_figure(fig, lang)
        label = r.text(kpi.label) if kpi.label else fig.label
        detail = ""
        single = not isinstance(fig.value, tuple) and not isinstance(fig.plan, tuple)
        if (
            fig.plan is not None
            and not isinstance(fig.value, tuple)
            and plan_kind_of(fig) not in ("floor", "range")
        ):
            # a ceiling or an exact target says how the figure stands to it, the plan in it
            # ("dưới mức trần 4,5%"): "Kế hoạch: 4,5%" would read as a floor to reach
            detail = format_plan_result(fig.value, fig.plan, plan_kind_of(fig), lang, fig.unit)
        elif fig.plan is not None:
            detail = f"{ctx.words['plan_name']}: {format_figure(fig, lang, 'plan')}"
            if single and fig.plan and fig.unit != "%":
                # a plain if on ``single`` does not narrow the two types for mypy
                assert not isinstance(fig.value, tuple) and not isinstance(fig.plan, tuple)
                # "Kế hoạch: 112 triệu đồng · đạt 98,6%": the plan is named once (a card's
                # detail is at the theme's body minimum, its words count)
                of = "" if lang == "vi" else None
                detail += f" · {format_attainment(fig.value, fig.plan, lang, of)}"
        elif fig.period and not re.search(rf"(?<!\w){re.escape(fig.period)}(?!\w)", title):
            detail = fig.period
        return value, label, detail
    unit = r.text(kpi.unit) if kpi.unit else None
    assert kpi.value is not None
    return format_quantity(kpi.value, unit, lang), r.text(kpi.label), ""


UNIT_SHARE = 0.5
"""A unit is set at this share of its number's size ("110,4" large, "triệu đồng" under or
beside it at half the size), never smaller than a label (the theme's body minimum)."""
STACK_GAIN = 1.1
"""A unit goes on its own line under its number only when that makes the numbers at least this
much larger than with the unit beside them (the line costs the card's height)."""


def split_value(value: str) -> tuple[str, str]:
    """A value's number and its unit ("110,4 triệu đồng" -> "110,4", "triệu đồng"), the unit's
    words bound together; a value with no unit after its number ("10,05%", "7,5–8%") or not
    starting with a number is all number."""
    m = re.fullmatch(r"(\S*\d\S*)\s+(\D+)", value)
    if m is None:
        return value, ""
    return m.group(1), re.sub(r"\s+", "\u00a0", m.group(2).strip())


@dataclass(frozen=True)
class _Value:
    """How the values of a set of cards are set: the numbers at ``size`` on ``lines`` lines (two
    only for a value with no unit to set apart), their units at ``unit_size`` beside them or,
    with ``stacked``, on a line of their own under them."""

    size: float
    lines: int = 1
    unit_size: float = 0.0
    stacked: bool = False

    def height(self, m: TextMeasurer, pad_pt: float) -> int:
        h = m.line_height_pt(self.size) * self.lines
        return Pt(h + (m.line_height_pt(self.unit_size) if self.stacked else 0.0) + pad_pt)


@dataclass(frozen=True)
class _Grid:
    cols: int
    rows: int
    card_w: int
    card_h: int
    vsize: float
    lsize: float
    dsize: float
    value_h: int
    label_h: int
    detail_h: int
    whole: bool = True
    """No word of a value or label is broken between letters."""
    value: _Value = _Value(0.0)
    row_hs: tuple[int, ...] = ()
    """Each row's card height: as tall as its cards' text."""
    label_hs: tuple[int, ...] = ()
    detail_hs: tuple[int, ...] = ()
    pad_y: int = 0
    """A card's padding above and below its text (``KpiGeometry.pad`` or ``tight_pad``)."""
    col_ws: tuple[int, ...] = ()
    """Each column's card width (EMU), the same in every row; ``card_w`` each when empty."""
    col_gap: int = 0
    """The gap between the columns (EMU); the geometry's ``gap`` when 0 (``GUTTER_GIVE``)."""

    def widths(self) -> tuple[int, ...]:
        """Each column's card width."""
        return self.col_ws or (self.card_w,) * self.cols


def _grid(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    body: Box,
    per: int | None = None,
    stacked: bool | None = None,
    cap: float | None = None,
    pad_y: int | None = None,
) -> _Grid | None:
    """Sizes for ``cols`` cards a row: one size for every value, label and detail, so the cards
    read as a set, and cards just tall enough for their text (``pad_y`` above and below it, the
    geometry's ``pad`` when None); None when they cannot fit.
    ``per`` cards a slide (all of ``texts`` when None) set the rows; the numbers are at most
    ``cap``. The columns are of one width, unless widths shared out by what their labels need
    (``_col_widths``) set the labels in fewer lines (``_label_key``); or, where the labels so
    set cut a term, widths shared out by what they need to keep their terms whole, when that
    keeps the numbers' size (``WHOLE_GIVE``, ``GUTTER_GIVE``)."""
    chosen = _grid_lines(frame, texts, cols, body, per, stacked, cap, pad_y)
    if chosen is None or cols < 2 or not _cuts(frame, texts, chosen, per):
        return chosen
    # a label cutting a term ("GRDP bình quân / đầu người"): the columns shared out by what
    # the labels need with their terms whole, when that costs the numbers nothing, the labels
    # at most ``WHOLE_GIVE``, and the cards still fit (a row may take a line more)
    # at the geometry's gap between the columns, then at ``GUTTER_GIVE`` of it
    equal = _grid_at(frame, texts, cols, body, per, stacked, cap, pad_y, (chosen.card_w,) * cols)
    for gap in (frame.kpi.gap, round(frame.kpi.gap * GUTTER_GIVE)):
        col_ws = equal and _col_widths(frame, texts, cols, body, per, equal, True, gap)
        other = col_ws and _grid_at(frame, texts, cols, body, per, stacked, cap, pad_y, col_ws)
        if (
            other
            and other.vsize >= chosen.vsize - 1e-6
            and other.lsize >= chosen.lsize * WHOLE_GIVE - 1e-6
            and (other.whole or not chosen.whole)
            and other.value.stacked == chosen.value.stacked
            and _cuts(frame, texts, other, per) < _cuts(frame, texts, chosen, per)
        ):
            return replace(other, col_gap=0 if gap == frame.kpi.gap else gap)
    return chosen


GUTTER_GIVE = 2 / 3
"""The gap between a card set's columns may close to this share of the geometry's (0.2 in
for 0.3) to keep every term of its labels whole at the numbers' size: tuong-phan 15's cards
were 0.2 in short of "GRDP / bình quân đầu người" beside two labels of two lines."""
WHOLE_GIVE = 0.95
"""A card set's labels may be set this share of their size (22 pt for 22.4) to keep every term
whole: a label a point smaller is not seen, a name cut in two is."""


def _grid_lines(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    body: Box,
    per: int | None,
    stacked: bool | None,
    cap: float | None,
    pad_y: int | None,
) -> _Grid | None:
    """``_grid`` as the labels' lines alone choose it."""
    equal = _grid_at(
        frame, texts, cols, body, per, stacked, cap, pad_y, _equal_cols(frame, body, cols)
    )
    if equal is None or cols < 2:
        return equal
    lines = _label_lines(frame, texts, equal, per)
    each = per or len(texts)
    rows = [(j % each) // cols for j in range(len(texts))]
    if len(set(lines)) < 2:
        return equal  # every label in one line, or all in as many: the columns stay alike
    col_ws = _col_widths(frame, texts, cols, body, per, equal)
    if (
        col_ws is None
        or _fewest_key(frame, texts, per, equal.lsize, col_ws) >= _label_key(lines, rows)[0]
    ):
        return equal  # no row's longest label can lose a line: the second grid cannot win
    other = _grid_at(frame, texts, cols, body, per, stacked, cap, pad_y, col_ws)
    if (
        other is None
        or other.vsize < equal.vsize - 1e-6
        or other.lsize < equal.lsize - 1e-6
        or (equal.whole and not other.whole)
        or other.value.stacked != equal.value.stacked  # the deck's placement of units stays
        # a row's longest label in fewer lines: its cards less tall
        or _label_key(_label_lines(frame, texts, other, per), rows)[0] >= _label_key(lines, rows)[0]
    ):
        return equal
    return other


def _grid_at(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    body: Box,
    per: int | None,
    stacked: bool | None,
    cap: float | None,
    pad_y: int | None,
    col_ws: tuple[int, ...],
) -> _Grid | None:
    """``_grid`` with the columns' card widths ``col_ws``."""
    g = frame.kpi
    card_w = _equal_cols(frame, body, cols)[0]
    inner = _inners(frame, len(texts), per, col_ws)
    if min(inner) <= 0:
        return None
    # the detail at its full size with a smaller value, before a smaller detail; but the
    # number is the card's hero: a smaller detail before a number under ``HERO`` labels
    values, whole = _value_sizes(frame, texts, inner)
    if stacked is not None and any(v.stacked == stacked for v in values if v.unit_size):
        # the deck's one placement of units (``deck_stacked``)
        values = [v for v in values if v.stacked == stacked]
    if cap is not None:
        values = [v for v in values if v.size <= cap + 1e-6] or values
    hero = g.label_min * HERO
    big = [v for v in values if v.size >= hero]
    small = [v for v in values if v.size < hero]
    for value, full in [(v, f) for vs in (big, small) for f in (True, False) for v in vs]:
        grid = _fill(frame, texts, cols, card_w, inner, value, body, full, per, pad_y)
        if grid is not None:
            alike = len(set(col_ws)) < 2
            return replace(grid, whole=grid.whole and whole, col_ws=() if alike else col_ws)
    return None


def _equal_cols(frame: Frame, body: Box, cols: int) -> tuple[int, ...]:
    """The card widths (EMU) of ``cols`` equal columns across ``body``, the geometry's gap
    between them."""
    return ((body.w - frame.kpi.gap * (cols - 1)) // cols,) * cols


def _inners(frame: Frame, n: int, per: int | None, col_ws: tuple[int, ...]) -> tuple[float, ...]:
    """The room (pt) inside each of ``n`` cards, ``per`` a slide, whose columns are ``col_ws``
    wide."""
    each, cols, pad = per or n, len(col_ws), frame.kpi.pad
    return tuple((col_ws[(j % each) % cols] - 2 * pad) / EMU_PER_PT for j in range(n))


def _label_lines(frame: Frame, texts: list[Texts], grid: _Grid, per: int | None) -> list[int]:
    """The lines each card's label takes on ``grid``, ``per`` cards a slide."""
    m, size = frame.measure.body, grid.lsize
    inner = _inners(frame, len(texts), per, grid.widths())
    # as many as ``whole_label`` sets them in: its lines are the wrap's (``fit.phrase_lines``
    # and its kept-whole lines keep their count), without the phrase search's cost
    return [len(m.wrap(lb, size, w, SAFETY)) for (_, lb, _), w in zip(texts, inner, strict=True)]


def _cuts(frame: Frame, texts: list[Texts], grid: _Grid, per: int | None) -> int:
    """How many labels on ``grid`` cut a term wherever their lines break (``whole_label``)."""
    m, size = frame.measure.body, grid.lsize
    inner = _inners(frame, len(texts), per, grid.widths())
    return sum(whole_label(m, lb, size, w)[2] for (_, lb, _), w in zip(texts, inner, strict=True))


_WHOLE: OrderedDict[tuple[Any, ...], tuple[TextMeasurer, tuple[str, int, bool]]] = OrderedDict()
WHOLE_KEPT = 8192


def whole_label(m: TextMeasurer, text: str, size: float, width_pt: float) -> tuple[str, int, bool]:
    """A card's label as it is set in a room ``width_pt`` wide, its lines (as many as it
    wraps in), and whether they still cut a term (no set of as many lines keeps them whole
    there): broken between phrases (``fit.phrase_lines``); when those lines cut a term of the
    genre or a name (``fit.cuts_term``: "GRDP bình quân / đầu người"), in as many lines that
    cut none ("GRDP / bình quân đầu người"), kept by U+00A0. A card's name is one phrase read
    at a glance under its number: a term split over its lines reads as two names. The
    columns shared out to keep terms whole (``_col_widths`` with ``whole``) measure by it.
    Kept with its measurer."""
    key = (id(m), text, size, width_pt)
    return kept(_WHOLE, key, WHOLE_KEPT, lambda: (m, _whole_label(m, text, size, width_pt)))[1]


def _whole_label(m: TextMeasurer, text: str, size: float, width_pt: float) -> tuple[str, int, bool]:
    set_ = phrase_lines(text, m, size, width_pt)
    lines = m.wrap(set_, size, width_pt, SAFETY)
    n = len(lines)
    if n < 2 or not cuts_term([ln.strip() for ln in lines]):
        return set_, n, False
    nice = nice_lines(text, m, size, width_pt, n, kind=LABEL)
    if nice is not None and not cuts_term(nice):
        joined = bound_lines(text, nice)
        if joined is not None and all(
            len(m.wrap(joined, size, width_pt, s)) == n for s in (SAFETY, 0.0)
        ):
            return joined, n, False
    return set_, n, True


def _fewest_key(
    frame: Frame, texts: list[Texts], per: int | None, size: float, col_ws: tuple[int, ...]
) -> int:
    """A floor under ``_label_key(...)[0]`` of the labels at ``size`` in columns ``col_ws``:
    a label takes at least the fewest lines ``k`` whose narrowest room (``_need_pt``, to a
    point, found by bisection) is under a point wider than its card's room, as a wrap's lines
    never grow with its width; at a larger size no fewer lines. The grid at ``col_ws`` is
    taken only when its key is under the equal grid's, so with this floor at or over that
    key it is not worth laying out (every KPI slide of ``tools/deck_hashes.sh``'s decks: the
    same choice, ``tests/test_kpi_columns_skip.py``)."""
    m = frame.measure.body
    each = per or len(texts)
    inner = _inners(frame, len(texts), per, col_ws)
    floor = [
        next((k for k in (1, 2, 3) if _need_pt(m, lb, size, k) - 1 < w), 4)
        for (_, lb, _), w in zip(texts, inner, strict=True)
    ]
    rows = [(j % each) // len(col_ws) for j in range(len(texts))]
    return _label_key(floor, rows)[0]


def _label_key(lines: list[int], rows: list[int]) -> tuple[int, int, int, int]:
    """How well labels are set in these lines (their cards in ``rows``), lower better: the
    fewest lines in each row's longest label (its cards' height), then in the longest label,
    then in all, then the fewest labels of three lines or more. Unequal columns are taken only
    for fewer lines in a row's longest label: "Tổng chi ngân sách / địa phương" alone on two
    lines beside two one-line labels leaves the row as tall, unequal for nothing."""
    tallest = _row_max(lines, rows, max(rows) + 1)
    return sum(tallest), max(lines), sum(lines), sum(1 for n in lines if n >= 3)


COL_SHARE = (0.7, 1.5)
"""A column of cards shared out by what its labels need is at least and at most these shares
of an equal column."""


_NEEDS: OrderedDict[tuple[Any, ...], tuple[TextMeasurer, float]] = OrderedDict()
NEEDS_KEPT = 2048


def _need_pt(m: TextMeasurer, text: str, size: float, lines: int, whole: bool = False) -> float:
    """The narrowest room (pt, to a point) that sets ``text`` at ``size`` in ``lines`` lines;
    with ``whole``, lines that cut no term and break no word (``whole_label``, ``_whole``);
    kept with its measurer."""
    key = (id(m), text, size, lines, whole)
    return kept(_NEEDS, key, NEEDS_KEPT, lambda: (m, _narrowest(m, text, size, lines, whole)))[1]


def _narrowest(m: TextMeasurer, text: str, size: float, lines: int, whole: bool) -> float:
    lo, hi = 1, int(m.width_pt(text, size) / (1 - SAFETY)) + 2

    def fits(width: int) -> bool:
        # ``whole_label``'s lines are as many as the wrap's (``fit.phrase_lines`` keeps the
        # count), so its phrase search is paid only where the wrap and the words already fit
        if len(m.wrap(text, size, width, SAFETY)) > lines:
            return False
        return (
            not whole or _whole(m, text, size, width) and not whole_label(m, text, size, width)[2]
        )

    if not fits(hi):
        return math.inf
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return float(hi)


def _need_emu(
    m: TextMeasurer, text: str, size: float, lines: int, pad: int, most: int, whole: bool
) -> int:
    """The card width (EMU, with its padding ``pad``) that sets ``text`` in ``lines`` lines
    (``whole``: ``_need_pt``); ``most`` and one more when it is wider."""
    need = _need_pt(m, text, size, lines, whole)
    return most + 1 if need == math.inf else min(most + 1, math.ceil(need * EMU_PER_PT) + pad)


_COLS: OrderedDict[tuple[Any, ...], tuple[Frame, tuple[int, ...] | None]] = OrderedDict()
COLS_KEPT = 512
"""Columns shared out kept in a process (``_col_widths``, with their frame): a card set's
equal grid is often the same with its units under or beside their numbers, and its columns
are weighed again for each."""


def _col_widths(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    body: Box,
    per: int | None,
    equal: _Grid,
    whole: bool = False,
    gap: int = 0,
) -> tuple[int, ...] | None:
    """``_shared_widths``, kept by its arguments (the frame kept alive with its entry)."""
    key = (id(frame), tuple(texts), cols, body, per, equal, whole, gap)
    return kept(
        _COLS,
        key,
        COLS_KEPT,
        lambda: (frame, _shared_widths(frame, texts, cols, body, per, equal, whole, gap)),
    )[1]


def _shared_widths(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    body: Box,
    per: int | None,
    equal: _Grid,
    whole: bool,
    gap: int,
) -> tuple[int, ...] | None:
    """Column widths (EMU) shared out of the body by what each column's labels need at the
    equal grid's label size: of the widths (``COL_SHARE`` of an equal column) at which each
    label takes one, two or three lines, the set that fits the body with the labels in the
    fewest lines (``_label_key``), then closest to equal; the room left shared equally. None
    when no set does better than equal columns."""
    g, m = frame.kpi, frame.measure.body
    room = body.w - (gap or g.gap) * (cols - 1)
    lo, hi = round(equal.card_w * COL_SHARE[0]), round(equal.card_w * COL_SHARE[1])
    each = per or len(texts)
    col_of = [(j % each) % cols for j in range(len(texts))]
    row_of = [(j % each) // cols for j in range(len(texts))]
    pad = 2 * g.pad
    # each label's card width for 1, 2, 3 lines (EMU, rounded up): with ``whole``, with its
    # terms whole (the phrase search), else as it wraps; only the widths asked for are found
    needs = [
        [_need_emu(m, lb, equal.lsize, k, pad, hi, whole) for k in (1, 2, 3)] for _, lb, _ in texts
    ]
    # a column's candidate widths: those at which one of its labels takes a line fewer
    options: list[list[int]] = []
    for c in range(cols):
        widths = {lo}
        for j, need in enumerate(needs):
            if col_of[j] == c:
                widths.update(w for w in need if lo <= w <= hi)
        options.append(sorted(widths))

    def lines(j: int, w: int) -> int:
        # with ``whole``, a label that cuts a term counts as one longer than any set whole
        return next((k for k, need in enumerate(needs[j], 1) if need <= w), 4)

    best: tuple[tuple[int, int, int, int, int], tuple[int, ...]] | None = None
    combos: list[tuple[int, ...]] = [()]
    for opts in options:
        combos = [(*c, w) for c in combos for w in opts if sum(c) + w <= room]
        if len(combos) > 4096:
            return None  # too many columns and labels to weigh: equal columns
    for combo in combos:
        if len(combo) != cols:
            continue
        spread = room - sum(combo)
        shared = tuple(min(hi, w + spread // cols) for w in combo)
        key = _label_key([lines(j, shared[col_of[j]]) for j in range(len(texts))], row_of)
        rank = (*key, max(abs(w - equal.card_w) for w in shared))
        if best is None or rank < best[0]:
            best = rank, shared
    if best is None:
        return None
    ws = list(best[1])
    # the room a column's cap leaves, to the columns under theirs (the cards span the body)
    for c in range(cols):
        free = [k for k in range(cols) if ws[k] < hi]
        left = room - sum(ws)
        if left <= 0 or not free:
            break
        for k in free:
            ws[k] = min(hi, ws[k] + left // len(free))
    if sum(ws) > room or len(set(ws)) < 2:
        return None
    return tuple(ws)


def unit_size(frame: Frame, size: float) -> float:
    """The size of a unit set apart from its number at ``size``."""
    return min(size, max(frame.kpi.label_min, float(round(size * UNIT_SHARE))))


_VALUES: OrderedDict[tuple[Any, ...], tuple[Frame, tuple[list[_Value], bool]]] = OrderedDict()
VALUES_KEPT = 1024
"""Ways to set a card set's values kept in a process (``_value_sizes``, with their frame): a
slide's cards are weighed in several grids, paddings and places of units at one width."""


def _value_sizes(
    frame: Frame, texts: list[Texts], inner: tuple[float, ...]
) -> tuple[list[_Value], bool]:
    """``_sized_values``, kept by its arguments (the frame kept alive with its entry)."""
    key = (id(frame), tuple(texts), inner)
    return kept(_VALUES, key, VALUES_KEPT, lambda: (frame, _sized_values(frame, texts, inner)))[1]


def _sized_values(
    frame: Frame, texts: list[Texts], inner: tuple[float, ...]
) -> tuple[list[_Value], bool]:
    """The ways to set the values to try, largest numbers first, and whether no word of a value
    is broken in them. A number is the card's hero: its unit smaller beside it, or on a line of
    its own under it when that lets the numbers grow by ``STACK_GAIN``; a value that does not
    split into a number and a unit is set whole (on up to two lines, as before)."""
    g, head_m = frame.kpi, frame.measure.heading
    rooms = [w * (1 - SAFETY) for w in inner]
    parts = [split_value(v) for v, _, _ in texts]
    if not any(u for _, u in parts):
        return _whole_sizes(frame, texts, inner)
    beside, under = [], []
    for size in sizes(g.value_max, g.value_min):
        us = unit_size(frame, size)
        nums = [head_m.width_pt(n, size) for n, _ in parts]
        after = [head_m.width_pt("\u00a0" + u, us) if u else 0.0 for _, u in parts]
        units = [head_m.width_pt(u, us) for _, u in parts]
        if all(n + a <= r for n, a, r in zip(nums, after, rooms, strict=True)):
            beside.append(_Value(size, 1, us, False))
        if all(n <= r and w <= r for n, w, r in zip(nums, units, rooms, strict=True)):
            under.append(_Value(size, 1, us, True))
    if not beside and not under:
        return _whole_sizes(frame, texts, inner)
    # beside first when its numbers are within STACK_GAIN of the stacked ones
    ranked = sorted(
        [*beside, *under], key=lambda v: (-v.size * (1 if v.stacked else STACK_GAIN), v.stacked)
    )
    return ranked, True


def _whole_sizes(
    frame: Frame, texts: list[Texts], inner: tuple[float, ...]
) -> tuple[list[_Value], bool]:
    """The values' sizes to try, largest first, with their lines (one or two): the largest that
    fits the card's width, then smaller ones, so a value shrinks before a label goes under the
    theme's minimum; never a size at which a word of a value is broken."""
    g, head_m = frame.kpi, frame.measure.heading
    value_lines = 1
    vals = [(v, w) for (v, _, _), w in zip(texts, inner, strict=True)]
    vsize = _smallest_fit(head_m, vals, g.value_max, g.value_min, 1)
    if any(len(head_m.wrap(v, vsize, w, SAFETY)) > 1 for v, w in vals):
        value_lines = 2  # a long value ("110,4 triệu đồng/người/năm") may take two lines
        vsize = _smallest_fit(head_m, vals, g.value_max, g.value_min, 2)
        if any(len(head_m.wrap(v, vsize, w, SAFETY)) > 2 for v, w in vals):
            return [], True
    out = [_Value(vsize, value_lines)]
    for size in sizes(vsize, g.value_min)[1:]:
        lines = max(len(head_m.wrap(v, size, w, SAFETY)) for v, w in vals)
        if lines <= 2:
            out.append(_Value(size, lines))
    whole = [v for v in out if all(_whole(head_m, t, v.size, w) for t, w in vals)]
    return (whole, True) if whole else (out[:1], False)  # a word too long for any size: broken


def _smallest_fit(
    m: TextMeasurer, vals: list[tuple[str, float]], most: float, least: float, lines: int
) -> float:
    """``min(fit_single(v, m, w, 1e6, most, least, lines)[0] for v, w in vals)``, the same
    answer with fewer wraps: a value that fits in ``lines`` at the smallest size so far has its
    own largest fitting size at or over it (``fit_single`` tries the sizes from ``most`` down and
    that size is one of them), so the smallest stays; only a value that does not is fitted."""
    least_so_far: float | None = None
    for v, w in vals:
        if least_so_far is not None:
            n = len(m.wrap(v, least_so_far, w, SAFETY))  # as fit_single tests a size
            if n <= lines and n * m.line_height_pt(least_so_far, LINE_SPACING) <= 1e6 + 1e-6:
                continue
        size = fit_single(v, m, w, 1e6, most, least, lines)[0]
        least_so_far = size if least_so_far is None else min(least_so_far, size)
    return most if least_so_far is None else least_so_far


def _whole(m: TextMeasurer, text: str, size: float, inner: float) -> bool:
    """Every word of ``text`` (its pieces between break opportunities) fits a line: a card
    never breaks a word between letters ("Tăng trư / ởng")."""
    return _widest_word(m, text, size) <= inner * (1 - SAFETY)


_WIDEST: OrderedDict[tuple[Any, ...], tuple[TextMeasurer, float]] = OrderedDict()
WIDEST_KEPT = 8192
"""Widest words kept in a process (``_widest_word``, with their measurer): a card set is tried
at each value and label size in grids of several widths; the words' widths do not change."""


def _widest_word(m: TextMeasurer, text: str, size: float) -> float:
    """The width (pt) of the widest word of ``text`` (its pieces between break opportunities)
    at ``size``; -inf for none. Kept by its arguments, the measurer alive with its entry."""
    key = (id(m), text, size)

    def make() -> tuple[TextMeasurer, float]:
        return m, max(
            (m.width_pt(seg.word, size) for seg in cached_segments(text)), default=-math.inf
        )

    return kept(_WIDEST, key, WIDEST_KEPT, make)[1]


def _row_max(values: list[int], row_of: list[int], rows: int) -> list[int]:
    """The largest of ``values`` (counts, never negative) of the cards in each row (0 for a
    row with none), in one pass over the cards."""
    out = [0] * rows
    for v, at in zip(values, row_of, strict=True):
        if v > out[at]:
            out[at] = v
    return out


_SAID: OrderedDict[tuple[Any, ...], tuple[Frame, dict[tuple[str, float], Any]]] = OrderedDict()
SAID_KEPT = 1024
"""Card sets' label and detail lines kept in a process (``_said_lines``, with their frame)."""


def _said_lines(
    frame: Frame, texts: list[Texts], inner: tuple[float, ...]
) -> dict[tuple[str, float], Any]:
    """What ``_filled`` reads of a card set's labels and details at the cards' widths
    ``inner``, filled as it reads them: whether every label's words fit at the theme's
    smallest label size (``("strict", 0.0)``), the labels' lines at each label size
    (``("label", size)``: None where ``strict`` and a word breaks) and the details' at each
    detail size (``("detail", size)``). Kept by the labels, details and widths and the frame
    (kept alive with its entry): a deck's cards are filled at one width for several value
    sizes, grids and paddings (211 fills of 148 different ones in a cold plan of the sample),
    each wrapping every label at each size again."""
    said = tuple((lb, d) for _, lb, d in texts)
    return kept(_SAID, (id(frame), said, inner), SAID_KEPT, lambda: (frame, {}))[1]


_FILLED: OrderedDict[tuple[Any, ...], tuple[Frame, _Grid | None]] = OrderedDict()
FILLED_LIMIT = 4096
"""Card sets filled kept in a process (``_fill``, with the frame they were filled in)."""


def _fill(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    card_w: int,
    inner: tuple[float, ...],
    value: _Value,
    body: Box,
    full_detail: bool,
    per: int | None = None,
    pad_y: int | None = None,
) -> _Grid | None:
    """The cards with their values set as ``value``: the largest label and detail that fit (the
    detail at its full size only, with ``full_detail``), ``pad_y`` above and below their text
    (the geometry's ``pad`` when None).

    Kept by its arguments (the frame itself: kept alive with its entry, its id not reused): a
    deck's cards are filled alike for the deck's one size and placement of units and again
    for each slide (477 fills of 231 different ones for the sample deck). Of the texts, by
    their labels and details: a fill reads no number (``value`` is its size and place), so a
    rebuild after one figure changed fills its slide's cards as before where the number keeps
    its size."""
    said = tuple((lb, d) for _, lb, d in texts)
    key = (id(frame), said, cols, card_w, inner, value, body, full_detail, per, pad_y)
    return kept(
        _FILLED,
        key,
        FILLED_LIMIT,
        lambda: (
            frame,
            _filled(frame, texts, cols, card_w, inner, value, body, full_detail, per, pad_y),
        ),
    )[1]


def _filled(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    card_w: int,
    inner: tuple[float, ...],
    value: _Value,
    body: Box,
    full_detail: bool,
    per: int | None,
    pad_y: int | None,
) -> _Grid | None:
    g, head_m, body_m = frame.kpi, frame.measure.heading, frame.measure.body
    rows = math.ceil((per or len(texts)) / cols)
    # a label word too long for the card even at the minimum is broken, as before
    labels = [(lb, w) for (_, lb, _), w in zip(texts, inner, strict=True)]
    said = _said_lines(frame, texts, inner)
    strict = said.get(("strict", 0.0))
    if strict is None:
        strict = said[("strict", 0.0)] = all(_whole(body_m, lb, g.label_min, w) for lb, w in labels)
    value_h = value.height(head_m, g.value_pad_pt)
    pad_pt = frame.text_pad_pt
    has_detail = any(d for _, _, d in texts)
    # the row of each card on its slide: rows are as tall as their own cards' text (a row of
    # one-line labels is not as tall as one with a detail), the same rows on every part
    each = per or len(texts)
    row_of = [(j % each) // cols for j in range(len(texts))]
    pad_y = g.pad if pad_y is None else pad_y
    fixed = 2 * pad_y + value_h + g.inner_gap
    # the label as large as the room allows, then the detail (never larger than the label):
    # up to three label lines at the largest size; more only if needed
    # first the detail at its full size (the label's, if smaller), then a smaller one
    passes = ((3, True), (99, True)) if full_detail else ((3, False), (99, False))
    for max_lines, full in passes:
        for lsize in sizes(g.label_max, g.label_min):
            key = ("label", lsize)
            if key not in said:
                # None where a word would break; else the lines ``whole_label`` sets them in
                # (the wrap's count: ``_label_lines``)
                whole = not strict or all(_whole(body_m, lb, lsize, w) for lb, w in labels)
                said[key] = (
                    tuple(len(body_m.wrap(lb, lsize, w, SAFETY)) for lb, w in labels)
                    if whole
                    else None
                )
            label_lines = said[key]
            if label_lines is None:
                continue
            if max(label_lines) > max_lines:
                continue
            label_hs = tuple(
                Pt(body_m.line_height_pt(lsize) * n + pad_pt)
                for n in _row_max(label_lines, row_of, rows)
            )
            largest = min(g.detail_size, lsize)
            smallest = min(largest, g.detail_min)
            dsizes = ([largest] if full else sizes(largest, smallest)) if has_detail else [0.0]
            for dsize in dsizes:
                key = ("detail", dsize)
                if key not in said:
                    said[key] = tuple(
                        len(body_m.wrap(d, dsize, w, SAFETY)) if d else 0
                        for (_, _, d), w in zip(texts, inner, strict=True)
                    )
                detail_lines = said[key]
                detail_hs = tuple(
                    Pt(body_m.line_height_pt(dsize) * n + pad_pt) if n else 0
                    for n in _row_max(detail_lines, row_of, rows)
                )
                row_hs = tuple(
                    fixed + lh + (g.inner_gap + dh if dh else 0)
                    for lh, dh in zip(label_hs, detail_hs, strict=True)
                )
                if sum(row_hs) + g.gap * (rows - 1) <= body.h:
                    return _Grid(
                        cols, rows, card_w, max(row_hs), value.size, lsize, dsize,
                        value_h, max(label_hs), max(detail_hs), whole=strict, value=value,
                        row_hs=row_hs, label_hs=label_hs, detail_hs=detail_hs, pad_y=pad_y,
                    )  # fmt: skip
    return None


HERO = 1.5
"""A number at least this many times a label's smallest size keeps the detail at its full size;
under it the detail shrinks first (down to the theme's small-text minimum)."""
WIDE_COLS = 3
"""Cards a row before a set with numbers as large either way takes more rows instead."""
NEAR = 0.9
"""A grid whose numbers are at least this share of the largest possible competes on its
empty places."""


def _best_grid(
    frame: Frame,
    texts: list[Texts],
    body: Box,
    per: int | None = None,
    stacked: bool | None = None,
    pad_y: int | None = None,
) -> _Grid | None:
    """The best grid for ``texts``, ``per`` of them a slide (all when None), its units under
    their numbers with ``stacked`` True, beside them with False, whichever is best with None;
    the cards ``pad_y`` above and below their text (``_grid``)."""
    n = per or len(texts)
    cols = {min(n, c) for c in (n, math.ceil(n / 2), math.ceil(n / 3), 4, 3, 2) if c >= 1}
    grids = [
        g
        for c in sorted(cols)
        if math.ceil(n / c) <= frame.kpi.max_rows
        and (g := _grid(frame, texts, c, body, per, stacked, None, pad_y))
    ]
    if not grids:
        return None
    # words kept whole; then, among grids whose numbers are nearly the largest (``NEAR``), the
    # one with the fewest empty places (three cards in a row, not two over one for a point
    # more); then up to ``WIDE_COLS`` a row (four cards as two over two, using the body's
    # height, not four narrow ones in a row); then the biggest numbers; then the fewest rows
    whole = [g for g in grids if g.whole] or grids
    top = max(g.vsize for g in whole)
    near = [g for g in whole if g.vsize >= top * NEAR]
    return max(
        near,
        key=lambda g: (-(g.cols * g.rows - n), g.cols <= WIDE_COLS, g.vsize, g.lsize, -g.rows),
    )


DOMINANT = 1.2
"""A card's number is at least this many times the slide title's size: a number at the
title's size (42 pt under a 40-pt title) reads as a second title, not as the slide's hero.
(At 1.25, 49 pt beside their numbers fell short under a 40-pt title and a stress deck's first
slide set its units under them for 50: the deck's one placement of units followed, and its
eight long-labelled cards went from two slides at 49 pt to three at 41.)"""


_LAYOUTS: OrderedDict[tuple[Any, ...], tuple[Frame, tuple[int, _Grid] | None]] = OrderedDict()
LAYOUTS_KEPT = 512
"""Card sets laid out kept in a process (``_layout``, with the frame they were laid out in)."""


def _layout(
    texts: list[Texts], body: Box, frame: Frame, stacked: bool | None = None
) -> tuple[int, _Grid] | None:
    """``_laid_out``, kept by its arguments (the frame itself: kept alive with its entry, its
    id not reused; ``plan._kept_frames`` hands a rebuild the last plan's frame when equal): a
    rebuild after one figure changed weighs every KPI slide of the deck again
    (``deck_stacked``, ``deck_sizes``), most of them with the same cards."""
    key = (id(frame), tuple(texts), body, stacked)
    return kept(
        _LAYOUTS, key, LAYOUTS_KEPT, lambda: (frame, _laid_out(texts, body, frame, stacked))
    )[1]


def _laid_out(
    texts: list[Texts], body: Box, frame: Frame, stacked: bool | None = None
) -> tuple[int, _Grid] | None:
    """How many cards a slide and their grid: first with every word whole (more slides if need
    be), then with words broken as a last resort; None when a card does not fit even alone.
    Cards whose numbers would not dominate the title (``DOMINANT``) take the other place for
    their units (when the slide chooses it), then less padding above and below their text
    (``KpiGeometry.tight_pad``) when that makes them do so, then more slides, each keeping a
    full row (``WIDE_COLS`` cards, or all): six cards with a three-line label under a 40-pt
    title had their numbers at 42 pt, the title's size. Cards whose labels cut a term take
    fewer columns and more rows where those keep it whole (``_terms_kept``), on as many
    slides."""
    n = len(texts)
    hero = frame.header.size_max * DOMINANT - 1e-6
    first: tuple[int, _Grid] | None = None
    for whole, pages in [(w, p) for w in (True, False) for p in range(1, n + 1)]:
        per = math.ceil(n / pages)
        if first is not None and per < min(n, WIDE_COLS):
            break
        g = _best_grid(frame, texts, body, per, stacked)
        if not g or not (g.whole or not whole):
            continue
        if first is None:
            first = per, g
        if g.vsize >= hero:
            return per, _terms_kept(frame, texts, body, per, g, stacked, whole)
        # when the slide chooses where its units go, either place (beside their numbers at a
        # size just under a hero's, under them at one); then less padding
        places = (True, False) if stacked is None else (stacked,)
        ways = [(pad, p) for pad in (None, frame.kpi.tight_pad) for p in places]
        ways = [w for w in ways if w != (None, stacked)]  # tried above
        for pad, place in ways:
            other = _best_grid(frame, texts, body, per, place, pad)
            if other and (other.whole or not whole) and other.vsize >= hero:
                return per, _terms_kept(frame, texts, body, per, other, stacked, whole)
        # no grid of heroes with the deck's units: where the other place makes heroes of
        # numbers whose labels cut a term, fewer columns with the deck's units keeping them
        # whole (``_terms_kept``), before more slides; the slide chose so on its own
        # (``deck_stacked``: six cards three a row with units under their numbers, or two a
        # row with units beside them)
        for pad in (None, frame.kpi.tight_pad) if stacked is not None else ():
            other = _best_grid(frame, texts, body, per, not stacked, pad)
            if other and (other.whole or not whole) and other.vsize >= hero:
                kept = _terms_kept(frame, texts, body, per, other, stacked, whole)
                if kept is not other:
                    return per, kept
    return first


CUT_GIVE = 0.8
"""A card set whose labels cut a term (``_cuts``) takes fewer columns and more rows that keep
them whole when its numbers stay at least this share of the cutting grid's, and at least
``WHOLE_DOMINANT`` times the title's size (``_terms_kept``)."""
WHOLE_DOMINANT = 1.1
"""Numbers this many times the slide title's size still read as the cards' heroes where fewer
columns keep the names' terms whole (``DOMINANT`` elsewhere): coreoz's six cards on a 9-in
4:3 body, three a row at 46 pt with "GRDP bình quân / đầu người" cut, or two a row on three
rows at 41 pt under its 36-pt title with every name whole. A term cut in two reads as two
names; a number 5 pt smaller is still the card's hero."""


def _terms_kept(
    frame: Frame,
    texts: list[Texts],
    body: Box,
    per: int,
    g: _Grid,
    stacked: bool | None,
    whole: bool,
) -> _Grid:
    """``g``, or where its labels cut a term (``_cuts``), the grid of fewer columns (two or
    more) and more rows (at most ``max_rows``, no more empty places) whose labels cut fewer,
    its numbers at least ``CUT_GIVE`` of ``g``'s and ``WHOLE_DOMINANT`` times the title's
    size: the fewest cuts, then the largest numbers, then the geometry's padding before the
    tight one (``KpiGeometry.tight_pad``), then the most columns. Its units go where the deck
    sets them (``stacked``), or where the grid sets them best (None)."""
    cuts = _cuts(frame, texts, g, per)
    if not cuts or g.cols <= 2:
        return g
    k = frame.kpi
    floor = max(g.vsize * CUT_GIVE, frame.header.size_max * WHOLE_DOMINANT) - 1e-6
    empty = g.cols * g.rows - per
    best: tuple[tuple[int, float, int, int], _Grid] | None = None
    for cols in range(2, g.cols):
        rows = math.ceil(per / cols)
        if rows > k.max_rows or cols * rows - per > empty:
            continue
        for rank, pad in enumerate((None, k.tight_pad)):
            other = _grid(frame, texts, cols, body, per, stacked, None, pad)
            if other is None or other.vsize < floor or (whole and not other.whole):
                continue
            fewer = _cuts(frame, texts, other, per)
            if fewer >= cuts:
                continue
            key = (fewer, -other.vsize, rank, -cols)
            if best is None or key < best[0]:
                best = key, other
    return g if best is None else best[1]


def _arranged(
    texts: list[Texts], body: Box, frame: Frame, stacked: bool | None = None
) -> tuple[int, _Grid, list[Texts], list[str]] | None:
    """``_layout`` of the cards, and the cards it lays out with the details it moves to the
    speaker notes ("label — detail"): all of them when only some cards have one (the cards of
    a slide follow one pattern); else none, unless keeping the details on the cards at the
    theme's body minimum makes every number smaller than a hero's (``HERO`` labels), or
    spreads the cards over more slides, while without them the numbers are heroes on fewer
    slides (six cards with a three-line plan detail in the large-text theme: numbers at 28 pt,
    or at 42 pt with the plan said in the notes; a template's small body: four cards on two
    slides, or on one)."""
    if any(d for _, _, d in texts) and not all(d for _, _, d in texts):
        # the cards of a slide follow one pattern: a detail (a plan) under some cards only
        # reads as a card out of place (R8: slide 15's card 2 alone with its plan line, in
        # 18 pt, beside five cards without), so every detail goes to the notes
        bare = [(v, lb, "") for v, lb, _ in texts]
        without = _layout(bare, body, frame, stacked)
        if without is not None:
            return (*without, bare, [_plain(f"{lb} — {d}") for _, lb, d in texts if d])
    chosen = _layout(texts, body, frame, stacked)
    hero = frame.kpi.label_min * HERO
    one = chosen is not None and chosen[0] >= len(texts)  # every card on one slide
    if chosen is not None and chosen[1].vsize >= hero and one or not any(d for _, _, d in texts):
        return None if chosen is None else (*chosen, texts, [])
    bare = [(v, lb, "") for v, lb, _ in texts]
    without = _layout(bare, body, frame, stacked)
    if without is None or without[1].vsize < hero:
        return None if chosen is None else (*chosen, texts, [])
    if chosen is not None and chosen[1].vsize >= hero and without[0] <= chosen[0]:
        return (*chosen, texts, [])  # the details cost no slide: they stay
    moved = [_plain(f"{lb} — {d}") for _, lb, d in texts if d]
    return (*without, bare, moved)


def _plain(text: str) -> str:
    """Slide text as the notes show it: its no-break spaces and joiners plain."""
    return text.replace("\u00a0", " ").replace("\u2060", "").replace("\u200b", "")


_OWN: OrderedDict[tuple[object, ...], bool | None] = OrderedDict()
OWN_KEPT = 256


def _own_stacked(texts: tuple[Texts, ...], body: Box, frame: Frame) -> bool | None:
    """Whether a slide of these cards in ``body`` sets its units under its numbers on its own
    (None: the cards do not fit); kept for the next plan of the same cards (a preview's rebuild
    after one figure changed weighs the deck's KPI slides again, most of them unchanged)."""
    m = frame.measure
    key = (texts, body, frame.kpi, frame.text_pad_pt, type(m.heading), m.heading.path, m.body.path)

    def own() -> bool | None:
        chosen = _arranged(list(texts), body, frame)
        return None if chosen is None else chosen[1].value.stacked

    return kept(_OWN, key, OWN_KEPT, own)


def deck_stacked(specs: Sequence[SlideSpec], frame: Frame, ctx: PlanContext) -> bool | None:
    """Where every KPI slide of the deck sets its units: under their numbers (True) when a slide
    of the deck would set them so on its own (its numbers ``STACK_GAIN`` larger that way), else
    beside them (False); None when no card has a unit. One rule for the deck: "121 / triệu
    đồng" on one slide and "14.527 tỷ đồng" on another read as two designs. Reading the
    figures here leaves no trace on the resolver (its problems come from the slides' plans)."""
    out: bool | None = None
    with quiet(ctx):
        for spec in specs:
            title = ctx.text(spec.title)
            texts = [kpi_texts(kpi, ctx, title) for kpi in spec.kpis]
            if not any(split_value(v)[1] for v, _, _ in texts):
                continue
            _, body, _ = body_boxes(title, frame, ctx)
            stacked = _own_stacked(tuple(texts), body, frame)
            if stacked is None:
                continue
            out = out or stacked
    return out


def _deck_size(
    chosen: tuple[int, _Grid, list[Texts], list[str]], body: Box, frame: Frame,
    stacked: bool | None, sizes: Mapping[tuple[int, int], float],
) -> tuple[int, _Grid, list[Texts], list[str]]:  # fmt: skip
    """``chosen`` with its numbers at most the deck's size for cards of its width in as many
    rows (``deck_sizes``), on the same grid."""
    per, g, texts, gone = chosen
    cap = sizes.get((g.card_w, g.rows))
    if cap is None or g.vsize <= cap + 1e-6:
        return chosen
    capped = _grid(frame, texts, g.cols, body, per, stacked, cap, g.pad_y)
    if capped is None or capped.card_w != g.card_w:
        return chosen
    return per, capped, texts, gone


def deck_sizes(
    specs: Sequence[SlideSpec], frame: Frame, ctx: PlanContext
) -> Mapping[tuple[int, int], float]:
    """The number size of the deck's KPI cards of each width (EMU; of their columns' equal
    share where their labels share out the row, ``_col_widths``) in as many rows: the smallest
    a KPI slide of the deck sets its numbers at on such cards, weighed on its own (its longest
    number sets it). Slide 14 at 46 pt and slide 31 at 54, both three cards a row: two sizes
    where one reads as a set. Cards as wide in more rows are another set: six cards two a
    row on three rows of a 4:3 body (``_terms_kept``) at 41 pt left four two over two at 41
    where they stood at 50 and 54 alone, half their body empty. Reading the figures leaves
    no trace (``context.quiet``)."""
    out: dict[tuple[int, int], float] = {}
    with quiet(ctx):
        for spec in specs:
            title = ctx.text(spec.title)
            texts = [kpi_texts(kpi, ctx, title) for kpi in spec.kpis]
            _, body, _ = body_boxes(title, frame, ctx)
            chosen = _arranged(texts, body, frame, ctx.kpi_stacked)
            if chosen is None:
                continue
            g = chosen[1]
            key = g.card_w, g.rows
            out[key] = min(out.get(key, g.vsize), g.vsize)
    return MappingProxyType(out)


def card_pages(
    spec: SlideSpec,
    texts: list[Texts],
    body: Box,
    frame: Frame,
    stacked: bool | None = None,
    moved: list[str] | None = None,
    deck: Mapping[tuple[int, int], float] | None = None,
) -> tuple[list[list[Element]], tuple[Problem, ...]]:
    """The cards' elements, one list per slide: cards that cannot share one slide readably are
        spread evenly over continuation slides, on one grid (the same columns, sizes and card
        places on every part, sized for every card), so a card of the second part stands where
        one of the first stood. With ``stacked`` (True or False) the units are set under (beside)
        their numbers whenever the cards fit so (``deck_stacked``). The details ``_arranged`` takes
    off the cards are put in ``moved``; ``deck`` caps the numbers (``deck_sizes``)."""
    n = len(texts)
    chosen = _arranged(texts, body, frame, stacked)
    if chosen is not None and deck:
        chosen = _deck_size(chosen, body, frame, stacked, deck)
    if chosen is not None:
        per, g, texts, gone = chosen
        if moved is not None:
            moved[:] = gone
        chunks = [texts[k : k + per] for k in range(0, n, per)]
        keep = len(chunks) > 1  # a continued set keeps the first part's card places
        return [_cards(chunk, g, body, frame, keep) for chunk in chunks], ()
    problem = Problem(
        spec.location,
        _("a KPI card does not fit on a slide even alone"),
        spec.path,
        hint=_("shorten its value or label"),
    )
    return [], (problem,)


TIGHT_LIFT = 0.5
"""A card set with ``KpiGeometry.tight_pad`` above and below its text raises the text by this
share of it: the number's line carries its own space above the digits (about a quarter of
its size), a label's last line none under its descenders, so at equal padding a full card
looked cramped at its foot (tuong-phan 15, R7: "Tổng mức / bán lẻ hàng hóa / và doanh thu
dịch vụ" ending ~0.1 in above the card's edge, its number 0.28 in under the card's top)."""


def _cards(
    texts: list[Texts], g: _Grid, body: Box, frame: Frame, keep: bool = False
) -> list[Element]:
    """The cards on the grid ``g``, a short last row centred; with ``keep``, in the places of
    a full grid's first cards (a continued set)."""
    k, c = frame.kpi, frame.colors
    n = len(texts)
    # cards as tall as their text (each row its own), the group centred in the body
    height = sum(g.row_hs) + k.gap * (g.rows - 1)
    top = body.y + (body.h - height) // 2
    out: list[Element] = []
    label_style: TextStyle = {"color": c.text}
    # a detail sits on the card's bottom: "2023" and a two-line detail end on one line
    detail_style: TextStyle = {"color": c.muted, "role": "caption", "anchor": Anchor.BOTTOM}
    widths = g.widths()
    for i, (value, label, detail) in enumerate(texts):
        r, col = divmod(i, g.cols)
        in_row = g.cols if keep else min(g.cols, n - r * g.cols)
        gap = g.col_gap or k.gap
        left = body.x + (body.w - (sum(widths[:in_row]) + gap * (in_row - 1))) // 2
        x = left + sum(widths[:col]) + col * gap
        y = top + sum(g.row_hs[:r]) + r * k.gap
        card_h = g.row_hs[r]
        card_w = widths[col]
        inner_w = Length(card_w - 2 * k.pad)
        for w, fill, what in ((card_w, c.surface, "Card"), (k.mark_w, c.accent, "Mark")):
            box = Box(Length(x), Length(y), Length(w), Length(card_h))
            out.append(ShapeBox(box, fill, f"KPI {what} {i + 1}"))
        parts = [
            (value, g.vsize, g.value_h, "Value", label_style),  # set by _value_box
            (
                whole_label(frame.measure.body, label, g.lsize, inner_w / EMU_PER_PT)[0],
                g.lsize,
                g.label_hs[r],
                "Label",
                label_style,
            ),
            # "Kế hoạch: 112 triệu đồng / đạt 98,6%": a line break in place of a separator
            (
                separated_lines(detail, frame.measure.body, g.dsize, inner_w / EMU_PER_PT),
                g.dsize,
                g.detail_hs[r],
                "Detail",
                detail_style,
            ),
        ]
        # a tight card's text raised within it (``TIGHT_LIFT``), the card as tall
        ty = y + g.pad_y - (round(g.pad_y * TIGHT_LIFT) if g.pad_y < k.pad else 0)
        for text, size, h, what, style in parts if detail else parts[:2]:
            box = Box(Length(x + k.pad), Length(ty), inner_w, Length(h))
            if what == "Value":
                out.append(_value_box(frame, box, text, g.value, f"KPI Value {i + 1}"))
            else:
                named: TextStyle = {**style, "name": f"KPI {what} {i + 1}"}
                out.append(text_box(frame, box, text, size, **named))
            ty += h + k.inner_gap
    return out


def _value_box(frame: Frame, box: Box, value: str, how: _Value, name: str) -> TextBox:
    """A card's value: its number at ``how.size`` in the heading font, bold, in the accent's
    readable tone, and its unit at ``how.unit_size`` after a no-break space or, stacked, after
    a line break (one paragraph either way, so the value stays one text to edit). The
    paragraph takes the unit's size: its end mark never makes the unit's line taller."""
    c = frame.colors
    color = readable_tone(c.accent, (c.surface,))  # 4.5:1 on its card, large as it is
    number, unit = split_value(value) if how.unit_size else (value, "")
    runs = [Run(number, bold=True, size_pt=how.size)]
    if unit:
        runs.append(Run(("\n" if how.stacked else "\u00a0") + unit, bold=True))
    para = Para(
        tuple(runs),
        how.unit_size if unit else how.size,
        align=Align.LEFT,
        line_spacing=LINE_SPACING,
    )
    return TextBox(box, (para,), frame.fonts.heading, color, name, role="kpi")


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    moved: list[str] = []

    def pages_for(body: Box) -> tuple[list[list[Element]], tuple[Problem, ...]]:
        title = ctx.text(spec.title)
        texts = [kpi_texts(kpi, ctx, title) for kpi in spec.kpis]
        return card_pages(spec, texts, body, frame, ctx.kpi_stacked, moved, ctx.kpi_sizes)

    planned = paged("kpis", spec, frame, ctx, pages_for, lambda _, cards: cards)
    if not moved or not planned.slides:
        return planned
    # the details taken off the cards, said in the first slide's notes
    first = planned.slides[0]
    notes = "\n".join(t for t in (first.notes, *moved) if t)
    return replace(planned, slides=(replace(first, notes=notes), *planned.slides[1:]))
