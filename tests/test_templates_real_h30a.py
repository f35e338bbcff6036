"""Faults found on templates written by strangers, round 2 (issue 14, h30a).

mknzh9795-netizen/shawahid-backend's ``templates/template.pptx`` (no licence to copy it here)
is A4 portrait, 8.26 x 11.69 in. On it the sample deck stopped with "the barh chart 'Tốc độ
tăng năm 2023' does not fit its box (4.98 × 3.17 in)": no file:line:col, no hint, and no way to
build it. Its text was scaled by the slide's height (1.56: titles and charts' text far too large
across 8.26 in), and its charts stood beside their bullets in half a narrow body. The portrait
template made here is python-pptx's default template turned A4 upright (its layouts' boxes kept,
as on the stranger's template)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from deckmaker.errors import LayoutError
from deckmaker.pipeline import build_deck
from tests.template_corpus import save_template, theme_for

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "outlines" / "hung-yen-2024"

NAMES = [
    f"Chỉ tiêu phát triển kinh tế xã hội số {i} của toàn tỉnh trong giai đoạn năm năm tới đây"
    for i in range(1, 19)
]
FIELDS = (
    *("nông nghiệp", "công nghiệp", "dịch vụ", "du lịch", "giáo dục", "y tế", "văn hóa"),
    *("thể thao", "giao thông", "xây dựng", "môi trường", "tài nguyên", "khoa học", "công nghệ"),
    *("quốc phòng", "an ninh"),
)
MANY = [
    " ".join(FIELDS[(i * 7 + j * 3) % len(FIELDS)] for j in range(8)) + f" {i}" for i in range(60)
]
"""Sixty names of sixteen words, no two alike at their start or end (none shortened away)."""
CROWDED = f"""deck:
  title: Một biểu đồ quá chật
  organization: Sở Thông tin và Truyền thông
  date: 2024-01-20
  language: vi
sections:
  - title: Biểu đồ
    slides:
      - title: Chỉ tiêu năm 2023
        chart:
          type: barh
          title: Các chỉ tiêu
          categories: [{", ".join(NAMES)}]
          series: [{{name: Kết quả, values: [{", ".join(str(10 + i) for i in range(18))}]}}]
          unit: "%"
        bullets:
          - Tăng trưởng khá
          - Đạt kế hoạch
      - title: Chỉ tiêu riêng
        chart:
          type: bar
          title: Các chỉ tiêu riêng
          categories: [{", ".join(MANY)}]
          series: [{{name: Kết quả, values: [{", ".join(str(10 + i) for i in range(60))}]}}]
"""
"""Two charts that fit their box at no size: 18 long names beside bullets, and 60 names of 16
words alone on a slide, which no four slides hold (18 such names alone go on over four slides
since h39h)."""


def test_a_chart_that_fits_at_no_size_is_said_at_its_chart(tmp_path):
    """Every such chart, at the outline's ``chart:`` of the slide that asks for it, with a hint
    saying what to do; the CLI exits 1 without a traceback (before: one error at "deckmaker",
    its message said twice, without a hint)."""
    outline = tmp_path / "outline.yaml"
    outline.write_text(CROWDED, encoding="utf-8")
    with pytest.raises(LayoutError) as err:
        build_deck(outline, tmp_path / "deck.pptx", cache=False)
    problems = err.value.problems
    assert [(p.location.line, p.location.col, p.path) for p in problems] == [
        (11, 11, "sections[0].slides[0].chart"),
        (21, 11, "sections[0].slides[1].chart"),
    ]
    assert all("does not fit its box" in p.message for p in problems)
    assert "bullets to a slide of their own" in problems[0].hint
    assert "fewer figures" in problems[1].hint
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DECKMAKER_LANG": "en"}
    run = subprocess.run(
        [sys.executable, "-m", "deckmaker", "build", str(outline), "-o", str(tmp_path / "d.pptx")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "outline.yaml:11:11: error: the barh chart 'Các chỉ tiêu' does not fit" in run.stderr
    assert "outline.yaml:21:11: error: the bar chart" in run.stderr
    assert run.stderr.count("  hint: ") == 2
    assert "deckmaker: error" not in run.stderr


def _portrait_template(folder: Path) -> Path:
    """python-pptx's default template set A4 upright (7.56 x 10.69 M EMU), its layouts' boxes
    kept where they were (the stranger's body, too, is a landscape band at the top)."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(7560310), Emu(10692130)
    return save_template(prs, folder, "portrait.pptx")


PORTRAIT = """deck:
  title: Kết quả năm 2023
  organization: Ban Tuyên giáo
  date: 2024-01-20
  language: vi
  figures: figures.yaml
sections:
  - title: Kinh tế
    slides:
"""


def _sample_chart_slides() -> str:
    """The sample deck's slides of a chart with bullets, as its outline writes them."""
    import yaml

    deck = yaml.safe_load((SAMPLE / "outline.yaml").read_text(encoding="utf-8"))
    slides = [
        s for sec in deck["sections"] for s in sec["slides"] if "chart" in s and "bullets" in s
    ]
    return yaml.safe_dump(slides, allow_unicode=True, sort_keys=False)


def _has_image(shape) -> bool:
    """A picture, or a picture placeholder filled (a chart's)."""
    try:
        return bool(shape.image.blob)
    except (AttributeError, ValueError):
        return False


def test_a_portrait_template_builds_its_charts_under_their_bullets(tmp_path):
    """The sample's charts with bullets on an A4 portrait template: the build succeeds (before:
    a chart that fit at no size beside its bullets stopped it), each chart that shares a slide
    with its bullets stands under them across the body, and every title keeps the size it has
    on a landscape slide of the same short side (not 1.41 times it)."""
    theme = theme_for(_portrait_template(tmp_path), tmp_path / "themes")
    folder = tmp_path / "deck"
    folder.mkdir()
    shutil.copy(SAMPLE / "figures.yaml", folder / "figures.yaml")
    slides = "\n".join("      " + line for line in _sample_chart_slides().splitlines())
    (folder / "outline.yaml").write_text(PORTRAIT + slides + "\n", encoding="utf-8")
    out = build_deck(folder, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    prs = Presentation(str(out))
    width = prs.slide_width
    shared = 0
    for n, slide in enumerate(prs.slides, 1):
        pictures = [sh for sh in slide.shapes if _has_image(sh)]
        texts = [
            sh
            for sh in slide.shapes
            if sh.has_text_frame and sh.text_frame.text.strip() and sh.top > Emu(1400000)
        ]
        for pic in pictures:
            assert pic.left >= 0 and pic.left + pic.width <= width, n
            bullets = [
                t for t in texts if t.top < pic.top + pic.height and t.top + t.height > pic.top
            ]
            # beside the chart: nothing; across the body: the chart at least 80% of its width
            assert not bullets, (n, [t.text_frame.text[:30] for t in bullets])
            assert pic.width > 0.8 * (width - 2 * 457200), n
            above = [t for t in texts if t.top + t.height <= pic.top and t.width > 0.8 * pic.width]
            shared += bool(above)
    assert shared >= 3  # charts under their bullets on their slide, not all on slides apart
