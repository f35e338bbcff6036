"""Themes: load a theme folder (with ``extends``), resolve its colours and check its template."""

from .loader import BUILTIN_DIR, list_themes, load_theme
from .model import (
    LAYOUT_ROLES,
    PLACEHOLDER_SLOTS,
    SLIDE_SIZES,
    TextSizes,
    Theme,
    ThemeColors,
    ThemeFonts,
    contrast_ratio,
    matplotlib_rc,
)

__all__ = [
    "BUILTIN_DIR",
    "LAYOUT_ROLES",
    "PLACEHOLDER_SLOTS",
    "SLIDE_SIZES",
    "TextSizes",
    "Theme",
    "ThemeColors",
    "ThemeFonts",
    "contrast_ratio",
    "list_themes",
    "load_theme",
    "matplotlib_rc",
]
