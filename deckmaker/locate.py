"""Where deckmaker finds things: outlines, the themes a name refers to, bundled fonts and files.

Every command looks things up here, so a theme name means the same theme to ``build``, ``check``,
``themes check`` and ``themes preview``:

- A theme *name* is looked up in the ``themes/`` folders of the outline's folder and of each
  folder above it, up to the project's root (the first folder holding ``pyproject.toml`` or
  ``.git``); then in those of the current folder and the folders above it, up to its project's
  root; then among the themes bundled with deckmaker. Commands without an outline (``themes``)
  start at the current folder.
- Paths are resolved first, so ``deckmaker build .`` inside a deck's folder finds the project's
  ``themes/`` as ``deckmaker build outlines/deck`` from the project root does.
"""

from __future__ import annotations

from pathlib import Path

from .outline import OUTLINE_NAME, find_outline

PACKAGE = Path(__file__).resolve().parent
BUILTIN_THEMES = PACKAGE / "themes"
"""The themes bundled with deckmaker (``default``, ``co-do``, ``tuong-phan``)."""
BUNDLED_FONTS = PACKAGE / "fonts"
"""The fonts bundled with deckmaker, used when a theme's font is not installed."""
INIT_TEMPLATE = PACKAGE / "init_template"
"""The files ``deckmaker init`` writes."""
PREVIEW_SAMPLE = PACKAGE / "preview_sample" / OUTLINE_NAME
"""The outline ``deckmaker themes preview`` shows a theme with."""

LABEL_WEIGHTS = PACKAGE / "draft" / "label_weights.json"
"""The weights of the draft's label scorer (``deckmaker.draft.ranker``), written by
``tools/label_ranker.py fit``; not shipped (without it the rules' labels stand)."""

MEASURE_WORDS = PACKAGE / "draft" / "measures.yaml"
"""The measure nouns a drafted label may open with, by the readings the label rules give them
(``deckmaker.draft.labels``)."""

PROJECT_MARKERS = ("pyproject.toml", ".git")


def theme_search_dirs(start: str | Path | None = None) -> list[Path]:
    """The ``themes/`` folders a theme name is looked up in, nearest first: from the folder
    ``start`` up to its project's root, then from the current folder up to its project's root.
    The bundled themes come after these (``deckmaker.theme.load_theme`` adds them)."""
    dirs: list[Path] = []
    for first in (*([Path(start)] if start is not None else []), Path.cwd()):
        first = first.resolve()
        for d in (first, *first.parents):
            if (d / "themes").is_dir():
                dirs.append(d / "themes")
            if any((d / m).exists() for m in PROJECT_MARKERS):
                break
    return list(dict.fromkeys(p.resolve() for p in dirs))


def theme_path_in(theme: str, base: Path) -> str:
    """An outline's ``theme:``: a path relative to the outline's folder when such a file or
    folder exists there, else the name (or absolute path) as written."""
    if Path(theme).is_absolute():
        return theme
    candidate = base / theme
    return str(candidate) if candidate.exists() else theme


def outline_theme_dirs(outline: str | Path) -> list[Path]:
    """:func:`theme_search_dirs` from the folder of ``outline`` (a file or its folder)."""
    return theme_search_dirs(find_outline(outline).resolve().parent)


__all__ = [
    "BUILTIN_THEMES",
    "BUNDLED_FONTS",
    "INIT_TEMPLATE",
    "PREVIEW_SAMPLE",
    "find_outline",
    "outline_theme_dirs",
    "theme_path_in",
    "theme_search_dirs",
]
