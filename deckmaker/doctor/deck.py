"""Read a slide with python-pptx into the doctor's model: boxes, texts and the fonts of runs."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from .model import Box, Run, Shape, SlideModel, Text

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE)


def _theme_fonts(master: Any) -> dict[str, str]:
    try:
        root = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    except KeyError:  # a master without a theme: runs then need to name their font
        return {}
    fonts: dict[str, str] = {}
    for key, tag in (("+mj", "majorFont"), ("+mn", "minorFont")):
        found = root.find(f".//{qn('a:' + tag)}/{qn('a:latin')}")
        fonts[key] = found.get("typeface", "") if found is not None else ""
    return fonts


def _latin(el: Any, level: int) -> str:
    """The latin typeface a list style (lstStyle, txStyles child) gives paragraphs of ``level``."""
    if el is None:
        return ""
    found = el.find(f"{qn(f'a:lvl{level + 1}pPr')}/{qn('a:defRPr')}/{qn('a:latin')}")
    return found.get("typeface", "") if found is not None else ""


def _font_chain(shape: Any, master: Any, prs: Any) -> list[tuple[Any, str]]:
    """Where a run's font comes from when the run itself does not name one, nearest first."""
    chain: list[Any] = []
    node = shape
    while node is not None:  # slide placeholder -> layout placeholder -> master placeholder
        chain.append(node._element.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}"))
        node = getattr(node, "_base_placeholder", None) if node.is_placeholder else None
    styles = master._element.find(qn("p:txStyles"))
    ph = shape.placeholder_format.type if shape.is_placeholder else None
    kind = "titleStyle" if ph in _TITLES else ("bodyStyle" if ph is not None else "otherStyle")
    if styles is not None:
        chain.append(styles.find(qn("p:" + kind)))
    chain.append(prs._element.find(qn("p:defaultTextStyle")))
    return [(el, "+mj" if kind == "titleStyle" else "+mn") for el in chain]


def _runs(name: str, frame: Any, chain: list[tuple[Any, str]], theme: dict[str, str]) -> list[Run]:
    out = []
    for para in frame.paragraphs:
        inherited = next((f for el, _ in chain if (f := _latin(el, para.level))), "")
        inherited = inherited or (chain[-1][1] if chain else "+mn")
        for run in para.runs:
            face = run.font.name or inherited
            if face.startswith("+"):
                face = theme.get(face[:3], "") or theme.get("+mn", "")
            if face and run.text.strip():
                out.append(Run(name, run.text, face, bool(run.font.bold), bool(run.font.italic)))
    return out


def _aabb(x: float, y: float, w: float, h: float, rotation: float) -> Box:
    rad = math.radians(rotation or 0.0)
    rw = abs(w * math.cos(rad)) + abs(h * math.sin(rad))
    rh = abs(w * math.sin(rad)) + abs(h * math.cos(rad))
    cx, cy = x + w / 2, y + h / 2
    return Box(cx - rw / 2, cy - rh / 2, cx + rw / 2, cy + rh / 2)


def _walk(shapes: Any, xf: tuple[float, ...]) -> Iterator[tuple[Any, Box, float, float]]:
    """Yield (shape, box on the slide, x scale, y scale), looking inside groups."""
    ox, oy, sx, sy, cx0, cy0 = xf
    for shape in shapes:
        if shape.left is None or shape.width is None:
            continue
        x, y = ox + (shape.left - cx0) * sx, oy + (shape.top - cy0) * sy
        w, h = shape.width * sx, shape.height * sy
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            xfrm = shape._element.grpSpPr.find(qn("a:xfrm"))
            ch_off, ch_ext = xfrm.find(qn("a:chOff")), xfrm.find(qn("a:chExt"))
            if ch_off is None or ch_ext is None:
                continue
            cw, chh = int(ch_ext.get("cx")) or 1, int(ch_ext.get("cy")) or 1
            inner = (x, y, w / cw, h / chh, int(ch_off.get("x")), int(ch_off.get("y")))
            yield from _walk(shape.shapes, inner)
            continue
        yield shape, _aabb(x, y, w, h, getattr(shape, "rotation", 0.0)), sx, sy


def _chart_text(chart: Any) -> str:
    """The words a native chart draws that the deck wrote: its title, series names and
    categories (the axis numbers are LibreOffice's own)."""
    parts: list[str] = []
    try:
        if chart.has_title and chart.chart_title.has_text_frame:
            parts.append(chart.chart_title.text_frame.text)
        for plot in chart.plots:
            parts += [str(c) for c in plot.categories]
            parts += [s.name for s in plot.series if s.name]
    except (KeyError, ValueError, AttributeError, IndexError):  # a chart python-pptx cannot read
        pass
    return "\n".join(p for p in parts if p and p.strip())


def slide_model(slide: Any, prs: Any) -> SlideModel:
    master = slide.slide_layout.slide_master
    theme = _theme_fonts(master)
    shapes: list[Shape] = []
    texts: list[Text] = []
    runs: list[Run] = []
    identity = (0.0, 0.0, 1.0, 1.0, 0.0, 0.0)
    for source in (master.shapes, slide.slide_layout.shapes):
        for shape, box, _, _ in _walk(source, identity):
            if not shape.is_placeholder and shape.has_text_frame and shape.text_frame.text.strip():
                texts.append(Text(-1, box, shape.text_frame.text, check=False))
    for shape, box, sx, sy in _walk(slide.shapes, identity):
        index, name = len(shapes), shape.name
        if shape.has_text_frame and shape.text_frame.text.strip():
            frame = shape.text_frame
            vertical = frame._bodyPr.get("vert") not in (None, "horz")
            fits = frame.auto_size == MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT
            straight = not (getattr(shape, "rotation", 0.0) or 0.0) % 360
            texts.append(Text(index, box, frame.text, check=straight and not vertical and not fits))
            runs += _runs(name, frame, _font_chain(shape, master, prs), theme)
            shapes.append(Shape(name, "text", box))
        elif getattr(shape, "has_table", False):
            table = shape.table
            cols = [c.width * sx for c in table.columns]
            rows = [r.height * sy for r in table.rows]
            chain = [(prs._element.find(qn("p:defaultTextStyle")), "+mn")]
            for r, c in ((r, c) for r in range(len(rows)) for c in range(len(cols))):
                cell = table.cell(r, c)
                if cell.is_spanned or not cell.text.strip():
                    continue
                left = box.left + sum(cols[:c])
                top = box.top + sum(rows[:r])
                cbox = Box(
                    left,
                    top,
                    left + sum(cols[c : c + cell.span_width]),
                    top + sum(rows[r : r + cell.span_height]),
                )
                texts.append(Text(index, cbox, cell.text, check=True, cell=(r, c)))
                runs += _runs(name, cell.text_frame, chain, theme)
            pad = table.cell(0, 0).margin_bottom if rows and cols else 45720
            shapes.append(Shape(name, "table", box, tuple(rows), float(pad or 0) * sy))
        elif shape._element.tag == qn("p:pic") or getattr(shape, "has_chart", False):
            words = _chart_text(shape.chart) if getattr(shape, "has_chart", False) else ""
            shapes.append(Shape(name, "picture", box, words=tuple(words.split())))
        else:
            shapes.append(Shape(name, "other", box))
    return SlideModel(tuple(shapes), tuple(texts), tuple(runs))
