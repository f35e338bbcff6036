"""``themes check``: build the probe deck (every slide kind) on a theme, as ``build`` would."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DeckmakerError, Problem
from .kinds import KINDS
from .locate import PREVIEW_SAMPLE
from .theme.model import Theme

PROBE_OUTLINE = PREVIEW_SAMPLE.parent / "probe.yaml"
"""Every slide kind once (a quote with a title and one without): what ``themes check`` builds."""


@dataclass
class Probe:
    """What building the probe deck on a theme found."""

    theme: Theme
    errors: list[Problem] = field(default_factory=list)
    """What stops a build: the same problems ``deckmaker build`` reports."""
    warnings: list[Problem] = field(default_factory=list)
    layouts: dict[str, str] = field(default_factory=dict)
    """Slide kind to the template layout it is built on (with ``(stand-in)`` when it is one)."""
    slides: int = 0


def probe_theme(theme: Theme) -> Probe:
    """Lay out, draw and write the probe deck on ``theme`` through ``build_deck`` (nothing is
    kept); its errors are the ones a build on this theme would stop with."""
    from .pipeline import build_deck

    probe = Probe(theme)
    if theme.template is not None:
        from .theme.template import role_layouts

        try:
            chosen = role_layouts(theme)
        except DeckmakerError as exc:
            probe.errors += exc.problems
            return probe
        for kind in KINDS.values():
            c = chosen.get(kind.layout)
            if c is not None and c.layout is not None:
                probe.layouts[kind.name] = c.layout.name + (" (stand-in)" if c.fallback else "")
        # a quote without a title is on the quote's layout too: the quote is its title
        from .theme.template import TWO_CONTENT, layout_boxes, open_presentation, two_content

        two = two_content(open_presentation(theme.template), theme)
        if two is not None and layout_boxes(theme, TWO_CONTENT):  # charts with bullets in
            # the template's two columns
            probe.layouts["chart-bullets"] = two.layout.name
    with tempfile.TemporaryDirectory(prefix="deckmaker-probe-") as tmp:
        try:
            result = build_deck(
                PROBE_OUTLINE, Path(tmp) / "probe.pptx", theme, cache=False, warnings=probe.warnings
            )
            probe.slides = result.slides
        except DeckmakerError as exc:
            probe.errors += exc.problems
    probe.warnings = [w for w in probe.warnings if w.severity == "warning" and not _about_probe(w)]
    return probe


def _about_probe(problem: Problem) -> bool:
    """A remark on the probe deck's own text, not on the theme."""
    return problem.location.file.endswith(PROBE_OUTLINE.name)
