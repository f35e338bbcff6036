"""A quote in large italics between its marks, with its author, centred on the slide; with a
title, under the same header as every content slide."""

from __future__ import annotations

from dataclasses import replace

from ...errors import Problem
from ...i18n import _
from ...outline.model import SlideSpec
from ...theme.model import readable_tone
from ...units import EMU_PER_PT, Length, Pt
from ..breaks import QUOTE, QUOTE_EVEN
from ..context import PlanContext
from ..fit import (
    LINE_SPACING,
    SAFETY,
    bound_lines,
    fit_single,
    parts_a_document,
    phrase_more,
    phrase_set,
    set_cost,
    sizes,
)
from ..frame import Frame
from ..measure import TextMeasurer
from ..model import Align, Box, Element, Planned, Run, ShapeBox, TextBox
from ..nobreak import WORD_JOINER, bind_compounds
from ..page import chrome, header, logo, slide
from ..text import fitted, text_box


def _balanced_width(text: str, m: TextMeasurer, size: float, n: int, width_pt: float) -> float:
    """The narrowest width (pt, at least 60% of ``width_pt``) at which ``text`` still takes
    ``n`` lines at ``size``: its lines as even as the words allow."""
    if n <= 1:
        return min(width_pt, m.width_pt(text, size) / (1 - SAFETY) + 2)
    lo, hi = width_pt * 0.6, width_pt
    if len(m.wrap(text, size, lo, SAFETY)) <= n:
        return lo
    for _step in range(14):
        mid = (lo + hi) / 2
        if len(m.wrap(text, size, mid, SAFETY)) <= n:
            hi = mid
        else:
            lo = mid
    return hi + 1  # a point to spare: LibreOffice breaks where the measurer does


SHRINK = 0.85
"""The smallest share of its fitted size a quote is set at to take lines that are all phrases
(``fit.phrase_more``, review R8), or a line fewer (R14 #7: tuong-phan 58, five lines at 37 pt
in place of six at 39, 0.88 of the 42 it was fitted at; 0.9 until then)."""
LINE_COST = 0.3
"""What a quote's line more costs, against its breaks' (``fit.set_cost``): less than a break
inside a phrase of a class (``breaks.CUT_COST``)."""
SIZE_COST = 0.25
"""What a quote set a point smaller costs, against its breaks': a line less is worth about a
point (``LINE_COST``), a phrase cut or a stub (``breaks.CUT_COST``, ``fit.UNEVEN_COST``) four
(R14 #7: tuong-phan 5 at 39 pt in four lines, not at 42 in five with "năm / có ý nghĩa";
default 5 keeps 36 pt in four lines, not 32.4 in three)."""


NARROW = 1.5
"""A slide narrower than this many times its height (4:3 is 1.33, 16:9 1.78) sets its quote in
the whole width but the opening mark's column."""


def is_narrow(frame: Frame) -> bool:
    """True for a slide of ``NARROW`` proportions or narrower."""
    return frame.width < NARROW * frame.height


QUOTE_LINES = 5
"""The most lines a quote on a narrow slide (``is_narrow``) reads as one thought in (R20 #6:
xanh-so 64 in six and seven). A long quote on a wide slide keeps its lines (the stress cards'
six-line quote, taken to five, parted "quyền / tự do")."""
LONG_SHRINK = 0.75
"""The smallest share of its fitted size a quote of more than ``QUOTE_LINES`` lines is set at
to take at most that many, each a phrase (xanh-so 64: 36 pt fitted, 28 in five lines)."""
OVER_COST = 1.0
"""What each line of a quote over ``QUOTE_LINES`` costs (``_phrase_lines``): as much as a break
inside a phrase (``breaks.CUT_COST``), so that five lines a point or two smaller win."""


def said_w_of(author: TextBox, m: TextMeasurer, size: float, lines: int) -> float:
    """The width (pt) the author's line needs to keep the ``lines`` it was fitted to."""
    return m.width_pt(author.paras[0].text, size) / lines / (1 - SAFETY) + 2


def _phrase_lines(
    text: str,
    m: TextMeasurer,
    size: float,
    n: int,
    width_pt: float,
    avail: int,
    smallest: float,
    least: float,
    most: int | None = None,
    stubs: int = 0,
) -> tuple[float, float, str, float] | None:
    """(cost, size, ``text`` with its breaks bound, width in pt) of the cheapest setting of
    ``text`` (a quote) in lines each a phrase (``fit.phrase_more``, in a column a tenth wider
    than its narrowest or the full ``width_pt``, at least ``least`` wide): in ``n`` lines, a
    line fewer (at a smaller size: R14 #7, tuong-phan 58 in six lines at 39 pt where 36 sets
    five) or a line more, at the largest size from ``size`` down to ``SHRINK`` of it (not under
    ``smallest``) that sets such lines ``avail`` (EMU) high; its cost its breaks' and lines'
    (``fit.set_cost`` with a quote's costs, in its own column), ``LINE_COST`` for a line more,
    ``SIZE_COST`` a point smaller (the cheapest over every size tried: the fewest lines that
    are phrases); None when no size does. Where the cheapest parts a kind of document from its
    complement ("… hoàn thành nghị quyết / đại hội Đảng bộ …", ``fit.parts_a_document``), the
    cheapest setting that parts none, one of its lines allowed short (``stubs``, ``fit._uneven``:
    "Năm 2024 - năm / có ý nghĩa quyết định để hoàn thành / nghị quyết đại hội Đảng bộ các cấp
    / …" on a 4:3 slide, where every even setting parts the document from its congress)."""
    found: list[tuple[float, float, str, float]] = []
    # with ``most`` (a narrow slide's ``QUOTE_LINES``), a quote of more lines may go smaller
    # still to take that many, each line over costing ``OVER_COST``
    shrink = SHRINK if most is None or n <= most else LONG_SHRINK
    for s in sizes(size, max(smallest, size * shrink)):
        for k in (n - 1, n, n + 1) if n > 2 else (n, n + 1):
            if k * m.line_height_pt(s, LINE_SPACING) > avail / EMU_PER_PT + 1e-6:
                continue
            narrowest = max(_balanced_width(text, m, s, j, width_pt) for j in (min(n, k), k))
            for col in dict.fromkeys((min(width_pt, max(narrowest, least) * 1.1), width_pt)):
                more = phrase_more(text, m, s, col, k, least, stubs)
                if more is None:
                    continue
                joined, narrow = more
                cost = set_cost(m.wrap(joined, s, narrow, SAFETY), m, s, narrow, QUOTE)
                cost += LINE_COST * (k - n) + SIZE_COST * (size - s)
                cost += OVER_COST * max(0, k - most) if most is not None else 0.0
                found.append((cost, s, joined, narrow))
    # every size down to ``SHRINK``: a line more at the larger size costs more than the points
    # (R14 #7: tuong-phan 5 in five lines at 42 pt, "Năm 2024 - năm / có ý nghĩa …", where
    # 39 pt sets four, each a phrase)
    if stubs:  # only the settings that part no document and leave no line short
        found = [
            f
            for f in found
            if not parts_a_document(lines := m.wrap(f[2], f[1], f[3], SAFETY))
            and not _short_line(lines, m, f[1])
        ]
    best = min(found, key=lambda f: (f[0], -f[1])) if found else None
    if best is None or stubs or not parts_a_document(m.wrap(best[2], best[1], best[3], SAFETY)):
        return best
    # none: the lines as measured (``plan``'s, balanced) rather than a document parted or a
    # stub (h37d: a designer balances a quote's lines, no short middle or last line)
    return _phrase_lines(text, m, size, n, width_pt, avail, smallest, least, most, stubs=1)


def _balanced_cheapest(
    text: str, m: TextMeasurer, size: float, n: int, width_pt: float, avail: int,
    smallest: float, least: float, now: list[str], wrap_w: float,
) -> tuple[float, list[str], float]:  # fmt: skip
    """(size, lines, width in pt) of ``text`` (a quote with its closing mark) in balanced lines
    (``_balanced_width``): ``now``, its ``n`` lines at ``size`` in ``wrap_w``, or a line fewer at
    a size down to ``SHRINK`` of ``size`` (not under ``smallest``) that sets them ``avail``
    (EMU) high, where their breaks (``fit.set_cost`` with a quote's costs: a phrase cut, a short
    line) cost less, ``SIZE_COST`` a point smaller; a column at least ``least`` wide (the
    author's). ``plan`` sets it where no setting of phrases is found (``_phrase_lines``)."""
    best = (set_cost(now, m, size, wrap_w, QUOTE), size, now, wrap_w)
    for s in sizes(size, max(smallest, size * SHRINK)):
        if (n - 1) * m.line_height_pt(s, LINE_SPACING) > avail / EMU_PER_PT + 1e-6 or n < 3:
            break
        col = max(_balanced_width(text, m, s, n - 1, width_pt), least)
        lines = m.wrap(text, s, col, SAFETY)
        if len(lines) != n - 1 or len(m.wrap(text, s, col)) != n - 1:
            continue
        cost = set_cost(lines, m, s, col, QUOTE) + SIZE_COST * (size - s) - LINE_COST
        if cost < best[0] - 1e-9:
            best = (cost, s, lines, col)
    return best[1], best[2], best[3]


def _short_line(lines: list[str], m: TextMeasurer, size: float) -> bool:
    """True when a line of a quote is shorter than ``breaks.QUOTE_EVEN`` of the longest: a
    stub between two long lines or ending the quote reads as a hole in it ("Năm 2024 - năm có
    ý nghĩa quyết định / để hoàn thành / nghị quyết đại hội Đảng bộ các cấp / …", h37d:
    tuong-phan and coreoz 5), one opening it as a ragged start ("Năm 2024 - năm / …", R14)."""
    widths = [m.width_pt(ln.strip(), size) for ln in lines]
    return any(w < QUOTE_EVEN * max(widths) for w in widths)


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    q = spec.quote
    assert q is not None
    g, c = frame.quote, frame.colors
    body_m, head_m = frame.measure.body, frame.measure.quote
    title = ctx.text(spec.title)
    x = Length(frame.margin + g.indent)
    # the marks stand in the columns left and right of the quote; on a narrow slide (4:3) the
    # closing mark ends the last line and the column takes the rest of the width (R20 #6:
    # xanh-so 64 in seven lines of a column 6.3 in wide, "phong cách / Hồ Chí Minh")
    sides = 1 if is_narrow(frame) else 2
    w = Length(frame.width - 2 * frame.margin - sides * g.indent)
    els: list[Element] = []
    region_top, region_bottom = g.region_top, frame.height - g.region_bottom
    mark_floor = g.title_top
    if title:
        head, body_top = header(title, frame, ctx)
        els += head
        region_top = max(region_top, body_top)
        mark_floor = body_top
    author: TextBox | None = None
    author_h = 0
    if q.author:
        author, a_size, a_lines = fitted(
            frame,
            Box(x, Length(0), w, Pt(body_m.line_height_pt(g.author_size) * g.author_lines)),
            "— " + ctx.body(q.author),
            g.author_size,
            g.author_min,
            body_m,
            max_lines=g.author_lines,
            color=c.muted,
            align=Align.RIGHT,
            name="Author",
        )
        author_h = Pt(body_m.line_height_pt(a_size) * a_lines + frame.text_pad_pt)
    gap = g.author_gap if author else 0
    text = bind_compounds(ctx.body(q.text))
    measured = text + WORD_JOINER + g.close_mark  # the mark against the last word
    left, span = frame.margin, frame.width - 2 * frame.margin
    slot = frame.slot("content", "body")
    if slot is not None:  # in the template's body box (off its artwork) when the quote fits
        top_in, bottom_in = max(region_top, slot.y), min(region_bottom, slot.bottom)
        w_in = Length(min(w, slot.w - sides * g.indent))
        size, lines = fit_single(
            measured,
            head_m,
            w_in / EMU_PER_PT,
            (bottom_in - top_in - author_h - gap) / EMU_PER_PT,
            g.text_max,
            g.text_min,
            None,
        )
        text_h = Pt(head_m.line_height_pt(size) * len(lines) + frame.text_pad_pt)
        said_w = (  # the author keeps the lines it was fitted to
            body_m.width_pt(author.paras[0].text, a_size) / a_lines / (1 - SAFETY) + 2
            if author is not None
            else 0.0
        )
        if text_h <= bottom_in - top_in - author_h - gap and said_w <= w_in / EMU_PER_PT:
            region_top, region_bottom, w, left, span = top_in, bottom_in, w_in, slot.x, slot.w
            mark_floor = max(mark_floor, slot.y)
    avail = region_bottom - region_top - author_h - gap
    size, lines = fit_single(
        measured, head_m, w / EMU_PER_PT, avail / EMU_PER_PT, g.text_max, g.text_min, None
    )
    text_h = Pt(head_m.line_height_pt(size) * len(lines) + frame.text_pad_pt)
    # balanced lines: the narrowest column that keeps the line count, centred on the slide
    # with its marks and author, so the quote neither hangs left nor leaves a ragged half-line
    wrap_w = _balanced_width(measured, head_m, size, len(lines), w / EMU_PER_PT)
    if author is not None:  # the author, right-aligned under the quote, keeps its lines
        said = author.paras[0].text
        wrap_w = max(wrap_w, body_m.width_pt(said, a_size) / a_lines / (1 - SAFETY) + 2)
    # its lines broken between phrases ("… đại hội / Đảng bộ …" never) where that keeps their
    # count, in a column up to a tenth wider than the narrowest
    phrase_w = min(w / EMU_PER_PT, wrap_w * 1.1)
    phrased = phrase_set(measured, head_m, size, phrase_w, QUOTE)
    if phrased != measured:
        # as narrow as its new lines (the block stays centred on them)
        widest = max(
            head_m.width_pt(ln.strip(), size) for ln in head_m.wrap(phrased, size, phrase_w)
        )
        narrow = min(phrase_w, max(wrap_w, widest / (1 - SAFETY) + 2))
        if len(head_m.wrap(phrased, size, narrow, SAFETY)) == len(lines):
            text, wrap_w = phrased[: len(text)], narrow
    # each line a phrase: a column up to the full width, a line more, a size up to ``SHRINK``
    # smaller (not under the theme's least) when that costs less than the lines above (review
    # R8: "… nghị quyết đại hội / Đảng bộ các cấp …", "… về phát huy / giá trị văn hóa …")
    now = head_m.wrap(text + WORD_JOINER + g.close_mark, size, wrap_w, SAFETY)
    if len(now) > 1:
        least = said_w_of(author, body_m, a_size, a_lines) if author is not None else 0.0
        most = QUOTE_LINES if sides == 1 else None  # on a narrow slide: five lines at most
        more = _phrase_lines(
            measured, head_m, size, len(lines), w / EMU_PER_PT, avail, g.text_min, least, most
        )
        if more is not None and more[0] < set_cost(now, head_m, size, wrap_w, QUOTE):
            _cost, size, phrased, wrap_w = more
            text = phrased[: len(text)]
            lines = head_m.wrap(phrased, size, wrap_w, SAFETY)
            text_h = Pt(head_m.line_height_pt(size) * len(lines) + frame.text_pad_pt)
        elif more is None:
            # no setting of phrases keeps a document whole with no short line: the balanced
            # lines, at the size and count (a line fewer, a few points smaller) whose breaks
            # cost least (h38e: tuong-phan and coreoz 5 at 42 pt in four balanced lines cut
            # "có ý nghĩa / quyết định" and "Đảng bộ / các cấp"; in three at 38 pt they break
            # as default's and co-do's, "… quyết định / để hoàn thành … đại hội / Đảng bộ …"),
            # kept by U+00A0 so that LibreOffice sets them so (h37d)
            whole = text + WORD_JOINER + g.close_mark
            s_, now, wrap_w = _balanced_cheapest(
                whole, head_m, size, len(now), w / EMU_PER_PT, avail, g.text_min, least, now,
                wrap_w,
            )  # fmt: skip
            kept = bound_lines(whole, [ln.strip() for ln in now])
            if kept is not None and len(head_m.wrap(kept, s_, wrap_w, SAFETY)) == len(now):
                text, size = kept[: len(text)], s_
                lines = now
                text_h = Pt(head_m.line_height_pt(size) * len(lines) + frame.text_pad_pt)
    block_w = Length(min(w, round(wrap_w * EMU_PER_PT)))
    # the group (opening mark, in the column left of the text, and the text) centred, not the
    # text alone: else a long quote reads as a column hanging left of the slide's middle
    x = Length(left + (span - block_w + g.indent) // 2)
    w = block_w
    problems: tuple[Problem, ...] = ()
    if text_h > avail:
        problems = (
            Problem(
                q.text.location,
                _(
                    "the quote does not fit on a slide: it needs {value:.0f} pt at {size:g} pt, "
                    "the room is {value2:.0f} pt"
                ).format(value=text_h / EMU_PER_PT, size=size, value2=avail / EMU_PER_PT),
                q.text.path,
                hint=_("shorten it, or put the full text in the notes"),
            ),
        )
    top = region_top + (region_bottom - region_top - text_h - gap - author_h) // 2
    mark_top = Length(max(mark_floor, top - g.mark_rise))
    mark_color = readable_tone(c.accent, (c.background,))  # the marks are text: 4.5:1 too
    els.append(
        text_box(
            frame,
            Box(Length(max(left, x - g.indent)), mark_top, g.indent, g.mark_h),
            g.mark,
            g.mark_size,
            font=frame.fonts.heading,
            color=mark_color,
            bold=True,
            name="Quote Mark",
            role="caption",
        )
    )
    # the closing mark ends the last line, never alone on a line of its own
    ink = c.text
    if not title and frame.quote_ground:  # in the title box, on the fill the template gives it
        ink = readable_tone(c.text, frame.quote_ground)
        mark_color = readable_tone(c.accent, frame.quote_ground)
    quote = text_box(
        frame,
        Box(x, Length(top), w, Length(text_h)),
        text,
        size,
        font=frame.fonts.heading,
        color=ink,
        italic=True,
        name="Quote",
        role="quote",
    )
    para = quote.paras[0]
    close = Run(WORD_JOINER + g.close_mark, bold=True, color=mark_color)
    els.append(replace(quote, paras=(replace(para, runs=(*para.runs, close)),)))
    if author is not None:
        els.append(replace(author, box=Box(x, Length(top + text_h + gap), w, Length(author_h))))
    if not title:  # the header draws the logo beside a title
        if frame.backing:  # the template's frame for a title would show empty: the panel
            # under the slide's text covers it, as it covers the title on a content slide
            els[:0] = [ShapeBox(b, c.background, "Title Frame") for b in frame.title_frames]
        h = frame.header
        els += logo(frame, frame.width - frame.margin, h.top, h.logo_h)
    plan = slide("quote", title or text[:60], [*els, *chrome(frame)], spec, frame, ctx)
    return Planned((plan,), problems)
