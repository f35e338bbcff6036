"""A section divider: the section's number large at the left as the slide's anchor, an accent
rule, and the section's title and subtitle beside it, the group centred on the slide.

A label that does not end in a number ("Chuyên đề") keeps the plain layout: the label, a rule
under it, the title and subtitle."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...figures.model import format_figure
from ...kept import kept
from ...outline.model import SectionSpec, SlideSpec
from ...units import EMU_PER_PT, Inches, Length, Pt
from ..context import PlanContext, quiet
from ..cover import template_cover
from ..fit import LINE_SPACING, SAFETY, indents, phrase_set
from ..fit import sizes as fit_sizes
from ..frame import NUMERAL_FONT, SECTION_LOW, Frame
from ..measure import TextMeasurer
from ..model import Align, Box, Element, Para, Planned, Run, ShapeBox, SlidePlan, TextBox
from ..nobreak import bind_compounds, bind_units, no_widow
from ..page import strip_continued
from ..text import cover_title, fitted, text_box

NUMERAL = re.compile(r"^(.*?)\s*((?:\d+|[IVXLCDM]+)(?:[.\-–]\d+[a-z]?)*)\.?$")
"""A label's last word when it is a section number: "2", "II", "II.2", "3.1"."""

ANCHOR_MAX_PT = 200.0
ANCHOR_MIN_PT = 72.0
ANCHOR_SHARE = 0.3
"""The anchor column's widest share of the room between the margins."""
SHARES = (0.3, 0.28, 0.26, 0.24, 0.22, 0.2, 0.18)
"""The anchor column's shares a deck tries (``deck_share``): at the least, the widest number
("II.3") is still more than twice a title's size."""
TITLE_LINES = 2
"""A section title in more lines than this reads as a paragraph (R13: "Thời cơ, thách thức / và
nhiệm vụ, / giải pháp năm 2024", a short line in the middle)."""
COLUMN_GAP = Inches(0.45)
"""Between the anchor and the rule, and between the rule and the title."""


@dataclass(frozen=True)
class NumberedSection:
    """A section and its number in the deck (from 1), for its default label."""

    number: int
    section: SectionSpec


def split_label(label: str) -> tuple[str, str] | None:
    """(the words before the number, the number) of a label ending in one, else None."""
    m = NUMERAL.match(label.strip())
    if m is None:
        return None
    return m.group(1).strip(), m.group(2)


PART_NUMBER = re.compile(r"^(?:(?:Phần|PHẦN|Part|PART)\s+)?(\d+|[IVXLCDM]+)\s*[.:\-–]\s*(\S.*)$")
"""A part written with its number first: "II. Nội dung tuyên truyền", "Phần II: …", "2 - …"."""


def part_heading(text: str, numbers: Sequence[str]) -> tuple[str, str]:
    """(number, title) of a part: the number it is written with ("II. Nội dung tuyên
    truyền"), else the one its sections' numbers start with ("II" of "II.1", "II.2"), else
    none."""
    m = PART_NUMBER.match(text.strip())
    if m is not None:
        return m.group(1), m.group(2).strip()
    heads = {n.split(".")[0] for n in numbers if "." in n}
    if len(heads) == 1 and all("." in n for n in numbers):
        return heads.pop(), text.strip()
    return "", text.strip()


def plan(spec: NumberedSection, frame: Frame, ctx: PlanContext) -> Planned:
    sec = spec.section
    title = ctx.text(sec.title)
    subtitle = bind_compounds(ctx.body(sec.subtitle))
    notes = ctx.plain(sec.notes) if sec.notes else ""
    over = part_title(sec, ctx)
    # on an agency template's own section layout the part heads its subtitle box (``over``)
    part = bind_compounds(over) if over else ""
    size = ctx.section_title_pt  # the deck's one size of its section titles
    if _room_under_title(frame):  # a title at the top of an empty layout: composed under it
        cover = template_cover("section", title, [], notes, sec.path, frame, ctx, size)
        label = (
            ctx.text(sec.label) if sec.label is not None else f"{ctx.words['part']} {spec.number}"
        )
        key = key_figure(sec, ctx)
        listed = contents(sec, ctx) if key is None else ()
        below = _under_title(frame, ctx, label, over, subtitle if sec.subtitle else "", key, listed)
        if cover is not None and below:
            return Planned((replace(cover, elements=(*cover.elements, *below)),))
    cover = template_cover("section", title, [subtitle], notes, sec.path, frame, ctx, size, part)
    above = _room_above(frame, bool(part or subtitle)) if cover is not None else None
    if cover is not None and above is not None:  # a bare section layout, its text low
        label = (
            ctx.text(sec.label) if sec.label is not None else f"{ctx.words['part']} {spec.number}"
        )
        most = _room_above(frame)  # the number as large on a slide with a subtitle or none
        tall = most[1] - most[0] if most is not None else 0
        # over the title the number and its word, which lead to it, and the section's key
        # figure beside them (an anchor, as the number is); not its listed slides, which read
        # before the title they belong under (coreoz 3, 7, 51, 55, 60: "PHẦN II.1 | – Tình hình
        # thế giới …" over "BỐI CẢNH, KHÓ KHĂN, …"); the layout leaves no room under its title
        key = key_figure(sec, ctx)
        over_it = _under_title(frame, ctx, label, "", "", key, (), above, False, tall)
        if over_it:
            return Planned((replace(cover, elements=(*cover.elements, *over_it)),))
    if cover is not None:
        return Planned((cover,))
    uncapped, frame = frame, capped(frame, ctx.section_title_pt)
    label = ctx.text(sec.label) if sec.label is not None else f"{ctx.words['part']} {spec.number}"
    parts = split_label(label) if label else None
    key = key_figure(sec, ctx)
    if parts is not None:
        listed = contents(sec, ctx) if key is None else ()
        els = _anchored_kept(
            uncapped, ctx, parts, title, subtitle if sec.subtitle else "", key, listed, over
        )
    else:
        listed = contents(sec, ctx) if key is None else ()
        els = _plain(frame, ctx, label, title, subtitle if sec.subtitle else "", key, listed, over)
    c = frame.colors
    return Planned((SlidePlan("section", title, tuple(els), c.primary, notes, sec.path),))


EMPTY_SHARE = 0.4
"""A template's section layout with nothing under its title for this share of the slide's height
(a title-only stand-in: do-vang has no section layout) gets deckmaker's own composition there."""


TOP_SHARE = SECTION_LOW
"""A template's section title ending above this share of the slide's height is a title at the
top (a title-only or title-and-text layout), not a cover's title in the middle."""


def _room_under_title(frame: Frame) -> tuple[int, int] | None:
    """(top, bottom) of the room under the title of the template's section layout, when its
    title is at the top (``TOP_SHARE``) and the room is at least ``EMPTY_SHARE`` of the slide:
    a title-only stand-in (do-vang has no section layout) or a title over a text box
    (xanh-so's "Section Header") leaves it empty but for a line or two. None otherwise (a
    cover-like section layout, or no template)."""
    from ..page import chrome_boxes

    title_slot = frame.slot("section", "title")
    if title_slot is None or title_slot.bottom > TOP_SHARE * frame.height:
        return None
    foot, _ = chrome_boxes(frame)
    top = title_slot.bottom + Inches(0.3)
    bottom = min(foot.y, frame.height - frame.body_bottom) - Inches(0.2)
    if bottom - top < EMPTY_SHARE * frame.height:
        return None
    return int(top), int(bottom)


ABOVE_SHARE = 0.3
"""A template's section layout whose title and text sit low, leaving at least this share of the
slide's height empty above them (coreoz's "Titre de section": its text box from 42% of the
height down), gets the section's number and key figure composed in that room (its listed
slides there would read before the title)."""
ABOVE_GAP = Inches(0.2)
"""Between the composition above a low section layout's text and its topmost placeholder."""


def _room_above(frame: Frame, text: bool = True) -> tuple[int, int] | None:
    """(top, bottom) of the room above the placeholders of the template's section layout when
    they sit low (its title below ``TOP_SHARE`` of the height) and leave at least
    ``ABOVE_SHARE`` of the slide empty from the template's own top margin (its content
    title's top) down; None otherwise (a title at the top, a cover-like layout centred on the
    slide, no template). Its text box counts only with ``text`` in it: empty, the room goes
    down to the title (coreoz I and III, no subtitle: the number not left at the top with a
    third of the slide empty under it)."""
    title_slot = frame.slot("section", "title")
    if title_slot is None or title_slot.y <= TOP_SHARE * frame.height:
        return None
    sub = frame.slot("section", "subtitle") if text else None
    boxes = [b for b in (title_slot, sub) if b is not None]
    head = frame.slot("content", "title")
    top = head.y if head is not None else frame.margin
    bottom = min(b.y for b in boxes) - ABOVE_GAP
    if bottom - top < ABOVE_SHARE * frame.height:
        return None
    return int(top), int(bottom)


def _under_title(
    frame: Frame,
    ctx: PlanContext,
    label: str,
    over: str,
    subtitle: str,
    key: tuple[str, str] | None,
    listed: tuple[str, ...],
    span: tuple[int, int] | None = None,
    footer: bool = True,
    tall: int = 0,
) -> list[Element]:
    """On a template's section layout with its title at the top and room under it
    (``_room_under_title``), or in ``span`` (the room above a low layout's text,
    ``_room_above``): the section's number (its
    label's word over it) at the left of an accent rule, the part's title, the subtitle and the
    section's key figure or listed slides at its right, the group centred in that room; in
    colours that read (4.5:1) on the template's background; and the footer (unless not
    ``footer``: the template's own section layout shows none). The number and its word start
    at the title's left edge (the template's placeholder under or over them: coreoz's "II.1"
    right-aligned to the rule began 1.1 in right of its title). ``tall``: the most height the
    number and its word take (0: the room's), the same on every section slide of a deck
    whatever room each has. In ``span`` the group stands at the room's bottom, over the text
    it introduces; under a title, in the room's middle."""
    from ...theme.model import contrast_ratio
    from ..page import chrome

    low = span is not None  # over a low layout's text: the group sits on it (``ABOVE_GAP``)
    span = span or _room_under_title(frame)
    if span is None:
        return []
    top, bottom = span
    title_slot = frame.slot("section", "title")
    assert title_slot is not None
    c = frame.colors
    under = frame.section_backdrop or (c.background,)

    def worst(color: str) -> float:
        return min(contrast_ratio(color, u) for u in under)

    ink = max(
        (c.text, "#000000", "#FFFFFF"), key=lambda x: (worst(x) >= 4.5, x == c.text, worst(x))
    )
    if worst(ink) < 4.5:  # no text colour reads on the layout's artwork there: the title alone
        return []
    strong = c.primary if worst(c.primary) >= 4.5 else ink
    rule_color = c.accent if worst(c.accent) >= 3.0 else strong
    plain = replace(frame, colors=replace(c, on_primary=ink))
    g = frame.section
    x0 = title_slot.x
    room = frame.width - 2 * x0
    parts = split_label(label) if label else None
    word, number = parts if parts is not None else (label, "")
    num_m = frame.measure.numeral or frame.measure.heading
    num_font = NUMERAL_FONT if frame.measure.numeral is not None else frame.fonts.heading
    column = room * ANCHOR_SHARE
    label_h = Pt(g.label_size * g.label_line_h) if word else Length(0)
    size = ANCHOR_MAX_PT
    while size > ANCHOR_MIN_PT and (
        num_m.width_pt(number, size) * (1 + SAFETY) > column / EMU_PER_PT
        or Pt(num_m.line_height_pt(size)) + label_h > min(bottom - top, tall or bottom - top)
    ):
        size -= 4
    num_h = Pt(num_m.line_height_pt(size)) if number else Length(0)
    left_h = label_h + num_h
    rule_x = Length(x0 + round(column) + COLUMN_GAP)
    x = Length(rule_x + g.rule.h + COLUMN_GAP)
    w = Length(frame.width - x0 - x)
    right: list[TextBox] = []
    if over:
        right.append(_over_box(plain, over, x, w))
    if subtitle:
        sb, ss, sn = fitted(
            plain,
            Box(x, Length(0), w, Inches(1.6)),
            subtitle,
            g.subtitle_max,
            g.subtitle_min,
            frame.measure.body,
            max_lines=3,
            phrased=True,
            color=ink,
            name="Subtitle",
            role="caption",
        )
        sub_h = Pt(frame.measure.body.line_height_pt(ss, LINE_SPACING) * sn + frame.text_pad_pt)
        right.append(replace(sb, box=replace(sb.box, h=sub_h)))
    if key is not None:
        kels, _, _ = _key_elements(plain, key, x, 0, w)
        right += [e for e in kels if isinstance(e, TextBox)]
    elif listed:
        box = _contents_box(plain, listed, x, w, g.subtitle_max)
        if box is not None:
            right.append(box)
    right_h = sum(int(e.box.h) for e in right) + int(OVER_GAP) * max(len(right) - 1, 0)
    group_h = min(max(left_h, right_h), bottom - top)
    # under a title, centred in the room; over a low layout's text, at the room's bottom, the
    # number one block with the part's name or the title under it (coreoz I, no subtitle: the
    # number centred 1.7 in over its title read apart from it)
    y0 = Length(bottom - group_h if low else top + (bottom - top - group_h) // 2)
    # a template's logo or mark beside the room's bottom: the group centred, clear of it
    group = Box(x0, y0, Length(frame.width - 2 * x0), Length(group_h))
    if low and any(m.overlaps(group) for m in frame.marks.get("section", ())):
        y0 = Length(top + (bottom - top - group_h) // 2)
    els: list[Element] = []
    left_top = Length(y0 + (group_h - left_h) // 2)
    col_w = Length(rule_x - COLUMN_GAP - x0)
    if word:
        els.append(
            text_box(
                frame,
                Box(x0, left_top, col_w, label_h),
                word.upper(),
                g.label_size,
                color=strong,
                bold=True,
                align=Align.LEFT,
                name="Section Number",
                role="caption",
            )
        )
    if number:
        els.append(
            text_box(
                frame,
                Box(x0, Length(left_top + label_h), col_w, num_h),
                number,
                size,
                font=num_font,
                color=strong,
                bold=True,
                align=Align.LEFT,
                name="Section Anchor",
                role="anchor",
            )
        )
    if right:  # a rule beside nothing reads as a stray line
        els.append(ShapeBox(Box(rule_x, y0, g.rule.h, Length(group_h)), rule_color, "Section Rule"))
    y = Length(y0 + (group_h - right_h) // 2)
    for e in right:
        els.append(replace(e, box=replace(e.box, x=x, y=y, w=w)))
        y = Length(y + e.box.h + OVER_GAP)
    return els + chrome(frame, number=False) if footer else els


def capped(frame: Frame, size: float | None) -> Frame:
    """``frame`` with its section titles set at ``size`` (None: as it is)."""
    g = frame.section
    if size is None:
        return frame
    return replace(frame, section=replace(g, title_max=size, title_min=size))


def deck_title_size(
    sections: Sequence[NumberedSection], frame: Frame, ctx: PlanContext
) -> float | None:
    """The one size of the deck's section titles: the largest every one of them fits at, the
    smallest any takes on its own (default 55 at 37.6 pt among titles at 39.6 read as jitter
    from one section to the next), as a run of big-number panels or tables shares its titles'
    size (``chart_bullets._run_titles``, ``table.run_titles``). Each title is then set at it,
    its lines chosen there: not let shrink further, as a title capped at a smaller size may
    (fewer lines a step smaller, ``fit.shrink_cost``), which would take the deck's titles down
    step by step. None where each keeps its own: one section, every title at one size already,
    or one that would not fit at the others' (then none moves). On an agency template's own
    section layout, the size each title takes in its placeholder (``_template_title_pt``)."""
    if len(sections) < 2:
        return None
    own = frame.slot("section", "title") is not None
    measure = _template_title_pt if own else _title_pt
    with quiet(ctx):
        sizes = [measure(s, frame, ctx) for s in sections]
        if len(set(sizes)) < 2:
            return None
        size = min(sizes)
        shared = replace(ctx, section_title_pt=size)
        if any(measure(s, frame, shared) != size for s in sections):
            return None
    return size


def _title_pt(spec: NumberedSection, frame: Frame, ctx: PlanContext) -> float:
    """The size of ``spec``'s section title on deckmaker's own composition (``title_box``)."""
    return title_box(spec, frame, ctx).paras[0].size_pt


def _template_title_pt(spec: NumberedSection, frame: Frame, ctx: PlanContext) -> float:
    """The size of ``spec``'s section title in the template's own section layout
    (``cover.template_cover``, at ``ctx.section_title_pt`` when set): coreoz's titles took
    31.4 to 41.4 pt, each the largest its placeholder held, one size jumping to the next
    from section to section."""
    cover = template_cover("section", ctx.text(spec.section.title), [], "", "", frame, ctx,
                           ctx.section_title_pt)  # fmt: skip
    assert cover is not None
    title = cover.elements[0]
    assert isinstance(title, TextBox)
    return title.paras[0].size_pt


def deck_share(sections: Sequence[NumberedSection], frame: Frame, ctx: PlanContext) -> float | None:
    """The deck's one share for its section slides' number column: the largest of ``SHARES``
    at which the fewest section titles take more than ``TITLE_LINES`` lines, each at its own
    size (the title column is what the number leaves: "Thời cơ, thách thức và nhiệm vụ, /
    giải pháp năm 2024" in two lines beside a number a little smaller, not three beside a
    larger one, R13). One share for every section slide, so the rule stands at one place on
    each. None where the default is best, or on an agency template's own section layout."""
    if not sections or frame.slot("section", "title") is not None:
        return None
    best: tuple[int, float] | None = None
    with quiet(ctx):
        for share in SHARES:
            trial = replace(ctx, section_share=share, section_title_pt=None)
            over = sum(_lines(title_box(s, frame, trial)) > TITLE_LINES for s in sections)
            if best is None or over < best[0]:
                best = over, share
            if over == 0:
                break
    return None if best is None or best[1] == ANCHOR_SHARE else best[1]


def title_box(spec: NumberedSection, frame: Frame, ctx: PlanContext) -> TextBox:
    """The title of ``spec``'s section slide as ``plan`` sets it on deckmaker's own composition
    (``_anchored`` or ``_plain``: no template's section layout, where ``deck_share`` and
    ``deck_title_size`` ask), its lines and size, the rest of the slide not set: those passes
    read only these, at each share and size they try (a whole section slide, its subtitle, key
    figure and contents, set at each of them cost three times as much)."""
    sec = spec.section
    title = ctx.text(sec.title)
    frame = capped(frame, ctx.section_title_pt)
    label = ctx.text(sec.label) if sec.label is not None else f"{ctx.words['part']} {spec.number}"
    parts = split_label(label) if label else None
    g, c, m = frame.section, frame.colors, frame.margin
    if parts is not None:
        x, w = _columns(frame, ctx, parts).title
        box = Box(x, Length(0), w, g.title_h)
    else:
        box = Box(m, g.title_top, Length(frame.width - 2 * m), g.title_h)
    tb, _, _ = cover_title(
        frame, ctx.pairs, box, title, g.title_max, g.title_min, c.on_primary,
        max_lines=g.title_lines,
    )  # fmt: skip
    return tb


def _lines(title: TextBox) -> int:
    """The lines of a section slide's title (``title_box``), as its text breaks them."""
    text = title.paras[0].text
    return text.count("\n") + text.count("\v") + 1


def part_title(sec: SectionSpec, ctx: PlanContext) -> str:
    """The title of the part the section belongs to (``part:``), its number taken off (the
    section's own number says it: "II.1" under "Nội dung tuyên truyền"); "" for none."""
    if sec.part is None:
        return ""
    text = ctx.text(sec.part).strip()
    return part_heading(text, ())[1] if text else ""


OVER_LINES = 2
"""The most lines a part's title over a section's title may take."""


def _over_box(frame: Frame, text: str, x: int, w: int) -> TextBox:
    """The part's title over the section's title: small capitals in the label's size and
    weight, as the label over the number ("PHẦN" over "II.1"); its box as tall as its lines
    (``y`` 0, placed by the caller)."""
    g, c = frame.section, frame.colors
    tb, size, n = fitted(
        frame,
        Box(Length(x), Length(0), Length(w), Pt(g.label_size * g.label_line_h * OVER_LINES)),
        bind_compounds(no_widow(text.upper())),
        g.label_size,
        min(g.label_size, g.subtitle_min),
        frame.measure.bold,
        max_lines=OVER_LINES,
        color=c.on_primary,
        bold=True,
        name="Section Part",
        role="caption",
    )
    h = Pt(frame.measure.bold.line_height_pt(size, LINE_SPACING) * n + frame.text_pad_pt)
    return replace(tb, box=replace(tb.box, h=h))


OVER_GAP = Pt(6)
"""Between the part's title and the section's title under it."""


KEY_SHARE = 0.9
"""A key figure's largest size as a share of the theme's KPI size."""
KEY_GAP = Inches(0.3)
"""Between the title (or subtitle) and the key figure under it."""


def key_figure(sec: SectionSpec, ctx: PlanContext) -> tuple[str, str] | None:
    """(value, label) of the section's ``key_figure``, written the deck's way ("10,05%"),
    or None without one (an unknown key is the resolver's problem)."""
    if sec.key_figure is None:
        return None
    k = sec.key_figure
    fig = ctx.resolver.figure(k.value.strip(), k.location, k.path)
    if fig is None:
        return None
    value = bind_units(format_figure(fig, ctx.lang))
    return value, bind_compounds(bind_units(no_widow(fig.label)))


CONTENTS = (2, 4)
"""A section without a key figure lists what it covers, when it has this many titled slides."""
CONTENTS_LINES = 2
"""The most lines one listed title may take."""


def contents(sec: SectionSpec, ctx: PlanContext) -> tuple[str, ...]:
    """The titles of the section's slides, each once, in order, when there are between
    ``CONTENTS`` of them ("Mục đích", "Yêu cầu"): what the section covers, the anchor of a
    section with no figure (even when its title names them, "Mục đích, yêu cầu": a title
    alone leaves the slide two-thirds empty colour, R3), or its one topic when it has up to
    ``CONTENTS[1]`` slides and its title does not say it; none for a longer section (its
    number stands alone)."""
    seen: list[str] = []
    own = ctx.text(sec.title).strip()
    for slide in sec.slides:
        t = topic(ctx.text(slide.title).strip(), own, ctx) if slide.title else ""
        if t and t not in seen:
            seen.append(t)
    # 'Dân số (%)', 'Phát triển xã hội số (%, mục tiêu)': a chart of a topic listed already
    seen = [t for t in seen if _BRACKET_END.sub("", t) not in seen or not _BRACKET_END.search(t)]
    lo, hi = CONTENTS
    if len(sec.slides) == 1 and len(seen) == 1:
        return _heads(sec.slides[0], ctx) or tuple(seen)
    if len(seen) == 1 and len(sec.slides) <= hi and seen[0].casefold() not in own.casefold():
        return tuple(seen)  # a short section of one topic its title does not already say
        # (beside an untitled quote, its parts): that topic, as a one-slide section's title
    return tuple(seen) if lo <= len(seen) <= hi else ()


_BRACKET_END = re.compile(r"\s*\([^()]{1,40}\)$")


def topic(title: str, section: str, ctx: PlanContext) -> str:
    """What a slide's title says the section covers, for the section's list of contents: without
    a continuation's mark ('Kết quả (tiếp)', '(tiếp 2)', '(1/2)', '(tiếp 2/3)'); '' for the
    section's own title, with or without a clause after a colon ('Dân số: nội dung chính' under
    'Dân số'): a list of contents lists topics, each once, never the section again (R21 #8)."""
    t = strip_continued(title, ctx)
    base = _BRACKET_END.sub("", t)  # 'Dân số (%)': a chart of the section's own topic
    if not t or section in (t, base) or (section and t.startswith(f"{section}:")):
        return ""
    return t


HEAD_CHARS = 40
"""The longest top-level item a one-slide section lists as what it covers."""


def _heads(slide: SlideSpec, ctx: PlanContext) -> tuple[str, ...]:
    """The top-level items of a section's only slide, when there are ``CONTENTS`` of them,
    each short as a heading (``HEAD_CHARS``, no figure in it): "Các cấp ủy, tổ chức đảng",
    "Ban Tuyên giáo Đảng ủy Khối", … say more of the section than its slide's title, which
    nearly repeats the section's ("Trách nhiệm tổ chức thực hiện" under "Tổ chức thực hiện")."""
    lo, hi = CONTENTS
    raw = [b.text.value for b in slide.bullets]
    if not lo <= len(raw) <= hi or any("{" in t for t in raw):
        return ()
    heads = tuple(ctx.text(b.text).strip() for b in slide.bullets)
    return heads if all(0 < len(h) <= HEAD_CHARS for h in heads) else ()


def _contents_box(
    frame: Frame, items: tuple[str, ...], x: int, w: int, size_max: float
) -> TextBox | None:
    """The listed titles, a dash before each, at the largest size from ``size_max`` down to
    the section's subtitle minimum at which each takes at most ``CONTENTS_LINES`` lines, each
    broken between phrases as a bullet is (``fit.phrase_set`` with a body's costs: "Các nghị
    quyết, kết luận / cần quán triệt", not "… cần / quán triệt", R20 #4); its box is as tall as
    its lines (``y`` 0, placed by the caller). None when they cannot fit."""
    g, m = frame.section, frame.measure.body
    for size in fit_sizes(size_max, g.subtitle_min):
        mar, hang = indents(1, size)
        avail = (w - mar) / EMU_PER_PT
        texts = [phrase_set(bind_compounds(no_widow(t)), m, size, avail) for t in items]
        lines = [len(m.wrap(t, size, avail, SAFETY)) for t in texts]
        if max(lines) > CONTENTS_LINES:
            continue
        gap = size * 0.3
        h = sum(lines) * m.line_height_pt(size, LINE_SPACING) + gap * (len(items) - 1)
        paras = tuple(
            Para(
                (Run(t),),
                size,
                bullet="–",
                indent=mar,
                hanging=hang,
                space_before_pt=gap if i else 0.0,
                line_spacing=LINE_SPACING,
            )
            for i, t in enumerate(texts)
        )
        box = Box(Length(x), Length(0), Length(w), Pt(h + frame.text_pad_pt))
        return TextBox(
            box, paras, frame.fonts.body, frame.colors.on_primary, "Section Contents", "caption"
        )
    return None


def _key_elements(
    frame: Frame, key: tuple[str, str], x: int, y: int, w: int
) -> tuple[list[Element], int, float]:
    """The key figure's value (large, bold) over its label at ``x, y`` in ``w``: the elements,
    their height and the widest line's width (pt)."""
    g, c = frame.section, frame.colors
    head, body = frame.measure.heading, frame.measure.body
    value, label = key
    vmax = max(g.title_max, frame.sizes.kpi * KEY_SHARE)
    vbox, vs, vn = fitted(
        frame,
        Box(Length(x), Length(y), Length(w), Pt(head.line_height_pt(vmax) + frame.text_pad_pt)),
        value,
        vmax,
        g.title_min,
        head,
        max_lines=1,
        font=frame.fonts.heading,
        color=c.on_primary,
        bold=True,
        name="Key Figure",
        role="kpi",
    )
    vh = Pt(head.line_height_pt(vs) * vn + frame.text_pad_pt)
    lsize = g.subtitle_max
    lb, ls, ln = fitted(
        frame,
        Box(Length(x), Length(y + vh), Length(w), Pt(body.line_height_pt(lsize) * 2 + 4)),
        label,
        lsize,
        g.subtitle_min,
        body,
        max_lines=2,
        color=c.on_primary,
        name="Key Figure Label",
        role="caption",
    )
    lh = Pt(body.line_height_pt(ls, LINE_SPACING) * ln + frame.text_pad_pt)
    widest = max(
        [head.width_pt(value, vs)]
        + [body.width_pt(t, ls) for t in body.wrap(label, ls, w / EMU_PER_PT, SAFETY)]
    )
    els: list[Element] = [
        replace(vbox, box=replace(vbox.box, h=vh)),
        replace(lb, box=replace(lb.box, h=lh)),
    ]
    return els, vh + lh, widest


def _widest(text: str, m: TextMeasurer, size: float, width_pt: float) -> float:
    """The widest line (pt) of ``text`` at ``size`` in ``width_pt``, its explicit breaks kept."""
    return max(
        (
            m.width_pt(line, size)
            for part in text.split("\n")
            for line in m.wrap(part, size, width_pt, SAFETY)
        ),
        default=0.0,
    )


_ANCHORED: OrderedDict[tuple[object, ...], tuple[Frame, object, tuple[Element, ...]]] = (
    OrderedDict()
)
ANCHORED_KEPT = 256


def _anchored_kept(
    frame: Frame,
    ctx: PlanContext,
    parts: tuple[str, str],
    title: str,
    subtitle: str,
    key: tuple[str, str] | None,
    listed: tuple[str, ...],
    over: str,
) -> list[Element]:
    """``_anchored`` in ``frame`` capped to the deck's section title size, kept by its texts,
    the frame (the uncapped one: kept alive with its entry, its id not reused;
    ``plan._kept_frames`` hands a rebuild the last plan's frame when equal) and what it reads
    of ``ctx`` (``section_share``, ``pairs``, likewise kept alive): ``deck_share`` and
    ``deck_title_size`` set every section slide at several shares and sizes, and a rebuild
    after one figure changed did it all again for sections that read none of them."""
    pt, share, pairs = ctx.section_title_pt, ctx.section_share, ctx.pairs
    k = (id(frame), pt, share, id(pairs), parts, title, subtitle, key, listed, over)

    def make() -> tuple[Frame, object, tuple[Element, ...]]:
        els = _anchored(capped(frame, pt), ctx, parts, title, subtitle, key, listed, over)
        return frame, pairs, tuple(els)

    return list(kept(_ANCHORED, k, ANCHORED_KEPT, make)[2])


@dataclass(frozen=True)
class _Columns:
    """Where ``_anchored`` sets the number and the rule, and the title column they leave."""

    size: float
    """The number's size (pt)."""
    num_w: Length
    num_h: Length
    rule_x: Length
    title: tuple[Length, Length]
    """The title column's left edge and width."""


def _columns(frame: Frame, ctx: PlanContext, parts: tuple[str, str]) -> _Columns:
    """The number at the largest size that fits its column (``ctx.section_share`` of the room
    between the margins), in the numeral face (``frame.NUMERAL_FONT``); the rule past that
    column; the title column right of the rule."""
    g, m = frame.section, frame.margin
    word, number = parts
    room = frame.width - 2 * m
    num_m = frame.measure.numeral or frame.measure.heading
    column = room * (ctx.section_share or ANCHOR_SHARE)
    size = ANCHOR_MAX_PT
    while size > ANCHOR_MIN_PT and num_m.width_pt(number, size) * (1 + SAFETY) > column / 12700:
        size -= 4
    num_w = Length(round(max(num_m.width_pt(number, size) * (1 + SAFETY) + 4, 1) * 12700))
    num_h = Pt(num_m.line_height_pt(size))
    word_w = Length(0)
    if word:
        word_w = Length(
            round((frame.measure.bold.width_pt(word.upper(), g.label_size) + 4) * 12700)
        )
    # the number's column as wide as the number (or its label word)
    left_w = max(num_w, word_w)
    # the rule at one place on every section slide ("PHẦN I" as "PHẦN III"): past the number's
    # widest column, further only when a label's word is wider still
    # (the number is set up to ``column`` wide, plus its 4 pt of room)
    rule_x = Length(m + max(left_w, round(column) + Pt(5)) + COLUMN_GAP)
    x = Length(rule_x + g.rule.h + COLUMN_GAP)
    return _Columns(size, num_w, num_h, rule_x, (x, Length(frame.width - m - x)))


def _anchored(
    frame: Frame,
    ctx: PlanContext,
    parts: tuple[str, str],
    title: str,
    subtitle: str,
    key: tuple[str, str] | None = None,
    listed: tuple[str, ...] = (),
    over: str = "",
) -> list[Element]:
    """The number large at the left, the label's words above it; the part's title (``over``)
    over the title, and the title, subtitle and key
    figure (or the ``listed`` titles of its slides) at the right of an accent rule; the group
    centred on the slide both ways, so a short number and title leave the colour even around
    them."""
    g, c, m = frame.section, frame.colors, frame.margin
    word, number = parts
    heading = frame.measure.heading
    num_font = NUMERAL_FONT if frame.measure.numeral is not None else frame.fonts.heading
    cols = _columns(frame, ctx, parts)
    size, num_w, num_h, rule_x = cols.size, cols.num_w, cols.num_h, cols.rule_x
    x, w = cols.title
    label_h = Pt(g.label_size * g.label_line_h) if word else Length(0)
    left_h = label_h + num_h
    tb, s, n = cover_title(
        frame,
        ctx.pairs,
        Box(x, Length(0), w, g.title_h),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        max_lines=g.title_lines,
    )
    title_h = Pt(frame.measure.heading.line_height_pt(s) * n + frame.text_pad_pt)
    sub: TextBox | None = None
    sub_h = Length(0)
    if subtitle:
        sb, ss, sn = fitted(
            frame,
            Box(x, Length(0), w, Inches(1.6)),
            subtitle,
            max(g.subtitle_min, min(g.subtitle_max, s * 0.8)),  # never above its title
            g.subtitle_min,
            frame.measure.body,
            max_lines=3,
            phrased=True,
            color=c.on_primary,
            name="Subtitle",
            role="subtitle",
        )
        sub_h = Pt(frame.measure.body.line_height_pt(ss, LINE_SPACING) * sn + frame.text_pad_pt)
        sub = replace(sb, box=replace(sb.box, h=sub_h))
    right_h = title_h + (g.subtitle_gap + sub_h if sub else 0)
    over_box = _over_box(frame, over, x, w) if over else None
    if over_box is not None:
        right_h += over_box.box.h + OVER_GAP
    key_els: list[Element] = []
    widest = _widest(tb.paras[0].text, heading, s, w / EMU_PER_PT)
    if over_box is not None:
        p = over_box.paras[0]
        widest = max(widest, _widest(p.text, frame.measure.bold, p.size_pt, w / EMU_PER_PT))
    if sub is not None:
        widest = max(widest, _widest(sub.paras[0].text, frame.measure.body, ss, w / EMU_PER_PT))
    if key is not None:
        key_els, key_h, key_w = _key_elements(frame, key, x, 0, w)
        widest = max(widest, key_w)
        right_h += KEY_GAP + key_h
    elif listed:
        below = ss if sub is not None else max(g.subtitle_min, min(g.subtitle_max, s * 0.8))
        box = _contents_box(frame, listed, x, w, below)
        if box is not None:
            key_els = [box]
            widest = max(
                widest,
                *(
                    _widest(p.text, frame.measure.body, p.size_pt, (w - p.indent) / EMU_PER_PT)
                    + p.indent / EMU_PER_PT
                    for p in box.paras
                ),
            )
            right_h += KEY_GAP + box.box.h
    # the title column as wide as its widest line, set against the rule
    block_w = min(w, round((widest / (1 - SAFETY) + 4) * EMU_PER_PT))
    shift = 0  # the rule stays where every section slide has it
    x0 = x
    rule_x, x, w = Length(rule_x + shift), Length(x + shift), Length(block_w)
    group_h = max(left_h, right_h)
    top = Length((frame.height - group_h) // 2)
    els: list[Element] = []
    left_top = Length(top + (group_h - left_h) // 2)
    if word:
        els.append(
            text_box(
                frame,
                Box(Length(m + shift), left_top, Length(rule_x - COLUMN_GAP - m - shift), label_h),
                word.upper(),
                g.label_size,
                color=c.on_primary,
                bold=True,
                align=Align.RIGHT,
                name="Section Number",
            )
        )
    els.append(
        text_box(
            frame,
            # set against the rule: "I" and "II.2" keep one gap to it, the title one place
            Box(Length(rule_x - COLUMN_GAP - num_w), Length(left_top + label_h), num_w, num_h),
            number,
            size,
            font=num_font,
            color=c.on_primary,
            bold=True,
            align=Align.RIGHT,
            name="Section Anchor",
            role="anchor",
        )
    )
    els.append(ShapeBox(Box(rule_x, top, g.rule.h, Length(group_h)), c.accent, "Section Rule"))
    right_top = Length(top + (group_h - right_h) // 2)
    if over_box is not None:
        els.append(replace(over_box, box=replace(over_box.box, x=x, y=right_top, w=w)))
        right_top = Length(right_top + over_box.box.h + OVER_GAP)
    els.append(replace(tb, box=Box(x, right_top, w, title_h)))
    y = right_top + title_h
    if sub is not None:
        y += g.subtitle_gap
        els.append(replace(sub, box=replace(sub.box, x=x, y=Length(y), w=w)))
        y += sub_h
    y += KEY_GAP
    for e in key_els:  # placed at x0, y 0 when measured
        assert isinstance(e, TextBox)
        els.append(replace(e, box=replace(e.box, x=Length(e.box.x - x0 + x), y=Length(y), w=w)))
        y += e.box.h
    return els


def _plain(
    frame: Frame,
    ctx: PlanContext,
    label: str,
    title: str,
    subtitle: str,
    key: tuple[str, str] | None = None,
    listed: tuple[str, ...] = (),
    over: str = "",
) -> list[Element]:
    """The label (after the part's title, ``over``), a rule under it, the title, the subtitle
    and the key figure (or the ``listed`` titles of the section's slides), from the top."""
    g, c, m = frame.section, frame.colors, frame.margin
    w = Length(frame.width - 2 * m)
    els: list[Element] = []
    label = " – ".join(t for t in (over, label) if t)
    if label:
        # on one line over the rule: a part's long title with the label shrinks to fit it
        # (never under the subtitle's minimum)
        tb0, _s, _n = fitted(
            frame,
            Box(m, g.label_top, w, Pt(g.label_size * g.label_line_h)),
            label.upper(),
            g.label_size,
            min(g.label_size, g.subtitle_min),
            frame.measure.bold,
            max_lines=1,
            color=c.on_primary,
            bold=True,
            name="Section Number",
        )
        els.append(tb0)
    rule_y = Length(g.label_top + Pt(g.label_size * g.rule_drop))
    els.append(ShapeBox(Box(m, rule_y, g.rule.w, g.rule.h), c.accent, "Section Rule"))
    tb, s, n = cover_title(
        frame,
        ctx.pairs,
        Box(m, g.title_top, w, g.title_h),
        title,
        g.title_max,
        g.title_min,
        c.on_primary,
        max_lines=g.title_lines,
    )
    h = Pt(frame.measure.heading.line_height_pt(s) * n + frame.text_pad_pt)
    els.append(replace(tb, box=replace(tb.box, h=h)))
    y = g.title_top + h
    if subtitle:
        y += g.subtitle_gap
        sb, ss, sn = fitted(
            frame,
            Box(m, Length(y), w, Length(frame.height - g.bottom - y)),
            subtitle,
            g.subtitle_max,
            g.subtitle_min,
            frame.measure.body,
            phrased=True,
            color=c.on_primary,
            name="Subtitle",
            role="subtitle",
        )
        sub_h = Pt(frame.measure.body.line_height_pt(ss, LINE_SPACING) * sn + frame.text_pad_pt)
        # with a key figure or contents under it, the subtitle's box ends at its text
        end = key is not None or bool(listed)
        els.append(replace(sb, box=replace(sb.box, h=sub_h)) if end else sb)
        y += sub_h
    if key is not None:
        key_els, key_h, _ = _key_elements(frame, key, m, 0, w)
        top = min(y + KEY_GAP, frame.height - g.bottom - key_h)
        for e in key_els:
            assert isinstance(e, TextBox)
            els.append(replace(e, box=replace(e.box, y=Length(top))))
            top += e.box.h
    elif listed:
        below = max(g.subtitle_min, min(g.subtitle_max, s * 0.8))
        box = _contents_box(frame, listed, m, w, below)
        room = frame.height - g.bottom - (y + KEY_GAP)
        if box is not None and box.box.h <= room:
            els.append(replace(box, box=replace(box.box, y=Length(y + KEY_GAP))))
    return els
