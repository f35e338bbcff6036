"""What a designer checks that the other tests do not: every section slide has its anchor (the
section's number, large); every chart text of the sample deck, in every built-in theme, is at
least the theme's smallest chart size and no two data labels overlap or touch (measured with
Matplotlib's renderer); a footer too long for one line is cut at the theme's minimum, with a
warning at the theme's footer key."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.charts.kinds.layout import TOUCH_PT, is_caption, layout_problems, visible_texts
from deckmaker.charts.render import draw
from deckmaker.layout.frame import Fonts, measurer
from deckmaker.layout.kinds.section import split_label
from deckmaker.layout.model import ChartBox, SlidePlan, TextBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.theme.loader import BUILTIN_DIR
from deckmaker.units import EMU_PER_PT

from .conftest import FIXTURES, SAMPLE

BUILTIN = sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file())
OUTLINES = {
    **{p.name: p / "outline.yaml" for p in sorted((FIXTURES / "stress").iterdir()) if p.is_dir()},
    "sample": SAMPLE / "outline.yaml",
}


def _named(s: SlidePlan, name: str) -> TextBox:
    (e,) = [e for e in s.elements if isinstance(e, TextBox) and e.name == name]
    return e


def test_a_label_ends_in_the_sections_number():
    assert split_label("Phần II.2") == ("Phần", "II.2")
    assert split_label("Phần 3") == ("Phần", "3")
    assert split_label("Part IV") == ("Part", "IV")
    assert split_label("II.5") == ("", "II.5")
    assert split_label("Chuyên đề") is None  # no number: the plain layout


@pytest.mark.parametrize("outline", OUTLINES)
@pytest.mark.parametrize("theme", BUILTIN)
def test_every_section_slide_has_its_number_large(outline, theme):
    inputs = load_inputs(OUTLINES[outline], theme)
    slides = [s for s in plan(inputs) if s.kind == "section"]
    assert slides
    w, h = inputs.theme.width_emu, inputs.theme.height_emu
    for s in slides:
        anchor, title = _named(s, "Section Anchor"), _named(s, "Title")
        a, t = anchor.box, title.box
        assert anchor.paras[0].size_pt >= 2 * title.paras[0].size_pt
        assert a.x >= 0 and a.right <= w and a.y >= 0 and a.bottom <= h
        assert a.right <= t.x  # beside the title, never over it
        for sub in (e for e in s.elements if getattr(e, "name", "") == "Subtitle"):
            assert sub.paras[0].size_pt <= title.paras[0].size_pt  # the title leads
        # the group sits in the middle of the slide, not in its top third
        middle = (min(a.y, t.y) + max(a.bottom, t.bottom)) / 2
        assert abs(middle - h / 2) < 0.1 * h


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_sections_number_keeps_one_gap_to_its_rule(theme):
    """ "I" and "II.2" stand at the same distance from the accent rule (the designer saw a
    wide gap after a narrow number in a fixed column)."""
    inputs = load_inputs(OUTLINES["sample"], theme)
    heading = measurer(Fonts.for_theme(inputs.theme).heading)
    gaps = {}
    for s in (s for s in plan(inputs) if s.kind == "section"):
        anchor = _named(s, "Section Anchor")
        (rule,) = [e for e in s.elements if getattr(e, "name", "") == "Section Rule"]
        p = anchor.paras[0]
        text = "".join(r.text for r in p.runs)
        width = heading.width_pt(text, p.size_pt) * EMU_PER_PT
        right = anchor.box.right if p.align.value == "r" else anchor.box.x + width
        gaps[text] = (rule.box.x - right) / EMU_PER_PT
    assert len(gaps) >= 3, gaps
    assert max(gaps.values()) - min(gaps.values()) <= 12, gaps


@pytest.fixture(scope="module")
def charts() -> dict[str, list[tuple[int, ChartBox, float]]]:
    out = {}
    for theme in BUILTIN:
        inputs = load_inputs(OUTLINES["sample"], theme)
        out[theme] = [
            (n, e, inputs.theme.text_sizes.chart_min, inputs.theme.text_sizes.small_floor)
            for n, s in enumerate(plan(inputs), 1)
            for e in s.elements
            if isinstance(e, ChartBox)
        ]
    return out


_DRAWN: dict[tuple[str, int], object] = {}


def _drawn(theme: str, n: int, box: ChartBox):
    """The laid-out figure of slide ``n``'s chart, drawn once for every test here."""
    if (theme, n) not in _DRAWN:
        _DRAWN[(theme, n)] = draw(box.chart)
    return _DRAWN[(theme, n)]


@pytest.mark.parametrize("theme", BUILTIN)
def test_no_chart_text_under_the_themes_minimum_and_no_labels_touch(charts, theme):
    bad = []
    for n, box, floor, caption in charts[theme]:
        fig = _drawn(theme, n, box)
        texts = visible_texts(fig)
        bad += [  # the source line is a caption: the theme's small minimum is its floor
            f"slide {n}: {t.get_text()!r} at {t.get_fontsize():g} pt"
            for t in texts
            if t.get_fontsize() < (caption if is_caption(t) else floor) - 1e-6
        ]
        bad += [f"slide {n}: {p}" for p in layout_problems(fig)]
        # and the data labels measured here, not only by the layout's own check
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        labels = [t for t in texts if getattr(t, "_deckmaker_data", False)]
        boxes = [t.get_window_extent(renderer) for t in labels]
        gap = fig.dpi / 72 * TOUCH_PT
        for i, a in enumerate(boxes):
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                apart_x = max(a.x0, b.x0) - min(a.x1, b.x1)
                apart_y = max(a.y0, b.y0) - min(a.y1, b.y1)
                if max(apart_x, apart_y) < gap:
                    bad.append(f"slide {n}: {labels[i].get_text()!r} / {labels[j].get_text()!r}")
    assert bad == []
    if theme == "tuong-phan":
        assert min(f for _, _, f, _ in charts[theme]) >= 22  # what its docs promise


@pytest.mark.parametrize("theme", BUILTIN)
def test_no_bar_label_is_wider_than_its_bar(charts, theme):
    """A value over a vertical bar fits the bar's width (the designer saw "76,49%" wider than
    its bar on slides 32 and 43); values that do not are set in rows under the names, each
    inside its category's column and the same distance from the axis in a row."""
    from matplotlib.patches import Rectangle

    bad, tables, sideways = [], 0, 0
    for n, box, _, _ in charts[theme]:
        if box.chart.kind != "bar":
            continue
        fig = _drawn(theme, n, box)
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        for ax in fig.axes:
            if ax.yaxis_inverted():
                sideways += 1  # drawn horizontally (names too long under the bars)
                continue
            bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_width() < 1]
            over = [t for t in ax.texts if getattr(t, "_deckmaker_data", False)]
            at_end = [t for t in over if getattr(t, "xycoords", None) == "data"]
            cells = [t for t in over if isinstance(getattr(t, "xycoords", None), tuple)]
            for t in at_end:
                x = t.xy[0]
                (bar,) = [b for b in bars if b.get_x() <= x <= b.get_x() + b.get_width()]
                width = bar.get_window_extent(renderer).width
                if t.get_window_extent(renderer).width > width:
                    bad.append(f"slide {n}: {t.get_text()!r} wider than its bar")
            lo, hi = ax.get_xlim()
            column = ax.bbox.width / (hi - lo)
            for t in cells:
                if t.get_window_extent(renderer).width > column:
                    bad.append(f"slide {n}: {t.get_text()!r} wider than its column")
            rows = {round(t.get_window_extent(renderer).y1) for t in cells}
            assert len(rows) in (0, len(box.chart.series)), (n, rows)
            tables += bool(cells)
    assert bad == []
    # slide 43's grouped bars at least; at 22 pt (tuong-phan) their names would take four
    # lines under the bars, and the bars are drawn horizontally
    assert tables >= 1 or sideways >= 1


def test_a_footer_too_long_for_one_line_is_cut_at_the_minimum_and_warned(tmp_path):
    long = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên, " * 3
    theme = tmp_path / "long"
    theme.mkdir()
    (theme / "theme.yaml").write_text(f'extends: tuong-phan\nfooter: "{long}"\n', "utf-8")
    inputs = load_inputs(OUTLINES["words"], theme)
    warnings: list = []
    slides = plan(inputs, warnings=warnings)
    floor = inputs.theme.text_sizes.small_floor
    m = measurer(Fonts.for_theme(inputs.theme).body)
    footers = [
        e for s in slides for e in s.elements if isinstance(e, TextBox) and e.name == "Footer"
    ]
    assert footers
    for f in footers:
        (p,) = f.paras
        assert p.size_pt >= floor
        # shortened at a name boundary (h20m: whole trailing parts of the agency's name
        # dropped, no "…"), or, where no part fits, cut at a word with "…"
        shown = p.text[:-1] if p.text.endswith("…") else p.text
        assert long.startswith(shown) and len(shown) < len(long.rstrip(", "))
        assert not shown.endswith(("Cơ", "-", ",")), shown
        assert m.width_pt(p.text, p.size_pt) <= f.box.w / EMU_PER_PT
    (w,) = [w for w in warnings if w.path == "footer"]
    assert w.severity == "warning" and Path(w.location.file).name == "theme.yaml"
    assert w.location.line == 2  # the footer key


def test_a_footer_made_long_by_the_outline_is_warned_where_the_outline_says_it():
    """The theme's ``footer: "{organization}"`` filled with a long agency name (the words
    stress outline in tuong-phan, review R13): the warning points at the outline's
    ``organization``, which is what the user shortens, not at the theme file they never
    wrote."""
    inputs = load_inputs(OUTLINES["words"], "tuong-phan")
    warnings: list = []
    plan(inputs, warnings=warnings)
    (w,) = [w for w in warnings if w.path == "footer"]
    assert Path(w.location.file).name == "outline.yaml", w.location
    line = Path(w.location.file).read_text("utf-8").splitlines()[w.location.line - 1]
    assert line.strip().startswith("organization:"), line
    assert "deck.organization" in w.hint


@pytest.mark.parametrize("theme", BUILTIN)
def test_names_wrap_only_when_the_figures_have_no_room_to_give(theme):
    """A table of names and figures gives the names the width they need: a name cell wraps
    only when every column of figures is no wider than its values and its header need."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.kinds.table import (
        CELL_SAFETY,
        HEADER_SHARE,
        NUMBER_SHARE,
        _numeric_column,
    )
    from deckmaker.layout.model import TableBox

    inputs = load_inputs(OUTLINES["sample"], theme)
    fonts = Fonts.for_theme(inputs.theme)
    m, bold = measurer(fonts.body), measurer(fonts.body_bold)
    bad, one_line = [], []
    tables = [(n, e) for n, s in enumerate(plan(inputs), 1) for e in s.elements]
    tables = [(n, t) for n, t in tables if isinstance(t, TableBox)]
    run_rows: dict[tuple[str, ...], list] = {}  # a run of tables shares its columns
    for _, t in tables:
        run_rows.setdefault(t.header, []).extend(t.rows)
    for n, t in tables:
        rows = run_rows[t.header]
        size, pad = t.size_pt, 2 * t.inset / EMU_PER_PT
        numeric = [_numeric_column([r[c] for r in t.rows]) for c in range(len(t.header))]
        room = [w / EMU_PER_PT - pad for w in t.col_widths]
        wrapped = [
            r[c]
            for r in t.rows
            for c in range(len(t.header))
            if not numeric[c] and len(m.wrap(r[c], size, room[c], safety=SAFETY)) > 1
        ]
        one_line += [r[c] for r in t.rows for c in range(len(t.header)) if not numeric[c]]
        one_line = [x for x in one_line if x not in wrapped]
        if not wrapped:
            continue
        total = sum(t.col_widths) / EMU_PER_PT
        spare = 0.0  # what the figures' columns could give
        for c in (c for c in range(len(t.header)) if numeric[c]):
            values = max(m.width_pt(r[c], size) for r in rows)
            # a figure and its unit never break ("21.671,5 tỷ đồng"), nor a header up to its
            # share ("Kế hoạch 2024")
            whole = max(m.width_pt(w, size) for r in rows for w in r[c].split(" "))
            head = min(bold.width_pt(t.header[c], size), total * HEADER_SHARE * (1 - SAFETY))
            values = min(values, total * NUMBER_SHARE * (1 - SAFETY))
            need = max(values, whole, head) / (1 - SAFETY) + pad + 2
            spare += max(0.0, t.col_widths[c] / EMU_PER_PT - need)
        # a wrapped name that the figures' spare room would set on one line (a column a
        # point or two wider than its figures, a long name wrapping either way, is no fault:
        # before the sample's ratio moved to its label, "118,2 bé trai/100 bé gái" as one
        # piece hid that slack); wrapped as LibreOffice sets a cell (``CELL_SAFETY``)
        for c in (c for c in range(len(t.header)) if not numeric[c]):
            for r in t.rows:
                sets = len(m.wrap(r[c], size, room[c], safety=CELL_SAFETY))
                if sets > 1 and len(m.wrap(r[c], size, room[c] + spare, SAFETY)) == 1:
                    bad.append(f"slide {n}: {r[c]!r} wraps, {spare:.1f} pt to give")
    assert bad == []
    if theme == "default":  # the name the designer saw wrapped, on one line now
        assert "Tổng sản phẩm (GRDP) theo giá so sánh" in [
            x.replace("\u00a0", " ") for x in one_line
        ]


def test_a_native_plan_chart_marks_ceilings_and_ranges(tmp_path):
    """An editable plan-actual chart draws a ceiling and a range as the picture does: a mark
    at the plan's level, a band from the range's low end to its high one, not the dashed
    outline of a floor."""
    from pptx import Presentation
    from pptx.oxml.ns import qn

    from deckmaker.pipeline import build_deck

    from .unit.test_chart_plans import FIGURES

    (tmp_path / "figures.yaml").write_text(FIGURES, "utf-8")
    (tmp_path / "outline.yaml").write_text(
        "deck:\n  title: Kinh tế\n  date: 2024-01-20\n  figures: figures.yaml\n"
        "sections:\n  - title: Kết quả\n    slides:\n      - title: Thực hiện so với kế hoạch\n"
        "        chart:\n          type: plan-actual\n          engine: native\n"
        "          figures: [grdp_growth, cpi, exports_growth]\n",
        "utf-8",
    )
    out = build_deck(tmp_path / "outline.yaml", tmp_path / "deck.pptx")
    charts = [
        sh.chart for s in Presentation(str(out.path)).slides for sh in s.shapes if sh.has_chart
    ]
    (chart,) = charts
    space = chart._chartSpace
    (line,) = space.findall(".//" + qn("c:lineChart"))
    marks = [
        (
            ser.find(qn("c:tx")).findtext(qn("c:v")),
            {int(pt.get("idx")): float(pt.findtext(qn("c:v"))) for pt in ser.iter(qn("c:pt"))},
        )
        for ser in line.findall(qn("c:ser"))
    ]
    assert ("Mức trần", {1: 4.5}) in marks  # CPI's ceiling, at its category
    # a range is a band from 7,5 to 8 (h39g: a stacked group, tests/test_native_ranges_h39g)
    assert not any(name == "Khoảng kế hoạch" for name, _ in marks)
    (band,) = [
        g for g in space.iter(qn("c:barChart")) if g.find(qn("c:grouping")).get("val") == "stacked"
    ]
    clear, tinted = (
        {int(p.get("idx")): float(p.findtext(qn("c:v"))) for p in ser.iter(qn("c:pt"))}
        for ser in band.findall(qn("c:ser"))
    )
    assert clear == {2: 7.5} and tinted == {2: 0.5}
    # the plan's outline is hidden where a mark stands, kept for the floor (GRDP)
    plan_ser = space.find(".//" + qn("c:barChart")).findall(qn("c:ser"))[1]
    hidden = {int(d.find(qn("c:idx")).get("val")) for d in plan_ser.findall(qn("c:dPt"))}
    assert hidden == {1, 2}


@pytest.mark.parametrize("theme", BUILTIN)
def test_grouped_bars_beside_bullets_keep_room_for_their_bars(theme):
    """Grouped vertical bars beside bullets keep them when names, value rows, title, legend
    and source leave the bars at least 40% of the chart's height (default, co-do); at 22 pt
    (tuong-phan) they are drawn horizontally beside the bullets, on one slide, rather than
    leave three bullets alone on the slide after the chart."""
    inputs = load_inputs(OUTLINES["sample"], theme)
    slides = [s for s in plan(inputs) if s.title.startswith("Tăng trưởng: thực hiện 2023")]
    kinds = [s.kind for s in slides]
    charts = [e for s in slides for e in s.elements if isinstance(e, ChartBox)]
    assert len(charts) == 1 and len(charts[0].chart.series) == 2
    assert kinds == ["chart-bullets"]
    text = [e for e in slides[0].elements if isinstance(e, TextBox) and e.role == "body"]
    assert len(text) == 1 and text[0].box.x > charts[0].box.x + charts[0].box.w  # beside
    sideways = inputs.theme.text_sizes.chart >= 22
    assert charts[0].chart.kind == ("barh" if sideways else "bar")
    if sideways:  # the bars drawn keep their names beside them, on at most two lines
        fig = draw(charts[0].chart)
        names = fig.axes[0].get_yticklabels()
        assert len(names) == 4 and all(t.get_text().count("\n") <= 1 for t in names)


@pytest.mark.parametrize("theme", BUILTIN)
def test_one_or_two_values_are_big_numbers(theme):
    """Slide 19's two bars and slides 24–26's single plan-actual bars are big numbers in the
    plan data (``form``); every other chart of the sample stays a chart."""
    inputs = load_inputs(OUTLINES["sample"], theme)
    forms = {
        s.title: e.chart.form for s in plan(inputs) for e in s.elements if isinstance(e, ChartBox)
    }
    numbers = {t for t, f in forms.items() if f == "numbers"}
    assert numbers == {
        "Vốn đầu tư phát triển toàn xã hội",
        "Chưa đạt kế hoạch: kim ngạch xuất khẩu",
        "Chưa đạt kế hoạch: GRDP bình quân đầu người",
        "Chưa đạt kế hoạch: số bác sĩ trên một vạn dân",
    }
    assert len(forms) - len(numbers) == 9


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_donut_says_its_whole_in_its_hole(charts, theme):
    """A donut fills its hole with what the ring adds up to, the number large and its unit
    under it, both inside the hole; the slices keep their labels. The sample's two (slides 19,
    22) stand beside a bullet that gives that whole ("Rà soát thu hồi 20 dự án"), so their
    holes are left empty (h22b, review R22: said twice); drawn with it, it fits so."""
    import math
    from dataclasses import replace

    donuts = [(n, box) for n, box, _, _ in charts[theme] if box.chart.kind == "donut"]
    assert len(donuts) == 2
    for n, box in donuts:
        assert not box.chart.hole, n
        box = replace(box, chart=replace(box.chart, hole=True))
        fig = draw(box.chart)
        ax = fig.axes[0]
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        total = sum(v for v in box.chart.series[0].values if v is not None)
        texts = {t.get_text(): t for t in ax.texts if t.get_visible()}
        from deckmaker.numfmt import format_number

        number, unit = texts[format_number(total, "vi")], texts[box.chart.unit]
        # as large as the ring leaves room for: never under the slices' labels (a pie made
        # smaller by its names at 20-22 pt beside it has a smaller hole)
        labels = [t.get_fontsize() for t in ax.texts if t.get_visible() and t is not number]
        assert number.get_fontsize() >= max(box.chart.style.base_size_pt, *labels) - 1e-6
        centre = ax.transData.transform((0, 0))
        hole = (ax.transData.transform((1, 0))[0] - centre[0]) * 0.58
        for t in (number, unit):
            b = t.get_window_extent(renderer)
            corners = [(b.x0, b.y0), (b.x0, b.y1), (b.x1, b.y0), (b.x1, b.y1)]
            assert all(math.dist(c, centre) < hole for c in corners), (n, t.get_text())
        assert number.get_window_extent(renderer).y0 >= unit.get_window_extent(renderer).y1 - 1
