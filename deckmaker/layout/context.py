"""What planning a deck's slides knows besides the frame: its figures, language and words."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..outline.model import Deck, DeckInfo, SlideSpec, Text
from ..resolve import Resolver, iter_texts
from ..vocabulary import WORDS
from .breaks import WordPairs
from .nobreak import bind_units, no_widow


@dataclass(frozen=True)
class PlanContext:
    """The deck-wide context of every slide kind's planner."""

    resolver: Resolver
    """Turns outline text into slide text (it records the problems of ``{figure}`` references)."""
    info: DeckInfo
    """The ``deck:`` part of the outline: the title slide's texts, the closing's fallback."""
    lang: str
    words: Mapping[str, str]
    """deckmaker's own words in the deck's language (``vocabulary.WORDS``)."""
    pairs: WordPairs
    """Which syllables belong together, where a title must not break a line."""
    base_dir: Path
    """The outline's folder: pictures must stay inside it (``pictures.load_picture``)."""
    table_runs: Mapping[str, tuple[SlideSpec, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """A table slide's path to the run of consecutive table slides with the same columns that
    it belongs to (itself included): they share their column widths and text size."""
    kind_runs: Mapping[str, tuple[SlideSpec, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """A slide's path (bullets, chart beside bullets, table) to the run of consecutive slides
    of its kind in its section that it belongs to (itself included): they share their text
    size (``kinds.bullets.run_size``, ``kinds.chart_bullets.plan``, ``kinds.table.plan``)."""

    kind_index: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """A slide's place in its ``kind_runs`` run: looked up, not searched for (a search per
    slide of a run of a thousand was a thousand thousand steps)."""
    list_neighbours: Mapping[str, tuple[SlideSpec, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """A chart-beside-bullets slide's path to the nearest bullet slides before and after it in
    its section (one, two or none): its bullets' size follows theirs
    (``kinds.bullets.section_cap``)."""

    @classmethod
    def for_deck(cls, deck: Deck, resolver: Resolver) -> PlanContext:
        lang = deck.info.language
        pairs = _pairs(tuple(t.value for t in iter_texts(deck)))
        runs: dict[str, tuple[SlideSpec, ...]] = {}
        kind_runs: dict[str, tuple[SlideSpec, ...]] = {}
        kind_index: dict[str, int] = {}
        neighbours: dict[str, tuple[SlideSpec, ...]] = {}
        for sec in deck.sections:
            neighbours.update(_list_neighbours(sec.slides))
            for kind in ("bullets", "chart-bullets", "table"):
                for group in _consecutive(sec.slides, kind):
                    kind_runs.update((s.path, group) for s in group)
                    kind_index.update((s.path, i) for i, s in enumerate(group))
            run: list[SlideSpec] = []
            for spec in (*sec.slides, None):
                same = (
                    spec is not None
                    and spec.kind == "table"
                    and run
                    and _columns(run[0]) == _columns(spec)
                )
                if not same:
                    if len(run) > 1:
                        runs.update((s.path, tuple(run)) for s in run)
                    run = [spec] if spec is not None and spec.kind == "table" else []
                elif spec is not None:
                    run.append(spec)
        return cls(
            resolver,
            deck.info,
            lang,
            WORDS[lang],
            pairs,
            deck.base_dir,
            MappingProxyType(runs),
            MappingProxyType(kind_runs),
            MappingProxyType(kind_index),
            MappingProxyType(neighbours),
        )

    kpi_stacked: bool | None = None
    """Where every KPI card of the deck sets its unit: under its number (True), beside it
    (False), either (None: before the deck's KPI slides are weighed, ``plan.plan_deck``)."""

    kpi_sizes: Mapping[tuple[int, int], float] = field(default_factory=lambda: MappingProxyType({}))
    """The deck's one number size for KPI cards of each width (EMU) in as many rows: the
    smallest any KPI slide of the deck sets on such cards on its own
    (``kinds.kpis.deck_sizes``); a slide's
    numbers are never larger, so its cards and another slide's read as one set."""

    section_title_pt: float | None = None
    """The deck's one size for its section slides' titles: the largest every one of them fits
    at, as the smallest any of them takes on its own (``kinds.section.deck_title_size``; a run
    of big-number panels or tables shares its titles' size alike: ``chart_bullets._run_titles``,
    ``table.run_titles``); None where each keeps its own (before the deck is weighed, or on an
    agency template's own section layout)."""

    section_share: float | None = None
    """The deck's one share of the room between the margins for its section slides' number
    column: ``kinds.section.ANCHOR_SHARE``, or less where a title column that much wider sets
    more of their titles in two lines (``kinds.section.deck_share``); None: the default."""

    body_caps: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    """A bullet slide's path to the largest size its list may grow to, set by the lists beside
    it in the deck (``kinds.bullets.deck_caps``); a slide not in it grows as its theme lets it."""

    def text(self, t: Text | None) -> str:
        """The slide text of an outline text, ``{figure}`` references resolved and every number
        bound to its unit (``nobreak.bind_units``)."""
        return bind_units(self.resolver.text(t))

    def body(self, t: Text | None) -> str:
        """A paragraph's slide text: ``text`` with its last two words kept together, so that
        no word stands alone on its last line (``nobreak.no_widow``)."""
        return no_widow(self.text(t))

    def plain(self, t: Text | None) -> str:
        """An outline text as the notes show it: references resolved, spaces left as written."""
        return self.resolver.text(t)


_last_pairs: list[tuple[tuple[str, ...], WordPairs]] = []


def _pairs(texts: tuple[str, ...]) -> WordPairs:
    """The word pairs of the outline's texts (as written, before figures are put in), kept for
    the next plan of the same texts: a preview's rebuild after a figure changed counts them
    once, and the titles fitted with them (``fit.fit_title``) are found again."""
    if _last_pairs and _last_pairs[0][0] == texts:
        return _last_pairs[0][1]
    pairs = WordPairs(texts)
    _last_pairs[:] = [(texts, pairs)]
    return pairs


def _consecutive(slides: tuple[SlideSpec, ...], kind: str) -> list[tuple[SlideSpec, ...]]:
    """The runs of two or more consecutive slides of ``kind`` among ``slides``."""
    out: list[tuple[SlideSpec, ...]] = []
    run: list[SlideSpec] = []
    for spec in (*slides, None):
        if spec is not None and spec.kind == kind:
            run.append(spec)
            continue
        if len(run) > 1:
            out.append(tuple(run))
        run = []
    return out


def _list_neighbours(slides: tuple[SlideSpec, ...]) -> dict[str, tuple[SlideSpec, ...]]:
    """Each chart-beside-bullets slide of ``slides`` (one section's) and the nearest bullet
    slides before and after it among ``slides`` (``PlanContext.list_neighbours``)."""
    before: list[SlideSpec | None] = []  # the last bullet slide before each slide: one sweep
    seen: SlideSpec | None = None
    for spec in slides:
        before.append(seen)
        seen = spec if spec.kind == "bullets" else seen
    out: dict[str, tuple[SlideSpec, ...]] = {}
    seen = None
    for i in range(len(slides) - 1, -1, -1):
        spec = slides[i]
        if spec.kind == "chart-bullets":
            out[spec.path] = tuple(s for s in (before[i], seen) if s is not None)
        seen = spec if spec.kind == "bullets" else seen
    return out


def _columns(spec: SlideSpec) -> tuple[str, ...]:
    assert spec.table is not None
    return tuple(c.value for c in spec.table.columns)


_watching: list[list[tuple[str, str]]] = []
"""While a deck-wide pass is kept by the plan memo (``memo.PlanMemo.deck_pass``): where the
figures read inside ``quiet`` go, which otherwise leave no read."""


@contextmanager
def watched(reads: list[tuple[str, str]]) -> Iterator[None]:
    """Every figure read inside, ``quiet`` or not, appended to ``reads`` (the figures a kept
    deck-wide pass depends on)."""
    _watching.append(reads)
    try:
        yield
    finally:
        _watching.pop()


@contextmanager
def quiet(ctx: PlanContext) -> Iterator[None]:
    """The resolver as it was before: figures read inside leave no problem, use or read (a
    deck-wide pass over the slides before they are planned, ``kinds.kpis.deck_sizes``); but
    for a ``watched`` list, which is told of them."""
    r = ctx.resolver
    problems, used, reads = list(r.problems), {k: list(v) for k, v in r.used.items()}, r.reads
    inside: list[tuple[str, str]] | None = [] if _watching else None
    r.reads = inside
    try:
        yield
    finally:
        r.problems[:], r.reads = problems, reads
        r.used.clear()
        r.used.update(used)
        if inside is not None and _watching:
            _watching[-1].extend(inside)
