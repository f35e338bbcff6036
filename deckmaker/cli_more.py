"""The ``figures``, ``diff``, ``doctor``, ``draft`` and ``themes`` commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import display_path


def register(main: click.Group) -> None:
    from .cli import _example, handle_errors

    @main.command(
        help="List every figure with its value and the slides that use it." + _example("figures")
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
        from .report import figure_usage, format_usage

        usage = figure_usage(outline, figures)
        click.echo(format_usage(usage))
        if usage.undefined:
            sys.exit(1)

    @main.command(
        help="Show which figures changed between two figures files (or two outlines) "
        "and the slides they appear on." + _example("diff")
    )
    @click.argument("old", type=click.Path(path_type=Path))
    @click.argument("new", type=click.Path(path_type=Path))
    @click.option(
        "--outline",
        type=click.Path(path_type=Path),
        help="Outline whose slides to name (default: NEW if it is an outline).",
    )
    @handle_errors
    def diff(old: Path, new: Path, outline: Path | None) -> None:
        from .report import diff_figures, format_diff

        changes = diff_figures(old, new, outline)
        click.echo(format_diff(changes))

    @main.command(
        help="Render DECK.pptx through LibreOffice and report text that overflows its "
        "box or the slide, pictures over text and characters the font cannot draw; "
        "exit 1 on findings." + _example("doctor")
    )
    @click.argument("deck", type=click.Path(path_type=Path, exists=True, dir_okay=False))
    @handle_errors
    def doctor(deck: Path) -> None:
        from .doctor import diagnose, format_findings

        findings = diagnose(deck)
        if findings:
            click.echo(format_findings(findings))
            click.echo(f"{len(findings)} finding(s) in {display_path(deck)}", err=True)
            sys.exit(1)
        click.echo(f"ok: {display_path(deck)} — nothing overflows")

    @main.command(
        help="Draft an outline and figures file from a guidance document (.txt, "
        ".docx, .pdf)." + _example("draft")
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
    @handle_errors
    def draft(guidance: Path, outdir: Path, force: bool) -> None:
        from .draft import draft as run_draft
        from .project import write_draft

        result = run_draft(guidance)
        for p in write_draft(outdir, result, force=force):
            click.echo(f"wrote {display_path(p)}")
        click.echo(result.summary)

    @main.group(
        invoke_without_command=True,
        help="List the themes, check one, or preview one." + _example("themes"),
    )
    @click.option(
        "--dir",
        "dirs",
        multiple=True,
        type=click.Path(path_type=Path),
        help="Another folder of themes to list.",
    )
    @click.pass_context
    def themes(ctx: click.Context, dirs: tuple[Path, ...]) -> None:
        if ctx.invoked_subcommand is not None:
            return
        from .theme import list_themes

        search = [*dirs, *_default_theme_dirs()]
        rows = list_themes(search)
        width = max((len(n) for n, _, _ in rows), default=4)
        for name, display, path in rows:
            click.echo(f"{name:<{width}}  {display}  ({display_path(path)})")

    @themes.command(
        "check",
        help="Check a theme and its template before any build; exit 1 "
        "when something is missing.\n\n\b\nExample:\n  deckmaker themes check "
        "themes/so-tttt-hung-yen",
    )
    @click.argument("theme")
    @handle_errors
    def themes_check(theme: str) -> None:
        from .errors import ThemeError
        from .theme import load_theme
        from .theme.contrast import check_contrast
        from .theme.template import check_template

        th = load_theme(theme, _default_theme_dirs())
        problems = check_contrast(th) + (check_template(th) if th.template else [])
        errors = [p for p in problems if p.severity == "error"]
        for warning in (p for p in problems if p.severity != "error"):
            click.echo(warning.format(), err=True)
        if errors:
            raise ThemeError(errors)
        what = f", template {display_path(th.template)}" if th.template else ""
        click.echo(f"ok: theme {th.name} ({th.display_name}){what}")

    @themes.command(
        "preview",
        help="Render sample slides of a theme to one PNG contact sheet."
        "\n\n\b\nExample:\n  deckmaker themes preview co-do -o co-do.png",
    )
    @click.argument("theme")
    @click.option("-o", "--output", type=click.Path(path_type=Path), required=True)
    @click.option(
        "--outline",
        type=click.Path(path_type=Path),
        help="Outline to preview with (default: a built-in sample).",
    )
    @handle_errors
    def themes_preview(theme: str, output: Path, outline: Path | None) -> None:
        from .preview import preview_theme

        path = preview_theme(theme, output, outline)
        click.echo(f"wrote {display_path(path)}")


def _default_theme_dirs() -> list[Path]:
    d = Path.cwd() / "themes"
    return [d] if d.is_dir() else []
