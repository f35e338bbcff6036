"""Fit text into boxes: shrink within the theme's limits, then split across continuation slides."""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..errors import LayoutError, Location, Problem
from ..i18n import _
from ..kept import kept
from ..units import EMU_PER_PT, Inches, Length
from .breaks import (
    BODY,
    BODY_TERM,
    LABEL,
    PLACE_WORDS,
    QUOTE,
    TITLE,
    Kind,
    WordPairs,
    kept_cuts,
    phrase_context,
    seam_cost,
    seams,
)
from .measure import TextMeasurer
from .model import Para, Run
from .nobreak import (
    NBSP,
    SEPARATORS,
    STRANDED,
    is_phrase,
    leaning,
    loosen,
    no_widow,
    open_chains,
    parts_document,
    unlean,
    whole_parentheses,
)
from .paginate import balance

SAFETY = 0.03  # measure against a 3% narrower line, so rounding never adds a line
BULLETS = {1: "•", 2: "–", 3: "»"}
LEVEL_SCALE = {1: 1.0, 2: 0.9, 3: 0.82}
LINE_SPACING = 1.0


@dataclass(frozen=True)
class Item:
    """One bullet paragraph to lay out."""

    text: str
    level: int  # 1..3
    group: int  # index of its top-level bullet
    location: Location
    path: str
    mark: str = ""
    """The item's own number ("(1)", "2.", "a)"), hung where its bullet would be: every item
    of its level in its list has one (``number_marks``), and none has a bullet."""


NUMBER_MARK = re.compile(
    r"^\s*(\(\d{1,2}\)|\([a-zđ]\)|\d{1,2}[.)\-–]|[a-zđ][.)]|[IVX]{1,4}\.)\s+(?=\S)"
)
"""A number that starts an item of a numbered list: "(1) ", "1. ", "2) ", "1- ", "a) ",
"(b) ", "III. "."""


FIGURE_SPACE = "\u2007"


def number_marks(texts: list[str], digits: int = 0) -> list[tuple[str, str]] | None:
    """(the number, the text after it) of each of ``texts``, the items of one level of one list,
        when every one of them (two at least) starts with a number (``NUMBER_MARK``); None
        otherwise: a list that numbers some items only keeps its bullets. A number with fewer digits
    than the longest (or than ``digits``, the widest of a run of numbered slides it continues:
    ``mark_digits``) is padded on its left (U+2007): the numbers align on their right."""
    if len(texts) < 2:
        return None
    found = [NUMBER_MARK.match(t) for t in texts]
    if not all(found):
        return None
    marks = [(m.group(1), t[m.end() :]) for m, t in zip(found, texts, strict=True) if m]
    counts = [sum(c.isdigit() for c in mark) for mark, _ in marks]
    widest = max(*counts, digits)
    # "(9)" and "(10)" as wide (a figure space, as wide as a digit): their texts start level
    return [(FIGURE_SPACE * (widest - d) + mark, t) for (mark, t), d in zip(marks, counts)]


def mark_digits(texts: list[str]) -> int:
    """The digits of the widest number of ``texts`` when they are a numbered list
    (``number_marks``), else 0."""
    marks = number_marks(texts)
    return max((sum(c.isdigit() for c in mark) for mark, _ in marks), default=0) if marks else 0


def level_size(size: float, level: int, floor: float = 0.0) -> float:
    """The size of a bullet level at a base size: smaller for sub-bullets, never below ``floor``."""
    return max(floor, round(size * LEVEL_SCALE[level] * 2) / 2)


def indents(level: int, size: float) -> tuple[Length, Length]:
    """(marL, hanging) for a bullet level at a base size: the bullet hangs in the margin."""
    hang = Length(round(size * 0.9 * EMU_PER_PT))
    step = Inches(0.45)
    return Length(hang + step * (level - 1)), hang


def mark_indents(level: int, size: float, mark_pt: float) -> tuple[Length, Length]:
    """(marL, hanging) of a numbered item: its number, ``mark_pt`` wide with the space after
    it, hangs where a bullet would be and the text's lines start after it."""
    mar, hang = indents(level, size)
    width = Length(round(mark_pt * EMU_PER_PT))
    return Length(mar - hang + width), width


def _indents(it: Item, m: TextMeasurer, base: float, size: float) -> tuple[Length, Length]:
    """The item's (marL, hanging) at a base size (``size`` its own): a bullet's, or its number's
    (``Item.mark``) measured at its size."""
    if not it.mark:
        return indents(it.level, base)
    # every digit measured as "0": "(11)", kerned narrower than "(10)", starts its text where
    # the others of its list do
    return mark_indents(it.level, base, m.width_pt(re.sub(r"\d", "0", it.mark) + " ", size))


@dataclass(frozen=True)
class Measured:
    item: Item
    size: float
    lines: int
    line_h: float  # pt
    space_before: float  # pt
    indent: Length = Length(0)  # marL: a bullet's (``indents``) or a number's, under its parent
    hanging: Length = Length(0)
    plain: str = ""  # the text before its last words were bound (``keep_last_words``)

    @property
    def height(self) -> float:
        return self.space_before + self.lines * self.line_h


def keep_last_words(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``text`` with its last two words bound (U+00A0) when it would end on a line holding one
    word alone and the two fit the line together: no widow in a bullet or a table cell."""
    bound = no_widow(text, limit=len(text))
    if bound == text:
        return text
    # as measured (with the safety margin) or as LibreOffice sets it (without)
    if not any(
        len(lines) >= 2 and _widow(lines[-1])
        for lines in (m.wrap(text, size, width_pt, safety=SAFETY), m.wrap(text, size, width_pt))
    ):
        return text
    last = bound.rsplit(" ", 1)[-1]
    return bound if m.width_pt(last, size) <= width_pt * (1 - SAFETY) else text


def bound_lines(text: str, lines: list[str]) -> str | None:
    """``text`` set in ``lines`` (its lines as ``TextMeasurer.wrap`` or ``nice_lines`` break it),
    the breaks kept by U+00A0 between the words of each line, each seam as ``text`` has it: a
    space where a line ends at a space, nothing where it ends inside a word (after the "-" of
    a web address, where LibreOffice breaks too). A token never gets a space it did not have
    (stress/words: "…/huong-dan-so- 25-HD…" once the measured lines were joined with spaces).
    None when ``lines`` are not ``text``'s."""
    out = []
    pos = 0
    for line in lines:
        line = line.strip(" ")
        start = pos
        while text[start : start + 1] == " ":
            start += 1
        if not line or not text.startswith(line, start):
            return None
        out.append(text[pos:start] + line.replace(" ", NBSP))
        pos = start + len(line)
    if text[pos:].strip(" "):
        return None
    return "".join(out)


def measure_items(
    items: list[Item],
    m: TextMeasurer,
    width: Length,
    size: float,
    floor: float = 0.0,
    space: float = 1.0,
) -> list[Measured]:
    """Each bullet's lines and height at a base size (sub-bullets smaller, down to ``floor``),
    the space before each item ``space`` times its usual (``TIGHT_SPACE``)."""
    out = []
    shift: dict[int, int] = {}  # how far right of its place each level's last item is set
    for it in items:
        s = level_size(size, it.level, floor)
        mar, hang = _indents(it, m, size, s)
        # a numbered item's sub-items sit under its text, as a bullet's do under theirs
        mar = Length(mar + shift.get(it.level - 1, 0))
        shift[it.level] = mar - indents(it.level, size)[0]
        avail = (width - mar) / EMU_PER_PT
        text, last, lines = set_text(it.text, m, s, avail)
        sb = size * (0.5 if it.level == 1 else 0.25) * space
        line_h = m.line_height_pt(s, LINE_SPACING)
        # the item as it is where its text is unchanged (a frozen dataclass): ``replace`` reads
        # every field for each of ~2,600 items measured in a cold plan of the sample
        same = it if last == it.text else replace(it, text=last)
        out.append(Measured(same, s, lines, line_h, sb, mar, hang, text))
    return out


_SET: OrderedDict[tuple[Any, ...], tuple[str, str, int]] = OrderedDict()
SET_LIMIT = 32768
"""Paragraphs set by ``set_text`` kept in a process, by text, measurer, size and width: a list
is measured at each size and width its slide tries, in passes over the deck (the type scale's
caps, runs, a chart's shares), and an item is measured alike in many of them (2,103 items
measured for 851 different in the sample deck)."""


def set_text(text: str, m: TextMeasurer, size: float, avail: float) -> tuple[str, str, int]:
    """``_set_text``, kept (``_SET``)."""
    return kept(_SET, (text, m, size, avail), SET_LIMIT, lambda: _set_text(text, m, size, avail))


def _set_text(text: str, m: TextMeasurer, size: float, avail: float) -> tuple[str, str, int]:
    """A bullet's ``text`` set at ``size`` in a line ``avail`` pt wide: its groups loosened
    and freed as far as its lines need (``fewest_lines``), then that text with its last words
    bound (``keep_last_words``), and its lines."""

    # a group of leaning words too wide for the line breaks between its words
    def too_wide(t: str) -> bool:
        return m.width_pt(t, size) > avail * (1 - SAFETY)

    text = open_chains(loosen(text, too_wide), too_wide)
    text = fewest_lines(text, m, size, avail)
    last = keep_last_words(text, m, size, avail)
    return text, last, len(m.wrap(last, size, avail, safety=SAFETY))


def fewest_lines(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``text`` (a paragraph, its words bound) in no more lines than it takes with its
    leaning words free: a parenthesis is bound whole when that costs no line
    (``nobreak.whole_parentheses``), and a leaning word is freed from the word after it, from
    the last one back, while its binding costs a line (a word that leans on the next keeps a
    line from ending on it, but never at the price of a line)."""

    def count(t: str, safety: float = SAFETY) -> int:
        return len(m.wrap(t, size, width_pt, safety=safety))

    free = unlean  # (kept: a text is freed at each size and width it is set at)

    limit = width_pt * (1 - SAFETY)
    whole = whole_parentheses(text, lambda g: m.width_pt(g, size) <= limit)
    if whole != text and count(whole) <= count(text):
        text = whole
    # one line: no text takes fewer (its leaning words not freed, nor measured freed)
    if count(text) == 1:
        return text
    # as measured, or as LibreOffice sets it (a line the safety margin alone adds is none)
    if count(text) <= count(free(text)) or count(text, 0.0) <= count(free(text), 0.0):
        return text
    least = count(free(text))
    tokens = text.split(" ")
    lines = count(text)
    for k in range(len(tokens) - 1, -1, -1):
        if lines <= least:
            break
        if not leaning(tokens[k]):
            continue
        trial = [*tokens[:k], free(tokens[k]), *tokens[k + 1 :]]
        n = count(" ".join(trial))
        if n < lines:
            tokens, lines = trial, n
    # no one of them alone saves the line: the last ones freed together, as few as will do
    for k in range(len(tokens) - 1, -1, -1):
        if lines <= least:
            break
        if leaning(tokens[k]):
            tokens[k] = free(tokens[k])
            lines = count(" ".join(tokens))
    return " ".join(tokens)


RAGGED = 0.6
"""A line, not a paragraph's last, shorter than this share of its column is a gap in the
column's edge ("11 dự án" alone between two full lines)."""


_EVEN: OrderedDict[tuple[Any, ...], Measured] = OrderedDict()
EVEN_LIMIT = 16384
"""Bullets set by ``even_lines`` kept in a process, by the bullet, measurer and width: a slide's
planner sets its lists again at each option it tries (a chart's shares, a run's size), and
each set searches its breaks (``nice_lines``)."""


def even_lines(x: Measured, m: TextMeasurer, width: Length) -> Measured:
    """``_even_lines``, kept (``_EVEN``)."""
    return kept(_EVEN, (x, m, width), EVEN_LIMIT, lambda: _even_lines(x, m, width))


def _even_lines(x: Measured, m: TextMeasurer, width: Length) -> Measured:
    """``x`` with its lines broken where a reader would break them (``nice_lines`` with the
    bullets' costs, in as many lines) when that costs less (``set_cost``): a break inside a
    phrase ("công tác / quy hoạch", "đạt / 144,6%", ``nobreak.phrase_break``), a line but the
    last shorter than ``RAGGED`` of the column (a gap in its edge) and a last line of two
    syllables (``SHORT_END``) all cost, in one sum; the greedy lines are kept unless the sum
    falls; the measured lines are kept where LibreOffice, setting the full width, would break
    worse. The breaks are kept by U+00A0 between the words of each line (no explicit line
    breaks: LibreOffice and the measurer find the same breaks, and an editor sees one
    paragraph)."""
    if x.lines < 2:
        return x
    avail = (width - x.indent) / EMU_PER_PT
    lines = m.wrap(x.item.text, x.size, avail, safety=SAFETY)
    raw = m.wrap(x.item.text, x.size, avail)  # as LibreOffice sets it, in the full width
    if len(lines) != x.lines or len(raw) > x.lines:
        return x
    if len(raw) < x.lines:  # LibreOffice, in the full width, sets it in fewer lines than
        # measured: its lines are kept unless they cut a phrase of a class that the measured
        # count of lines keeps whole ("… sản xuất công nghiệp / tập trung còn chậm …", review
        # R8, beside a wider column after R9)
        return _fewer_raw(x, m, avail, lines, raw)
    # what the reader sees costs the worse of the two ("… tăng trưởng; công tác / quy hoạch"
    # where the measured lines end at the ";")
    own = set_cost(lines, m, x.size, avail)
    now = max(own, set_cost(raw, m, x.size, avail))
    if now <= 0.0 and not _clause_inside(lines + raw):
        return x
    # from the text before its last words were bound: "… / 11 dự án / trong khu công nghiệp"
    # (bound lest "khu công nghiệp" end it alone) is better "… / 11 dự án trong / khu công
    # nghiệp", a last line of three words; its leaning words freed only when a gap remains
    # (``GAP``: no even lines keep them all, the column too narrow for its phrases)
    plain = x.plain or x.item.text
    sources = [plain]
    if min(m.width_pt(ln.strip(), x.size) for ln in lines[:-1]) < GAP * avail:
        sources.append(unlean(plain))
    for source in dict.fromkeys(sources):
        nice = nice_lines(source, m, x.size, avail, x.lines, None, RAGGED * avail, BODY)
        if nice is None or _short_last(nice[-1]):
            continue
        if set_cost(nice, m, x.size, avail) < own - 1e-9:
            break
    else:
        if own >= now - 1e-9:
            kept_term = _term_kept(x, m, avail, [ln.strip() for ln in lines], raw)
            if kept_term is None:
                return x
            nice, source = kept_term, plain
        else:
            nice = [ln.strip() for ln in lines]  # the measured breaks, where LibreOffice sets
            source = x.item.text
    kept_term = _term_kept(x, m, avail, nice, nice) if cuts_term(nice) else None
    if kept_term is not None:
        nice, source = kept_term, plain
    text = bound_lines(source, nice)
    if text is None or len(m.wrap(text, x.size, avail, safety=SAFETY)) != x.lines:
        return x
    return replace(x, item=replace(x.item, text=text))


def _term_kept(
    x: Measured, m: TextMeasurer, avail: float, lines: list[str], raw: list[str]
) -> list[str] | None:
    """``x``'s lines in as many lines cutting no term of the genre nor a name (``cuts_term``),
    where ``lines`` (or LibreOffice's ``raw``) cut one and the search with a cut's cost raised
    (``breaks.BODY_TERM``) finds lines that cost less so, with no gap in the column's edge
    (``_gap``) nor a dangling last line; None otherwise. coreoz 48: "(9) Tái cơ cấu nông
    nghiệp gắn với nông thôn mới / nâng cao, kiểu mẫu" is "… gắn với / nông thôn mới nâng
    cao, kiểu mẫu" (h40f)."""
    if not (cuts_term(lines) or cuts_term(raw)):
        return None
    source = x.plain or x.item.text
    nice = nice_lines(source, m, x.size, avail, x.lines, None, RAGGED * avail, BODY_TERM)
    if nice is None or _short_last(nice[-1]) or cuts_term(nice):
        return None
    if any(_gap(ln, m, x.size, avail) for ln in nice[:-1]):
        return None
    worst = max(set_cost(ln, m, x.size, avail, BODY_TERM) for ln in (lines, raw))
    if set_cost(nice, m, x.size, avail, BODY_TERM) >= worst - 1e-9:
        return None
    return nice


FORWARD_LINE = 3
"""The most lines a bullet has that ``line_more`` gives a line more (3, h18k: "… sức khỏe
Nhân dân tiếp tục được / chú trọng; …" has no other break in two lines)."""


def line_more(
    page: list[Measured], m: TextMeasurer, width: Length, cap: float, terms: bool = False
) -> list[Measured]:
    """``page`` (its bullets set by ``even_lines``) with each bullet of at most ``FORWARD_LINE``
    lines whose lines, as measured and as LibreOffice sets them, end on a word that belongs
    with the next phrase (``breaks.phrase_cuts`` class "forward": "kiểu mẫu còn / nhiều nơi",
    R15 #2), with ``terms`` also those that break inside a term or a name (class "word": "phê
    duyệt kế hoạch / sử dụng đất", h26d), set in a line more where that line's breaks cut no
    phrase of a class, leave no gap in the column's edge and cost less (``set_cost``; past a
    term cut, its dearest break costs less than the cut), and the page still fits ``cap`` pt:
    the line costs room the slide has, the reader no stumble."""
    out = list(page)
    for k, x in enumerate(out):
        if not 2 <= x.lines <= FORWARD_LINE:
            continue
        avail = (width - x.indent) / EMU_PER_PT
        lines = [ln.strip() for ln in m.wrap(x.item.text, x.size, avail, safety=SAFETY)]
        raw = [ln.strip() for ln in m.wrap(x.item.text, x.size, avail)]
        forward = _ends_forward_cut(lines) or _ends_forward_cut(raw)
        term = terms and (cuts_term(lines) or cuts_term(raw))
        if not (forward or term):
            continue
        if page_height(out) + x.line_h > cap + 1e-6:
            continue
        source = x.plain or x.item.text
        n = x.lines + 1
        nice = nice_lines(source, m, x.size, avail, n, None, RAGGED * avail, BODY)
        if nice is None or _short_last(nice[-1]) or cuts_phrase(nice):
            continue
        if any(_gap(ln, m, x.size, avail) for ln in nice[:-1]):
            continue
        worst = max(set_cost(lines, m, x.size, avail), set_cost(raw, m, x.size, avail))
        cheaper = set_cost(nice, m, x.size, avail) < worst - 1e-9
        # a term cut is a stumble a line more saves even where that line's two ordinary
        # breaks sum to more: its dearest break is cheaper than the term's
        eased = term and _dearest(nice) < max(_dearest(lines), _dearest(raw)) - 1e-9
        if not (cheaper or eased):
            continue
        text = bound_lines(source, nice)
        # LibreOffice may join two of the lines again (it breaks only where they end, so
        # never inside the term): measured at the taller count, set as it sets them
        seen = (n, n - 1) if term else (n,)
        if (
            text is None
            or len(m.wrap(text, x.size, avail, safety=SAFETY)) != n
            or len(m.wrap(text, x.size, avail)) not in seen
        ):
            continue
        out[k] = replace(x, item=replace(x.item, text=text), lines=n)
    return out


def _gap(line: str, m: TextMeasurer, size: float, avail: float) -> bool:
    """True when ``line`` (not a paragraph's last) is a gap in its column's edge: under ``GAP``
    of the column, unless it ends a clause and is no stub (``SHORT_END``), a pause the reader
    makes (as ``set_cost`` counts it: "… Nhân dân / tiếp tục được chú trọng; / tình trạng …")."""
    w = m.width_pt(line.strip(), size)
    return w < GAP * avail and not (_clause_end(line) and w >= SHORT_END * avail)


def _cuts_class(lines: list[str], cls: str) -> bool:
    """True when a break between ``lines`` cuts a phrase of class ``cls`` (``kept_cuts``)."""
    words, at = seams(lines)
    kept = tuple(words)
    return any(cls in kept_cuts(kept, j) for j in at)


def _ends_forward_cut(lines: list[str]) -> bool:
    """True when a break between ``lines`` parts a word of ``breaks.FORWARD_WORDS`` from the
    phrase it introduces."""
    return _cuts_class(lines, "forward")


def cuts_term(lines: list[str]) -> bool:
    """True when a break between ``lines`` falls inside a term of the genre or a name
    (``breaks.phrase_cuts`` class "word": "phê duyệt kế hoạch / sử dụng đất", h26d)."""
    return _cuts_class(lines, "word")


def _dearest(lines: list[str]) -> float:
    """The cost of the dearest line break of ``lines`` (a body's, ``breaks.seam_cost``)."""
    words, at = seams(lines)
    return max((seam_cost(words, j, BODY) for j in at), default=0.0)


def _fewer_raw(
    x: Measured, m: TextMeasurer, avail: float, lines: list[str], raw: list[str]
) -> Measured:
    """``x`` (``even_lines``), LibreOffice setting it in fewer lines (``raw``) than measured
    (``lines``): as it is, unless ``raw`` cuts a phrase of a class (``cuts_phrase``) or ends a
    line on a word that opens a phrase (``nobreak.STRANDED``: "… kiểu mẫu còn / nhiều nơi"),
    and lines as many as measured cut none, cost less (``set_cost``) and are kept by U+00A0."""
    words, at = seams(raw)
    if not cuts_phrase(raw) and all(seam_cost(words, j, BODY) < STRANDED for j in at):
        return x
    nice = nice_lines(x.plain or x.item.text, m, x.size, avail, x.lines, None, RAGGED * avail, BODY)
    if nice is None or _short_last(nice[-1]) or cuts_phrase(nice):
        return x
    if set_cost(nice, m, x.size, avail) >= set_cost(raw, m, x.size, avail) - 1e-9:
        return x
    text = bound_lines(x.plain or x.item.text, nice)
    if text is None or any(
        len(m.wrap(text, x.size, avail, safety=s)) != x.lines for s in (SAFETY, 0.0)
    ):
        return x
    return replace(x, item=replace(x.item, text=text))


def phrase_set(
    text: str, m: TextMeasurer, size: float, width_pt: float, kind: Kind | None = None
) -> str:
    """``text`` (a paragraph set alone: a quote, a subtitle) with its lines broken between
    phrases when that costs less than the greedy lines (``set_cost``, a break costing what
    ``kind`` says) in as many lines, the breaks kept by U+00A0 between the words of each line
    (as ``even_lines``; a body's by default); ``text`` as it was otherwise."""
    kind = kind or BODY
    lines = m.wrap(text, size, width_pt, safety=SAFETY)
    raw = m.wrap(text, size, width_pt)
    n = len(lines)
    if n < 2 or len(raw) != n:
        return text
    own = set_cost(lines, m, size, width_pt, kind)
    now = max(own, set_cost(raw, m, size, width_pt, kind))
    if now <= 0.0:
        return text
    nice = nice_lines(text, m, size, width_pt, n, None, RAGGED * width_pt, kind)
    if (
        nice is None
        or _short_last(nice[-1])
        or set_cost(nice, m, size, width_pt, kind) >= own - 1e-9
    ):
        if own >= now - 1e-9:
            return text
        nice = [ln.strip() for ln in lines]  # the measured breaks, where LibreOffice's cost more
    joined = bound_lines(text, nice)
    if joined is None or any(
        len(m.wrap(joined, size, width_pt, safety=s)) != n for s in (SAFETY, 0.0)
    ):
        return text
    return joined


def cuts_phrase(lines: list[str]) -> bool:
    """True when a break between ``lines`` falls inside a phrase of a class
    (``breaks.phrase_cuts``: "đại hội / Đảng bộ các cấp", "phong cách / Hồ Chí Minh")."""
    words, at = seams(lines)
    return any(phrase_context(words, j) > 0 for j in at)


def bullets_cut(page: Sequence[Measured], m: TextMeasurer, width: Length) -> int:
    """How many bullets of ``page`` have a line break inside a phrase of a class
    (``cuts_phrase``: "chuyển đổi / mô hình tăng trưởng", "chấn chỉnh; bảo vệ / người dám
    nghĩ") in their lines as measured and as LibreOffice sets them in the full width (a cut
    only one of them makes the reader may never see)."""
    n = 0
    for x in page:
        if x.lines < 2:
            continue
        avail = (width - x.indent) / EMU_PER_PT
        measured = [ln.strip() for ln in m.wrap(x.item.text, x.size, avail, safety=SAFETY)]
        raw = [ln.strip() for ln in m.wrap(x.item.text, x.size, avail)]
        n += cuts_phrase(measured) and cuts_phrase(raw)
    return n


def parts_a_document(lines: Sequence[str]) -> bool:
    """True when a break between ``lines`` parts a kind of document from its complement or
    number (``nobreak.parts_document``: "… hoàn thành nghị quyết / đại hội Đảng bộ …"), read
    on the two words each side of it."""
    plain = [ln.replace(NBSP, " ").split() for ln in lines]
    return any(
        a and b and parts_document(NBSP.join(a[-2:]), NBSP.join(b[:2]))
        for a, b in zip(plain, plain[1:], strict=False)
    )


def phrase_more(
    text: str,
    m: TextMeasurer,
    size: float,
    width_pt: float,
    n: int,
    least: float = 0.0,
    stubs: int = 0,
) -> tuple[str, float] | None:
    """``text`` (a quote) in ``n`` lines, each a phrase (no break ``cuts_phrase``), even and
    broken where a reader pauses (``nice_lines`` with a quote's costs, ``breaks.QUOTE``), the
    breaks kept by U+00A0 as ``phrase_set``'s, and the narrowest width (pt, at least ``least``)
    that sets them so; None when no such lines fit ``width_pt`` or LibreOffice would set them
    otherwise. At most ``stubs`` lines are shorter than ``breaks.QUOTE_EVEN`` of the longest
    (``_uneven``); such lines part no document from its complement (``parts_a_document``):
    ``quote._phrase_lines`` asks for one only where every even setting parts one."""
    nice = nice_lines(text, m, size, width_pt, n, None, RAGGED * width_pt, QUOTE)
    if nice is None or _short_last(nice[-1]) or cuts_phrase(nice):
        return None
    uneven = _uneven(nice, m, size, QUOTE)
    if uneven > stubs:  # a stub between long lines ("Năm 2024 - năm / …")
        return None
    if uneven and parts_a_document(nice):
        return None
    joined = bound_lines(text, nice)
    widest = max(m.width_pt(ln, size) for ln in nice)
    narrow = min(max(widest / (1 - SAFETY) + 2, least), width_pt)
    if joined is None or any(
        len(m.wrap(joined, size, narrow, safety=s)) != n for s in (SAFETY, 0.0)
    ):
        return None
    return joined, narrow


GAP_COST = 1.0
"""The cost of a line, not a paragraph's last, shorter than ``GAP`` of its column, on top of
its ``RAG_PENALTY``: a hole in the column's edge ("… / 11 dự án / trong khu công nghiệp") is
worse than two lines ending on a leaning word."""
SHORT_END_COST = 0.5
"""The cost of a paragraph's last line of two syllables (``_short_end``): less than a break
inside a phrase (``nobreak.INSIDE_PHRASE``): "tạo việc làm, / giảm nghèo" is better than
"tạo / việc làm, giảm nghèo"."""


def set_cost(
    lines: list[str], m: TextMeasurer, size: float, avail: float, kind: Kind | None = None
) -> float:
    """What a paragraph set in ``lines`` (a column ``avail`` pt wide) costs a reader: its line
    breaks (``breaks.seam_cost`` as ``kind`` says, a body's by default), each line but the
    last shorter than ``RAGGED`` of the column (``RAG_PENALTY`` by how much; ``GAP_COST`` more
    under ``GAP`` where ``kind`` counts gaps), a last line of two syllables
    (``SHORT_END_COST``)."""
    kind = kind or BODY
    short = RAGGED * avail
    words, at = seams(lines)
    cost = sum(seam_cost(words, j, kind) for j in at)
    for k, (a, after) in enumerate(zip(lines, lines[1:], strict=False)):
        w = m.width_pt(a.strip(), size)
        # the clause after it the last line, whole
        whole = kind.gaps and k == len(lines) - 2 and not _clause_mid(lines[-1])
        pause = _clause_end(a) and (w >= SHORT_END * avail or whole)
        if w < short and not pause:
            cost += RAG_PENALTY * (short - w) / short
        place = k == 0 and _opens_place(after) and w >= SHORT_END * avail
        if kind.gaps and w < GAP * avail and not pause and not place:
            cost += GAP_COST
    last = lines[-1].strip()
    if _short_end(last, m.width_pt(last, size), avail):
        cost += SHORT_END_COST
    if kind.gaps:
        cost += CLAUSE_INSIDE * sum(_clause_mid(ln) for ln in lines)
    return cost + UNEVEN_COST * (_uneven(lines, m, size, kind) + _first_stub(lines, m, size, kind))


CLAUSE_INSIDE = 0.3
"""What a line of a body (``breaks.Kind.gaps``) costs for each ";" or ":" that ends a clause
inside it, not at its end (``nice_lines``, ``set_cost``): where a line can end at the clause's
end, it does ("Giải phóng mặt bằng nhiều dự án còn chậm; / giải ngân vốn …", not "… dự án /
còn chậm; giải ngân vốn …", R16a #3), at the price of a line a little short (``RAGGED``)."""


def _clause_mid(line: str) -> bool:
    """True when a word of ``line`` but its last ends a clause (``_clause_end``)."""
    words = line.strip().split(" ")
    return any(_clause_end(w) for w in words[:-1])


TITLE_STUB = 0.5
"""A title's line narrower than this share of its lines' mean width (with two lines: under a
third of the other) is a stub and costs ``UNEVEN_COST`` (R18 #7: a title breaks at its
strongest mark where both lines stay at least a third of the longer, else it balances them:
"Chỉ tiêu / kinh tế 2024 – ngân sách, nông nghiệp" is never taken for a break that cuts no
phrase)."""
UNEVEN_COST = 1.0
"""The cost of each line shorter than ``breaks.Kind.even`` of the longest (a quote's): as much
as a break inside a phrase of a class, more than a line more (``quote.LINE_COST``)."""


def _uneven(lines: Sequence[str], m: TextMeasurer, size: float, kind: Kind) -> int:
    """How many of ``lines`` are shorter than ``kind.even`` of the longest (0 when the kind
    does not count them)."""
    if not kind.even or len(lines) < 2:
        return 0
    widths = [m.width_pt(ln.strip(), size) for ln in lines]
    return sum(w < kind.even * max(widths) for w in widths)


def _first_stub(lines: Sequence[str], m: TextMeasurer, size: float, kind: Kind) -> int:
    """1 when the first of ``lines`` (of a kind that counts even lines, a quote's) is shorter
    than ``kind.even`` of the longest, else 0: the eye enters a quote at its first line, where a
    stub reads as a ragged start ("Năm 2024 - năm / có ý nghĩa quyết định …", h35f: tuong-phan
    5), so it costs ``UNEVEN_COST`` more than a line as short further down."""
    if not kind.even or len(lines) < 2:
        return 0
    widths = [m.width_pt(ln.strip(), size) for ln in lines]
    return int(widths[0] < kind.even * max(widths))


def _clause_end(line: str) -> bool:
    """True when ``line`` ends a clause (";", ":"): a line shorter than ``RAGGED`` there is no
    gap in the column's edge but where the reader pauses ("… các nguồn thu; / hoàn thành và
    vượt …", review R7), so it costs neither ``RAG_PENALTY`` nor ``GAP_COST`` while at least
    ``SHORT_END`` of its column, or, in a body, however short when the clause after it is the
    paragraph's last line (R16a #2: "Phát triển công nghiệp; / …")."""
    return line.rstrip().endswith((";", ":"))


def _clause_inside(lines: Sequence[str]) -> bool:
    """True when a ";" or ":" falls inside one of ``lines``, not at its end: a break there, the
    strongest a bullet has (``breaks.CLAUSE_BONUS``), is not taken."""
    return any(c in ln.rstrip()[:-1] for ln in lines for c in ";:")


def _opens_place(line: str) -> bool:
    """True when ``line`` (or a word) opens with a preposition of place (``breaks.PLACE_WORDS``:
    "trong Hướng dẫn số …", "tại các xã"): the line before it ends where its phrase of place
    begins, where a reader pauses. A paragraph's first line so ended, though shorter than
    ``GAP`` of its column, is a lead-in, not a gap in its edge (no ``GAP_COST``; it still costs
    ``RAG_PENALTY``) while at least ``SHORT_END`` of it: "Thực hiện tốt nhiệm vụ / trong Hướng
    dẫn số 59-HD/BTGTU …" is better than the preposition stranded, "… nhiệm vụ trong / Hướng
    dẫn …" (review R9, tuong-phan 61). A short line between two longer ones stays a gap
    ("… / 11 dự án / trong khu công nghiệp")."""
    first = line.strip().replace(NBSP, " ").split(" ", 1)[0]
    return first.lower() in PLACE_WORDS


GAP = 0.4
"""A line, not a paragraph's last, shorter than this share of its column is a gap a leaning
word's binding gives way to (``even_lines``): "… / 11 dự án / trong khu công nghiệp"."""
SHORT_END = 0.25
"""A paragraph's last line of at most two syllables narrower than this share of its column is
left dangling ("việc tốt" under a full line): ``even_lines`` evens the lines out."""


def _short_end(line: str, width: float, avail: float) -> bool:
    """True when ``line``, a paragraph's last, holds at most two syllables and is narrower than
    ``SHORT_END`` of the column (``avail``)."""
    return len(line.replace(NBSP, " ").split()) <= 2 and width < SHORT_END * avail


def _short_last(line: str) -> bool:
    """True when a last line holds one word a reader sees as one ("2024", "xuyên tạc"): not a
    figure with its unit ("70.000 tỷ đồng") nor a word of three syllables ("khu công
    nghiệp")."""
    return _lone(line.split()) or (_widow(line) and len(line.strip().split(NBSP)) <= 2)


def page_height(ms: list[Measured]) -> float:
    """Height of paragraphs stacked in one box; the first takes no space before."""
    if not ms:
        return 0.0
    return sum(x.height for x in ms) - ms[0].space_before


def _units(ms: list[Measured], by_group: bool) -> list[list[Measured]]:
    """Atoms that are never split: whole top-level groups, or a bullet with its sub-bullets kept
    with it (a sub-bullet never starts a page away from its parent's first child)."""
    units: list[list[Measured]] = []
    for x in ms:
        if by_group:
            if units and units[-1][0].item.group == x.item.group:
                units[-1].append(x)
            else:
                units.append([x])
        else:
            first_child = units and x.item.level == 2 and units[-1][-1].item.level == 1
            if units and (x.item.level == 3 or first_child):
                units[-1].append(x)
            else:
                units.append([x])
    return units


def sizes(max_pt: float, min_pt: float) -> list[float]:
    out, s = [], max_pt
    while s >= min_pt - 1e-9:
        out.append(s)
        s -= 1
    if out[-1] != min_pt:
        out.append(min_pt)
    return out


_Fitted = tuple[float, tuple[tuple[Measured, ...], ...]]
_FITTED: OrderedDict[tuple[Any, ...], _Fitted] = OrderedDict()
FITTED_LIMIT = 16384
"""Lists fitted kept in a process (``fit_bullets``), at most this many (``kept``). Sized for
the 1,000-slide limit: a list is fitted at ~5 sizes and widths, in passes over the deck (the
type scale's caps, runs, the slides); at 4,096, cleared when full, a deck of 1,000 slides
forgot each fit before the next pass asked for it again, and planning grew faster than the
deck (``test_check_time_grows_linearly_with_slides``)."""


TIGHT_SPACE = 0.8
"""The least share of its usual space before an item (half the size before a bullet, a
quarter before a sub-bullet) a list takes to be set at the size it aims at (``fit_bullets``'
``tight``), no more than it is short of: R8's sample slide 48 needed 383.0 pt at 26 pt in
381.6, so its run of numbered lists fell to 25 pt beside lists at 26-30. At 0.8 the gap
between two items stays over one and a half times the space between two lines of an item."""


def fit_bullets(
    items: list[Item],
    m: TextMeasurer,
    width: Length,
    height: Length,
    size_max: float,
    size_min: float,
    tight: bool = False,
) -> tuple[float, list[list[Measured]]]:
    """The largest size and fewest pages that fit; raises LayoutError for a bullet too long.
    With ``tight``, a list a little too tall at ``size_max`` takes it with the space between
    its items closed up as far as it needs, down to ``TIGHT_SPACE`` of the usual.

    Kept by its arguments (the items' contents, the measurer itself): a slide's list is fitted
    again with the same box and sizes as its planner tries its options (a run of slides, a
    chart's shares, titles on one line or two): 490 fits of 138 different lists for the sample
    deck. A list that does not fit is fitted again (its error raised afresh)."""

    def fitted() -> _Fitted:
        size, pages = _fit_bullets(items, m, width, height, size_max, size_min, tight)
        return size, tuple(tuple(page) for page in pages)

    key = (tuple(items), m, width, height, size_max, size_min, tight)
    size, pages = kept(_FITTED, key, FITTED_LIMIT, fitted)
    return size, [list(page) for page in pages]


def _fit_bullets(
    items: list[Item],
    m: TextMeasurer,
    width: Length,
    height: Length,
    size_max: float,
    size_min: float,
    tight: bool = False,
) -> tuple[float, list[list[Measured]]]:
    cap = height / EMU_PER_PT
    at_min = measure_items(items, m, width, size_min, size_min)
    too_big = [x for x in at_min if x.lines * x.line_h > cap + 1e-6]
    if too_big:
        problems = [
            Problem(
                x.item.location,
                _(
                    "this bullet does not fit on a slide even alone: it needs {value:.0f} pt at "
                    "{size:g} pt, the text area is {cap:.0f} pt tall"
                ).format(value=x.lines * x.line_h, size=x.size, cap=cap),
                x.item.path,
                hint=_("shorten it, or split it into several bullets"),
            )
            for x in too_big
        ]
        raise LayoutError(problems)
    for by_group in (True, False):
        units_min = _units(at_min, by_group)
        if max(page_height(u) for u in units_min) > cap + 1e-6:
            continue  # a whole group is too tall: split between its sub-bullets instead
        for n in range(1, len(units_min) + 1):
            for s in sizes(size_max, size_min):
                for space in (1.0, TIGHT_SPACE) if tight and s == size_max else (1.0,):
                    units = _units(measure_items(items, m, width, s, size_min, space), by_group)
                    if max(page_height(u) for u in units) > cap + 1e-6:
                        continue
                    pages = balance(units, n, cap, page_height)
                    if pages is not None:
                        return s, [_open_up(p, cap, space) for p in pages]
    raise LayoutError(Problem(items[0].location, _("cannot lay out these bullets"), items[0].path))


def _open_up(page: list[Measured], cap: float, space: float) -> list[Measured]:
    """A page measured with its items' space before at ``space`` of the usual, given back as
    much of the usual as its height ``cap`` (pt) leaves room for: closed up no more than it
    needs."""
    if space >= 1.0 or len(page) < 2:
        return page
    gaps = sum(x.space_before for x in page[1:])
    room = cap - page_height(page)
    share = min(1.0, space + space * room / gaps) if gaps > 0 else 1.0
    # the share in whole hundredths, down: the same page always gets the same spaces
    share = max(space, math.floor(share * 100) / 100)
    return [replace(x, space_before=x.space_before / space * share) for x in page]


def to_paras(page: list[Measured], size: float, accent: str) -> tuple[Para, ...]:
    """One page of measured items as paragraphs: a bullet hanging before each, or its own
    number (``Item.mark``) in the bullet's place, the lines of its text starting after it."""
    out = []
    for i, x in enumerate(page):
        bullet: str | None = BULLETS[x.item.level]
        text = x.item.text
        if x.item.mark:
            bullet, text = None, f"{x.item.mark} {text}"
        out.append(
            Para(
                (Run(text),),
                x.size,
                level=x.item.level,
                bullet=bullet,
                bullet_color=accent if bullet and x.item.level == 1 else None,
                indent=x.indent,
                hanging=x.hanging,
                space_before_pt=0.0 if i == 0 else x.space_before,
                line_spacing=LINE_SPACING,
            )
        )
    return tuple(out)


def fit_single(
    text: str,
    m: TextMeasurer,
    width_pt: float,
    height_pt: float,
    size_max: float,
    size_min: float,
    max_lines: int | None = None,
) -> tuple[float, list[str]]:
    """The largest size at which ``text`` fits a box (and at most ``max_lines``); the smallest
    size's result when nothing fits."""
    lines: list[str] = []
    tried = sizes(size_max, size_min)
    for s in tried:
        # a size too large for one line is no fit (its lines not made: a word too wide is
        # broken between its letters); the last is, its lines the answer when none fits
        if max_lines == 1 and s != tried[-1] and m.over_one_line(text, s, width_pt, SAFETY):
            continue
        lines = m.wrap(text, s, width_pt, safety=SAFETY)
        fits_lines = max_lines is None or len(lines) <= max_lines
        if fits_lines and len(lines) * m.line_height_pt(s, LINE_SPACING) <= height_pt + 1e-6:
            return s, lines
    return size_min, lines


def separated_lines(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``text`` (a line of items set apart by separators, ``nobreak.SEPARATORS``: "Kế hoạch: 112
    triệu đồng · đạt 98,6%") with each separator that would end a line replaced by a line break:
    the break itself sets the items apart, and no line ends nor opens on a stray dot (reviews
    R4 and R5). The same lines as measured; ``text`` as it was when none ends on one."""
    lines = m.wrap(text, size, width_pt, safety=SAFETY)
    if len(lines) < 2:
        return text
    out = []
    pos = 0
    for line in lines[:-1]:
        line = line.rstrip()
        start = text.find(line, pos)
        if start < 0:
            return text
        pos = start + len(line)
        bare = line.rstrip(SEPARATORS)
        if bare != line and bare.endswith((NBSP, " ")):
            line = bare.rstrip(NBSP + " ") + "\n"
        else:
            line += text[pos : len(text) - len(text[pos:].lstrip(" "))]  # the seam as written
        out.append(line)
    joined = "".join(out) + lines[-1].strip()
    if "\n" not in joined:
        return text
    return joined


def phrase_lines(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``text`` (a short label) with its lines broken between phrases, in as many lines as
    LibreOffice sets it: "Tổng thu / ngân sách (ước)" is "Tổng thu ngân sách / (ước)",
    "Tổng mức bán lẻ / hàng hóa và doanh thu / dịch vụ" is "Tổng mức bán lẻ / hàng hóa / và
    doanh thu dịch vụ". The breaks are kept by U+00A0 between the words of each line (as
    ``even_lines``); ``text`` as it was when its lines cannot be set so."""
    lines = m.wrap(text, size, width_pt, safety=SAFETY)
    n = len(lines)
    if n < 2 or len(m.wrap(text, size, width_pt)) != n:
        return text
    nice = nice_lines(text, m, size, width_pt, n, kind=LABEL)
    if nice is None:
        return text
    joined = bound_lines(text, nice)
    if joined is None or len(m.wrap(joined, size, width_pt, safety=SAFETY)) != n:
        return text
    if len(m.wrap(joined, size, width_pt)) != n:
        return text
    return joined


def nice_lines(
    text: str,
    m: TextMeasurer,
    size: float,
    width_pt: float,
    n: int,
    pairs: WordPairs | None = None,
    short_pt: float = 0.0,
    kind: Kind = TITLE,
) -> list[str] | None:
    """``text`` in exactly ``n`` lines of even length, broken where a reader would break it
    (after a comma, not inside "kinh tế - xã hội" nor before a number); None if it cannot be.
    A line but the last narrower than ``short_pt`` costs up to ``RAG_PENALTY``, by how much it
    falls short (a gap in a column's edge is worse than a line ending on a little word). A
    break costs what ``kind`` says (``breaks.seam_cost``), with its line terms (``breaks.Kind``:
    a body's gaps and short last line, as ``set_cost`` counts them; a label's last line that
    is a whole parenthesis, "(KH 2024)", no widow). A body's line that holds one whole clause
    (from the text's start or a ";" or ":" to the next or the text's end) is not measured for
    evenness: a clause sets its own line ("Phát triển công nghiệp; / xây dựng nhanh các khu,
    cụm công nghiệp theo quy hoạch", R16a #2); a ";" mid-line costs ``CLAUSE_INSIDE``."""
    found = _nice_sets(text, m, size, width_pt, n, pairs, short_pt, kind, judged=False)
    return None if found is None else found[0]


def title_sets(
    text: str, m: TextMeasurer, size: float, width_pt: float, n: int, pairs: WordPairs | None
) -> tuple[list[str], list[str]] | None:
    """A title in ``n`` lines at ``size`` (``nice_lines``), and the lines that judge the size
    (``shrink_cost``), found in one search: R18 #7's terms (a line on a spaced dash at
    ``breaks.TITLE_DASH``, a last line of one two-syllable word a widow, a stub line) choose
    among this size's lines, and are no reason to set the title smaller (designer rules: a
    title takes two lines before it shrinks a step, a run of tables keeps the deck's title
    size); the size is judged by the least its lines cost without them."""
    return _nice_sets(text, m, size, width_pt, n, pairs, 0.0, TITLE, judged=True)


def _nice_sets(
    text: str,
    m: TextMeasurer,
    size: float,
    width_pt: float,
    n: int,
    pairs: WordPairs | None,
    short_pt: float,
    kind: Kind,
    *,
    judged: bool,
) -> tuple[list[str], list[str]] | None:
    """``nice_lines``' search; with ``judged`` (a title's) also the least-cost lines under the
    costs that judge a title's size (``title_sets``): one pass, two tables, each line's terms
    counted once for both."""
    words = text.split(" ")
    if n < 2 or len(words) < n:
        return None
    title = kind is TITLE
    limit = width_pt * (1 - SAFETY)
    target = m.width_pt(text, size) / n
    k = len(words)
    width = m.phrase_widths(words, size)
    pairs = pairs or WordPairs()
    # a seam's cost depends on the seam alone: each asked once (the search meets it for every
    # line that could end there)
    seam: dict[int, float] = {}
    seam_size: dict[int, float] = {}
    tokens = tuple(words)
    clause = [kind.context and _clause_end(w) for w in words]
    # clause ends among the first words: a line (i, j) holds one inside it, not at its end,
    # when ends[j - 1] > ends[i]
    ends = [0]
    for c in clause:
        ends.append(ends[-1] + (kind.gaps and c))
    opens = [_opens_place(w) for w in words]
    # a line (i, j) fits when width[(i, j)] <= limit, whatever the number of lines before it:
    # the phrases that fit, found once for all the line counts (``fits[j]``: the ``i`` in order)
    fits = [[i for i in range(j) if width[(i, j)] <= limit] for j in range(k + 1)]
    # a line's own terms (its evenness, clauses, stub, seam, rag, gap, widow, short end)
    # depend on where it starts and ends, on which table it is counted for, and for a line
    # before the last on whether the next one is the last (``pause``): kept per line, added to
    # the cost before it one by one in the same order (the same sums)
    terms_of: dict[tuple[int, int, bool, bool], tuple[float, ...]] = {}

    def widow(line: list[str], choose: bool) -> bool:
        return (_lone(line) or (title and choose and _title_widow(line))) and not (
            kind.bracket_end and _phrase_in(line)
        )

    def terms(i: int, j: int, choose: bool, next_last: bool) -> tuple[float, ...]:
        out: list[float] = []
        w = width[(i, j)]
        whole = (i == 0 or clause[i - 1]) and (j == k or clause[j - 1])
        if not (kind.gaps and whole and ends[j - 1] == ends[i]):  # one clause
            out.append(0.5 * ((w - target) / target) ** 2)
        if ends[j - 1] > ends[i]:
            out.append(CLAUSE_INSIDE)  # a ";" mid-line
        if title and choose and w < TITLE_STUB * target:
            out.append(UNEVEN_COST)  # "Chỉ tiêu / kinh tế 2024 – …": a stub, R18 #7
        if kind.even and i == 0 and j < k and w < kind.even * target:
            # a quote opening on a stub: the eye enters at its first line, where a short one
            # reads as a ragged start ("Năm 2024 - năm / có ý nghĩa …", h35f: tuong-phan 5);
            # where a line must be short (``phrase_more``'s stubs) it is one further down
            out.append(UNEVEN_COST)
        if j < k:
            costs = seam if choose else seam_size
            if j not in costs:
                costs[j] = seam_cost(tokens, j, kind, pairs, shrink=not choose)
            out.append(costs[j])
            if kind.even and parts_a_document((" ".join(words[i:j]), " ".join(words[j:k]))):
                # a quote's kind of document parted from its complement ("… nghị quyết / đại
                # hội Đảng bộ …"): as dear as a stub, so an even setting that keeps it whole
                # (a short line further down) is found where one exists (h35f)
                out.append(UNEVEN_COST)
            pause = clause[j - 1] and (
                w >= SHORT_END * width_pt
                or (kind.gaps and next_last and width[(j, k)] <= limit and ends[k - 1] == ends[j])
            )
            if w < short_pt and not pause:  # by how much it falls short
                out.append(RAG_PENALTY * (short_pt - w) / short_pt)
            place = i == 0 and opens[j] and w >= SHORT_END * width_pt
            if kind.gaps and w < GAP * width_pt and not pause and not place:
                out.append(GAP_COST)
        elif widow(words[i:j], choose):  # the last line, of a text in n >= 2 lines
            out.append(WIDOW_PENALTY)
        elif kind.short_end and _short_end(" ".join(words[i:j]), w, width_pt):
            out.append(SHORT_END_COST)
        found = terms_of[(i, j, choose, next_last)] = tuple(out)
        return found

    # best[(j, lines)] = (cost, breaks) for the first j words set in `lines` lines; least the
    # same under the costs that judge a title's size
    Table = dict[tuple[int, int], tuple[float, tuple[int, ...]]]
    best: Table = {(0, 0): (0.0, ())}
    least: Table = {(0, 0): (0.0, ())}
    tables = ((best, True), (least, False)) if judged else ((best, True),)
    for lines in range(1, n + 1):
        next_last = lines == n - 1
        # each line holds a word at least: the first j words fill `lines` lines when j >=
        # lines, and leave enough for the n - lines lines after when k - j >= n - lines (an
        # entry past that is read by no entry that reaches (k, n)); the last line ends at k
        for j in range(lines, k - (n - lines) + 1) if lines < n else (k,):
            for table, choose in tables:
                options: list[tuple[float, tuple[int, ...]]] = []
                for i in fits[j]:
                    prev = table.get((i, lines - 1))
                    if prev is None:
                        continue
                    line = terms_of.get((i, j, choose, next_last))
                    if line is None:
                        line = terms(i, j, choose, next_last)
                    cost = prev[0]
                    for term in line:
                        cost += term
                    options.append((cost, (*prev[1], j)))
                if options:
                    table[(j, lines)] = min(options)
    found = best.get((k, n))
    if found is None:
        return None
    chosen = _cut(words, found[1])
    size_found = least.get((k, n)) if judged else None
    return chosen, (chosen if size_found is None else _cut(words, size_found[1]))


def _cut(words: list[str], breaks: tuple[int, ...]) -> list[str]:
    cuts = (0, *breaks)
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]


RAG_PENALTY = 1.0
"""The cost of an empty line, not a paragraph's last, under ``nice_lines``' ``short_pt``: a
line shorter than that costs this share by which it falls short."""

WIDOW_PENALTY = 0.7
"""The cost of a title whose last line holds one word ("…kết quả năm / 2024"): worse than
any break inside a phrase, so a title is set otherwise (or a little smaller) when it can."""


WIDOW_WORD = 12
"""A last line of one word this long at most is a widow ("2024"); a longer one (a document's
number, "25-HD/BTGDUK") may stand alone."""


def _widow(line: str) -> bool:
    """True when a paragraph's last line ``line`` holds one word: a token with no space (a
    word bound by U+00A0, "xuyên tạc", "chuyển đổi số", counts as one), but for a whole
    parenthesis of several words ("(KH là 9,5 bác sĩ)", kept whole by
    ``nobreak.bind_parentheses``): a phrase, not a widow."""
    line = line.strip()
    if " " in line or is_phrase(line):  # "ở một số nơi", "tăng 2,45%": a phrase
        return False
    return not (NBSP in line and line.startswith("(") and ")" in line[-2:])


def _parenthesis(words: list[str]) -> bool:
    """True when ``words`` are one whole parenthesis ("(ước)", "(KH 2024)")."""
    text = " ".join(words).strip().rstrip(",.;:")
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def _phrase_in(words: list[str]) -> bool:
    """True when ``words`` are one whole parenthesis of several words ("(KH 2024)"): a
    label's last line may hold it alone; not "(ước)", a bracket of one word that reads as a
    stray note under its label (review R5)."""
    return _parenthesis(words) and len(" ".join(words).replace(NBSP, " ").split()) > 1


def _lone(words: list[str]) -> bool:
    """True when ``words`` (split at spaces) show one short word: "2024", not "năm 2024"
    bound, nor "25-HD/BTGDUK"."""
    seen = " ".join(words).split()
    return len(seen) == 1 and len(seen[0]) <= WIDOW_WORD


def _title_widow(words: list[str]) -> bool:
    """True when a title's last line ``words`` is one word a reader sees as one: a short word
    ("2024", ``_lone``) or a compound of two syllables bound by U+00A0 ("nổi bật", "nông
    nghiệp": R18 #7, "…ngân sách, / nông nghiệp"); not "năm 2024" (a year with its noun) nor
    "nông thôn mới"."""
    if _lone(words):
        return True
    seen = " ".join(words).split(" ")
    return (
        len(seen) == 1
        and len(seen[0].split(NBSP)) == 2
        and not any(ch.isdigit() for ch in seen[0])
        and _widow(seen[0])
    )


def break_cost(lines: list[str], pairs: WordPairs | None = None, kind: Kind = TITLE) -> float:
    """The sum of the line-break penalties of a title (or a text of ``kind``) set in
    ``lines``, and ``WIDOW_PENALTY`` when its last line holds one word (for a title, a word of
    two bound syllables too, ``_title_widow``)."""
    lone = _title_widow if kind is TITLE else _lone
    widow = WIDOW_PENALTY if len(lines) > 1 and lone(lines[-1].split(" ")) else 0.0
    words, at = seams(lines, strip=False)
    return widow + sum(max(0.0, seam_cost(words, j, kind, pairs)) for j in at)


KEEP_WHOLE = frozenset(("list", "complement"))
"""Classes of ``breaks.phrase_cuts`` a title keeps whole only at its size: a short list parted
at one of its commas ("Bối cảnh, khó khăn, / thách thức năm 2023") is a break a reader takes,
never a reason to set a title smaller (review R10: section titles 39.6 -> 34.6 pt for a stub
line "năm 2023"); nor is a word parted from the dash pair that completes it ("Kết quả phát
triển / kinh tế - xã hội năm 2023": every section title of the sample a point smaller, for
one of them, R14)."""


def shrink_cost(lines: list[str], pairs: WordPairs | None = None) -> float:
    """``break_cost`` of a title's ``lines`` as a reason to set it smaller: a break that parts
    only a phrase of ``KEEP_WHOLE`` (after a comma) costs as its two words alone say. R18 #7's
    terms (a two-syllable widow, a title's dash rate, ``title_sets``) choose among a size's
    lines, never the size: a last line of one short word is a widow here, a dash costs as a
    body's (``breaks.seam_cost`` with ``shrink``)."""
    widow = WIDOW_PENALTY if len(lines) > 1 and _lone(lines[-1].split(" ")) else 0.0
    words, at = seams(lines, strip=False)
    kept = tuple(words)
    total = widow
    for j in at:
        cuts = kept_cuts(kept, j)
        if cuts and set(cuts) <= KEEP_WHOLE:
            total += max(0.0, TITLE.seam(words[j - 1], words[j], pairs or WordPairs()))
        else:
            total += max(0.0, seam_cost(words, j, TITLE, pairs, shrink=True))
    return total


_TITLES: OrderedDict[tuple[object, ...], tuple[float, tuple[str, ...]]] = OrderedDict()
TITLES_KEPT = 2048
"""Titles fitted in this process, by text, measurer, width, sizes and word pairs (held by
identity, as ``context._pairs`` keeps them): a run of table slides fits every member's title
for each of its slides, and a preview's rebuild fits them all again."""


def fit_title(
    text: str,
    m: TextMeasurer,
    width_pt: float,
    size_max: float,
    size_min: float,
    max_lines: int,
    pairs: WordPairs | None = None,
    fewer: float = 0.9,
) -> tuple[float, list[str]]:
    """The largest size at which a title takes at most ``max_lines`` lines, broken by
    ``nice_lines`` (the caller writes them with explicit line breaks). Sizes up to 15% smaller
    are tried too: a clean break ("…năm 2023, | nhiệm vụ…", not "xã | hội") wins, then a line
    less if it costs at most 10% of the size (down to ``fewer`` of it)."""
    key = (text, m, width_pt, size_max, size_min, max_lines, pairs, fewer)

    def fitted() -> tuple[float, tuple[str, ...]]:
        size, lines = _fit_title(text, m, width_pt, size_max, size_min, max_lines, pairs, fewer)
        return size, tuple(lines)

    size, lines = kept(_TITLES, key, TITLES_KEPT, fitted)
    return size, list(lines)


def _fit_title(
    text: str,
    m: TextMeasurer,
    width_pt: float,
    size_max: float,
    size_min: float,
    max_lines: int,
    pairs: WordPairs | None = None,
    fewer: float = 0.9,
) -> tuple[float, list[str]]:
    cands: list[tuple[float, list[str], float, float]] = []
    lines: list[str] = []
    for s in sizes(size_max, size_min):
        if cands and s < cands[0][0] * 0.85:
            break
        lines = m.wrap(text, s, width_pt, safety=SAFETY)
        if len(lines) > max_lines:
            continue
        judged = lines
        if len(lines) >= 2:
            # the lines at this size, and the lines that judge the size (``title_sets``)
            sets = title_sets(text, m, s, width_pt, len(lines), pairs)
            if sets is not None:
                lines, judged = sets
        cands.append((s, lines, break_cost(lines, pairs), shrink_cost(judged, pairs)))
    if not cands:  # more lines at the smallest size, broken where a reader would break them
        if len(lines) >= 2:  # (no word alone on the last: R12's "… đọc được / rõ ràng")
            lines = nice_lines(text, m, size_min, width_pt, len(lines), pairs) or lines
        return size_min, lines
    # clean as a reason to shrink: a short list parted at its comma is (``KEEP_WHOLE``)
    clean = [c for c in cands if c[3] <= 0.1]
    if not clean:
        s, lines, _, _ = min(cands, key=lambda c: (c[2], -c[0]))
        return s, lines
    top = clean[0]
    fewer_lines = [
        c
        for c in clean
        if len(c[1]) < len(top[1]) and c[0] >= top[0] * fewer and c[2] <= max(top[2], 0.1)
    ]
    s, lines, _, _ = fewer_lines[0] if fewer_lines else top
    return s, lines
