"""Issue 14, h31e: a warning about a bullet names the deck slide the bullet is set on. A list
continued on "(tiếp)" slides had every warning of its bullets name the first part: the
continuation example's five-line bullets 4 and 5, set on slide 4, and 7, set on slide 5, were
all warned as on 'slide 3' (main at eade532). Each test builds through the real CLI, opens the
written .pptx, finds the slide holding the warned bullet's text and reads the number the
warning gives, in English and in Vietnamese."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.pipeline import load_inputs

ROOT = Path(__file__).resolve().parent.parent
CONTINUATION = ROOT / "docs" / "examples" / "continuation.yaml"
BULLETS = ROOT / "tests" / "fixtures" / "stress" / "bullets" / "outline.yaml"
LANGS = {
    "en": ("en_US.UTF-8", r"\(slide (\d+) of the deck\)"),
    "vi": ("vi_VN.UTF-8", r"\(trang chiếu (\d+) của bài trình chiếu\)"),
}
BULLET_AT = re.compile(r"(\d+)\D+?(\d+)\D+?(\d+)")  # section, slide, bullet (counted from 1)


def _letters(text: str) -> str:
    """A text's letters and digits: the slide binds its words with no-break characters."""
    return re.sub(r"[\W_]", "", text)


def _build(outline: Path, out: Path, lang: str, theme: str) -> str:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DECKMAKER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(PYTHONPATH=str(ROOT), LANG=LANGS[lang][0], DECKMAKER_DECK_CACHE="off")
    args = ["build", str(outline), "--theme", theme, "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "deckmaker", *args],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def _warned(text: str, lang: str, marker: str) -> list[tuple[tuple[int, int, int], int]]:
    """Each warning whose message holds ``marker``: the bullet it is at (section, slide,
    bullet, from 1) and the deck slide it names."""
    out = []
    for block in re.split(r"\n(?=\S)", text):
        if "warning:" not in block or marker not in block:
            continue
        lines = block.splitlines()
        at = next(line for line in lines if line.strip().startswith(("at:", "vị trí:")))
        number = re.search(LANGS[lang][1], at)
        assert number is not None, block
        place = BULLET_AT.search(at[: number.start()])
        assert place is not None, block
        sec, sl, b = (int(g) for g in place.groups())
        out.append(((sec, sl, b), int(number.group(1))))
    return out


def _slides_of(deck: Path, outline: Path, theme: str, where: tuple[int, int, int]) -> list[int]:
    """The deck slides (from 1) holding the text of the bullet at ``where``."""
    spec = load_inputs(outline, theme).deck
    sec, sl, b = where
    bullet = spec.sections[sec - 1].slides[sl - 1].bullets[b - 1]
    # the text after a typed mark and after its last figure (the slide shows the value)
    text = re.split(r"\{[^}]*\}", bullet.text.value)[-1]
    want = _letters(re.sub(r"^\s*(?:[-•*+]|\d+[-.)])\s+", "", text))
    return [
        n
        for n, slide in enumerate(Presentation(str(deck)).slides, 1)
        for sh in slide.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
        if _letters(p.text).endswith(want) and want
    ]


LONG = {"en": "this bullet takes", "vi": "ý này chiếm"}
PASTED = {"en": "this bullet starts with", "vi": "gạch đầu dòng này"}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_long_bullet_on_a_continued_slide_names_that_slide(tmp_path, lang):
    """The continuation example in default: bullets 4 and 5 on slide 4, 7 on slide 5 (all
    'slide 3' before); stress bullets in tuong-phan: slide 2's third bullet on slide 8."""
    for outline, theme, count in ((CONTINUATION, "default", 3), (BULLETS, "tuong-phan", 3)):
        deck = tmp_path / f"{outline.stem}-{lang}.pptx"
        warned = _warned(_build(outline, deck, lang, theme), lang, LONG[lang])
        assert len(warned) == count, warned
        for where, named in warned:
            assert _slides_of(deck, outline, theme, where) == [named], (outline.name, where)
        assert len({n for _, n in warned}) > 1  # some of them on a continued slide


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_pasted_mark_on_a_continued_slide_names_that_slide(tmp_path, lang):
    """A typed '- ' before the last of twelve long bullets: the list continues, and the warning
    names the "(tiếp)" slide the bullet is set on, not the first part."""
    points = [
        f"Nội dung thứ {i + 1}: tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư "
        f"kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh"
        for i in range(12)
    ]
    points[-1] = "- " + points[-1]
    body = "\n".join(f'          - "{p}"' for p in points)
    outline = tmp_path / "outline.yaml"
    outline.write_text(
        "deck:\n  title: Kiểm tra\nsections:\n  - title: Phần một\n    slides:\n"
        f"      - title: Nhiệm vụ\n        bullets:\n{body}\n",
        encoding="utf-8",
    )
    deck = tmp_path / "d.pptx"
    warned = _warned(_build(outline, deck, lang, "default"), lang, PASTED[lang])
    assert len(warned) == 1, warned
    where, named = warned[0]
    assert where == (1, 1, 12)
    slides = _slides_of(deck, outline, "default", where)
    assert slides == [named]
    assert named > 3  # cover, section, then the list's first part: a later part


def test_a_table_row_taller_than_a_slide_names_its_part(tmp_path):
    """Fourteen short rows and, twelfth, a cell of some 400 words: the table continues, the row
    sits on a part of its own at a size under the theme's least, and the warning names that
    part's slide (the first part's before)."""
    long = "; ".join(
        ["Rà soát, điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải "
         "ngân tốt, tháo gỡ dứt điểm vướng mắc về giải phóng mặt bằng"] * 13
    )  # fmt: skip
    rows = [
        f'            - ["Nhiệm vụ {i + 1}", "Sở {i + 1}", "Nội dung ngắn số {i + 1}"]'
        for i in range(14)
    ]
    rows[11] = f'            - ["Nhiệm vụ 12", "Sở 12", "{long}"]'
    outline = tmp_path / "outline.yaml"
    outline.write_text(
        "deck:\n  title: Bảng\nsections:\n  - title: Phần\n    slides:\n      - title: Bảng dài\n"
        "        table:\n          columns: [Nhiệm vụ, Cơ quan, Nội dung]\n          rows:\n"
        + "\n".join(rows) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    deck = tmp_path / "d.pptx"
    text = _build(outline, deck, "en", "default")
    named = re.findall(r"taller than a slide.*\n\s+at: .*\(slide (\d+) of the deck\)", text)
    assert len(named) == 1, text
    holding = [
        n
        for n, slide in enumerate(Presentation(str(deck)).slides, 1)
        for sh in slide.shapes
        if sh.has_table and any(_letters(r.cells[0].text) == "Nhiệmvụ12" for r in sh.table.rows)
    ]
    assert holding == [int(named[0])], text
    assert holding[0] > 3  # not the table's first part


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_word_against_its_figure_on_a_continued_slide_names_that_slide(tmp_path, lang):
    """The resolver's warnings (words before a figure that say the opposite) are found outside
    the layout: "tăng {growth}" before -1,2% in the last of twelve long bullets is numbered
    on the "(tiếp)" slide the bullet is set on."""
    points = [
        f"Nội dung thứ {i + 1}: tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư "
        f"kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh"
        for i in range(12)
    ]
    points[-1] = "Tăng trưởng công nghiệp tăng {growth} so với cùng kỳ, " + points[-1]
    body = "\n".join(f'          - "{p}"' for p in points)
    outline = tmp_path / "outline.yaml"
    outline.write_text(
        "deck:\n  title: Kiểm tra\n  figures: figures.yaml\nsections:\n  - title: Phần một\n"
        f"    slides:\n      - title: Nhiệm vụ\n        bullets:\n{body}\n",
        encoding="utf-8",
    )
    (tmp_path / "figures.yaml").write_text(
        'growth:\n  label: Tăng trưởng công nghiệp\n  value: -1.2\n  unit: "%"\n', encoding="utf-8"
    )
    deck = tmp_path / "d.pptx"
    text = _build(outline, deck, lang, "default")
    warned = _warned(text, lang, "{growth}")
    assert len(warned) == 1, text
    where, named = warned[0]
    assert where == (1, 1, 12)
    assert _slides_of(deck, outline, "default", where) == [named]
    assert named > 3
