"""Outline format v1: loading and validating a deck outline."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections import OrderedDict
from pathlib import Path
from typing import Any

from ..errors import Location, OutlineError, Problem, display_path
from ..i18n import _, language
from ..source import MAX_FILE_BYTES, load_yaml, not_regular, special_file
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
    if special_file(p):
        raise OutlineError(not_regular(display_path(p)))
    return p


_LOADED: OrderedDict[tuple[str, ...], tuple[Deck, tuple[tuple[Path, bool], ...]]] = OrderedDict()
LOADED_KEPT = 4
"""Outlines loaded in this process (a build server or a preview rebuilds the same outline after
its figures file changed): a later load of the same bytes is the same ``Deck``."""


def _loaded_key(file: Path) -> tuple[str, ...] | None:
    """What a load of ``file`` depends on besides the files it names: its bytes, where it is,
    the working folder (the messages' paths) and the messages' language; None if unreadable
    or too large to be an outline (the load then says why)."""
    try:
        with file.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return None
        where = str(file.resolve())
        cwd = str(Path.cwd().resolve())
    except OSError:
        return None
    return hashlib.sha256(data).hexdigest(), where, cwd, language()


_LEAVES = frozenset({str, int, float, bool, type(None)})
"""Types (exactly) that hold no path: most of a loaded outline's values."""


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _named_paths(obj: Any, out: set[Path]) -> set[Path]:
    """The paths a loaded outline holds (its figures file, pictures): validation read whether
    each is a file. Walked with a stack, each dataclass's field names read once for its class
    and plain values passed over first (the sample's ~6,000 values: ~0.005 s of a cold build
    before its first chart, recursing and calling ``dataclasses.fields`` on each)."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if type(item) in _LEAVES:
            continue
        if isinstance(item, Path):
            out.add(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, name) for name in _field_names(type(item)))
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return out


def load_outline(path: str | Path) -> Deck:
    """Load and validate an outline; raises ``OutlineError`` listing every problem found.

    A load of the same bytes, from the same place and working folder, in the same language,
    with each file it names still a file or still not one, returns the ``Deck`` loaded before
    (``_LOADED``): a rebuild after only the figures changed reads the outline's bytes, not its
    YAML."""
    file = find_outline(path)
    key = _loaded_key(file)
    if key is not None and key in _LOADED:
        deck, named = _LOADED[key]
        if all(p.is_file() == was for p, was in named):
            _LOADED.move_to_end(key)
            return deck
    deck = _load(file)
    if key is not None and _loaded_key(file) == key:  # not changed while it was read
        named = tuple((p, p.is_file()) for p in sorted(_named_paths(deck, set()), key=str))
        _LOADED[key] = deck, named
        while len(_LOADED) > LOADED_KEPT:
            _LOADED.popitem(last=False)
    return deck


def _load(file: Path) -> Deck:
    from .schema import validate

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
