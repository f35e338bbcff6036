"""A card label's narrowest rooms (``kpis._need_pt``) pay ``whole_label``'s phrase search only
where the wrap and the words already fit, and a card set's shared columns (``_col_widths``) find
only the rooms they read: on every label, size and line count the plans of the sample deck and
the stress cards ask, the same rooms as the bisection that searched at every width, and the
same columns as weighing them afresh."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from deckmaker.layout.fit import SAFETY
from deckmaker.layout.kinds import kpis
from deckmaker.layout.measure import TextMeasurer
from deckmaker.pipeline import load_inputs, plan

ROOT = Path(__file__).resolve().parents[1]


def _searched(m: TextMeasurer, text: str, size: float, lines: int, whole: bool) -> float:
    """The narrowest room as the bisection found it before: ``whole_label`` at every width."""
    lo, hi = 1, int(m.width_pt(text, size) / (1 - SAFETY)) + 2

    def fits(width: int) -> bool:
        if not whole:
            return len(m.wrap(text, size, width, SAFETY)) <= lines
        _, n, cut = kpis.whole_label(m, text, size, width)
        return n <= lines and not cut and kpis._whole(m, text, size, width)

    if not fits(hi):
        return math.inf
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return float(hi)


@pytest.mark.parametrize(
    ("outline", "theme"),
    [
        ("outlines/hung-yen-2024", "default"),
        ("outlines/hung-yen-2024", "tuong-phan"),
        ("tests/fixtures/stress/cards", "co-do"),
    ],
)
def test_rooms_and_columns_as_searched_at_every_width(
    outline: str, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    needs: list[tuple[Any, ...]] = []
    columns: list[tuple[Any, ...]] = []
    labels: list[tuple[Any, ...]] = []
    real_need, real_cols, real_label = kpis._need_pt, kpis._col_widths, kpis.whole_label

    def need(*args: Any) -> float:
        got = real_need(*args)
        needs.append((*args, *(False,)[len(args) - 4 :], got))  # ``whole`` as defaulted
        return got

    def cols(*args: Any) -> Any:
        got = real_cols(*args)
        columns.append((*args, got))
        return got

    def label(*args: Any) -> Any:
        got = real_label(*args)
        labels.append((*args, got))
        return got

    monkeypatch.setattr(kpis, "_need_pt", need)
    monkeypatch.setattr(kpis, "_col_widths", cols)
    monkeypatch.setattr(kpis, "whole_label", label)
    plan(load_inputs(ROOT / outline, theme))
    monkeypatch.setattr(kpis, "_need_pt", real_need)
    monkeypatch.setattr(kpis, "_col_widths", real_cols)
    monkeypatch.setattr(kpis, "whole_label", real_label)
    assert any(args[4] for args in needs) and any(not args[4] for args in needs), needs[:3]
    for m, text, size, lines, whole, got in needs:
        assert got == _searched(m, text, size, lines, whole), (text, size, lines, whole)
    # whole_label's lines are as many as the wrap's: what lets a room skip its search
    for m, text, size, width, (_, n, _) in labels:
        assert n == len(m.wrap(text, size, width, SAFETY)), (text, size, width)
    assert columns and any(args[-1] is not None for args in columns)
    for *args, got in columns:
        full = (*args, *(False, 0)[len(args) - 6 :])  # ``whole`` and ``gap`` as defaulted
        assert got == kpis._shared_widths(*full), args[1]
