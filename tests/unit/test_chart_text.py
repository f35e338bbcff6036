"""Chart text in every built-in theme: the title bold, everything else regular, nothing under the
theme's smallest chart size; no font warning when the sample deck builds."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from deckmaker.charts import KINDS, ChartPlan, ChartStyle, Series
from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.theme import BUILTIN_DIR, load_theme

ROOT = Path(__file__).resolve().parents[2]
THEMES = sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file())
BESIDE_BULLETS = (int(7.07 * 914400), int(5.4 * 914400))
"""The box of a chart beside bullets on a 16:9 slide (the smallest a deck gives a chart)."""

CATEGORIES = ("Tăng trưởng GRDP", "Công nghiệp, xây dựng", "Thương mại, dịch vụ", "Nông nghiệp")


def theme_plan(theme_name: str, kind: str) -> ChartPlan:
    theme = load_theme(theme_name)
    style = ChartStyle(**build_frame(theme, Fonts.for_theme(theme)).chart_style)
    one = (Series("Tốc độ tăng", (D("10.05"), D("7.2"), D("5.8"), D("2.45"))),)
    two = (
        Series("Thực hiện", (D("10.05"), D("7.2"), D("5.8"), D("2.45"))),
        Series("Kế hoạch", (D("8"), D("7.5"), D("6"), D("3"))),
    )
    series = {"stacked-bar": two, "plan-actual": two, "bar": two, "line": two}
    return ChartPlan(
        kind=kind,
        title="Tăng trưởng các ngành năm 2023",
        categories=CATEGORIES,
        series=series.get(kind, one),
        unit="%",
        source="HD 25-HD/BTGDUK, mục II.2.2a",
        width_emu=BESIDE_BULLETS[0],
        height_emu=BESIDE_BULLETS[1],
        lang="vi",
        style=style,
    )


def _weight(path: str) -> int:
    """The weight a font file declares (400 regular, 700 bold)."""
    from matplotlib import font_manager

    entry = font_manager.ttfFontProperty(font_manager.get_font(path))
    weight = entry.weight
    return weight if isinstance(weight, int) else font_manager.weight_dict[weight]


@pytest.mark.parametrize("theme_name", THEMES)
def test_only_the_title_is_bold_and_no_text_is_under_the_theme_minimum(theme_name: str) -> None:
    from deckmaker.charts.kinds.layout import is_caption, visible_texts
    from deckmaker.charts.render import draw

    theme = load_theme(theme_name)
    floor = theme.text_sizes.chart_min
    caption = theme.text_sizes.small_floor  # the source line is a caption
    for kind in KINDS:
        plan = theme_plan(theme_name, kind)
        fig = draw(plan)
        fig.draw_without_rendering()
        texts = visible_texts(fig)
        title = [t for t in texts if t.get_text().replace("\n", " ") == plan.title]
        assert len(title) == 1, kind
        others = [t for t in texts if t is not title[0]]
        assert len(others) >= len(CATEGORIES), kind
        assert _weight(title[0].get_fontproperties().get_file()) >= 700, kind
        for t in others:
            file = t.get_fontproperties().get_file()
            assert Path(file) == Path(plan.style.font_file), (kind, t.get_text())
            assert _weight(file) < 600, (kind, t.get_text())
        for t in texts:
            least = caption if is_caption(t) else floor
            assert t.get_fontsize() >= least - 1e-6, (theme_name, kind, t.get_text())


def test_the_body_file_is_regular_when_body_and_heading_are_one_family() -> None:
    theme = load_theme("default")
    assert theme.fonts.body == theme.fonts.heading  # Arial for both
    fonts = Fonts.for_theme(theme)
    style = theme.chart_style(fonts.body.path, fonts.heading.path)
    assert _weight(str(style["font_file"])) == 400
    assert _weight(str(style["heading_font_file"])) == 700


def test_building_the_sample_deck_prints_no_font_warning(tmp_path: Path) -> None:
    env = {**os.environ, "DECKMAKER_CACHE": "off", "PYTHONPATH": str(ROOT)}
    for theme in THEMES:
        out = subprocess.run(
            [sys.executable, "-m", "deckmaker", "build", "outlines/hung-yen-2024", "--theme",
             theme, "-o", str(tmp_path / f"{theme}.pptx")],
            cwd=ROOT, capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        assert "findfont" not in out.stderr, (theme, out.stderr)
        assert "charts" in out.stderr or "charts" in out.stdout
