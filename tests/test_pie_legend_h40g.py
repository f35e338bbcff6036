"""Issue 14, h40g: a pictured pie's legend keeps its names apart and inside its picture.

On main, where no size held six long names whole, each was cut to one line ("Doanh…" three
times in tuong-phan, whose smallest size is its 22-pt base) and, where that no longer told the
slices apart, the legend of whole names stood past the picture's top and bottom (9 x 4.3 in:
from 0.8 in above it to 0.7 in below). Now each name is shortened no further than tells it
from the others, on two lines or one, the legend wider (the circle smaller) where it needs,
clear of the title and the source line."""

from __future__ import annotations

import dataclasses

import pytest
from matplotlib.patches import Wedge

from deckmaker.charts.kinds.pie import telling_words
from deckmaker.charts.render import _save_png, draw
from deckmaker.layout.nobreak import COMPOUNDS, NBSP, bind_compounds, words_in
from deckmaker.layout.nobreak import WORD_JOINER as WJ

from .test_charts_h38g import NAMES
from .test_native_pie_legend_h39g import _box


def test_telling_words():
    assert telling_words(NAMES[0], [n for n in NAMES if n != NAMES[0]]) == 3
    assert telling_words(NAMES[2], [n for n in NAMES if n != NAMES[2]]) == 3
    assert telling_words("Hợp tác xã nông nghiệp", ["Hộ kinh doanh"]) == 2
    assert telling_words("Khác", ["Khác biệt"]) == 1


def _legend(theme: str, w: float, h: float):
    chart = _box(theme, w, h).chart
    # the words the layout keeps whole in these names, as it sets them for a chart of its own
    keep = tuple(dict.fromkeys((*COMPOUNDS, *words_in((chart.title, *chart.categories)))))
    chart = dataclasses.replace(chart, style=dataclasses.replace(chart.style, keep_whole=keep))
    fig = draw(chart)
    _save_png(fig, chart)  # as the deck has it
    ax = next(a for a in fig.axes if any(isinstance(p, Wedge) for p in a.patches))
    leg = ax.get_legend()
    assert leg is not None
    return fig, ax, leg


@pytest.mark.parametrize(
    ("theme", "w", "h"),
    [
        ("tuong-phan", 9.0, 4.3),
        ("tuong-phan", 7.0, 4.3),
        ("default", 7.0, 4.3),
        ("default", 4.67, 3.65),
    ],
)
def test_the_legend_tells_the_slices_apart_inside_its_picture(theme, w, h):
    fig, ax, leg = _legend(theme, w, h)
    box = leg.get_window_extent(fig.canvas.get_renderer())
    assert box.y0 >= -0.5 and box.y1 <= fig.bbox.height + 0.5, (box.y0, box.y1, fig.bbox.height)
    assert box.x0 >= -0.5 and box.x1 <= fig.bbox.width + 0.5
    for t in (fig._suptitle, fig._supxlabel):  # the title and the source line stay clear of it
        if t is not None and t.get_text():
            other = t.get_window_extent(fig.canvas.get_renderer())
            assert not box.overlaps(other), (t.get_text(), box.bounds, other.bounds)
    heads = [" ".join(t.get_text().split()).rsplit(": ", 1)[0].rstrip("…") for t in leg.get_texts()]
    assert len(set(heads)) == len(heads), heads
    for head, name in zip(heads, NAMES, strict=True):  # each at least the words that tell it
        others = [n for n in NAMES if n != name]
        assert len(head.split()) >= telling_words(name, others), (head, name)
        assert name.startswith(head)
        # cut between words only, as the slides bind them ('Hợp tác xã nông nghiệp', never
        # 'Hợp tác xã nông…': a reviewer's find on the first version)
        groups = [g.replace(NBSP, " ").replace(WJ, "") for g in bind_compounds(name).split(" ")]
        assert head in {" ".join(groups[:i]) for i in range(1, len(groups) + 1)}, (head, groups)
    values = ("5%", "10%", "15%", "20%", "22%", "28%")
    assert all(t.get_text().endswith(": " + v) for t, v in zip(leg.get_texts(), values))
    assert min(ax.bbox.width, ax.bbox.height) >= 0.3 * fig.bbox.height, ax.bbox.bounds
