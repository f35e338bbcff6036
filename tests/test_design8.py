"""Issue 14, a designer's review of the sample deck's tables, section, closing slides and footer:
a group's number ("(2)", "(18)") shown once, on the first row of its group; the section rule at
one place on every section slide; the closing slide's place and date under the thanks; the
default themes' footer at 14 pt or more; tables 0.25 in clear of the footer."""

from __future__ import annotations

import pytest

from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.kinds.table import group_once
from deckmaker.layout.model import ShapeBox, SlidePlan, TableBox, TextBox
from deckmaker.layout.page import FOOTER_CLEAR, chrome_boxes
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import EMU_PER_PT, Inches

from .conftest import SAMPLE

_PLANS: dict[str, list[SlidePlan]] = {}


def _plans(theme: str) -> list[SlidePlan]:
    if theme not in _PLANS:
        _PLANS[theme] = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return _PLANS[theme]


def test_group_once_keeps_the_first_label_of_a_group():
    rows = [
        ("(2)", "Chỉ số sản xuất công nghiệp", "6,35%"),
        ("(2)", "Giá trị sản xuất công nghiệp và xây dựng", "7,08%"),
        ("", "– trong đó công nghiệp", "–"),
        ("(2)", "Giá trị sản xuất thương mại, dịch vụ", "15,23%"),
        ("(3)", "Thu ngân sách", "8%"),
        ("(3)", "Chi ngân sách", "9%"),
    ]
    assert [r[0] for r in group_once(rows)] == ["(2)", "", "", "", "(3)", ""]
    assert [r[1:] for r in group_once(rows)] == [r[1:] for r in rows]
    # a one-column table keeps every cell
    assert group_once([("a",), ("a",)]) == (("a",), ("a",))


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_sample_tables_show_a_group_number_once(theme):
    tables = [e for p in _plans(theme) for e in p.elements if isinstance(e, TableBox)]
    firsts = [[r[0] for r in t.rows] for t in tables]
    assert any("(2)" in f for f in firsts) and any("(18)" in f for f in firsts)
    for f in firsts:
        labels = [x for x in f if x.strip()]
        assert len(labels) == len(set(labels)), f


@pytest.mark.parametrize("theme", ["default", "tuong-phan", "co-do"])
def test_section_rule_at_one_place(theme):
    rules = [
        e.box.x
        for p in _plans(theme)
        if p.kind == "section"
        for e in p.elements
        if isinstance(e, ShapeBox) and e.name == "Section Rule"
    ]
    assert len(rules) >= 4
    assert len(set(rules)) == 1, rules


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_closing_gives_place_and_date(theme):
    closing = next(p for p in _plans(theme) if p.kind == "closing")
    texts = {e.name: e for e in closing.elements if isinstance(e, TextBox)}
    date = texts["Date"]
    assert "".join(r.text for r in date.paras[0].runs) == "Hưng Yên, tháng 01 năm 2024"
    sub = texts["Subtitle"]
    # under the subtitle, clear of it, and on the slide
    assert date.box.y >= sub.box.y + sub.box.h
    assert date.box.y + date.box.h <= 6858000  # a 16:9 slide, 7.5 in


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_footer_at_least_14_pt(theme):
    footers = [
        (p.title, q.size_pt)
        for p in _plans(theme)
        for e in p.elements
        if isinstance(e, TextBox) and e.name in ("Footer", "Slide Number")
        for q in e.paras
    ]
    assert len(footers) > 40
    assert all(size >= 14 for _, size in footers), footers


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_tables_end_a_quarter_inch_above_the_footer(theme):
    """A table that grows into its slide stops 0.25 in above the footer and slide number
    (tables ended about 0.1 in above them)."""
    inputs = load_inputs(SAMPLE / "outline.yaml", theme)
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme))
    foot, num = chrome_boxes(frame)
    top = min(foot.y, num.y)
    tables = [e for p in _plans(theme) for e in p.elements if isinstance(e, TableBox)]
    assert len(tables) >= 8
    gaps = [top - t.box.bottom for t in tables]
    assert min(gaps) >= FOOTER_CLEAR == Inches(0.25), min(gaps) / 914400
    # the tallest still reach down to it: the room is used, not given away
    assert min(gaps) <= FOOTER_CLEAR + 2 * EMU_PER_PT


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_every_body_ends_a_quarter_inch_above_the_footer(theme):
    """R6: tuong-phan's lists (13, 16, 60) filled their body to 0.15 in above the footer's box,
    their last line reading as the footer's first. A list, a row of cards, a chart beside
    bullets keep the room a table keeps (``FOOTER_CLEAR``); a list that needs it shrinks."""
    inputs = load_inputs(SAMPLE / "outline.yaml", theme)
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme))
    foot, num = chrome_boxes(frame)
    top = min(foot.y, num.y)
    bodies = [
        (i, e)
        for i, p in enumerate(_plans(theme), 1)
        if p.kind in ("bullets", "kpis", "chart_bullets")
        for e in p.elements
        if e.name.startswith("Body")
    ]
    assert len(bodies) >= 20
    late = [
        (i, (top - e.box.bottom) / 914400) for i, e in bodies if top - e.box.bottom < FOOTER_CLEAR
    ]
    assert not late, late
    # a list that fills its slide reaches down to it: the room is used
    assert min(top - e.box.bottom for _, e in bodies) <= FOOTER_CLEAR + 2 * EMU_PER_PT
