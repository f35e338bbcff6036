"""Figures of batch AC (tests/fixtures/draft-eval/ac-*, held out in session 20, material from
session 21), each rule stated on sentences those documents (and others of the set) write."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft.figures import find_figures


def _values(text: str) -> list[Decimal | tuple[Decimal, Decimal]]:
    return [f.value for f in find_figures(text, "", False, None, None) if f.unit == "%"]


def test_percentages_joined_by_dashes_are_a_list_when_three_or_falling():
    # ac-soctrang-bc-ktxh-2014: the shares of the three sectors written 'A% - B%- C%'; read as a
    # range, '37,73% - 14,44%' ran from high to low and the drafted figures file did not build
    text = (
        "tỷ trọng 3 khu vực cụ thể là 37,73% - 14,44%- 47,83%. Lĩnh vực văn hóa xã hội có "
        "nhiều tiến bộ."
    )
    assert _values(text) == [Decimal("37.73"), Decimal("14.44"), Decimal("47.83")]
    falling = "tỷ trọng nông nghiệp và công nghiệp là 37,73% - 14,44%."
    assert _values(falling) == [Decimal("37.73"), Decimal("14.44")]


def test_two_rising_percentages_joined_by_a_dash_stay_one_range():
    # lamdong-nq-ktxh-2021: a resolution's target range, low end first
    text = "tổng nguồn vốn đầu tư phát triển toàn xã hội hàng năm chiếm khoảng 35% - 36% GRDP;"
    assert _values(text) == [(Decimal(35), Decimal(36))]


def test_numbers_that_fall_across_a_dash_are_never_drafted_as_a_range():
    # a guard (no document of the set writes one outside percentages): the figures file refuses
    # a range from high to low, so the draft never writes one
    found = find_figures("diện tích lúa giảm còn 1.200 - 1.150 ha.", "", False, None, None)
    assert [f.value for f in found if f.unit == "ha"] == [Decimal(1200)]
