"""``deckmaker doctor``: render a deck and report what overflows."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import display_path
from ..i18n import _
from .common import example, handle_errors


@click.command(
    help="Render DECK.pptx through LibreOffice and report text that overflows its "
    "box or the slide, pictures over text, characters the font cannot draw and what the "
    "accessibility gate finds (titles, reading order, alt text, table headers, contrast, "
    "colour-only charts, the deck's title and language); exit 1 on findings. DECK may also "
    "be an outline or its folder: the deck `build` writes for it." + example("doctor")
)
@click.argument("deck", type=click.Path(path_type=Path, exists=True))
@handle_errors
def doctor(deck: Path) -> None:
    from ..doctor import diagnose, format_findings

    deck = _deck_of(deck)
    findings = diagnose(deck, access=True)
    if findings:
        click.echo(format_findings(findings))
        click.echo(
            _("{n} finding(s) in {deck}").format(n=len(findings), deck=display_path(deck)), err=True
        )
        sys.exit(1)
    click.echo(_("ok: {deck} — nothing overflows").format(deck=display_path(deck)))


def _deck_of(path: Path) -> Path:
    """``path`` itself when it is a deck; for an outline or its folder, the deck ``build``
    writes for it by default (``build/<name>.pptx``), which must have been built."""
    if path.is_file() and path.suffix.lower() not in (".yaml", ".yml"):
        return path
    from ..errors import Location, OutputError, Problem
    from ..pipeline import default_output

    deck = default_output(path)
    if not deck.is_file():
        raise OutputError(
            Problem(
                Location(display_path(deck)),
                _("no deck built for {outline} yet").format(outline=display_path(path)),
                hint=_("build it first: deckmaker build {outline}").format(
                    outline=display_path(path)
                ),
            )
        )
    return deck
