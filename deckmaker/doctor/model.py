"""What the doctor finds and the plain model of a slide it checks (no python-pptx here)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..i18n import _

TOLERANCE_PT = 2.0
"""How far (in points) rendered text may stray outside its box before it counts."""
KINDS = ("overflow", "offslide", "overlap", "glyph", "access")


@dataclass(frozen=True)
class Finding:
    """One problem on one slide; ``slide`` is 1-based, ``kind`` one of ``KINDS``."""

    slide: int
    kind: str
    message: str
    shape: str

    def __str__(self) -> str:
        if self.slide == 0:  # the deck's own: its properties
            deck = _("deck")
            return f"{deck}: {self.kind}: {self.message}"
        slide = _("slide {number}").format(number=self.slide)
        if self.kind == "access" and self.shape:  # the shape, as the Selection Pane names it
            return f"{slide}: {self.kind}: '{self.shape}': {self.message}"
        return f"{slide}: {self.kind}: {self.message}"


def format_findings(findings: Iterable[Finding]) -> str:
    """One line per finding, ``slide N: kind: message``; empty when there are none."""
    return "\n".join(str(f) for f in findings)


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def area(self) -> float:
        return max(0.0, self.right - self.left) * max(0.0, self.bottom - self.top)

    def overlap(self, other: Box) -> Box | None:
        box = Box(
            max(self.left, other.left),
            max(self.top, other.top),
            min(self.right, other.right),
            min(self.bottom, other.bottom),
        )
        return box if box.right > box.left and box.bottom > box.top else None


@dataclass(frozen=True)
class Text:
    """Text LibreOffice lays out in one box: a text shape, a table cell, or master/layout text."""

    shape: int  # index into the slide's shapes, -1 for master/layout text
    box: Box
    text: str
    check: bool  # overflow is meaningful (not autofit-to-text, rotated or vertical)
    cell: tuple[int, int] | None = None


@dataclass(frozen=True)
class Shape:
    name: str
    kind: str  # "text", "picture", "table" or "other"
    box: Box
    rows: tuple[float, ...] = ()  # table row heights, EMU
    pad_bottom: float = 45720.0  # table cell bottom margin, EMU
    words: tuple[str, ...] = ()  # the words a native chart draws itself (legend, categories)


@dataclass(frozen=True)
class Run:
    shape: str
    text: str
    font: str
    bold: bool
    italic: bool


@dataclass(frozen=True)
class SlideModel:
    shapes: tuple[Shape, ...]
    texts: tuple[Text, ...]
    runs: tuple[Run, ...]
