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
from ..model import Box, Para, Planned, Run, SlidePlan, TextBox
from ..nobreak import bind_compounds, no_widow
from ..page import body_box, chrome, header
from .section import NumberedSection, split_label

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


def plan(spec: AgendaSpec, frame: Frame, ctx: PlanContext) -> Planned:
    title = ctx.text(spec.title) if spec.title is not None else ctx.words["agenda"]
    numbers = [number(s, ctx) for s in spec.sections]
    titles = [ctx.text(s.section.title).strip() for s in spec.sections]
    head, top = header(title, frame, ctx)
    body = body_box(frame, top)
    els = [*head, *_columns(frame, numbers, titles, body), *chrome(frame)]
    lines = [f"{n}. {t}" if n else t for n, t in zip(numbers, titles, strict=True)]
    notes = "\n".join([ctx.words["agenda_notes"].format(n=len(titles)), *lines])
    return Planned((SlidePlan("agenda", title, tuple(els), frame.colors.background, notes, PATH),))


def _columns(frame: Frame, numbers: list[str], titles: list[str], body: Box) -> list[TextBox]:
    """The list in one column at the largest size that fits, else in two (the first taking
    the odd part), else in one at the theme's smallest size."""
    one = _fit(frame, numbers, titles, body)
    if one is not None:
        return [_box(frame, body, *one)]
    half = (len(titles) + 1) // 2
    gap = Pt(frame.sizes.body)
    w = Length((body.w - gap) // 2)
    left, right = Box(body.x, body.y, w, body.h), Box(Length(body.right - w), body.y, w, body.h)
    a = _fit(frame, numbers[:half], titles[:half], left)
    b = _fit(frame, numbers[half:], titles[half:], right)
    if a is not None and b is not None:
        size = min(a[0], b[0])  # both columns at one size
        a = _fit(frame, numbers[:half], titles[:half], left, size)
        b = _fit(frame, numbers[half:], titles[half:], right, size)
        if a is not None and b is not None:
            return [_box(frame, left, *a), _box(frame, right, *b, name="Body 2")]
    alone = _fit(frame, numbers, titles, body, force=True)
    assert alone is not None  # forced: at the smallest size
    return [_box(frame, body, *alone)]


def _fit(
    frame: Frame,
    numbers: Sequence[str],
    titles: Sequence[str],
    box: Box,
    top: float | None = None,
    force: bool = False,
) -> tuple[float, tuple[Para, ...]] | None:
    """(size, paragraphs) of the list at the largest size from the theme's fill size (or
    ``top``) down to its smallest at which every title takes at most ``LINES`` lines and the
    list fits ``box``; None when none does (with ``force``: at the smallest size)."""
    s, m, bold = frame.sizes, frame.measure.body, frame.measure.bold
    texts = [bind_compounds(no_widow(t)) for t in titles]
    steps = fit_sizes(top if top is not None else s.body_fill, s.body_min)
    room = box.h / EMU_PER_PT - frame.text_pad_pt
    # the numbers are text: the accent in the nearest tone that reads (4.5:1, as a quote's marks)
    accent = readable_tone(frame.colors.accent, (frame.colors.background,))
    for size in steps:
        if any(numbers):
            col = max(bold.width_pt(n, size) for n in numbers) * (1 + SAFETY) + size * NUMBER_GAP
            mar = hang = Length(round(col * EMU_PER_PT))
        else:
            mar, hang = indents(1, size)
        avail = (box.w - mar) / EMU_PER_PT
        lines = [len(m.wrap(t, size, avail, SAFETY)) for t in texts]
        lh = m.line_height_pt(size, LINE_SPACING)
        used = sum(lines) * lh
        gaps = max(len(texts) - 1, 1)
        least, most = (size * g for g in GAP)
        if (max(lines) > LINES or used + least * (len(texts) - 1) > room) and not (
            force and size == steps[-1]
        ):
            continue
        gap = max(least, min(most, (room * FILL - used) / gaps))
        if used + gap * (len(texts) - 1) > room:
            gap = least
        return size, tuple(
            _para(n, t, size, mar, hang, gap if i else 0.0, accent)
            for i, (n, t) in enumerate(zip(numbers, texts, strict=True))
        )
    return None


def _para(
    num: str, text: str, size: float, mar: Length, hang: Length, before: float, accent: str
) -> Para:
    """One part: its number bold in the accent colour, hanging before the title's lines (a tab
    takes the title to the hanging indent); a bullet when the sections have no numbers."""
    if not num:
        runs: tuple[Run, ...] = (Run(text),)
        bullet: str | None = "•"
    else:
        runs, bullet = (Run(num, bold=True, color=accent), Run("\t" + text)), None
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
