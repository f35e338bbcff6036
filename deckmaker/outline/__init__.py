"""Outline format v1: loading and validating a deck outline."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..errors import Location, OutlineError, Problem, display_path
from ..i18n import _
from ..source import load_yaml
from .model import Deck

OUTLINE_NAME = "outline.yaml"


def find_outline(path: str | Path) -> Path:
    """An outline file, or the folder holding ``outline.yaml``."""
    p = Path(path)
    if p.is_dir():
        for name in (OUTLINE_NAME, "outline.yml"):
            if (p / name).is_file():
                return p / name
        raise OutlineError(
            Problem(
                Location(display_path(p)),
                _("no {OUTLINE_NAME} in this folder").format(OUTLINE_NAME=OUTLINE_NAME),
                hint=_("give the outline file itself, or create one with `deckmaker init DIR`"),
            )
        )
    if not p.exists():
        raise OutlineError(
            Problem(
                Location(display_path(p)),
                _("outline not found"),
                hint=_("check the path; OUTLINE is an outline.yaml or its folder"),
            )
        )
    return p


def load_outline(path: str | Path) -> Deck:
    """Load and validate an outline; raises ``OutlineError`` listing every problem found."""
    from .schema import validate

    file = find_outline(path)
    try:
        root = load_yaml(file)
    except OutlineError:
        raise
    except Exception as exc:
        from ..errors import DeckmakerError

        if isinstance(exc, DeckmakerError):
            raise OutlineError(exc.problems) from exc
        raise
    deck, problems = validate(root, file)
    errors = [p for p in problems if p.severity == "error"]
    if errors or deck is None:
        raise OutlineError(errors or [Problem(Location(display_path(file)), _("invalid outline"))])
    warnings = tuple(p for p in problems if p.severity != "error")
    return dataclasses.replace(deck, warnings=warnings) if warnings else deck


__all__ = ["Deck", "find_outline", "load_outline"]
