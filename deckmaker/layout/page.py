"""What every content slide shares: its header, chrome, body box and continuation slides."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import combinations, pairwise
from typing import TypeVar

from ..errors import Problem
from ..outline.model import SlideSpec
from ..units import EMU_PER_PT, Inches, Length, Pt
from ..vocabulary import WORDS
from .breaks import WordPairs
from .context import PlanContext
from .fit import LINE_SPACING, SAFETY, break_cost, fit_single, fit_title
from .fit import sizes as fit_sizes
from .frame import Frame, HeaderGeometry
from .measure import TextMeasurer, capitals
from .model import (
    Align,
    Anchor,
    Box,
    Element,
    PictureBox,
    Planned,
    ShapeBox,
    SlidePlan,
    TextBox,
)
from .nobreak import bind_compounds
from .text import fitted, heading, text_box

P = TypeVar("P")


def logo(frame: Frame, right: int, top: int, h: int) -> list[Element]:
    """The theme's logo, ``h`` tall, its right edge at ``right``; nothing without a logo."""
    if frame.logo is None:
        return []
    w = frame.logo.width(h)
    return [
        PictureBox(
            Box(Length(right - w), Length(top), w, Length(h)),
            frame.logo.file,
            alt=frame.logo.alt,
            name="Logo",
        )
    ]


_HEADERS: list[tuple[PlanContext, dict[tuple[str, int], tuple[Frame, list[Element], Length]]]]
_HEADERS = []
"""The headers made for the last plan (its context), by title and frame (the frame kept alive
with its entry, its id not reused): a slide's planner asks for its title's header at each
option it tries (483 asks for the sample deck's 62 slides)."""


def header(title: str, frame: Frame, ctx: PlanContext) -> tuple[list[Element], Length]:
    """A content slide's title (up to two lines, shrinking) with its accent rule and the logo;
    and the top of the body below them (``_header``, kept for the plan: ``_HEADERS``)."""
    if not _HEADERS or _HEADERS[0][0] is not ctx:
        _HEADERS[:] = [(ctx, {})]
    done = _HEADERS[0][1]
    hit = done.get((title, id(frame)))
    if hit is None:
        hit = done[(title, id(frame))] = (frame, *_header(title, frame, ctx))
    return list(hit[1]), hit[2]


def _header(title: str, frame: Frame, ctx: PlanContext) -> tuple[list[Element], Length]:
    g, m = frame.header, frame.measure.heading
    title = bind_compounds(title)  # "xã hội" never split at a line's end
    slot = frame.slot("content", "title")
    if slot is not None:
        # in the template's title placeholder; the template draws its own decoration
        m = frame.drawn("content", "title", m)
        mark = logo(frame, slot.right, slot.y, min(slot.h, g.logo_h))
        w = slot.w - (mark[0].box.w + g.logo_gap if mark else 0)
        h_pt = slot.h / EMU_PER_PT
        size, lines = fit_single(
            title, m, w / EMU_PER_PT, h_pt, g.size_max, g.size_min, max_lines=g.max_lines
        )
        two = _two_lines(title, m, w / EMU_PER_PT, h_pt, g)
        if two is not None and size < min(g.size_max * g.fewer, two) - 1e-9:
            # one line only more than a step under the theme's size (xanh-so 31: 27 pt between
            # titles at 31 and 36, R20 #2): two lines at the largest size the slot holds two at,
            # broken at the strongest mark (``fit_title``), as a title in deckmaker's own band
            size, lines = two, m.wrap(title, two, w / EMU_PER_PT, safety=SAFETY)
        if len(lines) >= 2:
            # broken as a title in deckmaker's own band is (at the colon, never a lone word on
            # the last line, R18 #7), in as many lines at that size or a little smaller: the
            # template's box is never left to break it where the renderer's line runs out; a
            # line less no more than a step under the theme's size (not a step under a size
            # already shrunk: 36 -> 33 -> 30 pt, xanh-so 40, R20 #2)
            fewer = min(1.0, g.size_max * g.fewer / size)
            size, lines = fit_title(
                title, m, w / EMU_PER_PT, size, g.size_min, len(lines), ctx.pairs, fewer
            )
            lines = _suffix_apart(lines, m, w / EMU_PER_PT, size, ctx.pairs)
            title = "\n".join(lines)
        # centred, as the template's placeholder is; at its bottom in a run's band (``band``)
        anchor = Anchor.BOTTOM if g.band else Anchor.MIDDLE
        head = heading(frame, Box(slot.x, slot.y, Length(w), slot.h), title, size, anchor)
        return [head, *mark], Length(slot.bottom + g.slot_body_gap)
    mark = logo(frame, frame.width - frame.margin, g.top, g.logo_h)
    right = frame.width - frame.margin - (mark[0].box.w + g.logo_gap if mark else 0)
    width = right - frame.margin
    size, lines = fit_title(
        title, m, width / EMU_PER_PT, g.size_max, g.size_min, g.max_lines, ctx.pairs, g.fewer
    )
    lines = _suffix_apart(lines, m, width / EMU_PER_PT, size, ctx.pairs)
    lh = m.line_height_pt(size, LINE_SPACING)
    h = Pt(lh * max(1, len(lines)) + frame.text_pad_pt)
    # anchored at the top: a title measured as two lines that renders as one stays in place
    box = Box(frame.margin, g.top, Length(width), h)
    title_box = heading(frame, box, "\n".join(lines), size, Anchor.TOP)
    if len(lines) == 1 and h < g.logo_h:
        title_box = replace(title_box, box=replace(box, h=g.logo_h), anchor=Anchor.MIDDLE)
        h = g.logo_h
    if g.band and h <= g.band:
        # a run's title band (``HeaderGeometry.band``): the title at its bottom, its last line
        # and rule where the run's tallest title's are
        title_box = replace(title_box, box=replace(box, h=g.band), anchor=Anchor.BOTTOM)
        h = g.band
    rule_y = g.top + h + g.rule_gap
    rule = ShapeBox(
        Box(frame.margin, Length(rule_y), g.rule.w, g.rule.h), frame.colors.accent, "Title Rule"
    )
    return [title_box, rule, *mark], Length(rule_y + g.body_gap)


_SUFFIX = re.compile(r"^(.*\S) (\((?:[^()\d]*[\s\u00a0])?\d+/\d+\))$", re.S)
"""A title and the part mark ``continued`` adds to it: "… (1/2)", "… (tiếp 2/2)"."""

NBSP = "\u00a0"

_TAKEAWAY = tuple(
    WORDS[lang]["takeaway"].format(title="\0").split("\0")[1].strip() for lang in WORDS
)
"""The tails the takeaway after a chart gone alone adds to its title ("– điểm chính", "–
key points"): a mark of deckmaker's, set apart as a part mark is."""


def _suffixed(title: str) -> tuple[str, str] | None:
    """``title`` as its own words and the mark deckmaker added to it: a part mark ("(tiếp
    2/2)", on the second line alone) or a takeaway's tail ("– điểm chính": its dash ends the
    first line, "… dự toán 2024 –" / "điểm chính"); None when it has none."""
    hit = _SUFFIX.match(title)
    if hit is not None:
        return hit.group(1), hit.group(2)
    for tail in _TAKEAWAY:
        dash, _, words = tail.partition(" ")
        for sep in (" ", NBSP):
            if words and title.endswith(sep + tail):
                return f"{title[: -len(tail) - 1]}{sep}{dash}", words
    return None


def _suffix_apart(
    lines: list[str], m: TextMeasurer, width_pt: float, size: float, pairs: WordPairs
) -> list[str]:
    """``lines`` of a title in two, its part mark ("(tiếp 2/2)") or takeaway tail (``_suffixed``)
    on the second line alone when the title without it fits the first: the mark never takes a
    word of the title with it ("… dự toán / 2024 (tiếp 2/2)", a bare year parted from its noun,
    R20 #2). When the title's own words take the first line and more, the cheapest break
    (``break_cost``) between two lines that fit, the second not opening on a number (xanh-so:
    not "… dự toán / 2024 – điểm chính")."""
    if len(lines) != 2 or break_cost(lines, pairs) <= 0.0:
        return lines  # broken where a reader breaks it ("Ngân sách: / năm 2023 … (1/2)")
    whole = " ".join(ln.strip() for ln in lines)
    hit = _suffixed(whole)
    if hit is None or lines[-1].strip() == hit[1]:
        return lines
    base, mark = hit
    if len(m.wrap(base, size, width_pt, safety=SAFETY)) == 1:
        return [base, mark]
    best, cost = lines, float("inf")
    words = whole.split(" ")
    for i in range(1, len(words)):
        two = [" ".join(words[:i]), " ".join(words[i:])]
        if two[1][:1].isdigit() or any(
            len(m.wrap(t, size, width_pt, safety=SAFETY)) != 1 for t in two
        ):
            continue
        if (c := break_cost(two, pairs)) < cost:
            best, cost = two, c
    return best


def _two_lines(
    title: str, m: TextMeasurer, width_pt: float, height_pt: float, g: HeaderGeometry
) -> float | None:
    """The largest size down to ``g.size_min`` at which ``title`` takes two lines (or one) that
    a template's title slot ``height_pt`` tall holds; None when it holds two at none."""
    if g.max_lines < 2:
        return None
    for s in fit_sizes(g.size_max, g.size_min):
        if 2 * m.line_height_pt(s, LINE_SPACING) <= height_pt + 1e-6:
            return s if len(m.wrap(title, s, width_pt, safety=SAFETY)) <= 2 else None
    return None


def one_size(
    titles: Sequence[str], frame: Frame, ctx: PlanContext, body_top: int | None = None
) -> Frame:
    """``frame`` for the slides of one slide's parts (``titles``: "… (1/2)", "… (tiếp 2/2)"),
    their titles at one size, the smallest any of them takes (R20 #2: xanh-so 16/17 at 33 and
    30 pt, 25/26 at 35 and 31): the pair reads as one slide's. ``frame`` as it is where that
    size would move a body (a title in deckmaker's own band set in fewer lines, its rule
    higher): in a template's title slot the body starts under the slot whatever the size.
    With ``body_top``, the top every part's body shares (set under the tallest title), that
    size is taken where each title's header still ends above it (h33h: a chart's takeaway in
    two parts, "… – điểm chính (1/2)" at 35 pt over "(tiếp 2/2)" at 32, each in two lines)."""
    heads = [header(t, frame, ctx) for t in titles]
    sizes = [h.paras[0].size_pt for els, _ in heads for h in els[:1] if isinstance(h, TextBox)]
    if len(set(sizes)) < 2:
        return frame
    least = min(sizes)  # that size only: a size under it would shrink a title once more
    same = replace(frame, header=replace(frame.header, size_max=least, size_min=least))
    if body_top is not None:
        return same if all(header(t, same, ctx)[1] <= body_top for t in titles) else frame
    if any(header(t, same, ctx)[1] != top for t, (_, top) in zip(titles, heads, strict=True)):
        return frame
    return same


def title_size(title: str, frame: Frame, ctx: PlanContext) -> float:
    """The size ``header`` sets a content slide's ``title`` at."""
    head = header(title, frame, ctx)[0][0]
    assert isinstance(head, TextBox)
    return head.paras[0].size_pt


def body_box(frame: Frame, top: int) -> Box:
    """The room for a content slide's body below ``top``: deckmaker's own ends
    ``FOOTER_CLEAR`` above the footer (``clear_of_footer``), as the generated master's body
    placeholder does; a template's is its body placeholder's."""
    slot = frame.slot("content", "body")
    if slot is not None:  # the template's body placeholder, below the title
        top = max(top, slot.y)
        box = Box(slot.x, Length(top), slot.w, Length(slot.bottom - top))
        if frame.footer and frame.slot("content", "footer") is None:
            # deckmaker's own footer under a template without one (otelo's body placeholder
            # reaches 0.1 in into it): the body ends ``FOOTER_CLEAR`` above it
            limit = chrome_boxes(frame)[0].y - FOOTER_CLEAR
            if top + box.h // 2 < limit < box.bottom:
                box = replace(box, h=Length(limit - top))
        return box
    bottom = frame.height - frame.body_bottom
    for slot_name in ("footer", "number"):  # a template's footer drawn higher up stays clear
        chrome = frame.slot("content", slot_name)
        if chrome is not None and top + (bottom - top) // 2 < chrome.y < bottom:
            bottom = chrome.y
    box = Box(
        frame.margin, Length(top), Length(frame.width - 2 * frame.margin), Length(bottom - top)
    )
    return clear_of_footer(box, frame)


MARK_GAP = Inches(0.04)
"""Kept between deckmaker's footer row and a small shape of the template it sits above."""

NUMBER_ROOM = "888"
"""The widest slide number a template's number box must hold on one line."""
NUMBER_SLACK = 45720
"""0.05 in: kept beside it (LibreOffice's rounding)."""


def chrome_boxes(frame: Frame) -> tuple[Box, Box]:
    """Where a content slide's footer and slide number go: the template's own placeholders
    (the writer fills them), or along the bottom margin."""
    g = frame.chrome
    y = Length(frame.height - g.bottom)
    h = Pt(g.size * g.line_h)
    number_x = frame.width - frame.margin - g.number_w
    foot = Box(frame.margin, y, Length(number_x - g.number_gap - frame.margin), h)
    num = Box(Length(number_x), y, g.number_w, h)
    own_foot, own_num = frame.slot("content", "footer"), frame.slot("content", "number")
    under = [m for m in frame.marks.get("content", ()) if m.y < y + h and m.bottom > y]
    if own_foot is None and under:  # above the template's copyright line, page mark, logo
        y = Length(max(min(m.y for m in under) - MARK_GAP - h, 0))
        foot = replace(foot, y=y)
        num = replace(num, y=y)
    if own_num is None and own_foot is not None:  # in the row of the template's footer (its band)
        row_h = max(own_foot.h, h)
        row_y = min(own_foot.y + (own_foot.h - row_h) // 2, frame.height - row_h)
        num = Box(Length(number_x), Length(row_y), g.number_w, Length(row_h))
    if frame.number_box is not None:  # moved off artwork no colour reads on
        num = frame.number_box
    need = Length(int(frame.measure.body.width_pt(NUMBER_ROOM, g.size) * EMU_PER_PT) + NUMBER_SLACK)
    if own_num is not None and (own_num.w < need or own_num.h < h):
        # a number box too small for three digits at the chrome's size (otelo's, from Google
        # Slides: 0.14 x 0.14 in, "16" on two lines) grows to deckmaker's own: its right edge
        # and middle kept, within the slide
        nw, nh = max(own_num.w, g.number_w), max(own_num.h, h)
        nx = min(max(own_num.x + own_num.w - nw, 0), frame.width - nw)
        ny = min(max(own_num.y + (own_num.h - nh) // 2, 0), frame.height - nh)
        own_num = Box(Length(nx), Length(ny), Length(nw), Length(nh))
    if own_foot is not None and frame.footer:
        own_foot = _footer_room(frame, own_foot, own_num or num)
    return own_foot or foot, own_num or num


def _footer_room(frame: Frame, foot: Box, num: Box) -> Box:
    """A template's footer box too narrow for the footer on one line at the smallest chrome
    size (coreoz: 3.2 in, "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"
    cut to "Ban Tuyên giáo Đảng ủy Khối" at 12 pt, ``short_footer``) widened along its row as
    far as the footer needs at the chrome's size: about its middle, then towards the side with
    room, never past the slide's margins, ``number_gap`` clear of the slide number or of a
    mark of the template in its row."""
    g = frame.chrome

    def width(size: float) -> int:
        return round(
            (frame.measure.body.width_pt(frame.footer, size) / (1 - SAFETY) + 2) * EMU_PER_PT
        )

    if foot.w >= width(g.footer_min):
        return foot  # it fits, if smaller than the chrome's size (``fitted``)
    need = width(g.size)
    lo, hi = int(frame.margin), int(frame.width - frame.margin)
    mid = foot.x + foot.w // 2
    for other in (num, *frame.marks.get("content", ())):
        if other.y >= foot.bottom or other.bottom <= foot.y:
            continue  # not in the footer's row
        if other.x + other.w // 2 >= mid:
            hi = min(hi, int(other.x - g.number_gap))
        else:
            lo = max(lo, int(other.x + other.w + g.number_gap))
    lo, hi = min(lo, int(foot.x)), max(hi, int(foot.x + foot.w))
    x0 = max(lo, min(mid - need // 2, hi - need))
    x1 = min(hi, x0 + need)
    return replace(foot, x=Length(x0), w=Length(x1 - x0))


UNIT_HEADS = frozenset(
    ("Ban", "Sở", "Phòng", "Cục", "Bộ", "Viện", "Trường", "Hội", "Đoàn")
    + ("Đảng ủy", "Đảng bộ", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quận ủy", "Thị ủy", "Ủy ban")
    + ("Hội đồng", "Văn phòng", "Chi cục", "Tổng cục", "Trung tâm", "Mặt trận", "Liên đoàn")
    + ("Công an",)
)
"""The words that open a unit of an agency's name ("Ban Tuyên giáo | Đảng ủy Khối …"): a
footer too long for its line drops whole units from its end (``name_cuts``)."""
LOCALITIES = frozenset(("tỉnh", "huyện", "quận", "xã", "phường", "thành phố", "thị xã", "thị trấn"))
"""The words that open a trailing place in an agency's name ("… | tỉnh Hưng Yên")."""
_JOINS = frozenset(("và", "and"))
"""The words that join two agencies in one name ("… tỉnh Hưng Yên và Sở …"): a line of the name
may start with one."""
_DANGLING = frozenset(("và", "của", "thuộc", "-", "–", "—", "and", "of"))
"""A shortened name never ends on these ("Văn phòng Đoàn Đại biểu Quốc hội và")."""


def _head(words: list[str], w: str) -> bool:
    """Whether ``w`` opens a unit (``UNIT_HEADS``; in capitals when the name is)."""
    if " ".join(words).isupper():  # "BAN TUYÊN GIÁO …"
        return w in {h.upper() for h in UNIT_HEADS}
    return w in UNIT_HEADS


def _opens(words: list[str], i: int) -> bool:
    """Whether a unit or a place of an agency's name starts at ``words[i]``."""
    one, two = words[i], " ".join(words[i : i + 2])
    if _head(words, " ".join(words[i - 1 : i + 1])):
        return False  # the second word of a head ("Ủy ban", "ỦY BAN")
    if _head(words, one) or _head(words, two):
        return True
    n = 2 if two.lower() in LOCALITIES else 1 if one.lower() in LOCALITIES else 0
    after = words[i + n] if n and i + n < len(words) else ""
    if after[:1].isupper():  # "tỉnh Hưng Yên", not "Bảo hiểm xã hội"
        return True
    # a bloc's committee reads whole as "Đảng ủy Khối" ("… Khối | Cơ quan - Doanh nghiệp")
    return words[i - 1] == "Khối" and one[:1].isupper()


def name_cuts(text: str) -> list[str]:
    """``text`` shortened at each boundary between the units of an agency's name, longest
    first: whole trailing units dropped ("Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp
    tỉnh Hưng Yên" -> "… Doanh nghiệp", "Ban Tuyên giáo Đảng ủy Khối", "Ban Tuyên giáo"),
    never inside a unit's name (R20: the footer cut as "… Đảng ủy Khối Cơ…")."""
    words = text.split()
    starts = [0, *(i for i in range(1, len(words)) if _opens(words, i))]
    out = []
    for prev, i in zip(starts[-2::-1], starts[:0:-1], strict=True):
        # a unit kept whole: more than its head ("Văn phòng", "Ủy ban" alone name nothing)
        unit = words[prev:i]
        if words[i - 1] not in _DANGLING and not _head(words, " ".join(unit)):
            out.append(" ".join(words[:i]).rstrip(",;:-–"))
    return out


def name_lines(
    text: str, m: TextMeasurer, size: float, width_pt: float, n: int = 2, joined: bool = False
) -> list[str] | None:
    """An agency's name (``text``, as ``m`` draws it: in capitals with a capitals measurer) in
    ``n`` lines broken between its units (``name_cuts``): of the breaks whose lines all fit
    ``width_pt`` at ``size``, the one whose widest line is the narrowest ("Ban Tuyên giáo Đảng
    ủy Khối / Cơ quan - Doanh nghiệp tỉnh Hưng Yên", never "… Khối Cơ / quan …"), a break
    before the "và" joining two agencies first ("… tỉnh Hưng Yên / và Sở Thông tin …", not "…
    Doanh nghiệp / tỉnh Hưng Yên và Sở …"); with ``joined``, only such breaks. None when it fits
    one line or no break does."""
    words = text.split()
    width = width_pt * (1 - SAFETY)
    if m.width_pt(" ".join(words), size) <= width:
        return None
    ends = sorted(
        k
        for cut in name_cuts(" ".join(words))
        if (k := len(cut.split())) < len(words) and words[k] not in ("-", "–", "—")
    )
    # before the "và" that joins two agencies: a line may start with it
    joins = {
        i - 1 for i in range(2, len(words)) if words[i - 1].lower() in _JOINS and _opens(words, i)
    }
    best: tuple[int, float, list[str]] | None = None
    for chosen in combinations(sorted({*ends, *joins}), n - 1):
        bounds = [0, *chosen, len(words)]
        lines = [" ".join(words[i:j]) for i, j in pairwise(bounds)]
        widest = max(m.width_pt(x, size) for x in lines)
        rank = -len(joins.intersection(chosen))
        if joined and not rank:
            continue
        if widest <= width and (best is None or (rank, widest) < best[:2]):
            best = (rank, widest, lines)
    return None if best is None else best[2]


def unit_lines(
    box: TextBox, name: str, m: TextMeasurer, size: float, least: float, most: int = 2
) -> TextBox:
    """``box``, which draws the agency's ``name`` in capitals in ``most`` lines or fewer at
    ``size`` (in ``m``'s font), with its lines broken between the name's units (``name_lines``):
    in the fewest lines, at the largest size down to ``least``, such a break fits its width at
    (two agencies joined by "và" each on lines of their own when that fits down to ``least``);
    ``box`` itself when none does."""
    for joined in (True, False):  # two agencies on lines of their own, else any units
        for s in fit_sizes(size, min(least, size)):
            for n in range(2, most + 1):
                lines = name_lines(name, capitals(m), s, box.box.w / EMU_PER_PT, n, joined)
                if lines is not None:
                    para = box.paras[0]
                    run = replace(para.runs[0], text="\n".join(x.upper() for x in lines))
                    return replace(box, paras=(replace(para, runs=(run,), size_pt=s),))
    return box


def short_footer(frame: Frame) -> str:
    """The footer as it fits one line of its box at its smallest size: whole, else the longest
    that fits with whole trailing units of the agency's name dropped (``name_cuts``), else cut
    at a word with "…" (the caller warns). Never smaller than the theme's smallest secondary
    text."""
    text = frame.footer
    foot, _ = chrome_boxes(frame)
    m, size = frame.measure.body, frame.chrome.footer_min
    width = foot.w / EMU_PER_PT * (1 - SAFETY)
    if m.width_pt(text, size) <= width:
        return text
    for cut in name_cuts(text):
        if m.width_pt(cut, size) <= width:
            return cut
    words = text.split()
    while len(words) > 1 and m.width_pt(" ".join(words) + "…", size) > width:
        words.pop()
    return " ".join(words).rstrip(",;:-–") + "…"


def chrome(frame: Frame, number: bool = True) -> list[Element]:
    """Footer, slide number and logo of a content slide."""
    out: list[Element] = []
    g = frame.chrome
    foot, num = chrome_boxes(frame)
    if frame.footer:
        box, _, _ = fitted(
            frame,
            foot,
            frame.footer,
            g.size,
            g.footer_min,
            frame.measure.body,
            max_lines=1,
            color=frame.chrome_color or frame.colors.muted,
            role="footer",
            name="Footer",
            anchor=Anchor.MIDDLE,
        )
        out.append(box)
    if number and frame.slide_numbers:
        out.append(
            text_box(
                frame,
                num,
                "#",
                g.size,
                color=frame.number_color or frame.chrome_color or frame.colors.muted,
                align=Align.RIGHT,
                role="number",
                name="Slide Number",
                anchor=Anchor.MIDDLE,
            )
        )
    return out


def strip_continued(title: str, ctx: PlanContext) -> str:
    """``title`` without the continuation marks at its end ('Kết quả (tiếp)', '(tiếp 2)', '(tiếp
    2/3)', '(1/3)'), in the deck's language."""
    cont = re.escape(ctx.words["cont"][1:-1]) if ctx.words["cont"].startswith("(") else ""
    mark = rf"\s*\((?:{cont}(?:\s*\d+(?:/\d+)?)?|\d+/\d+)\)$" if cont else r"\s*\(\d+/\d+\)$"
    while (stripped := re.sub(mark, "", title)) != title:
        title = stripped
    return title.strip()


CONT_MEASURE = 9
"""The slide count a continued title is measured with before the pages are known."""


def continued(title: str, i: int, ctx: PlanContext, n: int = CONT_MEASURE) -> str:
    """The title of the ``i``th (from 0) of ``n`` slides of a slide that continues: "… (1/3)"
    on the first, "… (tiếp 2/3)" after it, so that every slide's title is its own (a screen
    reader lists them) and the hall sees on the first that more follows (review R14: part 1
    of 2 had no mark while part 2 said "(tiếp 2/2)"); a slide that does not continue (``n``
    1) keeps its title."""
    if n > 1:
        # 'Kết quả (tiếp)' split again: one mark, on the base ('Kết quả (1/2)', 'Kết quả
        # (tiếp 2/2)'), never 'Kết quả (tiếp) (tiếp 2/2)' (R21 #8)
        title = strip_continued(title, ctx)
    if i == 0:
        return title if n <= 1 else f"{title} {ctx.words['first_n'].format(i=1, n=n)}"
    return f"{title} {ctx.words['cont_n'].format(i=i + 1, n=n)}"


def page_elements(
    title: str,
    body: Sequence[Element],
    head: Sequence[Element],
    i: int,
    frame: Frame,
    ctx: PlanContext,
) -> list[Element]:
    """A page's elements: its header (``head`` on the first page, unless it is empty: the
    first of a slide that continues is numbered, "(1/2)"), body and chrome."""
    if i or not head:
        head, _ = header(title, frame, ctx)
    return [*head, *body, *chrome(frame)]


def slide(
    kind: str,
    title: str,
    elements: Sequence[Element],
    spec: SlideSpec,
    frame: Frame,
    ctx: PlanContext,
    part: int = 0,
) -> SlidePlan:
    """A content slide; the first part carries the speaker notes."""
    notes = ctx.plain(spec.notes) if part == 0 else ""
    return SlidePlan(kind, title, tuple(elements), frame.colors.background, notes, spec.path, part)


FOOTER_CLEAR = Inches(0.25)
"""Kept free between a content slide's body and the footer (or slide number) under it: a
table's last row, a list's last line (tuong-phan 13, 16, 60 ended 0.15 in above the footer's
box, their last line reading as the footer's first, R6)."""


def clear_of_footer(body: Box, frame: Frame) -> Box:
    """``body`` ending ``FOOTER_CLEAR`` above the footer and slide number: a table fills its
    body to the last point when it grows, a list that needs the room to its last line, and
    either would nearly touch the footer. A template's footer drawn in the upper half of the
    body is left to ``body_box``."""
    foot, num = chrome_boxes(frame)
    shown = ([foot] if frame.footer else []) + ([num] if frame.slide_numbers else [])
    if not shown:
        return body
    limit = min(b.y for b in shown) - FOOTER_CLEAR
    if body.y + body.h <= limit or limit <= body.y + body.h // 2:
        return body
    return replace(body, h=Length(limit - body.y))


def body_boxes(title: str, frame: Frame, ctx: PlanContext) -> tuple[list[Element], Box, Box]:
    """A content slide's header, its body box, and the body box of its continuation slides (a
    slide that continues needs room under its longer "(tiếp)" title on every page)."""
    head, top = header(title, frame, ctx)
    body = body_box(frame, top)
    cont_body = body_box(frame, max(top, header(continued(title, 1, ctx), frame, ctx)[1]))
    return head, body, cont_body


def paged(
    kind: str,
    spec: SlideSpec,
    frame: Frame,
    ctx: PlanContext,
    pages_for: Callable[[Box], tuple[list[P], tuple[Problem, ...]]],
    elements: Callable[[Box, P], list[Element]],
) -> Planned:
    """A slide whose content ``pages_for`` splits into pages for a body box, one slide a page;
    ``elements`` draws a page in the body box."""
    title = ctx.text(spec.title)
    head, body, cont_body = body_boxes(title, frame, ctx)
    pages, problems = pages_for(body)
    if len(pages) > 1 and cont_body != body:
        body = cont_body
        pages, more = pages_for(cont_body)
        problems += more
    titles = [continued(title, i, ctx, len(pages)) for i in range(len(pages))]
    same = one_size(titles, frame, ctx)
    if same is not frame:
        frame, head = same, []
    out = []
    for i, page in enumerate(pages):
        t = titles[i]
        els = page_elements(t, elements(body, page), head if t == title else [], i, frame, ctx)
        out.append(slide(kind, t, els, spec, frame, ctx, i))
    return Planned(tuple(out), problems)
