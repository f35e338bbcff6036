"""Tests for the chart renderer: formats, layout, determinism, cache and lazy matplotlib import."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from PIL import Image

from deckmaker import numfmt
from deckmaker.charts import (
    KINDS,
    ChartPlan,
    ChartStyle,
    Series,
    alt_text,
    render_many,
    render_png,
    render_svg,
)
from deckmaker.charts.cache import chart_key
from deckmaker.errors import RenderError

ROOT = Path(__file__).resolve().parents[2]
FONT = subprocess.run(
    ["fc-match", "-f", "%{file}", "Liberation Sans"], capture_output=True, text=True, check=True
).stdout
W, H = int(6.5 * 914400), int(4.6 * 914400)

LONG = (
    "Tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2023",
    "Công nghiệp - xây dựng và tiểu thủ công nghiệp",
    "Dịch vụ thương mại, du lịch và vận tải hàng hóa",
    "Nông, lâm nghiệp và thủy sản",
)


def style(**changes: object) -> ChartStyle:
    base = ChartStyle(
        colors=("#0B3D91", "#FC3D21", "#5E6A71", "#2E8B57"),
        text_color="#1F2933",
        background="#FFFFFF",
        font_family="Liberation Sans",
        font_file=FONT,
        heading_font_family="Liberation Sans",
        heading_font_file=FONT,
        base_size_pt=18,
        grid_color="#D9D9D9",
    )
    return dataclasses.replace(base, **changes)


def plan_of(kind: str, lang: str = "vi", **changes: object) -> ChartPlan:
    """A chart of ``kind`` with long Vietnamese names everywhere."""
    one = (Series("Tốc độ tăng trưởng năm 2023", (D("10.05"), D("12.3"), D("7.8"), D("-2.15"))),)
    two = (
        Series(
            "Thực hiện năm 2023 theo số liệu ước tính", (D("5.8"), D("110.4"), D("9.6"), D("61"))
        ),
        Series("Kế hoạch năm 2023 theo Nghị quyết", (D("7"), D("115"), D("11"), D("60"))),
    )
    shares = (Series("Tỷ trọng", (D("61.7"), D("26.3"), D("7"), D("5"))),)
    three = (
        Series("Công nghiệp - xây dựng", (D("61.7"), D("63"), D("62"), D("64.2"))),
        Series("Thương mại - dịch vụ", (D("31.3"), D("30.5"), D("31"), D("30"))),
        Series("Nông nghiệp - thủy sản", (D("7"), D("6.5"), D("7"), D("5.8"))),
    )
    series = {"pie": shares, "donut": shares, "plan-actual": two, "stacked-bar": three}
    fields: dict[str, object] = {
        "kind": kind,
        "title": "Tăng trưởng các ngành kinh tế năm 2023 so với cùng kỳ năm trước",
        "categories": LONG,
        "series": series.get(kind, one),
        "unit": "%",
        "source": "Hướng dẫn số 25-HD/BTGDUK của Ban Tuyên giáo Đảng ủy Khối, mục II.2.2a",
        "width_emu": W,
        "height_emu": H,
        "lang": lang,
        "style": style(),
    }
    fields.update(changes)
    return ChartPlan(**fields)  # type: ignore[arg-type]


def drawn(plan: ChartPlan):
    from deckmaker.charts.render import draw

    return draw(plan)


def texts_of(fig) -> list[str]:
    from deckmaker.charts.kinds.layout import visible_texts

    fig.draw_without_rendering()
    return [t.get_text() for t in visible_texts(fig)]


# import discipline -------------------------------------------------------------------------
def test_importing_charts_does_not_import_matplotlib():
    code = (
        "import sys, deckmaker.charts, deckmaker.charts.render, deckmaker.charts.cache\n"
        "from deckmaker.charts import alt_text\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_fork_servers_import_leaves_out_what_no_chart_needs_and_still_draws():
    """The fork server's preload: no 3D toolkit, no warm-server client, no importlib.metadata
    (h16c), no garbage collection while matplotlib loads (collection on again after it), no
    warning printed; Babel's Vietnamese data read there, not by each worker at its first
    number (h23a); the artists' ``set`` docstrings and signatures not written while matplotlib
    loads, matplotlib's writing of them restored after, ``set`` working as before (h26f); a chart
    drawn after it is the same as without it."""
    code = (
        "import gc, inspect, sys\n"
        "def seen(phase, info):  # a collection once matplotlib has begun to load\n"
        "    if phase == 'start' and 'matplotlib' in sys.modules: print('collected')\n"
        "gc.callbacks.append(seen)\n"
        "import deckmaker.charts.preload\n"
        "gc.callbacks.clear()\n"
        "assert gc.isenabled()\n"
        "from matplotlib import artist, lines, text\n"
        "assert text.Text.set.__doc__ is None and lines.Line2D.set.__doc__ is None\n"
        "line = lines.Line2D([0, 1], [0, 1])\n"
        "line.set(lw=3, color='red')  # an alias still accepted\n"
        "assert (line.get_linewidth(), line.get_color()) == (3, 'red')\n"
        "assert 'Properties:' in artist.kwdoc(text.Text)\n"
        "class Later(artist.Artist): pass  # an artist made after: documented as matplotlib does\n"
        "assert 'Supported properties' in Later.set.__doc__\n"
        "assert 'visible' in inspect.signature(Later.set).parameters\n"
        "left = ['mpl_toolkits.mplot3d', 'deckmaker.charts.server', 'importlib.metadata']\n"
        "import builtins\n"
        "opened, real_open = [], builtins.open\n"
        "builtins.open = lambda f, *a, **k: (opened.append(str(f)), real_open(f, *a, **k))[1]\n"
        "from deckmaker.numfmt import format_number\n"
        "assert format_number(1234.5, 'vi') == '1.234,5'\n"
        "builtins.open = real_open\n"
        "read = [f for f in opened if 'locale-data' in f]\n"
        "print([m for m in left if sys.modules.get(m) is not None] + read)\n"
        "sys.stdout.flush()\n"
        "from deckmaker.charts import render_png\n"
        "from tests.unit.test_charts import plan_of\n"
        "sys.stdout.buffer.write(render_png(plan_of('barh')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=ROOT, capture_output=True, check=True
    )
    first, _, png = out.stdout.partition(b"\n")
    assert first == b"[]"
    assert out.stderr == b""
    assert png == render_png(plan_of("barh"))


def test_chart_workers_draw_below_the_build_and_draw_the_same():
    """A chart worker runs ``WORKER_NICE`` lower than the process that starts it (a cold build
    keeps a core of its own while two draw: bench/simulate.py --question) and draws the same PNG."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    from deckmaker.charts import render

    pool = ProcessPoolExecutor(
        1, mp_context=render._pool_context(), initializer=render._chart_worker
    )
    try:
        assert pool.submit(os.nice, 0).result() == min(19, os.nice(0) + render.WORKER_NICE)
        assert pool.submit(render_png, plan_of("barh")).result() == render_png(plan_of("barh"))
    finally:
        pool.shutdown()


# the plan ----------------------------------------------------------------------------------
def test_plan_rejects_unknown_kind_and_ragged_series():
    with pytest.raises(ValueError, match="unknown chart kind 'bars'"):
        plan_of("bars")
    with pytest.raises(ValueError, match="has 1 values for 4 categories"):
        plan_of("bar", series=(Series("x", (D(1),)),))
    with pytest.raises(ValueError, match="base_size_pt must be >= 14"):
        style(base_size_pt=12)


def test_alt_text_vi_names_kind_and_every_value():
    plan = plan_of("bar", title=None, categories=("Tăng trưởng GRDP", "Công nghiệp"),
                   series=(Series("s", (D("10.05"), D("12.3"))),), source="HD 25")  # fmt: skip
    assert (
        alt_text(plan) == "Biểu đồ cột: Tăng trưởng GRDP 10,05%; Công nghiệp 12,3%. Nguồn: HD 25."
    )


def test_alt_text_en_and_plan_actual_attainment():
    plan = plan_of(
        "plan-actual", lang="en", title="Exports", categories=("Exports",), unit="billion USD",
        series=(Series("Actual", (D("5.8"),)), Series("Plan", (D("7"),))), source=None,
    )  # fmt: skip
    assert alt_text(plan) == (
        "Actual versus plan chart “Exports”: Exports 5.8 billion USD "
        "(plan 7 billion USD, 82.9% of plan)."
    )
    vi = dataclasses.replace(plan, lang="vi", unit="tỷ USD")
    assert "Exports 5,8 tỷ USD (kế hoạch 7 tỷ USD, đạt 82,9% KH)" in alt_text(vi)


# layout ------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_long_vietnamese_labels_stay_inside_and_apart(kind):
    from deckmaker.charts.kinds.layout import layout_problems

    fig = drawn(plan_of(kind))
    assert layout_problems(fig) == []
    assert fig.get_size_inches() * fig.dpi == pytest.approx((1300, 920))


def test_narrow_box_turns_bars_sideways_and_still_fits():
    from deckmaker.charts.kinds.layout import layout_problems

    narrow = plan_of("bar", title=None, width_emu=int(4.8 * 914400), height_emu=int(4.4 * 914400))
    fig = drawn(narrow)
    assert layout_problems(fig) == []
    names = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()]
    assert names == list(LONG)  # the names wrap beside horizontal bars


def test_grouped_names_of_four_lines_turn_bars_sideways():
    # the sample deck's social indicators in tuong-phan (22 pt) across a slide: under the bars
    # "Lao động có bằng cấp, chứng chỉ" took four lines and the bars a fifth of the panel
    names = (
        "Phòng học kiên cố",
        "Trường đạt chuẩn quốc gia",
        "Tham gia bảo hiểm y tế",
        "Xã đạt chuẩn quốc gia về y tế",
        "Lao động qua đào tạo",
        "Lao động có bằng cấp, chứng chỉ",
    )
    series = (
        Series("Năm 2023", tuple(D(v) for v in ("93.58", "76.49", "93.8", "30", "69", "31"))),
        Series("Kế hoạch 2024", tuple(D(v) for v in ("98.48", "93.85", "94.2", "50", "70", "32"))),
    )
    wide = plan_of(
        "bar", categories=names, series=series, title="Một số chỉ tiêu xã hội (%)",
        width_emu=int(12.13 * 914400), height_emu=int(5.4 * 914400),
        style=style(base_size_pt=22, min_size_pt=22),
    )  # fmt: skip
    fig = drawn(wide)
    ticks = [
        t.get_text().replace("\n", " ")
        for ax in fig.axes  # a wide box: the names in two side-by-side panels
        for t in ax.get_yticklabels()
        if t.get_text()
    ]
    assert ticks == list(names)  # the names beside horizontal bars, one or two lines each
    assert all(t.get_text().count("\n") <= 1 for t in fig.axes[0].get_yticklabels())


def test_box_too_small_is_a_render_error():
    tiny = plan_of("barh", width_emu=int(3 * 914400), height_emu=int(2.5 * 914400))
    with pytest.raises(RenderError, match=r"\(3.00 × 2.50 in\) at 18 pt, nor at 14 pt"):
        render_png(tiny)


SECTOR_NAMES = (
    "Tăng trưởng GRDP",
    "Chỉ số sản xuất công nghiệp",
    "Giá trị sản xuất công nghiệp và xây dựng",
    "Giá trị sản xuất xây dựng",
    "Giá trị sản xuất thương mại, dịch vụ",
    "Giá trị sản xuất nông nghiệp và thủy sản",
)
"""The sample deck's six growth rates' names (its barh): long names that wrap."""


def test_text_steps_down_to_fit_before_giving_up():
    # The barh of the sample deck in the small-slide theme: no room at 16 pt, fits smaller.
    names = SECTOR_NAMES
    values = ("10.05", "6.35", "7.08", "14.86", "15.23", "2.45")
    plan = plan_of("barh", title="Tốc độ tăng năm 2023 (%)", categories=names,
                   series=(Series("s", tuple(D(v) for v in values)),), source="HD 25, mục II.2.2a",
                   width_emu=int(5.74 * 914400), height_emu=int(3.6 * 914400),
                   style=style(base_size_pt=16, min_size_pt=12))  # fmt: skip
    from deckmaker.charts.kinds.layout import TooSmall, layout_problems, visible_texts
    from deckmaker.charts.render import _build_at, _rc

    with _rc(plan), pytest.raises(TooSmall):  # the theme's size does not fit
        _build_at(plan)

    fig = drawn(plan)
    sizes = [t.get_fontsize() for t in fig.axes[0].get_yticklabels()]
    assert min(sizes) >= 12 and max(sizes) < 16  # names at the stepped-down note size
    assert layout_problems(fig) == []
    # A theme whose smallest chart text is 14 pt: never drawn smaller; the names that share
    # "Giá trị sản xuất" say it once ("GTSX …", explained under the chart) ...
    strict = dataclasses.replace(plan, style=style(base_size_pt=16, min_size_pt=14))
    fig = drawn(strict)
    names = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()]
    assert names[2] == "GTSX công nghiệp và xây dựng" and names[0] == "Tăng trưởng GRDP"
    assert any("GTSX: giá trị sản xuất" in t.get_text() for t in fig.texts)
    assert min(t.get_fontsize() for t in visible_texts(fig)) >= 14
    assert layout_problems(fig) == []
    # ... and names with nothing to share are refused rather than drawn smaller
    unshared = tuple(n.replace("Giá trị", f"Ngành {i}:") for i, n in enumerate(plan.categories))
    plain = dataclasses.replace(strict, categories=unshared)
    with pytest.raises(RenderError, match="at 16 pt, nor at 14 pt"):
        drawn(plain)


BUDGET = (
    Series("Năm 2023", (D("33100"), D("21671.5"), D("13500"), D("8171.5"))),
    Series("Kế hoạch 2024", (D("32823"), D("30103"), D("19921"), D("9052"))),
)


@pytest.mark.parametrize("base", [18, 20])
def test_grouped_bar_labels_of_neighbours_keep_apart(base):
    from deckmaker.charts.kinds.layout import layout_problems

    plan = plan_of("bar", categories=("Thu ngân sách", "Tổng chi", "Chi đầu tư phát triển",
                                      "Chi thường xuyên"), series=BUDGET, unit="tỷ đồng",
                   title="Thu, chi ngân sách (tỷ đồng)", width_emu=int(5.6 * 914400),
                   style=style(base_size_pt=base))  # fmt: skip
    fig = drawn(plan)
    assert layout_problems(fig) == []
    renderer = fig.canvas.get_renderer()
    labels = {t.get_text(): t.get_window_extent(renderer) for t in fig.axes[0].texts}
    a, b = labels["33.100"], labels["32.823"]
    apart = a.x1 < b.x0 - 2 or b.y0 > a.y1 + 2 or a.y0 > b.y1 + 2
    assert apart, (a, b)
    assert min(t.get_fontsize() for t in fig.axes[0].texts) >= 14


def test_line_labels_clear_of_the_line_and_axis_fitting_the_points():
    """A line's value axis fits its points (R19 #9: 0,5-0,9% in the top half of a 0-1% axis
    before; no bar needs the zero baseline), its ticks of one number of decimals."""
    from deckmaker.charts.kinds.line import _crossing

    plan = plan_of("line", categories=("2023", "2024", "2025"),
                   series=(Series("Tỷ lệ hộ nghèo", (D("0.9"), D("0.71"), D("0.5"))),))  # fmt: skip
    fig = drawn(plan)
    fig.draw_without_rendering()
    ax = fig.axes[0]
    lo, hi = ax.get_ylim()
    assert 0.4 < lo <= 0.5 and 0.9 <= hi <= 1.0, (lo, hi)
    assert max(ax.get_yticks()) >= 0.9  # a labelled mark at or past the highest point
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert len({t.split(",")[-1].__len__() for t in ticks}) == 1, ticks  # same decimals
    renderer = fig.canvas.get_renderer()
    path = ax.transData.transform(list(zip(*ax.lines[0].get_data(), strict=True)))
    for label in ax.texts:
        assert _crossing(label.get_window_extent(renderer), path, 0) == 0, label.get_text()
    middle = next(t for t in ax.texts if t.get_text() == "0,71%")
    assert middle.get_horizontalalignment() == "left"  # falling line: above right of the point


def test_line_far_from_zero_zooms_with_uniform_decimals():
    plan = plan_of("line", categories=("2022", "2023", "2024"),
                   series=(Series("GRDP", (D("8.1"), D("8.25"), D("8.4"))),))  # fmt: skip
    ax = drawn(plan).axes[0]
    assert ax.get_ylim()[0] > 7
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert len({len(t.split(",")[1]) if "," in t else 0 for t in ticks}) == 1, ticks


def test_plan_actual_labels_actual_at_bar_and_plan_at_outline():
    plan = plan_of("plan-actual", categories=("Kim ngạch xuất khẩu",), unit="tỷ USD",
                   series=(Series("Thực hiện", (D("5.8"),)),
                           Series("Kế hoạch", (D("7"),))))  # fmt: skip
    fig = drawn(plan)
    ax = fig.axes[0]
    texts = {t.get_text(): t for t in ax.texts if t.get_visible()}
    assert "5,8\nđạt 82,9% KH" in texts and "KH: 7" in texts
    renderer = fig.canvas.get_renderer()
    actual = texts["5,8\nđạt 82,9% KH"].get_window_extent(renderer)
    plan_box = texts["KH: 7"].get_window_extent(renderer)
    to_px = ax.transData.transform
    assert actual.y1 <= to_px((0, 7))[1] + 1  # at the bar, not above the plan outline
    assert plan_box.y0 >= to_px((0, 7))[1]  # the plan's value just above its outline
    from deckmaker.charts.kinds.layout import layout_problems

    assert layout_problems(fig) == []


def test_stacked_shares_reach_100_and_thin_labels_go_beside():
    plan = plan_of("stacked-bar", categories=("Năm 2023", "Kế hoạch 2024"), title=None,
                   width_emu=int(12 * 914400), height_emu=int(5.3 * 914400),
                   series=(Series("Công nghiệp", (D("61.7"), D("63"))),
                           Series("Dịch vụ", (D("31.3"), D("30.5"))),
                           Series("Nông nghiệp", (D("7"), D("6.5")))))  # fmt: skip
    fig = drawn(plan)
    fig.draw_without_rendering()
    ax = fig.axes[0]
    assert "100%" in [t.get_text() for t in ax.get_yticklabels()]
    assert ax.get_ylim()[1] == pytest.approx(100)
    thin = [t for t in ax.texts if t.get_text().strip() in ("7%", "6,5%")]
    assert thin and all(t.get_horizontalalignment() == "left" for t in thin)


def test_balanced_wrap_leaves_no_lone_syllable():
    fig = drawn(plan_of("bar", categories=("Trường đạt chuẩn quốc gia", "Xã", "Lao động", "Y tế"),
                        width_emu=int(5.2 * 914400)))  # fmt: skip
    first = fig.axes[0].get_xticklabels()[0].get_text().split("\n")
    assert len(first) > 1 and len(first[-1].split()) > 1, first


def test_layout_check_sees_an_overlap():
    from deckmaker.charts.kinds.layout import layout_problems

    fig = drawn(plan_of("bar"))
    ax = fig.axes[0]
    ax.text(0, 0, "chồng lên", transform=ax.transAxes)
    ax.text(0, 0, "chồng lên", transform=ax.transAxes)
    assert any(p.startswith("overlap: 'chồng lên'") for p in layout_problems(fig))


# numbers, legend, caption, fonts ------------------------------------------------------------
def test_labels_and_ticks_use_the_deck_number_format():
    plan = plan_of("bar")
    texts = texts_of(drawn(plan))
    for v in plan.series[0].values:
        assert numfmt.format_quantity(v, "%", "vi") in texts  # 10,05% … -2,15%
    ticks = [t for t in texts if t.endswith("%") and t not in ("10,05%", "12,3%", "7,8%", "-2,15%")]
    assert ticks and all("." not in t for t in ticks)
    en = texts_of(drawn(plan_of("bar", lang="en")))
    assert "10.05%" in en and "-2.15%" in en and "10,05%" not in en


def test_legend_only_with_more_than_one_series():
    one = drawn(plan_of("bar"))
    assert all(ax.get_legend() is None for ax in one.axes)
    two = plan_of("bar", series=plan_of("plan-actual").series)
    legend = drawn(two).axes[0].get_legend()
    names = [t.get_text().replace("\n", " ") for t in legend.get_texts()]
    assert names == [s.name for s in two.series]


def test_source_caption_small_bottom_left():
    fig = drawn(plan_of("line"))
    caption = [t for t in fig.texts if t.get_text().startswith("Nguồn: Hướng dẫn")]
    assert len(caption) == 1
    assert 11 <= caption[0].get_fontsize() < 18
    box = caption[0].get_window_extent(fig.canvas.get_renderer())
    assert box.x0 < fig.bbox.width * 0.05 and box.y0 < fig.bbox.height * 0.1
    en = drawn(plan_of("line", lang="en"))
    assert any(t.get_text().startswith("Source: ") for t in en.texts)


def test_every_text_uses_the_style_font_file_at_a_legible_size():
    from deckmaker.charts.kinds.layout import visible_texts

    for kind in ("bar", "donut", "plan-actual"):
        fig = drawn(plan_of(kind))
        texts = visible_texts(fig)
        assert {Path(t.get_fontproperties().get_file()) for t in texts} == {Path(FONT)}
        assert min(t.get_fontsize() for t in texts) >= 11
        caption = [t for t in fig.texts if t.get_text().startswith("Nguồn")]
        assert min(t.get_fontsize() for t in texts if t not in caption) >= 14


# bytes -------------------------------------------------------------------------------------
def test_png_is_exact_size_and_deterministic():
    plan = plan_of("stacked-bar")
    first, second = render_png(plan), render_png(plan)
    assert first == second
    image = Image.open(io.BytesIO(first))
    assert image.size == (1300, 920)
    assert b"Software" not in first


def test_svg_is_deterministic_and_undated():
    plan = plan_of("donut")
    first = render_svg(plan)
    assert first == render_svg(plan)
    assert first.startswith(b"<?xml") and b"<dc:date>" not in first
    assert b'width="468pt"' in first  # 6.5 in at 72 pt per inch


def test_missing_font_is_a_render_error(tmp_path):
    plan = plan_of("bar", style=style(font_file=tmp_path / "absent.ttf"))
    with pytest.raises(RenderError, match="font file not found"):
        render_png(plan)


# cache and parallel ------------------------------------------------------------------------
def test_cache_key_follows_font_contents(tmp_path):
    font = tmp_path / "font.ttf"
    shutil.copy(FONT, font)
    plan = plan_of("bar", style=style(font_file=font))
    key = chart_key(plan)
    assert key == chart_key(plan)
    font.write_bytes(font.read_bytes() + b"\0")
    assert chart_key(plan) != key
    assert chart_key(dataclasses.replace(plan, dpi=300)) != key


def test_render_many_parallel_matches_serial_and_caches(tmp_path):
    a, b = plan_of("bar"), plan_of("line")
    first = render_many([a, b, a], cache_dir=tmp_path, jobs=2, svg=True)
    assert [r.cached for r in first] == [False, False, False]
    assert first[0].png == render_png(a) and first[1].png == render_png(b)
    assert first[0] == first[2] and first[1].svg == render_svg(b)
    changed = dataclasses.replace(b, series=(Series("s", (D(1), D(2), D(3), D(4))),))
    second = render_many([a, changed], cache_dir=tmp_path, svg=True)
    assert [r.cached for r in second] == [True, False]
    assert second[0].png == first[0].png and second[0].svg == first[0].svg


def test_cached_png_without_svg_draws_again(tmp_path):
    plan = plan_of("pie")
    render_many([plan], cache_dir=tmp_path)
    again = render_many([plan], cache_dir=tmp_path, svg=True)
    assert not again[0].cached and again[0].svg is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver and /proc")
def test_kept_workers_draw_the_same_bytes_in_one_warm_worker_and_stop(tmp_path):
    from deckmaker.charts.render import _kept, keep_workers, render_async, stop_workers

    a, b = plan_of("bar"), plan_of("line")
    keep_workers(2)
    try:
        first = render_async([a], cache_dir=tmp_path / "1")
        png_a = first[0].png
        pool = _kept["pool"]
        workers = set(pool._processes)  # noqa: SLF001 - the workers of the kept pool
        second = render_async([b], cache_dir=tmp_path / "2")  # a later build: no new fork
        png_b = second[0].png
        assert _kept["pool"] is pool and set(pool._processes) == workers  # noqa: SLF001
        assert len(workers) == 1
    finally:
        stop_workers()
    assert png_a == render_png(a) and png_b == render_png(b)
    assert _kept["pool"] is None
    for pid in workers:  # no worker left running
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        assert state == "Z", f"chart worker {pid} still running"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver and /proc")
def test_stopping_kills_the_idle_fork_server_after_its_workers_end(tmp_path, monkeypatch):
    """The fork server is killed, not asked to stop: a build's exit does not wait for its
    interpreter's teardown (matplotlib's modules and objects). Its workers have ended first,
    each chart in the cache."""
    import os
    import signal
    from multiprocessing import forkserver

    from deckmaker.charts.render import _kept, keep_workers, render_async, stop_workers

    keep_workers(2)
    try:
        drawn = render_async([plan_of("bar")], cache_dir=tmp_path)
        png = drawn[0].png
        workers = list(_kept["pool"]._processes.values())  # noqa: SLF001 - the kept pool's
        server = forkserver._forkserver._forkserver_pid  # noqa: SLF001
        assert server is not None
        ended: dict[int, int] = {}
        real = os.waitpid

        def waitpid(pid, options):
            got = real(pid, options)
            ended[got[0]] = got[1]
            return got

        monkeypatch.setattr(os, "waitpid", waitpid)
    finally:
        stop_workers()
    assert os.WIFSIGNALED(ended[server]) and os.WTERMSIG(ended[server]) == signal.SIGKILL
    assert not Path(f"/proc/{server}").exists()
    assert workers and [w.exitcode for w in workers] == [0] * len(workers)  # ended, not killed
    assert [p.read_bytes() for p in tmp_path.rglob("*.png")] == [png]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_a_stream_ends_its_workers_beside_the_caller_once_every_chart_is_in(tmp_path, monkeypatch):
    """The last chart taken from a cold build's stream does not wait for the workers to exit
    (the writer zips and writes the deck meanwhile): they are stopped in a thread, which
    ``close`` joins, so none is left when the build returns."""
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from deckmaker.charts import render_stream
    from deckmaker.charts.render import _pools

    stopped_in: list[str] = []
    real = ProcessPoolExecutor.shutdown

    def shutdown(self, *a, **k):
        stopped_in.append(threading.current_thread().name)
        return real(self, *a, **k)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", shutdown)
    stream = render_stream(tmp_path, jobs=2)
    pool = stream._pool  # noqa: SLF001
    a, b = plan_of("bar"), plan_of("pie")
    stream.add(a)
    stream.add(b)
    stream.finish()
    pngs = [stream[0].png]
    workers = list(pool._processes.values())  # noqa: SLF001
    assert workers and not stopped_in
    pngs.append(stream[1].png)  # the last one taken: the workers are told to stop
    assert "MainThread" not in stopped_in  # by the thread, now or in a moment
    stream.close()
    assert stopped_in == ["deckmaker-chart-workers-end"]  # once, and before close returned
    assert pool not in _pools and stream._pool is None  # noqa: SLF001
    assert all(w.exitcode == 0 for w in workers)
    assert pngs == [render_png(a), render_png(b)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_a_stream_draws_each_chart_from_when_it_is_added(tmp_path):
    from deckmaker.charts import render_stream

    a, b = plan_of("bar"), plan_of("pie")
    drawn: list[tuple[int, int]] = []
    with render_stream(tmp_path, jobs=2) as stream:
        assert [stream.add(a), stream.add(b), stream.add(a)] == [0, 1, 2]
        assert stream._keys[0] == stream._keys[2]  # noqa: SLF001 - the same chart, drawn once
        stream[1]  # noqa: B018 - waits for the pie, before the stream is finished
        stream.finish(lambda done, total: drawn.append((done, total)))
        pngs = [stream[i].png for i in range(3)]
        assert (stream.drawn, stream.cached) == (2, 0)
    assert pngs == [render_png(a), render_png(b), render_png(a)]
    assert drawn and drawn[-1] == (2, 2)
    with render_stream(tmp_path, jobs=2) as again:  # from the cache, no worker started
        again.add(a)
        again.add(b)
        again.finish()
        assert (again.drawn, again.cached) == (0, 2) and again[0].png == pngs[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_a_stream_measures_a_plot_in_its_workers_and_keeps_the_drawing(tmp_path):
    """The planner's plot width (``measure``) is drawn by the stream's workers, as this process
    draws it; a chart measured before it is added is then taken from that drawing (drawn
    once, counted as drawn, the pictures a drawing makes, put in the cache), one measured
    after it is added is only measured."""
    from deckmaker.charts import render, render_stream
    from deckmaker.charts.cache import chart_key as stream_key

    a, b = plan_of("bar"), plan_of("barh", title="other")
    with render_stream(tmp_path, jobs=2, svg=True) as stream:
        assert stream.measure(a) == render.plot_width(a)
        assert type(stream.measure(a)) is float
        assert list(stream._drawn_early) == [stream_key(a)]  # noqa: SLF001 - drawn, not added
        stream.add(a)
        stream.add(b)
        assert stream.measure(b) == render.plot_width(b)
        stream.finish()
        got = [stream[0], stream[1]]
        assert (stream.drawn, stream.cached) == (2, 0)
        assert not stream._drawn_early  # noqa: SLF001 - every early drawing was taken
    assert [g.png for g in got] == [render_png(a), render_png(b)]
    assert got[0].svg == render.render_svg(a)
    with render_stream(tmp_path, jobs=2) as again:  # the measured chart was cached
        again.add(a)
        again.finish()
        assert (again.drawn, again.cached) == (0, 1)


def test_a_stream_sends_the_costliest_waiting_chart_first(monkeypatch, tmp_path):
    """Longest-processing-time-first: while the workers are busy the charts wait, and the
    costliest of them goes next (a cold build's long grouped chart not left to the end)."""
    import threading
    import time
    from concurrent.futures import Future

    from deckmaker.charts import render

    sent: list[tuple[str, Future]] = []
    changed = threading.Condition()

    class Pool:  # one worker, its jobs finished by the test
        _max_workers = 1

        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def submit(self, fn: object, plan: ChartPlan, *args: object) -> Future:
            job: Future = Future()
            with changed:
                sent.append((plan.title or "", job))
                changed.notify_all()
            return job

        def shutdown(self, **kwargs: object) -> None:
            pass

    def wait_sent(n: int) -> None:
        with changed:
            assert changed.wait_for(lambda: len(sent) >= n, timeout=10)
        time.sleep(0.05)  # nothing more is sent meanwhile
        assert len(sent) == n

    def sized(title: str, scale: float) -> ChartPlan:
        return plan_of("bar", title=title, width_emu=int(W * scale))

    monkeypatch.setattr(render, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(render, "_pools", set())
    costs = {t: render.draw_cost(sized(t, s)) for t, s in [("small", 0.5), ("big", 2), ("mid", 1)]}
    assert costs["big"] > costs["mid"] > costs["small"]
    assert render.draw_cost(plan_of("bar", form="numbers")) < costs["small"]
    stream = render.StreamedRendering(tmp_path, jobs=1, svg=False)
    stream.add(sized("first", 0.4))
    stream.add(sized("second", 0.4))
    wait_sent(2)  # one drawing, one queued behind it: the rest wait
    for title, scale in [("small", 0.5), ("big", 2), ("mid", 1)]:
        stream.add(sized(title, scale))
    stream.finish()
    wait_sent(2)
    for n in range(3, 6):
        sent[n - 3][1].set_result((b"png", None))
        wait_sent(n)
    assert [t for t, _ in sent] == ["first", "second", "big", "mid", "small"]
    for _, job in sent[3:]:
        job.set_result((b"png", None))
    assert stream[2].png == b"png"
    stream.close()


def test_line_heights_come_from_the_memo_and_draw_the_same_picture(monkeypatch):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from deckmaker.charts.kinds import common

    plan = plan_of("barh")
    common._HEIGHTS.clear()  # noqa: SLF001
    memo = render_png(plan)
    assert any(key[0] == FONT for key in common._HEIGHTS)  # noqa: SLF001 - the hook was asked
    monkeypatch.setattr(common, "AggCanvas", FigureCanvasAgg)  # matplotlib's own look-ups
    assert render_png(plan) == memo


@pytest.mark.parametrize("kind", ["barh", "bar", "line", "donut"])
def test_text_layouts_come_from_the_memo_and_draw_the_same_picture(monkeypatch, kind):
    from matplotlib.text import Text

    from deckmaker.charts.kinds import common
    from deckmaker.charts.render import draw

    plan = plan_of(kind)
    fig = draw(plan)
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    assert getattr(renderer, common._LAYOUTS)  # noqa: SLF001 - the layouts were kept
    memo = render_png(plan)
    original = Text._get_layout.__wrapped__  # type: ignore[attr-defined]
    monkeypatch.setattr(Text, "_get_layout", original)  # matplotlib lays out every time
    assert render_png(plan) == memo


@pytest.mark.parametrize("kind", ["barh", "bar", "line", "donut"])
def test_fonts_read_from_memory_draw_the_same_picture(monkeypatch, kind):
    from deckmaker.charts.kinds import common

    plan = plan_of(kind)
    monkeypatch.setattr(common, "_WIDTHS", {})  # every text measured again in each drawing
    monkeypatch.setattr(common, "_MEMORY_FONTS", {})
    in_memory = render_png(plan)
    assert common._MEMORY_FONTS  # noqa: SLF001 - the chart's texts were set in them
    assert all(isinstance(f.fname, io.BytesIO) for f in common._MEMORY_FONTS.values())  # noqa: SLF001
    monkeypatch.setattr(common, "_WIDTHS", {})
    monkeypatch.setattr(common, "_ASSEMBLE", None)  # matplotlib's get_font: read from the files
    monkeypatch.setattr(common, "_MEMORY_FONTS", {})
    assert render_png(plan) == in_memory
    assert not common._MEMORY_FONTS  # noqa: SLF001


def test_a_font_read_from_memory_measures_and_lays_out_as_matplotlibs_own():
    from matplotlib.font_manager import FontProperties, fontManager, get_font
    from matplotlib.ft2font import LoadFlags

    from deckmaker.charts.kinds import common

    assert common._ASSEMBLE is not None  # noqa: SLF001 - the matplotlib this was written for
    found = fontManager._find_fonts_by_props(FontProperties(fname=FONT))  # noqa: SLF001
    ours, theirs = common.font_in_memory(found), get_font(found)
    assert ours is not theirs and isinstance(ours.fname, io.BytesIO)
    assert common.font_in_memory(found) is ours  # kept
    for text in (*LONG, "12,5%", "Đơn vị: tỷ đồng", "ỗ ữ ặ ệ ộ ờ"):
        for size in (9.5, 14.0):
            results = []
            for font in (ours, theirs):
                font.clear()
                font.set_size(size, 200)
                font.set_text(text, 0.0, flags=LoadFlags.NO_HINTING)
                glyphs = [
                    (i.glyph_index, i.x, i.y) for i in font._layout(text, LoadFlags.NO_HINTING)
                ]
                results.append((font.get_width_height(), font.get_descent(), glyphs))
            assert results[0] == results[1]


@pytest.mark.parametrize("kind", ["barh", "bar", "line", "donut", "stacked-bar", "plan-actual"])
def test_pinning_fonts_finds_every_text_findobj_finds_and_draws_the_same_picture(monkeypatch, kind):
    from matplotlib.text import Text

    from deckmaker.charts.kinds import layout

    walks = []
    pin = layout.pin_fonts

    def checked(canvas):  # every pass's walk, against matplotlib's own over the whole tree
        everything = {id(t) for t in canvas.fig.findobj(match=Text)}
        walks.append(({id(t) for t in layout.texts_of(canvas.fig)}, everything))
        pin(canvas)

    monkeypatch.setattr(layout, "pin_fonts", checked)
    fast = render_png(plan_of(kind))
    assert walks
    assert all(found == everything for found, everything in walks)

    def findobj_texts(fig):
        return fig.findobj(match=Text)

    monkeypatch.setattr(layout, "pin_fonts", pin)
    monkeypatch.setattr(layout, "texts_of", findobj_texts)  # the whole tree, as before
    assert render_png(plan_of(kind)) == fast


def test_tick_texts_are_kept_per_value_and_decimals():
    from deckmaker.charts.kinds.common import UniformTicks

    ticks = UniformTicks("vi", "%")
    ticks.set_locs([0.0, 0.5, 1.0])
    assert [ticks(v) for v in (0.0, 0.5, 1.0)] == ["0,0%", "0,5%", "1,0%"]
    assert ticks._texts[(1.0, 1)] == "1,0%"  # noqa: SLF001 - kept: not formatted again
    ticks.set_locs([0.0, 1.0, 2.0])  # whole steps: the same value, fewer decimals
    assert [ticks(v, pos) for pos, v in enumerate((0.0, 1.0, 2.0))] == ["0%", "1%", "2%"]
    ticks.set_locs([0.0, 2500.0, 5000.0])
    assert ticks(5000.0) == "5.000%"


def test_words_are_split_once_and_handed_out_as_copies():
    from deckmaker.charts.kinds.common import _words
    from deckmaker.geometry.wrap import split_words as _split_words

    _split_words.cache_clear()
    first = _words("Giá trị sản xuất công nghiệp (tỷ đồng)", ("sản xuất",))
    # the bracketed unit goes with the word before it
    assert first == ["Giá", "trị", "sản xuất", "công", "nghiệp (tỷ đồng)"]
    first.append("x")  # a caller's copy
    again = _words("Giá trị sản xuất công nghiệp (tỷ đồng)", ("sản xuất",))
    assert again == first[:-1]
    assert _split_words.cache_info().hits == 1
    assert _words("sản xuất công nghiệp", ["sản xuất"]) == ["sản xuất", "công", "nghiệp"]


def test_a_text_changed_between_layout_passes_is_laid_out_again():
    from matplotlib.figure import Figure

    from deckmaker.charts.kinds.common import AggCanvas

    fig = Figure(figsize=(4, 3), dpi=200)
    renderer = AggCanvas(fig).get_renderer()
    text = fig.text(0.1, 0.5, "Hưng Yên", fontsize=12)
    first = text.get_window_extent(renderer)
    assert text.get_window_extent(renderer).width == first.width  # from the memo
    text.set_text("Hưng Yên 2024")
    longer = text.get_window_extent(renderer)
    text.set_fontsize(24)
    larger = text.get_window_extent(renderer)
    text.set_rotation(90)
    turned = text.get_window_extent(renderer)
    assert first.width < longer.width < larger.width
    assert turned.height == pytest.approx(larger.width) and turned.width < larger.width
    text.set_ha("right")  # was left of its point: now right of it
    assert text.get_window_extent(renderer).x1 == pytest.approx(turned.x0)


def test_a_numbers_panel_tries_its_sizes_in_one_axes_and_keeps_only_the_last_try(monkeypatch):
    from deckmaker.charts.kinds import numbers
    from deckmaker.charts.kinds.layout import visible_texts
    from deckmaker.charts.render import draw

    tries: list[tuple[float, ...]] = []
    draw_group = numbers._draw_group  # noqa: SLF001

    def counted(canvas, ax, title, caption, scale, stacked=False, held=0):  # type: ignore[no-untyped-def]
        tries.append(scale)
        return draw_group(canvas, ax, title, caption, scale, stacked, held)

    monkeypatch.setattr(numbers, "_draw_group", counted)
    two = (Series("Thực hiện", (D("110.4"),)), Series("Kế hoạch", (D("112"),)))
    plan = plan_of(
        "plan-actual", form="numbers", categories=("GRDP bình quân đầu người",), series=two,
        unit="triệu đồng", title="GRDP bình quân đầu người năm 2023 (triệu đồng)",
        width_emu=4309872, height_emu=4937760,
    )  # fmt: skip
    fig = draw(plan)
    assert len(tries) > 1  # the panel did not fit at the largest size: it tried again
    assert len(fig.axes) == 1
    texts = [t.get_text() for t in visible_texts(fig)]
    assert len(texts) == len(set(texts))  # nothing left of the tries that did not fit
    monkeypatch.undo()
    assert render_png(plan) == render_png(plan)


@pytest.mark.parametrize("channels", [3, 4])
def test_png_encoder_keeps_every_pixel_and_the_resolution(channels):
    import numpy as np

    from deckmaker.charts.render import encode_png

    rng = np.random.default_rng(16)
    pixels = rng.integers(0, 256, (37, 53, channels), dtype=np.uint8)
    pixels[10:20] = pixels[9]  # flat rows, as in a chart
    png = encode_png(pixels, 200)
    image = Image.open(io.BytesIO(png))
    assert image.mode == ("RGB" if channels == 3 else "RGBA") and image.size == (53, 37)
    assert image.info["dpi"] == pytest.approx((200, 200), abs=0.01)
    assert (np.asarray(image) == pixels).all()
    assert encode_png(pixels.copy(), 200) == png


@pytest.mark.parametrize(
    ("second", "entry"), [("Kế hoạch 2025", False), ("KH 2025", False), ("Năm 2025", True)]
)
def test_a_planned_column_named_as_a_plan_needs_no_target_entry(second, entry):
    # the hollow bars are a whole category: named as a plan, the name under them says what a
    # hollow bar is, and the legend keeps one row; named otherwise, the legend says it
    three = (Series("Công nghiệp", (D("60"), D("62"))), Series("Dịch vụ", (D("32"), D("31"))),
             Series("Nông nghiệp", (D("8"), D("7"))))  # fmt: skip
    plan = plan_of("stacked-bar", categories=("Năm 2024", second), title=None, series=three,
                   targets=((False, True),) * 3, width_emu=int(12 * 914400),
                   height_emu=int(5.3 * 914400))  # fmt: skip
    fig = drawn(plan)
    fig.draw_without_rendering()
    (leg,) = [a.get_legend() for a in fig.axes if a.get_legend() is not None]
    names = [t.get_text() for t in leg.get_texts()]
    assert names[:3] == ["Công nghiệp", "Dịch vụ", "Nông nghiệp"]
    assert ("Mục tiêu" in names) is entry
    renderer = fig.canvas.get_renderer()
    rows = {round(t.get_window_extent(renderer).y0) for t in leg.get_texts()}
    assert len(rows) == 1


def test_a_legend_takes_one_row_whenever_it_fits_the_figure():
    # the row may use the figure's width up to its pads (it stopped at 0.9 of it): at some
    # width the one row takes over 0.9 of the figure, and at every width it stays inside
    three = (Series("Công nghiệp, xây dựng", (D("60"), D("62"))),
             Series("Thương mại, dịch vụ", (D("32"), D("31"))),
             Series("Nông nghiệp, thủy sản", (D("8"), D("7"))))  # fmt: skip
    wide_rows = []
    for tenths in range(70, 125, 5):
        plan = plan_of("stacked-bar", categories=("Năm 2023", "Năm 2024"), title=None,
                       series=three, width_emu=int(tenths / 10 * 914400),
                       height_emu=int(5 * 914400))  # fmt: skip
        fig = drawn(plan)
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        (leg,) = [a.get_legend() for a in fig.axes if a.get_legend() is not None]
        box = leg.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= fig.bbox.width, tenths
        rows = {round(t.get_window_extent(renderer).y0) for t in leg.get_texts()}
        if len(rows) == 1:
            wide_rows.append(box.x1 / fig.bbox.width)
    assert wide_rows and max(wide_rows) > 0.9, wide_rows


def test_names_beside_bars_take_no_more_room_than_the_plot():
    """R6 (tuong-phan 20): names at 0.54 of the figure, on two lines as at 0.46, left a plot
    narrower than its names, its axis run on to 200% for a 144,6% maximum. When no room fits
    the names' slot, they take the narrowest room that sets them in as few lines, kept words
    whole ("Chi đầu tư phát triển / so với kế hoạch", never "Thu nội địa so / với …")."""
    names = (
        "Tổng thu ngân sách so với dự toán",
        "Thu nội địa so với dự toán",
        "Chi thường xuyên so với dự toán",
        "Chi đầu tư phát triển so với kế hoạch",
    )
    values = (D("144.6"), D("128.6"), D("104.6"), D("91.1"))
    keep = (
        "ngân sách",
        "nội địa",
        "thường xuyên",
        "đầu tư phát triển",
        "dự toán",
        "kế hoạch",
        "so với",
    )
    plan = plan_of(
        "barh",
        categories=names,
        series=(Series("Mức thực hiện", values),),
        title="Mức thực hiện so với dự toán, kế hoạch (%)",
        source="HD 25-HD/BTGDUK, mục II.2.2a",
        width_emu=int(7.07 * 914400),
        height_emu=int(5.3 * 914400),
        style=style(base_size_pt=22, min_size_pt=22, caption_size_pt=16, keep_whole=keep),
    )
    fig = drawn(plan)
    fig.draw_without_rendering()
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.get_yticklabels() if t.get_text()]
    widest = max(t.get_window_extent(renderer).width for t in labels)
    assert widest <= ax.bbox.width, (widest, ax.bbox.width)
    lines = [t.get_text().split("\n") for t in labels]
    assert max(len(x) for x in lines) == 2
    assert ["Thu nội địa", "so với dự toán"] in lines
    assert ["Chi đầu tư phát triển", "so với kế hoạch"] in lines


@pytest.mark.parametrize("kind", ["stacked-bar", "bar", "line"])
def test_category_names_sit_on_one_baseline(kind):
    """Category names under the axis share a baseline (R7, sample slide 34: "Kế hoạch 2024",
    hung from the axis by the top of its stacked diacritic, sat ~0.08 in under "Năm 2023"),
    the tallest of them still its pad under the axis."""
    from deckmaker.charts.kinds.common import TICK_PAD_PT

    plan = plan_of(kind, categories=("Năm 2023", "Kế hoạch 2024", "Ước năm"), title=None,
                   series=(Series("A", (D("61.7"), D("63"), D("60"))),
                           Series("B", (D("38.3"), D("37"), D("40")))))  # fmt: skip
    fig = drawn(plan)
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    baselines, tops = [], []
    for t in ax.get_xticklabels():
        if not t.get_text():
            continue
        first = t.get_text().split("\n")[0]
        _, h, d = renderer.get_text_width_height_descent(first, t.get_fontproperties(), False)
        _, _, lp_d = renderer.get_text_width_height_descent("lp", t.get_fontproperties(), False)
        d = max(d, lp_d)  # matplotlib's line box goes at least as deep as "lp"
        box = t.get_window_extent(renderer)
        lines = t.get_text().count("\n") + 1
        assert lines == 1, t.get_text()
        baselines.append(box.y0 + d)
        tops.append(box.y1)
    assert len(baselines) == 3
    assert max(baselines) - min(baselines) < 0.5, baselines
    axis_y = ax.get_window_extent(renderer).y0
    pad_px = TICK_PAD_PT * fig.dpi / 72
    assert axis_y - max(tops) == pytest.approx(pad_px, abs=1.0)


# a value label never sits on the "% of plan" line, unless on its bar's box (R9, slide 21) -------
OF_PLAN = ("Vốn đầu tư công giải ngân", "Thu từ doanh nghiệp nhà nước", "Xây dựng nông thôn mới")


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("barh", ("96.5", "131.2", "88")),  # short of the plan by a little: inside the bar's end
        ("bar", ("97.4", "120", "64.5")),
        ("barh", ("80", "900", "310")),  # a bar too short to hold it: past the line
    ],
)
def test_a_value_label_is_clear_of_the_percent_of_plan_line(kind, values):
    from matplotlib.text import Annotation

    plan = plan_of(
        kind,
        title="Tỷ lệ thực hiện so với kế hoạch năm",
        categories=OF_PLAN,
        series=(Series("Thực hiện", tuple(D(v) for v in values)),),
    )
    fig = drawn(plan)
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    horizontal = kind == "barh"
    (line,) = ax.get_lines()
    at = ax.transData.transform((100, 0))[0] if horizontal else ax.transData.transform((0, 100))[1]
    half = line.get_linewidth() * fig.dpi / 72 / 2
    values_drawn = [
        t for t in ax.texts if isinstance(t, Annotation) and t.get_text().endswith("%")
        and "KH" not in t.get_text()
    ]  # fmt: skip
    assert len(values_drawn) == 3
    bars = ax.patches[:3]
    for t, bar_patch in zip(values_drawn, bars, strict=True):
        ext = t.get_window_extent(renderer)
        low, high = (ext.x0, ext.x1) if horizontal else (ext.y0, ext.y1)
        if high < at - half or low > at + half:
            continue
        # since session 14 (h17c: one rule for a panel's values) a value inside its bar may
        # stand on the line only on an opaque box of its bar's colour, drawn above the line
        box = t.get_bbox_patch()
        assert box is not None, t.get_text()
        assert box.get_facecolor()[:3] == pytest.approx(bar_patch.get_facecolor()[:3])
        assert box.get_alpha() in (None, 1) and t.get_zorder() > line.get_zorder(), t.get_text()
    near = values_drawn[0]  # the value just short of its plan
    bar = ax.patches[0].get_window_extent(renderer)
    ext = near.get_window_extent(renderer)
    if values[1] == "900":
        assert ext.x0 > at + half and near.get_color() == plan.style.text_color
    else:  # set inside its bar's end, in the colour that reads on the bar
        assert bar.contains(ext.x0 + 1, ext.y0 + 1) and bar.contains(ext.x1 - 1, ext.y1 - 1)
        assert near.get_color() == "#FFFFFF"
    assert layout_problems_of(fig) == []


def layout_problems_of(fig):
    from deckmaker.charts.kinds.layout import layout_problems

    return layout_problems(fig)


def test_a_font_given_by_its_file_is_found_as_matplotlib_finds_it(monkeypatch):
    import os

    from matplotlib.font_manager import FontProperties, fontManager

    from deckmaker.charts.kinds import common

    for families in (None, ["Liberation Sans"], ["a", "b", "sans-serif"]):
        prop = FontProperties(family=families, fname=FONT, size=12)
        theirs = fontManager._find_fonts_by_props(prop)  # noqa: SLF001
        assert [FONT] * max(1, len(prop.get_family())) == theirs
        font = common._prepare_font(prop, 200)  # noqa: SLF001
        assert font is common.font_in_memory(theirs)
    monkeypatch.setattr(common, "_REALPATHS", {})
    common.font_in_memory([FONT])
    kept = common._REALPATHS  # noqa: SLF001
    assert list(kept) == [FONT] and kept[FONT] == os.path.realpath(FONT)


def test_a_narrow_value_axis_keeps_three_marks_past_the_largest_value():
    """Review R18 #6 (xanh-so 16, a 4:3 template): six bars up to 15,23% in a 5 in panel had
    their axis thinned to "0%, 10%", the two longest bars running past the scale. A value
    axis shows at least three labelled marks (``layout.MIN_TICKS``), the last at or past the
    largest value."""
    from deckmaker.charts.kinds.layout import visible_texts_of

    values = ("10.05", "6.35", "7.08", "14.86", "15.23", "2.45")
    names = SECTOR_NAMES
    plan = plan_of(
        "barh",
        title="Tốc độ tăng năm 2023",
        categories=names,
        series=(Series("Tốc độ tăng", tuple(D(v) for v in values)),),
        width_emu=round(5.07 * 914400),
        height_emu=round(5.0 * 914400),
        style=style(base_size_pt=20, min_size_pt=14),
    )
    fig = drawn(plan)
    fig.draw_without_rendering()
    (ax,) = fig.axes
    marks = [float(v) for v in ax.xaxis.get_majorticklocs() if v in set(_in_view(ax.xaxis))]
    labels = [t.get_text() for t in visible_texts_of(ax.xaxis) if t.get_text()]
    assert len(labels) >= 3, labels
    assert max(marks) >= 15.23, (marks, labels)


def _in_view(axis) -> list[float]:
    from deckmaker.charts.kinds.layout import _ticks_in_view

    return _ticks_in_view(axis)


def test_tick_labels_of_one_axis_that_touch_are_a_layout_problem():
    """Review R18 #5 (xanh-so 45): the years under a narrow line chart touched; the design
    sweep's "chart text overlaps" (``layout_problems``) counted only overlaps and touching data
    labels. Two tick labels of one axis 1 pt apart are reported."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from deckmaker.charts.kinds.layout import layout_problems

    fig = Figure(figsize=(4, 2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.1, 0.3, 0.8, 0.6))
    ax.set_xticks([0, 1], ["2023", "2024"], fontsize=20)
    ax.set_yticks([])
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    a, b = (t.get_window_extent(renderer) for t in ax.get_xticklabels())
    px_per_unit = (b.x0 + b.width / 2 - (a.x0 + a.width / 2)) / 1.0
    gap_px = b.x0 - a.x1
    lo, hi = ax.get_xlim()
    # squeeze the axis until the labels stand 1 pt apart
    want = a.width + 100 / 72  # centre to centre, in pixels
    ax.set_xlim(lo, lo + (hi - lo) * px_per_unit / want)
    fig.draw_without_rendering()
    a, b = (t.get_window_extent(renderer) for t in ax.get_xticklabels())
    assert 0 < b.x0 - a.x1 < 2 * 100 / 72, (gap_px, b.x0 - a.x1)
    assert any(p.startswith("touch: '2023'") for p in layout_problems(fig)), layout_problems(fig)


def test_plan_actual_sizes_far_apart_and_long_attainments_keep_clear():
    """Review R19 #2 (the drafted camau 25): 22,656 beside 15.942,496 on one axis was an
    invisible bar, and "thấp hơn mức kế hoạch 5.937,44 tỷ đồng" reached over the next bars, the
    white behind it punching notches in them. Sizes more than ``MAGNITUDE_SPLIT`` apart get a
    panel each; a label's attainment wraps within its slot; no text meets another, none is
    cut, and no label's background covers a bar."""
    from matplotlib.patches import Rectangle

    from deckmaker.charts.kinds.layout import layout_problems
    from deckmaker.charts.model import MAGNITUDE_SPLIT

    names = (
        "Chi đầu tư phát triển",
        "Chi đầu tư từ nguồn thu tiền sử dụng đất",
        "Nguồn vay của ngân sách địa phương",
        "Chi thường xuyên",
    )
    actual = Series("Thực hiện", (D("5817.196"), D("560"), D("22.656"), D("15942.496")))
    target = Series("Kế hoạch", (D("5937.44"), D("690"), D("12.9"), D("14635.05")))
    plan = plan_of(
        "plan-actual",
        title=None,
        categories=names,
        series=(actual, target),
        unit="tỷ đồng",
        plan_kinds=("exact",) * 4,
        width_emu=round(12.13 * 914400),
        height_emu=round(5.3 * 914400),
        style=style(base_size_pt=20, min_size_pt=14),
    )
    groups = [cats for _, cats in plan.unit_groups()]
    assert groups == [[0, 1, 3], [2]] and MAGNITUDE_SPLIT < 15942.496 / 22.656
    fig = drawn(plan)
    assert layout_problems(fig) == []
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        bars = [p.get_window_extent(renderer) for p in ax.patches if isinstance(p, Rectangle)]
        for t in ax.texts:
            if t.get_visible() and t.get_bbox_patch() is not None:
                box = t.get_bbox_patch().get_window_extent(renderer)
                hit = [b for b in bars if b.width > 1 and b.height > 1 and box.overlaps(b)]
                assert not hit, (t.get_text(), box, hit)


FALLS = {
    "barh-mixed": ("barh", ("Chỉ số phát triển sản xuất công nghiệp",
                            "Lượng khách tham quan vui chơi giải trí", "Doanh thu"),
                   ("6.2", "-50", "-40")),
    "barh-small-fall": ("barh", ("Tốc độ tăng tổng thu ngân sách Nhà nước",
                                 "Thu nhập bình quân đầu người", "Tỷ lệ hộ nghèo"),
                        ("10", "31.6", "-2.1")),
    "barh-all-falls": ("barh", ("Lượng khách", "Doanh thu du lịch", "Xuất khẩu"),
                       ("-50", "-40", "-2.1")),
    "bar": ("bar", ("Công nghiệp", "Du lịch", "Nông nghiệp", "Dịch vụ"),
            ("6.2", "-50", "3.1", "-2.1")),
    "line": ("line", ("2019", "2020", "2021", "2022"), ("6.2", "-5.5", "-2.1", "3.1")),
}  # fmt: skip


@pytest.mark.parametrize("base", [18, 22])
@pytest.mark.parametrize("case", sorted(FALLS))
def test_a_falls_value_stands_an_em_clear_of_the_category_names(case, base):
    """A negative value's label, past its bar's end (or under its point) on the names' side,
    keeps at least an em from every category name beside it: at a tick's pad, "…vui chơi giải
    trí-50%" read as one string (h35j, the drafted sb-dongnai chart); zero is drawn."""
    from matplotlib.lines import Line2D

    kind, cats, values = FALLS[case]
    series = (Series("Tăng, giảm", tuple(D(v) for v in values)),)
    plan = plan_of(kind, categories=cats, series=series, style=style(base_size_pt=base))
    fig = drawn(plan)
    assert layout_problems_of(fig) == []
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    names_axis = ax.yaxis if kind == "barh" else ax.xaxis
    names = [t for t in names_axis.get_ticklabels() if t.get_visible() and t.get_text()]
    assert names
    falls = [t for t in ax.texts if t.get_visible() and t.get_text().startswith(("-", "−"))]
    assert len(falls) == sum(v.startswith("-") for v in values)
    checked = 0
    for label in falls:
        box = label.get_window_extent(renderer)
        em = label.get_fontsize() * fig.dpi / 72
        for name in names:
            other = name.get_window_extent(renderer)
            if kind == "barh":
                if min(box.y1, other.y1) > max(box.y0, other.y0):  # side by side
                    assert box.x0 - other.x1 >= em, (label.get_text(), name.get_text())
                    checked += 1
            elif box.y0 < other.y0:  # a row of values under the names (``_ValueTable``)
                continue
            elif min(box.x1, other.x1) > max(box.x0, other.x0):  # one over the other
                assert box.y0 - other.y1 >= em, (label.get_text(), name.get_text())
                checked += 1
    assert checked or kind != "barh"
    zero = [
        line for line in ax.get_lines()
        if isinstance(line, Line2D) and line.get_visible()
        and set(line.get_xdata() if kind == "barh" else line.get_ydata()) == {0}
        and line.get_color() == plan.style.text_color
    ]  # fmt: skip
    assert zero or all(v.startswith("-") for v in values) and kind != "line"


def test_a_fall_against_its_plan_reads_under_its_bar_with_no_share_of_the_plan():
    """A plan-actual chart's negative result: its bar reaches its value, which stands under
    the bar's end an em clear of the names, zero drawn; no "đạt -282,0% KH" (a share of a
    plan says nothing of a fall), the plan's own value shown at its outline instead."""
    from deckmaker.charts.model import attainment

    cats = ("Tăng trưởng GRDP", "Thu ngân sách", "Xuất khẩu")
    series = (
        Series("Thực hiện", (D("-2.1"), D("8.5"), D("-14.1"))),
        Series("Kế hoạch", (D("6.5"), D("7"), D("5"))),
    )
    plan = plan_of("plan-actual", categories=cats, series=series)
    assert attainment(plan, D("-14.1"), D("5"), 2) is None
    assert attainment(plan, D("8.5"), D("7"), 1) == "đạt 121,4% KH"
    fig = drawn(plan)
    assert layout_problems_of(fig) == []
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts if t.get_visible()]
    assert not any("đạt -" in t for t in texts), texts
    assert "KH: 5%" in texts and "KH: 6,5%" in texts
    names = [t for t in ax.xaxis.get_ticklabels() if t.get_visible() and t.get_text()]
    for value in ("-2,1%", "-14,1%"):
        (label,) = [t for t in ax.texts if t.get_text() == value]
        box = label.get_window_extent(renderer)
        end = ax.transData.transform((0, float(value[:-1].replace(",", "."))))[1]
        assert box.y1 <= end + 0.5, value  # under its bar's end
        em = label.get_fontsize() * fig.dpi / 72
        assert all(box.y0 - n.get_window_extent(renderer).y1 >= em for n in names)
    assert any(set(line.get_ydata()) == {0} for line in ax.get_lines())
