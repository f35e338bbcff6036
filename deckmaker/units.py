"""Lengths in EMU (English Metric Units), as in python-pptx: 914400 per inch, 12700 per point."""

from __future__ import annotations

EMU_PER_INCH = 914400
EMU_PER_PT = 12700
EMU_PER_CM = 360000


class Length(int):
    """A length in EMU; an ``int`` so it can be handed to any OOXML writer as is."""

    @property
    def inches(self) -> float:
        return self / EMU_PER_INCH

    @property
    def pt(self) -> float:
        return self / EMU_PER_PT

    @property
    def cm(self) -> float:
        return self / EMU_PER_CM


def Inches(v: float) -> Length:  # noqa: N802 - mirrors python-pptx
    return Length(round(v * EMU_PER_INCH))


def Pt(v: float) -> Length:  # noqa: N802
    return Length(round(v * EMU_PER_PT))


def Cm(v: float) -> Length:  # noqa: N802
    return Length(round(v * EMU_PER_CM))


def parse_length(text: str) -> Length:
    """Parse ``"1.5in"``, ``"12pt"``, ``"2cm"`` or a bare EMU integer."""
    s = str(text).strip().lower()
    for suffix, fn in (("in", Inches), ("pt", Pt), ("cm", Cm)):
        if s.endswith(suffix):
            return fn(float(s[: -len(suffix)]))
    return Length(int(s))
