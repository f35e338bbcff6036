"""deckmaker/doctor: the overflow check's reading of LibreOffice's word boxes."""

from __future__ import annotations

from deckmaker.doctor.check import _breaks, _wrapped
from deckmaker.doctor.model import Box


def _stacked() -> tuple[list[Box], Box]:
    """A KPI value as LibreOffice draws it: "121" at 54 pt, "triệu đồng" at 27 pt under it
    (points as EMU-free numbers), in a box as tall as the two lines."""
    number = Box(0, 0, 90, 54)
    unit = [Box(0, 65, 60, 92), Box(66, 65, 130, 92)]
    return [number, *unit], Box(0, 0, 300, 101)


def test_a_line_the_text_breaks_itself_is_no_wrap():
    """The unit under its number, at half its size, is two lines in a box whose pitch the
    check reads off the number: it said "wraps onto 2 lines in a box of one line" (sample
    slide 31). A line break the text holds itself is no wrap; without one the same words
    still are."""
    words, frame = _stacked()
    assert _breaks("121\vtriệu đồng") == 1
    assert _wrapped(words, frame, _breaks("121\vtriệu đồng")) == 0
    assert _wrapped(words, frame, _breaks("121 triệu đồng")) == 2
