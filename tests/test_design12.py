"""Issue 14, review R3 of the sample deck: numbered items without bullets, a chart's source as a
caption, balanced narrow columns, dates and agency names kept whole, legends in stack order,
section slides listing what they cover."""

from __future__ import annotations

import pytest

from deckmaker.errors import Location
from deckmaker.layout.fit import Item, measure_items, number_marks, to_paras
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.measure import TextMeasurer
from deckmaker.layout.model import SlidePlan, TextBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import EMU_PER_PT, Inches

from .conftest import SAMPLE

BUILTIN = ["default", "co-do", "tuong-phan"]
_PLANS: dict[str, list[SlidePlan]] = {}


def _plans(theme: str) -> list[SlidePlan]:
    if theme not in _PLANS:
        _PLANS[theme] = plan(load_inputs(SAMPLE / "outline.yaml", theme))
    return _PLANS[theme]


def _body(p: SlidePlan) -> list[TextBox]:
    return [e for e in p.elements if isinstance(e, TextBox) and e.role == "body"]


@pytest.mark.parametrize("theme", BUILTIN)
def test_numbered_items_hang_their_numbers_without_a_bullet(theme):
    """R3: slides 45–49 showed a bullet and its own "(1)" on every item ("• (1) Quán triệt…").
    Every item of a list that numbers them all now has no bullet; its number hangs where the
    bullet was, its text's lines start after the number, and "(9)" and "(10)" start their texts
    at one place."""
    slides = [p for p in _plans(theme) if p.title.startswith("Nhiệm vụ, giải pháp (")]
    assert len(slides) >= 5
    for p in slides:
        top = [x for b in _body(p) for x in b.paras if x.level == 1]
        assert len(top) >= 3, p.title
        starts = set()
        for para in top:
            assert para.bullet is None, (p.title, para.text)
            number = para.text.split(" ", 1)[0].lstrip("\u2007")
            assert number.startswith("(") and number.endswith(")"), para.text
            assert 0 < para.hanging == para.indent  # the number hangs at the margin
            starts.add(para.indent)
        # the texts line up ("(11)" a little narrower than "(10)": its "11" is kerned)
        assert max(starts) - min(starts) <= 0.1 * top[0].size_pt * EMU_PER_PT, (p.title, starts)
        # a sub-item under a numbered item sits under its text, not under its number
        for b in _body(p):
            for a, c in zip(b.paras, b.paras[1:], strict=False):
                if a.level == 1 and c.level == 2:
                    assert c.bullet is not None
                    assert c.indent - c.hanging >= a.indent, (p.title, c.text)


def test_only_a_list_numbered_throughout_loses_its_bullets():
    assert number_marks(["(1) Một", "(2) Hai"]) == [("(1)", "Một"), ("(2)", "Hai")]
    assert number_marks(["1. Một", "2. Hai", "10. Mười"]) == [
        ("\u20071.", "Một"),
        ("\u20072.", "Hai"),
        ("10.", "Mười"),
    ]
    assert number_marks(["a) Một", "b) Hai"]) is not None
    assert number_marks(["(1) Một", "Hai"]) is None  # numbers some only: bullets kept
    assert number_marks(["(1) Một"]) is None  # one item is no numbered list
    assert number_marks(["2024 tăng 8%", "2025 tăng 9%"]) is None  # years are not numbers


def test_a_hung_number_takes_exactly_its_width():
    """The text after the number starts where the lines under it start: the hanging indent is
    the number's width with its space, measured with the real font at the item's size."""
    here = Location("outline.yaml")
    items = [Item("Một hai ba", 1, 0, here, "p", "(1)"), Item("Bốn", 1, 1, here, "p", "(2)")]
    m = TextMeasurer(resolve_font("Liberation Sans").path)
    paras = to_paras(measure_items(items, m, Inches(5), 24, 20), 24, "#000000")
    want = round(m.width_pt("(1) ", 24) * EMU_PER_PT)
    assert paras[0].hanging == want and paras[0].indent == want
    assert paras[0].text == "(1) Một hai ba" and paras[0].bullet is None


def test_a_charts_source_is_a_caption_on_one_line():
    """R3: tuong-phan set ticks, labels, legend and source all at 22 pt (no hierarchy), and the
    sources of slides 25, 26, 34 and 44 wrapped to two lines, 26 as "mục / II.2.2b". The source
    is a caption: the theme's caption size (16 pt, never under its 16 pt small minimum), under
    the chart's other texts, on one line where it fits, "mục II.2.2b" never split."""
    from deckmaker.charts.kinds.layout import is_caption, visible_texts
    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox

    th = load_inputs(SAMPLE / "outline.yaml", "tuong-phan").theme.text_sizes
    plans = _plans("tuong-phan")
    seen = 0
    for n in (25, 26, 34, 44):
        (box,) = [e for e in plans[n - 1].elements if isinstance(e, ChartBox)]
        texts = visible_texts(draw(box.chart))
        (caption,) = [t for t in texts if is_caption(t)]
        assert caption.get_fontsize() == max(th.caption, th.small_floor), n
        assert "\n" not in caption.get_text(), (n, caption.get_text())
        others = [t.get_fontsize() for t in texts if not is_caption(t)]
        assert min(others) > caption.get_fontsize(), n  # a step under every chart text
        seen += 1
    assert seen == 4


def test_a_chart_keeps_a_named_number_with_its_word():
    from deckmaker.charts.kinds.common import _words

    assert "mục II.2.2b" in _words("Nguồn: HD 25-HD/BTGDUK, mục II.2.2b")
    assert "số 25-HD/BTGDUK" in _words("Hướng dẫn số 25-HD/BTGDUK")
    assert _words("mục tiêu năm nay") == ["mục", "tiêu", "năm", "nay"]


def test_a_date_stays_with_ngay():
    """R3: slide 58 broke "ngày / 18/5/2021": "ngày" names the date after it, as "năm 2023"."""
    from deckmaker.layout.nobreak import NBSP, bind_compounds

    for date in ("18/5/2021", "09/11/2023", "10/6/2023"):
        assert f"ngày{NBSP}{date}" in bind_compounds(f"Kết luận số 01-KL/TW ngày {date} của")
    (s58,) = [p for p in _plans("default") if p.title == "Phong trào thi đua yêu nước"]
    assert any(f"ngày{NBSP}18/5/2021" in x.text for b in _body(s58) for x in b.paras)


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_stacked_legend_reads_in_stack_order(theme):
    """R3: slide 33's legend read "Công nghiệp, xây dựng | Nông nghiệp, thủy sản" on its first
    row and "Thương mại, dịch vụ | Mục tiêu" on its second, while the bars stack industry,
    trade, agriculture: matplotlib fills a legend column by column. Read along its rows, the
    legend now names the series in their stacking order."""
    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox

    (s33,) = [p for p in _plans(theme) if p.title.startswith("Cơ cấu kinh tế")]
    (box,) = [e for e in s33.elements if isinstance(e, ChartBox)]
    fig = draw(box.chart)
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    (leg,) = [a.get_legend() for a in fig.axes if a.get_legend() is not None]
    placed = []
    for t in leg.get_texts():
        b = t.get_window_extent(renderer)
        placed.append((-round(b.y0), b.x0, t.get_text().replace("\n", " ")))
    reading = [name for _, _, name in sorted(placed)]
    series = [s.name for s in box.chart.series]
    assert reading[: len(series)] == series, reading


def _lines_of(theme: str, p: SlidePlan) -> list[tuple[TextBox, object, list[str]]]:
    from deckmaker.layout.frame import measurer

    m = measurer(resolve_font(load_inputs(SAMPLE / "outline.yaml", theme).theme.fonts.body))
    return [
        (e, x, m.wrap(x.text, x.size_pt, (e.box.w - x.indent) / EMU_PER_PT))
        for e in _body(p)
        for x in e.paras
    ]


@pytest.mark.parametrize("theme", BUILTIN)
def test_no_gap_in_the_edge_of_a_column_beside_a_chart(theme):
    """R3: slide 18 set "Trong đó 9 dự án ngoài / các khu công nghiệp, / 11 dự án / trong khu
    công nghiệp": "11 dự án" alone, a third of the column, between full lines. Beside every
    chart of the sample deck, as LibreOffice breaks them, no line but a paragraph's last is
    shorter than 0.4 of its column; slide 18 reads "… 11 dự án trong / khu công nghiệp" (co-do's
    serif: "… ngoài các / khu công nghiệp, 11 dự án / trong khu công nghiệp")."""
    from deckmaker.layout.frame import measurer

    m = measurer(resolve_font(load_inputs(SAMPLE / "outline.yaml", theme).theme.fonts.body))
    bad, seen = [], 0
    for n, p in enumerate(_plans(theme), 1):
        if p.kind != "chart-bullets":
            continue
        for e, x, lines in _lines_of(theme, p):
            w = (e.box.w - x.indent) / EMU_PER_PT
            seen += 1
            bad += [
                f"slide {n}: {ln!r}"
                for ln in lines[:-1]
                if m.width_pt(ln.strip(), x.size_pt) < 0.4 * w
            ]
            if n == 18 and x.text.startswith("Trong"):
                plain = [ln.replace("\u00a0", " ").strip() for ln in lines]
                assert "11 dự án" not in plain and plain[-1].endswith("khu công nghiệp"), lines
    assert seen >= 30
    assert bad == []


@pytest.mark.parametrize("theme", BUILTIN)
def test_big_numbers_give_their_bullets_room(theme):
    """R3: slide 19's three bullets took seven short lines beside a big-number panel 7 in wide
    ("Năm 2023 vượt / kế hoạch đề ra, / …"): a narrower panel (its figures read as well) that
    saves the column two lines at the same size is taken; slide 19 takes at most five."""
    (s19,) = [p for p in _plans(theme) if p.title == "Vốn đầu tư phát triển toàn xã hội"]
    lines = _lines_of(theme, s19)
    assert sum(len(ls) for _, _, ls in lines) <= 5
    assert {x.size_pt for _, x, _ in lines} == {max(x.size_pt for _, x, _ in lines)}


def test_the_sweep_reads_a_source_as_a_caption():
    """The design sweep's "under minimum" rule: a chart's source is a caption, whose minimum is
    the theme's small minimum (16 pt in tuong-phan), not its chart minimum (22 pt)."""
    from .conftest import design_sweep

    sweep = design_sweep()
    report = sweep.Report("sample / tuong-phan")
    sweep._plan_checks(SAMPLE, "tuong-phan", report)
    assert report.small == []


def test_an_agency_name_breaks_before_its_joined_name_never_inside():
    """Where the closing slide's agency name must take two lines, they break before "Cơ quan -
    Doanh nghiệp" (bound whole), not after its dash as R2 had it."""
    from deckmaker.layout.fit import nice_lines
    from deckmaker.layout.nobreak import NBSP, bind_compounds

    m = TextMeasurer(resolve_font("Liberation Sans").path)
    text = bind_compounds("Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên")
    for size, width in ((28, 874), (32, 874), (28, 700)):
        lines = nice_lines(text, m, size, width, 2)
        assert lines is not None
        plain = [ln.replace(NBSP, " ").replace("\u2060", "") for ln in lines]
        assert plain[1].startswith("Cơ quan - Doanh nghiệp"), plain


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_chart_with_room_gives_its_bullets_width(theme):
    """R3: slide 34 set "Thu nội địa / 29.123 tỷ đồng; thu từ / xuất nhập khẩu / 3.700 tỷ
    đồng" in four short lines beside a bar chart with room: the chart takes a narrower share
    when its bullets then save two lines at the same size, and its caption stays on one line
    (the title names the unit: no "Đơn vị: tỷ đồng" repeated under it)."""
    from deckmaker.charts.kinds.layout import is_caption, visible_texts
    from deckmaker.charts.render import draw
    from deckmaker.layout.model import ChartBox

    (s34,) = [p for p in _plans(theme) if p.title == "Ngân sách: năm 2023 và dự toán 2024"]
    texts = [(x.text.replace("\u00a0", " "), ls) for _, x, ls in _lines_of(theme, s34)]
    (second,) = [ls for text, ls in texts if text.startswith("Thu nội")]
    assert len(second) <= 3, second
    (box,) = [e for e in s34.elements if isinstance(e, ChartBox)]
    (caption,) = [t for t in visible_texts(draw(box.chart)) if is_caption(t)]
    assert "\n" not in caption.get_text() and "tỷ đồng" not in caption.get_text()
