"""`deckmaker draft`: a draft outline and figures file from a guidance document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem
from ..i18n import _
from .compose import DeckDraft, compose, unique_titles
from .reader import read_paragraphs
from .size import DEFAULT_SLIDES, built_slides, fit
from .structure import parse
from .writer import figures_yaml, outline_yaml

OUTLINE_FILE = "outline.yaml"
FIGURES_FILE = "figures.yaml"


@dataclass(frozen=True)
class DraftResult:
    """The two YAML texts, how many '# review:' comments they hold, and a one-line summary."""

    outline_yaml: str
    figures_yaml: str
    review_count: int
    summary: str
    sections: list[str]
    deck: DeckDraft
    warnings: tuple[Problem, ...] = ()
    """What was done to the document on the way, e.g. a conversion from TCVN3."""

    def write(self, directory: str | Path) -> tuple[Path, Path]:
        """Write ``outline.yaml`` and ``figures.yaml`` into ``directory`` (created if needed),
        each atomically; overwrites them (``deckmaker draft`` refuses to, without --force)."""
        from ..atomic import write_output

        out = Path(directory)
        outline, figures = out / OUTLINE_FILE, out / FIGURES_FILE
        write_output(outline, self.outline_yaml.encode("utf-8"))
        write_output(figures, self.figures_yaml.encode("utf-8"))
        return outline, figures


def draft(path: str | Path, slides: int | None = DEFAULT_SLIDES) -> DraftResult:
    """Draft a deck from a guidance document (.txt, .docx or .pdf) of at most ``slides`` built
    slides (title, section dividers, content, closing) where the slides with figures allow;
    ``None`` keeps every slide."""
    notes: list[Problem] = []
    deck = compose(parse(read_paragraphs(Path(path), notes)))
    if slides is not None:
        deck = fit(deck, slides)
    deck = unique_titles(deck)
    outline_text, outline_reviews = outline_yaml(deck, FIGURES_FILE)
    figures_text, figure_reviews = figures_yaml(deck.figures)
    reviews = outline_reviews + figure_reviews
    slides = sum(len(s.slides) for s in deck.sections)
    summary = _(
        "drafted {n} sections, {slides} slides ({built} in the built deck) and {n2} figures; "
        "{reviews} items to review ({outline_reviews} in {OUTLINE_FILE}, {figure_reviews} in "
        "{FIGURES_FILE}: search for '# review:')"
    ).format(
        n=len(deck.sections),
        slides=slides,
        built=built_slides(deck),
        n2=len(deck.figures),
        reviews=reviews,
        outline_reviews=outline_reviews,
        OUTLINE_FILE=OUTLINE_FILE,
        figure_reviews=figure_reviews,
        FIGURES_FILE=FIGURES_FILE,
    )
    return DraftResult(
        outline_yaml=outline_text,
        figures_yaml=figures_text,
        review_count=reviews,
        summary=summary,
        sections=[s.title for s in deck.sections],
        deck=deck,
        warnings=tuple(notes),
    )


__all__ = ["DEFAULT_SLIDES", "DraftResult", "built_slides", "draft"]
