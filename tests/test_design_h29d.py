"""Issue 14, number cards and charts a designer would sign (h29d):

- a chart's category names set under its base size for want of room take its values to
  at most their size over ``layout.NAME_SHARE`` and its value axis to their size (coreoz 16:
  names at 16 pt beside values and an axis at 20);
- a number card's name is one phrase read at a glance under its number: its lines never cut
  a term of the genre ("GRDP bình quân / đầu người", "Tổng vốn đầu tư / phát triển toàn xã
  hội", tuong-phan 15 and 32). Where the set's columns cut one, they are shared out again by
  what the names need with their terms whole, when that keeps the numbers' size, the names'
  within ``kpis.WHOLE_GIVE`` and the cards in the body; the gap between the columns may close
  to ``kpis.GUTTER_GIVE`` of the theme's for it (tuong-phan 15: 0.2 in short at 0.3).

The lines are LibreOffice's own, read from the PDF it renders of the written deck."""

from __future__ import annotations

import pytest
from pptx import Presentation

from deckmaker.charts.kinds.layout import NAME_SHARE, visible_texts_of
from deckmaker.layout import terms
from deckmaker.layout.kinds.kpis import GUTTER_GIVE

from .chart_boxes import chart_boxes, drawn
from .conftest import SAMPLE, rendered_pairs
from .template_corpus import theme_named

THEMES = ["default", "co-do", "tuong-phan"]
"""coreoz's 4:3 slide (9 in of body at its 18-pt minimum) cannot hold three cards a row with
"Tổng vốn đầu tư phát triển" whole: its 15 and 32 take two a row on three rows instead
(``kpis._terms_kept``, tests/test_kpi_grid_s25.py)."""
NBSP = "\u00a0"


def _cards(slide) -> list:
    return sorted(
        (sh for sh in slide.shapes if sh.name.startswith("KPI Card")),
        key=lambda sh: (int(sh.top), int(sh.left)),
    )


@pytest.mark.render
@pytest.mark.parametrize("name", THEMES)
def test_rendered_card_names_keep_their_terms_whole(name, sample_decks, tmp_path, soffice):
    """LibreOffice's lines on every number-card slide of the sample deck never break inside a
    term of ``terms.txt``: tuong-phan 15 read "GRDP bình quân / đầu người" and 32 "Tổng vốn
    đầu tư / phát triển toàn xã hội" on main. The gaps between the cards of a row stay at
    least ``GUTTER_GIVE`` of the theme's, all alike."""
    deck = sample_decks(name)
    slides = list(Presentation(str(deck)).slides)
    cards = {n for n, slide in enumerate(slides, 1) if _cards(slide)}
    assert len(cards) >= 2, (name, cards)
    labels = [
        sh.text_frame.text.replace(NBSP, " ")
        for n in cards
        for sh in slides[n - 1].shapes
        if sh.name.startswith("KPI Label")
    ]
    assert any("bình quân đầu người" in lb for lb in labels), (name, labels)
    pairs = rendered_pairs(deck, tmp_path)
    assert terms.inside(["grdp", "bình", "quân"], ["đầu", "người"])
    bad = [
        (page, a, b)
        for page, a, b in pairs
        if page in cards and terms.inside(a.lower().split(), b.lower().split())
    ]
    assert bad == [], (name, bad)
    gaps = {}
    for n in cards:
        rows: dict[int, list] = {}
        for sh in _cards(slides[n - 1]):
            rows.setdefault(int(sh.top), []).append(sh)
        gaps[n] = {
            int(b.left) - int(a.left) - int(a.width)
            for row in rows.values()
            for a, b in zip(row, row[1:])
        }
        assert max(gaps[n], default=0) - min(gaps[n], default=0) <= 12700, (name, n, gaps[n])
    widest = max(g for each in gaps.values() for g in each)
    assert all(g >= widest * GUTTER_GIVE - 12700 for each in gaps.values() for g in each), gaps


@pytest.mark.parametrize("name", [*THEMES, "coreoz"])
def test_a_charts_values_and_axis_follow_its_names_down(name, tmp_path_factory):
    """Category names set under the chart's base size for want of room take the values
    beside them to at most their size over ``NAME_SHARE`` and the value axis to their size: a
    name reads as its value's caption (coreoz 16, six two-line names at 16 pt beside values and
    an axis at 20 on main). Where the names are at the base, nothing moves. Read from
    Matplotlib's artists as the renderer draws the sample's charts."""
    theme = theme_named(name, tmp_path_factory)
    smaller = 0
    for title, box in chart_boxes(SAMPLE, theme).items():
        if box.native or box.chart.form != "chart":
            continue
        fig = drawn(box.chart)
        for ax in fig.axes:
            for names, values in ((ax.yaxis, ax.xaxis), (ax.xaxis, ax.yaxis)):
                sizes = [t.get_fontsize() for t in visible_texts_of(names) if _shown(t)]
                if not sizes or any(_number(t.get_text()) for t in visible_texts_of(names)):
                    continue  # no names, or the value axis
                name_pt = min(sizes)
                base = box.chart.style.base_size_pt
                if name_pt >= base - 1e-6:
                    continue
                smaller += 1
                ticks = [t.get_fontsize() for t in visible_texts_of(values) if _shown(t)]
                assert all(s <= name_pt + 1e-6 for s in ticks), (name, title, name_pt, ticks)
                labels = [
                    t.get_fontsize() for t in ax.texts if t.get_visible() and _number(t.get_text())
                ]
                most = name_pt / NAME_SHARE + 1e-6
                assert all(s <= most for s in labels), (name, title, name_pt, labels)
    if name == "coreoz":
        assert smaller >= 1, name


def _number(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)


def _shown(t) -> bool:
    return bool(t.get_visible() and t.get_text())
