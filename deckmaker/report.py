"""What a deck's figures are, where they are used, and what changed between two versions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DeckmakerError, Location, Problem, display_path
from .figures import Figure, load_figures
from .i18n import _, ngettext
from .source import MAX_FILE_BYTES, not_regular, special_file
from .usage import show_figure, slide_numbers

if TYPE_CHECKING:
    from .record import Record

MAX_DECK_BYTES = 200 * 1024 * 1024
"""The largest deck ``diff`` reads whole (a theme package's bound, deckmaker/theme/package.py)."""


def _unknown_figure(message: str) -> re.Match[str] | None:
    """The message of a reference to a figure the figures file does not define (in the
    interface language: resolve writes it with ``_``); its group 1 is the key."""
    pattern = re.escape(_("unknown figure '{key}'{where}"))
    pattern = pattern.replace(re.escape("{key}"), "([^'\"“”‘’]+)", 1)
    return re.match(pattern.replace(re.escape("{where}"), ".*", 1), message, re.S)


@dataclass(frozen=True)
class Usage:
    figures: dict[str, Figure]
    slides: dict[str, tuple[int, ...]]  # key -> slide numbers (1-based)
    unused: tuple[str, ...]
    undefined: tuple[Problem, ...]
    lang: str
    planned: bool = True
    """False when undefined figures kept the deck from being laid out: no slide numbers."""


def figure_usage(outline: str | Path, figures: str | Path | None = None) -> Usage:
    from .pipeline import load_inputs, plan

    try:
        inputs = load_inputs(outline, None, figures)
    except DeckmakerError as exc:
        undefined = [p for p in exc.problems if _unknown_figure(p.message)]
        if len(undefined) != len(exc.problems):
            raise
        from .outline import load_outline
        from .resolve import Resolver, check_references

        deck = load_outline(outline)
        source = figures or deck.info.figures
        figs = load_figures(source) if source else {}
        resolver = Resolver(figs, deck.info.language)
        check_references(deck, resolver)  # records the figures used, without a layout
        unused = tuple(k for k in figs if k not in resolver.used)
        return Usage(figs, {}, unused, tuple(undefined), deck.info.language, planned=False)
    plans = plan(inputs)
    used = inputs.resolver.used
    slides = {k: slide_numbers(plans, paths) for k, paths in used.items()}
    unused = tuple(k for k in inputs.figures if k not in used)
    return Usage(inputs.figures, slides, unused, (), inputs.deck.info.language)


def _slides(nums: tuple[int, ...]) -> str:
    """ "slide 4", "slides 3, 4", or "slides -" when there are none."""
    numbers = ", ".join(str(n) for n in nums) if nums else "-"
    return ngettext("slide {numbers}", "slides {numbers}", len(nums) or 2).format(numbers=numbers)


"""How a figure's plan is introduced, per deck language."""


def format_usage(u: Usage) -> str:
    rows = []
    width = max((len(k) for k in u.figures), default=3)
    for key, fig in u.figures.items():
        value = _show(fig, u.lang)
        if key in u.unused:
            where = _("UNUSED")
        elif not u.planned:
            where = _("used")
        else:
            where = _slides(u.slides.get(key, ()))
        rows.append(f"{key:<{width}}  {fig.label}: {value}  — {where}")
    for p in u.undefined:
        rows.append(p.format())
    if not u.planned:
        rows.append(_("slide numbers are shown once every figure used is defined"))
    rows.append(
        _("{n} figures, {n2} unused, {n3} undefined").format(
            n=len(u.figures), n2=len(u.unused), n3=len(u.undefined)
        )
    )
    return "\n".join(rows)


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    kind: str  # changed | added | removed
    before: str
    after: str
    slides: tuple[int, ...]


def _is_outline(path: Path) -> bool:
    return path.is_dir() or (path.suffix in (".yaml", ".yml") and _has_deck(path))


def _has_deck(path: Path) -> bool:
    if special_file(path):
        return False  # the figures reader says why
    try:
        with path.open("rb") as f:
            head = f.read(MAX_FILE_BYTES).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    return any(line.startswith("deck:") for line in head.splitlines())


def _figures_of(path: Path) -> tuple[dict[str, Figure], str]:
    if _is_outline(path):
        from .outline import load_outline

        deck = load_outline(path)
        if deck.info.figures is None:
            raise DeckmakerError(
                Problem(
                    Location(display_path(path)),
                    _("the outline names no figures file"),
                    hint=_("compare two figures files"),
                )
            )
        return load_figures(deck.info.figures), deck.info.language
    return load_figures(path), "vi"


_show = show_figure


def names_slides(new: Path, outline: Path | None) -> bool:
    """Whether :func:`diff_figures` can name slides: an outline is given, or NEW is one."""
    return outline is not None or _is_outline(new)


def diff_figures(old: Path, new: Path, outline: Path | None = None) -> list[Change]:
    before, _ = _figures_of(old)
    after, lang = _figures_of(new)
    slides: dict[str, tuple[int, ...]] = {}
    undefined: set[str] = set()
    target = outline or (new if _is_outline(new) else None)
    if target is not None:
        usage = figure_usage(target, None if _is_outline(new) else new)
        lang = usage.lang
        # A figure the new file no longer defines breaks the new build: name its slides from
        # the old figures, where it still resolves.
        old_target = old if outline is None and _is_outline(old) else target
        try:
            previous = figure_usage(old_target, None if _is_outline(old) else old)
        except DeckmakerError:
            previous = Usage({}, {}, (), (), lang)
        slides = {**previous.slides, **usage.slides}
        undefined = {m.group(1) for p in usage.undefined if (m := _unknown_figure(p.message))}
    out = []
    for key in list(before) + [k for k in after if k not in before]:
        b, a = before.get(key), after.get(key)
        if b and a:
            if (b.value, b.plan, b.unit, b.label) != (a.value, a.plan, a.unit, a.label):
                out.append(
                    Change(
                        key, a.label, "changed", _show(b, lang), _show(a, lang), slides.get(key, ())
                    )
                )
        elif a:
            out.append(Change(key, a.label, "added", "", _show(a, lang), slides.get(key, ())))
        elif b:
            used = slides.get(key, ()) if key in undefined else ()
            out.append(Change(key, b.label, "removed", _show(b, lang), "", used))
    return out


def format_diff(changes: list[Change], slides_known: bool = True) -> str:
    """The changes, one a line, then which slides to re-read; ``slides_known`` is False when no
    outline was given (so no slide numbers could be found)."""
    if not changes:
        return _("no figure changed")
    rows = []
    for c in changes:
        where = f"  — {_slides(c.slides)}" if c.slides else ""
        if c.kind == "changed":
            rows.append(f"~ {c.key}  {c.label}: {c.before} → {c.after}{where}")
        elif c.kind == "added":
            rows.append(f"+ {c.key}  {c.label}: {c.after}{where}")
        elif c.slides:
            rows.append(
                _("- {key}  {label}: {before}{where} (still used: define it again)").format(
                    key=c.key, label=c.label, before=c.before, where=where
                )
            )
        else:
            rows.append(f"- {c.key}  {c.label}: {c.before}")
    slides = sorted({n for c in changes for n in c.slides})
    if slides:
        advice = _("re-read {slides}").format(slides=_slides(tuple(slides)))
    elif slides_known:
        advice = _("no slide shows them")
    else:
        advice = _("give --outline to see which slides to re-read")
    rows.append(_("{n} figure(s) changed; {advice}").format(n=len(changes), advice=advice))
    return "\n".join(rows)


def diff_since_build(
    deck: Path, new: Path | None = None, outline: Path | None = None
) -> list[Change]:
    """The figures that changed since ``deck`` was built: those it records against today's.

    ``new`` is an outline, or a figures file to use instead of the outline's; ``outline`` names
    the outline when ``new`` is a figures file. By default the outline is the one ``deck`` was
    last built from (the cache's note of :func:`remember`).
    """
    from .guard import last_build
    from .record import read_record

    figures = None
    if new is not None and _is_outline(new):
        outline = new
    elif new is not None:
        figures = new

    where = Location(display_path(deck))
    if special_file(deck):
        raise DeckmakerError(not_regular(display_path(deck)))
    try:
        with deck.open("rb") as f:
            data = f.read(MAX_DECK_BYTES + 1)
        if len(data) > MAX_DECK_BYTES:
            raise DeckmakerError(
                Problem(
                    where,
                    _("the file is larger than {value} MB").format(
                        value=MAX_DECK_BYTES // (1024 * 1024)
                    ),
                    hint=_("a deck built by deckmaker is far smaller: check the file name"),
                )
            )
    except OSError as exc:
        raise DeckmakerError(
            Problem(
                where,
                _("cannot read the deck: {value}").format(value=exc.strerror or exc),
                hint=_("build it first"),
            )
        ) from exc
    record = read_record(data)
    if record is None:
        raise DeckmakerError(
            Problem(
                where,
                _("this deck has no deckmaker record of its figures"),
                hint=_(
                    "it was not built by this version of deckmaker; compare two figures files "
                    "instead: deckmaker diff OLD.yaml NEW.yaml"
                ),
            )
        )
    if outline is None:
        entry = last_build(deck) or {}
        if not entry.get("outline"):
            raise DeckmakerError(
                Problem(
                    where,
                    _("which outline was this deck built from?"),
                    hint=_(
                        "name it: deckmaker diff {deck} OUTLINE (it was built elsewhere, or the "
                        "cache was cleared)"
                    ).format(deck=display_path(deck)),
                )
            )
        outline = Path(entry["outline"])
    usage = figure_usage(outline, figures)
    if usage.undefined:
        raise DeckmakerError(list(usage.undefined))
    where_now = _slides_now(data, record)
    out: list[Change] = []
    for key in sorted(set(record.figures) | set(usage.slides)):
        old = record.figures.get(key)
        fig = usage.figures.get(key)
        used = key in usage.slides
        if old is not None and fig is not None and used:
            shown = show_figure(fig, usage.lang)
            if shown != old.value:
                # where the built deck showed it, at the place each of those slides has now
                slides = where_now(old.slides) if old.slides else usage.slides.get(key, ())
                out.append(Change(key, fig.label, "changed", old.value, shown, slides))
        elif old is None and fig is not None:
            shown = show_figure(fig, usage.lang)
            out.append(Change(key, fig.label, "added", "", shown, usage.slides.get(key, ())))
        elif old is not None:
            out.append(Change(key, old.label, "removed", old.value, "", ()))
    return out


def _slides_now(data: bytes, record: Record) -> Callable[[tuple[int, ...]], tuple[int, ...]]:
    """Built slide numbers to the numbers those slides have in the deck now: a presenter may
    have moved, added or deleted slides (in PowerPoint or LibreOffice) since the build. A slide
    deleted since is left out; a deck that cannot be read keeps the numbers as built."""
    from .guard import pair_slides
    from .writer.record import read_deck

    try:
        state = read_deck(data, record)
    except ValueError:
        return lambda built: built
    match = pair_slides(record, state.slides, state.slides_saved_again)
    if not (match.moved or match.deleted or match.added):
        return lambda built: built

    def now(built: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(sorted(n for n in map(match.now_of, built) if n is not None))

    return now
