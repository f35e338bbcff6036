"""Issue 14, KPI cards a designer would sign: the number is the hero (large, one size on a
slide), its unit smaller beside or under it, cards as tall as their text, six cards on one
3×2 slide when the numbers stay above the theme's minimum."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from deckmaker.layout.fit import SAFETY
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import Fonts, build_frame, measurer
from deckmaker.layout.kinds.kpis import DOMINANT, TIGHT_LIFT
from deckmaker.layout.model import ShapeBox, SlidePlan, TextBox
from deckmaker.layout.page import body_box, clear_of_footer
from deckmaker.pipeline import load_inputs, plan
from deckmaker.theme import load_theme
from deckmaker.units import EMU_PER_PT

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "outlines" / "hung-yen-2024"
STRESS = ROOT / "tests" / "fixtures" / "stress" / "cards"
EVERY = ROOT / "tests" / "fixtures" / "every"
BUILTIN = ["default", "co-do", "tuong-phan"]
HIGHLIGHTS = "Hưng Yên năm 2023: những con số nổi bật"


def _kpi_slides(outline: Path, theme: str) -> tuple[list[SlidePlan], object]:
    inputs = load_inputs(outline / "outline.yaml", theme)
    return [s for s in plan(inputs) if s.kind == "kpis"], inputs.theme


def _cards(s: SlidePlan) -> list[dict[str, TextBox | ShapeBox]]:
    """Per card: its shapes by kind ("Card", "Value", "Label", "Detail")."""
    out: list[dict[str, TextBox | ShapeBox]] = []
    named = {getattr(e, "name", ""): e for e in s.elements}
    i = 1
    while f"KPI Card {i}" in named:
        out.append(
            {w: named[f"KPI {w} {i}"] for w in ("Card", "Value", "Label", "Detail")
             if f"KPI {w} {i}" in named}
        )  # fmt: skip
        i += 1
    return out


def _number_and_unit(value: TextBox) -> tuple[str, float, str, float]:
    """A value box's number and unit with their sizes ("", 0 for a value with no unit)."""
    (para,) = value.paras
    number = para.runs[0]
    unit = para.runs[1] if len(para.runs) > 1 else None
    return (
        number.text,
        number.size_pt or para.size_pt,
        unit.text.strip("\n\u00a0") if unit else "",
        (unit.size_pt or para.size_pt) if unit else 0.0,
    )


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_kpi_number_is_the_hero_and_its_unit_smaller(theme):
    """The sample's key figures were set whole at about 31 pt, limited by the width of
    "110,4 triệu đồng": the number now takes one large size across the slide's cards
    (at least 40 pt, about twice the label) and its unit is its own run, about half as large
    and never under a label's minimum; "10,05%" keeps its %."""
    slides, th = _kpi_slides(SAMPLE, theme)
    frame = build_frame(th, Fonts.for_theme(th))
    head = measurer(resolve_font(th.fonts.heading, bold=True))
    for s in slides:
        cards = _cards(s)
        parts = [_number_and_unit(c["Value"]) for c in cards]  # type: ignore[arg-type]
        assert len({size for _, size, _, _ in parts}) == 1, s.title  # one number size a slide
        label = max(c["Label"].paras[0].size_pt for c in cards)  # type: ignore[union-attr]
        for c, (number, size, unit, unit_size) in zip(cards, parts, strict=True):
            assert size >= 40, (s.title, number, size)
            assert size >= 1.8 * label, (s.title, number)
            assert not any(ch.isspace() for ch in number), number  # the unit is not in it
            if unit:
                assert unit_size <= 0.6 * size and unit_size >= frame.kpi.label_min, unit
            # the number on one line of its box, measured with the real font
            inner = c["Value"].box.w / EMU_PER_PT
            assert head.width_pt(number, size) <= inner * (1 - SAFETY), number
    highlights = next(s for s in slides if s.title == HIGHLIGHTS)
    parts = {n: (u, us) for n, _, u, us in map(_number_and_unit, _values(highlights))}
    assert parts["110,4"][0] == "triệu\u00a0đồng"
    assert parts["10,05%"] == ("", 0.0)


def _values(s: SlidePlan) -> list[TextBox]:
    return [c["Value"] for c in _cards(s)]  # type: ignore[misc]


@pytest.mark.parametrize("theme", BUILTIN)
def test_six_key_figures_stand_on_one_three_by_two_slide(theme):
    """tuong-phan split the sample's six key figures over "(tiếp 2/2)" with three tall cards
    each: they stand on one slide, three cards over three, each row as tall as its text."""
    slides, _ = _kpi_slides(SAMPLE, theme)
    highlights = [s for s in slides if s.title.startswith(HIGHLIGHTS.split(":")[0])]
    assert [s.continued for s in highlights] == [0]
    cards = [c["Card"].box for c in _cards(highlights[0])]
    assert len(cards) == 6
    assert len({b.x for b in cards}) == 3 and len({b.y for b in cards}) == 2
    # R4: tuong-phan's numbers at 42 pt under its 40-pt title read as a second title
    title = load_theme(theme).text_sizes.title
    numbers = [v.paras[0].runs[0].size_pt for v in _values(highlights[0])]
    assert min(numbers) >= title * DOMINANT - 1e-6, numbers


@pytest.mark.parametrize(
    ("outline", "theme"),
    [(o, t) for o in (SAMPLE, STRESS, EVERY) for t in BUILTIN],
)
def test_kpi_cards_are_as_tall_as_their_text_and_centred(outline, theme):
    """Cards grew by up to 35% into the free height with their text at the top, and took the
    tallest card of the set's height (tuong-phan's "10,05%" card had its lower 80% empty):
    each row of cards is as tall as its text (pad, value, label, detail, pad: the row's last
    text ends at its bottom padding), every card's own text fills at least two fifths of it
    (0.2 before), and the group sits in the middle of the body."""
    slides, th = _kpi_slides(outline, theme)
    frame = build_frame(th, Fonts.for_theme(th))
    body_m = measurer(resolve_font(th.fonts.body))
    pad, gap = frame.kpi.pad, frame.kpi.inner_gap
    tight = frame.kpi.tight_pad
    lift = round(tight * TIGHT_LIFT)
    parts = Counter(s.source for s in slides)
    for s in slides:
        cards = _cards(s)
        rows: dict[int, list[dict]] = {}
        for c in cards:
            rows.setdefault(c["Card"].box.y, []).append(c)
        for row in rows.values():
            heights = {c["Card"].box.h for c in row}
            assert len(heights) == 1, s.title  # a row is one height
            for c in row:
                card, value, label = c["Card"].box, c["Value"], c["Label"]
                last = c.get("Detail", label)
                # the tighter padding only where the numbers need it (``DOMINANT``), the
                # text raised in it (``TIGHT_LIFT``)
                assert value.box.y - card.y in (pad, tight - lift)
                pad_y = value.box.y - card.y
                under = pad if pad_y == pad else tight + lift
                assert label.box.y == value.box.bottom + gap
                assert last.box.bottom + under <= card.bottom + 2, (s.title, last.name)
                # its own text: the value, its label's and detail's lines
                own = value.box.h
                for e in (label, c.get("Detail")):
                    if e is not None:
                        p = e.paras[0]
                        lines = body_m.wrap(p.text, p.size_pt, e.box.w / EMU_PER_PT, SAFETY)
                        own += len(lines) * body_m.line_height_pt(p.size_pt) * EMU_PER_PT
                assert own >= 0.4 * (card.h - pad_y - under), (s.title, value.name, own / card.h)
            # the row's tallest text ends at its cards' bottom padding: no empty band under
            # it (the parts of a continued set share their rows, sized for every part)
            pad_y = row[0]["Value"].box.y - row[0]["Card"].box.y
            under = pad if pad_y == pad else tight + lift
            ends = [c.get("Detail", c["Label"]).box.bottom + under for c in row]
            if parts[s.source] == 1:
                assert abs(max(ends) - row[0]["Card"].box.bottom) <= 2, s.title
        boxes = [c["Card"].box for c in cards]
        top, bottom = min(b.y for b in boxes), max(b.bottom for b in boxes)
        rule = next(e for e in s.elements if getattr(e, "name", "") == "Title Rule")
        body = clear_of_footer(body_box(frame, rule.box.y + frame.header.body_gap), frame)
        assert abs((top - body.y) - (body.bottom - bottom)) <= 2, s.title
