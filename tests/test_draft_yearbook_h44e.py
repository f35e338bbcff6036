"""Tables of a statistics yearbook copied as text (issue 15, h44e): a page of a provincial
statistics office's yearbook gives its table as text, aligned by spaces, one cell a line or
one row a line spaced once, under 'Đơn vị tính - Unit: %', its columns headed by years ('2019
2020 … Sơ bộ 2023') or its rows named by them ('2018  325.517,2  286.495,4 …'), each name in
Vietnamese then in English ('Tiểu học -' then 'Primary school'). The reader writes each as the
Markdown rows the drafter reads: a row a measure (its Vietnamese name), a column a period, the
table's or the row's unit in each value; a table whose rows are years is written turned, so a
figure is named by its measure and its year. Real pages of tests/fixtures/draft-tables/ (each
names its page in its '# source:' line)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from deckmaker.draft import draft
from deckmaker.draft.reader import read_paragraphs, yearbook_tables

TABLES = Path(__file__).parent / "fixtures" / "draft-tables"


@cache
def _paragraphs(name: str) -> tuple[str, ...]:
    return tuple(read_paragraphs(TABLES / f"yearbook-{name}.txt"))


@cache
def _figures(name: str) -> dict[str, tuple[Decimal, str, str]]:
    figures = draft(TABLES / f"yearbook-{name}.txt", slides=None).deck.figures
    return {f.label: (f.value, f.unit, f.period) for f in figures}


# (page, its head row, one of its rows) as the reader writes them
READ = [
    # aligned by spaces, rows named by years, a head over four lines in two languages
    (
        "cucthongke-rung-2022",
        "| Chỉ tiêu | 2018 | 2019 | 2020 | 2021 | Sơ bộ 2022 |",
        "| Tỷ lệ che phủ rừng | 41,20% | 43,06% | 43,04% | 43,02% | 43,11% |",
    ),
    # one cell a line, columns headed by years, each row's name in two languages
    (
        "quangngai-luuban-2016",
        "| Chỉ tiêu | 2010 | 2013 | 2014 | 2015 | 2016 |",
        "| Tiểu học | 1,32% | 0,85% | 0,16% | 0,14% | 0,08% |",
    ),
    # one row a line spaced once, columns headed by months, the English on the row's line
    (
        "quangtri-cpi-2018",
        "| Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Tháng 10 | Tháng 11 | Tháng 12 |",
        "| Chỉ số giá tiêu dùng | 101,08% | 101,29% | 101,76% | 102,02% | 101,80% | 101,73% |",
    ),
    # aligned by spaces, columns headed by years, a group's row ('Tháng trước = 100')
    (
        "binhdinh-cpi-2023",
        "| Chỉ tiêu | 2019 | 2020 | 2021 | 2022 | 2023 |",
        "| Tháng 5 | 100,54% | 100,05% | 100,39% | 100,48% | 100,09% |",
    ),
    # one cell a line, a column's period a span of years, a row's name over three lines
    (
        "nghean-iip-2019",
        "| Chỉ tiêu | 2015/2014 | 2016/2015 | 2017/2016 | 2018/2017 | 2019/2018 |",
        "| D. Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí"
        " | 97,84% | 108,18% | 117,40% | 124,03% | 94,25% |",
    ),
    # aligned by spaces, rows named by years under a section's line 'Cơ cấu - Structure (%)'
    (
        "sontay-danso-2022",
        "| Chỉ tiêu | 2017 | 2018 | 2019 | 2020 | 2021 | Sơ bộ 2022 |",
        "| Cơ cấu thành thị | 31,39% | 31,89% | 32,39% | 32,33% | 32,43% | 33,87% |",
    ),
    # one cell a line, rows named by years, two sections ('Người - Person', 'Cơ cấu (%)')
    (
        "vinhphuc-danso-2019",
        "| Chỉ tiêu | 2016 | 2017 | 2018 | Sơ bộ 2019 |",
        "| Nữ | 562.182 người | 567.747 người | 574.649 người | 579.376 người |",
    ),
]


@pytest.mark.parametrize(("name", "head", "row"), READ, ids=[r[0] for r in READ])
def test_a_yearbook_table_is_read_as_markdown_rows(name: str, head: str, row: str) -> None:
    paragraphs = _paragraphs(name)
    assert head in paragraphs
    assert row in paragraphs
    # (its English left out: no row, no bullet, no cell of a table is the English alone)
    assert not any(
        p in paragraphs for p in ("Primary school", "| Primary school |", "Rate of repeaters")
    )
    # where the page was copied from kept; the unit's lines (in each value) and the table's
    # number in the yearbook ('161', '11') no paragraph of their own
    assert paragraphs[0].startswith("source: http")
    assert not any(re.fullmatch(r"\d{1,3}\.?|Unit: %|Đơn vị tính -|%", p) for p in paragraphs)


def test_a_table_whose_rows_are_years_is_turned_a_figure_its_measure_and_its_year() -> None:
    figures = _figures("cucthongke-rung-2022")
    assert figures["Diện tích có rừng 2018"] == (Decimal("325517.2"), "ha", "2018")
    assert figures["Rừng tự nhiên 2021"] == (Decimal("288564.3"), "ha", "2021")
    # ('Proportion of forest coverage (%)', the English head, gives the rate its unit)
    assert figures["Tỷ lệ che phủ rừng 2020"] == (Decimal("43.04"), "%", "2020")
    assert len(figures) == 20  # four measures, five years: none left out, no year a figure


def test_each_section_of_a_table_gives_its_rows_its_unit() -> None:
    figures = _figures("vinhphuc-danso-2019")
    assert figures["Nam 2016"] == (Decimal("543959"), "người", "2016")
    # the second section, 'Cơ cấu - Structure (%)': a table of its own, in %, its measure in
    # its rows' names; the first's 'Người - Person' its unit alone, no line of its own
    assert figures["Cơ cấu nam 2016"] == (Decimal("49.18"), "%", "2016")
    assert "Người" not in _paragraphs("vinhphuc-danso-2019")
    # each section a table of its own: two table slides, no head row read as a row
    result = draft(TABLES / "yearbook-vinhphuc-danso-2019.txt", slides=None)
    tables = [s.table for sec in result.deck.sections for s in sec.slides if s.table]
    assert len(tables) == 2
    assert not any(row[0] == "Chỉ tiêu" for t in tables for row in t.rows)


def test_a_table_headed_by_years_one_cell_a_line_names_each_row_in_vietnamese() -> None:
    figures = _figures("quangngai-luuban-2016")
    assert figures["Trung học cơ sở 2015"] == (Decimal("0.72"), "%", "2015")
    assert figures["Tiểu học 2016"] == (Decimal("0.08"), "%", "2016")
    assert not any("school" in label.lower() for label in figures)


def test_the_chart_of_a_table_over_years_is_of_its_latest_year(tmp_path: Path) -> None:
    # the deck's one chart compares the rows as they stand in the table's last year, not in
    # its first (2010): the presenter's table slide already shows every year
    result = draft(TABLES / "yearbook-quangngai-luuban-2016.txt", slides=None)
    charts = [s.chart for sec in result.deck.sections for s in sec.slides if s.chart]
    assert charts
    keys = charts[0].figures
    periods = {f.key: f.period for f in result.deck.figures}
    assert {periods[k] for k in keys} == {"2016"}


# running text whose lines hold numbers spaced as columns, or years heading its sentences: no
# table of it (written as it is)
NOT_TABLES = [
    [
        "Kết quả thực hiện các chỉ tiêu chủ yếu giai đoạn",
        "2019   2020   2021",
        "Tổng sản phẩm trên địa bàn tăng bình quân 6,5%/năm, thu ngân sách đạt 12.000 tỷ đồng.",
        "Năm 2022 tăng 7,1%, năm 2023 tăng 6,8% so với năm trước.",
    ],
    [
        "2021 là năm đầu tiên thực hiện Nghị quyết Đại hội, tăng trưởng đạt 6,2 7,1 8,0",
        "2022 tiếp tục khó khăn do dịch bệnh, thu ngân sách đạt 9.500 10.200 11.000",
        "2023 kinh tế phục hồi, tăng trưởng 7,5 7,8 8,2",
        "2024 phấn đấu đạt 8,0 8,5 9,0",
    ],
    [
        "Đơn vị tính: %",
        "Tháng 7    Tháng 8    Tháng 9",
        "Trong tháng, giá các mặt hàng lương thực tăng 1,2%, thực phẩm tăng 0,8% và xăng dầu",
        "giảm 2,1% so với tháng trước; tính chung 9 tháng tăng 3,5% 4,1% 2,2%.",
    ],
]


@pytest.mark.parametrize("lines", NOT_TABLES, ids=["years-over-prose", "years-open-lines", "unit"])
def test_running_text_with_numbers_spaced_as_columns_is_no_table(lines: list[str]) -> None:
    assert yearbook_tables(lines) == lines


def test_a_long_run_of_period_lines_is_read_in_bounded_time() -> None:
    # (thousands of lines of years and values, none a table's: each line tried once)
    import time

    lines = ["2019   2020   2021", "Tổng số"] + ["2020 1,2 3,4"] * 3000 + ["2019"] * 3000
    started = time.perf_counter()
    yearbook_tables(lines)
    assert time.perf_counter() - started < 5


def test_a_pages_number_and_source_line_stay_out_of_its_title():
    """The page's table number before its title ('236       Chỉ số giá …') and the copier's
    source line above it, which the hard-wrapped page ran into one paragraph, make no title and
    no figure: the deck is titled by the table, the address kept for the notes."""
    result = draft(TABLES / "yearbook-binhdinh-cpi-2023.txt")
    outline = result.outline_yaml
    assert re.search(r"(?m)^  title: Chỉ số giá tiêu dùng các tháng trong năm$", outline)
    assert "source: https://cucthongke.binhdinh.gov.vn/book/files/basic-html/page569.html\n" in (
        outline
    )
    assert Decimal(236) not in {f.value for f in result.deck.figures}


def test_sentences_over_rows_opening_on_years_are_no_table():
    """Rows that open on years under sentences of the text (h44r): the sentences are no heads
    of the rows' columns, so nothing is read as a table."""
    lines = [
        "Huyện đã triển khai nhiều giải pháp.",
        "Sản xuất nông nghiệp tiếp tục phát triển.",
        "Kết quả cụ thể như sau.",
        "2019 10 20",
        "2020 11 21",
        "2021 12 22",
        "Hết.",
    ]
    assert yearbook_tables(lines) == lines
