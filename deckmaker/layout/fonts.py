"""Resolve a font family to a font file through fontconfig, with metric-compatible substitutes."""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont

from ..i18n import _

# Families that documents name but that are rarely installed on Linux, mapped to a free font with
# the same advance widths (so text wraps at the same place) in the order we try them.
METRIC_SUBSTITUTES: dict[str, tuple[str, ...]] = {
    "arial": ("Liberation Sans",),
    "helvetica": ("Liberation Sans",),
    "helvetica neue": ("Liberation Sans",),
    "times new roman": ("Liberation Serif",),
    "times": ("Liberation Serif",),
    "courier new": ("Liberation Mono",),
    "courier": ("Liberation Mono",),
    "calibri": ("Carlito",),
    "cambria": ("Caladea",),
}


@dataclass(frozen=True)
class ResolvedFont:
    """The font file that will draw ``requested`` and whether it is a stand-in."""

    path: Path
    family: str
    """The family name of the file that was found."""
    requested: str
    """The family name that was asked for, with style, e.g. ``"Arial Bold"``."""
    substituted: bool
    """True when ``family`` is not the family that was asked for."""

    def describe(self) -> str:
        """One line for the build log: which file stood in for which font."""
        if not self.substituted:
            return f"{self.requested}: {self.path}"
        return _("{requested}: substituted by {family} ({path})").format(
            requested=self.requested, family=self.family, path=self.path
        )


class FontNotFoundError(LookupError):
    """No font file at all could be found (fontconfig missing or empty)."""


def _style_name(bold: bool, italic: bool) -> str:
    return {
        (False, False): "",
        (True, False): " Bold",
        (False, True): " Italic",
        (True, True): " Bold Italic",
    }[(bold, italic)]


def _fc_match(family: str, bold: bool, italic: bool) -> tuple[Path, str] | None:
    if shutil.which("fc-match") is None:
        raise FontNotFoundError(_("fc-match (fontconfig) is not installed; cannot resolve fonts"))
    pattern = family.replace("-", r"\-").replace(":", r"\:")
    pattern += ":weight=bold" if bold else ":weight=regular"
    pattern += ":slant=italic" if italic else ":slant=roman"
    out = subprocess.run(
        ["fc-match", "-f", "%{file}\n%{family[0]}", pattern],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = out.stdout.splitlines()
    if out.returncode != 0 or len(lines) < 2 or not lines[0]:
        return None
    return Path(lines[0]), lines[1]


def _same_family(a: str, b: str) -> bool:
    return a.casefold().replace(" ", "") == b.casefold().replace(" ", "")


BUNDLED_DIR = Path(__file__).resolve().parents[1] / "fonts"
"""Fonts shipped with deckmaker (Liberation Sans and Serif, SIL OFL 1.1; see LICENSE there), so
measurement gives the same line breaks on every machine, with or without fontconfig."""


def _bundled(family: str, bold: bool, italic: bool) -> Path | None:
    style = {
        (False, False): "Regular",
        (True, False): "Bold",
        (False, True): "Italic",
        (True, True): "BoldItalic",
    }[(bold, italic)]
    path = BUNDLED_DIR / f"{family.replace(' ', '')}-{style}.ttf"
    return path if path.is_file() else None


@functools.cache
def resolve_font(family: str, bold: bool = False, italic: bool = False) -> ResolvedFont:
    """Find the file that draws ``family``: a bundled file, the installed font, else a
    metric-compatible substitute, else whatever fontconfig falls back to (marked as substituted)."""
    requested = family + _style_name(bold, italic)
    if (own := _bundled(family, bold, italic)) is not None:
        return ResolvedFont(own, family, requested, substituted=False)
    for candidate in METRIC_SUBSTITUTES.get(family.casefold(), ()):
        if (own := _bundled(candidate, bold, italic)) is not None:
            return ResolvedFont(own, candidate, requested, substituted=True)
    found = _fc_match(family, bold, italic)
    if found is not None and _same_family(found[1], family):
        return ResolvedFont(found[0], found[1], requested, substituted=False)
    for candidate in METRIC_SUBSTITUTES.get(family.casefold(), ()):
        sub = _fc_match(candidate, bold, italic)
        if sub is not None and _same_family(sub[1], candidate):
            return ResolvedFont(sub[0], sub[1], requested, substituted=True)
    if found is None:
        raise FontNotFoundError(
            _("no font file found for {requested!r}").format(requested=requested)
        )
    return ResolvedFont(found[0], found[1], requested, substituted=True)


@functools.lru_cache(maxsize=64)
def _cmap(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap() or {})


def missing_glyphs(path: Path | str, text: str) -> set[str]:
    """The characters of ``text`` (other than whitespace and controls) that the font has no glyph
    for."""
    cmap = _cmap(Path(path))
    return {ch for ch in text if ord(ch) not in cmap and not ch.isspace() and ch.isprintable()}
