"""Issue 14, a template's section slides as a designer sets them (h35i).

coreoz's own section layout ("Titre de section": its title and text box low on the slide,
deckmaker's number, rule and contents composed in the room above them) on the sample deck:

- the section's number ("PHẦN" over "II.1") was right-aligned to its rule, its ink starting
  ~1.9 in from the slide's left edge, over a title starting at 0.79 in: they now share the
  title's left edge;
- the part's name ("Nội dung tuyên truyền") was the subtitle box's first line, set exactly as
  the subtitle under it and touching it: it is now in bold capitals, a gap above the subtitle;
- the section titles took 31.4 to 41.4 pt, each the largest its placeholder held: a deck's
  section titles take one size (``section.deck_title_size``), as its takeaway titles do
  (tests/test_design_s25.py)."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu

from deckmaker.pipeline import build_deck
from tests.template_corpus import theme_for

from .conftest import FIXTURES, SAMPLE

COREOZ = FIXTURES / "templates-real" / "coreoz-template.pptx"
SECTIONS = [3, 7, 12, 29, 51, 55, 60]
"""The sample deck's section slides on coreoz (slides counted from 1)."""


@pytest.fixture(scope="module")
def coreoz_deck(tmp_path_factory) -> list:
    work = tmp_path_factory.mktemp("h35i")
    theme = theme_for(COREOZ, work / "themes")
    deck = work / "coreoz.pptx"
    build_deck(SAMPLE, deck, theme)
    return list(Presentation(str(deck)).slides)


def _shape(slide, name: str):
    return next((sh for sh in slide.shapes if sh.name == name), None)


def _sizes(shape) -> set[float]:
    return {r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs if r.font.size}


def test_section_slides_are_the_ones_looked_at(coreoz_deck) -> None:
    found = [n for n, s in enumerate(coreoz_deck, 1) if _shape(s, "Section Anchor") is not None]
    assert found == SECTIONS


def test_section_titles_take_one_size(coreoz_deck) -> None:
    """Seven section titles at 41.4, 41.4, 41.4, 33.4, 31.4, 34.4 and 41.4 pt on main."""
    sizes = [_sizes(_shape(coreoz_deck[n - 1], "Title")) for n in SECTIONS]
    assert all(len(s) == 1 for s in sizes), sizes
    assert len(set.union(*sizes)) == 1, sizes


def test_section_number_shares_the_title_left_edge(coreoz_deck) -> None:
    """The number and its word start at the title's left edge, aligned left (on main: right-
    aligned in a 2.53-in column, "II.1" at ~1.9 in over a title at 0.79 in)."""
    for n in SECTIONS:
        slide = coreoz_deck[n - 1]
        title = _shape(slide, "Title")
        for name in ("Section Number", "Section Anchor"):
            shape = _shape(slide, name)
            assert shape is not None, (n, name)
            assert abs(shape.left - title.left) <= Emu(12700), (n, name, shape.left, title.left)
            aligns = {p.alignment for p in shape.text_frame.paragraphs}
            assert aligns <= {None, PP_ALIGN.LEFT}, (n, name, aligns)


def test_part_name_set_apart_from_the_subtitle(coreoz_deck) -> None:
    """The part's name in bold capitals, apart from the subtitle; on main the two were set
    alike and touching. Since h39e the part's name is its own box over the title, its kicker,
    and the subtitle reads under the title (the layout draws its text box above its title)."""
    seen = 0
    for n in SECTIONS:
        slide = coreoz_deck[n - 1]
        sub = _shape(slide, "Subtitle")
        if sub is None:
            continue
        part, title = _shape(slide, "Part"), _shape(slide, "Title")
        assert part is not None, n
        (head,) = part.text_frame.paragraphs
        text = head.text.replace("\u00a0", " ")
        assert text == "NỘI DUNG TUYÊN TRUYỀN", (n, text)
        assert all(r.font.bold for r in head.runs), n
        assert not any(r.font.bold for p in sub.text_frame.paragraphs for r in p.runs), n
        assert part.top + part.height <= title.top < title.top + title.height <= sub.top, n
        seen += 1
    assert seen == 5
