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
    """The quote with its opening mark (in the column left of it) is centred between the
    slide's edges, as narrow as its lines, the author right-aligned under it: the text alone
    centred made a long quote read as a column left of the middle (issue 14, slide 57)."""
    plans, th = _plans(outline, theme)
    quotes = [s for s in plans if s.kind == "quote"]
    assert quotes
    for s in quotes:
        q = _named(s, "Quote").box
        mark = _named(s, "Quote Mark").box
        assert abs(mark.x + q.right - th.width_emu) <= 2, s.title
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
            # a label keeps the body minimum now (issue 14); a detail that cannot keep it
            # too (cards' stress slide 5 in tuong-phan) shrinks to the theme's secondary minimum
            floor = ts.small_floor if label >= ts.body_min else min(ts.body_min, label)
            assert size >= floor - 1e-6, f"slide {n}: detail {size}"
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
                        # after the punctuation that ends a figure's group a line may break
                        # ("7,5–8%, / phấn đấu trên 8%", "9,3 bác sĩ; / 31 giường bệnh")
                        if last[:1].isdigit() and last[-1:] not in ",;:" and b[:1].isalpha():
                            bad.append(f"slide {n}: {a!r} | {b!r}")
                    if len(t.header) == 3 and c == 2:
                        seen += 1
                        if len(lines) > 1 and th.template is None:
                            bad.append(f"slide {n}: {r[c]!r} wraps")
    assert seen and bad == []


_OUTLINE = """\
deck: {title: Báo cáo năm 2023, figures: figures.yaml, date: 2024-01-20}
sections:
  - title: Kết quả phát triển kinh tế - xã hội
    label: Phần II
    key_figure: grdp_growth
    slides:
      - title: Chỉ tiêu
        table:
          columns: [Chỉ tiêu, Năm 2023]
          highlight: %s
          rows:
            - [Tăng trưởng GRDP, "{grdp_growth}"]
            - [Thu ngân sách, 33.100 tỷ đồng]
            - [Tổng số dự án, 87 dự án]
"""
_FIGURES = "grdp_growth: {label: Tăng trưởng GRDP, value: 10.05, unit: '%%', period: '2023'}\n"


def _project(tmp_path: Path, highlight: str) -> Path:
    (tmp_path / "outline.yaml").write_text(_OUTLINE % highlight, "utf-8")
    (tmp_path / "figures.yaml").write_text(_FIGURES.replace("%%", "%"), "utf-8")
    return tmp_path


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_a_highlighted_row_is_bold_on_a_tint_in_the_written_deck(tmp_path, theme):
    """``highlight:`` by a cell's text or a row's number: that row's cells are bold on a fill
    of their own (read back with python-pptx), the text readable on it (≥ 4.5:1)."""
    from pptx import Presentation

    import deckmaker
    from deckmaker.theme.loader import load_theme
    from deckmaker.theme.model import contrast_ratio

    out = deckmaker.build(
        _project(tmp_path, "[Thu ngân sách, 3]"), tmp_path / "d.pptx", theme=theme, cache=False
    ).path
    th = load_theme(theme)
    (table,) = [sh.table for s in Presentation(str(out)).slides for sh in s.shapes if sh.has_table]
    fills, bold = [], []
    for r in range(1, len(table.rows)):
        cell = table.cell(r, 0)
        fills.append(str(cell.fill.fore_color.rgb) if cell.fill.type == 1 else None)
        bold.append(all(run.font.bold for p in cell.text_frame.paragraphs for run in p.runs))
    assert bold == [False, True, True]
    assert fills[1] == fills[2] and fills[1] not in (fills[0], th.colors.surface[1:])
    assert contrast_ratio(th.colors.text, "#" + fills[1]) >= 4.5


def test_a_highlight_that_names_no_row_is_a_located_error(tmp_path):
    import deckmaker
    from deckmaker.errors import DeckmakerError

    with pytest.raises(DeckmakerError) as e:
        deckmaker.check(_project(tmp_path, "[Xuất khẩu, 9]"))
    text = str(e.value)
    assert "'highlight' names no row of the table: Xuất khẩu" in text
    assert "'highlight' names no row of the table: 9" in text
    assert "outline.yaml:10:" in text  # the highlight line


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_a_sections_key_figure_is_shown_big_beside_its_title(tmp_path, theme):
    """``key_figure:`` on a section: its value written the Vietnamese way ("10,05%") larger
    than the title, its label under it, both inside the slide, right of the section's rule."""
    from deckmaker.pipeline import load_inputs

    inputs = load_inputs(_project(tmp_path, "1") / "outline.yaml", theme)
    (s,) = [s for s in plan(inputs) if s.kind == "section"]
    if inputs.theme.template is not None and not _texts(s, "Key Figure"):
        pytest.skip("an agency template's own section layout")
    value, label = _named(s, "Key Figure"), _named(s, "Key Figure Label")
    title = _named(s, "Title")
    assert value.paras[0].text == "10,05%"
    assert label.paras[0].text.replace("\u00a0", " ") == "Tăng trưởng GRDP"
    assert value.paras[0].size_pt > title.paras[0].size_pt
    assert value.box.x == title.box.x and value.box.y >= title.box.bottom
    assert label.box.y >= value.box.bottom
    assert label.box.bottom <= inputs.theme.height_emu
    assert label.paras[0].size_pt >= inputs.theme.text_sizes.body_min


def test_the_schema_documents_the_new_keys_in_both_languages():
    from deckmaker.i18n import language, set_language
    from deckmaker.outline.jsonschema import outline_schema

    was = language()
    set_language("vi")
    try:
        schema = outline_schema()
    finally:
        set_language(was)
    section = schema["properties"]["sections"]["items"]["properties"]
    assert "số liệu" in section["key_figure"]["description"]
    slide = section["slides"]["items"]["properties"]
    assert "in đậm" in slide["table"]["properties"]["highlight"]["description"]


_DISTRICTS = [
    "Thành phố Hưng Yên: 7 xã", "Thị xã Mỹ Hào: 5 xã", "Huyện Văn Lâm: 9 xã",
    "Huyện Văn Giang: 8 xã", "Huyện Yên Mỹ: 12 xã", "Huyện Khoái Châu: 18 xã",
    "Huyện Ân Thi: 14 xã", "Huyện Kim Động: 13 xã", "Huyện Tiên Lữ: 11 xã",
    "Huyện Phù Cừ: 10 xã", "Thêm 30 xã đạt chuẩn nâng cao", "Thêm 10 xã kiểu mẫu",
    "Huyện Văn Lâm đạt chuẩn", "Thị xã Mỹ Hào hoàn thành",
]  # fmt: skip


def _bullet_deck(tmp_path: Path, items: list[str]) -> Path:
    body = "".join(f'          - "{i}"\n' for i in items)
    (tmp_path / "outline.yaml").write_text(
        "deck: {title: Nông thôn mới, date: 2024-01-20}\nsections:\n  - title: Kết quả\n"
        "    slides:\n      - title: Xã đạt chuẩn nông thôn mới nâng cao\n        bullets:\n"
        + body,
        "utf-8",
    )
    return tmp_path / "outline.yaml"


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_a_long_list_of_short_items_takes_two_columns_not_a_second_slide(tmp_path, theme):
    """14 one-line items: one slide, two columns side by side with their tops on one line, at
    one size no smaller than the theme's body minimum; long items keep one column and
    continue."""
    from deckmaker.pipeline import load_inputs

    inputs = load_inputs(_bullet_deck(tmp_path, _DISTRICTS), theme)
    slides = [s for s in plan(inputs) if s.kind == "bullets"]
    assert len(slides) == 1
    left, right = _named(slides[0], "Body"), _named(slides[0], "Body Right")
    assert left.box.y == right.box.y and left.box.right < right.box.x
    shown = [p.text.replace("\u00a0", " ") for p in (*left.paras, *right.paras)]
    assert shown == _DISTRICTS
    sizes = {p.size_pt for p in (*left.paras, *right.paras)}
    assert len(sizes) == 1 and min(sizes) >= inputs.theme.text_sizes.body_min
    assert abs(len(left.paras) - len(right.paras)) <= 1
    long = [
        f"{d}, trong đó có nhiều xã đã hoàn thành các tiêu chí về hạ tầng" for d in _DISTRICTS * 2
    ]
    inputs = load_inputs(_bullet_deck(tmp_path, long), theme)
    slides = [s for s in plan(inputs) if s.kind == "bullets"]
    assert len(slides) >= 2
    assert not any(e.name == "Body Right" for s in slides for e in _texts(s, "Body"))
