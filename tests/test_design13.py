"""Issue 14, session 12 (h14y): what the sample deck's designer saw on slides 15, 19 and the
section slides, read from the written .pptx (python-pptx)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

import deckmaker

from .conftest import SAMPLE

BUILTIN = ("default", "co-do", "tuong-phan")
_DECKS: dict[str, Path] = {}


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[str, Path]:
    if not _DECKS:
        d = tmp_path_factory.mktemp("h14y")
        for theme in BUILTIN:
            _DECKS[theme] = deckmaker.build(SAMPLE, d / f"{theme}.pptx", theme=theme).path
    return _DECKS


def _sizes(shape) -> set[float]:
    return {
        r.font.size.pt
        for p in shape.text_frame.paragraphs
        for r in p.runs
        if r.font.size is not None and r.text.strip()
    }


def _section_titles(path: Path) -> list[tuple[int, set[float]]]:
    out = []
    for n, s in enumerate(Presentation(str(path)).slides, 1):
        if any(sh.name == "Section Rule" for sh in s.shapes):
            (title,) = [sh for sh in s.shapes if sh.name == "Title"]
            out.append((n, _sizes(title)))
    return out


@pytest.mark.parametrize("theme", BUILTIN)
def test_every_section_title_of_a_deck_takes_one_size(decks, theme):
    """The section titles varied a step between sections of one deck (default 55 at 37.6 pt
    among 39.6; co-do 29 at 36.6 and 51 at 38.6): one size for the deck, the largest every one
    of them fits at (each title's lines chosen at it)."""
    titles = _section_titles(decks[theme])
    assert len(titles) == 7
    sizes = {x for _, s in titles for x in s}
    assert len(sizes) == 1, titles
    expected = {"default": 37.6, "co-do": 36.6, "tuong-phan": 44.0}[theme]
    assert sizes == {expected}, titles


_SECTIONS = """deck:
  title: Kết quả năm 2023
  date: 2024-01-20
  language: vi
sections:
  - title: Mục tiêu
    slides:
      - title: Một
        bullets: [Nội dung thứ nhất]
  - title: Phản ánh thực tiễn triển khai đường lối, chủ trương của Đảng trong năm
    slides:
      - title: Hai
        bullets: [Nội dung thứ hai]
  - title: Tổ chức thực hiện
    slides:
      - title: Ba
        bullets: [Nội dung thứ ba]
"""


def test_a_long_section_title_sets_the_size_of_the_short_ones(tmp_path):
    """A composed deck: a long section title that takes a smaller size alone sets the size of
    the two short ones (at the theme's largest alone)."""
    (tmp_path / "outline.yaml").write_text(_SECTIONS, "utf-8")
    out = deckmaker.build(tmp_path, tmp_path / "deck.pptx", theme="default").path
    titles = _section_titles(out)
    assert len(titles) == 3
    sizes = [s for _, s in titles]
    assert all(len(s) == 1 for s in sizes) and len({min(s) for s in sizes}) == 1, titles
    # the short ones alone take the theme's largest (39.6 pt): the size is the long title's
    assert min(sizes[0]) < 39.6


@pytest.mark.parametrize("theme", BUILTIN)
def test_card_labels_keep_the_themes_body_minimum(decks, theme):
    """Slide 15's card labels ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ") were seen at
    ~20 pt in tuong-phan, whose theme says body text is never below 22 pt: every card label
    and value of the deck is at least the theme's body minimum (``text_sizes.body_min``), and
    a label that needs more room wraps (three lines) rather than shrinking."""
    theme_obj = deckmaker.load_theme(theme)
    floor = float(theme_obj.text_sizes.body_min)
    seen = 0
    for n, s in enumerate(Presentation(str(decks[theme])).slides, 1):
        for sh in s.shapes:
            if sh.name.startswith(("KPI Label", "KPI Value")) and sh.has_text_frame:
                sizes = _sizes(sh)
                seen += 1
                assert sizes and min(sizes) >= floor, (n, sh.name, sh.text_frame.text, sizes)
    assert seen >= 12
    if theme == "tuong-phan":  # its label wider than its card at 22 pt: it wraps
        (label,) = [
            sh
            for s in Presentation(str(decks[theme])).slides
            for sh in s.shapes
            if sh.name.startswith("KPI Label")
            and "bán lẻ" in sh.text_frame.text.replace("\u00a0", " ")
        ]
        assert Emu(label.height).pt > 2 * min(_sizes(label))
