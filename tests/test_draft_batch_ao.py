"""Figures of batch AO (tests/fixtures/draft-eval/ao-*, held out in session 31, material from
session 32): made-up text in the shapes AO's documents showed, never their own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.reader import ended_tables


def test_a_table_one_cell_a_line_each_closed_by_a_pipe_is_read_row_by_row(tmp_path: Path) -> None:
    # a decision's article holding a table as a legal-text site's page gives it: a row's name,
    # value and unit each a line closed by '|', a lone '|' an empty cell
    text = "\n".join(
        [
            "QUYẾT ĐỊNH:",
            "Điều 2. Giao chỉ tiêu chi ngân sách",
            "1. Tổng chi ngân sách huyện: |",
            "912.340 |",
            "triệu đồng |",
            "Trong đó: |",
            "|",
            "|",
            "Chi đầu tư phát triển: |",
            "205.118 |",
            "triệu đồng |",
            "Chi thường xuyên: |",
            "688.007 |",
            "triệu đồng |",
            "Điều 3. Tổ chức thực hiện",
        ]
    )
    doc = tmp_path / "qd.txt"
    doc.write_text(text + "\n", "utf-8")
    figures = draft(doc).deck.figures
    got = {(f.value, f.unit) for f in figures}
    assert (Decimal(912340), "triệu đồng") in got
    assert (Decimal(205118), "triệu đồng") in got
    assert (Decimal(688007), "triệu đồng") in got
    by_value = {f.value: f for f in figures}
    assert "chi thường xuyên" in by_value[Decimal(688007)].label.lower()


def test_a_letterhead_whose_cells_are_closed_by_pipes_is_left_as_it_is() -> None:
    lines = ["ỦY BAN NHÂN", "DÂN |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 12/QĐ-UBND |"]
    assert ended_tables(lines) == lines
    rows = ["Chi thường xuyên: |", "688.007 |", "triệu đồng |"] * 2
    assert ended_tables(rows) == ["Chi thường xuyên: 688.007 triệu đồng"] * 2


def test_a_pipe_table_after_a_letterheads_cells_is_read_and_long_runs_cost_one_pass(
    monkeypatch,
) -> None:
    from deckmaker.draft import reader

    lead = ["ỦY BAN NHÂN DÂN |", "Số: 12/QĐ-UBND |"]
    rows = ["Chi thường xuyên: |", "688.007 |", "triệu đồng |", "Chi đầu tư: |", "205.118 |"]
    rows += ["triệu đồng |"]
    assert ended_tables(["", *lead, "", *rows, "Điều 3."]) == [
        "",
        *lead,
        "",
        "Chi thường xuyên: 688.007 triệu đồng",
        "Chi đầu tư: 205.118 triệu đồng",
        "Điều 3.",
    ]
    # untrusted text: a run of 5,000 cells that is no table, or of 5,000 blank lines, is tried
    # as a table from a few of its first cells only, never from each of its lines
    tried: list[int] = []
    real = reader._ended_rows
    monkeypatch.setattr(
        reader, "_ended_rows", lambda cells: tried.append(len(cells)) or real(cells)
    )
    junk = ["x |"] * 5000
    assert ended_tables(junk) == junk
    assert ended_tables([""] * 5000) == [""] * 5000
    assert len(tried) <= reader._ENDED_MAX_LEAD


def test_a_day_before_the_lunar_new_year_is_a_date_not_a_count() -> None:
    # 'trước 27 tết' (ao-daklak's shape): the 27th of the year's last lunar month, no figure
    from deckmaker.draft.figures import find_figures

    for text in ("việc tặng quà sẽ hoàn thành trước 27 tết.", "Hoàn thành trước 28 Tết."):
        found = find_figures(text, "", False, None, None)
        assert not [f for f in found if f.value == Decimal(27) or f.value == Decimal(28)]


def test_a_percentage_whose_label_names_a_plan_is_no_bar_beside_the_levels() -> None:
    # ao-hiephoa, ao-ngockhe: a label that names a plan past its start (a clause before the
    # figure, 'các chỉ tiêu … đạt kế hoạch: …') is of a plan's measure, never a bar beside the
    # rates of its list; h41b's first rule (d3a91f7) also took the excess over a plan
    # (camau's 'Vận động Quỹ Đền ơn đáp vượt kế hoạch' 21,3% among its rates of a plan, all
    # met) and a change ('Tỷ lệ chỉ tiêu tăng so với cùng kỳ' 15,8%) as shares of a plan
    from types import SimpleNamespace

    from deckmaker.draft.compose import _measure

    def pct(label: str) -> SimpleNamespace:
        return SimpleNamespace(unit="%", label=label, plan_kind=None)

    level = _measure(pct("Tỷ lệ gia đình văn hóa"), loose=True)
    assert _measure(pct("Trồng thuốc lá năm 2023 các chỉ tiêu kinh tế"), loose=True) != level
    assert _measure(pct("Chỉ tiêu chủ yếu như tốc độ tăng trưởng"), loose=True) != level
    assert _measure(pct("Thu ngân sách so với dự toán"), loose=True) == "% kế hoạch"
    assert _measure(pct("Vận động Quỹ Đền ơn đáp vượt kế hoạch"), loose=True) == "% vượt"
    assert _measure(pct("Tỷ lệ chỉ tiêu tăng so với cùng kỳ"), loose=True) == "% tăng"
    # (nor the growth a plan names: 'Kế hoạch là tốc độ tăng trưởng kinh tế' 7,26% beside the
    # rates of a plan, a change)
    assert _measure(pct("Kế hoạch là tốc độ tăng trưởng kinh tế (GRDP)"), loose=True) == "% tăng"
