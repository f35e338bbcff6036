"""``TextMeasurer.wrap`` keeps its answers by the size, width and safety asked for: asked again
(and at sizes and widths that round to the same pixels) it answers as a new measurer does, and
a caller changing the lines it was given changes nothing kept."""

from __future__ import annotations

from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.measure import TextMeasurer

TEXTS = [
    "Tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 7,1% so với cùng kỳ",
    "Thu ngân sách nhà nước trên địa bàn",
    "110,4 triệu đồng/người/năm",
    "",
]


def test_kept_wraps_answer_as_a_new_measurer() -> None:
    path = resolve_font("Liberation Sans").path
    kept = TextMeasurer(path)
    asked = [
        (t, size, width, safety)
        for t in TEXTS
        for size in (12, 12.0, 18.0, 18.2, 28.0)
        for width in (40.0, 90.0, 90.01, 200.0)
        for safety in (0.0, 0.03)
    ]
    for args in asked * 2:
        lines = kept.wrap(*args)
        assert lines == TextMeasurer(path).wrap(*args), args
        lines.append("changed by the caller")
    for args in asked:
        assert "changed by the caller" not in kept.wrap(*args)
