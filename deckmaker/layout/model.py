"""Laid-out slides: positioned elements with explicit sizes, fonts and spacing (no python-pptx)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ..charts.model import ChartPlan
from ..errors import Problem
from ..units import Length


class Align(StrEnum):
    """How a paragraph's lines sit in its box; the values are DrawingML's ``algn``."""

    LEFT = "l"
    CENTER = "ctr"
    RIGHT = "r"
    JUSTIFY = "just"


class Anchor(StrEnum):
    """Where a text box's text sits vertically; the values are DrawingML's ``anchor``."""

    TOP = "t"
    MIDDLE = "ctr"
    BOTTOM = "b"


@dataclass(frozen=True)
class Box:
    x: Length
    y: Length
    w: Length
    h: Length

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        """Whether the two boxes share some area (boxes that only touch do not)."""
        return (
            self.x < other.right and other.x < self.right
            and self.y < other.bottom and other.y < self.bottom
        )  # fmt: skip


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    color: str | None = None  # "#RRGGBB"; None takes the box colour
    size_pt: float | None = None  # None takes the paragraph size


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    size_pt: float
    level: int = 0  # 0 = no bullet / first level
    bullet: str | None = None  # the bullet character, None for none
    bullet_color: str | None = None
    indent: Length = Length(0)  # left margin of the text (marL)
    hanging: Length = Length(0)  # bullet hangs this far left of the text (indent = -hanging)
    align: Align = Align.LEFT
    space_before_pt: float = 0.0
    line_spacing: float = 1.0  # proportional (1.0 = single)
    bold: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class TextBox:
    box: Box
    paras: tuple[Para, ...]
    font: str
    color: str
    name: str
    role: str = "body"  # title | subtitle | body | footer | number | caption | kpi | quote
    anchor: Anchor = Anchor.TOP
    inset: tuple[Length, Length, Length, Length] = (Length(0), Length(0), Length(0), Length(0))
    fill: str | None = None
    line: str | None = None


@dataclass(frozen=True)
class ShapeBox:
    box: Box
    fill: str
    name: str
    shape: str = "rect"  # rect | roundRect | ellipse
    line: str | None = None


@dataclass(frozen=True)
class PictureBox:
    box: Box
    file: str  # path of an image file
    alt: str
    name: str


@dataclass(frozen=True)
class ChartBox:
    """A chart to be drawn at exactly this box."""

    box: Box
    chart: ChartPlan
    alt: str
    name: str
    native: bool = False


@dataclass(frozen=True)
class TableBox:
    box: Box
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    col_widths: tuple[Length, ...]
    row_heights: tuple[Length, ...]  # header first
    size_pt: float
    font: str
    text_color: str
    header_fill: str
    header_color: str
    band_fill: str
    name: str
    align: tuple[Align, ...] = ()  # per column
    inset: Length = Length(0)
    highlight: tuple[int, ...] = ()  # rows (0-based, header not counted) drawn bold on a tint
    highlight_fill: str | None = None
    margin_v: Length | None = None
    """The cells' top and bottom margin; None for half the ``inset``."""


Element = TextBox | ShapeBox | PictureBox | ChartBox | TableBox


@dataclass(frozen=True)
class DeckMeta:
    """What the whole file says about itself: core properties, language, theme fonts."""

    title: str
    author: str
    subject: str
    date: dt.date | None
    lang: str  # "vi-VN" | "en-US"
    heading_font: str
    body_font: str


@dataclass(frozen=True)
class SlidePlan:
    kind: str  # a name in deckmaker.kinds.KINDS
    title: str
    elements: tuple[Element, ...]
    background: str
    notes: str = ""
    source: str = ""  # where the slide came from in the outline, e.g. sections[1].slides[2]
    continued: int = 0  # 0 for the first part, 1.. for "(tiếp)" slides

    def __post_init__(self) -> None:
        # the title names the slide (outline view, reports): plain spaces, no word joiners
        plain = self.title.replace("\u00a0", " ").replace("\u2060", "")
        object.__setattr__(self, "title", plain)


@dataclass(frozen=True)
class Planned:
    """What planning one slide of the outline gives: its slides (more than one when its content
    continues) and the problems found, in outline order."""

    slides: tuple[SlidePlan, ...]
    problems: tuple[Problem, ...] = ()
