"""One figure, one reading (issue 18, point 2): shares of a whole shown rounded add up to the
whole (largest-remainder rounding, in pie and donut labels), and ``check`` warns when the parts
listed under a total do not add up to it, or shares in % exceed 100%."""

from __future__ import annotations

import textwrap
from decimal import Decimal as D
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from deckmaker.cli import main
from deckmaker.figures import load_figures
from deckmaker.numfmt import round_to_total, shares_of

from .unit.test_charts import drawn, plan_of, texts_of


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# --- largest-remainder rounding --------------------------------------------------------------


def test_three_equal_shares_are_33_4_33_3_33_3():
    assert shares_of([1, 1, 1]) == [D("33.4"), D("33.3"), D("33.3")]


def test_shares_already_adding_up_are_rounded_as_usual():
    assert shares_of([D("61.7"), D("31.3"), D("7")]) == [D("61.7"), D("31.3"), D("7.0")]


@given(
    st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12).filter(
        lambda xs: sum(xs) > 0
    ),
    st.integers(min_value=0, max_value=2),
)
def test_shares_add_up_to_100_and_each_is_within_one_step(values, places):
    shares = shares_of(values, places)
    assert sum(shares) == 100
    step = D(1).scaleb(-places)
    total = sum(values)
    for v, s in zip(values, shares, strict=True):
        exact = D(v) * 100 / D(total)
        assert abs(s - exact) < step
        assert s == s.quantize(step)


def test_round_to_total_refuses_negative_parts():
    with pytest.raises(ValueError, match="cannot be negative"):
        round_to_total([D(-1), D(2)])


def test_pie_labels_add_up_to_100():
    from deckmaker.charts import Series

    three = (Series("Thu", (D(1), D(1), D(1))),)
    plan = plan_of("pie", series=three, categories=("Một", "Hai", "Ba"), unit="tỷ đồng")
    shown = [t for t in texts_of(drawn(plan)) if t.endswith("%") and "," in t]
    assert sorted(shown) == ["33,3%", "33,3%", "33,4%"]


# --- parts under a total, shares over 100% ----------------------------------------------------


def _warnings(tmp_path: Path, figures: str) -> list:
    warnings: list = []
    load_figures(write(tmp_path / "figures.yaml", figures), warnings)
    return [w for w in warnings if "part_of" in w.path]


PARTS = """
budget_revenue: {{label: Tổng thu ngân sách, value: 33100, unit: tỷ đồng}}
domestic_revenue: {{label: Thu nội địa, value: 28600, unit: tỷ đồng, part_of: budget_revenue}}
trade_revenue: {{label: Thu xuất nhập khẩu, value: {trade}, unit: tỷ đồng, part_of: budget_revenue}}
"""


def test_parts_that_add_up_to_their_total_are_quiet(tmp_path):
    assert _warnings(tmp_path, PARTS.format(trade=4500)) == []


def test_parts_that_do_not_add_up_are_warned_at_the_first_part(tmp_path):
    [w] = _warnings(tmp_path, PARTS.format(trade=4000))
    assert w.severity == "warning"
    assert w.location.line == 2
    assert w.message == (
        "the parts of 'budget_revenue' (domestic_revenue, trade_revenue) add up to "
        "32.600 tỷ đồng, not its 33.100 tỷ đồng"
    )


def test_rounding_of_the_written_decimals_is_allowed(tmp_path):
    figures = """
    total: {label: T, value: 10.1, unit: tỷ đồng}
    a: {label: A, value: 3.4, unit: tỷ đồng, part_of: total}
    b: {label: B, value: 3.3, unit: tỷ đồng, part_of: total}
    c: {label: C, value: 3.3, unit: tỷ đồng, part_of: total}
    """
    assert _warnings(tmp_path, figures) == []  # 10,0 against 10,1: within four half-tenths
    off = figures.replace("value: 10.1", "value: 10.3")
    assert len(_warnings(tmp_path, off)) == 1


SHARES = """
structure_industry: {{label: Công nghiệp, value: 61.7, unit: "%", part_of: grdp_structure}}
structure_services: {{label: Dịch vụ, value: {services}, unit: "%", part_of: grdp_structure}}
structure_agriculture: {{label: Nông nghiệp, value: 7, unit: "%", part_of: grdp_structure}}
"""


def test_shares_over_100_percent_are_warned(tmp_path):
    assert _warnings(tmp_path, SHARES.format(services=31.3)) == []
    [w] = _warnings(tmp_path, SHARES.format(services=41.3))
    assert "the shares of 'grdp_structure'" in w.message
    assert "add up to 110,0%, more than the whole" in w.message


def test_the_same_parts_from_csv(tmp_path):
    write(
        tmp_path / "figures.csv",
        """
        key,label,value,unit,part_of
        thu,Tổng thu,100,tỷ đồng,
        noi_dia,Thu nội địa,60,tỷ đồng,thu
        xnk,Thu XNK,30,tỷ đồng,thu
        """,
    )
    warnings: list = []
    figures = load_figures(tmp_path / "figures.csv", warnings)
    assert figures["xnk"].part_of == "thu"
    assert [w.location.line for w in warnings if "part_of" in w.path] == [3]


def test_check_shows_the_warning(tmp_path):
    write(tmp_path / "figures.yaml", PARTS.format(trade=4000))
    write(
        tmp_path / "outline.yaml",
        """
        deck: {title: T, figures: figures.yaml}
        sections:
          - title: S
            slides:
              - title: A
                bullets: ["{budget_revenue}"]
        """,
    )
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0
    assert "figures.yaml:2:1: warning: the parts of 'budget_revenue'" in result.stderr
