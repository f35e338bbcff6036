"""``deckmaker figures`` and ``deckmaker diff``: what the figures are and what changed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import example, handle_errors


@click.command(
    help="List every figure with its value and the slides that use it." + example("figures")
)
@click.argument("outline", type=click.Path(path_type=Path))
@click.option(
    "--figures",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Figures file to use instead of the outline's.",
)
@handle_errors
def figures(outline: Path, figures: Path | None) -> None:
    from ..report import figure_usage, format_usage

    usage = figure_usage(outline, figures)
    click.echo(format_usage(usage))
    if usage.undefined:
        sys.exit(1)


@click.command(
    help="Show which figures changed between two figures files (or two outlines) and the "
    "slides they appear on. With a built deck as OLD, or an outline alone, compare the "
    "figures that deck shows (recorded when it was built) with today's." + example("diff")
)
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path), required=False)
@click.option(
    "--outline",
    type=click.Path(path_type=Path),
    help="Outline whose slides to name (default: NEW if it is an outline; for a deck, the "
    "outline it was built from).",
)
@handle_errors
def diff(old: Path, new: Path | None, outline: Path | None) -> None:
    from ..report import diff_figures, format_diff, names_slides

    if old.suffix.lower() == ".pptx" or new is None:
        from ..pipeline import default_output
        from ..report import diff_since_build

        if old.suffix.lower() == ".pptx":
            changes = diff_since_build(old, new, outline)
        else:  # an outline alone: the deck it builds by default
            changes = diff_since_build(default_output(old), old)
        click.echo(format_diff(changes))  # a built deck records its slides
    else:
        changes = diff_figures(old, new, outline)
        click.echo(format_diff(changes, names_slides(new, outline)))
