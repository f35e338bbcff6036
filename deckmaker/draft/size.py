"""A presenter-sized draft: at most N slides, the parts with figures kept.

A drafted deck has one slide per six bullets of every part of the document; a long plan gives
a hundred slides. ``fit`` brings it down to a budget counted as the built deck counts it (the
title slide, one divider per section, the content slides and the closing slide), in steps that
lose the least for a presenter, each step only as far as the budget needs:

0. a table longer than a slide keeps the rows of its first slide, the other rows in its notes
   (an annex of 77 rates, item by item, is fifteen slides a presenter never shows; its figures
   stay in figures.yaml);
1. continuation slides of a long list without figures go into the notes of the list's first
   slide;
2. a section without figures becomes one slide, the rest of its text in that slide's notes;
3. slides without figures go into the notes of the slide before them of the same part;
4. bullet slides whose every figure a chart or KPI card of the same section shows go into the
   notes of the slide before;
5. slides without figures go into the notes of the slide before them in their section, of
   whatever part;
6. continuation slides of a part that has a chart of its own go into the notes of the slide
   before (the part keeps its first slide and its charts): the one step that folds figures a
   chart may not show, so it comes after the steps inside sections that fold none (drafted
   charts keep to one enumeration, so a part's chart shows fewer of its figures than it did);
7. last, a one-slide section without figures joins the section before it when both are parts
   of one top-level part of the document (one divider fewer). The document's top-level parts
   (and a resolution's articles) always keep their sections.

Slides that show a figure (a ``{key}`` in a bullet, a chart, KPI cards) are kept, but for the
continuation slides of step 6; when they alone exceed the budget the deck says so in a review
comment. No text is lost: what leaves
a slide goes into the notes of the slide that takes its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..i18n import N_, later
from ..outline.model import AGENDA_SECTIONS
from .compose import (
    CONTINUED,
    DeckDraft,
    SectionDraft,
    SlideDraft,
    distinct_titles,
    divided,
)

DEFAULT_SLIDES = 35
"""The default size of a drafted deck (built slides): a 30-40 minute talk."""
MIN_SLIDES = 5

_FIXED = 2  # the title slide and the closing slide
TABLE_ROWS = 5
"""About the rows a built table slide holds (the builder measures the cells and splits a longer
table onto '(tiếp)' slides): a drafted table counts one slide for each so many rows."""


def built_slides(deck: DeckDraft) -> int:
    """How many slides the built deck has: title, the agenda (a drafted outline leaves
    ``deck.agenda`` at auto: one when there are enough sections), a divider per section (none in
    a deck of one section: ``compose.divided``), content, closing."""
    return _count(list(deck.sections))


def has_figures(slide: SlideDraft) -> bool:
    return bool(
        slide.chart
        or slide.kpis
        or slide.table
        or any(re.search(r"(?<!\{)\{\w", b) for b in slide.bullets)
    )


def fit(deck: DeckDraft, budget: int) -> DeckDraft:
    """``deck`` with at most ``budget`` built slides where that can be done without dropping a
    slide that shows a figure; see the module text for the steps."""
    before = built_slides(deck)
    sections = list(deck.sections)
    steps = (
        _cut_long_tables,
        _fold_continuations,
        _fold_sections,
        _fold_plain_slides,
        _fold_charted_slides,
        _fold_plain_in_sections,
        _fold_charted_parts,
        _join_small_sections,
    )
    for step in steps:
        if _count(sections) <= budget:
            break
        sections = step(sections, budget)
    sections = distinct_titles(sections)
    after = _count(sections)
    if after == before:
        return deck
    review = [
        later(
            N_(
                "deck condensed from {before} to {after} slides (--slides {budget}); "
                "the text of the slides left out is in the notes of the slides before them"
            ),
            before=before,
            after=after,
            budget=budget,
        )
    ]
    if after > budget:
        review.append(
            later(
                N_(
                    "{after} slides still: the slides that show figures alone exceed "
                    "{budget}; merge or drop some by hand"
                ),
                after=after,
                budget=budget,
            )
        )
    return replace(deck, sections=tuple(sections), review=(*deck.review, *review))


def _count(sections: list[SectionDraft]) -> int:
    agenda = 1 if len(sections) >= AGENDA_SECTIONS else 0
    dividers = len(sections) if divided(sections) else 0
    return _FIXED + agenda + dividers + sum(_pages(sl) for s in sections for sl in s.slides)


def _pages(slide: SlideDraft) -> int:
    """The slides ``slide`` is built as: a long table's rows go on over several."""
    if slide.table is None:
        return 1
    return max(1, -(-len(slide.table.rows) // TABLE_ROWS))


def _fold_into(target: SlideDraft, folded: list[SlideDraft]) -> SlideDraft:
    """``target`` with the bullets and notes of ``folded`` slides added to its notes."""
    extra = []
    for slide in folded:
        text = slide.notes or "\n".join(f"- {b}" for b in slide.bullets)
        if text and text not in target.notes:
            extra.append(text)
    if not extra:
        return target
    notes = "\n\n".join([target.notes, *extra]) if target.notes else "\n\n".join(extra)
    return replace(target, notes=notes)


def _fold_where(
    sections: list[SectionDraft],
    budget: int,
    rule: Callable[[SectionDraft], Callable[[SlideDraft, SlideDraft], bool]],
) -> list[SectionDraft]:
    """Section by section, while the deck is over ``budget``, fold each slide that
    ``rule(section)(kept, slide)`` allows into the notes of the slide kept before it."""
    out = list(sections)
    excess = _count(out) - budget
    for i, sec in enumerate(out):
        if excess <= 0:
            break
        may_fold = rule(sec)
        slides: list[SlideDraft] = []
        for slide in sec.slides:
            if excess > 0 and slides and may_fold(slides[-1], slide):
                slides[-1] = _fold_into(slides[-1], [slide])
                excess -= 1
            else:
                slides.append(slide)
        out[i] = replace(sec, slides=tuple(slides))
    return out


def _fold_continuations(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 1: '(tiếp)' slides without figures into their list's first slide."""

    def rule(sec: SectionDraft) -> Callable[[SlideDraft, SlideDraft], bool]:
        def may_fold(kept: SlideDraft, slide: SlideDraft) -> bool:
            base = CONTINUED.sub("", slide.title)
            return (
                slide.title != base
                and CONTINUED.sub("", kept.title) == base
                and not has_figures(slide)
            )

        return may_fold

    return _fold_where(sections, budget, rule)


def _cut_long_tables(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 0: a table of more rows than a slide holds keeps its first slide's rows, the others
    in its slide's notes; the longest tables first, while the deck is over the budget."""
    out = [list(sec.slides) for sec in sections]
    long = [(i, j) for i, sec in enumerate(out) for j, slide in enumerate(sec) if _pages(slide) > 1]
    for i, j in sorted(long, key=lambda at: -_pages(out[at[0]][at[1]])):
        now = [replace(s, slides=tuple(o)) for s, o in zip(sections, out, strict=True)]
        if _count(now) <= budget:
            break
        slide = out[i][j]
        table = slide.table
        if table is None:
            continue
        # a table of many slides is never shown whole: its first slide, the rest to read
        kept, cut = table.rows[:TABLE_ROWS], table.rows[TABLE_ROWS:]
        rows = "\n".join(" | ".join(cell for cell in row) for row in cut)
        notes = "\n\n".join(n for n in (slide.notes, rows) if n)
        remark = later(
            N_(
                "table cut to its first {n} rows of {of} for the slide budget; the other rows "
                "are in the notes: keep the rows the audience needs"
            ),
            n=len(kept),
            of=len(table.rows),
        )
        out[i][j] = replace(
            slide,
            table=replace(table, rows=kept),
            notes=notes,
            review=(*slide.review, remark),
        )
    return [replace(sec, slides=tuple(o)) for sec, o in zip(sections, out, strict=True)]


def _fold_sections(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 2: a section without figures becomes its first slide, the rest in its notes;
    the longest such sections first."""
    out = list(sections)
    plain = [i for i, s in enumerate(out) if not any(has_figures(sl) for sl in s.slides)]
    for i in sorted(plain, key=lambda i: -len(out[i].slides)):
        excess = _count(out) - budget
        if excess <= 0:
            break
        sec = out[i]
        if len(sec.slides) < 2:
            continue
        keep = max(1, len(sec.slides) - excess)
        first = _fold_into(sec.slides[keep - 1], list(sec.slides[keep:]))
        title = CONTINUED.sub("", first.title)
        out[i] = replace(sec, slides=(*sec.slides[: keep - 1], replace(first, title=title)))
    return out


def _join_small_sections(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 7: a one-slide section without figures joins the section before it, a part of
    the same top-level part; a top-level part is never joined to another."""
    out: list[SectionDraft] = []
    excess = _count(sections) - budget
    for sec in sections:
        small = len(sec.slides) == 1 and not has_figures(sec.slides[0])
        if excess > 0 and out and small and sec.parent and sec.parent == out[-1].parent:
            slide = sec.slides[0]
            if slide.title == out[-1].slides[-1].title:
                slide = replace(slide, title=sec.title)
            remark = later(
                N_("was the section '{title}' ({subtitle}) of its own"),
                title=sec.title,
                subtitle=sec.cited or sec.subtitle,
            )
            slide = replace(slide, review=(*slide.review, remark))
            out[-1] = replace(out[-1], slides=(*out[-1].slides, slide))
            excess -= 1
        else:
            out.append(sec)
    return out


def _fold_charted_slides(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 4: bullet slides whose figures all appear on a chart or KPI slide of the section."""

    def rule(sec: SectionDraft) -> Callable[[SlideDraft, SlideDraft], bool]:
        shown = {
            k for sl in sec.slides for k in (*(sl.chart.figures if sl.chart else ()), *sl.kpis)
        }

        def may_fold(kept: SlideDraft, slide: SlideDraft) -> bool:
            keys = {k for b in slide.bullets for k in re.findall(r"(?<!\{)\{(\w+)", b)}
            return bool(keys) and keys <= shown and not slide.chart

        return may_fold

    return _fold_where(sections, budget, rule)


def _fold_charted_parts(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 6: '(tiếp)' slides of a part that has a chart slide of its own."""

    def rule(sec: SectionDraft) -> Callable[[SlideDraft, SlideDraft], bool]:
        charted = {
            CONTINUED.sub("", sl.chart.title).rsplit(" (", 1)[0] for sl in sec.slides if sl.chart
        }
        # the slides between a charted part's first slide and its chart, whatever their titles
        # (a long part's slides titled by its run-in heads, 'Về xã hội', 'Về môi trường, đô thị')
        within: set[int] = set()
        for at, chart in enumerate(sec.slides):
            if chart.chart is None:
                continue
            head = CONTINUED.sub("", chart.chart.title).rsplit(" (", 1)[0]
            first = next(
                (
                    k
                    for k in range(at - 1, -1, -1)
                    if CONTINUED.sub("", sec.slides[k].title) == head
                ),
                None,
            )
            if first is not None:
                within.update(id(sl) for sl in sec.slides[first + 1 : at] if not sl.chart)

        def may_fold(kept: SlideDraft, slide: SlideDraft) -> bool:
            base = CONTINUED.sub("", slide.title)
            if slide.chart:
                return False
            return (slide.title != base and base in charted) or id(slide) in within

        return may_fold

    return _fold_where(sections, budget, rule)


def _fold_plain_slides(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 3: slides without figures go into the notes of the slide before them, of the same
    part of the document."""

    def rule(sec: SectionDraft) -> Callable[[SlideDraft, SlideDraft], bool]:
        def may_fold(kept: SlideDraft, slide: SlideDraft) -> bool:
            same_part = CONTINUED.sub("", kept.title) == CONTINUED.sub("", slide.title)
            return same_part and not has_figures(slide)

        return may_fold

    return _fold_where(sections, budget, rule)


def _fold_plain_in_sections(sections: list[SectionDraft], budget: int) -> list[SectionDraft]:
    """Step 5: slides without figures go into the notes of the slide before them in their
    section, whichever part they are of (the section keeps its divider)."""

    def rule(sec: SectionDraft) -> Callable[[SlideDraft, SlideDraft], bool]:
        return lambda kept, slide: not has_figures(slide)

    return _fold_where(sections, budget, rule)
