"""Issue 14 (h39h): a bar chart whose names do not fit its slide's body at the theme's chart
size goes on over as many slides as it needs ("… (1/2)", "… (tiếp 2/2)"), each part on the
whole chart's scale, rather than fail the build. The drafted quangngai 2021 deck did not build
on tuong-phan: "the barh chart does not fit its box (12.13 × 5.30 in) at 22 pt" (seven names
of two lines, its chart text never under 22 pt); so did chogao 2022, caobang 2023 and quangnam
2030 of the draft-eval set."""

from __future__ import annotations

from pathlib import Path

from deckmaker.charts.kinds.common import CAPTION_GID
from deckmaker.charts.kinds.layout import texts_of
from deckmaker.charts.render import draw
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck, load_inputs, plan

OUTLINE = Path(__file__).parent / "fixtures" / "chart-split" / "outline.yaml"
NAMES = 7


def test_a_chart_too_tall_for_its_slide_goes_on_over_two_at_the_themes_size(tmp_path):
    plans = plan(load_inputs(OUTLINE, "tuong-phan"))
    charts = [(s.title, e) for s in plans for e in s.elements if isinstance(e, ChartBox)]
    assert [t for t, _ in charts] == ["Tổng quan (%) (1/2)", "Tổng quan (%) (tiếp 2/2)"]
    names = [c for _, e in charts for c in e.chart.categories]
    assert len(names) == NAMES and names[0].startswith("GRDP") and names[-1].startswith("Tổng")
    assert len({e.chart.reach for _, e in charts}) == 1  # one scale: 0 to 53,4%
    for _, e in charts:
        fig = draw(e.chart)  # a chart that does not fit raises ChartFitError
        sizes = [
            float(t.get_fontsize())
            for t in texts_of(fig)
            if t.get_visible() and t.get_text().strip() and t.get_gid() != CAPTION_GID
        ]
        assert sizes and min(sizes) >= 22.0, sorted(sizes)[:3]
        tops = [ax.get_xlim()[1] for ax in fig.axes if ax.get_visible()]
        assert all(t >= 53.4 for t in tops), tops
    built = build_deck(OUTLINE, tmp_path / "split.pptx", "tuong-phan", cache=False, jobs=1)
    assert built.path.exists() and built.slides == 5  # title, section, two parts, closing
