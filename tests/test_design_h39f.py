"""Issue 14: a designer's pass on the built-in themes and a drafted deck (h39f).

1. Big-number panels (sample 20, 25-27, every theme): the track under a number ended 0.26 in
   short of the number's row (tuong-phan 26: "110,4 triệu đồng" past the plan's mark, into the
   gutter beside the bullets). The bar's end caps and the plan's tick padded their lines by half
   their marker's size in the layout engine's reading, and the axes lost that much width. The
   marks are out of the layout now (``numbers._at``): the track spans the panel, as its text
   does.
2. A drafted deck's title slide said nothing: a text copied with a note ('# source: …', '# title:
   …') and no headline of its own took "source: http://… title: …" as its title (quangngai
   2021: the note's two lines run together), or the genre's words ('Tài liệu tuyên truyền', the
   title slide otherwise empty: aluoi 2020, bacgiang 2024). The note's title is the deck's title
   where the text has none (``reader.NOTED_TITLE``, ``Document.noted_title``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.charts.kinds.common import PAD_PT
from deckmaker.charts.render import draw
from deckmaker.draft import draft
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import FIXTURES, SAMPLE

THEMES = ("default", "co-do", "tuong-phan")


def _panels(theme: str) -> list[tuple[int, ChartBox]]:
    slides = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return [
        (n, e)
        for n, s in enumerate(slides, 1)
        for e in s.elements
        if isinstance(e, ChartBox) and e.chart.form == "numbers"
    ]


@pytest.mark.parametrize("theme", THEMES)
def test_a_panels_track_spans_its_text(theme: str) -> None:
    """Every big-number panel's axes (its track, zero to the plan's mark) spans the picture less
    its pads, and no text of the panel passes the track's end (main: tuong-phan 26's unit
    51 px past it at the picture's 200 dpi, the axes 74 px narrower than the picture's room)."""
    panels = _panels(theme)
    assert len(panels) >= 4, [n for n, _ in panels]
    for n, box in panels:
        fig = draw(box.chart)
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        pad = PAD_PT * fig.dpi / 72
        assert ax.bbox.x1 >= fig.bbox.width - pad - 2, (theme, n, ax.bbox.bounds)
        assert ax.bbox.x0 <= pad + 2, (theme, n, ax.bbox.bounds)
        right = max(t.get_window_extent(renderer).x1 for t in ax.texts if t.get_visible())
        assert right <= ax.bbox.x1 + 1, (theme, n, right, ax.bbox.x1)


NOTE = [
    "# source: http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-2021/",
    "# title: Tập trung hoàn thành nhiệm vụ năm 2021",
    "# A page excerpt: the stored copy holds only the paragraph of the province's estimated",
    "# results; the title above is the article's.",
]
TEXT = [
    "Năm 2021, GRDP của tỉnh ước đạt trên 53.500 tỷ đồng, tăng 6% so với năm 2020. Chỉ số sản "
    "xuất công nghiệp ước tăng 7,5%. Giá trị sản xuất công nghiệp ước đạt 120.553 tỷ đồng, tăng "
    "14% so với năm 2020, đạt 94,8% kế hoạch năm. Kim ngạch xuất khẩu ước đạt 1,68 tỷ USD.",
]


def _deck(tmp_path: Path, lines: list[str]):
    text = tmp_path / "doc.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return draft(text, slides=None).deck


def test_the_notes_title_titles_a_text_without_one(tmp_path: Path) -> None:
    """A text with no headline of its own under a copier's note takes the note's title (main:
    "source: http://… title: Tập trung hoàn thành nhiệm vụ năm 2021"), and the review says so;
    no slide's text holds the note's address or title line."""
    deck = _deck(tmp_path, [*NOTE, *TEXT])
    assert deck.title == "Tập trung hoàn thành nhiệm vụ năm 2021"
    assert any("note above the text" in r for r in deck.review), deck.review
    said = " ".join(b for sec in deck.sections for sl in sec.slides for b in sl.bullets)
    assert "source:" not in said and "title:" not in said, said


def test_the_notes_title_before_the_genres_words(tmp_path: Path) -> None:
    """A news text that opens on a sentence (no headline to take) under a note with a title: the
    deck is titled by it, not 'Tài liệu tuyên truyền' (main: aluoi 2020, bacgiang 2024)."""
    path = FIXTURES / "draft-eval" / "aluoi-hdnd-kyhop-2020.txt"
    deck = draft(path, slides=None).deck
    assert deck.title == "A Lưới: Khai mạc kỳ họp thứ 11 HĐND huyện khóa XI"


def test_a_text_with_a_headline_keeps_it(tmp_path: Path) -> None:
    """The note's title stays out of a text that has its own (the headline after the note,
    quangngai 9 tháng 2025): that line titles the deck, as it did."""
    head = "Kinh tế - xã hội 9 tháng năm 2025 của tỉnh đạt nhiều kết quả tích cực"
    deck = _deck(tmp_path, [NOTE[0], NOTE[2], NOTE[3], head, *TEXT])
    assert deck.title == head
