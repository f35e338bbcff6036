"""``deckmaker themes`` (list), ``themes check`` and ``themes preview``.

Theme names are looked up as every other command looks them up (``deckmaker.locate``): from the
current folder up to its project's root, then among the bundled themes.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import display_path
from ..i18n import _
from .common import example, handle_errors


@click.group(
    invoke_without_command=True,
    help="List the themes, check one, or preview one." + example("themes"),
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
    from ..locate import theme_search_dirs
    from ..theme import list_themes

    rows = list_themes([*dirs, *theme_search_dirs()])
    width = max((len(n) for n, _, _ in rows), default=4)
    for name, display, path in rows:
        click.echo(f"{name:<{width}}  {display}  ({display_path(path)})")


@themes.command(
    "check",
    help="Check a theme and its template before any build; exit 1 "
    "when something is missing." + example("themes check"),
)
@click.argument("theme")
@handle_errors
def themes_check(theme: str) -> None:
    from ..errors import ThemeError
    from ..locate import theme_search_dirs
    from ..probe import probe_theme
    from ..theme import load_theme
    from ..theme.contrast import TEXT_RATIO, check_contrast, contrasts

    th = load_theme(theme, theme_search_dirs())
    probe = probe_theme(th)  # the probe deck, every slide kind, through build's own code
    errors = check_contrast(th) + [p for p in probe.errors if p not in check_contrast(th)]
    for warning in probe.warnings:
        click.echo(warning.format(), err=True)
    if errors:
        raise ThemeError(errors)
    what = _(", template {path}").format(path=display_path(th.template)) if th.template else ""
    click.echo(
        _("ok: theme {name} ({display_name}){what}").format(
            name=th.name, display_name=th.display_name, what=what
        )
    )
    click.echo(_("  builds: {n} probe slides, every slide kind").format(n=probe.slides))
    for kind, layout in probe.layouts.items():
        click.echo(_("  layout: {kind} {layout}").format(kind=f"{kind:<14}", layout=layout))
    if th.template is not None:
        from ..theme.model import contrast_ratio
        from ..theme.template import font_notes, needs_backing, title_band, title_band_color

        for note in font_notes(th):
            click.echo(_("  fonts: {note}").format(note=note))

        band = title_band(th)
        title = title_band_color(th, th.colors.primary)
        if needs_backing(th):
            click.echo(
                _(
                    "  contrast: no colour reads on the template's artwork under the text: "
                    "each slide's content sits on a panel of {background}"
                ).format(background=th.colors.background)
            )
        elif band and title:
            ratio = contrast_ratio(title, band)
            click.echo(
                _(
                    "  contrast: titles {title} on the template's title band {ratio:.1f}:1 "
                    "(needs 4.5:1) on {band}"
                ).format(title=title, ratio=ratio, band=band)
            )
    for c in contrasts(th.colors):
        if c.pair.background not in ("background", "surface"):
            continue
        background = getattr(th.colors, c.pair.background)
        if c.drawn:  # large text under 4.5:1: drawn in its nearest tone that reads
            click.echo(
                _(
                    "  contrast: {what} {ratio:.1f}:1 on {background}: drawn in {tone} "
                    "({drawn:.1f}:1, needs 4.5:1)"
                ).format(
                    what=_(c.pair.what),
                    ratio=c.ratio,
                    background=background,
                    tone=c.drawn,
                    drawn=c.drawn_ratio,
                )
            )
            continue
        click.echo(
            _("  contrast: {what} {ratio:.1f}:1 (needs {needed:g}:1) on {background}").format(
                what=_(c.pair.what), ratio=c.ratio, needed=TEXT_RATIO, background=background
            )
        )


@themes.command(
    "preview",
    help="Render sample slides of a theme to one PNG contact sheet." + example("themes preview"),
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
    from ..preview import preview_theme

    path = preview_theme(theme, output, outline)
    click.echo(_("wrote {path}").format(path=display_path(path)))
