"""The title slide as the genre has it: the agency's name on top in capitals, the title in the
middle on a coloured band, the presenter and "Hưng Yên, tháng 01 năm 2024" at the bottom."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...outline.model import DeckInfo
from ...units import EMU_PER_PT, Length, Pt
from ..context import PlanContext
from ..cover import composed_cover
from ..frame import Frame
from ..model import Align, Anchor, Box, Element, Planned, ShapeBox, SlidePlan
from ..nobreak import bind_compounds
from ..page import logo, unit_lines
from ..text import cover_title, fitted

SUBTITLE_GAP = 1.5
"""The gap between the band and the subtitle, in multiples of the subtitle's size: it reads
as the title's, not pressed against the band's rule."""


def date_text(info: DeckInfo, lang: str) -> str:
    """The deck's date as a presenter would say it: "ngày 05/03/2024", "05 March 2024"."""
    d = info.date
    if d is None:
        return ""
    if lang == "vi":
        return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
    return d.strftime("%d %B %Y")


def place_date(info: DeckInfo, place: str, lang: str) -> str:
    """The title slide's last line, by the genre's convention: "Hưng Yên, tháng 01 năm 2024"
    ("Tháng 01 năm 2024" without a place; "Hung Yen, January 2024" in English)."""
    d = info.date
    if d is None:
        return place
    when = f"tháng {d.month:02d} năm {d.year}" if lang == "vi" else d.strftime("%B %Y")
    if place:
        return f"{place}, {when}"
    return when[:1].upper() + when[1:]


def plan(spec: DeckInfo, frame: Frame, ctx: PlanContext) -> Planned:
    """The agency's name on top in capitals, the title in the middle on the theme's band with
    its subtitle under it, the presenter and "place, month year" at the bottom."""
    title = ctx.text(spec.title)
    org = ctx.body(spec.organization)
    bottom = place_date(spec, ctx.text(spec.place), ctx.lang)
    presenter = ctx.text(spec.presenter)
    lines = [
        bind_compounds(ctx.body(spec.subtitle)),
        org,
        " · ".join(x for x in (presenter, bottom) if x),
    ]
    notes = ctx.plain(spec.notes) if spec.notes else ""
    cover = composed_cover(
        "title", title, org, lines[:1], ((presenter, "Presenter"), (bottom, "Date")), notes,
        "deck", frame, ctx,
    )  # fmt: skip
    if cover is not None:
        return Planned((cover,))
    g, c, m = frame.title, frame.colors, frame.margin
    w = Length(frame.width - 2 * m)
    measure = frame.measure.body
    sub_size, org_size, foot_size = g.line_sizes
    els: list[Element] = []

    mark = logo(frame, frame.width - m, g.org_top, g.logo_h)
    # the agency's name stays centred and clear of the logo at its right
    side = mark[0].box.w + g.line_gap if mark else 0
    # and of the template's own logos beside it (``Frame.marks``, with or without a backing panel)
    marks = frame.marks.get("title", ())
    org_h = Pt(org_size * g.line_room)
    for k in marks:
        if k.y < g.org_top + org_h and k.bottom > g.org_top:
            inset = _side_clear(k, frame, m, g.line_gap)
            if inset <= w // 4:  # past a logo at its side; a wide shape (Focus's coloured
                side = max(side, inset)  # shards) leaves the name its width, on the panel

    def line(
        text: str,
        y: int,
        size: float,
        color: str,
        name: str,
        role: str = "body",
        inset: int = 0,
        unit_name: str = "",
        **kw: Any,
    ) -> int:
        """A centred line (up to two) at ``y``, ``inset`` in from both sides; its height.
        ``unit_name``: the agency's name the line draws in capitals, in two lines broken
        between its units (``page.unit_lines``)."""
        least = max(frame.line_floor(role), size * g.line_shrink)
        box, s, n = fitted(
            frame,
            Box(Length(m + inset), Length(y), Length(w - 2 * inset), Pt(size * g.line_room)),
            text,
            size,
            least,
            frame.measure.bold if kw.get("bold") else measure,
            max_lines=g.line_max_lines,
            color=color,
            name=name,
            role=role,
            align=Align.CENTER,
            **kw,
        )
        if unit_name and n > 1:  # in two lines between the name's units
            bm = frame.measure.bold if kw.get("bold") else measure
            named = unit_lines(box, unit_name, bm, s, least, n)
            if named is not box:
                box, s = named, named.paras[0].size_pt
                n = named.paras[0].runs[0].text.count("\n") + 1
        h = Pt(measure.line_height_pt(s) * n + frame.text_pad_pt)
        els.append(replace(box, box=replace(box.box, h=h)))
        return h

    # top: the agency, in capitals
    y: int = g.org_top
    if org:
        y += line(
            org.upper(), y, org_size, c.primary, "Organization", inset=side,
            unit_name=org,  # in lines broken between its units, not where the wrap falls
            bold=True,
        )  # fmt: skip
        # the rule under the agency's name: none without a name, where it would float alone
        els.append(
            ShapeBox(
                Box(
                    Length((frame.width - g.rule.w) // 2),
                    Length(y + g.line_gap),
                    g.rule.w,
                    g.rule.h,
                ),
                c.accent,
                "Organization Rule",
            )
        )
    # middle: the title on the band, the subtitle under it, a line's height clear of the band's
    # rule; the band and subtitle together centred between the agency's rule and the bottom
    # lines when that raises the band (a band at its share left the gap above it twice the
    # one under the subtitle), never lower than its share
    band_h = Length(round(frame.height * g.band_share))
    sub_gap = max(g.lines_gap, Pt(sub_size * SUBTITLE_GAP))
    foot = [t for t in (presenter, bottom) if t]
    foot_top = int(frame.height - g.foot_bottom - Pt(foot_size * g.line_room) * (len(foot) - 1))
    # the room the band and its subtitle are centred in: from under the agency's rule (the
    # top margin without an agency) to the bottom lines (the top margin's mirror without any)
    room_end = foot_top if foot else int(frame.height - g.org_top)
    sub_h = 0
    if lines[0]:
        n = min(g.line_max_lines, len(measure.wrap(lines[0], sub_size, w / EMU_PER_PT)))
        sub_h = sub_gap + Pt(measure.line_height_pt(sub_size) * n + frame.text_pad_pt)
    above = y + g.line_gap + g.rule.h if org else int(g.org_top)
    block = band_h + g.band_rule_h + sub_h
    centred = max(above + (room_end - above - block) // 2, above)
    # with bottom lines, never lower than its share (they need the room under the subtitle);
    # without them the slide's lower part is the band's too: centred, it leaves no empty third
    band_top = Length(min(round(frame.height * g.band_top_share), centred) if foot else centred)
    if marks:  # the band, the subtitle and the bottom lines between the template's logos
        # (the subtitle's box as tall as its most lines: its fitting may take them)
        sub_most = sub_gap + Pt(
            measure.line_height_pt(sub_size) * g.line_max_lines + frame.text_pad_pt
        )
        sub_most = sub_most if lines[0] else 0
        band_top, band_h, foot_top = _between_marks(
            marks, frame, band_top, band_h, foot_top, g.band_rule_h + sub_most, len(foot),
            Pt(measure.line_height_pt(foot_size) + frame.text_pad_pt), g.line_gap,
        )  # fmt: skip
    els.append(ShapeBox(Box(Length(0), band_top, frame.width, band_h), c.primary, "Band"))
    tb, _, _ = cover_title(
        frame,
        ctx.pairs,
        Box(m, Length(band_top + g.band_pad), w, Length(band_h - 2 * g.band_pad)),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        align=Align.CENTER,
        anchor=Anchor.MIDDLE,
    )
    els.append(tb)
    els.append(
        ShapeBox(
            Box(Length(0), Length(band_top + band_h), frame.width, g.band_rule_h),
            c.accent,
            "Band Rule",
        )
    )
    if lines[0]:
        line(lines[0], band_top + band_h + sub_gap, sub_size, c.text, "Subtitle", "subtitle")
    # bottom: who presents, then where and when
    y = foot_top
    # legible from the back of the hall: the text colour at a size near the body's
    for t, name in zip(foot, ("Presenter", "Date")[-len(foot) :] if foot else (), strict=True):
        y += line(t, y, foot_size, c.text, name)
    els += mark
    return Planned((SlidePlan("title", title, tuple(els), c.background, notes, "deck"),))


def _side_clear(mark: Box, frame: Frame, margin: int, gap: int) -> int:
    """How far in from both sides a centred line keeps clear of ``mark`` at one side of the
    slide; 0 for a mark across its middle (the line cannot be inset past it)."""
    mid = frame.width // 2
    if mark.right <= mid:
        return max(int(mark.right) + gap - margin, 0)
    if mark.x >= mid:
        return max(frame.width - margin - (int(mark.x) - gap), 0)
    return 0


BAND_LEAST = 0.6
"""The least share of its height the title's band keeps between the template's logos."""


def _between_marks(
    marks: tuple[Box, ...],
    frame: Frame,
    band_top: int,
    band_h: int,
    foot_top: int,
    under_band: int,
    n_foot: int,
    foot_line: int,
    gap: int,
) -> tuple[Length, Length, int]:
    """The band's top and height and the bottom lines' top kept clear of the template's logos
    (``marks``): the band under those in the slide's upper half, the band and what it carries
    (``under_band``: its rule and the subtitle) ending above those in its lower half, the
    ``n_foot`` bottom lines (``foot_line`` each) under those when there is room above the
    slide's lowest marks, else above them. As they were when they do not fit."""
    half = frame.height // 2
    upper = [k for k in marks if k.y + k.h // 2 < half]
    lower = [k for k in marks if k.y + k.h // 2 >= half]
    top = max([band_top, *(int(k.bottom) + gap for k in upper)])
    feet = foot_line * n_foot
    floor = min([frame.height, *(int(k.y) - gap for k in lower)])
    hits = [k for k in lower if k.y < foot_top + feet and k.bottom > foot_top]
    if hits:
        under = max(int(k.bottom) for k in hits) + gap
        below = [int(k.y) - gap for k in lower if k.y >= under]
        if under + feet <= min([frame.height, *below]):
            foot_top = under
        floor = min(int(k.y) for k in hits) - gap
    floor = min(floor, foot_top - gap)
    h = min(band_h, floor - under_band - top)
    if h < BAND_LEAST * band_h:
        return Length(band_top), Length(band_h), foot_top
    return Length(top), Length(h), foot_top
