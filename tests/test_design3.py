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
        # as narrow as its lines: the text is centred, not only its box
        from deckmaker.layout.fonts import resolve_font
        from deckmaker.layout.frame import measurer
        from deckmaker.units import EMU_PER_PT

        para = _named(s, "Quote").paras[0]
        italic = measurer(resolve_font(th.fonts.heading, italic=True))  # as LibreOffice draws it
        lines = italic.wrap(para.text, para.size_pt, q.w / EMU_PER_PT)
        widest = max(italic.width_pt(x, para.size_pt) for x in lines) * EMU_PER_PT
        assert widest >= 0.95 * q.w, s.title
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


def _split_words(lines: list[str]) -> list[str]:
    """The common words (``nobreak.COMPOUNDS``) that these lines split at a line's end."""
    from deckmaker.layout.nobreak import COMPOUNDS

    words = {c.lower() for c in COMPOUNDS}
    bad = []
    for a, b in zip(lines, lines[1:], strict=False):
        left = a.replace("\u00a0", " ").split()
        right = b.replace("\u00a0", " ").split()
        if not left or not right:
            continue
        for k in (1, 2):  # "xã | hội", "xuất nhập | khẩu", "xuất | nhập khẩu"
            for j in (1, 2):
                if k + j <= 3:
                    pair = " ".join(left[-k:] + right[:j]).lower().strip(",.;:()")
                    if pair in words:
                        bad.append(f"{' '.join(left[-k:])} | {' '.join(right[:j])}")
    return bad


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
@pytest.mark.parametrize("outline", list(OUTLINES))
def test_no_common_word_is_split_in_titles_subtitles_or_cells(outline, theme):
    """Planned lines, as the measurer (which LibreOffice agrees with) breaks them: no title,
    subtitle or table cell ends a line inside "kinh tế", "huy chương", "xuất nhập khẩu"."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.frame import Fonts, measurer
    from deckmaker.layout.model import TableBox
    from deckmaker.units import EMU_PER_PT

    plans, th = _plans(outline, theme)
    fonts = Fonts.for_theme(th)
    heading, body, bold = (measurer(f) for f in (fonts.heading, fonts.body, fonts.body_bold))
    bad = []
    for n, s in enumerate(plans, 1):
        for e in s.elements:
            if isinstance(e, TextBox) and e.role in ("title", "subtitle"):
                m = heading if e.role == "title" else body
                for p in e.paras:
                    lines = [
                        x
                        for part in p.text.split("\n")
                        for x in m.wrap(part, p.size_pt, e.box.w / EMU_PER_PT, SAFETY)
                    ]
                    bad += [f"slide {n} {e.name}: {b}" for b in _split_words(lines)]
            elif isinstance(e, TableBox):
                pad = 2 * e.inset / EMU_PER_PT
                for r, row in enumerate((e.header, *e.rows)):
                    m = bold if r == 0 else body
                    for text, w in zip(row, e.col_widths, strict=True):
                        room = w / EMU_PER_PT - pad
                        # a word wider than its column must break (the stress outline's)
                        if max(m.width_pt(x, e.size_pt) for x in text.split(" ")) > room:
                            continue
                        lines = m.wrap(text, e.size_pt, room, SAFETY)
                        bad += [f"slide {n} cell: {b}" for b in _split_words(lines)]
    assert bad == []


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_figure_cells_keep_their_numbers_with_what_they_count(theme):
    """In a column of figures a number is never split from the word it counts ("126 huy
    chương"); in the sample's three-column tables (slides 41–42: names and one column of
    figures) no figure cell wraps at all: the names column gives the room."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.frame import Fonts, measurer
    from deckmaker.layout.kinds.table import _numeric_column
    from deckmaker.layout.model import TableBox
    from deckmaker.units import EMU_PER_PT

    plans, th = _plans("sample", theme)
    m = measurer(Fonts.for_theme(th).body)
    bad, seen = [], 0
    for n, s in enumerate(plans, 1):
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            pad = 2 * t.inset / EMU_PER_PT
            for c, w in enumerate(t.col_widths):
                if not _numeric_column([r[c] for r in t.rows]):
                    continue
                for r in t.rows:
                    lines = m.wrap(r[c], t.size_pt, w / EMU_PER_PT - pad, SAFETY)
                    for a, b in zip(lines, lines[1:], strict=False):
                        last = a.split()[-1] if a.split() else ""
                        if last[:1].isdigit() and b[:1].isalpha():
                            bad.append(f"slide {n}: {a!r} | {b!r}")
                    if len(t.header) == 3 and c == 2:
                        seen += 1
                        if len(lines) > 1 and th.template is None:
                            bad.append(f"slide {n}: {r[c]!r} wraps")
    assert seen and bad == []
