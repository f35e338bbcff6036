"""Tables: measured column widths and row heights, shrunk to fit, split by rows."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...errors import Location, Problem
from ...i18n import _
from ...kept import kept as _kept
from ...outline.model import SlideSpec
from ...theme.model import blend, contrast_ratio
from ...units import EMU_PER_PT, Inches, Length
from ..breaks import BODY, LABEL
from ..context import PlanContext
from ..fit import (
    LINE_SPACING,
    RAGGED,
    SAFETY,
    bound_lines,
    break_cost,
    keep_last_words,
    nice_lines,
    set_cost,
    sizes,
)
from ..frame import Frame
from ..measure import TextMeasurer, cached_segments
from ..model import Align, Box, Element, Planned, TableBox, TextBox
from ..nobreak import NBSP, ZWSP, bind_compounds, bind_counted
from ..page import body_boxes, clear_of_footer, header, paged
from ..paginate import balance

Row = tuple[str, ...]
_NOWHERE = Location("<table run>")


_NUMERIC: dict[tuple[str, ...], bool] = {}
"""``_numeric_column`` by column: a table's widths are tried at several shares and sizes."""


def _numeric_column(cells: Sequence[str]) -> bool:
    """A column of figures ("10,05%", "dưới 0,9%", "2,4 vạn lao động", "–") reads best right
    aligned, so its numbers line up; a column of names does not."""
    key = tuple(cells)
    found = _NUMERIC.get(key)
    if found is None:
        if len(_NUMERIC) >= 4096:
            _NUMERIC.clear()
        body = [c.strip() for c in cells if c.strip() not in ("", "–", "-", "—")]
        found = _NUMERIC[key] = bool(body) and all(
            any(ch.isdigit() for ch in c) and len(c.split()) <= 6 for c in body
        )
    return found


NUMBER_SHARE = 0.18
"""A column of figures keeps its values on one line up to this share of the table's width…"""
WIDER_SHARES = (0.22, 0.26, 0.3, 0.35, 0.4, 0.45)
"""… or up to one of these, when that makes the table no taller: "126 huy chương" and "9,3 bác
sĩ; 31 giường bệnh" stay on one line when the names column can give the room."""
CELL_SAFETY = 0.0
"""The safety margin a cell's lines are counted with: none. The measurer breaks a cell's text
as LibreOffice does to the pixel (``tools/table_lines.py``: a line filling 99,98% of its cell
is set on one line); counted with ``fit.SAFETY`` (3%), a cell whose text filled 97–100% of its
room got a second line LibreOffice did not set, and its row stood taller than the others (the
sample's slide 40, "Dân số đô thị được cấp nước sạch tập trung": 12 cells of 675 in the sample
and the tables stress outline, every theme). The widths keep their margin (``_extent``)."""
HEADER_SHARE = 0.24
"""… and its header ("Kế hoạch 2024") on one line up to this share."""


def _names_first(
    header: Row,
    rows: Sequence[Row],
    natural: list[float],
    minimum: list[float],
    head: list[float],
    m: TextMeasurer,
    size: float,
    pad: float,
    total_pt: float,
    share: float = NUMBER_SHARE,
    columns: tuple[list[bool], list[float]] | None = None,
) -> list[float] | None:
    """Widths (pt) for a table of names and figures too wide for one line a cell: the columns
    of figures as wide as their values and headers (up to ``NUMBER_SHARE`` each), the names as
    wide as they need, the room left to the figures; None when the names would still wrap (the
    caller shares the room as HTML does). ``columns``: ``_columns``, when known already."""
    n = len(header)
    numeric, values = columns or _columns(header, rows, m, size, pad)
    if not any(numeric) or all(numeric):
        return None
    values = [
        max(min(v, total_pt * share), min(head[c], total_pt * HEADER_SHARE))
        for c, v in enumerate(values)
    ]
    want = [max(minimum[c], values[c]) if numeric[c] else natural[c] for c in range(n)]
    slack = total_pt - sum(want)
    if slack < 0:
        # the names wrap: the figures keep their values' width, the names share the rest
        rest = total_pt - sum(w for w, num in zip(want, numeric, strict=True) if num)
        lo = sum(mn for mn, num in zip(minimum, numeric, strict=True) if not num)
        hi = sum(nat for nat, num in zip(natural, numeric, strict=True) if not num)
        if rest < lo:
            return None
        t = (rest - lo) / (hi - lo) if hi > lo else 0.0
        return [
            w if num else mn + (nat - mn) * t
            for w, mn, nat, num in zip(want, minimum, natural, numeric, strict=True)
        ]
    grow = [natural[c] - want[c] if numeric[c] else 0.0 for c in range(n)]
    share = min(1.0, slack / sum(grow)) if sum(grow) > 0 else 0.0
    widths = [w + g * share for w, g in zip(want, grow, strict=True)]
    left = total_pt - sum(widths)
    names = sum(w for w, num in zip(widths, numeric, strict=True) if not num)
    return [
        w + (left * w / names if not num else 0.0) for w, num in zip(widths, numeric, strict=True)
    ]


def _columns(
    header: Row, rows: Sequence[Row], m: TextMeasurer, size: float, pad: float
) -> tuple[list[bool], list[float]]:
    """Which columns hold figures (``_numeric_column``), and each column's widest value on one
    line (pt): what ``_names_first`` starts from at every share it tries."""
    n = len(header)
    numeric = [_numeric_column([r[c] for r in rows]) for c in range(n)]
    # a figures column is as wide as its values and its header ("Kế hoạch 2024" on one line),
    # up to its share: a name wraps before a figure or its header does
    values = [
        max((m.width_pt(r[c], size) / (1 - SAFETY) + pad + 1 for r in rows), default=0.0)
        for c in range(n)
    ]
    return numeric, values


def _shortest(
    header: Row,
    rows: Sequence[Row],
    natural: list[float],
    minimum: list[float],
    head: list[float],
    m: TextMeasurer,
    size: float,
    pad: float,
    total_pt: float,
    whole: bool = False,
    extra: Sequence[float] = (),
) -> list[float] | None:
    """``_names_first``'s widths with the figures' share that makes the table shortest (its
    rows' lines added up); of equally short ones, the narrowest figures: a figure column
    takes more room from the names only when that saves lines ("126 huy chương" on one
    line). ``whole``: the narrowest figures' share at which every figure is on one line, the
    names wrapping instead ("9,3 bác sĩ; 31 giường bệnh" whole beside "Trên một vạn dân: /
    bác sĩ; giường bệnh"), when a share does; the caller takes it only where the table keeps
    its size and pages (``plan``)."""
    best: tuple[int, list[float]] | None = None
    numeric, values = _columns(header, rows, m, size, pad)
    # a column of figures after another is its values' width and ``_after_figures``'s more
    columns = numeric, [v + e for v, e in zip(values, extra or [0.0] * len(values), strict=True)]
    counted: dict[tuple[int, float], list[int]] = {}

    def lines_at(c: int, w: float) -> list[int]:
        """Each row's lines in column ``c`` at width ``w``: counted once for all the shares
        (a share widens the figures and narrows the names; the other columns keep theirs)."""
        got = counted.get((c, w))
        if got is None:
            got = counted[c, w] = [
                len(m.wrap(r[c], size, w - pad, safety=CELL_SAFETY)) for r in rows
            ]
        return got

    for share in (NUMBER_SHARE, *WIDER_SHARES):
        widths = _names_first(
            header, rows, natural, minimum, head, m, size, pad, total_pt, share, columns
        )
        if widths is None:
            break
        if whole and all(
            n == 1 for c in range(len(header)) if numeric[c] for n in lines_at(c, widths[c])
        ):
            return widths
        per = [lines_at(c, w) for c, w in enumerate(widths)]
        lines = sum(map(max, zip(*per, strict=True))) if rows else 0
        if best is None or lines < best[0]:
            best = (lines, widths)
    return best[1] if best else None


def _after_figures(header: Row, rows: Sequence[Row], gap_pt: float, pad: float) -> list[float]:
    """What each column needs (pt) beyond its text and insets to stand ``gap_pt`` clear of the
    column before it: a column of figures after another (both right-aligned) sets its widest
    value one inset from its left edge, two insets (0.16 in) from the figures before it
    ("2,4 vạn lao động 2,45 vạn lao động" read as one run, the sample's slide 40); it takes
    the rest of ``gap_pt`` (the theme's gap between cards, ``KpiGeometry.gap``)."""
    numeric = [_numeric_column([r[c] for r in rows]) for c in range(len(header))]
    more = max(0.0, gap_pt - pad)
    return [more if c and numeric[c] and numeric[c - 1] else 0.0 for c in range(len(header))]


def _figures_clear(
    widths: Sequence[int],
    header: Row,
    rows: Sequence[Row],
    m: TextMeasurer,
    bold_m: TextMeasurer,
    size: float,
    strong: frozenset[Row],
    pad: float,
) -> float:
    """The least clear space (pt) between two cells side by side in two columns of figures
    (both right-aligned) at ``widths``: the second cell's column less its text, where it is
    set on one line in the column less ``pad`` (a cell of more lines is read down, not across)
    and neither cell is empty or a dash."""
    after = _after_figures(header, rows, 1.0, 0.0)
    clear = []
    for r, row in enumerate((header, *rows)):
        mm = bold_m if r == 0 or row in strong else m
        for c in (c for c, e in enumerate(after) if e):
            if row[c].strip() in _PLACEHOLDER or row[c - 1].strip() in _PLACEHOLDER:
                continue
            w = widths[c] / EMU_PER_PT
            if len(mm.wrap(row[c], size, w - pad, safety=CELL_SAFETY)) == 1:
                clear.append(w - mm.width_pt(row[c], size))
    return min(clear, default=float("inf"))


_EXTENTS: OrderedDict[tuple[object, ...], tuple[float, float]] = OrderedDict()
EXTENTS_KEPT = 4096


def _extent(
    m: TextMeasurer,
    bold_m: TextMeasurer,
    head: str,
    cells: Row,
    bold: tuple[bool, ...],
    size: float,
    pad: float,
) -> tuple[float, float]:
    """A column's widest (no wrapping) and narrowest (longest word) width in points, its header
    in ``bold_m`` (and the cells of ``bold`` rows); kept per column content, as a changed
    figure changes one column of a run."""
    key = (m, bold_m, head, cells, bold, size, pad)
    kept = _EXTENTS.get(key)
    if kept is not None:
        _EXTENTS.move_to_end(key)
        return kept
    natural = minimum = 0.0
    for r, text in enumerate((head, *cells)):
        mm = bold_m if r == 0 or bold[r - 1] else m
        # room for the measuring safety margin, so a cell at its natural width stays one line
        natural = max(natural, mm.width_pt(text, size) / (1 - SAFETY) + pad + 1)
        # the longest piece the measurer (and LibreOffice) will not break: words bound by
        # U+00A0 ("21.671,5 tỷ đồng") are one, "Nghiêng-nghiêng" and a web address break
        # after their hyphens and slashes (taken whole, they left a column of names narrower
        # than its words: "Tài nguyê / n", "Truyền th / ông")
        longest = max((mm.width_pt(g.word, size) for g in cached_segments(text)), default=0.0)
        minimum = max(minimum, longest / (1 - SAFETY) + pad + 1)
    _EXTENTS[key] = (natural, minimum)
    while len(_EXTENTS) > EXTENTS_KEPT:
        _EXTENTS.popitem(last=False)
    return natural, minimum


_WIDTHS: OrderedDict[tuple[object, ...], tuple[int, ...]] = OrderedDict()
WIDTHS_KEPT = 1024
"""Column widths kept in this process: every table of a run is laid out over the rows of the
whole run (``width_rows``), so its N members ask for the same widths at each size they try
(45 asks, 9 different, when a figure in the sample deck's 6-table run changes)."""


def column_widths(
    m: TextMeasurer,
    bold_m: TextMeasurer,
    header: Row,
    rows: Sequence[Row],
    size: float,
    total: int,
    inset: int,
    strong: frozenset[Row] = frozenset(),
    whole: bool = False,
    gap: int = 0,
) -> list[int]:
    """Column widths (EMU) that add up to ``total``: as HTML's automatic table layout shares
    the room, with ``inset`` inside each cell on the left and right (``strong`` rows, like the
    header, measured in bold; ``whole``: figures on one line where a share keeps them so,
    ``_shortest``); a column of figures after another at least ``gap`` clear of it
    (``_after_figures``)."""
    key = (m, bold_m, header, tuple(rows), size, total, inset, strong, whole, gap)
    widths: tuple[int, ...] = _kept(_WIDTHS, key, WIDTHS_KEPT, lambda: tuple(_column_widths(*key)))
    return list(widths)


def _column_widths(
    m: TextMeasurer,
    bold_m: TextMeasurer,
    header: Row,
    rows: Sequence[Row],
    size: float,
    total: int,
    inset: int,
    strong: frozenset[Row],
    whole: bool = False,
    gap: int = 0,
) -> list[int]:
    n = len(header)
    pad = 2 * inset / EMU_PER_PT
    plain, clear = [], 0.0
    if gap and any(_after_figures(header, rows, 1.0, 0.0)):
        plain = column_widths(m, bold_m, header, rows, size, total, inset, strong, whole)
        clear = _figures_clear(plain, header, rows, m, bold_m, size, strong, pad)
        if clear >= gap / EMU_PER_PT:
            return plain  # the figures stand the gap apart already (co-do 40: 32.9 pt)
    natural, minimum = [0.0] * n, [0.0] * n
    bold = tuple(row in strong for row in rows)
    for c in range(n):
        natural[c], minimum[c] = _extent(
            m, bold_m, header[c], tuple(r[c] for r in rows), bold, size, pad
        )
    extra = _after_figures(header, rows, gap / EMU_PER_PT, pad)
    natural = [x + e for x, e in zip(natural, extra, strict=True)]
    minimum = [x + e for x, e in zip(minimum, extra, strict=True)]
    head = [bold_m.width_pt(t, size) / (1 - SAFETY) + pad + 1 for t in header]
    total_pt = total / EMU_PER_PT
    lo, hi = sum(minimum), sum(natural)
    if hi > total_pt and (
        names_first := _shortest(
            header, rows, natural, minimum, head, m, size, pad, total_pt, whole, extra
        )
    ):
        widths = names_first
    # the automatic table layout of HTML: between each column's narrowest (longest word) and
    # widest (no wrapping) width, share the room in proportion to what each column could use
    elif hi <= total_pt:
        widths = [x * total_pt / hi for x in natural]
    elif lo >= total_pt:
        widths = [x * total_pt / lo for x in minimum]
    else:
        t = (total_pt - lo) / (hi - lo)
        widths = [mn + (mx - mn) * t for mn, mx in zip(minimum, natural, strict=True)]
    widths = _no_tall_cells(widths, header, rows, bold, m, bold_m, size, pad, extra)
    emu = [round(w * EMU_PER_PT) for w in widths]
    emu[-1] += total - sum(emu)
    if (
        gap
        and any(extra)
        and _figures_clear(emu, header, rows, m, bold_m, size, strong, pad) <= clear
    ):
        return plain  # the room shared otherwise, the figures no clearer apart
    return emu


TALL_CELL = 3
"""A cell set on this many lines or more ("7,5–8%, / phấn đấu / trên 8%" in a plan column,
the sample's slide 35) is widened from the room the other columns do not use."""
GIVE_MARGIN = 2.0
"""Points a column that gives room keeps beyond the narrowest width at which LibreOffice sets
its cells on as many lines as before (its share of the 3% measuring margin, ``fit.SAFETY``,
is room it does not use); the widened column takes what it needs and half the rest."""


def _no_tall_cells(
    widths: list[float],
    header: Row,
    rows: Sequence[Row],
    bold: tuple[bool, ...],
    m: TextMeasurer,
    bold_m: TextMeasurer,
    size: float,
    pad: float,
    extra: Sequence[float] = (),
) -> list[float]:
    """``widths`` (pt) with each column holding a cell of ``TALL_CELL`` lines or more widened
    until every cell of it takes at most one line less, the room taken from the other columns
    in proportion to what each can give without a cell of theirs taking another line; as they
    are when the others cannot give enough."""
    cells = [header, *rows]
    fonts = [bold_m, *(bold_m if b else m for b in bold)]

    def lines(c: int, w: float) -> list[int]:
        return [
            len(mm.wrap(r[c], size, w - pad, safety=CELL_SAFETY)) if r[c] else 1
            for r, mm in zip(cells, fonts, strict=True)
        ]

    def over(c: int, w: float, most: list[int]) -> bool:
        """True when a cell of column ``c`` takes more lines than ``most`` at width ``w``: the
        cells wrapped in turn up to the first that does (``lines``, without the rest)."""
        return any(
            (len(mm.wrap(r[c], size, w - pad, safety=CELL_SAFETY)) if r[c] else 1) > b
            for r, mm, b in zip(cells, fonts, most, strict=True)
        )

    def narrowest(c: int, most: list[int], lo: float, hi: float) -> float | None:
        """The narrowest width in [lo, hi] (to half a point) at which no cell of column ``c``
        takes more lines than ``most``, as LibreOffice sets them (``CELL_SAFETY``); None
        when even ``hi`` is too narrow."""
        if over(c, hi, most):
            return None
        while hi - lo > 0.5:
            mid = (lo + hi) / 2
            if over(c, mid, most):
                lo = mid
            else:
                hi = mid
        return hi

    out = list(widths)
    for c in range(len(out)):
        now = lines(c, out[c])
        if max(now) < TALL_CELL:
            continue
        give = []
        for d in range(len(out)):
            need = narrowest(d, lines(d, out[d]), pad, out[d]) if d != c else None
            keep = extra[d] if extra else 0.0  # a figures column's gap (``_after_figures``)
            give.append(max(0.0, out[d] - need - keep - GIVE_MARGIN) if need is not None else 0.0)
        target = [min(x, max(now) - 1) for x in now]
        wider = narrowest(c, target, out[c], out[c] + sum(give))
        if wider is None:
            continue
        spare = sum(give)
        # what it needs and half of what is left: its text clear of the column beside it
        want = wider - out[c] + (spare - (wider - out[c])) / 2
        out = [w + want if d == c else w - want * give[d] / spare for d, w in enumerate(out)]
    return out


def line_pitch(m: TextMeasurer, size: float) -> float:
    """A table cell's line pitch in points: LibreOffice gives a cell's lines at least the
    font's own height (ascent + descent), more than its 1.2 em for tall fonts (Noto Sans,
    DejaVu Sans)."""
    v = m.metrics
    own = (v.ascent + v.descent) / v.units_per_em * size * LINE_SPACING
    return max(m.line_height_pt(size, LINE_SPACING), own)


COMPACT = 0.25
"""A table too tall for its slide by a little sets its cells' top and bottom margins at this
share of the inset (not half of it) before it takes another slide: "2,45 vạn lao động" kept
whole widens its column, and the names beside it wrap."""


def margin_v(inset: int, compact: bool) -> int:
    """A cell's top and bottom margin (EMU), as the writer sets them."""
    return round(inset * COMPACT) if compact else inset // 2


def row_height(
    m: TextMeasurer, texts: Row, widths: list[int], size: float, inset: int, compact: bool = False
) -> float:
    """A row's height in points: its tallest cell, with its top and bottom margin
    (``margin_v``)."""
    lh = line_pitch(m, size)
    pad = 2 * margin_v(inset, compact) / EMU_PER_PT
    lines = max(
        len(m.wrap(t, size, (w - 2 * inset) / EMU_PER_PT, safety=CELL_SAFETY))
        for t, w in zip(texts, widths, strict=True)
    )
    return lines * lh + pad + 2


_CELLS: OrderedDict[tuple[object, ...], str] = OrderedDict()
CELLS_KEPT = 8192
"""Cells set kept in this process (``_set_cell``, the measurer in the key): the tables of a
run are measured at each size over the run's column widths, and a rebuild after one figure
changed measures the run again, most of its cells at the same widths."""


def _set_cell(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """A cell's text with no word alone on its last line, its phrases kept on their lines."""
    return _kept(
        _CELLS, (m, text, size, width_pt), CELLS_KEPT, lambda: _cell(text, m, size, width_pt)
    )


def _cell(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``_set_cell``: a bracket kept whole where it fits a line (``_whole_brackets``), the last
    two words bound (``fit.keep_last_words``), the lines broken between phrases
    (``phrase_cell``); without the binding of the last words where it leaves a line that is
    a stub (``_stub_lines``: "– thu / từ hoạt động xuất nhập khẩu", coreoz 38) and the text
    set without it has none, in no more lines."""
    text = _whole_brackets(text, m, size, width_pt)
    kept = phrase_cell(keep_last_words(text, m, size, width_pt), m, size, width_pt)
    if kept == text or not _stub_lines(kept, m, size, width_pt):
        return kept
    plain = phrase_cell(text, m, size, width_pt)
    lines = len(m.wrap(kept, size, width_pt, safety=CELL_SAFETY))
    if len(m.wrap(plain, size, width_pt, safety=CELL_SAFETY)) <= lines and not _stub_lines(
        plain, m, size, width_pt
    ):
        return plain
    return kept


_DASHES = ("–", "-", "—")
STUB_WORDS = 2
"""A line but the last of a cell that opens on a dash and holds at most this many words besides
it ("– thu") is a stub: the item it introduces is read on the next line."""


def _stub_lines(text: str, m: TextMeasurer, size: float, width_pt: float) -> bool:
    """True when a line but the last of ``text``, as LibreOffice sets it in ``width_pt``, is a
    dash and at most ``STUB_WORDS`` words, or leaves a bracket open."""
    lines = [ln.strip() for ln in m.wrap(text, size, width_pt, safety=CELL_SAFETY)]
    for ln in lines[:-1]:
        words = ln.replace(NBSP, " ").split()
        if words and words[0] in _DASHES and len(words) - 1 <= STUB_WORDS:
            return True
        if ln.count("(") > ln.count(")"):
            return True
    return False


_BRACKET = re.compile(r"\([^()]*\)")


def _whole_brackets(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``text`` with each bracket's breaks after a slash (``ZWSP``, a ratio's unit "(bé
    trai/100 bé gái)", ``split_row``) and its spaces bound (U+00A0) when the bracket fits a
    line of ``width_pt``: a label breaks before its bracket, never inside it (coreoz 39,
    "(bé trai/ / 100 bé gái)")."""
    if "(" not in text:
        return text

    def whole(found: re.Match[str]) -> str:
        group = found.group()
        bound = group.replace(ZWSP, "").replace(" ", NBSP)
        if bound == group or m.width_pt(bound, size) > width_pt * (1 - SAFETY):
            return group
        return bound

    return _BRACKET.sub(whole, text)


def _measure(
    frame: Frame,
    header: Row,
    rows: list[Row],
    size: float,
    width: int,
    width_rows: list[Row],
    strong: frozenset[Row] = frozenset(),
    compact: bool = False,
    whole: bool = False,
    gap: int | None = None,
) -> tuple[list[int], float, list[float], Row, list[Row]]:
    """Column widths (over ``width_rows``), header height and row heights at ``size``, and the
    header and rows with no word alone on a cell's last line; ``strong`` rows (highlighted)
    are measured in bold, as they are drawn; ``compact``: with smaller top and bottom margins;
    ``whole``: figures on one line where a share of the width keeps them so (``_shortest``);
    ``gap``: how far (EMU) a column of figures after another stands clear of it (``gap_kept``;
    None: ``figure_gap``)."""
    m, bold_m, inset = frame.measure.body, frame.measure.bold, frame.table.inset
    widths = column_widths(
        m, bold_m, header, width_rows, size, width, inset, strong, whole,
        figure_gap(frame, size) if gap is None else gap,
    )  # fmt: skip
    room = [(w - 2 * inset) / EMU_PER_PT for w in widths]

    def kept(row: Row, mm: TextMeasurer) -> Row:
        return tuple(_set_cell(t, mm, size, w) for t, w in zip(row, room, strict=True))

    fonts = [bold_m if r in strong else m for r in rows]
    header = kept(header, bold_m)
    rows = [kept(r, mm) for r, mm in zip(rows, fonts, strict=True)]
    head_h = row_height(bold_m, header, widths, size, inset, compact)
    heights = [
        row_height(mm, r, widths, size, inset, compact) for r, mm in zip(rows, fonts, strict=True)
    ]
    return widths, head_h, heights, header, rows


CELL_PHRASE_LINES = 2
"""The most lines of a cell that ``phrase_cell`` sets between phrases: a cell of two lines reads
as a label ("Tỷ lệ lao động / qua đào tạo có bằng cấp, chứng chỉ"); a longer one is a paragraph,
whose breaks a label's costs would set worse than LibreOffice ("mạng lưới trường, / lớp",
"khám, / chữa bệnh" in the stress tables' long cells)."""


def phrase_cell(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """A cell's text with its lines broken between phrases, in as many lines as LibreOffice
    sets it, when the break-cost model sets them better than LibreOffice's first fit: a clause
    after a comma stays whole before a clause's inside is broken ("7,5–8%, / phấn đấu trên 8%",
    not "7,5–8%, phấn đấu / trên 8%"). LibreOffice breaks a cell's lines itself, so the lines
    are kept by U+00A0 between the words of each (as ``fit.phrase_lines``), and only at the
    width the column already has: the column widths, taken from the unbound text, stay as
    they are. ``text`` as it was when its lines cannot be set so or cost no less."""
    lines = m.wrap(text, size, width_pt, safety=CELL_SAFETY)
    n = len(lines)
    if n < 2 or len(m.wrap(text, size, width_pt, safety=SAFETY)) != n:
        return text
    if n > CELL_PHRASE_LINES:
        return _paragraph_cell(text, m, size, width_pt, [ln.strip() for ln in lines])
    nice = nice_lines(text, m, size, width_pt, n, kind=LABEL)
    if nice is None:
        return text
    first = [ln.strip() for ln in lines]
    if nice == first or break_cost(nice, kind=LABEL) >= break_cost(first, kind=LABEL):
        return text
    return _bound_as(text, nice, n, m, size, width_pt)


def _bound_as(
    text: str, nice: list[str], n: int, m: TextMeasurer, size: float, width_pt: float
) -> str:
    """``text`` with ``nice``'s breaks bound in, when LibreOffice sets it (and we measure it) in
    ``n`` lines; else ``text`` as it was."""
    joined = bound_lines(text, nice)
    if joined is None or any(
        len(m.wrap(joined, size, width_pt, safety=x)) != n for x in (CELL_SAFETY, SAFETY)
    ):
        return text
    return joined


def _paragraph_cell(
    text: str, m: TextMeasurer, size: float, width_pt: float, lines: list[str]
) -> str:
    """A cell of more than ``CELL_PHRASE_LINES`` lines (a paragraph) broken as a bullet is
    (``fit.nice_lines`` with a body's costs, ``fit.set_cost``: a line ending on a word that
    leads the next phrase, a gap in the column's edge, a short last line), in as many lines,
    where that costs less than LibreOffice's first fit (R20 #4: the cells kept LibreOffice's
    breaks, "hồ sơ thủ tục hành chính được / số hóa")."""
    n = len(lines)
    nice = nice_lines(text, m, size, width_pt, n, None, RAGGED * width_pt, BODY)
    if (
        nice is None
        or set_cost(nice, m, size, width_pt) >= set_cost(lines, m, size, width_pt) - 1e-9
    ):
        return text
    return _bound_as(text, nice, n, m, size, width_pt)


def names_wrap(frame: Frame, rows: list[Row], widths: list[int], size: float) -> bool:
    """True when a cell of a column of names (not figures) takes more than one line."""
    m, inset = frame.measure.body, frame.table.inset
    return any(
        len(m.wrap(r[c], size, (w - 2 * inset) / EMU_PER_PT, safety=CELL_SAFETY)) > 1
        for c, w in enumerate(widths)
        if not _numeric_column([r[c] for r in rows])
        for r in rows
    )


GAP_GIVE = 1.0
"""Points a table gives of its size so that a column of figures after another stands the
theme's gap clear of it (``_after_figures``) where, at the larger size, that gap would take
from the names the room that keeps one of them on its lines (the sample's run 36-41 at 22 pt:
"Dân số đô thị / được cấp nước sạch tập trung" on 41 for the gap on 40)."""


FIGURE_GAP_EM = 2.0
"""How far, in ems of the table's size, a column of figures after another stands clear of it
where the names beside them can give the room (``figure_gap``): at the theme's card gap (0.3 in,
21.6 pt, about an em at 21 pt) "2,4 vạn lao động  2,45 vạn lao động" still read as one run from
the back of a hall (default, co-do at 32.9 pt and coreoz 40, graded B)."""


def figure_gap(frame: Frame, size: float) -> int:
    """The gap (EMU) a column of figures after another stands clear of it at ``size``:
    ``FIGURE_GAP_EM`` of the size, at least the theme's gap (``KpiGeometry.gap``); 0 when the
    theme has none."""
    if not frame.kpi.gap:
        return 0
    return max(frame.kpi.gap, round(FIGURE_GAP_EM * size * EMU_PER_PT))


def gap_steps(frame: Frame, size: float) -> tuple[int, ...]:
    """The gaps a table tries at ``size``, widest first: ``figure_gap``, then the theme's."""
    wide = figure_gap(frame, size)
    return (wide, frame.kpi.gap) if wide > frame.kpi.gap else (wide,)


def _gap_rank(frame: Frame, size: float, gap: int) -> int:
    """0 for the widest of ``gap_steps``, 1 for the next, …; the most for no gap."""
    steps = gap_steps(frame, size)
    return steps.index(gap) if gap in steps else len(steps)


def gap_kept(
    frame: Frame,
    header: Row,
    rows: Sequence[Row],
    size: float,
    width: int,
    strong: frozenset[Row] = frozenset(),
    whole: bool = False,
    larger: float | None = None,
    gap: int | None = None,
) -> bool:
    """True when the columns of ``rows`` at ``size`` take the gap (``gap``, EMU; None:
    ``figure_gap``) between two columns of figures (``_after_figures``): where no cell of a
    column of names is set on more lines with it than without it (at ``larger`` when given:
    the size the table gives a point of, ``GAP_GIVE``); always when no column of figures
    follows another."""
    if not frame.kpi.gap or not any(_after_figures(header, rows, 1.0, 0.0)):
        return True
    at = (frame, header, rows, width, strong, whole)
    want = figure_gap(frame, size) if gap is None else gap
    return _no_more(_name_lines(*at, size, want), _name_lines(*at, larger or size, 0))


def _no_more(a: list[int], b: list[int]) -> bool:
    return all(x <= y for x, y in zip(a, b, strict=True))


def _name_lines(
    frame: Frame,
    header: Row,
    rows: Sequence[Row],
    width: int,
    strong: frozenset[Row],
    whole: bool,
    size: float,
    gap: int,
) -> list[int]:
    """The lines of each cell of the columns of names of ``rows`` (and ``header``) at
    ``size``, the columns with the figures' gap (EMU) or without it (0)."""
    m, bold_m, inset = frame.measure.body, frame.measure.bold, frame.table.inset
    widths = column_widths(m, bold_m, header, rows, size, width, inset, strong, whole, gap)
    out = []
    for c, w in enumerate(widths):
        if _numeric_column([r[c] for r in rows]):
            continue
        room = (w - 2 * inset) / EMU_PER_PT
        cells = ((header[c], bold_m), *((r[c], bold_m if r in strong else m) for r in rows))
        out += [len(mm.wrap(t, size, room, safety=CELL_SAFETY)) if t else 1 for t, mm in cells]
    return out


def _split(heights: list[float], cap: float, n: int) -> list[list[int]] | None:
    """Rows into at most n pages under cap, as evenly as possible (header repeated on each)."""
    return balance(
        [[i] for i in range(len(heights))], n, cap, lambda rows: sum(heights[i] for i in rows)
    )


@dataclass(frozen=True)
class _Layout:
    size: float
    widths: list[int]
    head_h: float
    heights: list[float]
    pages: list[list[int]]
    header: Row
    rows: list[Row]
    compact: bool = False

    def page_h(self, page: list[int]) -> float:
        return self.head_h + sum(self.heights[i] for i in page)

    def grown(self, frame: Frame, room_pt: float) -> tuple[float, list[float]]:
        """The header's and rows' heights (pt) once grown into ``room_pt``: the shortest rows
        rise first to a common level (a table of one-line rows stays a regular grid; a row
        of two lines is reached before the others grow past it), at most ``GROW`` of a line
        above the shortest row, the header by ``HEADER_GROW`` of what the shortest row grew;
        the level is the one at which the fullest page fills ``room_pt``. A short table does
        not sit at the top of an empty slide, nor does it turn into a few bands of white."""
        if not self.heights:
            return self.head_h, []
        low = min(self.heights)

        def page_at(level: float, page: list[int]) -> float:
            return (
                self.head_h
                + HEADER_GROW * (level - low)
                + sum(max(self.heights[i], level) for i in page)
            )

        def fits(level: float) -> bool:
            return all(page_at(level, p) <= room_pt for p in self.pages)

        lo, hi = low, low + GROW * line_pitch(frame.measure.body, self.size)
        if fits(hi):
            lo = hi
        elif fits(lo):
            for _ in range(40):  # to well under a hundredth of a point
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if fits(mid) else (lo, mid)
        return self.head_h + HEADER_GROW * (lo - low), [max(h, lo) for h in self.heights]

    def grown_h(self, frame: Frame, room_pt: float) -> float:
        """The height (pt) of the tallest page once its rows have grown."""
        head, rows = self.grown(frame, room_pt)
        return max(head + sum(rows[i] for i in p) for p in self.pages)


GROW = 1.0
"""A table's rows grow into the free height of its slide up to this share of a line above its
shortest row…"""
HEADER_GROW = 0.5
"""… its header row by this share of what the shortest row grows."""


_LAYOUTS: OrderedDict[tuple[object, ...], _Layout] = OrderedDict()
LAYOUTS_KEPT = 512
"""Table layouts kept in this process: each table of a run of N is laid out for every slide of
the run (its shared size and height), and a preview's rebuild lays the run out again; the same
table with the same rows, body, frame and run gives the same layout."""


_last_frame: list[tuple[Frame, str]] = []


def _frame_key(frame: Frame) -> str:
    """The frame as a key (each plan builds its own, equal to the last when the theme is)."""
    if not _last_frame or _last_frame[0][0] is not frame:
        _last_frame[:] = [(frame, repr(frame))]
    return _last_frame[0][1]


def layout(
    header: Row,
    rows: list[Row],
    body: Box,
    frame: Frame,
    width_rows: list[Row] | None = None,
    size_max: float | None = None,
    strong: frozenset[Row] = frozenset(),
    whole: bool = False,
    give: bool = True,
    given: float | None = None,
) -> _Layout:
    """The largest size (up to ``size_max``) at which the table fits on the fewest pages, its
    columns as wide as ``width_rows`` (all rows of its run of tables) need (``whole``: its
    figures on one line where a share of the width keeps them so; ``give``: a point of its
    size given for the figures' gap where that keeps its names' lines, ``GAP_GIVE``;
    ``given``: the size its run gave a point of, ``size_max`` a point under it)."""
    wrows = None if width_rows is None else tuple(width_rows)
    key = (_frame_key(frame), header, tuple(rows), body, wrows, size_max, strong, whole)
    key2 = (*key, give, given)
    return _kept(
        _LAYOUTS,
        key2,
        LAYOUTS_KEPT,
        lambda: _layout(
            header, rows, body, frame, width_rows, size_max, strong, whole, give, given
        ),
    )


def _sizes(top: float, size_max: float, size_min: float) -> list[float]:
    """The sizes a table tries, largest first: above the theme's body size (growing) by whole
    points, then from the body size down, as before it grew."""
    above = [s for s in sizes(top, size_max) if s > size_max] if top > size_max else []
    return above + sizes(min(top, size_max), size_min)


def _layout(
    header: Row,
    rows: list[Row],
    body: Box,
    frame: Frame,
    width_rows: list[Row] | None,
    size_max: float | None,
    strong: frozenset[Row],
    whole: bool = False,
    give: bool = True,
    given: float | None = None,
) -> _Layout:
    g = frame.table
    cap = body.h / EMU_PER_PT
    wrows = width_rows if width_rows is not None else rows
    grow = max(g.size_max, g.size_grow)  # short content grows (``names_wrap`` below)
    top = grow if size_max is None else min(size_max, grow)
    for n_pages in range(1, len(rows) + 1 if top >= g.size_min else 1):
        # smaller, then with smaller cell margins, before another slide
        for compact in (False, True):
            held: _Layout | None = None
            held_rank = 0
            for size in _sizes(top, g.size_max, g.size_min):
                if held is not None and size < held.size - GAP_GIVE:
                    break
                # the point given for the figures' gap: by this table (``held``), or by its run
                # (``given``, ``size_max`` a point under it for every table of the run)
                larger = held.size if held else given if size == top and give else None
                # the widest gap that costs no name a line (``gap_steps``), or none
                gap = next(
                    (
                        want
                        for want in gap_steps(frame, size)
                        if gap_kept(frame, header, wrows, size, body.w, strong, whole, larger, want)
                    ),
                    0,
                )
                widths, head_h, heights, head, kept = _measure(
                    frame, header, rows, size, body.w, wrows, strong, compact, whole, gap
                )
                if size > g.size_max and names_wrap(frame, rows, widths, size):
                    continue  # short content grows only while its names stay on one line
                pages = _split(heights, cap - head_h, n_pages)
                if pages is None:
                    continue
                got = _Layout(size, widths, head_h, heights, pages, head, kept, compact)
                rank = _gap_rank(frame, size, gap)
                if rank == 0:
                    return got
                if held is not None:
                    # a point smaller for a wider gap only (co-do 40: 24 pt, 32.9 pt apart)
                    return got if rank < held_rank else held
                if size - GAP_GIVE < g.size_min or not give:
                    return got
                # the widest gap would cost a name a line here: a point smaller may keep both
                held, held_rank = got, rank
            if held is not None:
                return held
    # below the theme's body minimum only when a row is taller than a slide there: the
    # largest size at which every row fits, on as few pages as it can (``plan`` warns)
    floor = min(g.size_min, g.size_floor)
    for size in (s for s in sizes(max(top, floor), floor) if s < g.size_min):
        widths, head_h, heights, head, kept = _measure(
            frame, header, rows, size, body.w, wrows, strong, whole=whole
        )
        for n_pages in range(1, len(rows) + 1):
            pages = _split(heights, cap - head_h, n_pages)
            if pages is not None:
                return _Layout(size, widths, head_h, heights, pages, head, kept)
    # a single row taller than the slide: keep it, the doctor will say so
    size = min(g.size_min, g.size_floor)
    widths, head_h, heights, head, kept = _measure(
        frame, header, rows, size, body.w, wrows, strong, whole=whole
    )
    return _Layout(size, widths, head_h, heights, [list(range(len(rows)))], head, kept)


def tables(
    header: Row,
    rows: list[Row],
    body: Box,
    frame: Frame,
    width_rows: list[Row] | None = None,
    size_max: float | None = None,
    tallest_pt: float = 0.0,
    highlight: tuple[int, ...] = (),
    run_strong: frozenset[Row] = frozenset(),
    whole: bool = False,
    narrow: bool = True,
    given: float | None = None,
) -> list[TableBox]:
    """The table in ``body``: one table a page, at the largest size that fits on the fewest
    pages, its header repeated on each, its rows grown into the free height (``_Layout.grow``).
    A table on one page sits in the middle of the body (as if it were ``tallest_pt`` tall, the
    tallest of its run once grown, so a run's tables line up). ``run_strong``: the rows its
    run highlights, measured bold for every member's column widths (a run keeps its columns).
    ``narrow``: whether a table of names and one column of figures may be narrowed to its
    names (``_beside_names``): not in a run of table slides of other columns, whose edges it
    keeps. ``given``: ``layout``'s."""
    g = frame.table
    align = tuple(
        Align.RIGHT if _numeric_column([r[c] for r in rows]) else Align.LEFT
        for c in range(len(header))
    )
    strong = frozenset(rows[i] for i in highlight) | run_strong
    lay = layout(header, rows, body, frame, width_rows, size_max, strong, whole, given=given)
    head_h, heights = lay.grown(frame, body.h / EMU_PER_PT)
    levels = _page_levels(lay, frame, head_h, heights)
    y = body.y
    if len(lay.pages) == 1:
        h = max(tallest_pt, lay.grown_h(frame, body.h / EMU_PER_PT)) * EMU_PER_PT
        y = Length(body.y + max(0, round((body.h - h) / 2)))
    # a run's tables share their edges and columns (R20: lo's 42, narrowed to its own names
    # as R16 asked, ended 2 in left of its run's other seven): narrowed only as one, over all
    # the run's rows, and only when the slides of the run all have these columns
    widths = _beside_names(lay, align, strong, frame, width_rows) if narrow else lay.widths
    c = frame.colors
    out = []
    for page, level in zip(lay.pages, levels, strict=True):
        # whole EMU, rounded down: the grown rows stay inside the body
        hs = [int(head_h * EMU_PER_PT)] + [int(max(heights[i], level) * EMU_PER_PT) for i in page]
        out.append(
            TableBox(
                box=Box(body.x, y, Length(sum(widths)), Length(sum(hs))),
                header=lay.header,
                rows=group_once([lay.rows[i] for i in page]),
                col_widths=tuple(Length(w) for w in widths),
                row_heights=tuple(Length(h) for h in hs),
                size_pt=lay.size,
                font=frame.fonts.body,
                text_color=c.text,
                header_fill=c.primary,
                header_color=c.on_primary,
                band_fill=c.surface,
                name="Table",
                align=align,
                inset=g.inset,
                highlight=tuple(k for k, i in enumerate(page) if i in highlight),
                # a tint of the accent under the text colour, never a fill text cannot read on
                highlight_fill=highlight_fill(frame) if highlight else None,
                margin_v=Length(margin_v(g.inset, True)) if lay.compact else None,
            )
        )
    return out


PART_GROW = 0.75
"""How far (a share of a line) the rows of a continued table's shorter part rise above the
level its fullest part set (``_page_levels``)."""


def _page_levels(lay: _Layout, frame: Frame, head_h: float, heights: list[float]) -> list[float]:
    """Per page of a continued table, the level (pt) its shorter rows rise to so the page ends
    where its fullest page ends, at most ``PART_GROW`` of a line above its shortest row: a
    last part of four rows does not leave half its slide empty under rows the fullest part's
    height set (the stress tables' 4/5 and 5/5 in tuong-phan). 0 for a table on one page."""
    if len(lay.pages) < 2:
        return [0.0] * len(lay.pages)
    target = max(head_h + sum(heights[i] for i in p) for p in lay.pages)
    pitch = line_pitch(frame.measure.body, lay.size)
    out = []
    for page in lay.pages:
        hs = [heights[i] for i in page]
        lo = min(hs)
        hi = lo + PART_GROW * pitch

        def page_at(level: float, hs: list[float] = hs) -> float:
            return head_h + sum(max(h, level) for h in hs)

        if page_at(hi) <= target:
            out.append(hi)
            continue
        for _step in range(40):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if page_at(mid) <= target else (lo, mid)
        out.append(lo)
    return out


BESIDE_GAP = Inches(0.5)
"""What a table's one column of figures keeps between it and the end of its longest name
(``_beside_names``)…"""
BESIDE_MIN = Inches(1)
"""… when its names column would otherwise leave more than this much more empty."""


def _beside_names(
    lay: _Layout,
    align: tuple[Align, ...],
    strong: frozenset[Row],
    frame: Frame,
    width_rows: list[Row] | None = None,
) -> list[int]:
    """The column widths a table is drawn with: its layout's, except that a table of names
    and one column of figures (an index column, "(18)", before them aside) whose names leave
    their column mostly empty is narrowed, the figures set ``BESIDE_GAP`` after its longest
    name, the table kept at the body's left edge, where its run's tables start (review R14:
    slide 42's "Kế hoạch 2024" sat at the far right, 4.8 in from its names). The names and
    figures keep their lines: each column keeps at least its widest text's width, which it
    had (a name that wrapped leaves no room to take). A run of tables with these columns
    (``width_rows``: all their rows) is narrowed as one, to its longest name, so that its
    figures stay in one place from slide to slide (issue 14): the sample's 42 shares its
    columns with 43, whose names fill the body, and keeps them."""
    widths = list(lay.widths)
    right = [a is Align.RIGHT for a in align]
    names = [c for c, r in enumerate(right) if not r]
    if len(names) != 1 or sum(right[names[0] + 1 :]) != 1 or names[0] != len(widths) - 2:
        return widths
    c = names[0]
    m, bold_m, inset = frame.measure.body, frame.measure.bold, frame.table.inset
    pad = 2 * inset / EMU_PER_PT
    rows = lay.rows if width_rows is None else width_rows
    bold = tuple(r in strong for r in rows)

    def natural(k: int) -> int:
        cells = tuple(r[k] for r in rows)
        return round(_extent(m, bold_m, lay.header[k], cells, bold, lay.size, pad)[0] * EMU_PER_PT)

    # the empty room between the longest name and the widest figure
    free = [widths[c] - natural(c), widths[c + 1] - natural(c + 1)]
    excess = sum(free) - BESIDE_GAP
    if excess < BESIDE_MIN:
        return widths
    for k in (0, 1):  # from the names first, then from the figures column
        take = max(0, min(free[k], excess))
        widths[c + k] -= take
        excess -= take
    return widths


def group_once(rows: Sequence[Row]) -> tuple[Row, ...]:
    """The rows with a group's label in the first column ("(2)", "(18)") shown once, on the
    first row of its group on the page: a row whose first cell repeats the last label above
    it (rows with an empty first cell, "– trong đó …", between them) leaves it empty, as a
    printed table of indicators does. A continued page shows the label again on its first
    row."""
    out: list[Row] = []
    last = ""
    for row in rows:
        label = row[0].strip() if len(row) > 1 else ""
        if label and label == last:
            row = ("", *row[1:])
        elif label:
            last = label
        out.append(row)
    return tuple(out)


HIGHLIGHT_TINT = 0.25
"""A highlighted row's fill: this share of the accent over the background."""


def highlight_fill(frame: Frame) -> str:
    """The fill of a highlighted row: a light tint of the accent (the band colour if the
    text would read worse on the tint than the theme's 4.5:1)."""
    c = frame.colors
    tint = blend(c.background, c.accent, HIGHLIGHT_TINT)
    return tint if contrast_ratio(c.text, tint) >= 4.5 else c.surface


_PLACEHOLDER = ("", "–", "-", "—")
_RATIO_UNIT = re.compile(
    r"^(?P<n>[-+−]?\d[\d.,]*)[ \u00a0]"
    r"(?P<u>[^\W\d_][^/\d]*/\u200b?\d[\d.,]*[ \u00a0][^\W\d_][^/\d]*)$"
)
"""A figure counted as a ratio of two counted nouns: "118,2 bé trai/100 bé gái"."""


def _parts(text: str) -> list[str]:
    """``text``'s measures, as joined by ";" ("9,3 bác sĩ; 31 giường bệnh")."""
    return [p.strip(" ") for p in text.split(";")]


def _label_parts(text: str, k: int) -> list[str] | None:
    """A label naming ``k`` measures, one label each: "Trên một vạn dân: bác sĩ; giường bệnh"
    -> "Trên một vạn dân: bác sĩ", "Trên một vạn dân: giường bệnh" (the words before the
    colon repeated: each row reads whole); None when it does not name ``k``."""
    head, colon, tail = text.rpartition(":")
    parts = _parts(tail if colon else text)
    if len(parts) != k or not all(parts):
        return None
    return [f"{head}: {p}" if colon else p for p in parts]


def split_row(row: Row, numeric: Sequence[bool]) -> list[Row]:
    """A row of a table of figures as a designer sets it (issue 14):

    - a row whose figures each hold ``k`` measures joined by ";" beside a label that names
      ``k`` ("Trên một vạn dân: bác sĩ; giường bệnh" | "9,3 bác sĩ; 31 giường bệnh") becomes
      ``k`` rows, each measure beside its own label on one line (read across a line break,
      "9,3 bác sĩ; / 31 giường bệnh" read as one value); a cell with no figure ("–") and the
      group label of the first column ("(14)", shown once, ``group_once``) repeat;
    - a figure counted as a ratio of two counted nouns, the same in every figure of the row
      ("118,2 bé trai/100 bé gái"), gives its unit to the label, as a printed table does
      ("Tỷ số giới tính khi sinh (bé trai/100 bé gái)" | "118,2"): the names wrap
      gracefully, the figure stands short.

    Any other row is kept."""
    n = len(row)
    # a first column of figures holds the rows' group labels ("(14)"), not a measure
    figures = [c for c in range(1, n) if numeric[c] and row[c].strip() not in _PLACEHOLDER]
    names = [c for c in range(n) if not numeric[c] and row[c].strip()]
    if not figures or len(names) != 1:
        return [row]
    name = names[0]
    k = max(len(_parts(row[c])) for c in figures)
    if k > 1:
        labels = _label_parts(row[name], k)
        split = [_parts(row[c]) for c in figures]
        if labels is None or any(
            len(ps) != k or not all(any(ch.isdigit() for ch in p) for p in ps) for ps in split
        ):
            return [row]
        by = dict(zip(figures, split, strict=True))
        return [
            tuple(labels[i] if c == name else by[c][i] if c in by else row[c] for c in range(n))
            for i in range(k)
        ]
    found = [_RATIO_UNIT.match(row[c].strip()) for c in figures]
    units = {m["u"].replace("\u200b", "") for m in found if m}
    if not all(found) or len(units) != 1:
        return [row]
    # one group, breaking only after the ratio's "/" (``bind_counted``'s ``ZWSP``)
    bound = re.sub(r"/(?=\d)", "/" + ZWSP, units.pop().replace(" ", NBSP))
    return [
        tuple(
            f"{row[c]} ({bound})"
            if c == name
            else m["n"]
            if c in figures and (m := _RATIO_UNIT.match(row[c].strip()))
            else row[c]
            for c in range(n)
        )
    ]


def split_rows(rows: Sequence[Row], numeric: Sequence[bool]) -> tuple[list[Row], tuple[int, ...]]:
    """``rows`` each set as ``split_row`` sets it, and the outline's row each came from."""
    out: list[Row] = []
    origin: list[int] = []
    for i, row in enumerate(rows):
        parts = split_row(row, numeric)
        out.extend(parts)
        origin.extend([i] * len(parts))
    return out, tuple(origin)


_resolved: list[
    tuple[PlanContext, dict[str, tuple[tuple[Row, list[Row], tuple[int, ...]], list]]]
] = []


def _cells(spec: SlideSpec, ctx: PlanContext) -> tuple[Row, list[Row], tuple[int, ...]]:
    """The table's header and rows as slide text: common words kept whole ("huy chương"), in
    a column of figures each number kept with the word it counts ("126 huy chương"), a row of
    two measures made two rows (``split_rows``; with the outline's row each came from).
    Every slide of a run reads every member's cells: resolved once per plan (``ctx``), the
    figures read noted again on each later call, as resolving them again would (so the plan
    memo sees what each slide depends on)."""
    if not _resolved or _resolved[0][0] is not ctx:
        _resolved[:] = [(ctx, {})]
    done = _resolved[0][1]
    r = ctx.resolver
    hit = done.get(spec.path)
    if hit is not None:
        for key, path in hit[1]:
            r.figure(key, _NOWHERE, path)  # a figure found before: only noted as used
        return hit[0]
    t = spec.table
    assert t is not None
    problems = r.found
    reads: list[tuple[str, str]] = []
    outer, r.reads = r.reads, reads
    try:
        header = tuple(bind_compounds(ctx.text(c)) for c in t.columns)
        rows = [tuple(bind_compounds(ctx.text(c)) for c in row) for row in t.rows]
        numeric = [_numeric_column([r[c] for r in rows]) for c in range(len(header))]
        rows = [tuple(bind_counted(x, numeric[c]) for c, x in enumerate(r)) for r in rows]
        rows, origin = split_rows(rows, numeric)
        cells = header, rows, origin
    finally:
        r.reads = outer
    if outer is not None:
        outer.extend(reads)
    if r.found == problems and all(k in r.figures for k, _ in reads):
        done[spec.path] = (cells, reads)
    return cells


def _highlight(spec: SlideSpec, ctx: PlanContext) -> tuple[int, ...]:
    """The rows ``highlight:`` names, as the table is set (a split row highlighted whole)."""
    named = spec.table.highlight if spec.table else ()
    return tuple(i for i, o in enumerate(_cells(spec, ctx)[2]) if o in named)


def header_of(spec: SlideSpec, ctx: PlanContext) -> Row:
    """A table slide's header as slide text."""
    return _cells(spec, ctx)[0]


def _members(
    run: tuple[SlideSpec, ...], frame: Frame, ctx: PlanContext, top: int = 0
) -> list[tuple[list[Row], Box]]:
    """Each table of a run of tables with the same columns: its rows and its body box (under
    its own title, and no higher than ``top``, ``run_top``)."""
    return [
        (_cells(s, ctx)[1], below(clear_of_footer(_body(s, frame, ctx), frame), top)) for s in run
    ]


_bodies: list[tuple[PlanContext, dict[tuple[str, int], tuple[Frame, Box]]]] = []


def _body(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Box:
    """The body box under a table slide's title (``body_boxes``), kept for the plan (``ctx``):
    every slide of a run of tables reads every member's (``run_top``, ``_members``), 256 asks
    for 8 boxes in the sample deck. The title read through ``ctx.text`` on each ask, as
    before, so the plan memo sees the figures it reads."""
    if not _bodies or _bodies[0][0] is not ctx:
        _bodies[:] = [(ctx, {})]
    done = _bodies[0][1]
    title = ctx.text(spec.title)
    hit = done.get((title, id(frame)))  # the frame kept with its box: its id not reused
    if hit is None:
        hit = done[(title, id(frame))] = (frame, body_boxes(title, frame, ctx)[1])
    return hit[1]


def run_top(run: Sequence[SlideSpec], frame: Frame, ctx: PlanContext) -> int:
    """The top of the body of a run of table slides: under the run's tallest title, on every
    slide of it, so the run's tables start at one height (R13: tuong-phan 38 and 41, whose
    titles take two lines, started their tables about 35 pt under the others')."""
    return max(_body(s, frame, ctx).y for s in run)


def column_run_top(
    run: tuple[SlideSpec, ...], kinds: Sequence[SlideSpec], frame: Frame, ctx: PlanContext
) -> int:
    """The top of the tables of ``run`` (one table's columns) in the run of table slides
    ``kinds``: the run's (``run_top``), unless starting there costs ``run`` a slide it would not
    need under its own titles; then its own. A table continued on one-line titles kept under
    the two-line title of another table (stress tables 8-11: 0.66 in lower) took four slides of
    one or two rows where three hold two each: one more half-empty slide is worse than tables
    starting at two heights."""
    top = run_top(kinds, frame, ctx) if len(kinds) > 1 else 0
    own = run_top(run, frame, ctx) if len(run) > 1 else 0
    if top <= own:
        return top
    header = header_of(run[0], ctx)

    def slides(at: int) -> int:
        members = _members(run, frame, ctx, at)
        all_rows = [r for rs, _ in members for r in rs]
        return sum(len(layout(header, rs, b, frame, all_rows).pages) for rs, b in members)

    return top if slides(top) <= slides(own) else own


def below(box: Box, top: int) -> Box:
    """``box`` with its top moved down to ``top`` (its bottom kept) when it is higher."""
    if top <= box.y:
        return box
    return Box(box.x, Length(top), box.w, Length(box.bottom - top))


def banded(
    spec: SlideSpec, kinds: Sequence[SlideSpec], top: int, frame: Frame, ctx: PlanContext
) -> Frame:
    """``frame`` for the slide of ``spec`` in the run of table slides ``kinds``, its table
    starting at ``top`` (``column_run_top``). Where the run's titles end at different heights
    and the table starts at the run's top (under its tallest title, ``run_top``), every title
    of the run sits at the bottom of one title band (``HeaderGeometry.band``), its last line
    and rule where the tallest title's are, one distance above the table: under the band's
    top, a one-line title stood 1.06 in above its table (tuong-phan 36, 37, 39, 40, 42, 43),
    graded B (h42f). A template's title placeholder starts every table at one height: a run
    whose titles take different numbers of lines sets them at its bottom, not centred (coreoz
    40, 43). A table under its own title (``column_run_top``) keeps its title in place."""
    if len(kinds) < 2:
        return frame
    slot = frame.slot("content", "title")
    if slot is None:
        own = _body(spec, frame, ctx).y
        if top != run_top(kinds, frame, ctx) or all(_body(s, frame, ctx).y == top for s in kinds):
            return frame
        head = header(ctx.text(spec.title), frame, ctx)[0][0]
        band = head.box.h + top - own
    elif len({_title(ctx.text(s.title), frame, ctx)[1] for s in kinds}) > 1:
        band = slot.h
    else:
        return frame
    if not _banded or _banded[0][0] is not ctx:
        _banded[:] = [(ctx, {})]
    done = _banded[0][1]
    hit = done.get((id(frame), band))  # the frame kept with its band: its id not reused
    if hit is None:
        out = replace(frame, header=replace(frame.header, band=Length(band)))
        hit = done[(id(frame), band)] = (frame, out)
    return hit[1]


_banded: list[tuple[PlanContext, dict[tuple[int, int], tuple[Frame, Frame]]]] = []
"""``banded``'s frames, kept for the plan (``ctx``): the slides of a run that share a band share
its frame, and ``page.header`` (kept by frame) sets each title once."""


def _run_size(
    header: Row,
    members: list[tuple[list[Row], Box]],
    frame: Frame,
    strong: frozenset[Row] = frozenset(),
    give: bool = True,
) -> float | None:
    """The size a run of tables with the same columns shares: the largest at which each of
    them fits as it would alone (a table that had to go below the theme's minimum does not
    take the others with it); None when none fits at the minimum. ``give``: ``layout``'s."""
    all_rows = [r for rs, _ in members for r in rs]
    shared = [layout(header, rs, b, frame, all_rows, None, strong, give=give) for rs, b in members]
    return min((x.size for x in shared if x.size >= frame.table.size_min), default=None)


def _column_runs(run: tuple[SlideSpec, ...], ctx: PlanContext) -> list[tuple[SlideSpec, ...]]:
    """The runs of tables with the same columns among the consecutive tables ``run``."""
    out: list[tuple[SlideSpec, ...]] = []
    for s in run:
        group = ctx.table_runs.get(s.path, (s,))
        if group not in out:
            out.append(group)
    return out


RUN_FEWER = 0.85
"""How far a title of a run of big-number panels shrinks to keep one line
(``chart_bullets``): a second line would take the panels' height. A run of tables no longer
uses it (``run_titles``)."""


def _title(title: str, frame: Frame, ctx: PlanContext) -> tuple[float, int]:
    """The size and line count ``header`` sets ``title`` at."""
    head = header(title, frame, ctx)[0][0]
    assert isinstance(head, TextBox)
    text = head.paras[0].text
    return head.paras[0].size_pt, text.count("\n") + text.count("\v") + 1


def run_titles(run: tuple[SlideSpec, ...], frame: Frame, ctx: PlanContext) -> Frame:
    """``frame`` for a slide of a run of table slides: every title of the run at one size.
    Titles that each take one line at the deck's own rule (``HeaderGeometry.fewer``: a line
    less only a step under the theme's size) take the smallest size any of them takes (37 and
    35 pt between titles at 40 read as jitter from one table to the next). When one takes two
    lines, the run keeps the deck's size and that title wraps: the whole run shrunk to set its
    longest title on one line (tuong-phan 36-43 at 35 pt between titles at 40, review R12) is a
    jump in the deck's type scale; each table sits under its own title, in the run's columns."""
    titles = tuple(ctx.text(s.title) for s in run)
    if not _run_frames or _run_frames[0][0] is not ctx:
        _run_frames[:] = [(ctx, {})]
    done = _run_frames[0][1]
    hit = done.get((titles, id(frame)))  # one frame for the run: its titles' headers kept
    if hit is None:
        size = min(_title(t, frame, ctx)[0] for t in titles)
        out = frame
        if size < frame.header.size_max:
            out = replace(frame, header=replace(frame.header, size_max=size))
        hit = done[(titles, id(frame))] = (frame, out)
    return hit[1]


_run_frames: list[tuple[PlanContext, dict[tuple[tuple[str, ...], int], tuple[Frame, Frame]]]] = []
"""``run_titles``'s frame for each run, kept for the plan (``ctx``): each slide of a run got a
frame of its own, equal to the others', so ``page.header`` (kept by frame) set the run's titles
again on each slide and ``_frame_key`` wrote the frame's ``repr`` again."""


def whole_figures(
    header: Row,
    members: list[tuple[list[Row], Box]],
    frame: Frame,
    all_rows: list[Row],
    size_max: float | None,
    strong: frozenset[Row],
) -> bool:
    """Whether a run of tables (``members``, one set of column widths over ``all_rows``) sets
    its figures on one line, taking the room from its names column: when every table keeps
    the size and pages it takes with the widths that save most lines. A value read across a
    line break ("9,3 bác sĩ; / 31 giường bệnh", "118,2 bé trai/ / 100 bé gái") reads worse than
    a name that wraps (R6). Judged with no point of the size given for the figures' gap
    (``layout``'s ``give``; ``size_max`` the run's size so taken): that point does not make
    room in the names for one long figure to take it all."""
    for rs, b in members:
        usual = layout(header, rs, b, frame, all_rows, size_max, strong, give=False)
        whole = layout(header, rs, b, frame, all_rows, size_max, strong, True, give=False)
        if (
            whole.size < usual.size
            or len(whole.pages) > len(usual.pages)
            or (whole.compact and not usual.compact)
        ):
            return False
    return True


def plan(spec: SlideSpec, frame: Frame, ctx: PlanContext) -> Planned:
    header, rows = _cells(spec, ctx)[:2]
    assert spec.table is not None
    highlight = _highlight(spec, ctx)
    run = ctx.table_runs.get(spec.path, (spec,))
    if len(run) > 1:  # one title size for the run (each table under its own title)
        frame = run_titles(ctx.kind_runs.get(spec.path, run), frame, ctx)
    # the tables of a run of table slides start at one height, under its tallest title, and
    # the shorter titles sit at the bottom of its band, their rule one distance above the table
    kinds = ctx.kind_runs.get(spec.path, run)
    top = column_run_top(run, kinds, frame, ctx)
    members = _members(run, frame, ctx, top)
    all_rows = [r for rs, _ in members for r in rs]
    strong = frozenset(
        rs[i] for (rs, _), s in zip(members, run, strict=True) for i in _highlight(s, ctx)
    )
    size_max = _run_size(header, members, frame, strong)
    kept = _run_size(header, members, frame, strong, give=False)
    # consecutive tables of other columns ("Năm 2023" dropped) keep the size of this run too
    for other in _column_runs(ctx.kind_runs.get(spec.path, ()), ctx):
        if spec.path not in (s.path for s in other):
            at = column_run_top(other, kinds, frame, ctx)
            o_members = _members(other, frame, ctx, at)
            # with its highlighted rows bold, as that run sizes itself (iconcore 42-43 took
            # 23 pt from 36-41 measured without them, which set themselves at 24 pt)
            o_strong = frozenset(
                rs[i]
                for (rs, _), s in zip(o_members, other, strict=True)
                for i in _highlight(s, ctx)
            )
            size = _run_size(header_of(other[0], ctx), o_members, frame, o_strong)
            if size is not None:
                size_max = size if size_max is None else min(size_max, size)
            size = _run_size(header_of(other[0], ctx), o_members, frame, o_strong, give=False)
            if size is not None:
                kept = size if kept is None else min(kept, size)
    whole = whole_figures(header, members, frame, all_rows, kept, strong)
    # the run a point smaller than it would be, given for the figures' gap (``GAP_GIVE``)
    given = kept if size_max is not None and kept is not None and size_max < kept else None
    # every table of a run of table slides ends where the others end: narrowed to its names
    # only when the whole run has its columns (and is narrowed as one)
    narrow = len(_column_runs(kinds, ctx)) <= 1
    tallest = 0.0
    if all(
        len(layout(header, rs, b, frame, all_rows, None, strong).pages) == 1 for rs, b in members
    ):
        # once grown into their slides, as each of them will be
        tallest = max(
            layout(header, rs, b, frame, all_rows, size_max, strong, whole, given=given).grown_h(
                frame, b.h / EMU_PER_PT
            )
            for rs, b in members
        )

    def pages_for(body: Box) -> tuple[list[TableBox], tuple[Problem, ...]]:
        body = below(clear_of_footer(body, frame), top)
        out = tables(
            header,
            rows,
            body,
            frame,
            all_rows,
            size_max,
            tallest,
            highlight,
            strong,
            whole,
            narrow,
            given,
        )
        size = min(t.size_pt for t in out)
        if size >= frame.table.size_min:
            return out, ()
        t = spec.table
        assert t is not None
        # named on the part that holds the row: the tallest row of the parts set that small
        small = [i for i, b in enumerate(out) if b.size_pt == size]
        part = max(small, key=lambda i: (max(out[i].row_heights[1:], default=0), -i))
        warning = Problem(
            t.location,
            _(
                "a row of this table is taller than a slide at the theme's smallest body size "
                "({size_min:g} pt): the table is set at {size:g} pt"
            ).format(size_min=frame.table.size_min, size=size),
            t.path,
            hint=_("shorten the longest cells, or split the row"),
            severity="warning",
            part=part,
        )
        return out, (warning,)

    def elements(_: Box, table: TableBox) -> list[Element]:
        return [table]

    # a title shorter than the run's tallest at the bottom of the run's title band (``banded``)
    return paged("table", spec, banded(spec, kinds, top, frame, ctx), ctx, pages_for, elements)
