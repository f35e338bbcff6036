"""Many agencies at once: one deck per (theme, organization), built in parallel processes."""

from __future__ import annotations

import difflib
import multiprocessing
import os
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .errors import DeckmakerError, Location, Problem, did_you_mean, display_path
from .i18n import _
from .locate import outline_theme_dirs
from .pipeline import BuildResult, build_deck, default_output
from .source import Node, load_yaml

AGENCY_KEYS = ("theme", "organization", "output", "presenter")
"""Keys an entry of ``agencies:`` may have; ``theme`` and ``organization`` are required."""


@dataclass(frozen=True)
class AgencyJob:
    """One deck to build: the outline in ``theme`` for ``organization``, written to ``output``."""

    theme: str
    """A theme name or a theme folder."""
    organization: str | None
    """Replaces the outline's ``deck.organization`` (None keeps it)."""
    output: Path
    """The .pptx to write."""
    presenter: str | None = None
    """Replaces the outline's ``deck.presenter`` (None keeps it)."""
    location: Location | None = None
    """Where the job was written (an entry of an agencies file), for errors."""

    def overrides(self) -> dict[str, str]:
        """The deck fields this job replaces, for ``build_deck(overrides=...)``."""
        fields = {"organization": self.organization, "presenter": self.presenter}
        return {k: v for k, v in fields.items() if v is not None}


Progress = Callable[[AgencyJob, BuildResult | None], None]
"""Called in the parent process as each job ends (in the order they end); None when it failed."""


class AgencyBuildError(DeckmakerError):
    """Some decks could not be built; ``results`` holds those that were written."""

    def __init__(self, problems: list[Problem], results: list[BuildResult]):
        super().__init__(problems)
        self.results = results


def load_agencies(path: str | Path) -> list[AgencyJob]:
    """Read an agencies file: ``agencies: [{theme, organization, output?, presenter?}, ...]``.

    Relative ``output`` and theme paths are relative to the file's folder; without ``output`` a
    deck goes to ``build/<organization, in ASCII>.pptx`` there. Raises ``DeckmakerError`` with
    every problem found, each located in the file.
    """
    path = Path(path)
    root = load_yaml(path)
    base = path.parent
    problems: list[Problem] = []
    entries = _entries(root, problems)
    jobs = [job for i, n in enumerate(entries) if (job := _job(n, i, base, problems))]
    problems += _duplicate_outputs(jobs)
    if problems:
        raise DeckmakerError(problems)
    return jobs


def _entries(root: Node, problems: list[Problem]) -> list[Node]:
    if not isinstance(root.value, dict):
        problems.append(
            Problem(
                root.location,
                _("an agencies file is a mapping with the key 'agencies'"),
                hint="agencies:\n    - {theme: co-do, organization: Sở Y tế tỉnh Hưng Yên}",
            )
        )
        return []
    for key in root.value:
        if key != "agencies":
            problems.append(
                Problem(
                    root.key_locations.get(key, root.location),
                    _("unknown key '{key}'").format(key=key),
                    hint=_("an agencies file has one key: agencies"),
                )
            )
    node = root.get("agencies")
    if node is None:
        problems.append(
            Problem(root.location, _("missing 'agencies'"), hint=_("list the agencies"))
        )
        return []
    if not isinstance(node.value, list) or not node.value:
        problems.append(
            Problem(
                node.location,
                _("'agencies' must be a non-empty list"),
                path="agencies",
                hint="- {theme: co-do, organization: Sở Y tế tỉnh Hưng Yên, output: build/a.pptx}",
            )
        )
        return []
    return node.value


def _job(node: Node, i: int, base: Path, problems: list[Problem]) -> AgencyJob | None:
    where = f"agencies[{i}]"
    if not isinstance(node.value, dict):
        problems.append(
            Problem(
                node.location,
                _("each agency is a mapping"),
                path=where,
                hint="{theme: co-do, organization: Sở Y tế tỉnh Hưng Yên, output: build/a.pptx}",
            )
        )
        return None
    ok = True
    misspelt: set[str] = set()  # a known key written wrongly is reported once, not also missing
    for key in node.value:
        if key not in AGENCY_KEYS:
            misspelt.update(difflib.get_close_matches(str(key), AGENCY_KEYS, n=1, cutoff=0.6))
            problems.append(
                Problem(
                    node.key_locations.get(key, node.location),
                    _("unknown key '{key}'").format(key=key),
                    path=f"{where}.{key}",
                    hint=did_you_mean(str(key), AGENCY_KEYS),
                )
            )
            ok = False
    values: dict[str, str | None] = {}
    for key in AGENCY_KEYS:
        child = node.get(key)
        required = key in ("theme", "organization")
        if child is None:
            if required and key not in misspelt:
                problems.append(
                    Problem(node.location, _("missing '{key}'").format(key=key), path=where)
                )
                ok = False
            values[key] = None
        elif not isinstance(child.value, str) or not child.value.strip():
            problems.append(
                Problem(
                    child.location,
                    _("'{key}' must be a text").format(key=key),
                    path=f"{where}.{key}",
                )
            )
            ok = False
        else:
            values[key] = child.value.strip()
    if not ok:
        return None
    theme, org = values["theme"] or "", values["organization"]
    if "/" in theme or "\\" in theme:
        theme = str(base / theme)
    out_node = node.get("output")
    out = base / (values["output"] or f"build/{slug(org or theme)}.pptx")
    if out_node is not None and out.suffix.lower() != ".pptx":
        problems.append(
            Problem(out_node.location, _("the output must be a .pptx file"), path=f"{where}.output")
        )
        return None
    return AgencyJob(theme, org, out, values["presenter"], node.location)


def _duplicate_outputs(jobs: Sequence[AgencyJob]) -> list[Problem]:
    first: dict[Path, AgencyJob] = {}
    problems = []
    for job in jobs:
        key = job.output.resolve()
        if key in first:
            problems.append(
                Problem(
                    job.location or Location(display_path(job.output)),
                    _("two agencies write {output}").format(output=display_path(job.output)),
                    hint=_("the other is at {location}; give each its own output").format(
                        location=first[key].location
                    ),
                )
            )
        else:
            first[key] = job
    return problems


def slug(text: str) -> str:
    """``"Sở Y tế tỉnh Hưng Yên"`` → ``"so-y-te-tinh-hung-yen"``: a file name without accents."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in ascii_only).split()
    return "-".join(words) or "deck"


def jobs_for_themes(outline: str | Path, themes: Sequence[str]) -> list[AgencyJob]:
    """One job per theme, keeping the outline's organization: ``build/<outline>-<theme>.pptx``."""
    base = default_output(outline)
    return [AgencyJob(t, None, base.with_name(f"{base.stem}-{Path(t).name}.pptx")) for t in themes]


def build_many(
    outline: str | Path,
    jobs: Sequence[AgencyJob],
    figures: str | Path | None = None,
    *,
    processes: int | None = None,
    progress: Progress | None = None,
    pdf: bool = False,
    svg: bool = False,
    doctor: bool = False,
    force: bool = False,
) -> list[BuildResult]:
    """Build one deck per job in parallel processes; results in the order of ``jobs``.

    Every theme is checked first, and every output (``guard.py``: an edited deck there stops
    every build unless ``force``), so an unknown theme fails before any work. A job that fails does
    not stop the others: at the end ``AgencyBuildError`` lists the problems of every failed job
    and carries the results of those that were written. Results carry no plans or inputs.
    """
    jobs = list(jobs)
    if not jobs:
        return []
    problems = _check_themes(outline, jobs) + _duplicate_outputs(jobs)
    if not force:
        problems += _edited_outputs(jobs)
    if problems:
        raise DeckmakerError(problems)
    workers = max(1, min(len(jobs), processes or os.cpu_count() or 1))
    chart_jobs = max(1, (os.cpu_count() or 1) // workers)
    args = [(outline, job, figures, pdf, svg, doctor, chart_jobs, force) for job in jobs]
    outcomes: list[BuildResult | list[Problem] | None] = [None] * len(jobs)
    if workers == 1:
        for i, a in enumerate(args):
            outcomes[i] = _run(*a)
            _report(progress, jobs[i], outcomes[i])
    else:
        with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
            futures = {pool.submit(_run, *a): i for i, a in enumerate(args)}
            pending = set(futures)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in sorted(done, key=futures.__getitem__):
                    i = futures[fut]
                    outcomes[i] = fut.result()
                    _report(progress, jobs[i], outcomes[i])
    results = [o for o in outcomes if isinstance(o, BuildResult)]
    failed = [(job, o) for job, o in zip(jobs, outcomes, strict=True) if isinstance(o, list)]
    if failed:
        raise AgencyBuildError([p for job, ps in failed for p in _failure(job, ps)], results)
    return results


def _report(progress: Progress | None, job: AgencyJob, outcome: object) -> None:
    if progress is not None:
        progress(job, outcome if isinstance(outcome, BuildResult) else None)


def _failure(job: AgencyJob, problems: list[Problem]) -> list[Problem]:
    who = job.organization or job.theme
    head = Problem(
        job.location or Location(display_path(job.output)),
        _("the deck for {who} (theme {theme}) was not built").format(who=who, theme=job.theme),
        hint=_("{n} problem(s) below").format(n=len(problems)),
    )
    return [head, *problems]


def _edited_outputs(jobs: Sequence[AgencyJob]) -> list[Problem]:
    """The problems of every output that holds a deck edited since it was built."""
    from .guard import check_overwrite

    problems: list[Problem] = []
    for job in jobs:
        try:
            check_overwrite(job.output)
        except DeckmakerError as exc:
            problems += exc.problems
    return problems


def _check_themes(outline: str | Path, jobs: Sequence[AgencyJob]) -> list[Problem]:
    from .theme import load_theme

    try:
        dirs = outline_theme_dirs(outline)
    except DeckmakerError as exc:
        return exc.problems
    problems: list[Problem] = []
    for theme in dict.fromkeys(job.theme for job in jobs):
        where = next(j.location for j in jobs if j.theme == theme)
        try:
            load_theme(theme, dirs, where=where)
        except DeckmakerError as exc:
            problems += [p for p in exc.problems if p not in problems]
    return problems


def _context() -> multiprocessing.context.BaseContext:
    """spawn: each worker starts clean with the caller's current folder and environment (a
    forkserver keeps those of its first use), and nothing of the parent's state is copied."""
    return multiprocessing.get_context("spawn")


def _run(
    outline: str | Path,
    job: AgencyJob,
    figures: str | Path | None,
    pdf: bool,
    svg: bool,
    doctor: bool,
    chart_jobs: int,
    force: bool = False,
) -> BuildResult | list[Problem]:
    """Build one job (in a worker); problems come back as data, since a raised DeckmakerError
    would lose its locations on the way through pickle."""
    try:
        r = build_deck(
            outline,
            job.output,
            job.theme,
            figures,
            pdf=pdf,
            svg=svg,
            doctor=doctor,
            jobs=chart_jobs,
            overrides=job.overrides(),
            force=force,
        )
    except DeckmakerError as exc:
        return exc.problems
    except OSError as exc:
        where = Location(display_path(exc.filename or job.output))
        return [
            Problem(where, _("cannot write the deck: {value}").format(value=exc.strerror or exc))
        ]
    return BuildResult(
        r.path,
        r.slides,
        r.seconds,
        r.charts_drawn,
        r.charts_cached,
        r.pdf,
        r.findings,
        backup=r.backup,
    )


def summary_table(jobs: Sequence[AgencyJob], results: Sequence[BuildResult]) -> str:
    """A plain-text table of what was written: deck, theme, organization, slides, seconds."""
    by_path = {r.path.resolve(): r for r in results}
    rows = [(_("deck"), _("theme"), _("organization"), _("slides"), _("seconds"))]
    for job in jobs:
        r = by_path.get(job.output.resolve())
        secs = f"{r.seconds:.1f}".replace(".", ",") if r else "—"
        rows.append(
            (
                display_path(job.output)
                if r
                else _("{path} (failed)").format(path=display_path(job.output)),
                Path(job.theme).name,
                job.organization or _("(as in the outline)"),
                str(r.slides) if r else "—",
                secs,
            )
        )
    widths = [max(len(row[c]) for row in rows) for c in range(5)]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            cell.rjust(w) if c >= 3 else cell.ljust(w)
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


__all__ = [
    "AgencyBuildError",
    "AgencyJob",
    "build_many",
    "jobs_for_themes",
    "load_agencies",
    "slug",
    "summary_table",
]
