"""What the title, section and closing slides share: a cover on the template's own layout."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..units import EMU_PER_PT, Length, Pt
from .context import PlanContext
from .fit import LINE_SPACING, SAFETY, fit_single, nice_lines, phrase_set, sizes
from .frame import Frame
from .model import Align, Anchor, Box, Element, Para, Run, ShapeBox, SlidePlan, TextBox
from .page import unit_lines
from .text import cover_title, fitted


def template_cover(
    kind: str,
    title: str,
    lines: Sequence[str],
    notes: str,
    source: str,
    frame: Frame,
    ctx: PlanContext,
    title_pt: float | None = None,
    over: str = "",
) -> SlidePlan | None:
    """A title, section or closing slide on the agency template's own layout: only the title
    and subtitle, in its placeholders, so the template's design shows untouched; None when the
    template has no layout with a title for ``kind`` (or there is no template). ``title_pt``
    sets the title at that one size (a deck's section titles, ``section.deck_title_size``);
    ``over`` (a section's part) heads the subtitle box in bold capitals, a gap
    (``OVER_SPACE``) above the subtitle: not a first subtitle line run into the second."""
    title_slot = frame.slot(kind, "title")
    if title_slot is None:
        return None
    g, c = frame.cover, frame.colors
    if title_pt is not None:
        g = replace(g, title_max=title_pt, title_min=title_pt)
    heading = frame.drawn(kind, "title", frame.measure.heading)
    if heading is not frame.measure.heading:  # the template draws it in capitals
        frame = replace(frame, measure=replace(frame.measure, heading=heading))
    # each colour reads on what the cover's own layout draws behind it (a section band too)
    color, sub_color = frame.cover_colors.get(kind, ("", ""))
    color = color or c.primary
    sbox = frame.slot(kind, "subtitle")
    tb, size, n = cover_title(
        frame, ctx.pairs, title_slot, title, g.title_max, g.title_min, color, anchor=Anchor.MIDDLE
    )
    lh = frame.measure.heading.line_height_pt(size, LINE_SPACING)
    if n * lh > title_slot.h / EMU_PER_PT + 1e-6:  # the template's title box is too small:
        tall = replace(title_slot, h=Length(frame.height - title_slot.y))  # it grows downwards
        _, size, n = cover_title(frame, ctx.pairs, tall, title, g.title_max, g.title_min, color)
        need = Pt(n * frame.measure.heading.line_height_pt(size, LINE_SPACING) + frame.text_pad_pt)
        grown = replace(title_slot, h=Length(min(int(need), frame.height - title_slot.y)))
        tb, _, _ = cover_title(
            frame, ctx.pairs, grown, title, g.title_max, g.title_min, color, anchor=Anchor.MIDDLE
        )
        if sbox is not None and sbox.y < grown.bottom < sbox.bottom:  # the subtitle moves down
            sbox = Box(sbox.x, Length(grown.bottom), sbox.w, Length(sbox.bottom - grown.bottom))
    els = [tb]
    # (text, in bold capitals): the part's name first, then the subtitle's lines
    sub = [(x, k == 0 and bool(over)) for k, x in enumerate((over.upper(), *lines)) if x]
    if sub and sbox is not None:
        m, w = frame.drawn(kind, "subtitle", frame.measure.body), sbox.w / EMU_PER_PT
        ms = {False: m, True: frame.measure.bold}
        size = min(
            fit_single(x, ms[b], w, 1e6, g.subtitle_max, g.subtitle_min, g.subtitle_lines)[0]
            for x, b in sub
        )
        gaps = sum(1 for k, (_, b) in enumerate(sub) if k and sub[k - 1][1])
        room = sbox.h / EMU_PER_PT - frame.text_pad_pt  # all the lines in the template's box
        for s in sizes(size, g.subtitle_min):
            size = s
            wrapped = sum(len(ms[b].wrap(x, s, w, safety=SAFETY)) for x, b in sub)
            if wrapped * m.line_height_pt(s, LINE_SPACING) + gaps * s * OVER_SPACE <= room + 1e-6:
                break
        # each line broken between phrases, as a subtitle deckmaker composes is (``fitted``'s
        # ``phrased``), in as many lines: not left to LibreOffice's greedy wrap (h33h: coreoz's
        # section 7, "… nỗ lực của Đảng, / Nhà nước", 55 "… các sự kiện lớn / năm 2024")
        paras = tuple(
            Para(
                (Run(phrase_set(x, ms[b], size, w), bold=b),),
                size,
                line_spacing=LINE_SPACING,
                space_before_pt=size * OVER_SPACE if k and sub[k - 1][1] else 0.0,
            )
            for k, (x, b) in enumerate(sub)
        )
        lh = m.line_height_pt(size, LINE_SPACING)
        heights = [len(ms[b].wrap(x, size, w, safety=SAFETY)) * lh for x, b in sub]
        title_h = n * frame.measure.heading.line_height_pt(tb.paras[0].size_pt, LINE_SPACING)
        marks = frame.marks.get(kind, ())
        stacked = _title_first(
            frame, title_slot, sbox, tb, title_h, paras, heights, bool(over), marks
        )
        color = sub_color or c.text
        if stacked is not None:
            moved, around = stacked
            return SlidePlan(kind, title, (moved, *around(color)), c.background, notes, source)
        els.append(TextBox(sbox, paras, frame.fonts.body, color, "Subtitle", "subtitle"))
    return SlidePlan(kind, title, tuple(els), c.background, notes, source)


LOW_TOLERANCE = Pt(4)
"""A template's subtitle box ending no lower than this under its title box's top sits above
the title (Office's own "Section Header": its text box over its title)."""
TITLE_GAP = 0.5
"""Between a restacked cover's title and the subtitle under it (``_title_first``), in
multiples of the subtitle's size."""


def _title_first(
    frame: Frame,
    title_slot: Box,
    sbox: Box,
    tb: TextBox,
    title_h: float,
    paras: tuple[Para, ...],
    heights: Sequence[float],
    over: bool,
    marks: Sequence[Box] = (),
) -> tuple[TextBox, Callable[[str], tuple[TextBox, ...]]] | None:
    """A cover whose template draws its subtitle box above its title box (Office's "Section
    Header", coreoz's "Titre de section") restacked as a designer reads it, in the room the two
    boxes span: the part's name (``over``) over the title as its kicker, the title, then the
    subtitle under it (h39e: coreoz 7, 12, 29, 51, 55 read the subtitle before the title).
    The title moved, and the text boxes around it in a colour. None when the subtitle box is
    not above the title, there is no subtitle under the part's name, the stack does not fit
    the boxes' room or would lie on one of ``marks`` (a logo the template draws there).
    ``title_h`` and ``heights`` (each paragraph's) are in points."""
    if sbox.bottom > title_slot.y + LOW_TOLERANCE or len(paras) <= int(over):
        return None
    pad = frame.text_pad_pt
    kicker, rest = paras[: int(over)], paras[int(over) :]
    kick_h = heights[0] + pad if over else 0.0
    gap_over = kicker[0].size_pt * OVER_SPACE if kicker else 0.0
    title_h += pad
    rest_h = sum(heights[int(over) :]) + pad
    gap = rest[0].size_pt * TITLE_GAP
    top, bottom = int(sbox.y), int(max(title_slot.bottom, tb.box.bottom))
    if Pt(kick_h + gap_over + title_h + gap + rest_h) > bottom - top:
        return None
    y = top + int(Pt(kick_h + gap_over))
    moved = replace(
        tb, box=Box(tb.box.x, Length(y), tb.box.w, Length(int(Pt(title_h)))), anchor=Anchor.TOP
    )
    under = y + int(Pt(title_h + gap))
    first = replace(rest[0], space_before_pt=0.0)

    sub_box = Box(sbox.x, Length(under), sbox.w, Length(min(int(Pt(rest_h)), bottom - under)))
    kick_box = Box(sbox.x, Length(top), sbox.w, Length(int(Pt(kick_h))))
    boxes = (moved.box, sub_box, *((kick_box,) if kicker else ()))
    # the template's small shapes (a logo under the title's end) stay clear, as they were
    if any(b.overlaps(k) for b in boxes for k in marks):
        return None

    def around(color: str) -> tuple[TextBox, ...]:
        sub = TextBox(sub_box, (first, *rest[1:]), frame.fonts.body, color, "Subtitle", "subtitle")
        if not kicker:
            return (sub,)
        return (TextBox(kick_box, kicker, frame.fonts.body, color, "Part", "body"), sub)

    return moved, around


OVER_SPACE = 0.6
"""Above a template section's subtitle under its part's name (``template_cover``'s ``over``),
in multiples of their size: coreoz's "Nội dung tuyên truyền" over "Khẳng định sự sáng suốt…"
read as one paragraph, set alike and touching."""
ONE_LINE = 0.9
"""A composed cover's line is set on one line down to this share of the size at which it takes
two (as ``kinds.closing.ONE_LINE``)."""
COVER_GAP = 0.6
"""Between the composed cover's blocks (agency, title, subtitle, the lines at the bottom), in
multiples of the subtitle's size."""


def composed_cover(
    kind: str,
    title: str,
    top: str,
    under: Sequence[str],
    bottom: Sequence[tuple[str, str]],
    notes: str,
    source: str,
    frame: Frame,
    ctx: PlanContext,
) -> SlidePlan | None:
    """A title or closing slide on the template's own layout composed as the genre has it,
    inside the template's free area (``free_area``), centred across it: ``top`` (the agency,
    in capitals) at its top with an accent rule under it, the title in the template's title
    placeholder and ``under`` (the subtitle, in its subtitle placeholder) in the middle, and
    ``bottom`` (text and shape name: the presenter, "Hưng Yên, tháng 01 năm 2024") at its
    bottom. A closing (no
    ``top``) sets its title, ``under`` (the agency) and ``bottom`` as one block centred in the
    area. None when the template has no layout with a title for ``kind``."""
    area = frame.cover_area(kind)
    ink = frame.cover_inks.get(kind)
    if area is None or ink is None:
        return None
    g, c, t = frame.cover, frame.colors, frame.title
    sub_size, org_size, foot_size = t.line_sizes
    heading = frame.drawn(kind, "title", frame.measure.heading)
    if heading is not frame.measure.heading:  # the template draws it in capitals
        frame = replace(frame, measure=replace(frame.measure, heading=heading))
    m = frame.measure.body
    x, w = area.x, area.w

    marks = [k for k in frame.marks.get(kind, ()) if k.overlaps(area)]
    """The template's small shapes (a logo) inside the area, which the blocks keep clear of."""

    def block(
        text: str,
        size: float,
        name: str,
        role: str,
        color: str,
        bold: bool = False,
        inset: int = 0,
    ) -> TextBox:
        """``text`` centred across the area in up to two lines, as tall as its lines: on one
        line down to ``ONE_LINE`` of the size at which it takes two (an agency's name is not
        broken when it fits whole a little smaller), else in balanced lines broken where a
        reader would ("… Khối / Cơ quan - Doanh nghiệp tỉnh Hưng Yên"); ``inset`` in from
        both sides (past a logo at one side)."""
        tm = frame.measure.bold if bold else m
        x, w = Length(area.x + inset), Length(area.w - 2 * inset)
        floor = frame.line_floor(role)

        def fit(most: float, least: float, lines: int) -> tuple[TextBox, float, int]:
            return fitted(
                frame, Box(x, area.y, w, Pt(most * t.line_room)), text, most, least, tm,
                max_lines=lines, phrased=True, align=Align.CENTER, name=name, role=role,
                color=color, bold=bold,
            )  # fmt: skip

        tb, s, n = fit(size, max(floor, size * t.line_shrink), t.line_max_lines)
        if n > 1:
            least = max(floor, s * ONE_LINE)
            one, at, k = fit(s, least, 1)
            if k == 1 and at >= least and tm.width_pt(text, at) <= w / EMU_PER_PT * (1 - SAFETY):
                tb, s, n = one, at, 1
        pairs = ctx.pairs
        named = tb
        if n > 1 and name == "Organization" and top:  # the agency's name between its units
            # in one more line if need be, rather than a unit broken ('KHỐI CƠ / QUAN')
            named = unit_lines(tb, top, tm, s, max(floor, s * ONE_LINE), n + 1)
        if named is not tb:
            tb, s = named, named.paras[0].size_pt
            n = named.paras[0].runs[0].text.count("\n") + 1
        elif n > 1 and not bold and (lines := nice_lines(text, tm, s, w / EMU_PER_PT, n, pairs)):
            para = tb.paras[0]
            run = replace(para.runs[0], text="\n".join(lines))
            tb = replace(tb, paras=(replace(para, runs=(run,)),))
        h = Pt(tm.line_height_pt(s, LINE_SPACING) * n + frame.text_pad_pt)
        return replace(tb, box=replace(tb.box, h=h))

    gap = Pt(sub_size * COVER_GAP)
    clear = int(t.line_gap)  # between a block and a mark
    els: list[Element] = []
    y = int(area.y)
    head = frame.slot("content", "title")
    x0, x1 = int(x), int(x + w)
    if top:
        org = block(top.upper(), org_size, "Organization", "body", color=ink.top, bold=True)
        row = max(int(head.bottom) - y, int(org.box.h)) if head is not None else 0
        on_band = ink.band and head is not None
        if on_band:  # centred in the template's band, past its logos at its sides
            oy = y + (row - org.box.h) // 2
            band_y, inset = _clear_of(marks, x0, x1, oy, int(org.box.h), clear, down=True)
            on_band = band_y == oy
        if on_band:
            if inset:
                org = block(top.upper(), org_size, "Organization", "body", ink.top, True, inset)
            els.append(replace(org, box=replace(org.box, y=Length(oy))))
            y += row + gap
        else:  # with its rule, past the template's logos at its sides, else under them
            color = ink.top
            if ink.band:  # a logo in the band's row: under it, on the rest of the area
                color = ink.top_rest or ink.text
                org = block(top.upper(), org_size, "Organization", "body", color, True)
            unit = int(org.box.h + t.line_gap + t.rule.h)
            y, inset = _clear_of(marks, x0, x1, y, unit, clear, down=True)
            if inset:
                org = block(top.upper(), org_size, "Organization", "body", color, True, inset)
            els.append(replace(org, box=replace(org.box, y=Length(y))))
            y += org.box.h + t.line_gap
            rule_x = Length(x + (w - t.rule.w) // 2)
            rule = Box(rule_x, Length(y), t.rule.w, t.rule.h)
            els.append(ShapeBox(rule, c.accent, "Organization Rule"))
            y += t.rule.h + gap
    lows = [block(s, foot_size, name, "body", color=ink.text) for s, name in bottom if s]
    low_h = sum(b.box.h for b in lows)
    low_top = int(area.bottom) - low_h
    if top and lows:  # at the area's bottom, past the logos at their sides, else above them
        low_top, inset = _clear_of(marks, x0, x1, low_top, low_h, clear, down=False)
        if inset:
            lows = [
                block(s, foot_size, name, "body", color=ink.text, inset=inset)
                for s, name in bottom
                if s
            ]
            low_h = sum(b.box.h for b in lows)
            low_top = int(area.bottom) - low_h
    # a cover keeps its bottom lines at the area's bottom; a closing centres them with the rest
    end = low_top - gap if top and lows else int(area.bottom)
    # the title and what follows it inset past the logos at the sides of their room that
    # they reach (as far as a quarter of its width), kept off the rows of the others
    beside = [k for k in marks if k.y < end and k.bottom > y]
    insets = {id(k): side_clear(k, x0, x1, clear) for k in beside}
    side = [k for k in beside if 0 < insets[id(k)] <= (x1 - x0) // 4]
    rows = [
        *ink.clear,
        *((int(k.y) - clear, int(k.bottom) + clear) for k in marks if k not in side),
    ]

    start = y  # the room's top (``y`` moves on)

    def middle_at(inset: int) -> tuple[list[Element], int]:
        """The title, the subtitle (a closing's bottom lines too) ``inset`` from both sides,
        centred in their room (off ``rows``); where the last ends."""
        subs = [
            block(s, sub_size, "Subtitle", "subtitle", ink.text, inset=inset) for s in under if s
        ]
        below = [] if top else [
            block(s, foot_size, name, "body", color=ink.text, inset=inset)
            for s, name in bottom
            if s
        ]  # fmt: skip
        below_h = sum(b.box.h for b in below)
        sub_h = sum(b.box.h for b in subs) + (gap if subs else 0)
        middle = sub_h + (below_h + (gap if below else 0))
        room = Length(end - start)
        tx, tw = Length(x + inset), Length(w - 2 * inset)
        tb, size, n = cover_title(
            frame, ctx.pairs, Box(tx, Length(start), tw, Length(max(room - middle, 0))), title,
            g.title_max, g.title_min, ink.title, max_lines=3, align=Align.CENTER,
            anchor=Anchor.MIDDLE,
        )  # fmt: skip
        title_h = Pt(
            frame.measure.heading.line_height_pt(size, LINE_SPACING) * n + frame.text_pad_pt
        )
        # off a row the template draws in what the inks do not read on (Pencil's stroke) and
        # off its logos: the title and what follows it move together, within the room they
        # were centred in
        at = _off(
            rows, start + max((room - title_h - middle) // 2, 0), title_h + middle, start, end
        )
        out: list[Element] = [replace(tb, box=replace(tb.box, y=Length(at), h=Length(title_h)))]
        at += title_h + (gap if subs else 0)
        for b in subs:
            out.append(replace(b, box=replace(b.box, y=Length(at))))
            at += b.box.h
        at += gap if below else 0
        for b in below:
            out.append(replace(b, box=replace(b.box, y=Length(at))))
            at += b.box.h
        return out, at

    mid, y = middle_at(0)
    lo, hi = min(int(e.box.y) for e in mid), max(int(e.box.bottom) for e in mid)
    reached = [insets[id(k)] for k in side if k.y < hi + clear and k.bottom + clear > lo]
    if reached:
        mid, y = middle_at(max(reached))
    els += mid
    if top and lows and y > low_top:
        return None  # the bottom lines would run over the subtitle: the area is too small
    if top:
        y = low_top
        for b in lows:
            els.append(replace(b, box=replace(b.box, y=Length(y))))
            y += b.box.h
    return SlidePlan(kind, title, tuple(els), c.background, notes, source)


def side_clear(mark: Box, x0: int, x1: int, gap: int) -> int:
    """How far in from both sides a line centred between ``x0`` and ``x1`` keeps ``gap`` clear
    of ``mark`` at one side; 0 for a mark across the middle (the line cannot be inset past it)."""
    mid = (x0 + x1) // 2
    if mark.right <= mid:
        return max(int(mark.right) + gap - x0, 0)
    if mark.x >= mid:
        return max(x1 - (int(mark.x) - gap), 0)
    return 0


def _clear_of(
    marks: Sequence[Box], x0: int, x1: int, top: int, h: int, gap: int, down: bool
) -> tuple[int, int]:
    """The top and inset of a block of centred lines ``h`` tall at ``top`` across ``x0``-``x1``
    kept ``gap`` clear of the template's ``marks``: as it is when none lies in its rows; inset
    from both sides past those at its sides (a quarter of its width at most); else moved under
    them (``down``) or above them, until none lies in its rows."""
    for _ in range(len(marks) + 1):
        hits = [k for k in marks if k.y < top + h + gap and k.bottom + gap > top]
        if not hits:
            return top, 0
        sides = [side_clear(k, x0, x1, gap) for k in hits]
        if all(sides) and max(sides) <= (x1 - x0) // 4:
            return top, max(sides)
        top = (
            max(int(k.bottom) for k in hits) + gap
            if down
            else min(int(k.y) for k in hits) - gap - h
        )
    return top, 0


def _off(clear: Sequence[tuple[int, int]], top: int, h: int, lo: int, hi: int) -> int:
    """The top nearest ``top`` of a block ``h`` tall, between ``lo`` and ``hi``, that overlaps
    none of the rows ``clear``; ``top`` when it overlaps none already or no such top exists."""

    def hits(t: int) -> bool:
        return any(a < t + h and t < b for a, b in clear)

    if not hits(top):
        return top
    tops = [t for a, b in clear for t in (b, a - h) if lo <= t <= hi - h and not hits(t)]
    return min(tops, key=lambda t: (abs(t - top), t), default=top)
