"""Tests for deckmaker.figures: the same figures from YAML, CSV and XLSX, and located errors."""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from deckmaker.errors import DataError, Location
from deckmaker.figures import Figure, format_figure, load_figures
from deckmaker.figures.model import parse_value_text, suggest_key

FIXTURES = Path(__file__).parent.parent / "fixtures" / "figures"
D = Decimal

HEADER = ["key", "label", "value", "unit", "period", "plan", "source"]

# The rows of figures.yaml as a statistics office's spreadsheet holds them: numbers are numbers
# (floats), ranges are text, the share 7,0% is the number 7 shown with one decimal.
XLSX_ROWS = [
    HEADER,
    ["grdp_growth", "Tăng trưởng GRDP", 10.05, "%", 2023, 8, "HD 25-HD/BTGDUK, mục II.2.2a"],
    ["retail_sales", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", 109501, "tỷ đồng", "2023"],
    ["budget_spending", "Tổng chi ngân sách", 21671.5, "tỷ đồng", 2023],
    ["exports", "Kim ngạch xuất khẩu", 5.8, "tỷ USD", 2023, 7.0],
    ["grdp_growth_target", "Mục tiêu tăng trưởng GRDP", "7,5–8", "%", 2024],
    ["industry_growth_target", "Giá trị sản xuất công nghiệp và xây dựng", "8.5-8.7", "%", 2024],
    ["agriculture_share", "Tỷ trọng nông nghiệp, thủy sản", 7, "%", 2023],
]


def write_xlsx(path: Path, rows: list[list[object]], formats: dict[str, str] | None = None) -> Path:
    """A spreadsheet with ``rows`` on its first sheet; ``formats`` maps cells ("C8") to formats."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for ref, fmt in (formats or {}).items():
        sheet[ref].number_format = fmt
    book.create_sheet("notes")["A1"] = "ignored: only the first sheet is read"
    book.save(path)
    return path


def canonical(figures: dict[str, Figure]) -> list[str]:
    """Figures as comparable text: written precision counts (7 ≠ 7.0), locations do not."""
    return [repr(dataclasses.replace(f, location=Location("-"))) for f in figures.values()]


def messages(exc: pytest.ExceptionInfo[DataError]) -> list[str]:
    return [f"{p.location}: {p.message}" for p in exc.value.problems]


@pytest.fixture
def in_fixtures(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(FIXTURES)
    return FIXTURES


# --- the three formats agree -------------------------------------------------------------------


def test_yaml_figures_load_with_written_precision(in_fixtures):
    figures = load_figures("figures.yaml")
    assert list(figures) == [
        "grdp_growth",
        "retail_sales",
        "budget_spending",
        "exports",
        "grdp_growth_target",
        "industry_growth_target",
        "agriculture_share",
    ]
    grdp = figures["grdp_growth"]
    assert grdp == Figure(
        key="grdp_growth",
        label="Tăng trưởng GRDP",
        value=D("10.05"),
        unit="%",
        period="2023",
        plan=D("8"),
        source="HD 25-HD/BTGDUK, mục II.2.2a",
    )
    assert grdp.location == Location("figures.yaml", 2, 1)
    assert str(figures["agriculture_share"].value) == "7.0"
    assert figures["grdp_growth_target"].value == (D("7.5"), D("8"))
    assert figures["industry_growth_target"].value == (D("8.5"), D("8.7"))


def test_yaml_csv_and_xlsx_load_the_same_figures(in_fixtures, tmp_path):
    xlsx = write_xlsx(tmp_path / "figures.xlsx", XLSX_ROWS, {"C8": "0.0"})
    from_yaml = load_figures("figures.yaml")
    from_csv = load_figures("figures.csv")
    from_xlsx = load_figures(xlsx)
    assert from_yaml == from_csv == from_xlsx
    assert canonical(from_yaml) == canonical(from_csv) == canonical(from_xlsx)
    shown = [format_figure(f, "vi") for f in from_xlsx.values()]
    assert shown == [
        "10,05%",
        "109.501 tỷ đồng",
        "21.671,5 tỷ đồng",
        "5,8 tỷ USD",
        "7,5–8%",
        "8,5–8,7%",
        "7,0%",
    ]
    assert [format_figure(f, "vi") for f in from_csv.values()] == shown


def test_figure_locations_point_to_rows(in_fixtures, tmp_path):
    xlsx = write_xlsx(tmp_path / "figures.xlsx", XLSX_ROWS)
    assert load_figures("figures.csv")["exports"].location == Location("figures.csv", 5, 1)
    assert load_figures(xlsx)["exports"].location.line == 5


def test_csv_with_decimal_points_semicolons_and_no_bom(tmp_path, in_fixtures):
    csv = tmp_path / "dots.csv"
    csv.write_text(
        "key;label;value;unit;period;plan;source\n"
        "grdp_growth;Tăng trưởng GRDP;10.05;%;2023;8;HD 25-HD/BTGDUK, mục II.2.2a\n"
        "retail_sales;Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ;109501;tỷ đồng;2023;;\n"
        "budget_spending;Tổng chi ngân sách;21671.5;tỷ đồng;2023;;\n"
        "exports;Kim ngạch xuất khẩu;5.8;tỷ USD;2023;7;\n"
        "\n"
        "grdp_growth_target;Mục tiêu tăng trưởng GRDP;7.5 - 8;%;2024;;\n"
        "industry_growth_target;Giá trị sản xuất công nghiệp và xây dựng;8.5–8.7;%;2024;;\n"
        "agriculture_share;Tỷ trọng nông nghiệp, thủy sản;7.0;%;2023;;\n",
        encoding="utf-8",
    )
    assert canonical(load_figures(csv)) == canonical(load_figures("figures.yaml"))


def test_xlsx_percent_cells_and_float_noise(tmp_path):
    rows = [
        ["Key", " Label ", "Value", "Unit"],  # header names are read case- and space-insensitively
        ["grdp_growth", "Tăng trưởng GRDP", 0.1005, "%"],
        ["share", "Tỷ trọng", 0.1 + 0.2, "%"],
        ["doctors", "Số bác sĩ/01 vạn dân", 9.3, None],
    ]
    xlsx = write_xlsx(tmp_path / "f.xlsx", rows, {"C2": "0.00%"})
    figures = load_figures(xlsx)
    assert str(figures["grdp_growth"].value) == "10.05"  # shown in Excel as 10,05%
    assert str(figures["share"].value) == "0.3"  # Excel keeps 15 significant digits
    assert figures["doctors"].unit is None


def test_xlsx_formulas_without_results_and_date_periods(tmp_path, monkeypatch):
    rows = [
        ["key", "label", "value", "period"],
        ["a", "=B3", "=1+1", datetime.datetime(2023, 12, 31)],
        ["b", "B", 2, datetime.date(2024, 1, 20)],
    ]
    write_xlsx(tmp_path / "f.xlsx", rows)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError) as exc:
        load_figures("f.xlsx")
    assert messages(exc) == [
        "f.xlsx:2:2: label '=B3' is a formula with no saved result",
        "f.xlsx:2:3: value '=1+1' is a formula with no saved result",
    ]
    assert exc.value.problems[1].hint == (
        "open the file in Excel or LibreOffice Calc and save it, so the result is stored"
    )
    rows[1] = ["a", "A", 1, datetime.datetime(2023, 12, 31)]
    write_xlsx(tmp_path / "f.xlsx", rows)
    figures = load_figures("f.xlsx")
    assert [f.period for f in figures.values()] == ["2023-12-31", "2024-01-20"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.05", D("10.05")),
        ("10,05", D("10.05")),
        ("1.234,5", D("1234.5")),
        ("1.234.567", D("1234567")),
        ("0.125", D("0.125")),
        ("-3,5", D("-3.5")),
        ("7.5-8", (D("7.5"), D("8"))),
        ("7,5–8", (D("7.5"), D("8"))),
        ("5 – 5,5", (D("5"), D("5.5"))),
        ("-2--1", (D("-2"), D("-1"))),
    ],
)
def test_number_text_rule(text, value):
    assert parse_value_text(text) == value


def test_one_dot_and_three_digits_follows_the_file(tmp_path):
    with pytest.raises(ValueError, match="ambiguous"):
        parse_value_text("109.501")
    assert parse_value_text("109.501", dot_groups=True) == D("109501")
    mixed = tmp_path / "mixed.csv"
    mixed.write_text('key,label,value\na,A,109.501\nb,B,5.8\nc,C,"10,05"\n', encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_figures(mixed)
    assert [p.format() for p in exc.value.problems] == [
        f"{exc.value.problems[0].location.file}:2:3: error: value '109.501' is ambiguous\n"
        "  at: a.value\n"
        "  hint: write 109501 for thousands, or 109,501 for a decimal"
    ]


def test_suggest_key_strips_diacritics():
    assert suggest_key("Tăng trưởng GRDP") == "tang_truong_grdp"
    assert suggest_key("Đầu tư 2024") == "dau_tu_2024"
    assert suggest_key("2024") == "f_2024"


# --- located errors ----------------------------------------------------------------------------

BROKEN_CSV = """\
broken.csv:1:5: error: unknown column 'nguon'
  hint: known: key, label, part_of, period, plan, plan_kind, source, unit, value
broken.csv:3:1: error: bad figure key 'GRDP growth'
  at: GRDP growth
  hint: a key is a lowercase letter then a-z, 0-9 or _, e.g. 'grdp_growth'
broken.csv:4:1: error: duplicate figure key 'grdp_growth'
  at: grdp_growth
  hint: it is first defined at broken.csv:2:1; keep one
broken.csv:5:3: error: figure 'exports' has no value
  at: exports
  hint: give it a number such as 10.05, or a range such as 7,5–8
broken.csv:6:2: error: figure 'retail_sales' has no label
  at: retail_sales
  hint: e.g. label: Tăng trưởng GRDP
broken.csv:7:3: error: value '33.100 tỷ' is not a number
  at: budget.value
  hint: write a number such as 10.05 or 10,05 (or a range such as 7,5–8); \
put the unit in the unit field
broken.csv:8:1: error: this row has no key
  hint: give it a key, e.g. 'tong_von_dau_tu'"""


def test_broken_csv_reports_every_problem_at_its_cell(in_fixtures):
    with pytest.raises(DataError) as exc:
        load_figures("broken.csv")
    assert str(exc.value) == BROKEN_CSV


def test_broken_xlsx_reports_the_same_problems_at_row_and_column(
    in_fixtures, tmp_path, monkeypatch
):
    rows = [
        ["key", "label", "value", "unit", "nguon"],
        ["grdp_growth", "Tăng trưởng GRDP", 10.05, "%"],
        ["GRDP growth", "Tăng trưởng GRDP", 10.05, "%"],
        ["grdp_growth", "Tăng trưởng GRDP", 10.05, "%"],
        ["exports", "Kim ngạch xuất khẩu", None, "tỷ USD"],
        ["retail_sales", None, 109501, "tỷ đồng"],
        ["budget", "Thu ngân sách", "33.100 tỷ", "tỷ đồng"],
        [None, "Tổng vốn đầu tư", 68793, "tỷ đồng"],
    ]
    write_xlsx(tmp_path / "broken.xlsx", rows)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError) as exc:
        load_figures("broken.xlsx")
    assert str(exc.value) == BROKEN_CSV.replace("broken.csv", "broken.xlsx")
    assert messages(exc)[3] == "broken.xlsx:5:3: figure 'exports' has no value"


def test_broken_yaml_reports_every_problem_in_line_order(in_fixtures):
    with pytest.raises(DataError) as exc:
        load_figures("broken.yaml")
    assert str(exc.value) == (
        "broken.yaml:1:1: error: figure 'grdp_growth' has no value\n"
        "  at: grdp_growth\n"
        "  hint: give it a number such as 10.05, or a range such as 7,5–8\n"
        "broken.yaml:3:3: error: unknown field 'valeu'\n"
        "  at: grdp_growth.valeu\n"
        "  hint: did you mean 'value'? known: label, part_of, period, plan, plan_kind, source, "
        "unit, value\n"
        "broken.yaml:5:1: error: bad figure key 'GRDP growth'\n"
        "  at: GRDP growth\n"
        "  hint: a key is a lowercase letter then a-z, 0-9 or _, e.g. 'grdp_growth'\n"
        "broken.yaml:10:10: error: value '5,8 tỷ' is a number with its unit\n"
        "  at: exports.value\n"
        "  hint: write the number alone, value: 5.8 (or '5,8', quoted), and the unit in its "
        'own field, unit: "tỷ"\n'
        "broken.yaml:11:9: error: plan [7] is not a number or a range\n"
        "  at: exports.plan\n"
        "  hint: a range is [low, high], e.g. [7.5, 8]\n"
        "broken.yaml:14:10: error: value range runs from high to low\n"
        "  at: target.value\n"
        "  hint: write the low end first, e.g. 7,5–8"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: {label: A, value: 1\n",
            "f.yaml:2:1: invalid YAML: expected ',' or '}', but got '<stream end>'",
        ),
        ("a: {label: A, value: 1}\na: {label: B, value: 2}\n", "f.yaml:2:1: duplicate key 'a'"),
        ("- 1\n- 2\n", "f.yaml:1:1: a figures file must map each key to a figure"),
        ("a: 10.05\n", "f.yaml:1:4: figure 'a' must be a mapping with a label and a value"),
        ("a: {label: [A], value: 1}\n", "f.yaml:1:12: label must be text"),
        ("a: {label: A, value: .inf}\n", "f.yaml:1:22: value '.inf' is not a number"),
        ("a: {label: A, value: true}\n", "f.yaml:1:22: value 'True' is not a number"),
    ],
)
def test_yaml_problems_are_data_errors(tmp_path, monkeypatch, text, expected):
    monkeypatch.chdir(tmp_path)
    Path("f.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_figures("f.yaml")
    assert messages(exc) == [expected]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("f.json", b"{}", "f.json: unsupported figures file type '.json'"),
        ("f.xls", b"", "f.xls: unsupported figures file type '.xls'"),
        (
            "f.csv",
            "key,label,value\na,Tăng,1\n".encode("cp1258"),
            "f.csv:2:1: the file is not valid UTF-8",
        ),
        ("f.csv", b"key,value,name\na,1,A\n", "f.csv:1:1: the header row has no column 'label'"),
        ("f.csv", b"key,label,value,name\na,A,1,\n", "f.csv:1:4: unknown column 'name'"),
        ("f.xlsx", b"not a zip", "f.xlsx: cannot read the spreadsheet: File is not a zip file"),
    ],
)
def test_file_problems(tmp_path, monkeypatch, name, content, expected):
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(content)
    with pytest.raises(DataError) as exc:
        load_figures(name)
    assert messages(exc)[0] == expected


def test_missing_file_and_header(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError, match="nope.yaml: error: file not found"):
        load_figures("nope.yaml")
    Path("h.csv").write_text("key,label\na,A\n", encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_figures("h.csv")
    assert messages(exc) == ["h.csv:1:1: the header row has no column 'value'"]


def test_unquoted_decimal_comma_in_csv_is_caught(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("c.csv").write_text("key,label,value,unit\na,A,10,05\nb,B,10,05,%\n", encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_figures("c.csv")
    assert messages(exc) == [
        "c.csv:2:4: unit '05' is a number",
        "c.csv:3:4: unit '05' is a number",
        "c.csv:3:5: this row has more cells than the header",
    ]


def test_empty_files_have_no_figures(tmp_path):
    (tmp_path / "e.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (tmp_path / "e.csv").write_text("", encoding="utf-8")
    assert load_figures(tmp_path / "e.yaml") == {}
    assert load_figures(tmp_path / "e.csv") == {}


# --- format_figure ------------------------------------------------------------------------------


def test_format_figure_value_and_plan(in_fixtures):
    figures = load_figures("figures.yaml")
    exports = figures["exports"]
    assert format_figure(exports) == "5,8 tỷ USD"
    assert format_figure(exports, "vi", part="plan") == "7 tỷ USD"
    assert format_figure(exports, "en") == "5.8 tỷ USD"
    assert format_figure(figures["grdp_growth"], "en", "plan") == "8%"
    assert format_figure(figures["grdp_growth_target"], "en") == "7.5–8%"
    with pytest.raises(ValueError, match="figure 'retail_sales' has no plan"):
        format_figure(figures["retail_sales"], "vi", part="plan")
    with pytest.raises(ValueError, match="part must be 'value' or 'plan'"):
        format_figure(exports, "vi", part="unit")


def test_figure_is_frozen_and_equality_ignores_location():
    a = Figure("a", "A", D("1"), location=Location("x.yaml", 1, 1))
    b = Figure("a", "A", D("1"), location=Location("x.csv", 2, 1))
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = D("2")  # type: ignore[misc]


# plan kinds ----------------------------------------------------------------------------------
PLAN_KIND_YAML = """\
cpi:
  label: Chỉ số giá tiêu dùng (CPI)
  value: 3.25
  unit: "%"
  plan: 4.5
  plan_kind: ceiling
grdp_growth:
  label: Tăng trưởng GRDP
  value: 7.6
  unit: "%"
  plan: [7.5, 8]
exports:
  label: Kim ngạch xuất khẩu
  value: 5.8
  unit: tỷ USD
  plan: 7
"""


def test_plan_kind_is_read_from_yaml_csv_and_xlsx_alike(tmp_path):
    from deckmaker.figures import plan_kind_of

    (tmp_path / "f.yaml").write_text(PLAN_KIND_YAML, encoding="utf-8")
    (tmp_path / "f.csv").write_text(
        "key,label,value,unit,plan,plan_kind\n"
        "cpi,Chỉ số giá tiêu dùng (CPI),3.25,%,4.5,ceiling\n"
        "grdp_growth,Tăng trưởng GRDP,7.6,%,7.5-8,\n"
        "exports,Kim ngạch xuất khẩu,5.8,tỷ USD,7,\n",
        encoding="utf-8",
    )
    xlsx = write_xlsx(
        tmp_path / "f.xlsx",
        [
            ["key", "label", "value", "unit", "plan", "plan_kind"],
            ["cpi", "Chỉ số giá tiêu dùng (CPI)", 3.25, "%", 4.5, "ceiling"],
            ["grdp_growth", "Tăng trưởng GRDP", 7.6, "%", "7.5-8", None],
            ["exports", "Kim ngạch xuất khẩu", 5.8, "tỷ USD", 7, None],
        ],
    )
    figures = load_figures(tmp_path / "f.yaml")
    assert canonical(figures) == canonical(load_figures(tmp_path / "f.csv"))
    assert canonical(figures) == canonical(load_figures(xlsx))
    assert [plan_kind_of(f) for f in figures.values()] == ["ceiling", "range", "floor"]
    assert figures["exports"].plan_kind is None  # the default is not written in


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  plan: 4.5\n  plan_kind: cap\n", "f.yaml:5:14: unknown plan_kind 'cap'"),
        ("  plan_kind: ceiling\n", "f.yaml:4:14: plan_kind needs a plan"),
        ("  plan: 4.5\n  plan_kind: range\n", "f.yaml:5:14: plan_kind range does not match"),
        ("  plan: [4, 5]\n  plan_kind: ceiling\n", "f.yaml:5:14: plan_kind ceiling does not"),
    ],
)
def test_a_wrong_plan_kind_is_located(tmp_path, monkeypatch, line, expected):
    monkeypatch.chdir(tmp_path)
    Path("f.yaml").write_text("cpi:\n  label: CPI\n  value: 3.25\n" + line, encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_figures("f.yaml")
    assert messages(exc)[0].startswith(expected)
    assert exc.value.problems[0].hint
