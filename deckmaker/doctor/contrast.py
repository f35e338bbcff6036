"""Contrast of every text run on what is behind it, and colour-only meaning in native charts, read
from a deck file (issue 18, point 4; WCAG 2 1.4.3 and 1.4.1 through WCAG2ICT). Every text run
is held to 4.5:1, large text too (issue 12; ``needed``).

A run's colour and size come from the run, else its shape's list style, the layout's and the
master's placeholder, the master's text styles, the presentation's default (PowerPoint's
inheritance); what is behind it is the table cell's or the shape's own fill, else every colour
the slide's (layout's, master's) background and the shapes drawn before it show under the text's
box (a shape covering the box hides what is under it; a gradient shows its stops, a picture its
main colours there: ``theme.template.stacked_colors``), and the worst of them is judged. Text
over a chart is not judged (its colours are not known here).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from ..i18n import _
from ..theme.contrast import TEXT_RATIO
from ..theme.model import contrast_ratio
from ..theme.template import (
    background_colors,
    fill_colors,
    overlaps,
    painted_layers,
    stacked_colors,
    transformed,
)
from .model import Finding

_CLR_MAP_DEFAULT = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_CLRS = ("srgbClr", "schemeClr", "sysClr")
_FILLS = tuple(qn(f"a:{t}") for t in ("solidFill", "gradFill", "pattFill", "blipFill", "noFill"))


class _Colors:
    """The master's colour scheme and colour map: scheme colour names to ``RRGGBB``."""

    def __init__(self, master: Any):
        self.scheme: dict[str, str] = {}
        try:
            theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
        except KeyError:
            theme = None
        scheme = theme.find(f".//{qn('a:clrScheme')}") if theme is not None else None
        for el in scheme if scheme is not None else ():
            value = el.find(qn("a:srgbClr"))
            if value is not None:
                self.scheme[etree.QName(el).localname] = value.get("val", "").upper()
            elif (sys_clr := el.find(qn("a:sysClr"))) is not None:
                self.scheme[etree.QName(el).localname] = sys_clr.get("lastClr", "").upper()
        clr_map = master._element.find(qn("p:clrMap"))
        self.map = dict(clr_map.attrib) if clr_map is not None else dict(_CLR_MAP_DEFAULT)

    def of(self, fill: Any) -> str | None:
        """The colour of an ``a:solidFill`` (or any element holding a colour), if it is plain,
        with its luminance and shade changes applied (``theme.template.transformed``)."""
        if fill is None:
            return None
        found = self._plain(fill)
        if not found:
            return found
        clr = next(fill.find(qn(f"a:{t}")) for t in _CLRS if fill.find(qn(f"a:{t}")) is not None)
        return transformed(f"#{found}", clr)[1:]

    def _plain(self, fill: Any) -> str | None:
        srgb = fill.find(qn("a:srgbClr"))
        if srgb is not None:
            return srgb.get("val", "").upper()
        scheme = fill.find(qn("a:schemeClr"))
        if scheme is not None:
            name = scheme.get("val", "")
            return self.scheme.get(self.map.get(name, name)) or self.scheme.get(name)
        sys_clr = fill.find(qn("a:sysClr"))
        return sys_clr.get("lastClr", "").upper() if sys_clr is not None else None


def _color_of(colors: _Colors) -> Any:
    def color_of(el: Any) -> str | None:
        found = colors.of(el)
        return f"#{found}" if found else None

    return color_of


def _xywh(shape: Any) -> tuple[int, int, int, int] | None:
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    return int(shape.left), int(shape.top), int(shape.width), int(shape.height)


def _fill(shape: Any, colors: _Colors, where: Any = None, box: Any = None) -> Any:
    """The colours ``shape``'s own fill shows (under ``box``): empty for none, None unknown."""
    el = shape._element
    if el.tag == qn("p:graphicFrame"):
        return None  # a chart (or a table): its colours are not known here
    owner = el if el.tag == qn("p:pic") else el.find(qn("p:spPr"))
    part = shape.part
    base = shape
    while owner is not None and not any(ch.tag in _FILLS for ch in owner):
        # a placeholder without a fill of its own shows its layout's, else its master's
        base = getattr(base, "_base_placeholder", None) if base.is_placeholder else None
        if base is None:
            break
        owner, part = base._element.find(qn("p:spPr")), base.part
    return fill_colors(owner, _color_of(colors), part, where, box)


def slide_backdrop(
    slide: Any, colors: _Colors, size: tuple[int, int], box: tuple[int, int, int, int]
) -> tuple[str, ...]:
    """The colours the slide's, else the layout's, else the master's background shows under
    ``box`` (a picture's colours there too); the scheme's ``bg1`` without one."""
    layout = slide.slide_layout
    found = background_colors([slide, layout, layout.slide_master], _color_of(colors), size, box)
    return found or ("#" + colors.scheme.get(colors.map.get("bg1", "lt1"), "FFFFFF"),)


def _under(slide: Any) -> list[Any]:
    """The shapes the layout and the master draw under the slide's own (not placeholders)."""
    layout = slide.slide_layout
    owners = [layout]
    if layout._element.get("showMasterSp") not in ("0", "false"):
        owners.insert(0, layout.slide_master)
    return [s for owner in owners for s in owner.shapes if not s.is_placeholder]


def _behind(
    shapes: list[Any], k: int, colors: _Colors, slide: Any, size: tuple[int, int]
) -> tuple[str, ...] | None:
    """The colours behind shape ``k`` of ``shapes`` (the layout's and master's, then the
    slide's): its own fill, else what the background and the shapes drawn before it show
    under its box (``stacked_colors``: gradients' stops, pictures' main colours); None when a
    chart is behind its centre."""
    box = _xywh(shapes[k])
    own = _fill(shapes[k], colors, box, box)
    if own:
        return own
    if box is None:
        return slide_backdrop(slide, colors, size, (0, 0, *size))
    base = slide_backdrop(slide, colors, size, box)
    layers = []
    for shape in shapes[:k]:
        where = _xywh(shape)
        if where is None or not overlaps(where, box):
            continue
        layers += painted_layers(shape, where, box, _fill(shape, colors, where, box))
    return stacked_colors(layers, box, base)


def _level_style(el: Any, level: int) -> Any:
    if el is None:
        return None
    return el.find(f"{qn(f'a:lvl{level + 1}pPr')}/{qn('a:defRPr')}")


def _styles(shape: Any, master: Any, prs: Any, level: int) -> list[Any]:
    """The a:defRPr elements a run of ``level`` in ``shape`` inherits from, nearest first."""
    out = []
    node = shape
    while node is not None:
        out.append(_level_style(node._element.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}"), level))
        node = getattr(node, "_base_placeholder", None) if node.is_placeholder else None
    styles = master._element.find(qn("p:txStyles"))
    if shape.is_placeholder:
        kind = "titleStyle" if shape.placeholder_format.type in (1, 3, 15) else "bodyStyle"
    else:
        kind = "otherStyle"
    if styles is not None:
        out.append(_level_style(styles.find(qn("p:" + kind)), level))
    out.append(_level_style(prs._element.find(qn("p:defaultTextStyle")), level))
    return [el for el in out if el is not None]


def _runs(frame_el: Any) -> Iterator[tuple[int, Any]]:
    for p in frame_el.iterchildren(qn("a:p")):
        ppr = p.find(qn("a:pPr"))
        level = int(ppr.get("lvl", "0")) if ppr is not None else 0
        for r in p.iterchildren(qn("a:r"), qn("a:fld")):  # a slide number is a field
            text = r.findtext(qn("a:t")) or ""
            if text.strip():
                yield level, r


def _run_look(
    r: Any, inherited: list[Any], style_color: str | None, colors: _Colors
) -> tuple[str | None, float, bool]:
    """(colour, size in pt, bold) of a run."""
    rpr = r.find(qn("a:rPr"))
    chain = ([rpr] if rpr is not None else []) + inherited
    color = next((c for el in chain if (c := colors.of(el.find(qn("a:solidFill"))))), None)
    size = next((int(el.get("sz")) / 100 for el in chain if el.get("sz")), 18.0)
    bold = next((el.get("b") in ("1", "true") for el in chain if el.get("b") is not None), False)
    return color or style_color, size, bold


def needed(size: float, bold: bool) -> float:
    """The contrast text of ``size`` pt needs: 4.5:1 at every size (issue 12: every text box).
    WCAG 2's 1.4.3 asks 4.5:1 of normal text and 3:1 of large text (18 pt, or 14 pt bold);
    deckmaker holds large text to the normal text's 4.5:1 too (WCAG's 1.4.6 asks 4.5:1 of large
    text at level AAA), so titles and KPI values read on a projector in a lit hall."""
    del size, bold  # every size alike
    return TEXT_RATIO


def contrast_finding(
    number: int, shape: str, text: str, fg: str, bg: str, ratio: float, need: float
) -> Finding:
    """The finding of text ``fg`` on ``bg`` (as shown: "#1F4E79") below its contrast."""
    return Finding(
        number,
        "access",
        _("text '{text}' ({fg} on {bg}) has a contrast of {ratio}:1, below {need}:1").format(
            text=text[:30], fg=fg, bg=bg, ratio=f"{ratio:.1f}", need=f"{need:g}"
        ),
        shape,
    )


def _finding(
    number: int, shape: str, text: str, fg: str, bg: str, ratio: float, need: float
) -> Finding:
    return contrast_finding(number, shape, text, f"#{fg}", f"#{bg}", ratio, need)


def check_contrast(number: int, slide: Any, prs: Any) -> list[Finding]:
    """One finding per shape (or table) with a text run below the contrast it needs."""
    master = slide.slide_layout.slide_master
    colors = _Colors(master)
    size = (int(prs.slide_width), int(prs.slide_height))
    under = _under(slide)
    shapes = [*under, *slide.shapes]
    findings = []
    for k, shape in enumerate(shapes):
        if k < len(under):
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            behind = _behind(shapes, k, colors, slide, size) or slide_backdrop(
                slide, colors, size, (0, 0, *size)
            )
            for row in shape.table.rows:
                for cell in row.cells:
                    fill = colors.of(cell._tc.find(f"{qn('a:tcPr')}/{qn('a:solidFill')}"))
                    found = _check_frame(
                        cell._tc.find(qn("a:txBody")),
                        [],
                        None,
                        (f"#{fill}",) if fill else behind,
                        colors,
                    )
                    if found:
                        findings.append(_finding(number, shape.name, *found))
                        break
                else:
                    continue
                break
            continue
        if not shape.has_text_frame:
            continue
        seen = _behind(shapes, k, colors, slide, size)
        if not seen:
            continue
        behind = seen
        style = shape._element.find(f"{qn('p:style')}/{qn('a:fontRef')}")
        found = _check_frame(
            shape._element.find(qn("p:txBody")),
            lambda level, shape=shape: _styles(shape, master, prs, level),
            colors.of(style) if style is not None else None,
            behind,
            colors,
        )
        if found:
            findings.append(_finding(number, shape.name, *found))
    return findings


def _check_frame(
    body: Any, styles: Any, style_color: str | None, behind: tuple[str, ...], colors: _Colors
) -> tuple[str, str, str, float, float] | None:
    """(text, fg, bg, ratio, needed) of the first run in ``body`` below its contrast on any
    of the colours ``behind`` it (the worst one is named)."""
    if body is None:
        return None
    for level, r in _runs(body):
        inherited = styles(level) if callable(styles) else styles
        color, size, bold = _run_look(r, inherited, style_color, colors)
        color = color or colors.scheme.get(colors.map.get("tx1", "dk1"), "000000")
        ratio, bg = min((contrast_ratio(f"#{color}", b), b) for b in behind)
        need = needed(size, bold)
        if ratio < need - 1e-9:
            return r.findtext(qn("a:t")) or "", color, bg.lstrip("#"), ratio, need
    return None


def check_chart_colours(number: int, name: str, chart_xml: Any) -> list[Finding]:
    """A native chart with two or more series tells them apart by more than colour: a legend,
    or data labels that name the series or show its values."""
    plot = chart_xml.find(f".//{_C}plotArea")
    if plot is None:
        return []
    series = list(plot.iter(f"{_C}ser"))
    count = len(series)
    if plot.find(f"{_C}pieChart") is not None or plot.find(f"{_C}doughnutChart") is not None:
        points = plot.find(f".//{_C}cat//{_C}ptCount")  # a pie's slices are its series
        count = max(count, int(points.get("val", "0")) if points is not None else 0)
    if count < 2 or chart_xml.find(f".//{_C}legend") is not None:
        return []

    def shows(d: Any) -> bool:
        return any(
            (el := d.find(f"{_C}{tag}")) is not None and el.get("val") in ("1", "true")
            for tag in ("showVal", "showSerName", "showCatName", "showPercent")
        )

    def labelled(ser: Any) -> bool:
        return any(shows(d) for d in ser.iter(f"{_C}dLbls", f"{_C}dLbl"))

    for d in plot.iter(f"{_C}dLbls"):  # labels set for a whole chart group
        if d.getparent().tag != f"{_C}ser" and shows(d):
            return []
    if all(labelled(s) for s in series):
        return []
    return [
        Finding(
            number,
            "access",
            _(
                "the chart tells its {count} series apart by colour alone: give it a legend or "
                "data labels"
            ).format(count=count),
            name,
        )
    ]
