"""Issue 14, review R10: the regressions of R9's line-break classes, checked on composed text
(none of it the sample deck's): keeping a short list whole never sets a title smaller; a text
column beside a chart widens only for a cut LibreOffice would make, a donut keeping its circle."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout import fit
from deckmaker.layout.breaks import phrase_cuts, seams
from deckmaker.layout.circle import circle_estimate
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.kinds import chart_bullets
from deckmaker.layout.model import ChartBox
from deckmaker.layout.nobreak import NBSP, bind_compounds
from deckmaker.pipeline import load_inputs, plan

from .test_line_classes_r9 import _slide


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


_CARDS = """deck:
  title: Kết quả năm 2023
  organization: Sở Tài chính
  date: 2024-01-20
  language: vi
sections:
  - title: Kết quả
    slides:
      - title: Những con số nổi bật
        kpis:
          - {value: 12.400, label: Tổng chi ngân sách địa phương (ước)}
          - {value: 87, label: Dự án đầu tư mới}
          - {value: 5.300, label: Tổng vốn huy động (ước)}
          - {value: 640, label: Doanh nghiệp thành lập mới}
          - {value: 12, label: Khu công nghiệp hoạt động}
          - {value: 93, label: Xã đạt chuẩn nông thôn mới}
"""


def test_a_cards_bracketed_qualifier_goes_with_the_word_before_it(tmp_path):
    """A card label's one-word qualifier in brackets never stands alone on a line ("Tổng thu
    ngân sách / (ước)", review R10): it is bound to the word before it, wherever it breaks."""
    from deckmaker.layout.model import TextBox

    (tmp_path / "outline.yaml").write_text(_CARDS, "utf-8")
    labels = [
        e.paras[0].text
        for p in plan(load_inputs(tmp_path / "outline.yaml", "tuong-phan"))
        for e in p.elements
        if isinstance(e, TextBox) and e.name.startswith("KPI Label")
    ]
    qualified = [t for t in labels if "(ước)" in t]
    assert len(qualified) == 2, labels
    for t in qualified:
        assert f"{NBSP}(ước)" in t and "\n(ước)" not in t, t


def test_a_nominaliser_opens_its_phrase_at_a_line_break(m):
    """'sự', 'việc' make a noun phrase of the verb after them: a break before one is a phrase
    boundary, one after it parts it from its verb (review R10: '… chỉ đạo sự phát triển /
    kinh tế đất nước' for '… chỉ đạo / sự phát triển kinh tế đất nước')."""
    from deckmaker.layout.nobreak import phrase_break

    assert phrase_break("đạo", "sự") == 0.0
    assert phrase_break("sự", "phát\u00a0triển") >= 1.0
    assert phrase_break("tập\u00a0trung", "việc") == 0.0
    assert phrase_break("tạo", "việc\u00a0làm") > 0.0  # a word it begins is that word
    assert phrase_break("làm\u00a0việc", "với") == 0.0


def _donut(tmp_path: Path) -> ChartBox:
    """The donut of test_line_classes_r9's slide, as planned in the default theme."""
    return _slide(tmp_path)[0]


def test_a_donut_keeps_its_circle_beside_a_column_widened_for_a_phrase(tmp_path, monkeypatch):
    """A text column beside a donut widened for one phrase left its circle 3.19 in across
    (review R10, tuong-phan 19): the column widens only where the circle, as the planner
    estimates it (``layout.circle``), keeps ``ROUND_DIAMETER``; under it the donut keeps the
    theme's share."""
    with monkeypatch.context() as mp:
        mp.setattr(chart_bullets, "ROUND", ())
        wide = _donut(tmp_path)  # the theme's share
        mp.setattr(chart_bullets, "ROUND", ("donut", "pie"))
        mp.setattr(chart_bullets, "ROUND_DIAMETER", 0.0)
        mp.setattr(chart_bullets, "ROUND_FLOOR", 0.0)
        narrow = _donut(tmp_path)  # narrowed for its phrase, whatever its circle
    assert narrow.box.w < wide.box.w
    small, large = circle_estimate(narrow.chart), circle_estimate(wide.chart)
    assert small < large
    for floor in ("ROUND_DIAMETER", "ROUND_FLOOR"):  # a crowded column's floor too (R13)
        monkeypatch.setattr(chart_bullets, floor, (small + large) / 2)
    assert _donut(tmp_path).box == wide.box
    for floor in ("ROUND_DIAMETER", "ROUND_FLOOR"):
        monkeypatch.setattr(chart_bullets, floor, small)
    assert _donut(tmp_path).box == narrow.box


def test_a_wider_column_is_taken_for_a_cut_only_where_libreoffice_sets_one():
    """A cut seen only with the measure's safety margin is no cut spared: fewer as set, no more
    as measured (review R10, tuong-phan 20: its panel narrowed for the same lines)."""
    assert not chart_bullets._fewer((0, 0), (0, 1))
    assert chart_bullets._fewer((0, 1), (1, 1))
    assert not chart_bullets._fewer((0, 2), (1, 1))
