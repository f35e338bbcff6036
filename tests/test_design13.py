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
    # (default 37.6 and tuong-phan 44 pt before the deck-wide number column, R13's two-line
    # section titles: ``section.deck_share``)
    expected = {"default": 36.6, "co-do": 36.6, "tuong-phan": 40.0}[theme]
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


def _body_lines(path: Path, slide: int, theme: str, starts: str) -> tuple[float, list[str]]:
    """The size and lines (the planner's measurer, the full width, as LibreOffice breaks them)
    of the paragraph starting ``starts`` on ``slide``'s body, read from the written .pptx."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.pipeline import load_inputs

    m = measurer(resolve_font(load_inputs(SAMPLE / "outline.yaml", theme).theme.fonts.body))
    s = Presentation(str(path)).slides[slide - 1]
    (body,) = [sh for sh in s.shapes if sh.name == "Body"]
    for p in body.text_frame.paragraphs:
        text = "".join(r.text for r in p.runs)
        if text.replace("\u00a0", " ").startswith(starts):
            size = p.runs[0].font.size.pt
            mar = int(p._p.pPr.get("marL", "0"))
            lines = m.wrap(text, size, Emu(body.width - mar).pt)
            return size, [ln.replace("\u00a0", " ").strip() for ln in lines]
    raise AssertionError(starts)


def test_slide_19_keeps_its_phrase_of_place_whole(decks):
    """Default 19: bullets grown past the theme's body size (24 -> 26 pt) set "9 dự án ngoài /
    các khu công nghiệp" beside the donut at every width its circle allows (the phrase 1.7 pt
    wider than its line at the theme's share); growth no longer takes the width the phrase
    needs: "ngoài các khu công nghiệp," starts a line and is whole, and the slide's run of
    charts beside bullets (19-22) keeps one size, the theme's; since session 14 a slide whose
    bar chart is held at its plot floor (21) may alone set its bullets smaller (test_fit)."""
    size, lines = _body_lines(decks["default"], 19, "default", "Trong đó")
    assert any(ln.startswith("ngoài các khu công nghiệp") for ln in lines), lines
    assert not any(ln.endswith(("ngoài", "ngoài các")) for ln in lines), lines
    assert size >= deckmaker.load_theme("default").text_sizes.body_min
    sizes = set()
    for n in (19, 20, 21, 22):
        (body,) = [
            sh
            for sh in Presentation(str(decks["default"])).slides[n - 1].shapes
            if sh.name == "Body"
        ]
        sizes |= _sizes(body) if n != 21 else set()
    assert sizes == {size}, sizes


def test_a_grown_column_gives_way_to_its_phrases(tmp_path):
    """Slide 19 alone in a deck of its own (no run of slides beside it, its own figures): its
    bullets, short, would grow past the theme's size; where the grown size cuts a phrase of
    place at every width the donut allows and the theme's does not, the theme's size is
    taken (``chart_bullets._ungrown``); with the rule off the list grows again."""
    from deckmaker.layout.kinds import chart_bullets
    from deckmaker.layout.model import TextBox
    from deckmaker.pipeline import load_inputs, plan

    (tmp_path / "outline.yaml").write_text(
        _SECTIONS.split("sections:")[0]
        + """sections:
  - title: Kết quả
    slides:
      - title: Rà soát, thu hồi dự án
        chart:
          type: donut
          title: Dự án bị thu hồi năm 2023
          categories: [Dự án trong nước bị thu hồi, Dự án nước ngoài bị thu hồi]
          series:
            - name: Dự án
              values: [8, 12]
          unit: dự án
          source: Báo cáo của Sở Kế hoạch và Đầu tư
        bullets:
          - Rà soát thu hồi 20 dự án
          - 8 dự án trong nước và 12 dự án nước ngoài
          - Trong đó 9 dự án ngoài các khu công nghiệp, 11 dự án trong khu công nghiệp
          - Tổng diện tích thu hồi khoảng 92,8 ha đất
""",
        "utf-8",
    )

    def body() -> TextBox:
        (s,) = [p for p in plan(load_inputs(tmp_path / "outline.yaml", "default"))
                if p.kind == "chart-bullets"]  # fmt: skip
        (b,) = [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]
        return b

    b = body()
    assert b.paras[0].size_pt == 24.0
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer

    m = measurer(resolve_font(load_inputs(tmp_path / "outline.yaml", "default").theme.fonts.body))
    p = next(p for p in b.paras if p.text.startswith("Trong"))
    lines = [
        ln.replace("\u00a0", " ").strip()
        for ln in m.wrap(p.text, p.size_pt, (b.box.w - p.indent) / 12700)
    ]
    assert "ngoài các khu công nghiệp," in lines, lines
    # With the rule off the list grew again until session 20; since a line ending on 'các' costs
    # as a bound phrase (layout, h23b) the grown size is refused for that cut too, so switching
    # ``chart_bullets._ungrown`` off no longer changes this slide: both keep it at 24 pt.
    chart_bullets._ungrown, kept = (lambda *a: a[4]), chart_bullets._ungrown  # the rule off
    try:
        assert body().paras[0].size_pt == 24.0
    finally:
        chart_bullets._ungrown = kept
