"""Issue 14, after R15 (h18k #4): a content slide's title that takes more lines than the
theme's title has (``HeaderGeometry.max_lines``), at the theme's smallest title size, is warned
of at its outline location (file:line:col), in English and Vietnamese. On ec5d96f the words
stress outline's slide 5 (a pasted sentence as its title) took five to seven lines unwarned."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deckmaker.layout.model import TextBox
from deckmaker.pipeline import load_inputs, plan

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "tests" / "fixtures" / "stress" / "words" / "outline.yaml"


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_a_title_over_the_themes_lines_is_warned_at_its_location(theme):
    """A warning for each content slide whose title the planner set in more than two lines
    (the built-in themes' ``max_lines``), none for the others, each at its title's line and
    column in the outline, saying how many lines at what size: slide 5 (outline line 22, a
    pasted sentence) among them in every theme."""
    warnings: list = []
    slides = plan(load_inputs(WORDS, theme), warnings=warnings)
    found = {w.slide: w for w in warnings if "title takes" in w.message}
    long = {}
    for n, s in enumerate(slides, 1):
        for e in s.elements:
            if isinstance(e, TextBox) and e.name == "Title" and s.kind not in ("title", "section"):
                lines = e.paras[0].text.split("\n")
                if len(lines) > 2:
                    long[n] = (len(lines), e.paras[0].size_pt)
    assert set(found) == set(long), (sorted(found), long)
    assert 5 in found
    w = found[5]
    assert w.severity == "warning"
    assert (w.location.line, w.location.col) == (22, 16), w.location
    assert w.path.endswith(".title"), w.path
    assert "shorten the title" in w.hint
    for n, (lines, size) in long.items():
        assert f"takes {lines} lines at {size:g} pt" in found[n].message, found[n].message


def test_the_warning_in_vietnamese(tmp_path):
    """Through the real CLI, in a Vietnamese locale: the message and its hint translated, the
    location first."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DECKMAKER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(PYTHONPATH=str(ROOT), LANG="vi_VN.UTF-8", DECKMAKER_DECK_CACHE="off")
    out = subprocess.run(
        [sys.executable, "-m", "deckmaker", "build", str(WORDS), "-o", str(tmp_path / "d.pptx")],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    text = out.stdout + out.stderr
    assert f"{WORDS}:22:16:" in text or "outline.yaml:22:16:" in text, text
    assert "tiêu đề trang chiếu chiếm" in text, text
    assert "xin rút gọn tiêu đề" in text, text
