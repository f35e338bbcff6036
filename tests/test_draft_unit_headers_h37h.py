"""Tables whose cells carry no unit (issue 15, h37h): the unit written once, in a column's head
('Tăng trưởng GRDP 2026 - 2030 (%)'), in a column of units ('Đơn vị') or on a line over the
table ('Đơn vị: %'), given to every bare value of its column, ranges ('10,5 – 11,0') and bounds
('Khoảng 6', 'Trên 90') included; tables as a page's text gives them (one cell a line, rows
parted by '|' with one at their end, cells parted by tabs); a table of targets (its head or the
line over it says so) drafted as targets. Real tables of tests/fixtures/draft-tables/ (each
names its page in its '# source:' line)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.reader import aligned_tables, read_paragraphs, table_lines

TABLES = Path(__file__).parent / "fixtures" / "draft-tables"


def _body(name: str, tmp_path: Path) -> Path:
    """The fixture without its '# source:' lines, as a user's document."""
    text = (TABLES / name).read_text(encoding="utf-8").splitlines()
    body = tmp_path / name
    body.write_text("\n".join(ln for ln in text if not ln.startswith("#")) + "\n", "utf-8")
    return body


def test_a_page_table_one_cell_a_line_in_two_halves_gives_every_province_its_target(
    tmp_path: Path,
) -> None:
    # 34 provinces in two halves side by side, the '%' only in the head
    figures = draft(_body("tvpl-grdp-34tinh-2026-2030.txt", tmp_path)).deck.figures
    growth = [f for f in figures if f.unit == "%" and "tăng trưởng" in f.label.lower()]
    assert len(growth) >= 34
    by_place = {f.label.split(" tăng trưởng")[0]: f for f in growth}
    assert by_place["Hải Phòng"].value == (Decimal("14.0"), Decimal("14.5"))
    assert by_place["Thành phố Hồ Chí Minh"].value == Decimal("10.0")
    assert by_place["Cà Mau"].value == (Decimal("10.0"), Decimal("10.5"))
    # 'Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 …' over the table: targets, not results
    assert all(f.plan_kind for f in growth)
    assert by_place["Hải Phòng"].plan_kind == "range"
    assert by_place["Huế"].plan_kind == "floor"  # a growth set as a target: at least
    assert by_place["Cao Bằng"].value == (Decimal("8.0"), Decimal("9.0"))  # (not 'Cao')


def test_a_numbered_table_one_cell_a_line_takes_its_units_column(tmp_path: Path) -> None:
    body = _body("mpi-chitieu-2021.txt", tmp_path)
    rows = [p for p in read_paragraphs(body) if p.startswith("|")]
    assert "| 2 | GDP bình quân đầu người | Khoảng 3.700 USD | Khoảng 3.700 USD | Bộ KHĐT |" in rows
    # a sub-row past the head's width is a row of its own; ranges and bounds take the unit
    assert any("Trong đó" in r and "Khoảng 25,5%" in r for r in rows)
    assert any("Khoảng 45-47%" in r for r in rows)
    assert any("Trên 90%" in r for r in rows)
    figures = draft(body).deck.figures
    usd = [f for f in figures if f.unit == "USD"]
    assert [f.value for f in usd] == [Decimal("3700"), Decimal("3700")]
    assert all(f.plan_kind == "exact" for f in usd)  # 'Kế hoạch … giao', 'Mục tiêu phấn đấu'
    forest = [f for f in figures if "che phủ rừng" in f.label]
    assert forest and forest[0].value == Decimal("42") and forest[0].unit == "%"


def test_rows_parted_by_pipes_with_one_at_their_end_are_a_table_of_targets(
    tmp_path: Path,
) -> None:
    body = _body("vov-15chitieu-2025.txt", tmp_path)
    rows = [p for p in read_paragraphs(body) if p.startswith("|")]
    assert rows[0] == "| STT | Chỉ tiêu | Kế hoạch |"
    assert "| 2 | GDP bình quân đầu người | 4.900 USD |" in rows
    figures = draft(body).deck.figures
    per_head = [f for f in figures if f.unit == "USD" and "GDP" in f.label]
    assert per_head and per_head[0].plan_kind == "exact"
    cover = [f for f in figures if "bảo hiểm y tế" in f.label]
    assert cover and cover[0].value == Decimal("95.15") and cover[0].plan_kind


def test_a_unit_line_over_a_table_goes_into_its_bare_values() -> None:
    # (rows of the page's table above, typed with tabs under 'Đơn vị: %')
    lines = [
        "Đơn vị: %",
        "Tỉnh, thành phố\tTăng trưởng GRDP 2026 - 2030",
        "Hà Nội\t10,5 – 11,0",
        "Hải Phòng\t14,0 – 14,5",
        "Huế\t10,0",
    ]
    out = aligned_tables(lines)
    assert "| Hà Nội | 10,5 – 11,0% |" in out and "| Huế | 10,0% |" in out
    # a column of row numbers or of years takes no unit
    rows = [
        ["STT", "Chỉ tiêu", "Năm hoàn thành", "Mục tiêu"],
        ["1", "Tỷ lệ che phủ rừng", "2030", "42"],
    ]
    assert table_lines(rows, "%")[2] == "| 1 | Tỷ lệ che phủ rừng | 2030 | 42% |"
    # the unit line as the table's first row, and bounds
    rows = [
        ["ĐVT: tỷ đồng", "", ""],
        ["Chỉ tiêu", "Kế hoạch", "Ước"],
        ["Thu ngân sách", "Trên 500", "8 trở lên"],
    ]
    assert table_lines(rows)[2] == "| Thu ngân sách | Trên 500 tỷ đồng | 8 tỷ đồng trở lên |"


def test_a_head_over_two_rows_gives_its_unit_to_each_column_it_spans() -> None:
    rows = [
        ["STT", "Tỉnh", "Tốc độ tăng trưởng GRDP (%)", ""],
        ["", "", "Năm 2025", "Giai đoạn 2026-2030"],
        ["1", "Hà Nội", "8", "10-10,5"],
        ["2", "Huế", "7,5", "10"],
    ]
    out = table_lines(rows)
    assert out[0] == (
        "| STT | Tỉnh | Tốc độ tăng trưởng GRDP Năm 2025 (%) "
        "| Tốc độ tăng trưởng GRDP Giai đoạn 2026-2030 (%) |"
    )
    assert out[2] == "| 1 | Hà Nội | 8% | 10-10,5% |"


def test_reading_one_cell_a_line_is_bounded_for_any_length() -> None:
    from deckmaker.draft.reader import stacked_tables  # (h37h's reader)

    lines = [w for n in range(20000) for w in (f"Dòng {n}", str(n % 97), "")]
    start = time.perf_counter()
    stacked_tables(lines)
    assert time.perf_counter() - start < 20


def test_a_table_headed_by_years_only_under_a_title_in_percent(tmp_path: Path) -> None:
    # the rows' names under an empty head, groups' headings on lines of their own, '(%)' in the
    # title over the table
    body = _body("tccs-gdp-2009.txt", tmp_path)
    rows = [p for p in read_paragraphs(body) if p.startswith("|")]
    assert rows[0] == "| | 2008 | 2009 |"
    assert "| Dịch vụ | 7,18% | 6,63% |" in rows
    assert "| Quý IV | 5,89% | 6,90% |" in rows
    figures = draft(body).deck.figures
    quarters = [f for f in figures if f.label.startswith("Quý") and f.unit == "%"]
    assert len(quarters) == 8
    assert not any(f.plan_kind for f in figures if f.unit == "%")  # results of past years


def test_a_place_row_is_named_by_what_the_table_measures_and_its_column_time(
    tmp_path: Path,
) -> None:
    # the page's rows set out as an annex table: the measure in the line over the table, a
    # 'Đơn vị: %' line, columns of a kind and a time only
    lines = [
        "Phụ lục",
        "Mục tiêu tăng trưởng GRDP của các tỉnh, thành phố giai đoạn 2026 - 2030",
        "Đơn vị: %",
        "STT\tTỉnh, thành phố\tMục tiêu giai đoạn 2026 - 2030",
        "1\tHà Nội\t10,5 – 11,0",
        "2\tThành phố Hồ Chí Minh\t10,0",
        "3\tHải Phòng\t14,0 – 14,5",
        "4\tHuế\t10,0",
    ]
    body = tmp_path / "phu-luc.txt"
    body.write_text("\n".join(lines) + "\n", encoding="utf-8")
    figures = {f.label: f for f in draft(body).deck.figures if f.unit == "%"}
    hue = figures["Tăng trưởng GRDP Huế giai đoạn 2026 - 2030"]
    assert hue.value == Decimal("10.0") and hue.plan_kind == "floor"
    assert figures["Tăng trưởng GRDP Hải Phòng giai đoạn 2026 - 2030"].plan_kind == "range"
