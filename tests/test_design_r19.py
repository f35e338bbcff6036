"""Issue 14, review R19 of the sample deck (000ce07): two slides a merged change made worse.

- tuong-phan 33: the chart beside three short bullets was narrowed 6.48 -> 5.89 in so that
  "GRDP năm 2023 tăng 10,05%" took one line; its plot was about 2.4 in, the axis marked only
  0% and 10%, and 14,86% / 15,23% ran past the last mark. A bar chart's plot already under its
  floor (``chart_bullets.PLOT_FLOOR``) is narrowed no further for a bullet line.
- default 25: "…sản xuất công nghiệp / tập trung còn chậm…" split the term "công nghiệp tập
  trung", listed in ``layout/terms.txt`` but never bound: ``nobreak`` binds "công~nghiệp"
  first, and the term's pattern only matched plain spaces."""

from __future__ import annotations

import subprocess

import pytest
from pptx import Presentation

from deckmaker.layout.nobreak import bind_compounds

from .chart_boxes import chart_boxes, drawn
from .conftest import SAMPLE

TITLE = "Tăng trưởng: thực hiện 2023 và kế hoạch 2024"
NBSP = "\u00a0"


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_the_growth_chart_keeps_a_plot_whose_marks_cover_its_longest_bar(theme):
    """Slide 33's grouped bar chart, planned and drawn: its plot at least 3 in wide, at least
    three marks written on its value axis, the last at 15% or past (on 000ce07 in
    tuong-phan: a 5.89 in chart, marks "0%" and "10%" only)."""
    box = chart_boxes(SAMPLE, theme)[TITLE]
    assert box.chart.width_emu / 914400 >= 6.4, box.chart.width_emu / 914400
    fig = drawn(box.chart)
    ax = fig.axes[0]
    plot_in = ax.get_position().width * fig.get_figwidth()
    assert plot_in >= 3.0, plot_in
    lo, hi = sorted(ax.get_xlim())
    marks = [
        v
        for v, t in zip(ax.xaxis.get_majorticklocs(), ax.xaxis.get_ticklabels(), strict=False)
        if lo - 1e-9 <= v <= hi + 1e-9 and t.get_text()
    ]
    longest = max(float(v) for s in box.chart.series for v in s.values if v is not None)
    # the longest bar ends within half a step past the last mark (15,23% beside "15%")
    step = marks[1] - marks[0] if len(marks) > 1 else 0.0
    assert len(marks) >= 3 and max(marks) + step / 2 >= longest, (marks, longest)


@pytest.mark.parametrize(
    "term", ["công nghiệp tập trung", "ngân sách nhà nước", "bảo hiểm thất nghiệp"]
)
def test_a_listed_term_is_bound_whole_when_part_of_it_is_a_word_bound_first(term):
    """``terms.bind_terms`` binds a term of four syllables whose parts ``nobreak`` bound as
    words before it ("công~nghiệp tập~trung" on 000ce07)."""
    text = bind_compounds(f"Phát triển mở rộng {term} còn chậm so kế hoạch")
    assert term.replace(" ", NBSP) in text, text


@pytest.mark.render
def test_no_line_of_default_25_splits_industrial_zones(tmp_path, soffice, built_decks):
    """default 25 built and set by LibreOffice: no line ends "công nghiệp" with the next
    opening "tập trung" (on 000ce07: "…sản xuất công nghiệp / tập trung còn chậm…")."""
    from deckmaker.office import convert

    deck = built_decks(SAMPLE, "default")
    slide = Presentation(str(deck)).slides[24]
    assert any(
        "công nghiệp tập trung" in s.text_frame.text.replace(NBSP, " ")
        for s in slide.shapes
        if s.has_text_frame
    )
    convert(deck, "pdf", tmp_path)
    pdf = tmp_path / f"{deck.stem}.pdf"
    text = subprocess.run(
        ["pdftotext", "-raw", "-f", "25", "-l", "25", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    lines = [ln.replace(NBSP, " ").strip() for ln in text.splitlines() if ln.strip()]
    assert any("công nghiệp tập trung" in ln for ln in lines), lines
    assert not any(ln.endswith("công nghiệp") for ln in lines), lines
