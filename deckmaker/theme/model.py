"""The resolved Theme: colours by role, fonts, text sizes, slide size, template and its mapping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Location
from ..units import Length

SLIDE_SIZES: dict[str, tuple[Length, Length]] = {
    "16:9": (Length(12192000), Length(6858000)),  # 13.333 × 7.5 in, PowerPoint's "Widescreen"
    "4:3": (Length(9144000), Length(6858000)),  # 10 × 7.5 in, PowerPoint's "Standard"
}
"""The slide sizes a theme may ask for, as (width, height) in EMU."""

LAYOUT_ROLES: dict[str, str] = {
    "title": "Title Slide",
    "section": "Section Header",
    "content": "Title and Content",
    "title_only": "Title Only",
    "figure": "Title and Content",
    "closing": "Title Slide",
    "blank": "Blank",
}
"""Slide roles and the template layout each uses unless ``layouts:`` maps it to another name.

``title_only`` carries KPI and quote slides (a title and free space below it); ``figure``
carries chart, table and picture slides on a layout with a content placeholder the figure is
bound to. A template with no such layout, or a theme that maps ``title_only`` but not ``figure``,
puts them on ``title_only``'s layout, as before ``figure`` existed.
"""

LAYOUT_ALTERNATES: dict[str, tuple[str, ...]] = {
    "content": ("Title, Content",),
    "figure": ("Title, Content",),
    "blank": ("Blank Slide",),
}
"""Names LibreOffice gives the same layouts, tried after the default when a role is not mapped."""

PLACEHOLDER_SLOTS: tuple[str, ...] = ("title", "subtitle", "body")
"""Placeholder slots that ``placeholders:`` may map to a placeholder name in the template."""


@dataclass(frozen=True)
class ThemeColors:
    """Every colour role, resolved to ``#RRGGBB`` (upper case)."""

    primary: str
    """Titles, section slides, title bars."""
    accent: str
    """Highlights and KPI numbers."""
    text: str
    """Body text."""
    background: str
    """Slide background."""
    chart: tuple[str, ...]
    """Chart series colours, in order."""
    muted: str
    """Secondary text: captions, sources, footers, slide numbers."""
    surface: str
    """Fill of cards, KPI boxes and table header rows."""
    on_primary: str
    """Text drawn on a ``primary`` fill (section slides, title bars)."""
    grid: str
    """Chart grid lines and table rules."""


@dataclass(frozen=True)
class ThemeFonts:
    """Font families; both must cover every Vietnamese glyph."""

    heading: str
    body: str


@dataclass(frozen=True)
class TextSizes:
    """Text sizes in points."""

    title: float = 36
    """Slide titles."""
    body: float = 24
    """Bullets and paragraphs at their preferred size."""
    body_min: float = 18
    """The smallest size body text may shrink to before a slide is split (readable in a hall)."""
    notes: float = 12
    """Speaker notes."""
    caption: float = 12
    """Sources, captions, footers and slide numbers."""
    kpi: float = 54
    """Big numbers on KPI slides."""
    chart: float = 20
    """Chart labels, at the size the chart is shown on the slide."""
    chart_min: float = 14
    """The smallest size any chart text (ticks, names, labels, legend) may take; a chart whose
    text does not fit at this size changes its layout or is refused, never drawn smaller. The
    line under a chart (its source) is a caption: ``caption``, never under ``small_min``."""

    body_max: float | None = None
    """The largest size short body text (a few bullets, a small table) grows to, to fill its
    slide; None for ``GROW`` x ``body``."""

    small_min: float | None = None
    """The smallest any secondary text (footer, slide number, captions, sources, KPI details,
    subtitles) may shrink to; None for the smaller of ``caption`` and 14."""

    @property
    def small_floor(self) -> float:
        """``small_min``, or the smaller of ``caption`` and 14 pt."""
        return self.small_min if self.small_min is not None else min(self.caption, 14.0)

    @property
    def body_grow(self) -> float:
        """``body_max``, or ``GROW`` x ``body`` rounded to a whole point, at most ``GROW_PT``
        over ``body``."""
        if self.body_max is not None:
            return self.body_max
        return float(min(round(self.body * GROW), round(self.body + GROW_PT)))

    @property
    def body_fill(self) -> float:
        """``body_max``, or ``FILL`` x ``body``: how far a short list that would leave most of
        its slide empty at ``body_grow`` may grow on (``kinds.bullets``)."""
        return self.body_max if self.body_max is not None else float(round(self.body * FILL))


GROW = 1.1
"""How much larger than the theme's body size short body text grows by default (``body_max``):
a short list at 34 pt between lists at 26–30 (1.2 x in the large-text theme) reads as a
different deck; a tenth more fills the slide and keeps the rhythm."""
GROW_PT = 2.0
"""The most short body text grows over the theme's body size by default: a tenth of a large
body (28 pt in the large-text theme) is 3 pt, and 31 pt beside lists at 28 reads as a step of
the type scale, not as the same text."""
FILL = 1.2
"""How much larger than the body size a list that would use under half its slide at ``GROW``
grows by default, as far as it needs to (``body_max`` when the theme sets it)."""


@dataclass(frozen=True)
class Theme:
    """A theme with ``extends`` resolved, every colour a hex string and every path absolute."""

    name: str
    """The theme's folder name, used to choose it (``--theme co-do``)."""
    display_name: str
    """The ``name:`` written in theme.yaml (the folder name when absent)."""
    path: Path
    """The theme's folder."""
    colors: ThemeColors
    fonts: ThemeFonts
    logo: Path | None
    footer: str
    """A template string such as ``"{organization}"``; empty for no footer."""
    slide_numbers: bool
    size: str
    """``"16:9"`` or ``"4:3"``."""
    width_emu: Length
    """Slide width: 13.333 in for 16:9, 10 in for 4:3, or the template's own of that shape."""
    height_emu: Length
    """Slide height: 7.5 in, or the template's own."""
    template: Path | None
    text_sizes: TextSizes
    layouts: dict[str, str]
    """Slide role (see ``LAYOUT_ROLES``) to the template layout's name; every role is present."""
    placeholders: dict[str, str]
    """Slot (see ``PLACEHOLDER_SLOTS``) to a placeholder name; absent slots are found by type."""
    palette: dict[str, str] = field(default_factory=dict)
    """The named colours after merging, for reference."""
    chain: tuple[Path, ...] = ()
    """The theme.yaml files that made this theme, child first."""
    origins: dict[str, Location] = field(default_factory=dict, compare=False, repr=False)
    """Where each setting was written (``"template"``, ``"layouts.section"``, …), for errors."""

    def origin(self, key: str) -> Location:
        """Where ``key`` (or its nearest written parent) was set; the theme file otherwise."""
        parts = key.split(".")
        for n in range(len(parts), 0, -1):
            loc = self.origins.get(".".join(parts[:n]))
            if loc is not None:
                return loc
        return Location.of(self.chain[0] if self.chain else self.path / "theme.yaml")

    def layout_names(self, role: str) -> tuple[str, ...]:
        """The layout names that may carry ``role``, in the order to try them.

        A role mapped in ``layouts:`` has exactly that name; an unmapped role has its default
        name and then LibreOffice's name for the same layout.
        """
        name = self.layouts[role]
        if f"layouts.{role}" in self.origins or name != LAYOUT_ROLES[role]:
            return (name,)
        return (name, *LAYOUT_ALTERNATES.get(role, ()))

    def chart_style(
        self, body_file: Path | str | None = None, heading_file: Path | str | None = None
    ) -> dict[str, Any]:
        """Keyword arguments for ``charts.ChartStyle``: the one place charts take the theme from.

        ``body_file`` is the regular file of the body font (every chart text but the title),
        ``heading_file`` the bold heading file (the title). They are passed apart, never looked
        up by family name: body and heading are often one family (Arial), whose bold file
        would otherwise draw every text bold.
        """
        return {
            "colors": self.colors.chart,
            "text_color": self.colors.text,
            "background": self.colors.background,
            "font_family": self.fonts.body,
            "font_file": body_file,
            "heading_font_family": self.fonts.heading,
            "heading_font_file": heading_file,
            "base_size_pt": max(self.text_sizes.chart, self.text_sizes.chart_min),
            "min_size_pt": self.text_sizes.chart_min,
            # the source line is a caption: the theme's caption size, never under its minimum
            "caption_size_pt": max(self.text_sizes.caption, self.text_sizes.small_floor),
            "grid_color": self.colors.grid,
        }


def matplotlib_rc(theme: Theme) -> dict[str, Any]:
    """Matplotlib ``rcParams`` for the theme, as plain values (no matplotlib import here)."""
    c = theme.colors
    size = theme.text_sizes.chart
    cycle = ", ".join(f"'{col}'" for col in c.chart)
    return {
        "axes.prop_cycle": f"cycler('color', [{cycle}])",
        "font.family": [theme.fonts.body, "DejaVu Sans"],
        "font.size": size,
        "text.color": c.text,
        "axes.labelcolor": c.text,
        "axes.titlecolor": c.text,
        "axes.titlesize": size * 1.2,
        "axes.titleweight": "bold",
        "axes.labelsize": size,
        "axes.edgecolor": c.muted,
        "axes.facecolor": c.background,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "axes.axisbelow": True,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "grid.color": c.grid,
        "grid.linewidth": 0.8,
        "xtick.color": c.text,
        "ytick.color": c.text,
        "xtick.labelsize": size,
        "ytick.labelsize": size,
        "legend.fontsize": size,
        "legend.frameon": False,
        "legend.labelcolor": c.text,
        "figure.facecolor": c.background,
        "savefig.facecolor": c.background,
        "savefig.edgecolor": c.background,
    }


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def _luminance(color: str) -> float:
    def channel(i: int) -> float:
        v = int(color[1 + 2 * i : 3 + 2 * i], 16) / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)


def blend(a: str, b: str, t: float) -> str:
    """The colour ``t`` of the way from ``a`` to ``b`` (0 gives ``a``), as ``#RRGGBB``."""
    parts = [round(int(a[i : i + 2], 16) * (1 - t) + int(b[i : i + 2], 16) * t) for i in (1, 3, 5)]
    return "#" + "".join(f"{p:02X}" for p in parts)


def readable_tone(color: str, backgrounds: Sequence[str], ratio: float = 4.5) -> str:
    """``color`` where it reaches ``ratio`` on every one of ``backgrounds``; else its nearest
    darker (on light backgrounds) or lighter tone that does, blended towards black or white in
    steps of 5%: a title or KPI value keeps its hue and reads (4.5:1, issue 12)."""
    if not backgrounds or all(contrast_ratio(color, b) >= ratio - 1e-9 for b in backgrounds):
        return color
    best = color
    for end in ("#000000", "#FFFFFF"):
        for step in range(1, 21):
            tone = blend(color, end, step / 20)
            if all(contrast_ratio(tone, b) >= ratio - 1e-9 for b in backgrounds):
                if best == color or _distance(tone, color) < _distance(best, color):
                    best = tone
                break
    if best != color:
        return best
    return max(("#000000", "#FFFFFF"), key=lambda c: min(contrast_ratio(c, b) for b in backgrounds))


def _distance(a: str, b: str) -> int:
    return sum(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) for i in (1, 3, 5))
