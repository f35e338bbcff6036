"""The library API: docs/api.md's example runs as written, and each promise of the API holds."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

import deckmaker
from deckmaker.project import init_project

ROOT = Path(__file__).resolve().parents[1]


def api_example() -> str:
    text = (ROOT / "docs" / "api.md").read_text("utf-8")
    (block,) = re.findall(r"^```python\n(.*?)^```", text, re.M | re.S)
    return block


def test_the_documented_example_runs(tmp_path: Path):
    init_project(tmp_path / "my-deck")
    script = tmp_path / "example.py"
    script.write_text(api_example(), "utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    deck = tmp_path / "build" / "my-deck.pptx"
    slides = len(Presentation(str(deck)).slides)
    assert done.stdout.splitlines()[0].startswith(f"{slides} slides")
    assert "unknown theme 'no-such-theme'" in done.stdout
    assert done.stdout.splitlines()[-1] == "theme unknown theme 'no-such-theme'"


def test_results_are_frozen_and_count_what_was_written(tmp_path: Path):
    init_project(tmp_path / "d")
    checked = deckmaker.check(tmp_path / "d")
    result = deckmaker.build(tmp_path / "d", output=tmp_path / "out.pptx")
    assert result.path == tmp_path / "out.pptx"
    assert result.slides == checked.slides == len(Presentation(str(result.path)).slides)
    assert checked.sections >= 1 and checked.figures >= 1
    assert set(result.timings) == {"load", "plan", "write"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.slides = 0  # type: ignore[misc]


def test_cache_false_turns_both_caches_off_without_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("DECKMAKER_DECK_CACHE", raising=False)
    outline = ROOT / "tests" / "fixtures" / "charts-vi"
    first = deckmaker.build(outline, output=tmp_path / "a.pptx")
    assert first.charts_drawn > 0 and not first.from_cache
    again = deckmaker.build(outline, output=tmp_path / "b.pptx")
    assert again.from_cache and again.charts_drawn == 0
    off = deckmaker.build(outline, output=tmp_path / "c.pptx", cache=False)
    assert not off.from_cache
    assert (off.charts_drawn, off.charts_cached) == (first.charts_drawn, 0)
    assert (tmp_path / "c.pptx").read_bytes() == (tmp_path / "a.pptx").read_bytes()


def test_each_input_raises_its_own_error_class(tmp_path: Path):
    init_project(tmp_path / "d")
    with pytest.raises(deckmaker.ThemeError):
        deckmaker.check(tmp_path / "d", theme="no-such-theme")
    bad = tmp_path / "bad.yaml"
    bad.write_text("x: {value: [1, 2, 3]}\n", "utf-8")
    with pytest.raises(deckmaker.DataError):
        deckmaker.check(tmp_path / "d", figures=bad)
    with pytest.raises(deckmaker.DataError):
        deckmaker.load_figures(bad)
    with pytest.raises(deckmaker.ThemeError):
        deckmaker.load_theme("no-such-theme")
    (tmp_path / "d" / "outline.yaml").write_text("deck: {}\nsections: []\n", "utf-8")
    with pytest.raises(deckmaker.OutlineError):
        deckmaker.load_outline(tmp_path / "d")


def test_a_loaded_theme_can_be_passed_to_build(tmp_path: Path):
    init_project(tmp_path / "d")
    theme = deckmaker.load_theme("co-do")
    by_object = deckmaker.build(tmp_path / "d", output=tmp_path / "a.pptx", theme=theme)
    by_name = deckmaker.build(tmp_path / "d", output=tmp_path / "b.pptx", theme="co-do")
    assert by_object.path.read_bytes() == by_name.path.read_bytes()
