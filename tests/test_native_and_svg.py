"""``engine: native`` charts (editable, numbers in the deck's format) and ``--svg`` pictures."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from string import Template

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn

from deckmaker.office import convert
from deckmaker.pipeline import build_deck

from .conftest import FIXTURES

SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
CHART_COLORS = ("1B4F8A", "C75B12", "138D75")  # the default theme's first chart colours
SHARES = "[Công nghiệp - xây dựng, Thương mại - dịch vụ, Nông nghiệp - thủy sản]"

OUTLINE = Template("""\
deck:
  title: Biểu đồ
  organization: Sở Thông tin và Truyền thông
  date: 2024-01-20
  language: $lang
  figures: figures.yaml
sections:
  - title: Biểu đồ
    slides:
      - title: Cột
        chart:
          type: bar
          engine: $engine
          title: Tăng trưởng các ngành
          figures: [grdp_growth, iip_growth, trade_growth]
          source: Hướng dẫn 25-HD/BTGDUK
      - title: Thanh ngang
        chart: {type: barh, engine: $engine, figures: [grdp_growth, iip_growth]}
      - title: Đường
        chart:
          type: line
          engine: $engine
          categories: ["2021", "2022", "2023"]
          series:
            - {name: Thu ngân sách, values: [21671.5, 28000, 33100]}
            - {name: Chi ngân sách, values: [18000, 20500.25, 22893]}
          unit: tỷ đồng
      - title: Tròn
        chart:
          type: pie
          engine: $engine
          categories: $shares
          series: [{name: Cơ cấu, values: [61.7, 31.3, 7]}]
          unit: "%"
      - title: Vành khuyên
        chart:
          type: donut
          engine: $engine
          categories: $shares
          series: [{name: Cơ cấu, values: [61.7, 31.3, 7]}]
          unit: "%"
      - title: Cột chồng
        chart:
          type: stacked-bar
          engine: $engine
          categories: ["2023", "KH 2024"]
          series:
            - {name: Công nghiệp - xây dựng, values: [61.7, 63]}
            - {name: Thương mại - dịch vụ, values: [31.3, 30.5]}
            - {name: Nông nghiệp - thủy sản, values: [7, 6.5]}
          unit: "%"
      - title: Thực hiện so với kế hoạch
        chart: {type: plan-actual, engine: $engine, figures: [budget, exports]}
""")
KINDS = ("bar", "barh", "line", "pie", "donut", "stacked-bar", "plan-actual")
TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "barh": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
    "donut": XL_CHART_TYPE.DOUGHNUT,
    "stacked-bar": XL_CHART_TYPE.COLUMN_STACKED,
    "plan-actual": XL_CHART_TYPE.COLUMN_CLUSTERED,
}


def _outline(where: Path, engine: str, lang: str = "vi") -> Path:
    where.mkdir(parents=True, exist_ok=True)
    (where / "figures.yaml").write_text(
        (FIXTURES / "every" / "figures.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    path = where / "outline.yaml"
    path.write_text(OUTLINE.substitute(engine=engine, lang=lang, shares=SHARES), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def native_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("native")
    return build_deck(_outline(out / "deck", "native"), out / "native.pptx")


@pytest.fixture(scope="module")
def charts(native_build) -> dict:
    """kind -> python-pptx chart, in the order of the outline."""
    prs = Presentation(str(native_build.path))
    found = [s for slide in prs.slides for s in slide.shapes if s.has_chart]
    assert len(found) == len(KINDS)
    return {kind: frame.chart for kind, frame in zip(KINDS, found, strict=True)}


def _frames(path: Path) -> list:
    prs = Presentation(str(path))
    return [s for slide in prs.slides for s in slide.shapes if s.has_chart]


def _label_texts(series, lang: str = "vi") -> list[str]:
    """Each data label of ``series`` as a viewer in a ``lang`` locale reads it: its custom text
    (paragraphs joined by newlines), or its value shown through its number format."""
    out = []
    for dlbl in series._element.iter(qn("c:dLbl")):
        rich = dlbl.find(f"{qn('c:tx')}/{qn('c:rich')}")
        if rich is None:
            code = dlbl.find(qn("c:numFmt")).get("formatCode")
            value = series.values[int(dlbl.find(qn("c:idx")).get("val"))]
            out.append(_shown(code, value, lang))
            continue
        paras = rich.findall(qn("a:p"))
        out.append("\n".join("".join(t.text for t in p.iter(qn("a:t"))) for p in paras))
    return out


def _shown(code: str, value: float, lang: str) -> str:
    """``value`` through the number format ``code`` as deckmaker writes them (``#,##0.00"%"``,
    an optional negative section), in a ``lang`` locale's separators."""
    m = re.fullmatch(r'#,##0(?:\.(0+))?(?:"([^"]*)")?(?:;.*)?', code)
    assert m, code
    places = len(m.group(1) or "")
    text = f"{abs(value):,.{places}f}"
    if lang == "vi":
        text = text.translate(str.maketrans(",.", ".,"))
    return ("-" if value < 0 else "") + text + (m.group(2) or "")


def _fill(sp_pr) -> str:
    return sp_pr.find(f"{qn('a:solidFill')}/{qn('a:srgbClr')}").get("val")


# -- native charts --------------------------------------------------------------------------------
def test_every_kind_is_an_editable_chart_of_its_type(charts, native_build):
    assert {k: c.chart_type for k, c in charts.items()} == TYPES
    assert native_build.charts_drawn + native_build.charts_cached == 0  # nothing drawn as image
    with zipfile.ZipFile(native_build.path) as z:
        assert not [n for n in z.namelist() if n.startswith("ppt/media/")]


def test_series_hold_the_figures(charts):
    assert list(charts["bar"].plots[0].categories) == [
        "Tăng trưởng GRDP",
        "Chỉ số sản xuất công nghiệp",
        "Thương mại - dịch vụ",
    ]
    assert charts["bar"].series[0].values == (10.05, 12.3, 7.6)
    line = charts["line"].series
    assert [s.name for s in line] == ["Thu ngân sách", "Chi ngân sách"]
    assert line[1].values == (18000.0, 20500.25, 22893.0)
    actual, plan = charts["plan-actual"].series
    assert (actual.name, actual.values) == ("Thực hiện", (33100.0, 5.8))
    assert (plan.name, plan.values) == ("Kế hoạch", (22893.0, 7.0))
    assert [s.values for s in charts["stacked-bar"].series] == [(61.7, 63), (31.3, 30.5), (7, 6.5)]


def test_data_labels_are_written_the_vietnamese_way(charts):
    assert _label_texts(charts["bar"].series[0]) == ["10,05%", "12,3%", "7,6%"]
    assert _label_texts(charts["line"].series[0]) == ["21.671,5", "28.000", "33.100"]
    assert _label_texts(charts["line"].series[1]) == ["18.000", "20.500,25", "22.893"]
    assert _label_texts(charts["pie"].series[0]) == ["61,7%", "31,3%", "7%"]
    assert _label_texts(charts["donut"].series[0]) == ["61,7%", "31,3%", "7%"]
    # budget (tỷ đồng) against exports (tỷ USD): one axis, so every label names its unit
    actual, plan = charts["plan-actual"].series
    assert _label_texts(actual) == ["33.100 tỷ đồng\nđạt 144,6% KH", "5,8 tỷ USD\nđạt 82,9% KH"]
    assert _label_texts(plan) == ["22.893 tỷ đồng", "7 tỷ USD"]


def test_no_number_is_left_to_the_viewers_locale(charts):
    for kind, chart in charts.items():
        if kind in ("pie", "donut"):
            continue
        assert not chart.value_axis.visible, kind  # its tick labels would follow the locale
        for series in chart.series:
            n_values = sum(v is not None for v in series.values)
            assert len(_label_texts(series)) == n_values, kind


def test_english_decks_label_the_english_way(tmp_path):
    build = build_deck(_outline(tmp_path / "deck", "native", "en"), tmp_path / "en.pptx")
    line = _frames(build.path)[2].chart.series[0]
    assert _label_texts(line, "en") == ["21,671.5", "28,000", "33,100"]


def test_colours_and_fonts_come_from_the_theme(charts, native_build):
    theme = native_build.inputs.theme
    first = [c.lstrip("#").upper() for c in theme.colors.chart[:3]]
    assert first == list(CHART_COLORS)
    bar = charts["bar"].series[0]._element
    assert _fill(bar.find(qn("c:spPr"))) == CHART_COLORS[0]
    stacked = [_fill(s._element.find(qn("c:spPr"))) for s in charts["stacked-bar"].series]
    assert stacked == list(CHART_COLORS)
    for kind in ("pie", "donut"):
        points = charts[kind].series[0]._element.findall(qn("c:dPt"))
        assert [_fill(p.find(qn("c:spPr"))) for p in points] == list(CHART_COLORS), kind
    line = charts["line"].series[1]._element.find(qn("c:spPr"))
    assert _fill(line.find(qn("a:ln"))) == CHART_COLORS[1]
    text = theme.colors.text.lstrip("#").upper()
    for kind, chart in charts.items():
        font = chart.font
        assert (font.name, str(font.color.rgb)) == (theme.fonts.body, text), kind
        assert font.size.pt == theme.text_sizes.chart, kind
    label = charts["bar"].series[0]._element.find(".//" + qn("c:dLbl"))
    label_run = label.find(".//" + qn("a:defRPr"))  # a number-format label: its text's defaults
    assert label_run.get("lang") == "vi-VN"
    assert _fill(label_run) == text


def test_a_legend_only_where_it_names_something(charts):
    legends = {kind: chart.has_legend for kind, chart in charts.items()}
    assert legends == {
        "bar": False,
        "barh": False,
        "line": True,
        "pie": True,
        "donut": True,
        "stacked-bar": True,
        "plan-actual": True,
    }
    assert charts["bar"].chart_title.text_frame.text == "Tăng trưởng các ngành"
    assert not charts["line"].has_title


def test_alt_text_and_caption(native_build):
    prs = Presentation(str(native_build.path))
    slide = next(s for s in prs.slides if any(sh.has_chart for sh in s.shapes))
    frame = next(sh for sh in slide.shapes if sh.has_chart)
    descr = frame._element.nvGraphicFramePr.cNvPr.get("descr")
    assert descr.startswith("Biểu đồ cột “Tăng trưởng các ngành”: Tăng trưởng GRDP 10,05%;")
    caption = next(sh for sh in slide.shapes if sh.name == "Chart caption")
    assert caption.text_frame.text == "Nguồn: Hướng dẫn 25-HD/BTGDUK"
    assert caption.top == frame.top + frame.height  # right under the chart, inside its box


def test_native_builds_are_byte_identical(native_build, tmp_path):
    again = build_deck(native_build.path.parent / "deck" / "outline.yaml", tmp_path / "again.pptx")
    assert again.path.read_bytes() == native_build.path.read_bytes()


def test_libreoffice_shows_the_vietnamese_labels(native_build, soffice, tmp_path):
    # in the deck's language, as `build --pdf` renders it (and a Vietnamese computer shows it)
    pdf = convert(native_build.path, "pdf", tmp_path / "vi", lang="vi-VN")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for label in ("10,05%", "12,3%", "21.671,5", "20.500,25", "61,7%", "đạt 144,6% KH", "22.893"):
        assert label in text, label
    for wrong in ("10.05", "21,671", "20,500.25", "144.6"):
        assert wrong not in text, wrong
    # number-format labels follow the viewer's locale (docs/editing.md): English separators on
    # a computer set to English; the fixed-text labels (the attainment) do not
    pdf = convert(native_build.path, "pdf", tmp_path / "en", lang="en-US")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for label in ("10.05%", "21,671.5", "đạt 144,6% KH"):
        assert label in text, label


# -- --svg ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def svg_builds(tmp_path_factory):
    out = tmp_path_factory.mktemp("svg")
    outline = _outline(out / "deck", "image")
    mp = pytest.MonkeyPatch()
    mp.setenv("DECKMAKER_CACHE", "off")  # both builds draw every chart
    try:
        first = build_deck(outline, out / "a.pptx", svg=True)
        second = build_deck(outline, out / "b.pptx", svg=True)
    finally:
        mp.undo()
    return first, second


def test_each_chart_picture_carries_its_svg_beside_the_png(svg_builds):
    path = svg_builds[0].path
    prs = Presentation(str(path))
    pictures = [s for slide in prs.slides for s in slide.shapes if s.name == "Chart"]
    assert len(pictures) == len(KINDS)
    for pic in pictures:
        blip = pic._element.blipFill.find(qn("a:blip"))
        part = pic.part
        png = part.related_part(blip.get(qn("r:embed")))
        assert png.content_type == "image/png"
        assert png.blob.startswith(b"\x89PNG")
        svg_blip = blip.find(f"{qn('a:extLst')}/{qn('a:ext')}/{{{SVG_NS}}}svgBlip")
        assert svg_blip is not None
        svg = part.related_part(svg_blip.get(qn("r:embed")))
        assert svg.content_type == "image/svg+xml"
        assert b"<svg" in svg.blob[:1000]
    with zipfile.ZipFile(path) as z:
        assert len([n for n in z.namelist() if n.endswith(".svg")]) == len(KINDS)
        types = z.read("[Content_Types].xml").decode()
        assert len(re.findall(r'\.svg" ContentType="image/svg\+xml"', types)) == len(KINDS)


def test_svg_builds_are_byte_identical(svg_builds):
    first, second = svg_builds
    assert first.charts_drawn == second.charts_drawn == len(KINDS)
    assert first.path.read_bytes() == second.path.read_bytes()


def test_libreoffice_draws_the_png_fallback(svg_builds, soffice, tmp_path):
    pdf = convert(svg_builds[0].path, "pdf", tmp_path)
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    # columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
    charts = [int(r[0]) for r in rows if r[2] == "image" and int(r[12]) >= 195]
    assert charts == list(range(3, 3 + len(KINDS)))  # the 200 dpi PNG on each chart slide
