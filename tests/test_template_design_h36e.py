"""Issue 14 on a real agency template (coreoz, graded 38 A / 24 B), h36e.

The sample deck planned on coreoz-template.pptx (4:3), what a designer saw:

1. the tables' label column ("Chỉ tiêu") broke its labels badly: "– thu / từ hoạt động xuất
   nhập khẩu" (a dash-led stub, slide 38) and "Tỷ số giới tính khi sinh (bé trai/ / 100 bé
   gái)" (inside the bracket, slide 39);
3. slide 33's three bullets beside grouped bars at 18 pt, the theme's minimum (the default theme
   sets them at 26 pt, the deck's other bullet slides at 21-24): the plot's floor, 3.64 in as
   drawn, took 70% of the 4:3 body; a plot at 85% of it keeps its 0/10/20% axis and gives the
   bullets 24 pt;
5. a section with no subtitle (I, III): its number centred in the room over the layout's low
   title, 1.5 in above it, read apart from it; it now stands on the title as on the part's
   name where there is one (``section.ABOVE_GAP``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.charts.render import measured_plot_width, measured_values_moved
from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.kinds.chart_bullets import NEAR_FLOOR, NEAR_GAIN, PLOT_FLOOR_IN
from deckmaker.layout.kinds.section import ABOVE_GAP
from deckmaker.layout.kinds.table import CELL_SAFETY, _numeric_column
from deckmaker.layout.model import ChartBox, TableBox, TextBox
from deckmaker.layout.nobreak import NBSP
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import EMU_PER_PT
from tests.template_corpus import theme_for

from .conftest import FIXTURES, SAMPLE

REAL = FIXTURES / "templates-real"
TEMPLATES = {
    "coreoz": REAL / "coreoz-template.pptx",
    "soleng": REAL / "soleng-template.potx",
    "m3dev": REAL / "m3dev-data3-in.pptx",
}

_PLANS: dict[str, tuple] = {}


def _planned(name: str, tmp: Path) -> tuple:
    """The sample deck's slides planned on the template ``name``, and its frame."""
    if name not in _PLANS:
        theme = theme_for(TEMPLATES[name], tmp / name)
        inputs = load_inputs(SAMPLE / "outline.yaml", theme)
        frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme))
        _PLANS[name] = (plan(inputs), frame)
    return _PLANS[name]


@pytest.fixture(scope="module")
def planned(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("h36e")
    return lambda name: _planned(name, tmp)


def _label_lines(slides, frame) -> list[list[str]]:
    """Every cell of a column of names in the tables of ``slides``, in lines as LibreOffice sets
    them (the planner's measurer, no safety margin)."""
    m = frame.measure.body
    out = []
    for s in slides:
        for e in s.elements:
            if not isinstance(e, TableBox):
                continue
            for c, w in enumerate(e.col_widths):
                column = [r[c] for r in e.rows]
                if _numeric_column(column):
                    continue
                room = (w - 2 * e.inset) / EMU_PER_PT
                for i, text in enumerate(column):
                    if i in e.highlight:
                        continue
                    lines = m.wrap(text, e.size_pt, room, safety=CELL_SAFETY)
                    out.append([ln.strip().replace(NBSP, " ") for ln in lines])
    return out


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_table_labels_break_between_phrases(planned, name) -> None:
    """No label's line but the last opens on a dash with one or two words after it, nor leaves a
    bracket open (on main, coreoz: "– thu" and "… (bé trai/")."""
    slides, frame = planned(name)
    cells = _label_lines(slides, frame)
    assert len(cells) > 40
    bad = []
    for lines in cells:
        for ln in lines[:-1]:
            words = ln.split()
            if (words and words[0] in ("–", "-") and len(words) <= 3) or ln.count("(") > ln.count(
                ")"
            ):
                bad.append(lines)
    assert not bad, bad


def test_bullets_beside_a_floored_chart_keep_a_size_above_the_minimum(planned) -> None:
    """coreoz 33: the bullets beside "Tốc độ tăng" a step or more above the theme's smallest
    body size (main: 18 pt, the minimum, in a 2.6 in column), the plot as drawn at least
    ``NEAR_FLOOR`` of its floor with every value at its bar's end."""
    slides, frame = planned("coreoz")
    (s,) = [s for s in slides if s.title.replace(NBSP, " ").startswith("Tăng trưởng: thực hiện")]
    (chart,) = [e for e in s.elements if isinstance(e, ChartBox)]
    (body,) = [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]
    sizes = {p.size_pt for p in body.paras}
    assert min(sizes) >= frame.sizes.body_min + NEAR_GAIN, sizes
    assert body.box.x + body.box.w <= chart.box.x  # beside it, one slide
    assert measured_plot_width(chart.chart) >= NEAR_FLOOR * PLOT_FLOOR_IN
    assert not measured_values_moved(chart.chart)


def test_section_number_stands_on_the_text_under_it(planned) -> None:
    """On coreoz's low section layout the number's group (its word, the number, the rule) ends
    ``ABOVE_GAP`` over the topmost text under it, the part's name (its own box since h39e) or,
    with none, the title
    (main: 1.5 in over "MỤC ĐÍCH, YÊU CẦU" and "TỔ CHỨC THỰC HIỆN")."""
    slides, _ = planned("coreoz")
    seen = 0
    for s in slides:
        if s.kind != "section":
            continue
        boxes = {e.name: e.box for e in s.elements if hasattr(e, "box")}
        group = [boxes[n] for n in ("Section Anchor", "Section Rule") if n in boxes]
        under = [boxes[n] for n in ("Part", "Subtitle", "Title") if n in boxes]
        assert group and under, s.title
        gap = min(b.y for b in under) - max(b.y + b.h for b in group)
        assert 0 <= gap <= ABOVE_GAP + 12700, (s.title, gap / 914400)
        seen += 1
    assert seen == 7
