"""``deckmaker doctor``: render a deck and report what overflows."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import display_path
from .common import example, handle_errors


@click.command(
    help="Render DECK.pptx through LibreOffice and report text that overflows its "
    "box or the slide, pictures over text and characters the font cannot draw; "
    "exit 1 on findings." + example("doctor")
)
@click.argument("deck", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@handle_errors
def doctor(deck: Path) -> None:
    from ..doctor import diagnose, format_findings

    findings = diagnose(deck)
    if findings:
        click.echo(format_findings(findings))
        click.echo(f"{len(findings)} finding(s) in {display_path(deck)}", err=True)
        sys.exit(1)
    click.echo(f"ok: {display_path(deck)} — nothing overflows")
