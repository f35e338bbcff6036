"""Project files on disk: ``deckmaker init`` and writing a draft."""

from __future__ import annotations

from pathlib import Path

from .errors import DeckmakerError, Location, Problem, display_path
from .pipeline import atomic_write

TEMPLATE_DIR = Path(__file__).parent / "init_template"


def _refuse_existing(directory: Path, names: list[str]) -> None:
    existing = [directory / n for n in names if (directory / n).exists()]
    if existing:
        raise DeckmakerError(
            Problem(
                Location(display_path(existing[0])),
                "the file exists already",
                hint="choose a new folder, or pass --force to overwrite",
            )
        )


def init_project(directory: Path) -> list[Path]:
    """Write an example outline, figures file and picture that build as they are."""
    names = sorted(p.name for p in TEMPLATE_DIR.iterdir() if p.is_file())
    _refuse_existing(directory, names)
    out = []
    for name in names:
        atomic_write(directory / name, (TEMPLATE_DIR / name).read_bytes())
        out.append(directory / name)
    return out


def write_draft(directory: Path, result, force: bool = False) -> list[Path]:
    names = ["outline.yaml", "figures.yaml"]
    if not force:
        _refuse_existing(directory, names)
    atomic_write(directory / "outline.yaml", result.outline_yaml.encode("utf-8"))
    atomic_write(directory / "figures.yaml", result.figures_yaml.encode("utf-8"))
    return [directory / n for n in names]
