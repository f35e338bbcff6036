"""The user docs stay true: every command documented, every example valid, error output current.

Regenerate the generated parts (help texts in docs/cli.md, outputs in docs/errors.md) with
``python -m tests.test_docs --write`` from the repository root.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import click
import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from deckmaker.cli import main
from deckmaker.figures import format_figure, load_figures
from deckmaker.figures.model import parse_value_text
from deckmaker.numfmt import format_quantity
from deckmaker.outline.jsonschema import outline_schema

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PICTURE = ROOT / "tests" / "fixtures" / "every" / "pic.png"
HELP_WIDTH = 80

_FENCE_RE = re.compile(r"^```([^\n]*)\n(.*?)^```[ \t]*$", re.M | re.S)


def fences(doc: str) -> list[tuple[str, str]]:
    """Every fenced block of a Markdown file: (info string, text)."""
    return [(info, text) for info, text, _ in fences_at(doc)]


def fences_at(doc: str) -> list[tuple[str, str, int]]:
    """Every fenced block of a Markdown file: (info string, text, line of the fence)."""
    md = read(doc)
    return [
        (m.group(1).strip(), m.group(2), md.count("\n", 0, m.start()) + 1)
        for m in _FENCE_RE.finditer(md)
    ]


def read(doc: str) -> str:
    path = DOCS / doc
    return path.read_text(encoding="utf-8") if path.exists() else ""


def named_files(doc: str) -> dict[str, str]:
    """Blocks whose info string names a file (```yaml figures.yaml): file name -> text."""
    return {info.split()[1]: text for info, text in fences(doc) if len(info.split()) == 2}


def outline_examples() -> list[str]:
    """YAML blocks of outline-format.md that are whole outlines: their first key is ``deck:``."""
    return [p.values[0] for p in outline_params()]


def outline_params() -> list:
    """The outline examples as test parameters named by their line in the doc."""
    out = []
    for info, text, line in fences_at("outline-format.md"):
        body = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        if info == "yaml" and body and body[0].startswith("deck:"):
            out.append(pytest.param(text, id=f"outline-format.md:{line}"))
    return out


def commands(group: click.Group = main, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The path of every command and subcommand of the CLI, walking click's tree."""
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((*path, name))
        if isinstance(cmd, click.Group):
            out.extend(commands(cmd, (*path, name)))
    return out


def help_text(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(
        main, [*path, "--help"], prog_name="deckmaker", terminal_width=HELP_WIDTH
    )
    assert result.exit_code == 0, result.output
    # click releases differ on how a group with a default action writes its usage line
    return result.output.replace("[COMMAND] [ARGS]...", "COMMAND [ARGS]...")


def run_check(command: str) -> str:
    """What ``deckmaker check …`` prints (stdout and stderr), run from the repository root."""
    args = command.split()[1:]
    result = CliRunner().invoke(main, args, prog_name="deckmaker")
    return result.output


# --- (1) every command is documented and has an example ---------------------------------------


def test_the_cli_has_the_commands_of_the_contract():
    names = {p[0] for p in commands()}
    assert {"build", "check", "init", "schema", "figures", "diff", "doctor"} <= names


@pytest.mark.parametrize("path", commands(), ids=" ".join)
def test_every_command_is_documented_with_an_example(path):
    heading = re.compile(rf"^#+ deckmaker {' '.join(path)}$", re.M)
    assert heading.search(read("cli.md")), f"no heading 'deckmaker {' '.join(path)}' in docs/cli.md"
    assert re.search(r"^ *Example:\n +deckmaker ", help_text(path), re.M)


def test_the_cli_reference_shows_the_current_help():
    blocks = {t.splitlines()[0]: t for i, t in fences("cli.md") if t.startswith("Usage:")}
    stale = []
    for path in [(), *commands()]:
        text = help_text(path)
        if blocks.get(text.splitlines()[0]) != text:
            stale.append(" ".join(("deckmaker", *path)))
    assert not stale, f"docs/cli.md is stale for {stale}; run python -m tests.test_docs --write"


def test_exit_codes_are_as_documented(tmp_path, monkeypatch):
    assert "| 0 |" in read("cli.md")
    assert "| 1 |" in read("cli.md")
    assert "| 2 |" in read("cli.md")
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    good = runner.invoke(main, ["check", "tests/fixtures/every"])
    bad = runner.invoke(main, ["check", "tests/broken/unknown_key.yaml"])
    usage = runner.invoke(main, ["check"])
    assert (good.exit_code, bad.exit_code, usage.exit_code) == (0, 1, 2)
    assert "Traceback" not in bad.output
    debug = runner.invoke(main, ["--debug", "check", "tests/broken/unknown_key.yaml"])
    assert debug.exit_code == 1
    assert "Traceback" in debug.output


# --- (2) every example is valid ---------------------------------------------------------------


def test_outline_format_has_an_example_of_every_slide_kind():
    examples = [yaml.safe_load(t) for t in outline_examples()]
    slides = [s for ex in examples for sec in ex["sections"] for s in sec["slides"]]
    kinds = {k for s in slides for k in s if k not in ("title", "notes")}
    assert kinds == {"bullets", "chart", "kpis", "table", "image", "quote"}
    assert any({"chart", "bullets"} <= set(s) for s in slides)
    assert any("closing" in ex for ex in examples)
    assert any("notes" in s for s in slides)
    charts = [s["chart"] for s in slides if "chart" in s]
    assert any("figures" in c for c in charts)
    assert any("series" in c for c in charts)
    assert any(c.get("engine") == "native" for c in charts)


def _write_example(text: str, where: Path) -> Path:
    """The outline in ``where`` with the doc's figures file and a picture for each image."""
    for name, content in named_files("outline-format.md").items():
        (where / name).write_text(content, encoding="utf-8")
    outline = where / "outline.yaml"
    outline.write_text(text, encoding="utf-8")
    for sec in yaml.safe_load(text)["sections"]:
        for slide in sec["slides"]:
            image = slide.get("image")
            if image:
                file = where / (image if isinstance(image, str) else image["file"])
                file.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(PICTURE, file)
    return outline


@pytest.mark.parametrize("text", outline_params())
def test_outline_example_passes_check(text, tmp_path):
    outline = _write_example(text, tmp_path)
    result = CliRunner().invoke(main, ["check", str(outline)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: ")  # warnings (a small example picture) on stderr


def _jsonable(value: object) -> object:
    """The YAML value as the YAML editor extension hands it to the schema: dates as text."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("text", outline_params())
def test_outline_example_matches_the_json_schema(text):
    import jsonschema

    jsonschema.validate(_jsonable(yaml.safe_load(text)), outline_schema())


def test_outline_format_shows_what_references_become(tmp_path):
    """The `{key}` table: each written reference gives the text shown beside it."""
    from deckmaker.pipeline import load_inputs
    from deckmaker.resolve import iter_texts

    rows = re.findall(r"^\| `(\{[^`]+\})` \| `([^`]+)`", read("outline-format.md"), re.M)
    assert len(rows) >= 5
    bullets = "\n".join(f'          - "{w}"' for w, _ in rows)
    outline = _write_example(
        "deck:\n  title: T\n  figures: figures.yaml\nsections:\n  - title: S\n    slides:\n"
        f"      - title: T\n        bullets:\n{bullets}\n",
        tmp_path,
    )
    inputs = load_inputs(outline)
    texts = [t for t in iter_texts(inputs.deck.sections) if t.path.endswith("]")]
    shown = [inputs.resolver.text(t) for t in texts]
    assert shown == [s for _, s in rows]


def test_figures_examples_load(tmp_path):
    files = named_files("figures.md")
    assert {Path(n).suffix for n in files} >= {".yaml", ".csv"}
    loaded = []
    for name, content in files.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        figures = load_figures(path)
        assert figures, name
        loaded.append(figures)
    grdp = [f["grdp_growth"] for f in loaded if "grdp_growth" in f]
    assert len(grdp) >= 2
    assert all(format_figure(f) == "10,05%" for f in grdp)


def _xlsx_tables() -> list[list[list[str]]]:
    """Markdown tables of figures.md whose header names the figure columns: sheet examples."""
    tables = []
    for block in re.findall(r"((?:^\|.*\|[ \t]*\n)+)", read("figures.md"), re.M):
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in block.splitlines()]
        if rows[0][:3] == ["key", "label", "value"]:
            tables.append([rows[0], *rows[2:]])
    return tables


def test_spreadsheet_example_loads(tmp_path):
    tables = _xlsx_tables()
    assert tables
    for n, table in enumerate(tables):
        book = openpyxl.Workbook()
        sheet = book.active
        for row in table:
            sheet.append([_cell(c) for c in row])
        path = tmp_path / f"figures{n}.xlsx"
        book.save(path)
        figures = load_figures(path)
        assert len(figures) == len(table) - 1


def _cell(text: str) -> object:
    """A sheet cell as typed: a plain number becomes a number, ``"10,05"`` stays text."""
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if re.fullmatch(r"-?[0-9]+\.[0-9]+", text):
        return float(text)
    return None if text == "" else text.strip('"')


def test_number_text_examples_are_read_as_documented():
    rows = re.findall(
        r"^\| `([^`]+)` \| (-?[0-9.]+|[0-9.]+ to [0-9.]+) \|", read("figures.md"), re.M
    )
    assert len(rows) >= 6
    for written, meaning in rows:
        value = parse_value_text(written)
        if " to " in meaning:
            low, high = meaning.split(" to ")
            assert value == (Decimal(low), Decimal(high)), written
        else:
            assert value == Decimal(meaning), written


def test_number_formatting_examples_are_current():
    cells = r"^\| `([^`]+)` \| (?:`([^`]+)`|—) \| `([^`]+)` \| `([^`]+)` \|"
    rows = re.findall(cells, read("figures.md"), re.M)
    assert len(rows) >= 5
    for value, unit, vi, en in rows:
        number = value.strip("[]").split(", ")
        v = tuple(Decimal(x) for x in number) if len(number) == 2 else Decimal(number[0])
        assert format_quantity(v, unit or None, "vi") == vi
        assert format_quantity(v, unit or None, "en") == en


def test_plan_kind_examples_are_current():
    from deckmaker.numfmt import format_plan_result

    code = r" \| `([^`]+)`"
    cells = r"^\| (floor|ceiling|range|exact)\b[^|]*" + code * 4 + r" \|"
    rows = re.findall(cells, read("figures.md"), re.M)
    assert len(rows) >= 8
    for kind, plan, value, vi, en in rows:
        ends = plan.strip("[]").split(", ")
        p = tuple(Decimal(x) for x in ends) if len(ends) == 2 else Decimal(ends[0])
        assert format_plan_result(Decimal(value), p, kind, "vi", "%") == vi
        assert format_plan_result(Decimal(value), p, kind, "en", "%") == en


@pytest.mark.parametrize("doc", ["outline-format.md", "figures.md", "cli.md", "errors.md"])
def test_links_between_docs_resolve(doc):
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", read(doc)):
        assert (DOCS / target).exists(), f"{doc} links to missing {target}"


# --- (3) the error examples are what deckmaker prints now -------------------------------------


def error_examples() -> list[tuple[str, str]]:
    """(command, output) of each ```console block of errors.md."""
    out = []
    for info, text in fences("errors.md"):
        if info == "console":
            first, _, rest = text.partition("\n")
            out.append((first.removeprefix("$ "), rest))
    return out


def test_errors_md_covers_the_broken_inputs():
    examples = error_examples()
    assert len(examples) >= 10
    shown = {c.split()[2] for c, _ in examples if c.startswith("deckmaker check tests/broken/")}
    assert len(shown) >= 15
    for command, _ in examples:
        assert command.startswith("deckmaker check ")
        for arg in command.split()[2:]:
            assert arg.startswith("-") or (ROOT / arg).exists(), arg


@pytest.mark.parametrize(
    ("command", "output"), error_examples(), ids=[c.split("/")[-1] for c, _ in error_examples()]
)
def test_error_example_is_current(command, output, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert run_check(command) == output


def test_every_example_file_passes_check_or_is_an_error_example(monkeypatch):
    monkeypatch.chdir(ROOT)
    shown = {c.split()[2] for c, _ in error_examples()}
    for file in sorted((DOCS / "examples").glob("*.yaml")):
        name = file.relative_to(ROOT).as_posix()
        output = run_check(f"deckmaker check {name}")
        if name in shown:
            continue
        # passes: 'ok: …' last; the one warning allowed is a long bullet's (continuation.yaml
        # quotes the guidance's own five-line points: check rightly says so, the build is the
        # example's point)
        warned = [ln for ln in output.splitlines() if ": warning: " in ln]
        assert output.splitlines()[-1].startswith("ok: "), output
        assert all("this bullet takes" in ln for ln in warned), output


def test_error_example_files_are_shown_as_they_are():
    for name, text in named_files("errors.md").items():
        assert (ROOT / name).read_text(encoding="utf-8") == text, name


# --- the test command --------------------------------------------------------------------------

_TEST_COMMAND_RE = re.compile(r'^pip install -e "\.\[test\]".*$', re.M)  # what .ci/run runs


def test_ci_runs_the_quality_gates_and_contributing_says_the_same():
    readme = _TEST_COMMAND_RE.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert readme, "README.md has no test command for .ci/run"
    command = readme[0]
    assert _TEST_COMMAND_RE.findall(contributing) == [command]
    steps = [step.strip() for step in command.split("&&")]
    gates = ["ruff check .", "ruff format --check .", "mypy", "lint-imports"]
    assert all(gate in steps for gate in gates), steps
    assert steps.index("python -m pytest -n 2") > max(steps.index(g) for g in gates)


# --- regeneration -----------------------------------------------------------------------------


def write_generated() -> None:
    """Rewrite the help blocks of docs/cli.md and the outputs of docs/errors.md."""
    cli_md = read("cli.md")
    for path in [(), *commands()]:
        text = help_text(path)
        first = re.escape(text.splitlines()[0])
        pattern = re.compile(rf"^```text\n{first}\n.*?^```[ \t]*$", re.M | re.S)
        if not pattern.search(cli_md):
            print(f"docs/cli.md has no help block for deckmaker {' '.join(path)}; add one")
        cli_md = pattern.sub(lambda _, t=text: f"```text\n{t}```", cli_md)
    (DOCS / "cli.md").write_text(cli_md, encoding="utf-8")
    errors_md = read("errors.md")
    for command, _ in error_examples():
        pattern = re.compile(rf"^```console\n\$ {re.escape(command)}\n.*?^```[ \t]*$", re.M | re.S)
        out = run_check(command)
        errors_md = pattern.sub(lambda _, c=command, o=out: f"```console\n$ {c}\n{o}```", errors_md)
    (DOCS / "errors.md").write_text(errors_md, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.test_docs --write")
    import os

    os.chdir(ROOT)
    write_generated()
    print(json.dumps({"written": ["docs/cli.md", "docs/errors.md"]}))
