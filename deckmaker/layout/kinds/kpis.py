"""KPI cards: big numbers with their labels, each shrunk to fit its card."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from ...errors import Problem
from ...figures.model import format_figure, plan_kind_of
from ...i18n import _
from ...numfmt import format_attainment, format_plan_result, format_quantity
from ...outline.model import KpiSpec, SlideSpec
from ...theme.model import readable_tone
from ...units import EMU_PER_PT, Length, Pt
from ..context import PlanContext
from ..fit import SAFETY, fit_single, sizes
from ..frame import Frame
from ..measure import TextMeasurer, segments_of
from ..model import Anchor, Box, Element, Planned, ShapeBox
from ..nobreak import bind_compounds, bind_units, no_widow
from ..page import paged
from ..text import TextStyle, text_box

Texts = tuple[str, str, str]


def kpi_texts(kpi: KpiSpec, ctx: PlanContext, title: str = "") -> Texts:
    """(value, label, detail) of one card, each number bound to its unit and the syllables of
    a common word bound together. The detail is the plan and its attainment when the figure
    has a plan; its period only when the slide's ``title`` does not already say it ("2023"
    under every card of "Thu hút đầu tư năm 2023" is filler); otherwise nothing."""
    value, label, detail = _kpi_texts(kpi, ctx, title)
    label, detail = (bind_compounds(bind_units(t)) for t in (label, detail))
    return bind_units(value), no_widow(label), no_widow(detail)


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
                detail += f" · {format_attainment(fig.value, fig.plan, lang)}"
        elif fig.period and not re.search(rf"(?<!\w){re.escape(fig.period)}(?!\w)", title):
            detail = fig.period
        return value, label, detail
    unit = r.text(kpi.unit) if kpi.unit else None
    assert kpi.value is not None
    return format_quantity(kpi.value, unit, lang), r.text(kpi.label), ""


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


def _grid(
    frame: Frame, texts: list[Texts], cols: int, body: Box, per: int | None = None
) -> _Grid | None:
    """Sizes for ``cols`` cards a row: one size for every value, label and detail, so the cards
    read as a set, and cards just tall enough for their text; None when they cannot fit.
    ``per`` cards a slide (all of ``texts`` when None) set the rows."""
    g = frame.kpi
    card_w = (body.w - g.gap * (cols - 1)) // cols
    inner = (card_w - 2 * g.pad) / EMU_PER_PT
    if inner <= 0:
        return None
    head_m = frame.measure.heading
    # the detail at its full size with a smaller value, before a smaller detail
    for vsize, value_lines, full in [
        (v, n, f) for f in (True, False) for v, n in _value_sizes(frame, texts, inner)
    ]:
        grid = _fill(frame, texts, cols, card_w, inner, vsize, value_lines, body, full, per)
        if grid is not None:
            whole = all(_whole(head_m, v, vsize, inner) for v, _, _ in texts)
            return replace(grid, whole=grid.whole and whole)
    return None


def _value_sizes(frame: Frame, texts: list[Texts], inner: float) -> list[tuple[float, int]]:
    """The values' sizes to try, largest first, with their lines (one or two): the largest that
    fits the card's width, then smaller ones, so a value shrinks before a label goes under the
    theme's minimum; never a size at which a word of a value is broken."""
    g, head_m = frame.kpi, frame.measure.heading
    value_lines = 1
    vsize = min(
        fit_single(v, head_m, inner, 1e6, g.value_max, g.value_min, 1)[0] for v, _, _ in texts
    )
    if any(len(head_m.wrap(v, vsize, inner, SAFETY)) > 1 for v, _, _ in texts):
        value_lines = 2  # a long value ("110,4 triệu đồng/người/năm") may take two lines
        vsize = min(
            fit_single(v, head_m, inner, 1e6, g.value_max, g.value_min, 2)[0] for v, _, _ in texts
        )
        if any(len(head_m.wrap(v, vsize, inner, SAFETY)) > 2 for v, _, _ in texts):
            return []
    out = [(vsize, value_lines)]
    for size in sizes(vsize, g.value_min)[1:]:
        lines = max(len(head_m.wrap(v, size, inner, SAFETY)) for v, _, _ in texts)
        if lines <= 2:
            out.append((size, lines))
    whole = [(s, n) for s, n in out if all(_whole(head_m, v, s, inner) for v, _, _ in texts)]
    return whole or out[:1]  # a word too long for any size: broken, as before


def _whole(m: TextMeasurer, text: str, size: float, inner: float) -> bool:
    """Every word of ``text`` (its pieces between break opportunities) fits a line: a card
    never breaks a word between letters ("Tăng trư / ởng")."""
    return all(m.width_pt(seg.word, size) <= inner * (1 - SAFETY) for seg in segments_of(text))


def _fill(
    frame: Frame,
    texts: list[Texts],
    cols: int,
    card_w: int,
    inner: float,
    vsize: float,
    value_lines: int,
    body: Box,
    full_detail: bool,
    per: int | None = None,
) -> _Grid | None:
    """The cards with their values at ``vsize``: the largest label and detail that fit (the
    detail at its full size only, with ``full_detail``)."""
    g, head_m, body_m = frame.kpi, frame.measure.heading, frame.measure.body
    rows = math.ceil((per or len(texts)) / cols)
    # a label word too long for the card even at the minimum is broken, as before
    strict = all(_whole(body_m, lb, g.label_min, inner) for _, lb, _ in texts)
    value_h = Pt(head_m.line_height_pt(vsize) * value_lines + g.value_pad_pt)
    pad_pt = frame.text_pad_pt
    has_detail = any(d for _, _, d in texts)
    row_room = (body.h - g.gap * (rows - 1)) // rows - 2 * g.pad - value_h - g.inner_gap
    # the label as large as the room allows, then the detail (never larger than the label):
    # up to three label lines at the largest size; more only if needed
    # first the detail at its full size (the label's, if smaller), then a smaller one
    passes = ((3, True), (99, True)) if full_detail else ((3, False), (99, False))
    for max_lines, full in passes:
        for lsize in sizes(g.label_max, g.label_min):
            if strict and not all(_whole(body_m, lb, lsize, inner) for _, lb, _ in texts):
                continue
            lines = max(len(body_m.wrap(lb, lsize, inner, SAFETY)) for _, lb, _ in texts)
            if lines > max_lines:
                continue
            label_h = Pt(body_m.line_height_pt(lsize) * lines + pad_pt)
            largest = min(g.detail_size, lsize)
            dsizes = ([largest] if full else sizes(largest, g.min_text)) if has_detail else [0.0]
            for dsize in dsizes:
                detail_lines = max(
                    (len(body_m.wrap(d, dsize, inner, SAFETY)) for _, _, d in texts if d),
                    default=0,
                )
                detail_h = (
                    Pt(body_m.line_height_pt(dsize) * detail_lines + pad_pt) if detail_lines else 0
                )
                if label_h + detail_h + (g.inner_gap if detail_h else 0) <= row_room:
                    card_h = 2 * g.pad + value_h + g.inner_gap + label_h
                    card_h += g.inner_gap + detail_h if detail_h else 0
                    return _Grid(
                        cols, rows, card_w, card_h, vsize, lsize, dsize,
                        value_h, label_h, detail_h, whole=strict,
                    )  # fmt: skip
    return None


NEAR = 0.9
"""A grid whose numbers are at least this share of the largest possible competes on its
empty places."""


def _best_grid(frame: Frame, texts: list[Texts], body: Box, per: int | None = None) -> _Grid | None:
    """The best grid for ``texts``, ``per`` of them a slide (all when None)."""
    n = per or len(texts)
    cols = {min(n, c) for c in (n, math.ceil(n / 2), math.ceil(n / 3), 4, 3, 2) if c >= 1}
    grids = [
        g
        for c in sorted(cols)
        if math.ceil(n / c) <= frame.kpi.max_rows and (g := _grid(frame, texts, c, body, per))
    ]
    if not grids:
        return None
    # words kept whole; then, among grids whose numbers are nearly the largest (``NEAR``), the
    # one with the fewest empty places (three cards in a row, not two over one for a point
    # more); then the biggest numbers; then the fewest rows
    whole = [g for g in grids if g.whole] or grids
    top = max(g.vsize for g in whole)
    near = [g for g in whole if g.vsize >= top * NEAR]
    return max(near, key=lambda g: (-(g.cols * g.rows - n), g.vsize, g.lsize, -g.rows))


def card_pages(
    spec: SlideSpec, texts: list[Texts], body: Box, frame: Frame
) -> tuple[list[list[Element]], tuple[Problem, ...]]:
    """The cards' elements, one list per slide: cards that cannot share one slide readably are
    spread evenly over continuation slides, on one grid (the same columns, sizes and card
    places on every part, sized for every card), so a card of the second part stands where
    one of the first stood."""
    n = len(texts)
    # first with every word whole (more slides if need be), then with words broken as a last resort
    for whole, pages in [(w, p) for w in (True, False) for p in range(1, n + 1)]:
        per = math.ceil(n / pages)
        chunks = [texts[k : k + per] for k in range(0, n, per)]
        g = _best_grid(frame, texts, body, per)
        if g and (g.whole or not whole):
            keep = len(chunks) > 1  # a continued set keeps the first part's card places
            return [_cards(chunk, g, body, frame, keep) for chunk in chunks], ()
    problem = Problem(
        spec.location,
        _("a KPI card does not fit on a slide even alone"),
        spec.path,
        hint=_("shorten its value or label"),
    )
    return [], (problem,)


def _cards(
    texts: list[Texts], g: _Grid, body: Box, frame: Frame, keep: bool = False
) -> list[Element]:
    """The cards on the grid ``g``, a short last row centred; with ``keep``, in the places of
    a full grid's first cards (a continued set)."""
    k, c = frame.kpi, frame.colors
    n = len(texts)
    # cards grow into the free height (up to ``k.grow`` of their own), text centred in them
    free = (body.h - k.gap * (g.rows - 1)) // g.rows - g.card_h
    extra = max(0, min(free, round(g.card_h * k.grow)))
    card_h = g.card_h + extra
    top = body.y + (body.h - (card_h * g.rows + k.gap * (g.rows - 1))) // 2
    out: list[Element] = []
    value_style: TextStyle = {
        "font": frame.fonts.heading,
        "color": readable_tone(c.accent, (c.surface,)),  # 4.5:1 on its card, large as it is
        "bold": True,
        "role": "kpi",
    }
    label_style: TextStyle = {"color": c.text}
    # a detail sits on the card's bottom: "2023" and a two-line detail end on one line
    detail_style: TextStyle = {"color": c.muted, "role": "caption", "anchor": Anchor.BOTTOM}
    for i, (value, label, detail) in enumerate(texts):
        r, col = divmod(i, g.cols)
        in_row = g.cols if keep else min(g.cols, n - r * g.cols)
        left = body.x + (body.w - (g.card_w * in_row + k.gap * (in_row - 1))) // 2
        x = left + col * (g.card_w + k.gap)
        y = top + r * (card_h + k.gap)
        inner_w = Length(g.card_w - 2 * k.pad)
        for w, fill, what in ((g.card_w, c.surface, "Card"), (k.mark_w, c.accent, "Mark")):
            box = Box(Length(x), Length(y), Length(w), Length(card_h))
            out.append(ShapeBox(box, fill, f"KPI {what} {i + 1}"))
        parts = [
            (value, g.vsize, g.value_h, "Value", value_style),
            (label, g.lsize, g.label_h, "Label", label_style),
            (detail, g.dsize, g.detail_h, "Detail", detail_style),
        ]
        ty = y + k.pad + extra // 2
        for text, size, h, what, style in parts if detail else parts[:2]:
            box = Box(Length(x + k.pad), Length(ty), inner_w, Length(h))
            named: TextStyle = {**style, "name": f"KPI {what} {i + 1}"}
            out.append(text_box(frame, box, text, size, **named))
            ty += h + k.inner_gap
    return out


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    def pages_for(body: Box) -> tuple[list[list[Element]], tuple[Problem, ...]]:
        title = ctx.text(spec.title)
        return card_pages(spec, [kpi_texts(kpi, ctx, title) for kpi in spec.kpis], body, frame)

    return paged("kpis", spec, frame, ctx, pages_for, lambda _, cards: cards)
