"""Issue 14, R16b defect 7: a line never ends inside a term of the genre that Vietnamese spells
as several syllables ("gạch đầu / dòng", "theo giá / so sánh", "chuẩn nghèo / đa chiều") nor
inside a proper name, where another break fits (``layout/terms.py``, class "word" of
``breaks.phrase_cuts``). Checked on the seams first, then on bullets set at many widths."""

from __future__ import annotations

import pytest

from deckmaker.errors import Location
from deckmaker.layout.breaks import BODY, TITLE, phrase_cuts, seam_cost
from deckmaker.layout.fit import Item, even_lines, measure_items
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.nobreak import (
    BOUND_PHRASE,
    NBSP,
    bind_measure_verbs,
    bind_proclitics,
)
from deckmaker.layout.terms import TERM_COST, _syllable, inside, terms
from deckmaker.units import EMU_PER_PT, Pt

from .conftest import bound_tokens


def _seams(text: str, term: str) -> list[tuple[list[str], int]]:
    """The seams of ``text`` split at every space (as ``nobreak.loosen`` frees a group wider
    than its line) that fall inside ``term``."""
    toks = text.split(" ")
    start = text.index(term)
    out = []
    for j in range(1, len(toks)):
        at = len(" ".join(toks[:j]).replace(NBSP, " ")) + 1
        if start < at < start + len(term):
            out.append((toks, j))
    assert out, (text, term, toks)
    return out


CASES = [
    ("Danh sách dài, gạch đầu dòng rất dài cho các gạch đầu dòng", "gạch đầu dòng"),
    ("Tăng trưởng tổng sản phẩm trên địa bàn tỉnh theo giá so sánh năm 2010", "giá so sánh"),
    ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 1,2%", "chuẩn nghèo đa chiều"),
    ("Thu ngân sách nhà nước trên địa bàn tỉnh (nội địa)", "địa bàn tỉnh"),
]


@pytest.mark.parametrize(("text", "term"), CASES)
@pytest.mark.parametrize("kind", [BODY, TITLE])
def test_a_break_inside_a_term_costs_as_cutting_a_phrase(text, term, kind):
    """Every seam inside the term is class "word" and costs at least ``BOUND_PHRASE``."""
    for toks, j in _seams(text, term):
        assert phrase_cuts(toks, j).get("word") == BOUND_PHRASE, (toks[j - 1], toks[j])
        assert seam_cost(toks, j, kind) >= BOUND_PHRASE


def test_a_break_inside_a_name_costs_as_cutting_a_phrase():
    """A name's syllables on both sides ("Ban Chấp hành / Trung ương", bound in parts where the
    name is longer than ``nobreak.NAME_CHARS``); a break before or after a name is no "word"."""
    assert inside(["của", "Ban", "Chấp", "hành"], ["Trung", "ương", "Đảng"]) == BOUND_PHRASE
    assert inside(["phong", "cách", "Hồ", "Chí"], ["Minh", "về"]) == BOUND_PHRASE
    assert inside(["phong", "cách"], ["Hồ", "Chí", "Minh"]) == 0.0
    assert inside(["Hưng", "Yên,"], ["Thái", "Bình"]) == 0.0  # a list of names
    assert inside(["Đảng", "ủy", "Khối"], ["Cơ", "quan", "-\u2060", "Doanh"]) == 0.0
    assert inside(["GRDP"], ["Hưng", "Yên"]) == 0.0  # an abbreviation is no name's syllable


@pytest.mark.parametrize(("text", "term"), CASES[:3])
def test_a_term_of_four_syllables_at_most_is_bound_whole(text, term):
    """``terms.bind_terms`` (from ``bind_compounds``): the term is one group, or inside one
    ("theo~giá~so~sánh"); "chuẩn nghèo đa chiều" is listed whole and bound."""
    assert any(term in tok.replace(NBSP, " ") for tok in bound_tokens(text) if NBSP in tok)


def test_the_list_is_read_and_never_holds_a_single_syllable():
    assert TERM_COST == BOUND_PHRASE
    # a syllable is read as the decks spell it, tone on the first vowel of "oa", "oe", "uy"
    assert _syllable("(Hoá") == "hóa" and _syllable("uỷ") == "ủy" and _syllable("quý") == "quý"
    listed = terms()
    assert ("gạch", "đầu", "dòng") in listed and ("giá", "so", "sánh") in listed
    assert all(len(t) >= 2 for t in listed)


def test_a_seam_beside_a_term_is_not_inside_it():
    toks = bound_tokens("Danh sách dài, gạch đầu dòng rất dài")
    j = next(j for j in range(1, len(toks)) if toks[j] == "rất")
    assert "word" not in phrase_cuts(toks, j)


@pytest.fixture(scope="module")
def times():
    return measurer(resolve_font("Times New Roman"))


@pytest.mark.parametrize(("text", "term"), CASES[:2])
def test_a_bullet_never_ends_a_line_inside_a_term(times, text, term):
    """A bullet (bound as a slide binds it) set by ``measure_items`` and ``even_lines`` at 26
    pt at every width from 300 to 700 pt: where it takes two lines, no line ends inside the
    term. Without ``terms.inside`` 'gạch đầu / dòng' ends a line at 6 of these widths (405 to
    420 pt); 'giá so sánh' is kept by the fitter's other costs already. ('chuẩn nghèo đa
    chiều' still ends a line inside where the bullet's other breaks would take a third line.)"""
    bound = bind_proclitics(bind_measure_verbs(" ".join(bound_tokens(text))))
    item = Item(bound, 1, 0, Location("outline.yaml"), "p")
    split = []
    checked = 0
    for width in range(300, 700, 3):
        x = even_lines(measure_items([item], times, Pt(width), 26)[0], times, Pt(width))
        if x.lines != 2:
            continue
        checked += 1
        avail = (Pt(width) - x.indent) / EMU_PER_PT
        lines = [ln.replace(NBSP, " ").strip() for ln in times.wrap(x.item.text, 26, avail)]
        for a, b in zip(lines, lines[1:], strict=False):
            joined = f"{a} {b}"
            at = joined.index(term) if term in joined else -1
            if 0 <= at < len(a) < at + len(term):
                split.append((width, a[-15:], b[:15]))
    assert checked
    assert not split
