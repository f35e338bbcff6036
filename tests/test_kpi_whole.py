"""A card's words fit its room (``kpis._whole``) by the widest word kept per measurer, text and
size: the same answer as measuring every word against each room."""

from __future__ import annotations

from deckmaker.layout.fit import SAFETY
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.kinds import kpis
from deckmaker.layout.measure import TextMeasurer, cached_segments

TEXTS = [
    "Tăng trưởng GRDP",
    "110,4 triệu đồng/người/năm",
    "Thu ngân sách nhà nước trên địa bàn",
    "8,2%",
    "Giải ngân vốn đầu tư công (ước cả năm)",
    "",
    "   ",
]


def _direct(m: TextMeasurer, text: str, size: float, inner: float) -> bool:
    return all(m.width_pt(seg.word, size) <= inner * (1 - SAFETY) for seg in cached_segments(text))


def test_whole_as_every_word_measured() -> None:
    m = TextMeasurer(resolve_font("Liberation Sans").path)
    seen = {True: 0, False: 0}
    for text in TEXTS:
        for size in (12.0, 18.0, 28.0, 44.0):
            widest = kpis._widest_word(m, text, size)
            # the rooms at and around each word's own width, where the answer turns
            words = [m.width_pt(s.word, size) / (1 - SAFETY) for s in cached_segments(text)]
            rooms = [1.0, 40.0, 90.0, 200.0] + [w + d for w in words for d in (-0.01, 0.0, 0.01)]
            for inner in rooms:
                got = kpis._whole(m, text, size, inner)
                assert got == _direct(m, text, size, inner), (text, size, inner, widest)
                seen[got] += 1
    assert seen[True] and seen[False]


def test_smallest_fit_as_every_value_fitted() -> None:
    """``kpis._smallest_fit`` skips fitting a value that fits at the smallest size so far: the
    same size as fitting every value, for cards of several widths, values in every order."""
    from itertools import permutations

    from deckmaker.layout.fit import fit_single

    m = TextMeasurer(resolve_font("Liberation Sans").path)
    values = ["8,2%", "110,4 triệu đồng/người/năm", "21.671,5 tỷ đồng", "Hạng 12/63"]
    seen = set()
    for widths in [(400.0,) * 4, (150.0, 500.0, 250.0, 400.0), (100.0, 100.0, 600.0, 200.0)]:
        for order in permutations(range(4)):
            vals = [(values[i], widths[i]) for i in order]
            for lines in (1, 2):
                want = min(fit_single(v, m, w, 1e6, 48.0, 20.0, lines)[0] for v, w in vals)
                assert kpis._smallest_fit(m, vals, 48.0, 20.0, lines) == want, (vals, lines)
                seen.add(want)
    assert len(seen) > 2  # the sizes differ: the widths and lines matter
