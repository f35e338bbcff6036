"""Editable PowerPoint charts (python-pptx chart API) with every number in the deck's format."""

from __future__ import annotations

import functools
import io
import math
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from lxml import etree
from pptx.chart.data import ChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.oxml.ns import qn
from pptx.parts.chart import ChartPart
from pptx.util import Emu, Pt, lazyproperty
from xlsxwriter import Workbook

from .. import numfmt
from ..charts.model import TITLE_SCALE, WORDS, ChartPlan, attainment
from ..layout.model import ChartBox

if TYPE_CHECKING:
    from pptx.chart.chart import Chart
    from pptx.chart.series import _BaseCategorySeries
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.slide import Slide
    from pptx.text.text import Font, TextFrame

    from ..layout.measure import TextMeasurer

CHART_TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "barh": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
    "donut": XL_CHART_TYPE.DOUGHNUT,
    "stacked-bar": XL_CHART_TYPE.COLUMN_STACKED,
    "plan-actual": XL_CHART_TYPE.COLUMN_CLUSTERED,
}
"""The PowerPoint chart type that draws each kind of the outline contract (all seven)."""

ATTACHED_UNITS = ("%", "‰")
"""Units a data label carries itself ("10,05%"); any other unit goes into the caption."""

WORKBOOK_DATE = "2000-01-01T00:00:00Z"
"""Creation date written into each chart's embedded workbook, so two builds are identical."""

DONUT_HOLE = 58
"""Hole size of a donut in percent (the image charts draw a ring 42% of the radius wide)."""

CAPTION_GAP_PT = 4.0
LABEL_GAP_PT = 4.0
"""Room kept between a bar's end and its label."""
EMU_PER_PT = 12700
_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def add_native_chart(slide: Slide, box: ChartBox, lang: str) -> GraphicFrame:
    """Add ``box`` to ``slide`` as an editable chart, with its unit/source caption below it.

    ``lang`` is the language tag of the deck's text (``vi-VN``); numbers follow ``box.chart.lang``.
    Data labels show the values through number formats (they follow Edit Data; the viewer's
    locale sets the separators) and the value axis is hidden: every value carries its label.
    Returns the chart's graphic frame.
    """
    plan = box.chart
    assert isinstance(plan, ChartPlan)
    b = box.box
    caption = _caption(plan)
    chart_h: int = b.h
    if caption:
        chart_h = max(b.h // 2, b.h - _caption_height(plan, caption, b.w))
    # python-pptx annotates add_chart as returning the Chart; it returns the frame holding it
    frame = cast(
        "GraphicFrame",
        slide.shapes.add_chart(
            CHART_TYPES[plan.kind], Emu(b.x), Emu(b.y), Emu(b.w), Emu(chart_h), _chart_data(plan)
        ),
    )
    frame.name = box.name
    frame._graphicFrame.nvGraphicFramePr.cNvPr.set("descr", box.alt)
    _style_chart(frame.chart, plan, lang)
    if plan.kind in ("pie", "donut"):
        _round_layout(frame.chart, plan, b.w, chart_h)
    _fix_workbook(frame.chart)
    if caption:
        _add_caption(slide, plan, caption, b.x, b.y + chart_h, b.w, b.h - chart_h, lang)
    return frame


# -- data ----------------------------------------------------------------------------------
class _TextWorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's workbook writer, except that a text is written as a text: xlsxwriter
    would make a category or series name starting with '=' a live formula (and one starting
    with 'http://' a link), which Excel runs when the presenter edits the chart's data."""

    @contextmanager
    def _open_worksheet(self, xlsx_file: io.BytesIO) -> Iterator[tuple[Any, Any]]:
        options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        workbook = Workbook(xlsx_file, options)
        worksheet = workbook.add_worksheet()
        yield workbook, worksheet
        workbook.close()


class _ChartData(ChartData):  # ChartData: python-pptx's name of CategoryChartData in add_chart
    @lazyproperty
    def _workbook_writer(self) -> _TextWorkbookWriter:
        return _TextWorkbookWriter(self)


def _chart_data(plan: ChartPlan) -> ChartData:
    data = _ChartData()
    data.categories = plan.categories
    for s in plan.series:
        data.add_series(s.name or plan.title or "", [_num(v) for v in s.values])
    return data


def _num(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def label(plan: ChartPlan, value: Decimal | None, c: int = -1, low: Decimal | None = None) -> str:
    """A data label as the image charts write it: "10,05%", "33.100" (unit in the caption);
    with the unit in full ("4.284 USD") when the categories' units differ; a range from
    ``low`` to ``value`` by both ends ("7,5–8%", "43.000–45.000")."""
    if value is None:
        return ""
    shown: Decimal | tuple[Decimal, Decimal] = value if low is None else (low, value)
    if plan.units and c >= 0:
        return numfmt.format_quantity(shown, plan.unit_of(c), plan.lang)
    unit = plan.unit if plan.unit in ATTACHED_UNITS else None
    return numfmt.format_quantity(shown, unit, plan.lang)


def _caption(plan: ChartPlan) -> str:
    parts = []
    if plan.unit and plan.unit not in ATTACHED_UNITS and not plan.titles_unit:
        parts.append(f"{WORDS[plan.lang]['unit']}: {plan.unit}")
    if plan.source:
        parts.append(f"{WORDS[plan.lang]['source']}: {plan.source}")
    return ". ".join(parts)


def caption_size(plan: ChartPlan) -> float:
    """Caption size: as the image charts, the theme's caption size (``ChartStyle.caption_pt``)."""
    return plan.style.caption_pt


def _measurer(plan: ChartPlan) -> TextMeasurer | None:
    font = Path(str(plan.style.font_file))
    return _measurer_for(font) if font.is_file() else None


@functools.cache
def _measurer_for(font: Path) -> TextMeasurer:
    from ..layout.measure import TextMeasurer

    return TextMeasurer(font)


def _width_pt(plan: ChartPlan, text: str, size: float) -> float:
    m = _measurer(plan)
    lines = text.split("\n")
    if m is None:  # no file to measure with: assume 0.55 em per character
        return max(len(line) for line in lines) * size * 0.55
    return max(m.width_pt(line, size) for line in lines)


def _caption_height(plan: ChartPlan, text: str, width: int) -> int:
    size = caption_size(plan)
    width_pt = width / EMU_PER_PT
    m = _measurer(plan)
    if m is None:
        lines = max(1, -(-_width_pt(plan, text, size) // width_pt))
    else:
        lines = len(m.wrap(text, size, width_pt, safety=0.03))
    return int(Pt(size * 1.2 * lines + CAPTION_GAP_PT + 2))


def _value_range(plan: ChartPlan) -> tuple[float, float]:
    """Value-axis limits from zero past the data, with room for the labels beyond the bars' ends.

    The hidden axis would otherwise end at the tallest bar in LibreOffice, and its label would be
    pushed into the legend or title.
    """
    base = plan.style.base_size_pt
    texts = [t for c in range(len(plan.categories)) for t in _label_texts(plan, c)]
    values = [float(v) for s in plan.series for v in s.values if v is not None]
    lo, hi = min(0.0, *values), max(0.0, *values)
    if plan.kind == "barh":
        widest = max((_width_pt(plan, t, base) for t in texts), default=0.0)
        cats = max(_width_pt(plan, c, base) for c in plan.categories)
        plot = plan.width_emu / EMU_PER_PT - min(cats, plan.width_emu / EMU_PER_PT * 0.4) - 12
        need = widest + LABEL_GAP_PT
    else:
        lines = max((t.count("\n") + 1 for t in texts), default=1)
        plot = plan.height_emu / EMU_PER_PT - base * 1.3 * 2  # category names below
        if plan.title:
            plot -= base * TITLE_SCALE * 1.3
        if len(plan.series) > 1:
            plot -= base * 1.5  # legend
        need = lines * base * 1.25 + LABEL_GAP_PT + (8 if plan.kind == "line" else 0)
    share = min(0.45, need / max(plot, 1.0))
    f_hi = share if hi > 0 else 0.0
    f_lo = share if lo < 0 else 0.0
    span = (hi - lo) / (1 - f_hi - f_lo) if hi > lo else 1.0
    return _round(lo - f_lo * span), _round(hi + f_hi * span)


def _round(x: float) -> float:
    return float(f"{x:.6g}")


def _label_text(plan: ChartPlan, index: int, c: int) -> str | None:
    """The data label of series ``index`` at category ``c``; the actual's names its attainment."""
    value = plan.series[index].values[c]
    if value is None:
        return None
    text = label(plan, value, c, _low(plan, index, c))
    if plan.kind == "plan-actual" and index == 0:
        long = plan.plan_kind(c) != "floor"  # a native chart draws no ceiling line: name it
        done = attainment(plan, value, plan.series[1].values[c], c, long=long)
        if done:
            text += "\n" + done
    return text


def _low(plan: ChartPlan, index: int, c: int) -> Decimal | None:
    """The low end of series ``index``'s value at ``c`` when it is a range: a range value
    (``ChartPlan.low``) or a plan-actual's range plan."""
    if plan.kind == "plan-actual":
        if index == 1 and plan.plan_kind(c) == "range" and plan.plan_lows:
            return plan.plan_lows[c]
        return None
    return plan.low(index, c) if plan.kind in BANDED else None


def _label_texts(plan: ChartPlan, c: int) -> list[str]:
    texts = (_label_text(plan, i, c) for i in range(len(plan.series)))
    return [t for t in texts if t is not None]


def _add_caption(
    slide: Slide, plan: ChartPlan, text: str, x: int, y: int, w: int, h: int, lang: str
) -> None:
    shape = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    shape.name = "Chart caption"
    tf = shape.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = MSO_ANCHOR.BOTTOM
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = Emu(0)
    tf.text = text
    _style_text(tf, plan, caption_size(plan), plan.style.text_color, lang)


# -- look ----------------------------------------------------------------------------------
def _rgb(hex_color: str) -> RGBColor:
    return RGBColor.from_string(hex_color.lstrip("#").upper())


def contrast(hex_color: str) -> str:
    """Black or white, whichever reads better on ``hex_color`` (as the image charts choose)."""
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return "#FFFFFF" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.55 else "#1A1A1A"


def _font(
    font: Font, plan: ChartPlan, size: float, color: str, bold: bool = False, heading: bool = False
) -> None:
    style = plan.style
    font.name = style.heading_font_family if heading else style.font_family
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = _rgb(color)


def _style_text(
    tf: TextFrame, plan: ChartPlan, size: float, color: str, lang: str, **kw: bool
) -> None:
    """Font, size, colour and language on every paragraph and run of a text frame."""
    for p in tf.paragraphs:
        _font(p.font, plan, size, color, **kw)
        for r in p.runs:
            _font(r.font, plan, size, color, **kw)
            r.font._rPr.set("lang", lang)


def _style_chart(chart: Chart, plan: ChartPlan, lang: str) -> None:
    style = plan.style
    space = chart._chartSpace
    lang_el = etree.Element(qn("c:lang"), val=lang)
    date1904 = space.find(qn("c:date1904"))
    if date1904 is not None:  # schema order: date1904, lang, roundedCorners, …
        date1904.addnext(lang_el)
    else:
        space.insert(0, lang_el)
    for el in space.iter(qn("c:axId"), qn("c:crossAx")):
        # python-pptx writes negative ids; the schema wants an unsignedInt
        el.set("val", str(abs(int(el.get("val")))))
    sp_pr = etree.Element(qn("c:spPr"))
    etree.SubElement(sp_pr, qn("a:noFill"))
    ln = etree.SubElement(sp_pr, qn("a:ln"))
    etree.SubElement(ln, qn("a:noFill"))
    space.chart.addnext(sp_pr)  # transparent, borderless: the slide shows through
    _font(chart.font, plan, style.base_size_pt, style.text_color)
    if plan.title:
        chart.has_title = True
        tf = chart.chart_title.text_frame
        tf.text = plan.title
        size = round(style.base_size_pt * TITLE_SCALE, 1)
        _style_text(tf, plan, size, style.text_color, lang, bold=True, heading=True)
    else:
        chart.has_title = False
    round_pie = plan.kind in ("pie", "donut")
    chart.has_legend = round_pie or len(plan.series) > 1
    if chart.has_legend:
        wide = plan.width_emu / plan.height_emu >= 1.25
        chart.legend.position = (
            XL_LEGEND_POSITION.RIGHT if round_pie and wide else
            XL_LEGEND_POSITION.BOTTOM if round_pie else XL_LEGEND_POSITION.TOP
        )  # fmt: skip
        chart.legend.include_in_layout = False
        _font(chart.legend.font, plan, style.base_size_pt, style.text_color)
    if round_pie:
        _style_round(chart, plan, lang)
    else:
        _style_axes(chart, plan)
        _style_series(chart, plan, lang)
        _range_bands(chart, plan)
        _plan_marks(chart, plan)


def _style_axes(chart: Chart, plan: ChartPlan) -> None:
    style = plan.style
    cat = chart.category_axis
    cat.major_tick_mark = XL_TICK_MARK.NONE
    cat.minor_tick_mark = XL_TICK_MARK.NONE
    cat.has_major_gridlines = False
    cat.format.line.color.rgb = _rgb(style.grid_color)
    cat.format.line.width = Pt(1)
    cat.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # below the bars, even negative ones
    _font(cat.tick_labels.font, plan, style.base_size_pt, style.text_color)
    if plan.kind == "barh":
        cat.reverse_order = True  # first category on top, as read
    val = chart.value_axis
    # Tick labels would be written in the viewer's locale: every value has a data label instead.
    val.visible = False
    val.has_major_gridlines = False
    val.has_minor_gridlines = False
    val.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    if plan.kind != "stacked-bar":
        lo, hi = _value_range(plan)
        val.minimum_scale, val.maximum_scale = lo, hi


def _style_series(chart: Chart, plan: ChartPlan, lang: str) -> None:
    style = plan.style
    colors = style.colors
    group = chart.plots[0]
    if plan.kind in ("bar", "barh", "plan-actual"):
        group.gap_width = 60 if len(plan.series) > 1 else 80
        group.overlap = 0
    elif plan.kind == "stacked-bar":
        group.gap_width = 80
    for i, series in enumerate(chart.series):
        color = colors[i % len(colors)]
        fmt = series.format
        text_color = style.text_color
        position = XL_LABEL_POSITION.OUTSIDE_END
        if plan.kind == "line":
            fmt.line.color.rgb = _rgb(color)
            fmt.line.width = Pt(2.5)
            series.smooth = False
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 8
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = _rgb(color)
            series.marker.format.line.color.rgb = _rgb(color)
            position = XL_LABEL_POSITION.ABOVE
        elif plan.kind == "plan-actual" and i == 1:  # the plan: a dashed outline, as drawn
            fmt.fill.background()
            fmt.line.color.rgb = _rgb(style.text_color)
            fmt.line.width = Pt(1.8)
            fmt.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        else:
            fmt.fill.solid()
            fmt.fill.fore_color.rgb = _rgb(color)
            if plan.kind == "stacked-bar":
                fmt.line.color.rgb = _rgb("#FFFFFF")
                fmt.line.width = Pt(1)
                text_color = contrast(color)
                position = XL_LABEL_POSITION.CENTER
            else:
                fmt.line.fill.background()
        _labels(series, plan, i, position, text_color, lang)


MARK_SIZE = 36
"""A ceiling's, a target's or a range end's mark across the plan's slot (a dash marker)."""


def _plan_marks(chart: Chart, plan: ChartPlan) -> None:
    """A plan-actual chart's ceilings, exact targets and ranges as the picture draws them: a
    mark across the slot at the plan's level (a marker-only line series, its values written in
    the chart, not the workbook), the plan's dashed outline (a floor's) hidden there."""
    if plan.kind != "plan-actual":
        return
    n, words = len(plan.categories), numfmt.PLAN_WORDS[plan.lang]
    marks: dict[str, list[float | None]] = {}
    for c in range(n):
        kind, p = plan.plan_kind(c), plan.series[1].values[c]
        if kind == "floor" or p is None:
            continue
        point = chart.series[1].points[c]
        point.format.fill.background()
        point.format.line.fill.background()
        if kind == "range":
            continue  # a band (_range_bands)
        name = words["ceiling" if kind == "ceiling" else "target"]
        marks.setdefault(name, [None] * n)[c] = float(p)
    if "floor" not in {plan.plan_kind(c) for c in range(n)}:
        _hide_legend_entry(chart, 1)  # no dashed outline drawn: no swatch of one
    if not marks:
        return
    color = plan.style.text_color.lstrip("#").upper()
    bars = chart.plots[0]._element
    axes = "".join(f'<c:axId val="{a.get("val")}"/>' for a in bars.findall(qn("c:axId")))
    series = []
    first = len(chart._chartSpace.findall(".//" + qn("c:ser")))  # after the bands' series
    for i, (name, values) in enumerate(marks.items(), start=first):
        pts = "".join(
            f'<c:pt idx="{c}"><c:v>{v!r}</c:v></c:pt>'
            for c, v in enumerate(values)
            if v is not None
        )
        series.append(
            f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:v>{_xml(name.strip())}</c:v>'
            '</c:tx><c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="dash"/>'
            f'<c:size val="{MARK_SIZE}"/><c:spPr><a:solidFill><a:srgbClr val="{color}"/>'
            "</a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker><c:val><c:numLit>"
            f'<c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{pts}</c:numLit></c:val>'
            '<c:smooth val="0"/></c:ser>'
        )
    xml = (
        f'<c:lineChart xmlns:c="{_C}" xmlns:a="{_A}"><c:grouping val="standard"/>'
        f'<c:varyColors val="0"/>{"".join(series)}<c:marker val="1"/>{axes}</c:lineChart>'
    )
    groups = [el for el in bars.getparent() if el.tag.endswith("Chart")]
    groups[-1].addnext(etree.fromstring(xml))  # the last group: legend entries in idx order


def _hide_legend_entry(chart: Chart, index: int) -> None:
    """No legend entry for the series of ``index`` (its marks say what they are elsewhere)."""
    legend = chart._chartSpace.find(".//" + qn("c:legend"))
    if legend is None:
        return
    entry = etree.fromstring(
        f'<c:legendEntry xmlns:c="{_C}"><c:idx val="{index}"/><c:delete val="1"/></c:legendEntry>'
    )
    entries = legend.findall(qn("c:legendEntry"))
    (entries[-1] if entries else legend.find(qn("c:legendPos"))).addnext(entry)


BANDED = ("bar", "barh")
"""Kinds whose range values (``ChartPlan.lows``) are drawn as bands (a plan-actual's range
plans are too)."""
BAND_AXES = (50010, 50020)
"""The ids of the hidden category and value axes the bands stand on."""
BAND_SHARE = 0.18
"""A range plan's band: the text colour at this share over the background (as pictured)."""
TARGET_TINT = 0.35
"""A range value's band: its series' colour at this share over the background (as pictured)."""
BAND_ALPHA = 0.5
"""A band's opacity: on the background it shows its tint, over a bar the bar shows through
(which of the two groups an application draws first is its own)."""


def _mix(color: str, background: str, share: float) -> str:
    """``color`` at ``share`` of its strength over ``background``, as ``RRGGBB``."""
    bg = background if background not in ("none", "") else "#FFFFFF"
    a, b = color.lstrip("#"), bg.lstrip("#")
    ends = ((int(a[k : k + 2], 16), int(b[k : k + 2], 16)) for k in (0, 2, 4))
    return "".join(f"{round(y + (x - y) * share):02X}" for x, y in ends)


def _bands(plan: ChartPlan) -> tuple[int | None, list[tuple[float, float] | None]]:
    """The series whose range values are drawn as bands (None: a plan-actual's range plans)
    and each category's band (low, high), or None where it has none."""
    n = len(plan.categories)
    if plan.kind == "plan-actual":
        return None, [
            (float(lo), float(hi))
            if plan.plan_kind(c) == "range" and (lo := _low(plan, 1, c)) is not None
            and (hi := plan.series[1].values[c]) is not None
            else None
            for c in range(n)
        ]  # fmt: skip
    if plan.kind not in BANDED:
        return None, [None] * n
    for i, s in enumerate(plan.series):  # the first series of ranges (a chart has one)
        lows = [plan.low(i, c) for c in range(n)]
        if any(lo is not None for lo in lows):
            return i, [
                (float(lo), float(hi)) if lo is not None and (hi := s.values[c]) is not None
                else None
                for c, lo in enumerate(lows)
            ]  # fmt: skip
    return None, [None] * n


def _range_bands(chart: Chart, plan: ChartPlan) -> None:
    """Each range ("7,5–8%", "43.000–45.000 con") as the picture draws it: a band from its low
    end to its high one, not a bar from zero. A bar cannot float in PowerPoint's charts, so
    the bands are a stacked column group of their own on hidden axes with the bars' scale: a
    clear part up to the low end, a tinted one up to the high end (values written in the
    chart, not the workbook), across the category's bars, the bars seen through it. The
    range's own bar is hidden; its label says both ends over the band."""
    series, bands = _bands(plan)
    if not any(bands):
        return
    n, style = len(plan.categories), plan.style
    if series is None:  # a plan-actual chart's range plans: the text colour, faint
        fill, edge, name = (
            _mix(style.text_color, style.background, BAND_SHARE / BAND_ALPHA),
            style.text_color.lstrip("#").upper(),
            numfmt.PLAN_WORDS[plan.lang]["range"],
        )
        hidden = 1
    else:  # a series of ranges: its colour's tint, edged in the colour, as its swatch
        color = style.colors[series % len(style.colors)]
        fill, edge, name = (
            _mix(color, style.background, TARGET_TINT / BAND_ALPHA), color.lstrip("#").upper(),
            plan.series[series].name,
        )  # fmt: skip
        hidden = series
        fmt = chart.series[series].format
        fmt.fill.solid()
        fmt.fill.fore_color.rgb = _rgb(_mix(color, style.background, TARGET_TINT))
        fmt.line.color.rgb = _rgb(edge)
        fmt.line.width = Pt(1.5)
    for c, band in enumerate(bands):
        if band is not None:  # the range's own bar from zero: hidden
            point = chart.series[hidden].points[c]
            point.format.fill.background()
            point.format.line.fill.background()
        elif series is not None and plan.series[series].values[c] is not None:
            point = chart.series[series].points[c]  # an exact value of the series: a bar
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(style.colors[series % len(style.colors)])
            point.format.line.fill.background()
    # Stacked parts: from zero to the end nearer it (clear), then to the other (tinted); a
    # band across zero is two tinted parts, one each side.
    clear: list[float | None] = [None] * n
    tinted: list[float | None] = [None] * n
    across = set()
    for c, band in enumerate(bands):
        if band is None:
            continue
        lo, hi = band
        if lo >= 0:
            clear[c], tinted[c] = lo, hi - lo
        elif hi <= 0:
            clear[c], tinted[c] = hi, lo - hi
        else:
            clear[c], tinted[c] = lo, hi
            across.add(c)
    first = len(plan.series)  # the bands come before a plan-actual's marks
    tint_pr = (
        f'<c:spPr><a:solidFill><a:srgbClr val="{fill}">'
        f'<a:alpha val="{round(BAND_ALPHA * 100000)}"/></a:srgbClr>'
        f'</a:solidFill><a:ln w="{EMU_PER_PT}"><a:solidFill><a:srgbClr val="{edge}"/>'
        "</a:solidFill></a:ln></c:spPr>"
    )
    clear_pr = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
    dpts = "".join(
        f'<c:dPt><c:idx val="{c}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>'
        f"{tint_pr}</c:dPt>"
        for c in sorted(across)
    )
    sers = "".join(
        f'<c:ser><c:idx val="{first + k}"/><c:order val="{first + k}"/><c:tx><c:v>'
        f'{_xml(name)}</c:v></c:tx>{pr}<c:invertIfNegative val="0"/>{pts}<c:val>'
        f"{_num_lit(values)}</c:val></c:ser>"
        for k, (pr, pts, values) in enumerate(((clear_pr, dpts, clear), (tint_pr, "", tinted)))
    )
    bars = chart.plots[0]._element
    gap = (
        int(bars.find(qn("c:gapWidth")).get("val"))
        if bars.find(qn("c:gapWidth")) is not None
        else 150
    )
    k = len(plan.series)
    band_gap = max(0, round(gap / k))  # the band as wide as the category's bars together
    cat_id, val_id = BAND_AXES
    direction = bars.find(qn("c:barDir")).get("val")
    group = (
        f'<c:barChart xmlns:c="{_C}" xmlns:a="{_A}"><c:barDir val="{direction}"/>'
        f'<c:grouping val="stacked"/><c:varyColors val="0"/>{sers}'
        f'<c:gapWidth val="{band_gap}"/><c:overlap val="100"/>'
        f'<c:axId val="{cat_id}"/><c:axId val="{val_id}"/></c:barChart>'
    )
    bars.addnext(etree.fromstring(group))  # after the bars, before marks: idx order
    cat_ax = chart._chartSpace.find(".//" + qn("c:catAx"))
    orientation = cat_ax.find(qn("c:scaling") + "/" + qn("c:orientation")).get("val")
    val_scaling = chart._chartSpace.find(".//" + qn("c:valAx") + "/" + qn("c:scaling"))
    limits = "".join(
        etree.tostring(el, encoding="unicode")
        for el in val_scaling
        if el.tag in (qn("c:max"), qn("c:min"))
    )
    cat_pos, val_pos = ("b", "r") if direction == "col" else ("l", "t")  # secondary axes
    axes = (
        f'<c:catAx xmlns:c="{_C}"><c:axId val="{cat_id}"/><c:scaling><c:orientation '
        f'val="{orientation}"/></c:scaling><c:delete val="1"/><c:axPos val="{cat_pos}"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="none"/>'
        f'<c:crossAx val="{val_id}"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
        f'<c:valAx xmlns:c="{_C}"><c:axId val="{val_id}"/><c:scaling><c:orientation '
        f'val="minMax"/>{limits}</c:scaling><c:delete val="1"/><c:axPos val="{val_pos}"/>'
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>'
        '<c:minorTickMark val="none"/><c:tickLblPos val="none"/>'
        f'<c:crossAx val="{cat_id}"/><c:crosses val="max"/><c:crossBetween val="between"/>'
        "</c:valAx>",
    )
    last = chart._chartSpace.findall(".//" + qn("c:plotArea") + "/" + qn("c:valAx"))[-1]
    for xml in reversed(axes):
        last.addnext(etree.fromstring(xml))
    _hide_legend_entry(chart, first)  # the clear part
    if series is not None:
        _hide_legend_entry(chart, first + 1)  # the series' own swatch is the band's


def _num_lit(values: list[float | None]) -> str:
    pts = "".join(
        f'<c:pt idx="{c}"><c:v>{_round(v)!r}</c:v></c:pt>'
        for c, v in enumerate(values)
        if v is not None
    )
    return (
        f'<c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="{len(values)}"/>'
        f"{pts}</c:numLit>"
    )


_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _style_round(chart: Chart, plan: ChartPlan, lang: str) -> None:
    style = plan.style
    colors = style.colors
    edge = style.background if style.background != "none" else "#FFFFFF"
    series = chart.series[0]
    if plan.kind == "donut":
        hole = chart._chartSpace.find(".//" + qn("c:holeSize"))
        hole.set("val", str(DONUT_HOLE))
    for c in range(len(plan.categories)):
        point = series.points[c]
        color = colors[c % len(colors)]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = _rgb(color)
        point.format.line.color.rgb = _rgb(edge)
        point.format.line.width = Pt(2)
    position = XL_LABEL_POSITION.CENTER if plan.kind == "pie" else None
    _labels(series, plan, 0, position, None, lang)


LEGEND_SAFETY = 0.12
"""A round chart's legend wraps its names this much narrower than its box: PowerPoint and
LibreOffice wrap a legend's names to its box themselves, and drop the entries that no longer
fit its height, so the box is measured with room to spare for their measures against ours."""
LEGEND_LINE = 1.3
"""A legend line's pitch, in multiples of its size (LibreOffice sets 1.2; PowerPoint a little
more)."""
LEGEND_SWATCH_EM = 2.2
"""A legend entry's swatch, the gap after it and the box's insets, beside the name (ems)."""
ROUND_PAD_PT = 6.0
"""Room between a round chart's circle, its legend and the frame's edges (points)."""
LEGEND_SHARE = 0.5
"""The most of a round chart's width a legend at its right takes."""


def _round_layout(chart: Chart, plan: ChartPlan, width: int, height: int) -> None:
    """A pie's or donut's circle and legend placed by the chart itself, not left to the
    application: the legend names wrapped into a box measured to hold every name (main let
    PowerPoint narrow an automatic legend, wrap six long names into it and drop those past
    its height; LibreOffice set a two-column legend beside a circle a third of the frame),
    beside the circle or under it, whichever leaves the larger circle, at the base size or
    smaller down to the theme's minimum where the circle would be small; the circle and the
    legend, as one, centred in the frame; a slice too thin for its value labelled outside."""
    style = plan.style
    w_pt, h_pt = width / EMU_PER_PT, height / EMU_PER_PT
    top = ROUND_PAD_PT
    if plan.title:
        size = round(style.base_size_pt * TITLE_SCALE, 1)
        top += _lines(plan, plan.title, size, w_pt - 2 * ROUND_PAD_PT) * size * 1.25 + 14
    room_h = h_pt - top - ROUND_PAD_PT
    margin = style.base_size_pt * 1.4 + LABEL_GAP_PT  # round the circle for outside values
    sizes = sorted({style.base_size_pt, max(style.min_size_pt, round(style.base_size_pt * 0.9, 1)),
                    style.min_size_pt}, reverse=True)  # fmt: skip
    best: tuple[float, float, bool, float, float, list[int]] | None = None
    for size in sizes:
        for right in (True, False):
            legend_w, legend_h = _legend_box(plan, size, w_pt, right)
            if right:
                d = min(room_h, w_pt - legend_w - 3 * ROUND_PAD_PT)
            else:
                d = min(room_h - legend_h - ROUND_PAD_PT, w_pt - 2 * ROUND_PAD_PT)
            if legend_h > (room_h if right else room_h * 0.7):
                continue  # the legend would not hold every name
            outside = _outside_slices(plan, d)
            if outside:
                d -= 2 * margin
            if best is None or d > best[0] * 1.15 or (d > best[0] and size == best[1]):
                best = (d, size, right, legend_w, legend_h, outside)
        if best is not None and best[0] >= room_h * 0.5:
            break
    if best is None:  # no arrangement holds every name: the smallest size, a wider legend
        size = sizes[-1]
        legend_w, legend_h = _legend_box(plan, size, w_pt, True, WIDE_LEGEND_SHARE)
        d = min(room_h, w_pt - legend_w - 3 * ROUND_PAD_PT)
        outside = _outside_slices(plan, d)
        d -= 2 * margin if outside else 0.0
        best = (d, size, True, legend_w, min(legend_h, room_h), outside)
    d, size, right, legend_w, legend_h, outside = best
    d = max(d, 24.0)
    m = margin if outside else 0.0
    if right:
        group = 2 * m + d + 2 * ROUND_PAD_PT + legend_w
        x0 = (w_pt - group) / 2
        circle_xy = (x0 + m, top + (room_h - d) / 2)
        legend_xy = (x0 + 2 * m + d + 2 * ROUND_PAD_PT, top + (room_h - legend_h) / 2)
    else:
        block = 2 * m + d + ROUND_PAD_PT + legend_h
        y0 = top + (room_h - block) / 2
        circle_xy = ((w_pt - d) / 2, y0 + m)
        legend_xy = ((w_pt - legend_w) / 2, y0 + 2 * m + d + ROUND_PAD_PT)
    space = chart._chartSpace
    plot_area = space.find(".//" + qn("c:plotArea"))
    old = plot_area.find(qn("c:layout"))
    if old is not None:
        plot_area.remove(old)
    plot_area.insert(0, _manual_layout(circle_xy, (d, d), (w_pt, h_pt), True))
    chart.legend.position = XL_LEGEND_POSITION.RIGHT if right else XL_LEGEND_POSITION.BOTTOM
    legend = space.find(".//" + qn("c:legend"))
    old = legend.find(qn("c:layout"))
    if old is not None:
        legend.remove(old)
    at = legend.findall(qn("c:legendEntry")) or [legend.find(qn("c:legendPos"))]
    at[-1].addnext(_manual_layout(legend_xy, (legend_w, legend_h), (w_pt, h_pt), False))
    _font(chart.legend.font, plan, size, style.text_color)
    series = chart.series[0]
    for c in outside:
        dl = series.points[c].data_label
        if plan.kind == "pie":
            dl.position = XL_LABEL_POSITION.OUTSIDE_END
        dl.font.color.rgb = _rgb(style.text_color)


WIDE_LEGEND_SHARE = 0.62
"""The most of the frame's width a legend takes where no narrower one holds every name."""


def _legend_box(
    plan: ChartPlan, size: float, w_pt: float, right: bool, share: float = LEGEND_SHARE
) -> tuple[float, float]:
    """The width and height (points) of a round chart's legend of names at ``size``, at the
    circle's right or under it: as wide as its longest name, at most ``LEGEND_SHARE`` of the
    frame beside the circle, its names wrapped to it with ``LEGEND_SAFETY`` to spare."""
    swatch = LEGEND_SWATCH_EM * size
    widest = max(_width_pt(plan, n, size) for n in plan.categories)
    cap = w_pt * share if right else w_pt - 2 * ROUND_PAD_PT
    legend_w = min(widest / (1 - LEGEND_SAFETY) + swatch, cap)
    text_w = (legend_w - swatch) * (1 - LEGEND_SAFETY)
    lines = sum(_lines(plan, n, size, text_w) for n in plan.categories)
    legend_h = lines * size * LEGEND_LINE + len(plan.categories) * size * 0.25 + size * 0.8
    return legend_w, legend_h


def _lines(plan: ChartPlan, text: str, size: float, width_pt: float) -> int:
    m = _measurer(plan)
    if m is None:
        return max(1, -(-int(_width_pt(plan, text, size)) // max(int(width_pt), 1)))
    return len(m.wrap(text, size, width_pt))


def _manual_layout(
    xy: tuple[float, float], wh: tuple[float, float], frame: tuple[float, float], inner: bool
) -> Any:
    """A ``c:layout`` placing a part at ``xy`` sized ``wh`` (points) in a ``frame``."""
    f = [xy[0] / frame[0], xy[1] / frame[1], wh[0] / frame[0], wh[1] / frame[1]]
    x, y, w, h = (f"{max(0.0, min(1.0, v)):.4f}" for v in f)
    target = '<c:layoutTarget val="inner"/>' if inner else ""
    return etree.fromstring(
        f'<c:layout xmlns:c="{_C}"><c:manualLayout>{target}<c:xMode val="edge"/>'
        f'<c:yMode val="edge"/><c:x val="{x}"/><c:y val="{y}"/><c:w val="{w}"/>'
        f'<c:h val="{h}"/></c:manualLayout></c:layout>'
    )


def _outside_slices(plan: ChartPlan, diameter: float) -> list[int]:
    """The slices of a pie too thin to hold their value's label inside: labelled outside
    (a donut's ring holds a label where its arc is long enough; its thinner ones keep theirs
    at the ring, as PowerPoint places a doughnut's labels)."""
    if plan.kind != "pie":
        return []
    values = plan.series[0].values
    total = sum(float(v) for v in values if v is not None and v > 0)
    if total <= 0:
        return []
    size = plan.style.base_size_pt
    radius = diameter / 2 * 0.62  # where a centred label stands
    out = []
    for c, v in enumerate(values):
        if v is None or v <= 0:
            continue
        text = _label_text(plan, 0, c) or ""
        span = 2 * math.pi * float(v) / total
        need = _width_pt(plan, text, size) * 1.1
        chord = 2 * radius * math.sin(min(span, math.pi) / 2)
        if chord < need or span * radius < size * 1.4:
            out.append(c)
    return out


def _labels(
    series: _BaseCategorySeries,
    plan: ChartPlan,
    index: int,
    position: XL_LABEL_POSITION | None,
    text_color: str | None,
    lang: str,
) -> None:
    """One data label per value. A label that is a number (with its unit) shows the value through
    a number format (:func:`number_format`), so that it follows the data after Edit Data; one
    with more (a plan-actual's attainment) is text, which ``deckmaker update`` rewrites."""
    size = plan.style.base_size_pt
    for c in range(len(plan.categories)):
        text = _label_text(plan, index, c)
        if text is None:
            continue
        color = text_color
        if color is None:  # pie and donut: on the slice's own colour
            colors = plan.style.colors
            color = contrast(colors[c % len(colors)])
        dl = series.points[c].data_label
        if position is not None:  # a doughnut takes no label position (PowerPoint would repair)
            dl.position = position
        code = number_format(plan, text)
        if code is None:
            tf = dl.text_frame
            tf.text = text
            tf._bodyPr.set("wrap", "none")  # LibreOffice would wrap a label to the bar's width
            _style_text(tf, plan, size, color, lang)
            continue
        _font(dl.font, plan, size, color)
        dl.font._rPr.set("lang", lang)
        dlbl = dl._dLbl
        dlbl.find(f"{qn('c:txPr')}/{qn('a:bodyPr')}").set("wrap", "none")
        fmt = etree.Element(qn("c:numFmt"), formatCode=code, sourceLinked="0")
        dlbl.find(qn("c:idx")).addnext(fmt)  # schema order: idx, layout, tx, numFmt, spPr, …


def number_format(plan: ChartPlan, text: str) -> str | None:
    """The OOXML number format that shows a value as its label ``text`` reads ("10,05%" →
    ``#,##0.00"%"``), or None when the label is more than a number and its unit.

    A format code is written with invariant separators and shown in the viewer's locale: a
    computer set to Vietnamese shows "33.100,5", one set to English "33,100.5" (docs/editing.md).
    """
    decimal, thousands = (",", ".") if plan.lang == "vi" else (".", ",")
    number = rf"(-?)(\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})*|\d+)(?:{re.escape(decimal)}(\d+))?"
    m = re.fullmatch(number + "(.*)", text, re.S)
    if m is None or "\n" in text or '"' in text or m.group(4).startswith("–"):
        return None  # more than a number: a range ("7,5–8%") is written as text
    sign, _, decimals, unit = m.groups()
    code = "#,##0" + ("." + "0" * len(decimals) if decimals else "")
    code += f'"{unit}"' if unit else ""
    return code if not sign else f'{code};"-"{code}'


# -- determinism ----------------------------------------------------------------------------
def _fix_workbook(chart: Chart) -> None:
    """Rewrite the embedded workbook with a fixed date (xlsxwriter stamps the current time)."""
    part = chart.part
    assert isinstance(part, ChartPart)  # python-pptx types a chart's part as any XML part
    workbook = part.chart_workbook
    blob = workbook.xlsx_part.blob
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_DATE.sub(rb"\g<1>" + WORKBOOK_DATE.encode() + rb"\g<3>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    workbook.update_from_xlsx_blob(out.getvalue())
