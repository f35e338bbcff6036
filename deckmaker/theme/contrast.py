"""Contrast of every text on its background that a theme's slides draw (WCAG 2).

``PAIRS`` lists each text colour role on each fill role the slide kinds (``layout/kinds``) put it
on. Every text box is drawn at 4.5:1 (issue 12). A pair is large text when that text is always
at least 18 pt (or 14 pt bold): its colour is an error only under WCAG's 3:1 for large text;
between 3:1 and 4.5:1 the slides draw it in its nearest tone that reaches 4.5:1
(``theme.model.readable_tone``: titles, KPI values). Chart series colours are marks: 3:1 on the
background.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problem
from ..i18n import N_, _
from .model import Theme, ThemeColors, contrast_ratio, readable_tone

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
    Pair(N_("body text on the slide"), "text", "background", False),
    Pair(N_("slide titles"), "primary", "background", True),
    Pair(N_("footer, slide number, captions, sources"), "muted", "background", False),
    Pair(N_("KPI value on its card"), "accent", "surface", True),
    Pair(N_("KPI label on its card"), "text", "surface", False),
    Pair(N_("KPI detail on its card"), "muted", "surface", False),
    Pair(N_("table header"), "on_primary", "primary", False),
    Pair(N_("table body rows"), "text", "background", False),
    Pair(N_("table banded rows"), "text", "surface", False),
    Pair(N_("section, title band and closing text"), "on_primary", "primary", False),
    Pair(N_("title slide lines"), "muted", "background", False),
    Pair(N_("title slide organization"), "primary", "background", False),
)


@dataclass(frozen=True)
class Contrast:
    pair: Pair
    ratio: float
    needed: float
    """Under it the theme's colour is an error (3:1 for large text, else 4.5:1)."""
    drawn: str = ""
    """Large text under 4.5:1: the tone the slides draw it in (``readable_tone``); else empty."""
    drawn_ratio: float = 0.0

    @property
    def ok(self) -> bool:
        return self.ratio >= self.needed - 1e-9


def contrasts(colors: ThemeColors) -> list[Contrast]:
    """The contrast of every pair of the theme's colours that its slides draw."""
    out = []
    for p in PAIRS:
        fg, bg = getattr(colors, p.text), getattr(colors, p.background)
        ratio = contrast_ratio(fg, bg)
        if p.large and ratio < TEXT_RATIO - 1e-9:
            tone = readable_tone(fg, (bg,))
            out.append(Contrast(p, ratio, LARGE_RATIO, tone, contrast_ratio(tone, bg)))
        else:
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
                _(
                    "{what}: colors.{text} {fg} on colors.{background} {bg} has a contrast of "
                    "{ratio:.1f}:1, below {needed:g}:1"
                ).format(
                    what=_(p.what),
                    text=p.text,
                    fg=fg,
                    background=p.background,
                    bg=bg,
                    ratio=c.ratio,
                    needed=c.needed,
                ),
                f"colors.{p.text}",
                hint=_(
                    "darken or lighten colors.{text} or colors.{background} until they reach "
                    "{needed:g}:1 (WCAG 2)"
                ).format(text=p.text, background=p.background, needed=c.needed),
            )
        )
    for i, color in enumerate(theme.colors.chart):
        ratio = contrast_ratio(color, theme.colors.background)
        if ratio < LARGE_RATIO - 1e-9:
            problems.append(
                Problem(
                    theme.origin("colors.chart"),
                    _(
                        "chart colour {value} ({color}) on colors.background {background} has a "
                        "contrast of {ratio:.1f}:1, below {LARGE_RATIO:g}:1: its bars and lines "
                        "fade on a projector"
                    ).format(
                        value=i + 1,
                        color=color,
                        background=theme.colors.background,
                        ratio=ratio,
                        LARGE_RATIO=LARGE_RATIO,
                    ),
                    f"colors.chart[{i}]",
                    hint=_("choose a darker (or, on a dark background, lighter) colour"),
                )
            )
    return problems
