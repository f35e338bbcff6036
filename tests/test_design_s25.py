"""A designer's eyes on the decks, session 25 (issue 14, h33h).

- A chart's takeaway continued over two slides set its parts' titles at two sizes (stress
  cards in default and tuong-phan, 7-8: "… – điểm chính (1/2)" at 35 pt, "(tiếp 2/2)" at
  32 pt): the parts of one slide read as one slide's, at one size.
- A template's own section layout took its subtitle as one paragraph that LibreOffice wrapped
  where the width ran out (coreoz 7: "Khẳng định sự sáng suốt, đúng đắn, nỗ lực của Đảng, /
  Nhà nước"; 55: "Phong trào thi đua yêu nước và các sự kiện lớn / năm 2024"): its lines are
  broken between phrases, as a subtitle deckmaker composes is.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from pptx import Presentation

from deckmaker.office import convert

from .conftest import FIXTURES

CARDS = FIXTURES / "stress" / "cards"
PART = re.compile(r"\s*\((?:tiếp |cont\. )?(\d+)/(\d+)\)$")


def _plain(text: str) -> str:
    """``text`` as a reader sees it: no line breaks, joiners or no-break spaces."""
    text = text.replace("\u2060", "").replace("\xa0", " ").replace("\x0b", " ")
    return " ".join(text.split())


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_a_continued_slides_parts_set_their_titles_at_one_size(built_decks, theme):
    """Every title ending "(i/n)" or "(tiếp i/n)" in the stress cards deck: the parts of one
    slide at one size, as the written .pptx sets their runs."""
    prs = Presentation(str(built_decks(CARDS, theme)))
    parts: dict[str, list[tuple[int, set[float]]]] = {}
    for n, s in enumerate(prs.slides, 1):
        title = next((sh for sh in s.shapes if sh.name == "Title" and sh.has_text_frame), None)
        if title is None:
            continue
        text = _plain(title.text_frame.text)
        m = PART.search(text)
        if m is None:
            continue
        sizes = {r.font.size.pt for p in title.text_frame.paragraphs for r in p.runs if r.font.size}
        parts.setdefault(text[: m.start()], []).append((n, sizes))
    assert any(len(v) > 1 for v in parts.values())  # the deck continues a slide
    for base, got in parts.items():
        assert len({frozenset(sizes) for _, sizes in got}) == 1, (theme, base, got)


MIN_LAST_WORDS = 3
"""The fewest words the last line of a subtitle broken over lines holds: one or two words
(a compound: "Nhà nước", "năm 2024") alone under a long line read as a widow."""


def _page_lines(pdf, page: int) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [_plain(line) for line in out.splitlines() if line.strip()]


def _rendered(lines: list[str], text: str) -> list[str] | None:
    """The consecutive ``lines`` that set ``text``, as LibreOffice broke it; None if none do."""
    words = text.split()
    for i in range(len(lines)):
        got: list[str] = []
        for line in lines[i:]:
            got.append(line)
            joined = " ".join(got).split()
            if joined == words:
                return got
            if joined != words[: len(joined)]:
                break
    return None


def test_a_templates_section_subtitle_breaks_between_phrases(sample_decks, soffice, tmp_path):
    """The sample on coreoz (a real 4:3 template whose own section layout holds the part and
    the subtitle): each section slide's subtitle, as LibreOffice renders it, ends on a line of
    at least ``MIN_LAST_WORDS`` words."""
    deck = sample_decks("coreoz")
    prs = Presentation(str(deck))
    subtitles: list[tuple[int, str]] = []
    for n, s in enumerate(prs.slides, 1):
        if s.slide_layout.name != "Titre de section":
            continue
        for sh in s.shapes:
            if sh.name == "Subtitle" and sh.has_text_frame:
                # the subtitle's own lines: not the part's name, bold over it (before h39e in
                # the same box)
                subtitles += [
                    (n, _plain(p.text))
                    for p in sh.text_frame.paragraphs
                    if not (p.runs and all(r.font.bold for r in p.runs))
                ]
    assert len(subtitles) >= 4  # II.1, II.3, II.4, II.5
    pdf = convert(deck, "pdf", tmp_path)
    bad = []
    for n, text in subtitles:
        lines = _rendered(_page_lines(pdf, n), text)
        assert lines is not None, (n, text)
        if len(lines) > 1 and len(lines[-1].split()) < MIN_LAST_WORDS:
            bad.append(f"slide {n}: {' / '.join(lines)}")
    assert bad == []
