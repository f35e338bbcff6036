"""Issue 14 after R19 (h20d, review of fixA): R18 #7's terms of a title's lines (a line on a
spaced dash at ``breaks.TITLE_DASH``, a last line of one two-syllable word a widow, a stub
line) choose among one size's lines and are no reason to set the title smaller; one search
(``fit.title_sets``) finds both the lines it takes and the lines that judge its size, with the
one cost table of a title (``breaks.TITLE``; ``seam_cost(..., shrink=True)`` for a dash)."""

from __future__ import annotations

import pytest

from deckmaker.layout import breaks
from deckmaker.layout.breaks import DASH_END, TITLE, TITLE_DASH, seam_cost
from deckmaker.layout.fit import fit_title, nice_lines, shrink_cost, title_sets
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.nobreak import NBSP, bind_compounds

RUN_TITLE = "Chỉ tiêu kinh tế 2024 – ngân sách, nông nghiệp"


@pytest.fixture(scope="module")
def sans():
    return measurer(resolve_font("Liberation Sans Bold"))


def _plain(lines):
    return [ln.replace(NBSP, " ").replace("\u2060", "") for ln in lines]


def test_a_title_has_one_cost_table():
    """fixA's second table (``breaks.TITLE_SIZE``) is gone: the dash's rate is a term of the
    one table, which ``shrink`` leaves out."""
    assert not hasattr(breaks, "TITLE_SIZE")
    words = bind_compounds(RUN_TITLE).split(" ")
    j = next(k for k in range(1, len(words)) if words[k - 1].endswith("–"))
    assert seam_cost(words, j, TITLE) == pytest.approx(TITLE_DASH)
    assert seam_cost(words, j, TITLE, shrink=True) == pytest.approx(DASH_END)


def test_the_lines_a_title_takes_and_the_lines_that_judge_its_size(sans):
    """tuong-phan's table run (36-43) at 40 pt in 873.6 pt, two lines: it takes the dash break
    ("… 2024 – / ngân sách, nông nghiệp", no word alone), and its size is judged by the comma
    break, clean as a reason to shrink: the run keeps the deck's 40 pt (fixA's results, one
    search)."""
    text = bind_compounds(RUN_TITLE)
    width = 873.6  # tuong-phan's title band: two lines at 40 pt
    sets = title_sets(text, sans, 40.0, width, 2, None)
    assert sets is not None
    chosen, judged = sets
    assert _plain(chosen) == ["Chỉ tiêu kinh tế 2024 –", "ngân sách, nông nghiệp"], chosen
    assert chosen == nice_lines(text, sans, 40.0, width, 2)
    assert _plain(judged)[-1] == "nông nghiệp", judged
    assert shrink_cost(judged) <= 0.1 < shrink_cost(chosen)
    size, lines = fit_title(text, sans, width, 40.0, 26.4, 2, None, 0.96)
    assert size == 40.0 and lines == chosen
