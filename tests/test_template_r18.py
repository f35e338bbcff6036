"""R18 (issue 14): the sample deck on agency templates. A template's title box is broken by
deckmaker's title breaker (at ":", then at "–" or ",", never before a lone word), not left to
the renderer: on xanh-so (4:3) "Hưng Yên năm 2023: những con số / nổi bật" and "… mục tiêu /
2024" were widows (R18 #7)."""

from __future__ import annotations

import pytest

from deckmaker.layout.fit import _title_widow
from deckmaker.layout.model import TextBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE
from .template_corpus import AGENCY, theme_for

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def xanh_so(tmp_path_factory):
    theme = theme_for(AGENCY / "xanh-so.potx", tmp_path_factory.mktemp("r18"))
    return plan(load_inputs(SAMPLE / "outline.yaml", theme))


def _title(plans, n: int) -> list[str]:
    box = next(e for e in plans[n - 1].elements if isinstance(e, TextBox) and e.role == "title")
    return [ln.replace(NBSP, " ") for p in box.paras for ln in p.text.split("\n")]


def test_template_titles_break_at_their_colon(xanh_so):
    assert _title(xanh_so, 15) == ["Hưng Yên năm 2023:", "những con số nổi bật"]
    assert _title(xanh_so, _numbered(xanh_so, "Chưa đạt kế hoạch: GRDP"))[0] == (
        "Chưa đạt kế hoạch:"
    )


def _numbered(plans, title: str, k: int = 0) -> int:
    """The number of the ``k``-th slide whose title starts with ``title`` (a chart under its
    floor on the 4:3 slide goes on a slide of its own: the numbers after it move)."""
    return [n for n, s in enumerate(plans, 1) if s.title.startswith(title)][k]


def test_no_template_title_ends_with_a_lone_word(xanh_so):
    """Every content title set in two lines or more in the template's title box: lines given
    by the breaker, no last line of one word ("nổi bật", "2024"), no first line a stub."""
    broken = 0
    for n, slide in enumerate(xanh_so, 1):
        boxes = [e for e in slide.elements if isinstance(e, TextBox) and e.role == "title"]
        if not boxes or n == 1:
            continue
        lines = _title(xanh_so, n)
        if len(lines) < 2:
            continue
        broken += 1
        assert not _title_widow(lines[-1].replace(" ", NBSP).split(" ")), (n, lines)
        assert " " in lines[-1].strip(), (n, lines)
        assert len(lines[0]) >= len(lines[-1]) / 3, (n, lines)
    assert broken >= 5  # the 4:3 title box sets many titles in two lines


def test_progress_panels_keep_their_texts_apart_in_a_narrow_column(xanh_so):
    """R18 #5, xanh-so 26: "0" printed over the "K" of "Kế hoạch: 112 triệu đồng", the name
    starting left of the track (cut by the figure). Measured on the drawn figure (renderer
    extents of every visible text): the "0" goes, the name starts at the track's start."""
    from deckmaker.charts.kinds.layout import layout_problems, visible_texts
    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox

    grdp = _numbered(xanh_so, "Chưa đạt kế hoạch: GRDP")
    for n in (grdp - 1, grdp, grdp + 1):  # the sample's 25, 26, 27
        (box,) = [e for e in xanh_so[n - 1].elements if isinstance(e, ChartBox)]
        fig = draw(box.chart)
        assert layout_problems(fig) == [], n
        names = [t.get_text() for t in visible_texts(fig)]
        assert any(s.startswith("Kế hoạch:") for s in names), (n, names)
        assert ("0" in names) == (n != grdp), (n, names)  # kept where it meets nothing


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("(9) Tái cơ cấu nông nghiệp gắn với nông thôn mới", "với"),
        ("Kiện toàn đội ngũ trên cơ sở quy hoạch cán bộ", "quy"),
    ],
)
def test_forward_words_keep_the_phrase_they_open(text, before):
    """R18 #8 (xanh-so 48, 54): "gắn / với", "trên cơ sở / quy hoạch" leave the reader
    waiting; a break there is a cut of the class "forward", priced as "được / phân công" is."""
    from deckmaker.layout.breaks import phrase_cuts
    from deckmaker.layout.nobreak import bind_compounds

    words = bind_compounds(text).split(" ")
    j = next(i for i, w in enumerate(words) if w.split(NBSP)[0] == before)
    assert "forward" in phrase_cuts(words, j), words
