"""deckmaker/usage.py: which slides show a figure used at some outline paths."""

from __future__ import annotations

from deckmaker.layout.model import SlidePlan
from deckmaker.usage import slide_numbers, slides_by_source


def _plans(*sources: str) -> list[SlidePlan]:
    return [SlidePlan("bullets", f"s{i}", (), "#FFFFFF", source=s) for i, s in enumerate(sources)]


def test_the_longest_slide_source_wins_with_its_continuations():
    plans = _plans(
        "",
        "sections[0].slides[1]",
        "sections[0].slides[1]",  # its "(tiếp)" slide
        "sections[0].slides[10]",
        "sections[0]",
        "closing",
    )
    assert slide_numbers(plans, ["sections[0].slides[1].bullets[2]"]) == (2, 3)
    assert slide_numbers(plans, ["sections[0].slides[10].chart"]) == (4,)
    assert slide_numbers(plans, ["sections[0].title"]) == (5,)
    assert slide_numbers(plans, ["sections[0].slides[1]", "closing.title"]) == (2, 3, 6)
    assert slide_numbers(plans, ["sections[0].slides[11].title"]) == (5,)  # only a prefix at "."
    assert slide_numbers(plans, ["sections[0]x", "", "deck.title"]) == ()
    index = slides_by_source(plans)
    assert index["sections[0].slides[1]"] == [2, 3] and "" not in index
    assert slide_numbers(plans, ["closing"], index) == (6,)
