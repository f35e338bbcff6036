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


SCHEMA_FILE = "outline.schema.json"
SCHEMA_LINE = f"# yaml-language-server: $schema={SCHEMA_FILE}\n"
"""The first line of the outline ``init`` writes: editors with the YAML language server (VS Code's
YAML extension, and others) then check each key and explain it on hover."""


def init_project(directory: Path) -> list[Path]:
    """Write an example outline, figures file and picture that build as they are, and the JSON
    Schema of the outline beside them, which the outline's first line names for editors."""
    import json

    from .outline.jsonschema import outline_schema

    names = sorted(p.name for p in INIT_TEMPLATE.iterdir() if p.is_file())
    _refuse_existing(directory, [*names, SCHEMA_FILE])
    out = []
    for name in names:
        data = (INIT_TEMPLATE / name).read_bytes()
        if name == "outline.yaml":
            data = SCHEMA_LINE.encode() + data
        write_output(directory / name, data)
        out.append(directory / name)
    schema = json.dumps(outline_schema(), ensure_ascii=False, indent=2) + "\n"
    write_output(directory / SCHEMA_FILE, schema.encode("utf-8"))
    out.append(directory / SCHEMA_FILE)
    return out


def write_draft(directory: Path, result: DraftResult, force: bool = False) -> list[Path]:
    """Write a draft's ``outline.yaml`` and ``figures.yaml`` into ``directory``; refuses to
    overwrite them unless ``force``."""
    from .draft import FIGURES_FILE, OUTLINE_FILE

    if not force:
        _refuse_existing(directory, [OUTLINE_FILE, FIGURES_FILE])
    return list(result.write(directory))
