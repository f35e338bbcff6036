"""Issue 14, review R15 of the sample deck, chart labels and titles: a donut's slice name is
never broken while the donut can shrink (tuong-phan 22: "Chi đầu tư / phát triển / 13.500
(62,3%)", the leader on the name's second line); a chart title is set across the figure's
whole width, on one line a step smaller rather than leave "kế hoạch" alone (tuong-phan 21),
in the fewest lines that cut no phrase ("Số bác sĩ / trên một vạn dân / năm 2023",
tuong-phan 27); a source note never breaks inside its list of section numbers ("…II.2.2a, /
II.3.2a", tuong-phan 20 and 45). The sample deck, the ``chart-r13`` fixture (another
province's outline) and variants of their charts with other words are planned and drawn
with Matplotlib; the tests read back its artists."""

from __future__ import annotations

import dataclasses
import re

import pytest
from matplotlib.text import Text

from deckmaker.charts.kinds.common import CAPTION_GID
from deckmaker.charts.kinds.layout import texts_of
from deckmaker.charts.model import TITLE_SCALE, slice_names
from deckmaker.charts.render import LEADING_WORDS

from .chart_boxes import chart_boxes as chart_boxes_of
from .chart_boxes import drawn
from .conftest import FIXTURES, SAMPLE

R13 = FIXTURES / "chart-r13"
BUILTIN = ["default", "co-do", "tuong-phan"]

DONUTS = [
    (SAMPLE, "Cơ cấu chi ngân sách năm 2023", None),
    (R13, "Cơ cấu chi ngân sách địa phương", None),
    # other words: a longer name than the sample's, in another province's donut
    (R13, "Cơ cấu chi ngân sách địa phương", ("Chi sự nghiệp giáo dục", "Chi khác")),
    (SAMPLE, "Cơ cấu chi ngân sách năm 2023", ("Chi sự nghiệp y tế", "Chi khác")),
]


def _outside_labels(fig, chart):
    ax = fig.axes[0]
    labels = [t for t in ax.texts if t.get_visible() and hasattr(t, "arrow_patch") and t.get_text()]
    return [t for t in labels if t.get_text() != chart.unit]  # the hole's total's unit


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(("folder", "title", "names"), DONUTS)
def test_a_donuts_slice_name_stays_on_one_line(theme, folder, title, names):
    """Each slice's label is its whole name on one line over its value (two lines, the
    leader at the label's middle, between them): the donut is smaller instead, and still
    at least a third of the figure's height across."""
    chart = chart_boxes_of(folder, theme)[title].chart
    if names is not None:
        chart = dataclasses.replace(chart, categories=names)
    fig = drawn(chart)
    labels = _outside_labels(fig, chart)
    assert len(labels) == len(chart.categories)
    said = set(slice_names(chart))
    for t in labels:
        lines = t.get_text().split("\n")
        assert len(lines) <= 2, lines
        assert lines[0] in said, lines
    ax = fig.axes[0]
    radius = ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0]
    assert 2 * radius >= fig.bbox.height / 3, (2 * radius, fig.bbox.height)


def _title(fig, chart) -> Text:
    flat = " ".join(chart.title.split())
    found = [t for t in texts_of(fig) if " ".join(t.get_text().split()) == flat]
    assert found, chart.title
    return found[0]


TITLES = [
    (SAMPLE, "Thu, chi ngân sách năm 2023 so với dự toán", None),
    (SAMPLE, "Chưa đạt kế hoạch: số bác sĩ trên một vạn dân", None),
    (SAMPLE, "Cơ cấu chi ngân sách năm 2023", None),
    (R13, "Thu, chi so với dự toán năm 2023", None),
    # other words, in a "% of plan" chart and a big-number panel
    (R13, "Thu, chi so với dự toán năm 2023", "Mức thực hiện thu, chi so với dự toán, kế hoạch"),
    (SAMPLE, "Chưa đạt kế hoạch: số bác sĩ trên một vạn dân", "Số giường bệnh trên một vạn dân"),
]


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(("folder", "slide", "title"), TITLES)
def test_a_chart_title_takes_the_fewest_lines_that_cut_no_phrase(theme, folder, slide, title):
    """At most two lines; no line ends on a word that leads the next ("trên một / vạn
    dân"); the last line of two is not one word ("…dự toán, / kế hoạch"); the size is the
    title's or at most one step smaller, never under the theme's smallest chart size; the
    title ends inside the figure."""
    chart = chart_boxes_of(folder, theme)[slide].chart
    if title is not None:
        chart = dataclasses.replace(chart, title=title, peers=())
    fig = drawn(chart)
    t = _title(fig, chart)
    lines = t.get_text().split("\n")
    assert len(lines) <= 2, lines
    assert not any(ln.split()[-1].casefold() in LEADING_WORDS for ln in lines[:-1]), lines
    if len(lines) == 2:
        assert len(lines[1].split()) > 2 or re.fullmatch(r"năm \d{4}", lines[1]), lines
    base = float(chart.style.base_size_pt)
    assert max(chart.style.min_size_pt, base * 1.1) - 0.05 <= t.get_fontsize()
    assert t.get_fontsize() <= round(base * TITLE_SCALE, 1) + 0.05
    box = t.get_window_extent(fig.canvas.get_renderer())
    assert box.x1 <= fig.bbox.width + 0.5, (box.x1, fig.bbox.width)


NOTES = [
    (SAMPLE, "Vốn đầu tư phát triển toàn xã hội", None),
    (SAMPLE, "Tỷ lệ hộ nghèo đến năm 2025", None),
    (
        R13,
        "Thu, chi so với dự toán năm 2023",
        "Sở Tài chính tỉnh, Báo cáo số 12/BC-STC, mục 2.1, 2.3, 3.1a",
    ),
    (R13, "Cơ cấu chi ngân sách địa phương", "HD 25-HD/BTGDUK, mục II.2.2a, II.3.2a, II.3.2b"),
]
_LISTED = re.compile(r"(?:\d+|[IVXLC]+)\.[0-9A-Za-z.]+")


@pytest.mark.parametrize("theme", BUILTIN)
@pytest.mark.parametrize(("folder", "slide", "source"), NOTES)
def test_a_source_note_never_breaks_inside_its_list_of_sections(theme, folder, slide, source):
    """No line of the note starts with a section number listed after "mục" (a break inside
    "mục II.2.2a, II.3.2a"); the note ends inside the figure; a note that fits on one line in
    the figure's width (sample 45's in tuong-phan, when its chart is wide enough) takes one."""
    chart = chart_boxes_of(folder, theme)[slide].chart
    if source is not None:
        chart = dataclasses.replace(chart, source=source)
    fig = drawn(chart)
    notes = [t for t in texts_of(fig) if t.get_gid() == CAPTION_GID and t.get_visible()]
    assert notes
    lines = [ln for t in notes for ln in t.get_text().split("\n")]
    assert not any(_LISTED.match(ln) for ln in lines), lines
    renderer = fig.canvas.get_renderer()
    for t in notes:
        box = t.get_window_extent(renderer)
        assert box.x1 <= fig.bbox.width + 0.5, (box.x1, fig.bbox.width)
        if "\n" in t.get_text():  # wrapped: its one-line setting would not have fitted (in
            # the figure's width from the note's left, less the wrap's 3% kerning margin)
            t.set_text(" ".join(t.get_text().split("\n")))
            one = t.get_window_extent(renderer)
            room = fig.bbox.width - one.x0
            assert one.width > 0.97 * room - 0.5, (one.width, room)
