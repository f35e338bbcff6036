"""The data-entry traps of issue 17, each hit the way a presenter would hit it: a number read
silently as something else, or a message that sends the user the wrong way."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

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
