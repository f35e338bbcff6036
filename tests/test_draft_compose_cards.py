"""A KPI card's own label (session 31, wt-h40c): a figure whose label is too long for a card
keeps its card with the label said in fewer words a reader still understands, the figure's own
label untouched (v-hcm-dautucong's share of the capital the Prime Minister assigned, nine words,
had lost its KPI slide)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.draft.compose import KPI_WORDS, card_label
from deckmaker.draft.writer import outline_yaml

from .draft_cases import case, composed_draft

# a KPI card says a share's base as the set's labels do, 'X so Y', without the noun the measure
# already names, and a base someone set as the level set: v-hcm-dautucong's share of the capital
# the Prime Minister assigned (nine words) kept its card
CARDS = [
    case("fits", "Tổng số vốn triển khai", 7, "Tổng số vốn triển khai"),
    case("so-ke-hoach", "Xuất khẩu lao động (so với kế hoạch)", 7,
         "Xuất khẩu lao động so kế hoạch"),
    case("set-by-someone", "Vốn triển khai (so với mức vốn Thủ tướng giao)", 7,
         "Vốn triển khai so mức được giao"),
    case("no-share", "Số dự án thuộc danh mục dự án trọng điểm của thành phố", 7, ""),
]  # fmt: skip


@pytest.mark.parametrize(("label", "words", "expected"), CARDS)
def test_a_cards_label_is_the_figures_in_fewer_words(label, words, expected):
    assert card_label(label, words) == expected


def test_a_share_with_a_long_base_keeps_its_kpi_card(tmp_path: Path):
    deck = composed_draft(
        tmp_path,
        [
            "Thành phố đã phân bổ chi tiết với tổng số vốn triển khai là 151.432 tỷ đồng, đạt 127% "
            "mức vốn Thủ tướng giao."
        ],
    ).deck
    figures = {f.key: f for f in deck.figures}
    (slide,) = [sl for sec in deck.sections for sl in sec.slides if sl.kpis]
    cards = dict(slide.kpi_labels)
    shown = [cards.get(k, figures[k].label) for k in slide.kpis]
    assert [figures[k].unit for k in slide.kpis] == ["tỷ đồng", "%"]
    assert shown[1] == "Vốn triển khai so mức được giao"
    assert all(len(label.split()) <= KPI_WORDS for label in shown)
    # the figure keeps its label, the card's notes say it whole
    assert figures[slide.kpis[1]].label == "Vốn triển khai (so với mức vốn Thủ tướng giao)"
    # the outline's card names the figure and says the card's label beside it
    text, count = outline_yaml(deck)
    assert f"- figure: {slide.kpis[1]}\n            label: {shown[1]}\n" in text
    # and asks the presenter to check the shorter label, in the line above the card
    key = slide.kpis[1]
    review = f"# review: the card labels {key} '{shown[1]}', shorter than figures.yaml's label"
    assert f"{review}\n          - figure: {key}\n" in text
    assert text.count("# review:") == count
