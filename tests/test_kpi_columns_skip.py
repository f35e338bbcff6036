"""KPI cards' columns shared out by their labels (``kpis._grid``): the grid at the shared widths
is laid out only when ``kpis._fewest_key``, a floor under its labels' key, leaves it a chance.
On the card sets the sample deck and the stress cards weigh (every theme's frame they plan in),
the floor is never over the key the grid at those widths has, and no grid that would have been
taken is skipped (``tools/deck_hashes.sh``: the same decks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from deckmaker.layout.kinds import kpis
from deckmaker.pipeline import load_inputs, plan

ROOT = Path(__file__).resolve().parents[1]


def _weighed(outline: Path, theme: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """The arguments of every ``_grid`` the plan of ``outline`` calls (``_grid`` itself runs)."""
    seen: list[tuple[Any, ...]] = []
    real = kpis._grid

    def record(*args: Any) -> Any:
        seen.append(args)
        return real(*args)

    monkeypatch.setattr(kpis, "_grid", record)
    plan(load_inputs(outline, theme))
    monkeypatch.setattr(kpis, "_grid", real)
    return seen


@pytest.mark.parametrize(
    ("outline", "theme"),
    [
        ("outlines/hung-yen-2024", "default"),
        ("outlines/hung-yen-2024", "tuong-phan"),
        ("tests/fixtures/stress/cards", "co-do"),
    ],
)
def test_the_floor_never_skips_a_better_grid(
    outline: str, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = {"shared": 0, "skipped": 0, "taken": 0}
    for frame, texts, cols, body, per, stacked, cap, pad_y in _weighed(
        ROOT / outline, theme, monkeypatch
    ):
        card_w = (body.w - frame.kpi.gap * (cols - 1)) // cols
        equal = kpis._grid_at(frame, texts, cols, body, per, stacked, cap, pad_y, (card_w,) * cols)
        if equal is None or cols < 2:
            continue
        col_ws = kpis._col_widths(frame, texts, cols, body, per, equal)
        if col_ws is None:
            continue
        counts["shared"] += 1
        each = per or len(texts)
        rows = [(j % each) // cols for j in range(len(texts))]
        before = kpis._label_key(kpis._label_lines(frame, texts, equal, per), rows)[0]
        floor = kpis._fewest_key(frame, texts, per, equal.lsize, col_ws)
        other = kpis._grid_at(frame, texts, cols, body, per, stacked, cap, pad_y, col_ws)
        after = None
        if other is not None:
            after = kpis._label_key(kpis._label_lines(frame, texts, other, per), rows)[0]
            assert floor <= after, (texts, cols, col_ws)
        taken = (
            other is not None
            and after is not None
            and other.vsize >= equal.vsize - 1e-6
            and other.lsize >= equal.lsize - 1e-6
            and (other.whole or not equal.whole)
            and other.value.stacked == equal.value.stacked
            and after < before
        )
        got = kpis._grid_lines(frame, texts, cols, body, per, stacked, cap, pad_y)
        assert got == (other if taken else equal)
        # the grid taken differs from the lines' only to keep a label's term whole (h29d)
        final = kpis._grid(frame, texts, cols, body, per, stacked, cap, pad_y)
        assert final == got or (
            got is not None
            and final is not None
            and kpis._cuts(frame, texts, final, per) < kpis._cuts(frame, texts, got, per)
        )
        counts["taken"] += taken
        counts["skipped"] += floor >= before
        assert not (taken and floor >= before), texts
    assert counts["shared"], counts  # the deck weighs shared columns at all
