"""Issue 14, six number cards on a narrow 4:3 body keep every term of their names whole on one
slide (h33e): coreoz's 9-in body at its 18-pt minimum cannot hold three cards a row with
"GRDP bình quân đầu người", "Tổng thu ngân sách (ước)" and "Tổng vốn đầu tư phát triển toàn
xã hội" whole (its 15 and 32 read "GRDP bình quân / đầu người", "Tổng thu / ngân sách (ước)"
and "Tổng vốn đầu tư / phát triển toàn xã hội" on main). A set whose labels cut a term takes
fewer columns and more rows when that keeps them whole with its numbers still heroes
(``kpis._terms_kept``): two a row on three rows, the units beside their numbers.

The lines are LibreOffice's own, read from the PDF it renders of the written deck."""

from __future__ import annotations

import pytest
from pptx import Presentation

from deckmaker.layout import terms
from deckmaker.layout.fit import cuts_term
from deckmaker.layout.kinds.kpis import WHOLE_DOMINANT

from .conftest import rendered_pairs

NBSP = "\u00a0"
SIX = {"GRDP bình quân đầu người", "Tổng thu ngân sách (ước)"}
"""A name on each of the two six-card slides that three cards a row cut on main."""


def _named(slide, what: str) -> list:
    return sorted(
        (sh for sh in slide.shapes if sh.name.startswith(f"KPI {what}")),
        key=lambda sh: int(sh.name.rsplit(" ", 1)[1]),
    )


def _cut(a: str, b: str) -> bool:
    """A break between the lines ``a`` and ``b`` inside a term of ``terms.txt`` or a phrase
    ``fit.cuts_term`` keeps whole, or after "Tổng thu" (the total of the budget's revenue,
    "Tổng thu / ngân sách": the name the brief saw cut)."""
    return bool(
        terms.inside(a.lower().split(), b.lower().split())
        or cuts_term([a, b])
        or a.lower().endswith("tổng thu")
        and b.lower().startswith("ngân sách")
    )


@pytest.mark.render
def test_coreoz_six_cards_keep_their_names_whole_on_one_slide(sample_decks, tmp_path, soffice):
    """Every number-card slide of the sample deck on coreoz: no line of LibreOffice's within a
    card's name ends inside a term, nor does a written break cut one; the six-card sets stay
    on one slide each (the sample's 20 cards on its four card slides), two a row on three rows,
    their numbers at least ``WHOLE_DOMINANT`` times the 36-pt title."""
    deck = sample_decks("coreoz")
    slides = list(Presentation(str(deck)).slides)
    cards = {n: _named(s, "Label") for n, s in enumerate(slides, 1) if _named(s, "Label")}
    assert sorted(len(v) for v in cards.values()) == [4, 4, 6, 6], cards
    plain = {n: [sh.text_frame.text.replace(NBSP, " ") for sh in v] for n, v in cards.items()}
    six = [n for n, v in plain.items() if len(v) == 6]
    assert all(SIX & set(plain[n]) for n in six), plain
    written = [lb for v in plain.values() for lb in v if "\n" in lb or "\v" in lb]
    assert [lb for lb in written if cuts_term(lb.replace("\v", "\n").split("\n"))] == []
    pairs = rendered_pairs(deck, tmp_path)
    # the pairs of lines within one card's name ("Tổng mức bán lẻ hàng hóa" over "và doanh
    # thu dịch vụ"), as LibreOffice set them
    within = [
        (page, a, b)
        for page, a, b in pairs
        if page in plain and any(f"{a} {b}" in lb for lb in plain[page])
    ]
    assert within, pairs
    assert [(page, a, b) for page, a, b in within if _cut(a, b)] == []
    # and no line of a card slide ends inside a term of the genre, whatever it is
    assert [
        (page, a, b)
        for page, a, b in pairs
        if page in plain and terms.inside(a.lower().split(), b.lower().split())
    ] == []
    # two a row on three rows
    for n in six:
        tops = sorted({int(sh.top) for sh in _named(slides[n - 1], "Card")})
        lefts = sorted({int(sh.left) for sh in _named(slides[n - 1], "Card")})
        assert (len(lefts), len(tops)) == (2, 3), (n, lefts, tops)
    sizes = [
        r.font.size.pt
        for n in six
        for sh in _named(slides[n - 1], "Value")
        for r in sh.text_frame.paragraphs[0].runs[:1]
        if r.font.size
    ]
    assert len(sizes) == 12 and min(sizes) >= 36 * WHOLE_DOMINANT - 1e-6, sizes


def test_cut_sees_the_cuts_main_made():
    """``_cut`` reads the three names main set on coreoz 15 and 32 as cut, and their whole
    settings as whole."""
    assert _cut("GRDP bình quân", "đầu người")
    assert _cut("Tổng thu", "ngân sách (ước)")
    assert _cut("Tổng vốn đầu tư", "phát triển toàn xã hội")
    assert not _cut("Tổng mức bán lẻ hàng hóa", "và doanh thu dịch vụ")
    assert not _cut("GRDP", "bình quân đầu người")
