"""Project files on disk: ``deckmaker init`` and writing a draft."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_output
from .errors import DeckmakerError, Location, Problem, display_path
from .i18n import _
from .locate import INIT_TEMPLATE

if TYPE_CHECKING:
    from .draft import DraftResult


def _refuse_existing(directory: Path, names: list[str]) -> None:
    existing = [directory / n for n in names if (directory / n).exists()]
    if existing:
        raise DeckmakerError(
            Problem(
                Location(display_path(existing[0])),
                _("the file exists already"),
                hint=_("choose a new folder, or pass --force to overwrite"),
            )
        )


def init_project(directory: Path) -> list[Path]:
    """Write an example outline, figures file and picture that build as they are."""
    names = sorted(p.name for p in INIT_TEMPLATE.iterdir() if p.is_file())
    _refuse_existing(directory, names)
    out = []
    for name in names:
        write_output(directory / name, (INIT_TEMPLATE / name).read_bytes())
        out.append(directory / name)
    return out


def write_draft(directory: Path, result: DraftResult, force: bool = False) -> list[Path]:
    """Write a draft's ``outline.yaml`` and ``figures.yaml`` into ``directory``; refuses to
    overwrite them unless ``force``."""
    from .draft import FIGURES_FILE, OUTLINE_FILE

    if not force:
        _refuse_existing(directory, [OUTLINE_FILE, FIGURES_FILE])
    return list(result.write(directory))
