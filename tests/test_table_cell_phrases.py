"""Issue 14, review R9 (co-do 36): a table cell's lines, which LibreOffice breaks itself, are
chosen by the break-cost model - a clause after a comma stays whole before a clause's inside is
broken ("12–14%, / phấn đấu đạt 15%", not "12–14%, phấn đấu / đạt 15%"), kept by U+00A0 at the
column's width; the column widths, taken from the unbound text, do not move."""

from __future__ import annotations

import pytest

from deckmaker.layout.fit import set_cost
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.kinds.table import CELL_SAFETY, phrase_cell
from deckmaker.layout.nobreak import NBSP, bind_compounds, bind_counted

SIZE = 18.0


def _cell(text: str) -> str:
    return bind_counted(bind_compounds(text), True)  # as a cell of figures is bound


def _lines(m, text: str, width: float) -> list[str]:
    return [ln.replace(NBSP, " ").strip() for ln in m.wrap(text, SIZE, width, safety=CELL_SAFETY)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("12–14%, phấn đấu đạt 15%", "12–14%,", "phấn đấu đạt 15%"),
        ("khoảng 6,2%, cố gắng vượt 7%", "khoảng 6,2%,", "cố gắng vượt 7%"),
    ],
)
@pytest.mark.parametrize("font", ["Liberation Sans", "Liberation Serif"])
def test_a_cell_breaks_after_its_comma_not_inside_the_clause_after_it(text, first, second, font):
    m = measurer(resolve_font(font))
    cell = _cell(text)
    seen = 0
    for tenth in range(400, 3000, 5):
        width = tenth / 10
        greedy = _lines(m, cell, width)
        if len(greedy) != 2 or greedy[0] == first:
            continue
        # LibreOffice's first fit keeps part of the second clause on the comma's line
        assert greedy[0].startswith(first), greedy
        whole = m.width_pt(second, SIZE) <= width * 0.97
        out = phrase_cell(cell, m, SIZE, width)
        if not whole:
            continue
        seen += 1
        assert _lines(m, out, width) == [first, second], (width, out)
        assert out.replace(NBSP, " ") == cell.replace(NBSP, " ")  # the words as they were
    assert seen >= 2


def test_a_cell_in_one_line_or_already_broken_between_clauses_is_left_as_it_is():
    m = measurer(resolve_font("Liberation Sans"))
    cell = _cell("12–14%, phấn đấu đạt 15%")
    wide = m.width_pt(cell, SIZE) + 10
    assert phrase_cell(cell, m, SIZE, wide) == cell
    narrow = m.width_pt("phấn đấu đạt 15%", SIZE) + 2  # "12–14%, / phấn đấu đạt 15%" first fit
    if _lines(m, cell, narrow) == ["12–14%,", "phấn đấu đạt 15%"]:
        assert phrase_cell(cell, m, SIZE, narrow) == cell


def test_a_cell_of_more_than_two_lines_is_broken_as_a_bullet_is():
    """A long cell is a paragraph: a label's costs would part "trường, / lớp" there, so it was
    left to LibreOffice, whose first fit ends lines on "bảo đảm / đủ", "… / 2018; sắp xếp"
    (R20 #4: table cells break as bullets do). A bullet's costs (``fit.set_cost``) keep its
    lines as many, never cost more than LibreOffice's, and part "trường, / lớp" only where
    LibreOffice's do."""
    m = measurer(resolve_font("Liberation Sans"))
    cell = _cell(
        "Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018; sắp xếp mạng lưới trường, "
        "lớp; bảo đảm đủ giáo viên theo định mức; nâng cao chất lượng giáo dục"
    )
    changed = 0
    for width in range(200, 500, 10):
        first = [ln.strip() for ln in m.wrap(cell, SIZE, width, safety=CELL_SAFETY)]
        if len(first) <= 2:
            continue
        got = phrase_cell(cell, m, SIZE, width)
        lines = [ln.strip() for ln in m.wrap(got, SIZE, width, safety=CELL_SAFETY)]
        assert len(lines) == len(first), (width, lines)
        assert set_cost(lines, m, SIZE, width) <= set_cost(first, m, SIZE, width) + 1e-9
        parted = any(ln.endswith("trường,") for ln in lines[:-1])
        assert not parted or any(ln.endswith("trường,") for ln in first[:-1]), (width, lines)
        changed += got != cell
    assert changed  # on main every width kept LibreOffice's lines
