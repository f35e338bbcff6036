"""Fingerprints of slides and the record of ``deckmaker/record.py`` written into a deck.

A slide's fingerprint hashes what a presenter sees, not the XML that an editor rewrites on save:
each shape's kind, text (slide-number fields as ``#``), position and size in 1/100 mm, a
picture's image bytes, a table's cells, a chart's categories and values, and the notes.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn

from ..layout.model import ChartBox, SlidePlan, TableBox, TextBox
from ..record import (
    CUSTOM_CT,
    ChartRecord,
    ElementText,
    FigureRecord,
    Record,
    SlideRecord,
    SlideTexts,
    custom_xml,
    read_record,
    record_properties,
)

XML_ITEMS = True
"""Fingerprints read a slide's shapes from its XML where they can (``_xml_items``); False:
always through python-pptx's shapes, as the test comparing both does."""
_HMM = 360
"""EMU in 1/100 mm, the unit LibreOffice keeps positions in."""


@dataclass(frozen=True)
class DeckState:
    """A deck on disk: its record (None when deckmaker did not make it) and its slides now."""

    record: Record | None
    slides: tuple[SlideRecord, ...]
    """Each slide's fingerprint as written, and its title."""
    slides_saved_again: tuple[str, ...]
    """Each slide's fingerprint taking LibreOffice's 1/100 mm rounding of sizes into account."""


# -- fingerprints ----------------------------------------------------------------------------
_P, _R, _T, _BR, _FLD = (qn(t) for t in ("a:p", "a:r", "a:t", "a:br", "a:fld"))
_GROUP, _PICTURE, _TEXT_BODY = (qn(t) for t in ("p:grpSp", "p:pic", "p:txBody"))


def _text(el: etree._Element) -> str:
    """The visible text of a text body: runs, line breaks as \\v, slide numbers as ``#``."""
    paras = []
    for p in el.iter(_P):
        out = []
        for child in p:
            tag = child.tag
            if tag == _R:
                out.append("".join(t.text or "" for t in child.iter(_T)))
            elif tag == _BR:
                out.append("\v")
            elif tag == _FLD:
                kind = child.get("type") or ""
                text = "".join(t.text or "" for t in child.iter(_T))
                out.append("#" if kind.startswith("slidenum") else text)
        paras.append("".join(out))
    while paras and not paras[-1]:
        paras.pop()
    return unicodedata.normalize("NFC", "\n".join(p.rstrip() for p in paras))


def _hmm(emu: int) -> int:
    """EMU in 1/100 mm, rounded half up as LibreOffice rounds (round() goes to the even one)."""
    return (emu + _HMM // 2) // _HMM


def _shape_items(shapes: Any, out: list[Any]) -> list[Any]:
    """(kind, (x, y, w, h) in 1/100 mm, content) of each shape, groups' members after them."""
    for shape in shapes:
        el = shape._element
        xywh = (shape.left, shape.top, shape.width, shape.height)
        geometry = tuple(_hmm(int(v or 0)) for v in xywh)
        if el.tag == _GROUP:
            out.append(("group", geometry, ""))
            _shape_items(shape.shapes, out)
            continue
        if getattr(shape, "has_chart", False) and shape.has_chart:
            data = [
                (
                    tuple(str(c) for c in plot.categories),
                    tuple(
                        tuple(None if v is None else round(float(v), 6) for v in s.values)
                        for s in plot.series
                    ),
                )
                for plot in shape.chart.plots
            ]
            out.append(("chart", geometry, repr(data)))
        elif getattr(shape, "has_table", False) and shape.has_table:
            cells = [[_text(c._tc) for c in row.cells] for row in shape.table.rows]
            out.append(("table", geometry, repr(cells)))
        elif el.tag == _PICTURE:
            out.append(("picture", geometry, _digest(lambda _: shape.image, None)))
        else:
            out.append(_text_item(el, geometry))
    return out


def _digest(part_of: Callable[[Any], Any], key: Any) -> str:
    """A picture's content (``part_of(key).blob``) as a digest; '' when it cannot be read."""
    try:
        return hashlib.sha256(part_of(key).blob).hexdigest()
    except (KeyError, AttributeError, ValueError):
        return ""


def _text_item(el: Any, geometry: Any) -> tuple[str, Any, str]:
    """Any other shape: its place and its text."""
    body = el.find(_TEXT_BODY)
    return ("shape", geometry, _text(body) if body is not None else "")


_SP, _GRAPHIC_FRAME = qn("p:sp"), qn("p:graphicFrame")
_SHAPE_TAGS = frozenset(
    qn(t) for t in ("p:sp", "p:grpSp", "p:graphicFrame", "p:cxnSp", "p:pic", "p:contentPart")
)
"""What python-pptx counts as a slide's shapes (``SlideShapes``), in document order."""
_SP_PR, _XFRM, _P_XFRM = qn("p:spPr"), qn("a:xfrm"), qn("p:xfrm")
_OFF, _EXT, _BLIP_FILL, _BLIP = qn("a:off"), qn("a:ext"), qn("p:blipFill"), qn("a:blip")
_GRAPHIC, _GRAPHIC_DATA = qn("a:graphic"), qn("a:graphicData")
_TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
_TBL, _TR, _TC, _EMBED = qn("a:tbl"), qn("a:tr"), qn("a:tc"), qn("r:embed")


def _xml_items(slide: Any) -> list[Any] | None:
    """``_shape_items`` of the slide read from its XML, without python-pptx's shape proxies
    (~0.8 ms a slide of the sample deck): text shapes, pictures and tables whose place and
    size the slide itself gives. None for a slide with anything else (a group, a chart, a
    connector) or a shape whose place comes from its layout: ``_shape_items`` reads those."""
    out: list[Any] = []
    for el in slide.shapes._spTree.iterchildren():
        tag = el.tag
        if tag not in _SHAPE_TAGS:
            continue
        if tag == _GRAPHIC_FRAME:
            xfrm = el.find(_P_XFRM)
            data = el.find(_GRAPHIC)
            data = data.find(_GRAPHIC_DATA) if data is not None else None
            if data is None or data.get("uri") != _TABLE_URI:
                return None
        elif tag in (_SP, _PICTURE):
            sp_pr = el.find(_SP_PR)
            xfrm = sp_pr.find(_XFRM) if sp_pr is not None else None
        else:
            return None
        off = xfrm.find(_OFF) if xfrm is not None else None
        ext = xfrm.find(_EXT) if xfrm is not None else None
        if off is None or ext is None:
            return None
        try:
            xywh = (int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
        except (TypeError, ValueError):
            return None
        geometry = tuple(_hmm(v) for v in xywh)
        if tag == _GRAPHIC_FRAME:
            tbl = data.find(_TBL)
            rows = tbl.iterchildren(_TR) if tbl is not None else ()
            cells = [[_text(tc) for tc in tr.iterchildren(_TC)] for tr in rows]
            out.append(("table", geometry, repr(cells)))
        elif tag == _PICTURE:
            blip = el.find(_BLIP_FILL)
            blip = blip.find(_BLIP) if blip is not None else None
            embed = blip.get(_EMBED) if blip is not None else None
            digest = _digest(slide.part.related_part, embed) if embed is not None else ""
            out.append(("picture", geometry, digest))
        else:
            out.append(_text_item(el, geometry))
    return out


def slide_fingerprints(slide: Any, size_biases: Sequence[int] = (0,)) -> list[str]:
    """16 hex digits of the slide's normalised content (see the module's doc), once per size
    bias: 1 undoes LibreOffice's saving of a width or height 1/100 mm short."""
    items = _xml_items(slide) if XML_ITEMS else None
    if items is None:
        items = _shape_items(slide.shapes, [])
    notes = ""
    if slide.has_notes_slide:
        body = slide.notes_slide.notes_text_frame
        notes = _text(body._txBody) if body is not None else ""
    out = []
    for bias in size_biases:
        shifted = [(k, (x, y, w + bias, h + bias), c) for k, (x, y, w, h), c in items]
        text = repr((shifted, notes))
        out.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    return out


def slide_title(slide: Any) -> str:
    """The text of the slide's title placeholder, else of its first shape with text."""
    shape = slide.shapes.title
    candidates = [shape] if shape is not None else []
    candidates += [s for s in slide.shapes if getattr(s, "has_text_frame", False)]
    for s in candidates:
        if s.has_text_frame:
            text = _text(s.text_frame._txBody).replace("\v", " ").split("\n")[0].strip()
            if text and text != "#":
                return text
    return ""


# -- what update needs: the texts that show figures ----------------------------------------
_NOT_FIGURES = ("footer", "number")
"""Text roles that never show a figure of the figures file."""


def chart_digest(box: ChartBox) -> str:
    """16 hex digits of what a chart shows (kind, title, categories, series, units, source):
    the same digest, the same chart; not its size, which the presenter may have changed."""
    c = box.chart
    data = (
        c.kind,
        c.title,
        tuple(c.categories),
        tuple((s.name, tuple(str(v) for v in s.values)) for s in c.series),
        c.unit,
        c.source,
        tuple(c.units),
        tuple(c.plan_kinds),
        tuple(str(v) for v in c.plan_lows),
        box.native,
    )
    return hashlib.sha256(repr(data).encode("utf-8")).hexdigest()[:16]


def _para_text(text: str) -> str:
    return text.replace("\n", "\v")  # a line break the planner chose is an <a:br/>


def slide_texts(plan: SlidePlan) -> SlideTexts:
    """The texts with digits on a laid-out slide (its text shapes, tables, notes, charts' alt
    texts) and its charts: what ``deckmaker update`` looks for on the slide later."""
    texts = []
    charts = []
    for el in plan.elements:
        if isinstance(el, TextBox) and el.role not in _NOT_FIGURES:
            text = "\n".join(_para_text(p.text) for p in el.paras)
            texts.append(ElementText(el.name, "text", text))
        elif isinstance(el, TableBox):
            cells = [c for row in (el.header, *el.rows) for c in row]
            texts.append(ElementText(el.name, "table", "\n".join(cells)))
        elif isinstance(el, ChartBox):
            texts.append(ElementText(el.name, "alt", el.alt))
            charts.append(ChartRecord(el.name, chart_digest(el), el.native))
    if plan.notes:
        texts.append(ElementText("", "notes", plan.notes))
    kept = tuple(t for t in texts if any(ch.isdigit() for ch in t.text))
    return SlideTexts(f"{plan.source}#{plan.continued}", kept, tuple(charts))


def record_texts(plans: Sequence[SlidePlan], figures: Mapping[str, FigureRecord]) -> dict:
    """Built slide number → :func:`slide_texts`, for the slides that show one of ``figures``."""
    shown = {n for f in figures.values() for n in f.slides}
    return {i: slide_texts(plans[i - 1]) for i in sorted(shown) if 0 < i <= len(plans)}


def custom_part(
    package: Any,
    slides: Sequence[SlideRecord],
    figures: Mapping[str, FigureRecord],
    texts: Mapping[int, SlideTexts],
) -> None:
    """Write the record into ``package``'s ``docProps/custom.xml``, replacing one there."""
    data = custom_xml(record_properties(slides, figures, texts))
    for rel in package._rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            rel.target_part._blob = data
            return
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_CT, package, data)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def add_record(
    prs: Any,
    titles: Sequence[str],
    figures: Mapping[str, FigureRecord],
    plans: Sequence[SlidePlan] = (),
    fingerprints: Sequence[str] | None = None,
) -> None:
    """Add the record of the deck's slides and ``figures`` to ``prs``; with the ``plans``, the
    texts ``deckmaker update`` finds the figures by. The slides are fingerprinted now, unless
    their ``fingerprints`` are given."""
    if fingerprints is None:
        fingerprints = [slide_fingerprints(s)[0] for s in prs.slides]
    slides = [SlideRecord(fp, t) for fp, t in zip(fingerprints, titles, strict=True)]
    texts = record_texts(plans, figures) if plans else {}
    custom_part(prs.part.package, slides, figures, texts)


def read_deck(data: bytes, record: Record | None = None) -> DeckState:
    """The record of a deck and the fingerprints of its slides now. Raises ``ValueError`` when
    the bytes are not a presentation python-pptx can open. ``record``: the deck's, when the
    caller has read it already (``read_record``: the zip opened once less)."""
    from pptx import Presentation

    if record is None:
        record = read_record(data)
    try:
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many kinds on a file that is no deck
        raise ValueError(str(exc)) from exc
    slides, again = [], []
    for s in prs.slides:
        fp, fp_saved_again = slide_fingerprints(s, (0, 1))
        slides.append(SlideRecord(fp, slide_title(s)))
        again.append(fp_saved_again)
    return DeckState(record, tuple(slides), tuple(again))
