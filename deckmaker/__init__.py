"""deckmaker: a YAML outline and a figures file become a finished PowerPoint deck.

The library API (see ``docs/api.md``)::

    import deckmaker

    result = deckmaker.build("outlines/hung-yen-2024", theme="co-do")
    print(result.path, result.slides, result.charts_drawn)

Every problem in the inputs raises a :class:`DeckmakerError` carrying located problems; its
class says which input: :class:`OutlineError`, :class:`DataError` (figures), :class:`ThemeError`,
:class:`InputsError` (several at once), :class:`LayoutError`, :class:`OutputError` (the output
could not be written), :class:`RenderError` (LibreOffice).
"""

from __future__ import annotations

__version__ = "0.1.0"

from collections.abc import Mapping  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from .errors import (  # noqa: E402
    DataError,
    DeckmakerError,
    InputsError,
    LayoutError,
    Location,
    OutlineError,
    OutputError,
    Problem,
    RenderError,
    ThemeError,
)

if TYPE_CHECKING:
    from .doctor.model import Finding
    from .figures import Figure
    from .outline.model import Deck
    from .theme import Theme


@dataclass(frozen=True)
class BuildResult:
    """What :func:`build` did."""

    path: Path
    """The .pptx written."""
    slides: int
    """Slides in the deck."""
    charts_drawn: int
    """Charts drawn by this build (0 when the deck came from the cache)."""
    charts_cached: int
    """Charts taken from the chart cache."""
    from_cache: bool
    """Nothing had changed since an earlier build: the deck was copied from the deck cache."""
    pdf: Path | None
    """The PDF written (``pdf=True``), else None."""
    findings: tuple[Finding, ...]
    """What ``doctor=True`` found (overflowing text, …); empty when it found nothing or did not
    run. Findings do not raise: the deck is written either way."""
    warnings: tuple[Problem, ...]
    """Problems that did not stop the build (a font drawn with a stand-in, a template remark)."""
    timings: Mapping[str, float]
    """Seconds per stage: ``load``, ``plan``, ``write`` (charts and slides), ``pdf``, ``doctor``."""
    seconds: float
    """Seconds for the whole build."""
    backup: Path | None = None
    """Where an edited deck found at ``path`` was kept (``force=True``), else None."""


@dataclass(frozen=True)
class CheckResult:
    """What :func:`check` found: the inputs are valid and every slide can be laid out."""

    outline: Path
    """The outline file checked."""
    sections: int
    """Sections in the outline."""
    slides: int
    """Slides a build would write (covers, section slides and continuations included)."""
    figures: int
    """Figures in the figures file."""
    theme: str
    """The name of the theme used."""
    warnings: tuple[Problem, ...]
    """Problems that would not stop a build."""


def build(
    outline: str | Path,
    output: str | Path | None = None,
    *,
    theme: str | Path | Theme | None = None,
    figures: str | Path | None = None,
    pdf: bool = False,
    doctor: bool = False,
    jobs: int | None = None,
    cache: bool = True,
    force: bool = False,
) -> BuildResult:
    """Build the deck of ``outline`` (an ``outline.yaml`` or its folder).

    ``output`` defaults to ``build/<outline name>.pptx``; ``theme`` (a name, a folder or a
    :func:`load_theme` result) and ``figures`` replace the outline's own. ``pdf`` also writes a PDF
    beside the deck and ``doctor`` checks the deck for overflowing text, both through
    LibreOffice. ``jobs`` caps the processes drawing charts. ``cache=False`` neither reads nor
    writes the chart and deck caches. Raises a :class:`DeckmakerError` subclass naming every
    problem; an earlier file at ``output`` is never damaged by a failed build. A file at
    ``output`` that was edited since deckmaker wrote it, or that deckmaker did not make, raises
    an ``OutputError`` naming the edited slides before any work; ``force=True`` keeps it as
    ``NAME.backup-N.pptx`` (see :attr:`BuildResult.backup`) and writes the new deck.
    """
    from .pipeline import build_deck

    warnings: list[Problem] = []
    r = build_deck(
        outline,
        output,
        theme,
        figures,
        pdf=pdf,
        doctor=doctor,
        jobs=jobs,
        cache=cache,
        warnings=warnings,
        force=force,
    )
    return BuildResult(
        path=r.path,
        slides=r.slides,
        charts_drawn=r.charts_drawn,
        charts_cached=r.charts_cached,
        from_cache=r.from_cache,
        pdf=r.pdf,
        findings=tuple(r.findings),
        warnings=tuple(warnings),
        timings=dict(r.timings),
        seconds=r.seconds,
        backup=r.backup,
    )


def check(
    outline: str | Path,
    *,
    theme: str | Path | Theme | None = None,
    figures: str | Path | None = None,
) -> CheckResult:
    """Check everything a build would (outline, figures, theme, layout of every slide) and
    write nothing. Raises as :func:`build` does."""
    from .pipeline import check_inputs

    inputs, plans, warnings = check_inputs(outline, theme, figures)
    return CheckResult(
        outline=inputs.deck.source,
        sections=len(inputs.deck.sections),
        slides=len(plans),
        figures=len(inputs.figures),
        theme=inputs.theme.name,
        warnings=tuple(warnings),
    )


def load_outline(path: str | Path) -> Deck:
    """Load and validate an outline (file or folder); raises ``OutlineError``."""
    from .outline import load_outline as _load

    return _load(path)


def load_figures(path: str | Path) -> dict[str, Figure]:
    """Load a figures file (.yaml, .csv, .xlsx), by key; raises ``DataError``."""
    from .figures import load_figures as _load

    return _load(Path(path))


def load_theme(name_or_path: str | Path, *, near: str | Path | None = None) -> Theme:
    """Load a theme by name or folder; raises ``ThemeError``.

    A name is looked up as the command line looks it up: in ``themes/`` folders from ``near`` (an
    outline or a folder; default: the current folder) up to its project's root, then from the
    current folder, then among the bundled themes.
    """
    from .locate import outline_theme_dirs, theme_search_dirs
    from .theme import load_theme as _load

    if near is not None and Path(near).is_file():
        dirs = outline_theme_dirs(near)
    else:
        dirs = theme_search_dirs(near)
    return _load(name_or_path, dirs)


__all__ = [
    "BuildResult",
    "CheckResult",
    "DataError",
    "DeckmakerError",
    "InputsError",
    "LayoutError",
    "Location",
    "OutlineError",
    "OutputError",
    "Problem",
    "RenderError",
    "ThemeError",
    "__version__",
    "build",
    "check",
    "load_figures",
    "load_outline",
    "load_theme",
]
