"""Run the pipeline: load → resolve figures → plan → render charts → write, then report."""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import deckcache
from .errors import DataError, DeckmakerError, Location, OutlineError, Problem, display_path
from .figures import Figure, load_figures
from .layout.model import ChartBox, DeckMeta, SlidePlan
from .outline import find_outline, load_outline
from .outline.model import Deck, Text
from .resolve import Resolver, check_references
from .theme import Theme, load_theme

if TYPE_CHECKING:
    from .charts import Rendering
    from .writer import ChartImage

Log = Callable[[str], None]


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


@dataclass
class BuildResult:
    path: Path
    slides: int
    seconds: float
    charts_drawn: int = 0
    charts_cached: int = 0
    pdf: Path | None = None
    findings: list = field(default_factory=list)
    plans: list[SlidePlan] = field(default_factory=list)
    inputs: Inputs | None = None


def theme_search_dirs(deck_dir: Path) -> list[Path]:
    """Where theme names are looked up: beside the outline, up to the project, then cwd."""
    dirs = []
    for d in (deck_dir, *deck_dir.parents):
        if (d / "themes").is_dir():
            dirs.append(d / "themes")
        if (d / "pyproject.toml").exists() or (d / ".git").exists():
            break
    if (Path.cwd() / "themes").is_dir():
        dirs.append(Path.cwd() / "themes")
    return list(dict.fromkeys(p.resolve() for p in dirs))


OVERRIDABLE = ("title", "subtitle", "organization", "presenter")


def apply_overrides(deck: Deck, overrides: Mapping[str, str] | None) -> Deck:
    """The deck with some ``deck:`` text fields replaced (e.g. one organization per agency)."""
    if not overrides:
        return deck
    changes = {}
    for key, value in overrides.items():
        if key not in OVERRIDABLE:
            raise DeckmakerError(
                Problem(
                    Location("deckmaker"),
                    f"cannot override deck field '{key}'",
                    hint=f"overridable: {', '.join(OVERRIDABLE)}",
                )
            )
        changes[key] = Text(value, Location("<override>"), f"deck.{key}")
    return dataclasses.replace(deck, info=dataclasses.replace(deck.info, **changes))


def load_inputs(
    outline: str | Path,
    theme: str | None = None,
    figures: str | Path | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Inputs:
    """Load and check the outline, figures and theme; raises with every problem found."""
    deck = apply_overrides(load_outline(outline), overrides)
    problems: list[Problem] = []
    figures_file = Path(figures) if figures else deck.info.figures
    figs: dict[str, Figure] = {}
    if figures_file is not None:
        try:
            figs = load_figures(figures_file)
        except DeckmakerError as exc:
            problems.extend(exc.problems)
    theme_name = theme or (deck.info.theme.value if deck.info.theme else "default")
    where = deck.info.theme.location if (deck.info.theme and not theme) else None
    if not theme and deck.info.theme and not Path(theme_name).is_absolute():
        cand = deck.base_dir / theme_name
        if cand.exists():
            theme_name = str(cand)
    th = None
    try:
        th = load_theme(theme_name, theme_search_dirs(deck.base_dir), where=where)
    except DeckmakerError as exc:
        problems.extend(exc.problems)
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
    if not problems or figs:
        problems.extend(check_references(deck, r))
    if problems:
        raise OutlineError(problems)
    assert th is not None
    return Inputs(deck, figs, figures_file, th, Resolver(figs, lang, deck_fields, r.figures_file))


def default_output(outline: str | Path) -> Path:
    file = find_outline(outline)
    name = file.parent.name if file.stem in ("outline",) else file.stem
    return Path("build") / f"{name or 'deck'}.pptx"


def cache_root() -> Path | None:
    """deckmaker's cache folder: ``DECKMAKER_CACHE``, else ``~/.cache/deckmaker``; None when
    ``DECKMAKER_CACHE=off``."""
    env = os.environ.get("DECKMAKER_CACHE")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deckmaker"


def cache_dir() -> Path | None:
    """Where drawn charts are cached."""
    root = cache_root()
    return root / "charts" if root is not None else None


def deck_cache_dir() -> Path | None:
    """Where written decks are cached; None when caching is off (``DECKMAKER_CACHE=off``, or
    ``DECKMAKER_DECK_CACHE=off`` for decks only)."""
    root = cache_root()
    if root is None or os.environ.get("DECKMAKER_DECK_CACHE") == "off":
        return None
    return root / "decks"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a failure never leaves a half-written file there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def plan(inputs: Inputs, log: Log = _quiet) -> list[SlidePlan]:
    from .layout.plan import Fonts, plan_deck

    if inputs.theme.template is not None:
        from .errors import ThemeError
        from .theme.template import check_template

        errors = [p for p in check_template(inputs.theme) if p.severity == "error"]
        if errors:  # before any layout or chart work; the writer checks again
            raise ThemeError(errors)
    fonts = Fonts.for_theme(inputs.theme)
    for f in (fonts.heading, fonts.body, fonts.body_bold):
        if f.substituted:
            log(f"  font {f.describe()}")
    plans, problems = plan_deck(inputs.deck, inputs.theme, inputs.resolver, fonts)
    problems += [p for p in inputs.resolver.problems if p not in problems]
    for warning in (p for p in problems if p.severity == "warning"):
        log(warning.format())
    errors = [p for p in problems if p.severity != "warning"]
    if errors:
        raise OutlineError(errors)
    return plans


class _ChartImages(Mapping[int, "ChartImage"]):
    """Chart pictures by ``id(chart)``; looking one up waits for that chart to be drawn."""

    def __init__(self, charts: list, rendering: Rendering, svg: bool) -> None:
        self._index = {id(c): i for i, c in enumerate(charts)}
        self._rendering = rendering
        self._svg = svg

    def __getitem__(self, chart_id: int) -> ChartImage:
        from .writer import ChartImage

        r = self._rendering[self._index[chart_id]]
        return ChartImage(r.png, r.svg if self._svg else None)

    def __iter__(self) -> Iterator[int]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def render_charts(
    plans: list[SlidePlan], svg: bool, jobs: int | None
) -> tuple[Mapping[int, ChartImage], int, int]:
    """The deck's chart pictures, keyed by ``id(chart)``, with how many are drawn and cached.

    Charts missing from the cache are drawn in worker processes while the caller goes on
    (writing the slides); looking a picture up waits for it.
    """
    boxes = [e for p in plans for e in p.elements if isinstance(e, ChartBox) and not e.native]
    if not boxes:
        return {}, 0, 0
    from .charts import render_async

    unique = list({id(b.chart): b.chart for b in boxes}.values())
    rendering = render_async(unique, cache_dir(), jobs, svg=svg)
    return _ChartImages(unique, rendering, svg), rendering.drawn, rendering.cached


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
    theme: str | None = None,
    figures: str | Path | None = None,
    *,
    pdf: bool = False,
    svg: bool = False,
    doctor: bool = False,
    jobs: int | None = None,
    overrides: Mapping[str, str] | None = None,
    log: Log = _quiet,
) -> BuildResult:
    """Build a deck and report what was done; the library behind ``deckmaker build``."""
    t0 = time.perf_counter()
    out = Path(output) if output else default_output(outline)
    if out.suffix.lower() != ".pptx":
        raise DeckmakerError(
            Problem(
                Location(display_path(out)),
                "the output must be a .pptx file",
                hint="e.g. -o build/deck.pptx",
            )
        )
    if _may_have_charts(outline):
        from .charts import start_workers

        start_workers(cache_dir(), jobs)  # a cold build imports matplotlib while it plans
    inputs = load_inputs(outline, theme, figures, overrides)
    log(
        f"loaded   {display_path(inputs.deck.source)}"
        + (
            f" + {display_path(inputs.figures_file)} ({len(inputs.figures)} figures)"
            if inputs.figures_file
            else ""
        )
        + f", theme {inputs.theme.name}"
    )
    plans = plan(inputs, log)
    log(f"planned  {len(plans)} slides")
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
    folder = deck_cache_dir()
    key = deckcache.deck_key(plans, meta, size, inputs.theme.template, svg) if folder else ""
    data = deckcache.load(folder, key) if folder else None
    drawn = cached = 0
    if data is not None:
        log("written  nothing changed since the last build: the deck comes from the cache")
    else:
        images, drawn, cached = render_charts(plans, svg, jobs)
        if images:
            log(f"charts   {drawn} drawn, {cached} from cache")
        from .writer import write_pptx

        data = write_pptx(plans, meta, *size, images, theme=inputs.theme)
        deckcache.store(folder, key, data)
    atomic_write(out, data)
    log(f"wrote    {display_path(out)}")
    result = BuildResult(out, len(plans), 0.0, drawn, cached, plans=plans, inputs=inputs)
    if pdf:
        from .office import convert

        result.pdf = convert(out, "pdf", out.parent)
        log(f"pdf      {display_path(result.pdf)}")
    if doctor:
        from .doctor import diagnose

        result.findings = diagnose(out)
        log(f"doctor   {len(result.findings)} finding(s)")
    result.seconds = time.perf_counter() - t0
    return result


def build(
    outline_path: str | Path,
    output: str | Path | None = None,
    theme: str | None = None,
    figures: str | Path | None = None,
) -> Path:
    """Build the deck of ``outline_path`` and return the path of the .pptx written."""
    return build_deck(outline_path, output, theme, figures).path


def check(
    outline: str | Path, theme: str | None = None, figures: str | Path | None = None
) -> Inputs:
    """Validate everything a build would, including layout, and write nothing."""
    inputs = load_inputs(outline, theme, figures)
    plan(inputs)
    return inputs


__all__ = ["BuildResult", "DataError", "build", "build_deck", "check", "load_inputs"]
