"""deckmaker: a YAML outline and a figures file become a finished PowerPoint deck."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    DataError,
    DeckmakerError,
    LayoutError,
    OutlineError,
    RenderError,
    ThemeError,
)


def build(outline_path, output=None, theme=None, figures=None):
    """Build the deck of ``outline_path``; returns the path of the .pptx written."""
    from .pipeline import build as _build

    return _build(outline_path, output, theme, figures)


def load_outline(path):
    """Load and validate an outline (file or folder); raises ``OutlineError``."""
    from .outline import load_outline as _load

    return _load(path)


__all__ = [
    "DataError",
    "DeckmakerError",
    "LayoutError",
    "OutlineError",
    "RenderError",
    "ThemeError",
    "__version__",
    "build",
    "load_outline",
]
