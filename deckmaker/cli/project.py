"""``deckmaker init``, ``deckmaker schema`` and ``deckmaker draft``: starting a project."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import display_path
from ..i18n import _
from .common import example, handle_errors

DEFAULT_SLIDES = 35
"""``deckmaker.draft.size.DEFAULT_SLIDES``, written out: importing the draft package (~0.1 s)
would slow every command's start (tests/unit/test_cli_imports.py keeps the two equal)."""


@click.command(help="Create a new outline project in DIR that builds as is." + example("init"))
@click.argument("directory", type=click.Path(path_type=Path))
@handle_errors
def init(directory: Path) -> None:
    from ..project import init_project

    written = init_project(directory)
    for p in written:
        click.echo(_("wrote {path}").format(path=display_path(p)))
    click.echo(_("next: deckmaker build {directory}").format(directory=display_path(directory)))


@click.command(help="Print the JSON Schema of outline format v1, for editors." + example("schema"))
def schema() -> None:
    from ..outline.jsonschema import outline_schema

    click.echo(json.dumps(outline_schema(), ensure_ascii=False, indent=2))


@click.command(
    help="Draft an outline and figures file from a guidance document (.txt, "
    ".docx, .pdf)." + example("draft")
)
@click.argument("guidance", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "outdir",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write outline.yaml and figures.yaml into.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing outline.yaml there.")
@click.option(
    "--slides",
    type=click.IntRange(min=5),
    default=DEFAULT_SLIDES,
    show_default=True,
    help="At most this many slides in the built deck (title, section dividers, content, "
    "closing): small sections merged, long lists folded into notes; slides with figures kept.",
)
@click.option("--all-slides", is_flag=True, help="Keep every drafted slide (no --slides limit).")
@handle_errors
def draft(guidance: Path, outdir: Path, force: bool, slides: int, all_slides: bool) -> None:
    from ..draft import draft as run_draft
    from ..project import write_draft

    result = run_draft(guidance, slides=None if all_slides else slides)
    for warning in result.warnings:
        click.echo(warning.format(), err=True)
    for p in write_draft(outdir, result, force=force):
        click.echo(_("wrote {path}").format(path=display_path(p)))
    click.echo(result.summary)
