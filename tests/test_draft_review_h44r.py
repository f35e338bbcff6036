"""h44r's review of session 34 (issue 15), each a case that failed before its fix: a striving's
change floors no level its words reach; a yearbook's abbreviations are no English; a line
naming an administrative unit is no table's unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.draft.reader import _YEARBOOK_UNIT, _vi_part

from .draft_cases import found


@pytest.mark.parametrize(
    "text",
    [
        # a level the change reaches: no floor
        "Phấn đấu đến năm 2025, giảm tỷ lệ hộ nghèo xuống còn 3%.",
        "Phấn đấu năm 2025, tăng lên 120 xã.",
        # a value added reaching a level, no change
        "Phấn đấu đến năm 2025, giá trị tăng thêm ngành công nghiệp đạt 9%.",
    ],
)
def test_a_level_a_striving_reaches_is_no_floor(text):
    [(value, kind)] = found(text, "value plan_kind")
    assert value > 0
    assert kind != "floor"


def test_a_change_striven_for_is_still_a_floor():
    assert found("Phấn đấu đến năm 2025, giảm tỷ lệ hộ nghèo 1,5%.", "value plan_kind") == [
        (Decimal("1.5"), "floor")
    ]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("GDP - Gross domestic product", "GDP"),
        ("UBND", "UBND"),
        ("TOÀN NGÀNH - TOTAL", "TOÀN NGÀNH"),
        ("Nam - Male", "Nam"),
        ("Rate of repeaters", ""),
        ("TOTAL", ""),
    ],
)
def test_a_yearbooks_abbreviations_are_no_english(line, said):
    assert _vi_part(line) == said


def test_a_unit_line_says_it_is_one():
    assert _YEARBOOK_UNIT.match("Đơn vị hành chính năm 2022") is None
    assert _YEARBOOK_UNIT.match("Đơn vị tính - Unit: Ha").group("unit") == "Ha"
    assert _YEARBOOK_UNIT.match("Đơn vị: người").group("unit") == "người"


def test_a_life_expectancy_after_a_place_is_no_persons_age():
    assert found(
        "Tuổi thọ bình quân của người dân Việt Nam (73,6 tuổi) và của tỉnh Hà Tĩnh (74 tuổi).",
        "value unit",
    ) == [(Decimal("73.6"), "tuổi"), (Decimal("74"), "tuổi")]
    # (a person's age is still none: 'cô Hồng (39 tuổi, …)')
    assert found("Nạn nhân là cô Hồng (39 tuổi, trú tại xã A) bị thương.", "value") == []
