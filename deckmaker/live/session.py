"""A preview session: build on each save, keep what the page shows, draw the changed slides.

The session builds as ``deckmaker build`` does (same output, same guard against overwriting an
edited deck), in this process, so that the second build onwards finds the chart workers'
fork server and matplotlib already loaded. A slide's picture is drawn again only when its
fingerprint (``writer/record.py``, kept in the deck's record) changed.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cache import deck_cache_dir
from ..deckcache import SlideStore
from ..errors import DeckmakerError, Problem, display_path
from ..i18n import _
from ..layout.memo import PlanMemo
from ..layout.model import PictureBox
from ..pipeline import BuildResult, build_deck, default_output
from ..record import read_record
from ..usage import show_figure
from .render import SlideRenderer

Log = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass
class Slide:
    number: int
    title: str
    fingerprint: str
    picture: Path | None = None
    version: int = 0
    """Bumped each time the picture is drawn again (the page asks for ``?v=version``)."""


@dataclass
class State:
    """What the page shows; ``version`` goes up on every change."""

    version: int = 0
    status: str = "starting"
    slides: list[Slide] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    deck: str = ""
    timings: dict[str, float] = field(default_factory=dict)


def problem_json(p: Problem) -> dict[str, Any]:
    loc = p.location
    where = f"{loc.file}:{loc.line}" if loc.line else loc.file
    return {
        "where": where,
        "location": str(loc),
        "severity": p.severity,
        "message": p.message,
        "place": p.place,
        "hint": p.hint,
    }


class Session:
    def __init__(
        self,
        outline: Path,
        output: Path | None = None,
        theme: str | None = None,
        figures: Path | None = None,
        jobs: int | None = None,
        log: Log = _quiet,
    ) -> None:
        self.outline = outline
        self.output = output or default_output(outline)
        self.theme = theme
        self.figures = figures
        self.jobs = jobs
        self.log = log
        self.state = State()
        self.changed = threading.Condition()
        self.workdir = Path(tempfile.mkdtemp(prefix="deckmaker-preview-"))
        self.watched: set[Path] = {outline.resolve()}
        self._renderer: SlideRenderer | None = None
        self._renderer_error: DeckmakerError | None = None
        self._renderer_ready = threading.Event()
        self._builds = 0
        # what a rebuild after a small change reuses: the planned slides (in this process)
        # and the written slides (in memory, and in the deck cache for the next session)
        self._plan_memo = PlanMemo()
        folder = deck_cache_dir()
        self._slide_store = SlideStore(folder / "slides" if folder else None, memory=4096)
        from ..charts.render import keep_workers

        keep_workers(jobs)  # one changed chart goes to a warm worker, not a fork per build
        threading.Thread(target=self._start_renderer, name="preview-office", daemon=True).start()

    # -- LibreOffice starts while the first build runs ------------------------------------------
    def _start_renderer(self) -> None:
        try:
            self._renderer = SlideRenderer(self.workdir)
        except DeckmakerError as exc:
            self._renderer_error = exc
        finally:
            self._renderer_ready.set()

    def renderer(self) -> SlideRenderer:
        self._renderer_ready.wait()
        if self._renderer_error is not None:
            raise self._renderer_error
        assert self._renderer is not None
        return self._renderer

    def _publish(self, **changes: Any) -> None:
        with self.changed:
            for name, value in changes.items():
                setattr(self.state, name, value)
            self.state.version += 1
            self.changed.notify_all()

    # -- one build -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build the deck, show its problems and figures at once, then draw changed slides."""
        self._builds += 1
        k = self._builds
        self._publish(status="building")
        t0 = time.perf_counter()
        warnings: list[Problem] = []
        try:
            result = build_deck(
                self.outline,
                self.output,
                self.theme,
                self.figures,
                jobs=self.jobs,
                warnings=warnings,
                slide_store=self._slide_store,
                plan_memo=self._plan_memo,
            )
        except DeckmakerError as exc:
            self.log(_("build    {n} problem(s)").format(n=len(exc.problems)))
            self._publish(status="problems", problems=list(exc.problems))
            return
        built = time.perf_counter() - t0
        self._watch_inputs(result)
        data = result.path.read_bytes()
        record = read_record(data)
        fps = [(s.fingerprint, s.title) for s in record.slides] if record else []
        old = {s.number: s for s in self.state.slides}
        slides, todo = [], []
        for n, (fp, title) in enumerate(fps, start=1):
            before = old.get(n)
            if before is not None and before.fingerprint == fp and before.picture is not None:
                slides.append(Slide(n, title, fp, before.picture, before.version))
            else:
                slides.append(Slide(n, title, fp, None, before.version if before else 0))
                todo.append(n)
        self.log(
            _("built    {deck} in {seconds:.2f} s; {n} slide(s) to draw").format(
                deck=display_path(result.path), seconds=built, n=len(todo)
            )
        )
        self._publish(
            status=f"drawing {len(todo)} slide(s)" if todo else "ready",
            slides=slides,
            problems=[w for w in warnings if w.severity != "note"],
            figures=self._figures(result, record),
            deck=display_path(result.path),
            timings={"build": built},
        )
        if not todo:
            return
        copy = self.workdir / f"deck-{k}.pptx"  # LibreOffice reads a copy: the deck stays free
        shutil.copyfile(result.path, copy)
        t1 = time.perf_counter()
        try:
            pictures = self.renderer().render(copy, todo, f"b{k}")
        except DeckmakerError as exc:
            self._publish(status="problems", problems=self.state.problems + list(exc.problems))
            return
        finally:
            copy.unlink(missing_ok=True)
        drawn = time.perf_counter() - t1
        self.log(
            _("drew     {n} slide(s) in {seconds:.2f} s").format(n=len(pictures), seconds=drawn)
        )
        with self.changed:
            for s in self.state.slides:
                if s.number in pictures:
                    if s.picture is not None and s.picture != pictures[s.number]:
                        s.picture.unlink(missing_ok=True)
                    s.picture = pictures[s.number]
                    s.version += 1
        self._publish(status="ready", timings={"build": built, "draw": drawn})

    def _watch_inputs(self, result: BuildResult) -> None:
        inputs = result.inputs
        if inputs is None:
            return
        files = {inputs.deck.source}
        if inputs.figures_file is not None:
            files.add(inputs.figures_file)
        theme = inputs.theme
        folders = {theme.path, *theme.chain}
        for p in result.plans:
            for e in p.elements:
                if isinstance(e, PictureBox):
                    files.add(Path(e.file))
        self.watched = {f.resolve() for f in files} | {d.resolve() for d in folders}

    def _figures(self, result: BuildResult, record: Any) -> list[dict[str, Any]]:
        inputs = result.inputs
        if inputs is None:
            return []
        used = record.figures if record is not None else {}
        lang = inputs.deck.info.language
        rows = []
        for key, fig in sorted(inputs.figures.items()):
            r = used.get(key)
            rows.append(
                {
                    "key": key,
                    "label": fig.label,
                    "value": r.value if r is not None else show_figure(fig, lang),
                    "slides": list(r.slides) if r is not None else [],
                }
            )
        return rows

    def is_input(self, path: Path) -> bool:
        """Whether a change of ``path`` should rebuild: an input file or a theme's file."""
        path = path.resolve()
        if path in self.watched:
            return True
        return any(d in path.parents for d in self.watched if d.is_dir())

    def snapshot(self) -> dict[str, Any]:
        with self.changed:
            s = self.state
            return {
                "version": s.version,
                "status": s.status,
                "deck": s.deck,
                "slides": [
                    {
                        "number": x.number,
                        "title": x.title,
                        "picture": f"/slide/{x.number}.png?v={x.version}-{x.fingerprint}"
                        if x.picture is not None
                        else None,
                    }
                    for x in s.slides
                ],
                "problems": [problem_json(p) for p in s.problems],
                "figures": s.figures,
                "timings": {k: round(v, 3) for k, v in s.timings.items()},
            }

    def picture(self, number: int) -> Path | None:
        with self.changed:
            for s in self.state.slides:
                if s.number == number:
                    return s.picture
        return None

    def close(self) -> None:
        from ..charts.render import stop_workers

        stop_workers()  # the kept chart workers and their fork server
        self._renderer_ready.wait()
        if self._renderer is not None:
            self._renderer.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
