"""The ``deckmaker`` command line: a thin click shell over the library."""

from __future__ import annotations

import functools
import json
import sys
import traceback
from pathlib import Path

import click

from . import __version__
from .errors import DeckmakerError, display_path

EXAMPLES = {
    "build": "deckmaker build outlines/hung-yen-2024 --theme co-do --pdf",
    "check": "deckmaker check outlines/hung-yen-2024",
    "init": "deckmaker init my-deck && deckmaker build my-deck",
    "schema": "deckmaker schema > outline.schema.json",
    "figures": "deckmaker figures outlines/hung-yen-2024",
    "diff": "deckmaker diff old-figures.yaml outlines/hung-yen-2024/figures.yaml",
    "doctor": "deckmaker doctor build/hung-yen-2024.pptx",
    "draft": "deckmaker draft huong-dan.txt -o draft && deckmaker build draft",
    "themes": "deckmaker themes",
}


def _example(name: str) -> str:
    return f"\n\n\b\nExample:\n  {EXAMPLES[name]}"


def handle_errors(fn):
    """Map DeckmakerError to exit 1 with located messages; tracebacks only with --debug."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        debug = (ctx.find_root().params or {}).get("debug", False)
        try:
            return fn(*args, **kwargs)
        except DeckmakerError as exc:
            if debug:
                traceback.print_exc()
            click.echo(exc.format(), err=True)
            n = len([p for p in exc.problems if p.severity == "error"])
            if n > 1:
                click.echo(f"{n} errors", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="deckmaker")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
def main(debug: bool) -> None:
    """Turn a YAML outline and a figures file into a finished PowerPoint deck.

    \b
    Start with:
      deckmaker init my-deck && deckmaker build my-deck
    """


@main.command(
    help="Build the .pptx deck of OUTLINE (an outline.yaml or its folder)." + _example("build")
)
@click.argument("outline", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write the .pptx [default: build/<outline name>.pptx].",
)
@click.option(
    "--theme",
    "themes",
    multiple=True,
    metavar="NAME|PATH",
    help="Theme name or folder; repeat it to build one deck per theme.",
)
@click.option(
    "--figures",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Figures file (.yaml, .csv, .xlsx) to use instead of the outline's.",
)
@click.option("--pdf", is_flag=True, help="Also write a PDF through LibreOffice.")
@click.option("--svg", is_flag=True, help="Embed charts as SVG with a PNG fallback.")
@click.option("--doctor", is_flag=True, help="Check the new deck for overflowing text.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    help="Processes for charts; with several decks, decks built at once.",
)
@click.option(
    "--agencies",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="YAML list of agencies (theme, organization, output): one deck for each.",
)
@handle_errors
def build(
    outline: Path,
    output: Path | None,
    themes: tuple[str, ...],
    figures: Path | None,
    pdf: bool,
    svg: bool,
    doctor: bool,
    jobs: int | None,
    agencies: Path | None,
) -> None:
    from .pipeline import build_deck

    if agencies is not None and themes:
        raise click.UsageError("--agencies names each deck's theme; leave out --theme")
    if (len(themes) > 1 or agencies is not None) and output is not None:
        raise click.UsageError(
            "-o names one file; with several --theme, decks go to build/, and with "
            "--agencies, to each agency's output"
        )
    if len(themes) > 1 or agencies is not None:
        _build_many(outline, themes, agencies, figures, pdf, svg, doctor, jobs)
        return
    for theme in themes or (None,):
        out = output
        result = build_deck(
            outline, out, theme, figures, pdf=pdf, svg=svg, doctor=doctor, jobs=jobs, log=click.echo
        )
        secs = f"{result.seconds:.1f}".replace(".", ",")
        click.echo(f"done: {display_path(result.path)} — {result.slides} slides in {secs} s")
        if doctor and result.findings:
            from .doctor import format_findings

            click.echo(format_findings(result.findings), err=True)
            sys.exit(1)


def _build_many(
    outline: Path,
    themes: tuple[str, ...],
    agencies: Path | None,
    figures: Path | None,
    pdf: bool,
    svg: bool,
    doctor: bool,
    jobs: int | None,
) -> None:
    """Several decks at once (``--theme a --theme b`` or ``--agencies``), with a progress bar."""
    from .agencies import (
        AgencyBuildError,
        build_many,
        jobs_for_themes,
        load_agencies,
        summary_table,
    )

    todo = load_agencies(agencies) if agencies is not None else jobs_for_themes(outline, themes)
    bar = click.progressbar(
        length=len(todo),
        label=f"building {len(todo)} decks",
        item_show_func=lambda shown: shown,
        file=sys.stderr,
    )

    def advance(job, result) -> None:
        bar.update(1, display_path(job.output) if result else f"{job.theme}: failed")

    try:
        with bar:
            results = build_many(
                outline,
                todo,
                figures,
                processes=jobs,
                progress=advance,
                pdf=pdf,
                svg=svg,
                doctor=doctor,
            )
    except AgencyBuildError as exc:
        click.echo(summary_table(todo, exc.results))
        raise
    click.echo(summary_table(todo, results))
    total = sum(r.slides for r in results)
    click.echo(f"done: {len(results)} decks, {total} slides")
    findings = [f for r in results for f in r.findings]
    if doctor and findings:
        from .doctor import format_findings

        click.echo(format_findings(findings), err=True)
        sys.exit(1)


@main.command(
    help="Validate the outline, figures and theme, and lay out every slide; writes "
    "nothing." + _example("check")
)
@click.argument("outline", type=click.Path(path_type=Path))
@click.option("--theme", metavar="NAME|PATH", help="Theme name or folder.")
@click.option(
    "--figures",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Figures file to use instead of the outline's.",
)
@handle_errors
def check(outline: Path, theme: str | None, figures: Path | None) -> None:
    from .pipeline import check as run_check

    inputs = run_check(outline, theme, figures)
    for warning in inputs.warnings:
        click.echo(warning.format(), err=True)
    n = sum(len(s.slides) for s in inputs.deck.sections)
    click.echo(
        f"ok: {display_path(inputs.deck.source)} — {len(inputs.deck.sections)} sections, "
        f"{n} slides, {len(inputs.figures)} figures"
    )


@main.command(help="Create a new outline project in DIR that builds as is." + _example("init"))
@click.argument("directory", type=click.Path(path_type=Path))
@handle_errors
def init(directory: Path) -> None:
    from .project import init_project

    written = init_project(directory)
    for p in written:
        click.echo(f"wrote {display_path(p)}")
    click.echo(f"next: deckmaker build {display_path(directory)}")


@main.command(help="Print the JSON Schema of outline format v1, for editors." + _example("schema"))
def schema() -> None:
    from .outline.jsonschema import outline_schema

    click.echo(json.dumps(outline_schema(), ensure_ascii=False, indent=2))


from .cli_more import register  # noqa: E402

register(main)
