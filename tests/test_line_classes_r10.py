"""Issue 14, review R10: the regressions of R9's line-break classes, checked on composed text
(none of it the sample deck's): keeping a short list whole never sets a title smaller."""

from __future__ import annotations

import pytest

from deckmaker.layout import fit
from deckmaker.layout.breaks import phrase_cuts, seams
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.nobreak import NBSP, bind_compounds


@pytest.fixture(scope="module")
def m():
    return measurer(resolve_font("Liberation Sans", bold=True))


TITLE_MAX = 40.0


def _shrunk_for_a_list(m, text: str) -> tuple[int, int]:
    """(widths where ``fit_title`` sets ``text`` below its size, in as many lines, though at
    that size its lines part nothing but a short list at a comma; widths where such lines
    exist at that size)."""
    shrunk = listed = 0
    for width in range(380, 900, 7):
        fit._TITLES.clear()
        lines = m.wrap(text, TITLE_MAX, width, safety=fit.SAFETY)
        if len(lines) < 2 or len(lines) > 3:
            continue
        lines = fit.nice_lines(text, m, TITLE_MAX, width, len(lines), None) or lines
        words, at = seams(lines, strip=False)
        cuts = [phrase_cuts(words, j) for j in at]
        if not any(cuts) or any(c and set(c) != {"list"} for c in cuts):
            continue
        listed += 1
        size, got = fit.fit_title(text, m, width, TITLE_MAX, 24.0, 3)
        shrunk += size < TITLE_MAX and len(got) >= len(lines)
    return shrunk, listed


@pytest.mark.parametrize(
    "text",
    [
        "Thuận lợi, khó khăn, hạn chế trong năm 2024",
        "Tiếp tục quán triệt các quy định, hướng dẫn, kế hoạch",
    ],
)
def test_a_title_keeps_its_size_and_breaks_its_short_list_at_a_comma(m, monkeypatch, text):
    """A title whose lines at the theme's size part only a short list of three at a comma
    keeps that size (review R10: 'Bối cảnh, khó khăn, / thách thức năm 2023' at 39.6 pt, not
    '…thách thức / năm 2023' at 34.6 pt); with the list a reason to shrink, it shrinks."""
    text = bind_compounds(text)
    shrunk, listed = _shrunk_for_a_list(m, text)
    assert listed >= 3 and shrunk == 0, (listed, shrunk)
    monkeypatch.setattr(fit, "KEEP_WHOLE", frozenset())
    try:
        shrunk0, listed0 = _shrunk_for_a_list(m, text)
    finally:
        fit._TITLES.clear()
    assert listed0 == listed and shrunk0 >= 2, (listed0, shrunk0)
    assert NBSP in text
