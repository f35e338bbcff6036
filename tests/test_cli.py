"""The command line: exact messages and exit codes for bad input (sqlite-utils style)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckmaker.cli import main

from .conftest import ROOT

BROKEN = ROOT / "tests" / "broken"

# name -> the first line of the message after "tests/broken/<name>.yaml:"
EXPECTED = {
    "bad_date": "3:9: error: the date must be written YYYY-MM-DD, got '20/01/2024'",
    "chart_two_data": "9:11: error: a chart takes either 'figures' or 'categories' with 'series', "
    "not both",
    "bad_language": "3:13: error: unknown language 'fr'",
    "control_escape": "8:19: error: the text contains 1 control character(s): form feed",
    "control_raw": "8:27: error: the file contains a control character U+000C",
    "duplicate_key": "10:9: error: duplicate key 'title'",
    "empty_section": "9:5: error: empty section: it has no slides",
    "kpi_no_value": "8:16: error: a KPI card needs 'figure' or 'value'",
    "missing_figures_file": "3:12: error: figures file not found: khong-co.yaml",
    "missing_image": "8:16: error: image not found: khong-co.jpg",
    "no_content": "7:9: error: the slide has no content",
    "not_utf8": "2:1: error: the file is not valid UTF-8",
    "series_length": "12:43: error: the series has 1 values but the chart has 2 categories",
    "tab_indent": "8:1: error: this line is indented with a tab",
    "table_row_cells": "11:15: error: the row has 3 cells but the table has 2 columns",
    "too_deep": "14:30: error: bullets nest at most 3 levels deep",
    "two_contents": "9:9: error: a slide cannot have both 'kpis' and 'table'",
    "unknown_chart_type": "8:23: error: unknown chart type 'bars'",
    "unknown_figure": "8:19: error: unknown figure 'grdp_growht' in "
    "tests/fixtures/every/figures.yaml",
    "unknown_figure_field": "8:19: error: unknown figure field '.plann' in '{grdp_growth.plann}'",
    "unknown_key": "7:9: error: unknown key 'tilte' in a slide",
    "unknown_theme": "3:10: error: unknown theme 'khong-co'",
    "wrong_type": "8:18: error: 'bullets' must be a list, got a number (5)",
    "yaml_syntax": "7:24: error: a text containing ': ' must be quoted",
}

HINTS = {
    "unknown_chart_type": "hint: did you mean 'bar'?",
    "unknown_figure": "hint: did you mean 'grdp_growth' (Tăng trưởng GRDP)",
    "unknown_key": "hint: did you mean 'title'?",
    "tab_indent": "hint: indent with spaces, not tabs",
    "yaml_syntax": 'hint: quote the whole text, e.g. title: "Mục tiêu: tăng',
}


@pytest.fixture
def runner(monkeypatch) -> CliRunner:
    monkeypatch.chdir(ROOT)
    return CliRunner()


def test_every_broken_input_has_an_expectation():
    assert sorted(p.stem for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_reports_a_located_error_with_a_hint(runner, name):
    result = runner.invoke(main, ["check", f"tests/broken/{name}.yaml"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"tests/broken/{name}.yaml:{EXPECTED[name]}"
    assert any(line.startswith("  hint: ") for line in lines)
    assert HINTS.get(name, "hint:") in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""


def test_all_problems_are_reported_not_only_the_first(runner, tmp_path):
    bad = tmp_path / "outline.yaml"
    bad.write_text(
        "deck:\n  title: T\n  tilte: x\nsections:\n  - title: A\n    slides:\n"
        "      - title: S\n        chart: {type: pi, figures: [a]}\n  - title: B\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["check", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.count(": error: ") == 3
    assert result.stderr.splitlines()[-1] == "3 errors"


def test_debug_shows_the_traceback(runner):
    result = runner.invoke(main, ["--debug", "check", "tests/broken/unknown_key.yaml"])
    assert result.exit_code == 1
    assert "Traceback" in result.stderr


def test_usage_error_exits_2(runner):
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 2


def test_every_command_has_help_with_an_example(runner):
    names = list(main.commands)
    for expected in (
        "build",
        "check",
        "init",
        "schema",
        "figures",
        "diff",
        "doctor",
        "draft",
        "themes",
    ):
        assert expected in names
    for name in names:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, name
        assert "deckmaker " in result.output.split("Example:")[1], name


def test_schema_is_valid_json_schema_and_accepts_the_fixture(runner):
    import jsonschema
    import yaml

    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    outline = yaml.safe_load((ROOT / "tests/fixtures/every/outline.yaml").read_text("utf-8"))
    outline["deck"]["date"] = str(outline["deck"]["date"])
    jsonschema.validate(outline, schema)
    outline["deck"]["tilte"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(outline, schema)


def test_check_ok(runner):
    result = runner.invoke(main, ["check", "tests/fixtures/every"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: tests/fixtures/every/outline.yaml — 1 sections, 10 slides")


def test_init_refuses_to_overwrite(runner, tmp_path):
    assert runner.invoke(main, ["init", str(tmp_path / "d")]).exit_code == 0
    result = runner.invoke(main, ["init", str(tmp_path / "d")])
    assert result.exit_code == 1
    assert "the file exists already" in result.stderr


def test_missing_outline_folder(runner, tmp_path):
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "no outline.yaml in this folder" in result.stderr
    assert Path(tmp_path).exists()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project of one's own, outside the repository: a theme in themes/ and a deck using it
    in outlines/deck/."""
    from deckmaker.project import init_project

    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    theme = root / "themes" / "so-rieng"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text(
        'name: Sở Riêng\nextends: default\ncolors: {primary: "#123456"}\n', "utf-8"
    )
    deck = root / "outlines" / "deck"
    init_project(deck)
    text = (deck / "outline.yaml").read_text("utf-8")
    (deck / "outline.yaml").write_text(text.replace("deck:\n", "deck:\n  theme: so-rieng\n", 1))
    return root


def test_every_command_finds_a_project_theme_by_name_from_inside_the_project(
    runner, project, monkeypatch
):
    monkeypatch.chdir(project / "outlines")  # not the project's root: no themes/ here
    checked = runner.invoke(main, ["check", "deck", "--theme", "so-rieng"])
    assert checked.exit_code == 0, checked.stderr
    themed = runner.invoke(main, ["themes", "check", "so-rieng"])
    assert themed.exit_code == 0, themed.stderr
    assert themed.stdout.startswith("ok: theme so-rieng (Sở Riêng)")
    listed = runner.invoke(main, ["themes"])
    assert "so-rieng" in listed.stdout


def test_a_relative_outline_path_inside_the_deck_folder_finds_the_project_themes(
    runner, project, monkeypatch
):
    from pptx import Presentation

    monkeypatch.chdir(project / "outlines" / "deck")
    result = runner.invoke(main, ["build", ".", "-o", "out.pptx"])
    assert result.exit_code == 0, result.stderr
    assert "theme so-rieng" in result.stdout
    xml = b"".join(
        s.part.blob for s in Presentation("out.pptx").slides
    )  # the theme's own primary colour is on the slides
    assert b"123456" in xml
