"""Figures of batch AC (tests/fixtures/draft-eval/ac-*, held out in session 20, material from
session 21). Its dashed shares '37,73% - 14,44%- 47,83%' are tested with the label classes of
session 21 (tests/test_draft_label_classes_s21.py); here, the guard behind them."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft.figures import find_figures


def test_numbers_that_fall_across_a_dash_are_never_drafted_as_a_range():
    # a guard (no document of the set writes one outside percentages): the figures file refuses
    # a range from high to low, so the draft never writes one
    found = find_figures("diện tích lúa giảm còn 1.200 - 1.150 ha.", "", False, None, None)
    assert [f.value for f in found if f.unit == "ha"] == [Decimal(1200)]
