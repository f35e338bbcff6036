"""Where figures show in a laid-out deck and how a figure reads in a report (no I/O)."""

from __future__ import annotations

from .figures import Figure, format_figure
from .layout.model import SlidePlan

PLAN_WORD = {"vi": "KH", "en": "plan"}


def slide_numbers(
    plans: list[SlidePlan],
    paths: list[str],
    by_source: dict[str, list[int]] | None = None,
) -> tuple[int, ...]:
    """Slides showing any of the outline ``paths`` (the longest matching slide source wins);
    ``by_source``: ``slides_by_source(plans)``, when asked for many figures."""
    if by_source is None:
        by_source = slides_by_source(plans)
    out: set[int] = set()
    for path in paths:
        # the sources that match ``path``: itself, and each part of it before a "."
        ends = [len(path)] + [k for k in range(len(path) - 1, 0, -1) if path[k] == "."]
        for end in ends:
            found = by_source.get(path[:end])
            if found:
                out.update(found)
                break
    return tuple(sorted(out))


def slides_by_source(plans: list[SlidePlan]) -> dict[str, list[int]]:
    """Slide numbers (from 1) by the outline path of the slide they were planned from."""
    out: dict[str, list[int]] = {}
    for i, p in enumerate(plans):
        if p.source:
            out.setdefault(p.source, []).append(i + 1)
    return out


def show_figure(fig: Figure, lang: str) -> str:
    """A figure as reports show it: its value, and its plan after it."""
    s = format_figure(fig, lang)
    if fig.plan is not None:
        s += f" ({PLAN_WORD.get(lang, 'KH')} {format_figure(fig, lang, 'plan')})"
    return s
