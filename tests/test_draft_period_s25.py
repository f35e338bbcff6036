"""A drafted figure's period is the time its own sentence says it is of: the period said right
after it ('16,5%/năm giai đoạn 2011 - 2015'), else the last time said before it that is neither
the base of a change ('cùng kỳ năm 2017', 'so với năm 2017'), nor the year prices are counted at
('giá so sánh năm 2010'), nor where a count starts ('từ năm 2005 đến nay'). Real sentences of the
evaluation set (tests/fixtures/draft-eval/), each drafted whole as a user drafts it."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

import pytest

from deckmaker.draft import draft

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"


@cache
def _figures(name: str) -> list:
    return list(draft(EVAL / f"{name}.txt", slides=None).deck.figures)


def _periods(name: str, value: str, unit: str) -> list[str]:
    return [f.period for f in _figures(name) if f.value == Decimal(value) and f.unit == unit]


def test_a_period_said_after_each_figure_is_its_own():
    # 'Tốc độ tăng trưởng GDP của ngành thương mại đạt 16,5%/năm giai đoạn 2011 - 2015 và
    # 17%/năm giai đoạn 2016 - 2020': on main the first took its heading's 2020, the second the
    # period said after the first
    name = "phutho-nq-thuongmai-2009"
    assert _periods(name, "16.5", "%/năm") == ["2011-2015"]
    assert _periods(name, "17", "%/năm") == ["2016-2020"]
    # '… tăng 21%/năm giai đoạn 2011 - 2015; tăng 24,1%/năm giai đoạn 2016 - 2020'
    assert _periods(name, "21", "%/năm") == ["2011-2015"]
    assert _periods(name, "24.1", "%/năm") == ["2016-2020"]
    # 'kim ngạch xuất khẩu đạt 17% giai đoạn 2011 - 2015 và 15% giai đoạn 2016 - 2020'
    assert _periods(name, "15", "%") == ["2016-2020"]


def test_the_base_of_the_change_before_is_no_time_of_the_next_figure():
    # '6 tháng đầu năm 2018, giá trị sản xuất công nghiệp ước đạt 24.616,2 tỷ đồng, tăng 21,5%
    # cùng kỳ năm 2017, đạt 45% kế hoạch năm': on main the 45% was of 2017
    name = "ae-thaibinh-bc-congthuong-6thang-2018"
    assert _periods(name, "45", "%") == ["6 tháng đầu năm 2018"]
    assert _periods(name, "48.2", "%") == ["6 tháng đầu năm 2018"]


def test_the_last_year_said_before_a_figure_is_its_time():
    # '… (IIP) năm 2018 tăng 15,02% so với năm 2017. Giá trị sản xuất công nghiệp năm 2018 đạt
    # 8.943 tỷ đồng': on main the first year within reach, the base 2017, was taken
    assert _periods("ya-daknong-lamviec-bocongthuong-2019", "8943", "tỷ đồng") == ["2018"]


def test_where_a_count_starts_is_no_period():
    # 'từ năm 2005 đến nay trồng được 2.961,2 ha rừng các loại …': since 2005, not in it
    assert "2005" not in _periods("af-dakglong-tongket-10nam-2015", "2961.2", "ha")
    # '(năm 2010 có 9 doanh nghiệp, từ năm 2015 đến nay còn 5 doanh nghiệp)': the 5 are
    # neither of 2015 nor of the 2010 said before
    # (the table's counts, of its year columns, are named by their year)
    said = {
        f.value: f.period
        for f in _figures("za-btttt-bc-vienthong-2020")
        if f.unit == "doanh nghiệp" and not re.search(r"\s20\d\d$", f.label)
    }
    assert said[Decimal(9)] == "2010" and said[Decimal(5)] == ""


def test_an_aside_of_another_year_gives_its_time_to_no_figure_after_it():
    # 'Tốc độ tăng trưởng kinh tế 6 tháng đầu năm 2017 (GRDP) ước đạt 8,97% (cùng kỳ năm 2016
    # đạt 5,83%), trong đó nông, lâm nghiệp, thủy sản tăng 5,58%, …': the aside's 2016 is its
    # own figure's, the parts after it are of 2017
    name = "ub-gialai-nq-6thang-2017"
    assert _periods(name, "5.83", "%") == ["6 tháng đầu năm 2016"]
    for value in ("5.58", "13.01", "8.35"):
        assert _periods(name, value, "%") == ["6 tháng đầu năm 2017"], value


def test_the_year_prices_are_counted_at_is_no_period():
    # 'GRDP ước 9 tháng đầu năm 2024 theo giá so sánh năm 2010 đạt 11.423,4 tỷ đồng'
    (period,) = _periods("ag-dienbien-bc-thongke-9thang-2024", "11423.4", "tỷ đồng")
    assert "2024" in period and "2010" not in period


@pytest.mark.parametrize(
    ("name", "value", "unit", "base"),
    [
        # 'tăng 14,9% so với năm 2020. Trong đó nông sản chính 21,49 tỷ USD'
        ("ab-bnn-bc-tongket-2021", "21.49", "tỷ USD", "2020"),
        # 'gấp 2,1 lần năm 2016': the base of a multiplier
        ("ya-bacgiang-bc-ktxh-2017", "2.1", "lần", "2016"),
        # 'bằng 118% so với cùng kỳ năm 2019, đạt 97% chỉ tiêu được giao lần 3'
        ("wa-thanhhoa-bc-haiquan-2020", "97", "%", "2019"),
    ],
)
def test_a_base_year_is_no_period(name, value, unit, base):
    assert base not in " ".join(_periods(name, value, unit))
