"""Run the pipeline: load → resolve figures → plan → render charts → write, then report."""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import cache as cache_settings
from . import deckcache, guard
from .atomic import check_output, write_output
from .errors import (
    ChartFitError,
    DataError,
    DeckmakerError,
    InputsError,
    LayoutError,
    Location,
    OutlineError,
    Problem,
    ThemeError,
    display_path,
)
from .figures import Figure, load_figures
from .i18n import _
from .layout.model import ChartBox, DeckMeta, PictureBox, SlidePlan
from .locate import theme_path_in, theme_search_dirs
from .outline import find_outline, load_outline
from .outline.model import Deck, Text
from .resolve import Resolver, check_references
from .source import load_yaml
from .theme import Theme, load_theme

if TYPE_CHECKING:
    from .charts import Rendering, StreamedRendering
    from .layout.memo import PlanMemo
    from .writer import ChartImage

Log = Callable[[str], None]
Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: work as it happens ("charts", 3, 13), for a display."""


def _quiet(_: str) -> None:
    pass


@dataclass
class Inputs:
    """Everything a deck is made from, loaded and checked."""

    deck: Deck
    figures: dict[str, Figure]
    figures_file: Path | None
    theme: Theme
    resolver: Resolver
    warnings: tuple[Problem, ...] = ()
    """What was done to the inputs on the way, e.g. a label converted from TCVN3."""


@dataclass
class BuildResult:
    path: Path
    slides: int
    seconds: float
    charts_drawn: int = 0
    charts_cached: int = 0
    pdf: Path | None = None
    findings: list[Any] = field(default_factory=list)
    plans: list[SlidePlan] = field(default_factory=list)
    inputs: Inputs | None = None
    from_cache: bool = False
    """The deck was copied from the deck cache: nothing changed since it was last written."""
    backup: Path | None = None
    """Where the edited deck found at the output was kept (``force=True``)."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage: load, plan, write (charts and slides), pdf, doctor."""
    slides_reused: int = 0
    """Slides copied as written by an earlier build (unchanged), not built again."""


OVERRIDABLE = ("title", "subtitle", "organization", "presenter")


def apply_overrides(deck: Deck, overrides: Mapping[str, str] | None) -> Deck:
    """The deck with some ``deck:`` text fields replaced (e.g. one organization per agency)."""
    if not overrides:
        return deck
    changes: dict[str, Any] = {}  # DeckInfo fields by name: the keys are only known at run time
    for key, value in overrides.items():
        if key not in OVERRIDABLE:
            raise DeckmakerError(
                Problem(
                    Location("deckmaker"),
                    _("cannot override deck field '{key}'").format(key=key),
                    hint=f"overridable: {', '.join(OVERRIDABLE)}",
                )
            )
        changes[key] = Text(value, Location("<override>"), f"deck.{key}")
    return dataclasses.replace(deck, info=dataclasses.replace(deck.info, **changes))


def load_inputs(
    outline: str | Path,
    theme: str | Path | Theme | None = None,
    figures: str | Path | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Inputs:
    """Load and check the outline, figures and theme; raises with every problem of every input.

    A problem in one input does not hide those of the others: when the outline itself is
    invalid, the figures file and theme it names are still loaded and their problems reported.
    The error is an ``OutlineError``, ``DataError`` or ``ThemeError`` when every problem is in
    that one kind of input, else an ``InputsError`` holding one of each. ``theme`` is a name, a
    path or a theme already loaded; None means the outline's ``theme:`` (else ``default``).
    """
    loaded = theme if isinstance(theme, Theme) else None
    theme = str(theme) if theme is not None and loaded is None else None
    found: list[DeckmakerError] = []
    deck: Deck | None = None
    try:
        deck = apply_overrides(load_outline(outline), overrides)
    except OutlineError as exc:
        found.append(exc)
    if deck is None:
        figures_file, theme_name, where = _declared(outline, figures, theme or loaded)
        base = find_outline(outline).parent  # load_outline found it, or raised for it
    else:
        figures_file = Path(figures) if figures else deck.info.figures
        theme_name = theme or (deck.info.theme.value if deck.info.theme else "default")
        where = deck.info.theme.location if (deck.info.theme and not theme and not loaded) else None
        base = deck.base_dir
    if not theme and where is not None:
        theme_name = theme_path_in(theme_name, base)
    figs: dict[str, Figure] = {}
    warnings = list(deck.warnings) if deck is not None else []
    if figures_file is not None and (deck is not None or figures_file.is_file() or figures):
        try:
            figs = load_figures(figures_file, warnings)
        except DeckmakerError as exc:
            found.append(exc if isinstance(exc, DataError) else DataError(exc.problems))
    th = loaded
    try:
        if th is None:
            th = load_theme(theme_name, theme_search_dirs(base), where=where)
    except DeckmakerError as exc:
        found.append(exc if isinstance(exc, ThemeError) else ThemeError(exc.problems))
    if deck is None:
        _raise(found)
    info = deck.info
    lang = info.language
    deck_fields = {
        "title": info.title.value,
        "subtitle": info.subtitle.value if info.subtitle else "",
        "organization": info.organization.value if info.organization else "",
        "presenter": info.presenter.value if info.presenter else "",
        "date": info.date.strftime("%d/%m/%Y") if info.date else "",
    }
    r = Resolver(figs, lang, deck_fields, display_path(figures_file) if figures_file else "")
    if not found or figs:
        references = check_references(deck, r)
        if references:
            found.append(OutlineError(references))
    if found:
        _raise(found)
    assert th is not None
    resolver = Resolver(figs, lang, deck_fields, r.figures_file)
    return Inputs(deck, figs, figures_file, th, resolver, tuple(warnings))


def _declared(
    outline: str | Path, figures: str | Path | None, theme: str | Theme | None
) -> tuple[Path | None, str, Location | None]:
    """The figures file and theme an outline that failed validation names, read leniently from
    its YAML (nothing when even that cannot be read)."""
    figures_file = Path(figures) if figures else None
    theme_name, where = (theme if isinstance(theme, str) else None) or "default", None
    try:
        file = find_outline(outline)
        deck = load_yaml(file).get("deck")
    except (DeckmakerError, AttributeError):
        return figures_file, theme_name, where
    if deck is None or not isinstance(deck.value, dict):
        return figures_file, theme_name, where
    fnode, tnode = deck.get("figures"), deck.get("theme")
    if figures_file is None and fnode is not None and isinstance(fnode.value, str):
        figures_file = file.parent / fnode.value
    if not theme and tnode is not None and isinstance(tnode.value, str) and tnode.value:
        theme_name, where = tnode.value, tnode.location
    return figures_file, theme_name, where


def _raise(found: list[DeckmakerError]) -> NoReturn:
    """Raise the problems found: one input's own error class, or an ``InputsError``."""
    kinds = {type(e) for e in found}
    if len(kinds) == 1:
        raise kinds.pop()([p for e in found for p in e.problems])
    raise InputsError(found)


def default_output(outline: str | Path) -> Path:
    """``build/<name>.pptx`` in the working directory, named after the outline's folder (the
    outline file's own name when it is not ``outline.yaml``), wherever the command runs from:
    ``build .`` inside ``hung-yen-2024/`` writes ``build/hung-yen-2024.pptx``."""
    file = find_outline(outline)
    name = file.resolve().parent.name if file.stem in ("outline",) else file.stem
    return Path("build") / f"{name or 'deck'}.pptx"


def plan(
    inputs: Inputs,
    log: Log = _quiet,
    warnings: list[Problem] | None = None,
    memo: PlanMemo | None = None,
    on_planned: Callable[[Any], None] | None = None,
) -> list[SlidePlan]:
    """Lay out every slide; raises with every problem. Problems that do not stop a build (a
    template remark, a font drawn with a stand-in) are appended to ``warnings``. ``memo``
    keeps planned slides between builds of one process (``layout/memo.py``); ``on_planned``
    hears of each slide as it is planned (without a memo: ``plan_deck``)."""
    from .layout.plan import Fonts, bullet_places, plan_deck

    if warnings is None:
        warnings = []
    if inputs.theme.template is not None:
        from .theme.template import check_template

        remarks = check_template(inputs.theme)
        errors = [p for p in remarks if p.severity == "error"]
        if errors:  # before any layout or chart work; the writer checks again
            raise ThemeError(errors)
        warnings += remarks
    fonts = Fonts.for_theme(inputs.theme)
    for f in (fonts.heading, fonts.body, fonts.body_bold):
        if f.substituted:
            where = inputs.theme.origin("fonts.body" if f is not fonts.heading else "fonts.heading")
            warning = Problem(where, f"font {f.describe()}", severity="note")
            if warning not in warnings:
                warnings.append(warning)
    plans, problems = plan_deck(inputs.deck, inputs.theme, inputs.resolver, fonts, memo, on_planned)
    problems += [p for p in inputs.resolver.problems if p not in problems]
    places = bullet_places(inputs.deck, plans)
    for p in problems:
        if p.severity != "error" and (p := numbered(p, plans, places)) not in warnings:
            warnings.append(p)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise OutlineError([numbered(p, plans, places) for p in errors])
    return plans


_SLIDE_PATH = re.compile(r"^sections\[(\d+)\](?:\.slides\[(\d+)\])?")


def _order(source: str) -> tuple[float, ...] | None:
    """Where an outline path comes in the deck: the cover first, the closing slide last."""
    if source == "deck":
        return (-1,)
    if source == "closing":
        return (math.inf,)
    m = _SLIDE_PATH.match(source)
    if not m:
        return None
    return (int(m.group(1)), -1 if m.group(2) is None else int(m.group(2)))


def numbered(
    problem: Problem, plans: list[SlidePlan], places: Mapping[str, int] | None = None
) -> Problem:
    """``problem`` with the number of the deck slide it is on, counted in ``plans`` (the slides
    laid out; a slide that could not be laid out comes after those before it): the part of a
    continued slide it names (``Problem.part``), or the part its bullet is set on (``places``:
    ``layout.plan.bullet_places``), else the slide's first."""
    m = _SLIDE_PATH.match(problem.path)
    if problem.slide or not m:
        return problem
    if not problem.part and places and problem.path in places:
        problem = dataclasses.replace(problem, part=places[problem.path])
    where = m.group(0)
    first = None
    for i, p in enumerate(plans):
        if p.source == where:
            first = i if first is None else first
            if p.continued == problem.part:
                return dataclasses.replace(problem, slide=i + 1)
    if first is not None:
        return dataclasses.replace(problem, slide=first + 1)
    mine = _order(where)
    assert mine is not None
    before = sum(1 for p in plans if (o := _order(p.source or "")) is not None and o < mine)
    return dataclasses.replace(problem, slide=before + 1)


class _ChartImages(Mapping[int, "ChartImage"]):
    """Chart pictures by ``id(chart)``; looking one up waits for that chart to be drawn."""

    def __init__(
        self,
        charts: list,
        rendering: Rendering | None,
        svg: bool,
        early: Mapping[int, tuple[Rendering, int]] | None = None,
        asked: Mapping[int, ChartAsk] | None = None,
    ) -> None:
        self._asked = asked or {}
        self._early = {k: v for k, v in (early or {}).items() if k in {id(c) for c in charts}}
        rest = [c for c in charts if id(c) not in self._early]
        self._index = {id(c): i for i, c in enumerate(rest)}
        self._rendering = rendering
        self._svg = svg

    def __getitem__(self, chart_id: int) -> ChartImage:
        from .writer import ChartImage

        try:
            r = self._drawn(chart_id)
        except ChartFitError:
            try:
                problems = self._unfit() if chart_id in self._asked else []
            finally:
                self._close()
            if not problems:
                raise
            raise LayoutError(problems) from None
        return ChartImage(r.png, r.svg if self._svg else None)

    def _unfit(self) -> list[Problem]:
        """Every chart that fits its box at no size, said where the outline asks for it, in
        the outline's order (each waited for)."""
        problems: list[Problem] = []
        for other, ask in self._asked.items():
            try:
                if other in self._early or other in self._index:
                    self._drawn(other)
            except ChartFitError as exc:
                problems += [
                    dataclasses.replace(p, location=ask.location, path=ask.path, hint=ask.hint)
                    for p in exc.problems
                ]
        return problems

    def _close(self) -> None:
        for r in (self._rendering, *(r for r, _i in self._early.values())):
            if r is not None:
                r.close()

    def _drawn(self, chart_id: int) -> Any:
        if chart_id in self._early:
            rendering, i = self._early[chart_id]
            return rendering[i]
        assert self._rendering is not None
        return self._rendering[self._index[chart_id]]

    @property
    def svg(self) -> bool:
        return self._svg

    def ready(self, chart_id: int) -> bool:
        """Whether the chart is drawn (looking it up will not wait)."""
        if chart_id in self._early:
            rendering, i = self._early[chart_id]
            return rendering.ready(i)
        return self._rendering is not None and self._rendering.ready(self._index[chart_id])

    def __iter__(self) -> Iterator[int]:
        yield from self._early
        yield from self._index

    def __len__(self) -> int:
        return len(self._early) + len(self._index)


class _EarlyCharts:
    """Charts sent to be drawn as soon as their slide is planned, while the rest of the deck is.

    A preview's rebuild (its plan memo plans afresh only the slides that changed) sends the
    first ``LIMIT`` new charts, each on its own. With a ``stream`` (a cold build, the chart
    workers' fork server started), every chart of the deck goes to it: the workers draw from
    the first planned chart on instead of from the end of planning."""

    LIMIT = 4
    """More new charts than this are a bigger change: the rest are drawn as a build draws."""

    def __init__(
        self,
        cache: Path | None,
        jobs: int | None,
        svg: bool,
        stream: StreamedRendering | None = None,
    ) -> None:
        self.cache, self.jobs, self.svg = cache, jobs, svg
        self.stream = stream
        self.renderings: dict[int, tuple[Rendering, int]] = {}
        """Each chart sent, by ``id(chart)``: its rendering and its index there."""

    def __call__(self, planned: Any) -> None:
        from .charts import render_async

        for slide in planned.slides:
            for e in slide.elements:
                if not isinstance(e, ChartBox) or e.native or id(e.chart) in self.renderings:
                    continue
                if self.stream is not None:
                    self.renderings[id(e.chart)] = (self.stream, self.stream.add(e.chart))
                elif len(self.renderings) < self.LIMIT:
                    rendering = render_async([e.chart], self.cache, self.jobs, svg=self.svg)
                    self.renderings[id(e.chart)] = (rendering, 0)

    def finish(self, on_drawn: Callable[[int, int], None] | None) -> None:
        """Planning is over: no more charts come; ``on_drawn`` hears of the stream's charts."""
        if self.stream is not None:
            self.stream.finish(on_drawn)

    def close(self) -> None:
        """Stop what is still being drawn (a build that failed after planning)."""
        for r in {id(r): r for r, _i in self.renderings.values()}.values():
            r.close()
        if self.stream is not None:
            self.stream.close()


@dataclass(frozen=True)
class ChartAsk:
    """Where the outline asks for a chart, and what to do when it fits its box at no size."""

    location: Location
    path: str
    hint: str


def chart_asks(deck: Deck, plans: list[SlidePlan]) -> dict[int, ChartAsk]:
    """The outline's chart of each drawn chart of ``plans``, by ``id(chart)``: a chart too
    small for its box is said there (``ChartFitError``), not at "deckmaker"."""
    specs = {s.path: s for sec in deck.sections for s in sec.slides if s.chart is not None}
    out: dict[int, ChartAsk] = {}
    for p in plans:
        spec = specs.get(p.source)
        if spec is None or spec.chart is None:
            continue
        if spec.bullets:
            hint = _(
                "shorten the chart's names (or its title), or move its bullets to a slide of "
                "their own: a chart alone takes the whole body"
            )
        else:
            hint = _(
                "shorten the chart's names (or its title), or show fewer figures in it (split "
                "it into two charts)"
            )
        for e in p.elements:
            if isinstance(e, ChartBox) and not e.native:
                out[id(e.chart)] = ChartAsk(spec.chart.location, spec.chart.path, hint)
    return out


def render_charts(
    plans: list[SlidePlan],
    svg: bool,
    jobs: int | None,
    cache: Path | None = None,
    on_drawn: Callable[[int, int], None] | None = None,
    early: Mapping[int, tuple[Rendering, int]] | None = None,
    asked: Mapping[int, ChartAsk] | None = None,
) -> tuple[Mapping[int, ChartImage], int, int]:
    """The deck's chart pictures, keyed by ``id(chart)``, with how many are drawn and cached.
    ``asked``: where the outline asks for each chart (``chart_asks``), to say a chart that fits
    its box at no size there.

    ``cache`` is the chart cache folder (None: no cache). Charts missing from it are drawn in
    worker processes while the caller goes on (writing the slides); looking a picture up waits
    for it. ``early``: charts already being drawn, by ``id(chart)``: their rendering and index.
    """
    boxes = [e for p in plans for e in p.elements if isinstance(e, ChartBox) and not e.native]
    if not boxes:
        return {}, 0, 0
    from .charts import render_async

    unique = list({id(b.chart): b.chart for b in boxes}.values())
    early = {k: r for k, r in (early or {}).items() if k in {id(c) for c in unique}}
    rest = [c for c in unique if id(c) not in early]
    rendering = render_async(rest, cache, jobs, svg=svg, on_drawn=on_drawn) if rest else None
    sent = {id(r): r for r, _i in early.values()}.values()  # a stream holds many charts
    drawn = (rendering.drawn if rendering else 0) + sum(r.drawn for r in sent)
    cached = (rendering.cached if rendering else 0) + sum(r.cached for r in sent)
    return _ChartImages(unique, rendering, svg, early, asked), drawn, cached


def _may_have_charts(outline: str | Path) -> bool:
    """A cheap look before loading: an outline without the word "chart:" has no chart, so no
    chart worker (and no matplotlib) is started for it."""
    try:
        return b"chart:" in find_outline(outline).read_bytes()
    except (OSError, DeckmakerError):
        return False


def build_deck(
    outline: str | Path,
    output: str | Path | None = None,
    theme: str | Path | Theme | None = None,
    figures: str | Path | None = None,
    *,
    pdf: bool = False,
    svg: bool = False,
    doctor: bool = False,
    jobs: int | None = None,
    overrides: Mapping[str, str] | None = None,
    cache: bool = True,
    warnings: list[Problem] | None = None,
    force: bool = False,
    log: Log = _quiet,
    reuse_inputs: bool = False,
    progress: Progress | None = None,
    slide_store: deckcache.SlideStore | None = None,
    plan_memo: PlanMemo | None = None,
) -> BuildResult:
    """Build a deck and report what was done; the library behind ``deckmaker build``.

    A file at the output that is not the deck deckmaker last wrote there (edited since, or not
    made by deckmaker) stops the build before any work (``guard.py``); with ``force=True`` it is
    kept as ``NAME.backup-N.pptx`` and replaced.

    ``cache=False`` neither reads nor writes the chart and deck caches (whatever the
    environment says). Problems that do not stop the build are appended to ``warnings``.

    ``reuse_inputs=True`` (``deckmaker build``): when every input file (outline, figures,
    theme, pictures, fonts) is byte for byte as at a build whose deck is in the deck cache, that
    deck is written without loading or planning anything; the result then has no ``inputs``
    and no ``plans``. ``progress`` hears of each chart as it is drawn and of LibreOffice's
    work, as it happens.

    A slide whose plan, pictures and charts are those of a slide written before is copied from
    the slide store (``slide_store``, else one in the deck cache) rather than built again; the
    deck's bytes are the same (``writer/reuse.py``). ``plan_memo`` keeps planned slides between
    the builds of one process (the preview).
    """
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    if warnings is None:
        warnings = []
    out = Path(output) if output else default_output(outline)
    if out.suffix.lower() != ".pptx":
        raise DeckmakerError(
            Problem(
                Location(display_path(out)),
                _("the output must be a .pptx file"),
                hint=_("e.g. -o build/deck.pptx"),
            )
        )
    check_output(out, _("the deck"))  # a folder in the way fails now, not after the work
    backup_due = guard.check_overwrite(out, force)  # an edited deck stops the build now
    folder = cache_settings.deck_cache_dir() if cache else None
    inputs_key = ""
    if reuse_inputs and folder is not None and not isinstance(theme, Theme):
        asked = (repr(theme), repr(figures), repr(sorted((overrides or {}).items())), repr(svg))
        inputs_key = deckcache.inputs_key(find_outline(outline), asked)
        reused = deckcache.reuse(folder, inputs_key)
        if reused is not None:
            return _reused(out, *reused, backup_due, warnings, pdf, doctor, log, t0, progress)
    charts_cache = cache_settings.cache_dir() if cache else None
    workers = False
    if _may_have_charts(outline):
        from .charts import server, start_workers

        # A cold build imports matplotlib (in the workers' fork server) while it plans; so does
        # a rebuild whose input files changed (``inputs_key`` was not reused): a changed figure's
        # chart is then drawn as soon as it is planned, not ~1 s of import later. Not when a
        # warm chart server answers: it draws the few charts of a rebuild.
        if server.connect(charts_cache) is None:
            workers = start_workers(None if inputs_key else charts_cache, jobs)
    inputs = load_inputs(outline, theme, figures, overrides)
    if warnings is not None:
        warnings.extend(w for w in inputs.warnings if w not in warnings)
    log(
        _("loaded   {outline}").format(outline=display_path(inputs.deck.source))
        + (
            _(" + {figures} ({n} figures)").format(
                figures=display_path(inputs.figures_file), n=len(inputs.figures)
            )
            if inputs.figures_file
            else ""
        )
        + _(", theme {name}").format(name=inputs.theme.name)
    )
    timings["load"] = time.perf_counter() - t0
    early = None
    if plan_memo is not None and plan_memo.warm:
        early = _EarlyCharts(charts_cache, jobs, svg)
    elif workers:  # the workers draw each chart as soon as its slide is planned
        from .charts import render_stream

        early = _EarlyCharts(charts_cache, jobs, svg, render_stream(charts_cache, jobs, svg))
    if plan_memo is not None:
        plan_memo.on_new = early
    # the planner's plot widths (``charts.render.measured_plot_width``) drawn in the stream's
    # workers, which end with this build (``early.close``): none outlives it
    measuring: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if early is not None and early.stream is not None:
        from .charts import measuring as measuring_in

        measuring = measuring_in(early.stream)
    try:
        with measuring:
            return _build_planned(
                inputs, out, folder, inputs_key, charts_cache, backup_due, early, svg, jobs, pdf,
                doctor, log, t0, timings, warnings, progress, slide_store, plan_memo,
            )  # fmt: skip
    finally:
        if plan_memo is not None:
            plan_memo.on_new = None
        if early is not None:
            early.close()


def _build_planned(
    inputs: Inputs,
    out: Path,
    folder: Path | None,
    inputs_key: str,
    charts_cache: Path | None,
    backup_due: bool,
    early: _EarlyCharts | None,
    svg: bool,
    jobs: int | None,
    pdf: bool,
    doctor: bool,
    log: Log,
    t0: float,
    timings: dict[str, float],
    warnings: list[Problem],
    progress: Progress | None,
    slide_store: deckcache.SlideStore | None,
    plan_memo: PlanMemo | None,
) -> BuildResult:
    """``build_deck`` from planning on."""
    plans = plan(inputs, log, warnings, plan_memo, early)
    log(_("planned  {n} slides").format(n=len(plans)))
    timings["plan"] = time.perf_counter() - t0 - timings["load"]
    t1 = time.perf_counter()
    info = inputs.deck.info
    meta = DeckMeta(
        title=inputs.resolver.text(info.title),
        author=inputs.resolver.text(info.organization) or "deckmaker",
        subject=inputs.resolver.text(info.subtitle),
        date=info.date,
        lang="vi-VN" if info.language == "vi" else "en-US",
        heading_font=inputs.theme.fonts.heading,
        body_font=inputs.theme.fonts.body,
    )
    size = (inputs.theme.width_emu, inputs.theme.height_emu)
    record = guard.figure_record(
        inputs.figures, inputs.resolver.used, inputs.deck.info.language, plans
    )
    key = (
        deckcache.deck_key(plans, meta, size, inputs.theme.template, svg, record) if folder else ""
    )
    data = deckcache.load(folder, key) if folder else None
    drawn = cached = n_reused = 0
    store: deckcache.SlideStore | None = None
    from_cache = data is not None
    if data is not None:
        log(_("written  nothing changed since the last build: the deck comes from the cache"))
    else:
        drawing = (lambda done, total: progress("charts", done, total)) if progress else None
        renderings = early.renderings if early is not None else None
        if early is not None:
            early.finish(drawing)
        asked = chart_asks(inputs.deck, plans)
        images, drawn, cached = render_charts(
            plans, svg, jobs, charts_cache, drawing, renderings, asked
        )
        if progress is not None and drawn:  # a stream's workers may have drawn some already
            stream = early.stream if early is not None else None
            progress("charts", stream.finished if stream is not None else 0, drawn)
        from .writer import SlideReuse, write_pptx

        store = slide_store if slide_store is not None else _slide_store(folder)
        reuse = (
            SlideReuse(store, deckcache.slide_keys(plans, meta, svg)) if store is not None else None
        )
        data = write_pptx(
            plans, meta, *size, images, theme=inputs.theme, figures=record, reuse=reuse
        )
        if reuse is not None:
            n_reused = len(reuse.reused)
            if isinstance(store, deckcache.SlideStore):
                store.prune()
        if images:  # the writer has waited for every chart: they are drawn now
            log(_("charts   {drawn} drawn, {cached} from cache").format(drawn=drawn, cached=cached))
        deckcache.store(folder, key, data)
    if inputs_key:
        deckcache.remember_inputs(
            folder,
            inputs_key,
            input_files(inputs, plans),
            key,
            _facts(inputs, plans, warnings, meta),
        )
    backup = guard.keep_backup(out) if backup_due and out.is_file() else None
    if backup is not None:
        log(_("kept     the edited deck as {backup}").format(backup=display_path(backup)))
    write_output(out, data, _("the deck"))
    guard.remember(out, data, inputs.deck.source, inputs.figures_file, inputs.theme.path)
    log(_("wrote    {path}").format(path=display_path(out)))
    timings["write"] = time.perf_counter() - t1
    if drawn and plan_memo is None:  # the next build's charts go to a warm server
        from .charts import server

        server.start(charts_cache)
    if store is not None:
        store.wait()  # the slides kept, written in a thread meanwhile (``put_soon``)
    result = BuildResult(
        out,
        len(plans),
        0.0,
        drawn,
        cached,
        plans=plans,
        inputs=inputs,
        from_cache=from_cache,
        timings=timings,
        backup=backup,
        slides_reused=n_reused,
    )
    return _finish(result, pdf, doctor, meta.lang, log, t0, progress)


def _slide_store(folder: Path | None) -> deckcache.SlideStore | None:
    """The deck cache's store of written slides (None without a deck cache)."""
    return deckcache.SlideStore(folder / "slides") if folder is not None else None


def _finish(
    result: BuildResult,
    pdf: bool,
    doctor: bool,
    lang: str,
    log: Log,
    t0: float,
    progress: Progress | None = None,
) -> BuildResult:
    """The PDF and the doctor's check of a deck just written; the result's seconds."""
    out, timings = result.path, result.timings
    if pdf:
        from .office import PDF_EXPORT, convert

        t1 = time.perf_counter()
        if progress is not None:
            progress("pdf", 0, 1)  # LibreOffice starts and converts: seconds with nothing to show
        result.pdf = convert(out, PDF_EXPORT, out.parent, lang=lang)
        log(_("pdf      {path}").format(path=display_path(result.pdf)))
        timings["pdf"] = time.perf_counter() - t1
    if doctor:
        from .doctor import diagnose

        t1 = time.perf_counter()
        result.findings = diagnose(out, access=True)
        log(_("doctor   {n} finding(s)").format(n=len(result.findings)))
        timings["doctor"] = time.perf_counter() - t1
    result.seconds = time.perf_counter() - t0
    return result


def input_files(inputs: Inputs, plans: list[SlidePlan]) -> list[Path]:
    """Every file a deck was made from: outline, figures, theme folders, pictures, fonts."""
    from .layout.frame import Fonts

    files = [inputs.deck.source]
    if inputs.figures_file is not None:
        files.append(inputs.figures_file)
    theme = inputs.theme
    for folder in (theme.path, *theme.chain):
        files += sorted(p for p in Path(folder).rglob("*") if p.is_file())
    files += [p for p in (theme.template, theme.logo) if p is not None]
    files += [Path(e.file) for p in plans for e in p.elements if isinstance(e, PictureBox)]
    fonts = Fonts.for_theme(theme)
    used = (fonts.body, fonts.body_bold, fonts.heading, fonts.numeral)
    files += [Path(f.path) for f in used if f is not None]
    return files


def _facts(
    inputs: Inputs, plans: list[SlidePlan], warnings: list[Problem], meta: DeckMeta
) -> dict[str, Any]:
    """What a build that reuses this one's deck still reports (``deckcache.reuse``)."""
    return {
        "slides": len(plans),
        "outline": str(inputs.deck.source),
        "figures": str(inputs.figures_file) if inputs.figures_file else "",
        "theme": str(inputs.theme.path),
        "lang": meta.lang,
        "warnings": [
            [
                p.location.file,
                p.location.line,
                p.location.col,
                p.message,
                p.path,
                p.hint,
                p.severity,
                p.slide,
            ]
            for p in warnings
        ],
    }


def _reused(
    out: Path,
    data: bytes,
    facts: dict[str, Any],
    backup_due: bool,
    warnings: list[Problem],
    pdf: bool,
    doctor: bool,
    log: Log,
    t0: float,
    progress: Progress | None = None,
) -> BuildResult:
    """A build whose inputs are all unchanged: the cached deck, written as a build writes."""
    for f, line, col, message, path, hint, severity, slide in facts["warnings"]:
        w = Problem(Location(f, line, col), message, path, hint, severity, slide)
        if w not in warnings:
            warnings.append(w)
    log(_("written  nothing changed since the last build: the deck comes from the cache"))
    backup = guard.keep_backup(out) if backup_due and out.is_file() else None
    if backup is not None:
        log(_("kept     the edited deck as {backup}").format(backup=display_path(backup)))
    write_output(out, data, _("the deck"))
    figures = Path(facts["figures"]) if facts["figures"] else None
    theme = Path(facts["theme"]) if facts.get("theme") else None
    guard.remember(out, data, Path(facts["outline"]), figures, theme)
    log(_("wrote    {path}").format(path=display_path(out)))
    result = BuildResult(out, int(facts["slides"]), 0.0, from_cache=True, backup=backup, timings={})
    result.timings["write"] = time.perf_counter() - t0
    return _finish(result, pdf, doctor, str(facts["lang"]), log, t0, progress)


def check(
    outline: str | Path,
    theme: str | Path | Theme | None = None,
    figures: str | Path | None = None,
) -> Inputs:
    """Validate everything a build would, including layout, and write nothing."""
    return check_inputs(outline, theme, figures)[0]


def check_inputs(
    outline: str | Path,
    theme: str | Path | Theme | None = None,
    figures: str | Path | None = None,
) -> tuple[Inputs, list[SlidePlan], list[Problem]]:
    """:func:`check`, with the slides a build would write and the warnings found."""
    inputs = load_inputs(outline, theme, figures)
    warnings: list[Problem] = list(inputs.warnings)
    plans = plan(inputs, warnings=warnings)
    return inputs, plans, warnings


__all__ = ["BuildResult", "Inputs", "build_deck", "check", "check_inputs", "load_inputs", "plan"]
