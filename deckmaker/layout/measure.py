"""Measure and wrap text with HarfBuzz the way LibreOffice Impress lays it out."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import uharfbuzz as hb
from fontTools.ttLib import TTFont

# Line-break opportunities as LibreOffice 7.4 (ICU, with its own tailoring) makes them, found by
# rendering test strings: after spaces; after a hyphen or dash, even before a digit ("2020-|2025");
# after "/", "…", "?" or "!" only if no digit follows, and such a "weak" break is taken only when no
# space precedes it on the line (otherwise LibreOffice breaks at that space). Never at NBSP or after
# ",", ";", ":", ".", ")", nor before U+2060 WORD JOINER.
_SPACES = frozenset(" \t")
_STRONG_AFTER = frozenset("-\u2010\u2013\u2014\u200b")  # U+200B: a break that shows nothing
_WEAK_AFTER = frozenset("/\u2026?!")
_WORD_JOINER = "\u2060"  # no break here: "7,5–\u20608%" keeps a range on one line
_USE_TYPO_METRICS = 1 << 7


@dataclass(frozen=True)
class VerticalMetrics:
    """Ascent, descent and gap in font units, chosen as LibreOffice's VCL chooses them: hhea, or
    OS/2 typo when the font sets USE_TYPO_METRICS, or OS/2 win when hhea is empty."""

    units_per_em: int
    ascent: int
    descent: int
    line_gap: int
    source: str
    """Which table the values came from: ``"hhea"``, ``"typo"`` or ``"win"``."""

    @classmethod
    def from_font(cls, path: Path) -> VerticalMetrics:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            upem = font["head"].unitsPerEm
            hhea = font["hhea"]
            os2 = font.get("OS/2")
            ascent, descent, gap, source = hhea.ascent, -hhea.descent, hhea.lineGap, "hhea"
            if os2 is not None:
                if ascent == 0 and descent == 0:
                    ascent, descent, gap, source = os2.usWinAscent, os2.usWinDescent, 0, "win"
                typo = os2.sTypoAscender and os2.sTypoDescender
                if os2.fsSelection & _USE_TYPO_METRICS and typo:
                    ascent, descent = os2.sTypoAscender, -os2.sTypoDescender
                    gap, source = os2.sTypoLineGap, "typo"
        return cls(upem, ascent, descent, gap, source)


class _Segment(NamedTuple):
    """An unbreakable piece of a paragraph and the spaces after it (a named tuple: a text's
    segments are made for each text measured, ~14 µs a text as a frozen dataclass)."""

    word: str
    space: str
    weak: bool = False
    """The break after this piece is a weak one (after "/"): used only if no space precedes it."""


_CHUNK = re.compile(r"([^ \t]*)([ \t]*)")
"""A run of characters but spaces and the spaces after it."""
_BREAKS_AFTER = re.escape("".join(sorted(_STRONG_AFTER | _WEAK_AFTER)))
_NO_BREAK_SPACE = "\u00a0"
_AFTER = re.compile(f"[{_BREAKS_AFTER}](?=[^ \t{_NO_BREAK_SPACE}{_WORD_JOINER}])")
"""A character a line may break after, followed by neither a space, a no-break space nor U+2060
(a weak one still only when no digit follows: ``str.isdigit``, checked by ``segments``).
LibreOffice never breaks between a dash and a no-break space after it ("2021\u00a0-\u00a02025",
a range bound whole: measured, s22); with the break the planner counted "thời kỳ 2021 - / 2025"
where LibreOffice sets "thời kỳ / 2021 - 2025"."""


def segments(text: str) -> list[_Segment]:
    """Split a paragraph at its line-break opportunities (spaces, hyphens, dashes, slashes)."""
    out: list[_Segment] = []
    # the breaks inside words, found in the whole text at once (a word's last character is
    # followed by a space or the text's end either way: no break there)
    breaks: list[tuple[int, bool]] = []
    for found in _AFTER.finditer(text):
        end, weak = found.end(), found.group() in _WEAK_AFTER
        if not (weak and text[end].isdigit()):
            breaks.append((end, weak))
    b = 0
    for chunk in _CHUNK.finditer(text):
        word, space = chunk.group(1), chunk.group(2)
        if not word and not space:
            continue  # the empty match at the text's end
        start = chunk.start()
        while b < len(breaks) and breaks[b][0] <= chunk.end(1):
            end, weak = breaks[b]
            out.append(_Segment(text[start:end], "", weak=weak))
            start = end
            b += 1
        out.append(_Segment(text[start : chunk.end(1)], space))
    return out


def _segments_by_character(text: str) -> list[_Segment]:
    """``segments`` as it was written first, character by character (kept for the tests)."""
    out: list[_Segment] = []
    word: list[str] = []
    space: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _SPACES:
            space.append(ch)
            continue
        if space:
            out.append(_Segment("".join(word), "".join(space)))
            word, space = [], []
        word.append(ch)
        nxt = text[i + 1] if i + 1 < n else " "
        if nxt in _SPACES:
            continue
        if nxt in (_WORD_JOINER, _NO_BREAK_SPACE):
            continue
        if ch in _STRONG_AFTER or (ch in _WEAK_AFTER and not nxt.isdigit()):
            out.append(_Segment("".join(word), "", weak=ch in _WEAK_AFTER))
            word = []
    if word or space:
        out.append(_Segment("".join(word), "".join(space)))
    return out


_SEGMENTS: OrderedDict[str, tuple[_Segment, ...]] = OrderedDict()
SEGMENTS_KEPT = 65536
"""Texts whose segments are kept (every measurer's texts: the sample plans ~6,000); past it the
first kept go first."""


def cached_segments(text: str) -> tuple[_Segment, ...]:
    """``segments(text)``, memoised: the fitting loops measure a text at several sizes."""
    cached = _SEGMENTS.get(text)
    if cached is None:
        cached = _SEGMENTS[text] = tuple(segments(text))
        if len(_SEGMENTS) > SEGMENTS_KEPT:
            _SEGMENTS.popitem(last=False)
    return cached


def _pieces_of(text: str) -> list[str]:
    """The words and spaces of ``text`` in order, as a line is measured piece by piece."""
    return [piece for seg in cached_segments(text) for piece in (seg.word, seg.space)]


def _clusters(word: str) -> list[str]:
    """Split a word into characters, keeping combining marks with their base."""
    out: list[str] = []
    for ch in word:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


# LibreOffice lays text out on a 600 dpi reference device: the font is set at a whole number of
# pixels per em and every glyph advance (kerning included) is rounded to a whole pixel.
_REF_DPI = 600
_HMM_PER_PT = 2540 / 72  # LibreOffice stores font heights in 1/100 mm
# Impress lays out text from .pptx with font-independent line spacing: a line is 1.2 x the font
# height (in whole 1/100 mm), whatever the font's ascent and descent (measured: 16 pt -> 19.16 pt).
_LINE_HEIGHT_FACTOR = 1.2


def _round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


_PPEM: dict[float, int] = {}


def ppem(size_pt: float) -> int:
    """Pixels per em of the font LibreOffice lays ``size_pt`` text out with."""
    px = _PPEM.get(size_pt)
    if px is None:  # a deck uses a handful of sizes, asked for ~100 000 times while planning
        px = _PPEM[size_pt] = _round_half_up(
            _round_half_up(size_pt * _HMM_PER_PT) * _REF_DPI / 2540
        )
    return px


_Run = tuple[int, str]
"""A line being measured: whole pixels of all but its last piece's last glyph, and that piece."""
_EMPTY: _Run = (0, "")
_LineSums = tuple[
    tuple[int, ...], tuple[int, ...], tuple[int, ...], list[int], list[int], list[int]
]
"""A text's pieces at one size, for ``TextMeasurer._wrap``: prefix sums of their pixels, each
piece's join to the one before and its last glyph, which pieces each segment begins and
ends with, and where each segment begins in the text."""


WRAPS_KEPT = 32768
"""Wraps a measurer keeps in each of its two wrap memos (and texts' widths and prefix sums in
theirs); past it the least recently used go. A cold plan of the sample deck makes 11,476 wraps in
its body font: a build drops none; a long preview session, new texts at every edit, stays
bounded."""
PIECES_KEPT = 65536
"""Pieces and letter pairs a measurer keeps (the sample: 6,235 in its body font)."""


class TextMeasurer:
    """Widths, line breaks and heights of text in one font file; results are cached per word."""

    def __init__(self, font_path: Path | str, kerning: bool = True) -> None:
        self.path = Path(font_path)
        self.kerning = kerning
        face = hb.Face(hb.Blob.from_file_path(str(self.path)))
        self._font = hb.Font(face)
        self.metrics = VerticalMetrics.from_font(self.path)
        self._upem = self.metrics.units_per_em
        self._font.scale = (self._upem, self._upem)
        self._features = {"kern": kerning}
        self._advances: OrderedDict[str, tuple[int, ...]] = OrderedDict()
        self._pieces: OrderedDict[tuple[str, int], tuple[int, int]] = OrderedDict()
        self._pairs: OrderedDict[tuple[str, str], int] = OrderedDict()
        """Pieces (words, spaces) and pairs of letters: at most ``PIECES_KEPT`` each, the first
        kept the first to go (a hit costs nothing more than a look-up: these are the hottest)."""
        self._widths: OrderedDict[tuple[str, int], float] = OrderedDict()
        self._sized: OrderedDict[tuple[str, float], float] = OrderedDict()
        """Widths by the size asked for, before it is rounded to pixels (the common look-up)."""
        self._wraps: OrderedDict[tuple[str, int, float], tuple[str, ...]] = OrderedDict()
        self._asked: OrderedDict[tuple[str, float, float, float], tuple[str, ...]] = OrderedDict()
        """Wraps by the size, width and safety asked for, before they are rounded to pixels (the
        common look-up: planning asks ~50 000 times, mostly for a wrap it has made). Both memos
        keep at most ``WRAPS_KEPT`` wraps (``deckmaker.kept``'s policy): a preview session plans
        deck after deck, each edit new texts."""
        self._sums: OrderedDict[tuple[str, int], _LineSums] = OrderedDict()
        """Texts' widths and prefix sums: at most ``WRAPS_KEPT`` each, as the wraps."""
        self._units: OrderedDict[str, tuple[int, int]] = OrderedDict()
        """Lines' advances before rounding (``over_one_line``): at most ``WRAPS_KEPT``."""

    # -- widths ------------------------------------------------------------------------------------
    def _shape(self, text: str) -> tuple[int, ...]:
        """Glyph advances in font units (kerning folded into the advance of the left glyph)."""
        cached = self._advances.get(text)
        if cached is None:
            buf = hb.Buffer()
            buf.add_str(text)
            buf.guess_segment_properties()
            hb.shape(self._font, buf, self._features)
            cached = tuple(pos.x_advance for pos in buf.glyph_positions or ())
            self._advances[text] = cached
            if len(self._advances) > PIECES_KEPT:
                self._advances.popitem(last=False)
        return cached

    def _piece(self, text: str, px: int) -> tuple[int, int]:
        """(whole pixels of all glyphs but the last, the last glyph's advance in font units)."""
        key = (text, px)
        cached = self._pieces.get(key)
        if cached is None:
            adv = self._shape(text)
            scale = px / self._upem
            floor = math.floor  # (``_round_half_up`` inlined: a call per glyph)
            cached = (sum([floor(a * scale + 0.5) for a in adv[:-1]]), adv[-1] if adv else 0)
            self._pieces[key] = cached
            if len(self._pieces) > PIECES_KEPT:
                self._pieces.popitem(last=False)
        return cached

    def _kern(self, left: str, right: str) -> int:
        """Kerning between the last character of one piece and the first of the next, in units."""
        key = (left, right)
        cached = self._pairs.get(key)
        if cached is None:
            cached = self._shape(left + right)[0] - self._shape(left)[0] if self.kerning else 0
            self._pairs[key] = cached
            if len(self._pairs) > PIECES_KEPT:
                self._pairs.popitem(last=False)
        return cached

    def _extend(self, run: _Run, piece: str, px: int) -> _Run:
        """The run with ``piece`` set after it (the kerning between them goes to the run)."""
        if not piece:
            return run
        closed, last = run
        if last:
            tail = self._piece(last, px)[1] + self._kern(last[-1], piece[0])
            closed += _round_half_up(tail * px / self._upem)
        return closed + self._piece(piece, px)[0], piece

    def _run_width(self, run: _Run, px: int) -> int:
        closed, last = run
        return closed + (_round_half_up(self._piece(last, px)[1] * px / self._upem) if last else 0)

    def _pixels(self, pieces: list[str], px: int) -> int:
        """Width in reference-device pixels of the pieces set one after another on a line."""
        run: _Run = _EMPTY
        for piece in pieces:
            run = self._extend(run, piece, px)
        return self._run_width(run, px)

    def width_pt(self, text: str, size_pt: float) -> float:
        """Advance width of ``text`` set on one line at ``size_pt``, as LibreOffice measures it."""
        cached = self._sized.get((text, size_pt))
        if cached is None:  # the fitting loops (and a preview's rebuilds) measure a text again
            px = ppem(size_pt)
            cached = self._widths.get((text, px))
            if cached is None:
                pieces = _pieces_of(text)
                cached = self._pixels(pieces, px) * 72 / _REF_DPI
                self._widths[(text, px)] = cached
                if len(self._widths) > WRAPS_KEPT:
                    self._widths.popitem(last=False)
            self._sized[(text, size_pt)] = cached
            if len(self._sized) > WRAPS_KEPT:
                self._sized.popitem(last=False)
        return cached

    def over_one_line(
        self, text: str, size_pt: float, width_pt: float, safety: float = 0.0
    ) -> bool:
        """True when ``wrap(text, size_pt, width_pt, safety)`` takes more than one line, known
        without wrapping (False: it may take one). A text of two characters or more (clusters)
        is set in one line only where its line is at most the width (``_wrap`` and
        ``_wrap_pieces`` add a piece only where the line then fits, and break a word too wide
        alone between its characters); that line's width is a sum of glyph advances (kerning
        included) in font units, each rounded to whole pixels as ``_pixels`` rounds it, so it
        is over the width where their exact sum, less half a pixel a term, is. A fit that
        tries sizes from the largest down (``fit.fit_single``, a KPI card's value) skips the
        sizes too large for one line without breaking the text between its letters at each."""
        line = text.rstrip(" \t")
        found = self._units.get(line)
        if found is None:
            if len(_clusters(line)) < 2:
                found = (0, -1)  # one character: one line at any width
            else:
                found = self._units_of(line)
            self._units[line] = found
            if len(self._units) > WRAPS_KEPT:
                self._units.popitem(last=False)
        total, terms = found
        if terms < 0:
            return False
        limit = width_pt * (1.0 - safety) * _REF_DPI / 72  # as ``wrap`` sets it
        return total * ppem(size_pt) / self._upem - terms * 0.5 - 1e-6 > limit

    def _units_of(self, text: str) -> tuple[int, int]:
        """The terms ``_pixels`` rounds to whole pixels to measure ``text`` (each piece's glyphs
        but its last, the last glyph before each next piece kerned to it, the last glyph of
        all): their sum in font units and their count."""
        total = terms = 0
        prev, prev_adv = "", 0
        for piece in _pieces_of(text):
            if not piece:
                continue
            adv = self._shape(piece)
            if prev:  # ``_extend``
                total += prev_adv + self._kern(prev[-1], piece[0])
                terms += 1
            total += sum(adv[:-1])
            terms += max(len(adv) - 1, 0)
            prev, prev_adv = piece, adv[-1] if adv else 0
        if prev:  # ``_run_width``
            total += prev_adv
            terms += 1
        return total, terms

    def phrase_widths(self, words: list[str], size_pt: float) -> dict[tuple[int, int], float]:
        """``width_pt(" ".join(words[i:j]), size_pt)`` for every ``i < j``, each phrase read
        from the joined text's prefix sums (``_line_sums``, as ``_wrap`` measures a line: the
        same pieces in the same order, so the same pixels) instead of measuring all k² phrases
        from scratch."""
        k = len(words)
        if any(not w or "\t" in w for w in words):  # spaces that merge: measure each phrase
            return {
                (i, j): self.width_pt(" ".join(words[i:j]), size_pt)
                for i in range(k)
                for j in range(i + 1, k + 1)
            }
        text = " ".join(words)
        sums, joins, tails, starts, ends, _ = self._line_sums(text, ppem(size_pt))
        # A word's segments inside the text are its own (a break opportunity depends only on
        # the next character, a space at a word's end either way), its last one followed by
        # the one space before the next word: each word's first piece and its last.
        first: list[int] = []
        last: list[int] = []
        begins = True
        for s, seg in enumerate(cached_segments(text)):
            if begins:
                first.append(starts[s])
            begins = bool(seg.space)
            if begins:
                last.append(ends[s])
        last.append(ends[-1])
        out: dict[tuple[int, int], float] = {}
        for i in range(k):
            a = first[i]
            base = sums[a] + joins[a]  # the phrase's first piece has no join before it
            for j in range(i, k):
                b = last[j]
                out[(i, j + 1)] = (sums[b + 1] - base + tails[b]) * 72 / _REF_DPI
        return out

    # -- wrapping ----------------------------------------------------------------------------------
    def wrap(self, text: str, size_pt: float, width_pt: float, safety: float = 0.0) -> list[str]:
        """Break a paragraph into lines as LibreOffice does in a box whose text area (the box width
        minus its insets) is ``width_pt`` wide; ``safety`` narrows that width by a fraction."""
        asked = (text, size_pt, width_pt, safety)
        memo = self._asked
        cached = memo.get(asked)
        # ``deckmaker.kept``'s policy (a hit the last to go, the least recently used dropped past
        # the bound) inlined: ``kept`` and its maker are two calls more on each of ~15,000
        # misses of a cold plan
        if cached is None:
            px = ppem(size_pt)
            limit = width_pt * (1.0 - safety) * _REF_DPI / 72
            wraps, key = self._wraps, (text, px, limit)
            cached = wraps.get(key)
            if cached is None:
                cached = wraps[key] = tuple(self._wrap(text, px, limit))
                if len(wraps) > WRAPS_KEPT:
                    wraps.popitem(last=False)
            else:
                wraps.move_to_end(key)
            memo[asked] = cached
            if len(memo) > WRAPS_KEPT:
                memo.popitem(last=False)
        else:
            memo.move_to_end(asked)
        return list(cached)

    def _line_sums(self, text: str, px: int) -> _LineSums:
        """What ``_wrap`` needs to know the width of any run of the text's segments at once (a
        text is wrapped at many widths and sizes while a slide is fitted): for each segment,
        where its word and its space begin and end in prefix sums of the pieces' pixels."""
        key = (text, px)
        found = self._sums.get(key)
        if found is not None:
            self._sums.move_to_end(key)
            return found
        segs = cached_segments(text)
        upem = self._upem
        pieces, pairs, kerning = self._pieces, self._pairs, self.kerning
        floor = math.floor
        sums = [0]  # sums[q]: pixels of pieces before q, each with its join to the one before
        joins: list[int] = []  # joins[q]: the kerned, rounded last glyph of piece q-1 before q
        tails: list[int] = []  # tails[q]: piece q's last glyph, rounded, when it ends the line
        starts: list[int] = []  # the segment's word as the first piece of its line (or -1)
        ends: list[int] = []  # the last nonempty piece up to the segment's word (or -1)
        prev = ""
        prev_adv = 0  # the last glyph's advance of ``prev`` (font units)
        # ``_piece``, ``_kern`` and ``_round_half_up`` inlined (the same values, looked up in
        # the same memos): a text is summed at each size, and every variant of its bindings
        # tried is a text of its own
        for seg in segs:
            for i, piece in enumerate((seg.word, seg.space)):
                if piece:
                    got = pieces.get((piece, px))
                    closed, last_adv = got if got is not None else self._piece(piece, px)
                    join = 0
                    if prev:
                        kern = pairs.get((prev[-1], piece[0])) if kerning else 0
                        if kern is None:
                            kern = self._kern(prev[-1], piece[0])
                        join = floor((prev_adv + kern) * px / upem + 0.5)
                    joins.append(join)
                    tails.append(floor(last_adv * px / upem + 0.5))
                    sums.append(sums[-1] + join + closed)
                    prev, prev_adv = piece, last_adv
                if i == 0:
                    starts.append(len(tails) - 1 if piece else -1)
                    ends.append(len(tails) - 1)
        offsets = [0]  # where each segment begins in the text (the segments are the text)
        for seg in segs:
            offsets.append(offsets[-1] + len(seg.word) + len(seg.space))
        found = (tuple(sums), tuple(joins), tuple(tails), starts, ends, offsets)
        self._sums[key] = found
        if len(self._sums) > WRAPS_KEPT:
            self._sums.popitem(last=False)
        return found

    def _wrap(self, text: str, px: int, limit: float) -> list[str]:
        """``_wrap_pieces`` with each line's width from prefix sums: the same lines (a line's
        pixels are the same pieces added in the same order), without measuring a line piece by
        piece at every width tried. A word wider than a line is broken by ``_wrap_pieces``."""
        segs = cached_segments(text)
        sums, joins, tails, starts, ends, offsets = self._line_sums(text, px)
        lines: list[str] = []
        first = 0  # the line's first segment
        n = len(segs)
        while first < n:
            a = starts[first]
            if a < 0:  # a segment without a word (leading spaces): measure piece by piece
                return self._wrap_pieces(text, px, limit)
            base = sums[a] + joins[a]  # the first piece has no join before it
            k = first
            while k < n:  # the segments that fit, as _wrap_pieces adds them
                b = ends[k]
                if sums[b + 1] - base + tails[b] > limit:
                    break
                k += 1
            if k == first:  # its first word alone does not fit: broken between letters
                return self._wrap_pieces(text, px, limit)
            if k < n and segs[k - 1].weak:
                spaced = [i for i in range(first, k - 1) if segs[i].space]
                if spaced:  # a weak break is taken only when no space precedes it on the line
                    k = spaced[-1] + 1
            # the segments are the text, in order: a line is a slice of it
            lines.append(text[offsets[first] : offsets[k]].rstrip(" \t"))
            first = k
        return lines or [""]

    def _wrap_pieces(self, text: str, px: int, limit: float) -> list[str]:
        """Lines as LibreOffice breaks them, each line measured piece by piece as it grows."""
        lines: list[list[_Segment]] = []
        line: list[_Segment] = []
        run: _Run = _EMPTY  # the line so far, measured piece by piece as it grows
        pending = list(reversed(cached_segments(text)))
        while pending:
            seg = pending.pop()
            with_word = self._extend(run, seg.word, px)
            if not line or self._run_width(with_word, px) <= limit:
                if line or self._run_width(with_word, px) <= limit:
                    line.append(seg)
                    run = self._extend(with_word, seg.space, px)
                    continue
                *full, rest = self._break_word(seg.word, px, limit)
                lines.extend([_Segment(piece, "")] for piece in full)
                line = [_Segment(rest, seg.space, seg.weak)]
                run = self._extend(self._extend(_EMPTY, rest, px), seg.space, px)
                continue
            pending.append(seg)
            if line[-1].weak:
                last_space = max((i for i, s in enumerate(line[:-1]) if s.space), default=-1)
                if last_space >= 0:
                    pending.extend(reversed(line[last_space + 1 :]))
                    line = line[: last_space + 1]
            lines.append(line)
            line, run = [], _EMPTY
        lines.append(line)
        return ["".join(self._flat(ln)).rstrip(" \t") for ln in lines]

    @staticmethod
    def _flat(line: list[_Segment]) -> list[str]:
        return [piece for seg in line for piece in (seg.word, seg.space)]

    def _break_word(self, word: str, px: int, limit: float) -> list[str]:
        """Break a word wider than the line between characters; at least one character a line."""
        out: list[str] = []
        current = ""
        for cluster in _clusters(word):
            if current and self._pixels([current + cluster], px) > limit:
                out.append(current)
                current = cluster
            else:
                current += cluster
        out.append(current)
        return out

    # -- heights ---------------------------------------------------------------------------------
    def line_height_pt(self, size_pt: float, spacing: float = 1.0) -> float:
        """Line pitch at proportional spacing ``spacing`` (1.0 = ``<a:spcPct val="100000"/>``).

        LibreOffice Impress uses 1.2 x the font height for every font (see ``_LINE_HEIGHT_FACTOR``)
        rather than the font's ascent + descent; ``self.metrics`` is kept for reference.
        """
        height_hmm = _round_half_up(size_pt * _HMM_PER_PT)
        line_hmm = math.floor(height_hmm * _LINE_HEIGHT_FACTOR + 1e-9)
        return math.floor(line_hmm * spacing + 1e-9) / _HMM_PER_PT

    def paragraph_height_pt(
        self,
        text: str,
        size_pt: float,
        width_pt: float,
        spacing: float = 1.0,
        space_before_pt: float = 0.0,
        space_after_pt: float = 0.0,
        safety: float = 0.0,
    ) -> float:
        """Height a paragraph takes: its lines times the line pitch plus paragraph spacing."""
        n = len(self.wrap(text, size_pt, width_pt, safety))
        return space_before_pt + n * self.line_height_pt(size_pt, spacing) + space_after_pt


class CapitalsMeasurer(TextMeasurer):
    """Text as a template draws it in capitals (``cap="all"``): the same font, every piece
    measured upper-cased; the lines it breaks keep the text's own case."""

    def _shape(self, text: str) -> tuple[int, ...]:
        return super()._shape(text.upper())


def capitals(m: TextMeasurer) -> TextMeasurer:
    """``m``'s font measured in capitals (one measurer per font file, as ``m``)."""
    if isinstance(m, CapitalsMeasurer | EstimatingMeasurer):
        return m
    key = (m.path, m.kerning)
    if key not in _CAPITALS:
        _CAPITALS[key] = CapitalsMeasurer(m.path, m.kerning)
    return _CAPITALS[key]


_CAPITALS: dict[tuple[Path, bool], TextMeasurer] = {}


class EstimatingMeasurer(TextMeasurer):
    """What a tool that does not measure would do (``DECKMAKER_MEASURE=off``, to time what measuring
    costs): every character is as wide as the font's average advance (OS/2 ``xAvgCharWidth``), with
    no shaping, no kerning and no pixel rounding; lines break at the same opportunities."""

    def __init__(self, font_path: Path | str, kerning: bool = False) -> None:
        self.path = Path(font_path)
        self.kerning = False
        self._widths = OrderedDict()
        self._sized = OrderedDict()
        self._wraps = OrderedDict()
        self._asked = OrderedDict()
        self.metrics = VerticalMetrics.from_font(self.path)
        self._upem = self.metrics.units_per_em
        with TTFont(self.path, lazy=True, fontNumber=0) as font:
            os2 = font.get("OS/2")
            self._average = os2.xAvgCharWidth if os2 is not None else self._upem // 2

    def _extend(self, run: _Run, piece: str, px: int) -> _Run:
        return run[0] + len(piece) * self._average, piece or run[1]

    def _wrap(self, text: str, px: int, limit: float) -> list[str]:
        return self._wrap_pieces(text, px, limit)

    def _run_width(self, run: _Run, px: int) -> int:
        return math.ceil(run[0] * px / self._upem)

    def over_one_line(
        self, text: str, size_pt: float, width_pt: float, safety: float = 0.0
    ) -> bool:
        return False  # (its widths are no sum of rounded advances: every fit wraps)
