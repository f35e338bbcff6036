"""Issue 14, after h29e's regrade (h30c): stress bullets 7 in tuong-phan sets the first bullet of
"Gạch đầu dòng rất dài" in seven lines, the next two in five. The planner cannot shorten a
user's words, so ``check`` and ``build`` warn of a bullet set in more than
``bullets.READ_LINES`` (four) lines at the size the deck sets it, at the bullet's place in the
outline (file:line:col), with a hint in the presenter's terms, in English and Vietnamese. On
ca05abd no such warning was given. The sample deck (the model) gets none in any built-in theme."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.layout.kinds.bullets import READ_LINES
from deckmaker.pipeline import build_deck, load_inputs, plan

ROOT = Path(__file__).resolve().parent.parent
BULLETS = ROOT / "tests" / "fixtures" / "stress" / "bullets" / "outline.yaml"
SAMPLE = ROOT / "outlines" / "hung-yen-2024" / "outline.yaml"
THEMES = ["default", "co-do", "tuong-phan"]
TAKES = re.compile(r"this bullet takes (\d+) lines on its slide \(at ([\d.]+) pt\)")


def _letters(text: str) -> str:
    """A text's letters and digits: the slide binds its words with no-break characters."""
    return re.sub(r"[\W_]", "", text)


def _run(args: list[str], lang: str) -> str:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DECKMAKER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(PYTHONPATH=str(ROOT), LANG=lang, DECKMAKER_DECK_CACHE="off")
    out = subprocess.run(
        [sys.executable, "-m", "deckmaker", *args],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout + out.stderr


def test_check_warns_of_the_seven_line_bullet_at_its_place():
    """``deckmaker check`` in tuong-phan: the three long bullets of slide 7, each at its line
    and column, with how many lines at what size, and the hint; no other bullet warned."""
    text = _run(["check", str(BULLETS), "--theme", "tuong-phan"], "en_US.UTF-8")
    found = re.findall(r"outline\.yaml:(\d+):(\d+): warning: this bullet takes (\d+) lines", text)
    assert [(int(a), int(b)) for a, b, _ in found] == [(36, 13), (37, 13), (38, 13)], text
    assert int(found[0][2]) == 7, text
    assert all(int(n) > READ_LINES for _, _, n in found), text
    assert "at: section 1, slide 2, bullet 1 (slide 7 of the deck)" in text, text
    assert "hint: split it into shorter points, or move the details into the speaker notes" in text


def test_the_warning_is_the_size_the_written_deck_sets(tmp_path):
    """``build`` gives the same warnings; the written slide sets each warned bullet at the
    size the warning names, and the bullet is that slide's text."""
    warnings: list = []
    built = build_deck(
        BULLETS, tmp_path / "d.pptx", theme="tuong-phan", cache=False, warnings=warnings
    )
    long = [w for w in warnings if TAKES.search(w.message)]
    assert len(long) == 3, [w.message for w in warnings]
    prs = Presentation(str(built.path))
    spec = load_inputs(BULLETS, "tuong-phan").deck
    first = spec.sections[0].slides[1].bullets
    for w, b in zip(long, first, strict=False):
        m = TAKES.search(w.message)
        assert m is not None
        # the slide the warning names (its own part of a continued list: h31e)
        paras = [
            p
            for slide in list(prs.slides)[w.slide - 1 : w.slide]
            for sh in slide.shapes
            if sh.has_text_frame
            for p in sh.text_frame.paragraphs
        ]
        para = next(p for p in paras if _letters(p.text) == _letters(b.text.value))
        sizes = {r.font.size.pt for r in para.runs if r.font.size is not None}
        assert sizes == {float(m.group(2))}, (sizes, w.message)


def test_the_warning_in_vietnamese():
    """Through the real CLI in a Vietnamese locale: the message and hint an editor would write."""
    text = _run(["check", str(BULLETS), "--theme", "tuong-phan"], "vi_VN.UTF-8")
    assert "outline.yaml:36:13: warning: ý này chiếm 7 dòng trên trang chiếu" in text, text
    assert "tách thành các ý ngắn hơn hoặc chuyển phần chi tiết vào ghi chú" in text, text


@pytest.mark.parametrize("theme", THEMES)
def test_the_sample_deck_has_no_long_bullet(theme):
    """The model deck: no bullet over four lines, so no warning, in every built-in theme."""
    warnings: list = []
    plan(load_inputs(SAMPLE, theme), warnings=warnings)
    assert not [w.message for w in warnings if TAKES.search(w.message)]
