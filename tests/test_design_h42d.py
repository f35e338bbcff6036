"""Issue 14: a designer's pass on the sample and the stress outlines (h42d).

A currency named in several words was bound to its number by its first word only: "5.800,25
triệu đô" held together and "la Mỹ" was left free, so a line broke inside the dollar's name
(the stress cards in co-do, the bullets beside the chart: "…đạt 5.800,25 triệu đô / la Mỹ,
đạt 82,9% kế hoạch."). ``nobreak.bind_units`` binds every word of such a name
(``CURRENCY_NAMES``), as it binds the words of a unit."""

from __future__ import annotations

import pytest

from deckmaker.layout.model import TextBox
from deckmaker.layout.nobreak import NBSP, bind_units
from deckmaker.pipeline import load_inputs, plan

from .conftest import ROOT

CARDS = ROOT / "tests/fixtures/stress/cards/outline.yaml"


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("đạt 5.800,25 triệu đô la Mỹ, đạt 82,9%", "5.800,25 triệu đô la Mỹ,"),
        ("kim ngạch 5,8 tỷ đô la năm 2023", "5,8 tỷ đô la"),
        ("tăng 3 tỷ đô la Mỹ", "3 tỷ đô la Mỹ"),
    ],
)
def test_a_currency_named_in_words_is_bound_whole(text: str, bound: str) -> None:
    """Every word of "đô la Mỹ" is bound to the one before it, and to its number."""
    assert bound.replace(" ", NBSP) in bind_units(text), bind_units(text)


@pytest.mark.parametrize(
    "text",
    ["có 3 đô thị loại III", "5 triệu đô, la Mỹ", "đô la. Mỹ là"],
)
def test_only_the_currency_s_own_words_are_bound(text: str) -> None:
    """A word that only follows "đô" ("đô thị") or a name a clause's end parts is left as it was."""
    out = bind_units(text)
    assert f"đô{NBSP}thị" not in out
    assert f"la{NBSP}Mỹ" not in out


@pytest.mark.parametrize("theme", ["default", "co-do"])
def test_no_slide_breaks_inside_the_dollar_s_name(theme: str) -> None:
    """The stress cards' bullets and cards: "đô la Mỹ" on one line wherever it is set (main:
    co-do's bullets beside the chart broke "…triệu đô / la Mỹ")."""
    seen = 0
    for slide in plan(load_inputs(CARDS, theme)):
        for e in slide.elements:
            if not isinstance(e, TextBox):
                continue
            for para in e.paras:
                text = "".join(r.text for r in para.runs)
                if "la Mỹ" not in text.replace(NBSP, " "):
                    continue
                seen += 1
                assert f"đô{NBSP}la{NBSP}Mỹ" in text, (theme, text)
    assert seen >= 2, seen


def test_names_beside_bars_keep_their_words_when_they_fit() -> None:
    """A bar chart drawn sideways because its names did not go under columns wraps its names
    beside the bars with their kept words whole where they fit so (main: the probe under
    columns left the canvas parting every kept word, and co-do's stress chart read "Tốc độ tăng
    trưởng tổng / sản phẩm trên địa bàn / …" at the same size and lines as "Tốc độ tăng
    trưởng / tổng sản phẩm trên địa bàn / …")."""
    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox

    charts = [
        e
        for slide in plan(load_inputs(CARDS, "co-do"))
        for e in slide.elements
        if isinstance(e, ChartBox) and e.chart.kind == "bar"
    ]
    assert charts
    for box in charts:
        fig = draw(box.chart)
        names = [t.get_text() for t in fig.axes[0].yaxis.get_ticklabels() if t.get_text()]
        first = next(n for n in names if n.startswith("Tốc độ"))
        assert "tổng sản phẩm" in first.replace("\n", " ")
        assert all("tổng sản phẩm" in line or "tổng" not in line for line in first.split("\n")), (
            first
        )
