"""Where figures show in a laid-out deck and how a figure reads in a report (no I/O)."""

from __future__ import annotations

from .figures import Figure, format_figure
from .layout.model import SlidePlan

PLAN_WORD = {"vi": "KH", "en": "plan"}


def slide_numbers(plans: list[SlidePlan], paths: list[str]) -> tuple[int, ...]:
    """Slides showing any of the outline ``paths`` (the longest matching slide source wins)."""
    out: set[int] = set()
    for path in paths:
        best = ""
        for p in plans:
            s = p.source
            if s and (path == s or path.startswith(s + ".")) and len(s) > len(best):
                best = s
        out |= {i + 1 for i, p in enumerate(plans) if best and p.source == best}
    return tuple(sorted(out))


def show_figure(fig: Figure, lang: str) -> str:
    """A figure as reports show it: its value, and its plan after it."""
    s = format_figure(fig, lang)
    if fig.plan is not None:
        s += f" ({PLAN_WORD.get(lang, 'KH')} {format_figure(fig, lang, 'plan')})"
    return s
