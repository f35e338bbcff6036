"""Planned slides kept between builds in one process (the preview): an outline slide whose
inputs are all as they were is not laid out again.

A slide's plan depends on its outline node (with its locations), its kind, the frame (theme,
fonts, footer), the deck-wide context (language, the ``deck:`` fields, the word pairs learnt from
the whole outline, the table and bullet runs it belongs to), the figures it reads and the
pictures it shows. The first four make the key; the figures read (recorded by the resolver) and the
pictures' bytes are checked on each use. A slide whose planning raised any problem in the
resolver, or an error of its own, is never kept: it is planned again each time, so its
problems are reported as they are now.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar, cast

from ..errors import Location
from ..outline.model import ClosingSpec, DeckInfo, SectionSpec, SlideSpec
from .breaks import WordPairs
from .context import PlanContext, watched
from .kinds.agenda import AgendaSpec
from .kinds.section import NumberedSection
from .model import PictureBox, Planned

_NOWHERE = Location("<plan memo>")
_T = TypeVar("_T")


_last_pairs: list[tuple[object, str]] = []


def _pairs_repr(pairs: WordPairs) -> str:
    """The word pairs as text, kept for the same object (``context._pairs`` keeps it while the
    outline's texts are the same)."""
    if not _last_pairs or _last_pairs[0][0] is not pairs:
        text = repr(sorted(pairs.pairs.items())) + "\0" + repr(sorted(pairs.words.items()))
        _last_pairs[:] = [(pairs, text)]
    return _last_pairs[0][1]


_run_digests: dict[int, tuple[tuple[SlideSpec, ...], str]] = {}


def _run_digest(run: tuple[SlideSpec, ...] | None) -> str:
    """The digest of a run of slides (``_digest``), worked out once for the run's tuple (every
    slide of a run of a thousand holds the same one) and kept while the run is the last plan's."""
    if run is None:
        return ""
    kept = _run_digests.get(id(run))
    if kept is None or kept[0] is not run:
        if len(_run_digests) > 4096:
            _run_digests.clear()
        kept = _run_digests[id(run)] = (run, _digest(run))
    return kept[1]


_reprs: dict[int, tuple[object, str]] = {}


def _repr(value: object) -> str:
    """``repr(value)``, kept for the very object (alive with its entry) while it is the last
    plan's: a figure is in the record of every slide that read it (a rebuild's ~700 reprs of
    ~100 figures)."""
    kept = _reprs.get(id(value))
    if kept is None or kept[0] is not value:
        kept = _reprs[id(value)] = (value, repr(value))
    return kept[1]


_OUTLINE = frozenset((SlideSpec, SectionSpec, ClosingSpec, DeckInfo))
"""The outline's nodes: frozen, made of frozen values, tuples and text (``outline/model.py``), so
an object's repr never changes; a rebuild after only the figures changed plans the very objects
of the last build (``outline._LOADED``)."""
_STRUCTS = frozenset((NumberedSection, AgendaSpec))
"""Made anew each plan around the outline's nodes: digested field by field."""

_digests: dict[int, tuple[object, str]] = {}
_digests_last: dict[int, tuple[object, str]] = {}
"""The outline nodes' digests of this plan and of the last (``_digest``; ``base`` turns them
over): kept while a plan uses them, every object alive with its entry."""


def _digest(value: object) -> str:
    """A digest of ``value`` that two values share only when their reprs are the same: an
    outline node's is the sha256 of its repr, kept for the very object from one plan to the
    next; a tuple's, ``NumberedSection``'s and ``AgendaSpec``'s are made of their parts'
    digests (fixed length, in order, after the type's name); anything else's, of its repr.
    A rebuild's keys (62 slides, their runs, the deck's sections) took ~15 ms of reprs and
    hashing of the whole outline in every plan."""
    kind = type(value)
    if kind in _OUTLINE:
        kept = _digests.get(id(value))
        if kept is None or kept[0] is not value:
            kept = _digests_last.get(id(value))
            if kept is None or kept[0] is not value:
                kept = (value, _hex(b"r" + repr(value).encode("utf-8")))
            _digests[id(value)] = kept
        return kept[1]
    if kind is tuple:
        inner = "".join(_digest(v) for v in cast(tuple, value))
        return _hex(b"t" + inner.encode("ascii"))
    if kind in _STRUCTS:
        inner = "".join(_digest(getattr(value, f.name)) for f in fields(cast(Any, value)))
        return _hex(b"s" + kind.__name__.encode("ascii") + b"\0" + inner.encode("ascii"))
    return _hex(b"r" + repr(value).encode("utf-8"))


def _hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _next_plan() -> None:
    """A plan begins: the digests of the last one's outline nodes kept for it, the others let go."""
    global _digests, _digests_last  # noqa: PLW0603 - the two generations, swapped
    _digests_last, _digests = _digests, {}
    _reprs.clear()


def file_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@dataclass(frozen=True)
class _Kept:
    planned: Planned
    reads: tuple[tuple[str, str], ...]
    """(figure key, outline path) of each figure the planning read, in order."""
    figures: tuple[tuple[str, str], ...]
    """(figure key, repr of the figure) of each figure read, as it was."""
    pictures: tuple[tuple[str, str], ...]
    """(file, sha256) of each picture on the planned slides."""


class PlanMemo:
    """The planned slides of earlier builds, by key (``KEEP`` at most, the oldest go first)."""

    KEEP = 4096
    PASSES = 64
    """The deck-wide passes' results kept (five a plan)."""

    def __init__(self) -> None:
        self._kept: dict[str, _Kept] = {}
        self._passes: OrderedDict[str, tuple[object, tuple[tuple[str, str], ...]]] = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.on_new: Callable[[Planned], None] | None = None
        """Told of each slide planned afresh, as soon as it is (a rebuild starts drawing its
        new charts then, while the other slides are planned)."""

    @property
    def warm(self) -> bool:
        """Whether slides of an earlier build are kept."""
        return bool(self._kept)

    @staticmethod
    def base(frame: object, ctx: PlanContext) -> str:
        """The digest of what every slide's planning depends on, besides its own node and the
        deck-wide passes' results (asked once a plan, first: the reprs kept for the last plan
        are forgotten)."""
        _next_plan()
        r = ctx.resolver
        h = hashlib.sha256(b"deckmaker-plan-memo-2")
        for part in (
            repr(frame),
            ctx.lang,
            repr(ctx.info),
            str(ctx.base_dir),
            _pairs_repr(ctx.pairs),
            r.lang,
            repr(sorted(r.deck_fields.items())),
            r.figures_file,
            repr(sorted(r.figures)),  # a figure added or removed changes suggestions, wording
        ):
            h.update(part.encode("utf-8") + b"\0")
        return h.hexdigest()

    @staticmethod
    def context(base: str, ctx: PlanContext) -> str:
        """``base`` with the deck-wide passes' results, which every slide's planning reads."""
        return hashlib.sha256((base + "\0" + _deck_wide(ctx)).encode("utf-8")).hexdigest()

    def deck_pass(
        self, base: str, deck: str, name: str, ctx: PlanContext, compute: Callable[[], _T]
    ) -> _T:
        """``compute()``, a deck-wide pass (``plan.plan_deck``: ``kpis.deck_stacked``,
        ``bullets.deck_caps``, …), or what it gave last time for the same inputs: ``base``, the
        deck (``deck``, the digest of its sections and closing), the passes' results so far in
        ``ctx``, and the figures it read then (each as it was). A rebuild after one figure
        changed weighed every KPI, bullet and section slide of the deck again (60 of its 150 ms
        of planning on the sample), where most of them read none of the figures that changed.
        The passes are run ``quiet``: what they leave on the resolver is only what their kept
        results (its texts, a slide's items) serve later, which the slides planned afresh
        compute again when missing. A pass that met a problem is not kept."""
        key = hashlib.sha256(f"{base}\0{deck}\0{name}\0{_deck_wide(ctx)}".encode()).hexdigest()
        kept = self._passes.get(key)
        if kept is not None and _same_figures(kept[1], ctx):
            self._passes.move_to_end(key)
            return cast(_T, kept[0])
        r = ctx.resolver
        problems = r.found
        reads: list[tuple[str, str]] = []
        outer = r.reads
        if outer is None:
            r.reads = reads
        try:
            with watched(reads):
                value = compute()
        finally:
            r.reads = outer
        figures = r.figures
        seen = tuple(dict.fromkeys(k for k, _ in reads))
        if r.found == problems and all(k in figures for k in seen):
            self._passes[key] = (value, tuple((k, _repr(figures[k])) for k in seen))
            while len(self._passes) > self.PASSES:
                self._passes.popitem(last=False)
        return value

    @staticmethod
    def deck(parts: Iterable[object]) -> str:
        """The digest of a deck's parts (its numbered sections, with their slides, and its
        closing): ``_digest`` of each, its outline nodes' kept from the last plan."""
        return _digest(tuple(parts))

    def plan(
        self,
        context: str,
        kind: str,
        spec: object,
        ctx: PlanContext,
        compute: Callable[[], Planned],
    ) -> Planned:
        """``compute()``, or what it gave last time for the same inputs."""
        runs = (
            (
                _run_digest(ctx.table_runs.get(spec.path)),
                _run_digest(ctx.kind_runs.get(spec.path)),
                # the bullet slides whose size a chart's bullets follow (``section_cap``), with
                # the runs that set it
                tuple(
                    _run_digest(ctx.kind_runs.get(s.path) or (s,))
                    for s in ctx.list_neighbours.get(spec.path, ())
                ),
            )
            if isinstance(spec, SlideSpec)
            else None
        )
        key = f"{context}\0{kind}\0{_digest(spec)}\0{runs!r}"
        key = hashlib.sha256(key.encode()).hexdigest()
        r = ctx.resolver
        kept = self._kept.get(key)
        if kept is not None and self._still(kept, ctx):
            for k, path in kept.reads:  # what the resolver would have noted (``Resolver.figure``)
                r.figure(k, _NOWHERE, path)  # a known figure: only noted as used
            self.hits += 1
            self._kept[key] = self._kept.pop(key)  # most recently used last
            return kept.planned
        self.misses += 1
        problems = r.found
        reads: list[tuple[str, str]] = []
        outer, r.reads = r.reads, reads
        try:
            planned = compute()
        finally:
            r.reads = outer
        if outer is not None:
            outer.extend(reads)
        if self.on_new is not None:
            self.on_new(planned)
        if r.found == problems and all(p.severity != "error" for p in planned.problems):
            self._keep(key, planned, reads, ctx)
        return planned

    def _keep(self, key: str, planned: Planned, reads: list, ctx: PlanContext) -> None:
        figures = ctx.resolver.figures
        try:
            pictures = tuple(
                (str(e.file), file_digest(e.file))
                for p in planned.slides
                for e in p.elements
                if isinstance(e, PictureBox)
            )
        except OSError:
            return
        seen = tuple(dict.fromkeys(k for k, _ in reads))
        if any(k not in figures for k in seen):
            return
        self._kept[key] = _Kept(
            planned, tuple(reads), tuple((k, _repr(figures[k])) for k in seen), pictures
        )
        while len(self._kept) > self.KEEP:
            del self._kept[next(iter(self._kept))]

    @staticmethod
    def _still(kept: _Kept, ctx: PlanContext) -> bool:
        if not _same_figures(kept.figures, ctx):
            return False
        try:
            return all(file_digest(f) == d for f, d in kept.pictures)
        except OSError:
            return False


def _same_figures(was: tuple[tuple[str, str], ...], ctx: PlanContext) -> bool:
    """Whether each figure of ``was`` (key, repr) is as it was."""
    figures = ctx.resolver.figures
    for k, then in was:
        fig = figures.get(k)
        if fig is None or _repr(fig) != then:
            return False
    return True


def _deck_wide(ctx: PlanContext) -> str:
    """The results of the deck-wide passes in ``ctx`` (their defaults before they are run)."""
    return "\0".join(
        (
            repr(ctx.kpi_stacked),  # every KPI slide's units (``kinds.kpis.deck_stacked``)
            repr(sorted(ctx.kpi_sizes.items())),  # their numbers' sizes (``deck_sizes``)
            repr(sorted(ctx.body_caps.items())),  # lists' growth (``bullets.deck_caps``)
            repr(ctx.section_title_pt),  # section titles' one size (``section.deck_title_size``)
            repr(ctx.section_share),  # their number column (``section.deck_share``)
        )
    )
