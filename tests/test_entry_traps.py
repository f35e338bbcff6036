"""The data-entry traps of issue 17, each hit the way a presenter would hit it: a number read
silently as something else, or a message that sends the user the wrong way."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main

from .conftest import FIXTURES, ROOT, SAMPLE

E2E = FIXTURES / "e2e"


def cli(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# --- 7. check and build count the same slides ----------------------------------------------


def test_check_counts_the_slides_build_writes(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    checked = cli("check", SAMPLE)
    assert checked.exit_code == 0, checked.output
    out = tmp_path / "deck.pptx"
    built = cli("build", SAMPLE, "-o", out)
    assert built.exit_code == 0, built.output
    written = len(Presentation(str(out)).slides)
    assert f", {written} slides, " in checked.output
    assert f"— {written} slides in " in built.output


# --- 9. build . names the deck after the outline's folder -----------------------------------


def test_build_dot_inside_the_deck_folder_names_the_deck_after_the_folder(tmp_path, monkeypatch):
    folder = tmp_path / "tien-lu-2024"
    folder.mkdir()
    shutil.copy(E2E / "outline.yaml", folder / "outline.yaml")
    shutil.copy(E2E / "figures.yaml", folder / "figures.yaml")
    monkeypatch.chdir(folder)
    result = cli("build", ".")
    assert result.exit_code == 0, result.output
    assert (folder / "build" / "tien-lu-2024.pptx").is_file()
    assert not (folder / "build" / "deck.pptx").exists()
    assert "done: build/tien-lu-2024.pptx" in result.output


# --- 10. figures and diff say things once, and say what to do -------------------------------


def test_figures_says_once_that_slide_numbers_wait_for_every_figure(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli("figures", E2E / "undefined")
    assert result.exit_code == 1
    assert result.output.count("slide numbers") == 1
    assert "slide numbers are shown once every figure used is defined" in result.output


def test_diff_without_an_outline_says_how_to_see_the_slides(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli("diff", E2E / "diff" / "old.yaml", E2E / "diff" / "new.yaml")
    assert result.exit_code == 0
    last = result.output.splitlines()[-1]
    assert "slides -" not in last
    assert last.endswith("give --outline to see which slides to re-read")


# --- 1. a number read silently as something else ---------------------------------------------

OUTLINE = """
deck:
  title: Kết quả năm 2024
  date: 2024-01-20
  figures: figures.yaml
sections:
  - title: Kinh tế
    slides:
      - title: Thu ngân sách
        bullets:
          - "Thu ngân sách {budget}"
"""


def deck_with(tmp_path: Path, figures: str, name: str = "figures.yaml") -> Path:
    write(tmp_path / "outline.yaml", OUTLINE.replace("figures.yaml", name))
    write(tmp_path / name, figures)
    return tmp_path


def test_a_dotted_thousand_in_a_file_of_decimal_commas_is_refused_with_both_readings(tmp_path):
    deck = deck_with(
        tmp_path,
        """
        budget:
          label: Thu ngân sách
          value: 6.820
          unit: tỷ đồng
        growth:
          label: Tăng trưởng GRDP
          value: "9,2"
          unit: "%"
        """,
    )
    result = cli("check", deck)
    assert result.exit_code == 1
    assert "figures.yaml:3:10: error: value 6.820 is ambiguous" in result.output
    assert "6.820 (thousands) or 6,82 (a decimal)" in result.output
    assert "'9,2' at line 7" in result.output
    assert "hint: write 6820 for thousands, or 6.82 (or '6,82', quoted) for a decimal" in (
        result.output
    )


def test_a_dotted_thousand_of_tỷ_đồng_is_built_with_a_located_warning(tmp_path):
    deck = deck_with(
        tmp_path,
        """
        budget: {label: Thu ngân sách, value: 6.820, unit: tỷ đồng}
        growth: {label: Tăng trưởng GRDP, value: 10.05, unit: "%"}
        """,
    )
    result = cli("check", deck)
    assert result.exit_code == 0, result.output
    assert "figures.yaml:1:39: warning: value 6.820 of tỷ đồng is read as 6,82" in result.stderr
    assert "write 6820 for thousands" in result.stderr


def test_a_value_1000_times_its_plan_is_warned(tmp_path):
    deck = deck_with(
        tmp_path,
        "budget: {label: Thu ngân sách, value: 6.82, plan: 7000, unit: tỷ đồng}\n",
    )
    result = cli("check", deck)
    assert result.exit_code == 0, result.output
    assert "figures.yaml:1:39: warning: value 6.82 and plan 7000 differ about 1000 times" in (
        result.stderr
    )


def test_a_csv_thousands_comma_is_refused_unless_the_file_writes_decimal_commas(tmp_path):
    deck = deck_with(tmp_path, 'key,label,value,unit\nbudget,Thu,"6,820",người\n', "f.csv")
    result = cli("check", deck)
    assert result.exit_code == 1
    assert "f.csv:2:3: error: value '6,820' is ambiguous" in result.output
    assert "write 6820 for thousands, or 6.82 for a decimal" in result.output


# --- 2. {value: 11,4} -------------------------------------------------------------------------


def test_a_decimal_comma_in_a_flow_mapping_says_it_split_the_value(tmp_path):
    deck = deck_with(tmp_path, "budget: {label: Thu ngân sách, value: 11,4, unit: '%'}\n")
    result = cli("check", deck)
    assert result.exit_code == 1
    assert "unknown field '4'" not in result.output
    assert (
        "figures.yaml:1:42: error: a decimal comma split value: '11,4' was read as value: 11 "
        "and a field named '4'" in result.output
    )
    assert "write value: 11.4, or quote it, value: '11,4'" in result.output


# --- 3. YAML syntax errors in the user's words, at the line to fix ----------------------------

SYNTAX = {
    "a key one space too few": (
        "deck:\n  title: Báo cáo\n date: 2024-01-20\nsections: []\n",
        "outline.yaml:3:1: error: key 'date' is indented 1 space, 1 too few to line up with "
        "key 'title' at line 2",
        "hint: indent it 2 spaces, like line 2",
    ),
    "a key one space too many": (
        "deck:\n  title: Báo cáo\n   date: 2024-01-20\nsections: []\n",
        "outline.yaml:3:1: error: key 'date' is indented 3 spaces, 1 too many to line up with "
        "key 'title' at line 2",
        "hint: indent it 2 spaces, like line 2",
    ),
    "a list item not aligned": (
        "deck:\n  title: Báo cáo\nsections:\n  - title: A\n    slides:\n      - title: B\n"
        "        bullets:\n          - một\n         - hai\n",
        "outline.yaml:9:1: error: the list item '- hai' is indented 9 spaces, 1 too few to line "
        "up with the list item '- một' at line 8",
        "hint: indent it 10 spaces, like line 8",
    ),
    "a slide key not under its list item": (
        "deck:\n  title: Báo cáo\nsections:\n  - title: A\n    slides:\n      - title: B\n"
        "       bullets: [x]\n",
        "outline.yaml:7:1: error: key 'bullets' is indented 7 spaces, 1 too few to line up "
        "with key 'title' at line 6",
        "hint: indent it 8 spaces, like line 6",
    ),
    "a colon missing after a key": (
        "deck:\n  title Báo cáo\n  date: 2024-01-20\nsections: []\n",
        "outline.yaml:2:8: error: a ':' is missing after the key 'title'",
        "hint: write title: Báo cáo",
    ),
    "a colon missing on the last key": (
        "deck:\n  title: Báo cáo\n  date 2024-01-20\nsections: []\n",
        "outline.yaml:3:7: error: a ':' is missing after the key 'date'",
        "hint: write date: 2024-01-20",
    ),
    "a tab": (
        "deck:\n\ttitle: Báo cáo\n",
        "outline.yaml:2:1: error: this line is indented with a tab",
        "hint: indent with spaces, not tabs",
    ),
}


@pytest.mark.parametrize("mistake", sorted(SYNTAX))
def test_a_yaml_mistake_is_told_in_what_the_user_did_at_the_line_to_fix(
    tmp_path, monkeypatch, mistake
):
    text, first, hint = SYNTAX[mistake]
    (tmp_path / "outline.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("check", "outline.yaml")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == first
    assert lines[-1].startswith("  " + hint)
    assert "<block" not in lines[0] and "Traceback" not in result.output


# --- 4. unknown figures: the few closest by key and by label ---------------------------------


def test_an_unknown_figure_is_matched_to_a_label_by_its_initials_not_listed_with_all(tmp_path):
    write(
        tmp_path / "outline.yaml",
        OUTLINE.replace("figures.yaml", str(SAMPLE / "figures.yaml")).replace(
            "{budget}", "{bhyt_rate}"
        ),
    )
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    hint = next(line for line in result.stderr.splitlines() if line.startswith("  hint:"))
    assert hint.startswith(
        "  hint: did you mean 'health_insurance' (Tỷ lệ người dân tham gia bảo hiểm y tế)"
    )
    assert "known:" not in hint
    assert hint.count("' (") <= 3


def test_an_unknown_figure_with_nothing_close_lists_nothing(tmp_path):
    write(tmp_path / "figures.yaml", "grdp_growth: {label: Tăng trưởng GRDP, value: 7}\n")
    write(tmp_path / "outline.yaml", OUTLINE.replace("{budget}", "{fdi_total}"))
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    assert "hint: no figure's key or label is close: `deckmaker figures OUTLINE` lists them" in (
        result.stderr
    )
    assert "grdp_growth" not in result.stderr


# --- 5. one mistake, one message, in reading order -------------------------------------------


def test_a_misspelt_title_is_one_message_with_did_you_mean(tmp_path):
    write(
        tmp_path / "outline.yaml",
        """
        deck:
          title: Báo cáo
        sections:
          - titel: Kinh tế
            slides:
              - tilte: Mục tiêu
                bullets: [a]
              - title: Thu
                bulets: [b]
        """,
    )
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert [e.split(": error: ")[1] for e in errors] == [
        "unknown key 'titel' in a section",
        "unknown key 'tilte' in a slide",
        "unknown key 'bulets' in a slide",
    ]
    assert "did you mean 'title'?" in result.stderr
    assert "did you mean 'bullets'?" in result.stderr
    assert "no content" not in result.stderr and "needs" not in result.stderr


def test_errors_of_every_input_come_sorted_by_file_line_and_column(tmp_path):
    write(tmp_path / "figures.yaml", "b: {label: B, value: x}\na: {label: A}\n")
    write(
        tmp_path / "outline.yaml",
        """
        deck:
          title: Báo cáo
          figures: figures.yaml
        sections:
          - title: A
            slides:
              - title: B
                bulets: [b]
              - title: C
                bullets: 7
        """,
    )
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    places = []
    for line in result.stderr.splitlines():
        if ": error: " in line:
            file, row, col = line.split(": error: ")[0].rsplit(":", 2)
            places.append((Path(file).name, int(row), int(col)))
    assert len(places) >= 4
    assert places == sorted(places)


# --- 6. places counted from 1, with the deck slide number -------------------------------------


def test_a_layout_problem_names_section_and_slide_from_1_and_the_deck_slide(tmp_path):
    long = " ".join(["Phát triển kinh tế xã hội bền vững"] * 120)
    write(
        tmp_path / "outline.yaml",
        f"""
        deck:
          title: Báo cáo
        sections:
          - title: Một
            slides:
              - title: A
                bullets: [a]
          - title: Hai
            slides:
              - title: B
                bullets: [b]
              - title: C
                bullets: ["{long}"]
        """,
    )
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    # cover, section 1, slide A, section 2, slide B, then the slide that does not fit
    assert "  at: section 2, slide 2, bullet 1 (slide 6 of the deck)" in result.stderr
    assert "sections[" not in result.stderr


def test_the_machine_path_stays_in_the_api(tmp_path):
    import deckmaker
    from deckmaker.errors import OutlineError

    write(
        tmp_path / "outline.yaml",
        "deck:\n  title: T\nsections:\n  - title: A\n    slides:\n      - tilte: B\n"
        "        bullets: [a]\n",
    )
    with pytest.raises(OutlineError) as err:
        deckmaker.check(tmp_path)
    assert err.value.problems[0].path == "sections[0].slides[0].tilte"
    assert err.value.problems[0].place == "section 1, slide 1, tilte"


# --- 11. the JSON Schema refuses what the validator refuses ----------------------------------

RULES = (
    "a slide cannot have both",
    "the slide has no content",
    "the slide needs a 'title'",
    "a chart takes either",
    "the chart has no data",
    "a KPI card needs",
    "empty section",
    "unknown key",
    "unknown chart type",
    "unknown language",
    "must be a list",
    "bullets nest at most",
)
"""The validator's messages for rules a JSON Schema can state."""


def _jsonable(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


def test_the_schema_refuses_every_broken_outline_the_validator_refuses_by_a_rule():
    import jsonschema
    import yaml

    from deckmaker.errors import DeckmakerError
    from deckmaker.outline import load_outline
    from deckmaker.outline.jsonschema import outline_schema

    validator = jsonschema.Draft202012Validator(outline_schema())
    refused = []
    for path in sorted((ROOT / "tests" / "broken").glob("*.yaml")):
        try:
            load_outline(path)
        except DeckmakerError as exc:
            messages = [p.message for p in exc.problems]
        else:
            continue
        if not any(m.startswith(RULES) for m in messages):
            continue
        outline = _jsonable(yaml.safe_load(path.read_text("utf-8")))
        assert list(validator.iter_errors(outline)), f"{path.name}: {messages}"
        refused.append(path.stem)
    assert {"two_contents", "no_content", "chart_two_data", "kpi_no_value"} <= set(refused)
    for path in (SAMPLE / "outline.yaml", FIXTURES / "every" / "outline.yaml"):
        outline = _jsonable(yaml.safe_load(path.read_text("utf-8")))
        assert not list(validator.iter_errors(outline)), path


def test_the_section_label_the_validator_accepts_is_documented():
    text = (ROOT / "docs" / "outline-format.md").read_text("utf-8")
    sections = text.split("## Sections", 1)[1].split("## Slides", 1)[0]
    assert "| `label` | no |" in sections


# --- 8. the doctor: no false alarm from chart words, a wrapped footer found -------------------

CHART_FIGURES = """
budget: {label: Thu ngân sách, value: 33100, plan: 22893, unit: tỷ đồng}
exports: {label: Xuất khẩu, value: 5.8, plan: 7, unit: tỷ USD}
"""

CHART_OUTLINE = """
deck:
  title: Báo cáo
  date: 2024-01-20
  figures: figures.yaml
sections:
  - title: Kết quả
    slides:
      - title: Thực hiện
        chart: {type: plan-actual, figures: [budget], engine: native}
      - title: Thực hiện các chỉ tiêu chủ yếu
        chart: {type: plan-actual, figures: [budget, exports], engine: native}
        bullets: [Thu ngân sách vượt kế hoạch, Xuất khẩu chưa đạt kế hoạch]
      - title: Thực hiện kế hoạch
        chart:
          type: plan-actual
          figures: [exports, budget]
          engine: native
          title: Thực hiện so với kế hoạch
"""


def test_doctor_does_not_match_a_native_charts_legend_to_a_title(tmp_path, soffice):
    write(tmp_path / "figures.yaml", CHART_FIGURES)
    write(tmp_path / "outline.yaml", CHART_OUTLINE)
    result = cli("build", tmp_path, "-o", tmp_path / "deck.pptx", "--doctor")
    assert result.exit_code == 0, result.output
    assert "doctor   0 finding(s)" in result.output


def test_doctor_reports_a_footer_wrapped_in_a_serif_font(tmp_path, soffice):
    write(tmp_path / "figures.yaml", CHART_FIGURES)
    write(tmp_path / "outline.yaml", CHART_OUTLINE)
    footer = (
        "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên, Sở Thông tin và "
        "Truyền thông tỉnh Hưng Yên, Sở Giáo dục và Đào tạo tỉnh Hưng Yên, Sở Y tế tỉnh Hưng "
        "Yên và Ủy ban nhân dân các huyện, thị xã, thành phố"
    )
    write(
        tmp_path / "themes" / "serif" / "theme.yaml",
        f"name: Serif\nextends: default\nfonts:\n  heading: Liberation Serif\n"
        f'  body: Liberation Serif\nfooter: "{footer}"\n',
    )
    out = tmp_path / "deck.pptx"
    result = cli("build", tmp_path, "-o", out, "--theme", tmp_path / "themes" / "serif")
    assert result.exit_code == 0, result.output
    # deckmaker itself cuts a footer too long for one line at the theme's smallest size, and says
    # so; the doctor must still catch one a presenter (or another tool) wrote in full
    assert "footer is too long" in result.output, result.output
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER

    from deckmaker.doctor import diagnose

    prs = Presentation(str(out))
    for slide in prs.slides:
        for shape in slide.placeholders:
            if shape.placeholder_format.type == PP_PLACEHOLDER.FOOTER:
                shape.text_frame.paragraphs[0].runs[0].text = footer
    prs.save(str(out))
    findings = diagnose(out)
    footers = [f for f in findings if f.shape == "Footer"]
    assert footers, findings
    assert all(
        "wraps onto" in f.message and "in a box of one line" in f.message for f in footers
    ), [f.message for f in footers]
    assert {f.slide for f in footers} == {3, 4, 5}
    assert [f for f in findings if f.shape != "Footer"] == []


# --- figures written the Vietnamese way and the English way, in YAML, CSV and XLSX -------------

from decimal import Decimal  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

MARKS = {"vi": (".", ","), "en": (",", ".")}
"""The thousands separator and the decimal mark of each way of writing."""


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@st.composite
def written_number(draw, way: str) -> tuple[str, object]:
    """A number as a presenter writing ``way`` types it, and what it means."""
    sep, mark = MARKS[way]
    kind = draw(st.sampled_from(["int", "grouped", "decimal", "range", "percent"]))
    whole = draw(st.integers(0, 999) if kind == "int" else st.integers(1, 2_000_000))
    if kind in ("int", "grouped"):
        return _grouped(whole, sep), Decimal(whole)
    places = draw(st.integers(1, 3))
    frac = draw(st.integers(0, 10**places - 1))
    digits = f"{frac:0{places}d}"
    text = f"{_grouped(whole, sep)}{mark}{digits}"
    meant = Decimal(f"{whole}.{digits}")
    if kind == "percent":
        return text + "%", meant
    if kind == "range":
        high = whole + draw(st.integers(1, 1000))
        return f"{text}–{_grouped(high, sep)}", (meant, Decimal(high))
    return text, meant


@st.composite
def figures_file(draw) -> tuple[str, str, list[tuple[str, object]]]:
    way = draw(st.sampled_from(["vi", "en"]))
    fmt = draw(st.sampled_from(["yaml", "csv", "xlsx"]))
    numbers = draw(st.lists(written_number(way), min_size=1, max_size=4))
    return way, fmt, numbers


def _save(tmp: Path, fmt: str, numbers: list[tuple[str, object]]) -> Path:
    rows = [(f"f{i}", f"Chỉ tiêu {i}", text, "tỷ đồng") for i, (text, _) in enumerate(numbers)]
    if fmt == "yaml":  # typed as is, unquoted, the way a presenter types it
        body = "".join(
            f"{k}:\n  label: {label}\n  value: {v}\n  unit: {u}\n" for k, label, v, u in rows
        )
        return write(tmp / "figures.yaml", body)
    if fmt == "csv":
        import csv

        path = tmp / "figures.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["key", "label", "value", "unit"])
            out.writerows(rows)
        return path
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["key", "label", "value", "unit"])
    for row in rows:
        sheet.append(list(row))  # the number typed into a text cell
    path = tmp / "figures.xlsx"
    book.save(path)
    return path


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=figures_file())
def test_a_figure_is_read_as_meant_or_refused_or_warned_never_silently_misread(tmp_path, case):
    from deckmaker.errors import DataError
    from deckmaker.figures import load_figures

    way, fmt, numbers = case
    import tempfile

    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = _save(folder, fmt, numbers)
    warnings: list = []
    try:
        figures = load_figures(path, warnings)
        problems = list(warnings)
    except DataError as exc:  # refused: nothing of the file is read
        refused = exc.problems
    else:
        refused = []
    assert all(p.location.line > 0 for p in refused), refused
    if refused:
        return
    for p in problems:
        assert p.location.line > 0, p.format()
    for i, (text, meant) in enumerate(numbers):
        key = f"f{i}"
        mine = [p for p in problems if p.path.split(".")[0] == key]
        fig = figures[key]
        if fig.value != meant:
            assert mine, f"{way} {fmt}: '{text}' read silently as {fig.value}, meant {meant}"
            told = " ".join(p.message + " " + p.hint for p in mine)
            assert str(meant).replace(".", "") in told.replace(".", "").replace(",", ""), told
