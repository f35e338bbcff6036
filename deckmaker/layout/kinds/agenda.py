"""The agenda ("Nội dung"): after the title slide, the deck's parts, each with the number its
section slide shows ("I", "II.1") in the accent colour, the titles in a column after them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...outline.model import Text
from ...theme.model import readable_tone
from ...units import EMU_PER_PT, Length, Pt
from ..context import PlanContext
from ..fit import LINE_SPACING, SAFETY, indents
from ..fit import sizes as fit_sizes
from ..frame import Frame
from ..measure import TextMeasurer
from ..model import Box, Para, Planned, Run, SlidePlan, TextBox
from ..nobreak import bind_compounds, no_widow
from ..page import body_box, chrome, header
from .section import NumberedSection, part_heading, split_label

PATH = "deck.agenda"
"""Where the agenda slide comes from in the outline (reports, ``update``'s matching)."""
LINES = 2
"""The most lines one part's title may take."""
GAP = (0.5, 1.2)
"""The space between two parts, as a share of the text size: the least, and the most it
grows to while the list is short of ``FILL`` of its room (a list of three parts is spread
over the slide, not huddled at its top)."""
FILL = 0.75
NUMBER_GAP = 0.6
"""Between the widest number and the titles' column, as a share of the text size."""


@dataclass(frozen=True)
class AgendaSpec:
    """The agenda slide: its title (None: the deck language's word) and the sections."""

    sections: tuple[NumberedSection, ...]
    title: Text | None = None


def number(sec: NumberedSection, ctx: PlanContext) -> str:
    """The number a section's slide shows large ("II.1" of "Phần II.1", "2" of the default
    "Phần 2"); "" for a label without one ("Chuyên đề", or none at all)."""
    label = sec.section.label
    text = ctx.text(label) if label is not None else f"{ctx.words['part']} {sec.number}"
    parts = split_label(text) if text else None
    return parts[1] if parts is not None else ""


@dataclass(frozen=True)
class Entry:
    """One line of the agenda: a section, or the part above sections (``part``), with its
    number ("II", "II.1", or "") and its level (1: a section under a part, indented)."""

    number: str
    title: str
    level: int = 0
    part: bool = False


def entries(sections: Sequence[NumberedSection], ctx: PlanContext) -> list[Entry]:
    """The agenda's lines: each section, and before the first section of a part (``part:``)
    the part's own line, its sections indented under it."""
    out: list[Entry] = []
    last = ""
    i = 0
    while i < len(sections):
        sec = sections[i].section
        name = ctx.text(sec.part).strip() if sec.part is not None else ""
        if not name:
            out.append(Entry(number(sections[i], ctx), ctx.text(sec.title).strip()))
            last, i = "", i + 1
            continue
        group = [sections[i]]
        while i + len(group) < len(sections):
            nxt = sections[i + len(group)].section.part
            if nxt is None or ctx.text(nxt).strip() != name:
                break
            group.append(sections[i + len(group)])
        numbers = [number(g, ctx) for g in group]
        if name != last:
            out.append(Entry(*part_heading(name, numbers), part=True))
        out.extend(
            Entry(n, ctx.text(g.section.title).strip(), level=1)
            for n, g in zip(numbers, group, strict=True)
        )
        last, i = name, i + len(group)
    return out


def _own_title(spec: AgendaSpec, ctx: PlanContext) -> str:
    """The deck language's word for the agenda, or its longer form when a section is called
    by that word (a plan's part "Nội dung": two slides titled alike, which the doctor flags)."""
    word = ctx.words["agenda"]
    named = {ctx.text(s.section.title).strip().casefold() for s in spec.sections}
    return ctx.words["agenda_alt"] if word.casefold() in named else word


def plan(spec: AgendaSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title) if spec.title is not None else _own_title(spec, ctx)
    items = entries(spec.sections, ctx)
    head, top = header(title, frame, ctx)
    body = body_box(frame, top)
    els = [*head, *_columns(frame, items, body), *chrome(frame)]
    lines = [
        ("    " if e.level else "") + (f"{e.number}. {e.title}" if e.number else e.title)
        for e in items
    ]
    tops = sum(1 for e in items if not e.level)
    notes = "\n".join([ctx.words["agenda_notes"].format(n=tops), *lines])
    return Planned((SlidePlan("agenda", title, tuple(els), frame.colors.background, notes, PATH),))


def _split(items: list[Entry]) -> int:
    """Where a list in two columns breaks: at the half (the first column taking the odd
    entry), moved to the nearest start of a part or of a section outside one, so a part's
    sections stay under it."""
    half = (len(items) + 1) // 2
    starts = [i for i, e in enumerate(items) if e.level == 0 and 0 < i < len(items)]
    if not starts or half >= len(items) or items[half].level == 0:
        return half
    return min(starts, key=lambda i: (abs(i - half), i))


def _columns(frame: Frame, items: list[Entry], body: Box) -> list[TextBox]:
    """The list in one column at the largest size that fits, else in two (the first taking
    the odd part), else in one at the theme's smallest size."""
    one = _fit(frame, items, body)
    if one is not None:
        return [_box(frame, body, *one)]
    half = _split(items)
    gap = Pt(frame.sizes.body)
    w = Length((body.w - gap) // 2)
    left, right = Box(body.x, body.y, w, body.h), Box(Length(body.right - w), body.y, w, body.h)
    a = _fit(frame, items[:half], left)
    b = _fit(frame, items[half:], right)
    if a is not None and b is not None:
        size = min(a[0], b[0])  # both columns at one size
        a = _fit(frame, items[:half], left, size)
        b = _fit(frame, items[half:], right, size)
        if a is not None and b is not None:
            return [_box(frame, left, *a), _box(frame, right, *b, name="Body 2")]
    alone = _fit(frame, items, body, force=True)
    assert alone is not None  # forced: at the smallest size
    return [_box(frame, body, *alone)]


SUB_GAP = 0.4
"""The space before a part's section (after the part's line or another of its sections), as a
share of the space between parts: a part's sections hold together under it."""


def _fit(
    frame: Frame,
    items: Sequence[Entry],
    box: Box,
    top: float | None = None,
    force: bool = False,
) -> tuple[float, tuple[Para, ...]] | None:
    """(size, paragraphs) of the list at the largest size from the theme's fill size (or
    ``top``) down to its smallest at which every title takes at most ``LINES`` lines and the
    list fits ``box``; None when none does (with ``force``: at the smallest size)."""
    s, m, bold = frame.sizes, frame.measure.body, frame.measure.bold
    texts = [bind_compounds(no_widow(e.title)) for e in items]
    strong = _strong(items)
    steps = fit_sizes(top if top is not None else s.body_fill, s.body_min)
    room = box.h / EMU_PER_PT - frame.text_pad_pt
    # the numbers are text: the accent in the nearest tone that reads (4.5:1, as a quote's marks)
    accent = readable_tone(frame.colors.accent, (frame.colors.background,))
    # the share of a full gap before each entry after the first
    weights = [SUB_GAP if e.level else 1.0 for e in items]
    weights[0] = 0.0
    shares = sum(weights)
    for size in steps:
        tops = [e.number for e in items if not e.level]
        subs = [e.number for e in items if e.level]
        if any(e.number for e in items):
            col = _column(bold, tops, size)
            sub = _column(bold, subs, size)
            margins = [(Length(col + sub), sub) if e.level else (col, col) for e in items]
        else:
            mar, hang = indents(1, size)
            step = Length(hang)
            margins = [(Length(mar + step), hang) if e.level else (mar, hang) for e in items]
        # a part with no number of its own is a heading: from the list's left edge, no bullet
        margins = [
            (Length(0), Length(0)) if e.part and not e.number else mh
            for e, mh in zip(items, margins, strict=True)
        ]
        font = [bold if heavy else m for heavy in strong]
        lines = [
            len(f.wrap(t, size, (box.w - mar) / EMU_PER_PT, SAFETY))
            for f, t, (mar, _) in zip(font, texts, margins, strict=True)
        ]
        lh = m.line_height_pt(size, LINE_SPACING)
        used = sum(lines) * lh
        least, most = (size * g for g in GAP)
        if (max(lines) > LINES or used + least * shares > room) and not (
            force and size == steps[-1]
        ):
            continue
        gap = max(least, min(most, (room * FILL - used) / max(shares, 1.0)))
        if used + gap * shares > room:
            gap = least
        return size, tuple(
            _para(e, t, size, mar, hang, gap * w, accent, heavy)
            for e, t, (mar, hang), w, heavy in zip(
                items, texts, margins, weights, strong, strict=True
            )
        )
    return None


def _strong(items: Sequence[Entry]) -> list[bool]:
    """Which titles are bold: a part with no number (a heading from the list's left edge),
    and a numbered part's only when every numbered line of the top level is a part: the lines
    of one level have one weight (R13: "II Nội dung tuyên truyền" bold between a regular "I"
    and "III", sections of no part; the indent already shows the sections under it)."""
    top = [e for e in items if not e.level and e.number]
    parts = bool(top) and all(e.part for e in top)
    return [e.part and (not e.number or parts) for e in items]


def _column(bold: TextMeasurer, numbers: Sequence[str], size: float) -> Length:
    """The width of a column of ``numbers`` and the gap after the widest; none without any."""
    if not any(numbers):
        return Length(0)
    col = max(bold.width_pt(n, size) for n in numbers) * (1 + SAFETY) + size * NUMBER_GAP
    return Length(round(col * EMU_PER_PT))


def _para(
    e: Entry,
    text: str,
    size: float,
    mar: Length,
    hang: Length,
    before: float,
    accent: str,
    heavy: bool,
) -> Para:
    """One line: its number bold in the accent colour, hanging before the title's lines (a tab
    takes the title to the hanging indent); a bullet when it has no number. A part's title is
    bold with ``heavy`` (``_strong``); a part with no number is a heading (no bullet, from the
    list's left edge)."""
    num = e.number
    if not num:
        runs: tuple[Run, ...] = (Run(text, bold=heavy),)
        bullet: str | None = None if e.part else "•"
    else:
        runs = (Run(num, bold=True, color=accent), Run("\t" + text, bold=heavy))
        bullet = None
    return Para(
        runs,
        size,
        level=1,
        bullet=bullet,
        bullet_color=accent if bullet else None,
        indent=mar,
        hanging=hang,
        space_before_pt=before,
        line_spacing=LINE_SPACING,
    )


def _box(
    frame: Frame, box: Box, size: float, paras: tuple[Para, ...], name: str = "Body"
) -> TextBox:
    del size
    return TextBox(box, paras, frame.fonts.body, frame.colors.text, name)
