"""Contrast of every text on its background that a theme's slides draw (WCAG 2).

``PAIRS`` lists each text colour role on each fill role the slide kinds (``layout/kinds``) put it
on; a pair is large text when that text is always at least 18 pt (or 14 pt bold), which needs
3:1 instead of 4.5:1. Chart series colours are marks: 3:1 on the background.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problem
from .model import Theme, ThemeColors, contrast_ratio

TEXT_RATIO = 4.5
LARGE_RATIO = 3.0


@dataclass(frozen=True)
class Pair:
    what: str
    text: str
    """The colour role of the text."""
    background: str
    """The colour role it is drawn on."""
    large: bool
    """Always large text (at least 18 pt, or 14 pt bold)."""


PAIRS: tuple[Pair, ...] = (
    Pair("body text on the slide", "text", "background", False),
    Pair("slide titles", "primary", "background", True),
    Pair("footer, slide number, captions, sources", "muted", "background", False),
    Pair("KPI value on its card", "accent", "surface", True),
    Pair("KPI label on its card", "text", "surface", False),
    Pair("KPI detail on its card", "muted", "surface", False),
    Pair("table header", "on_primary", "primary", False),
    Pair("table body rows", "text", "background", False),
    Pair("table banded rows", "text", "surface", False),
    Pair("section, title band and closing text", "on_primary", "primary", False),
    Pair("title slide lines", "muted", "background", False),
    Pair("title slide organization", "primary", "background", False),
)


@dataclass(frozen=True)
class Contrast:
    pair: Pair
    ratio: float
    needed: float

    @property
    def ok(self) -> bool:
        return self.ratio >= self.needed - 1e-9


def contrasts(colors: ThemeColors) -> list[Contrast]:
    """The contrast of every pair of the theme's colours that its slides draw."""
    out = []
    for p in PAIRS:
        ratio = contrast_ratio(getattr(colors, p.text), getattr(colors, p.background))
        out.append(Contrast(p, ratio, LARGE_RATIO if p.large else TEXT_RATIO))
    return out


def check_contrast(theme: Theme) -> list[Problem]:
    """An error, located at the text colour's setting, for each pair below its needed ratio."""
    problems = []
    for c in contrasts(theme.colors):
        if c.ok:
            continue
        p = c.pair
        fg, bg = getattr(theme.colors, p.text), getattr(theme.colors, p.background)
        problems.append(
            Problem(
                theme.origin(f"colors.{p.text}"),
                f"{p.what}: colors.{p.text} {fg} on colors.{p.background} {bg} has a contrast "
                f"of {c.ratio:.1f}:1, below {c.needed:g}:1",
                f"colors.{p.text}",
                hint=f"darken or lighten colors.{p.text} or colors.{p.background} until they "
                f"reach {c.needed:g}:1 (WCAG 2)",
            )
        )
    for i, color in enumerate(theme.colors.chart):
        ratio = contrast_ratio(color, theme.colors.background)
        if ratio < LARGE_RATIO - 1e-9:
            problems.append(
                Problem(
                    theme.origin("colors.chart"),
                    f"chart colour {i + 1} ({color}) on colors.background "
                    f"{theme.colors.background} has a contrast of {ratio:.1f}:1, below "
                    f"{LARGE_RATIO:g}:1: its bars and lines fade on a projector",
                    f"colors.chart[{i}]",
                    hint="choose a darker (or, on a dark background, lighter) colour",
                )
            )
    return problems
