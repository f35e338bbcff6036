"""``deckmaker preview``: the deck on a local web page, rebuilt on every save."""

from __future__ import annotations

from pathlib import Path

import click

from .common import example, handle_errors


@click.command(
    help="Show the deck of OUTLINE on a local web page and rebuild it on every save of the "
    "outline, figures, theme or pictures; Ctrl-C stops." + example("preview")
)
@click.argument("outline", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write the .pptx [default: build/<outline name>.pptx].",
)
@click.option("--theme", metavar="NAME|PATH", help="Theme name or folder.")
@click.option(
    "--figures",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Figures file to use instead of the outline's.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port [default: a free one]."
)
@click.option("--no-open", is_flag=True, help="Do not open the page in the browser.")
@handle_errors
def preview(
    outline: Path,
    output: Path | None,
    theme: str | None,
    figures: Path | None,
    port: int,
    no_open: bool,
) -> None:
    from ..live import serve

    serve(
        outline,
        output=output,
        theme=theme,
        figures=figures,
        port=port,
        open_browser=not no_open,
        log=lambda line: click.echo(line, err=True),
    )
