"""Errors raised by deckmaker: every input problem carries a location, a path and a hint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .i18n import N_, _


@dataclass(frozen=True, order=True)
class Location:
    """A place in a user's file; ``line`` and ``col`` are 1-based (0 means unknown)."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.col or 1}"
        return self.file

    @classmethod
    def of(cls, path: str | Path, line: int = 0, col: int = 0) -> Location:
        return cls(display_path(path), line, col)


def display_path(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when possible."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


@dataclass(frozen=True)
class Problem:
    """One problem found in the inputs."""

    location: Location
    message: str
    path: str = ""  # where in the document, e.g. ``sections[2].slides[4].chart.type``
    hint: str = ""
    severity: str = "error"  # "error", "warning", or "note" (shown only when asked for)
    slide: int = 0
    """The number of the deck slide the problem is on (1-based; 0 when not known)."""
    part: int = 0
    """The part of a continued slide the problem is on, as ``SlidePlan.continued`` counts
    (0: the first, or a slide that does not continue); the deck slide numbered for it is that
    part's (``pipeline.numbered``)."""

    @property
    def place(self) -> str:
        """``path`` as a presenter counts, from 1: "section 2, slide 3, bullet 1", with the deck
        slide number when it is known ("slide 7 of the deck")."""
        words = []
        for part in self.path.split(".") if self.path else []:
            for m in _INDEXED.finditer(part):
                name, index = m.group(1) or "item", m.group(2)
                if not m.group(0):
                    continue
                if index is None:
                    words.append(name)
                else:
                    item = _(_ITEM[name]) if name in _ITEM else name
                    words.append(_("{item} {number}").format(item=item, number=int(index) + 1))
        place = ", ".join(_join_names(words))
        if self.slide:
            if place:
                place += _(" (slide {number} of the deck)").format(number=self.slide)
            else:
                place = _("slide {number}").format(number=self.slide)
        return place

    def format(self) -> str:
        # "error:" and "warning:" stay English in every language: editors (VS Code's problem
        # matchers, Emacs' compilation mode) find a located problem by these words.
        lines = [f"{self.location}: {self.severity}: {self.message}"]
        if self.path or self.slide:
            lines.append(_("  at: {place}").format(place=self.place))
        if self.hint:
            lines.append(_("  hint: {hint}").format(hint=self.hint))
        return "\n".join(lines)


_INDEXED = re.compile(r"([^\[\]]*)(?:\[(\d+)\])?")
_ITEM = {
    "sections": N_("section"),
    "slides": N_("slide"),
    "bullets": N_("bullet"),
    "items": N_("item"),
    "kpis": N_("KPI card"),
    "rows": N_("row"),
    "columns": N_("column"),
    "series": N_("series"),
    "categories": N_("category"),
    "values": N_("value"),
    "figures": N_("figure"),
}


def _join_names(words: list[str]) -> list[str]:
    """Counted items stay apart ("section 1", "slide 2"); plain keys after them are joined
    back with dots ("chart.type")."""
    out: list[str] = []
    for w in words:
        if out and " " not in w and " " not in out[-1]:
            out[-1] += "." + w
        else:
            out.append(w)
    return out


class DeckmakerError(Exception):
    """Root of deckmaker's errors; carries one or more located problems."""

    def __init__(self, problems: Problem | list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem(Location("deckmaker"), problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        # in reading order: by file, line and column (a problem's order otherwise kept)
        self.problems: list[Problem] = sorted(problems, key=lambda p: p.location)
        super().__init__(self.format())

    def format(self) -> str:
        return "\n".join(p.format() for p in self.problems)

    def __reduce__(self) -> tuple[Any, ...]:
        # the problems themselves cross a process (a chart worker's error): pickling the
        # formatted message made it a problem located at "deckmaker", said twice
        return (_remade, (type(self), self.problems))


def _remade(cls: type[DeckmakerError], problems: list[Problem]) -> DeckmakerError:
    error = cls.__new__(cls)
    DeckmakerError.__init__(error, problems)
    return error


class OutlineError(DeckmakerError):
    """A problem in an outline file."""


class DataError(DeckmakerError):
    """A problem in a figures file or in chart data."""


class ThemeError(DeckmakerError):
    """A problem in a theme or a template."""


class InputsError(DeckmakerError):
    """Problems in more than one input at once (say the outline and its figures file): every
    problem is in ``problems``; ``errors`` holds one error of the right class per input
    (``OutlineError``, ``DataError``, ``ThemeError``). When every problem is in one input, that
    input's own error class is raised instead."""

    def __init__(self, errors: list[DeckmakerError]):
        super().__init__([p for e in errors for p in e.problems])
        self.errors: list[DeckmakerError] = list(errors)


class OutputError(DeckmakerError):
    """A file deckmaker was asked to write could not be written (full disk, read-only folder,
    a folder in the way); the earlier file at that path is left as it was."""


class RenderError(DeckmakerError):
    """A problem while rendering (LibreOffice, fonts, charts)."""


class ChartFitError(RenderError):
    """A chart whose text fits its box at no size the theme allows; the build says it at the
    outline's chart that asks for it (``pipeline``), with what to do."""


class LayoutError(DeckmakerError):
    """Content that cannot be laid out (e.g. one bullet too long for any slide)."""


def did_you_mean(word: str, known: list[str] | tuple[str, ...], most: int = 12) -> str:
    """A hint naming the closest known word, and the known words: all of them when there are
    at most ``most``, else only the few closest to ``word`` (a long list hides the answer)."""
    import difflib

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    if len(known) <= most:
        listing = _("known: {names}").format(names=", ".join(sorted(known)))
    else:
        score = {k: difflib.SequenceMatcher(None, word, k).ratio() for k in known}
        nearest = sorted((k for k in known if score[k] >= 0.5), key=lambda k: (-score[k], k))
        listing = (
            _("closest of the {count} known: {names}").format(
                count=len(known), names=", ".join(nearest[:5])
            )
            if nearest
            else _("none of the {count} known is close").format(count=len(known))
        )
    if close:
        return _("did you mean '{word}'? {listing}").format(word=close[0], listing=listing)
    return listing
