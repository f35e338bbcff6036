"""Editable PowerPoint charts (python-pptx chart API) with every number in the deck's format."""

from __future__ import annotations

import functools
import io
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


def label(plan: ChartPlan, value: Decimal | None, c: int = -1) -> str:
    """A data label as the image charts write it: "10,05%", "33.100" (unit in the caption);
    with the unit in full ("4.284 USD") when the categories' units differ."""
    if value is None:
        return ""
    if plan.units and c >= 0:
        return numfmt.format_quantity(value, plan.unit_of(c), plan.lang)
    unit = plan.unit if plan.unit in ATTACHED_UNITS else None
    return numfmt.format_quantity(value, unit, plan.lang)


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
    text = label(plan, value, c)
    if plan.kind == "plan-actual" and index == 0:
        long = plan.plan_kind(c) != "floor"  # a native chart draws no ceiling line: name it
        done = attainment(plan, value, plan.series[1].values[c], c, long=long)
        if done:
            text += "\n" + done
    return text


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
        name = words["ceiling" if kind == "ceiling" else "target" if kind == "exact" else "range"]
        marks.setdefault(name, [None] * n)[c] = float(p)
        low = plan.plan_lows[c] if plan.plan_lows else None
        if kind == "range" and low is not None:
            marks.setdefault(name + " ", [None] * n)[c] = float(low)
    if not marks:
        return
    color = plan.style.text_color.lstrip("#").upper()
    bars = chart.plots[0]._element
    axes = "".join(f'<c:axId val="{a.get("val")}"/>' for a in bars.findall(qn("c:axId")))
    series = []
    for i, (name, values) in enumerate(marks.items(), start=len(plan.series)):
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
    bars.addnext(etree.fromstring(xml))
    legend = chart._chartSpace.find(".//" + qn("c:legend"))
    for i, name in enumerate(marks, start=len(plan.series)):
        if name.endswith(" ") and legend is not None:  # a range's low end: one legend entry
            entry = etree.fromstring(
                f'<c:legendEntry xmlns:c="{_C}"><c:idx val="{i}"/><c:delete val="1"/>'
                "</c:legendEntry>"
            )
            legend.find(qn("c:legendPos")).addnext(entry)


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
    if m is None or "\n" in text or '"' in text:
        return None
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
