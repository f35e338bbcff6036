"""``deckmaker update``: today's figures into a deck edited by hand, keeping the hand edits."""

from __future__ import annotations

from pathlib import Path

import click

from .common import example, handle_errors


@click.command(
    help="Write today's figures into DECK (a .pptx built by deckmaker and edited since), in "
    "place: numbers rewritten where they are, charts redrawn at their current size, every hand "
    "edit kept; a number changed by hand is reported, not overwritten. OUTLINE defaults to the "
    "one DECK was last built from." + example("update")
)
@click.argument("deck", type=click.Path(path_type=Path))
@click.argument("outline", required=False, type=click.Path(path_type=Path))
@click.option(
    "--figures",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Figures file (.yaml, .csv, .xlsx) to use instead of the outline's.",
)
@click.option("--theme", metavar="NAME|PATH", help="The theme DECK was built with.")
@click.option("--dry-run", is_flag=True, help="Only print what would change; write nothing.")
@handle_errors
def update(
    deck: Path, outline: Path | None, figures: Path | None, theme: str | None, dry_run: bool
) -> None:
    from ..update import update_deck

    report = update_deck(deck, outline, figures, theme, dry_run=dry_run)
    for line in report.lines():
        click.echo(line)
