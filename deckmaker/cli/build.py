"""``deckmaker build`` and ``deckmaker check``."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import Problem, display_path
from ..i18n import _
from .common import example, handle_errors

if TYPE_CHECKING:
    from ..agencies import AgencyJob
    from ..pipeline import BuildResult


@click.command(
    help="Build the .pptx deck of OUTLINE (an outline.yaml or its folder)." + example("build")
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
@click.option(
    "--doctor",
    is_flag=True,
    help="Check the new deck for overflowing text and accessibility; exit 1 on findings.",
)
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
@click.option(
    "--force",
    is_flag=True,
    help="Replace a deck edited since it was built (or not made by deckmaker), keeping it "
    "as NAME.backup-N.pptx.",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Also print notes, such as a theme font drawn with a stand-in.",
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
    force: bool,
    verbose: bool,
) -> None:
    if agencies is None and len(themes) <= 1:
        _start_chart_workers(outline, jobs)
    from ..pipeline import build_deck
    from .progress import Progress

    if agencies is not None and themes:
        raise click.UsageError(_("--agencies names each deck's theme; leave out --theme"))
    if (len(themes) > 1 or agencies is not None) and output is not None:
        raise click.UsageError(
            _(
                "-o names one file; with several --theme, decks go to build/, and with --agencies, "
                "to each agency's output"
            )
        )
    if len(themes) > 1 or agencies is not None:
        _build_many(outline, themes, agencies, figures, pdf, svg, doctor, jobs, force)
        return
    theme = themes[0] if themes else None
    warnings: list[Problem] = []
    progress = Progress()
    from . import served

    # in the warm server (``deckmaker/remote.py``): planned slides and written ones kept
    memo, store = served.warm.for_outline(outline) if served.warm is not None else (None, None)
    # one deck in a process of its own: its older generations are left alone (``_old_kept``);
    # not in the warm server, which lives on from build to build
    kept = _old_kept() if served.warm is None else contextlib.nullcontext()
    try:
        with kept:
            result = build_deck(
                outline,
                output,
                theme,
                figures,
                pdf=pdf,
                svg=svg,
                doctor=doctor,
                jobs=jobs,
                log=progress.log,
                warnings=warnings,
                force=force,
                reuse_inputs=True,
                progress=progress,
                slide_store=store,
                plan_memo=memo,
            )
    finally:
        progress.close()
    shown: set[str] = set()
    for warning in warnings:  # what the build changed (a removed link); fonts stood in are notes
        text = warning.format()
        if (warning.severity != "note" or verbose) and text not in shown:
            shown.add(text)
            click.echo(text, err=True)
    secs = f"{result.seconds:.1f}".replace(".", ",")
    click.echo(
        _("done: {path} — {slides} slides in {secs} s").format(
            path=display_path(result.path), slides=result.slides, secs=secs
        )
    )
    if doctor and result.findings:
        from ..doctor import format_findings

        click.echo(format_findings(result.findings), err=True)
        sys.exit(1)


GC_OLD = 1000
"""Young collections between two of the middle generation, and middle ones between two full ones,
while ``build`` makes one deck in a process of its own (Python's: 10 and 10)."""


@contextlib.contextmanager
def _old_kept() -> Iterator[None]:
    """The garbage collector's older generations left alone while one deck is built
    (``GC_OLD``); young objects are collected as before (``cli.GC_YOUNG``). What outlives a
    young collection in a build is mostly its inputs, plans, memos and modules, which live
    until the process ends: walking them again (12 collections of the middle generation and a
    full one) made the sample's cold build collect for 0.12-0.13 s of CPU, 0.04 s now. The
    cycles that outlive a young collection are kept to the end: the build's peak memory is
    ~129 MB instead of ~113 (a middle generation collected every 10 as before, only the full
    collection left out: 0.07 s and ~113 MB). Restored after, for a caller that goes on
    (tests, ``main``)."""
    before = gc.get_threshold()
    gc.set_threshold(before[0], GC_OLD, GC_OLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _empty(folder: Path | None) -> bool:
    if folder is None or not folder.is_dir():
        return True
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is None
    except OSError:
        return False


def _start_chart_workers(outline: Path, jobs: int | None) -> None:
    """A cold build (chart and deck caches both empty, an outline with charts) starts the chart
    workers' fork server first thing, before the pipeline, the layout and the writer are
    imported: its matplotlib import then overlaps those imports as well as loading and planning,
    and the first charts are drawn ~0.2 s sooner (the charts, not this process, end a cold
    build). ``build_deck`` finds it running. Any other build leaves it to ``build_deck``, which
    starts it only once it knows the deck is not taken from the deck cache."""
    from .. import cache as cache_settings

    charts, decks = cache_settings.cache_dir(), cache_settings.deck_cache_dir()
    if charts is None or not _empty(charts) or not _empty(decks):
        return  # no cache: nothing tells a cold build from another; or something is cached
    try:
        names = (
            [outline]
            if outline.is_file()
            else [outline / n for n in ("outline.yaml", "outline.yml")]
        )
        if not any(b"chart:" in f.read_bytes() for f in names if f.is_file()):
            return  # as ``pipeline._may_have_charts``: no chart, no matplotlib
    except OSError:
        return
    from .. import chartfork

    fresh = "deckmaker.charts" not in sys.modules  # so no chart server of its own (server.local)
    if fresh and chartfork.workers(jobs) >= 2 and chartfork.available():
        # before the charts package is imported (~0.03 s of CPU): matplotlib's import in the fork
        # server, which the first chart waits for, starts that much sooner
        chartfork.start()
    from ..charts import start_workers

    start_workers(charts, jobs)  # finds the fork server running, registers its exit hook


def _build_many(
    outline: Path,
    themes: tuple[str, ...],
    agencies: Path | None,
    figures: Path | None,
    pdf: bool,
    svg: bool,
    doctor: bool,
    jobs: int | None,
    force: bool = False,
) -> None:
    """Several decks at once (``--theme a --theme b`` or ``--agencies``), with a progress bar."""
    from ..agencies import (
        AgencyBuildError,
        build_many,
        jobs_for_themes,
        load_agencies,
        summary_table,
    )

    todo = load_agencies(agencies) if agencies is not None else jobs_for_themes(outline, themes)
    bar = click.progressbar(
        length=len(todo),
        label=_("building {n} decks").format(n=len(todo)),
        item_show_func=lambda shown: shown,
        file=sys.stderr,
    )

    def advance(job: AgencyJob, result: BuildResult | None) -> None:
        bar.update(
            1, display_path(job.output) if result else _("{theme}: failed").format(theme=job.theme)
        )

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
                force=force,
            )
    except AgencyBuildError as exc:
        click.echo(summary_table(todo, exc.results))
        raise
    click.echo(summary_table(todo, results))
    for r in results:
        if r.backup is not None:
            click.echo(
                _("kept the edited {path} as {backup}").format(
                    path=display_path(r.path), backup=display_path(r.backup)
                )
            )
    total = sum(r.slides for r in results)
    click.echo(_("done: {n} decks, {total} slides").format(n=len(results), total=total))
    findings = [f for r in results for f in r.findings]
    if doctor and findings:
        from ..doctor import format_findings

        click.echo(format_findings(findings), err=True)
        sys.exit(1)


@click.command(
    help="Validate the outline, figures and theme, and lay out every slide; writes "
    "nothing." + example("check")
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
    from ..doctor.access import check_plans
    from ..doctor.model import format_findings
    from ..pipeline import check_inputs

    inputs, plans, warnings = check_inputs(outline, theme, figures)
    for warning in warnings:
        if warning.severity != "note":
            click.echo(warning.format(), err=True)
    gate = check_plans(plans)  # the accessibility gate, as far as it is known before a build
    if gate:
        click.echo(format_findings(gate), err=True)
    click.echo(
        _("ok: {source} — {n} sections, {n2} slides, {n3} figures").format(
            source=display_path(inputs.deck.source),
            n=len(inputs.deck.sections),
            n2=len(plans),
            n3=len(inputs.figures),
        )
    )
